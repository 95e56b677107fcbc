"""Session 37: couples and children told in phrasings no fixture had tried (invented sentences through the real pipeline,
each general gap with two wordings or more and the near miss it must not catch)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, event_names, facts_by_pair, role_texts, typed


def test_a_named_body_after_at_is_where_the_wedding_was() -> None:
    a = run("Ivy Marsh married Colm Reddy at Chatsworth House on Saturday.")  # (the "at" hung on the partner's name)
    assert_event(a, "life.marry", {"agent": "Ivy Marsh", "partner": "Colm Reddy", "place": "Chatsworth House"})
    assert [e.time for e in typed(a, "life.marry")] == ["2024-05-04"]
    b = run("Ivy Marsh and Colm Reddy married at Chatsworth House in 2019.")
    assert_event(b, "life.marry", {"agent": "Ivy Marsh", "place": "Chatsworth House"})
    # ... not the firm where the partner works
    c = run("Ivy Marsh married Colm Reddy, a manager at Tarlow Bank, in 2010.")
    assert role_texts(c, "life.marry", "place") == [[]]


def test_married_to_set_off_by_commas_is_a_state_not_a_wedding() -> None:
    assert_no_event(run("The firm's chief, Ivy Marsh, married to the banker Colm Reddy, resigned on Friday."), "life.marry")
    assert_no_event(run("Ivy Marsh, married to a banker, lives in Kent."), "life.marry")
    # ... a participle that dates the wedding tells it
    a = run("Ivy Marsh, married in 2004 to Colm Reddy, lives in Cork.")
    assert_event(a, "life.marry", {"agent": "Ivy Marsh", "partner": "Colm Reddy"})
    assert_event(run("Nell Varga remarried in 2015, to the banker Theo Lusk."), "life.marry", {"partner": "Theo Lusk"})


def _children(a, parent: str) -> list[str]:
    return sorted(c for (p, c) in facts_by_pair(a, "parent") if p == parent)


def test_every_child_named_after_the_spouse_and_their_children() -> None:
    a = run("Ivy Marsh is survived by her husband Colm Reddy and their two sons, Niall and Ruairi.")
    assert _children(a, "Ivy Marsh") == ["Niall", "Ruairi"]
    assert _children(a, "Colm Reddy") == ["Niall", "Ruairi"]
    assert sorted(n for n in event_names(a, "family.child", "child") if n) == ["Niall", "Ruairi"]
    b = run("Ivy Marsh lives in Cork with her husband, Colm Reddy, and their daughters, Aoife and Grainne.")
    assert _children(b, "Ivy Marsh") == ["Aoife", "Grainne"]
    assert _children(b, "Colm Reddy") == ["Aoife", "Grainne"]


def test_a_child_of_a_and_b_with_one_possessive_ending_is_both_of_theirs() -> None:
    a = run("Ivy Marsh and Colm Reddy's son, Niall, attends school in Cork.")
    assert _children(a, "Colm Reddy") == ["Niall"]
    assert_event(a, "family.child", {"parent": "Colm Reddy"})
    b = run("Ivy Marsh and Colm Reddy's children, Aoife and Niall, attend school in Cork.")
    assert _children(b, "Ivy Marsh") == ["Aoife", "Niall"]
    assert _children(b, "Colm Reddy") == ["Aoife", "Niall"]
    # ... each with a possessive of their own: two people's relatives, no couple
    c = run("Ivy Marsh's brother and Colm Reddy's son, Niall, spoke at the funeral.")
    assert "Ivy Marsh" not in {p for (p, _) in facts_by_pair(c, "parent")}


def test_the_partner_after_an_engagement_or_marriage_that_was_celebrated() -> None:
    # "celebrated her engagement to X": the "to" the parser hung on the verb is the noun's
    a = run("Ivy Marsh celebrated her engagement to Colm Reddy at a party in Cork on Sunday.")
    assert_event(a, "life.engage", {"agent": "Ivy Marsh", "partner": "Colm Reddy"})
    b = run("Ivy Marsh celebrated her marriage to Colm Reddy with a party in 2010.")
    assert_event(b, "life.marry", {"agent": "Ivy Marsh", "partner": "Colm Reddy"})
    # ... and a move celebrated is still one to a club
    c = run("Colm Reddy celebrated his move to Fenwick Rovers with a goal on Sunday.")
    assert_event(c, "career.hire", {"organization": "Fenwick Rovers"})
