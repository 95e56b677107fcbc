"""The embedded store: idempotency, atomic documents, cross-document linking, queries.

These tests build analyses by hand (no spaCy), so they pin down the store alone.
"""

from __future__ import annotations

import sqlite3

import pytest

from dateline import query
from dateline.model import (
    Analysis,
    Argument,
    Claim,
    Document,
    Entity,
    Event,
    Evidence,
    Fact,
    Mention,
    Sentence,
)
from dateline.store import Store, StoreError, link


def _doc(text: str, dct: str = "2023-08-07", path: str = "a.txt") -> Analysis:
    a = Analysis(document=Document.make(text, dct, path=path))
    a.sentences = [Sentence(0, 0, len(text))]
    return a


def _person(local: str, name: str, text: str, kind: str = "name", type_: str = "PERSON") -> Entity:
    start = text.index(name)
    return Entity(local, type_, name, [Mention(start, start + len(name), name, 0, kind)])


def _marriage(text: str, time: str | None = "2012-08-04") -> Analysis:
    a = _doc(text)
    a.entities = [_person("E1", "Ann Lee", text), _person("E2", "Bo Park", text)]
    t = text.index("married")
    a.events = [
        Event("V1", "life.marry", "marry", t, t + 7, "married", 0,
              [Argument("agent", 0, 7, "Ann Lee", "E1"), Argument("partner", 0, 7, "Bo Park", "E2")], time=time)
    ]
    a.facts = [Fact("F1", "spouse", "E1", "E2", valid_from=time, evidence=[Evidence(0, t, t + 7)], events=["V1"])]
    return a


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_adding_the_same_document_twice_changes_nothing(store):
    a = _marriage("Ann Lee and Bo Park married in 2012.")
    assert store.add(a) is True
    before = {t: store.count(t) for t in ("documents", "entities", "events", "facts", "sentences", "timexes")}
    assert store.add(a) is False
    assert {t: store.count(t) for t in before} == before
    assert before["documents"] == 1 and before["entities"] == 2 and before["events"] == 1


def test_a_failure_mid_document_leaves_nothing_behind(store, monkeypatch):
    a = _marriage("Ann Lee and Bo Park married in 2012.")

    def boom(db, analysis):  # noqa: ANN001
        link.link_entities(db, analysis)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(link, "insert_linked", boom)
    with pytest.raises(RuntimeError):
        store.add(a)
    for table in ("documents", "entities", "sentences"):
        assert store.count(table) == 0
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_migrations_run_once_and_are_recorded(tmp_path):
    path = tmp_path / "m.db"
    Store(path).close()
    with Store(path) as again:
        assert again.schema_version == 1
        assert again.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 1
        assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_missing_or_foreign_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "absent.db", readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a dateline store"):
        Store(junk)


def test_same_person_in_two_articles_is_one_entity_and_one_event(store):
    store.add(_marriage("Ann Lee and Bo Park married on Aug 4, 2012."))
    store.add(_marriage("Years ago Ann Lee and Bo Park married, friends recall.", time=None))
    assert store.count("entities") == 2
    assert store.count("events") == 1
    tl = query.timeline(store, "ann lee")
    assert len(tl["events"]) == 1
    event = tl["events"][0]
    assert event["time"] == "2012-08-04"  # the dated mention fixes the merged event's time
    assert len(event["mentions"]) == 2
    assert {m["time"] for m in event["mentions"]} == {"2012-08-04", None}
    # facts merge with both pieces of evidence
    facts = query.as_of(store, "Ann Lee", "2015-01-01")["facts"]
    assert len(facts) == 1 and len(facts[0]["evidence"]) == 2


def test_two_people_called_smith_stay_apart_and_a_bare_smith_is_not_guessed(store):
    for name in ("John Smith", "Mary Smith"):
        text = f"{name} spoke."
        a = _doc(text)
        a.entities = [_person("E1", name, text)]
        store.add(a)
    text = "Smith spoke again."
    a = _doc(text)
    a.entities = [_person("E1", "Smith", text)]
    store.add(a)
    names = sorted(r["name"] for r in query.entities(store))
    assert names == ["John Smith", "Mary Smith", "Smith"]
    with pytest.raises(query.QueryError, match="ambiguous"):
        query.timeline(store, "Smi")


def test_a_bare_surname_joins_the_only_person_it_can_be(store):
    text = "Ann Lee won."
    a = _doc(text)
    a.entities = [_person("E1", "Ann Lee", text)]
    store.add(a)
    text2 = "Lee lost."
    b = _doc(text2)
    b.entities = [_person("E1", "Lee", text2)]
    store.add(b)
    assert [r["name"] for r in query.entities(store)] == ["Ann Lee"]


def test_conflicting_facts_are_all_kept_with_their_sources(store):
    a = _marriage("Ann Lee and Bo Park married in 2012.", time="2012")
    b = _marriage("Ann Lee and Bo Park married in 2014, a rival says.", time="2014")
    store.add(a)
    store.add(b)
    facts = query.as_of(store, "Bo Park", "2020-01-01")["facts"]
    assert sorted(f["valid_from"] for f in facts) == ["2012", "2014"]
    assert all(f["relation"] == "spouse" and f["other"]["name"] == "Ann Lee" for f in facts)


