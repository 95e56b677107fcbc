"""Coreference of event arguments (session 31): "it" / "its" whose antecedent the syntax settles, "the family
firm", and the body a sacking is from when a later move is told -- each as invented sentences through the real
pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_its_in_a_relative_clause_is_the_body_the_clause_is_about() -> None:
    a = run("Pressure mounts from Dunhill's largest shareholder, the fund Ashby Rock Capital, which raised its stake "
            "to 12 per cent last week.")
    assert event_names(a, "business.invest", "agent") == ["Ashby Rock Capital"]
    b = run("Dunhill Stores named a new chairman on Monday. Dunhill's board met after its biggest investor, the fund "
            "Greyfield Trust, which lifted its stake to 9 per cent in March, called for a sale.")
    assert event_names(b, "business.invest", "agent") == ["Greyfield Trust"]


def test_it_reported_by_a_body_is_that_body() -> None:
    a = run("The fund Marrow Lane Partners disclosed on Friday that it had built a 5 percent stake in Tolliver.")
    assert event_names(a, "business.invest", "agent") == ["Marrow Lane Partners"]
    b = run("Kessel Motors announced on Monday that it had bought the parts maker Brandt Axle for $40 million.")
    assert "Kessel Motors" in event_names(b, "business.acquire", "agent")


def test_it_in_a_relative_clause_without_relative_word_is_the_sentences_subject() -> None:
    # "sell Beta, a label it bought in 2019": "it" is the seller, not the label
    a = run("The regulator cleared the deal after Brenvik agreed to sell Ostrand, a small shoe label it bought in 2019, "
            "to the fund Caldera Partners.")
    assert "Brenvik" in event_names(a, "business.acquire", "agent")
    b = run("Halvard Foods sold Pinecrest Bakeries, the chain it acquired in 2015, to Orm Capital last year.")
    assert "Halvard Foods" in event_names(b, "business.acquire", "agent")


def test_the_family_firm_is_the_business_of_the_persons_family() -> None:
    # the one body named after the family, not the firm the person was at before
    a = run("Tobias Wrenley runs Wrenley & Sons, a hardware shop in Oldcastle. His son, Mark Wrenley, a former "
            "accountant at the audit firm Harcourt Vale who joined the family business in 2012, said the shop would reopen.")
    assert event_names(a, "career.hire", "organization") == ["Wrenley & Sons"]
    # no body named after the family: the one the article keeps naming, never the one of the same sentence
    b = run("Halden Brewery has been run by the Mackle family since 1921. Halden Brewery makes ales. Fiona Mackle, 38, "
            "spent six years at the drinks group Dunmore Spirits before joining the family firm in 2014 as head of sales.")
    assert event_names(b, "career.hire", "organization") == ["Halden Brewery"]


def test_a_move_told_as_later_is_no_body_held_before_a_sacking() -> None:
    # "has since joined Z": the sacking is from the body the person held (and ends the membership there), not Z
    a = run("The party's leader, Graham Oddie, spoke on Friday. Martin Felsby, who had chaired the Civic Union's Dunmore "
            "association since 2012, was sacked by Oddie in February. Felsby has since joined the Green Party.")
    assert event_names(a, "career.fire", "organization") == ["Civic Union"]
    b = run("Ines Varga, who had run the Halden Trust's shop since 2015, was dismissed by Ola Brekke in March. Varga "
            "later joined the Orrin Foundation as a fundraiser.")
    assert event_names(b, "career.fire", "organization") == ["Halden Trust"]
    assert facts_by_pair(b, "employee").get(("Ines Varga", "Halden Trust")) == ("2015", "2024-03")
