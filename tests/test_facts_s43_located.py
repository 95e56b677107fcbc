"""Session 43, located_in: a move told as joining a body is a post, not a home -- invented texts through the real
pipeline, each with the near miss it must keep."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_a_move_told_as_joining_a_body_is_a_post_not_a_home() -> None:
    a = run("Lena Brisk moved to Carrowgate in 2008 to join the Halden Museum, where she became chief curator.")
    assert ("Lena Brisk", "Carrowgate") not in facts_by_pair(a, "located_in")
    # ... a move for anything else is a home, from the move's date
    b = run("Ruth Delany moved to Pellham in 2019 to be near her grandchildren.")
    assert facts_by_pair(b, "located_in") == {("Ruth Delany", "Pellham"): ("2019", None)}
