"""Phrasings found in session 27 (memberships and business: a band's line-up change, a board reshuffle, a
national squad, a start-up's funding round), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_args, event_names, facts_by_pair


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


def _invests(a) -> list[tuple[str | None, str]]:
    """Each investment: (the investor's name, the target's name or words)."""
    out = []
    for e in a.events:
        if e.type == "business.invest":
            agent = next((a.entity(g.entity).name for g in e.args if g.role == "agent" and g.entity and a.entity(g.entity)), None)
            target = next((g.text for g in e.args if g.role == "target"), "")
            out.append((agent, target))
    return out


def test_an_investor_that_backed_a_company_round_invested_in_it() -> None:
    a = run("Tamsin Partners, which had backed Harvo's seed round in 2023, also took part.", "2024-05-08")
    assert (("Tamsin Partners", "Harvo's seed round") in _invests(a))
    b = run("Oakfield Capital backed Harvo Labs's Series A round in 2022.", "2024-05-08")
    assert [agent for agent, target in _invests(b) if "Harvo Labs" in target] == ["Oakfield Capital"]
    assert _invests(run("The union backed the first round of talks.", "2024-05-08")) == []


def test_each_investor_after_a_repeated_from_took_part() -> None:
    a = run("The round was led by Kestrel Ventures, with participation from Oakfield Capital and from Tamsin Partners.",
            "2024-05-08")
    assert sorted(agent for agent, _ in _invests(a)) == ["Kestrel Ventures", "Oakfield Capital", "Tamsin Partners"]
    b = run("Harvo Labs raised $20 million, with backing from the fund Oakfield Capital and from Tamsin Partners.", "2024-05-08")
    assert sorted(agent for agent, _ in _invests(b)) == ["Oakfield Capital", "Tamsin Partners"]


def test_a_company_sale_to_a_buyer_is_its_acquisition() -> None:
    a = run("She ran Kelvo Freight for nine years until its sale to the Danish shipping group Skelund in 2022.", "2024-05-08")
    assert event_names(a, "business.acquire", "agent") == ["Skelund"]
    assert event_names(a, "business.acquire", "patient") == ["Kelvo Freight"]
    b = run("The sale of Kelvo Freight to Skelund Group was completed in 2022.", "2024-05-08")
    assert event_names(b, "business.acquire", "agent") == ["Skelund Group"]
    # a stake, a building, tickets or a company's sales change no company's hands
    for text in ("The sale of its stake in Kelvo Freight to Skelund Group was completed in 2022.",
                 "The sale of the Kelvo Freight building to Skelund Group was completed in 2022.",
                 "Tickets went on sale on Monday at Kelvo Arena.", "Kelvo Freight's sales rose by a fifth in 2022."):
        assert event_names(run(text, "2024-05-08"), "business.acquire", "agent") == []


def test_whoever_replaces_a_departed_member_joins_the_body() -> None:
    a = run("The drummer Ferris Obanje quit the rock band Harrow Lamps in 2019; he was succeeded by Beatrix Vant.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert members[("Ferris Obanje", "Harrow Lamps")] == (None, "2019")
    assert members[("Beatrix Vant", "Harrow Lamps")] == ("2019", None)
    b = run("The folk band Harrow Lamps have parted company with their drummer, Pieter Ansell, who will be replaced by "
            "Tara Menzies-Goole.", "2024-05-08")
    assert ("Tara Menzies-Goole", "Harrow Lamps") in facts_by_pair(b, "member")
    # a post handed on says nothing of a membership
    c = run("Ida Moss quit the Civic League in 2019. She was replaced as treasurer by Tom Reyes.", "2024-05-08")
    assert ("Tom Reyes", "Civic League") not in facts_by_pair(c, "member")


def test_a_cofounder_of_a_band_is_a_member_from_the_founding() -> None:
    a = run("Delphine Ash, the bassist who co-founded the folk band Vesper Kilns with the singer Callum Ritt in 2009, is back.",
            "2024-05-08")
    assert facts_by_pair(a, "member")[("Callum Ritt", "Vesper Kilns")] == ("2009", None)
    b = run("Ada Moss co-founded the trio Harrow Lamps with Tom Reyes in 2011.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Tom Reyes", "Harrow Lamps")] == ("2011", None)


def test_a_band_membership_told_by_a_founding_or_a_statement_ends_with_the_leaving() -> None:
    a = run("Delphine Ash, the bassist who co-founded the folk band Vesper Kilns with the singer Callum Ritt in 2009, "
            "is back. Ash quit in 2017 to look after her young family.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Delphine Ash", "Vesper Kilns")] == ("2009", "2017")
    b = run("Tom Reyes, who played with the rock band Harrow Lamps from 2009, was dismissed in 2019.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Tom Reyes", "Harrow Lamps")] == ("2009", "2019")
    # joined again later: the membership stays open
    c = run("Delphine Ash co-founded the folk band Vesper Kilns in 2009. She quit in 2017 and rejoined the band in March.",
            "2024-05-08")
    assert facts_by_pair(c, "member")[("Delphine Ash", "Vesper Kilns")][1] is None


def test_a_player_called_up_by_a_country_is_a_member_of_its_team() -> None:
    a = run("Scotland called up the uncapped defender Tom Reyes on Tuesday.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Tom Reyes", "Scotland")] == ("2024-05-07", None)
    b = run("Tom Reyes, who was called up by Ireland in March, is 22.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Tom Reyes", "Ireland")] == ("2024-03", None)
    c = run("The Wales head coach, Aurel Brisk, has called up the Harbury Rovers striker Tom Reyes.", "2024-05-08")
    assert ("Tom Reyes", "Wales") in facts_by_pair(c, "member")
    # a company recalling someone from a city makes no player
    d = run("The company recalled Tom Reyes from Paris in March.", "2024-05-08")
    assert ("Tom Reyes", "Paris") not in facts_by_pair(d, "member")


def test_a_committee_one_is_named_to_or_joins_is_a_membership_not_a_post() -> None:
    a = run("Anna Berg was appointed to the audit committee in 2014.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Anna Berg", "audit committee")] == ("2014", None)
    assert ("Anna Berg", "audit committee") not in facts_by_pair(a, "role")
    b = run("Anna Berg joined the justice committee in 2020.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Anna Berg", "justice committee")] == ("2020", None)
    # the chair of a committee holds a post
    c = run("Anna Berg was appointed chair of the audit committee in 2014.", "2024-05-08")
    assert ("Anna Berg", "chair of the audit committee") in facts_by_pair(c, "role")


def test_made_someone_his_captain_is_an_appointment() -> None:
    a = run("The coach has made Tobias Lind his new captain.", "2024-05-08")
    assert event_names(a, "career.appoint", "patient") == ["Tobias Lind"]
    assert [e["role"] for e in event_args(a, "career.appoint")] == ["new captain"]
    b = run("She made Tobias Lind her deputy in 2019.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Tobias Lind"]
    # what something made of someone is no post
    assert event_names(run("The win made Tobias Lind a star.", "2024-05-08"), "career.appoint", "patient") == []


def test_a_company_named_as_a_rival_or_competitor_is_an_organisation() -> None:
    a = run("Harvo said it had agreed to buy its smaller Danish rival Pindle for an undisclosed sum. Its chief executive, "
            "Freja Moss, will join Harvo.", "2024-05-08")
    assert entity_types(a)["Pindle"] == "ORG"
    b = run("Kelvo Freight, which bought its Dutch competitor Tessla in 2020, cut 40 jobs.", "2024-05-08")
    assert entity_types(b)["Tessla"] == "ORG"
    # a person's rival named by a person's name stays a person
    assert entity_types(run("She beat her rival Tom Hale in the final.", "2024-05-08"))["Tom Hale"] == "PERSON"


def test_a_seat_on_a_board_is_no_post_called_board() -> None:
    a = run("Sir Anthony Gorr, appointed to the board in 2011, will retire in May.", "2024-05-08")
    assert all(value != "board" for (_, value) in facts_by_pair(a, "role"))
    b = run("Anna Berg was appointed to the board of Kelvo Freight in 2019.", "2024-05-08")
    assert all(value != "board" for (_, value) in facts_by_pair(b, "role"))
    assert facts_by_pair(b, "employee")[("Anna Berg", "Kelvo Freight")] == ("2019", None)
