"""Session 66: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair, named_args


def test_a_parent_introduced_through_the_grown_up_subject_is_kinship_not_a_family_event() -> None:
    a = run("Tobiah Wrenfield signed for Oxley Rovers on Friday. Wrenfield, whose father, Dermot Wrenfield, played for "
            "Castlebay in the 1980s, is the club's second signing.", "2025-08-29")
    assert named_args(a, "family.child") == []
    assert ("Dermot Wrenfield", "Tobiah Wrenfield") in facts_by_pair(a, "parent")
    b = run("The singer Lorna Pettifer-Vale married on Saturday. She had asked Pettifer-Vale's mother, the retired judge "
            "Agnes Pettifer-Vale, to give a reading.", "2025-08-29")
    assert named_args(b, "family.child") == []
    # ... a child introduced through the parent is one the parent had
    c = run("Dermot Wrenfield played for Castlebay in the 1980s. His son, Tobiah Wrenfield, signed for Oxley Rovers on "
            "Friday.", "2025-08-29")
    assert [(r.get("parent"), r.get("child")) for r in named_args(c, "family.child")] == [("Dermot Wrenfield", "Tobiah Wrenfield")]
