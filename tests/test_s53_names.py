"""Session 53: names of teams and bodies -- invented sentences through the real pipeline, with the near misses each rule
must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args


def _mentions(a, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return next(([m.text for m in e.mentions] for e in a.entities if e.name == name), [])


def test_a_team_told_by_its_nickname_is_the_team_named_in_full() -> None:
    # the recognizer takes "The Brackley Falcons" for a person and finds "Falcons" alone, a body, elsewhere
    a = run("Falcons fire coach after poor start\n\nThe Brackley Falcons fired head coach Tom Vale on Monday. Vale led the "
            "Falcons to the playoffs in 2019, but the Falcons have won only four games this season.")
    assert _mentions(a, "Brackley Falcons").count("Falcons") == 2
    assert [row.get("agent") for row in named_args(a, "career.fire")] == ["Brackley Falcons"]


def test_a_person_whose_surname_is_a_plural_is_not_a_team() -> None:
    a = run("Tom Evans joined the Falcons in 2019. The Falcons won the title that year.")
    assert "Falcons" not in _mentions(a, "Tom Evans")


def test_a_firms_trade_word_alone_is_not_taken_for_it() -> None:
    # "Biscuits" ends a firm's name as its trade, no nickname: another firm's "Biscuits" is not it
    a = run("Thornleigh Biscuits was sold in 2019. Harlan Foods bought Brackwell Biscuits a year later.")
    assert "Brackwell Biscuits" not in _mentions(a, "Thornleigh Biscuits")
