"""Event times read across clauses and sentences (session 33, times round 2): invented articles through the real
pipeline, the expected times written before the run."""

from __future__ import annotations

from dateline.timex.tagger import tag
from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_year_before_a_work_that_does_something_dates_the_work_not_the_deed() -> None:
    # "The 2019 film ... won the award": the film is of 2019, the win is undated
    a = run("The 2019 film, which Nora Quist made after meeting Luc Aman, won the Golden Reed award.", "2024-05-06")
    assert _times(a, "career.win") == [None]
    assert _times(a, "life.meet") == [None]
    b = run("Ben Hale, whose 2018 novel won the Orwell Prize, has married Sara Quill.", "2024-05-06")
    assert _times(b, "career.win") == [None]
    c = run("Her 2016 album, recorded in Lagos, won a Grammy.", "2024-05-06")
    assert _times(c, "career.win") == [None]
    # the clause's own time, and a year naming the prize's edition, still date the win
    d = run("In 2015 her novel Salt won the Harlan Prize.", "2024-05-06")
    assert _times(d, "career.win") == ["2015"]
    e = run("Kim Oda won the 2019 Kessler Prize for her film Grey Water.", "2024-05-06")
    assert _times(e, "career.win") == ["2019"]


def test_a_clause_on_the_time_noun_after_a_date_is_dated_by_that_date() -> None:
    # "in 2011, the same year she married X": the marriage in 2011
    a = run("Ada Kerr was hired by Dunmore in 2011, the same year she married Pat Kerr.", "2024-05-06")
    assert _times(a, "career.hire") == ["2011"]
    assert _times(a, "life.marry") == ["2011"]
    # a bare "the year" set after a date is that date's year, not the article's
    b = run("The strike began in 1984, the year Mina Cole was elected to the union's board.", "2024-05-06")
    assert _times(b, "politics.elect") == ["1984"]
    c = run("Leo Barr resigned in 2020, the year that Hollis Group was bought by Tern Capital.", "2024-05-06")
    assert _times(c, "business.acquire") == ["2020"]
    assert [(t.text, t.value) for t in tag("The strike began in 1984, the year she was elected.", "2024-05-06")] == [
        ("1984", "1984"), ("the year", "1984")]
    # a bare "the year" with no date before it is no date of the clause on it
    d = run("'That was the year I was born,' said Omar Vell, 66.", "2024-05-06")
    assert _times(d, "life.born") != ["2024"]


def test_a_gap_after_an_event_told_before_by_another_word_counts_from_its_time() -> None:
    # "married X on 8 June 2019. A week after the wedding, ...": a week after the marriage's day
    a = run("Ines Ruiz married Carl Beck on 8 June 2019. A week after the wedding, Beck was appointed ambassador to Chile.",
            "2024-05-06")
    assert _times(a, "career.appoint") == ["2019-06-15"]
    b = run("Sam Ode was arrested in Leeds on 3 March. Two days after his arrest, he was charged with fraud.", "2024-05-06")
    assert _times(b, "legal.charge") == ["2024-03-05"]
    c = run("Norda Bank bought Felt Capital in 2015. Three years after the takeover, Felt's founder Ian Roe resigned.",
            "2024-05-06")
    assert _times(c, "career.resign") == ["2018"]
    # no such event told, or another kind: no time
    d = run("A week after the wedding, Ed Moss was appointed ambassador to Peru.", "2024-05-06")
    assert _times(d, "career.appoint") == [None]
    e = run("Tia Lund married Rob Cane in 2010. Two years after the election, she resigned from the council.", "2024-05-06")
    assert _times(e, "career.resign") == [None]


def test_a_since_clause_dates_its_own_event_not_the_stretch_after_it() -> None:
    # "Since taking over in 2019, X has cut 400 jobs": the taking over in 2019, the cuts undated
    a = run("Since taking over as chief executive in 2019, Wen Li has cut 400 jobs at Soma Steel.", "2024-05-06")
    assert _times(a, "career.appoint") == ["2019"]
    assert _times(a, "business.layoff") == [None]
    b = run("Since being elected in 2018, Mayor Tom Vek has fired two police chiefs.", "2024-05-06")
    assert _times(b, "politics.elect") == ["2018"]
    assert _times(b, "career.fire") == [None]
    # "after" still dates the main clause by the fronted clause's time, as before
    c = run("After joining Orla Bank in 2015, Kate Dunn was promoted to director.", "2024-05-06")
    assert _times(c, "career.appoint") == ["2015"]


def test_what_had_already_happened_by_a_dated_clause_is_not_dated_by_it() -> None:
    # "By the time she married X in 2010, Y had already founded two companies": before 2010, when not said
    a = run("By the time she married Rik Staal in 2010, Emma Vos had already founded two companies.", "2024-05-06")
    assert _times(a, "life.marry") == ["2010"]
    assert _times(a, "business.found") == [None]
    b = run("When Ivo Lem was arrested in March, he had already resigned from Tolt Bank.", "2024-05-06")
    assert _times(b, "career.resign") == [None]
    # its own time still dates it
    c = run("Emma Vos had already founded Vostek in 2005.", "2024-05-06")
    assert _times(c, "business.found") == ["2005"]


