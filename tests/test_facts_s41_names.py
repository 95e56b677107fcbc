"""Session 41: names and their types from context (titles of works read whole and as works), as invented texts
through the real pipeline; each rule with the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, typed


def test_a_possessive_inside_an_apposed_title_keeps_the_title_whole() -> None:
    a = run("Her first novel, Morrow's Orchard, was published in 2001 to little notice.")
    assert entity_types(a).get("Morrow's Orchard") == "WORK"
    assert event_names(a, "report.publish", "work") == ["Morrow's Orchard"]
    assert [e.time for e in typed(a, "report.publish")] == ["2001"]
    # ... an owner before a lower-case word is no title
    b = run("Her first novel was praised by Ana Morrow's editor in 2001.")
    assert "WORK" not in entity_types(b).values()


def test_an_ordinal_apposed_stands_for_a_work_counted_before() -> None:
    a = run("She wrote three novels in Lisbon. The second, Ashfield Road, was published in 2012.")
    assert entity_types(a).get("Ashfield Road") == "WORK"
    assert event_names(a, "report.publish", "work") == ["Ashfield Road"]
    assert [e.time for e in typed(a, "report.publish")] == ["2012"]
    b = run("The quartet's debut album, Harbour Lights, was released in 1971. Its third, Paper Mills, came out in 1975.")
    assert entity_types(b).get("Paper Mills") == "WORK"
    # ... not a child counted among someone's children
    c = run("He has two daughters. The second, Clara Benn, was born in 1990.")
    assert entity_types(c).get("Clara Benn") == "PERSON"
    assert event_names(c, "life.born", "patient") == ["Clara Benn"]
