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


def test_units_on_counts_from_the_time_told_before() -> None:
    # "Three years on, the couple divorced": three years after the marriage told before
    a = run("Jo Wren married Eli Hart in 2015. Three years on, the couple divorced.", "2024-05-06")
    assert _times(a, "life.divorce") == ["2018"]
    b = run("Lia Moss was arrested in March 2020. A year on, she was charged with fraud.", "2024-05-06")
    assert _times(b, "legal.charge") == ["2021-03"]
    # nothing told before: no date; "on" starting a phrase is no such time
    c = run("Two years on, Ben Acre was fired by Corvel.", "2024-05-06")
    assert _times(c, "career.fire") == [None]
    assert [(t.text, t.value) for t in tag("They spent three days on the boat.", "2024-05-06")] == [("three days", "P3D")]


def test_a_relative_clause_in_an_apposition_takes_the_time_the_parser_hung_on_the_name() -> None:
    # "X, a father of four who married his sweetheart, Y, in 1990, died": married in 1990
    a = run("Rob Tane, a father of four who married his sweetheart, Asha, in 1990, died on Sunday.", "2024-05-06")
    assert _times(a, "life.marry") == ["1990"]
    assert _times(a, "life.die") == ["2024-05-05"]
    b = run("Ada Pike, a mother of two who wed her partner, Joss Penn, in 2008, resigned on Friday.", "2024-05-06")
    assert _times(b, "life.marry") == ["2008"]
    assert _times(b, "career.resign") == ["2024-05-03"]


def test_a_time_on_a_finite_first_verb_dates_the_verb_joined_to_it() -> None:
    # "went one better in 2022 and won the title": won in 2022 (not in 2021, the fronted clause's year)
    a = run("After finishing second in 2021, Ola Brandt went one better in 2022 and won the Lakeside Open.", "2024-05-06")
    assert _times(a, "career.win") == ["2022"]
    b = run("After losing in 2019, Rui Sol returned in 2020 and won the Harbour Cup.", "2024-05-06")
    assert _times(b, "career.win") == ["2020"]
    # a conjunct with a time of its own keeps it
    c = run("Rui Sol was beaten in 2019 but won the Harbour Cup in 2021.", "2024-05-06")
    assert _times(c, "career.win") == ["2021"]


def test_a_gap_before_a_dated_after_clause_counts_from_its_time_wherever_the_parser_hangs_the_gap() -> None:
    # "A decade after founding X in 2005, Y resigned": 2015 (the parser hangs "A decade" on the verb, or "after" on the gap)
    a = run("A decade after founding Brisk Media in 2005, Kai Mott resigned as its chairman.", "2024-05-06")
    assert _times(a, "career.resign") == ["2015"]
    b = run("A year after marrying Leo Hart in 2019, Kate Dunn was arrested in Lisbon.", "2024-05-06")
    assert _times(b, "legal.arrest") == ["2020"]
    assert _times(b, "life.marry") == ["2019"]
    # as before when the parser hangs it on "after"
    c = run("Two years after joining Orla Bank in 2015, Kate Dunn was promoted to director.", "2024-05-06")
    assert _times(c, "career.appoint") == ["2017"]


def test_a_gap_before_a_dated_event_noun_moves_the_time_the_parser_hands_the_clause() -> None:
    # "A month after her arrest in May 2019, X was charged": June 2019, not the arrest's May
    a = run("A month after her arrest in May 2019, Kate Dunn was charged with fraud.", "2024-05-06")
    assert _times(a, "legal.charge") == ["2019-06"]
    assert _times(a, "legal.arrest") == ["2019-05"]
    b = run("Two years after his election in 2016, Tom Vek resigned as mayor.", "2024-05-06")
    assert _times(b, "career.resign") == ["2018"]
    # a time of the clause's own stays
    c = run("Kate Dunn was charged on Friday, a month after her arrest in April.", "2024-05-06")
    assert _times(c, "legal.charge") == ["2024-05-03"]
