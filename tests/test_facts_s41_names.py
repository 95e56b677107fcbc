"""Session 41: names and their types from context (titles of works read whole and as works), as invented texts
through the real pipeline; each rule with the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, typed


def test_a_possessive_inside_an_apposed_title_keeps_the_title_whole() -> None:
    a = run("Her first novel, Morrow's Orchard, was published in 2001 to little notice.")
    assert entity_types(a).get("Morrow's Orchard") == "WORK"
    assert event_names(a, "report.publish", "work") == ["Morrow's Orchard"]
    assert [e.time for e in typed(a, "report.publish")] == ["2001"]
    # ... an owner before a lower-case word is no title
    b = run("Her first novel was praised by Ana Morrow's editor in 2001.")
    assert "WORK" not in entity_types(b).values()


def test_an_ordinal_apposed_stands_for_a_work_counted_before() -> None:
    a = run("She wrote three novels in Lisbon. The second, Ashfield Road, was published in 2012.")
    assert entity_types(a).get("Ashfield Road") == "WORK"
    assert event_names(a, "report.publish", "work") == ["Ashfield Road"]
    assert [e.time for e in typed(a, "report.publish")] == ["2012"]
    b = run("The quartet's debut album, Harbour Lights, was released in 1971. Its third, Paper Mills, came out in 1975.")
    assert entity_types(b).get("Paper Mills") == "WORK"
    # ... not a child counted among someone's children
    c = run("He has two daughters. The second, Clara Benn, was born in 1990.")
    assert entity_types(c).get("Clara Benn") == "PERSON"
    assert event_names(c, "life.born", "patient") == ["Clara Benn"]


def test_a_peer_s_title_opens_a_person_s_name() -> None:
    a = run("The chair of the trust, Baroness Imogen Castlereagh, said the search had been long.")
    assert entity_types(a).get("Imogen Castlereagh") == "PERSON"
    # ... not a building named after a peer's title
    b = run("The play opened at the Duchess Theatre in 2019.")
    assert entity_types(b).get("Duchess Theatre") != "PERSON"


def test_the_rival_before_a_name_is_a_body_unless_the_name_is_a_person_s() -> None:
    a = run("Odile Brankstone left in April for the rival Evening Torch, where she writes a weekly column.")
    assert entity_types(a).get("Evening Torch") == "ORG"
    assert event_names(a, "career.hire", "organization") == ["Evening Torch"]
    b = run("Kasia Nowak lost the final to the rival Tomasz Wielgosz on Sunday.")
    assert entity_types(b).get("Tomasz Wielgosz") == "PERSON"


def test_the_category_of_a_prize_given_says_what_its_winner_is() -> None:
    a = run("Best director went to Tobiah Quennell for \"Copper Rain\", a war film.")
    assert entity_types(a).get("Tobiah Quennell") == "PERSON"
    b = run("Best documentary went to Lowland, a portrait of a drowned village.")
    assert entity_types(b).get("Lowland") == "WORK"
    # ... no category, no vote: a prize goes to people, works and bodies alike
    c = run("The prize went to Harrow Vale.")
    assert entity_types(c).get("Harrow Vale") != "WORK"


def test_a_side_s_women_s_team_is_one_name() -> None:
    a = run("Calderbrook Vale Women have appointed Hedda Marsk as their head coach.")
    assert entity_types(a).get("Calderbrook Vale Women") == "ORG"
    # ... "women" in lower case is no part of a name
    b = run("Calderbrook Vale women have long campaigned for a new pitch.")
    assert "Calderbrook Vale women" not in entity_types(b)


def test_a_festival_is_a_body_an_award_an_occasion() -> None:
    a = run("The Morrowgate Film Festival was founded in 1971. Its director, Ilse Marrin, said the jury had been bold.")
    assert entity_types(a).get("Morrowgate Film Festival") == "ORG"
    assert event_names(a, "business.found", "organization") == ["Morrowgate Film Festival"]
    assert [e.time for e in typed(a, "business.found")] == ["1971"]
    # ... a prize stays an occasion, never a body
    b = run("Ilse Marrin won the Morrowgate Film Prize in 1971.")
    assert entity_types(b).get("Morrowgate Film Prize") == "EVENT"


def test_a_person_of_the_body_read_as_one_name_is_split() -> None:
    a = run("The upset came in Marsk North, where Ilse Vantongeren of the Orchard League, who had held the seat since 2008, "
            "was beaten.")
    types = entity_types(a)
    assert types.get("Ilse Vantongeren") == "PERSON"
    assert types.get("Orchard League") == "ORG"
    # ... not a body named for a thing "of the" something, a given name first ("Grace Church")
    b = run("She sang at Grace Church of the Holy Cross on Sunday.")
    assert entity_types(b).get("Grace Church of the Holy Cross") == "ORG"


def test_a_quoted_title_a_label_puts_out_is_a_work() -> None:
    a = run('Last Friday the studio put out "Granite Psalm", a documentary about quarrymen.')
    assert entity_types(a).get("Granite Psalm") == "WORK"
    assert event_names(a, "career.release", "work")[:1] == ["Granite Psalm"]
    # ... "put out" a fire, a statement: no quoted title, no work
    b = run('Crews put out the fire at Granite Hall on Friday.')
    assert "WORK" not in entity_types(b).values()
