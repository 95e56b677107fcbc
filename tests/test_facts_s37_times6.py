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


def test_a_birthday_or_anniversary_counts_from_a_birth_or_wedding_told_by_its_year_or_month() -> None:
    a = run("Ida Moss, who was born in 1984, married Kit Rowe on her 40th birthday.", "2024-05-06")
    assert _times(a, "life.marry") == ["2024"]
    b = run("Oskar Venn was born in 1980. On his 30th birthday he married Ria Holt.", "2024-05-06")
    assert _times(b, "life.marry") == ["2010"]
    c = run("Ada Pell and Ron Tate married in June 2010. On their fifth wedding anniversary they divorced.", "2024-05-06")
    assert _times(c, "life.divorce") == ["2015-06"]
    d = run("Ada Pell and Ron Tate married in 2010. On their fifth wedding anniversary they divorced.", "2024-05-06")
    assert _times(d, "life.divorce") == ["2015"]
    # a birthday whose owner was born in no year told: no time
    e = run("Oskar Venn married Ria Holt on his 30th birthday.", "2024-05-06")
    assert _times(e, "life.marry") == [None]


def test_a_gap_of_days_or_weeks_after_an_event_noun_dated_by_a_year_keeps_that_year() -> None:
    a = run("Ron Tull was arrested in 2017. Ten days after his arrest he resigned as mayor of Cabot.", "2024-05-06")
    assert _times(a, "career.resign") == ["2017"]
    b = run("Ron Tull was arrested in 2017. Two weeks after his arrest, he was sacked by Cabot Council.", "2024-05-06")
    assert _times(b, "career.fire") == ["2017"]
    # from a month, weeks may cross into the next: no time
    c = run("Ron Tull was arrested in March 2017. Two weeks after his arrest, he was sacked by Cabot Council.", "2024-05-06")
    assert _times(c, "career.fire") == [None]
    # a day still counts to the day
    d = run("Ron Tull was arrested on 3 March 2017. Two days after his arrest he was sacked by Cabot Council.", "2024-05-06")
    assert _times(d, "career.fire") == ["2017-03-05"]


def test_a_wedding_or_a_release_told_in_the_present_with_a_weekday_is_ahead() -> None:
    # the tense of the governing verb decides: a timetable's present ("marries X on Saturday") is the coming day
    a = run("Pia Dorne marries Sam Ruiz on Saturday.", "2024-05-06")
    assert _times(a, "life.marry") == ["2024-05-11"]
    b = run("Pia Dorne is marrying Sam Ruiz on Saturday.", "2024-05-06")
    assert _times(b, "life.marry") == ["2024-05-11"]
    c = run("Her new album, Glass Hours, is out on Friday.", "2024-05-06")
    assert _times(c, "career.release") == ["2024-05-10"]
    # the past stays past
    d = run("Pia Dorne married Sam Ruiz on Saturday.", "2024-05-06")
    assert _times(d, "life.marry") == ["2024-05-04"]
