"""Session 35: elections, announcements and signings in phrasings no fixture had (a rival beaten or unseated, a seat
taken from a party or held on to, an announcement made, a deal a leader put their name to), as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, typed


def _patients(a, polarity: str) -> list[str | None]:
    return [n for e in typed(a, "politics.elect") if e.polarity == polarity
            for n in [x.text for x in e.args if x.role == "patient"]]


def test_a_rival_beaten_or_unseated_in_an_election_was_not_elected() -> None:
    # "X was beaten by Y in the mayoral race", "Y defeated X in the by-election": Y elected, X's election negated (as
    # "X lost the race to Y")
    a = run("Samir Haddad was narrowly beaten in the mayoral race by Joan Pruitt.")
    assert _patients(a, "POS") == ["Joan Pruitt"]
    assert _patients(a, "NEG") == ["Samir Haddad"]
    b = run("Pia Rask defeated Jonas Eberle in the Ashby by-election on Thursday.")
    assert _patients(b, "POS") == ["Pia Rask"]
    assert _patients(b, "NEG") == ["Jonas Eberle"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2024-05-02", "2024-05-02"]
    # "Y unseated X", and "elected mayor, unseating X": X's election negated, not folded into Y's
    c = run("Ilse Marroquin unseated Conor Brannigan on Sunday.")
    assert _patients(c, "NEG") == ["Conor Brannigan"]
    d = run("Ilse Marroquin was elected mayor of Kelbridge on Sunday, unseating the incumbent, Conor Brannigan.")
    assert _patients(d, "POS") == ["Ilse Marroquin"]
    assert _patients(d, "NEG") == ["Conor Brannigan"]
    # a side beaten in a match is no election at all
    e = run("Dunmore Rovers beat Ashby Town in the cup final on Sunday.")
    assert typed(e, "politics.elect") == []
    # a party's candidate beaten is no election of the party's (the one beaten not named)
    h = run("Pia Rask beat the Green Alliance candidate in the mayoral race.")
    assert _patients(h, "POS") == ["Pia Rask"] and _patients(h, "NEG") == []
    # a headline's "X unseats Y" sums up the result: the loss is Y's only where the body tells it
    f = run("Rask unseats Eberle in Ashby\nPia Rask was elected mayor of Ashby on Thursday, ending twelve years of Green rule.")
    assert _patients(f, "NEG") == []
    g = run("Rask unseats Eberle in Ashby\nPia Rask was elected mayor of Ashby on Thursday, unseating the incumbent, Jonas Eberle.")
    assert _patients(g, "NEG") == ["Jonas Eberle"]


def test_a_seat_taken_from_a_party_or_held_on_to_is_an_election_won() -> None:
    # "took the seat from the Conservatives" (as "gained the seat from"), "held on to her seat": elected there
    a = run("Rashid Omari took the seat from the Conservatives on Thursday.")
    assert event_names(a, "politics.elect", "patient") == ["Rashid Omari"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-02"]
    b = run("Greta Moll held on to her seat in Skarby with a reduced majority.")
    assert event_names(b, "politics.elect", "patient") == ["Greta Moll"]
    assert event_names(b, "politics.elect", "place") == ["Skarby"]
    c = run("Omar Reid hung on to his seat by 41 votes after two recounts.")
    assert event_names(c, "politics.elect", "patient") == ["Omar Reid"]
    # a seat sat in, or on a board, is no election
    d = run("Tom Ash took his seat in the chamber on Monday. Lena Cole held on to her seat on the board in 2019.")
    assert typed(d, "politics.elect") == []


def test_a_name_or_a_pen_put_to_a_treaty_signs_it() -> None:
    # "put their names to the coalition agreement", "put pen to paper on the peace accord": signed
    a = run("Ida Holm put her name to the coalition agreement on Friday.")
    assert event_names(a, "politics.sign", "agent") == ["Ida Holm"]
    assert [e.time for e in typed(a, "politics.sign")] == ["2024-05-03"]
    b = run("Kurt Bell put pen to paper on the peace agreement on Thursday.")
    assert event_names(b, "politics.sign", "agent") == ["Kurt Bell"]
    assert [x.text for e in typed(b, "politics.sign") for x in e.args if x.role == "work"] == ["the peace agreement"]
    # a letter backed, a book begun, a player's contract, a name put forward: no treaty signed
    c = run("Lia Moss put her name to an open letter on Friday. Lia Moss put pen to paper on her second novel in 2019. "
            "Tom Reilly put pen to paper on a three-year deal at Dunmore Rovers. Eva Lind put her name forward for the leadership.")
    assert typed(c, "politics.sign") == []


def test_defeat_conceded_in_an_election_is_an_election_not_won() -> None:
    # "conceded defeat in the Ashby by-election / the mayoral race": the subject's election negated
    a = run("Ravi Menon conceded defeat in the Ashby by-election late on Thursday.")
    assert _patients(a, "NEG") == ["Ravi Menon"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-02"]
    b = run("Ravi Menon conceded defeat in the leadership contest on Friday.")
    assert _patients(b, "NEG") == ["Ravi Menon"]
    # defeat conceded in a title race or a match is no election
    c = run("Ravi Menon conceded defeat in the title race on Friday. Ashby Rovers conceded defeat in the final on Sunday.")
    assert typed(c, "politics.elect") == []


def test_the_post_an_election_was_won_for() -> None:
    # "won re-election as mayor of Hollin", "secured a second term as governor": the post after "as" is the election's
    a = run("Liesl Brandt won re-election as mayor of Hollin in November.")
    assert event_names(a, "politics.elect", "patient") == ["Liesl Brandt"]
    assert [x.text for e in typed(a, "politics.elect") for x in e.args if x.role == "role"] == ["mayor"]
    b = run("Clara Ibsen secured a second term as governor on Tuesday.")
    assert [x.text for e in typed(b, "politics.elect") for x in e.args if x.role == "role"] == ["governor"]
    # a title won as captain is no election, nor a vote on a bill, nor a prize decided by a public vote
    d = run("Lena Marsh won the title as captain in 2019. The government won the vote on the bill by 12 votes.")
    assert typed(d, "politics.elect") == []
    e = run("Lena Marsh won best newcomer in a public vote on Sunday.")
    assert typed(e, "politics.elect") == []


def test_a_manifesto_unveiled_is_announced() -> None:
    # "unveiled her manifesto": a programme announced, not a product launched (as "unveiled her plans")
    a = run("Carla Voss unveiled her manifesto at a rally in Ashby on Saturday.")
    assert event_names(a, "politics.announce", "agent") == ["Carla Voss"]
    assert typed(a, "business.launch") == []
    b = run("The Greens unveiled their blueprint for the city on Tuesday.")
    assert typed(b, "business.launch") == []
    # a car unveiled is still launched
    d = run("Kestrel Motors unveiled its new electric SUV, the Arrow, on Tuesday.")
    assert typed(d, "business.launch") and typed(d, "politics.announce") == []


def test_a_member_beaten_in_a_seat_with_no_winner_named_was_not_elected() -> None:
    # "X was defeated in the Kelso West by-election", "was beaten in Harwick South": X's election negated
    a = run("Ben Adler was defeated in the Kelso West by-election.")
    assert _patients(a, "NEG") == ["Ben Adler"] and _patients(a, "POS") == []
    b = run("Otis Grell was beaten in Harwick South in 2019.")
    assert _patients(b, "NEG") == ["Otis Grell"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2019"]
    # beaten in a final or a first round, or beaten up: no election; a winner named keeps the election the winner's
    c = run("Ana Lutz was beaten in the final on Sunday. Ana Lutz was beaten in the first round in Paris. "
            "Ana Lutz was beaten up in South London.")
    assert typed(c, "politics.elect") == []
    d = run("Pia Rask defeated Jonas Eberle in the Ashby by-election on Thursday.")
    assert _patients(d, "POS") == ["Pia Rask"]
