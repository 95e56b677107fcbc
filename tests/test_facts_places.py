"""Where people and organisations are (located_in): invented sentences through the real pipeline,
the ways news says where someone lives or comes from, and the look-alikes that say something else."""

from __future__ import annotations

from functools import cache

import pytest

from dateline.model import Analysis
from dateline.pipeline import analyze

DCT = "2024-03-14"


@cache
def run(text: str) -> Analysis:
    return analyze(text, DCT)


def homes(a: Analysis) -> set[tuple[str, str, str | None]]:
    out = set()
    for fact in a.facts:
        if fact.relation == "located_in":
            subject, place = a.entity(fact.subject), a.entity(fact.object)
            if subject is not None and place is not None:
                out.add((subject.name, place.name, fact.valid_from))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Martin Ashdown, 51, of Faversham, was convicted on Monday.", ("Martin Ashdown", "Faversham", None)),
        ("He met his wife, Margaret Ashworth, a schoolteacher from Wakefield, at a dance.", ("Margaret Ashworth", "Wakefield", None)),
        ("She lost the award to the Quebec band Les Sept Lunes.", ("Les Sept Lunes", "Quebec", None)),
        ("Carla Ruiz will move from Barcelona, where she lives with her husband, to Turin.", ("Carla Ruiz", "Barcelona", None)),
        ("Tomas Berg moved to Lisbon in 2019 to open a bakery.", ("Tomas Berg", "Lisbon", "2019")),
        ("Anna Berg lives in Pasadena with her wife.", ("Anna Berg", "Pasadena", None)),
        ("The deal was led by the London investor Northlight Ventures.", ("Northlight Ventures", "London", None)),
        ("Oskar Lind died on Sunday at his home in Tromsø, Norway.", ("Oskar Lind", "Tromsø", None)),
        ("The firm was started by Ines Prado, a chemist who grew up in Braga.", ("Ines Prado", "Braga", None)),
        ("Daniela Cortés won again. The 27-year-old from Cali dropped one set.", ("Daniela Cortés", "Cali", None)),
        ("Mira Stanek won the prize. It is the first award for the Prague-based director.", ("Mira Stanek", "Prague", None)),
        ("The round was led by the Lagos-based Zenon Bank.", ("Zenon Bank", "Lagos", None)),
    ],
)
def test_a_home_is_found(text: str, want: tuple[str, str, str | None]) -> None:
    assert want in homes(run(text))


def test_a_couple_living_somewhere_is_each_of_them_there_since_then() -> None:
    found = homes(run("Mirela Horvat married Marko Lovric in Split two years ago, and the couple have lived in Monaco since 2006."))
    assert {("Mirela Horvat", "Monaco", "2006"), ("Marko Lovric", "Monaco", "2006")} <= found
    assert not [f for f in found if f[1] == "Split"]  # married there, not living there


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("Ramon Ibarra, the former regional governor of Callao, was convicted in 2013.", ("Ramon Ibarra", "Callao")),
        ("Carla Ruiz will move from Barcelona to Turin in June.", ("Carla Ruiz", "Turin")),
        ("Tomas Berg did not move to Lisbon after all.", ("Tomas Berg", "Lisbon")),
        ("The Leeds mayor Jane Holt opened the bridge.", ("Jane Holt", "Leeds")),
        ("Tomas Berg wants to live in Lisbon one day.", ("Tomas Berg", "Lisbon")),
        ("Oskar Lind visited the home of his rival in Bergen.", ("Oskar Lind", "Bergen")),
    ],
)
def test_no_home_where_the_text_says_something_else(text: str, not_there: tuple[str, str]) -> None:
    assert not [h for h in homes(run(text)) if h[:2] == not_there]


def roles(a: Analysis) -> set[tuple[str, str]]:
    return {(a.entity(f.subject).name, f.value) for f in a.facts if f.relation == "role" and a.entity(f.subject) and f.value}  # type: ignore[union-attr]


def test_what_an_article_calls_someone_is_a_role() -> None:
    a = run("The comedian Tobias Wren hosted the ceremony. Nilufar Rahimova has a rule about interviews. "
            "The novelist never gives them at home.")
    assert {("Tobias Wren", "comedian"), ("Nilufar Rahimova", "novelist")} <= roles(a)


def test_kin_and_parts_in_a_story_are_no_roles() -> None:
    a = run("Tributes came from his nephew, Warren Blakely, and from the candidate Ana Ruiz. The suspect, Tom Baker, was held.")
    assert not {r for r in roles(a) if r[1] in ("nephew", "candidate", "suspect")}
