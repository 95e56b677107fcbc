"""Places and bodies that events leave unsaid in their own clause (session 31): the place of a prize told where it
was handed over, a place named as the possessor of a venue, and the body a leaving ended when the article tells it
elsewhere -- each as invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis, Event
from handmade import analyzed as run
from handmade import assert_event


def _events(a: Analysis, kind: str, role: str, name: str) -> list[Event]:
    """The events of a type with the entity named `name` in `role`."""
    return [e for e in a.events if e.type == kind and any(
        g.role == role and g.entity and (ent := a.entity(g.entity)) is not None and ent.name == name for g in e.args)]


def _names(a: Analysis, event: Event, role: str) -> set[str]:
    return {ent.name for g in event.args if g.role == role and g.entity and (ent := a.entity(g.entity)) is not None}


def test_a_prize_handed_over_in_the_passive_tells_where_and_when_it_was_won() -> None:
    # "X was handed the award at Y": the passive keeps its object, its subject is the one given it
    a = run("Marta Quillon has won the Brasswick Prize for Poetry for \"Low Tides\". The 51-year-old was handed the "
            "award at the Grain Exchange in Leeds on Tuesday evening.", "2024-05-08")
    wins = _events(a, "career.win", "agent", "Marta Quillon")
    assert len(wins) == 1
    assert "Leeds" in _names(a, wins[0], "place")
    assert wins[0].time == "2024-05-07"
    # a purse ("the £30,000 award") is no other prize, and "last year's winner" handing it over dates nothing
    b = run("Ilse Varga won the Harwick Prize for Fiction on Tuesday night. She was handed the £30,000 award at the "
            "Corn Hall in Fenmouth by last year's winner, Oskar Helmbrecht.", "2024-05-08")
    wins = _events(b, "career.win", "agent", "Ilse Varga")
    assert len(wins) == 1
    assert "Fenmouth" in _names(b, wins[0], "place")
    assert wins[0].time == "2024-05-07"


def test_a_time_describing_the_giver_does_not_date_the_giving() -> None:
    a = run("Marta Quillon won the Brasswick Prize for Poetry. The 51-year-old was presented the medal at the town hall "
            "in Fenmouth by the 2019 champion, Oskar Helmbrecht.", "2024-05-08")
    wins = _events(a, "career.win", "agent", "Marta Quillon")
    assert wins and all(w.time is None for w in wins)


def test_a_place_named_as_the_possessor_of_a_venue_is_where_it_happened() -> None:
    a = run("Marta Quillon won the Brasswick Prize for Poetry at a ceremony in Glasgow's restored Corn Exchange on "
            "Saturday.", "2024-05-08")
    assert_event(a, "career.win", {"agent": "Marta Quillon", "place": "Glasgow"})
    b = run("Anna Berg and Tomas Lind married in a small chapel in Leeds's old town in 2015.", "2024-05-08")
    assert_event(b, "life.marry", {"agent": "Anna Berg", "place": "Leeds"})
    c = run("Berg Tools was founded in 1964 by Henrik Berg as a single shop in Bristol's Park Street.", "2024-05-08")
    found = _events(c, "business.found", "agent", "Henrik Berg")
    assert found and "Bristol" in _names(c, found[0], "place")


def test_a_leaving_takes_the_body_of_the_post_its_successor_took() -> None:
    # "She replaces X, who stepped down": the body X left is the one the successor is appointed to
    a = run("The Leeds Symphony Orchestra has appointed Anna Berg as its chief executive. She replaces Tom Reyes, who "
            "stepped down last October after a row with the board. Reyes has since joined the board of the Halden Trust.",
            "2024-05-08")
    left = _events(a, "career.resign", "agent", "Tom Reyes")
    assert left and _names(a, left[0], "organization") == {"Leeds Symphony Orchestra"}


def test_a_leaving_takes_the_body_told_beside_it() -> None:
    # "X, who had run Y since 2004, resigned": Y, though the article tells of another employer too
    a = run("Nina Park, who had run Acme Bank since 2004, resigned last month. Park had earlier worked at Barclays.",
            "2024-05-08")
    left = _events(a, "career.resign", "agent", "Nina Park")
    assert left and _names(a, left[0], "organization") == {"Acme Bank"}
    b = run("Owen Marsh spent a decade at the Royal Infirmary as a nurse. Marsh, who has led the Kelston Nurses Union "
            "since 2016, said on Tuesday that he would step down at the end of June.", "2024-05-08")
    left = _events(b, "career.resign", "agent", "Owen Marsh")
    assert left and _names(b, left[0], "organization") == {"Kelston Nurses Union"}


HARLOW = ("Harlow Bank said on Friday that its profits had fallen by a third. Harlow Bank has struggled since 2020, and "
          "shares in Harlow Bank fell 5 per cent on the news. ")


def test_the_board_of_no_named_body_is_the_board_of_the_company_the_article_is_about() -> None:
    a = run(HARLOW + "Tom Reyes stepped down from the board on Friday.", "2024-05-08")
    left = _events(a, "career.resign", "agent", "Tom Reyes")
    assert left and _names(a, left[0], "organization") == {"Harlow Bank"}
    b = run(HARLOW + "Ann Lee, appointed to the board in 2011, chairs its audit committee.", "2024-05-08")
    named = _events(b, "career.appoint", "patient", "Ann Lee")
    assert named and _names(b, named[0], "organization") == {"Harlow Bank"}
    c = run(HARLOW + "Kara Moss resigned from the board of Tilde Ltd in March.", "2024-05-08")
    left = _events(c, "career.resign", "agent", "Kara Moss")
    assert left and _names(c, left[0], "organization") == {"Tilde Ltd"}


def test_the_court_of_a_panel_of_judges_is_where_the_verdict_was_given() -> None:
    a = run("Tom Reyes was arrested in 2022. A panel of three judges at the Bristol regional court found Reyes guilty "
            "last month of bribery.", "2024-05-08")
    assert_event(a, "legal.convict", {"patient": "Tom Reyes", "place": "Bristol"})
    b = run("Ilse Marr was charged in 2021. A bench of magistrates at the Leeds district court convicted Marr of fraud "
            "on Monday.", "2024-05-08")
    assert_event(b, "legal.convict", {"patient": "Ilse Marr", "place": "Leeds"})


def test_a_second_prize_told_without_a_verb_keeps_its_own_place() -> None:
    a = run("Anna Berg won the Dutch road title in 2016 and the world time trial championship in Bergen in 2020, and took "
            "silver in the road race at the Tokyo Olympics.", "2024-05-08")
    second = [e for e in _events(a, "career.win", "agent", "Anna Berg") if e.time == "2020" and "Bergen" in _names(a, e, "place")]
    assert second and "Tokyo Olympics" not in _names(a, second[0], "place")
    b = run("Tom Reyes won the Tasman Cup in 2011 and the Pacific Masters at Auckland two years later, before losing in "
            "the final at Wimbledon in 2014.", "2024-05-08")
    later = [e for e in _events(b, "career.win", "agent", "Tom Reyes") if e.time == "2013"]
    assert later and "Auckland" in _names(b, later[0], "place")

