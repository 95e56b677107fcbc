"""Sports clubs named like places or people (session 34): an invented side ending in "City", "Town" or "County" that
the recognizer types as a place, a work or a person, told as a club by what a player or coach does with it or is at
it, each as invented sentences through the real pipeline; real cities and a player's own coach stay as they are."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_event


def _types_of(a: Analysis, name: str) -> list[str]:
    return [e.type for e in a.entities if e.name == name]


def test_a_town_named_side_whose_player_or_coach_someone_is_is_a_club() -> None:
    # "the Rowan City striker", "head coach of Rowan City", "Dunmore City striker X": the side, not the town
    a = run("Tom Reddy, the Rowan City striker, has joined Harlow United.")
    assert _types_of(a, "Rowan City") == ["ORG"]
    b = run("Mara Quist, head coach of Rowan City, resigned on Friday.")
    assert _types_of(b, "Rowan City") == ["ORG"]
    assert_event(b, "career.resign", {"agent": "Mara Quist", "organization": "Rowan City"})
    c = run("Dunmore City striker Ola Berg was transferred to Ketley Town.")
    assert _types_of(c, "Dunmore City") == ["ORG"]


def test_a_real_city_with_a_post_stays_a_place() -> None:
    a = run("The mayor of Kansas City resigned on Friday.")
    assert _types_of(a, "Kansas City") == ["GPE"]
    b = run("The mayor of Carrow City resigned on Friday.")
    assert _types_of(b, "Carrow City") == ["GPE"]


def test_a_town_named_side_that_signs_a_player_or_that_he_switches_to_is_a_club() -> None:
    # "was snapped up by Felling Town" (typed a work), "will switch to Wexbury City" (typed a place)
    a = run("The winger was snapped up by Felling Town in January.")
    assert _types_of(a, "Felling Town") == ["ORG"]
    assert_event(a, "career.hire", {"agent": "Felling Town"})
    b = run("Jon Tate will switch to Wexbury City next month.")
    assert _types_of(b, "Wexbury City") == ["ORG"]
    assert_event(b, "career.hire", {"patient": "Jon Tate", "organization": "Wexbury City"})
    c = run("Ola Berg switched to Rowan Town from Harlow United in 2022.")
    assert _types_of(c, "Rowan Town") == ["ORG"]


def test_moving_to_a_town_named_side_from_a_club_is_a_club_move() -> None:
    # "moved to X from <club>": from one body to another; from a city, a home
    a = run("Ade Obi moved to Dunmore City from Caddon Athletic last summer.")
    assert _types_of(a, "Dunmore City") == ["ORG"]
    b = run("The family moved to Carrow City from Denver in 2019.")
    assert _types_of(b, "Carrow City") == ["GPE"]
    c = run("Pope Leo returned to Vatican City on Sunday.")
    assert _types_of(c, "Vatican City") == ["GPE"]
    d = run("Ana Ruiz moved to Salt Lake City from Denver last year.")
    assert _types_of(d, "Salt Lake City") == ["GPE"]


def test_a_name_before_a_boss_or_striker_before_a_person_is_the_side() -> None:
    # "Calder Vale boss Ian Pruett": the side whose boss he is (typed a person)
    a = run("Calder Vale boss Ian Pruett was sacked on Monday.")
    assert _types_of(a, "Calder Vale") == ["ORG"]
    d = run("Harlan Vale striker Jo Hale has retired.")
    assert _types_of(d, "Harlan Vale") == ["ORG"]
    b = run("Andy Murray coach Ivan Lendl said so.")  # a player's own coach: a person
    assert _types_of(b, "Andy Murray") == ["PERSON"]
    c = run("Roger Federer coach Ivan Lendl said so.")
    assert _types_of(c, "Roger Federer") == ["PERSON"]
