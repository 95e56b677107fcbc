"""Session 56: rules found reading development misses, each tested on an invented article (other names, other words),
with the near miss the rule must leave alone."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import named_args


def _hires(a: Analysis) -> list[dict[str, str | None]]:
    return named_args(a, "career.hire")


def test_the_force_is_a_police_department_named_before() -> None:
    a = run("The Dunmere Police Department suspended its chief on Monday. Raymond Okafor joined the force in 1989 as a "
            "patrol officer.")
    assert [h.get("organization") for h in _hires(a)] == ["Dunmere Police Department"]
    # ... but a fire department is no force
    b = run("The Dunmere Fire Department suspended its chief on Monday. Raymond Okafor joined the force in 1989 as a "
            "patrol officer.")
    assert [h.get("organization") for h in _hires(b)] == [None]


def _label(a: Analysis, name: str) -> str:
    return next(e.type for e in a.entities if e.name == name)


def test_a_firm_named_after_its_founder_stays_a_firm() -> None:
    a = run("Tamsworth Foods won approval on Wednesday for its bid for Pennock, the family-controlled maker of oatcakes. "
            "A rival tabled a counter-offer on Monday, valuing Pennock at about £1.45 billion. Pennock was founded in "
            "Carrickmuir in 1971 by Agnes Pennock, a former school cook.")
    assert _label(a, "Pennock") == "ORG"
    assert [row.get("patient") for row in named_args(a, "business.acquire")] == ["Pennock"]
    # ... but a surname the text tells of a person stays hers
    b = run("Carla Voskuil, 52, the chief executive, told staff on Monday that she would step down. Voskuil, the founder "
            "of the firm, said she was proud.")
    assert {e.name for e in b.entities if e.type == "PERSON"} >= {"Carla Voskuil"}
    assert not any(e.name == "Voskuil" for e in b.entities)


def test_becoming_foreman_or_supervisor_is_a_post() -> None:
    a = run("Colm Rennie, who joined the yard as an apprentice in 1979 and later became its foreman, said he was sad.")
    assert [row.get("role") for row in named_args(a, "career.appoint")] == ["foreman"]
    b = run("Tom Acre became a supervisor in 2001.")
    assert [row.get("role") for row in named_args(b, "career.appoint")] == ["supervisor"]
    # ... but not what one becomes in life
    c = run("Tom Acre became a grandfather in 2001.")
    assert named_args(c, "career.appoint") == []


def test_there_is_the_place_named_before() -> None:
    a = run("Ollberg closed the firm's office in Tampere in January and cut 60 jobs there.")
    assert [row.get("place") for row in named_args(a, "business.layoff")] == ["Tampere"]
    b = run("Maeve Dunmore moved to Leeds in 1987 and met her husband there.")
    assert [row.get("place") for row in named_args(b, "life.meet")] == ["Leeds"]
    # ... but not a "there" the clause does not have
    c = run("Ollberg opened an office in Tampere in January and cut 60 jobs in March.")
    assert [row.get("place") for row in named_args(c, "business.layoff")] == [None]


def test_a_club_short_form_the_tagger_took_for_a_common_noun() -> None:
    from spacy.tokens import Doc

    from dateline import nlp
    from dateline.extract.name_recall import add_missed_names
    from dateline.extract.name_spans import NameSpan

    # "Harnwick Athletic sacked Petrak. Petrak led Harnwick to promotion.": the second "Harnwick" tagged a noun
    words = ["Harnwick", "Athletic", "sacked", "Petrak", ".", "Petrak", "led", "Harnwick", "to", "promotion", "."]
    heads = [1, 2, 2, 2, 2, 6, 6, 6, 6, 8, 6]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", "NNP", "VBD", "NNP", ".", "NNP", "VBD", "NN", "IN", "NN", "."]
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    found = add_missed_names(doc, [NameSpan(0, 2, "ORG", "ORG"), NameSpan(3, 4, "PERSON", "PERSON"),
                                   NameSpan(5, 6, "PERSON", "PERSON")])
    assert [(s.start, s.end, s.label) for s in found] == [(7, 8, "ORG")]
    # ... but not in the headline, which may capitalise any word ("Petrak leaves Harnwick. Harnwick Athletic sacked him.")
    words2 = ["Petrak", "leaves", "Harnwick", ".", "Harnwick", "Athletic", "sacked", "him", "."]
    heads2 = [1, 1, 1, 1, 5, 6, 6, 6, 6]
    deps2 = ["nsubj", "ROOT", "dobj", "punct", "compound", "nsubj", "ROOT", "dobj", "punct"]
    tags2 = ["NNP", "VBZ", "NN", ".", "NNP", "NNP", "VBD", "PRP", "."]
    pos2 = ["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"]
    doc2 = Doc(nlp.load().vocab, words=words2, heads=heads2, deps=deps2, tags=tags2, pos=pos2)
    assert add_missed_names(doc2, [NameSpan(4, 6, "ORG", "ORG"), NameSpan(0, 1, "PERSON", "PERSON")]) == []


def test_a_past_expectation_denied_is_no_event() -> None:
    a = run("Kenji Uemura, 48, said he had not expected to win. His rival Tom Acre never thought he would win the title.")
    assert named_args(a, "career.win") == []
    # ... but an event the text denies stays, negated
    b = run("Kenji Uemura did not win the title.")
    assert [e.certainty for e in b.events if e.type == "career.win"] == ["negated"]


def test_a_name_after_a_participle_phrase_is_the_noun_it_describes() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "A start-up spun out of the lab, Velder Labs, was bought by Corrin in 2020": the name read as a phrase of "spun"
    words = ["A", "start-up", "spun", "out", "of", "the", "lab", ",", "Velder", "Labs", ",", "was", "bought", "by", "Corrin", "."]
    heads = [1, 12, 1, 2, 3, 6, 4, 2, 9, 2, 12, 12, 12, 12, 13, 12]
    deps = ["det", "nsubjpass", "acl", "prep", "prep", "det", "pobj", "punct", "compound", "npadvmod", "punct", "auxpass",
            "ROOT", "agent", "pobj", "punct"]
    tags = ["DT", "NN", "VBN", "IN", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "VBD", "VBN", "IN", "NNP", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[9].dep_ == "appos" and doc[9].head.i == 1
    # ... but not a name that is no apposition: "A start-up spun out of the lab last year was bought" has none, and a
    # name right after the participle, with no comma, is its own phrase ("a team led Monday Velder ...") -- left alone
    words2 = [*words[:7], "Velder", "Labs", ",", "was", "bought", "by", "Corrin", "."]
    heads2 = [1, 11, 1, 2, 3, 6, 4, 8, 2, 11, 11, 11, 11, 12, 11]
    deps2 = ["det", "nsubjpass", "acl", "prep", "prep", "det", "pobj", "compound", "npadvmod", "punct", "auxpass", "ROOT",
             "agent", "pobj", "punct"]
    tags2 = ["DT", "NN", "VBN", "IN", "IN", "DT", "NN", "NNP", "NNP", ",", "VBD", "VBN", "IN", "NNP", "."]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=heads2, deps=deps2, tags=tags2))
    assert doc2[8].dep_ == "npadvmod" and doc2[8].head.i == 2


def test_a_time_on_the_activity_left_dates_the_leaving() -> None:
    a = run("Barfield, who is expected to retire from teaching next year, said she was proud.")
    assert [e.time for e in a.events if e.type == "career.retire"] == ["2025"]
    # ... but not a gerund with an object of its own, which is an event of its own ("retired from running the firm he
    # founded in 1990": founded then, not retired)
    b = run("Barfield retired from running the bakery she bought in 1990.")
    assert [e.time for e in b.events if e.type == "career.retire"] == [None]


def test_the_journal_publishes_when_no_author_is_named() -> None:
    a = run("The enzyme was found in bacteria on a rubbish tip in 2009 and described in the journal Enzyme Horizons two "
            "years later.")
    assert [row.get("agent") for row in named_args(a, "report.publish")] == ["Enzyme Horizons"]
    # ... but an author named is the one who publishes
    b = run("Ana Lutz published her findings in the journal Enzyme Horizons in 2011.")
    assert [row.get("agent") for row in named_args(b, "report.publish")] == ["Ana Lutz"]


def test_a_past_form_after_a_relative_clause_heads_its_own_conjuncts() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "Sten Faurby, who won 62 caps for Denmark, played for Harnwick between 2004 and 2007 and was head coach of the club
    # Skjold BK, where he won the Danish Cup in 2017": "played" read as a participle of the name
    words = ["Sten", "Faurby", ",", "who", "won", "62", "caps", "for", "Denmark", ",", "played", "for", "Harnwick", "between",
             "2004", "and", "2007", "and", "was", "head", "coach", "of", "the", "club", "Skjold", "BK", ",", "where", "he",
             "won", "the", "Danish", "Cup", "in", "2017", "."]
    heads = [1, 1, 1, 4, 1, 6, 4, 6, 7, 1, 1, 10, 11, 10, 13, 14, 14, 10, 10, 20, 18, 20, 23, 21, 25, 23, 25, 29, 29, 25, 32,
             32, 29, 29, 33, 1]
    deps = ["compound", "ROOT", "punct", "nsubj", "relcl", "nummod", "dobj", "prep", "pobj", "punct", "acl", "prep", "pobj",
            "prep", "pobj", "cc", "conj", "cc", "conj", "compound", "attr", "prep", "det", "pobj", "compound", "appos",
            "punct", "advmod", "nsubj", "relcl", "det", "compound", "dobj", "prep", "pobj", "punct"]
    tags = ["NNP", "NNP", ",", "WP", "VBD", "CD", "NNS", "IN", "NNP", ",", "VBD", "IN", "NNP", "IN", "CD", "CC", "CD", "CC",
            "VBD", "NN", "NN", "IN", "DT", "NN", "NNP", "NNP", ",", "WRB", "PRP", "VBD", "DT", "NNP", "NNP", "IN", "CD", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[10].dep_ == "ROOT" and doc[1].head.i == 10 and doc[1].dep_ == "nsubj"
    # ... but not with a verb of the sentence outside the form's own phrases ("..., played for Harnwick, he said")
    words2 = [*words[:13], ",", "he", "said", "."]
    heads2 = [*heads[:13], 1, 15, 1, 1]
    deps2 = [*deps[:13], "punct", "nsubj", "parataxis", "punct"]
    tags2 = [*tags[:13], ",", "PRP", "VBD", "."]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=heads2, deps=deps2, tags=tags2))
    assert doc2[10].dep_ == "acl"


def test_he_in_a_clause_below_the_main_verb_is_its_subject() -> None:
    a = run("Harnwick Athletic have sacked their manager, Luka Brenko. He was told of his dismissal by telephone, and his "
            "assistant has also left the club. Stellan Faurby, who won 62 caps for Denmark, played for Harnwick between "
            "2004 and 2007 and was most recently head coach of the Danish club Skjold BK, where he won the Danish Cup in 2017.")
    assert [row.get("agent") for row in named_args(a, "career.win")] == ["Stellan Faurby"]


def test_a_novelists_debut_that_came_out_is_published() -> None:
    a = run("The novelist Ada Pellow has won the Corran Prize. Her debut, Borrowed Rain, came out in 2009, when she was a nurse.")
    assert [row.get("work") for row in named_args(a, "report.publish")] == ["Borrowed Rain"]
    # ... but a singer's debut is a record released
    b = run("The singer Ada Pellow has won the Corran Prize. Her debut, Borrowed Rain, came out in 2009, when she was a nurse.")
    assert named_args(b, "report.publish") == [] and [row.get("work") for row in named_args(b, "career.release")] == ["Borrowed Rain"]


def test_the_baby_is_the_child_just_named() -> None:
    a = run("The actress Saffron Kettle and her husband, the pianist Jonas Ebbe, have become parents for the first time, "
            "with the birth of a daughter, Briar Rose, a representative confirmed on Monday. The baby was born last "
            "Thursday at a hospital in Los Angeles.")
    assert any(m.text == "The baby" for e in a.entities if e.name == "Briar Rose" for m in e.mentions)
    born = [(row.get("patient"), row.get("place")) for row in named_args(a, "life.born")]
    assert born == [("Briar Rose", "Los Angeles")] and [e.time for e in a.events if e.type == "life.born"] == ["2024-05-02"]
    # ... but not a baby no word for a child named ("her assistant, Briar Rose")
    b = run("The actress Saffron Kettle thanked her assistant, Briar Rose, on Monday. The baby was born last Thursday.")
    assert all(m.text != "The baby" for e in b.entities if e.name == "Briar Rose" for m in e.mentions)


def test_married_after_became_engaged_is_a_verb_of_the_subject() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "They became engaged on a trip to Lisbon in 2021 and married in a small ceremony in Big Sur in 2022"
    words = ["They", "became", "engaged", "on", "a", "trip", "to", "Lisbon", "in", "2021", "and", "married", "in", "a", "small",
             "ceremony", "in", "Big", "Sur", "in", "2022", "."]
    heads = [1, 1, 1, 2, 5, 3, 5, 6, 5, 8, 2, 2, 11, 15, 15, 12, 15, 18, 16, 15, 19, 1]
    deps = ["nsubj", "ROOT", "acomp", "prep", "det", "pobj", "prep", "pobj", "prep", "pobj", "cc", "conj", "prep", "det",
            "amod", "pobj", "prep", "compound", "pobj", "prep", "pobj", "punct"]
    tags = ["PRP", "VBD", "JJ", "IN", "DT", "NN", "IN", "NNP", "IN", "CD", "CC", "VBN", "IN", "DT", "JJ", "NN", "IN", "NNP",
            "NNP", "IN", "CD", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[11].head.i == 1 and doc[11].tag_ == "VBD"
    # ... but not a second state with nothing of its own ("became engaged and married": both what they became)
    words2 = ["They", "became", "engaged", "and", "married", "."]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=[1, 1, 1, 2, 2, 1],
                                      deps=["nsubj", "ROOT", "acomp", "cc", "conj", "punct"], tags=["PRP", "VBD", "JJ", "CC", "VBN", "."]))
    assert doc2[4].head.i == 2


def test_jobs_cut_beside_a_site_closed_are_cut_there() -> None:
    a = run("Ostrel Foods said it would close its plant in Quiverton, Ohio, and cut about 600 jobs.")
    assert [row.get("place") for row in named_args(a, "business.layoff")] == ["Quiverton"]
    # ... but not beside a site opened
    b = run("Ostrel Foods said it would open a plant in Quiverton, Ohio, and cut about 600 jobs.")
    assert [row.get("place") for row in named_args(b, "business.layoff")] == [None]


def test_by_after_a_month_is_the_passive_agent() -> None:
    from spacy.tokens import Doc

    from dateline import nlp

    # "Dario Pell was arrested in March and was charged that August by the Serious Fraud Office": "by" hung on the month
    words = ["Dario", "Pell", "was", "arrested", "in", "March", "and", "was", "charged", "that", "August", "by", "the",
             "Serious", "Fraud", "Office", "."]
    heads = [1, 3, 3, 3, 3, 4, 3, 8, 3, 8, 9, 10, 15, 14, 15, 11, 3]
    deps = ["compound", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "auxpass", "conj", "prep", "pobj", "prep", "det",
            "compound", "compound", "pobj", "punct"]
    tags = ["NNP", "NNP", "VBD", "VBN", "IN", "NNP", "CC", "VBD", "VBN", "IN", "NNP", "IN", "DT", "NNP", "NNP", "NNP", "."]
    doc = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
    assert doc[11].head.i == 8 and doc[11].dep_ == "agent"
    # ... but not after an active verb ("charged him that August by letter" is no agent's)
    words2 = ["Dario", "Pell", "quit", "that", "August", "by", "letter", "."]
    doc2 = nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words2, heads=[1, 2, 2, 2, 3, 4, 5, 2],
                                      deps=["compound", "nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
                                      tags=["NNP", "NNP", "VBD", "IN", "NNP", "IN", "NN", "."]))
    assert doc2[5].head.i == 4 and doc2[5].dep_ == "prep"


def test_one_who_says_in_a_video_posted_posted_it() -> None:
    a = run("Marta Sallin has announced her retirement. The 34-year-old, who has not played since tearing a knee ligament in "
            "June, said in a video posted on Instagram that her body had decided.")
    assert [row.get("agent") for row in named_args(a, "report.publish")] == ["Marta Sallin"]
    # ... but not one who says something about a video another posted
    b = run("Marta Sallin said a video posted on Instagram by her coach was fake.")
    assert all(row.get("agent") != "Marta Sallin" for row in named_args(b, "report.publish"))


def test_a_date_in_a_relative_aside_does_not_carry_on() -> None:
    a = run("The couple, who married in Santorini in June 2016, quietly separated in the spring, a source said.")
    assert [(t.text, t.value) for t in a.timexes] == [("June 2016", "2016-06"), ("the spring", "2024-SP")]
    # ... but a month told next in the same clause goes on from it
    b = run("Lena Marsh joined the firm in June 2016 and was promoted in March.")
    assert [t.value for t in b.timexes] == ["2016-06", "2017-03"]


def test_serving_as_acting_mayor_is_an_interim_post() -> None:
    a = run("Mayor Cosmo Rautenberg resigned on Monday. His deputy, Nkechi Anozie, will serve as acting mayor until a "
            "by-election.")
    assert [(row.get("patient"), row.get("role")) for row in named_args(a, "career.appoint")] == [("Nkechi Anozie", "acting mayor")]
    # ... but serving a term in a post is no appointment told
    b = run("Tom Acre served as mayor from 2001 to 2009.")
    assert named_args(b, "career.appoint") == []


def test_kin_named_in_apposition_are_people_whatever_follows() -> None:
    a = run("Cornel Wade has died aged 97. He is survived by his son, Gwithian, a boat builder in Falmouth.")
    assert [row.get("child") for row in named_args(a, "family.child")] == ["Gwithian"]
    # ... but a firm after a word for a kind of business stays a firm ("his company, Gwithian, a boat builder")
    b = run("Cornel Wade has died aged 97. He founded his company, Gwithian, a boat builder in Falmouth, in 1960.")
    assert named_args(b, "family.child") == []


def test_the_site_the_cuts_fall_on_is_where_they_are_made() -> None:
    a = run("Brindle Robotics will cut 140 jobs, the company said on Tuesday. The cuts fall mostly on Brindle's factory in "
            "Rotherham, which opened in 2021.")
    assert [row.get("place") for row in named_args(a, "business.layoff")] == ["Rotherham"]
    # ... but not a site the cuts spare
    b = run("Brindle Robotics will cut 140 jobs, the company said on Tuesday. Its factory in Rotherham, which opened in "
            "2021, is not affected.")
    assert [row.get("place") for row in named_args(b, "business.layoff")] == [None]
