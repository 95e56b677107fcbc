"""Session 42: "the Port of X" with only "X" found is one body, the port's authority, so that a later "the port" stands for
it -- as invented texts through the real pipeline, with a near miss that must stay without it."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names

PORT = ("Brackenford port chief jailed\n\nThe former head of the Port of Brackenford, Oswin Tallis-Mere, was jailed on "
        "Tuesday for taking bribes. A clerk at the port, Nadia Pellow, alerted the police in 2019. Pellow, who was dismissed "
        "by the port in 2020, said she felt vindicated. ")


def test_the_port_of_a_name_found_alone_is_one_body_the_port_stands_for() -> None:
    a = run(PORT + "The port is suing Tallis-Mere for damages.")
    assert entity_types(a).get("Port of Brackenford") == "ORG"
    assert event_names(a, "career.fire", "agent") == ["Port of Brackenford"]
    assert event_names(a, "legal.sue", "agent") == ["Port of Brackenford"]


def test_a_port_written_in_lower_case_is_no_named_body() -> None:
    # "the port of Brackenford": a harbour of a town, no body's name -- "the port" is left alone
    a = run(PORT.replace("the Port of Brackenford", "the port of Brackenford") + "The port is suing Tallis-Mere for damages.")
    assert "Port of Brackenford" not in entity_types(a)
    assert event_names(a, "legal.sue", "agent") == [None]


PAPER = ("Singer wins payout from Sunday Wayfarer publisher\n\nThe singer Ria Calloway has accepted damages from Perrow Media, the "
         "publisher of the Sunday Wayfarer, over stories about her marriage. ")


def test_a_newspaper_goes_by_its_name_without_the_day_it_comes_out() -> None:
    a = run(PAPER + "Tomas Elwood, who edited the Wayfarer at the time, left the paper in May.")
    names = entity_types(a)
    assert "Sunday Wayfarer" in names and "Wayfarer" not in names
    assert event_names(a, "career.resign", "organization") == ["Sunday Wayfarer"]


def test_a_word_that_is_no_day_of_issue_is_kept() -> None:
    # "the Harbour Wayfarer", then "the Wayfarer": a paper's last word alone joins it only when the lexicon knows it as one
    a = run(PAPER.replace("Sunday Wayfarer", "Harbour Wayfarer") + "Tomas Elwood, who edited the Wayfarer at the time, left in May.")
    names = entity_types(a)
    assert "Harbour Wayfarer" in names and "Wayfarer" in names
