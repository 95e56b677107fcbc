"""Phrasings found across the development articles in session 29 (founding, buying, launching, investing, suing and where
companies are), each as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, typed


def test_a_named_body_s_founder_founded_it_at_no_time_the_clause_tells() -> None:
    a = run("Brisk Labs's founder, Hanna Tolve, told reporters on Monday that the company was worth more.", "2024-05-08")
    assert_event(a, "business.found", {"agent": "Hanna Tolve", "organization": "Brisk Labs"})
    assert [e.time for e in typed(a, "business.found")] == [None]
    b = run("Ilse Marr, the founder of Kestrel Audio, resigned as chair in June.", "2024-05-08")
    assert_event(b, "business.found", {"agent": "Ilse Marr", "organization": "Kestrel Audio"})
    assert [e.time for e in typed(b, "business.found")] == [None]
    c = run("Tidemark's co-founders, Ana Rull and Ben Corr, have joined the product team.", "2024-05-08")
    assert_event(c, "business.found", {"agent": "Ana Rull", "organization": "Tidemark"})


def test_a_founder_named_after_the_founding_is_told_adds_no_second_founding() -> None:
    a = run("Kestrel Audio was founded in 2012 by Ilse Marr. On Monday Ilse Marr, the founder of Kestrel Audio, said it "
            "had been a good year.", "2024-05-08")
    assert [e.time for e in typed(a, "business.found")] == ["2012"]
    b = run("Parvel Wealth's founder, Oona Brisk, who set up Parvel Wealth in Leeds in 2011, was convicted on Wednesday.", "2024-05-08")
    assert [e.time for e in typed(b, "business.found")] == ["2011"]


def test_a_founder_of_an_unnamed_body_or_of_one_only_pointed_at_founds_nothing_here() -> None:
    a = run("The fund's founder, Colm Harte, said on Wednesday that the board should look again.", "2024-05-08")
    assert not typed(a, "business.found")
    b = run("Renna Group said on Monday that its founder, Ivo Drake, would retire.", "2024-05-08")
    assert not typed(b, "business.found")

