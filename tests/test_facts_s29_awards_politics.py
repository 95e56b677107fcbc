"""Prizes, works and elections (session 29: wins, nominations, releases and elections across all the development
articles), each rule pinned by invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import facts_by_pair, typed


def _named(a: Analysis, kind: str, role: str) -> list[set[str]]:
    """For each event of a type, the entity names (or, unnamed, the texts) in a role."""
    out = []
    for e in typed(a, kind):
        out.append({(a.entity(g.entity).name if a.entity(g.entity) else g.text) for g in e.args if g.role == role})
    return out


# ---------------------------------------------------------------- the seat an election is won in


def test_a_seat_named_by_a_bare_name_is_the_elections_place_not_a_body_joined() -> None:
    # "her Brackley seat": a constituency the recognizer takes for an organisation is where, and no party joined
    a = run("Maria Olsen, a retired nurse, won her Brackley seat at a by-election last November.", "2024-05-08")
    assert _named(a, "politics.elect", "place") == [{"Brackley"}]
    assert not _named(a, "politics.elect", "organization")[0]
    assert ("Maria Olsen", "Brackley") not in facts_by_pair(a, "member")
    b = run("Kaija Lund kept her seat in Tormund, where she was first elected in 2013.", "2024-05-08")
    assert {"Tormund"} in _named(b, "politics.elect", "place")


def test_a_constituency_after_elected_for_or_in_is_the_place() -> None:
    a = run("Petra Quist, elected for Ollerby only in 2019, said she would sit as an independent.", "2024-05-08")
    assert _named(a, "politics.elect", "place") == [{"Ollerby"}]
    b = run("Ivo Marsh was comfortably re-elected in Ward 3 on Monday.", "2024-05-08")
    assert _named(b, "politics.elect", "place") == [{"Ward 3"}]
    c = run("Sanne Ruud, who was re-elected in Tolvik North on Sunday, thanked her volunteers.", "2024-05-08")
    assert {"Tolvik North"} in _named(c, "politics.elect", "place")


def test_a_party_after_elected_for_stays_the_organisation() -> None:
    a = run("Jon Berg was elected for the Green Alliance in 2019.", "2024-05-08")
    assert _named(a, "politics.elect", "organization") == [{"Green Alliance"}]
    assert not _named(a, "politics.elect", "place")[0]
    b = run("Jon Berg was elected for Labour in 2019.", "2024-05-08")
    assert _named(b, "politics.elect", "organization") == [{"Labour"}]
    c = run("Anna Berg held the Liberal seat with an increased majority.", "2024-05-08")
    assert not any(_named(c, "politics.elect", "place"))
