"""Phrasings found in session 27 (memberships and business: a band's line-up change, a board reshuffle, a
national squad, a start-up's funding round), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def test_a_band_named_after_a_kind_noun_with_modifiers_is_an_organisation() -> None:
    # "the indie rock band X": the kind noun says what the name is, though words stand between it and "the"
    a = run("The indie rock band Harrow Lamps have parted company with their drummer, Pieter Ansell. Nina Vale, "
            "who co-founded Harrow Lamps with the singer Joel Penrose in 2009, is returning. Harrow Lamps were formed "
            "while Penrose and Vale were students.", "2024-05-08")
    assert entity_types(a)["Harrow Lamps"] == "ORG"
    assert ("Pieter Ansell", "Harrow Lamps") in facts_by_pair(a, "member")
    b = run("Her late father played in the Glasgow post-punk quartet Velvet Ransoms. Velvet Ransoms were formed in "
            "1979 and signed by Pellow Records. Amy Crane co-founded Velvet Ransoms with Ian Gorse.", "2024-05-08")
    assert entity_types(b)["Velvet Ransoms"] == "ORG"


def test_a_band_named_with_its_own_article_after_the_kind_noun_is_an_organisation() -> None:
    a = run("Mia Dorn, a former member of the punk trio the Copperwick Saints, was named the drummer in January.", "2024-05-08")
    assert entity_types(a)["Copperwick Saints"] == "ORG"
    assert facts_by_pair(a, "member")[("Mia Dorn", "Copperwick Saints")] == (None, "PAST_REF")
    b = run("She played bass in the band the Velvet Harrows until 2019.", "2024-05-08")
    assert entity_types(b)["Velvet Harrows"] == "ORG"


def test_a_band_title_right_after_a_name_makes_the_name_a_band() -> None:
    # a headline: "X guitarist quits" -- the name is the band's, and its later mentions are too
    a = run("Tallow Finches guitarist quits on eve of tour\n\nLorcan Reyes has left the band, weeks before the "
            "Tallow Finches' first album in seven years. He co-founded the band in 2006.", "2024-05-08")
    assert entity_types(a)["Tallow Finches"] == "ORG"
    c = run("Marlow Hensley bassist steps down after row over royalties\n\nThe bassist, who joined Marlow Hensley in "
            "2015, said on Monday that he would leave.", "2024-05-08")
    assert entity_types(c)["Marlow Hensley"] == "ORG"
    # a first name before the title stays a person's name
    assert entity_types(run("Anna Lindqvist drummer and singer, performed in Oslo.", "2024-05-08")).get("Anna Lindqvist") == "PERSON"


def test_a_player_released_in_a_relative_clause_is_let_go() -> None:
    a = run("Missing from the squad is the winger Emil Hanvik, who was released by Lenbridge Rovers in July.", "2024-05-08")
    assert event_names(a, "career.fire", "patient") == ["Emil Hanvik"]
    assert facts_by_pair(a, "member")[("Emil Hanvik", "Lenbridge Rovers")] == (None, "2023-07")
    b = run("Tom Boyle, 24, whom Harbury Rovers released in March, has not found a new club.", "2024-05-08")
    assert event_names(b, "career.fire", "patient") == ["Tom Boyle"]
    assert event_names(b, "career.release", "agent") == []
