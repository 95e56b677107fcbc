"""Names typed wrongly, split or not found, second pass (session 39): a side named for its town that lifts a trophy or
holds a captain, NER seeing nothing or a town; each as small invented articles through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_side_that_lifts_a_trophy_is_a_club() -> None:
    # "Harrowgate Town lifted the trophy" (NER: nothing), "Kelsey City won the league" (NER: GPE)
    a = run("Cup final\nHarrowgate Town lifted the trophy on Saturday. The club's fans invaded the pitch.")
    assert _types_of(a, "Harrowgate Town") == ["ORG"]
    b = run("Football. Kelsey City won the league on Saturday after a 2-0 win. City's fans celebrated.")
    assert _types_of(b, "Kelsey City") == ["ORG"]
    c = run("Football. Ashdown Rovers clinched promotion on Tuesday, the club said.")
    assert _types_of(c, "Ashdown Rovers") == ["ORG"]


def test_a_side_that_holds_a_captain_is_a_club() -> None:
    # "Harrowgate Town's captain, Joe Mercer," (NER: nothing for the side)
    a = run("Football. Harrowgate Town's captain, Joe Mercer, scored twice on Saturday.")
    assert _types_of(a, "Harrowgate Town") == ["ORG"] and _types_of(a, "Joe Mercer") == ["PERSON"]


def test_a_town_that_wins_something_else_stays_a_town() -> None:
    a = run("Travel. Kansas City won the bid to host the games in May.")
    assert _types_of(a, "Kansas City") == ["GPE"]


def test_a_name_whose_s_owns_nothing_keeps_it() -> None:
    # "Sainsbury's reported", "sold at Christie's" (NER: "Sainsbury", "Christie"); a school "head of St Aidan's"
    a = run("Shops. Sainsbury's said on Monday that sales rose 3%. Sainsbury's chief executive, Ann Lee, was pleased.")
    assert _types_of(a, "Sainsbury's") == ["ORG"] and _types_of(a, "Sainsbury") == []
    assert ("Ann Lee", "Sainsbury's") in _facts(a, "employee")
    b = run("Art. The painting was sold at Christie's on Tuesday for £2m, the auction house said.")
    assert _types_of(b, "Christie's") == ["ORG"]
    c = run("Schools. Callum Reed will become head of St Aidan's in April.")
    assert _types_of(c, "St Aidan's") == ["ORG"]
    d = run("Local. For 30 years the day has started at Rahimi's. Bashir Rahimi opened the shop in 1989.")
    assert _types_of(d, "Rahimi's") == ["ORG"] and _types_of(d, "Bashir Rahimi") == ["PERSON"]


def test_a_possessive_that_owns_something_stays_a_possessive() -> None:
    a = run("Business. Halvard Shipping will merge with Brennmoor. Shares in Brennmoor rose, while Halvard's fell 2%.")
    assert _types_of(a, "Halvard's") == []
    b = run("People. The idea was Voss's, said Ana Voss on Monday.")
    assert _types_of(b, "Voss's") == []
    c = run("Business. Sainsbury's profits rose on Monday, Ann Lee said.")
    assert _types_of(c, "Sainsbury's") == []


def _facts(a: Analysis, relation: str) -> list[tuple[str | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(names.get(f.subject), names.get(f.object or "")) for f in a.facts if f.relation == relation]


def test_bodies_listed_with_commas_are_several() -> None:
    # "Marks and Spencer, Sainsbury's and Tesco" (NER: one ORG "Spencer, Sainsbury's")
    a = run("Shops. Marks and Spencer, Sainsbury's and Tesco reported higher sales on Tuesday.")
    assert _types_of(a, "Sainsbury's") == ["ORG"] and _types_of(a, "Tesco") == ["ORG"]
    assert not [e.name for e in a.entities if "," in e.name]


def test_a_firm_with_a_comma_in_its_name_stays_whole() -> None:
    a = run("Tech. Acme, Inc. said on Monday it would hire 300 staff.")
    assert _types_of(a, "Acme, Inc.") == ["ORG"]


def test_a_town_named_for_a_saint_is_no_person_nor_firm() -> None:
    # "The council in St Helens" (NER: PERSON; its plural-looking last word read as a trade: ORG)
    a = run("Local. The council in St Helens said on Friday it would rebuild the library.")
    assert _types_of(a, "St Helens") == ["GPE"]
    b = run("Weather. Flooding hit St Helens and Wigan on Monday.")
    assert _types_of(b, "St Helens") == ["GPE"] and _types_of(b, "Wigan") == ["GPE"]
    c = run("Business. Harrowdene Artists signed the singer in May.")  # a firm named for its trade stays one
    assert _types_of(c, "Harrowdene Artists") == ["ORG"]
