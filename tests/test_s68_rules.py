"""Session 68: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, named_args


def test_children_listed_each_after_a_kin_noun_with_an_age_are_the_couples() -> None:
    text = ("Oswin Pellacott, 47, filed for divorce from Marisela Danvry in Sacramento on Monday. He is seeking joint custody "
            "of their two children, daughter Ivy, 9, and son Bram, 6.")
    a = run(text, "2024-05-01")
    parents = facts_by_pair(a, "parent")
    assert {("Oswin Pellacott", "Ivy"), ("Marisela Danvry", "Ivy"), ("Oswin Pellacott", "Bram"),
            ("Marisela Danvry", "Bram")} <= parents.keys()
    assert sorted(r.get("child") or "" for r in named_args(a, "family.child")) == ["Bram", "Ivy"]
    # ... a name after another noun in the list is no child
    b = run("Oswin Pellacott and Marisela Danvry arrived with their two children and nanny Ivy Kell on Monday.", "2024-05-01")
    assert not any(child == "Ivy Kell" for _, child in facts_by_pair(b, "parent"))


def test_a_marriage_told_in_a_who_clause_is_the_former_couple_after_it() -> None:
    text = ("Marisela Danvry weds Oswin Pellacott\n\nThe wedding is the first for Danvry and the second for Pellacott, who was "
            "married to producer Greta Hollowmere from 2012 until their divorce in 2019. The former couple share two children, "
            "daughter Juno, 10, and son Elias, 7.")
    a = run(text, "2024-05-01")
    parents = facts_by_pair(a, "parent")
    assert {("Oswin Pellacott", "Juno"), ("Greta Hollowmere", "Juno")} <= parents.keys()
    assert ("Marisela Danvry", "Juno") not in parents
    # ... a "whose" clause tells another's marriage: the one it is on is not paired with the spouse
    b = run(text.replace("who was married", "whose sister was married"), "2024-05-01")
    assert ("Greta Hollowmere", "Juno") not in facts_by_pair(b, "parent")


def test_a_kin_noun_set_off_before_a_name_is_the_noun_the_name_is_apposed_to() -> None:
    text = ("Marisela Danvry was previously married to the director Oswin Pellacott. The couple wed in 2014 and divorced five "
            "years later. They share a daughter, Juniper, 7.")
    a = run(text, "2024-05-01")
    assert {("Marisela Danvry", "Juniper"), ("Oswin Pellacott", "Juniper")} <= facts_by_pair(a, "parent").keys()
    # ... a name set off after another noun ("a friend, X, 30") is no child of theirs
    b = run(text.replace("a daughter, Juniper, 7.", "a friend, Wren Tolley, 30."), "2024-05-01")
    assert not any(child == "Wren Tolley" for _, child in facts_by_pair(b, "parent"))


def test_giving_birth_is_a_persons_verb_whatever_the_recognizer_said() -> None:
    from dateline import nlp
    from dateline.extract.entity_lexicon import lexicon
    from dateline.extract.name_cues import context_cues
    from dateline.extract.name_spans import NameSpan
    doc = nlp.load()("Morning telly favourite Ondine Pettivale has given birth to a baby girl.")
    birth = context_cues(doc, NameSpan(3, 5, "FAC", "FAC"), lexicon())["PERSON"]
    # ... "give" with another object is no person's verb of its own
    doc = nlp.load()("Morning telly favourite Ondine Pettivale has given a speech to a packed hall.")
    speech = context_cues(doc, NameSpan(3, 5, "FAC", "FAC"), lexicon())["PERSON"]
    assert birth > speech


def test_the_husband_a_child_is_had_with_makes_the_couple_after_it() -> None:
    text = ("The presenter Ada Vellacourt has given birth to a baby girl, her second child with husband Tomos Ruddivant. "
            "The couple, who met in 2016, tied the knot in Perth in September 2018.")
    a = run(text, "2024-05-09")
    assert {(r.get("agent"), r.get("partner")) for r in named_args(a, "life.meet")} == {("Ada Vellacourt", "Tomos Ruddivant")}
    # ... with no husband named, no couple is made of the mother and a man told before
    b = run("The presenter Ada Vellacourt thanked the chef Tomos Ruddivant. She has given birth to a baby girl, a second "
            "child with husband unnamed. The couple, who met in 2016, tied the knot in Perth in September 2018.", "2024-05-09")
    assert ("Ada Vellacourt", "Tomos Ruddivant") not in {(r.get("agent"), r.get("partner")) for r in named_args(b, "life.meet")}


def _parents(a: object) -> set[str]:
    """The people named as parents of the article's family.child events."""
    names = {e.id: e.name for e in a.entities}  # type: ignore[attr-defined]
    return {names[g.entity] for e in a.events if e.type == "family.child"  # type: ignore[attr-defined]
            for g in e.args if g.role == "parent" and g.entity}


