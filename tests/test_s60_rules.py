"""Session 60: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args, repaired

OBITUARY = ("Ingeborg Vasquez-Lund, the ceramicist whose hand-thrown bowls and celadon glazes were copied across northern "
            "Europe for half a century, died on Monday at a nursing home in Pelton. She was 88.\n\nHer daughter, Britta Lund, "
            "said the cause was heart failure.\n\nIngeborg Vasquez was born on 4 May 1936 in Orrinsby, the second of three "
            "children of a potter and a nurse. She studied art at the Calder School of Art, graduating in 1958, and two years "
            "later won a place at the Royal Renwick College, where she completed a diploma in 1961.\n\nAt Renwick she met Oskar "
            "Lund, a printmaker, whom she married in 1962. The couple had a daughter, Britta, and a son, Jens, and were married "
            "for 51 years, until his death in 2013.\n\nIn 1963 she was appointed head of ceramics at the Tollard School, and she "
            "became its principal in 1979.")


def test_a_pronoun_between_the_storys_subject_and_a_child_just_named_is_the_subject() -> None:
    a = run(OBITUARY, "2024-11-20")
    assert [(row.get("patient"), row.get("role")) for row in named_args(a, "career.appoint")] == \
        [("Ingeborg Vasquez-Lund", "head of ceramics"), ("Ingeborg Vasquez-Lund", "principal")]
    # ... but not when the other was told as a subject since the story's subject was last named
    b = run("Mayor Tobias Grennan-Hale resigned on Tuesday after the arrest of a senior official, saying he had done nothing "
            "wrong. Grennan-Hale, 61, who was first elected in 2018, said he could not lead the town while the inquiry went on."
            "\n\nThe head of planning, Radek Wolanski, 52, was arrested at his home in Fenby on Monday on suspicion of bribery. "
            "He was released on bail the following day. He has not been charged.", "2024-11-20")
    assert [(e.certainty, [a.name for a in b.entities if a.id in {x.entity for x in e.args}]) for e in b.events
            if e.type == "legal.charge"] == [("negated", ["Radek Wolanski"])]


def test_a_name_told_as_born_with_the_leads_first_name_is_the_birth_name() -> None:
    a = run("Marit Oyelaran, the glass artist whose windows fill three cathedrals, died on Friday in Tynset. She was 92.\n\n"
            "Her son, Kofi Oyelaran, confirmed the death.\n\nMarit Sofie Brekke was born on 3 June 1932 in Alvdal, the daughter "
            "of a ferryman. She studied at the Bergen Academy of Art.", "2024-11-20")
    assert [row.get("patient") for row in named_args(a, "life.born")] == ["Marit Oyelaran"]
    assert [(e.name, e.attrs.get("birth_name")) for e in a.entities if e.type == "PERSON"] == \
        [("Marit Oyelaran", "Marit Sofie Brekke"), ("Kofi Oyelaran", None)]
    # ... not a sister born later, of another first name, nor one whose first name someone else in the story shares
    b = run("Lotte Sandvik, the poet, died on Friday. She was 90.\n\nHer niece, Marit Brekke, said she died peacefully.\n\n"
            "Lotte Sandvik was born on 3 June 1934 in Alvdal. Her sister, Marit Sofie Haugen, was born two years later.", "2024-11-20")
    assert [row.get("patient") for row in named_args(b, "life.born")] == ["Lotte Sandvik", "Marit Sofie Haugen"]
    c = run("Marit Oyelaran, the glass artist, died on Friday. She was 92.\n\nHer niece, Marit Haugen, confirmed the death.\n\n"
            "Marit Sofie Brekke was born on 3 June 1932 in Alvdal.", "2024-11-20")
    assert [e.attrs.get("birth_name") for e in c.entities if e.type == "PERSON"] == [None, None, None]


def test_a_possessive_in_a_couples_clause_is_the_member_of_its_gender() -> None:
    a = run("Wilhelmina Strand, the architect, died on Friday. She was 90.\n\nShe met Piet Aalders, an engineer, in 1958 and "
            "married him a year later. The couple had two children, Helga and Tomas Aalders, and were married for 40 years, "
            "until his death in 1999.", "2024-11-20")
    assert [row.get("agent") for row in named_args(a, "life.die")] == ["Wilhelmina Strand", "Piet Aalders"]
    # ... a clause of one of the children is his own
    b = run("Wilhelmina Strand, the architect, died on Friday. She was 90.\n\nShe met Piet Aalders, an engineer, in 1958 and "
            "married him a year later. The couple had two children, Helga and Tomas Aalders. Tomas followed his father into "
            "engineering.", "2024-11-20")
    assert [ent.name for ent in b.entities for m in ent.mentions if m.text == "his"] == ["Tomas Aalders"]


def _band_story(name: str) -> str:
    return (f"{name} return with 'Tin Lanterns' - and say goodbye to a founder\n\n{name}'s second album, Tin Lanterns, was "
            "released on Friday to warm reviews of the Cardiff band's best work yet, but the drummer Owain Tegid will leave the "
            f"group when its tour ends. \"There isn't a version of {name} without Owain,\" the singer said.")


def test_a_name_the_recogniser_calls_a_place_that_has_an_album_is_a_band() -> None:
    for name in ("Lachlan Bay", "Hamish Bay"):  # (all three mentions a place; a place, a person, a place)
        a = run(_band_story(name), "2024-03-18")
        assert [(e.name, e.type) for e in a.entities if e.name == name] == [(name, "ORG")]
        assert named_args(a, "career.release") == [{"work": "Tin Lanterns", "agent": name}]
    # ... a place's harbour wall or its record rainfall leave it a place
    b = run("Storms hit Lachlan Bay again\n\nLachlan Bay's harbour wall, built in 1890, was breached on Friday, and Lachlan Bay's "
            "record rainfall of 2019 was beaten. Residents of Lachlan Bay said the sea had never come so far.", "2024-03-18")
    assert [e.type for e in b.entities if e.name == "Lachlan Bay"] in (["GPE"], ["LOC"])


def test_a_party_member_described_beside_the_governor_is_the_governor() -> None:
    a = run("Gov. Teodora Vanlandt signed a bill on Tuesday that caps rents in the state.\n\nThe measure passed the Senate after a "
            "campaign led by Sen. Aurelio Pastrana, a Republican from Dry Fork.\n\nThe governor, a Democrat who was elected in "
            "2018 and re-elected last November, used the same event to announce that she would create a housing office.",
            "2023-05-18")
    names = {e.id: e.name for e in a.entities}
    assert [([names.get(x.entity) for x in e.args if x.role == "patient"], e.time) for e in a.events if e.type == "politics.elect"] \
        == [(["Teodora Vanlandt"], "2018"), (["Teodora Vanlandt"], "2022-11")]
    assert [row.get("agent") for row in named_args(a, "politics.announce")] == ["Teodora Vanlandt"]
    roles = {(f.subject, f.value) for f in a.facts if f.relation == "role"}
    assert {(names[s], v) for s, v in roles} >= {("Teodora Vanlandt", "governor"), ("Aurelio Pastrana", "senator")}
    # ... a Democrat named is someone: "a Democrat, Jo Reyes, who was elected" stays Jo Reyes; "Dr." tells no post
    b = run("The seat went to a Democrat, Josefina Reyes, who was elected in 2018. Dr. Amal Whitcombe, who treated her, said "
            "she was well.", "2023-05-18")
    assert [row.get("patient") for row in named_args(b, "politics.elect")] == ["Josefina Reyes"]
    assert not any(f.relation == "role" and f.value in ("doctor", "dr") for f in b.facts)


def test_a_description_identified_as_a_name_is_that_person() -> None:
    a = run("A teacher was found dead in Leuven on Tuesday. The victim has been identified as Joris Vandael, a 34-year-old "
            "teacher at a school in the town.", "2026-01-09")
    assert [[m.text for m in e.mentions][:2] for e in a.entities if e.name == "Joris Vandael"] == [["The victim", "Joris Vandael"]]
    # ... not a description identified as another description ("as a local teacher": no name told)
    b = run("Mayor Ilse Roegiers visited the scene on Tuesday. The victim has been identified as a local teacher.", "2026-01-09")
    assert [[m.text for m in e.mentions] for e in b.entities if e.name == "Ilse Roegiers"] == [["Ilse Roegiers"]]


def test_a_name_read_as_a_verbs_clause_is_its_object() -> None:
    # "He left in 1961 to found Oosterbroek Rijwielen in a garage.", as the model parses it: the firm's name the
    # complement clause of "found", with nothing of a clause under it
    words = ["He", "left", "in", "1961", "to", "found", "Oosterbroek", "Rijwielen", "in", "a", "garage", "."]
    heads = [1, 1, 1, 2, 5, 1, 7, 5, 5, 10, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "compound", "ccomp", "prep", "det", "pobj", "punct"]
    tags = ["PRP", "VBD", "IN", "CD", "TO", "VB", "NNP", "NNP", "IN", "DT", "NN", "."]
    doc = repaired(words, heads, deps, tags)
    assert (doc[7].dep_, doc[7].head.i) == ("dobj", 5)
    # ... a name that heads a clause of its own stays one ("said Harwick would close the plant")
    words2 = ["She", "said", "Harwick", "would", "close", "."]
    heads2 = [1, 1, 4, 4, 1, 1]
    deps2 = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    tags2 = ["PRP", "VBD", "NNP", "MD", "VB", "."]
    doc2 = repaired(words2, heads2, deps2, tags2)
    assert [t.dep_ for t in doc2] == deps2


def test_a_leaving_after_a_stint_told_as_a_clause_leaves_the_stints_body() -> None:
    a = run("Marta Kowalczyk trained as a chemist in Lodz. She worked for nine years at the paint maker Farbwerk Lenz before she left, "
            "in 1994, to found Kowalczyk Farby in a garage in Gdansk.", "2016-01-01")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(a, "career.resign")] == [("Marta Kowalczyk", "Farbwerk Lenz")]
    # ... not one who left the country, nor a stint before someone else left
    b = run("Marta Kowalczyk trained as a chemist in Lodz. She worked for nine years at the paint maker Farbwerk Lenz before she left "
            "the country in 1994.", "2016-01-01")
    assert named_args(b, "career.resign") == []


def test_the_company_a_known_founder_started_is_the_one_she_founded() -> None:
    text = ("Harrowfield Data has agreed to buy Tallisk, a payroll software maker based in Brno, for £90 million. Under the terms "
            "of the deal, which still needs the approval of Tallisk's shareholders, the company's founder, Hana Ostrava, will stay "
            "on as chief executive of the business and join Harrowfield's executive committee. The 51-year-old, who started the "
            "company from a spare room in Brno in 2011, owns about a fifth of its shares.")
    a = run(text, "2019-03-12")
    assert [(row.get("agent"), row.get("organization")) for row in named_args(a, "business.found")] == [("Hana Ostrava", "Tallisk")]
    # ... a fund named after its founder stays hers, whatever the firm she is described as founding
    b = run("Ferrant Holdings named a new chair on Monday. Its largest shareholder is Ostrava Reach Capital. Hana Ostrava, the "
            "firm's founder, said she welcomed the move. Ostrava, 49, set up the fund in 2011.", "2019-03-12")
    assert [row.get("organization") for row in named_args(b, "business.found")] in ([], ["Ostrava Reach Capital"])


def test_a_name_born_on_a_date_is_a_person_whatever_the_recogniser_says() -> None:
    for name in ("Isadora", "Savannah", "Georgia", "Florence"):
        a = run("Maren Holt has filed for divorce from the chef Aldo Reyes, asking for joint custody of the couple's two children: "
                f"Fionn, who was born on March 4, 2016, and {name}, born on Jan. 9, 2019.", "2021-07-27")
        assert [e.type for e in a.entities if e.name == name] == ["PERSON"]
    # ... a town with no birth of its own stays a town, even beside a birth
    b = run("Fionn Holt was born on March 4, 2016, in Savannah, where the family lived until 2019.", "2021-07-27")
    assert [e.type for e in b.entities if e.name == "Savannah"] == ["GPE"]


def test_a_hiring_told_without_a_name_is_named_by_the_one_who_takes_the_post() -> None:
    a = run("Fenmoor Robotics raises £20m, hires former Amazon executive as chief\n\nFenmoor Robotics, the Cambridge-based maker of "
            "warehouse robots, has raised £20 million and hired a new chief executive as it prepares to expand into Germany.\n\n"
            "Priya Malhotra, 47, who spent a decade at Amazon, will take over as chief executive on March 1.", "2023-01-12")
    assert [(row.get("agent"), row.get("patient"), row.get("role")) for row in named_args(a, "career.hire")] == \
        [("Fenmoor Robotics", "Priya Malhotra", "chief executive")]
    assert named_args(a, "career.appoint") == []
    # ... not when the body itself names the one it hired (its own act, told again: an appointment)
    b = run("Fenmoor hires Amazon executive as chief\n\nFenmoor Robotics, the Cambridge-based maker of warehouse robots, has "
            "named Priya Malhotra as its chief executive. She will take over on March 1.", "2023-01-12")
    assert [row.get("patient") for row in named_args(b, "career.appoint")] == ["Priya Malhotra"]


def test_a_name_read_across_a_clause_word_is_two_names() -> None:
    from spacy.tokens import Doc

    from dateline import nlp
    from dateline.extract.name_repairs import split_at_clause_words
    from dateline.extract.name_spans import NameSpan

    # "Labour's Pennick takes Harrowby East as Okonkwo is named health minister", the recogniser's one person from
    # "Harrowby" to "Okonkwo"
    words = ["Labour", "'s", "Pennick", "takes", "Harrowby", "East", "as", "Okonkwo", "is", "named", "health", "minister"]
    doc = Doc(nlp.load().vocab, words=words)
    spans = split_at_clause_words(doc, [NameSpan(4, 8, "PERSON", "PERSON")])
    assert [(doc[s.start : s.end].text, s.label) for s in spans] == [("Harrowby East", "PERSON"), ("Okonkwo", "PERSON")]
    # ... a name's own small words stay in it ("Juan de la Cruz"), and a body's name is left to the body rules
    doc2 = Doc(nlp.load().vocab, words=["Juan", "de", "la", "Cruz", "said", "so"])
    assert [(s.start, s.end) for s in split_at_clause_words(doc2, [NameSpan(0, 4, "PERSON", "PERSON")])] == [(0, 4)]
    doc3 = Doc(nlp.load().vocab, words=["Bank", "as", "Lender", "Ltd"])
    assert [(s.start, s.end) for s in split_at_clause_words(doc3, [NameSpan(0, 4, "ORG", "ORG")])] == [(0, 4)]


def test_the_one_whose_count_a_winner_beat_lost() -> None:
    a = run("Amaka Odunsi won the Harlby West by-election for Labour on Thursday. Odunsi, a 41-year-old nurse, took 12,004 votes "
            "to the Green candidate Petra Lindqvist's 9,876 when the result was declared.", "2024-05-03")
    assert sorted((row.get("patient"), e.polarity) for row, e in zip(named_args(a, "politics.elect"),
                                                                     [e for e in a.events if e.type == "politics.elect"], strict=True)) \
        == [("Amaka Odunsi", "POS"), ("Petra Lindqvist", "NEG")]
    # ... a count of the party's own last time beats no one
    b = run("Amaka Odunsi won the Harlby West by-election for Labour on Thursday. Odunsi took 12,004 votes, up from the "
            "party's 9,876 in 2019.", "2024-05-03")
    assert [e.polarity for e in b.events if e.type == "politics.elect"] == ["POS"]


def test_the_noun_after_a_body_introduced_as_one_is_that_body() -> None:
    a = run("Corran Athletic have signed the winger Joao Pestana from Vastervik for £6 million, the club confirmed on Tuesday.\n\n"
            "The fee is a record for Vastervik, a club from western Sweden that was founded in 1911. The club went bankrupt in "
            "2009 and was bought by the investor Lars Brekke in 2014.", "2017-08-09")
    assert [(row.get("agent"), row.get("patient")) for row in named_args(a, "business.acquire")] == [("Lars Brekke", "Vastervik")]
    # ... not when the sentence before set up two bodies so
    b = run("Corran Athletic have signed the winger Joao Pestana from Vastervik for £6 million, the club confirmed on Tuesday.\n\n"
            "The fee beats one paid by Ostra, a club from Malmo, to Norrby, a club from Lund. The club was bought by the investor "
            "Lars Brekke in 2014.", "2017-08-09")
    assert [row.get("patient") for row in named_args(b, "business.acquire")] not in (["Ostra"], ["Norrby"])


def test_a_trade_noun_read_as_a_place_and_its_clause_is_one_noun() -> None:
    # "A Derby driving instructor who stole £90,000 was jailed yesterday.", as the model parses it: the town the subject,
    # "driving instructor" its participle clause, the relative clause hung on the participle
    words = ["A", "Derby", "driving", "instructor", "who", "stole", "£", "90,000", "was", "jailed", "yesterday", "."]
    heads = [1, 9, 1, 2, 5, 2, 7, 5, 9, 9, 9, 9]
    deps = ["det", "nsubjpass", "acl", "dobj", "nsubj", "ccomp", "nmod", "dobj", "auxpass", "ROOT", "npadvmod", "punct"]
    tags = ["DT", "NNP", "VBG", "NN", "WP", "VBD", "$", "CD", "VBD", "VBN", "NN", "."]
    doc = repaired(words, heads, deps, tags)
    assert [(doc[i].dep_, doc[i].head.i) for i in (0, 1, 2, 3, 5)] == \
        [("det", 3), ("compound", 3), ("amod", 3), ("nsubjpass", 9), ("relcl", 3)]
    # ... "a town" with its own article before the "-ing" word's object keeps its reading ("A Derby man driving a van")
    words2 = ["A", "Derby", "man", "driving", "a", "van", "was", "stopped", "."]
    heads2 = [2, 2, 7, 2, 5, 3, 7, 7, 7]
    deps2 = ["det", "compound", "nsubjpass", "acl", "det", "dobj", "auxpass", "ROOT", "punct"]
    tags2 = ["DT", "NNP", "NN", "VBG", "DT", "NN", "VBD", "VBN", "."]
    doc2 = repaired(words2, heads2, deps2, tags2)
    assert [t.dep_ for t in doc2] == deps2


def test_a_marriage_told_by_how_long_it_lasted_takes_no_day_from_its_end() -> None:
    text = ("Wilhelmina Strand, the architect who designed the Halvorsen Library, died on Friday at her home in Bergen. She was "
            "90.\n\nHer son, Jon Aalders, said the cause was heart failure.\n\nWilhelmina Strand was born on 4 May 1934 in "
            "Voss. She studied architecture at the Trondheim Institute, graduating in 1957.\n\nAt Trondheim she met Piet "
            "Aalders, an engineer, whom she married in 1958. The couple had two children, Helga and Jon Aalders, and were "
            "married for 41 years, until his death in 1999.")
    a = run(text, "2024-11-20")
    assert [e.time for e in a.events if e.type == "life.marry"] == ["1958"]
    # ... a marriage told only so is still told (with no day)
    b = run("Wilhelmina Strand was married for nine years to the actor Piet Aalders; they divorced in 2008.", "2024-11-20")
    assert [(row.get("partner"), e.time) for row, e in zip(named_args(b, "life.marry"),
                                                           [e for e in b.events if e.type == "life.marry"], strict=True)] \
        == [("Piet Aalders", None)]


def test_what_a_launch_with_no_one_doing_it_launched_is_no_agent() -> None:
    a = run("Harrowgate Cycles was founded in 1961 by Piet Aalders. The company's first folding model, the Klapper, went on sale "
            "in 1964. It was the second, the lighter Klapper II launched in 1971, that made his name.", "2016-04-04")
    assert [(row.get("agent"), row.get("work")) for row in named_args(a, "business.launch") if row.get("work") == "Klapper II"] \
        == [("Harrowgate Cycles", "Klapper II")]
    # ... a body that opened something is its opener
    b = run("The University of Kestle opened a second campus in Ludgrove in 2019.", "2024-01-01")
    assert [(row.get("agent"), row.get("place")) for row in named_args(b, "business.launch")] == [("University of Kestle", "Ludgrove")]


def test_a_name_that_has_a_minister_is_a_state() -> None:
    a = run("Vandersby health minister resigns over clinic contracts\n\nVandersby's health minister, Anselm Brodnik, resigned on "
            "Wednesday night after a newspaper reported that a clinic owned by his wife had won state contracts.", "2016-09-16")
    assert [(e.name, e.type) for e in a.entities if e.name == "Vandersby"] == [("Vandersby", "GPE")]
    assert [row.get("agent") for row in named_args(a, "career.resign")] == ["Anselm Brodnik"]
    # ... a person's own post ("Jane Halloran's chief of staff") leaves her a person
    b = run("Jane Halloran's chief of staff, Piet Brodnik, resigned on Wednesday.", "2016-09-16")
    assert [(e.name, e.type) for e in b.entities if e.name == "Jane Halloran"] == [("Jane Halloran", "PERSON")]
    # ... nor does "the X government" make X a state: the government hiring is the body hiring (probe hire-42's shape)
    c = run("Piet Brodnik, 58, was hired by the Vandersby government as an adviser in 2023.", "2025-03-14")
    assert [(f.relation, f.valid_from) for f in c.facts if f.relation == "employee"] == [("employee", "2023")]
