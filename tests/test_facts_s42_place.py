"""Session 42, places: where a "where" clause puts an event, a town that also begins a club's name, an arrival
from an employer (no home), a name the recognizer read as a date, and "the X district" -- invented texts through
the real pipeline; each repair with its near miss."""

from __future__ import annotations

from dateline.extract.name_missed import _lone_word_read_as_date
from dateline.extract.names import _dateline_keys
from dateline.nlp import load
from handmade import analyzed as run
from handmade import entity_types, event_args, facts_by_pair, role_texts


def test_a_where_clause_on_a_venue_is_the_place_of_its_event_not_its_object() -> None:
    # "X House, where they married": the noun a "where" clause hangs on is where, whatever the recognizer typed it
    a = run("The party was held at Fenwold Abbey, where Tom Reyes married Ada Moss in 2010.")
    assert event_args(a, "life.marry") == [{"agent": "Tom Reyes", "partner": "Ada Moss", "place": "Fenwold Abbey"}]
    b = run("Tom Reyes and Ada Moss will renew their vows at Hallowmere House, where they married in 2010.")
    assert [e.get("place") for e in event_args(b, "life.marry")] == ["Hallowmere House"]
    assert all(e.get("partner") != "Hallowmere House" for e in event_args(b, "life.marry"))
    # ... a relative clause with no "where" still has its noun as the object: "the actress he married"
    c = run("Tom Reyes has three children with Ada Moss, the actress he married in 2010.")
    assert [e.get("partner") for e in event_args(c, "life.marry")] == ["Ada Moss"]


def test_a_town_named_after_in_stays_a_town_beside_a_club_named_after_it() -> None:
    # "the Nordvik Games in Tollby" and "Tollby Athletic Club": the town is where the race was won
    a = run("Ada Moss won the 400 metres at the Nordvik Games in Tollby on Saturday. She trains with Tollby Athletic Club, "
            "which she joined in 2019.")
    assert entity_types(a).get("Tollby") == "GPE"
    assert [e.get("place") for e in event_args(a, "career.win")] == ["Tollby"]
    # ... "for Tollby" is no town: the club's short form
    b = run("Ada Moss joined Tollby Athletic Club in 2019 and has scored 40 goals for Tollby since.")
    assert "Tollby" not in entity_types(b)


def test_an_arrival_from_an_employer_is_a_new_post_not_a_new_home() -> None:
    a = run("Ivo Hart, who came to Leeds from the Kelso Opera in 2009, will retire in June.")
    assert facts_by_pair(a, "located_in") == {}
    # ... from a town, a migration: at home there since
    b = run("Ivo Hart, who came to Leeds from Gdansk in 2009, will retire in June.")
    assert facts_by_pair(b, "located_in") == {("Ivo Hart", "Leeds"): ("2009", None)}


def test_a_lone_unknown_name_read_as_a_date_may_still_be_a_place() -> None:
    from spacy.tokens import Span

    doc = load(None)("Quinn has lived in Brackwater since 2015, and in May she moved.")
    town = next(t for t in doc if t.text == "Brackwater")
    may = next(t for t in doc if t.text == "May")
    doc.ents = [Span(doc, town.i, town.i + 1, label="DATE"), Span(doc, may.i, may.i + 1, label="DATE")]
    assert _lone_word_read_as_date(doc[town.i])
    assert not _lone_word_read_as_date(doc[may.i])  # a month is a date


def test_a_named_district_is_where_someone_lives() -> None:
    a = run("Ada Moss, a 29-year-old nurse who lives in the Harrow Vale district of the town, said she was delighted.")
    assert entity_types(a).get("Harrow Vale") == "GPE"
    assert facts_by_pair(a, "located_in") == {("Ada Moss", "Harrow Vale"): (None, None)}
    # ... "the area" with no name says nowhere
    b = run("Ada Moss, a 29-year-old nurse who lives in the area, said she was delighted.")
    assert facts_by_pair(b, "located_in") == {}


def test_a_venue_named_after_a_town_the_text_names_puts_its_event_in_that_town() -> None:
    # "at the Dunholt Film Festival" with Dunholt a town of the story: the festival, and the town too
    a = run("The Quiet Pier won the Golden Gull for best film at the Dunholt Film Festival on Saturday night. "
            "The festival has been held in Dunholt since 1998.")
    assert role_texts(a, "career.win", "place") == [["Dunholt Film Festival", "Dunholt"]]
    # ... no town of that name told: the festival alone
    b = run("The Quiet Pier won the Golden Gull for best film at the Marrowfield Film Festival on Saturday night.")
    assert role_texts(b, "career.win", "place") == [["Marrowfield Film Festival"]]


def test_the_town_a_story_is_filed_from_is_a_place_key() -> None:
    doc = load(None)("Pier wins at Dunholt\n\nNEW YORK — The firm said on Monday that LONDON was its next stop.")
    assert _dateline_keys(doc) == {"new york"}  # (not capitals inside a line)
