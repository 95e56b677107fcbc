"""Phrasings found in session 27 (boardroom reshuffles, hirings and departures at companies, universities, hospitals and
newspapers), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, facts_by_pair, typed


def test_leaving_with_no_body_named_to_take_up_another_post_is_a_resignation() -> None:
    a = run("Osric Tamm, the club's finance chief, left in 2019 to join the insurer Gale Mutual.", "2024-05-08")
    assert [e.time for e in typed(a, "career.resign")] == ["2019"]
    assert_event(a, "career.resign", {"agent": "Osric Tamm"})
    assert facts_by_pair(a, "role")[("Osric Tamm", "finance chief")] == (None, "2019")
    b = run("Corvin Dale, the marketing director, left last month to become chief executive of the brewer Hobbs Ridley.", "2024-05-08")
    assert_event(b, "career.resign", {"agent": "Corvin Dale"})
    assert [e.time for e in typed(b, "career.resign")] == ["2024-04"]
    c = run("Sara Holm will leave at the end of June to run the charity Brightwell Trust.", "2024-05-08")
    assert_event(c, "career.resign", {"agent": "Sara Holm"})
    d = run("Her predecessor, Anton Rusk, who left in July after two years in the post to set up his own firm, said nothing.", "2024-05-08")
    assert_event(d, "career.resign", {"agent": "Anton Rusk"})
    # leaving a place to do something else is no resignation
    e = run("Anton Rusk left the house at noon to fetch help.", "2024-05-08")
    assert_no_event(e, "career.resign")
    f = run("Anton Rusk left early to catch a train.", "2024-05-08")
    assert_no_event(f, "career.resign")
