"""Session 42: validity intervals of role facts otherwise right (a musician's calling outlives the band left; the post an
appointee is described by in the appointment's own sentence ends when the new post begins), as small invented articles
through the real pipeline, each with a near miss that must stay as it was."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_leaving_a_band_ends_the_membership_not_the_instrument() -> None:
    # "X, a guitarist ... quit in 2015": out of the band since 2015, a guitarist still
    a = run("Mara Dunn formed the Copper Kites in 2010 with her friend Ivo Lenz, a guitarist who wrote their early songs. "
            "Lenz quit in 2015 to train as a baker.")
    assert posts(a, "Ivo Lenz")["guitarist"][1:] == (None, None)
    assert jobs(a, "Ivo Lenz", "member")["Copper Kites"] == ("2010", "2015")
    # ... "who left in 2008" alike
    b = run("The band's singer, Rosa Pell, formed the Marram Weavers in 1999 with the bassist Tom Vale. "
            "Vale, who left in 2008 to run a studio, has agreed to rejoin.")
    assert posts(b, "Tom Vale")["bassist"][1:] == (None, None)
    assert jobs(b, "Tom Vale", "member")["Marram Weavers"] == ("1999", "2008")
    # ... and a band parting company with its guitarist
    c = run("The rock band Quill Lanterns have parted company with their lead guitarist, Ned Farrow, the group said on Monday. "
            "Farrow joined the band in 2016.")
    assert posts(c, "Ned Farrow")["lead guitarist"][2] is None
    assert jobs(c, "Ned Farrow", "member")["Quill Lanterns"][1] == "2024-05-06"


def test_a_post_that_is_no_calling_still_ends_with_the_body_left() -> None:
    # a manager's post is the job itself: it ends with the leaving
    a = run("Kelby Town sacked their manager, Oren Piel, on Monday. Piel joined Kelby Town in 2019.")
    assert posts(a, "Oren Piel")["manager"][2] == "2024-05-06"


def test_joining_a_body_named_by_a_noun_dates_no_post_told_elsewhere() -> None:
    # "joined the force in 1975": the joining of that body, not the start of the minister's post
    a = run("The interior minister, Gustavo Ribas, resigned on Thursday. Ribas, a retired police general, joined the force in 1975.")
    assert posts(a, "Gustavo Ribas")["interior minister"][1] is None
    # ... an appointment naming no body still dates the one post known
    b = run("The interior minister, Gustavo Ribas, resigned on Thursday. Ribas, who was appointed in June 2021, denied wrongdoing.")
    assert posts(b, "Gustavo Ribas")["interior minister"][1:] == ("2021-06", "2024-05-02")


def test_founders_quitting_their_jobs_left_no_post_at_the_body_they_founded() -> None:
    # "set up ... by A and B ... The pair quit their jobs": the jobs were elsewhere, the posts at the start-up stay open
    a = run("Tarn Labs was set up in 2019 by Ada Voss and Ben Okri, two engineers. The pair quit their jobs within a month and "
            "built the first prototype in a garage. Voss, who has been chief executive since then, will become chief technology "
            "officer, while Okri stays on as chief operating officer.")
    assert posts(a, "Ben Okri")["chief operating officer"][2] is None
    # ... a chief executive quitting her job at the body she did not found left it
    b = run("Tarn Labs said on Monday that its chief executive, Ada Voss, had quit her job after a row with the board. "
            "Voss joined Tarn Labs in 2015.")
    assert posts(b, "Ada Voss")["chief executive"][2] == "2024-05-06"  # (its own officer's leaving told as Monday's news)

