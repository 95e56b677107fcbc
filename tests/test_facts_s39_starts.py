"""Session 39: when a post or a job began, third pass (the post itself taken or held: "took up the post in
2021", "has been in office since 2017"), as small invented articles through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_being_in_the_post_itself_since_a_date_dates_the_one_post_held() -> None:
    # "in office", "in the job", "in the role", "at the helm" since a date: as "in charge since"
    a = run("Coach under pressure\n\nGreyling Town's head coach, Marco Testa, who has been in the job since January 2022, "
            "insisted on Sunday he would not quit.")
    assert posts(a, "Marco Testa")["head coach"][1:] == ("2022-01", None)
    b = run("President abroad\n\nAmara Diallo, who has been in office since 2017, flew to Paris on Monday. "
            "Diallo, the president, will meet investors.")
    assert posts(b, "Amara Diallo")["president"][1:] == ("2017", None)
    c = run("Editor\n\nSasha Byrne, editor of the Kelby Post, has been in the role since 2020. "
            "Byrne said the paper would go online-only.")
    assert posts(c, "Sasha Byrne")["editor"][1:] == ("2020", None)
    e = run("Coach\n\nThe head coach, Nora Lind, has been at the helm since 2019. Lind said the team would improve.")
    assert posts(e, "Nora Lind")["head coach"][1:] == ("2019", None)
    # "in a job": another one, perhaps -- the post named stays undated
    d = run("Editor\n\nSasha Byrne, editor of the Kelby Post, said she had been in a job she hated since 2020.")
    assert posts(d, "Sasha Byrne")["editor"][1] is None


def test_taking_up_the_post_itself_dates_the_one_post_held_not_one_over_by_then() -> None:
    a = run("University\n\nProfessor Hal Nygaard, the vice-chancellor of Tollbury University, took up the post "
            "in September 2021. Nygaard said fees would not rise.")
    assert posts(a, "Hal Nygaard")["vice-chancellor"][1:] == ("2021-09", None)
    # the post left to take it (over by then) is not the one taken: the new one is
    b = run("University head retires\n\nSir Rex Tolland will retire as vice-chancellor of Marrow University in June. "
            "Tolland, 66, was recruited from Hale University, where he had been deputy vice-chancellor, and took office in 2012.")
    assert posts(b, "Rex Tolland")["vice-chancellor"][1] == "2012"
    assert posts(b, "Rex Tolland")["deputy vice-chancellor"][1:] == (None, "2012")


def test_a_post_told_previously_held_is_over_even_with_the_adverb_on_a_word_of_the_post() -> None:
    # "previously finance director": the parse hangs "previously" on "finance", not on "director"
    a = run("New chief\n\nCarla Mendes, previously finance director at Hollis Group, becomes chief executive of "
            "Tarrant Foods in June. Mendes said she was delighted.")
    assert posts(a, "Carla Mendes")["finance director"][2] == "PAST_REF"
    b = run("Regulator\n\nRuth Vale, previously chief operating officer of Marden Water, will chair the regulator from July.")
    assert posts(b, "Ruth Vale")["chief operating officer"][2] == "PAST_REF"
    # "previously" on a verb of the clause, not before the post: the post stays open
    c = run("Firm\n\nKate Rowe, the finance director of Lund Group, said the firm had previously missed targets.")
    assert posts(c, "Kate Rowe")["finance director"][2] is None


def test_a_start_naming_no_post_dates_the_post_a_later_told_leaving_names() -> None:
    # the post is known only from the leaving ("resigned as ..."), read after the starts: it is dated all the same
    a = run("Bank chief quits\n\nTom Reid resigned as chief executive of Harlow Bank on Monday. "
            "Reid, who was appointed in 2015, said he was proud of his record.")
    assert posts(a, "Tom Reid")["chief executive"][1:] == ("2015", "2024-05-06")
    b = run("Minister out\n\nAziz Karim was sacked as health minister on Monday. Karim, who was appointed in 2020, "
            "had faced criticism over waiting lists.")
    assert posts(b, "Aziz Karim")["health minister"][1:] == ("2020", "2024-05-06")
    c = run("Mayor quits\n\nDesmond Holt resigned as mayor of Kelby on Wednesday. The 57-year-old, who was first elected "
            "in 2019 and won a second term two years ago, announced his departure outside the town hall.")
    assert posts(c, "Desmond Holt")["mayor"][1] == "2019"
    # a post left before the start is not the one begun then
    d = run("Adviser\n\nAziz Karim was sacked as health minister in 2016. Karim, who was appointed in 2020, "
            "now advises the bank.")
    assert posts(d, "Aziz Karim")["health minister"][1] is None


def test_a_move_naming_no_body_left_ends_the_one_other_job_begun_before() -> None:
    a = run("Provost\n\nHelen Ode lectured at the University of Threlkeld from 2004 and moved to Tarrowmere University "
            "as provost in 2019. Ode said she had loved teaching.")
    assert jobs(a, "Helen Ode")["University of Threlkeld"] == ("2004", "2019")
    b = run("Profile\n\nAnna Kerr joined Hollin Bank in 2001. In 2010 she moved to Dawley Capital, where she is now a partner.")
    assert jobs(b, "Anna Kerr") == {"Hollin Bank": ("2001", "2010"), "Dawley Capital": ("2010", None)}
    # no body moved to ("its board"): the job goes on
    c = run("Board\n\nAnna Kerr joined Hollin Bank in 2001. In 2010 she moved to its board.")
    assert jobs(c, "Anna Kerr")["Hollin Bank"] == ("2001", None)
