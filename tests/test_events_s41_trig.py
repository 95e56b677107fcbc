"""Triggers told in other words (session 41): a product put on the market told with "it" or as hitting the shelves,
and community service ordered to be served.  Invented texts through the real pipeline, each with a near miss that must
stay quiet."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_event, assert_no_event, typed


def _times(a, kind: str) -> list[str | None]:
    return [e.time for e in typed(a, kind)]


def test_it_going_on_sale_is_the_product_in_view() -> None:
    # "It will go on sale on Friday" after a product is named: the product is put on the market
    a = run("Orvane Mobile unveiled the Veltro X2 last week. It will go on sale in Britain on Friday.")
    assert_event(a, "business.launch", {"work": "Veltro X2", "place": "Britain"})
    assert "2024-05-10" in _times(a, "business.launch")
    # ... and "it hit the shelves", "it landed in stores"
    b = run("Orvane Mobile unveiled its first phone, the Veltro X2, on Tuesday. It hit the shelves in Britain on Friday.")
    assert_event(b, "business.launch", {"work": "Veltro X2", "place": "Britain"})
    assert "2024-05-03" in _times(b, "business.launch")
    # ... with no product or work in view, "it" stays unread and nothing is launched
    c = run("Orvane Mobile said on Tuesday that it had closed its factory. It went on sale in 2019.")
    assert_no_event(c, "business.launch")


def test_a_product_hitting_the_shelves_is_launched_and_a_record_released() -> None:
    a = run("Orvane Mobile's Veltro X2 phone hit the shelves in March.")
    assert_event(a, "business.launch", {"work": "Veltro X2", "agent": "Orvane Mobile"})
    assert _times(a, "business.launch") == ["2024-03"]
    assert_no_event(a, "career.release")
    b = run("Orvane Mobile's new console, the Veltro Box, landed in stores in March.")
    assert_event(b, "business.launch", {"work": "Veltro Box", "agent": "Orvane Mobile"})
    # ... a record hitting the shelves is released, as before
    c = run("Her new album, Glass Rooms, hit the shelves in March.")
    assert_event(c, "career.release", {"work": "Glass Rooms"})
    assert_no_event(c, "business.launch")
    # ... and a storm hitting the shops launches nothing
    d = run("The storm hit the shops in the town centre on Monday.")
    assert_no_event(d, "business.launch")
    assert_no_event(d, "career.release")


def test_ordered_to_serve_hours_of_community_service_is_a_sentence() -> None:
    a = run("Tomas Renner was ordered to serve 200 hours of community service on Friday.")
    assert_event(a, "legal.sentence", {"patient": "Tomas Renner"})
    assert _times(a, "legal.sentence") == ["2024-05-03"]
    # ... serving drinks is no penalty
    assert_no_event(run("Tomas Renner was ordered to serve drinks at the party on Friday."), "legal.sentence")


def test_lost_a_contest_to_a_post_and_a_name_the_parser_hangs_on_the_contest() -> None:
    # "lost the leadership contest to the party chairman, X": the parser hangs "to" on the contest; X won it, the loser did not
    a = run("Paul Grant lost the leadership contest to the party chairman, Mark Dale, in 2022.")
    elections = {(e.certainty, next((a.entity(g.entity).name for g in e.args if g.role == "patient" and g.entity), None), e.time)
                 for e in typed(a, "politics.elect")}
    assert ("asserted", "Mark Dale", "2022") in elections
    assert ("negated", "Paul Grant", "2022") in elections
    b = run("Anna Pell lost the final to the top seed, Maria Lenk, on Sunday.")
    assert_event(b, "career.win", {"agent": "Maria Lenk", "award": "the final"})
    # ... losing one's temper to someone is no contest
    c = run("Anna Pell lost her temper to the referee, Maria Lenk, on Sunday.")
    assert_no_event(c, "career.win")
