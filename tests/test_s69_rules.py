"""Session 69: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _sought(a, name: str) -> list[tuple[str | None, str | None, str]]:
    """(body, time, certainty) of each appointment of `name`."""
    out = []
    for e in typed(a, "career.appoint"):
        names = {g.role: a.entity(g.entity).name for g in e.args if g.entity and a.entity(g.entity)}
        if names.get("patient") == name:
            out.append((names.get("organization"), e.time, e.certainty))
    return out


def test_a_person_approached_about_the_job_is_a_speculative_appointment_to_the_vacancy() -> None:
    text = ("Fenwick Rangers sacked their manager, Osric Lanyard, on Sunday after a run of seven defeats. According to the "
            "Fenwick Courier, the club have already approached Dario Quellmann, the former Ashgrove boss, about the job.")
    a = run(text, "2024-03-05")
    assert _sought(a, "Dario Quellmann") == [("Fenwick Rangers", None, "speculative")]
    # ... an approach about "a role" tells an interest, not the vacancy
    b = run(text.replace("about the job", "about a role as a scout"), "2024-03-05")
    assert _sought(b, "Dario Quellmann") == []


def test_the_favourite_to_succeed_him_is_the_one_who_may_be_appointed() -> None:
    text = ("Fenwick Rangers sacked their manager, Osric Lanyard, on Sunday. Bookmakers have made former Ashgrove boss "
            "Dario Quellmann the favourite to succeed him. Talia Brennick is among the early favourites for the job.")
    a = run(text, "2024-03-05")
    assert _sought(a, "Dario Quellmann") == [("Fenwick Rangers", None, "speculative")]
    assert _sought(a, "Talia Brennick") == [("Fenwick Rangers", None, "speculative")]
    # ... the favourite to win a title is no one's appointment
    b = run(text.replace("to succeed him", "to win the league").replace("for the job", "for the award"), "2024-03-05")
    assert _sought(b, "Dario Quellmann") == [] and _sought(b, "Talia Brennick") == []
