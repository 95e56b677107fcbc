"""Session 52: arguments that hang on an entity's type or on a fact told with the event -- invented sentences through the
real pipeline, with the near misses each rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, named_args


def test_the_body_of_a_post_the_leaving_itself_ended_is_the_body_left() -> None:
    # "Garrow's chief executive, X, resigned": the post is told with its body and ended by this leaving
    a = run("Garrow Drivetrain said it would shut its plant. The news came hours after Garrow Drivetrain's chief executive, "
            "Pieter Vanloo, resigned. Vanloo joined the Essen-based group in 2019 from Kellerby Trucks.")
    rows = [row for row in named_args(a, "career.resign") if row.get("agent") == "Pieter Vanloo"]
    assert [row.get("organization") for row in rows] == ["Garrow Drivetrain"]


def test_a_leaving_with_two_bodies_and_no_post_told_stays_unplaced() -> None:
    a = run("Pieter Vanloo worked for Garrow Drivetrain and for Kellerby Trucks. Vanloo resigned in May.")
    assert all(row.get("organization") is None for row in named_args(a, "career.resign"))


def test_a_description_that_is_the_name_lower_cased_is_that_body() -> None:
    # "the central bank" after "the Central Bank of Norland": "central" points to no other bank here
    a = run("Kaveh Mirzan, a former deputy governor of the Central Bank of Norland, is the new finance minister. "
            "Mirzan left the central bank in 2021 to teach economics.")
    assert entity_types(a).get("Central Bank of Norland") == "ORG"
    rows = named_args(a, "career.resign")
    assert any(row.get("organization") == "Central Bank of Norland" or row.get("left") == "Central Bank of Norland" for row in rows)


def test_the_central_bank_with_no_such_name_is_left_alone() -> None:
    a = run("Kaveh Mirzan worked at Hexworth Bank for a decade. He left the central bank in 2021.")
    assert all("Hexworth Bank" not in row.values() for row in named_args(a, "career.resign"))


def test_a_body_word_before_of_makes_a_name_a_body() -> None:
    # the recognizer reads "Central Bank of Estrelia" as a place, by the place after "of"
    a = run("Tomas Berg, a former governor of the Central Bank of Estrelia, is the new finance minister.")
    assert entity_types(a).get("Central Bank of Estrelia") == "ORG"


def test_a_start_up_in_apposition_makes_a_coined_name_a_firm() -> None:
    # the tagger reads "start" of "start-up" as a verb; the noun is still the firm's kind
    a = run("COPENHAGEN — Sonnika, a Danish start-up best known for software that tunes hearing aids, launched its first "
            "earbuds on Tuesday.")
    assert entity_types(a).get("Sonnika") == "ORG"


def test_a_person_described_by_a_person_noun_stays_a_person() -> None:
    a = run("COPENHAGEN — Signe Holm, a Danish long-jumper best known for her comeback, retired on Tuesday.")
    assert entity_types(a).get("Signe Holm") == "PERSON"


def test_a_trade_word_closing_a_name_makes_it_a_firm() -> None:
    # "Transport", "Biscuits": the last word says what the firm does, whatever the first word looks like
    a = run("Tamsworth was formed by a merger of two bakers, Hollinbury Bakeries and Thornleigh Biscuits. "
            "The Kelso haulier Brannock Transport went into administration in 2022.")
    types = entity_types(a)
    assert types.get("Thornleigh Biscuits") == "ORG"
    assert types.get("Brannock Transport") == "ORG"


def test_left_to_run_a_named_firm_is_a_hiring_there() -> None:
    a = run("Her predecessor, Philomena Sorel, left in 2021 to run the Dutch insurer Veldkamp Groep.")
    rows = named_args(a, "career.hire")
    assert [(row.get("patient"), row.get("organization")) for row in rows] == [("Philomena Sorel", "Veldkamp Groep")]
    assert [e.time for e in a.events if e.type == "career.hire"] == ["2021"]
    assert all(row.get("organization") != "Veldkamp Groep" for row in named_args(a, "career.resign"))  # not the body left


def test_left_to_teach_at_a_named_body_is_a_hiring_there() -> None:
    a = run("Kaveh Mirzan left the central bank in 2021 to teach economics at Tornby University.")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == [
        ("Kaveh Mirzan", "Tornby University")]


def test_left_to_run_an_unnamed_studio_is_no_hiring() -> None:
    a = run("Piet Ravel, who left the band in 2009 to run a recording studio in Arvelo, has agreed to rejoin.")
    assert named_args(a, "career.hire") == [] or all(row.get("patient") != "Piet Ravel" or row.get("organization")
                                                      for row in named_args(a, "career.hire"))


def test_the_new_post_is_a_name_is_an_appointment() -> None:
    a = run("The new finance minister is Kaveh Mirzan, 52, a former deputy governor of the central bank.")
    rows = named_args(a, "career.appoint")
    assert [row.get("patient") for row in rows] == ["Kaveh Mirzan"]
    assert "finance minister" in (rows[0].get("role") or "")


def test_the_new_post_of_one_who_joins_is_the_hiring_s_post() -> None:
    # "who joins from Y": a hiring told beside it; the post is that hiring's, no second event
    a = run("Fernlow raised £22 million. The company's new chief executive is Rosa Tremayne, who joins from the software firm "
            "Menhall Systems, where she ran the European business for six years.")
    assert named_args(a, "career.appoint") == []
    assert [row.get("patient") for row in named_args(a, "career.hire")] == ["Rosa Tremayne"]


def test_a_new_thing_that_is_a_name_is_no_appointment() -> None:
    a = run("Her new film is The Long Quiet. The new album is Paper Orchards.")
    assert named_args(a, "career.appoint") == []


def test_the_new_post_restating_an_appointment_is_that_appointment() -> None:
    a = run("Kelby Bank appointed Anna Berg as chief executive on Monday. The new chief executive, 52, ran the bank's Oslo "
            "office. The bank's new chief executive is Anna Berg, a former trader.")
    assert len(named_args(a, "career.appoint")) == 1


def test_the_new_post_beside_another_job_is_an_appointment_of_its_own() -> None:
    # a hiring at a university told elsewhere is another job, not this post
    a = run("Kaveh Mirzan left the central bank in 2021 to teach economics at Tornby University. The new finance minister "
            "is Kaveh Mirzan.")
    assert [row.get("patient") for row in named_args(a, "career.appoint")] == ["Kaveh Mirzan"]


def test_a_firm_s_full_name_after_its_kind_keeps_its_last_word() -> None:
    # NER: "Castlebury Axles" a person, "Castlebury" a firm elsewhere; "the engineering firm" says the whole is the firm
    a = run("The plant was opened in 1974 by the engineering firm Castlebury Axles, which Drossmann bought in 2011. "
            "Castlebury had made axles since 1950, and Castlebury workers staged a strike last year.")
    types = entity_types(a)
    assert types.get("Castlebury Axles") == "ORG"
    assert "Castlebury" not in types  # the short form is the same firm


def test_a_name_the_tagger_reads_as_common_words_after_its_kind_is_whole() -> None:
    # "Merrion" a noun and "Tewkes" a verb to the tagger, no entity to the recognizer: one firm's name after "the bank"
    a = run("Born in Porto, Serrador came to London as a student and worked as a trader at the investment bank Merrion Tewkes "
            "for nine years before leaving in 2016.")
    assert entity_types(a).get("Merrion Tewkes") == "ORG"


COUPLE = ("The actor Tobi Adeyemi and the singer Linnea Sandberg are engaged, the couple announced on Thursday.\n\n"
          "The two met three years ago on the set of a music video.\n\n"
          "Sandberg was previously married to the record producer Gustav Rennholm. The pair wed in Gothenburg in 2016 and "
          "divorced four years later.\n\n")


def test_the_couple_a_paragraph_after_a_former_marriage_is_the_story_s_couple() -> None:
    a = run(COUPLE + "The couple now divide their time between London and Stockholm. They plan to marry in Stockholm next summer.")
    partners = [{row.get("agent"), row.get("partner")} for row in named_args(a, "life.marry")]
    assert {"Tobi Adeyemi", "Linnea Sandberg"} in partners
    # the former husband's only marriage is the one of 2016
    assert [e.time for e in a.events if e.type == "life.marry" and any(
        g.entity and a.entity(g.entity).name == "Gustav Rennholm" for g in e.args)] == ["2016"]


def test_the_couple_in_the_paragraph_of_the_former_marriage_is_that_pair() -> None:
    a = run(COUPLE.rstrip("\n") + " The couple had no children.")
    groups = [e for e in a.entities if e.type == "PERSON" and any(m.text == "The couple" for m in e.mentions)]
    assert groups and all("Rennholm" in g.name for g in groups)


def test_an_age_before_a_post_of_somewhere_describes_the_one_just_named() -> None:
    # "The 47-year-old former mayor of X": the "of" phrase does not make it someone else, the age says who
    a = run("Kjersti Vangsnes was sworn in as prime minister on Tuesday. The 47-year-old former mayor of Tornby took the "
            "oath in parliament.")
    people = {e.name: e.attrs.get("age") for e in a.entities if e.type == "PERSON"}
    assert people.get("Kjersti Vangsnes") == 47


def test_the_wife_of_someone_is_still_someone_else() -> None:
    a = run("Kjersti Vangsnes was sworn in as prime minister on Tuesday. The wife of the mayor of Tornby took the oath too.")
    assert all(m.text.lower() != "the wife" for e in a.entities if e.name == "Kjersti Vangsnes" for m in e.mentions)


def test_a_product_label_after_engaged_in_is_a_place() -> None:
    a = run("Sienna Vallancourt and Rafe Odunsi got engaged in Mykonos in August 2022.")
    assert [row.get("place") for row in named_args(a, "life.engage")] == ["Mykonos"]


def test_both_and_an_age_give_each_of_a_pair_that_age() -> None:
    a = run("Saskia Morrowfield and Dario Lavalliere have split after four years. The pair, both 34, met in 2020 on a film set.")
    ages = {e.name: e.attrs.get("age") for e in a.entities if e.type == "PERSON" and not e.name.count(" and ")}
    assert ages == {"Saskia Morrowfield": 34, "Dario Lavalliere": 34}
    b = run("Saskia Morrowfield and Dario Lavalliere, both aged 34, have split.")
    assert {e.name: e.attrs.get("age") for e in b.entities if e.type == "PERSON"} == {"Saskia Morrowfield": 34, "Dario Lavalliere": 34}


def test_both_of_whom_is_no_age() -> None:
    a = run("Saskia Morrowfield and Dario Lavalliere have split. The pair, both of whom live in Paris, met in 2020.")
    assert all(e.attrs.get("age") is None for e in a.entities if e.type == "PERSON")


def test_an_age_before_a_newly_listed_person_noun_is_the_one_just_named() -> None:
    # "astronomer", "curator" are people's nouns: "The 34-year-old curator and critic, who ..." is the one just named
    a = run("BERLIN — Selin Aydemir is sitting at a desk in the old tram depot that she turned into a gallery.\n\n"
            "The 34-year-old curator and critic, who was born in Duisburg, has had the busiest year of her career.")
    assert {e.name: e.attrs.get("age") for e in a.entities if e.type == "PERSON"}.get("Selin Aydemir") == 34
    b = run("Last year's medal went to the astronomer Beatrix Hallowmere, for her mapping of dwarf galaxies.")
    assert [row.get("agent") for row in named_args(b, "career.win")] == ["Beatrix Hallowmere"]


def test_a_trade_noun_before_a_coined_name_makes_it_a_firm() -> None:
    # "the drugmaker X", "the chipmaker X": NER read a person and a product
    assert entity_types(run("The drugmaker Velmora said on Monday that trials had failed.")).get("Velmora") == "ORG"
    assert entity_types(run("She worked for the chipmaker Tallis before joining the bank.")).get("Tallis") == "ORG"
