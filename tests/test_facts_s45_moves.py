"""Session 45 (lead): a move told "signed for Y from B" or "moved to Y from B" (the parser hangs "from" on the body
moved to) ends the membership at B then; "defected to the Greens" names a party, though the model reads "the Greens" as
a people; a bare "left last year" after "who joined Y in 2012" is a resignation from Y -- as small invented articles
through the real pipeline, with near misses that must not change."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, jobs

DCT = "2025-03-14"


def test_signed_for_a_club_from_another_ends_the_old_membership_then() -> None:
    clubs = jobs(run("Tom Gale signed for Dunmore Rovers from Kelby Athletic in 2022.", DCT), "Tom Gale", "member")
    assert clubs["Dunmore Rovers"] == ("2022", None) and clubs["Kelby Athletic"] == (None, "2022")


def test_moved_to_a_firm_from_another_ends_the_old_job_then() -> None:
    firms = jobs(run("Tom Gale moved to Kerrow Bank from Pellman Trust in 2019.", DCT), "Tom Gale")
    assert firms["Pellman Trust"] == (None, "2019")


def test_defected_to_the_greens_joins_a_party_and_ends_the_old_one() -> None:
    a = run("Tom Gale, a member of the Civic Party since 2004, defected to the Greens on Monday.", DCT)
    parties = jobs(a, "Tom Gale", "member")
    assert parties["Civic Party"] == ("2004", "2025-03-10") and parties["Greens"] == ("2025-03-10", None)


def test_the_slovak_described_is_no_body() -> None:
    types = entity_types(run("The Slovak lifted the trophy in Oldhaven in 2019.", DCT))
    assert types.get("Slovak") != "ORG"


def test_a_bare_leaving_after_a_joining_is_a_resignation_ending_the_job() -> None:
    a = run("Tom Gale, who joined Kerrow Bank in 2012, left last year.", DCT)
    assert jobs(a, "Tom Gale")["Kerrow Bank"] == ("2012", "2024")
    b = run("Tom Gale joined Kerrow Bank in 2012. He left in 2020.", DCT)
    assert jobs(b, "Tom Gale")["Kerrow Bank"] == ("2012", "2020")


def test_leaving_early_or_for_a_town_or_still_to_come_is_no_resignation() -> None:
    for text in ("Tom Gale joined Kerrow Bank in 2012. He left early on Friday.",
                 "Tom Gale joined Kerrow Bank in 2012. He left for Leeds in 2020.",
                 "Tom Gale joined Kerrow Bank in 2012 and is leaving."):
        assert jobs(run(text, DCT), "Tom Gale")["Kerrow Bank"] == ("2012", None), text
