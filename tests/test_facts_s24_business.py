"""Phrasings found in session 24 (business and legal stories: funding rounds, takeovers, lawsuits,
fraud trials), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def role_values(a: Analysis, person: str) -> list[str | None]:
    """The role titles told of one person."""
    return [f.value for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person]


def test_a_name_ner_missed_before_a_person_apposition_is_a_person() -> None:
    # NER found nothing of "Lorcan Olleray" (and took the surname alone for a firm): two capitalised
    # words set off by ", the former finance director of ..." and called by the surname again name a person
    a = run("Former Pennard finance chief jailed for six years over accounting fraud\n\nLorcan Olleray, the former finance "
            "director of the collapsed haulage group Pennard Haulage, was jailed for six years on Monday for an accounting "
            "fraud. Olleray was convicted in March.", "2024-05-08")
    assert entity_types(a).get("Lorcan Olleray") == "PERSON"
    assert "Lorcan Olleray" in event_names(a, "legal.sentence", "patient")
    assert "Lorcan Olleray" in event_names(a, "legal.convict", "patient")


def test_a_person_and_the_body_whose_post_follows_are_two_names() -> None:
    # NER ran "Magnus Aldous-Faye, Pellow's" together as one name: the person, then the firm
    a = run("Pellow Textiles has sued a rival over a dye patent. \"Today's ruling confirms what we have said from the "
            "start,\" said Magnus Aldous-Faye, Pellow's general counsel.", "2024-05-08")
    assert entity_types(a).get("Magnus Aldous-Faye") == "PERSON"
    assert ("Magnus Aldous-Faye", "Pellow Textiles") in facts_by_pair(a, "employee")
    assert "general counsel" in role_values(a, "Magnus Aldous-Faye")


def test_audio_and_acoustics_close_a_company_name() -> None:
    a = run("Kerrin Audio sued Dalmore Acoustics in May 2022. Kerrin had accused Dalmore of copying its speakers.", "2024-05-08")
    types = entity_types(a)
    assert types.get("Kerrin Audio") == "ORG" and types.get("Dalmore Acoustics") == "ORG"
    assert event_names(a, "legal.sue", "agent") == ["Kerrin Audio"]
    assert event_names(a, "legal.sue", "target") == ["Dalmore Acoustics"]
