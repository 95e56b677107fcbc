"""Session 37: wins told in phrasings no fixture had tried (invented sentences through the real pipeline, each general
gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types, event_names, typed


def test_first_place_won_or_taken_is_a_win() -> None:
    a = run("The Ormond Choir won first place at the Llangollen Eisteddfod in 1995.")
    assert_event(a, "career.win", {"agent": "Ormond Choir"})
    assert [e.time for e in typed(a, "career.win")] == ["1995"]
    assert_event(run("Ada Bell took first place in the junior section on Saturday."), "career.win", {"agent": "Ada Bell"})
    assert_event(run("Ada Bell claimed first place in the 100m in 2019."), "career.win", {"agent": "Ada Bell"})
    # ... a place in a final or at a university is no prize, and what "took place" is happened
    assert_no_event(run("Ada Bell won a place in the final on Friday."), "career.win")
    assert_no_event(run("Sam Reed secured a place at Oxford in 2019."), "career.win")
    assert_no_event(run("The ceremony took place in Leeds on Friday."), "career.win")


def test_victory_or_the_honours_going_to_someone_is_their_win() -> None:
    a = run("Victory went to Freya Lund, who crossed the line in 2:21.")
    assert event_names(a, "career.win", "agent") == ["Freya Lund"]
    b = run("The honours went to Tomas Berg in 2019.")
    assert event_names(b, "career.win", "agent") == ["Tomas Berg"]
    assert [e.time for e in typed(b, "career.win")] == ["2019"]
    assert_no_event(run("The money went to Tomas Berg in 2019."), "career.win")


def test_a_choir_or_a_troupe_named_by_its_singers_or_players_is_a_body_that_wins() -> None:
    a = run("The Ormond Singers won first place at the Llangollen Eisteddfod in 1995.")
    assert entity_types(a).get("Ormond Singers") == "ORG"
    assert_event(a, "career.win", {"agent": "Ormond Singers"})
    b = run("The Dunmore Players scooped the best ensemble award at the Calder Festival last week.")
    assert_event(b, "career.win", {"agent": "Dunmore Players"})
    # ... players of a league named before them are no body
    assert "League Players" not in entity_types(run("Premier League players voted for the change."))


def test_announced_or_emerging_as_the_winner_is_a_win() -> None:
    a = run("Kaia Strand was announced as the winner of the Larch Prize on Tuesday.")
    assert event_names(a, "career.win", "agent") == ["Kaia Strand"]
    assert [e.time for e in typed(a, "career.win")] == ["2024-04-30"]
    assert_no_event(a, "politics.announce")  # a win made known, no announcement of hers
    b = run("Arlo Finch emerged as the winner of the Bexley Open in 2017.")
    assert event_names(b, "career.win", "agent") == ["Arlo Finch"]
    assert [e.time for e in typed(b, "career.win")] == ["2017"]
    c = run("Kelso Rovers finished the 1998 season as champions.")
    assert event_names(c, "career.win", "agent") == ["Kelso Rovers"]
    # ... a champion of a cause is hailed, not crowned; a candidate emerging wins nothing
    assert_no_event(run("Ada Voss was hailed as a champion of free speech in 2019."), "career.win")
    assert_no_event(run("Ada Voss emerged as a leading candidate in May."), "career.win")
    # ... and a manager announced is still an announcement
    assert_event(run("The club announced Kaia Strand as its new manager on Tuesday."), "politics.announce", {"topic": "Kaia Strand"})


def test_the_winner_named_after_the_copula_wins() -> None:
    a = run("The winner of the Morrow Prize, announced in London on Thursday, was Tobias Engel.")
    assert_event(a, "career.win", {"agent": "Tobias Engel", "award": "Morrow Prize"})
    assert [e.time for e in typed(a, "career.win")] == ["2024-05-02"]
    b = run("This year's winner of the Harwick Prize is Ada Quill.")
    assert_event(b, "career.win", {"agent": "Ada Quill"})
    assert_no_event(run("The winner was a surprise."), "career.win")


def test_the_winner_of_a_rally_a_classic_or_a_marathon_wins() -> None:
    a = run("Nils Ek was the overall winner of the Grafton Rally in March.")
    assert event_names(a, "career.win", "agent") == ["Nils Ek"]
    assert [e.time for e in typed(a, "career.win")] == ["2024-03"]
    b = run("Renske Voll was the winner of the Kempen Classic in 2019.")
    assert event_names(b, "career.win", "agent") == ["Renske Voll"]
    # ... not the winner of anything else
    assert_no_event(run("Ada Quill was the winner of the argument."), "career.win")


def test_a_best_category_taken_is_a_win() -> None:
    a = run("Mia Holt took best actress for Nightjar in 2019.")
    assert_event(a, "career.win", {"agent": "Mia Holt", "work": "Nightjar"})
    assert [e.time for e in typed(a, "career.win")] == ["2019"]
    b = run("The Dunmore Quartet took best album at the Corran Music Awards on Saturday.")
    assert_event(b, "career.win", {"agent": "Dunmore Quartet"})
    assert_no_event(run("Mia Holt took the best seat in the house."), "career.win")


def test_whose_work_read_as_the_verbs_object_makes_its_owner_the_winner() -> None:
    a = run("Jan Holt, whose memoir Grey Water won the Hessel Prize in 2013, lives in Leeds.")
    assert_event(a, "career.win", {"agent": "Jan Holt", "work": "Grey Water"})
    assert [e.time for e in typed(a, "career.win")] == ["2013"]
    b = run("Ada Quill, whose novel won the Booker in 2011, has died.")
    assert_event(b, "career.win", {"agent": "Ada Quill"})


def test_silver_behind_someone_is_their_win_too() -> None:
    a = run("Elsa Kramer won silver behind the Kenyan Ines Moll in 2019.")
    assert sorted(event_names(a, "career.win", "agent")) == ["Elsa Kramer", "Ines Moll"]
    assert [e.time for e in typed(a, "career.win")] == ["2019", "2019"]
    b = run("Elsa Kramer took silver behind Ada Voss in 2021.")
    assert "Ada Voss" in event_names(b, "career.win", "agent")
    # ... bronze behind two names: the gold's and the silver's, not told apart
    c = run("Elsa Kramer took bronze behind Ada Voss and Ana Bell in 2019.")
    assert event_names(c, "career.win", "agent") == ["Elsa Kramer"]
