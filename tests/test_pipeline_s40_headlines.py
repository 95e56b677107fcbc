"""A headline whose only verb is a bare infinitive ("X and Y to wed in June") ran the tense of its time phrase round the
verb's own head for ever (a spaCy Token's head is a new object, never `is` the token, even at the root)."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def test_a_headline_told_as_an_infinitive_is_a_planned_event_dated_ahead() -> None:
    a = run("Tom Hale and Ada Moss to wed in June")
    assert [(e.time, e.modality) for e in typed(a, "life.marry")] == [("2024-06", "planned")]
    b = run("Pell Bank to cut 300 jobs by March\nThe lender said on Monday that the branches would close.")
    assert [e.time for e in typed(b, "business.layoff")] == ["2025-03"]


def test_no_rule_compares_a_tokens_head_by_identity() -> None:
    # `token.head` makes a new Token at every read, so `token.head is token` never holds, not even at the root:
    # heads are compared by index (`token.head.i == token.i`)
    import re
    from pathlib import Path

    import dateline

    root = Path(dateline.__file__).parent
    found = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\.head is (not )?(?!None\b)\w", line)]
    assert found == []
