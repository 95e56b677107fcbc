"""Session 45 (lead): "the club made him captain in 2018", where the parser reads the post as a noun heading a small
clause ("him captain"), is an appointment to that post -- as small invented articles through the real pipeline, with a
near miss that must not fire; rivals beaten in an election ("elected mayor, beating A and B", "a majority of 2,114 over
X") are elections they did not win; "X and Y worked together on Z" is a collaboration on the work Z; "X was given its
world premiere" is the premiere of X (not of the festival "its" was read as); a festival that opens founds and
launches nothing."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import assert_no_event, named_args, posts, typed

DCT = "2025-02-06"

MADE_CAPTAIN = ("Tobias Orrin, the Kelby Athletic midfielder, will retire at the end of the season. Kelby, who paid a "
                "record fee to prise him away from Wenbury in the summer of 2015, made him captain in 2018.")

MADE_CLEAR = "Kelby Athletic made it clear in 2018 that the midfielder Tobias Orrin would stay."


def test_made_him_captain_is_an_appointment_dated_and_a_post_from_then() -> None:
    a = run(MADE_CAPTAIN, DCT)
    appointed = [args for args in named_args(a, "career.appoint") if args.get("patient") == "Tobias Orrin"]
    assert appointed and appointed[0].get("role") == "captain"
    assert posts(a, "Tobias Orrin")["captain"][1] == "2018"


def test_made_it_clear_is_no_appointment() -> None:
    assert_no_event(run(MADE_CLEAR, DCT), "career.appoint")


BEATING = "Mara Fenwick was elected mayor of Drellport on Thursday, beating Tom Arkwright and Jo Pell."

MAJORITY = "Mara Fenwick won the Drellport by-election on Thursday with a majority of 2,114 over Tom Arkwright."

FINAL_BEATING = "Rosa Velt won the final on Sunday, beating Ana Kross 6-4 6-2."


def _elected(a: Analysis, polarity: str) -> list[str | None]:
    return [e_args.get("patient") for e_args, e in zip(named_args(a, "politics.elect"), typed(a, "politics.elect"), strict=True)
            if e.polarity == polarity]


def test_rivals_beaten_in_an_election_are_elections_not_won() -> None:
    a = run(BEATING, "2025-03-16")
    assert _elected(a, "POS") == ["Mara Fenwick"]
    assert sorted(_elected(a, "NEG")) == ["Jo Pell", "Tom Arkwright"]


def test_a_majority_over_a_rival_is_the_rivals_election_not_won() -> None:
    a = run(MAJORITY, "2025-03-16")
    assert _elected(a, "POS") == ["Mara Fenwick"] and _elected(a, "NEG") == ["Tom Arkwright"]


def test_a_final_won_beating_a_player_is_no_election() -> None:
    assert_no_event(run(FINAL_BEATING, "2025-03-16"), "politics.elect")


def test_two_people_who_worked_together_on_a_title_collaborated_on_that_work() -> None:
    a = run("Ana Kross and Tom Gale worked together on Paper Kings.", "2025-03-14")
    assert named_args(a, "career.collaborate") == [{"agent": "Ana Kross", "partner": "Tom Gale", "work": "Paper Kings"}]


def test_working_together_on_an_island_is_no_collaboration() -> None:
    assert_no_event(run("Ana Kross and Tom Gale worked together on Lantau Island.", "2025-03-14"), "career.collaborate")


def test_its_premiere_is_the_premiere_of_the_clause_subject_not_of_the_festival() -> None:
    a = run('The Ostvale Film Festival opened on Friday. Ana Kross\'s new film, "The Salt Widow", was given its world '
            'premiere at the Regent Cinema on Sunday.', "2025-03-14")
    works = [args.get("work") for args in named_args(a, "career.premiere")]
    assert "The Salt Widow" in works and "Ostvale Film Festival" not in works


def test_a_festival_opening_founds_and_launches_nothing() -> None:
    a = run("The Ostvale Film Festival opened on Friday.", "2025-03-14")
    assert_no_event(a, "business.found")
    assert_no_event(a, "business.launch")


def test_a_bookshop_opening_still_founds_it() -> None:
    assert named_args(run("Harlow Books opened in 1998 in a former bank.", "2025-03-14"), "business.found") == [
        {"organization": "Harlow Books"}]
