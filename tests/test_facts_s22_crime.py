"""Phrasings found in session 22 (crime and celebrity articles), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline import nlp
from dateline.extract import names
from handmade import analyzed as run
from handmade import event_names as _names


def test_a_relative_clause_with_a_stranded_preposition_is_about_the_prepositions_object() -> None:
    a = run("Oskar Vantrell grew up in Hull. His second album appeared on Brindlemoor Records, the label Vantrell signed with "
            "in 2015.", "2021-04-02")
    (patient,) = _names(a, "career.hire", "patient")
    assert patient is not None and patient.endswith("Vantrell")  # the one who signed is hired, not the label
    assert _names(a, "career.hire", "organization") == ["Brindlemoor Records"]
    # the noun is still the object where the preposition keeps its own ("the woman he married in 2001")
    a = run("Mara Fennick, the woman he married in 2001, died on Monday.", "2021-04-02")
    assert _names(a, "life.marry", "partner") == ["Mara Fennick"]


def test_a_town_that_names_a_newspaper_or_a_court_stays_a_town() -> None:
    text = ("Man charged over death of Wexcombe shopkeeper\n\nA man has been charged with the murder of a shopkeeper in "
            "Wexcombe, police said. Desmond Hurlock, of Mill Lane, Wexcombe, was arrested on Monday. He will appear before "
            "Wexcombe Magistrates' Court. His sister told the Wexcombe Echo that he was innocent.")
    a = run(text, "2023-03-09")
    assert [e.type for e in a.entities if e.name == "Wexcombe"] == ["GPE"]  # not a short name of the Echo
    homes = [a.entity(f.object).name for f in a.facts if f.relation == "located_in" and a.entity(f.subject).name == "Desmond Hurlock"]
    assert homes == ["Wexcombe"]


def test_an_address_names_the_town_after_the_street() -> None:
    a = run("Lorna Pitchley, 36, of Alder Crescent, Brimsworth, was fined £200.", "2023-03-09")
    homes = [a.entity(f.object).name for f in a.facts if f.relation == "located_in" and a.entity(f.subject).name == "Lorna Pitchley"]
    assert homes == ["Brimsworth"]


def test_a_firms_first_word_opening_a_sentence_is_the_firm_even_tagged_a_common_noun() -> None:
    doc = nlp.load()("Nadia Quennell joined Stillbrook Logistics in 2010. Stillbrook fired her a week later.")
    first = next(t for t in doc if t.text == "Stillbrook" and t.is_sent_start)
    first.pos_ = "NOUN"  # as the tagger reads some unknown words opening a sentence
    spans = names.find_names(doc)
    assert any(s.start == first.i and s.end == first.i + 1 and s.label == "ORG" for s in spans)


def test_a_rank_of_several_words_before_a_name_is_no_person() -> None:
    a = run("Detective Chief Inspector Imogen Tarrant, who is leading the inquiry for Wessex Police, said two men had been questioned.",
            "2022-09-14")
    assert [e.name for e in a.entities if e.type == "PERSON"] == ["Imogen Tarrant"]
    assert not [f for f in a.facts if f.relation == "role" and a.entity(f.subject).name != "Imogen Tarrant"]


def test_a_driver_is_a_job_title() -> None:
    a = run("Wendell Oakby, 52, a lorry driver, was jailed on Monday.", "2022-09-14")
    roles = [f.value for f in a.facts if f.relation == "role"]
    assert len(roles) == 1 and roles[0].endswith("driver")


def test_a_widow_was_a_spouse_and_her_husband_the_dead_man() -> None:
    a = run("Brenner Oldcastle died on May 3. Oldcastle's widow, Mirela Danescu, told the Corby Gazette that her husband had "
            "been planning a trip to Spain. The couple married in 1990 in Leeds.", "2022-09-14")
    (marriage,) = [e for e in a.events if e.type == "life.marry"]
    assert {a.entity(g.entity).name for g in marriage.args if g.entity and g.role in ("agent", "partner")} == {
        "Brenner Oldcastle", "Mirela Danescu"}
    (spouse,) = [f for f in a.facts if f.relation == "spouse"]
    assert {a.entity(spouse.subject).name, a.entity(spouse.object).name} == {"Brenner Oldcastle", "Mirela Danescu"}
