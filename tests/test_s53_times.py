"""Session 53: event times -- invented sentences, each rule with a case it must get right and a near miss it must not
change: a meeting of several days lends no one night to an undated win."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed

MONDAY = "2024-05-06"


def _times(text: str, kind: str) -> list[str | None]:
    return [e.time for e in typed(run(text, MONDAY), kind)]


def test_a_win_after_a_meeting_of_several_days_takes_no_night() -> None:
    text = ("Anna Voss won the 100 metres at the Lindmark Games in Torvik on Saturday night. "
            "Voss added a second gold in the relay on Sunday. Piet Halloran defended his long jump title.")
    assert _times(text, "career.win") == ["2024-05-04", "2024-05-05", None]


def test_a_win_after_one_night_takes_that_night() -> None:
    text = "Anna Voss won the 100 metres at the Lindmark Games in Torvik on Saturday night. Piet Halloran defended his long jump title."
    assert _times(text, "career.win") == ["2024-05-04", "2024-05-04"]
