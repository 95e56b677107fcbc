"""Event phrasings found on articles read fresh (session 7), each as an invented sentence through
the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def test_announcing_ones_retirement_is_an_announcement_and_the_retirement() -> None:
    a = run("Pieter Maas, 61, announced his retirement in March and conducted his last concert on Sunday.")
    assert_event(a, "politics.announce", {"agent": "Pieter Maas"})
    assert [e.time for e in typed(a, "politics.announce")] == ["2024-03"]
    assert_event(a, "career.retire", {"agent": "Pieter Maas"})


def test_announcing_an_engagement_reports_it_and_announces_nothing_else() -> None:
    a = run("Lena Park and Omar Haddad announced their engagement in March.")
    assert_no_event(a, "politics.announce")
    assert_event(a, "life.engage", {"agent": "Lena Park"})
