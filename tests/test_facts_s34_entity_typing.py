"""Names whose type decides an event's arguments (session 34): invented sentences through the real pipeline, each a
name the recognizer finds but types wrong, or misses, where the text says what it is."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_name_apposed_to_a_post_of_a_body_is_a_person() -> None:
    # "the manager of the shop, X,": the name stands beside the manager, not the shop (nor the bank)
    a = run("Markets were quiet. The manager of the shop, Nina Roth, married Tomas Greel in Bath on Saturday.")
    assert _types_of(a, "Nina Roth") == ["PERSON"]
    assert_event(a, "life.marry", {"agent": "Nina Roth", "partner": "Tomas Greel"})
    b = run("Markets were quiet. Halvard Group hired the head of a rival bank, Nina Roth, as its new finance chief.")
    assert _types_of(b, "Nina Roth") == ["PERSON"]
    assert_event(b, "career.hire", {"agent": "Halvard Group", "patient": "Nina Roth"})
    c = run("Markets were quiet. The chief executive of the retailer, Owen Tarrant, resigned on Friday.")
    assert _types_of(c, "Owen Tarrant") == ["PERSON"]


def test_a_body_apposed_to_the_last_noun_stays_a_body() -> None:
    # "a spokesman for the promoter, X,", "the owner of the bakery chain, X,": the body, not the person
    a = run("Tickets sold out. A spokesman for the promoter, Kelvin Live, said demand was high.")
    assert _types_of(a, "Kelvin Live") != ["PERSON"]
    b = run("Markets were quiet. The owner of the bakery chain, Crumbwell Foods, was sold to Tern Group in March.")
    assert _types_of(b, "Crumbwell Foods") == ["ORG"]


def test_a_name_whose_post_is_its_is_a_body() -> None:
    # "X has hired Y as its chief financial officer": no person's post is "its", whatever the name's shape
    a = run("Markets were quiet. Drummond Vale has hired Petra Sallow as its chief financial officer.")
    assert _types_of(a, "Drummond Vale") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Drummond Vale", "patient": "Petra Sallow"})
    b = run("Markets were quiet. Foster Hale, the architecture practice, appointed Iris Kemble as its first design director.")
    assert _types_of(b, "Foster Hale") == ["ORG"]
    assert_event(b, "career.appoint", {"agent": "Foster Hale", "patient": "Iris Kemble"})


def test_a_person_whose_post_is_her_own_stays_a_person() -> None:
    a = run("Markets were quiet. Dana Merrow has hired Petra Sallow as her chief of staff.")
    assert _types_of(a, "Dana Merrow") == ["PERSON"]
    b = run("Markets were quiet. Tom Hale, the chairman of Velden, named Iris Kemble as its chief executive.")
    assert _types_of(b, "Tom Hale") == ["PERSON"]


def test_a_name_bought_by_another_is_a_firm() -> None:
    # "X was bought / taken over by Y": a firm, also a name the recognizer missed or took for a person
    a = run("Markets were quiet. Calder Wire was bought by Hexmoor Industries in 2019.")
    assert _types_of(a, "Calder Wire") == ["ORG"]
    assert_event(a, "business.acquire", {"agent": "Hexmoor Industries", "patient": "Calder Wire"})
    b = run("Markets were quiet. Pellworth was taken over by Stanmere Group in 2020.")
    assert _types_of(b, "Pellworth") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Stanmere Group", "patient": "Pellworth"})


def test_a_player_sold_or_a_person_taken_in_stays_a_person() -> None:
    a = run("Markets were quiet. Kofi Mensah was sold to Northwick Albion for £5m in 2019.")
    assert _types_of(a, "Kofi Mensah") == ["PERSON"]
    b = run("Markets were quiet. Anya Ferris was taken in by her aunt in 1990.")
    assert _types_of(b, "Anya Ferris") == ["PERSON"]


def test_a_firm_opening_a_sentence_keeps_its_first_word() -> None:
    # the recognizer finds only "Media" of "Tovell Media's": a word no dictionary has, hung on the name, is part of it
    a = run("Markets were quiet. Tovell Media's chief executive, Lionel Sharpe, resigned on Monday.")
    assert _types_of(a, "Tovell Media") == ["ORG"]
    assert_event(a, "career.resign", {"agent": "Lionel Sharpe", "organization": "Tovell Media"})
    b = run("Markets were quiet. Vantorr Energy's board appointed Mira Sand as chair on Monday.")
    assert _types_of(b, "Vantorr Energy") == ["ORG"]
    assert_event(b, "career.appoint", {"patient": "Mira Sand", "organization": "Vantorr Energy"})


def test_a_surname_that_is_a_trade_word_after_a_first_name() -> None:
    # "Omar Steel's autobiography": a first name and a surname, not a steelmaker (nor "Sheffield Steel")
    a = run("Markets were quiet. Omar Steel's autobiography will be published in October.")
    assert _types_of(a, "Omar Steel") == ["PERSON"]
    assert_event(a, "report.publish", {"agent": "Omar Steel"})
    b = run("Markets were quiet. Sheffield Steel's chief executive, Dan Orme, resigned on Monday.")
    assert _types_of(b, "Sheffield Steel") == ["ORG"]


def test_a_name_ending_in_ly_is_no_adverb() -> None:
    # the tagger reads "Gently", "Pemberly" as adverbs: a surname after a first name, a firm opening its sentence
    a = run("Markets were quiet. Hugo Gently joined Parrish Lane as a partner in 2017.")
    assert _types_of(a, "Hugo Gently") == ["PERSON"]
    assert_event(a, "career.hire", {"patient": "Hugo Gently", "organization": "Parrish Lane"})
    b = run("Markets were quiet. Pemberly, the Leeds software maker, was taken over by Arlo Systems last year.")
    assert _types_of(b, "Pemberly") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Arlo Systems", "patient": "Pemberly"})
    c = run("Markets were quiet. Pemberly has hired Dana Quill as its finance chief.")
    assert _types_of(c, "Pemberly") == ["ORG"]
    assert_event(c, "career.hire", {"agent": "Pemberly", "patient": "Dana Quill"})


def test_an_adverb_opening_a_sentence_stays_an_adverb() -> None:
    a = run("Markets were quiet. Finally, the firm was taken over by Arlo Systems in May.")
    assert not [e for e in a.entities if e.name.startswith("Finally")]
    b = run("Markets were quiet. Suddenly Tom Hale resigned from Arlo Systems.")
    assert _types_of(b, "Tom Hale") == ["PERSON"]


def test_a_band_releases_and_a_title_does_not() -> None:
    # "The Paper Moths are to release a new single": the recognizer's title is the band; "X released its first album"
    a = run("Markets were quiet. The Paper Moths are to release a new single, Northern Glass, in May.")
    assert _types_of(a, "Paper Moths") == ["ORG"]
    assert_event(a, "career.release", {"agent": "Paper Moths", "work": "Northern Glass"})
    b = run("Markets were quiet. Glass Harbour released its first album, Low Country, in 2019.")
    assert _types_of(b, "Glass Harbour") == ["ORG"]
    assert_event(b, "career.release", {"agent": "Glass Harbour", "work": "Low Country"})
    c = run("Markets were quiet. Nell Farrow released her first album, Low Country, in 2019.")
    assert _types_of(c, "Nell Farrow") == ["PERSON"]


def test_a_name_cut_after_a_first_word_taken_for_a_place() -> None:
    # the recognizer calls "Halden" a place and misses "Cole": one name, typed by what the text says of it
    a = run("Markets were quiet. Halden Cole, the Bristol law firm, has hired Ada Vance as a partner.")
    assert _types_of(a, "Halden Cole") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Halden Cole", "patient": "Ada Vance"})
    b = run("Markets were quiet. Halden Cole resigned as chairman of Velden Bank on Monday.")
    assert _types_of(b, "Halden Cole") == ["PERSON"]
    c = run("Fans were delighted. Jonah Esterbrook has signed for Sculthorpe Town on a free transfer.")
    assert _types_of(c, "Sculthorpe Town") == ["ORG"]
    d = run("Critics were loud. Mara Lund, a Centre Democrat councillor, said the plan would fail.")
    assert _types_of(d, "Centre Democrat") == [] and _types_of(d, "Mara Lund") == ["PERSON"]


def test_a_name_that_makes_someone_its_post_or_says_it_hired_is_a_body() -> None:
    # "named X its new chairman" (the post the verb's second object), "said it had hired X": whatever the name's shape
    a = run("Markets were quiet. Drummond Vale named Petra Sallow its new chairman.")
    assert _types_of(a, "Drummond Vale") == ["ORG"]
    assert_event(a, "career.appoint", {"agent": "Drummond Vale", "patient": "Petra Sallow"})
    b = run("Markets were quiet. Foster Hale said it had hired Iris Kemble.")
    assert _types_of(b, "Foster Hale") == ["ORG"]
    c = run("Markets were quiet. Tom Hale said it had been a hard year for the firm.")
    assert _types_of(c, "Tom Hale") == ["PERSON"]
    d = run("Markets were quiet. Anna Kerr named her chief of staff, Ines Rudd, on Monday.")
    assert _types_of(d, "Anna Kerr") == ["PERSON"]


def test_a_name_read_two_ways_by_the_recognizer_is_one_entity() -> None:
    # NER calls one "Pellin" a person and the next a place, and no cue settles it: a tie goes one way for every mention
    a = run("Markets were quiet. The grocer Dellmont Foods bought Pellin in 2019. Dellmont later sold Pellin to Arvo.")
    assert len([e for e in a.entities if e.name == "Pellin"]) == 1
    b = run("Markets were quiet. Tom Hale met Ada Pruitt in Kelby. Hale and Pruitt married in 2019.")
    assert _types_of(b, "Ada Pruitt") == ["PERSON"] and _types_of(b, "Kelby") != ["PERSON"]


def test_what_a_firm_buys_by_name_is_a_firm() -> None:
    # "Hexmoor agreed to buy Calder Wire": the recognizer's person, a first name and a common noun, is bought by a firm
    a = run("Markets were quiet. Hexmoor agreed to buy Calder Wire for £40m on Tuesday.")
    assert _types_of(a, "Calder Wire") == ["ORG"]
    assert_event(a, "business.acquire", {"agent": "Hexmoor", "patient": "Calder Wire"})
    b = run("Markets were quiet. Stanmere Group bought Dale Forge in 2021 for £8m.")
    assert _types_of(b, "Dale Forge") == ["ORG"]
    assert_event(b, "business.acquire", {"agent": "Stanmere Group", "patient": "Dale Forge"})
    c = run("Fans were delighted. Northwick Albion bought Kofi Mensah from Lyon for £5m.")
    assert _types_of(c, "Kofi Mensah") == ["PERSON"]
