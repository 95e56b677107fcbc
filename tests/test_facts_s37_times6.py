"""Event times (session 37, times round 6): invented articles through the real pipeline, the expected times written
before the run."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import role_texts, typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_gap_after_an_event_noun_with_no_comma_before_a_pronoun_clause_still_counts() -> None:
    # the parser made "after" the root and the clause a relative clause on "the wedding"
    a = run("Lena Ortiz married Paul Dray in 2009. Two years after the wedding they divorced.", "2024-05-06")
    assert _times(a, "life.divorce") == ["2011"]
    assert ["the wedding"] not in role_texts(a, "life.divorce", "partner")
    b = run("Gus Fenn joined Harlow Bank in 2001. Ten years after the move he quit.", "2024-05-06")
    assert _times(b, "career.resign") == ["2011"]
    # nothing told before: no time
    c = run("Two years after the wedding Ana Ruiz and Tom Hale divorced.", "2024-05-06")
    assert _times(c, "life.divorce") == [None]


def test_an_event_noun_after_a_gap_read_as_a_second_subject_is_the_phrases_object() -> None:
    # "Two years after the takeover Ivo Sand was sacked": "after" read as a mark, "the takeover" as a subject
    a = run("Two years after the merger Ivo Sand was sacked.", "2024-05-06")
    assert role_texts(a, "career.fire", "patient") == [["Ivo Sand"]]
    b = run("Omni Foods bought Pell Dairies in 2019. Two years after the merger Ivo Sand was sacked.", "2024-05-06")
    assert role_texts(b, "career.fire", "patient") == [["Ivo Sand"]]