def test_a_gap_hung_on_the_main_verb_counts_back_from_a_week() -> None:
    # "A decade after founding X, she sold it last week": the founding ten years before that week's year
    a = run("A decade after founding the label in her bedroom, Ula Marsh sold Bright Tapes to Sonar last week.", "2024-05-06")
    assert _times(a, "business.acquire") == ["2024-W18"]
    assert _times(a, "business.found") == ["2014"]
    b = run("Two years after founding Kestrel Apps, Ben Orr sold it to Vantis this week.", "2024-05-06")
    assert _times(b, "business.found") == ["2022"]


def test_a_gap_of_days_or_weeks_before_a_dated_year_keeps_that_year() -> None:
    # "Two weeks before she died in 2004, X married Y": 2004, as far as the text tells
    a = run("Two weeks before she died in 2004, the novelist Ina Crane married her partner of forty years, Ruth Pell.",
            "2024-05-06")
    assert _times(a, "life.marry") == ["2004"]
    b = run("Ten days after he was arrested in 2017, Ron Tull resigned as mayor of Cabot.", "2024-05-06")
    assert _times(b, "career.resign") == ["2017"]
    # a gap of years still counts
    c = run("Two years before he was arrested in 2017, Ron Tull resigned as mayor of Cabot.", "2024-05-06")
    assert _times(c, "career.resign") == ["2015"]


def test_a_fronted_time_before_a_gap_and_after_dates_the_main_clause() -> None:
    # "On Friday, a day after he was sacked by X, Y was appointed": the parser hangs "On Friday" on the "after" clause
    a = run("On Friday, a day after he was sacked by Vell United, Jim Cray was appointed manager of Tarn Rovers.", "2024-05-06")
    assert _times(a, "career.appoint") == ["2024-05-03"]
    assert _times(a, "career.fire") == ["2024-05-02"]
    b = run("In 2019, two years after she divorced Tom Vale, Ana Vale married the pianist Carl Orr.", "2024-05-06")
    assert _times(b, "life.marry") == ["2019"]
    assert _times(b, "life.divorce") == ["2017"]
    # the "after" clause's own time, after its "after", stays its own
    c = run("Max Ode was appointed chief executive of Tolva after Ella Fink resigned on Monday.", "2024-05-09")
    assert _times(c, "career.resign") == ["2024-05-06"]


def test_the_following_month_after_a_year_stays_in_that_year() -> None:
    # "left the BBC in 2015. She joined Sky News the following month": 2015, not the month after the article's
    a = run("Moira Lane left the BBC in 2015. She joined Sky News the following month.", "2024-05-06")
    assert _times(a, "career.hire") == ["2015"]
    values = [(t.text, t.value) for t in tag("She left in 2015 and joined Sky the next month.", "2024-05-06")]
    assert values == [("2015", "2015"), ("the next month", "2015")]
    # after a month, the month after; with no date told, from the article's
    values = [(t.text, t.value) for t in tag("She left in March 2015 and joined Sky the following month.", "2024-05-06")]
    assert values == [("March 2015", "2015-03"), ("the following month", "2015-04")]
    assert [(t.text, t.value) for t in tag("She will join Sky next month.", "2024-05-06")] == [("next month", "2024-06")]


def test_the_same_week_after_a_year_stays_in_that_year() -> None:
    # "was bought in 2005. Its chief executive resigned the same week": 2005, not this week
    a = run("Holm Bank was bought by Fenn in 2005. Its chief executive, Ulla Holm, resigned the same week.", "2024-05-06")
    assert _times(a, "career.resign") == ["2005"]
    values = [(t.text, t.value) for t in tag("She left in 2015. That same week she joined Sky.", "2024-05-06")]
    assert values == [("2015", "2015"), ("That same week", "2015")]
    # after a day, that day's week; with no date told, this week
    values = [(t.text, t.value) for t in tag("He was fired on 3 March 2005. That same week he sued.", "2024-05-06")]
    assert values == [("3 March 2005", "2005-03-03"), ("That same week", "2005-W09")]
    assert [(t.text, t.value) for t in tag("Shares fell this week.", "2024-05-06")] == [("this week", "2024-W19")]


def test_an_age_told_by_a_when_clause_dates_the_event_from_the_birth() -> None:
    # "X, 42, founded Y when she was 30": born 1981 or 1982, so 2011 at the earliest
    a = run("Maya Orr, 42, founded Orr Labs when she was 30.", "2024-05-06")
    assert _times(a, "business.found") == ["2011"]
    b = run("Ken Abe was born in 1961. He founded Abe Tools when he was 25 years old.", "2024-05-06")
    assert _times(b, "business.found") == ["1986"]
    # "when" with no age: no time
    c = run("Ken Abe, 63, joined Toyo Steel when he was a teenager.", "2024-05-06")
    assert _times(c, "career.hire") == [None]
