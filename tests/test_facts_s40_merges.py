"""One event told twice (session 40): a headline's pair told by a description and the body's named pair."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import role_texts, typed


def test_a_headline_split_from_a_bare_relative_is_the_bodys_named_separation() -> None:
    a = run("Singer Vale announces split from husband\nThe singer Rosa Vale and her husband, the producer Dan Kerr, "
            "have separated, her spokesperson said on Monday.")
    assert [e.time for e in typed(a, "life.separate")] == ["2024-05-06"]
    b = run("Actor Tom Reyes confirms divorce from wife\nThe actor Tom Reyes and his wife, Ana Lutz, have divorced after "
            "six years of marriage, his agent said on Friday.")
    assert len(typed(b, "life.divorce")) == 1
    assert any("Ana Lutz" in texts for texts in role_texts(b, "life.divorce", "partner") + role_texts(b, "life.divorce", "agent"))


def test_two_named_pairs_stay_two_events() -> None:
    a = run("Mia Dorn married Leo Hart in 2010. They divorced in 2014, and in 2016 Mia Dorn married Sam Kirby.")
    assert sorted(e.time for e in typed(a, "life.marry")) == ["2010", "2016"]
