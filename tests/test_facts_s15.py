"""Phrasings found in session 15, each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline.extract.gazetteer import contradicts
from handmade import analyzed as run


def _located(a) -> list[tuple[str, str]]:
    return sorted((a.entity(f.subject).name, a.entity(f.object).name) for f in a.facts if f.relation == "located_in")


def test_a_country_is_not_located_in_the_city_named_after_it() -> None:
    a = run("The news came on Monday. Tarrant Bakeries was founded in 1961. The company will open its first bakery "
            "outside Australia, in Auckland, later this year.", "2024-05-06")
    assert ("Australia", "Auckland") not in _located(a)
    a = run("The news came on Monday. The fire started near the village of Los Alerces, in Mendoza, on Sunday.", "2024-05-06")
    assert ("Los Alerces", "Mendoza") in _located(a)


def test_the_gazetteer_knows_which_places_cannot_contain_which() -> None:
    assert contradicts("Australia", "Auckland") and contradicts("Mexico", "Mexico City") and contradicts("Lyon", "Peru")
    assert not contradicts("Auckland", "New Zealand") and not contradicts("Cordoba", "Spain")
    assert not contradicts("Córdoba", "Argentina") and not contradicts("Paris", "Texas")
    assert not contradicts("Los Alerces", "Mendoza")  # neither is known: nothing is said
