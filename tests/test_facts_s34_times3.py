"""Event times (session 34, times round 3): invented articles through the real pipeline, the expected times written
before the run."""

from __future__ import annotations

from dateline.timex.tagger import tag
from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_capitalized_season_joined_to_a_year_by_in_ends_a_title() -> None:
    # "won best director for Iron Summer in 2022": the film's title, then the year of the win (not summer 2022)
    a = run("Mara Lind won best director for Iron Summer in 2022.", "2024-05-06")
    assert _times(a, "career.win") == ["2022"]
    b = run("Tom Ruel won best actor for Long Winter in 2019.", "2024-05-06")
    assert _times(b, "career.win") == ["2019"]
    c = run("Pia Lorn won the Golden Bear for Spring in 2018.", "2024-05-06")
    assert _times(c, "career.win") == ["2018"]
    # a season's own date stays one
    assert [(t.text, t.value) for t in tag("They married in Summer 2019.", "2024-05-06")] == [("Summer 2019", "2019-SU")]
    assert [(t.text, t.value) for t in tag("Summer in 2019 was hot.", "2024-05-06")] == [("Summer in 2019", "2019-SU")]
    assert [(t.text, t.value) for t in tag("They met in the summer of 2019.", "2024-05-06")] == [
        ("the summer of 2019", "2019-SU")]


def test_a_year_before_a_union_noun_that_does_something_dates_the_union_not_what_befalls_it() -> None:
    # "X's 2016 marriage to Y ended in divorce": married in 2016, the divorce undated
    a = run("Kit Moro's 2016 marriage to Ana Vell ended in divorce.", "2024-05-06")
    assert _times(a, "life.marry") == ["2016"]
    assert _times(a, "life.divorce") == [None]
    b = run("Cora Vint, whose 2011 wedding to Max Hale made headlines, has filed for divorce.", "2024-05-06")
    assert _times(b, "life.marry") == ["2011"]
    assert _times(b, "life.divorce") == [None]
    # the divorce's own time still dates it
    c = run("Kit Moro's marriage to Ana Vell ended in divorce in 2019.", "2024-05-06")
    assert _times(c, "life.divorce") == ["2019"]


def test_later_than_nothing_told_is_no_date() -> None:
    # "was sacked a year later" with no time told before: not a year after the article's date
    a = run("Lee Harn was sacked a year later.", "2024-05-06")
    assert _times(a, "career.fire") == [None]
    b = run("Two weeks later, Mo Tull was charged with fraud.", "2024-05-06")
    assert _times(b, "legal.charge") == [None]
    # counted from a time told before, it stays
    c = run("Ana Roth was arrested on 3 March. Two days later she was charged with theft.", "2024-05-06")
    assert _times(c, "legal.charge") == ["2024-03-05"]
    d = run("Tess Marr married Ned Holm in 2001. Two years later they divorced.", "2024-05-06")
    assert _times(d, "life.divorce") == ["2003"]
