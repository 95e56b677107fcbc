"""One small example per grammar rule: text, document date, expected span, type, value, mod."""

from __future__ import annotations

import pytest

from dateline.timex import tag
from dateline.timex.values import valid_value

DCT = "2023-08-07"  # a Monday

CASES = [
    # (sentence, expression, type, value, mod)
    ("They married on August 4, 2012.", "August 4, 2012", "DATE", "2012-08-04", None),
    ("They married on 4 August 2012.", "4 August 2012", "DATE", "2012-08-04", None),
    ("It closes on Sept. 30th.", "Sept. 30th", "DATE", "2023-09-30", None),
    ("It was signed on 8/4/2012.", "8/4/2012", "DATE", "2012-08-04", None),
    ("It was signed on 2012-08-04.", "2012-08-04", "DATE", "2012-08-04", None),
    ("They met in August 2012.", "August 2012", "DATE", "2012-08", None),
    ("They met in 2012.", "2012", "DATE", "2012", None),
    ("Prices rose in the 1990s.", "the 1990s", "DATE", "199", None),
    ("Prices rose in the '90s.", "the '90s", "DATE", "199", None),
    ("Sales slowed in mid-2023.", "mid-2023", "DATE", "2023", "MID"),
    ("Rain fell in early June.", "early June", "DATE", "2023-06", "START"),
    ("Profit was weak in Q3 2023.", "Q3 2023", "DATE", "2023-Q3", None),
    ("Profit was weak in the third quarter of 2022.", "the third quarter of 2022", "DATE", "2022-Q3", None),
    ("Revenue grew in fiscal 2021.", "fiscal 2021", "DATE", "2021", None),
    ("They toured in summer 2019.", "summer 2019", "DATE", "2019-SU", None),
    ("They met on Christmas Day 2020.", "Christmas Day 2020", "DATE", "2020-12-25", None),
    ("The party was on New Year's Eve 2021.", "New Year's Eve 2021", "DATE", "2021-12-31", None),
    ("The vote is today.", "today", "DATE", "2023-08-07", None),
    ("He left yesterday.", "yesterday", "DATE", "2023-08-06", None),
    ("She will speak tomorrow.", "tomorrow", "DATE", "2023-08-08", None),
    ("He sings tonight.", "tonight", "TIME", "2023-08-07TNI", None),
    ("He resigned last week.", "last week", "DATE", "2023-W31", None),
    ("It opens next month.", "next month", "DATE", "2023-09", None),
    ("It grew this year.", "this year", "DATE", "2023", None),
    ("He left three months ago.", "three months ago", "DATE", "2023-05", None),
    ("It ends two years from now.", "two years from now", "DATE", "2025", None),
    ("It happened late last year.", "late last year", "DATE", "2022", "END"),
    ("They split recently.", "recently", "DATE", "PAST_REF", None),
    ("They are currently apart.", "currently", "DATE", "PRESENT_REF", None),
    ("It is over now.", "now", "DATE", "PRESENT_REF", None),
    ("Costs rose over the past decade.", "the past decade", "DURATION", "P10Y", None),
    ("Costs rose in the last century.", "the last century", "DURATION", "P100Y", None),
    ("Costs rose last decade.", "last decade", "DATE", "201", None),
    ("He arrived at 3 p.m.", "3 p.m.", "TIME", "2023-08-07T15:00", None),
    ("He arrived at 15:30.", "15:30", "TIME", "2023-08-07T15:30", None),
    ("We eat at noon.", "noon", "TIME", "2023-08-07T12:00", None),
    ("They met Tuesday morning.", "Tuesday morning", "TIME", "2023-08-01TMO", None),
    ("They were married for 11 years.", "11 years", "DURATION", "P11Y", None),
    ("It lasted a week.", "a week", "DURATION", "P1W", None),
    ("It took several months.", "several months", "DURATION", "PXM", None),
    ("It grew over the past three decades.", "the past three decades", "DURATION", "P30Y", None),
    ("The film runs 90 minutes.", "90 minutes", "DURATION", "PT90M", None),
    ("She waited for twenty-five years.", "twenty-five years", "DURATION", "P25Y", None),
    ("He waited a dozen years.", "a dozen years", "DURATION", "P12Y", None),
    ("He stayed for about two weeks.", "about two weeks", "DURATION", "P2W", "APPROX"),
    ("He stayed for more than four hours.", "more than four hours", "DURATION", "PT4H", "MORE_THAN"),
    ("The market is open every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("The report is published annually.", "annually", "SET", "P1Y", None),
    ("They meet twice a week.", "twice a week", "SET", "P1W", None),
    ("Rents are reviewed each year.", "each year", "SET", "P1Y", None),
    ("He ran in the 20th century.", "the 20th century", "DATE", "19", None),
    ("It shipped in the first half of 2022.", "the first half of 2022", "DATE", "2022-H1", None),
    ("Sales rose a year earlier.", "a year earlier", "DATE", "2022", None),
    ("The deal closes at the end of 2024.", "the end of 2024", "DATE", "2024", "END"),
    ("Net fell in the year ended March 31.", "the year", "DURATION", "P1Y", None),
    ("Net fell in the quarter ended June 30.", "the quarter", "DATE", "2023-Q2", None),
    ("Net rose in fiscal second-quarter results.", "fiscal second-quarter", "DATE", "2023-Q2", None),
    ("Shares fell mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2023-08-06TAF", "MID"),
    ("Flights leave on Mondays.", "Mondays", "SET", "XXXX-WXX-1", None),
    ("The year-ago results included a charge.", "year-ago", "DATE", "2022", None),
    ("Revenue rose in the latest nine months.", "the latest nine months", "DURATION", "P9M", None),
    ("Funds may sell bonds in the weeks ahead.", "the weeks ahead", "DURATION", "PXW", None),
    # "after" opening a clause is a signal: the modified duration stands alone
    ("Work resumed nearly two months after the team was blocked.", "nearly two months", "DURATION", "P2M",
     "APPROX"),
    ("Flights leave on Monday and Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI", None),
    ("Losses grew over the past two quarters.", "the past two quarters", "DURATION", "P2Q", None),
    ("Rates may fall in coming months.", "coming months", "DATE", "FUTURE_REF", None),
    ("It must be in place by year's end.", "year's end", "DATE", "2023", "END"),
    ("Risks are high in the near term.", "the near term", "DATE", "FUTURE_REF", None),
    ("It took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M", None),
    ("It took a day and a half.", "a day and a half", "DURATION", "P1DT12H", None),
    ("Profit rose in the current quarter.", "the current quarter", "DATE", "2023-Q3", None),
    ("They met in June last year.", "June last year", "DATE", "2022-06", None),
    ("It runs until 2030 or later.", "2030 or later", "DATE", "2030", "ON_OR_AFTER"),
    ("Rock was loud in the seventies.", "the seventies", "DATE", "197", None),
    ("It was built in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996", None),
    ("The polls close at 8 p.m. EST on Tuesday.", "8 p.m. EST on Tuesday", "TIME", "2023-08-01T20:00", None),
    ("He moved there about two years ago.", "about two years ago", "DATE", "2021", "APPROX"),
    ("He stayed home last night.", "last night", "TIME", "2023-08-06TNI", None),
    ("It happened last Christmas.", "last Christmas", "DATE", "2022-12-25", None),
    ("We meet next Thanksgiving.", "next Thanksgiving", "DATE", "2023-11-23", None),
    ("Prices jumped in the third-quarter report.", "third-quarter", "DATE", "2023-Q3", None),
    ("The group met in the year-earlier quarter.", "the year-earlier quarter", "DATE", "2022-Q3", None),
    # "over" is a signal ("over three years", "over the past year"), not a modifier of the duration
    ("Prices rose over three years.", "three years", "DURATION", "P3Y", None),
    ("The plant needs two more years.", "two more years", "DURATION", "P2Y", None),
    ("He won an additional year.", "an additional year", "DURATION", "P1Y", None),
    ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D", None),
    ("Rates rise in the next couple of years.", "the next couple of years", "DURATION", "P2Y", None),
]


@pytest.mark.parametrize(("sentence", "expr", "kind", "value", "mod"), CASES)
def test_rule(sentence: str, expr: str, kind: str, value: str, mod: str | None) -> None:
    found = {t.text: t for t in tag(sentence, DCT)}
    assert expr in found, f"{expr!r} not found in {sorted(found)}"
    t = found[expr]
    assert (t.type, t.value, t.mod) == (kind, value, mod)
    assert valid_value(t.value)
    assert t.rule


def test_anaphora_to_the_last_mention() -> None:
    text = "In 1998 prices fell. That year the firm lost money. Net rose in the third quarter from a year ago."
    out = {t.text: t for t in tag(text, DCT)}
    assert (out["That year"].value, out["That year"].anchor) == ("1998", out["1998"].tid)
    assert out["a year ago"].value == "2022-Q3"


def test_the_latest_period_is_the_last_one_mentioned() -> None:
    text = "Net rose in the second quarter. Sales in the latest period were flat."
    out = {t.text: t for t in tag(text, DCT)}
    assert out["the latest period"].value == out["the second quarter"].value == "2023-Q2"


def test_ages_only_when_asked() -> None:
    text = "She is a 25-year-old activist."
    assert tag(text, DCT) == []  # TimeML does not mark ages
    (age,) = tag(text, DCT, ages=True)
    assert (age.text, age.type, age.value) == ("25-year-old", "DURATION", "P25Y")


def test_years_old_is_an_age() -> None:
    text = "Howes, 37 years old when he was taken, and staff 55 years of age or older waited 37 years."
    assert [t.text for t in tag(text, DCT)] == ["37 years"]  # only the last one is a duration
    assert [t.start for t in tag(text, DCT, ages=True)] == [7, text.index("55"), text.rindex("37 years")]


def test_set_quant_and_freq() -> None:
    (every,) = tag("Trains leave every Monday.", DCT)
    assert every.quant == "EVERY"
    (twice,) = tag("They meet twice a week.", DCT)
    assert twice.freq == "2X"


@pytest.mark.parametrize("sentence", [
    "He paid $2012 for it.",
    "Growth was 1999% higher.",
    "The Sun reported it.",
    "You may go now.",
    "They march on the capital.",
    "The answer is 3/8 of the total.",
    'Baker said on ABC\'s "This Week" that talks had failed.',
    "Talks resumed in the days ahead of the vote.",
])
def test_not_a_time(sentence: str) -> None:
    found = [t.text for t in tag(sentence, DCT)]
    assert not [x for x in found if x not in ("now",)], found


def test_unanchored_date_keeps_unknown_year_when_no_year_fits() -> None:
    (t,) = tag("It happened on February 30.", DCT)
    assert t.value.startswith("XXXX")


def test_quoted_sentence_start_is_still_a_time() -> None:
    assert [t.text for t in tag('He said: "Next Monday we vote."', DCT)] == ["Next Monday"]


def test_tagging_restores_the_garbage_collector_state() -> None:
    import gc

    assert gc.isenabled()
    assert [t.text for t in tag("They met on Friday.", DCT)] == ["Friday"]
    assert gc.isenabled()
    gc.disable()
    try:
        tag("They met on Friday.", DCT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_speed_measure_on_a_small_directory() -> None:
    from pathlib import Path

    from dateline.timex.speed import measure

    root = Path(__file__).parent / "data" / "timeml"
    n, size, seconds = measure(root, reps=1)
    assert n == len(list(root.rglob("*.tml"))) > 0
    assert size > 0 and 0 < seconds < 10


def test_a_counted_few_days_later_stays_a_duration_and_bare_days_later_is_a_date() -> None:
    found = {t.text: (t.type, t.value) for t in tag("In January the firm hired a new chief. A few days later, it announced "
                                                     "lower earnings. Days later he resigned.", "1989-11-01")}
    assert found["A few days"] == ("DURATION", "PXD")  # TimeBank's reading (wsj_0786)
    assert found["Days later"] == ("DATE", "1989-01")
