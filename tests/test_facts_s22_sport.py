"""Phrasings found in session 22 (sport and politics), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run


def _events(a, kind: str) -> list[dict[str, str]]:
    return [{g.role: g.text for g in e.args} for e in a.events if e.type == kind]


def _facts(a, relation: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return {(names.get(f.subject), names.get(f.object) or f.value): (f.valid_from, f.valid_to)
            for f in a.facts if f.relation == relation}


def test_club_names_ending_in_a_club_word_are_clubs() -> None:
    a = run("Ewan Rooke moved to Dunholm Quins in 2011 and later joined Balloch Thistle.", "2024-05-08")
    kinds = {e.name: e.type for e in a.entities}
    assert kinds.get("Dunholm Quins") == "ORG" and kinds.get("Balloch Thistle") == "ORG"
    assert ("Ewan Rooke", "Balloch Thistle") in _facts(a, "member")


def test_an_age_description_opening_a_sentence_is_the_last_sentence_subject() -> None:
    a = run("Marta Oyelowo won the Grand Prix of Lierde for the second time on Sunday, beating the Swiss Lea Brunner in "
            "a sprint. The 27-year-old Dutchwoman, who rides for the team Vortex Racing, had also won the race in 2021.",
            "2024-05-08")
    ages = {f.subject: f.value for f in a.facts if f.relation == "age"}
    names = {e.id: e.name for e in a.entities}
    assert {names[s]: v for s, v in ages.items()} == {"Marta Oyelowo": "27"}


def test_a_past_verb_the_parser_read_as_a_modifier_keeps_its_object() -> None:
    a = run("Idris Pembrey-Hale was a miner. Pembrey-Hale married Morfudd Tanat-Evans, a teacher from Bala, in 1958.",
            "2019-03-07")
    (wedding,) = _events(a, "life.marry")
    assert wedding.get("partner") == "Morfudd Tanat-Evans"
    assert any(pair[1] == "Morfudd Tanat-Evans" for pair in _facts(a, "spouse"))


def test_a_party_a_person_leads_has_that_person_as_a_member() -> None:
    a = run("The far-right Patria Front, led by Dusan Kovar, won 9 per cent of the vote. Norland Renewal, the "
            "centre-left party led by the former teacher Agata Rusk, came second. Vantor Capital, led by Ruth Ames, "
            "funded both campaigns.", "2023-10-10")
    members = _facts(a, "member")
    assert ("Dusan Kovar", "Patria Front") in members and ("Agata Rusk", "Norland Renewal") in members
    assert not any(pair[0] == "Ruth Ames" for rel in ("member", "employee") for pair in _facts(a, rel))


def test_a_green_union_with_a_leader_is_a_party() -> None:
    a = run("The Green Union's leader, Mira Solt, said she was ready to join a coalition.", "2023-10-10")
    assert ("Mira Solt", "Green Union") in _facts(a, "member")
    assert ("Mira Solt", "Green Union") not in _facts(a, "employee")


def test_retiring_as_a_player_ends_the_last_team_joined() -> None:
    a = run("Ewan Rooke joined Dunholm Quins in 1965 and moved to Balloch Thistle in 1970, and after retiring as a player "
            "in 1974 he became a coach.", "2019-03-07")
    members = _facts(a, "member")
    assert members[("Ewan Rooke", "Balloch Thistle")] == ("1970", "1974")
    assert members[("Ewan Rooke", "Dunholm Quins")] == ("1965", "1970")


def test_retiring_as_a_player_leaves_the_post_taken_then_open() -> None:
    a = run("Ewan Rooke moved to Balloch Thistle in 1970, and after retiring as a player in 1974 he became the club's coach.",
            "2019-03-07")
    coach = [(f.valid_from, f.valid_to) for f in a.facts if f.relation == "role" and f.value == "coach"]
    assert coach == [("1974", None)]


def test_a_second_prize_won_in_a_named_town_is_the_prize_not_the_town() -> None:
    a = run("Lotte Brink won the national road title in 2015 and the world pursuit championship in Ostend in 2018.",
            "2024-04-15")
    awards = {e.time: next((g.text for g in e.args if g.role == "award"), None) for e in a.events if e.type == "career.win"}
    assert awards.get("2018") == "the world pursuit championship"


def test_years_listed_with_commas_are_each_a_time() -> None:
    a = run("Under her guidance the club won the Highland Shield in 1991, 1994 and 1997.", "2019-03-07")
    assert sorted(e.time for e in a.events if e.type == "career.win") == ["1991", "1994", "1997"]


def test_a_former_player_on_the_staff_of_a_governing_body_is_its_employee() -> None:
    a = run("Idris Morgan-Lloyd, the former flanker who won 20 caps for Wales, has died aged 80. The Welsh Rugby Union "
            "appointed him assistant coach in 1985.", "2019-03-07")
    assert ("Idris Morgan-Lloyd", "Welsh Rugby Union") in _facts(a, "employee")
    assert ("Idris Morgan-Lloyd", "Welsh Rugby Union") not in _facts(a, "member")
    assert ("Idris Morgan-Lloyd", "Wales") in _facts(a, "member")


def test_an_interview_after_a_dated_saying_is_dated_by_it_not_by_the_lede() -> None:
    a = run("The Unity Bloc won Sunday's general election in Vardia. Its leader, Pavo Lindqvist-Ruud, said on Monday that "
            "talks had begun. \"We will govern for everyone,\" he told the broadcaster VRT.", "2023-10-10")
    (interview,) = [e for e in a.events if e.type == "report.interview"]
    assert interview.time == "2023-10-09"


def test_a_cycling_team_s_directeur_sportif_holds_a_post() -> None:
    a = run("Her brother, Pieter Dros, is a directeur sportif at Team Velocita.", "2024-04-15")
    names = {e.id: e.name for e in a.entities}
    assert ("Pieter Dros", "directeur sportif") in {(names.get(f.subject), f.value) for f in a.facts if f.relation == "role"}
    assert ("Pieter Dros", "Team Velocita") in _facts(a, "employee")


def test_a_former_international_named_in_apposition_played_for_the_country() -> None:
    a = run("Hamish Torrance, a former Scotland international who won 22 caps for his country, was appointed in June.",
            "2019-03-07")
    assert _facts(a, "member").get(("Hamish Torrance", "Scotland")) == (None, "PAST_REF")


def test_joining_as_a_student_names_no_post() -> None:
    a = run("Ilse Marek joined the Free Democrats as a student in 1991.", "2023-10-10")
    assert ("Ilse Marek", "Free Democrats") in _facts(a, "member")
    assert not [f for f in a.facts if f.relation == "role"]


def test_a_post_someone_is_tipped_to_take_is_speculative_and_no_fact() -> None:
    a = run("Marta Leszek, a 41-year-old lawyer, is widely tipped to become justice minister.", "2023-10-10")
    (appointment,) = [e for e in a.events if e.type == "career.appoint"]
    assert appointment.certainty == "speculative"
    assert not [f for f in a.facts if f.relation == "role" and f.value == "justice minister"]


def test_losing_a_seat_is_an_election_not_won() -> None:
    a = run("The deputy speaker lost the vote. Oskar Lind lost his seat on Sunday. The Farmers' League lost 12 seats.", "2023-10-10")
    elections = [(e.certainty, [g.text for g in e.args if g.role == "patient"]) for e in a.events if e.type == "politics.elect"]
    assert elections == [("negated", ["Oskar Lind"])]
