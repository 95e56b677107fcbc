"""Investments, launches, job cuts, takeovers and foundings told in phrasings no fixture article had tested (session 37):
invented sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names


def test_where_jobs_go_told_by_the_site_beside_the_cuts() -> None:
    # "announced / confirmed 120 redundancies at its plant in Wigan": the parser hangs "at" on the verb
    a = run("Harlow Foods confirmed 120 redundancies at its plant in Wigan.")
    assert_event(a, "business.layoff", {"agent": "Harlow Foods", "place": "Wigan"})
    b = run("Dornoch Energy announced 400 redundancies at its Aberdeen office.")
    assert_event(b, "business.layoff", {"agent": "Dornoch Energy", "place": "Aberdeen"})
    # "will close its Leeds factory with the loss of 200 jobs": the site closed
    c = run("Calveley Paper will close its Leeds factory with the loss of 200 jobs.")
    assert_event(c, "business.layoff", {"agent": "Calveley Paper", "place": "Leeds"})
    # ... not where the cuts were announced
    d = run("Dornoch Energy announced 400 redundancies at a press conference in Aberdeen.")
    assert event_names(d, "business.layoff", "place") == [None]


def test_a_town_named_before_a_two_word_site() -> None:
    # "at its Cardiff call centre", "at the Leeds distribution centre": the town before the noun's own compound
    a = run("Pendle Bank will shed 200 staff at its Cardiff call centre.")
    assert_event(a, "business.layoff", {"agent": "Pendle Bank", "place": "Cardiff"})
    b = run("Orwell Retail cut 90 jobs at its Leeds distribution centre in May.")
    assert_event(b, "business.layoff", {"agent": "Orwell Retail", "place": "Leeds"})


def test_a_company_releasing_a_vehicle_launches_it() -> None:
    # "released the Arrow SUV", "will release its first electric hatchback": a vehicle put on the market
    a = run("Velt Motors released the Arrow SUV in 2018.")
    assert_event(a, "business.launch", {"agent": "Velt Motors", "work": "Arrow"})
    assert_no_event(a, "career.release")
    b = run("Harnby Cars will release its first electric hatchback next year.")
    assert_event(b, "business.launch", {"agent": "Harnby Cars", "work": "hatchback"})
    # ... not a record
    c = run("Saltgrass Records released the band's third album in 2018.")
    assert_no_event(c, "business.launch")
