"""Session 37: membership facts (`member`) told in phrasings no test had tried -- a band named right before its
player's title ("Paper Lanterns bassist X", "the former Copper Wolves drummer X"), ... -- as invented sentences
through the real pipeline, each with two wordings or more and the near misses they must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def test_a_band_named_right_before_its_players_title() -> None:
    # NER misses or mistypes the band's words before "bassist", "drummer", "guitarist": the band, its player a member
    a = run("Paper Lanterns bassist Ruth Imrie said the tour was cancelled.")
    assert ("Ruth Imrie", "Paper Lanterns") in facts_by_pair(a, "member")
    b = run("Ruth Imrie, the Paper Lanterns bassist, said the tour was cancelled.")
    assert ("Ruth Imrie", "Paper Lanterns") in facts_by_pair(b, "member")
    c = run("The former Glass Harbour guitarist Neil Osei died on Sunday.")
    assert facts_by_pair(c, "member").get(("Neil Osei", "Glass Harbour")) == (None, "PAST_REF")
    d = run("Kestrel Lane drummer Abe Voss quit the group in 2020.")
    assert ("Abe Voss", "Kestrel Lane") in facts_by_pair(d, "member")
    e = run("The former Copper Wolves drummer Ray Orr has joined Hollow Pines.")
    assert facts_by_pair(e, "member").get(("Ray Orr", "Copper Wolves")) == (None, "PAST_REF")
    # ... not a place's player, nor a kind of playing
    f = run("The New Jersey drummer Ray Orr died on Sunday.")
    assert not facts_by_pair(f, "member") and entity_types(f)["New Jersey"] == "GPE"
    assert not facts_by_pair(run("Session drummer Ray Orr died on Sunday."), "member")


def test_a_party_word_before_a_legislator_title_before_the_name() -> None:
    # "Conservative MP Eliza Marsh": the party and the title both lean on the name; she is the party's member
    a = run("Conservative MP Eliza Marsh criticised the plan on Friday.")
    assert ("Eliza Marsh", "Conservative") in facts_by_pair(a, "member")
    assert ("Eliza Marsh", "Conservative") not in facts_by_pair(a, "employee")
    # ... and leaving the party told as its own object ends the membership then
    b = run("Conservative MP Eliza Marsh resigned from the party on Tuesday.")
    assert facts_by_pair(b, "member").get(("Eliza Marsh", "Conservative")) == (None, "2024-04-30")
    c = run("Eliza Marsh, a Labour councillor since 2015, quit the party on Tuesday.")
    assert facts_by_pair(c, "member").get(("Eliza Marsh", "Labour")) == ("2015", "2024-04-30")
    # ... not a leaving of the cabinet, nor a leader stepping down (a post left, the party kept)
    d = run("Labour MP Eliza Marsh resigned from the cabinet on Tuesday.")
    assert facts_by_pair(d, "member").get(("Eliza Marsh", "Labour")) == (None, None)
    e = run("Hesper Tarrasch led the Heartland Party for seven years. She stepped down in November.")
    assert facts_by_pair(e, "member").get(("Hesper Tarrasch", "Heartland Party")) == (None, None)


def test_members_of_a_body_after_names_joined_by_and() -> None:
    # "A and B, both members of the X Choir": each is its member (the noun says membership: no employee)
    a = run("Ada Quist and Bel Norr, both members of the Harwick Choir, sang at the service.")
    assert set(facts_by_pair(a, "member")) == {("Ada Quist", "Harwick Choir"), ("Bel Norr", "Harwick Choir")}
    assert not facts_by_pair(a, "employee")
    b = run("Ada Quist and Bel Norr, members of the Harwick Rotary Club, spoke.")
    assert set(facts_by_pair(b, "member")) == {("Ada Quist", "Harwick Rotary Club"), ("Bel Norr", "Harwick Rotary Club")}
    # ... but members of staff are a body's employees
    c = run("Ada Quist and Bel Norr, members of staff at Harwick Foods, spoke.")
    assert not facts_by_pair(c, "member")
    assert ("Bel Norr", "Harwick Foods") in facts_by_pair(c, "employee")


def test_one_of_the_members_of_a_body() -> None:
    # "X is one of the (founding) members of Y", "X, one of the founding members of Y,": the title hangs on "one"
    a = run("Jo Wren is one of the founding members of Tinfoil Saints.")
    assert ("Jo Wren", "Tinfoil Saints") in facts_by_pair(a, "member")
    b = run("Jo Wren, one of the founding members of the Harwick Rotary Club, spoke.")
    assert ("Jo Wren", "Harwick Rotary Club") in facts_by_pair(b, "member")
    c = run("Jo Wren was one of the fellows of the Royal Society.")
    assert ("Jo Wren", "Royal Society") in facts_by_pair(c, "member")
    # ... not one of the members of the public
    assert not facts_by_pair(run("Jo Wren is one of the members of the public who called."), "member")
