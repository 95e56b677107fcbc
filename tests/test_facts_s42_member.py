"""Session 42: member facts -- who is a member of a body and who is on its staff, as small invented articles
through the real pipeline, with the near misses each rule must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair

FORMER_PLAYER_COACH = ("Kelby Ladies turn to Holt\n\n"
                       "Kelby Ladies have appointed Maren Holt as their head coach, luring the 41-year-old away from their "
                       "rivals Dunford Ladies. Holt, a former defender who won 30 caps, guided Dunford to the league title "
                       "last year.")

YOUTH_COACH = ("Kelby Town name new manager\n\n"
               "Kelby Town have sacked their manager, Ian Roe. The club's under-21s coach, Dan Moss, a former Town "
               "defender, took charge of the first team on an interim basis. Moss, 38, will return to the academy, "
               "the club said.")

SIGNED_THEN_MANAGER = ("Marsh Vale legend dies\n\n"
                       "Piet Hulsen, who captained Marsh Vale Rovers for a decade, has died aged 84. In 1958 he was signed "
                       "by Marsh Vale Rovers for £9,000. He retired as a player in 1969. The club appointed him manager in "
                       "1974, and he stayed in the job until 1980.")


def test_a_former_player_appointed_to_a_teams_staff_post_is_its_employee() -> None:
    # "a former defender" makes Holt a player, but the team appointed her its head coach: on its staff, no member
    a = run(FORMER_PLAYER_COACH)
    assert ("Maren Holt", "Kelby Ladies") in facts_by_pair(a, "employee")
    assert ("Maren Holt", "Kelby Ladies") not in facts_by_pair(a, "member")


def test_a_staff_member_who_once_played_for_the_same_team_is_both() -> None:
    # "the club's under-21s coach, X, a former Town defender": on the staff now (open), a member once (over)
    a = run(YOUTH_COACH)
    assert facts_by_pair(a, "employee").get(("Dan Moss", "Kelby Town")) == (None, None)
    assert facts_by_pair(a, "member").get(("Dan Moss", "Kelby Town")) == (None, "PAST_REF")


def test_a_players_signing_keeps_the_employment_it_began_a_membership() -> None:
    # signed by the team with no post told (a player's signing), then appointed manager: the dated stretch the text
    # gives is the playing one, a membership from the signing
    a = run(SIGNED_THEN_MANAGER)
    members = facts_by_pair(a, "member")
    assert members.get(("Piet Hulsen", "Marsh Vale Rovers"), (None,))[0] == "1958"
    assert ("Piet Hulsen", "Marsh Vale Rovers") not in facts_by_pair(a, "employee")


BOARD = ("Harlow Foods names new chair\n\n"
         "Harlow Foods, the struggling frozen-food maker, has elected Ada Berg as its chair. Tom Reed, a former banker, "
         "joined the board in 2015. As part of the funding deal, Brightwater Capital's managing partner, Lena Sorvik, "
         "joined Harlow's board on Monday.")

PARTY_LEADER = ("Civic Dawn Party picks new leader\n\n"
                "The opposition Civic Dawn Party elected Mira Kallas, 47, as its leader at a congress in Tallbrook on "
                "Saturday.")


def test_a_seat_on_the_board_of_the_body_told_of_is_a_post_there() -> None:
    # "joined the board in 2015": a director of the company the story is about, on its staff, not a member of it
    a = run(BOARD)
    assert facts_by_pair(a, "employee").get(("Tom Reed", "Harlow Foods")) == ("2015", None)
    assert ("Tom Reed", "Harlow Foods") not in facts_by_pair(a, "member")


def test_a_board_named_with_its_body_is_an_outsiders_seat() -> None:
    # "Brightwater Capital's managing partner ... joined Harlow's board": the investor's seat, a member of the board's body
    a = run(BOARD)
    assert ("Lena Sorvik", "Harlow Foods") in facts_by_pair(a, "member")
    assert ("Lena Sorvik", "Harlow Foods") not in facts_by_pair(a, "employee")


def test_a_company_electing_its_own_chair_gives_a_post_not_a_membership() -> None:
    a = run(BOARD)
    assert ("Ada Berg", "Harlow Foods") in facts_by_pair(a, "employee")
    assert ("Ada Berg", "Harlow Foods") not in facts_by_pair(a, "member")


def test_a_party_electing_its_leader_makes_a_member() -> None:
    # the same words of a party: its leader is its member
    a = run(PARTY_LEADER)
    assert ("Mira Kallas", "Civic Dawn Party") in facts_by_pair(a, "member")
    assert ("Mira Kallas", "Civic Dawn Party") not in facts_by_pair(a, "employee")


DEPARTURES = ("Kelby Rovers reshape squad before the deadline\n\n"
              "Kelby Rovers brought in three players and let four go before the transfer window shut on Monday night. "
              "Rovers signed the defender Tom Arlott from Marsh Vale for £2 million.\n\n"
              "Going the other way, the winger Sam Pryde was sold to Dunford City for an undisclosed fee. The midfielder "
              "Joel Haskins joined Ashby Town on loan until January. The striker Nico Barre joined Penfold Athletic from "
              "Lowmoor United on a free transfer.\n\n"
              "The club's manager, Rosa Kent, said Rovers were stronger than a month ago.")


def test_a_player_sold_by_the_team_told_of_was_its_member_until_then() -> None:
    # an article about one team: "the winger X was sold to Y" (no body left named) -- X left the article's team
    a = run(DEPARTURES)
    assert facts_by_pair(a, "member").get(("Sam Pryde", "Kelby Rovers")) == (None, "PAST_REF")


def test_a_player_lent_out_stays_a_member_of_the_team_told_of() -> None:
    a = run(DEPARTURES)
    members = facts_by_pair(a, "member")
    assert members.get(("Joel Haskins", "Kelby Rovers")) == (None, None)
    assert ("Joel Haskins", "Ashby Town") in members


def test_a_player_moving_between_two_other_bodies_is_no_member_of_the_team_told_of() -> None:
    # "joined Y from Z": the body left is named, Z -- not the article's team
    a = run(DEPARTURES)
    members = facts_by_pair(a, "member")
    assert ("Nico Barre", "Kelby Rovers") not in members
    assert members.get(("Nico Barre", "Lowmoor United")) == (None, "PAST_REF")


GOVERNING = ("Ostvale minister quits\n\n"
             "Lena Vask, a former teacher who joined the governing People's Compact in 2009, resigned as health minister "
             "on Monday.")

GOVERNING_BODY = ("Harbour board changes\n\n"
                  "Lena Vask, a former teacher who joined the governing body of Kelby Harbour Trust in 2009, resigned as its "
                  "treasurer on Monday.")


def test_the_governing_x_is_a_party_whose_people_are_members() -> None:
    # "the governing X", as "the ruling X": a party in power, joined as a member (no job there)
    a = run(GOVERNING)
    assert facts_by_pair(a, "member").get(("Lena Vask", "People's Compact")) == ("2009", None)
    assert ("Lena Vask", "People's Compact") not in facts_by_pair(a, "employee")


def test_a_governing_body_is_no_party() -> None:
    # "the governing body of the X Trust": a board, the adjective on no name -- its treasurer is on its staff
    a = run(GOVERNING_BODY)
    assert ("Lena Vask", "Kelby Harbour Trust") in facts_by_pair(a, "employee")
    assert ("Lena Vask", "Kelby Harbour Trust") not in facts_by_pair(a, "member")
