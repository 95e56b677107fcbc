"""Event times (session 36, times round 5): invented articles through the real pipeline, the expected times written
before the run."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_since_on_another_noun_is_where_a_stretch_began_not_the_event_time() -> None:
    # "for the first time since 1998": the win is not of 1998
    a = run("Ashby Rovers lifted the trophy for the first time since 1998.", "2024-05-06")
    assert _times(a, "career.win") == [None]
    b = run("Pia Holm won the title for the first time since 2009.", "2024-05-06")
    assert _times(b, "career.win") == [None]
    # "X, in charge since 2015, resigned": the start of the post, not the leaving
    c = run("The coach, Ed Rusk, in charge since 2015, resigned.", "2024-05-06")
    assert _times(c, "career.resign") == [None]
    # the clause's own time stays
    d = run("Mara Kent, chief executive since 2012, resigned on Friday.", "2024-05-06")
    assert _times(d, "career.resign") == ["2024-05-03"]
    # a since on the event's own verb still dates the state's start
    e = run("Tim Dorn has been married to Ola Dorn since 2008.", "2024-05-06")
    assert _times(e, "life.marry") == ["2008"]


def test_a_time_inside_a_fronted_noun_phrase_dates_the_description_not_the_clause() -> None:
    # "Winner of the X Medal in 2016, Y has joined Z": the joining is not of 2016
    a = run("Winner of the Hollis Medal in 2016, Tom Pike has joined Norrow City.", "2024-05-06")
    assert _times(a, "career.hire") == [None]
    assert _times(a, "career.win") == ["2016"]  # the description's own event keeps it
    b = run("Captain of Wales in 2015, Sam Dyer was sacked by Ospry RFC.", "2024-05-06")
    assert _times(b, "career.fire") == [None]
    c = run("Mayor of Tarnby from 2004 to 2012, Ken Bolt has died.", "2024-05-06")
    assert _times(c, "life.die") == [None]
    # the parser may make the description a second subject before the name
    f = run("A Grammy winner in 2010, Nell Price has signed with Bluefin Records.", "2024-05-06")
    assert _times(f, "career.hire") == [None]
    # the clause's own time stays, and a fronted time phrase is the clause's
    d = run("Champion in 2016, Tom Pike retired in 2021.", "2024-05-06")
    assert _times(d, "career.retire") == ["2021"]
    e = run("Last year, Tom Pike joined Norrow City.", "2024-05-06")
    assert _times(e, "career.hire") == ["2023"]
