"""Phrasings found in session 24 (business and legal stories: funding rounds, takeovers, lawsuits,
fraud trials), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def role_values(a: Analysis, person: str) -> list[str | None]:
    """The role titles told of one person."""
    return [f.value for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person]


def test_a_name_ner_missed_before_a_person_apposition_is_a_person() -> None:
    # NER found nothing of "Lorcan Olleray" (and took the surname alone for a firm): two capitalised
    # words set off by ", the former finance director of ..." and called by the surname again name a person
    a = run("Former Pennard finance chief jailed for six years over accounting fraud\n\nLorcan Olleray, the former finance "
            "director of the collapsed haulage group Pennard Haulage, was jailed for six years on Monday for an accounting "
            "fraud. Olleray was convicted in March.", "2024-05-08")
    assert entity_types(a).get("Lorcan Olleray") == "PERSON"
    assert "Lorcan Olleray" in event_names(a, "legal.sentence", "patient")
    assert "Lorcan Olleray" in event_names(a, "legal.convict", "patient")


def test_a_person_and_the_body_whose_post_follows_are_two_names() -> None:
    # NER ran "Magnus Aldous-Faye, Pellow's" together as one name: the person, then the firm
    a = run("Pellow Textiles has sued a rival over a dye patent. \"Today's ruling confirms what we have said from the "
            "start,\" said Magnus Aldous-Faye, Pellow's general counsel.", "2024-05-08")
    assert entity_types(a).get("Magnus Aldous-Faye") == "PERSON"
    assert ("Magnus Aldous-Faye", "Pellow Textiles") in facts_by_pair(a, "employee")
    assert "general counsel" in role_values(a, "Magnus Aldous-Faye")


def test_audio_and_acoustics_close_a_company_name() -> None:
    a = run("Kerrin Audio sued Dalmore Acoustics in May 2022. Kerrin had accused Dalmore of copying its speakers.", "2024-05-08")
    types = entity_types(a)
    assert types.get("Kerrin Audio") == "ORG" and types.get("Dalmore Acoustics") == "ORG"
    assert event_names(a, "legal.sue", "agent") == ["Kerrin Audio"]
    assert event_names(a, "legal.sue", "target") == ["Dalmore Acoustics"]


def test_investors_joining_a_round_invest_in_the_article_company() -> None:
    # "took part in / joined / led the round": each body an investor; the company funded is the one
    # the article is about, named in the sentences before
    a = run("Pellmore, a Derwick start-up that makes drone batteries, has raised $20 million in a round led by Harnock "
            "Capital. Existing investor Tolvane Partners also took part in the round. Selbury Holdings joined the round "
            "as a new backer. Pellmore plans to double its staff, Pellmore said.", "2024-05-08")
    agents = event_names(a, "business.invest", "agent")
    assert {"Harnock Capital", "Tolvane Partners", "Selbury Holdings"} <= set(agents)
    assert set(event_names(a, "business.invest", "target")) == {"Pellmore"}


def test_money_put_into_a_round_is_an_investment() -> None:
    a = run("Quorra Bikes raised $9 million on Monday. The bike maker Quorra said Ostby Partners also put money into "
            "the round. Quorra will hire 20 people.", "2024-05-08")
    assert "Ostby Partners" in event_names(a, "business.invest", "agent")


def test_leading_a_team_or_joining_a_board_is_no_investment() -> None:
    a = run("Selbury Holdings joined the board of Pellmore. Marta Quell led the team to the title.", "2024-05-08")
    assert event_names(a, "business.invest", "agent") == []


def test_a_given_name_ner_took_for_a_product_in_a_quote_keeps_the_full_name() -> None:
    # '"Lysander built the first sensor ..."' labelled a product; "Garrowby" stands alone later: the
    # full name "Lysander Garrowby" stays a person's
    a = run("Dallow Sensors was set up in 2019 by Ada Brunn, an engineer, and Lysander Garrowby, who had worked at a bank. "
            "Brunn, 41, remains chief executive. Garrowby, who served as chief technology officer, quit the company in "
            "February.\n\n\"Lysander built the first sensor with his own hands, and we would not be here without him,\" "
            "Brunn said in an interview with the Dallow Post.", "2024-05-08")
    assert entity_types(a).get("Lysander Garrowby") == "PERSON"
    assert event_names(a, "career.resign", "agent") == ["Lysander Garrowby"]


def test_a_headline_employee_of_a_firm_is_the_person_not_the_firm() -> None:
    # "Former Pellow finance chief jailed": the chief is sentenced (the body's "Anna Brisk ... was
    # jailed"), never the firm named before his title
    a = run("Former Pellow finance chief jailed for six years\n\nAnna Brisk, the former finance director of the haulier "
            "Pellow Freight, was jailed for six years on Monday.", "2024-05-08")
    assert event_names(a, "legal.sentence", "patient") == ["Anna Brisk"]


def test_buying_a_villa_is_no_acquisition() -> None:
    a = run("Tom Ribble bought a villa on the coast in 2019, prosecutors said. He bought Dunmore Foods in 2021.", "2024-05-08")
    assert event_names(a, "business.acquire", "patient") == ["Dunmore Foods"]


def test_legal_action_against_someone_is_a_suit() -> None:
    a = run("Kerrin Audio launched legal action against Dalmore Acoustics in May. Ana Ruiz is taking legal action "
            "against Kerrin Audio.", "2024-05-08")
    assert sorted(event_names(a, "legal.sue", "target")) == ["Dalmore Acoustics", "Kerrin Audio"]
    assert event_names(a, "business.launch", "agent") == []


def test_military_action_is_no_suit() -> None:
    a = run("The army took military action against the rebels. Kerrin Audio took action against Ana Ruiz.", "2024-05-08")
    assert event_names(a, "legal.sue", "agent") == []


def test_a_lawsuit_filed_by_someone_or_faced_from_someone() -> None:
    a = run("The lawsuit, filed by Kerrin Audio in May, accuses Dalmore Acoustics of copying.", "2024-05-08")
    assert event_names(a, "legal.sue", "agent") == ["Kerrin Audio"]
    assert event_names(a, "legal.sue", "target") == ["Dalmore Acoustics"]
    b = run("Dalmore Acoustics faces a lawsuit from Kerrin Audio.", "2024-05-08")
    assert event_names(b, "legal.sue", "agent") == ["Kerrin Audio"]
    assert event_names(b, "legal.sue", "target") == ["Dalmore Acoustics"]


def test_goods_selling_well_or_begun_to_be_sold_change_no_owner() -> None:
    a = run("The Kestrel drone sold well in its first year. Dravo Group began selling the Kestrel in March.", "2024-05-08")
    assert event_names(a, "business.acquire", "patient") == []


def test_a_firm_sold_to_a_buyer_is_acquired_and_tools_closes_a_firm_name() -> None:
    a = run("Dravo Group sold Kellan Tools to Orvik Group in March.", "2024-05-08")
    assert entity_types(a).get("Kellan Tools") == "ORG"
    assert event_names(a, "business.acquire", "agent") == ["Orvik Group"]
    assert event_names(a, "business.acquire", "patient") == ["Kellan Tools"]


def test_who_was_a_firms_officer_is_a_post_held_before() -> None:
    a = run("His co-defendant, Nadia Brell, who was Dravo's head of treasury, was cleared. Tom Ribble, who is chief "
            "executive of Dravo Group, gave evidence.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Nadia Brell", "Dravo Group")][1] == "PAST_REF"
    assert facts_by_pair(a, "employee")[("Tom Ribble", "Dravo Group")][1] is None


def test_a_former_post_left_in_a_dated_relative_clause_ends_then() -> None:
    a = run("Dravo Group's former chief executive, Tom Ribble, who resigned in October 2020, gave evidence. Ana Ruiz, a "
            "former chief executive of Orvik Foods, stood down in the autumn.", "2024-05-08")
    roles = {(a.entity(f.subject).name, f.value): f.valid_to for f in a.facts if f.relation == "role"}
    assert roles[("Tom Ribble", "chief executive")] == "2020-10"
    assert roles[("Ana Ruiz", "chief executive")] == "PAST_REF"  # another post left: the former one's end stays untold


def test_telling_the_court_is_evidence_not_an_interview() -> None:
    a = run("The trial at Pellor Crown Court lasted six weeks. Tom Ribble gave evidence and told the court he had trusted "
            "the figures. Later he told the Pellor Herald he felt betrayed.", "2024-05-08")
    assert event_names(a, "report.interview", "outlet") == ["Pellor Herald"]
