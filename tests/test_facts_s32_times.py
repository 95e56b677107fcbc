"""Event times told in phrasings no fixture had tested (session 32: invented sentences of every kind, times placed in
varied positions), each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.timex.tagger import tag
from handmade import analyzed as run
from handmade import typed


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_gap_before_a_dated_gerund_moves_its_time_onto_the_main_clause() -> None:
    # "Two years after leaving X in 2012, she joined Y": the leaving in 2012, the joining two years on
    a = run("Two years after leaving Holt & Co in 2012, Rachel Bay joined Vell Partners.", "2024-05-08")
    assert _times(a, "career.resign") == ["2012"]
    assert _times(a, "career.hire") == ["2014"]
    # the gap after the main clause
    b = run("Ravi Okoro was elected to the Tarnby council three years after founding Okoro Foods in 2015.", "2024-05-08")
    assert _times(b, "business.found") == ["2015"]
    assert _times(b, "politics.elect") == ["2018"]
    # a gap told by a bare plural ("years after"): the main clause is not dated by the leaving
    c = run("Years after leaving Holt & Co in 2012, Rachel Bay joined Vell Partners.", "2024-05-08")
    assert _times(c, "career.hire") == [None]
    # no gap: the clause's time still stands for both, as before
    d = run("After leaving Holt & Co in 2012, Rachel Bay joined Vell Partners.", "2024-05-08")
    assert _times(d, "career.hire") == ["2012"]


def test_an_after_clause_the_parser_made_the_root_still_counts_back_from_the_main_clause() -> None:
    # "appointed ... on 4 March, two weeks after Y resigned": the parser makes "resigned" the root
    a = run("Gemma Ord was appointed chair of Ribble Health on 4 March, two weeks after Tom Dent resigned.", "2024-05-08")
    assert _times(a, "career.appoint") == ["2024-03-04"]
    assert _times(a, "career.resign") == ["2024-02-19"]
    b = run("Lena Park was elected leader of the Civic Party on 9 June, three days after Ed Moss resigned.", "2024-05-08")
    assert _times(b, "politics.elect") == ["2023-06-09"]
    assert _times(b, "career.resign") == ["2023-06-06"]
    # a dated "after" clause keeps its own time
    c = run("Gemma Ord was appointed chair of Ribble Health on 4 March, two weeks after Tom Dent resigned on 12 February.",
            "2024-05-08")
    assert _times(c, "career.resign") == ["2024-02-12"]


def test_a_fronted_participle_dates_its_own_event_not_the_main_clause() -> None:
    # "Born in 1985, X founded Y at the age of 25": 2010 from the age, not the birth's 1985
    a = run("Born in 1985, Tara Voight founded Voight Designs at the age of 25.", "2024-05-08")
    assert _times(a, "life.born") == ["1985"]
    assert _times(a, "business.found") == ["2010"]
    # another participle, no age: the main clause is undated
    b = run("Elected in 2015, Mayor Ann Ruiz resigned in disgrace after a row over expenses.", "2024-05-08")
    assert _times(b, "politics.elect") == ["2015"]
    assert _times(b, "career.resign") == [None]
    c = run("Founded in 1998 by Leo Park, Parkline was sold to Dray Group.", "2024-05-08")
    assert _times(c, "business.acquire") == [None]
    # the main clause's own time still dates it
    d = run("Appointed in 2019, Noel Hart was fired by Castmoor on Monday.", "2024-05-08")
    assert _times(d, "career.fire") == ["2024-05-06"]


def test_months_counted_from_a_year_stay_in_that_year() -> None:
    # "convicted in 2019 and sentenced a month later": 2019, not a month after the article's date
    a = run("Gordon Fye was convicted of fraud in 2019 and sentenced to five years in prison a month later.", "2024-05-08")
    assert _times(a, "legal.sentence") == ["2019"]
    b = run("Nell Ashe joined Corbin Foods in 2015. Three months later she was appointed its finance director.", "2024-05-08")
    assert _times(b, "career.appoint") == ["2015"]
    values = [(t.text, t.value) for t in tag("She left in 2019 and returned two months earlier.", "2024-05-08")]
    assert values == [("2019", "2019"), ("two months earlier", "2019")]
    # from a month, months still count at that grain
    values = [(t.text, t.value) for t in tag("He was convicted in March 2019 and sentenced a month later.", "2024-05-08")]
    assert values == [("March 2019", "2019-03"), ("a month later", "2019-04")]


def test_what_a_telling_noun_says_is_to_come_is_not_dated_by_the_telling() -> None:
    # "Tuesday's announcement that X would step down": the stepping down lies ahead, undated
    a = run("Tuesday's announcement that Gus Tate would step down shocked staff at Mercer Bank.", "2024-05-08")
    assert _times(a, "career.resign") == [None]
    b = run("News on Monday that Vela Foods would cut 300 jobs hit its shares.", "2024-05-08")
    assert _times(b, "business.layoff") == [None]
    # a time of its own still dates it
    c = run("The announcement on Tuesday that Gus Tate will retire in June surprised investors.", "2024-05-08")
    assert _times(c, "career.retire") == ["2024-06"]


def test_a_participle_set_before_a_telling_dates_the_telling_not_what_it_says_is_to_come() -> None:
    # "Speaking on Monday, X said he would step down": said on Monday, the stepping down undated
    a = run("Speaking on Monday, Ivo Lenz said he would step down as chairman of Pell Group.", "2024-05-08")
    assert _times(a, "career.resign") == [None]
    b = run("Writing on Instagram on Sunday, the singer Mia Dale said she would marry her partner, Tom Ash.", "2024-05-08")
    assert _times(b, "life.marry") == [None]
    # a time of its own still dates it
    c = run("Speaking to reporters on Monday, Ana Ruiz said she would resign in June.", "2024-05-08")
    assert _times(c, "career.resign") == ["2024-06"]


def test_the_occasion_an_event_takes_place_in_dates_it_by_its_own_clause() -> None:
    # "bought Y in a deal completed last week": the deal's time is the purchase's
    a = run("The company was bought by Tellurian Partners in a deal completed last week.", "2024-05-08")
    assert _times(a, "business.acquire") == ["2024-W18"]
    b = run("Tellurian Partners bought Fenn Gas in a deal that closed on Friday.", "2024-05-08")
    assert _times(b, "business.acquire") == ["2024-05-03"]
    c = run("Ines Varga and Piotr Nowak were married in a ceremony held in Bath on Saturday.", "2024-05-08")
    assert _times(c, "life.marry") == ["2024-05-04"]
    # a clause describing someone named in the occasion's phrase tells another event
    d = run("Rennick has raised 85 million euros in a round led by Tollgate Ventures, the Skelbeck firm that first backed "
            "the company in 2019.", "2024-05-08")
    assert [e.time for e in typed(d, "business.invest") if e.lemma == "raise"] == [None]


def test_a_fronted_day_the_parser_reads_into_the_name_after_it_still_dates_the_clause() -> None:
    # "On Sunday Maria Cruz became ...": "Sunday" parsed as part of the name, "On" left bare; not "since 1998"
    a = run("On Sunday Maria Cruz became the first woman since 1998 to win the Ellory Cup.", "2024-05-08")
    assert _times(a, "career.win") == ["2024-05-05"]
    b = run("On Saturday Tom Reyes became the first Briton since 1936 to win the Harrow Open.", "2024-05-08")
    assert _times(b, "career.win") == ["2024-05-04"]
    # a fronted day with its comma, as before
    c = run("On Saturday, Tom Reyes became the first Briton since 1936 to win the Harrow Open.", "2024-05-08")
    assert _times(c, "career.win") == ["2024-05-04"]


def test_the_unit_before_an_after_clause_sets_that_clause_one_unit_away() -> None:
    # "in 2020, the year after X took over": "the year" is 2020, the taking over the year before
    a = run("Vale Motors cut 100 jobs in 2020, the year after Kurt Vale took over as chief executive.", "2024-05-08")
    assert _times(a, "business.layoff") == ["2020"]
    assert _times(a, "career.appoint") == ["2019"]
    b = run("Nia Cole joined Ardley in 2016, the year before the club won the league.", "2024-05-08")
    assert _times(b, "career.hire") == ["2016"]
    assert _times(b, "career.win") == ["2017"]
    # a day, and an event noun
    c = run("Nia Cole was charged on Monday, the day after she was arrested in Leeds.", "2024-05-08")
    assert _times(c, "legal.arrest") == ["2024-05-05"]
    d = run("Nia Cole was charged on Monday, the day after her arrest.", "2024-05-08")
    assert _times(d, "legal.arrest") == ["2024-05-05"]
    assert _times(d, "legal.charge") == ["2024-05-06"]


def test_a_time_of_the_event_a_count_runs_on_from_does_not_date_the_clause() -> None:
    # "A year on from his appointment in May 2023, X has been sacked": the appointment's time, not the sacking's
    a = run("A year on from his appointment in May 2023, Sean Kelly has been sacked.", "2024-05-08")
    assert _times(a, "career.fire") == [None]
    assert _times(a, "career.appoint") == ["2023-05"]
    # the parser hanging the time on "on": the noun keeps it, the clause does not take it
    b = run("A decade on from their wedding in 2014, Ana Lind and Ed Moss have divorced.", "2024-05-08")
    assert _times(b, "life.divorce") == [None]
    assert _times(b, "life.marry") == ["2014"]
    c = run("Three years on from her arrest in 2021, Ada Kerr has been charged with fraud.", "2024-05-08")
    assert _times(c, "legal.charge") == [None]
    # "from" alone is no count: "resigned from the board in 2015" stays dated
    d = run("Ada Kerr resigned from the board of Pellow in 2015.", "2024-05-08")
    assert _times(d, "career.resign") == ["2015"]


def test_it_has_been_n_years_since_counts_back_from_the_articles_date() -> None:
    # "It has been 30 years since X joined Y": 30 years before the article
    a = run("It has been 30 years since Nora Bell joined the Corran Symphony as a violinist.", "2024-05-08")
    assert _times(a, "career.hire") == ["1994"]
    b = run("It is ten years since Ardley FC last won the league.", "2024-05-08")
    assert _times(b, "career.win") == ["2014"]
    # counted back from a time told, not from now: no value
    c = run("It was ten years since Ardley FC had won the league.", "2024-05-08")
    assert _times(c, "career.win") == [None]
