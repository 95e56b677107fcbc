"""Names typed wrongly, split or not found, second pass (session 39): a side named for its town that lifts a trophy or
holds a captain, NER seeing nothing or a town; each as small invented articles through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_side_that_lifts_a_trophy_is_a_club() -> None:
    # "Harrowgate Town lifted the trophy" (NER: nothing), "Kelsey City won the league" (NER: GPE)
    a = run("Cup final\nHarrowgate Town lifted the trophy on Saturday. The club's fans invaded the pitch.")
    assert _types_of(a, "Harrowgate Town") == ["ORG"]
    b = run("Football. Kelsey City won the league on Saturday after a 2-0 win. City's fans celebrated.")
    assert _types_of(b, "Kelsey City") == ["ORG"]
    c = run("Football. Ashdown Rovers clinched promotion on Tuesday, the club said.")
    assert _types_of(c, "Ashdown Rovers") == ["ORG"]


def test_a_side_that_holds_a_captain_is_a_club() -> None:
    # "Harrowgate Town's captain, Joe Mercer," (NER: nothing for the side)
    a = run("Football. Harrowgate Town's captain, Joe Mercer, scored twice on Saturday.")
    assert _types_of(a, "Harrowgate Town") == ["ORG"] and _types_of(a, "Joe Mercer") == ["PERSON"]


def test_a_town_that_wins_something_else_stays_a_town() -> None:
    a = run("Travel. Kansas City won the bid to host the games in May.")
    assert _types_of(a, "Kansas City") == ["GPE"]
