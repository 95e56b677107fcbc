"""Precision of prize wins and publications (session 30, third round): senses of "won" that are no prize,
each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_args


def test_a_tally_of_games_won_is_no_prize() -> None:
    # "won three of his five games", "won the last of his 40 caps": a count out of a team's results or a player's caps is
    # a record, no prize won (the spelled-out number alone, as a figure already is: "won 19 of 22 matches")
    a = run("The assistant coach, Marek Olsby, took charge of the team and won four of his six matches.", "2024-05-08")
    assert not event_args(a, "career.win"), event_args(a, "career.win")
    b = run("The caretaker, Bo Lind, won one of his first four games in charge before Kestrel Town appointed Ruth Osei.",
            "2024-05-08")
    assert not event_args(b, "career.win"), event_args(b, "career.win")
    c = run("Harlow Rovers, whose caretaker manager won both of his games, were promoted in May.", "2024-05-08")
    assert not event_args(c, "career.win"), event_args(c, "career.win")
    d = run("Olsby, who won the last of his 40 caps in 2019, joined Fernley FC on Monday.", "2024-05-08")
    assert not event_args(d, "career.win"), event_args(d, "career.win")


def test_races_or_prizes_won_are_still_wins() -> None:
    # a count of races won is told as a win (as the development annotations do), and so is a prize
    a = run("Tomas Brel won five of the year's twelve races and took the title at Imola.", "2024-05-08")
    assert any(g.get("agent") == "Tomas Brel" for g in event_args(a, "career.win")), event_args(a, "career.win")
    b = run("Ilse Varga won the Carrow Prize in 2019.", "2024-05-08")
    assert any(g.get("award") == "Carrow Prize" for g in event_args(b, "career.win")), event_args(b, "career.win")


def test_promotion_won_is_no_prize() -> None:
    # "won promotion back to the top division", "won promotion to sergeant": a rise (a club's or a person's), no prize
    a = run("Harlow Rovers won promotion back to the top division in 2011.", "2024-05-08")
    assert not event_args(a, "career.win"), event_args(a, "career.win")
    b = run("Dara Quill, who won promotion to sergeant in 2015, left the force on Friday.", "2024-05-08")
    assert not event_args(b, "career.win"), event_args(b, "career.win")
    c = run("Harlow Rovers won the Kestrel Cup in 2011.", "2024-05-08")
    assert any(g.get("agent") == "Harlow Rovers" for g in event_args(c, "career.win")), event_args(c, "career.win")
