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
