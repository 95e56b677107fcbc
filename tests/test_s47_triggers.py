"""Session 47 (TRIGGERS): events whose trigger was missed entirely -- invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def test_they_after_one_who_did_something_with_another_are_the_two() -> None:
    # "X, who has played with Y since they met": the two people the "with" pairs, in the sentence's own "they"
    a = run("The album was produced by the guitarist Tom Rudd, who has played with Anna Pell since they met at a club in Leeds in 1985.")
    assert_event(a, "life.meet", {"agent": "Tom Rudd", "partner": "Anna Pell"})


def test_the_pair_after_a_founding_with_another_are_its_two_founders() -> None:
    a = run("Anna Pell co-founded the business with Tom Rudd in 2018. The pair met while working at the shoe retailer Brandle.")
    assert_event(a, "life.meet", {"agent": "Anna Pell", "partner": "Tom Rudd"})


def test_a_later_they_is_no_pair_made_by_with() -> None:
    # sentences on, "they" is as often the band or the firm as the two once named with each other
    a = run("Anna Pell co-founded the band Ashgrove with Tom Rudd in 2009. The band has a new record. "
            "The singer said they met the producer in Leeds.")
    assert_no_event(a, "life.meet")


def test_entering_the_assembly_or_the_legislature_is_an_election() -> None:
    # as "entered parliament": a seat won in the chamber the object names
    for text, chamber in (("Anna Pell, a former nurse who entered the national assembly in 2021, said she would run.", "assembly"),
                          ("Tom Rudd entered the provincial legislature in 2007.", "legislature")):
        assert_event(run(text), "politics.elect", {"organization": chamber})


def test_entering_an_assembly_hall_is_no_election() -> None:
    assert_no_event(run("Tom Rudd entered the assembly hall at noon."), "politics.elect")
