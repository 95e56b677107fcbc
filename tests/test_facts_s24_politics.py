"""Phrasings found in session 24 (politics: regional elections, leadership contests, a mayor's
resignation, committee posts), each as an invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_args, facts_by_pair


def test_a_body_with_a_leader_or_seats_is_a_party_whose_people_are_members() -> None:
    # none of these names says "party": "the X leader", "X's leader" and winning or losing seats do
    for text, person, party in (
            ("Lena Varga, the Green Forum leader, is expected to be sworn in as premier on Monday.", "Lena Varga", "Green Forum"),
            ("The Rural League's leader, Ida Krol, comfortably kept her seat in Varnes.", "Ida Krol", "Rural League"),
            ("His defeat capped a miserable night for the Rural Compact, which had led every regional government since "
             "2005 and lost eleven of its 27 seats. Its leader, Arno Pettersen, said no.", "Arno Pettersen", "Rural Compact")):
        a = run(text, "2024-05-08")
        assert (person, party) in facts_by_pair(a, "member"), text
        assert (person, party) not in facts_by_pair(a, "employee"), text


def test_a_companys_chief_stays_an_employee() -> None:
    a = run("Orvik Freight's chief executive, Lise Tamm, said no.", "2024-05-08")
    assert ("Lise Tamm", "Orvik Freight") in facts_by_pair(a, "employee")


def test_crossing_the_floor_from_a_party_leaves_it() -> None:
    # "the MP for Selby Vale, who": "who" is the MP, though NER takes the seat for a person's name
    a = run("Among her backers was Tom Arkle, the MP for Selby Vale, who crossed the floor from the Reform Party in 2021 "
            "after a dispute over pensions.", "2024-05-08")
    assert event_args(a, "career.resign") == [{"agent": "Tom Arkle", "organization": "Reform Party"}]
    assert facts_by_pair(a, "member")[("Tom Arkle", "Reform Party")] == (None, "2021")
    b = run("The hikers crossed the floor of the valley in 2021.", "2024-05-08")
    assert event_args(b, "career.resign") == []


def test_leaving_parliament_leaves_the_chamber() -> None:
    a = run("Rolf Dahl left parliament in 2019 to run a brewery.", "2024-05-08")
    assert {"agent": "Rolf Dahl", "organization": "parliament"}.items() <= event_args(a, "career.resign")[0].items()


def test_the_seat_held_or_won_is_the_place_of_the_election() -> None:
    a = run("Lena Varga held her Olmsby seat with an increased majority.", "2024-05-08")
    assert event_args(a, "politics.elect") == [{"patient": "Lena Varga", "place": "Olmsby"}]
    b = run("Per Aalund won the Kolby West seat in 2019.", "2024-05-08")
    assert "Kolby West" in [g.get("place") for g in event_args(b, "politics.elect")]


def test_elected_for_a_seat_is_a_place_and_for_a_party_an_organisation() -> None:
    a = run("Mia Lund was elected to parliament for Ashby North in 2018.", "2024-05-08")
    assert event_args(a, "politics.elect") == [{"patient": "Mia Lund", "organization": "parliament", "place": "Ashby North"}]
    b = run("Tom Berg was elected for the Green Forum in 2018.", "2024-05-08")
    assert event_args(b, "politics.elect") == [{"patient": "Tom Berg", "organization": "Green Forum"}]


def test_a_headlines_event_takes_the_time_of_the_mention_most_like_it() -> None:
    # the lead's relative clause tells an earlier election first; the headline is the one with the post
    a = run("Kamm wins Workers' leadership after bitter contest\n\nHALDEN — Ruth Kamm, a former organiser who entered "
            "parliament only six years ago, was elected leader of the Workers' Party on Saturday.", "2024-09-30")
    times = sorted((e.time or "") for e in a.events if e.type == "politics.elect")
    assert times == ["2018", "2024-09-28"]
    assert facts_by_pair(a, "role")[("Ruth Kamm", "leader")] == ("2024-09-28", None)


def test_re_elected_unopposed_names_no_post() -> None:
    a = run("Mats Ole, 61, was re-elected unopposed for a third term.", "2024-05-08")
    assert event_args(a, "politics.elect") == [{"patient": "Mats Ole"}]
    assert facts_by_pair(a, "role") == {}


def test_removed_from_an_unnamed_board_is_a_dismissal_from_it() -> None:
    a = run("Ida Holm was removed from the board in March.", "2024-05-08")
    assert event_args(a, "career.fire") == [{"patient": "Ida Holm", "organization": "the board"}]
    b = run("The statue was removed from the square in March.", "2024-05-08")
    assert event_args(b, "career.fire") == []


def test_announcing_one_will_step_down_is_an_announcement_and_a_leaving_not_yet_dated() -> None:
    a = run("Its leader, Arno Pettersen, announced on Tuesday that he would step down once a successor had been chosen.",
            "2024-05-08")
    assert [(e.time, e.certainty) for e in a.events if e.type == "politics.announce"] == [("2024-05-07", "asserted")]
    assert [e.time for e in a.events if e.type == "career.resign"] == [None]
    b = run("Arno Pettersen said on Tuesday that he would retire.", "2024-05-08")
    assert [e.time for e in b.events if e.type == "career.retire"] == [None]
    c = run("Arno Pettersen said on Tuesday that he retired in 2019.", "2024-05-08")
    assert [e.time for e in c.events if e.type == "career.retire"] == ["2019"]


def test_a_trade_written_as_one_word_is_a_persons() -> None:
    a = run("Lena Varga will be sworn in on Monday. The 49-year-old former schoolteacher said no.", "2024-05-08")
    assert facts_by_pair(a, "age") == {("Lena Varga", "49"): ("2024-05-08", "2024-05-08")}
    assert facts_by_pair(a, "role") == {("Lena Varga", "schoolteacher"): (None, "PAST_REF")}
    b = run("Ada Brisk, a retired schoolteacher, said no.", "2024-05-08")
    assert facts_by_pair(b, "role") == {("Ada Brisk", "schoolteacher"): (None, "PAST_REF")}


def test_parties_holding_seats_is_a_count_not_an_election() -> None:
    a = run("The Rural Party and the Green Party together hold 43 seats, a majority of five.", "2024-05-08")
    assert event_args(a, "politics.elect") == []
    b = run("Lena Varga held her seat with an increased majority.", "2024-05-08")
    assert event_args(b, "politics.elect") == [{"patient": "Lena Varga"}]


def test_sitting_in_a_chamber_is_membership_from_then() -> None:
    a = run("Anton Reisvik, who had represented the constituency in the regional assembly since 2008, lost.", "2024-05-08")
    # (session 37: the past perfect tells the seat held until then, over by now -- as the fixtures read "who had sat on
    # the justice committee since 2020": PAST_REF, no end dated)
    assert facts_by_pair(a, "member") == {("Anton Reisvik", "regional assembly"): ("2008", "PAST_REF")}
    b = run("Ida Holm has served in the cabinet since 2019.", "2024-05-08")
    assert facts_by_pair(b, "member") == {("Ida Holm", "cabinet"): ("2019", None)}
    c = run("Ida Holm served in the army in 2019.", "2024-05-08")
    assert facts_by_pair(c, "member") == {}
    d = run("Teo Maas, who represents the eastern district of Oskby in the National Assembly, said no.", "2024-05-08")
    assert facts_by_pair(d, "member") == {("Teo Maas", "National Assembly"): (None, None)}


def test_representing_a_seat_since_a_year_dates_the_legislators_post() -> None:
    a = run("The committee suspended Ida Berg, the MP for Castlefen. Berg, who has represented Castlefen since 2015, "
            "will sit as an independent.", "2024-05-08")
    assert facts_by_pair(a, "role") == {("Ida Berg", "mp"): ("2015", None)}
    b = run("Ida Berg, a lawyer, has represented the family since 2015.", "2024-05-08")
    assert facts_by_pair(b, "role") == {("Ida Berg", "lawyer"): (None, None)}


def test_a_body_left_by_its_noun_ends_the_membership() -> None:
    a = run("Nils Ek, who had sat on the justice committee since 2020, was removed from the committee in May.", "2024-05-08")
    assert facts_by_pair(a, "member") == {("Nils Ek", "justice committee"): ("2020", "2024-05")}
    b = run("Rolf Dahl left parliament in 2019 to run a brewery.", "2024-05-08")
    assert facts_by_pair(b, "member") == {("Rolf Dahl", "parliament"): (None, "2019")}


def test_representing_a_seat_in_parliament_is_no_membership_fact() -> None:
    # the fixtures read a seat in parliament as the post "member of parliament" (test_events_s12 pins it)
    a = run("Maria Lund has represented Dunford in parliament since 2010.", "2024-05-08")
    assert facts_by_pair(a, "member") == {}
