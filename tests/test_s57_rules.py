"""Session 57: rules found reading development misses, each tested on an invented article (other names, other words),
with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def test_an_assistant_who_left_the_club_is_no_longer_its_assistant() -> None:
    a = run("Kellmoor Town sacked their manager Oskar Brandvik on Sunday. His assistant, Piers Haldane, has also left the "
            "club.")
    assert facts_by_pair(a, "role")[("Piers Haldane", "assistant")] == (None, "PAST_REF")
    # ... but one who stays keeps the post
    b = run("Kellmoor Town sacked their manager Oskar Brandvik on Sunday. His assistant, Piers Haldane, will take charge "
            "of Saturday's game.")
    assert facts_by_pair(b, "role")[("Piers Haldane", "assistant")] == (None, None)
