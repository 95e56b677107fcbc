"""Session 35: constructions the parse defeats (a particle read as a preposition, a verb read as an adjective after an
apposition or before its bare object, a headline's passive without its auxiliary), as invented sentences through the
real pipeline, each repair with two wordings or more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_particle_read_as_a_preposition_keeps_its_verb_and_object() -> None:
    # "has taken on X", "roped in X": the parser reads "on" / "in" as a preposition (X its object, or the verb's past it)
    a = run("Marlow Bank has taken on Jo Fry as finance director.")
    assert event_names(a, "career.hire", "patient") == ["Jo Fry"]
    assert role_texts(a, "career.hire", "role") == [["finance director"]]
    b = run("Kelso Bank has roped in Amy Stone as an adviser.")
    assert event_names(b, "career.hire", "patient") == ["Amy Stone"]
    c = run("The bank brought in Kit Lowe as interim chief in May.")
    assert event_names(c, "career.hire", "patient") == ["Kit Lowe"]
    assert [e.time for e in typed(c, "career.hire")] == ["2024-05"]
    d = run("Rovers have signed up Nia Ford on a two-year deal.")
    assert event_names(d, "career.hire", "patient") == ["Nia Ford"]
    # ... not a time or a place after the word
    e = run("Kelso Bank brought in record profits in 2019, Amy Stone said.")
    assert not typed(e, "career.hire")


def test_a_verb_read_as_an_adjective_before_its_bare_object_heads_the_sentence() -> None:
    # "The club parted company with X": "parted" read as an adjective of "company", the sentence left without a verb
    a = run("The club parted company with Ian Pruett on Monday.")
    assert event_names(a, "career.fire", "patient") == ["Ian Pruett"]
    assert [e.time for e in typed(a, "career.fire")] == ["2024-05-06"]
    assert not typed(a, "life.separate")
    b = run("The board parted ways with its chief executive, Ian Pruett, on Friday.")
    assert event_names(b, "career.fire", "patient") == ["Ian Pruett"]
    c = run("Hexley Rangers have parted company with manager Ian Pruett after a run of defeats.")
    assert event_names(c, "career.fire", "patient") == ["Ian Pruett"]
    # ... a real adjective stays one
    d = run("She listened with parted lips as Ian Pruett spoke.")
    assert not typed(d, "career.fire") and not typed(d, "life.separate")


def test_a_verb_after_the_apposition_of_the_opening_name_is_its_verb() -> None:
    # "X, the founder of Kito, married Y": "married" read as an adjective of Y, Y as one more apposition of X
    a = run("Tess Morley, the founder of Kito, married Aiden Cole in 2015.")
    assert event_names(a, "life.marry", "partner") == ["Aiden Cole"]
    assert [e.time for e in typed(a, "life.marry")] == ["2015"]
    b = run("Nia Bell, the singer, married Aiden Cole.")
    assert event_names(b, "life.marry", "agent") == ["Nia Bell"]
    assert event_names(b, "life.marry", "partner") == ["Aiden Cole"]
    # ... not an adjective inside the subject ("her married lover")
    c = run("The married couple, Tom and Ann Vick, opened a bakery in Leeds.")
    assert not typed(c, "life.marry")


def test_a_headline_passive_without_its_auxiliary() -> None:
    # "X sacked by Y", "X arrested over Y": the one it happened to is the passive's subject, not the doer
    a = run("Pruett sacked by Hexley Rangers\n\nThe decision came after a 4-0 defeat.")
    assert role_texts(a, "career.fire", "patient") == [["Pruett"]]
    assert event_names(a, "career.fire", "agent") == ["Hexley Rangers"]
    s = run("Ana Lind sued by former business partner\n\nThe claim was filed in Leeds.")
    assert event_names(s, "legal.sue", "target") == ["Ana Lind"]
    b = run("Ex-minister Alan Birch arrested over fraud claims\n\nPolice gave no further details.")
    assert event_names(b, "legal.arrest", "patient") == ["Alan Birch"]
    c = run("Brothers Ian and Rob Tate jailed for warehouse raid\n\nThe raid took place in 2022.")
    assert ["Rob Tate"] in [[t for t in texts if t == "Rob Tate"] for texts in role_texts(c, "legal.sentence", "patient")]
    assert role_texts(c, "legal.sentence", "agent") == [[]]
    # ... a sentence with its own stop, and an active headline, keep their doer
    d = run("Hexley Rangers sacked Ian Pruett by text message on Monday.")
    assert event_names(d, "career.fire", "patient") == ["Ian Pruett"]
    e = run("Police arrest Alan Birch over fraud claims\n\nHe denies it.")
    assert event_names(e, "legal.arrest", "patient") == ["Alan Birch"]


def test_a_headline_verb_in_the_plural_after_a_team_is_no_noun() -> None:
    # "Rovers sack X", "Calder Vale appoint Y": the parser reads the verb as a noun inside one long name
    a = run("Hexley Rangers sack manager Ian Pruett\n\nHe was in charge for two years.")
    assert event_names(a, "career.fire", "patient") == ["Ian Pruett"]
    assert event_names(a, "career.fire", "agent") == ["Hexley Rangers"]
    b = run("Calder Vale appoint Jo Fry as new manager\n\nShe starts next week.")
    assert event_names(b, "career.appoint", "patient") == ["Jo Fry"]
    assert role_texts(b, "career.appoint", "role") == [["new manager"]]
    c = run("Ketley Town sign striker Leon Abbey\n\nThe fee was not disclosed.")
    assert event_names(c, "career.hire", "patient") == ["Leon Abbey"]
    n = run("Ketley Town name Jo Fry as new manager\n\nShe starts next week.")
    assert event_names(n, "career.appoint", "patient") == ["Jo Fry"]
    # ... and players counted, signed in the same headline, are no document
    d = run("Ketley Town sack Tom Rudd and sign three before the deadline\n\nIt was a busy day.")
    assert event_names(d, "career.fire", "patient") == ["Tom Rudd"]
    assert not typed(d, "politics.sign")
    # ... a title between a name and a name stays a title
    e = run("Ketley Town manager Ian Pruett\n\nHe was in charge for two years.")
    assert not typed(e, "career.fire") and not typed(e, "career.hire")


def test_a_particle_after_the_object_and_let_someone_go() -> None:
    # "has taken X on as ...": "on" after the object, a preposition with nothing of its own
    a = run("Kelso Bank has taken Tom Avery on as a senior adviser.")
    assert event_names(a, "career.hire", "patient") == ["Tom Avery"]
    assert role_texts(a, "career.hire", "role") == [["a senior adviser"]] or role_texts(a, "career.hire", "role") == [["senior adviser"]]
    # "let X go": the parser makes X the subject of "go"
    b = run("Linmore let Ruth Pell go in 2022.")
    assert event_names(b, "career.fire", "patient") == ["Ruth Pell"]
    assert [e.time for e in typed(b, "career.fire")] == ["2022"]
    c = run("Hexley Rangers let Dale Rudd go after two seasons.")
    assert event_names(c, "career.fire", "patient") == ["Dale Rudd"]
    # ... not "on" with a place of its own, nor "let X go home"
    d = run("Ruth Pell took her coat on the bus.")
    assert not typed(d, "career.hire")
    e = run("The teacher let Ruth Pell go home early on Friday.")
    assert not typed(e, "career.fire")


def test_a_company_named_with_a_word_a_rule_lists_is_still_bought() -> None:
    # "bought Kestrel Homes": the company's name ends in "Homes", which the rule for houses bought lists
    a = run("Dunmore Group bought Kestrel Homes in 2020.")
    assert event_names(a, "business.acquire", "patient") == ["Kestrel Homes"]
    b = run("Kestrel Homes was bought by Dunmore Group for £95m in 2020.")
    assert event_names(b, "business.acquire", "agent") == ["Dunmore Group"]
    assert [e.time for e in typed(b, "business.acquire")] == ["2020"]
    # ... homes bought are still no company
    c = run("Dunmore Group bought 40 homes in Leeds in 2020.")
    assert not typed(c, "business.acquire")


def test_a_rival_bought_is_a_company_whatever_type_its_name_got() -> None:
    # "snapped up rival X": "rival" tagged an adjective; the name typed a person is still a company bought, no hiring
    a = run("Tarrant Mills snapped up rival Eden Yarns for £3.2m last week.")
    assert event_names(a, "business.acquire", "patient") == ["Eden Yarns"]
    assert not typed(a, "career.hire")
    b = run("Harlow Foods bought rival Pell Bakeries in 2019.")
    assert event_names(b, "business.acquire", "patient") == ["Pell Bakeries"]
    # ... a rival's player is still hired
    c = run("Ketley snapped up rival striker Leon Abbey in May.")
    assert event_names(c, "career.hire", "patient") == ["Leon Abbey"]
