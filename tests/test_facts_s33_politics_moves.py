"""Session 33: political moves (seats won from a party, polls topped, floors crossed) in phrasings no fixture had, as
invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def test_a_seat_gained_captured_or_snatched_from_a_party_is_an_election_won() -> None:
    a = run("Jan Pole gained the seat from the Conservatives in 2019.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Jan Pole"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2019"]
    b = run("Labour's Lena Fry captured the seat from the Greens on Thursday.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Lena Fry"]
    c = run("Otto Brand snatched the seat from Labour by 40 votes.", "2024-05-08")
    assert event_names(c, "politics.elect", "patient") == ["Otto Brand"]
    # a seat on a board gained is no election
    d = run("Ed Mole gained a seat on the board of Harwick Bank in May.", "2024-05-08")
    assert typed(d, "politics.elect") == []


def test_a_poll_topped_in_a_ward_is_an_election_won_but_not_an_opinion_poll() -> None:
    a = run("Dana Wick topped the poll in Kenley ward on Thursday.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Dana Wick"]
    assert event_names(a, "politics.elect", "place") == ["Kenley"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-02"]
    b = run("In Ashdown, the Liberal Democrat Pru Vane topped the poll with 1,204 votes.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Pru Vane"]
    # a survey topped is no election
    c = run("Ed Mole topped a poll of readers' favourite presenters.", "2024-05-08")
    d = run("Ed Mole topped the poll as the most trusted leader.", "2024-05-08")
    assert typed(c, "politics.elect") == typed(d, "politics.elect") == []


def test_a_floor_crossed_to_join_a_party_names_the_party_joined() -> None:
    a = run("Councillor Bev Tarn crossed the floor to join the Independents in March.", "2024-05-08")
    assert event_names(a, "career.resign", "agent") == ["Bev Tarn"]
    assert event_names(a, "career.resign", "joined") == ["Independents"]
    b = run("Ray Hobb defected to join the Liberal Party in 2019.", "2024-05-08")
    assert event_names(b, "career.resign", "joined") == ["Liberal Party"]
    # a road or an ocean crossed is no leaving
    c = run("Ray Hobb crossed the road to join his friends on Friday.", "2024-05-08")
    d = run("Ray Hobb crossed the Atlantic to join the Boston Symphony in 2019.", "2024-05-08")
    assert typed(c, "career.resign") == typed(d, "career.resign") == []


def test_a_race_conceded_to_someone_is_their_election_and_the_conceder_s_loss() -> None:
    # "X conceded the race to Y": as "X lost the race to Y", Y elected and X's election negated
    a = run("Abe Moss conceded the mayoral race to Lena Fry on Wednesday.", "2024-05-08")
    won = [e for e in typed(a, "politics.elect") if e.polarity == "POS"]
    lost = [e for e in typed(a, "politics.elect") if e.polarity == "NEG"]
    assert [[x.text for x in e.args if x.role == "patient"] for e in won] == [["Lena Fry"]]
    assert [[x.text for x in e.args if x.role == "patient"] for e in lost] == [["Abe Moss"]]
    assert {e.time for e in won + lost} == {"2024-05-08"}
    b = run("Abe Moss conceded the leadership contest to Lena Fry in July.", "2024-05-08")
    assert "Lena Fry" in [n for e in typed(b, "politics.elect") if e.polarity == "POS"
                          for n in [x.text for x in e.args if x.role == "patient"]]
    # goals or a point conceded are no contest lost
    c = run("Kelso conceded two goals to Ashby Rovers on Saturday. Abe Moss conceded the point to Lena Fry during the debate.",
            "2024-05-08")
    assert typed(c, "politics.elect") == typed(c, "career.win") == []


def test_an_election_won_by_someone_told_in_the_passive_names_the_one_elected() -> None:
    a = run("The Castlebury by-election was won by Peter Hammond on Thursday.", "2024-05-08")
    assert event_names(a, "politics.elect", "patient") == ["Peter Hammond"]
    b = run("The seat was won by Sarah Collins, the Labour candidate, in 2019.", "2024-05-08")
    assert event_names(b, "politics.elect", "patient") == ["Sarah Collins"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2019"]
    # a count of medals won is no election (and names no prize)
    c = run("Her gold was one of nine won by Valdrenia over the six days.", "2024-05-08")
    assert typed(c, "politics.elect") == typed(c, "career.win") == []
