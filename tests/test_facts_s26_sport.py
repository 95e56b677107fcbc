"""Phrasings found in session 26 (sport: a transfer window, a tennis season, a club takeover, a swimming
championship), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import facts_by_pair


def _wins(a: Analysis) -> list[dict[str, str]]:
    """Each asserted win (not a loser's win told as lost): role -> the entity's name, or the words."""
    return [{g.role: (a.entity(g.entity).name if g.entity and a.entity(g.entity) else g.text) for g in e.args}
            for e in a.events if e.type == "career.win" and e.polarity == "POS"]


def test_a_final_won_with_the_score_between_names_the_winner() -> None:
    a = run("It began in March in Tolvik, where Hanne Moss beat the second seed, Greta Lindahl, 6-2, 6-4 in the final of "
            "the Harbour Open.", "2024-05-08")
    assert [w["agent"] for w in _wins(a)] == ["Hanne Moss"]
    b = run("Pieter Brandt, who had beaten him in four of their five meetings, including the final at Tolvik in 2019, "
            "spoke on Monday.", "2024-05-08")
    assert [w["agent"] for w in _wins(b)] == ["Pieter Brandt"]
    # a match won on the way, no contest named: no title
    assert _wins(run("Kelby Athletic beat Holm Rovers 2-0 on Saturday and will play Dunmore Town next week.", "2024-05-08")) == []


def test_a_final_lost_to_someone_is_their_win() -> None:
    a = run("Lena Hart lost in the final to Sofia Merle in 2019.", "2024-05-08")
    assert [w["agent"] for w in _wins(a)] == ["Sofia Merle"]
    b = run("Lena Hart lost the final of the Brackley Open to Sofia Merle in June.", "2024-05-08")
    assert [w["agent"] for w in _wins(b)] == ["Sofia Merle"]
    c = run("Lena Hart reached the final of the Brackley Open in 2019, losing to Sofia Merle.", "2024-05-08")
    assert [w["agent"] for w in _wins(c)] == ["Sofia Merle"]
    # a semi-final, or a defeat with no winner named, is no one's title
    assert _wins(run("Ada Voss, who was beaten 6-2, 6-3 in the semi-final, has split from her coach.", "2024-05-08")) == []
    assert _wins(run("Hanne Moss beat Greta Lindahl 6-2, 6-4 in the semi-final on Friday.", "2024-05-08")) == []
    # a first round lost wins nothing
    assert _wins(run("Lena Hart lost in the first round to Sofia Merle.", "2024-05-08")) == []


def test_games_played_for_a_team_make_a_member() -> None:
    a = run("Arlo Penn, 46, a Dane who played 212 games for Tarnby Rovers between 2001 and 2008, was named coach.",
            "2024-05-08")
    assert facts_by_pair(a, "member")[("Arlo Penn", "Tarnby Rovers")] == ("2001", "2008")
    b = run("Mira Holt, who has played more than 300 matches for Kelby City since 2015, was injured.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Mira Holt", "Kelby City")] == ("2015", None)
    assert not facts_by_pair(run("Mira Holt was no match for Kelby City's defence.", "2024-05-08"), "member")


def test_an_aged_nationality_before_a_relative_clause_is_the_person_just_named() -> None:
    a = run("Mara Lind will retire. The 31-year-old Swede, who won gold in 2016, said she was tired.", "2024-05-08")
    ages = [f.value for f in a.facts if f.relation == "age" and a.entity(f.subject).name == "Mara Lind"]
    assert ages == ["31"]
    b = run("Piet Arends has joined Kelby City. The 24-year-old Dane, whose contract at Holm ran out in June, signed a "
            "two-year deal.", "2024-05-08")
    assert [f.value for f in b.facts if f.relation == "age" and b.entity(f.subject).name == "Piet Arends"] == ["24"]


def test_a_final_lost_in_the_passive_names_the_winner_after_by() -> None:
    a = run("Sofia Merle was beaten by Lena Hart in the final of the Brackley Open.", "2024-05-08")
    assert [w["agent"] for w in _wins(a)] == ["Lena Hart"]
    b = run("Kelby Athletic were defeated by Holm Rovers in the final at Dunmore Park in 2012.", "2024-05-08")
    assert [w["agent"] for w in _wins(b)] == ["Holm Rovers"]


def test_a_contract_terminated_lets_its_holder_go() -> None:
    a = run("The defender Ivo Marsh had his contract terminated by Kelby Athletic in March.", "2024-05-08")
    assert [(e.type, a.entity(g.entity).name) for e in a.events if e.type == "career.fire"
            for g in e.args if g.role == "patient" and g.entity] == [("career.fire", "Ivo Marsh")]
    b = run("Kelby Athletic cancelled the contract of the goalkeeper Sam Okoro.", "2024-05-08")
    assert [b.entity(g.entity).name for e in b.events if e.type == "career.fire" for g in e.args if g.role == "patient"
            and g.entity] == ["Sam Okoro"]
    assert not [e for e in run("Tom Reyes cancelled the concert.", "2024-05-08").events if e.type == "career.fire"]
    assert not [e for e in run("The council terminated its contract with Brixley Waste in 2019.", "2024-05-08").events
                if e.type == "career.fire"]


def test_a_player_arriving_from_a_club_is_signed() -> None:
    a = run("The goalkeeper Sam Okoro arrived from Brixley Rovers on a free transfer.", "2024-05-08")
    assert [a.entity(g.entity).name for e in a.events if e.type == "career.hire" for g in e.args
            if g.role == "patient" and g.entity] == ["Sam Okoro"]
    b = run("The striker Tom Bale arrived from Holm United in January for a fee of £2m.", "2024-05-08")
    assert [e.time for e in b.events if e.type == "career.hire"] == ["2024-01"]
    # told beside the signing itself: one hiring
    c = run("Earlier this month the club signed the winger Rui Ferro, 22, and the goalkeeper Niall Costa, who arrived from "
            "Corrie Rovers for an undisclosed fee.", "2024-05-08")
    assert len([e for e in c.events if e.type == "career.hire"]) == 2
    # a journey or a visit from a place or an office joins no one
    for text in ("Sam Okoro arrived from London on Tuesday for talks.", "The minister arrived from the Treasury Department on Tuesday."):
        assert not [e for e in run(text, "2024-05-08").events if e.type == "career.hire"]


def test_the_time_of_the_event_since_names_does_not_date_the_win() -> None:
    a = run("Ada Voss took silver in the 200m, her fourth medal at the championships since her debut in 2015.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "career.win"] == [None]
    b = run("Tom Bale won the title in Tolvik, his first since his marriage in 2019.", "2024-05-08")
    assert [e.time for e in b.events if e.type == "career.win"] == [None]
    assert [e.time for e in b.events if e.type == "life.marry"] == ["2019"]


def test_a_medal_added_is_another_win() -> None:
    a = run("Ada Voss added a second gold in the relay on Sunday.", "2024-05-08")
    assert [(e.time, a.entity(g.entity).name) for e in a.events if e.type == "career.win" for g in e.args
            if g.role == "agent" and g.entity] == [("2024-05-05", "Ada Voss")]
    assert _wins(run("Tom Bale added bronze in the 400m hurdles on Friday.", "2024-05-08"))
    assert not _wins(run("The chef added gold leaf to the cake.", "2024-05-08"))


def test_a_place_where_a_stretch_began_dates_what_happened_there() -> None:
    a = run("It began in March in Tolvik, where Hanne Moss beat the second seed, Greta Lindahl, 6-2, 6-4 in the final of "
            "the Harbour Open.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "career.win"] == ["2024-03"]
    b = run("Her season ended in October in Holm, where Greta Lindahl beat her in the final.", "2024-05-08")
    assert [e.time for e in b.events if e.type == "career.win"] == ["2023-10"]


def test_a_club_confirming_someone_as_its_manager_appoints_them() -> None:
    a = run("Holm Rovers confirmed Tom Reyes as their new manager on Thursday.", "2024-05-08")
    assert [(e.time, a.entity(g.entity).name) for e in a.events if e.type == "career.appoint" for g in e.args
            if g.role == "patient" and g.entity] == [("2024-05-02", "Tom Reyes")]
    b = run("On Monday the board confirmed the former Dunmore coach Ada Voss as head coach.", "2024-05-08")
    assert [(b.entity(g.entity).name, e.time) for e in b.events if e.type == "career.appoint" for g in e.args
            if g.role == "patient" and g.entity] == [("Ada Voss", "2024-05-06")]
    assert not [e for e in run("Holm Rovers confirmed the signing of Tom Reyes on Thursday.", "2024-05-08").events
                if e.type == "career.appoint"]


def test_a_player_told_beside_the_team_an_article_is_about_is_its_member() -> None:
    text = ("Kelby Athletic beat Holm Rovers 2-0 on Saturday. Kelby Athletic went ahead through their captain, Ida Brenn, "
            "after ten minutes. The defender Tom Oduya scored the second for Kelby Athletic. Kelby Athletic are top.")
    a = run(text, "2024-05-08")
    members = facts_by_pair(a, "member")
    assert members[("Ida Brenn", "Kelby Athletic")] == (None, None)
    assert members[("Tom Oduya", "Kelby Athletic")] == (None, None)
    b = run("Kelby Athletic have appointed a new manager. Kelby Athletic said the striker Sam Okoro, 24, and the former "
            "goalkeeper Ian Bray had backed him. Kelby Athletic play on Saturday.", "2024-05-08")
    members = facts_by_pair(b, "member")
    assert ("Sam Okoro", "Kelby Athletic") in members
    assert ("Ian Bray", "Kelby Athletic") not in members  # a former player, of some team once
    c = run("Kelby Athletic drew 1-1. Kelby Athletic are third. Kelby Athletic play again on Tuesday. On Sunday the "
            "midfielder Ada Voss scored twice for Dunmore.", "2024-05-08")
    assert ("Ada Voss", "Kelby Athletic") not in facts_by_pair(c, "member")


def test_a_loan_until_a_month_ends_the_membership_then() -> None:
    a = run("Kelby Athletic loaned the winger Ravi Penn to Holm Rovers until January.", "2024-05-08")
    assert facts_by_pair(a, "member")[("Ravi Penn", "Holm Rovers")] == (None, "2025-01")
    b = run("The midfielder Ciaran Holt moved to Holm Rovers on loan until January.", "2024-05-08")
    assert facts_by_pair(b, "member")[("Ciaran Holt", "Holm Rovers")] == (None, "2025-01")
    # a contract's length is no end the fixtures give
    c = run("Ravi Penn has joined Holm Rovers on a three-year deal until June 2027.", "2024-05-08")
    assert facts_by_pair(c, "member")[("Ravi Penn", "Holm Rovers")][1] is None


def test_splitting_with_a_mentor_named_after_a_comma_is_no_separation() -> None:
    for text in ("Last winter she split with her long-time mentor, Hugo Varn.", "Tom Bale parted with his physio, Ian Bray, in May."):
        assert not [e for e in run(text, "2024-05-08").events if e.type == "life.separate"]
    a = run("Ada Voss split from her husband, Ian Bray, in May.", "2024-05-08")
    assert [e.time for e in a.events if e.type == "life.separate"] == ["2024-05"]


def test_coaching_or_running_a_side_of_a_club_is_working_for_the_club() -> None:
    a = run("Viktor Brask coached the youth team of Holm Rovers from 2015 to 2019.", "2024-05-08")
    assert facts_by_pair(a, "employee")[("Viktor Brask", "Holm Rovers")] == ("2015", "2019")
    b = run("Viktor Brask managed the reserve side of Holm Rovers until 2020.", "2024-05-08")
    assert facts_by_pair(b, "employee")[("Viktor Brask", "Holm Rovers")] == (None, "2020")
    c = run("Viktor Brask coached the son of Ian Cole for two years.", "2024-05-08")
    assert not facts_by_pair(c, "employee")
