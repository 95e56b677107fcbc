"""Session 38 (PR): false positives -- trigger words in other senses and events of the wrong type ("fired a hat-trick",
"published an interview with X") -- as invented sentences through the real pipeline, each beside the true event of
the same word."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def _types(text: str) -> list[str | None]:
    return [e.type for e in run(text).events if e.type]


def test_firing_goals_or_a_parting_shot_lets_no_one_go() -> None:
    for text in ("Kelby Rovers striker Piet Anno fired a hat-trick on Saturday.",
                 "Piet Anno fired a brace as Kelby Rovers beat Halden on Saturday.",
                 "Tom Ruiz fired a parting shot at the board as he left."):
        assert "career.fire" not in _types(text), (text, _types(text))
    a = run("Kelby Rovers fired Tom Ruiz after a run of defeats.")
    assert event_names(a, "career.fire", "patient") == ["Tom Ruiz"]
    b = run("Corvane fired its finance chief, Lena Obi, on Thursday.")
    assert [(e.time, event_names(b, "career.fire", "patient")) for e in typed(b, "career.fire")] == [("2024-05-02", ["Lena Obi"])]



def test_announcing_oneself_is_a_debut_not_an_announcement() -> None:
    for text in ("Ana Bell announced herself on the world stage with a win in Rome.",
                 "Piet Anno announced himself with two goals on his debut for Kelby Rovers."):
        assert "politics.announce" not in _types(text), (text, _types(text))
    a = run("Ana Bell announced her candidacy for mayor on Monday.")
    assert [(e.time, event_names(a, "politics.announce", "agent")) for e in typed(a, "politics.announce")] == [("2024-05-06", ["Ana Bell"])]


def test_named_as_a_suspect_or_the_victim_takes_no_post() -> None:
    for text in ("Ana Bell was named as a suspect in the murder of Tom Ruiz.",
                 "Police named Tom Ruiz as the victim of the attack.",
                 "Ana Bell was identified as the gunman by police on Tuesday."):
        assert "career.appoint" not in _types(text), (text, _types(text))
    a = run("Ana Bell was named as the new chief executive of Corvane on Monday.")
    assert [(e.time, event_names(a, "career.appoint", "patient")) for e in typed(a, "career.appoint")] == [("2024-05-06", ["Ana Bell"])]
    b = run("Tom Ruiz was named as captain of Kelby Rovers in May.")
    assert role_texts(b, "career.appoint", "role") == [["captain"]]
