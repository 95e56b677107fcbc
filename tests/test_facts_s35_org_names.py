"""Organisations typed as places or people, or cut short (session 35): invented sentences through the real pipeline,
each a slot only a body fills (a sum put into it, an investing firm backing it) or an institution named "the Port of
X"; towns, people and a party's candidate in the same words stay what they are."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_name_a_sum_is_poured_or_pumped_into_is_a_firm() -> None:
    # "poured £2m into Lumora" (typed a place): the firm the money went into
    a = run("Markets were quiet. Harwick Ventures poured £2m into Lumora last year.")
    assert _types_of(a, "Lumora") == ["ORG"]
    assert_event(a, "business.invest", {"agent": "Harwick Ventures", "target": "Lumora"})
    b = run("Markets were quiet. Last year Harwick Ventures ploughed £5m into Lumora, which makes bicycles.")
    assert _types_of(b, "Lumora") == ["ORG"]
    assert_event(b, "business.invest", {"agent": "Harwick Ventures", "target": "Lumora"})


def test_a_town_a_sum_goes_into_stays_a_town() -> None:
    a = run("Markets were quiet. The family lives in the town of Lumora.")
    assert _types_of(a, "Lumora") == ["GPE"]
    b = run("Markets were quiet. The government poured £2bn into Scotland last year.")
    assert _types_of(b, "Scotland") == ["GPE"]


def test_a_name_backed_or_funded_by_an_investing_firm_is_a_firm() -> None:
    # "Nettlewise is backed by Orwell Partners" (typed a person)
    a = run("Markets were quiet. Nettlewise is backed by Orwell Partners.")
    assert _types_of(a, "Nettlewise") == ["ORG"]
    assert_event(a, "business.invest", {"agent": "Orwell Partners", "target": "Nettlewise"})
    b = run("Markets were quiet. Tessaly is funded by Harwick Capital.")
    assert _types_of(b, "Tessaly") == ["ORG"]


def test_a_person_backed_by_a_firm_or_a_party_stays_a_person() -> None:
    a = run("Markets were quiet. Mira Voss is backed by Orwell Partners.")
    assert _types_of(a, "Mira Voss") == ["PERSON"]
    b = run("Markets were quiet. Dana Lowe is backed by the Green Party.")
    assert _types_of(b, "Dana Lowe") == ["PERSON"]


def test_the_port_of_a_place_is_one_body() -> None:
    # "the Port of Castellmoor" found only as "Port"
    a = run("Markets were quiet. The Port of Castellmoor hired Ana Bell as its chief executive in March.")
    assert _types_of(a, "Port of Castellmoor") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Port of Castellmoor", "patient": "Ana Bell"})
    b = run("Markets were quiet. Ana Bell was hired by the Port of Castellmoor in March.")
    assert _types_of(b, "Port of Castellmoor") == ["ORG"]
    assert_event(b, "career.hire", {"agent": "Port of Castellmoor", "patient": "Ana Bell"})


def test_a_model_named_before_a_product_noun_is_a_product() -> None:
    # "the Vista hatchback" (typed a place, so the launch was an announcement), "its Beacon 2 speaker" (typed a body)
    a = run("Markets were quiet. Fennick unveiled the Vista hatchback in Paris on Tuesday.")
    assert _types_of(a, "Vista") == ["PRODUCT"]
    assert_event(a, "business.launch", {"agent": "Fennick", "work": "Vista"})
    b = run("Markets were quiet. Orrin launched its Beacon 2 speaker in May.")
    assert _types_of(b, "Beacon 2") == ["PRODUCT"]
    c = run("Markets were quiet. Orrin will recall its Halo earbuds.")
    assert _types_of(c, "Halo") == ["PRODUCT"]


def test_a_maker_named_before_its_product_stays_the_maker() -> None:
    a = run("Markets were quiet. She drove the Ford hatchback to Leeds.")
    assert _types_of(a, "Ford") == ["ORG"]


def test_sides_that_beat_a_club_are_clubs() -> None:
    # "Calder Vale beat Felling Town 2-0": Calder Vale typed a person, Felling Town missed
    a = run("Markets were quiet. Calder Vale beat Felling Town 2-0 on Saturday.")
    assert _types_of(a, "Calder Vale") == ["ORG"]
    assert _types_of(a, "Felling Town") == ["ORG"]
    b = run("Markets were quiet. Felling Town were beaten 3-1 by Calder Vale on Saturday.")
    assert _types_of(b, "Calder Vale") == ["ORG"]
    assert _types_of(b, "Felling Town") == ["ORG"]


def test_players_who_beat_players_stay_people() -> None:
    a = run("Markets were quiet. Iga Lenska beat Mara Voss 6-3 6-2 in the final on Sunday.")
    assert _types_of(a, "Iga Lenska") == ["PERSON"]
    assert _types_of(a, "Mara Voss") == ["PERSON"]


def test_a_name_a_funding_round_is_in_is_a_firm() -> None:
    # "a round in Quillmate" (typed a place)
    a = run("Markets were quiet. Tallis Capital joined a seed round in Quillmate.")
    assert _types_of(a, "Quillmate") == ["ORG"]
    assert_event(a, "business.invest", {"agent": "Tallis Capital", "target": "Quillmate"})
    b = run("Markets were quiet. Tallis Capital led a £5m funding round in Quillmate in March.")
    assert _types_of(b, "Quillmate") == ["ORG"]


def test_a_contest_s_round_in_a_town_stays_a_town() -> None:
    a = run("Markets were quiet. She lost in the second round in Carrowfield.")
    assert _types_of(a, "Carrowfield") == ["GPE"]


def test_a_name_a_player_signs_for_is_a_club() -> None:
    # "signed for Bramley Vale" (typed a place)
    a = run("Markets were quiet. The striker signed for Bramley Vale in 2019.")
    assert _types_of(a, "Bramley Vale") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Bramley Vale", "patient": "The striker"})
    b = run("Markets were quiet. Last summer the winger signed for Ossett Vale on a free transfer.")
    assert _types_of(b, "Ossett Vale") == ["ORG"]
    c = run("Markets were quiet. She signed for Tom Reed on Monday.")
    assert _types_of(c, "Tom Reed") == ["PERSON"]
