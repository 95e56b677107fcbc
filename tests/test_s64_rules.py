"""Session 64: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, named_args


def _times(a: object, kind: str) -> list[str | None]:
    return [e.time for e in a.events if e.type == kind]  # type: ignore[attr-defined]


def test_a_marriage_so_many_years_long_that_ended_in_a_year_began_that_many_years_before() -> None:
    a = run("Daniel Ashby is a stage actor. His seven-year marriage to Ilse Varga ended in divorce in 2020.", "2024-03-02")
    assert _times(a, "life.marry") == ["2013"]
    assert facts_by_pair(a, "spouse") == {("Daniel Ashby", "Ilse Varga"): ("2013", "2020")}
    # ... a marriage of no length told is not dated by the year it ended
    b = run("Daniel Ashby is a stage actor. His marriage to Ilse Varga ended in divorce in 2020.", "2024-03-02")
    assert "2020" not in _times(b, "life.marry")
    assert facts_by_pair(b, "spouse") == {("Daniel Ashby", "Ilse Varga"): (None, "2020")}


def test_a_marriage_told_and_ended_in_one_phrase_ends_then() -> None:
    a = run("Perpetua Lisle's 12-year marriage to the banker Odo Farrant ended in 2011.", "2024-03-02")
    assert facts_by_pair(a, "spouse") == {("Perpetua Lisle", "Odo Farrant"): ("1999", "2011")}


def test_whose_marriage_to_a_titled_name_that_ended_is_the_marriage_of_the_one_before_whose() -> None:
    a = run("Wenna Trescothick, 36, is a singer. It is the first child for Trescothick, whose three-year marriage to the "
            "film director Lorcan Hebditch ended in divorce in 2019.", "2024-03-02")
    assert [(r.get("agent"), r.get("partner")) for r in named_args(a, "life.divorce")] == [("Wenna Trescothick", "Lorcan Hebditch")]
    assert facts_by_pair(a, "spouse") == {("Wenna Trescothick", "Lorcan Hebditch"): ("2016", "2019")}
