"""Romance, meetings and sightings told in phrasings no fixture article had tested (session 34): invented sentences
through the real pipeline, each fix with two wordings or more and a near miss that must stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event


def _roles(a, kind: str, role: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [x.text for e in a.events if e.type == kind for x in e.args if x.role == role]


def test_a_place_below_the_name_of_the_one_proposed_to() -> None:
    # "popped the question to X in Venice": the parser took the "to" for a dative, the place hung on the name
    a = run("Theo Lusk popped the question to Nell Varga in Venice in February.")
    assert_event(a, "life.engage", {"agent": "Theo Lusk", "partner": "Nell Varga", "place": "Venice"})
    b = run("Ivo Brenner popped the question to Rhea Cole in Lisbon on New Year's Eve.")
    assert_event(b, "life.engage", {"agent": "Ivo Brenner", "partner": "Rhea Cole", "place": "Lisbon"})


def test_a_place_off_a_coast() -> None:
    # "on a yacht off Sardinia": "off" says where, as "on" and "near" do
    a = run("Mara Quist and Theo Lusk were seen on a yacht off Sardinia on Friday.")
    assert_event(a, "report.seen", {"patient": "Mara Quist", "place": "Sardinia"})
    b = run("Rhea Cole and Ivo Brenner were pictured on a yacht off Corsica on Sunday.")
    assert_event(b, "report.seen", {"patient": "Rhea Cole", "place": "Corsica"})


def test_pictured_above_is_a_caption() -> None:
    # "X, pictured above, joined the firm": the page's photograph, no sighting
    assert_no_event(run("Nell Varga, pictured above, joined the firm in 2019."), "report.seen")
    assert_no_event(run("The new chief executive, Theo Lusk, pictured left, takes over in June."), "report.seen")
    assert_no_event(run("Mara Quist, photographed below at her home in Leeds, has written six novels."), "report.seen")
    # ... a sighting still is one
    assert_event(run("Mara Quist was pictured leaving a restaurant in Soho on Friday."), "report.seen", {"patient": "Mara Quist"})


def test_a_working_relationship_is_no_romance() -> None:
    # "her relationship with her manager, X": the noun beside the name says what tie it is
    assert_no_event(run("Mara Quist's relationship with her manager, Theo Lusk, soured in 2020."), "life.date")
    assert_no_event(run("Nell Varga's relationship with Theo Lusk, her agent, broke down last year."), "life.date")
    # ... anyone else is a partner
    a = run("Mara Quist's relationship with Theo Lusk, a banker, began in 2020.")
    assert_event(a, "life.date", {"agent": "Mara Quist", "partner": "Theo Lusk"})


def test_holding_hands_is_what_the_pair_did() -> None:
    # "were photographed holding hands": the parser made "hands" the passive verb's object; only the pair were seen
    a = run("Mara Quist and Theo Lusk were photographed holding hands in Rome.")
    assert_event(a, "report.seen", {"patient": "Mara Quist", "place": "Rome"})
    assert all("hand" not in t for t in _roles(a, "report.seen", "patient"))
    b = run("Irish singer Rhea Cole and actor Ivo Brenner were pictured holding hands on the Amalfi coast at the weekend.")
    assert_event(b, "report.seen", {"patient": "Rhea Cole"})
    assert all("hand" not in t for t in _roles(b, "report.seen", "patient"))


def test_seen_by_an_audience_is_no_sighting() -> None:
    assert_no_event(run("Nell Varga was seen by millions when she sang at the final."), "report.seen")
    assert_no_event(run("The interview with Theo Lusk was seen by 10 million viewers on Sunday."), "report.seen")
    # ... seen by someone who happened to be there still is one
    assert_event(run("Nell Varga was seen by a neighbour leaving her home in Leeds on Friday."), "report.seen", {"patient": "Nell Varga"})


def test_married_into_a_family() -> None:
    # "married into the X family": no wedding told, no partner
    assert_no_event(run("Nell Varga married into the Lusk family in 1990."), "life.marry")
    assert_no_event(run("Theo Lusk, who married into one of Spain's richest families, died on Friday."), "life.marry")
    assert_event(run("Nell Varga married Theo Lusk in 1990."), "life.marry", {"agent": "Nell Varga", "partner": "Theo Lusk"})


def test_a_meeting_with_a_purpose_is_no_acquaintance() -> None:
    # "met X at Downing Street to press for funding": business, not two people getting to know each other
    assert_no_event(run("Nell Varga met Theo Lusk at Downing Street on Monday to press for more funding."), "life.meet")
    assert_no_event(run("Nell Varga met Theo Lusk in Leeds last week to ask for a transfer."), "life.meet")
    assert_event(run("Nell Varga met Theo Lusk at a party in Leeds in 1990."), "life.meet", {"agent": "Nell Varga", "partner": "Theo Lusk"})


def test_someone_met_in_their_office() -> None:
    # "met X, the club's owner,", "met with Y, her lawyer,": the defined noun in apposition says whom they met as
    assert_no_event(run("Nell Varga met Theo Lusk, the club's owner, at a hotel in Manchester on Thursday."), "life.meet")
    assert_no_event(run("The mayor, Nell Varga, met Theo Lusk, the head of the union, on Tuesday."), "life.meet")
    assert_no_event(run("Nell Varga met with Theo Lusk, her lawyer, on Friday."), "life.meet")
    # ... "a lawyer" tells who he was when they met
    a = run("Nell Varga met Theo Lusk, a lawyer, at a party in Leeds in 1990.")
    assert_event(a, "life.meet", {"agent": "Nell Varga", "partner": "Theo Lusk", "place": "Leeds"})


def test_meeting_a_family_or_a_rival_in_a_round() -> None:
    assert_no_event(run("Nell Varga met Theo Lusk's family for the first time at Christmas."), "life.meet")
    assert_no_event(run("Nell Varga first met his parents in 2019."), "life.meet")
    assert_no_event(run("Nell Varga will meet Theo Lusk in the second round on Wednesday."), "life.meet")
    assert_event(run("Nell Varga first met Theo Lusk in 2019."), "life.meet", {"agent": "Nell Varga", "partner": "Theo Lusk"})


def test_remarried() -> None:
    a = run("Nell Varga remarried in 2015, to the banker Theo Lusk.")
    assert_event(a, "life.marry", {"agent": "Nell Varga", "partner": "Theo Lusk"})
    b = run("Joaquim Serpa, who remarried in Brazil in the 1980s, died in 2003.")
    assert_event(b, "life.marry", {"agent": "Joaquim Serpa", "place": "Brazil"})
    c = run("Theo Lusk, who has since remarried, wished the couple well on Monday.")
    assert_event(c, "life.marry", {"agent": "Theo Lusk"})


def _times(a, kind: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [e.time for e in a.events if e.type == kind]


def test_a_step_of_a_romance_told_after_another_is_not_dated_by_it() -> None:
    # "married in 2012 after he proposed in Rome": proposed before 2012, when not said
    a = run("Nell Varga married Theo Lusk in 2012 after he proposed in Rome.")
    assert _times(a, "life.marry") == ["2012"]
    assert _times(a, "life.engage") == [None]
    b = run("Nell Varga and Theo Lusk got engaged in 2019 after meeting on the set of Blue Harbour.")
    assert _times(b, "life.engage") == ["2019"]
    assert _times(b, "life.meet") == [None]
    # ... a gap told keeps its time
    c = run("Nell Varga married Theo Lusk in 2012, two years after they met in Rome.")
    assert _times(c, "life.meet") == ["2010"]


def test_fell_in_love() -> None:
    # "fell in love with X": the "with" hung on "love" names the partner; a named pair fell for each other
    a = run("Nell Varga fell in love with Theo Lusk while filming in Prague in 2016.")
    assert_event(a, "life.date", {"agent": "Nell Varga", "partner": "Theo Lusk"})
    assert _times(a, "life.date") == ["2016"]
    b = run("Nell Varga and Theo Lusk fell in love on the set of Blue Harbour in 2015.")
    assert_event(b, "life.date", {"agent": "Nell Varga", "partner": "Theo Lusk"})
    # ... not with a place or a pastime
    assert_no_event(run("Nell Varga fell in love with Paris in 2010."), "life.date")
    assert_no_event(run("Theo Lusk fell in love with acting at school."), "life.date")
