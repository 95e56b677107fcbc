"""Session 45: a stretch of years told "before that" ends where the person's one dated start in the sentence before
began ("She has run Y's arm since 2014. Before that she spent nine years at Z": at Z from 2005 to 2014); a stretch
at "the supermarket chain Z" is at Z; "was chief curator at Z for seven years" is a stretch too; a post held "since
the company's founding" starts at the one founding the article dates; "left Y in 2020 after a decade at the lender"
and "after a tenure of nine years" date the job or post back from the leaving -- as small invented articles through the real
pipeline, with the near misses that must not fire."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import jobs, posts

DCT = "2023-03-01"

BEFORE_THAT = ("Lena Morrow will take over on July 1. She joins from the dairy group Norvane, where she has run the "
               "British business since 2014. Before that she spent nine years at the supermarket chain Faircroft, "
               "rising to head of buying.")

WAS_CURATOR = ("Amara Kole is deputy director of the Harlow Collection, where she has worked since 2016. Before that she "
               "was chief curator at the Penmarric Institute in Leeds for seven years.")

TWO_STARTS = ("Amara Kole joined Pentrell Bank in 2019 and became its chair in 2021. Before that she spent nine years at "
              "the lender Faircroft.")

NO_BEFORE = ("Lena Morrow has run the British business of Norvane since 2014. She spent nine years at the supermarket "
             "chain Faircroft, rising to head of buying.")


def test_a_stretch_before_that_ends_at_the_start_told_just_before() -> None:
    assert jobs(run(BEFORE_THAT, DCT), "Lena Morrow")["Faircroft"] == ("2005", "2014")


def test_a_past_be_with_a_post_at_a_body_is_a_stretch_there() -> None:
    assert jobs(run(WAS_CURATOR, DCT), "Amara Kole")["Penmarric Institute"] == ("2009", "2016")


def test_two_dated_starts_before_leave_the_stretch_undated() -> None:
    faircroft = jobs(run(TWO_STARTS, DCT), "Amara Kole").get("Faircroft")
    assert faircroft is None or faircroft[0] is None


def test_no_before_that_no_end_taken_from_the_sentence_before() -> None:
    faircroft = jobs(run(NO_BEFORE, DCT), "Lena Morrow")["Faircroft"]
    assert faircroft[1] != "2014" and faircroft[0] is None


SINCE_FOUNDING = ("Halverd Tools was founded in 2016 by the engineer Maria Quist. Quist, who has been chief executive since "
                  "the company's founding, will become chair.")

SINCE_FOUNDING_UNDATED = ("Halverd Tools was founded by the engineer Maria Quist. Quist, who has been chief executive since "
                          "the company's founding, will become chair.")


def test_a_post_held_since_the_founding_starts_at_the_founding_told() -> None:
    assert posts(run(SINCE_FOUNDING, DCT), "Maria Quist")["chief executive"][1] == "2016"


def test_a_founding_undated_gives_no_start() -> None:
    assert posts(run(SINCE_FOUNDING_UNDATED, DCT), "Maria Quist")["chief executive"][1] is None


AFTER_A_DECADE_AT = "Tom Gale left Kerrow Bank in 2020 after a decade at the lender."

AFTER_A_TENURE = "Tom Gale stepped down as chief executive of Kerrow Bank in March 2020 after a tenure of nine years."

AFTER_A_DECADE_ABROAD = "Tom Gale left Kerrow Bank in 2020 after a decade at sea."


def test_a_stretch_at_the_body_left_dates_the_job_back_from_the_leaving() -> None:
    assert jobs(run(AFTER_A_DECADE_AT, "2025-03-14"), "Tom Gale")["Kerrow Bank"] == ("2010", "2020")


def test_a_tenure_of_years_before_a_dated_leaving_dates_the_post_back() -> None:
    assert posts(run(AFTER_A_TENURE, "2025-03-14"), "Tom Gale")["chief executive"][1:] == ("2011", "2020-03")


def test_a_stretch_at_no_body_leaves_the_job_undated() -> None:
    assert jobs(run(AFTER_A_DECADE_ABROAD, "2025-03-14"), "Tom Gale")["Kerrow Bank"][0] is None
