"""Session 55: misses read on the twelve development articles written blind in session 54, each rewritten here as an
invented sentence (other names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline import nlp
from dateline.model import Analysis
from handmade import analyzed as run
from handmade import named_args, typed


def _parents(a: Analysis) -> list[tuple[str, str]]:
    return sorted((a.entity(f.subject).name, a.entity(f.object).name) for f in a.facts if f.relation == "parent" and f.object)


def test_two_who_met_are_the_they_who_married() -> None:
    a = run("Dr Alun Pryce met the Danish botanist Kirsten Holm on a field trip to Iceland in 1971, and they married the "
            "following year. She died in 2010. He is survived by their sons, Rhys and Owen.")
    assert _parents(a) == [("Alun Pryce", "Owen"), ("Alun Pryce", "Rhys"), ("Kirsten Holm", "Owen"), ("Kirsten Holm", "Rhys")]
    # ... but a body met makes no pair
    b = run("Dr Alun Pryce met the Danish charity Hjelp Norden in 1971, and they paid for his field trip to Iceland. He is "
            "survived by their sons, Rhys and Owen.")
    assert all(parent == "Alun Pryce" for parent, _ in _parents(b))


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A parse as the model gave it for an article's sentence (other words), mended by our repairs."""
    return nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))


def test_a_noun_with_a_subject_before_and_an_object_after_is_a_verb() -> None:
    # "She met Fenn there, and in 2018 the pair quit Corvell together": "quit" tagged a noun
    words = ["She", "met", "Fenn", "there", ",", "and", "in", "2018", "the", "pair", "quit", "Corvell", "together", "."]
    heads = [1, 1, 1, 1, 1, 1, 10, 6, 9, 10, 1, 10, 10, 10]
    deps = ["nsubj", "ROOT", "dobj", "advmod", "punct", "cc", "prep", "pobj", "det", "nsubj", "conj", "dobj", "advmod", "punct"]
    tags = ["PRP", "VBD", "NNP", "RB", ",", "CC", "IN", "CD", "DT", "NN", "NN", "NNP", "RB", "."]
    assert _parsed(words, heads, deps, tags)[10].tag_ == "VBD"
    # ... not a noun with no object after it ("the pair split" read as a compound), nor one with no subject
    tags2 = list(tags)
    deps2 = ["nsubj", "ROOT", "dobj", "advmod", "punct", "cc", "prep", "pobj", "det", "compound", "conj", "dobj", "advmod", "punct"]
    assert _parsed(words, heads, deps2, tags2)[10].tag_ == "NN"


def test_a_main_verb_hung_on_the_second_verb_of_a_relative_clause() -> None:
    # "Ilse Marrow, who co-founded Pinhollow in 2016 and had been its chief engineer since, stepped down on Monday,
    # according to a statement": "stepped" hung on "been", the sentence's root the name
    words = ["Ilse", "Marrow", ",", "who", "co-founded", "Pinhollow", "in", "2016", "and", "had", "been", "its", "engineer",
             "since", ",", "stepped", "down", "on", "Monday", ",", "according", "to", "a", "statement", "."]
    heads = [1, 1, 1, 4, 1, 4, 4, 6, 4, 10, 4, 12, 10, 15, 15, 10, 15, 15, 17, 1, 1, 20, 23, 21, 1]
    deps = ["compound", "ROOT", "punct", "nsubj", "relcl", "dobj", "prep", "pobj", "cc", "aux", "conj", "poss", "attr",
            "advmod", "punct", "advcl", "advmod", "prep", "pobj", "punct", "prep", "prep", "det", "pobj", "punct"]
    tags = ["NNP", "NNP", ",", "WP", "VBD", "NNP", "IN", "CD", "CC", "VBD", "VBN", "PRP$", "NN", "RB", ",", "VBD", "RB",
            "IN", "NNP", ",", "VBG", "IN", "DT", "NN", "."]
    doc = _parsed(words, heads, deps, tags)
    assert doc[15].dep_ == "ROOT" and doc[1].head.i == 15 and doc[1].dep_ == "nsubj" and doc[4].head.i == 1
    # ... but not when another verb of the sentence stands outside the clause ("..., she said")
    words2 = [*words[:-1], ",", "she", "said", "."]
    heads2 = [*heads[:-1], 1, 26, 1, 1]
    deps2 = [*deps[:-1], "punct", "nsubj", "conj", "punct"]
    tags2 = [*tags[:-1], ",", "PRP", "VBD", "."]
    doc2 = _parsed(words2, heads2, deps2, tags2)
    assert doc2[15].head.i == 10


