"""People's names read from context (session 35): given names the first-name list lacks, an age set off by
commas, a kin noun the name possesses, each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_given_name_the_list_lacks_in_a_persons_slot() -> None:
    # "married X", "Born in X, Y moved": a first word no dictionary has stands for a given name the list lacks
    a = run("Kwabena Mensah married Ama Reyes in Accra on Saturday.")
    assert _types_of(a, "Ama Reyes") == ["PERSON"]
    assert_event(a, "life.marry", {"agent": "Kwabena Mensah", "partner": "Ama Reyes"})
    b = run("Born in Accra, Kwabena Osei moved to Leeds at the age of nine.")
    assert _types_of(b, "Kwabena Osei") == ["PERSON"]
    assert_event(b, "life.born", {"patient": "Kwabena Osei", "place": "Accra"})


def test_firms_in_a_persons_slot_stay_firms() -> None:
    a = run("Morgan Stanley said profits rose. Marks & Spencer said she would stay.")
    assert _types_of(a, "Morgan Stanley") == ["ORG"] and _types_of(a, "Marks & Spencer") == ["ORG"]
    b = run("Kessel Foods said it had appointed Ruth Varga as chair.")
    assert _types_of(b, "Kessel Foods") == ["ORG"] and _types_of(b, "Ruth Varga") == ["PERSON"]


def test_an_age_set_off_by_commas_tells_of_a_person() -> None:
    a = run("Adaeze Obi, 45, was appointed chief executive of Corvane Bank on Monday.")
    assert _types_of(a, "Adaeze Obi") == ["PERSON"]
    assert_event(a, "career.appoint", {"patient": "Adaeze Obi", "organization": "Corvane Bank"})
    b = run("Pellor, 52, said he had been treated unfairly.")
    assert _types_of(b, "Pellor") == ["PERSON"]
    c = run("Paris, 1920, was the theme of the exhibition. Kessel Group, 12, rose two places in the index.")
    assert "PERSON" not in _types_of(c, "Paris") and _types_of(c, "Kessel Group") == ["ORG"]


def test_the_one_whose_wife_or_brother_is_named_is_a_person() -> None:
    a = run("Zoltan Ferenczy's wife, Agnes, said he had been ill for months.")
    assert _types_of(a, "Zoltan Ferenczy") == ["PERSON"]
    b = run("Kestrel Odum's brother said the family was devastated.")
    assert _types_of(b, "Kestrel Odum") == ["PERSON"]
    c = run("Lyle Bank's partner, Corvane, declined to comment. Aston Villa's owner said the club would appeal.")
    assert _types_of(c, "Lyle Bank") == ["ORG"] and "PERSON" not in _types_of(c, "Aston Villa")


def test_a_rank_of_several_title_words_is_no_part_of_the_name() -> None:
    a = run("Detective Sergeant Tavita Lemalu told the court the van was stolen.")
    assert _types_of(a, "Tavita Lemalu") == ["PERSON"] and not _types_of(a, "Sergeant Tavita Lemalu")
    b = run("The inquiry was led by Chief Superintendent Akosua Frimpong, who retired in 2022.")
    assert _types_of(b, "Akosua Frimpong") == ["PERSON"]


def test_a_hyphened_person_noun_before_the_name() -> None:
    # "film" + "-" + "maker": "maker" alone is a firm's noun ("the drinks maker X")
    a = run("The Spanish film-maker Oluwaseun Bello won best director for Hollow Bay.")
    assert _types_of(a, "Oluwaseun Bello") == ["PERSON"]
    assert_event(a, "career.win", {"agent": "Oluwaseun Bello"})
    b = run("The song-writer Tavita Okoro has signed with Saltgrass Records.")
    assert _types_of(b, "Tavita Okoro") == ["PERSON"]
    c = run("The drinks maker Corvel Brands said sales rose.")
    assert _types_of(c, "Corvel Brands") == ["ORG"]


def test_a_name_ner_missed_as_the_subject_of_a_persons_verb() -> None:
    a = run("Voss was born in Hamburg in 1961.")
    assert _types_of(a, "Voss") == ["PERSON"]
    assert_event(a, "life.born", {"patient": "Voss", "place": "Hamburg"})
    b = run("Markets were calm. Pellor said he would resign after the vote.")
    assert _types_of(b, "Pellor") == ["PERSON"]
    c = run("The plan was born of necessity. Harmony died with it.")  # dictionary words: no surname
    assert not _types_of(c, "Harmony")
    d = run("Ruthven's widow, Mabel, said he had been a generous man.")  # NER missed it: the one who has a widow
    assert _types_of(d, "Ruthven") == ["PERSON"]
    e = run("Tessaly's parent said it would appeal.")  # a firm has a parent too
    assert "PERSON" not in _types_of(e, "Tessaly")


def test_a_surname_in_ly_after_the_verb_is_its_object() -> None:
    # "appointed Radomir Vesely as": the parser reads "Vesely" as the verb's adverb, losing the one appointed
    a = run("Harbury Town have appointed Radomir Vesely as their new head coach.")
    assert_event(a, "career.appoint", {"agent": "Harbury Town", "patient": "Radomir Vesely"})
    b = run("Lyle Bank has appointed Oksana Keverly as its new chairman.")
    assert_event(b, "career.appoint", {"agent": "Lyle Bank", "patient": "Oksana Keverly"})


def test_a_post_apposed_with_no_article_tells_of_a_person() -> None:
    # "X, chief executive of Corvane, said": as ", the chief executive of", a post only a person holds
    a = run("Ifeoma Chukwu, chief executive of Corvane, said the bank would cut 200 jobs.")
    assert _types_of(a, "Ifeoma Chukwu") == ["PERSON"]
    b = run("Ebere Nwosu, head of research at the Wexmoor Institute, said the data was clear.")
    assert _types_of(b, "Ebere Nwosu") == ["PERSON"]
    c = run("Tessaly Group, owner of the Lyle chain, said sales rose.")
    assert "PERSON" not in _types_of(c, "Tessaly Group")


def test_the_founder_named_after_founded_by() -> None:
    a = run("Kessel Foods, founded by Oyelaran Adewale in 1984, was sold.")
    assert _types_of(a, "Oyelaran Adewale") == ["PERSON"]
    assert_event(a, "business.found", {"agent": "Oyelaran Adewale", "organization": "Kessel Foods"})
    b = run("The studio was co-founded by Ifeoma Uzo in 2001.")
    assert _types_of(b, "Ifeoma Uzo") == ["PERSON"]
    c = run("Lyle Bank was established by Kessel Holdings in 1990.")
    assert _types_of(c, "Kessel Holdings") == ["ORG"]


def test_an_institution_named_after_a_word_for_a_person_keeps_it() -> None:
    # "Judge Business School": not the judge "Business School" (but "Comedian Tunde Bakare" loses the role noun)
    a = run("She studied at Judge Business School before joining Ferris Holt Ltd.")
    assert _types_of(a, "Judge Business School") == ["ORG"]
    b = run("The talk was given at Bishop Vesey Grammar School on Friday.")
    assert "PERSON" not in _types_of(b, "Bishop Vesey Grammar School") and not _types_of(b, "Vesey Grammar School")
    c = run("Comedian Tunde Bakare said he would tour.")
    assert _types_of(c, "Tunde Bakare") == ["PERSON"]
