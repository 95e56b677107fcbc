"""Session 43: the typing of names -- given names the name dictionary lacks ("Sinead", "Kwame"); a street and its town taken as
one name ("of Ashgrove Road, Penmoor,"); the town after ", from" a name the recognizer left untyped; one word
after "in" read as a building -- as small invented sentences through the real pipeline, with the near misses
they must keep."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types


def types(text: str) -> dict[str, str]:
    return entity_types(run(text))


def test_given_names_the_dictionary_lacks() -> None:
    assert types("Colm and Sinead Farrelton celebrated their golden wedding anniversary.")["Sinead Farrelton"] == "PERSON"
    assert types("Lorcan Mulvihill has been charged with fraud, police said.")["Lorcan Mulvihill"] == "PERSON"


def test_town_named_like_a_given_name_stays_a_town() -> None:
    assert types("She grew up in Paisley and studied in Glasgow.")["Paisley"] == "GPE"


def test_address_street_and_town_are_two_names() -> None:
    got = types("Tayla Brennock, 34, of Ashgrove Road, Penmoor, was fined £200.")
    assert got.get("Penmoor") == "GPE"
    assert "Ashgrove Road, Penmoor" not in got


def test_firm_with_a_street_word_and_its_suffix_stays_one_firm() -> None:
    assert types("Acme Way, Inc. cut 40 jobs.") == {"Acme Way": "ORG"}


def test_town_after_an_untyped_name() -> None:
    got = types("Nkechi Adebanjo-Wells, from Stellbrook, was crowned champion.")
    assert got == {"Nkechi Adebanjo-Wells": "PERSON", "Stellbrook": "GPE"}


def test_body_after_a_name_stays_a_body() -> None:
    assert types("Jo Marr, of Brightwell Capital, said sales fell.")["Brightwell Capital"] == "ORG"


def test_one_word_after_in_is_a_town_not_a_building() -> None:
    assert types("Hollis Banner, a former Tindale Town player, now coaches in Redgate.")["Redgate"] == "GPE"
