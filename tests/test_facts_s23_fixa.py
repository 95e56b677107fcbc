"""Phrasings found in session 23 (fix A), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names


def test_born_with_a_condition_is_no_birth() -> None:
    # "who was born with a heart defect" describes the person; no birth is reported
    a = run("The striker Dale Amory, who was born with a heart defect, scored twice on Saturday.", "2024-05-08")
    assert event_names(a, "life.born", "patient") == []


def test_born_with_a_twin_in_a_place_is_still_a_birth() -> None:
    a = run("Pell Rowan was born with a twin sister in Leeds in 1990.", "2024-05-08")
    assert event_names(a, "life.born", "patient") == ["Pell Rowan"]
    assert event_names(a, "life.born", "place") == ["Leeds"]


def test_a_person_unveiled_is_no_announcement() -> None:
    # "X was unveiled at a press conference": a new coach or signing presented, nothing announced
    a = run("Dana Velko, 44, was unveiled at a press conference at the club's training ground on Wednesday.", "2024-05-08")
    assert event_names(a, "politics.announce", "topic") == []
    b = run("The club unveiled its new signing, Dana Velko, on Wednesday.", "2024-05-08")
    assert event_names(b, "politics.announce", "topic") == []


def test_a_plan_unveiled_is_still_an_announcement() -> None:
    a = run("The minister, Dana Velko, unveiled the budget on Wednesday.", "2024-05-08")
    assert event_names(a, "politics.announce", "agent") == ["Dana Velko"]


def test_the_day_of_an_occasion_after_for_does_not_date_the_event() -> None:
    # "in temporary charge for Saturday's game": Saturday is the game's day, not when he was put in charge
    a = run("The club has placed the youth coach, Owen Brack, in temporary charge for Saturday's game against Tilby.",
            "2024-05-08")
    assert [e.time for e in a.events if e.type == "career.appoint"] == [None]


def test_a_day_on_the_verb_still_dates_the_event() -> None:
    a = run("The club named Owen Brack as caretaker on Saturday.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "career.appoint"] == ["2024-05-04"]