def test_the_husband_a_child_is_had_with_is_its_other_parent() -> None:
    a = run("The presenter Ada Vellacourt has given birth to a baby girl, her second child with husband Tomos Ruddivant.",
            "2024-05-09")
    assert _parents(a) == {"Ada Vellacourt", "Tomos Ruddivant"}
    # ... a child had "with" a body is no parent's
    b = run("The presenter Ada Vellacourt has given birth to a baby girl, her second child with Fenwick Fertility Clinic.",
            "2024-05-09")
    assert _parents(b) == {"Ada Vellacourt"}


def test_their_union_after_the_couples_named_children_is_the_couples() -> None:
    text = ("Actress Delia Marchpane has filed for divorce from the producer Ansel Wrathbury after 11 years of marriage.\n\n"
            "She is seeking joint custody of the couple's two children, Bea, 9, and Otto, 6. The filing lists their date of "
            "separation as Sept. 2.")
    a = run(text, "2019-11-26")
    assert {(r.get("agent"), r.get("partner")) for r in named_args(a, "life.separate")} <= {
        ("Delia Marchpane", "Ansel Wrathbury"), ("Ansel Wrathbury", "Delia Marchpane")}
    assert named_args(a, "life.separate")
    # ... "their" before another noun after the children is still the children's
    b = run(text.replace("their date of separation as Sept. 2", "their schools as Fenwick and Alder"), "2019-11-26")
    assert not named_args(b, "life.separate")


def test_he_in_a_clause_on_a_who_clause_is_the_one_the_who_clause_is_on() -> None:
    text = ("Gov. Ezequiel Palafox-Ruelas on Wednesday named a new treasurer, filling the vacancy left by Marcus "
            "Venhuizen-Pratt, who resigned last month after he was charged with drunken driving.")
    a = run(text, "2022-02-24")
    assert [r.get("patient") for r in named_args(a, "legal.charge")] == ["Marcus Venhuizen-Pratt"]
    # ... a "he" in a clause on the main verb is still the sentence's subject's
    b = run("Gov. Ezequiel Palafox-Ruelas met Marcus Venhuizen-Pratt, who runs a farm, after he was charged with drunken "
            "driving.", "2022-02-24")
    assert "Marcus Venhuizen-Pratt" not in {r.get("patient") for r in named_args(b, "legal.charge")}
    # ... nor when the who clause speaks of another before the pronoun ("with her since she was 15")
    c = run("Mila Drobnakova, who married the ski coach Felix Raunegger in 2020, won on Sunday. Her coach, Dusan Petrak, who "
            "has worked with her since she was 15, said he would join the Veska Tennis Union next year.", "2024-09-02")
    assert [r.get("patient") for r in named_args(c, "career.hire")] == ["Dusan Petrak"]


