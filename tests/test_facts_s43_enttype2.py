"""Session 43, entity typing (second pass): an unknown one-word name after "in"/"near" that the recognizer
called a body leans to a town; a name right before a resident noun ("the Maltford teenager") is a town; what
comes "from" a town (crews, flights, volunteers) places the name; the capitals of a wire dateline
("KELSWORTH, March 13 (Reuters) -") are the town filed from, named as the text writes it -- as small invented
articles through the real pipeline, with the near misses they must keep."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types


def test_a_holiday_in_a_town_the_recognizer_called_a_body() -> None:
    types = entity_types(run("Jonas Pell proposed to Mira Lund during a holiday in Quarvello last month, a friend said."))
    assert types.get("Quarvello") == "GPE"


def test_a_stake_in_a_name_is_no_town() -> None:
    types = entity_types(run("Ostrand Capital bought a stake in Quarvello last month, the firm said."))
    assert types.get("Quarvello") != "GPE"


def test_the_town_before_a_resident_noun() -> None:
    types = entity_types(run("The Maltford teenager was arrested on Tuesday. Two Pellingham residents were hurt."))
    assert types.get("Maltford") == "GPE"
    assert types.get("Pellingham") == "GPE"


def test_an_employer_or_a_party_before_a_person_noun_stays_a_body() -> None:
    types = entity_types(run("The Google engineer Lina Sato left in March. The Labour councillor Tom Reddan resigned."))
    assert types.get("Google") == "ORG"
    assert types.get("Labour") != "GPE"


def test_volunteers_and_flights_from_a_town() -> None:
    types = entity_types(run("Volunteers from Castrelo joined the search on Sunday. Flights from Bexcombe were cancelled."))
    assert types.get("Castrelo") == "GPE"
    assert types.get("Bexcombe") == "GPE"


def test_funding_from_a_body_is_no_town() -> None:
    types = entity_types(run("Funding from Vantrel Capital paid for the new wing, the hospital said."))
    assert types.get("Vantrel Capital") != "GPE"


def test_wire_dateline_capitals_are_the_town() -> None:
    a = run("Miners strike\n\nKELSWORTH, March 13 (Reuters) - Workers at a copper mine walked out on Thursday.")
    assert entity_types(a).get("KELSWORTH") == "GPE"


def test_wire_dateline_with_a_region() -> None:
    a = run("Ferry aground\n\nDUNMORROW, Scotland - A ferry ran aground on Tuesday, the coastguard said.")
    assert entity_types(a).get("DUNMORROW") == "GPE"


def test_a_capital_word_before_a_dateline_tail_that_is_a_dictionary_word_is_no_town() -> None:
    a = run("Markets\n\nEXCLUSIVE, March 13 (Reuters) - Shares in Ardent Mines fell on Thursday.")
    assert "EXCLUSIVE" not in entity_types(a)
