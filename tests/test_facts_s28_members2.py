"""Membership phrasings that recur across the development articles (session 28, second round), each as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_the_party_stands_for_a_union_or_a_movement_named_as_a_party() -> None:
    # "the party's chief whip" after "the Onward Union": a party need not say "Party" in its name
    a = run("Jana Moss was elected leader of the Onward Union on Saturday. Tomas Breck, the party's chief whip, "
            "keeps his job.", "2024-05-08")
    assert ("Tomas Breck", "Onward Union") in facts_by_pair(a, "member")
    b = run("Jana Moss quit the Reform Movement on Saturday. The party's president, Ilona Varga, said she was sorry.",
            "2024-05-08")
    assert ("Ilona Varga", "Reform Movement") in facts_by_pair(b, "member")
    c = run("Jana Moss quit the Green Alliance on Saturday. Its former treasurer Karl Ost, who left the party in 2019, "
            "said he was not surprised.", "2024-05-08")
    assert ("Karl Ost", "Green Alliance") in facts_by_pair(c, "member")


def test_the_party_is_the_body_the_text_calls_a_party_before_a_nearer_union() -> None:
    # "The X party and the Y Accord ...": "the party" is X, which the text called one, not the nearer Y
    a = run("The Civic Compass party and the Liberal Accord signed a deal on Friday. Greta Munk, who has led the party "
            "since 2019, was pleased.", "2024-05-08")
    assert ("Greta Munk", "Civic Compass") in facts_by_pair(a, "member")
    assert ("Greta Munk", "Liberal Accord") not in facts_by_pair(a, "member")


def test_a_workers_union_is_no_party() -> None:
    a = run("The Transit Workers' Union called a strike on Monday. Tomas Breck, the party's chief whip, criticised it.",
            "2024-05-08")
    assert ("Tomas Breck", "Transit Workers' Union") not in facts_by_pair(a, "member")


def test_a_nationality_that_is_also_a_given_name_after_the_is_no_part_of_the_name() -> None:
    # "the Finn Eero Halonen", "the Dane X": no given name takes "the", so the word is the nationality
    a = run("Tom Ball won the title for Kelso Racing on Sunday, finishing behind his teammate, the Finn Eero Halonen.",
            "2024-05-08")
    assert ("Eero Halonen", "Kelso Racing") in facts_by_pair(a, "member")
    b = run("The race was won by the Dane Ian Fry, who rides for Kelso Cycling.", "2024-05-08")
    assert "Ian Fry" in [e.name for e in b.entities if e.type == "PERSON"]
    c = run("Finn Lowry won the race on Sunday.", "2024-05-08")
    assert "Finn Lowry" in [e.name for e in c.entities if e.type == "PERSON"]