def test_a_cofounder_and_a_founder_told_twice_are_one_founding() -> None:
    a = run("Ilse Marrow, who co-founded Pinhollow with Tobias Fenn in 2016, left on Monday. She met Fenn at Corvell "
            "Engineering, and in 2016 the pair quit Corvell to start Pinhollow.")
    assert len(typed(a, "business.found")) == 1


def _times(a: Analysis, kind: str) -> list[str | None]:
    return [e.time for e in typed(a, kind)]


def test_a_time_fronted_after_and_in_the_second_clause_is_not_the_firsts() -> None:
    a = run("Ilse Marrow spent six years at the carmaker Corvell Motors. She met Fenn there, and in 2018 the pair quit "
            "Corvell together to start Pinhollow in a rented garage in Dunmere.")
    assert _times(a, "life.meet") == [None]
    assert set(_times(a, "career.resign")) == {"2018"}
    # ... but a time before the "and" dates the first clause
    b = run("Ilse Marrow met Tobias Fenn in 2015, and the pair quit Corvell Motors to start Pinhollow.")
    assert _times(b, "life.meet") == ["2015"]


def test_a_time_in_a_clause_the_event_came_after_is_not_its_time() -> None:
    a = run("Harwick Athletic have sacked their manager, Joao Ferreira-Lima, after Tuesday's 2-0 defeat by Aldbury Town left "
            "the club bottom of the third division.", dct="2025-01-16")
    assert _times(a, "career.fire") == [None]
    # ... but its own time stays
    b = run("Harwick Athletic sacked their manager, Ian Pellow-Greaves, on Wednesday after Tuesday's 3-0 home defeat by "
            "Orme Town left the club second from bottom of the table.", dct="2025-01-16")
    assert _times(b, "career.fire") == ["2025-01-15"]


def test_made_her_a_minister_is_an_appointment() -> None:
    # the parser reads "her a minister" as a verbless clause under "made"
    a = run("Tom Ellery made her a minister in 2021, in his first reshuffle. Vell Holdings made him chief executive in 2019.")
    assert [(row.get("agent"), row.get("role")) for row in named_args(a, "career.appoint")] == [
        ("Tom Ellery", "minister"), ("Vell Holdings", "chief executive")]
    # ... not what a win or a scandal made of someone
    b = run("The win made her a household name. The scandal made Dana Pruitt a liability.")
    assert typed(b, "career.appoint") == []


def test_an_honour_conferred_is_a_win() -> None:
    a = run("In 1996 Ewan Moss was appointed MBE for services to boatbuilding. Lena Ruiz was made a dame in 2019.")
    assert [(row.get("agent"), row.get("award")) for row in named_args(a, "career.win")] == [("Ewan Moss", "MBE"), ("Lena Ruiz", "a dame")]
    assert typed(a, "career.appoint") == []
    # ... but a post is an appointment, and being made redundant no prize
    b = run("Ewan Moss was appointed chief executive in 2010. Lena Ruiz was made redundant in 2019.")
    assert typed(b, "career.win") == []


def test_a_child_expected_to_do_something_is_no_birth_ahead() -> None:
    a = run("Dario Venn and Giulia Sarto have a daughter, Sofia, 6, who is expected to be a flower girl.")
    assert [e.certainty for e in typed(a, "family.child")] != ["speculative"] and all(
        e.lemma != "expect" for e in typed(a, "family.child"))
    b = run("Lena Ruiz and her husband are expecting their first child in May.")
    assert [e.lemma for e in typed(b, "family.child")] == ["expect"]


def test_acquisitions_counted_are_no_acquisition() -> None:
    a = run("Magnus Lind joined Ostberg Data in 2017. He has made eight acquisitions since.")
    assert typed(a, "business.acquire") == []
    b = run("Ostberg Data's acquisition of Karvalo closed in 2024.")
    assert [(row.get("agent"), row.get("patient")) for row in named_args(b, "business.acquire")] == [("Ostberg Data", "Karvalo")]


def test_admitted_to_a_society_is_no_interview() -> None:
    a = run("Tomas Brenn built boats. He was admitted to the Royal Society of Joiners in 1990.")
    assert typed(a, "report.interview") == []
    b = run("Tomas Brenn admitted to the Kelso Herald that he had lied.")
    assert [row.get("outlet") for row in named_args(b, "report.interview")] == ["Kelso Herald"]


