"""Investments, launches, layoffs, lawsuits and sentences told in phrasings no fixture article had tested (session 34):
invented sentences through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def test_a_sum_received_secured_or_attracted_from_a_backer_is_their_investment() -> None:
    # the parser hangs "from X" on the sum ("a £3m investment from X", "£8 million of investment from X"): X invested
    a = run("Lumo Health received a £3m investment from Fenwick Trust in April.")
    assert_event(a, "business.invest", {"agent": "Fenwick Trust", "target": "Lumo Health"})
    b = run("Brisk Foods secured £8 million of investment from Halloway Capital in 2020.")
    assert_event(b, "business.invest", {"agent": "Halloway Capital", "target": "Brisk Foods"})
    c = run("Soluna Farms attracted £6 million of investment from Quarry Ridge Capital in 2021.")
    assert_event(c, "business.invest", {"agent": "Quarry Ridge Capital", "target": "Soluna Farms"})
    # ... not a letter received, praise or visitors attracted
    assert_no_event(run("The charity received a letter from Fenwick Trust."), "business.invest")
    assert_no_event(run("Soluna Farms attracted praise from Quarry Ridge Capital in 2021."), "business.invest")
    assert_no_event(run("Soluna Farms attracted 2 million visitors from Germany in 2021."), "business.invest")


def test_an_investment_from_a_backer_in_a_company() -> None:
    # "an investment from X in Y": the parser hangs "in Y" on X
    a = run("A £3m investment from Fenwick Trust in Lumo Health was announced in April.")
    assert_event(a, "business.invest", {"agent": "Fenwick Trust", "target": "Lumo Health"})
    b = run("The investment from Quarry Ridge Capital in Soluna Farms was its largest.")
    assert_event(b, "business.invest", {"agent": "Quarry Ridge Capital", "target": "Soluna Farms"})


def test_a_life_term_and_being_put_behind_bars_are_sentences() -> None:
    a = run("Mark Ellison was handed a life term in March.")
    assert_event(a, "legal.sentence", {"patient": "Mark Ellison"})
    b = run("Mark Ellison is serving a life term for murder.")
    assert_event(b, "legal.sentence", {"patient": "Mark Ellison"})
    c = run("Mark Ellison was put behind bars for a decade in 2011.")
    assert_event(c, "legal.sentence", {"patient": "Mark Ellison"})
    # ... not a term in office, nor something put behind one
    assert_no_event(run("Voters gave Anna Ruiz a second term in 2019."), "legal.sentence")
    assert_no_event(run("Anna Ruiz has put the divorce behind her."), "legal.sentence")


def test_bringing_a_product_to_market_launches_it() -> None:
    a = run("Calloway Tech brought the Orbi tablet to market in 2017.")
    assert_event(a, "business.launch", {"agent": "Calloway Tech", "work": "Orbi"})
    b = run("The drug was brought to market by Vell Pharma in 2019.")
    assert_event(b, "business.launch", {"agent": "Vell Pharma", "work": "drug"})


def test_staff_at_a_company_laid_off_or_made_redundant() -> None:
    # "300 workers at X were laid off": X cuts them (no "by X")
    a = run("Around 300 workers at Vantage Motors were laid off in March.")
    assert_event(a, "business.layoff", {"agent": "Vantage Motors"})
    b = run("About 80 staff at Kelso Mills were laid off last year.")
    assert_event(b, "business.layoff", {"agent": "Kelso Mills"})
    # "made 120 pilots redundant": staff named by their trade
    c = run("Varro Airlines made 120 pilots redundant in 2020.")
    assert_event(c, "business.layoff", {"agent": "Varro Airlines"})
    # ... not a profit made
    assert_no_event(run("Vantage Motors made a profit of £3m in 2020."), "business.layoff")


def test_proceedings_or_a_claim_issued_and_a_class_action_are_suits() -> None:
    # "issued proceedings / a claim against X" (British usage; "proceedings" is lemmatised "proceeding")
    a = run("Novak Hauer issued proceedings against Brantwell Logistics at the High Court in March.")
    assert_event(a, "legal.sue", {"agent": "Novak Hauer", "target": "Brantwell Logistics"})
    b = run("Novak Hauer has issued a claim against Brantwell Logistics in the High Court.")
    assert_event(b, "legal.sue", {"agent": "Novak Hauer", "target": "Brantwell Logistics"})
    c = run("Investors launched a class action against Corvane Energy in 2021.")
    assert_event(c, "legal.sue", {"agent": "Investors", "target": "Corvane Energy"})
    # ... not a statement or a warning issued, nor a court's order
    assert_no_event(run("Kelso Council issued a warning to Brantwell Logistics."), "legal.sue")
    assert_no_event(run("Brantwell Logistics issued a statement on Monday."), "legal.sue")
    assert_no_event(run("The judge issued an order banning Novak Hauer from the site."), "legal.sentence")


def test_ordered_to_serve_a_minimum_term_is_a_sentence() -> None:
    a = run("Rufus Keane was ordered to serve a minimum of 25 years.")
    assert_event(a, "legal.sentence", {"patient": "Rufus Keane"})
    b = run("A judge ordered Rufus Keane to serve a minimum of 18 months in 2018.")
    assert_event(b, "legal.sentence", {"patient": "Rufus Keane"})
    # ... not another year in office, nor drinks served
    assert_no_event(run("The board ordered Rufus Keane to serve a further year as chairman."), "legal.sentence")
    assert_no_event(run("Rufus Keane was ordered to serve the drinks."), "legal.sentence")


def test_a_product_described_going_on_sale_is_launched() -> None:
    # "X's new Arrow SUV went on sale": a product by its kind, no product name recognised
    a = run("Vantage Motors' new Arrow SUV went on sale in Britain in March.")
    assert_event(a, "business.launch", {"agent": "Vantage Motors", "work": "SUV"})
    b = run("Calloway Tech's new Orbi smartphone went on sale in March.")
    assert_event(b, "business.launch", {"agent": "Calloway Tech", "work": "smartphone"})
    # ... not tickets or a house put on sale
    assert_no_event(run("Tickets for the final went on sale on Monday."), "business.launch")
    assert_no_event(run("The family home went on sale in March for £2m."), "business.launch")
