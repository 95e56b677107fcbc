"""Session 36: sport transfers told as a noun ("sealed a switch to Y", "completed a £20m move to Y"), clubs named like
towns after such a noun, and players told of in the passive ("was snapped up by Y"), as invented sentences through the
real pipeline, each with two wordings or more and the near misses they must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_a_transfer_noun_after_a_light_verb_whose_to_the_parser_hung_on_the_verb() -> None:
    # "sealed / earned / made a switch to Y": the player hired by Y
    a = run("Striker Rui Ferro has sealed a switch to Dunmore Athletic.")
    assert event_names(a, "career.hire", "patient") == ["Rui Ferro"]
    assert event_names(a, "career.hire", "agent") == ["Dunmore Athletic"]
    b = run("Jonas Prill made the switch to Tarnby Rovers in 2019.")
    assert event_names(b, "career.hire", "agent") == ["Tarnby Rovers"]
    assert [e.time for e in typed(b, "career.hire")] == ["2019"]
    c = run("Pavel Ruzek earned a switch to Dunmore Athletic.")
    assert event_names(c, "career.hire", "patient") == ["Pavel Ruzek"]
    assert not typed(c, "career.win")  # a move earned is no prize
    # ... not a move up the table, a move to do something, a firm's move
    assert not typed(run("Kelby City secured a move to the top of the table."), "career.hire")
    assert not typed(run("Ruth Sayle made a move to ban parking."), "career.hire")
    assert not typed(run("Kessel Foods completed a move to Ashby Park in March."), "career.hire")


def test_a_fee_before_the_transfer_noun() -> None:
    # "completed a £20m move to Y": the parser reads "m" as the object and "move" as a verb
    a = run("Kofi Brandt completed a £20m move to Holm Rovers on Friday.")
    assert event_names(a, "career.hire", "patient") == ["Kofi Brandt"]
    assert event_names(a, "career.hire", "agent") == ["Holm Rovers"]
    assert [e.time for e in typed(a, "career.hire")] == ["2024-05-03"]
    b = run("Aled Brook sealed a £4m switch to Dunmore Athletic.")
    assert event_names(b, "career.hire", "agent") == ["Dunmore Athletic"]


def test_a_club_named_like_a_town_after_a_transfer_noun() -> None:
    a = run("Tom Vane sealed a loan move to Kelby City.")
    assert event_names(a, "career.hire", "agent") == ["Kelby City"]
    b = run("Ines Calder completed her switch to Brantwood City on Monday.")
    assert event_names(b, "career.hire", "agent") == ["Brantwood City"]


def test_a_player_told_of_in_the_passive() -> None:
    # "was snapped up / loaned / poached": the name a person's, whatever the recognizer said
    a = run("Niall Costa was snapped up by Corrie Rovers on a free transfer.")
    assert event_names(a, "career.hire", "patient") == ["Niall Costa"]
    assert event_names(a, "career.hire", "agent") == ["Corrie Rovers"]
    assert not typed(a, "business.acquire")
    b = run("Dario Senn was loaned to Holm Rovers for the season.")
    assert event_names(b, "career.hire", "patient") == ["Dario Senn"]
    # ... a firm snapped up is bought
    c = run("Kessel Foods was snapped up by Orlo Group in 2019.")
    assert event_names(c, "business.acquire", "patient") == ["Kessel Foods"]
    assert not typed(c, "career.hire")


def test_the_arrival_of_a_player_from_a_club() -> None:
    # "Y confirmed the arrival of X from Z": X hired by Y, from Z
    a = run("Ashby United confirmed the arrival of goalkeeper Pavel Ruzek from Dunmore Athletic.")
    assert event_names(a, "career.hire", "patient") == ["Pavel Ruzek"]
    assert event_names(a, "career.hire", "agent") == ["Ashby United"]
    b = run("Kelby Rovers welcomed the arrival of Tom Vane from Holm United on Friday.")
    assert event_names(b, "career.hire", "patient") == ["Tom Vane"]
    assert [e.time for e in typed(b, "career.hire")] == ["2024-05-03"]
    # ... not a journey from a town
    assert not typed(run("Police confirmed the arrival of Tom Vane from London."), "career.hire")
