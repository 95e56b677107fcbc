"""Property tests: tag() never raises, values follow the TIMEX3 grammar, offsets slice the text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.timex import tag
from dateline.timex.values import MODS, TYPES, valid_value

WORDS = ["the", "last", "next", "this", "year", "years", "month", "week", "day", "days", "ago", "later",
         "earlier", "Friday", "Monday", "August", "May", "Sept.", "4", "30th", "2012", "1990s", "'90s", "mid-",
         "early", "late", "about", "more", "than", "a", "an", "three", "twenty", "-", "five", "quarter",
         "third", "fiscal", "summer", "Christmas", "today", "yesterday", "now", "every", "twice", "p.m.",
         "3", ":", "15", "noon", "morning", "of", ",", ".", "/", "8/4/2012", "2012-08-04", "half", "century",
         "decade", "before", "after", "from", "recently", "Q3", "s", "'", "25-year-old", "o'clock"]

dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: d.isoformat())
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=30).map("".join),
)


def check(text: str, dct: str, domain: str) -> None:
    out = tag(text, dct, domain=domain, explain=True)
    last = -1
    for i, t in enumerate(out):
        assert text[t.start:t.end] == t.text and t.text
        assert t.start >= last
        last = t.end
        assert t.tid == f"t{i + 1}"
        assert t.type in TYPES
        assert valid_value(t.value), (t.text, t.value)
        assert t.mod is None or t.mod in MODS
        assert t.rule


@settings(max_examples=300, deadline=None)
@given(texts, dates, st.sampled_from(["news", "narrative"]))
def test_never_raises_and_values_are_valid(text: str, dct: str, domain: str) -> None:
    check(text, dct, domain)


@settings(max_examples=100, deadline=None)
@given(dates)
def test_extreme_document_dates(dct: str) -> None:
    check("Last year, next week, 3 days ago, Friday, in August, the 1990s, in 9999 and the next century.",
          dct, "news")


def test_a_date_off_the_calendar_is_left_out_rather_than_raised() -> None:
    text = "Last year, 3 days ago, on Friday."
    check(text, "0001-01-01", "news")  # (found by test_extreme_document_dates: 3 days before 0001-01-01)
    values = {t.text: t.value for t in tag(text, "0001-01-05")}
    assert values["3 days ago"] == "0001-01-02" and "3 days ago" not in {t.text for t in tag(text, "0001-01-01")}
