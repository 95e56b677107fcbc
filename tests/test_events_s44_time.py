"""Session 44: event times -- invented paraphrases through the real pipeline: a week told after a day ("the previous
week"), a time counted on ("two days later") in a clause coordinated after the event's, and a hearing to come with the
step of the case that brings it ("will appear in court on Monday charged with ..."), with the near misses each rule
must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed

FRIDAY = "2025-03-14"


def _times(text: str, kind: str) -> list[str | None]:
    return [e.time for e in typed(run(text, FRIDAY), kind)]


def _timex(text: str, phrase: str) -> str | None:
    return next(t.value for t in run(text, FRIDAY).timexes if t.text == phrase)


def test_the_previous_week_after_a_day_is_a_week() -> None:
    text = "Arbel Foods said on Monday that its chief executive, Ruth Mandel, had resigned the previous week."
    assert _timex(text, "the previous week") == "2025-W10"
    assert _times(text, "career.resign") == ["2025-W10"]


def test_the_following_week_after_a_day_is_a_week() -> None:
    assert _timex("The deal was signed on June 3, 2019. The following week, the chairman resigned.", "The following week") == "2019-W24"


def test_the_following_day_after_a_day_stays_a_day() -> None:
    assert _timex("The deal was signed on June 3, 2019. The following day, the chairman resigned.", "The following day") == "2019-06-04"


def test_a_time_counted_on_in_a_later_conjunct_does_not_date_the_first() -> None:
    text = "Officers arrested Nell Varro the day she arrived, and she was charged with smuggling two days later."
    assert _times(text, "legal.arrest") == [None]


def test_a_time_of_its_own_still_dates_the_first_conjunct() -> None:
    text = "Officers arrested Nell Varro on March 2, and she was charged with smuggling two days later."
    assert _times(text, "legal.arrest") == ["2025-03-02"]
    assert _times(text, "legal.charge") == ["2025-03-04"]


def test_a_hearing_to_come_is_ahead_and_does_not_date_the_charge() -> None:
    for text, phrase in (("Tomas Brell, 52, of Elmcroft, will appear before magistrates on Monday charged with arson.", "Monday"),
                         ("Two men will appear in court on Tuesday charged with the murder of Ola Fenn.", "Tuesday")):
        assert _timex(text, phrase) in ("2025-03-17", "2025-03-18")
        assert _times(text, "legal.charge") == [None]


def test_a_hearing_held_keeps_its_past_day() -> None:
    text = "Two men appeared in court on Tuesday charged with the murder of Ola Fenn."
    assert _timex(text, "Tuesday") == "2025-03-11"


def test_a_charge_on_a_day_told_is_that_day() -> None:
    assert _times("Police charged Ivo Tamm with arson on Tuesday.", "legal.charge") == ["2025-03-11"]


def test_the_day_of_a_dated_clause_is_that_clause_s_time() -> None:
    assert _times("Officers arrested Carys Dunn the day she arrived in Port Aldern on March 2.", "legal.arrest") == ["2025-03-02"]
    assert _times("Ivo Tamm proposed to Lea Sand on the night they met in 2019.", "life.engage") == ["2019"]


def test_the_day_after_a_dated_clause_is_the_next_day() -> None:
    assert _times("Dana Poll resigned the day after the report was published on Tuesday.", "career.resign") == ["2025-03-12"]


def test_the_week_after_a_month_is_no_time_and_never_today() -> None:
    assert _times("Mila Orr was fired the week after she criticised the owner in an interview in May.", "career.fire") == [None]


def test_a_gap_before_a_weekend_counts_back_from_its_saturday() -> None:
    a = run("The actor Remy Castel and the singer Juno Hale married at the weekend, a year after they got engaged.", "2024-11-20")
    assert [e.time for e in typed(a, "life.marry")] == ["2024-W46-WE"]
    assert [e.time for e in typed(a, "life.engage")] == ["2023"]


def test_a_weekend_with_no_gap_stays_a_weekend() -> None:
    a = run("The actor Remy Castel and the singer Juno Hale married at the weekend.", "2024-11-20")
    assert [e.time for e in typed(a, "life.marry")] == ["2024-W46-WE"]