def test_a_boat_named_after_its_kind_is_no_person() -> None:
    a = run("Tomas Brenn built boats. His 38-foot yawl Silver Heron was named yacht of the year in 1989, and in 1996 he was "
            "appointed MBE.")
    assert a.entity(next(g.entity for e in typed(a, "career.win") for g in e.args if g.role == "agent")).name == "Tomas Brenn"
    assert all(e.type != "PERSON" for e in a.entities if e.name == "Silver Heron")


def test_a_description_with_its_apposition_read_as_a_second_subject_is_that_person() -> None:
    a = run("In January she was named director, succeeding Colin Darrow, who retired after 22 years. The paper's first "
            "author, the postdoctoral researcher Tobias Kessler, 31, spent most of 2024 isolating the strain. He moves to "
            "the Norvik University in Norway next month.", dct="2025-09-18")
    assert [row.get("patient") for row in named_args(a, "career.hire")] == ["Tobias Kessler"]


def test_a_simple_present_dated_ahead_is_a_schedule() -> None:
    a = run("Lukas Hennig joins the Norvik University next month.", dct="2025-09-18")
    assert [e.certainty for e in typed(a, "career.hire")] == ["speculative"]
    b = run("Lukas Hennig joined the Norvik University last month.", dct="2025-09-18")
    assert [e.certainty for e in typed(b, "career.hire")] == ["asserted"]
    c = run("Amara Njeri takes over as chief executive of Mavu Pay on April 1.", dct="2019-03-14")
    assert [e.certainty for e in typed(c, "career.appoint")] == ["asserted"]


def test_who_reports_a_death_is_not_who_died() -> None:
    a = run("Tomas Brenn, the boatbuilder, has died at his home in Lochmore. He was 86. His son, Pawel Brenn, said he died "
            "peacefully on Monday after a short illness.", dct="2024-12-05")
    assert [(row.get("agent"), e.time) for row, e in zip(named_args(a, "life.die"), typed(a, "life.die"), strict=True)] == [
        ("Tomas Brenn", "2024-12-02")]
    b = run("Pawel Brenn said his father died on Monday.", dct="2024-12-05")
    assert [row.get("agent") for row in named_args(b, "life.die")] == ["his father"]


def test_the_couple_coordinated_with_married_is_the_subject_of_divorced() -> None:
    a = run("Marco Bellandi married the television presenter Chiara Venturi in 2016, and the couple divorced in 2020.")
    assert [(row.get("agent"), row.get("partner"), e.time) for row, e in zip(named_args(a, "life.marry"), typed(a, "life.marry"),
                                                                              strict=True)] == [("Marco Bellandi", "Chiara Venturi", "2016")]
    assert [e.time for e in typed(a, "life.divorce")] == ["2020"]


def test_a_paper_that_saw_a_letter_is_not_the_company() -> None:
    a = run('Staff were told at a meeting on Tuesday, one employee told the Harrow Lantern. Voss, 44, who remains chief '
            'executive, blamed a slump in orders. "We grew too fast," he wrote in a letter to staff seen by the Harrow '
            "Lantern. It is the company's second round of job losses this year. In March it laid off 45 people.")
    assert all(row.get("agent") != "Harrow Lantern" for row in named_args(a, "business.layoff"))
    b = run("Brindle Robotics raised money in 2022. Its chief told the Harrow Lantern. It is the company's second round of "
            "job losses this year. In March it laid off 45 people.")
    assert [row.get("agent") for row in named_args(b, "business.layoff")] == ["Brindle Robotics"]


def test_a_gerund_after_before_under_an_adverbial_gerund_takes_the_main_subject() -> None:
    a = run("Jon Pell spent his career at Ribeirinho, making 300 appearances before retiring in 2008.")
    assert [(row.get("agent"), e.time) for row, e in zip(named_args(a, "career.retire"), typed(a, "career.retire"), strict=True)] == [
        ("Jon Pell", "2008")]
    # ... not when the gerund's clause has a subject of its own
    b = run("Jon Pell spent his career at Ribeirinho, his brother making 300 appearances before retiring in 2008.")
    assert all(row.get("agent") != "Jon Pell" for row in named_args(b, "career.retire"))