def test_as_of_respects_intervals_and_reporting_dates(store):
    text = "Ann Lee and Bo Park married in 2012 and divorced in 2019."
    a = _marriage(text, time="2012-08-04")
    a.facts[0].valid_to = "2019-03"
    store.add(a)
    assert query.as_of(store, "Ann Lee", "2011-12-31")["facts"] == []
    assert query.as_of(store, "Ann Lee", "2015-06-01")["facts"][0]["status"] == "true"
    assert query.as_of(store, "Ann Lee", "2019-03-10")["facts"][0]["status"] == "possibly"
    assert query.as_of(store, "Ann Lee", "2019-04-01")["facts"] == []
    # published 2023-08-07: nothing was reported by 2015
    assert query.as_of(store, "Ann Lee", "2015-06-01", reported_by=True)["facts"] == []


def test_evidence_offsets_slice_the_document_text(store):
    text = "Ann Lee and Bo Park married in 2012."
    store.add(_marriage(text))
    mention = query.timeline(store, "Bo Park")["events"][0]["mentions"][0]
    assert text[mention["start"] : mention["end"]] == mention["text"] == "married"
    assert mention["sentence_text"] == text and mention["path"] == "a.txt"


def test_search_filters_by_published_and_by_mentioned_dates(store):
    a = _doc("The bridge opened in 1999 after a long delay.", dct="2001-05-01", path="b.txt")
    store.add(a)
    b = _doc("A second bridge opened today.", dct="2023-01-02", path="c.txt")
    store.add(b)
    assert {r["path"] for r in query.search(store, "bridge opened")} == {"b.txt", "c.txt"}
    assert [r["path"] for r in query.search(store, "bridge", date_from="2020")] == ["c.txt"]
    assert [r["path"] for r in query.search(store, "bridge", date_to="2001-12-31")] == ["b.txt"]


def test_search_treats_query_syntax_as_words(store):
    store.add(_doc('He said "NEAR" OR nothing; DROP TABLE documents;'))
    assert len(query.search(store, 'DROP TABLE documents; "NEAR')) == 1
    assert store.count() == 1


def test_claims_by_and_about_an_entity(store):
    text = "Bo Park told reporters that Ann Lee left."
    a = _doc(text)
    a.entities = [_person("E1", "Bo Park", text), _person("E2", "Ann Lee", text)]
    c0 = text.index("Ann Lee")
    a.claims = [Claim("C1", "reported", c0, len(text) - 1, text[c0:-1], 0, cue="told", speaker="E1",
                      speaker_text="Bo Park", speaker_kind="named")]
    store.add(a)
    by = query.claims(store, "Bo Park")["claims"]
    about = query.claims(store, "Ann Lee")["claims"]
    assert [c["relation"] for c in by] == ["by"] and [c["relation"] for c in about] == ["about"]
    assert about[0]["text"] == "Ann Lee left"


def test_sql_is_parameterised_against_hostile_names(store):
    text = "Robert'); DROP TABLE documents;-- spoke."
    a = _doc(text)
    a.entities = [_person("E1", "Robert'); DROP TABLE documents;--", text)]
    store.add(a)
    assert query.find_entity(store, "Robert'); DROP TABLE documents;--")["type"] == "PERSON"
    assert store.count() == 1
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("SELECT * FROM no_such_table")


def test_a_groups_mentions_count_for_each_member(store):
    text = "Ann Lee and Bo Park met. They are on the outs, a friend said."
    a = _doc(text)
    a.entities = [_person("E1", "Ann Lee", text), _person("E2", "Bo Park", text)]
    they = text.index("They")
    a.entities.append(Entity("E3", "PERSON", "Ann Lee and Bo Park", [Mention(they, they + 4, "They", 0, "pronoun")],
                             attrs={"members": ["E1", "E2"]}))
    a.claims = [Claim("C1", "reported", they, they + 22, text[they : they + 22], 0, cue="said",
                      speaker_text="a friend", speaker_kind="anonymous")]
    store.add(a)
    assert store.count("entities") == 2  # the group is not an entity of its own
    for name in ("Ann Lee", "Bo Park"):
        about = query.claims(store, name)["claims"]
        assert [(c["relation"], c["speaker"]) for c in about] == [("about", "a friend")]


def test_an_ending_of_unknown_date_holds_until_the_article_that_reports_it(store):
    a = _marriage("Ann Lee and Bo Park married in 2012 but have since split.", time="2012-08-04")
    a.facts[0].valid_to = "PAST_REF"
    store.add(a)  # dated 2023-08-07
    assert query.as_of(store, "Ann Lee", "2015-06-01")["facts"][0]["status"] == "possibly"
    assert query.as_of(store, "Ann Lee", "2023-08-07")["facts"] == []
    assert query.as_of(store, "Ann Lee", "2011-01-01")["facts"] == []
