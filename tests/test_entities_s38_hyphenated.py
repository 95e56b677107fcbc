"""A name NER found only from its hyphenated surname ("Tordoff-Pike") takes the capitalised given name
left out before it, as a one-word surname already did ("Emeka Nwosu" found as "Nwosu")."""

from __future__ import annotations

from handmade import analyzed, entity_types, facts_by_pair


def test_a_given_name_left_out_before_a_hyphenated_surname_opens_the_name() -> None:
    a = analyzed("Rovers went back to Ostrowe for the goalkeeper Emeka Tordoff-Pike, 27, who cost £3 million.", "2025-09-02")
    assert entity_types(a).get("Emeka Tordoff-Pike") == "PERSON"
    assert ("Emeka Tordoff-Pike", "27") in facts_by_pair(a, "age")
    b = analyzed("The keeper Emeka Tordoff-Pike joined from Ostrowe Athletic on Friday.", "2025-09-02")
    assert "Emeka Tordoff-Pike" in entity_types(b)


def test_a_hyphenated_firm_keeps_its_name() -> None:
    a = analyzed("Shares in Rolls-Royce rose on Monday after the results.", "2025-09-02")
    assert entity_types(a).get("Rolls-Royce") == "ORG"
