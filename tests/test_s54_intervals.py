"""Session 54: fact intervals -- invented sentences through the real pipeline, with near misses."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair


def _spans(a, relation: str, name: str) -> dict[str | None, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    return {o: span for (s, o), span in facts_by_pair(a, relation).items() if s == name}


# a dated hiring or appointment naming neither body nor post dates the one job held then


def test_a_bare_hiring_dates_the_job_a_sacking_ended() -> None:
    a = run("The Dunmore Hawks fired head coach Rolf Ambersley on Monday after a 3-12 start. Ambersley, 52, was hired in "
            "May 2019 after nine seasons at Calder State University.", "2023-01-10")
    assert _spans(a, "employee", "Rolf Ambersley").get("Dunmore Hawks") == ("2019-05", "2023-01-09")


def test_a_bare_appointment_dates_the_managers_job() -> None:
    a = run("Tollbridge United sacked their manager Anselm Grieve on Monday after a run of two wins in 15 matches. Grieve was "
            "appointed in August 2020 on a four-year contract, replacing Dario Venn.", "2022-11-15")
    assert _spans(a, "employee", "Anselm Grieve").get("Tollbridge United") == ("2020-08", "2022-11-14")


def test_a_bare_hiring_dates_nothing_when_two_jobs_are_open() -> None:
    # two bodies the person works for, neither over: the hiring does not say which
    a = run("Rolf Ambersley, the chairman of Calder Mills and a director of Pellam Foods, was hired in May 2019.",
            "2023-01-10")
    spans = _spans(a, "employee", "Rolf Ambersley")
    assert all(start is None for start, _ in spans.values())


def test_a_bare_appointment_dates_the_post_held_at_the_job() -> None:
    a = run("Harrow Athletic beat Tollbridge United 4-0 on Saturday. Harrow Athletic are top of the table. On Monday "
            "Tollbridge sacked their manager, Anselm Grieve. Grieve was appointed in August 2020, replacing Dario Venn.",
            "2022-11-15")
    assert _spans(a, "role", "Anselm Grieve").get("Tollbridge United") == ("2020-08", "2022-11-14")


# a post the article calls new began on the one day of the appointments it reports


def test_the_new_minister_sworn_in_with_another_starts_that_day() -> None:
    a = run("The prime minister, Oda Brekke, named Kemal Arslan defence minister on Monday. Arslan was sworn in by the "
            "president on Monday afternoon, along with the new health minister, Ingrid Solvang.", "1996-09-17")
    assert _spans(a, "role", "Ingrid Solvang").get("health minister") == ("1996-09-16", None)


def test_the_new_finance_minister_starts_on_the_day_of_the_reshuffle() -> None:
    a = run("Prime Minister Ruslan Varkas appointed Hendrik Laas as deputy prime minister on Wednesday. The new finance "
            "minister, Aleksander Pold, spent eight years at Nordbalt Bank.", "1994-11-03")
    assert _spans(a, "role", "Aleksander Pold").get("finance minister") == ("1994-11-02", None)


def test_a_minister_not_called_new_gets_no_start() -> None:
    a = run("Prime Minister Ruslan Varkas appointed Hendrik Laas as deputy prime minister on Wednesday. The finance "
            "minister, Aleksander Pold, spent eight years at Nordbalt Bank.", "1994-11-03")
    assert _spans(a, "role", "Aleksander Pold").get("finance minister") == (None, None)


def test_a_new_minister_gets_no_start_when_appointments_fall_on_two_days() -> None:
    a = run("Prime Minister Ruslan Varkas appointed Hendrik Laas as deputy prime minister on Wednesday. On Monday he had "
            "appointed Mari Tamm as culture minister. The new finance minister, Aleksander Pold, spent eight years at "
            "Nordbalt Bank.", "1994-11-03")
    assert _spans(a, "role", "Aleksander Pold").get("finance minister") == (None, None)


# playing for a country between two years: the membership ends with the second


def test_played_tests_for_a_country_between_two_years() -> None:
    a = run("Born in Apia, Sione Tuilagi played 31 Tests for Samoa between 1997 and 2005 and coached in Auckland before "
            "moving to Wales.", "2021-01-19")
    assert _spans(a, "member", "Sione Tuilagi").get("Samoa") == ("1997", "2005")


def test_played_for_a_country_from_one_year_to_another() -> None:
    a = run("Ines Okoro played for Nigeria from 2008 to 2014 before a knee injury ended her career.", "2021-01-19")
    assert _spans(a, "member", "Ines Okoro").get("Nigeria") == ("2008", "2014")


def test_playing_for_a_country_since_a_year_stays_open() -> None:
    a = run("Sione Tuilagi has played for Samoa since 2019.", "2021-01-19")
    assert _spans(a, "member", "Sione Tuilagi").get("Samoa") == ("2019", None)


# a dated sacking or leaving naming no body nor post ends the one post held then (a calling beside it is no post)


def test_a_bare_sacking_ends_the_coaching_post_beside_a_calling() -> None:
    a = run("Dana Pryce hired Colm Reddy as her coach in 2015, and Reddy also works as a television pundit. Pryce fired "
            "Reddy in March 2021 after a poor round.", "2024-06-03")
    spans = _spans(a, "role", "Colm Reddy")
    assert spans.get("coach") == ("2015", "2021-03")
    assert spans.get("television pundit") == (None, None)


def test_a_passive_bare_sacking_ends_the_coaching_post_beside_a_calling() -> None:
    a = run("Lena Voss hired Pieter Smit as her coach in 2016. Smit, a painter, was dismissed by Voss in May 2022.",
            "2024-06-03")
    spans = _spans(a, "role", "Pieter Smit")
    assert spans.get("coach") == ("2016", "2022-05")
    assert spans.get("painter") == (None, None)


def test_a_bare_leaving_ends_nothing_when_two_bodies_are_held() -> None:
    a = run("Colm Reddy, the treasurer of the Ardle Golf Club and a director of Pellam Foods, quit in March 2021.",
            "2024-06-03")
    assert _spans(a, "employee", "Colm Reddy").get("Pellam Foods") == (None, None)


# "worked as a porter for six years before quitting in 2020": a post told of no body, held from six years before


def test_worked_as_a_post_for_years_before_quitting() -> None:
    a = run("Ottilie Marsh won the Pillinger Prize on Sunday. She worked as a hospital porter in Lanchford for six years "
            "before quitting in 2020 to write full time.", "2024-06-03")
    assert _spans(a, "role", "Ottilie Marsh").get("porter") == ("2014", "2020")


def test_worked_as_a_teacher_for_years_before_leaving() -> None:
    a = run("Ottilie Marsh worked as a primary school teacher for eleven years before leaving in 2015 to write.",
            "2024-06-03")
    assert _spans(a, "role", "Ottilie Marsh").get("teacher") == ("2004", "2015")


def test_worked_as_a_post_for_years_with_no_dated_leaving_keeps_no_start() -> None:
    a = run("Ottilie Marsh worked as a hospital porter in Lanchford for six years.", "2024-06-03")
    assert _spans(a, "role", "Ottilie Marsh").get("porter") == (None, "PAST_REF")
