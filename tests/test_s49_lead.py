"""Session 49: an event told several times takes the certainty of its most certain mention (the fixtures' convention: "a
rumour later confirmed is asserted"), unless it was first told as a plan or a denial."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed

DCT = "2025-03-14"


def test_a_headline_asserting_what_the_body_attributes_is_asserted() -> None:
    text = ("Orlen Daskby charged over warehouse fire\n\n"
            "Orlen Daskby, 41, has been charged with arson after a fire destroyed a warehouse in Pellham, police said on Thursday.")
    charges = typed(run(text, DCT), "legal.charge")
    assert [(e.certainty, e.claim) for e in charges] == [("asserted", None)]


def test_an_event_told_only_by_a_source_stays_attributed() -> None:
    text = "Orlen Daskby, 41, has been charged with arson after a fire destroyed a warehouse in Pellham, police said on Thursday."
    charges = typed(run(text, DCT), "legal.charge")
    assert [e.certainty for e in charges] == ["attributed"]
    assert charges[0].claim is not None


def test_a_plan_told_first_stays_a_plan_when_a_source_tells_it_again() -> None:
    text = ("Harrowgate Mills will buy Tenbury Looms, the company said on Monday. "
            "Harrowgate Mills agreed to buy Tenbury Looms after months of talks, a person familiar with the deal said.")
    buys = typed(run(text, DCT), "business.acquire")
    assert buys and all(e.certainty == "speculative" for e in buys)


def test_a_headline_naming_one_person_charged_is_that_persons_charge() -> None:
    a = run("Orlen Daskby charged with arson\n\nThe fire destroyed a warehouse in Pellham on Thursday.", DCT)
    assert [(e.args[0].text, e.args[0].role) for e in typed(a, "legal.charge")] == [("Orlen Daskby", "patient")]


def test_a_headline_with_an_object_charged_is_no_charge_of_its_subject() -> None:
    a = run("Pellham council charged residents twice for parking\n\nThe error was found on Thursday.", DCT)
    assert not [e for e in typed(a, "legal.charge") if any(g.role == "patient" and g.text == "Pellham council" for g in e.args)]
