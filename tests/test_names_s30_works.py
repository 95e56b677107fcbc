"""Session 30: titles of records typed as works by their place in the sentence, whatever NER made of
them — a work noun the tagger took for an adjective before the title's apposition ("Their first
single, X, was put out"), and a name that reached, topped or entered the charts."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types


def test_a_single_before_its_apposed_title_makes_it_a_work() -> None:
    a = run("Their first single, Low Weather, was put out by the tiny Lantwick label in 2009.", "2024-05-08")
    assert entity_types(a).get("Low Weather") == "WORK"
    b = run("His debut single, Copper Moon, came out in 2011 on a small label.", "2024-05-08")
    assert entity_types(b).get("Copper Moon") == "WORK"


def test_a_name_that_reached_the_charts_is_a_work() -> None:
    a = run("It is the band's fourth album and their first since Salt Lantern, which reached number six in the charts.",
            "2024-05-08")
    assert entity_types(a).get("Salt Lantern") == "WORK"
    b = run("Their last record was Night Wharves, which entered the charts at number nine in 2019.", "2024-05-08")
    assert entity_types(b).get("Night Wharves") == "WORK"


def test_a_player_who_reached_number_two_in_the_rankings_stays_a_person() -> None:
    a = run("Ella Ward reached number two in the world rankings in May.", "2024-05-08")
    assert entity_types(a).get("Ella Ward") == "PERSON"
