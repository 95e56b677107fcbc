"""Family-life phrasings found in session 25 (helper B), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_the_couple_after_an_infinitive_marriage_is_that_pair() -> None:
    # "to marry Y" has no subject of its own: the one whose clause it completes marries, and the pair is the nearest couple
    a = run("Lena Ostrowa married the banker Piet Haverkamp in 1961. Jonas Ostrowa quit the navy in 1999 to marry the dancer "
            "Mirela Santi. The couple divorced in 2012.", "2024-05-08")
    spouses = facts_by_pair(a, "spouse")
    assert spouses[("Mirela Santi", "Jonas Ostrowa")] == ("1999", "2012")
    assert spouses[("Lena Ostrowa", "Piet Haverkamp")] == ("1961", None)


def test_a_bare_surname_is_the_one_last_called_by_it() -> None:
    # the son is named by his first name alone just before: "Harcastle" is still his father, named in full last
    a = run("Mara Quell, the botanist, died on Sunday. Her son, Tobin Harcastle, said she had been ill. In 1960 she met "
            "Erik Harcastle, an engineer. They married in 1962 and had two children, Tobin and Lise. Harcastle died in 2001.",
            "2024-05-08")
    assert "Erik Harcastle" in event_names(a, "life.die", "agent")
    assert "Tobin Harcastle" not in event_names(a, "life.die", "agent")
    assert facts_by_pair(a, "spouse")[("Mara Quell", "Erik Harcastle")] == ("1962", "2001")
