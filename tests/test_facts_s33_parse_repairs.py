"""Session 33: constructions the parse defeats (coordinated participles, names hung on the wrong word), as invented
sentences through the real pipeline, each repair with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


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


def test_a_post_tagged_a_name_after_newly_describes_the_person_named() -> None:
    # "Newly elected MP X", "recently appointed CEO X": the post is tagged a name, the participle hangs on it or on X
    a = run("Newly elected MP Sara Quist gave her first speech on Tuesday.")
    assert event_names(a, "politics.elect", "patient") == ["Sara Quist"]
    assert role_texts(a, "politics.elect", "role") == [["MP"]]
    b = run("Recently appointed CEO Hanna Voss announced 200 job cuts.")
    assert event_names(b, "career.appoint", "patient") == ["Hanna Voss"]
    assert role_texts(b, "career.appoint", "role") == [["CEO"]]
    c = run("Newly installed Pastor Ken Abbot led the service.")
    assert event_names(c, "career.appoint", "patient") == ["Ken Abbot"]
    # ... a body newly elected is no one, and a first name is no post
    assert typed(run("The newly elected Parliament met on Monday."), "politics.elect") == []
    d = run("Newly elected Sara Quist gave her first speech.")
    assert event_names(d, "politics.elect", "patient") == ["Sara Quist"]
    assert role_texts(d, "politics.elect", "role") == [[]]


def test_a_name_ending_in_a_word_read_as_a_verb_is_one_name() -> None:
    # "Two men, Adam Roe and Bilal Said, were arrested": "Said" read as a verb with "Two men" its subject
    a = run("Two men, Adam Roe and Bilal Said, were arrested on Friday.")
    assert sorted(event_names(a, "legal.arrest", "patient")) == ["Adam Roe", "Bilal Said"]
    b = run("Two executives, Lena Holt and Omar Said, resigned on Friday.")
    assert sorted(event_names(b, "career.resign", "agent")) == ["Lena Holt", "Omar Said"]
    # ... "said" the verb after a name stays a verb
    c = run("Police arrested Adam Roe on Friday, Inspector Dale Moss said.")
    assert event_names(c, "legal.arrest", "patient") == ["Adam Roe"]


def test_a_name_after_a_thing_a_person_noun_belongs_to_is_the_person() -> None:
    # "detained the driver of the van, Luka Petrov,": the parser hangs the name on "van"; the one detained is the driver
    a = run("Officers detained the driver of the van, Luka Petrov, on the M6.")
    assert event_names(a, "legal.arrest", "patient") == ["Luka Petrov"]
    b = run("Police arrested the owner of the restaurant, Omar Haddad, on Friday.")
    assert event_names(b, "legal.arrest", "patient") == ["Omar Haddad"]
    # ... after a person, the name is that person's
    c = run("Police arrested the son of the tycoon, Ben Ode, on Friday.")
    assert event_names(c, "legal.arrest", "patient") == ["Ben Ode"]
