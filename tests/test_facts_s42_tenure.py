"""Session 42: since when a post is held, when a verb of holding it ("had run the X ministry since", "has led the
region since", "had been in charge of X since") has more than one undated post of the person to choose from, as small
invented articles through the real pipeline, each with a near miss that must stay as it was."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import posts


def test_what_is_run_picks_the_post_among_several() -> None:
    # "had run the defence ministry since 2020 and before that served as ambassador": the defence minister's post
    a = run("The prime minister sacked Ivo Marek, the veteran defence minister, on Monday. Marek, who had run the defence "
            "ministry since the summer of 2020 and before that served as the country's ambassador to Peru, was told to leave.")
    assert posts(a, "Ivo Marek")["defence minister"][1] == "2020-SU"
    assert posts(a, "Ivo Marek")["ambassador"][1] is None
    # "had been in charge of education since the 2021 election": the education minister's
    b = run("The education minister, Lena Brook, announced her resignation on Monday. Brook, who had been in charge of "
            "education since the 2021 election and was previously deputy mayor of Port Aldine, is an ally of the sacked minister.")
    assert posts(b, "Lena Brook")["education minister"][1] == "2021"
    assert posts(b, "Lena Brook")["deputy mayor"][1] is None
    # "has led the region since 2016": the regional premier's, not the party leader's
    c = run("The Liberal Union remained the largest party, and on Monday its leader, the regional premier Otto Rademaker, "
            "agreed a coalition with the Civic Forum. Rademaker, who has led the region since 2016, will serve a last term.")
    assert posts(c, "Otto Rademaker")["regional premier"][1] == "2016"
    assert posts(c, "Otto Rademaker")["leader"][1] is None


def test_what_is_run_naming_neither_post_dates_none() -> None:
    # "has led the country since 2016" with "party leader" and "prime minister": no word of either post, so neither
    a = run("The party leader and prime minister, Otto Vik, spoke on Monday. Vik, who has led the country since 2016, "
            "will serve a last term.")
    assert all(start is None for _, start, _ in posts(a, "Otto Vik").values())


def test_an_appointment_by_a_named_body_dates_the_one_post_told_of_no_body() -> None:
    # "The coach, X, ... when Halden FK appointed him in 2003": the post named with no body began with the appointment
    a = run("The coach, Henrik Vold, was teaching mathematics at a local school when Halden FK appointed him in 2003.")
    assert posts(a, "Henrik Vold")["coach"] == (None, "2003", None)
    # ... but a post told at one body is not dated by another body's appointment
    b = run("Dunmore Athletic won the league on Sunday. The club's coach, Henrik Vold, was appointed by the Marden "
            "Football Federation in 2003.")
    assert posts(b, "Henrik Vold")["coach"] == ("Dunmore Athletic", None, None)
