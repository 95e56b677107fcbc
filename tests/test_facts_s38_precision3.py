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


def test_giving_birth_to_an_idea_brings_no_child() -> None:
    for text in ("Ana Bell gave birth to a new idea in 2019.",
                 "In 1977 Tom Ruiz gave birth to a movement that changed British music."):
        assert "family.child" not in _types(text), (text, _types(text))
    a = run("Ana Bell gave birth to a daughter, Mia, in March.")
    assert [(e.time, event_names(a, "family.child", "child")) for e in typed(a, "family.child")] == [("2024-03", ["Mia"])]
    b = run("Ana Bell gave birth to twins in 2019.")
    assert [e.time for e in typed(b, "family.child")] == ["2019"]


def test_dating_a_find_to_a_century_is_no_romance() -> None:
    for text in ("Ana Bell dated the manuscript to 1820.", "Scientists led by Tom Ruiz dated the bones to about 3000 BC."):
        assert "life.date" not in _types(text), (text, _types(text))
    a = run("Tom Ruiz dated the singer Ana Bell in 2019.")
    assert [(e.time, event_names(a, "life.date", "partner")) for e in typed(a, "life.date")] == [("2019", ["Ana Bell"])]
    b = run("Tom Ruiz dated Ana Bell for two years.")
    assert event_names(b, "life.date", "partner") == ["Ana Bell"]


def test_winning_a_call_up_or_an_apology_is_no_prize() -> None:
    for text in ("Ana Bell won a call-up to the England squad on Monday.",
                 "Piet Anno earned a recall to the Kelby Rovers side for the final.",
                 "Tom Ruiz won an apology from Corvane on Friday.",
                 "Ana Bell won her release from prison in 2019."):
        assert "career.win" not in _types(text), (text, _types(text))
    a = run("Ana Bell won the Halden Prize on Tuesday.")
    assert [(e.time, event_names(a, "career.win", "award")) for e in typed(a, "career.win")] == [("2024-04-30", ["Halden Prize"])]
    b = run("Ana Bell won the best actress award at the Baftas in February.")
    assert role_texts(b, "career.win", "award") == [["the best actress award"]]
