"""Session 41: reporting clauses after what they report ("X have won the Y Medal, the Z Society announced on Monday") and
the outlet told, with an apposition of its own ("told The Evening Post, the arts programme on Radio Kell, on Wednesday"),
as invented texts through the real pipeline; each repair with its near miss."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def _times(a, kind: str) -> list[str | None]:
    return [e.time for e in typed(a, kind)]


def test_an_outlets_two_noun_apposition_is_no_clause_and_the_day_is_the_interviews() -> None:
    # "the books programme on Radio Kell": a programme, not "the books [do] programme" (a present verb heading the
    # sentence, which would put "on Wednesday" after the Monday of the article); the day dates the telling
    a = run('"We are thrilled," Ada Moss told The Evening Post, the books programme on Radio Kell, on Wednesday.', "2024-05-06")
    assert_event(a, "report.interview", {"agent": "Ada Moss", "outlet": "The Evening Post"})
    assert _times(a, "report.interview") == ["2024-05-01"]
    # ... a parenthetical report after a name stays a clause ("the players say" has no phrase of its own after it)
    c = run("Ivo Hart, the players say, is the best coach in the league, Ada Moss told the Fenn Gazette on Tuesday.", "2024-05-09")
    assert _times(c, "report.interview") == ["2024-05-07"]


def test_a_teller_after_the_object_heads_the_sentence_and_announces_the_win() -> None:
    # "..., the Z Society announced on Monday" (read as a participle of the medal): the society's announcement of the win
    a = run("The researchers behind the Tessel telescope have won the Harwood Medal, the European Astronomical Society "
            "announced on Monday.", "2024-05-07")
    assert_event(a, "politics.announce", {"agent": "European Astronomical Society"})
    assert _times(a, "politics.announce") == ["2024-05-06"]
    assert_event(a, "career.win", {"agent": "researchers", "award": "Harwood Medal"})
    # ... a deed done and told is the deed's report, no announcement of its own
    b = run("Fenwick City have signed the striker Tom Reyes from Elm Rovers, the club announced on Monday.", "2024-05-07")
    assert not typed(b, "politics.announce")
