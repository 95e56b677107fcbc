"""Classes of anchoring and extent errors found on TimeBank, pinned with invented sentences."""

from __future__ import annotations

from dateline.timex import tag
from dateline.timex.tense import heuristic_tense


def values(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_a_month_ahead_in_a_past_tense_clause_is_last_years() -> None:
    # written in April: "took power in June" is the June before, although next June is nearer
    assert values("The coalition took power in June.", "1997-04-09") == [("June", "DATE", "1996-06")]
    # a future-tense clause about a month already over: next year's
    assert values("The elections will be held in October.", "1998-12-10") == [("October", "DATE", "1999-10")]
    # near the document date the nearest one stays (clauses reporting schedules mislead the tense)
    assert values("The offer was extended until Nov. 6.", "1989-10-30") == [("Nov. 6", "DATE", "1989-11-06")]


def test_quarters_keep_the_nearest_whatever_the_tense() -> None:
    text = "The company expects to report a third-quarter loss."
    assert values(text, "1989-11-02") == [("third-quarter", "DATE", "1989-Q3")]


def test_deadline_prepositions_point_ahead() -> None:
    assert values("The plant must close by June.", "1999-11-20") == [("June", "DATE", "2000-06")]
    assert values("The exhibition runs until March.", "1999-11-20") == [("March", "DATE", "2000-03")]
    # a past verb keeps the past: "stayed until March"
    assert values("He stayed until March.", "1999-11-20") == [("March", "DATE", "1999-03")]


def test_due_to_a_cause_is_not_the_future() -> None:
    text = "The company reported a loss due to weak sales in March."
    assert heuristic_tense(text, text.index("March"), len(text) - 1) == "PAST"
    text = "The ship is due to arrive in March."
    assert heuristic_tense(text, text.index("March"), len(text) - 1) == "FUTURE"


def test_passive_infinitive_takes_the_governing_verb() -> None:
    text = "They expect the deal to be completed by Dec. 15."
    start = text.index("Dec.")
    assert heuristic_tense(text, start, start + 7) == "FUTURE"
    assert values(text, "1989-10-31") == [("Dec. 15", "DATE", "1989-12-15")]


def test_last_as_a_verb_is_not_the_last_n_units() -> None:
    assert values("The talks will last two days.", "2000-03-15") == [("two days", "DURATION", "P2D")]
    assert values("It did not last a week.", "2000-03-15") == [("a week", "DURATION", "P1W")]
    # "to last week's talks" is still last week
    assert values("He went to last week's talks.", "2000-03-15") == [("last week", "DATE", "2000-W10")]


def test_the_end_date_of_a_period_does_not_replace_it_as_anchor() -> None:
    text = "Sales for the quarter ended Sept. 29 rose to $5 million from $4 million a year earlier."
    assert values(text, "1989-10-26") == [
        ("the quarter", "DATE", "1989-Q3"), ("Sept. 29", "DATE", "1989-09-29"),
        ("a year earlier", "DATE", "1988-Q3")]
    # after a duration the end date is the anchor ("the six months ended Aug. 12 ... a year earlier")
    text = "Profit for the six months ended Aug. 12 rose from $3 million a year earlier."
    assert values(text, "1989-10-26")[-1] == ("a year earlier", "DATE", "1988-08-12")


def test_a_comparison_year_does_not_become_the_quarter_reported_on() -> None:
    text = ("Sales in the fiscal first quarter rose. In the 1988 period, the company earned $2 million. "
            "It expected to break even for the quarter.")
    assert [v for _, _, v in values(text, "1989-10-26")] == ["1989-Q1", "1988-Q1", "1989-Q1"]


def test_timetable_present_points_ahead() -> None:
    # 2000-03-15 is a Wednesday: "leaves Saturday" is the coming Saturday, "left Saturday" the last one
    assert values("The president leaves Saturday for Asia.", "2000-03-15") == [("Saturday", "DATE", "2000-03-18")]
    assert values("The president left Saturday for Asia.", "2000-03-15") == [("Saturday", "DATE", "2000-03-11")]
    assert values("Talks resume Tuesday.", "2000-03-15") == [("Tuesday", "DATE", "2000-03-21")]
    # the same words as nouns or infinitives say nothing of the tense
    assert values("The vote Tuesday was close.", "2000-03-15") == [("Tuesday", "DATE", "2000-03-14")]
    assert values("It had been due to expire Friday.", "2000-03-15") == [("Friday", "DATE", "2000-03-10")]


def test_time_words_inside_names_are_not_times() -> None:
    assert values('Arteta\'s "The Winter Orchard" premiered in Madrid.', "2011-12-01") == []
    assert values("It was first reported by Entertainment Tonight.", "2011-12-01") == []
    assert values("A friend told the Daily Mirror she was fine.", "2011-12-01") == []
    assert values("The Winter Olympics will open in February.", "2011-12-01") == [("February", "DATE", "2012-02")]
    # the same words opening a sentence or a quotation, or lower-cased, are times
    assert values('He said: "Today we celebrate."', "2011-12-01") == [("Today", "DATE", "2011-12-01")]
    assert values("Summer demand was high.", "2011-12-01") == [("Summer", "DATE", "2011-SU")]


def test_that_season_is_in_the_year_last_mentioned() -> None:
    text = "The studio ran out of money in February 2010. The film was rescued that summer."
    assert values(text, "2011-12-01")[-1] == ("that summer", "DATE", "2010-SU")
    assert values("In 2004 he moved to Paris, and that March he married.", "2011-12-01")[-1] == (
        "that March", "DATE", "2004-03")


def test_a_month_or_season_of_that_year_is_in_the_year_last_mentioned() -> None:
    assert values("She moved to Lyon in 2004 and married in March of that year.", "2011-12-01")[-1] == (
        "March of that year", "DATE", "2004-03")
    assert values("The mill closed in 1998; the spring of the same year was wet.", "2011-12-01")[-1] == (
        "the spring of the same year", "DATE", "1998-SP")


def test_a_clock_time_every_day_is_a_set() -> None:
    got = [(t.text, t.type, t.value, t.quant) for t in tag("They opened at seven o'clock every morning.",
                                                           "2003-05-29")]
    assert got == [("seven o'clock every morning", "SET", "XXXX-XX-XXT07:00", "EVERY")]


def test_days_or_weeks_from_a_coarser_date_stay_at_its_grain() -> None:
    text = "She told the board in April. She was placed on leave two weeks later and fired on June 9."
    assert values(text, "2020-10-22") == [("April", "DATE", "2020-04"), ("two weeks later", "DATE", "2020-04"),
                                          ("June 9", "DATE", "2020-06-09")]


def test_the_next_season_after_a_year_is_in_the_year_after() -> None:
    text = "Her best-known work came in 1987. She went back the next summer."
    assert values(text, "2024-01-26")[-1] == ("the next summer", "DATE", "1988-SU")
    text = "He was arrested in November 2021 and charged the following spring."
    assert values(text, "2023-05-18")[-1] == ("the following spring", "DATE", "2022-SP")
    assert values("He will retire next spring.", "2024-01-26") == [("next spring", "DATE", "2024-SP")]


def test_may_before_a_full_stop_is_the_month_alone() -> None:
    assert values("The club won the title in May. He left.", "2022-09-01") == [("May", "DATE", "2022-05")]
    assert values("The deal closed on Jan. 6.", "2022-09-01") == [("Jan. 6", "DATE", "2022-01-06")]


def test_could_is_not_a_past_tense() -> None:
    # 2022-09-01 is a Thursday: "could make his debut on Saturday" is the coming one
    assert values("He could make his debut on Saturday.", "2022-09-01") == [("Saturday", "DATE", "2022-09-03")]


def test_four_digit_clock_time_with_a_zone_is_a_time_not_a_year() -> None:
    got = [(t.text, t.type, t.value) for t in tag("He arrived at 5:30 p.m. (1530 GMT).", "2006-11-21")]
    assert got == [("5:30 p.m.", "TIME", "2006-11-21T17:30"), ("1530 GMT", "TIME", "2006-11-21T15:30")]
    assert values("It ended before 2460 GMT.", "2006-11-21") == []  # no such time, and no year either


def test_a_model_number_is_not_a_year() -> None:
    assert values("A French Mirage 2000-D warplane bombed the site.", "2006-11-21") == []
    assert values("The 1990-era rules stay.", "2006-11-21") == [("1990", "DATE", "1990")]


def test_composite_relative_expressions() -> None:
    dct = "1998-08-12"  # a Wednesday
    assert values("The summit is set for the week of Sept. 14.", dct) == [
        ("the week of Sept. 14", "DATE", "1998-W38")]
    assert values("The plan was announced the day before yesterday.", dct) == [
        ("the day before yesterday", "DATE", "1998-08-10")]
    assert values("This past weekend, fans celebrated.", dct) == [("This past weekend", "DATE", "1998-W32-WE")]
    assert values("The vote is this coming weekend.", dct) == [("this coming weekend", "DATE", "1998-W34-WE")]
    text = "The bomb exploded Friday. Later in the day, a second blast hit."
    assert values(text, dct) == [("Friday", "DATE", "1998-08-07"), ("Later in the day", "DATE", "1998-08-07")]


def test_the_part_of_day_after_a_preposition() -> None:
    text = "Police arrived on Tuesday. In the morning, they searched the house."
    assert values(text, "1998-08-12") == [("Tuesday", "DATE", "1998-08-11"), ("the morning", "TIME", "1998-08-11TMO")]
    assert values("He reads the morning papers.", "1998-08-12") == []


def test_fast_cue_scan_equals_the_full_regex_scan() -> None:
    from dateline.timex.tense import _CUE, _cue_matches
    texts = ["He'll say they'll go; we won't. She planned to leave and plans to return, but agreed to stay.",
             "'ll be there. The talks, which resumed Monday, were expected to end Friday; he has fallen.",
             "Officials said the board-approved deal is set for May and may close; x_meets 3rded stopped."]
    for text in texts:
        for lo in range(0, len(text), 7):
            for hi in (lo + 10, lo + 45, len(text)):
                full = [(m.span(), m.lastgroup) for m in _CUE.finditer(text, lo, hi)]
                assert [(m.span(), m.lastgroup) for m in _cue_matches(text, lo, hi)] == full, (lo, hi)


def test_the_unit_before_an_event_keeps_the_signal_out() -> None:
    text = "Eight trading days after Oct. 12, the day before the stock market plunge, the index fell."
    assert values(text, "1989-10-30")[-1] == ("the day", "DATE", "1989-10-12")
    assert values("Her husband died in 2005, the year after the theft.", "2006-07-03")[-1] == (
        "the year", "DATE", "2005")
    # with nothing after it, "the day before" is itself the date
    assert values("He left the day before.", "2006-07-03") == [("the day before", "DATE", "2006-07-02")]


def test_n_units_per_unit_is_a_set() -> None:
    got = [(t.text, t.type, t.value, t.freq) for t in tag("She sang six nights a week.", "1998-08-12")]
    assert got == [("six nights a week", "SET", "P1W", "6X")]
    assert values("It took two days a year ago.", "1998-08-12") == [
        ("two days", "DURATION", "P2D"), ("a year ago", "DATE", "1997")]


def test_one_day_after_a_modal_is_the_future() -> None:
    assert values("Islam will one day be the second largest religion.", "1998-03-03") == [
        ("one day", "DATE", "FUTURE_REF")]
    assert values("It rained for one day.", "1998-03-03") == [("one day", "DURATION", "P1D")]


def test_the_same_day_and_the_next_morning_follow_the_story() -> None:
    text = "The index rose on Monday. On the same day, the ministry confirmed it."
    assert values(text, "2005-12-10")[-1] == ("the same day", "DATE", "2005-12-05")
    text = "Police came on Tuesday. The next morning they left."
    assert values(text, "2005-12-10")[-1] == ("The next morning", "TIME", "2005-12-07TMO")
    assert values("Trades made that day lost money.", "2005-12-10") == []  # generic


def test_vague_past_and_seconds() -> None:
    assert values("The town was founded decades ago.", "2005-12-10") == [("decades ago", "DATE", "PAST_REF")]
    assert values("That happened some time ago.", "2005-12-10") == [("some time ago", "DATE", "PAST_REF")]
    assert values("It cannot be done in 30 seconds.", "2005-12-10") == [("30 seconds", "DURATION", "PT30S")]


def test_that_same_period_is_the_one_last_mentioned() -> None:
    assert values("She joined Orla Foods in 2004. That same year, she married.", "2024-03-14") == [
        ("2004", "DATE", "2004"), ("That same year", "DATE", "2004")]
    assert values("He left in May 2001. That same month his rival arrived.", "2024-03-14") == [
        ("May 2001", "DATE", "2001-05"), ("That same month", "DATE", "2001-05")]


def test_decades_count_from_the_decade_last_mentioned() -> None:
    text = "Born in 1950, he moved to Leeds in the 1970s and, a decade later, opened a bakery."
    assert values(text, "2024-03-14")[-1] == ("a decade later", "DATE", "198")
    # years still count from the last year, not from a decade mentioned after it
    text = "He left in 1994. In the 1990s she sang; two years later she retired."
    assert values(text, "2024-03-14")[-1] == ("two years later", "DATE", "1996")


def test_decades_and_years_from_a_year_or_a_season_are_years() -> None:
    text = "In 1988 the group formed a joint venture, which was sold to a Dutch buyer a decade later."
    assert values(text, "2024-03-14")[-1] == ("a decade later", "DATE", "1998")
    text = "He joined in the summer of 1995 from Almenara, with whom he had won the cup four years earlier."
    assert values(text, "2024-03-14")[-1] == ("four years earlier", "DATE", "1991")
    # a comparison with a month keeps the month (TimeBank's "from a year earlier")
    assert values("Sales in March 1998 rose from a year earlier.", "2024-03-14")[-1] == (
        "a year earlier", "DATE", "1997-03")


def test_a_past_story_anchors_the_months_and_seasons_told_after_it() -> None:
    text = ("The fire broke out on Saturday, March 9, 1996, when the hotel was closed for the winter. "
            "Both men were arrested the following month, and they were charged in November of that year.")
    assert [v[:3:2] for v in values(text, "1998-02-24")][-1] == ("November of that year", "1996-11")  # one expression
    assert [v[2] for v in values(text, "1998-02-24")] == ["1996-03-09", "1995-WI", "1996-04", "1996-11"]
    assert values("She joined Orla in October 2004 and in March she was promoted.", "2024-02-24")[-1] == (
        "March", "DATE", "2005-03")
    # a bare year in another sentence does not: news comes back to the present ("since 1980. In September, ...")
    assert values("It has doubled its profits since 1980. In September, it announced a bid.", "1989-10-30")[-1] == (
        "September", "DATE", "1989-09")
    # "the following month" needs a month: not one from two years before the last year mentioned; after a year, it stays
    # in that year (as "a month later" does; before session 33, the month after the document's)
    text = "In March 2004 she joined; in 2006 she left. The following month she sued."
    assert values(text, "2024-02-24")[-1] == ("The following month", "DATE", "2006")


def test_the_following_day_counts_from_the_date_told_about_not_from_today() -> None:
    text = "She gave her last concert in Lisbon in October 2012 and announced her retirement the following day."
    assert values(text, "2021-01-29")[-1] == ("the following day", "DATE", "2012-10")
    text = "The band played in Oslo on 3 May 2001. The previous day, they had flown in."
    assert values(text, "2021-01-29")[-1] == ("The previous day", "DATE", "2001-05-02")


def test_next_season_when_this_one_is_about_to_begin_is_a_year_on() -> None:
    text = "She will leave that post next summer."
    assert values(text, "2009-05-16") == [("next summer", "DATE", "2010-SU")]  # in May, the coming summer is "this summer"
    assert values(text, "2009-09-20") == [("next summer", "DATE", "2010-SU")]
    assert values(text, "2009-01-20") == [("next summer", "DATE", "2009-SU")]  # months away: the first one ahead
    assert values("The show opens next spring.", "2011-12-01") == [("next spring", "DATE", "2012-SP")]
