"""Session 36: triggers missed, second pass -- event phrasings no fixture had tried (invented sentences through the real
pipeline, each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, typed


def test_the_years_of_a_life_in_brackets_after_a_name_are_its_birth_and_death() -> None:
    a = run("Ruth Calder (1942-2024) was a painter.")
    assert event_names(a, "life.born", "patient") == ["Ruth Calder"]
    assert [e.time for e in typed(a, "life.born")] == ["1942"]
    assert event_names(a, "life.die", "agent") == ["Ruth Calder"]
    assert [e.time for e in typed(a, "life.die")] == ["2024"]
    b = run("The painter Ruth Calder (1942\u20132024) lived in Oban.")
    assert [e.time for e in typed(b, "life.die")] == ["2024"]
    # ... a death told in the text is that one, dated by its own words
    c = run("Ruth Calder (1942-2024) died in Oban in March.")
    assert [e.time for e in typed(c, "life.die")] == ["2024-03"]
    # ... a band's years, or a span no life lasts, are none
    assert_no_event(run("The Ravens (1990-1996) were a band from Leeds."), "life.die")
    assert_no_event(run("Ruth Calder (1742-2024) was a painter."), "life.die")


def test_voted_or_thrown_out_of_office_is_an_election_lost() -> None:
    a = run("The councillor Dara Quinlan was voted out of office in 2019.")
    assert_event(a, "politics.elect", {"patient": "Dara Quinlan"})
    assert [(e.time, e.polarity) for e in typed(a, "politics.elect")] == [("2019", "NEG")]
    b = run("Voters threw Dara Quinlan out of office in 2019.")
    assert [(e.time, e.polarity) for e in typed(b, "politics.elect")] == [("2019", "NEG")]
    c = run("Mayor Ines Marlow was swept out of power in the 2021 election.")
    assert event_names(c, "politics.elect", "patient") == ["Ines Marlow"]
    # ... out of a squad, or a ball out of play, is no election; "voted out as leader" stays a dismissal
    assert_no_event(run("The fans voted Ines Marlow out of the squad."), "politics.elect")
    assert_no_event(run("Dara Quinlan kicked the ball out of play."), "politics.elect")
    assert_event(run("Sam Orr was voted out as party leader in 2017."), "career.fire", {"patient": "Sam Orr"})
