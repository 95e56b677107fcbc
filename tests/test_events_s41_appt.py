"""Session 41: the organisation of appointments and leavings the sentence does not name -- the one the article is about,
the one that announces the appointment -- as invented texts through the real pipeline, each with a near miss that must
stay without it."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed

TRUST = ("Harwick Trust names new chair\n\nThe Harwick Trust has appointed Mira Dale as its chair, the charity said on Monday. "
         "The Harwick Trust runs eleven care homes in Kent and employs 900 people. Dale joins as the Harwick Trust tries to "
         "rebuild its board. ")


def _left(a, person: str) -> list[str | None]:
    return [name for e, name in zip(typed(a, "career.resign"), event_names(a, "career.resign", "organization"), strict=True)
            if any(g.role == "agent" and g.entity and a.entity(g.entity).name == person for g in e.args)]


def test_a_leaver_placed_at_no_body_left_the_organisation_the_article_is_about() -> None:
    # "X stood down in March" in an article about one organisation: X left it
    a = run(TRUST + "Colin Marsh, a retired surgeon, stood down in March for health reasons.")
    assert _left(a, "Colin Marsh") == ["Harwick Trust"]
    assert [e.time for e in typed(a, "career.resign")] == ["2024-03"]
    b = run(TRUST + "A second trustee, Colin Marsh, stepped down on Friday, citing other commitments.")
    assert _left(b, "Colin Marsh") == ["Harwick Trust"]
    # ... not a post the leaving names, whose body is not told ("resigned as transport minister")
    c = run(TRUST + "Colin Marsh resigned as transport minister in March.")
    assert _left(c, "Colin Marsh") == [None]
    d = run(TRUST + "The mayor, Colin Marsh, stood down in March for health reasons.")
    assert _left(d, "Colin Marsh") == [None]
    # ... nor with no organisation the article is about
    e = run("Colin Marsh, a retired surgeon, stood down in March for health reasons.")
    assert _left(e, "Colin Marsh") == [None]


def _left_posts(a) -> list[str]:
    return sorted(g.text for e in typed(a, "career.resign") for g in e.args if g.role == "role")


def test_a_post_told_as_held_before_is_not_the_one_left() -> None:
    # "X, a former chief executive of the charity Y, stood down": the post was left before; X left the trust
    a = run(TRUST + "Owen Tregan, a former chief executive of the charity Clearpath, stood down in the autumn.")
    assert _left_posts(a) == []
    assert _left(a, "Owen Tregan") == ["Harwick Trust"]
    # ... a post held now is the one left
    b = run("Owen Tregan, the chief executive of Clearpath, stood down in the autumn.")
    assert _left_posts(b) == ["chief executive"]
    assert _left(b, "Owen Tregan") == ["Clearpath"]


def test_an_appointment_an_organisation_announces_is_to_a_post_there() -> None:
    # "The company said X had been named interim chief executive": a post at the company that says so
    a = run("Pellow Foods cut 200 jobs on Tuesday. The company said Anna Reyes, its head of sales since 2019, had been named "
            "interim chief executive.")
    assert event_names(a, "career.appoint", "organization") == ["Pellow Foods"]
    assert event_names(a, "career.appoint", "patient") == ["Anna Reyes"]
    b = run("Dunmore Athletic confirmed on Friday that Sam Kerr had been appointed head coach.")
    assert event_names(b, "career.appoint", "organization") == ["Dunmore Athletic"]
    # ... not what a person says
    c = run("Pellow Foods cut 200 jobs on Tuesday. Her lawyer said Anna Reyes had been named interim chief executive.")
    assert event_names(c, "career.appoint", "organization") == [None]
