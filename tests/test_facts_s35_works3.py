"""Session 35: works put out and shown (premieres, releases, collaborations) told in phrasings no fixture tested:
invented sentences through the real pipeline, each general gap with two wordings or more and the near miss it must
not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, role_texts


def test_the_one_a_premiered_or_released_work_is_by_puts_it_on() -> None:
    # "the world premiere of X, a cantata by Y", "X, the new film from Y", "a play by the playwright Y": Y premieres it
    assert_event(run("The season opens on September 18 with the world premiere of Ashfield Requiem, a cantata by the composer Ilse Moreau."),
                 "career.premiere", {"work": "Ashfield Requiem", "agent": "Ilse Moreau"})
    assert_event(run("The festival opened with the world premiere of Iron Psalms, the new film from Daniel Foster."), "career.premiere",
                 {"work": "Iron Psalms", "agent": "Daniel Foster"})
    assert_event(run("They were seen leaving the premiere of a play by the playwright Daniel Foster."), "career.premiere",
                 {"agent": "Daniel Foster"})
    assert_event(run("Iron Psalms, the new album by Sarah Whitlock, will be released in May."), "career.release",
                 {"work": "Iron Psalms", "agent": "Sarah Whitlock"})
    # ... a place the work is from makes no one its maker
    a = run("The festival opened with the world premiere of Iron Psalms, the new film from Ireland.")
    assert role_texts(a, "career.premiere", "agent") == [[]]