def test_a_hyphened_surname_after_a_given_name_ner_stopped_at_is_the_persons() -> None:
    text = ("The governor said he had appointed Deputy Treasurer Lucinda Arbizu-Haines to serve as state treasurer. "
            "Arbizu-Haines, 58, will serve the remainder of the term.")
    a = run(text, "2022-02-24")
    assert [r.get("patient") for r in named_args(a, "career.appoint")] == ["Lucinda Arbizu-Haines"]
    # ... a hyphened name set off by a comma after the given name is another person's
    b = run("In a note to his deputy Lucinda, Arbizu-Haines wrote that the fund was safe.", "2022-02-24")
    assert "Lucinda Arbizu-Haines" not in {e.name for e in b.entities}


def test_a_quoted_title_after_a_persons_possessive_is_a_work() -> None:
    text = ("Carrowfield Pictures has acquired rights to Anselm Drovecky's \"Nine Winters at Quelmarsh\" following the film's "
            "premiere at the Valdenza Film Festival on Wednesday night.")
    a = run(text, "2025-03-14")
    assert [r.get("work") for r in named_args(a, "career.premiere")] == ["Nine Winters at Quelmarsh"]
    # ... a quoted phrase after a body's possessive is left to the recognizer
    b = run("Carrowfield Pictures' \"Nine Winters at Quelmarsh\" policy was dropped on Wednesday.", "2025-03-14")
    assert "Nine Winters at Quelmarsh" not in {e.name for e in b.entities if e.type == "WORK"}


def test_a_known_given_name_the_tagger_read_as_a_determiner_opens_a_missed_name() -> None:
    text = ("Agathe Marchetaux, the puppeteer and television producer whose mischievous Copper Owl delighted three "
            "generations of British children, died on Tuesday at her home in Penlow, Devon. She was 88.")
    a = run(text, "2022-08-19")
    assert "Agathe Marchetaux" in {e.name for e in a.entities if e.type == "PERSON"}
    # ... a determiner that is a word ("Another Marchetaux") opens no name
    b = run(text.replace("Agathe Marchetaux", "Another Marchetaux"), "2022-08-19")
    assert not any(e.name.startswith("Another") for e in b.entities)


def test_a_given_name_the_tagger_read_as_a_determiner_stays_in_the_name_ner_found() -> None:
    a = run("Agathe Tremoulin, the puppeteer and television producer, died on Tuesday at her home in Penlow. She was 88.",
            "2022-08-19")
    assert [r.get("agent") for r in named_args(a, "life.die")] == ["Agathe Tremoulin"]
    # ... a determiner before a name NER found is still cut off it
    b = run("This Tremoulin, the puppeteer and television producer, died on Tuesday at her home in Penlow.", "2022-08-19")
    assert not any(e.name.startswith("This") for e in b.entities)


def test_an_aged_nationality_of_two_words_describes_the_person_told_before() -> None:
    a = run("Stathersby Town have sacked manager Rory McAlinden-Vos. The 46-year-old Northern Irishman was dismissed on "
            "Monday morning.", "2024-02-27")
    assert "Northern Irishman" not in {e.name for e in a.entities}
    names = {e.id: e.name for e in a.entities}
    assert [(names[f.subject], f.value) for f in a.facts if f.relation == "age"] == [("Rory McAlinden-Vos", "46")]
    # ... two capitalised words that are a club's name stay a name
    b = run("Stathersby Town have sacked manager Rory McAlinden-Vos. The 46-year-old joined Northern Harriers in 2018.",
            "2024-02-27")
    assert "Northern Harriers" in {e.name for e in b.entities}


def test_the_post_an_election_was_won_for_is_the_elections_role() -> None:
    a = run("City Council member Teodora Vasquez-Orlin won Tuesday's special election for mayor by fewer than 300 votes.",
            "2023-10-20")
    assert [(r.get("patient"), r.get("role")) for r in named_args(a, "politics.elect")] == [("Teodora Vasquez-Orlin", "mayor")]
    # ... what an election was won "for" that is no post is no role
    b = run("City Council member Teodora Vasquez-Orlin won Tuesday's special election for the third time.", "2023-10-20")
    assert all(r.get("role") is None for r in named_args(b, "politics.elect"))


