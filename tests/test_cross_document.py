"""Several articles about the same people, through the whole pipeline into one store."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import query
from dateline.ingest import ingest
from dateline.store import Store

CROSS = Path(__file__).parent / "data" / "cross"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("cross") / "s.db") as s:
        report = ingest(s, [str(CROSS)])
        assert (report.stored, report.failed) == (3, 0)
        yield s


def test_the_same_person_in_two_articles_is_one_entity(store):
    people = {e["name"]: e for e in query.entities(store, type_="PERSON")}
    assert people["Marta Kowalczyk"]["documents"] == 2
    assert people["Jonas Berg"]["documents"] == 2


def test_a_namesake_in_another_story_stays_apart(store):
    people = {e["name"]: e for e in query.entities(store, type_="PERSON")}
    assert "Piotr Kowalczyk" in people
    assert people["Piotr Kowalczyk"]["id"] != people["Marta Kowalczyk"]["id"]
    arrests = [e for e in query.timeline(store, "Piotr Kowalczyk")["events"] if e["type"] == "legal.arrest"]
    assert arrests and arrests[0]["time"] == "2021-03-02"
    assert not [e for e in query.timeline(store, "Marta Kowalczyk")["events"] if e["type"] == "legal.arrest"]


def test_one_wedding_reported_twice_is_one_event_with_both_mentions(store):
    weddings = [e for e in query.timeline(store, "Marta Kowalczyk")["events"] if e["type"] == "life.marry"]
    assert len(weddings) == 1
    wedding = weddings[0]
    assert wedding["time"] == "2019-05-18"  # "on Saturday" in a story of Monday 2019-05-20
    assert {p["name"] for p in wedding["participants"]} >= {"Jonas Berg"}
    assert sorted(Path(m["path"]).name for m in wedding["mentions"]) == ["a-wedding.txt", "b-split.txt"]


def test_the_marriage_holds_until_the_confirmed_separation(store):
    during = query.as_of(store, "Marta Kowalczyk", "2020-01-01")["facts"]
    spouses = [f for f in during if f["relation"] == "spouse"]
    assert [f["other"]["name"] for f in spouses] == ["Jonas Berg"]
    assert spouses[0]["valid_from"] == "2019-05-18"
    assert {Path(e["path"]).name for e in spouses[0]["evidence"]} == {"a-wedding.txt", "b-split.txt"}
    after = query.as_of(store, "Jonas Berg", "2023-06-01")["facts"]
    assert not [f for f in after if f["relation"] == "spouse"]
    # what was known by the end of 2019 came from the first article only
    known = query.as_of(store, "Jonas Berg", "2019-12-31", reported_by=True)["facts"]
    assert {Path(e["path"]).name for f in known for e in f["evidence"]} == {"a-wedding.txt"}