def test_a_gerund_after_before_is_not_dated_by_the_clause_above() -> None:
    a = run("Femke Saal grew up in Groningen. She spent five years at Dreyvoort Bank, leaving in 2014, before starting "
            "Kelvan from a rented desk above a bicycle shop.", dct="2025-03-20")
    assert [e.time for e in typed(a, "business.found")] == [None]
    b = run("Femke Saal spent five years at Dreyvoort Bank before starting Kelvan in 2015.", dct="2025-03-20")
    assert [e.time for e in typed(b, "business.found")] == ["2015"]


def test_a_one_word_product_after_a_gathering_in_is_a_town() -> None:
    a = run("Marte Hagen, who won the women's mass-start title at the biathlon world championships in Lenzerhorn on "
            "Sunday, announced on Tuesday that she will retire.", dct="2025-02-27")
    assert [row.get("place") for row in named_args(a, "career.win")] == ["Lenzerhorn"]


def test_a_day_read_as_the_first_word_of_the_subjects_name() -> None:
    # "On Wednesday Halme named Tapio Rinne as her chief of staff": the day a compound of the name, the name the object
    # of "On" (the verb the root), and the one named an object predicate
    words = ["On", "Wednesday", "Halme", "named", "Tapio", "Rinne", "as", "her", "chief", "."]
    heads = [3, 2, 0, 3, 5, 3, 3, 8, 6, 3]
    deps = ["prep", "compound", "pobj", "ROOT", "compound", "oprd", "prep", "poss", "pobj", "punct"]
    tags = ["IN", "NNP", "NNP", "VBD", "NNP", "NNP", "IN", "PRP$", "NN", "."]
    doc = _parsed(words, heads, deps, tags)
    assert (doc[2].dep_, doc[2].head.i, doc[1].dep_, doc[1].head.i, doc[5].dep_) == ("nsubj", 3, "pobj", 0, "dobj")
    # ... or the preposition the root and the verb a participle on the name
    heads2 = [0, 2, 0, 2, 5, 3, 0, 8, 6, 0]
    deps2 = ["ROOT", "compound", "pobj", "acl", "compound", "oprd", "prep", "poss", "pobj", "punct"]
    doc2 = _parsed(words, heads2, deps2, tags)
    assert (doc2[3].dep_, doc2[2].dep_, doc2[2].head.i, doc2[0].head.i, doc2[6].head.i, doc2[5].dep_) == (
        "ROOT", "nsubj", 3, 3, 3, "dobj")
    # ... but not a name after a day that is no day ("On Vierikko Street X named ...")
    words3 = ["On", "Mill", "Halme", "named", "Tapio", "Rinne", "as", "her", "chief", "."]
    doc3 = _parsed(words3, heads, deps, tags)
    assert doc3[2].dep_ == "pobj"


def test_a_verb_chained_on_two_conjuncts_takes_the_first_ones_subject() -> None:
    a = run("Born in Oulu, Aila Harju moved to Varkaala as a student. She joined the Green League in 2011, was elected to "
            "the city council in 2017 and became deputy mayor four years later, in a coalition deal.", dct="2025-06-12")
    assert [(row.get("patient"), row.get("role"), e.time) for row, e in zip(
        named_args(a, "career.appoint"), typed(a, "career.appoint"), strict=True)] == [("Aila Harju", "deputy mayor", "2021")]
    # ... not when the middle verb has a subject of its own
    b = run("Aila Harju joined the Green League in 2011, and Pekka Harju was elected to the city council in 2017 and became "
            "deputy mayor four years later.", dct="2025-06-12")
    assert [row.get("patient") for row in named_args(b, "career.appoint")] in ([], ["Pekka Harju"])
    # ... nor participles of a clause the parser broke up
    c = run("Paul Mosk said he did not know which one _ had been located, interviewed and released.")
    assert typed(c, "career.release") == []
    # ... nor a subject lost in the parse, far up from a copula
    d = run("Her father was a drug addict who contracted HIV and her mother divorced him and remarried, leaving the child "
            "with her grandparents.")
    assert typed(d, "life.marry") == []


def test_the_two_clubs_are_the_two_bodies_named() -> None:
    a = run("Harwick Rovers and Ostby Town both confirmed the transfer on Friday. The two clubs announced the fee on Saturday.")
    assert [sorted(a.entity(g.entity).name for g in e.args if g.role == "agent" and g.entity) for e in typed(a, "politics.announce")] == [
        ["Harwick Rovers", "Ostby Town"]]
    # ... not when more bodies than counted are in view
    b = run("Harwick Rovers, Kelby United and Dunmere Athletic met on Friday. The two clubs announced the fee on Saturday.")
    assert all(len([g for g in e.args if g.role == "agent" and g.entity]) != 2 for e in typed(b, "politics.announce"))


