"""Event times (session 35, times round 4): invented articles through the real pipeline, the expected times written
before the run."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_gap_before_an_event_noun_dated_by_a_year_before_it_counts_from_that_year() -> None:
    # "A year after their 2011 wedding, X had a son": 2012, not the wedding's 2011
    a = run("A year after their 2011 wedding, Gus Fane and Ida Brook had a son, Leo.", "2024-05-06")
    assert _times(a, "family.child") == ["2012"]
    b = run("Two years after his 2016 election, Tom Vek resigned as mayor.", "2024-05-06")
    assert _times(b, "career.resign") == ["2018"]
    c = run("Three years after last year's vote, Ada Lusk was appointed governor of the Delmar Bank.", "2027-05-06")
    assert _times(c, "career.appoint") == ["2029"]
    # a gap the year does not allow to count: no time rather than the noun's year
    d = run("Six months after her 2019 arrest, Kate Dunn was charged with fraud.", "2024-05-06")
    assert _times(d, "legal.charge") == [None]
    # the clause's own time stays
    e = run("Tom Vek resigned as mayor in 2019, three years after his 2016 election.", "2024-05-06")
    assert _times(e, "career.resign") == ["2019"]


def test_that_year_with_no_time_told_before_dates_nothing() -> None:
    # "Earlier that year, X had been fired": the year of something untold, not the article's
    a = run("Earlier that year, Yuri Petrov had been fired by Kolm Steel.", "2024-05-06")
    assert _times(a, "career.fire") == [None]
    b = run("That summer, Lio Fenn married Clara Roux.", "2024-05-06")
    assert _times(b, "life.marry") == [None]
    c = run("The same week, Tessa Lund was arrested in Hull.", "2024-05-06")
    assert _times(c, "legal.arrest") == [None]
    # told before, it counts
    d = run("Yuri Petrov joined Kolm Steel in 2003. Earlier that year, he had been fired by Baltic Iron.", "2024-05-06")
    assert _times(d, "career.fire") == ["2003"]
    e = run("Lio Fenn moved to Lyon in 2015. That summer he married Clara Roux.", "2024-05-06")
    assert _times(e, "life.marry") == ["2015-SU"]
    f = run("Tessa Lund was charged on Monday. The same week, she was arrested in Hull.", "2024-05-06")
    assert _times(f, "legal.arrest") == ["2024-W19"]


def test_a_gap_before_an_event_noun_counts_from_the_day_a_clause_on_that_noun_gives() -> None:
    # "The election was held on 14 November. X died two weeks before the election": 31 October
    a = run("The election was held on 14 November. Bert Holl, a candidate, died two weeks before the election.", "2024-11-18")
    assert _times(a, "life.die") == ["2024-10-31"]
    b = run("The vote is on 2 December. Ivo Marsh resigned from the party three days before the vote.", "2024-11-18")
    assert _times(b, "career.resign") == ["2024-11-29"]
    c = run("The wedding took place on Saturday. Two days before the wedding, the groom's brother Eli Stone was arrested.",
            "2024-11-18")
    assert _times(c, "legal.arrest") == ["2024-11-14"]
    # a clause on another noun gives nothing
    d = run("The election campaign began on 1 October. Bert Holl died two weeks before the election.", "2024-11-18")
    assert _times(d, "life.die") == [None]


def test_a_past_perfect_after_clause_is_not_dated_by_the_main_clause() -> None:
    # "was elected mayor in 2018, after she had resigned from X": resigned before 2018, when not said
    a = run("Pia Lund was elected mayor in 2018, after she had resigned from Tolt Bank.", "2024-05-06")
    assert _times(a, "career.resign") == [None]
    assert _times(a, "politics.elect") == ["2018"]
    b = run("After he had been sacked by Orla United, Ben Tarr joined Cobham FC in March.", "2024-05-06")
    assert _times(b, "career.fire") == [None]
    assert _times(b, "career.hire") == ["2024-03"]
    # its own time stays
    c = run("Ben Tarr joined Cobham FC in March, after he had been sacked by Orla United in January.", "2024-05-06")
    assert _times(c, "career.fire") == ["2024-01"]
