"""Session 33: posts and titles described before a name ("freshly appointed coach X"), as invented sentences through the
real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_a_post_told_as_freshly_taken_describes_the_one_named_to_it() -> None:
    # "freshly" beside "newly", "recently", "just": the post tagged a name, or the name's apposition
    a = run("Freshly appointed coach Mo Farrant took charge of training on Tuesday.", "2024-05-08")
    assert "Mo Farrant" in event_names(a, "career.appoint", "patient")
    assert ["coach"] in role_texts(a, "career.appoint", "role")
    b = run("Jonas Pereira, the freshly appointed head of the Maritime Authority, said the port would reopen on Friday.", "2024-05-08")
    assert event_names(b, "career.appoint", "patient") == ["Jonas Pereira"]
    assert role_texts(b, "career.appoint", "role") == [["head"]]
    c = run("Freshly elected MP Dana Orlik gave her maiden speech on Tuesday.", "2024-05-08")
    assert event_names(c, "politics.elect", "patient") == ["Dana Orlik"]
    # a thing freshly installed or painted is no one taken on
    d = run("The freshly installed software crashed on Monday. Ana Ruiz visited the freshly painted school on Tuesday.", "2024-05-08")
    assert not [ev for ev in d.events if ev.type and ev.type.startswith(("career.", "politics."))]
    assert typed(d, "career.appoint") == []
