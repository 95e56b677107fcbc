"""Session 42: a date in a "since" phrase is an aside; relative dates told after it
("the following January", "March of that year") count from the main story line, not from the aside.
Invented sentences, through the tagger and the real pipeline; each with its near miss."""

from __future__ import annotations

from dateline.timex import tag
from handmade import analyzed as run
from handmade import typed


def values(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def test_the_following_month_skips_a_since_phrase() -> None:
    text = ("The baker sued the mill in October 2021. The mill, which has been run since 2016 by a family trust, "
            "answered the following January with a claim of its own.")
    assert values(text, "2024-03-04")[-1] == ("the following January", "2022-01")


def test_that_year_skips_a_since_phrase() -> None:
    text = ("The fire broke out on 3 February 2011. Olsen, who has led the brigade since 1994, was disciplined in "
            "April of that year.")
    assert values(text, "2013-06-10")[-1] == ("April of that year", "2011-04")


def test_inside_the_since_phrase_its_own_date_is_the_reference() -> None:
    # near miss: an anaphor still in the phrase (no comma between) counts from the phrase's date
    text = "Olsen has worked at the mill since 2015 and was promoted the following year."
    assert values(text, "2024-03-04") == [("2015", "2015"), ("the following year", "2016")]


def test_a_relative_clause_is_no_aside() -> None:
    # near miss: "X, who joined in 1994, was promoted two years later" counts from the clause's date
    text = "The mill closed in 2003. Olsen, who joined the brigade in 1994, was promoted two years later."
    assert values(text, "2024-03-04")[-1] == ("two years later", "1996")


def test_a_date_on_the_main_line_still_anchors_what_follows() -> None:
    # near miss: no aside, the last date told is the reference
    text = "The mill was sold in 2016 and closed the following January."
    assert values(text, "2024-03-04") == [("2016", "2016"), ("the following January", "2017-01")]


def test_the_event_after_an_aside_takes_the_main_lines_date() -> None:
    a = run("Mara Voss sued Keller Foods in October 2021. Keller Foods, which has been owned since 2015 by a "
            "private equity firm, sued Mara Voss the following January.", "2024-03-04")
    assert "2022-01" in [e.time for e in typed(a, "legal.sue")]
