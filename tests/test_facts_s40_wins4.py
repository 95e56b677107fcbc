"""Session 40: wins and nominations told across small whole articles (an awards night, a prize's shortlist then its
winner, a profile's earlier prizes), as invented texts through the real pipeline; each general gap with two wordings or
more and the near miss it must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def _times(a, kind: str, award: str) -> list[str | None]:
    return [e.time for e in typed(a, kind) if any(award in g.text for g in e.args)]


def test_one_counted_as_one_more_neither_takes_nor_lends_a_time() -> None:
    # "took home a second ... three years later": another win of its own, not a later mention of the gold
    a = run("Profile: Lucia Ferrante\n\nLucia Ferrante, who won gold in Tokyo as a teenage fencer, landed her first Oscar in 2016 "
            "for The Glass Orchard. She took home a second for Halfway North three years later.", "2024-02-20")
    assert _times(a, "career.win", "gold") == [None]
    assert _times(a, "career.win", "Halfway North") == ["2019"]
    b = run("Tom Reyes won the Harlow Marathon as a junior. He won a third title in 2019.")
    assert _times(b, "career.win", "Harlow Marathon") == [None]
    # ... a mention of the same win, not counted on, still takes it
    c = run("Tom Reyes won the Harlow Marathon as a junior. Reyes won the marathon in 2019.")
    assert "2019" in _times(c, "career.win", "Harlow Marathon")


def test_a_later_win_is_not_on_the_night_the_article_reports() -> None:
    a = run("Architects honoured\n\nJens Mathiesen won the Caldwell Prize in Glasgow on Wednesday. "
            "Mathiesen later won the Aalto Medal.", "2024-11-29")
    assert _times(a, "career.win", "Caldwell") == ["2024-11-27"]
    assert _times(a, "career.win", "Aalto") == [None]
    b = run("Quist triumphs\n\nAda Quist won best actress at the Harlow Awards on Saturday night. "
            "Quist subsequently won the Feld Prize.", "2024-03-11")
    assert _times(b, "career.win", "Feld") == [None]
    # ... another winner of the night, or one "later that night", is dated by it
    c = run("Quist triumphs\n\nAda Quist won best actress at the Harlow Awards on Saturday night. "
            "Tom Reyes won best actor. Later that night, Mia Holt won best director.", "2024-03-11")
    assert _times(c, "career.win", "best actor") == ["2024-03-09"]
    assert _times(c, "career.win", "best director") == ["2024-03-09"]


def test_a_shortlist_including_an_authors_title_nominates_the_author() -> None:
    a = run("Merrow Prize\n\nIdris Fallowfield has won the Merrow Prize. The shortlist, revealed in September, "
            "also included Corinne Abara's Red Soil.", "2024-10-16")
    assert_event(a, "career.nominate", {"patient": "Corinne Abara", "work": "Red Soil"})
    assert _times(a, "career.nominate", "Red Soil") == ["2024-09"]
    b = run("The shortlist includes Tom Reyes's Salt Houses.")
    assert_event(b, "career.nominate", {"patient": "Tom Reyes", "work": "Salt Houses"})
    # ... a country's writer is no author's title
    assert_no_event(run("The shortlist includes Britain's Anna Vik."), "career.nominate")


def test_a_trophy_or_cup_handed_over_is_a_win() -> None:
    a = run("Fenwick lift the cup\n\nFenwick City beat Elm Rovers 2-1 on Sunday. Their captain, Lena Voss, was handed the trophy "
            "by the mayor.")
    assert_event(a, "career.win", {"agent": "Lena Voss"})
    b = run("The mayor handed the cup to the Fenwick City captain, Lena Voss, on Sunday.")
    assert_event(b, "career.win", {"agent": "Lena Voss"})
    # ... a job handed over is no prize
    assert_no_event(run("Tom Reyes handed the job to his deputy, Lena Voss, on Sunday."), "career.win")


def test_a_nominee_in_apposition_is_not_dated_by_the_clause() -> None:
    # "X, a three-time Oscar nominee, died": a nomination, not on the day of the death
    a = run("Ada Bell, a three-time Oscar nominee, died on Friday.")
    assert [e.time for e in typed(a, "career.nominate")] == [None]
    b = run("Tributes were paid to Tom Reyes, a two-time finalist for the Feld Prize, who died on Friday.")
    assert [e.time for e in typed(b, "career.nominate")] == [None]
    # ... dated, it is a nomination then
    c = run("Ada Bell, the 2019 Booker nominee, died on Friday.")
    assert [e.time for e in typed(c, "career.nominate")] == ["2019"]
