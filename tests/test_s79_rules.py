"""Session 79: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import timed_events as _events


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_a_headline_bare_person_noun_is_the_lead_described_so() -> None:
    a = run("Geologist behind deep-sea mapping wins Harrowgate Medal\n\nOSLO — Ingrid Fallvik-Amundsen, a geologist whose "
            "maps of the ocean floor guide cable layers, has won the Harrowgate Medal, the Tessel Society said on Tuesday.",
            "2025-03-13")
    wins = [g for _, g, _ in _events(a, "career.win")]
    assert wins == [{"agent": "Ingrid Fallvik-Amundsen", "award": "Harrowgate Medal"}]
    # ... only the story's first-named person, and only with the headline's own words: "finance minister" is not her
    b = run("Finance minister quits in row over budget\n\nPrime Minister Halla Brynjolfsdottir lost her finance minister on "
            "Sunday when Einar Thorvaldsson resigned over the budget.", "2025-03-13")
    person = next(e for e in b.entities if e.name == "Halla Brynjolfsdottir")
    assert not any(m.text.lower() == "finance minister" for m in person.mentions)


def test_a_year_owning_the_prize_won_is_its_edition_not_the_day() -> None:
    a = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics, the Hallam Trust announced on "
            "Thursday.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(a, "career.win")] == ["2025-10-09"]
    # ... a year the sentence alone gives still dates it
    b = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(b, "career.win")] == ["2025"]


def test_a_headline_quitting_government_is_not_also_the_party_left() -> None:
    a = run("Brennvoll quits government, defects to opposition\n\nVARNHOLM, March 12 (Norwire) — Junior fisheries "
            "minister Aksel Brennvoll resigned from the government on Monday and announced he was leaving the governing "
            "Civic Harbour Party to join the opposition Tidewater Alliance.", "2019-03-12")
    left = sorted(str(g.get("organization")) for _, g, _ in _events(a, "career.resign"))
    assert left == ["Civic Harbour Party", "the government"]


def test_an_age_in_words_after_a_name() -> None:
    a = run("Femke Arnholt and Joost Arnholt have separated. They have two sons, Piet Arnholt, eleven, and Joris Arnholt, four.",
            "2024-06-01")
    ages = {e.name: e.attrs.get("age") for e in a.entities}
    assert (ages["Piet Arnholt"], ages["Joris Arnholt"]) == (11, 4)
    assert sorted((str(t), g.get("child")) for t, g, _ in _events(a, "family.child")) == [("2012", "Piet Arnholt"),
                                                                                         ("2019", "Joris Arnholt")]
    # ... not a word that only looks like one: "X, one of the founders"
    b = run("Ruud Veltman, one of the founders, left.", "2024-06-01")
    assert next(e for e in b.entities if e.name == "Ruud Veltman").attrs.get("age") is None


def test_a_name_with_an_age_after_an_aged_name_in_a_list_the_parser_broke_is_a_person() -> None:
    a = run("Pettigrew, 48, wants joint custody of their two children, Hamish, 9, and Beatrix, 6.", "2024-01-01")
    people = {e.name: e.attrs.get("age") for e in a.entities if e.type == "PERSON"}
    assert people.get("Beatrix") == 6


def test_a_signing_equated_with_a_player_takes_the_time_of_his_arrival() -> None:
    a = run("Harwick Rovers signed the striker Emil Stranddal on Friday. Rovers' previous record signing was the winger Joost "
            "Kerremans, who arrived from the Belgian side KV Oostmolen for £12m in the summer of 2021.", "2025-01-31")
    times = {g.get("patient"): str(t) for t, g, _ in _events(a, "career.hire")}
    assert times.get("Joost Kerremans") == "2021-SU"


def test_a_side_read_as_a_place_in_the_headline_told_with_a_plural_verb_in_the_body() -> None:
    a = run("Wexcombe City smash transfer record to land striker Elias Vantongeren\n\nWexcombe City have completed the signing "
            "of striker Elias Vantongeren from Real Ostrava for a club-record £30 million.", "2025-01-31")
    assert _types(a)["Wexcombe City"] == "ORG"


def test_a_club_word_alone_is_the_club_not_a_channel_named_with_it() -> None:
    a = run("Dorrington City smash transfer record to land striker Elias Vantongeren\n\nDorrington City have completed the "
            "signing of striker Elias Vantongeren from Real Ostrava for a club-record £30 million. \"He is a special player,\" "
            "manager Pol Erland told City TV. City have won two of their last ten games. City's previous record signing was the "
            "defender Tom Ashgrove.", "2025-01-31")
    club = next(e for e in a.entities if e.name == "Dorrington City")
    assert sum(m.text == "City" for m in club.mentions) == 2


def test_an_obituary_subject_over_her_daughters_named_in_a_list() -> None:
    a = run("Mirela Dragomir, the potter whose glazes were collected from Vienna to Kyoto, has died at her home in Sibiu. She "
            "was 88.\n\nHer death, on Sunday, was announced by her daughter Ilinca Varga, who has run the family studio since "
            "her mother retired in 2010. \"She could hear a flaw in a kiln from the street,\" she said.\n\nBorn in Cluj on 3 May "
            "1936, the only child of Horia Dragomir, a printer, and his wife, Veta Dragomir, a teacher, Mirela was sweeping "
            "floors in a brickworks at 14 and studying ceramics in Bucharest at 19. It was there, in 1958, that she met the "
            "sculptor Petru Varga, who had come to fire a bust. They married in Sibiu two years later and had two daughters, "
            "Ilinca and Sorina Varga, before divorcing in 1979.\n\nIn 1966 she founded Dragomir Ceramics in a former bakery in "
            "Sibiu.", "2025-01-10")
    assert [g.get("agent") for _, g, _ in _events(a, "business.found")] == ["Mirela Dragomir"]


def test_a_headline_style_sacking_with_a_gerund_after_a_preposition_later() -> None:
    a = run("Pellingham Rovers sacked manager Ilya Brondtvik on Sunday night, just six games into the new season and only days "
            "after completing the record signing of winger Tomas Pellew.", "2024-09-02")
    fired = [g for _, g, _ in _events(a, "career.fire")]
    assert fired and fired[0].get("patient") == "Ilya Brondtvik" and fired[0].get("agent") == "Pellingham Rovers"


def test_a_clause_after_a_semicolon_whose_verb_was_read_as_a_participle() -> None:
    a = run("The guitarist Ruben Ashcombe was previously married to the stylist Liesl Marrow; the pair, who share a nine-year-old "
            "son, Otto Ashcombe, divorced in 2019.", "2024-06-13")
    assert [(str(t), g.get("agent"), g.get("partner")) for t, g, _ in _events(a, "life.divorce")] == [
        ("2019", "Ruben Ashcombe", "Liesl Marrow")]


def test_a_name_set_off_after_a_noun_read_as_a_second_subject_is_its_apposition() -> None:
    import spacy
    from spacy.tokens import Doc

    from dateline import nlp

    words = ["Ada", "is", "engaged", "to", "her", "boyfriend", "of", "two", "years", ",", "the", "drummer", "Teo", "Brandt", ",",
             "her", "agent", "confirmed", "."]
    heads = [2, 2, 17, 2, 5, 3, 5, 8, 6, 17, 13, 13, 13, 17, 17, 16, 17, 17, 17]
    deps = ["nsubjpass", "auxpass", "ccomp", "prep", "poss", "pobj", "prep", "nummod", "pobj", "punct", "det", "compound",
            "compound", "nsubj", "punct", "poss", "nsubj", "ROOT", "punct"]
    tags = ["NNP", "VBZ", "VBN", "IN", "PRP$", "NN", "IN", "CD", "NNS", ",", "DT", "NN", "NNP", "NNP", ",", "PRP$", "NN", "VBD", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    nlp.verbs_with_objects(doc)
    assert (doc[13].head.text, doc[13].dep_) == ("boyfriend", "appos")
    # ... not a name that runs on into the next words ("..., Miami Breakers guard X")
    words[13:15] = ["Brandt", "guard"]
    tags[13:15] = ["NNP", "NN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    nlp.verbs_with_objects(doc)
    assert doc[13].dep_ == "nsubj"


def test_a_career_turn_inside_an_apposition_is_no_main_verb() -> None:
    a = run("Singer Philippa Courtenay and her husband, the former Ashvale Rovers midfielder turned radio presenter Jonah "
            "Weatherall, have welcomed their second child, a son.", "2025-02-07")
    parents = [sorted(a.entity(g.entity).name for g in e.args if g.role == "parent" and g.entity)
               for e in a.events if e.type == "family.child"]
    assert parents == [["Jonah Weatherall", "Philippa Courtenay"]]
