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


def test_making_an_investment_or_a_donation_in_or_to_a_body() -> None:
    # "made a £5m investment in Y": money put in (not a stake sold: "made" is no seller's verb here)
    a = run("Harrow Capital made a £5m investment in Tolland Software last year.")
    assert_event(a, "business.invest", {"agent": "Harrow Capital", "target": "Tolland Software"})
    b = run("Orrin Partners made an investment in Kestle Labs in 2019.")
    assert_event(b, "business.invest", {"agent": "Orrin Partners", "target": "Kestle Labs"})
    # "made a £2 million donation to Y": the body given it (the parser hangs "to" on the light verb)
    c = run("The Calder Trust made a £2 million donation to Ashby Hospital.")
    assert_event(c, "business.invest", {"agent": "Calder Trust", "target": "Ashby Hospital"})
    # ... a stake sold stays none
    assert_no_event(run("Mara Voss sold her investment in Kestle Labs in 2019."), "business.invest")


def test_a_sum_provided_or_committed_to_a_body_is_invested() -> None:
    a = run("Mercer Bank provided £10 million to Pinewood Energy in 2021.")
    assert_event(a, "business.invest", {"agent": "Mercer Bank", "target": "Pinewood Energy"})
    b = run("Selkirk Partners committed $20 million to Novan Bio last year.")
    assert_event(b, "business.invest", {"agent": "Selkirk Partners", "target": "Novan Bio"})
    # ... not support, a future or a sum for a building
    assert_no_event(run("Mercer Bank provided support to Pinewood Energy."), "business.invest")
    assert_no_event(run("The striker committed his future to Harlow Town."), "business.invest")
    assert_no_event(run("The council provided £2 million for the new library."), "business.invest")


def test_one_said_by_a_copula_to_be_a_backer_or_founder_is_its_doer() -> None:
    # "X is / was an early investor in Y", "X is among / one of the backers of Y": X invested
    a = run("Fenwick Capital was an early investor in Kestle Labs.")
    assert_event(a, "business.invest", {"agent": "Fenwick Capital", "target": "Kestle Labs"})
    b = run("Brindle Capital is among the backers of Solway Health.")
    assert_event(b, "business.invest", {"agent": "Brindle Capital", "target": "Solway Health"})
    c = run("Brindle Capital is one of the backers of Solway Health.")
    assert_event(c, "business.invest", {"agent": "Brindle Capital", "target": "Solway Health"})
    # "X is the founder of Y": X founded it
    d = run("Maria Kovac is the founder of Lumen Analytics.")
    assert_event(d, "business.found", {"agent": "Maria Kovac", "organization": "Lumen Analytics"})


def test_a_product_brought_out_or_put_on_the_market_is_launched() -> None:
    a = run("Velt Motors brought out the Arrow SUV in 2018.")
    assert_event(a, "business.launch", {"agent": "Velt Motors", "work": "Arrow"})
    b = run("Kessel Phones brought out a new smartphone, the K3, in 2019.")
    assert_event(b, "business.launch", {"agent": "Kessel Phones", "work": "K3"})
    c = run("Velt Motors put the Arrow SUV on the market in 2018.")
    assert_event(c, "business.launch", {"agent": "Velt Motors", "work": "Arrow"})
    # ... not the best in someone, a house for sale, nor a novel (published)
    assert_no_event(run("The crisis brought out the best in him."), "business.launch")
    assert_no_event(run("They put the house on the market in March."), "business.launch")
    d = run("Larkspur Press brought out her novel The Salt Road in 2019.")
    assert_no_event(d, "business.launch")
    assert_event(d, "report.publish", {"agent": "Larkspur Press"})
