"""Names typed wrongly (session 38): a person's name NER took for a firm when its holder "became mayor" (a post with no
article only a person holds), a club read as its town before "'s striker" / "'s manager", and a firm named for its oil
trade read as a person; each as invented sentences through the real pipeline, with bodies that become market leaders or
champions kept as bodies."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_who_became_a_bare_post_is_a_person() -> None:
    # "Nadia Price became mayor" (NER: ORG, "Price" a dictionary word), also after a party's possessive
    a = run("Politics. Nadia Price became mayor in 2021.")
    assert _types_of(a, "Nadia Price") == ["PERSON"]
    b = run("Politics. Labour's Nadia Price became mayor in 2021.")
    assert _types_of(b, "Nadia Price") == ["PERSON"] and _types_of(b, "Labour") == ["ORG"]
    c = run("Jobs. Ilse Marr became chief executive of Dovecot Media in 2019.")
    assert _types_of(c, "Ilse Marr") == ["PERSON"] and _types_of(c, "Dovecot Media") == ["ORG"]


def test_bodies_that_become_leaders_or_champions_stay_bodies() -> None:
    a = run("Business. Harlan Steel became the market leader in 2019.")
    assert _types_of(a, "Harlan Steel") == ["ORG"]
    b = run("Business. Corbel Foods became market leader in 2020.")
    assert _types_of(b, "Corbel Foods") == ["ORG"]


def test_a_club_owning_a_striker_or_a_manager_is_no_town() -> None:
    # "Kelby City's striker Dario Venn" (NER: GPE "Kelby City's")
    a = run("Sport. Kelby City's striker Dario Venn scored twice on Saturday.")
    assert _types_of(a, "Kelby City") == ["ORG"] and _types_of(a, "Dario Venn") == ["PERSON"]
    b = run("Sport. Millbrook Town's manager Gary Pym was sacked in May.")
    assert _types_of(b, "Millbrook Town") == ["ORG"]
    c = run("Travel. Kelby City's museum reopened in May.")
    assert _types_of(c, "Kelby City") != ["ORG"]


def test_a_firm_named_for_its_oil_trade_is_no_person() -> None:
    # "Harlan Oil signed a $3bn deal" (NER: PERSON)
    a = run("Deals. Harlan Oil signed a $3bn deal with Peru in March.")
    assert _types_of(a, "Harlan Oil") == ["ORG"]
    b = run("Deals. Veltro Petroleum said on Monday it would cut 300 jobs.")
    assert _types_of(b, "Veltro Petroleum") == ["ORG"]
