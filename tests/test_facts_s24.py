"""Phrasings found in session 24, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_a_retired_post_told_beside_a_name_is_over() -> None:
    a = run("Tomas Verlan, a retired army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, "PAST_REF")
    a = run("Tomas Verlan, an army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, None)
