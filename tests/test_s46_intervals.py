"""Session 46: the intervals of facts, each phrasing an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_the_post_told_beside_an_appointment_ends_when_the_new_one_begins() -> None:
    a = run("Harlow Mutual appointed Tomas Brevik, its deputy finance director, as chief financial officer on Monday.")
    assert posts(a, "Tomas Brevik")["deputy finance director"][2] == "2024-05-06"
    assert posts(a, "Tomas Brevik")["chief financial officer"][1:] == ("2024-05-06", None)
    # near miss: an interim post is held beside the old one, which stays open
    a = run("Harlow Mutual appointed Tomas Brevik, its deputy finance director, as chief financial officer on Monday. "
            "Harlow Mutual also named its finance director, Ada Quenby, as interim chief executive on Monday.")
    assert posts(a, "Tomas Brevik")["deputy finance director"][2] == "2024-05-06"
    assert posts(a, "Ada Quenby")["finance director"][2] is None


def test_a_coach_named_by_another_club_leaves_the_post_he_held() -> None:
    a = run("Kestrel Town named Ivo Mardell, the head coach of Penrith Athletic, as their manager on Monday.")
    assert posts(a, "Ivo Mardell")["head coach"] == ("Penrith Athletic", None, "2024-05-06")
    assert jobs(a, "Ivo Mardell")["Kestrel Town"] == ("2024-05-06", None)


def test_a_new_post_not_yet_taken_leaves_the_old_one_open() -> None:
    # near miss: "will be sworn in on Friday" -- the new post begins after the article, the old one still holds
    a = run("Harlow Mutual appointed Tomas Brevik, its deputy finance director, as chief financial officer on Monday. "
            "Brevik will be sworn in on Friday.")
    assert posts(a, "Tomas Brevik")["deputy finance director"][2] is None
    a = run("Harlow Mutual appointed Tomas Brevik, its deputy finance director, as chief financial officer on Monday. "
            "Brevik will chair the audit committee from Friday.")
    assert posts(a, "Tomas Brevik")["deputy finance director"][2] == "2024-05-06"


def test_a_leaving_after_leading_the_body_for_years_dates_the_post_from_then() -> None:
    a = run("Tamsin Orrell, the chief executive of Brackwell Foods, retired in 2020 after leading the company for fourteen years.")
    assert posts(a, "Tamsin Orrell")["chief executive"] == ("Brackwell Foods", "2006", "2020")
    assert jobs(a, "Tamsin Orrell")["Brackwell Foods"] == ("2006", "2020")
    # near miss: years spent leading another body say nothing of when the post began
    a = run("Tamsin Orrell, the chief executive of Brackwell Foods, retired in 2020 after leading the Tarnwell Choral Society "
            "for fourteen years.")
    assert posts(a, "Tamsin Orrell")["chief executive"] == ("Brackwell Foods", None, "2020")
