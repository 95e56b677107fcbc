"""Session 38: headlines the small parser misreads (an "-s" verb read as a compound of the name after it, as the subject
of a title taken for a verb, or a title read as an infinitive) and a name read as the compound of the post it is
given ("named Eli Stone chairman"), as invented articles through the real pipeline, each repair with two wordings or
more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed, event_names, role_texts, typed


def headline(title: str) -> object:
    """A headline alone on its line, then a body that tells nothing."""
    return analyzed(f"{title}\n\nMore to follow.")


def test_a_headline_s_verb_read_as_a_compound_of_the_name_after_it() -> None:
    # "ousts" tagged as a verb but hung as a compound of "chairman Ivo Hart", the name heading the headline
    a = headline("Pell Bank ousts chairman Ivo Hart")
    assert event_names(a, "career.fire", "patient") == ["Ivo Hart"]
    assert event_names(a, "career.fire", "agent") == ["Pell Bank"]
    b = headline("Singer Lola Brandt marries footballer Ken Adu")
    assert sorted(event_names(b, "life.marry", "agent") + event_names(b, "life.marry", "partner")) == ["Ken Adu", "Lola Brandt"]
    # ... a headline whose verb closes it keeps its subject
    c = headline("Pell Bank chairman Ivo Hart resigns")
    assert event_names(c, "career.resign", "agent") == ["Ivo Hart"]
    assert not typed(c, "career.fire")


def test_a_headline_s_verb_read_as_the_subject_of_a_title_taken_for_a_verb() -> None:
    # "signs" (a verb or a plural) the subject of "striker" / "defender" read as the verb of the name after it
    a = headline("Kestrel signs striker Ada Moss")
    assert event_names(a, "career.hire", "patient") == ["Ada Moss"]
    assert role_texts(a, "career.hire", "agent") == [["Kestrel"]]
    b = headline("Ashby United signs defender Tom Vane on loan")
    assert event_names(b, "career.hire", "patient") == ["Tom Vane"]
    assert event_names(b, "career.hire", "agent") == ["Ashby United"]


def test_a_headline_title_read_as_an_infinitive_before_the_name() -> None:
    # "Judge jails fraudster Omar Pike": "fraudster" read as an infinitive whose object (or the verb's) is the name
    a = headline("Judge jails fraudster Omar Pike for six years")
    assert event_names(a, "legal.sentence", "patient") == ["Omar Pike"]
    b = headline("Judge jails fraudster Omar Pike")
    assert event_names(b, "legal.sentence", "patient") == ["Omar Pike"]
    # ... a real infinitive with its own object stays one
    c = analyzed("Ada Bell helped found Orla Tech.")
    assert event_names(c, "business.found", "organization") == ["Orla Tech"]


def test_a_name_read_as_the_compound_of_the_post_it_is_given() -> None:
    # "named Eli Stone chairman": the name the post's compound, no one appointed (or the name taken for the body)
    a = analyzed("The board named Eli Stone chairman on Monday.")
    assert event_names(a, "career.appoint", "patient") == ["Eli Stone"]
    assert role_texts(a, "career.appoint", "role") == [["chairman"]]
    assert [e.time for e in typed(a, "career.appoint")] == ["2024-05-06"]
    b = headline("Marlow Bank names Eli Stone chairman")
    assert event_names(b, "career.appoint", "patient") == ["Eli Stone"]
    assert event_names(b, "career.appoint", "agent") == ["Marlow Bank"]
    c = analyzed("Velta Group appointed Ruth Sayle director in March.")
    assert event_names(c, "career.appoint", "patient") == ["Ruth Sayle"]
    # ... a title before the name given another post keeps its name
    d = analyzed("The board named Pell Bank chairman Ivo Hart as its new chief executive.")
    assert event_names(d, "career.appoint", "patient") == ["Ivo Hart"]
