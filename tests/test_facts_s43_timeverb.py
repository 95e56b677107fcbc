"""Session 43: event times from the story line.  "The next day" / "the next week" after "the" count from the date
told about, like "the following day" (after "in June 2019", June 2019, not tomorrow); "in March of that year",
"that autumn" date a step of the story, so a month told next without a year ("In May he married ...") falls in
that year.  Invented sentences, through the tagger and the real pipeline; each with its near miss."""

from __future__ import annotations

from dateline.timex import tag
from handmade import analyzed as run

DCT = "2025-03-14"  # a Friday


def values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def times(text: str, kind: str, dct: str = DCT) -> list[str | None]:
    return [e.time for e in run(text, dct).events if e.type == kind]


def test_the_next_day_after_a_month_stays_in_that_month() -> None:
    assert values("He was arrested in June 2019 and charged the next day.")[-1] == ("the next day", "2019-06")


def test_the_next_day_after_a_day_is_the_day_after_it() -> None:
    assert values("He was arrested on 3 June 2019 and charged the next day.")[-1] == ("the next day", "2019-06-04")


def test_the_next_week_after_a_year_stays_in_that_year() -> None:
    assert values("The mill was sold in 2019 and closed the next week.")[-1] == ("the next week", "2019")


def test_the_next_day_with_no_date_told_is_tomorrow() -> None:
    # near miss: nothing told before, the article's date is the reference
    assert values("The results will be announced the next day.") == [("the next day", "2025-03-15")]


def test_next_week_without_the_stays_deictic() -> None:
    # near miss: "next week" (no article) is the week after the article's, whatever was told before
    assert values("The mill was sold in 2019. The new owners will visit next week.")[-1] == ("next week", "2025-W12")


def test_a_charge_the_next_day_takes_the_arrest_month() -> None:
    assert times("Abel Grint was arrested in June 2019 and was charged with theft the next day.",
                 "legal.charge") == ["2019-06"]


def test_a_month_after_march_of_that_year_is_in_that_year() -> None:
    text = ("Harlan Quist moved to Leeds in 1988. In March of that year he founded Quist Textiles. "
            "In May he married Ada Flemming.")
    assert times(text, "business.found") == ["1988-03"]
    assert times(text, "life.marry") == ["1988-05"]


def test_a_month_after_that_summer_is_in_that_year() -> None:
    text = "Pia Drummond graduated in 1996. That summer she joined the Royal Ballet. In October she married Sam Hale."
    assert times(text, "career.hire") == ["1996-SU"]
    assert times(text, "life.marry") == ["1996-10"]


def test_a_month_after_a_year_alone_in_another_sentence_is_the_articles() -> None:
    # near miss: a bare year told before does not start a story a later month continues ("last April")
    text = "Harlan Quist founded Quist Textiles in 1988. In April he married Ada Flemming."
    assert times(text, "life.marry") == ["2024-04"]