def test_the_pair_is_the_married_couple_not_two_guests_listed() -> None:
    text = ("The actor Cosima Orr and the television chef Rafe Cull have married in a private ceremony, her representative "
            "confirmed on Tuesday. Guests reportedly included the director Otto Sanfra and the singer Marisol Krell. The "
            "pair met in March 2021, when Orr appeared on Cull's cookery show.")
    a = run(text)
    assert sorted((row.get("agent"), row.get("partner")) for row in named_args(a, "life.meet"))[0] in (
        ("Cosima Orr", "Rafe Cull"), ("Rafe Cull", "Cosima Orr"))
    # ... but two people named acting together are the pair
    b = run("The actor Cosima Orr and the television chef Rafe Cull have married. The director Otto Sanfra and the singer "
            "Marisol Krell were guests. The pair met in March 2021.")
    assert sorted((row.get("agent"), row.get("partner")) for row in named_args(b, "life.meet"))[0] in (
        ("Otto Sanfra", "Marisol Krell"), ("Marisol Krell", "Otto Sanfra"))


def test_a_month_told_as_a_time_is_no_first_name() -> None:
    a = run("Soolakivi Energy raised money in 2022. In March Soolakivi bought the Latvian firm Dzintarlauks Systems.",
            dct="2023-05-18")
    assert [(row.get("agent"), e.time) for row, e in zip(named_args(a, "business.acquire"), typed(a, "business.acquire"), strict=True)] == [
        ("Soolakivi Energy", "2023-03")]
    b = run("The singer Lena Voss met June Hartley in 2019.")
    assert [row.get("partner") for row in named_args(b, "life.meet")] == ["June Hartley"]


def test_the_paper_telling_the_story_is_not_the_body_it_is_about() -> None:
    a = run("Culture minister Lise Brond, who quit in February, was replaced, the newspaper Dagbladet Vest reported. "
            "Dagbladet Vest said its findings were checked. The paper said on Monday that the inquiry would take months. "
            "Dagbladet Vest is owned by a trust.")
    assert all(row.get("organization") != "Dagbladet Vest" for row in named_args(a, "career.resign"))
    assert not [f for f in a.facts if f.relation == "employee"]
    # ... while a company named as often is still the one left
    b = run("Culture minister Lise Brond, who quit in February, was replaced, Vestra Foods said. Vestra Foods said its "
            "results were checked. The company said on Monday that the review would take months. Vestra Foods is owned by a "
            "trust.")
    assert [row.get("organization") for row in named_args(b, "career.resign")] == ["Vestra Foods"]



def test_the_two_sides_are_not_counted_bodies() -> None:
    a = run("President Anibal Soares met the Speaker of Parliament, Jaime Gamarra, on Tuesday. The two sides would also sign "
            "some cooperative documents.")
    assert all(len([g for g in e.args if g.role == "agent" and g.entity]) < 2 for e in typed(a, "politics.sign"))


def test_a_suspect_released_without_charge_is_no_one_let_go() -> None:
    a = run("Police raided the Pell Gallery in Stourbridge in December. The Pell Gallery has traded since 2008, and the Pell "
            "Gallery denies wrongdoing. The gallery's former manager, Petra Vinn, 33, was also arrested in December but was "
            "released without charge last week, the force said.")
    assert typed(a, "career.fire") == [] and typed(a, "career.release") == []
    b = run("Kelby Rovers released the striker Tom Hale on Monday.")
    assert [row.get("patient") for row in named_args(b, "career.fire")] == ["Tom Hale"]


def test_a_film_or_its_rights_bought_is_no_company_acquired() -> None:
    a = run("Her debut, Quiet Water, won the prize at Dunmore. That film won the debut prize at Dunmore and was bought by "
            "the London distributor Tern Pictures. Film rights to the novel have been bought by the production company "
            "Sixth Lark.")
    assert typed(a, "business.acquire") == []
    b = run("Tern Pictures bought the studio Halcyon Films in 2019.")
    assert [row.get("patient") for row in named_args(b, "business.acquire")] == ["Halcyon Films"]
