"""Phrasings found in session 23 (tournament wins, award nights, elections, weddings), each as an invented
sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def test_a_name_opening_the_story_after_a_dateline_is_a_person() -> None:
    a = run("DRAYFORD — Rosalind Tavish-Quarry beat the defending champion Anke Morvath 6-4, 3-6, 7-5 in Drayford on "
            "Sunday to win the Ostwick Open for the second time. The 26-year-old Uruguayan saved two match points.",
            "2024-05-08")
    assert entity_types(a).get("Rosalind Tavish-Quarry") == "PERSON"
    assert event_names(a, "career.win", "agent") == ["Rosalind Tavish-Quarry"]
    assert ("Rosalind Tavish-Quarry", "26") in facts_by_pair(a, "age")
