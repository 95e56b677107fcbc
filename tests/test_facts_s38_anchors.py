"""The tagger's anchoring of dates across sentences (session 38): invented sentences, the expected values and event
times written before the run."""

from __future__ import annotations

from dateline.timex import tag
from handmade import analyzed as run
from handmade import typed

DCT = "2024-05-10"


def _values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct)]


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in typed(a, kind)]


def test_a_month_opening_the_next_sentence_continues_a_past_story() -> None:
    assert _values("Rick Reyes was arrested in March 2017. He was charged in June.")[1] == ("June", "2017-06")
    assert _values("Ned Pryce was arrested on 3 February 2018. He was charged on 12 June.")[1] == ("12 June", "2018-06-12")
    assert _values("Lola Vance joined Drayton in the summer of 2011. She was sacked in the autumn.")[1] == (
        "the autumn", "2011-FA")
    # told next, the story moves on (October after January, August after December)
    assert _values("Ola Brandt joined Kestrel Bank in January 2015. She was sacked in October.")[1] == ("October", "2015-10")
    a = run("Lia Perth and Dan Cole got engaged in December 2016. They wed in August.", DCT)
    assert _times(a, "life.marry") == ["2017-08"]
    b = run("Ivo Salt was hired by Garnet Media in March 2020. He quit in September.", DCT)
    assert _times(b, "career.resign") == ["2020-09"]
    # a past perfect tells what came before: the nearest one
    assert _values("Rick Reyes was arrested in March 2017. He had been charged in January.")[1] == ("January", "2017-01")


def test_a_month_after_a_sentence_end_stays_on_the_document_date_where_the_news_has_moved_on() -> None:
    # the earlier date describes a noun
    assert _values("They were charged over the Dec. 21, 2016, bombing. The pair were freed in April.")[1] == (
        "April", "2024-04")
    # in a relative clause of a sentence about now, far into a long sentence, or in a new paragraph
    assert _values("He was given the armband in August 2019. Reyes, who was dismissed in February, is now at Oxley.")[1] == (
        "February", "2024-02")
    assert _values("Ana Rusk was charged in August 2019. Her husband was charged alongside her with fraud, but the "
                   "prosecution offered no evidence against him shortly before the retrial and he was acquitted in "
                   "April.")[1] == ("April", "2024-04")
    assert _values("Rick Reyes was arrested in March 2017.\n\nHe was charged in June.")[1] == ("June", "2023-06")
    # a year alone does not start a story across sentences ("since 1990 ... found in December")
    assert _values("Ana Vell has lived in Leeds since 2009. She married in February.")[1] == ("February", "2024-02")


def test_a_month_told_next_after_and_follows_the_first() -> None:
    assert _values("Tess Ward married Jon Bly in June 2010 and divorced him in March.")[1] == ("March", "2011-03")
    assert _values("Pia Lund married Leo Hart in May 1995 and then divorced him in February.")[1] == (
        "February", "1996-02")
    a = run("Pia Lund was born in Oslo in 1970. She married Leo Hart in May 1995 and divorced him in February.", DCT)
    assert _times(a, "life.divorce") == ["1996-02"]
    # without a sequence, the nearest ("from $29 in March")
    assert _values("The shares rose to $42 in June 2010 from $29 in March.")[1] == ("March", "2010-03")


def test_a_month_or_season_not_begun_is_not_told_in_the_past() -> None:
    assert _values("Paul Gage was sacked in June.") == [("June", "2023-06")]
    assert _values("Jo Bryce and Al Fenn married in the summer.") == [("the summer", "2023-SU")]
    a = run("Sara Holm resigned as mayor of Fenwick in June.", DCT)
    assert _times(a, "career.resign") == ["2023-06"]
    b = run("Sara Holm, who resigned as mayor of Fenwick in June, is standing again.", DCT)
    assert _times(b, "career.resign") == ["2023-06"]
    # a plan or an infinitive under the past verb, and days, stay near
    assert _values("The board has decided to close the plant in June.") == [("June", "2024-06")]
    assert _values("The vote was planned for June.") == [("June", "2024-06")]
    assert _values("The vote was moved to June 9.") == [("June 9", "2024-06-09")]
