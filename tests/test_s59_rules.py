"""Session 59: rules found reading development misses and the probes, each tested on an invented article (other names,
other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args


def _appointed(a) -> list[tuple]:
    return [(e.type, e.time, e.certainty, {x.role: x.text for x in e.args}.get("role")) for e in a.events if e.type == "career.appoint"]


def test_the_elected_one_sworn_in_later_takes_the_post() -> None:
    a = run("Odile Marchetti-Vance was elected mayor of Brantwick on Tuesday, beating two rivals. She will be sworn in on "
            "January 8.", "2026-11-05")
    assert _appointed(a) == [("career.appoint", "2027-01-08", "speculative", "mayor")]
    # ... but not an oath years after the election (another post, another story), nor the oath of one never elected
    b = run("Odile Marchetti-Vance was elected mayor of Brantwick in 2019. She was sworn in on Friday after the court hearing.",
            "2026-11-05")
    assert _appointed(b) == []
    c = run("Odile Marchetti-Vance was elected mayor of Brantwick on Tuesday. Her rival, Piet Oosterbaan, was sworn in on "
            "Friday before giving evidence.", "2026-11-05")
    assert [row.get("patient") for row in named_args(c, "career.appoint")] == []


def test_an_object_read_into_the_time_after_it_is_the_verbs() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "She had joined the charity weeks earlier.", as the model parses it: "the charity weeks" one phrase counted back
    # by "earlier", the verb without an object, the recogniser's date over all four words
    words = ["She", "had", "joined", "the", "charity", "weeks", "earlier", "."]
    heads = [2, 2, 2, 5, 5, 6, 2, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "compound", "npadvmod", "advmod", "punct"]
    tags = ["PRP", "VBD", "VBN", "DT", "NN", "NNS", "RBR", "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents))
    assert (doc[4].dep_, doc[4].head.i, doc[3].head.i) == ("dobj", 2, 4)
    doc = nlp.time_objects(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("weeks earlier", "DATE")]
    # ... a time the parser kept apart from the object is left whole
    words2 = ["She", "had", "joined", "the", "charity", "two", "weeks", "earlier", "."]
    heads2 = [2, 2, 2, 4, 2, 6, 7, 2, 2]
    deps2 = ["nsubj", "aux", "ROOT", "det", "dobj", "nummod", "npadvmod", "advmod", "punct"]
    tags2 = ["PRP", "VBD", "VBN", "DT", "NN", "CD", "NNS", "RBR", "."]
    ents2 = ["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc2 = nlp.time_objects(nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=heads2, deps=deps2, tags=tags2,
                                                       ents=ents2)))
    assert [(e.text, e.label_) for e in doc2.ents] == [("two weeks earlier", "DATE")] and doc2[4].head.i == 2


def test_one_who_joined_the_body_weeks_earlier_was_hired_by_it() -> None:
    a = run("The Harlow Vale Food Bank lost £80,000 to the scheme. It came to light in May 2023, when the treasurer, Dorota "
            "Kwiatek-Hale, who had joined the food bank weeks earlier, spotted the payments.", "2024-10-10")
    assert [(row.get("patient"), row.get("organization")) for row in named_args(a, "career.hire")] == \
        [("Dorota Kwiatek-Hale", "Harlow Vale Food Bank")]


def test_what_a_paper_reveals_it_publishes() -> None:
    a = run("Councillor Hettie Brannagh quit on Monday, a week after the Dunmore Clarion revealed that she had hidden a loan "
            "from a developer.", "2024-10-10")
    assert [row.get("agent") for row in named_args(a, "report.publish")] == ["Dunmore Clarion"]
    # ... but a company revealing its plans publishes nothing
    b = run("Harlow Freight revealed on Monday that it would close its depot in Dunmore.", "2024-10-10")
    assert named_args(b, "report.publish") == []


def test_leaving_after_a_stint_at_a_body_leaves_that_body() -> None:
    a = run("Okonkwo-Brandt spent eight years at the engineering firm Halvard Lomax before leaving in 2018 to found Tessaly.",
            "2024-10-10")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(a, "career.resign")] == \
        [("Okonkwo-Brandt", "Halvard Lomax")]
    b = run("Yvonne Achterberg worked as an analyst at the lender Corran Mutual for a decade before leaving in 2015.", "2024-10-10")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(b, "career.resign")] == \
        [("Yvonne Achterberg", "Corran Mutual")]
    # ... and the leaving told after a comma: the body of the stint, not one of the clause after it
    e = run("Okonkwo-Brandt spent eight years at the engineering firm Halvard Lomax, leaving in 2018 to build the boat that "
            "became Tessaly Marine's first product.", "2024-10-10")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(e, "career.resign")] == \
        [("Okonkwo-Brandt", "Halvard Lomax")]
    # ... not a place left ("before leaving the country"), nor a stint with no body
    c = run("Yvonne Achterberg worked as an analyst at the lender Corran Mutual for a decade before leaving the country in 2015.",
            "2024-10-10")
    assert named_args(c, "career.resign") == []
    d = run("Yvonne Achterberg spent a decade in Lisbon before leaving in 2015.", "2024-10-10")
    assert named_args(d, "career.resign") == []


def test_a_prize_handed_at_a_ceremony_was_won_there() -> None:
    a = run("The Kestrel Bay writer Mairead Oyelaran-Finch has won the Tessaly Prize for her debut novel, The Lantern Orchard. "
            "The prize was presented on Wednesday night at a ceremony at the Granary Rooms in Pellbrook.", "2024-10-10")
    wins = [e for e in a.events if e.type == "career.win"]
    assert [({x.role: x.text for x in e.args}.get("place") in ("Granary Rooms", "Pellbrook"), e.time) for e in wins] == \
        [(True, "2024-10-09")]
    # ... but with two wins of the night told, the prize handed is not told apart
    b = run("Mairead Oyelaran-Finch has won the Tessaly Prize for fiction. Osric Vane won the Dorran Medal for poetry. The "
            "prizes were presented on Wednesday night at a ceremony at the Granary Rooms in Pellbrook.", "2024-10-10")
    assert len([e for e in b.events if e.type == "career.win"]) == 2
    assert all({x.role for x in e.args}.isdisjoint({"place"}) for e in b.events if e.type == "career.win")


def test_a_nomination_received_for_a_part_is_for_the_work_it_was_played_in() -> None:
    a = run("Orla Fenwick-Daly received her second Harrow Screen Award nomination on Monday for her performance in Salt "
            "Meadows.", "2024-10-10")
    assert [(row.get("patient"), row.get("work")) for row in named_args(a, "career.nominate")] == [("Orla Fenwick-Daly", "Salt Meadows")]
    # ... not for a cause the verb states ("received a nomination for best newcomer"): no work
    b = run("Orla Fenwick-Daly received her second Harrow Screen Award nomination on Monday for best newcomer.", "2024-10-10")
    assert [row.get("work") for row in named_args(b, "career.nominate")] == [None]


def test_a_person_honoured_for_a_work_is_a_person_and_a_work() -> None:
    from handmade import entity_types

    # (the recogniser takes "Helena Strand-Obi for Lanterns of Ash" as one organisation's name)
    a = run("This year's Carrow Medal was awarded to the poet Helena Strand-Obi for Lanterns of Ash.", "2024-10-10")
    assert entity_types(a).get("Helena Strand-Obi") == "PERSON" and entity_types(a).get("Lanterns of Ash") == "WORK"
    assert [(row.get("agent"), row.get("work")) for row in named_args(a, "career.win")] == [("Helena Strand-Obi", "Lanterns of Ash")]
    # ... but a body's name holding "for" stays whole
    b = run("Klaus Brandt, a scientist at the Anna Lindqvist Centre for Ocean Research, led the study.", "2024-10-10")
    assert entity_types(b).get("Anna Lindqvist Centre for Ocean Research") == "ORG"


def test_a_prize_for_her_installation_is_for_the_work() -> None:
    a = run("The artist Wren Okafor-Dahl was shortlisted for the Tessaly Prize for her installation The Glass Orchard.", "2024-10-10")
    assert [(row.get("award"), row.get("work")) for row in named_args(a, "career.nominate")] == [("Tessaly Prize", "The Glass Orchard")]
    # ... but a category stays the award
    b = run("The artist Wren Okafor-Dahl was shortlisted for best installation at the Tessaly Awards.", "2024-10-10")
    assert [row.get("work") for row in named_args(b, "career.nominate")] == [None]


def test_a_prize_described_by_its_first_giving_is_no_win() -> None:
    a = run("The Rossall Medal, first awarded in 1987, went to the engineer Petra Kowalczyk-Hale on Monday.", "2024-10-10")
    assert [(row.get("agent"), e.time) for row, e in zip(named_args(a, "career.win"), [e for e in a.events if e.type == "career.win"],
                                                          strict=True)] == [("Petra Kowalczyk-Hale", "2024-10-07")]
    # ... but one described by its giving to someone is a win
    b = run("The Rossall Medal, awarded to the engineer Petra Kowalczyk-Hale on Monday, comes with a grant.", "2024-10-10")
    assert [row.get("agent") for row in named_args(b, "career.win")] == ["Petra Kowalczyk-Hale"]


def test_a_unit_set_up_inside_a_body_does_not_found_the_body() -> None:
    a = run("The chemist Odile Fairweather was hired by Carrow Polytechnic in 2017 to set up its battery laboratory.", "2024-10-10")
    assert named_args(a, "business.found") == []
    # ... but a body set up with its own name is founded
    b = run("The chemist Odile Fairweather left Carrow Polytechnic in 2017 to set up Tessera Cells.", "2024-10-10")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(b, "business.found")] == \
        [("Odile Fairweather", "Tessera Cells")]


def test_a_past_year_closing_a_relative_clause_is_the_clauses() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "Okonjo, 41, who set up Farrowlight with a school friend, Ines Tarr, in 2018, will become finance director.", as the
    # model parses such a sentence: "in 2018" hung on "become", the verb ahead
    words = ["Okonjo", ",", "41", ",", "who", "set", "up", "Farrowlight", "with", "a", "school", "friend", ",", "Ines", "Tarr", ",",
             "in", "2018", ",", "will", "become", "finance", "director", "."]
    heads = [20, 0, 0, 0, 5, 0, 5, 5, 5, 11, 11, 8, 11, 14, 11, 20, 20, 16, 20, 20, 20, 22, 20, 20]
    deps = ["nsubj", "punct", "appos", "punct", "nsubj", "relcl", "prt", "dobj", "prep", "det", "compound", "pobj", "punct",
            "compound", "appos", "punct", "prep", "pobj", "punct", "aux", "ROOT", "compound", "attr", "punct"]
    tags = ["NNP", ",", "CD", ",", "WP", "VBD", "RP", "NNP", "IN", "DT", "NN", "NN", ",", "NNP", "NNP", ",", "IN", "CD", ",", "MD",
            "VB", "NN", "NN", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[16].head.i == 5
    # ... but a year told before a verb in the past stays the main verb's ("X, who set up Y, in 2018 became ...")
    tags2 = [*tags[:19], "VBD", "VBN", *tags[21:]]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=[*words[:19], "had", *words[20:]], heads=heads, deps=deps, tags=tags2))
    assert doc2[16].head.i == 20


def test_more_than_a_sum_or_a_count_is_no_prize() -> None:
    a = run("The founder, Imogen Castellane, earned more than £400,000 from the sale in 2022.", "2024-10-10")
    assert named_args(a, "career.win") == []
    b = run("Imogen Castellane won more than 30 races in her career.", "2024-10-10")
    assert named_args(b, "career.win") == []
    # ... but a prize told with its name is won
    c = run("Imogen Castellane won the Harcourt Medal in 2022.", "2024-10-10")
    assert [row.get("agent") for row in named_args(c, "career.win")] == ["Imogen Castellane"]


def test_researchers_told_by_their_institution_stand_for_it() -> None:
    a = run("Scientists at the Harrowgate Marine Institute published a study on Monday showing that crabs can learn.", "2024-10-10")
    assert [row.get("agent") for row in named_args(a, "report.publish")] == ["Harrowgate Marine Institute"]
    # ... not a named researcher's own institution
    b = run("Dr Ines Vautrin of the Harrowgate Marine Institute published a study on Monday showing that crabs can learn.",
            "2024-10-10")
    assert [row.get("agent") for row in named_args(b, "report.publish")] == ["Ines Vautrin"]


def test_a_city_that_is_also_a_first_name_after_in_is_the_city() -> None:
    from handmade import entity_types

    # (the recogniser takes this "Valencia" for a person)
    a = run("Maren Solberg finished first in the 10,000 metres at the national championships in Valencia on Saturday.", "2024-10-10")
    assert entity_types(a).get("Valencia") == "GPE"
    # ... but one called by that name, as a subject, stays a person
    b = run("Valencia Ortiz finished first in the 10,000 metres at the national championships on Saturday.", "2024-10-10")
    assert entity_types(b).get("Valencia Ortiz") == "PERSON"


def test_a_name_before_marriage_is_the_first_part_of_a_double_surname() -> None:
    from handmade import entity_types

    a = run("Halina Wrobel-Dunn, the chemist, has died aged 88. Halina Wrobel was born in Gdynia in 1936 and studied in Leeds.",
            "2024-10-10")
    people = [e for e in a.entities if e.type == "PERSON"]
    assert len(people) == 1 and {m.text for m in people[0].mentions} >= {"Halina Wrobel-Dunn", "Halina Wrobel"}
    # ... but another first name is another person
    b = run("Halina Wrobel-Dunn, the chemist, has died aged 88. Her sister, Irena Wrobel, said she died at home.", "2024-10-10")
    assert {"Halina Wrobel-Dunn", "Irena Wrobel"} <= set(entity_types(b))


def test_a_paper_told_after_its_claim_undated_is_its_source_not_a_publication() -> None:
    a = run("The singer was seen leaving a restaurant in Calvay with her co-star on Sunday, the Harlow Gazette reported.", "2024-10-10")
    assert named_args(a, "report.publish") == []
    b = run("Councillor Ruth Dane was reported by the Harlow Echo to be considering a run for mayor.", "2024-10-10")
    assert named_args(b, "report.publish") == []
    # ... but a paper's report told first, and dated, is a report published that day
    c = run("The Harlow Gazette reported on Tuesday that the singer had left a restaurant in Calvay.", "2024-10-10")
    assert [row.get("agent") for row in named_args(c, "report.publish")] == ["Harlow Gazette"]
