"""Session 37: names of works typed from their context (invented sentences through the real pipeline): the title after a
prize named with "a" or a number ("an Oscar for X"), after a loose work noun someone owns ("her debut, X,"), the subject
a copula calls a work ("X is the third novel by Y"), what sold copies or is out now, a film "starring" someone, what is
adapted or translated; each with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types


def test_a_title_after_a_prize_named_with_a_or_a_number() -> None:
    # "won an Oscar for X", "nominated for a Bafta for X", "picked up two Grammys for X": the title after the prize's "for"
    a = entity_types(run("Tom Brisk won an Oscar for Low Water in 2015."))
    assert a.get("Low Water") == "WORK" and "Oscar for Low Water" not in a
    b = entity_types(run("Lena Vorne was nominated for a Bafta for Summer Rain."))
    assert b.get("Summer Rain") == "WORK"
    c = entity_types(run("Kit Amble picked up two Grammys for Neon Psalms."))
    assert c.get("Neon Psalms") == "WORK"
    # ... but a prize's category is no title
    d = entity_types(run("Tom Brisk won an Oscar for Best Director in 2015."))
    assert d.get("Best Director") != "WORK"


def test_a_loose_work_noun_someone_owns_before_an_apposed_title() -> None:
    # "her debut, X,", "the band's latest record, X,": "debut" or "record" alone before a name is too loose, owned it is not
    a = entity_types(run("Her debut, Ash Lines, sold 200,000 copies."))
    assert a.get("Ash Lines") == "WORK"
    b = entity_types(run("The band's latest record, Tin Harbours, was made in a week."))
    assert b.get("Tin Harbours") == "WORK"
    # ... an apposed person after a possessive noun stays a person
    c = entity_types(run("His debut, Tom Hale said, was a disaster."))
    assert c.get("Tom Hale") == "PERSON"


def test_a_name_a_copula_calls_a_work() -> None:
    # "X is the third novel by Y", "Her debut album was X"
    a = entity_types(run("Lowland is the third novel by Mara Quill."))
    assert a.get("Lowland") == "WORK" and a.get("Mara Quill") == "PERSON"
    b = entity_types(run("Her second album was Grey Lantern, recorded in Oslo."))
    assert b.get("Grey Lantern") == "WORK"
    # ... a person "is" a singer, not a work; nor is a "hit" or a "show" enough
    c = entity_types(run("Rosa Kell is the singer on the album."))
    assert c.get("Rosa Kell") == "PERSON"


def test_what_sold_copies_or_is_out_now() -> None:
    # "X sold a million copies", "X is out now / next week / in paperback"
    a = entity_types(run("Grey Meadow sold a million copies in its first year."))
    assert a.get("Grey Meadow") == "WORK"
    b = entity_types(run("Iron Orchard is out now."))
    assert b.get("Iron Orchard") == "WORK"
    c = entity_types(run("Copper Bells is out in paperback next month."))
    assert c.get("Copper Bells") == "WORK"
    # ... a player out injured, a publisher that sold copies of a book, stay what they were
    d = entity_types(run("Tom Hale is out for the season with a knee injury."))
    assert d.get("Tom Hale") == "PERSON"
    e = entity_types(run("Harwick Books sold a million copies of the novel."))
    assert e.get("Harwick Books") != "WORK"


def test_a_film_starring_someone() -> None:
    # "X, starring Y, opens on Friday": only a work stars someone
    a = entity_types(run("Pale Harbour, starring Ada Bell, opens on Friday."))
    assert a.get("Pale Harbour") == "WORK" and a.get("Ada Bell") == "PERSON"
    b = entity_types(run("Crow Meadow, starring Jonah Pike and Ada Bell, was shot in Wales."))
    assert b.get("Crow Meadow") == "WORK"
    # ... one who stars in something is a person
    c = entity_types(run("Ada Bell, starring in her first film, spoke on Monday."))
    assert c.get("Ada Bell") == "PERSON"


def test_what_is_adapted_or_translated_is_a_title() -> None:
    a = entity_types(run("Ben Orly adapted Copper Lantern for the stage."))
    assert a.get("Copper Lantern") == "WORK"
    b = entity_types(run("Ines Marlow translated Salt Mornings into French in 2004."))
    assert b.get("Salt Mornings") == "WORK"
