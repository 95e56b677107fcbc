"""Phrasings found in session 25 (crime and courts: arrests, charges, trials, lawsuits, police
careers), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair, typed


def test_officers_from_a_force_arrest_for_the_force() -> None:
    # the officers' body is who arrests: "by detectives from X", "officers from X arrested", and a raid's "by"
    for text in ("Lena Oaks was arrested at her flat in Brinmore by detectives from the Holtby Constabulary.",
                 "Officers from the Holtby Constabulary arrested Lena Oaks on Friday.",
                 "Lena Oaks was detained on Monday during raids on three homes carried out by officers from the Holtby "
                 "Constabulary."):
        a = run(text, "2024-05-08")
        assert event_names(a, "legal.arrest", "agent") == ["Holtby Constabulary"], text


def test_the_force_is_the_police_force_in_view() -> None:
    a = run("Pia Voss, a sergeant with Kelby Police, joined the force as a constable in 1995. She retired in May 2021.",
            "2024-05-08")
    assert event_names(a, "career.hire", "organization") == ["Kelby Police"]
    assert facts_by_pair(a, "employee")[("Pia Voss", "Kelby Police")] == ("1995", "2021-05")


def test_a_payout_or_a_legal_battle_won_is_no_prize() -> None:
    for text in ("Actor Tilda Morrow wins libel payout from Daily Gleam publisher",
                 "Tilda Morrow won her legal battle with the Gleam in March."):
        assert typed(run(text, "2024-05-08"), "career.win") == [], text
    assert len(typed(run("Tilda Morrow won the Orrin Prize in March.", "2024-05-08"), "career.win")) == 1


def test_struck_on_the_head_is_no_title() -> None:
    a = run("One of the guards, Ned Farrow, was struck on the head with a bat.", "2024-05-08")
    assert ("Ned Farrow", "head") not in facts_by_pair(a, "role")
