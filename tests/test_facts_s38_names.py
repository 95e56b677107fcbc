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


def _facts(a: Analysis, relation: str) -> list[tuple[str | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(names.get(f.subject), names.get(f.object or "")) for f in a.facts if f.relation == relation]


def test_a_party_named_by_qualifier_and_family_is_one_name() -> None:
    # "Liberal Democrat councillor Amy Thorne" (NER: "Democrat" alone, the member fact naming it)
    a = run("Politics. Liberal Democrat councillor Amy Thorne resigned on Friday.")
    assert _types_of(a, "Liberal Democrat") == ["ORG"] and ("Amy Thorne", "Liberal Democrat") in _facts(a, "member")
    b = run("Politics. Social Democrat MP Ana Voss resigned on Friday.")
    assert ("Ana Voss", "Social Democrat") in _facts(b, "member")
    c = run("Politics. Ana Voss, a Liberal Democrat, was elected in 2019.")
    assert _types_of(c, "Liberal Democrat") == ["ORG"]  # (NER: "Liberal" and "Democrat")
    d = run("Politics. The Christian Democrats won 30% of the vote in 2021.")
    assert _types_of(d, "Christian Democrats") == ["ORG"]  # (NER: "Christian")


def test_a_faith_or_a_family_alone_stays_as_it_was() -> None:
    a = run("People. Ana Voss, a Christian, was elected in 2019.")
    assert _types_of(a, "Christian") == ["NORP"]
    b = run("Politics. Democrat senator Ana Voss resigned on Friday.")
    assert ("Ana Voss", "Democrat") in _facts(b, "member")
