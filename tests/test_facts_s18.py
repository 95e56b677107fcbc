"""Phrasings found in session 18, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def _events(a, kind: str) -> list[dict[str, str]]:
    return [{g.role: g.text for g in e.args} for e in a.events if e.type == kind]


def test_a_firm_described_by_a_trade_of_people_or_firms_is_a_firm() -> None:
    a = run("Kestrel completed its $2.1 billion purchase of Ardent Copper, a Chilean producer, in March.", "2024-05-08")
    assert _types(a)["Ardent Copper"] == "ORG"
    assert [e["patient"] for e in _events(a, "business.acquire")] == ["Ardent Copper"]
    assert not _events(a, "career.hire")
    assert not [f for f in a.facts if f.relation == "role"]


def test_a_person_so_described_stays_a_person() -> None:
    a = run("The album was made with Ravel Lisk, a French producer, in 2001. Tom Baker, a producer, said it was done.",
            "2024-05-08")
    assert _types(a)["Ravel Lisk"] == "PERSON"
    assert _types(a)["Tom Baker"] == "PERSON"


def test_seen_as_is_thought_of_not_sighted() -> None:
    a = run("Penhale's son, David, had long been seen as a possible successor. Ella Marsh was seen at a hotel in Paris "
            "on Friday.", "2024-05-08")
    assert [e["patient"] for e in _events(a, "report.seen")] == ["Ella Marsh"]
