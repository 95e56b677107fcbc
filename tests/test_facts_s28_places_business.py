"""Phrasings found across the development articles in session 28 (where organisations and people are; founding,
launching, investing, buying, cutting jobs and announcing), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, entity_types, facts_by_pair, typed


def test_a_town_between_the_and_a_kind_of_body_beside_a_name_is_where_that_body_is() -> None:
    # in apposition after the body's name
    a = run("Brindlecorp, the Marvale start-up that makes software for ships, has raised £22 million.", "2024-05-08")
    assert entity_types(a).get("Marvale") == "GPE"
    assert ("Brindlecorp", "Marvale") in facts_by_pair(a, "located_in")
    b = run("The Velvet Owls, the Brackley four-piece who formed in 2011, released an album.", "2024-05-08")
    assert ("Velvet Owls", "Brackley") in facts_by_pair(b, "located_in")
    c = run("Skelmoor Analytics, the Haldersby data-software start-up valued at £1.2bn, has hired a chief.", "2024-05-08")
    assert ("Skelmoor Analytics", "Haldersby") in facts_by_pair(c, "located_in")
    d = run("Quorn & Vetch, the Dunholt boot maker, said it would cut jobs.", "2024-05-08")  # a town NER did not find
    assert ("Quorn & Vetch", "Dunholt") in facts_by_pair(d, "located_in")
    # with the body's name right after the kind
    e = run("The album was put out by the Pellbury label Sleet Records in 2020.", "2024-05-08")
    assert ("Sleet Records", "Pellbury") in facts_by_pair(e, "located_in")
    f = run("He joined the Harnley ferry operator Gresmoor Lines in 2011.", "2024-05-08")
    assert ("Gresmoor Lines", "Harnley") in facts_by_pair(f, "located_in")


def test_a_town_tagged_as_an_adjective_before_a_band_or_firm_is_where_it_is() -> None:
    a = run("Marrowfell, the Castlemoor rock band behind the 2004 hit album, will play together again.", "2024-05-08")
    assert ("Marrowfell", "Castlemoor") in facts_by_pair(a, "located_in")


def test_a_town_before_based_is_a_place_even_after_the() -> None:
    a = run("The bid came from the Tolsey-based Kerrow Marine.", "2024-05-08")
    assert entity_types(a).get("Tolsey") == "GPE"
    assert ("Kerrow Marine", "Tolsey") in facts_by_pair(a, "located_in")


def test_a_nationality_or_a_league_before_a_kind_of_body_is_no_town() -> None:
    a = run("He was loaned to the Serravian club Atlético Ribamar for the season.", "2024-05-08")
    assert not facts_by_pair(a, "located_in")
    b = run("In 2023 it bought the Danish charging-station firm Ladestik.", "2024-05-08")
    assert not facts_by_pair(b, "located_in")
    c = run("He moved to the Bundesliga club Eintracht Vossberg in 2019.", "2024-05-08")
    assert not facts_by_pair(c, "located_in")


def test_an_investor_named_in_apposition_after_participation_from_put_money_in() -> None:
    a = run("Fernwick has raised £22 million in a funding round. The round, which closed last Friday, was led by Okapi Capital "
            "with participation from the Northern Growth Fund and an existing investor, Harrow Seed.", "2024-05-08")
    assert_event(a, "business.invest", {"agent": "Harrow Seed"})
    assert_event(a, "business.invest", {"agent": "Northern Growth Fund"})
    b = run("Pellard raised $12 million in a round led by Brisk Ventures, with backing from the Tollan Trust and a longtime "
            "backer, Mirrow Partners.", "2024-05-08")
    assert_event(b, "business.invest", {"agent": "Mirrow Partners"})


def test_joining_a_round_as_an_investor_is_an_investment_and_joining_as_an_officer_is_not() -> None:
    a = run("Veltor raised $38 million in a Series B round. Fallow Holdings, a family office, joined as a new investor.", "2024-05-08")
    assert_event(a, "business.invest", {"agent": "Fallow Holdings"})
    b = run("Brill Capital joined as an investor in 2021.", "2024-05-08")
    assert [e.time for e in typed(b, "business.invest")] == ["2021"]
    assert_event(b, "business.invest", {"agent": "Brill Capital"})
    c = run("Anna Kell joined as chief executive in 2019.", "2024-05-08")
    assert_no_event(c, "business.invest")


def test_a_new_body_to_be_called_x_is_where_it_will_be_based() -> None:
    a = run("Pampa Air and Cordill agreed to merge. The combined company, to be called Grupo Andes, will be based in Santiago.", "2024-05-08")
    assert ("Grupo Andes", "Santiago") in facts_by_pair(a, "located_in")
    assert ("Pampa Air", "Santiago") not in facts_by_pair(a, "located_in")
    b = run("Halvard and Brennmoor agreed to merge. The combined business, to be called Halvard Brennmoor, will have its "
            "headquarters in Oslo.", "2024-05-08")
    assert ("Halvard Brennmoor", "Oslo") in facts_by_pair(b, "located_in")
    assert ("Brennmoor", "Oslo") not in facts_by_pair(b, "located_in")
    c = run("Brisk Labs will be based in Leeds.", "2024-05-08")
    assert ("Brisk Labs", "Leeds") in facts_by_pair(c, "located_in")
    # a seat only wished or denied is none
    d = run("Brisk Labs might be based in Leeds.", "2024-05-08")
    assert not facts_by_pair(d, "located_in")
    e = run("Brisk Labs will not be based in Leeds.", "2024-05-08")
    assert not facts_by_pair(e, "located_in")


def test_a_player_of_a_country_is_no_home_but_a_person_of_a_town_is() -> None:
    a = run("Valentina Ruiz-Castro of Colombia won the Baltic Open on Sunday, beating the defending champion, Xu Lanfang of China.",
            "2024-05-08")
    assert not facts_by_pair(a, "located_in")
    b = run("Ruairi Gallagher of Ireland withdrew before the second round on Friday.", "2024-05-08")
    assert ("Ruairi Gallagher", "Ireland") not in facts_by_pair(b, "located_in")
    c = run("Martin Ashdown, 51, of Faversham, was charged.", "2024-05-08")
    assert ("Martin Ashdown", "Faversham") in facts_by_pair(c, "located_in")


def test_a_holiday_or_second_home_is_not_where_one_lives() -> None:
    a = run("Stoyan Velkov, 57, was arrested at his holiday home in Byala.", "2024-05-08")
    assert ("Stoyan Velkov", "Byala") not in facts_by_pair(a, "located_in")
    b = run("Marit Olsen spent the summer at her second home in Nice.", "2024-05-08")
    assert ("Marit Olsen", "Nice") not in facts_by_pair(b, "located_in")
    c = run("Stoyan Velkov died at his home in Byala.", "2024-05-08")
    assert ("Stoyan Velkov", "Byala") in facts_by_pair(c, "located_in")


def test_a_move_told_after_a_relative_clause_and_joined_to_the_name_is_the_named_persons() -> None:
    a = run("Jarrah Okwu, who was born in Perth, Australia, and moved to Sweden in 2015, said the company would grow.", "2024-05-08")
    assert facts_by_pair(a, "located_in")[("Jarrah Okwu", "Sweden")] == ("2015", None)
    b = run("Lena Voss, who trained in Vienna and later settled in Graz, retired.", "2024-05-08")
    assert ("Lena Voss", "Graz") in facts_by_pair(b, "located_in")
