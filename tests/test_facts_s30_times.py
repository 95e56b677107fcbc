"""Times of events told in ways that recur across the development articles (session 30, second round: event times), each
as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_what_a_denial_or_a_report_says_had_happened_is_not_dated_by_the_denial() -> None:
    # "denied on Tuesday that he had been forced out": before the denial, when not said
    a = run("Omar Vey denied on Tuesday that he had been forced out.", "2024-05-08")
    assert _times(a, "career.fire") == [None]
    # another verb and a claim noun: "rejected claims on Monday that X had been sacked"
    b = run("The club's chair rejected claims on Monday that Omar Vey had been sacked.", "2024-05-08")
    assert _times(b, "career.fire") == [None]
    # a report noun dated in the sentence, the event under "had agreed to"
    c = run("He also dismissed a report in the Harlow Herald last week that he had agreed to join the Dunmore club Riverton FC.",
            "2024-05-08")
    assert _times(c, "career.hire") == [None]
    # the event itself dated in its own clause keeps its day
    d = run("Omar Vey was sacked on Tuesday, the club said.", "2024-05-08")
    assert _times(d, "career.fire") == ["2024-05-07"]


def test_a_counted_time_restated_as_a_calendar_date_takes_the_date() -> None:
    # "almost two years later, in January 2023": January, not February counted from the arrest
    a = run("Omar Vey was arrested in February 2021 but was not charged by police until almost two years later, in January 2023.",
            "2024-05-08")
    assert _times(a, "legal.charge") == ["2023-01"]
    # fronted, another verb: "Three years later, in March 2015, she was made captain"
    b = run("Lena Marr joined Harrow United in 2012. Three years later, in March 2015, she was made captain.", "2024-05-08")
    assert _times(b, "career.appoint") == ["2015-03"]
    # a later date of another clause does not replace the count
    c = run("Lena Marr joined Harrow United in 2012. Three years later she was made captain, and in 2016 she lifted the cup.",
            "2024-05-08")
    assert _times(c, "career.appoint") == ["2015"]


def test_weeks_later_after_a_year_is_that_year_and_seasons_count_as_years() -> None:
    # "signed to X weeks later" after "in 2006": 2006
    a = run("Piet Olver spotted the singer Ana Ruel in 2006, and she was signed to Harlow Records weeks later.", "2024-05-08")
    assert _times(a, "career.hire") == ["2006"]
    # after a day the month may change: no value
    b = run("Clara Voss joined Harlow Foods on March 3, 2021. Weeks later she was promoted to finance director.", "2024-05-08")
    assert _times(b, "career.appoint") == [None]
    # "Two seasons later" after a year: two years on
    c = run("Lena Marr was made captain of Harrow United in 2018. Two seasons later she lifted the league title.", "2024-05-08")
    assert _times(c, "career.win") == ["2020"]


def test_undated_moves_in_a_reshuffle_story_are_made_the_day_of_the_reshuffle() -> None:
    # a reshuffle carried out on Friday; later an undated dismissal, a replacement and a minister brought in
    a = run("The prime minister, Ana Kovel, carried out a reshuffle of her cabinet on Friday, removing her finance minister. "
            "Piet Olver, who had run the finance ministry since 2021, was dismissed after months of disagreement. His "
            "replacement is Clara Voss, the trade minister, who entered parliament in 2017 and was brought into the cabinet two "
            "years later. Omar Vey was brought into the cabinet as minister without portfolio.", "2024-05-08")
    assert _times(a, "career.fire") == ["2024-05-03"]
    assert sorted(str(t) for t in _times(a, "career.appoint")) == ["2019", "2024-05-03", "2024-05-03"]
    # "fired in a reshuffle on Monday", a promotion told after it in another sentence
    b = run("Premier Tomas Kell sacked three ministers in a reshuffle on Monday. Lena Marr was promoted to foreign minister.",
            "2024-05-08")
    assert _times(b, "career.appoint") == ["2024-05-06"]
    # a contrast after another change: "X was handed the transport brief, while Y was brought into the cabinet"
    f = run("Premier Tomas Kell sacked three ministers in a reshuffle on Monday. The chief whip, Ivo Brandt, was handed the "
            "transport brief, while Lena Marr, a junior minister, was brought into the cabinet as minister without portfolio.",
            "2024-05-08")
    # (since session 32 "was handed the transport brief" is an appointment too, of that day: an office handed over)
    assert _times(f, "career.appoint") == ["2024-05-06", "2024-05-06"]
    # a company's shake-up (split at its hyphen): a dismissal and a naming
    c = run("Harlow Bank announced a boardroom shake-up on Tuesday. Its finance director, Clara Voss, was dismissed, and Omar "
            "Vey was named chief operating officer.", "2024-05-08")
    assert _times(c, "career.fire") == ["2024-05-07"]
    assert _times(c, "career.appoint") == ["2024-05-07"]
    # the reshuffle as the subject of another event's day: "followed the resignation on Sunday of X" dates nothing
    d = run("The reshuffle followed the resignation on Sunday of the foreign minister, Ivo Brandt. Lena Marr was promoted to "
            "foreign minister.", "2024-05-08")
    assert _times(d, "career.appoint") == [None]
    # a move told before the reshuffle is mentioned is a career's, not one of its changes
    e = run("Lena Marr joined the Harrow Party in 1990. She was appointed housing minister by Tomas Kell. On Monday she was "
            "sacked in a reshuffle.", "2024-05-08")
    assert _times(e, "career.appoint") == [None]


def test_a_time_after_the_object_of_an_event_noun_dates_it_whatever_the_tense_around() -> None:
    # "has grown through deals, including the purchase of X last year": the purchase last year
    a = run("Harlow Foods has grown through deals, including the purchase of the Welsh baker Carreg Foods last year.", "2024-05-08")
    assert _times(a, "business.acquire") == ["2023"]
    # another sentence around it: "has added 40 shops, most of them through the purchase of X last year"
    b = run("Harlow Group has added 40 shops, most of them through the purchase of Dunmore Stores last year.", "2024-05-08")
    assert _times(b, "business.acquire") == ["2023"]


def test_news_told_in_the_present_perfect_is_not_one_with_an_older_dated_mention() -> None:
    # "has appointed X as its chief executive" and, years before, "promoted her to chief executive": two appointments
    a = run("The Harlow Symphony has appointed Clara Voss as its chief executive. In 2010 she became general manager of the "
            "Dunmore Choir, whose board promoted her to chief executive six years later.", "2024-05-08")
    assert sorted(str(t) for t in _times(a, "career.appoint")) == ["2010", "2016", "None"]
    # another verb and title: "has named X as its new editor ... promoted to news editor three years later"
    b = run("The Dunmore Gazette has named Piet Olver as its new editor. He joined the paper in 2008 and was promoted to news "
            "editor three years later.", "2024-05-08")
    assert sorted(str(t) for t in _times(b, "career.appoint")) == ["2011", "None"]
    # nor does the news take the older mention's time ("named X, 52, as its new editor, succeeding Y")
    d = run("The Dunmore Gazette has named Piet Olver, 52, as its new editor, succeeding Ivo Brandt. Olver joined the paper in "
            "2008 as a reporter and was promoted to news editor three years later.", "2024-05-08")
    assert sorted(str(t) for t in _times(d, "career.appoint")) == ["2011", "None"]
    # a recent dated mention is still the same news: "has appointed X ... X was chosen on Monday"
    c = run("Harlow Bank has appointed Omar Vey as chief executive. Vey was appointed at a board meeting on Monday.", "2024-05-08")
    assert _times(c, "career.appoint") == ["2024-05-06"]

