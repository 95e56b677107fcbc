"""Session 42: people listed side by side each win (one win per person named in a coordination), as invented
texts through the real pipeline; each rule with the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_a_pair_named_side_by_side_wins_once_each() -> None:
    a = run("The mixed doubles title went to the Danish pair Mira Tunde and Josef Albrecht on Sunday.")
    assert sorted(event_names(a, "career.win", "agent")) == ["Josef Albrecht", "Mira Tunde"]
    assert all(len([g for g in e.args if g.role == "agent"]) == 1 for e in typed(a, "career.win"))
    assert {g.text for e in typed(a, "career.win") for g in e.args if g.role == "award"} == {"The mixed doubles title"}


def test_a_person_and_the_club_led_to_a_title_stay_one_win() -> None:
    # the captain and the club name one winner twice over: no second win
    a = run("Tom Vane captained Pell Town to the league title in 2019.")
    wins = typed(a, "career.win")
    assert len(wins) == 1
    assert {g.text for g in wins[0].args if g.role == "agent"} == {"Tom Vane", "Pell Town"}
    assert wins[0].time == "2019"


def test_a_teammate_named_alongside_is_no_second_win() -> None:
    # "alongside" names a teammate, not a second subject coordinated with the first
    a = run("Mira Tunde won the Pell Cup in 2013 alongside the striker Josef Albrecht.")
    assert len(typed(a, "career.win")) == 1
    assert "Mira Tunde" in event_names(a, "career.win", "agent")
