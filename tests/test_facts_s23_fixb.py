"""Phrasings found in session 23 (fix B), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_the_bride_and_the_qualifier_are_no_roles() -> None:
    # a part in a wedding or in a tournament draw says nothing of someone's work
    a = run("Mara Kellet married Tobias Reeve on Saturday. The bride wore a gown of her own design.", "2024-05-08")
    assert ("Mara Kellet", "Tobias Reeve") in facts_by_pair(a, "spouse")
    assert not [k for k in facts_by_pair(a, "role") if k[1] in ("bride", "groom")]
    b = run("Kellet, who won the title in 2019 by beating the qualifier Dana Holm, reached the final.", "2024-05-08")
    assert ("Dana Holm", "qualifier") not in facts_by_pair(b, "role")


def test_the_youngest_member_of_a_body_is_a_rank_not_a_post() -> None:
    a = run("Tomas Verhoeven, the oldest member of the Kelso Town Council, spoke on Monday.", "2024-05-08")
    assert ("Tomas Verhoeven", "Kelso Town Council") in facts_by_pair(a, "member")
    assert not [k for k in facts_by_pair(a, "role") if k[0] == "Tomas Verhoeven"]
    b = run("Tomas Verhoeven, the youngest member of the council, spoke on Monday.", "2024-05-08")
    assert not facts_by_pair(b, "role")
    c = run("Tomas Verhoeven, the longest-serving member of parliament, spoke on Monday.", "2024-05-08")
    assert ("Tomas Verhoeven", "member of parliament") in facts_by_pair(c, "role")


def test_turning_professional_is_a_hiring_only_with_the_team_named() -> None:
    a = run("Mira Santos turned professional in 2011 and has won nine titles.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == []
    b = run("Mira Santos turned pro in 2011 with Koersveld Racing.", "2024-05-08")
    assert "Mira Santos" in event_names(b, "career.hire", "patient")
    assert "Koersveld Racing" in event_names(b, "career.hire", "organization")
