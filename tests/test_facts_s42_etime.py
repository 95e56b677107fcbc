"""Session 42: event times (a time in the clause before a colon is not lent across it to a clause with a subject of
its own, unless it is hung on that clause's verb or the colon only lists times; the time a "where"/"when" clause
describes dates the conjuncts of that clause too; a time on a bare gerund the parser hung on the noun before it, "drama
writing in 2021", is its governor's), as small invented articles through the real pipeline, each with a
near miss that must stay as it was."""

from __future__ import annotations

from handmade import analyzed as run


def _times(text: str, kind: str) -> list[str | None]:
    return [e.time for e in run(text).events if e.type == kind]


def test_a_time_in_a_noun_phrase_before_a_colon_does_not_date_the_clause_after_it() -> None:
    # "His replacement in the mid-1990s ... will not take part: he has joined Y": not joined in the 1990s
    assert _times("His replacement in the mid-1990s, Tom Reed, will not take part: he has joined the American band "
                  "Silver Pines and now lives in Ohio.", "career.hire") == [None]


def test_a_time_on_the_verb_before_a_colon_still_dates_the_clause_after_it() -> None:
    # "In 2015 the band had a new singer: X joined Y": then
    assert _times("In 2015 the band had a new singer: Tom Reed joined Silver Pines.", "career.hire") == ["2015"]


def test_times_listed_after_a_colon_still_date_the_clause_before_it() -> None:
    # "has been nominated for three Grammy Awards: in 2020, in 2022 and in 2023": the first of them
    assert "2020" in _times("Maria Lopez has been nominated for three Grammy Awards: in 2020, in 2022 and in 2023.",
                            "career.nominate")


def test_the_time_a_where_clause_describes_dates_its_conjuncts() -> None:
    # "... last September, where she was cheered by the crowd and won X": won then
    assert _times("Ana Ruiz had her best season at the Lorne Open last September, where she was cheered by the crowd and "
                  "won the Lorne Trophy.", "career.win") == ["2023-09"]


def test_a_conjunct_of_a_plain_relative_clause_or_one_told_later_is_not_dated_so() -> None:
    # "X, who was cheered ... in 2019 and won Y,": no "where"/"when", the conjunct's own time is not told
    assert _times("Ana Ruiz, who was cheered by the crowd at the Lorne Open in 2019 and won the Lorne Trophy, retired on "
                  "Monday.", "career.win") == [None]
    # "in 2010, where she met X and later married him": after then
    assert _times("Ana Ruiz moved to Lorne in 2010, where she met the painter Tom Reed and later married him.",
                  "life.marry") == [None]


def test_a_time_on_a_bare_gerund_after_a_noun_dates_the_clause_it_is_in() -> None:
    # "won X for drama writing in 2021": the compound "drama writing" read as a clause; won in 2021
    assert _times('Maria Lopez won a Carver Award for drama writing in 2021 for "The Long Field".', "career.win") == ["2021"]


def test_a_time_in_a_participle_clause_with_an_object_of_its_own_stays_its_own() -> None:
    # "for a book describing the floods in 2021": the floods' time, not the win's
    assert _times("Maria Lopez won the Carver Award for a book describing the floods in 2021.", "career.win") == [None]
