"""Session 29, people and family: causes of misses that recur across the development articles, each as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _parents(text: str) -> set[tuple[str, str | None]]:
    return set(facts_by_pair(run(text, "2024-05-08"), "parent"))


def test_a_child_from_a_ranked_marriage_has_that_marriage_s_spouse_as_the_other_parent() -> None:
    # "a son from his first marriage, X": the first of the parent's marriages (by their start, or their telling)
    a = _parents("The sculptor Anselm Dorrit has died at 88. In 1961 he married Greta Vinter, a potter. She died in 1990. "
                 "In 1993 he married Lotte Brandt, who survives him. He is also survived by a son from his first "
                 "marriage, Jonas, a teacher in Kiel.")
    assert {("Anselm Dorrit", "Jonas"), ("Greta Vinter", "Jonas")} <= a and ("Lotte Brandt", "Jonas") not in a
    b = _parents("The baker Costas Mavro died on Friday. He married Irini Pappa in 1950; she died in 1978. A year later "
                 "he married Jean Hollis. He is survived by Jean; by two children from his first marriage, Petros and "
                 "Dora; and by a son from his second, Alex.")
    assert {("Irini Pappa", "Petros"), ("Irini Pappa", "Dora"), ("Jean Hollis", "Alex")} <= a | b
    assert ("Jean Hollis", "Petros") not in b and ("Irini Pappa", "Alex") not in b
    # one marriage told: which one the child is from, the text does not say
    c = _parents("The sculptor Anselm Dorrit has died at 88. He married Lotte Brandt in 1993. He is survived by a son "
                 "from his first marriage, Jonas.")
    assert ("Lotte Brandt", "Jonas") not in c


def test_a_child_from_a_relationship_with_someone_has_that_one_as_the_other_parent() -> None:
    a = _parents("The striker Dele Amadi, 30, has a seven-year-old son, Tobi, from his previous relationship with the "
                 "singer Mara Jensen.")
    assert {("Dele Amadi", "Tobi"), ("Mara Jensen", "Tobi")} <= a
    b = _parents("Nadia Farrow married the banker Olek Brun in June. Farrow has a daughter, Ivy, from her relationship "
                 "with Tom Askew, a chef.")
    assert ("Tom Askew", "Ivy") in b and ("Olek Brun", "Ivy") not in b


def test_a_romance_a_child_is_from_is_no_dating_the_story_tells() -> None:
    a = run("The striker Dele Amadi, 30, has a seven-year-old son, Tobi, from his previous relationship with the singer "
            "Mara Jensen.", "2024-05-08")
    assert not [e for e in a.events if e.type == "life.date"]
    b = run("Nadia Farrow has a daughter, Ivy, from her relationship with the chef Tom Askew.", "2024-05-08")
    assert not [e for e in b.events if e.type == "life.date"]
    # a relationship told for itself still is one
    c = run("Nadia Farrow has been in a relationship with the chef Tom Askew since 2021.", "2024-05-08")
    assert [e for e in c.events if e.type == "life.date"]


def test_their_child_after_a_person_and_his_own_spouse_or_a_marriage_told_with_a_pronoun() -> None:
    # "He and his wife, Y, ...": the pair "their" stands for in the next sentence
    a = _parents("Bram Oosting will retire as coach in June. He and his wife, Mieke, who married in Utrecht in 1975, plan "
                 "to move to Spain. Their son, Joost Oosting, coaches the youth side.")
    assert {("Bram Oosting", "Joost Oosting"), ("Mieke", "Joost Oosting")} <= a
    b = _parents("Carla Benning has died at 84. She and her husband, Piet Lohman, ran the bakery for 40 years. Their "
                 "daughter, Anna Lohman, runs it now.")
    assert {("Carla Benning", "Anna Lohman"), ("Piet Lohman", "Anna Lohman")} <= b


def test_their_child_after_a_marriage_told_with_a_duration() -> None:
    # "He was married for 58 years to Y": the participle the tagger calls a verb, a complement of "was"
    a = _parents("Harald Brink died on 19 May. He was 91. He was married for 58 years to Greta Lind, a former magistrate, "
                 "who died in 2017. Their eldest son, Olaf Brink, 62, has been chairman since 2009.")
    assert {("Harald Brink", "Olaf Brink"), ("Greta Lind", "Olaf Brink")} <= a
    b = _parents("The novelist Ines Carro has died at 79. She was married for almost 40 years to the painter Luis Peral. "
                 "Their daughter, Marta Peral, said she died peacefully.")
    assert {("Ines Carro", "Marta Peral"), ("Luis Peral", "Marta Peral")} <= b


def _ages(text: str) -> dict[str, str | None]:
    return {who: value for (who, value) in facts_by_pair(run(text, "2024-05-08"), "age")}


def test_an_age_before_a_nationality_and_a_name_is_the_name_s() -> None:
    # "the 19-year-old Belgian X": NER may take the nationality into the person, a modifier of the name all the same
    a = _ages("The club signed the 19-year-old Belgian Noor Van Damme on Monday.")
    assert a.get("Noor Van Damme") == "19"
    b = _ages("The team has chosen a replacement: the 19-year-old Belgian Lise Dammers, who won the junior title last "
              "year, will be promoted in 2009.")
    assert b.get("Lise Dammers") == "19"


def test_an_age_description_headed_by_an_unknown_nationality_is_no_name() -> None:
    # "The 33-year-old Drevonian, who ...": a word shaped as a nationality after an age describes the one just named
    a = _ages("Annika Moller will remember 2025 as a good year. The 33-year-old Drevonian, who announced on Sunday that "
              "she will retire, has won three titles this season.")
    assert a.get("Annika Moller") == "33" and "Drevonian" not in a
    b = _ages("Pavel Lisko was named head coach on Monday. The 52-year-old Ostravenian signed a two-year contract.")
    assert b.get("Pavel Lisko") == "52" and "Ostravenian" not in b


def test_the_child_of_two_people_has_both_as_parents() -> None:
    # "X, the daughter of A and (the painter) B": each person coordinated after "of" (however the parser joins B)
    a = _parents("Mara Lind, the daughter of the diplomat Olof Lind and the painter Agneta Sand, moved to England in 1980.")
    assert {("Olof Lind", "Mara Lind"), ("Agneta Sand", "Mara Lind")} <= a
    b = _parents("Tom Hale, the son of the novelist Ruth Hale and the composer Ivo Brandt, was appointed on Monday.")
    assert {("Ruth Hale", "Tom Hale"), ("Ivo Brandt", "Tom Hale")} <= b
    # the first parent unnamed: the named one still is
    c = _parents("Mara Lind, the daughter of a diplomat and the painter Agneta Sand, moved to England in 1980.")
    assert ("Agneta Sand", "Mara Lind") in c
