"""Session 38: where people and organisations are (located_in facts), as invented sentences through the real
pipeline: a town left for another, a seat named as "the headquarters of X", a place
"in northern Y", and a home kept "for twenty years"."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def _homes(text: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    return facts_by_pair(run(text), "located_in")


def test_leaving_one_town_for_another_moves_home() -> None:
    a = _homes("Hallam Kerr left Glasgow for Toronto in 1974.")
    assert a[("Hallam Kerr", "Toronto")] == ("1974", None)
    assert a[("Hallam Kerr", "Glasgow")] == (None, "1974")
    b = _homes("The cinematographer Tadeusz Kurowski, 79, who left Kraków for Dublin in 1957, has shot sixty films.")
    assert b[("Tadeusz Kurowski", "Dublin")] == ("1957", None)
    assert b[("Tadeusz Kurowski", "Kraków")] == (None, "1957")
    # a job left for another, or a trip: no home
    c = _homes("Edith Rowe left Harlow Bank for Fenwick Capital in 2019.")
    assert not any(who == "Edith Rowe" for who, _ in c)
    d = _homes("Mirela Pop left Bucharest on Monday for talks in Brussels.")
    assert ("Mirela Pop", "Brussels") not in d
    e = _homes("Mirela Pop left Bucharest for Brussels on Monday.")
    assert ("Mirela Pop", "Brussels") not in e


def test_the_headquarters_of_a_body_named_after_the_noun_is_its_seat() -> None:
    a = _homes("The Glasgow headquarters of Tarnbrook Insurance will close in June.")
    assert ("Tarnbrook Insurance", "Glasgow") in a
    b = _homes("Police searched the Derby headquarters of Pellam Foods on Tuesday.")
    assert ("Pellam Foods", "Derby") in b
    c = _homes("The Nairobi head office of Kestrel Logistics was closed.")
    assert ("Kestrel Logistics", "Nairobi") in c


def test_a_place_in_a_part_of_a_country_is_in_that_country() -> None:
    a = _homes("Burgos, in northern Spain, hosted the final stage.")
    assert ("Burgos", "Spain") in a
    b = _homes("The festival returns to Kirkwall, in rural Scotland, in July.")
    assert ("Kirkwall", "Scotland") in b


def test_a_home_kept_for_a_stretch_of_years_began_that_many_years_before() -> None:
    # (the article of these sentences is dated 2024)
    a = _homes("Nadia Karimi, originally from Kabul, has lived in Leicester for 20 years.")
    assert a[("Nadia Karimi", "Leicester")] == ("2004", None)
    b = _homes("Ewan Keir has resided in Perth for a decade.")
    assert b[("Ewan Keir", "Perth")] == ("2014", None)
    # a stretch over says nothing of when it began
    c = _homes("Ewan Keir lived in Perth for ten years.")
    assert c[("Ewan Keir", "Perth")][0] is None


def test_an_irish_county_named_county_x_is_a_place() -> None:
    # "County Kerry", "County Mayo": a place the NER may call a facility; "County Hall" stays a building
    a = _homes("Dunmere, a village in County Kerry, flooded overnight.")
    assert ("Dunmere", "County Kerry") in a
    b = run("Brid Cassidy, a farmer in County Mayo, won the prize.")
    assert entity_types(b).get("County Mayo") == "GPE"
    c = run("Councillors met at County Hall on Monday.")
    assert entity_types(c).get("County Hall") != "GPE"