def test_a_second_calling_read_as_a_verb_before_a_name_is_a_noun_of_that_person() -> None:
    a = run("Last year's prize went to the poet and novelist Casimir Achterwold for The Saltwater Inventory.", "2024-11-21")
    assert [r.get("agent") for r in named_args(a, "career.win")] == ["Casimir Achterwold"]
    # ... a real verb after "and" keeps its clause ("went to the poet and met X")
    b = run("Last year's prize went to the poet Ada Quell and delighted Casimir Achterwold.", "2024-11-21")
    assert "Casimir Achterwold" not in {r.get("agent") for r in named_args(b, "career.win")}


def test_getting_down_on_one_knee_is_a_proposal() -> None:
    a = run("Isolde Quennerwick said yes when Lochlan Ferro-Baptiste got down on one knee on a clifftop near Trevennick on "
            "Saturday.", "2023-06-08")
    assert [(r.get("agent"), r.get("place")) for r in named_args(a, "life.engage")] == [("Lochlan Ferro-Baptiste", "Trevennick")]
    # ... going down on one knee to celebrate a goal is none
    b = run("Lochlan Ferro-Baptiste went down on one knee to celebrate his goal at Trevennick on Saturday.", "2023-06-08")
    assert not named_args(b, "life.engage")


def test_a_prize_accepted_on_the_winners_behalf_is_no_win_of_the_one_accepting() -> None:
    a = run("The film's producer, Aurelie Dubrovka, accepted the prize on her behalf and read a short statement.", "2019-09-12")
    assert not named_args(a, "career.win")
    # ... accepted for oneself, it is one
    b = run("The film's producer, Aurelie Dubrovka, accepted the prize on Wednesday.", "2019-09-12")
    assert [r.get("agent") for r in named_args(b, "career.win")] == ["Aurelie Dubrovka"]


def test_the_one_who_said_yes_when_the_other_knelt_is_the_one_proposed_to() -> None:
    a = run("Isolde Quennerwick said yes when Lochlan Ferro-Baptiste got down on one knee on a clifftop near Trevennick on "
            "Saturday.", "2023-06-08")
    assert [(r.get("agent"), r.get("partner")) for r in named_args(a, "life.engage")] == [
        ("Lochlan Ferro-Baptiste", "Isolde Quennerwick")]
    # ... one who said no is not
    b = run("Isolde Quennerwick said no when Lochlan Ferro-Baptiste got down on one knee on a clifftop near Trevennick on "
            "Saturday.", "2023-06-08")
    assert [r.get("partner") for r in named_args(b, "life.engage")] == [None]


def test_a_failed_bid_or_attempt_tells_a_purchase_that_did_not_happen() -> None:
    a = run("The deal comes two years after Caldermoor's failed attempt to buy Norwegian rival Fjellstad Industri in 2023.",
            "2025-07-30")
    assert [e.polarity for e in a.events if e.type == "business.acquire"] == ["NEG"]
    b = run("Caldermoor's failed bid for Fjellstad Industri in 2023 cost it millions.", "2025-07-30")
    assert [e.polarity for e in b.events if e.type == "business.acquire"] == ["NEG"]
    # ... an attempt not called failed is told as made, and a failed person's doing is still done
    c = run("Caldermoor's attempt to buy Fjellstad Industri in 2023 cost it millions.", "2025-07-30")
    assert [e.polarity for e in c.events if e.type == "business.acquire"] == ["POS"]
    d = run("Ada Quellmore, a failed actress, married Tomas Vellard in 2019.", "2025-07-30")
    assert [e.polarity for e in d.events if e.type == "life.marry"] == ["POS"]


