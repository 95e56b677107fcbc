"""Session 33: constructions the parse defeats (coordinated participles, names hung on the wrong word), as invented
sentences through the real pipeline, each repair with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names


def test_a_name_set_off_after_an_object_with_a_phrase_is_the_object() -> None:
    # "fired her chief of staff, Max Lutz, on Monday": the parser hung the name on the verb; the one fired is the name
    a = run("Mayor Ruth Pell fired her chief of staff, Max Lutz, on Monday.")
    assert event_names(a, "career.fire", "patient") == ["Max Lutz"]
    assert [e.time for e in a.events if e.type == "career.fire"] == ["2024-05-06"]
    b = run("Brenton United sacked the coach of its youth team, Otis Crane, on Sunday.")
    assert event_names(b, "career.fire", "patient") == ["Otis Crane"]
    c = run("Police arrested the owner of the bar, Karl Vane.")
    assert event_names(c, "legal.arrest", "patient") == ["Karl Vane"]
    # ... a name after a comma that is no apposition stays out
    d = run("Police arrested the owner of the bar on Friday, Inspector Dale Moss said.")
    assert "Dale Moss" not in event_names(d, "legal.arrest", "patient")


def test_the_last_of_a_list_of_passive_participles_has_the_first_ones_subject() -> None:
    # "X was arrested, charged and convicted": the parser hangs "charged" on "arrested" and "convicted" on "charged"
    a = run("Flo Baird was arrested, charged and convicted of fraud on Monday.")
    assert event_names(a, "legal.convict", "patient") == ["Flo Baird"]
    b = run("Sunil Varma was tried, convicted and jailed for six years.")
    assert event_names(b, "legal.sentence", "patient") == ["Sunil Varma"]
    # ... not across a clause with a subject of its own
    c = run("Ruth Pell was sacked after her aide, Max Lutz, was arrested, charged and convicted.")
    assert event_names(c, "legal.convict", "patient") == ["Max Lutz"]
