"""Phrasings found in session 24 (sport: transfer windows, retiring players, cycling rosters, coaches),
each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def test_seasons_spent_at_a_club_before_a_dated_move_date_its_start() -> None:
    # a sports season counts as a year: "five seasons" before 2012 began in 2007
    a = run("Dana Kimbrough spent five seasons at Hollowmere Rangers before moving to the Spanish club Deportivo Aranza "
            "in 2012.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert members.get(("Dana Kimbrough", "Hollowmere Rangers")) == ("2007", "2012")
    assert members.get(("Dana Kimbrough", "Deportivo Aranza")) == ("2012", None)


def test_respectively_pairs_each_player_with_the_club_in_the_same_place() -> None:
    a = run("The forwards Tom Ferrow and Raj Pellen joined Bexcombe Town and Ludford Athletic respectively for the "
            "whole season.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert ("Tom Ferrow", "Bexcombe Town") in members and ("Raj Pellen", "Ludford Athletic") in members
    assert ("Tom Ferrow", "Ludford Athletic") not in members and ("Raj Pellen", "Bexcombe Town") not in members
    hires = {(e.args[0].text, tuple(sorted({a.entity(g.entity).name for g in e.args if g.role == "organization" and g.entity})))
             for e in a.events if e.type == "career.hire" and e.args}
    assert sorted(orgs for _, orgs in hires) == [("Bexcombe Town",), ("Ludford Athletic",)]


def test_team_before_a_cycling_teams_name_is_left_out_in_its_short_form() -> None:
    a = run("Team Halvor have signed Piet Aasen from Team Korvel. Halvor hired the director Una Breck from Korvel in "
            "October.", "2024-05-08")
    assert "Korvel" not in entity_types(a)
    jobs = {**facts_by_pair(a, "employee"), **facts_by_pair(a, "member")}
    assert jobs.get(("Una Breck", "Team Korvel")) == (None, "2023-10")


def test_the_aged_description_as_subject_of_a_post_names_the_person() -> None:
    # "The 47-year-old had been a directeur sportif at X since 2019": the person just named held the post
    a = run("Team Halvor hired Una Breck from Korvel Racing in October. The 47-year-old, a former rider herself, had "
            "been a directeur sportif at Korvel since 2019.", "2024-05-08")
    assert any(f.relation == "role" and f.value == "directeur sportif" and (f.valid_from, f.valid_to) == ("2019", "2023-10") for f in a.facts)
    employees = facts_by_pair(a, "employee")
    assert employees.get(("Una Breck", "Korvel Racing")) == ("2019", "2023-10")
    assert ("Una Breck", "Team Halvor") in employees
    assert ("Una Breck", "Team Halvor") not in facts_by_pair(a, "member")


def test_a_time_told_before_a_gerund_ends_the_stretch() -> None:
    # "before retiring in 2015": when the playing ended, not when it was
    a = run("Lena Marsh played for Corby Vale for nine years before retiring in 2015.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Lena Marsh", "Corby Vale")) == ("2006", "2015")


def test_the_club_word_ner_leaves_off_a_place_ends_the_clubs_name() -> None:
    a = run("Jonah Esterbrook has signed for Sculthorpe Town on a free transfer.", "2024-05-08")
    assert entity_types(a).get("Sculthorpe Town") == "ORG"
    assert ("Jonah Esterbrook", "Sculthorpe Town") in facts_by_pair(a, "member")
    b = run("She flew to Kansas City and then to Cape Town.", "2024-05-08")
    assert entity_types(b) == {"Kansas City": "GPE", "Cape Town": "GPE"}


def test_a_name_ending_in_ladies_is_a_club() -> None:
    a = run("Kelso Rovers have appointed Hedda Colquist as head coach, prising the 44-year-old away from their rivals "
            "Amberlow Ladies.", "2024-05-08")
    assert entity_types(a).get("Amberlow Ladies") == "ORG"


def test_a_person_shaped_name_a_coach_coached_is_a_player_not_a_club() -> None:
    a = run("It was at Kelmark that she first coached Ines Marwood.", "2024-05-08")
    assert entity_types(a).get("Ines Marwood") == "PERSON"
    b = run("He previously managed Ashgrove Town and coached Dunholt Rovers.", "2024-05-08")
    assert entity_types(b).get("Dunholt Rovers") == "ORG"


def test_whom_a_coach_signed_for_a_club_is_the_player_signed() -> None:
    # "the striker Y, whom X signed for Z": X signs Y for Z; X is neither signed nor a player of Z
    a = run("The striker Ruth Okafor, whom Mara Velde signed for Dunholt Rovers in 2021, scored twice.", "2024-05-08")
    assert event_names(a, "career.hire", "patient") == ["Ruth Okafor"]
    assert event_names(a, "career.hire", "agent") == ["Mara Velde"]
    assert event_names(a, "career.hire", "organization") == ["Dunholt Rovers"]
    members = facts_by_pair(a, "member")
    assert members.get(("Ruth Okafor", "Dunholt Rovers")) == ("2021", None)
    assert ("Mara Velde", "Dunholt Rovers") not in members
    b = run("Ruth Okafor signed for Dunholt Rovers in 2021.", "2024-05-08")
    assert event_names(b, "career.hire", "patient") == ["Ruth Okafor"]
    assert facts_by_pair(b, "member").get(("Ruth Okafor", "Dunholt Rovers")) == ("2021", None)


def test_clubs_named_deportivo_or_ladies_are_teams_of_players() -> None:
    a = run("Dana Kimbrough spent five seasons at Hollowmere Rangers before moving to Deportivo Aranza in 2012.", "2024-05-08")
    assert facts_by_pair(a, "member").get(("Dana Kimbrough", "Deportivo Aranza")) == ("2012", None)
    assert ("Dana Kimbrough", "Deportivo Aranza") not in facts_by_pair(a, "employee")
    b = run("Ruth Okafor joined Amberlow Ladies in 2021.", "2024-05-08")
    assert facts_by_pair(b, "member").get(("Ruth Okafor", "Amberlow Ladies")) == ("2021", None)


def test_coming_through_a_clubs_academy_makes_a_member_until_the_next_move() -> None:
    a = run("Tom Ferrow came through the Dunholt Rovers academy before joining Bexcombe Town in 2016.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert members.get(("Tom Ferrow", "Dunholt Rovers")) == (None, "2016")
    assert members.get(("Tom Ferrow", "Bexcombe Town")) == ("2016", None)
    b = run("Tom Ferrow came through the crowd at Dunholt Rovers.", "2024-05-08")
    assert ("Tom Ferrow", "Dunholt Rovers") not in facts_by_pair(b, "member")


def test_a_club_selling_a_player_ends_his_membership_there() -> None:
    a = run("Dunholt Rovers sold the winger Tom Ferrow to Bexcombe Town for £5 million last Thursday.", "2024-05-08")
    members = facts_by_pair(a, "member")
    assert members.get(("Tom Ferrow", "Dunholt Rovers")) == (None, "2024-05-02")
    assert members.get(("Tom Ferrow", "Bexcombe Town")) == ("2024-05-02", None)


def test_years_in_charge_of_a_club_before_an_appointment_date_that_job() -> None:
    a = run("Iris Vandame was appointed manager of Kelso Rovers in January after four years in charge of Brockley Town.",
            "2024-05-08")
    assert facts_by_pair(a, "employee").get(("Iris Vandame", "Brockley Town")) == ("2020", "2024-01")


def test_a_job_left_for_a_bare_post_leaves_the_post_to_the_articles_club() -> None:
    # the manager's club is the one the article is about; Brockley Town, left for the post, does not place her
    a = run("Kelso Rovers beat Dunholt 2-0. Kelso Rovers are top. The manager, Iris Vandame, who was appointed in January "
            "after four years in charge of Brockley Town, told the Courier that Kelso Rovers were better.", "2024-05-08")
    employees = facts_by_pair(a, "employee")
    assert employees.get(("Iris Vandame", "Kelso Rovers")) == ("2024-01", None)
    assert employees.get(("Iris Vandame", "Brockley Town")) == ("2020", "2024-01")
