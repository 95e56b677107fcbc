"""Session 38: role facts told in phrasings nobody had tested -- posts shared in a list ("A, B and C, all directors of
Y"), a headline's post with the body's name inside it ("Korvane chief X", "the ex-Corvel chairman X") and its short word
told again in full in the article ("Tessmar boss X ... the chief executive of Tessmar Foods"), as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts


def test_a_post_shared_in_a_list_is_each_ones() -> None:
    a = run("Ana Cruz, Paul Weir and Kim Ode, all directors of Fenwick Holdings, resigned on Monday.")
    for person in ("Ana Cruz", "Paul Weir", "Kim Ode"):
        assert "director" in posts(a, person) and "directors" not in posts(a, person)
        assert "Fenwick Holdings" in jobs(a, person)
    b = run("Lena Hart and Omar Said, both trustees of the Carrow Trust, signed the letter on Friday.")
    assert "trustee" in posts(b, "Lena Hart") and "trustee" in posts(b, "Omar Said")
    # a membership shared is no post; the posts of two bodies are each one's own
    c = run("Ruth Gale and Ian Moss, both members of the Harwick Choir, sang on Sunday.")
    assert posts(c, "Ruth Gale") == {} and posts(c, "Ian Moss") == {}
    d = run("Ana Cruz and Kim Ode, the chief executives of Fenwick Holdings and Marl Group, met on Monday.")
    assert "chief executive" not in posts(d, "Kim Ode")


def test_a_headline_post_is_the_post_without_the_body_name() -> None:
    a = run("Korvane chief Hilde Marsk steps down\n\nHilde Marsk, chief executive of Korvane, said on Monday she would leave "
            "the company.")
    assert posts(a, "Hilde Marsk") == {"chief executive": ("Korvane", None, None)}
    b = run("The ex-Corvel chairman Piet Laan was fined on Monday.")
    assert posts(b, "Piet Laan") == {"chairman": ("Corvel", None, "PAST_REF")}
    # a body's name the text also writes in small letters is a word of the post
    c = run("Pieter Vand, the finance minister, left the Ministry of Finance on Monday.")
    assert any(p.startswith("finance minister") for p in posts(c, "Pieter Vand"))


def test_a_headline_short_word_is_the_post_told_in_full() -> None:
    a = run("Tessmar boss Ravi Dunn quits\n\nRavi Dunn, the chief executive of Tessmar Foods, resigned on Tuesday.")
    assert set(posts(a, "Ravi Dunn")) == {"chief executive"}
    b = run("Brellen chief Maya Orr sacked\n\nMaya Orr, who had been Brellen's finance director since 2019, was dismissed "
            "on Monday.")
    assert "finance director" in posts(b, "Maya Orr") and not any(p.endswith("chief") for p in posts(b, "Maya Orr"))
    # two posts told in full: the short word stays (which of them it is, the text does not say)
    c = run("Tessmar boss Ravi Dunn quits\n\nRavi Dunn, the founder and chief executive of Tessmar Foods, resigned on "
            "Tuesday. He was also chairman of Carrow Bank.")
    assert "chief executive" in posts(c, "Ravi Dunn")
