"""Session 33: the arguments of business, legal and political events in phrasings no fixture had (a company's unit
sold, the seller named after "by", the force's town before the arrest, a seat on a council), as invented sentences
through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, role_texts, typed


def test_selling_a_part_of_a_company_is_its_acquisition_by_the_buyer() -> None:
    # "sold its cement unit to Y": the unit (no name of its own) changes hands, Y acquires it, the seller is no agent
    a = run("Pellworth sold its cement unit to Arkady Group on Friday.")
    assert event_names(a, "business.acquire", "agent") == ["Arkady Group"]
    assert role_texts(a, "business.acquire", "patient") == [["its cement unit"]]
    assert [e.time for e in typed(a, "business.acquire")] == ["2024-05-03"]
    b = run("Rivermoor Bank has sold its insurance division to Delano Group.")
    assert event_names(b, "business.acquire", "agent") == ["Delano Group"]
    c = run("Hallam Foods sold its frozen-meals business to Corran Group in 2017.")
    assert [e.time for e in typed(c, "business.acquire")] == ["2017"]
    # goods sold in trade are no company changing hands
    d = run("Pellworth sold 2,000 tonnes of cement to Arkady Group last year.")
    assert typed(d, "business.acquire") == []
    # a unit to be sold with no buyer named changes no hands yet
    f = run("Ana Ruiz told the Daily Post that she plans to sell the bank's insurance arm by the end of the year.")
    assert typed(f, "business.acquire") == []
    # a company sold with no name said is left to the coreference of its noun (not guessed here)
    e = run("We could have sold the company to Arkady Group, Tom Hale said.")
    assert typed(e, "business.acquire") == []


def test_the_by_phrase_of_a_passive_sale_is_the_seller() -> None:
    # "X was sold by A to B": B acquires X; A, after "by", sold it (not a second buyer)
    a = run("Osprey Life was sold by Rivermoor Bank to Delano Group in 2017.")
    assert event_names(a, "business.acquire", "agent") == ["Delano Group"]
    assert event_names(a, "business.acquire", "patient") == ["Osprey Life"]
    b = run("The Daily Clarion was sold by the Harwood family to Tessel Media last year.")
    assert event_names(b, "business.acquire", "agent") == ["Tessel Media"]
    # a purchase's "by" is still its buyer
    c = run("Vanto Lines was bought by Orrin Capital in 2020.")
    assert event_names(c, "business.acquire", "agent") == ["Orrin Capital"]


def test_the_town_of_the_police_who_arrested_is_the_arrest_s_place() -> None:
    # "Police in X arrested Y": the force's town is where the arrest was, as "a judge at X Crown Court jailed Y"
    a = run("Police in Amberleigh arrested a 34-year-old man on Friday.")
    assert role_texts(a, "legal.arrest", "place") == [["Amberleigh"]]
    b = run("Detectives in Norwich arrested two teenagers on Thursday.")
    assert role_texts(b, "legal.arrest", "place") == [["Norwich"]]
    # a place named for the arrest itself wins
    c = run("Officers from Dorset Police arrested Ian Crabbe in Weymouth on Sunday.")
    assert role_texts(c, "legal.arrest", "place") == [["Weymouth"]]


def test_a_seat_on_a_council_is_an_election_to_the_council() -> None:
    # "won a seat on X council": the council is the body elected to (README: organisation elected to)
    a = run("Mira Castell won a seat on Hallam City Council in 2019.")
    assert role_texts(a, "politics.elect", "organization") == [["Hallam City Council"]]
    b = run("Ana Ruiz won a seat on the Brackley town council in May.")
    assert role_texts(b, "politics.elect", "organization") == [["Brackley town council"]]
    # a seat on a train is no election
    c = run("Ana Ruiz found a seat on the train to Leeds.")
    assert typed(c, "politics.elect") == []


def test_the_body_that_elects_is_the_one_elected_to() -> None:
    # "The X Party elected Y as leader": the party elects and is the body Y leads (README: organisation elected to)
    a = run("The Agrarian Party elected Tomas Reyd as leader last month.")
    assert event_names(a, "politics.elect", "organization") == ["Agrarian Party"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-04"]
    # "members of the X Party elected Y": the members' body
    b = run("Members of the Agrarian Party elected Tomas Reyd as their leader on Saturday.")
    assert event_names(b, "politics.elect", "organization") == ["Agrarian Party"]
    c = run("Shareholders of Pellworth Cement elected Ana Ruiz as chair in 2021.")
    assert event_names(c, "politics.elect", "organization") == ["Pellworth Cement"]
    # voters elect to no body of their own
    d = run("Voters in Brackley elected Ana Ruiz as mayor in May.")
    assert event_names(d, "politics.elect", "organization") in ([], [None])


def test_offloading_or_divesting_a_unit_and_its_sale_are_acquisitions() -> None:
    # "offloaded / divested its cement unit to Y": sold, as "sold its cement unit to Y"
    a = run("Pellworth offloaded its cement unit to Arkady Group in 2022.")
    assert event_names(a, "business.acquire", "agent") == ["Arkady Group"]
    assert [e.time for e in typed(a, "business.acquire")] == ["2022"]
    b = run("Pellworth divested its cement unit to Arkady Group last year.")
    assert event_names(b, "business.acquire", "agent") == ["Arkady Group"]
    # "the sale of its cement unit to Y": the noun as the verb
    c = run("The £40m sale of its cement unit to Arkady Group was completed in March.")
    assert event_names(c, "business.acquire", "agent") == ["Arkady Group"]
    # a player offloaded, shares divested, a unit offloaded to nobody named: no company acquired
    d = run("Chelsea offloaded the striker to Everton in January.")
    assert typed(d, "business.acquire") == []
    e = run("The pension fund divested its oil shares in 2021. Pellworth plans to offload its cement unit.")
    assert typed(e, "business.acquire") == []
