"""Session 40: membership facts (`member`), fourth pass -- a member's body hung by the parser on the title before it
("a nurse and member of Y"), and a line-up told by titled names ("Singer A, guitarist B and drummer C") -- as small
invented articles through the real pipeline, each with two wordings or more and the near misses they must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def test_a_member_joined_to_a_calling_is_a_member_of_the_body_not_its_employee() -> None:
    # "a nurse and member of the Royal College of Nursing": the parser hangs "of Y" on "nurse"; Y is the member's body
    a = run("Nurses vote to strike\n\nNurses at Eastfield Hospital have voted to strike. Janet Oyelaran, a nurse and member of "
            "the Royal College of Nursing, said staff were exhausted. Oyelaran has worked at the hospital since 2009.")
    assert ("Janet Oyelaran", "Royal College of Nursing") in facts_by_pair(a, "member")
    assert ("Janet Oyelaran", "Royal College of Nursing") not in facts_by_pair(a, "employee")
    b = run("Ruth Ambler, an engineer and a fellow of the Royal Academy of Engineering, died on Sunday. Ambler was 88.")
    assert ("Ruth Ambler", "Royal Academy of Engineering") in facts_by_pair(b, "member")
    assert not facts_by_pair(b, "employee")
    # ... while two posts of one body stay posts there ("founder and chief executive of Y")
    c = run("Tom Hale, founder and chief executive of Acme Holdings, said the plan was wrong.")
    assert ("Tom Hale", "Acme Holdings") in facts_by_pair(c, "employee") and not facts_by_pair(c, "member")


def test_a_line_up_of_titled_names_makes_each_a_member_of_the_band() -> None:
    # "Singer A, guitarist B and drummer C": the parser hangs B on "guitarist", apposed to A; the title is B's
    a = run("Glass Harbour to reunite\n\nThe Glass Harbour, the Manchester band who split in 2009, will reunite for a summer "
            "tour. Singer Rosa Delacourt, guitarist Pete Wendle and drummer Alan Crofts will be joined by a new bassist. "
            "\"It feels like coming home,\" Delacourt said.")
    members = facts_by_pair(a, "member")
    assert {("Rosa Delacourt", "Glass Harbour"), ("Pete Wendle", "Glass Harbour"), ("Alan Crofts", "Glass Harbour")} <= set(members)
    roles = facts_by_pair(a, "role")
    assert ("Pete Wendle", "guitarist") in roles and ("Rosa Delacourt", "guitarist") not in roles
    b = run("Copper Saints return\n\nThe Copper Saints, the Leeds band, have announced a new album. Frontman Dan Olsen, "
            "bassist Lucy Marr and drummer Tom Reddle recorded it in Wales. Olsen said it was their best.")
    members = facts_by_pair(b, "member")
    assert ("Lucy Marr", "Copper Saints") in members and ("Tom Reddle", "Copper Saints") in members
    assert ("Dan Olsen", "bassist") not in facts_by_pair(b, "role")
    # ... and a title apposed to a name with no name after it stays that name's ("Tom Reddle, drummer, said")
    c = run("Tom Reddle, drummer of the Copper Saints, said the tour would go ahead.")
    assert ("Tom Reddle", "Copper Saints") in facts_by_pair(c, "member")


def test_a_town_or_city_a_player_moves_from_or_to_is_a_club() -> None:
    # "left Dalebrook City for Marston Albion", "arrived from Kelvedon Town for an undisclosed fee": a club, not a place
    a = run("Former striker retires\n\nKenny Obuya has retired at 35. Obuya, a striker, left Dalebrook City for Marston "
            "Albion in 2019.")
    assert entity_types(a).get("Dalebrook City") == "ORG"
    assert facts_by_pair(a, "member").get(("Kenny Obuya", "Dalebrook City")) == (None, "2019")
    b = run("The defender Ollie Brandreth arrived from Kelvedon Town for an undisclosed fee on Friday.")
    assert entity_types(b).get("Kelvedon Town") == "ORG"
    assert ("Ollie Brandreth", "Kelvedon Town") in facts_by_pair(b, "member")
    # ... not a family moving house (no word of the transfer market)
    c = run("The Hale family left Dalebrook City for Marston in 2019.")
    assert entity_types(c).get("Dalebrook City") == "GPE"


def test_a_stint_before_an_undated_move_is_over() -> None:
    # "has left for Y after eight years at the club": the club's membership is over (PAST_REF), no date told
    a = run("Hartsmere Albion summer rebuild\n\nHartsmere Albion have signed four players. Going the other way, the captain "
            "Ashley Mensah-Boateng has left for Deepwater Rovers after eight years at the club.")
    assert facts_by_pair(a, "member").get(("Ashley Mensah-Boateng", "Hartsmere Albion")) == (None, "PAST_REF")
    b = run("Tom Hale joined Acme Holdings after five years at Verity Oil.")
    assert facts_by_pair(b, "employee").get(("Tom Hale", "Verity Oil")) == (None, "PAST_REF")
    # ... but not a move still ahead ("will join Y after five years at Z": still at Z)
    c = run("Tom Hale will join Acme Holdings after five years at Verity Oil.")
    assert facts_by_pair(c, "employee").get(("Tom Hale", "Verity Oil"), (None, None))[1] is None


def test_a_rugby_front_row_position_before_a_club_makes_a_player() -> None:
    # "the Scarlets prop X", "the Leinster hooker Y": a player of the club named before the position, no post
    a = run("Wales call up prop\n\nHead coach Gareth Lloyd recalled the Scarlets prop Iwan Daffyd, who has won 30 caps.")
    assert ("Iwan Daffyd", "Scarlets") in facts_by_pair(a, "member")
    assert ("Iwan Daffyd", "prop") not in facts_by_pair(a, "role")
    b = run("The Leinster hooker Sean Byrne scored twice on Saturday.")
    assert ("Sean Byrne", "Leinster") in facts_by_pair(b, "member")
    # ... the coach stays staff
    assert ("Gareth Lloyd", "Scarlets") not in facts_by_pair(a, "member")


def test_a_partys_adjective_before_a_leaders_title_is_of_the_party_named() -> None:
    # "The Liberal Democrat group leader, X" with "the Liberal Democrats" named: X is that party's member
    a = run("Councillors quit party\n\nThree councillors have left the Liberal Democrats. The Liberal Democrat group leader, "
            "Harriet Quill, said she was disappointed.")
    assert ("Harriet Quill", "Liberal Democrats") in facts_by_pair(a, "member")
    b = run("Councillor defects\n\nTom Vane has left the Liberal Democrats. Jim Hale, the Liberal Democrat group leader on "
            "the council, said he was sad.")
    assert ("Jim Hale", "Liberal Democrats") in facts_by_pair(b, "member")
    # ... none when the article names no such party
    c = run("Jim Hale, the Conservative group leader, said the budget was fair.")
    assert not facts_by_pair(c, "member")
