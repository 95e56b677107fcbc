"""Session 43 (HIREARGS): who hired or appointed whom, and to what -- a body's own people named in the plural ("the
school's governors announced that X had been appointed": the school), the people and posts of one appointing verb paired
by "as" ("appointed A as X and B as Y": an appointment each), and the body a post is held at read from "of" even where
the name looks like a person's ("head coach of Ravenna Wolves"); as small invented articles through the real pipeline,
each with a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, event_names


def test_a_bodys_people_named_in_the_plural_announce_a_post_at_it() -> None:
    a = run("New head\n\nFerncombe Academy has had a difficult year. The school's governors announced on Friday that "
            "Priya Dassani had been appointed headteacher.")
    assert_event(a, "career.appoint", {"patient": "Priya Dassani", "role": "headteacher", "organization": "Ferncombe Academy"})
    # ... governors of no body named: no organisation
    b = run("New head\n\nThe governors announced on Friday that Priya Dassani had been appointed headteacher.")
    assert event_names(b, "career.appoint", "organization") == [None]
