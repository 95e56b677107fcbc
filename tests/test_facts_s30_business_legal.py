"""Business and legal phrasings that recur across the development articles (session 30): funding rounds
joined by a second investor or taken from one, premises that open, openings told by a gerund or a plan,
counterclaims, and players sold or prised away -- each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, facts_by_pair, typed


def test_a_round_led_by_one_fund_and_joined_by_another_is_an_investment_by_each() -> None:
    a = run("Tollmark raised money last year. Its Series B round, led by Fernmoor Capital and joined by the Dutch "
            "fund Oostkerk Partners, valued the company at £90 million.", "2024-05-08")
    investors = set(event_names(a, "business.invest", "agent"))
    assert {"Fernmoor Capital", "Oostkerk Partners"} <= investors
    b = run("Brindle Health closed a £20 million funding round on Monday. The round, backed by Harrowgate Ventures and "
            "joined by Quellan Partners, will pay for a new clinic.", "2024-05-08")
    assert "Quellan Partners" in event_names(b, "business.invest", "agent")


def test_a_round_from_an_investor_is_that_investors_money() -> None:
    a = run("Tollmark was founded in 2018. A seed round of £1.2 million from the angel network Wickford Circle "
            "followed in 2019.", "2024-05-08")
    assert_event(a, "business.invest", {"agent": "Wickford Circle"})
    assert [e.time for e in typed(a, "business.invest")] == ["2019"]
    b = run("Pellcraft, a Leeds start-up, announced a $3 million round from Ostwen Ventures in March.", "2024-05-08")
    assert_event(b, "business.invest", {"agent": "Ostwen Ventures"})
    c = run("Marta Vell reached the second round in Paris, where she beat Lena Ostrova.", "2024-05-08")
    assert_no_event(c, "business.invest")  # a round of a tournament funds no one


def test_premises_that_open_are_launched_where_they_stand_by_their_owner() -> None:
    a = run("Harlan Foods employs 200 people at a depot in Carlow, which opened in 2015.", "2024-05-08")
    assert_event(a, "business.launch", {"agent": "Harlan Foods", "place": "Carlow", "work": "depot"})
    assert_no_event(a, "business.found")
    b = run("Ibbotsley Jams employs 340 people at Thrushcombe and at a second plant in Breckwell, which opened in "
            "2009.", "2024-05-08")
    assert_event(b, "business.launch", {"place": "Breckwell", "work": "plant"})
    assert "Breckwell" not in event_names(b, "business.launch", "agent")  # the town is where, not who
    c = run("The Brantwood plant of Corrib Chemicals opened in 2001 and employs 90 people.", "2024-05-08")
    assert_event(c, "business.launch", {"agent": "Corrib Chemicals", "work": "plant"})
    d = run("Ravensworth General Hospital opened in 1886.", "2024-05-08")
    assert_no_event(d, "business.launch")  # a hospital that opened is a body founded, no premises


def test_an_opening_told_by_a_coordinated_gerund_or_a_plan_is_the_subjects() -> None:
    a = run("Holmfirth Dairies grew fast, doubling its staff and opening an office in Carlow in March.", "2024-05-08")
    assert_event(a, "business.launch", {"agent": "Holmfirth Dairies", "place": "Carlow"})
    b = run("Tarrow Mills expanded quickly in 2019, hiring forty engineers and opening a warehouse in Dunmere.", "2024-05-08")
    assert_event(b, "business.launch", {"agent": "Tarrow Mills", "place": "Dunmere"})
    c = run("Brackwell Foods said on Monday that it would press ahead with plans to open a new depot in Wyvenhurst "
            "this year.", "2024-05-08")
    assert_event(c, "business.launch", {"place": "Wyvenhurst", "work": "depot"})
    assert event_names(c, "business.launch", "agent") == ["Brackwell Foods"]


def test_a_counterclaim_sues_back_the_one_who_sued() -> None:
    a = run("Brenholt Mills filed a claim against Tarrow Yarns in 2022. Tarrow Yarns lodged a counterclaim the "
            "following spring.", "2024-05-08")
    assert_event(a, "legal.sue", {"agent": "Tarrow Yarns", "target": "Brenholt Mills"})
    b = run("Odile Varnham sued Castermere Records in March 2021 over unpaid royalties. Castermere Records hit back "
            "two months later with a counterclaim of its own.", "2024-05-08")
    assert_event(b, "legal.sue", {"agent": "Castermere Records", "target": "Odile Varnham"})
    assert "2021-05" in [e.time for e in typed(b, "legal.sue")]


def test_a_player_sold_or_prised_away_is_hired_by_the_buying_club() -> None:
    # "He was sold to Y": a pronoun stands for the player, whatever his first name
    a = run("Born in Corrow Bay, Tobenna Oyeniran joined Calvera CF at 16. He was sold to the Vestrian side FC "
            "Wendelburg in 2010 for €4m.", "2024-05-08")
    assert_event(a, "career.hire", {"agent": "FC Wendelburg", "patient": "He"})
    assert_no_event(a, "business.acquire")
    b = run("Kwabena Aduful came through the academy at Dunmere Rovers. In 2019 they sold him to Castlebay United "
            "for £2 million.", "2024-05-08")
    assert_event(b, "career.hire", {"agent": "Castlebay United"})
    assert_no_event(b, "business.acquire")
    c = run("Castlebay United prised the midfielder Kwame Aduful away from Dunmere Rovers in January.", "2024-05-08")
    assert_event(c, "career.hire", {"agent": "Castlebay United", "patient": "Kwame Aduful"})
    d = run("The striker Tobenna Oyeniran joined FC Wendelburg in 2010. Harlowgate Albion, who paid a then "
            "club-record fee to prise him away from Wendelburg in the summer of 2015, made him captain in 2018.",
            "2024-05-08")
    assert facts_by_pair(d, "member")[("Tobenna Oyeniran", "Harlowgate Albion")][0] == "2015-SU"
    e = run("The bank enticed Priya Holm away from Corrib Capital last year.", "2024-05-08")
    assert_event(e, "career.hire", {"patient": "Priya Holm"})


def test_what_a_merger_or_a_deal_creates_is_no_company_founded() -> None:
    a = run("Halden Air and Corvo Airlines agreed on Monday to merge, creating Skyhalden, the largest airline group in "
            "the region.", "2024-05-08")
    assert_event(a, "business.merge", {"agent": "Halden Air", "partner": "Corvo Airlines"})
    assert_no_event(a, "business.found")
    b = run("In 1988 the group merged its bakery division with Brant Foods to form Polaris Foods.", "2024-05-08")
    assert_no_event(b, "business.found")
    c = run("Halden Freight agreed a deal that will create Europe's third-largest freight company, Transhal.",
            "2024-05-08")
    assert_no_event(c, "business.found")
    d = run("Greta Lund created Tallis Books in 2001, and in 2011 the two brothers formed the band Kestrel Yard.",
            "2024-05-08")
    assert_event(d, "business.found", {"agent": "Greta Lund", "organization": "Tallis Books"})  # a founding still is


def test_a_takeover_approach_for_a_company_is_a_bid_for_it() -> None:
    a = run("Halvard Group made an approach for Brennmoor Ltd three years ago, but the Brennmoor board rejected it.",
            "2024-05-08")
    assert_event(a, "business.acquire", {"agent": "Halvard Group", "patient": "Brennmoor Ltd"})
    assert [e.time for e in typed(a, "business.acquire")] == ["2021"]
    b = run("Kessel Partners has made a takeover approach for Tarvey Mills, the two companies said.", "2024-05-08")
    assert_event(b, "business.acquire", {"agent": "Kessel Partners", "patient": "Tarvey Mills"})
    c = run("Corvel Bank is taking a new approach to pricing, its chief executive said.", "2024-05-08")
    assert_no_event(c, "business.acquire")


def test_a_passive_coordinated_after_a_subordinate_clause_is_the_main_subjects() -> None:
    # the parser hangs "and was given / jailed" on the before- or after-clause's verb ("the trial began")
    a = run("Ruairi Glenvarrow admitted money laundering before the trial began and was given a two-year suspended "
            "sentence on Friday.", "2024-05-08")
    assert_event(a, "legal.sentence", {"patient": "Ruairi Glenvarrow"})
    b = run("Maura Kenny pleaded guilty after the hearing opened and was jailed for two years in March.", "2024-05-08")
    assert_event(b, "legal.sentence", {"patient": "Maura Kenny"})
    assert [e.time for e in typed(b, "legal.sentence")] == ["2024-03"]
    c = run("Dean Hollis was stopped after the match ended and was arrested for assault.", "2024-05-08")
    assert_event(c, "legal.arrest", {"patient": "Dean Hollis"})


def test_a_round_named_by_its_series_letter_is_a_round() -> None:
    a = run("Fixpenny raised money. Last June's Series B, led by Fernlow Capital and joined by the Haarveld fund "
            "Oudekerk Partners, valued the company at about £190 million.", "2024-05-08")
    assert {"Fernlow Capital", "Oudekerk Partners"} <= set(event_names(a, "business.invest", "agent"))
    b = run("Tollmark's Series A, led by Ostwen Ventures, closed in March.", "2024-05-08")
    assert_event(b, "business.invest", {"agent": "Ostwen Ventures"})
    c = run("Oster Partners led the Kestrel Party into the election.", "2024-05-08")
    assert_no_event(c, "business.invest")


def test_the_person_who_led_an_investment_for_a_fund_invests_nothing() -> None:
    a = run("Clementine Saxby, the Fernmoor Capital partner who led the investment, took a seat on the board.",
            "2024-05-08")
    assert_no_event(a, "business.invest")
    b = run("Pia Holm led the investment in Corrib Foods in 2019.", "2024-05-08")
    assert_no_event(b, "business.invest")
    c = run("Fernmoor Capital led the investment in Corrib Foods in 2019.", "2024-05-08")
    assert_event(c, "business.invest", {"agent": "Fernmoor Capital", "target": "Corrib Foods"})
