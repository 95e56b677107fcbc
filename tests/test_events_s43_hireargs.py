"""Session 43 (HIREARGS): who hired or appointed whom, and to what -- a body's own people named in the plural ("the
school's governors announced that X had been appointed": the school), the people and posts of one appointing verb paired
by "as" ("appointed A as X and B as Y": an appointment each), and the body a post is held at read from "of" even where
the name looks like a person's ("head coach of Ravenna Wolves"); as small invented articles through the real pipeline,
each with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names, typed


def _pairs(a, kind: str) -> set[tuple[str | None, str | None]]:
    """(patient's name, role text) of each event of a type."""
    out = set()
    for e in typed(a, kind):
        patient = next((a.entity(g.entity).name for g in e.args if g.role == "patient" and g.entity), None)
        roles = [g.text for g in e.args if g.role == "role"]
        out.add((patient, roles[0] if len(roles) == 1 else None))
    return out


def test_a_bodys_people_named_in_the_plural_announce_a_post_at_it() -> None:
    a = run("New head\n\nFerncombe Academy has had a difficult year. The school's governors announced on Friday that "
            "Priya Dassani had been appointed headteacher.")
    assert_event(a, "career.appoint", {"patient": "Priya Dassani", "role": "headteacher", "organization": "Ferncombe Academy"})
    # ... governors of no body named: no organisation
    b = run("New head\n\nThe governors announced on Friday that Priya Dassani had been appointed headteacher.")
    assert event_names(b, "career.appoint", "organization") == [None]


def test_people_and_posts_paired_by_as() -> None:
    a = run("Reshuffle\n\nDalmore Holdings appointed Eva Rusk as chief financial officer and Tom Baird as chief operating "
            "officer on Tuesday.")
    assert _pairs(a, "career.appoint") == {("Eva Rusk", "chief financial officer"), ("Tom Baird", "chief operating officer")}
    assert set(event_names(a, "career.appoint", "agent")) == {"Dalmore Holdings"}
    assert {e.time for e in typed(a, "career.appoint")} == {"2024-04-30"}
    b = run("Studio\n\nBrightmoor Studios hired Jenna Holt as head of drama and Omar Fenn as head of comedy in 2023.")
    assert _pairs(b, "career.hire") == {("Jenna Holt", "head of drama"), ("Omar Fenn", "head of comedy")}
    # ... a firm after "and" is appointed to no post: no second appointment
    c = run("Council\n\nTolland Council appointed Greta Sand as chief executive and the accountancy firm Marsh Pettit as "
            "auditors on Monday.")
    assert [p for p, _ in _pairs(c, "career.appoint")] == ["Greta Sand"]
    # ... one person, one post: nothing split
    d = run("Coach\n\nThe club appointed Sami Khedira-Lund as head coach on Monday, as expected.")
    assert _pairs(d, "career.appoint") == {("Sami Khedira-Lund", "head coach")}


def test_the_body_of_a_post_held_of_a_name_that_looks_like_a_persons() -> None:
    a = run("Coach\n\nMila Jovanovic took over as head coach of Ravenna Wolves on Monday.")
    assert_event(a, "career.appoint", {"patient": "Mila Jovanovic", "role": "head coach", "organization": "Ravenna Wolves"})
    b = run("Law firm\n\nRahul Bose was elevated to managing partner of Kessler Grant in 2021.")
    assert_event(b, "career.appoint", {"patient": "Rahul Bose", "organization": "Kessler Grant"})
    # ... a first name opens it: the manager of a person (a singer's), no body
    c = run("Music\n\nDave Kirby became the manager of Lola Tremaine in 2019.")
    assert "Lola Tremaine" not in event_names(c, "career.appoint", "organization")
