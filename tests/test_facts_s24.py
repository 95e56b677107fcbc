"""Phrasings found in session 24, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _roles(event) -> dict[str, str]:  # noqa: ANN001
    return {x.role: x.text for x in event.args}


def test_a_retired_post_told_beside_a_name_is_over() -> None:
    a = run("Tomas Verlan, a retired army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, "PAST_REF")
    a = run("Tomas Verlan, an army general, said the plan would fail.", "2024-05-08")
    assert facts_by_pair(a, "role")[("Tomas Verlan", "army general")] == (None, None)


def test_being_in_a_relationship_with_someone_names_both() -> None:
    a = run("Lena Marsh has been in a relationship with Tobias Krell since 2020.", "2024-05-08")
    assert [(e.time, _roles(e)) for e in a.events if e.type == "life.date"] == [("2020", {"agent": "Lena Marsh", "partner": "Tobias Krell"})]