def test_a_whose_clause_after_a_given_name_read_as_a_determiner_goes_back_to_the_name() -> None:
    text = ("Agathe Marchetaux, the puppeteer and television producer whose mischievous Copper Fox delighted three "
            "generations of British children, died on Tuesday at her home in Penlow, Devon.")
    a = run(text, "2022-08-19")
    assert [r.get("agent") for r in named_args(a, "life.die")] == ["Agathe Marchetaux"]
    # ... a real determiner before the name is no name's part ("Every Marchetaux ...": no person opens the sentence)
    b = run(text.replace("Agathe Marchetaux", "Every Marchetaux"), "2022-08-19")
    assert "Every Marchetaux" not in {r.get("agent") for r in named_args(b, "life.die")}


def test_breaking_through_with_a_work_releases_it() -> None:
    a = run("Fionnuala Garravan, 47, broke through in 2016 with \"Marram Acre,\" which won the Grey Curlew.", "2024-01-01")
    assert [(r.get("agent"), r.get("work")) for r in named_args(a, "career.release")] == [("Fionnuala Garravan", "Marram Acre")]
    # ... breaking through with anything else releases nothing
    b = run("Fionnuala Garravan finally broke through in 2016 with help from her coach, Tomas Vellard.", "2024-01-01")
    assert not named_args(b, "career.release")


def _with_events(a: object, kind: str) -> list[tuple[dict[str, str | None], object]]:
    """Each event of the kind with its arguments by name."""
    return list(zip(named_args(a, kind), [e for e in a.events if e.type == kind], strict=True))  # type: ignore[arg-type, attr-defined]


def test_the_one_ousted_by_the_one_elected_lost_that_election() -> None:
    text = ("Delphine Penwarden ousts Gerald Dunkerley as Stowmouth mayor\n\nDelphine Penwarden was elected mayor of Stowmouth "
            "on Thursday, ending Gerald Dunkerley's eight years at the town hall.")
    a = run(text, "2026-05-08")
    lost = [(r.get("patient"), e.time) for r, e in _with_events(a, "politics.elect") if e.polarity == "NEG"]
    assert lost == [("Gerald Dunkerley", "2026-05-07")]
    # ... one ousted by a board no one elected lost no election
    b = run("The board of Stowmouth Harbour ousted its chief executive, Gerald Dunkerley, on Thursday.", "2026-05-08")
    assert not [e for e in b.events if e.type == "politics.elect"]


def test_the_backers_of_a_round_are_not_the_company_after_them() -> None:
    text = ("Quillstone Labs has raised $62 million. Existing investors Merrowgate Capital and Tansy Lane Partners also "
            "participated, bringing total funding to $88 million since the company was founded in 2021.")
    a = run(text, "2026-01-28")
    assert [(r.get("organization"), e.time) for r, e in _with_events(a, "business.found")] == [("Quillstone Labs", "2021")]
    # ... a body named without an investor's noun is still the company after it
    b = run("Merrowgate Capital raised a new $500 million fund on Monday. The company was founded in 2009.", "2026-01-28")
    assert [r.get("organization") for r in named_args(b, "business.found")] == ["Merrowgate Capital"]


def test_our_little_named_one_arriving_is_the_birth_told_before() -> None:
    text = ("The presenter Ada Vellacourt has given birth to a baby girl, her second child with husband Tomos Ruddivant.\n\n"
            "She wrote: \"Our little Marigold Wren arrived on Sunday morning, a week early. We are over the moon.\"")
    a = run(text, "2024-05-09")
    births = _with_events(a, "family.child")
    assert [(r.get("child"), e.time, e.certainty) for r, e in births] == [("Marigold Wren", "2024-05-05", "asserted")]
    assert _parents(a) == {"Ada Vellacourt", "Tomos Ruddivant"}
    # ... a grown-up named without "our little" arriving is no birth
    b = run(text.replace("Our little Marigold Wren arrived", "Our friend Marigold Wren arrived"), "2024-05-09")
    assert [r.get("child") for r, _ in _with_events(b, "family.child")] != ["Marigold Wren"]
