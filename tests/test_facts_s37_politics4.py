"""Session 37: elections and signings in phrasings no fixture had (a member returned as a post, election won to a
chamber, a signature put to a bill), as invented sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_returned_as_a_post_keeps_the_post() -> None:
    # "was returned as MP / as mayor": the idiom's word after "as" is the post won, not only part of the trigger
    a = run("Ruth Ngata was returned as MP for Kelso West in 2019.")
    assert event_names(a, "politics.elect", "patient") == ["Ruth Ngata"]
    assert role_texts(a, "politics.elect", "role") == [["MP"]]
    b = run("Omar Reid was returned as mayor of Tarnby on Friday.")
    assert role_texts(b, "politics.elect", "role") == [["mayor"]]
    assert [e.time for e in typed(b, "politics.elect")] == ["2024-05-03"]
    # "was returned to parliament": no post told
    c = run("Meta Kross was returned to parliament in 2019.")
    assert role_texts(c, "politics.elect", "role") == [[]]


def test_election_won_to_a_chamber_is_to_that_body() -> None:
    # "won election to the state senate": the chamber after "to" (hung on the verb) is the body elected to
    a = run("Gwen Adair won election to the state senate in 2016.")
    assert event_names(a, "politics.elect", "patient") == ["Gwen Adair"]
    assert [t for ts in role_texts(a, "politics.elect", "organization") for t in ts if "senate" in t]
    b = run("Tom Rees won election to the Harwick Assembly in 2011.")
    assert role_texts(b, "politics.elect", "organization") == [["Harwick Assembly"]]
    # an election won with a move somewhere after: no body
    c = run("Gwen Adair won the election in 2016 and moved to Paris.")
    assert role_texts(c, "politics.elect", "organization") == [[]]


def test_a_signature_put_to_a_bill_signs_it() -> None:
    # "put / added her signature to the bill": a signing, the document after "to"
    a = run("Governor Max Rudd put his signature to the budget bill on Friday.")
    assert event_names(a, "politics.sign", "agent") == ["Max Rudd"]
    assert role_texts(a, "politics.sign", "work") == [["the budget bill"]]
    b = run("On Tuesday Ana Holt added her signature to the Kelby Treaty.")
    assert event_names(b, "politics.sign", "agent") == ["Ana Holt"]
    # a letter or a contract signed, or players added: no law or treaty
    assert typed(run("Ana Holt added her signature to an open letter on Tuesday."), "politics.sign") == []
    assert typed(run("Ana Holt put her signature to a new three-year contract."), "politics.sign") == []
    assert typed(run("Ana Holt added two players to the squad on Tuesday."), "politics.sign") == []


def test_chosen_to_lead_a_party_is_an_election() -> None:
    # "was chosen / picked as leader of the X Party": a party's leadership vote, an election (not an appointment)
    a = run("Tom Baird was chosen as leader of the Farmers' Party in 2016.")
    assert event_names(a, "politics.elect", "patient") == ["Tom Baird"]
    assert role_texts(a, "politics.elect", "role") == [["leader"]]
    assert typed(a, "career.appoint") == []
    b = run("Nia Cole was selected as deputy leader of the Harbour Party on Monday.")
    assert event_names(b, "politics.elect", "patient") == ["Nia Cole"]
    # a firm's chief chosen: an appointment still
    c = run("Tom Baird was chosen as chief executive of Party Hire Ltd in 2016.")
    assert typed(c, "politics.elect") == []
    assert event_names(c, "career.appoint", "patient") == ["Tom Baird"]


def test_elected_unopposed_to_a_body_or_for_a_seat() -> None:
    # "was elected unopposed to the Senate / for Ashby North": the parser hangs the phrase on the adjective
    a = run("Mateo Ruiz was elected unopposed to the Senate in 2001.")
    assert role_texts(a, "politics.elect", "organization") == [["Senate"]]
    b = run("Mateo Ruiz was elected unopposed to the city council in 2001.")
    assert role_texts(b, "politics.elect", "organization") == [["the city council"]]
    c = run("Mateo Ruiz was elected unopposed for Ashby North in 2001.")
    assert role_texts(c, "politics.elect", "place") == [["Ashby North"]]


def test_a_seat_or_ward_secured_or_won_is_an_election() -> None:
    # "secured a seat on the council", "clinched the Ashby seat", "won the Elm Park ward": an election won
    a = run("Sofia Lind secured a seat on Dunmore council in 2018.")
    assert event_names(a, "politics.elect", "patient") == ["Sofia Lind"]
    b = run("Sofia Lind clinched the Ashby seat in 2018.")
    assert event_names(b, "politics.elect", "patient") == ["Sofia Lind"]
    assert role_texts(b, "politics.elect", "place") == [["Ashby"]]
    c = run("The Greens' Ada Wren won the Elm Park ward by 40 votes in May.")
    assert event_names(c, "politics.elect", "patient") == ["Ada Wren"]
    # a seat on a flight or a board, or an award won: no election
    assert typed(run("Sofia Lind secured a seat on the first flight home."), "politics.elect") == []
    assert typed(run("Sofia Lind secured a seat on the board in 2018."), "politics.elect") == []
    d = run("Ada Wren won the Elm Park award in May.")
    assert typed(d, "politics.elect") == [] and typed(d, "career.win")
