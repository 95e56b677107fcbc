"""Session 46: event times -- invented paraphrases through the real pipeline: the nominations a shortlist tells dated when
the article says the list was made public ("... since the list was unveiled in early September"), a participle set off
after a dated deal ("Last June's round, led by X, valued Y"), and a perfect participle ("will retire in June after 38
years there, having joined from college"), which the clause it hangs on does not date, nor does a "when" clause date
what "had just" been done; with the near misses each rule must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed

PRIZE_DAY = "2023-10-14"
FUNDING_DAY = "2023-02-09"
ORCHESTRA = "The Tarrow Symphony Orchestra has a new director. The principal oboist, Ada Quenby, will retire in June"


def _times(text: str, kind: str, dct: str | None = None) -> list[str | None]:
    return [e.time for e in typed(run(text, dct) if dct else run(text), kind)]


def test_listed_nominations_take_the_day_the_list_was_unveiled() -> None:
    text = ('Mira Olszak won the Fenwray Prize on Tuesday night for "The Tin Lantern". She beat five other writers on the '
            'shortlist, among them Pim Rotherby, whose "Low Water" had been the favourite since the list was unveiled in early '
            'September.')
    times = _times(text, "career.nominate", PRIZE_DAY)
    assert times and set(times) == {"2023-09"}


def test_listed_nominations_stay_undated_when_no_unveiling_is_told() -> None:
    text = ('Mira Olszak won the Fenwray Prize on Tuesday night for "The Tin Lantern". She beat five other writers on the '
            'shortlist, among them Pim Rotherby, whose "Low Water" had been the favourite since the odds were published in '
            'early September.')
    times = _times(text, "career.nominate", PRIZE_DAY)
    assert times and set(times) == {None}


def test_a_participle_after_a_dated_round_is_dated_by_it() -> None:
    for text in ("Last June's round, led by Fernlow Capital, valued Quillby at about £190 million.",
                 "Last June's Series B, led by Fernlow Capital, valued Quillby at about £190 million."):
        assert _times(text, "business.invest", FUNDING_DAY) == ["2022-06"]


def test_a_participle_after_someone_described_by_a_time_is_not_dated() -> None:
    a = run("Last year's champion, signed by Harwick Rovers, scored twice.", FUNDING_DAY)
    assert all(e.time is None for e in a.events), [(e.type, e.time) for e in a.events]


def test_a_perfect_participle_is_not_dated_by_its_clause() -> None:
    assert _times(f"{ORCHESTRA}, having joined straight from the conservatory.", "career.hire") == [None]


def test_joining_after_years_served_is_counted_back() -> None:
    assert _times(f"{ORCHESTRA} after 38 years in the orchestra, having joined straight from the conservatory.",
                  "career.hire") == ["1986"]


def test_a_perfect_participle_keeps_a_time_of_its_own() -> None:
    assert _times(f"{ORCHESTRA} after 38 years in the orchestra, having joined in 1985.", "career.hire") == ["1985"]


BORN = "When Tomas Ruel was born in Carvo on March 3, 1996, his mother, the singer Ada Ruel,"


def test_just_done_before_a_when_clause_is_not_dated_by_it() -> None:
    assert _times(f"{BORN} had just released her third album.", "career.release") == [None]


def test_done_in_a_when_clause_is_dated_by_it() -> None:
    assert _times(f"{BORN} released her third album.", "career.release") == ["1996-03-03"]
