"""Event arguments, third pass -- life, family and legal events -- told in phrasings no fixture article had tested
(session 36): invented sentences through the real pipeline, each fix with two wordings or more and a near miss."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names


def test_a_clause_opened_by_a_name_and_its_age_keeps_its_verb_before_according_to() -> None:
    # "X, 38, filed for divorce ..., according to court records": "according" is no second verb of the clause, so the
    # past form the parser hung on the name is still the sentence's verb (X files, X divorces)
    a = run("Talla Ormsby, 38, filed for divorce at the Castlebrook Family Court last Friday, according to court records.")
    assert event_names(a, "life.divorce", "agent") == ["Talla Ormsby"]
    b = run("Nadia Frost, 41, filed for divorce in March, according to court documents.")
    assert_event(b, "life.divorce", {"agent": "Nadia Frost"})
    # ... a sentence with a verb of its own keeps the participle ("X, 38, filed under 'pending', was ...")
    c = run("Talla Ormsby, 38, who filed for divorce last year, was arrested on Friday, according to police.")
    assert event_names(c, "legal.arrest", "patient") == ["Talla Ormsby"]


def test_it_sued_is_the_body_in_view() -> None:
    # "after X sued it for unfair dismissal": one sues a body, so "it" is the one organisation named near it
    a = run("Halvern Bank was ordered to pay damages after Tessa Morrow sued it for unfair dismissal.")
    assert_event(a, "legal.sue", {"agent": "Tessa Morrow", "target": "Halvern Bank"})
    assert event_names(a, "legal.sue", "target") == ["Halvern Bank"]
    b = run("Kestrel Foods has settled with a former driver, Owen Tarrant, who sued it in 2021 over unpaid wages.")
    assert "Kestrel Foods" in event_names(b, "legal.sue", "target")
    # ... with two bodies named, "it" stays unresolved
    c = run("Kestrel Foods said on Monday that Halvern Bank is suing it over unpaid invoices.")
    assert "Halvern Bank" not in event_names(c, "legal.sue", "target")


def test_people_counted_before_they_are_named_with_ages_and_addresses() -> None:
    # "Two men have been charged ... A, 27, of X Road, Y, and B, 31, ...": the parser coordinated B with A's address
    a = run("Two men have been charged after a jewellery shop in Wrayford was raided, police said on Tuesday.\n\n"
            "Jared Oakshott, 27, of Fallowby Road, Wrayford, and Niall Beddowes, 31, who has no fixed address, are accused of robbery.")
    assert sorted(n for n in event_names(a, "legal.charge", "patient") if n) == ["Jared Oakshott", "Niall Beddowes"]
    # ... or hung both names as subjects of the verb, the "and" on the first
    b = run("Two men have been charged over a raid on a jeweller's shop in Sallowmead. "
            "Jared Pike, 24, and Niall Dunne, 31, will appear in court on Friday.")
    assert sorted(n for n in event_names(b, "legal.charge", "patient") if n) == ["Jared Pike", "Niall Dunne"]
    c = run("Two women were arrested in Leeds on Friday. Ruth Calder, 44, of Tenter Street, and Nadia Frost, 39, were released on bail.")
    assert sorted(n for n in event_names(c, "legal.arrest", "patient") if n) == ["Nadia Frost", "Ruth Calder"]
    # ... a count that does not fit names no one
    d = run("Three men have been charged over the raid. Jared Pike, 24, and Niall Dunne, 31, will appear in court on Friday.")
    assert not [n for n in event_names(d, "legal.charge", "patient") if n]


def test_a_pair_before_a_possessive_kin_noun_are_its_parents() -> None:
    # "A and B's son, C, was born": a singular verb has one subject, the son; the pair are his parents (not A born)
    a = run("Doran Pike and Marta Quill's son, Leo, was born in Bristol in 2016.")
    assert_event(a, "family.child", {"parent": "Doran Pike", "child": "Leo"})
    assert_event(a, "family.child", {"parent": "Marta Quill", "child": "Leo"})
    assert "Doran Pike" not in event_names(a, "life.born", "patient")
    b = run("Walter and Edith Ibbotsley's son, Alaric Ibbotsley, was born in 1962.")
    assert_event(b, "family.child", {"parent": "Walter", "child": "Alaric Ibbotsley"})
    assert_event(b, "family.child", {"parent": "Edith Ibbotsley", "child": "Alaric Ibbotsley"})
    # ... a plural verb keeps the two subjects ("A and B's son were arrested": both of them)
    c = run("Doran Pike and Marta Quill's son were arrested in Leeds.")
    assert "Doran Pike" in event_names(c, "legal.arrest", "patient")


def test_the_name_of_an_area_is_where_it_happened() -> None:
    # "at an address in the Sallowmead area of Leeds": the district named before "area" is the place, whatever the NER typed it
    a = run("Jonas Lerche was arrested at an address in the Sallowmead area of Leeds on Thursday.")
    assert_event(a, "legal.arrest", {"patient": "Jonas Lerche", "place": "Sallowmead"})
    b = run("Ines Calloway died at her home in the Kelvinside district of Glasgow on Sunday.")
    assert_event(b, "life.die", {"agent": "Ines Calloway", "place": "Kelvinside"})
    # ... an area with no name leaves the town it is in
    c = run("Tessa Morrow was arrested in a quiet area of Leeds on Sunday.")
    assert_event(c, "legal.arrest", {"patient": "Tessa Morrow", "place": "Leeds"})


def test_a_plural_kin_noun_stands_for_every_name_set_beside_it() -> None:
    # "the twins Tayo and Kemi, born in 2017": the participle's noun is both twins, each with a birth of their own
    a = run("The couple have three children: the twins Tayo and Kemi, born in 2017, and a son, Ikenna.")
    assert sorted(event_names(a, "life.born", "patient") + event_names(a, "family.child", "child")) == ["Kemi", "Tayo"]
    b = run("Their sons, Fionn and Ruairi, born in 2009 and 2011, were at the wedding.")
    assert sorted(event_names(b, "family.child", "child")) == ["Fionn", "Ruairi"]
    # ... a singular noun keeps its one name ("a son, A, born in 2016, and a daughter, B": B's birth is not told)
    c = run("The couple have a son, Leo, born in 2016, and a daughter, Isla.")
    assert event_names(c, "life.born", "patient") == ["Leo"]
