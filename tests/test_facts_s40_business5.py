"""Takeovers, bids, suits and funding told inside small whole articles (session 40): invented texts through the
real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names


def test_one_who_alleges_or_accuses_in_a_lawsuit_brought_it() -> None:
    # "In a lawsuit filed on Monday, X alleges that Y ...": X sues Y
    a = run("In a lawsuit filed on Monday, Keller Systems alleges that Veltra Motors hid defects.")
    assert_event(a, "legal.sue", {"agent": "Keller Systems", "target": "Veltra Motors"})
    # "X accuses Y of fraud in a lawsuit": the one accused is sued
    b = run("Keller Systems accuses Veltra Motors of fraud in a lawsuit filed in Delaware.")
    assert_event(b, "legal.sue", {"agent": "Keller Systems", "target": "Veltra Motors"})
    c = run("Software maker Brightmoor hit back on Friday. In its countersuit, Brightmoor accuses Keller Systems of delivering faulty code.")
    assert_event(c, "legal.sue", {"agent": "Brightmoor", "target": "Keller Systems"})
    # ... what befell the one suing is no one sued
    d = run("In the lawsuit, Lena Marsh says she was dismissed after reporting safety problems.")
    assert event_names(d, "legal.sue", "target") == [None]
    # ... and "in that case" is no suit
    assert_no_event(run("In that case, Keller Systems said Veltra Motors would pay."), "legal.sue")


def test_one_named_in_or_the_subject_of_a_lawsuit_is_sued() -> None:
    a = run("Veltra Motors has been named in a lawsuit filed by Keller Systems.")
    assert_event(a, "legal.sue", {"agent": "Keller Systems", "target": "Veltra Motors"})
    b = run("Veltra Motors is the subject of a lawsuit by Keller Systems.")
    assert_event(b, "legal.sue", {"agent": "Keller Systems", "target": "Veltra Motors"})
    # ... "is not named in the lawsuit": the suit told before, no one new sued
    c = run("Keller Systems sued Veltra Motors in March. Its chairman, Tom Reyes, is not named in the lawsuit.")
    assert event_names(c, "legal.sue", "target") == ["Veltra Motors"]


def test_a_companys_board_answering_a_bid_or_suing_is_the_company() -> None:
    # "The board of X rejected a takeover bid from Y": Y's bid for X
    a = run("The board of Pelham Retail on Tuesday rejected a £900m takeover bid from rival Stanway Stores.")
    assert_event(a, "business.acquire", {"agent": "Stanway Stores", "patient": "Pelham Retail"})
    b = run("The board of Pelham Retail has recommended a takeover offer from Stanway Stores.")
    assert_event(b, "business.acquire", {"agent": "Stanway Stores", "patient": "Pelham Retail"})
    # ... a board with no company named stays none
    assert_no_event(run("The board rejected a takeover bid from Stanway Stores."), "business.acquire")


def _marlow_times(a) -> list[str | None]:
    return sorted((e.time or "") for e in a.events if e.type == "business.invest" and "Marlow Capital" in event_agents(a, e))


def event_agents(a, e) -> list[str]:
    return [a.entity(g.entity).name for g in e.args if g.role == "agent" and g.entity and a.entity(g.entity)]


def test_an_existing_backer_in_the_round_of_the_news_is_not_its_older_round() -> None:
    # "Existing backer X also put money into the round ... X first backed Y in 2021": two investments, the news undated
    a = run("Tillmoor raises $20m\nTillmoor, the Leeds soil-sensor start-up, has raised $20 million in a round led by Greystone Ventures, "
            "the company said on Tuesday.\nExisting backer Marlow Capital also put money into the round.\n"
            "Marlow first backed Tillmoor in 2021, with a £2 million seed round.")
    times = _marlow_times(a)
    assert len(times) == 2 and "2021" in times, times
    b = run("Tillmoor raises $20m\nTillmoor, the Leeds soil-sensor start-up, has raised $20 million in a funding round.\n"
            "The round was led by Greystone Ventures, with participation from Marlow Capital, which had backed Tillmoor's seed round in 2021.")
    times = _marlow_times(b)
    assert len(times) == 2 and "2021" in times, times
    # ... a round of the article's own year retold is one investment
    c = run("Tillmoor raises $20m\nTillmoor, the Leeds soil-sensor start-up, raised $20 million in March in a round led by Greystone Ventures.\n"
            "Marlow Capital also put money into the round.\nMarlow Capital led the round in March, the company said.")
    assert len(_marlow_times(c)) == 1


def test_a_backer_told_by_the_short_form_of_its_name_invested() -> None:
    # "Marlow first backed Tillmoor in 2021" after "Marlow Capital": the short form is the fund's name
    a = run("Marlow Capital is one of Britain's oldest venture firms. Marlow first backed Tillmoor in 2021.")
    assert_event(a, "business.invest", {"agent": "Marlow Capital", "target": "Tillmoor"})
    b = run("Quillon Ventures has made 40 investments since 2015. Quillon backed the Leeds start-up Tillmoor in 2019.")
    assert_event(b, "business.invest", {"agent": "Quillon Ventures", "target": "Tillmoor"})
    # ... not a plan backed
    assert_no_event(run("Marlow Capital opposed the merger. Marlow backed the rival proposal in 2019."), "business.invest")


def test_staff_made_redundant_read_as_a_compound_of_the_word() -> None:
    # "has made 80 staff redundant": the parser makes "redundant" a noun and "staff" its compound
    a = run("Ashcombe Packaging has made 80 staff redundant.")
    assert_event(a, "business.layoff", {"agent": "Ashcombe Packaging", "patient": "staff"})
    b = run("Harlow Bank made 12 call-centre staff redundant last year.")
    assert_event(b, "business.layoff", {"agent": "Harlow Bank", "patient": "staff"})
    # ... not rules made redundant
    assert_no_event(run("The new law made the old rules redundant."), "business.layoff")


def test_a_named_employer_losing_jobs_cuts_them() -> None:
    # "X is to lose 300 jobs", "X will lose 300 jobs at its Y plant": X is the employer, no job of its own lost
    a = run("Harlow Bank is to lose 300 jobs.")
    assert event_names(a, "business.layoff", "agent") == ["Harlow Bank"]
    assert event_names(a, "business.layoff", "patient") == [None]
    b = run("Harlow Bank will lose 300 jobs at its Corby call centre.")
    assert_event(b, "business.layoff", {"agent": "Harlow Bank", "place": "Corby"})
    # ... not one person's job (at a firm named: that firm let one person go), nor a region's
    assert_no_event(run("Mara Voss lost her job in 2020."), "business.layoff")
    c = run("Omar Reyes lost his job at Acme Corp in 2019.")
    assert_no_event(c, "business.layoff")
    assert_event(c, "career.fire", {"patient": "Omar Reyes"})
    assert_no_event(run("The region lost 3,000 jobs in the 1980s."), "business.layoff")
