"""Session 45: "agreed to buy X on Monday" -- a weekday told with an infinitive under a past "agreed / promised /
offered to" is the day of the agreeing (the Monday before the article), in both the parse-based and the text-only tense
readings; a month ("agreed to buy X in May") stays the buying's, ahead, and a plan ("plans to buy X on Monday") stays
ahead."""

from __future__ import annotations

from dateline.timex.tense import heuristic_tense
from handmade import analyzed as run

DCT = "2025-03-16"  # a Sunday


def _values(text: str) -> list[str]:
    return [t.value for t in run(text, DCT).timexes]


def test_agreed_to_buy_on_monday_is_the_monday_before() -> None:
    assert _values("Kerrow Bank agreed to buy Pellman Trust for $2 billion on Monday.") == ["2025-03-10"]


def test_agreed_to_buy_in_may_is_the_may_ahead() -> None:
    assert _values("Kerrow Bank agreed to buy Pellman Trust in May.") == ["2025-05"]


def test_plans_to_buy_on_monday_is_the_monday_ahead() -> None:
    assert _values("Kerrow Bank plans to buy Pellman Trust on Monday.") == ["2025-03-17"]


def test_the_text_only_reading_agrees() -> None:
    text = "Kerrow Bank agreed to buy Pellman Trust on Monday."
    start = text.index("Monday")
    assert heuristic_tense(text, start, start + 6) == "PAST"
    text = "Kerrow Bank agreed to buy Pellman Trust in May."
    start = text.index("May")
    assert heuristic_tense(text, start, start + 3) == "FUTURE"
