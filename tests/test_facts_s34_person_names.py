"""People's names the recognizer types as firms (session 34): a known first name and capitalised words, the
subject of a verb only a person is the subject of, each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_the_subject_of_a_persons_verb_is_a_person() -> None:
    # "X said he would resign", "X was elected mayor", "Born in Cork, X moved": no firm does these
    a = run("Shares were flat. On Monday, Hamish Quell said he would resign.")
    assert _types_of(a, "Hamish Quell") == ["PERSON"]
    b = run("Bridget Sallow was elected mayor of Harrowgate in May.")
    assert _types_of(b, "Bridget Sallow") == ["PERSON"]
    assert_event(b, "politics.elect", {"patient": "Bridget Sallow"})
    c = run("Born in Cork in 1960, Declan Morrow moved to Boston as a child.")
    assert _types_of(c, "Declan Morrow") == ["PERSON"]
    assert_event(c, "life.born", {"patient": "Declan Morrow", "place": "Cork"})


def test_firms_named_like_people_stay_firms() -> None:
    a = run("Morgan Stanley said profits rose. Marks & Spencer said she would stay.")
    assert _types_of(a, "Morgan Stanley") == ["ORG"]
    assert _types_of(a, "Marks & Spencer") == ["ORG"]
    b = run("Ford Motor said it would cut jobs. The concert was held at Alexander Hall on Friday.")
    assert _types_of(b, "Ford Motor") == ["ORG"] and _types_of(b, "Alexander Hall") != ["PERSON"]


def test_the_one_married_to_or_divorced_from_is_a_person() -> None:
    a = run("Nadia Ferro was divorced from Pim Harlow in 2015.")
    assert _types_of(a, "Pim Harlow") == ["PERSON"]
    assert_event(a, "life.divorce", {"partner": "Pim Harlow"})
    b = run("Markets fell. She has been married to Pim Harlow since 2009.")
    assert _types_of(b, "Pim Harlow") == ["PERSON"]


def test_a_name_apposed_to_his_or_her_person_noun_is_a_person() -> None:
    a = run("Talks stalled. Cole said she would not stand again. Ines Roe, her deputy, declined to comment.")
    assert _types_of(a, "Ines Roe") == ["PERSON"]
    b = run("Talks stalled. Ines Roe, his sister, said the family was grieving.")
    assert _types_of(b, "Ines Roe") == ["PERSON"]
