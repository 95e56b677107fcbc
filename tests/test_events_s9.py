"""Phrasings found while reading misses in session 9, each as an invented sentence through the
real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import typed


def test_what_is_seen_at_the_reported_occasion_happened_that_night() -> None:
    a = run("Lena Moravec won the Falcon Prize in Lyon on Saturday night. "
            "Moravec and her husband were photographed arriving shortly before the ceremony began.",
            "2019-03-04")
    assert [e.time for e in typed(a, "report.seen")] == ["2019-03-02"], [(e.type, e.time) for e in a.events]
    a = run("Lena Moravec won the Falcon Prize in Lyon on Saturday night. "
            "Moravec had been photographed with him before.", "2019-03-04")
    assert [e.time for e in typed(a, "report.seen")] == [None], [(e.type, e.time) for e in a.events]


def test_an_earlier_word_inside_a_relative_clause_does_not_make_the_win_an_earlier_one() -> None:
    a = run("Lena Moravec won the Falcon Prize in Lyon on Saturday night. "
            "The lifetime award went to Otto Brandl, the singer who released his first album in 1962.",
            "2019-03-04")
    assert sorted(e.time for e in typed(a, "career.win")) == ["2019-03-02", "2019-03-02"], [(e.type, e.time) for e in a.events]
