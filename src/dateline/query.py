"""Questions asked of the store.  Every answer is plain data (the CLI's `--json` prints it as is)
and every item carries its evidence: document id, source path, sentence and character offsets
into that document's text (the text after its date prefix).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import lru_cache
from typing import Any

from .model import ASSERTED, ATTRIBUTED, HEDGED, NEGATED, SPECULATIVE
from .store import Store, unpack_analysis
from .store.link import fold, like_escape
from .timevalue import interval, sort_key

_CERTAINTY_RANK = {ASSERTED: 0, ATTRIBUTED: 1, HEDGED: 2, SPECULATIVE: 3, NEGATED: 4}
_INVERSE = {"parent": "child", "child": "parent", "spouse": "spouse"}


class QueryError(LookupError):
    pass


class _Sentences:
    """Sentence text and document metadata, read once per query."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.doc = lru_cache(maxsize=256)(self._doc)
        self.sentence = lru_cache(maxsize=4096)(self._sentence)

    def _doc(self, doc_id: str) -> sqlite3.Row:
        return self.db.execute("SELECT id, dct, title, path, line, source, text FROM documents WHERE id = ?",
                               (doc_id,)).fetchone()

    def _sentence(self, doc_id: str, idx: int) -> str:
        row = self.db.execute('SELECT start, "end" FROM sentences WHERE doc_id = ? AND idx = ?', (doc_id, idx)).fetchone()
        if row is None:
            return ""
        return self.doc(doc_id)["text"][row["start"] : row["end"]].strip()

    def evidence(self, doc_id: str, sentence: int, start: int, end: int) -> dict[str, Any]:
        doc = self.doc(doc_id)
        return {
            "doc": doc_id,
            "dct": doc["dct"],
            "path": doc["path"],
            "line": doc["line"],
            "sentence": sentence,
            "start": start,
            "end": end,
            "text": doc["text"][start:end],
            "sentence_text": self.sentence(doc_id, sentence),
        }


# -- entities -----------------------------------------------------------------------------------
def find_entity(store: Store, name: str) -> sqlite3.Row:
    """The store entity called `name` (full name, alias, or a unique part of a name)."""
    key = fold(name)
    if not key:
        raise QueryError("empty entity name")
    db = store.db
    rows = db.execute(
        "SELECT DISTINCT e.* FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.key = ?", (key,)
    ).fetchall()
    if not rows:
        pattern = "%" + like_escape(key) + "%"
        rows = db.execute(
            "SELECT DISTINCT e.* FROM entity_names n JOIN entities e ON e.id = n.entity_id"
            " WHERE n.key LIKE ? ESCAPE '\\'",
            (pattern,),
        ).fetchall()
    if not rows:
        raise QueryError(f"no entity called {name!r} in {store.path}")
    exact = [r for r in rows if r["key"] == key]
    if len(exact) == 1:
        return exact[0]
    if len(rows) == 1:
        return rows[0]
    counts = {r["id"]: _mention_count(db, r["id"]) for r in rows}
    ranked = sorted(rows, key=lambda r: -counts[r["id"]])
    if counts[ranked[0]["id"]] > 2 * counts[ranked[1]["id"]]:
        return ranked[0]
    names = ", ".join(f"{r['name']} ({r['type']}, #{r['id']})" for r in ranked[:10])
    raise QueryError(f"{name!r} is ambiguous: {names}; use the full name or #ID")


def resolve_entity(store: Store, name: str) -> sqlite3.Row:
    if name.startswith("#") and name[1:].isdigit():
        row = store.db.execute("SELECT * FROM entities WHERE id = ?", (int(name[1:]),)).fetchone()
        if row is None:
            raise QueryError(f"no entity {name}")
        return row
    return find_entity(store, name)


def _mention_count(db: sqlite3.Connection, entity_id: int) -> int:
    return int(db.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (entity_id,)).fetchone()[0])


def _entity_brief(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "type": row["type"]}


def entities(store: Store, type_: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    sql = (
        "SELECT e.id, e.name, e.type, count(m.rowid) AS mentions, count(DISTINCT m.doc_id) AS documents"
        " FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
        " WHERE (? IS NULL OR e.type = ?) GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?"
    )
    rows = store.db.execute(sql, (type_, type_, limit if limit is not None else -1)).fetchall()
    out = []
    for r in rows:
        names = [n[0] for n in store.db.execute("SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name",
                                               (r["id"],))]
        out.append({**dict(r), "names": names})
    return out


# -- timeline -----------------------------------------------------------------------------------
def timeline(store: Store, name: str, *, all_events: bool = False) -> dict[str, Any]:
    """Events the entity takes part in, in time order (unknown times last), with every mention."""
    entity = resolve_entity(store, name)
    db = store.db
    sentences = _Sentences(db)
    rows = db.execute(
        "SELECT DISTINCT e.* FROM events e JOIN event_args g ON g.event_id = e.id WHERE g.entity_id = ?"
        " AND (? OR e.type IS NOT NULL)",
        (entity["id"], all_events),
    ).fetchall()
    entries = []
    for ev in rows:
        roles = db.execute(
            "SELECT g.role, g.text, g.entity_id, x.name, x.type FROM event_args g"
            " LEFT JOIN entities x ON x.id = g.entity_id WHERE g.event_id = ? ORDER BY g.rowid",
            (ev["id"],),
        ).fetchall()
        participants, own_roles, seen = [], [], set()
        for r in roles:
            if r["entity_id"] == entity["id"]:
                own_roles.append(r["role"])
                continue
            key = (r["role"], r["entity_id"] or r["text"])
            if key in seen:
                continue
            seen.add(key)
            participants.append({"role": r["role"], "text": r["text"], "entity": r["entity_id"], "name": r["name"]})
        mentions = []
        for m in db.execute(
            "SELECT * FROM event_mentions WHERE event_id = ? ORDER BY doc_id, start", (ev["id"],)
        ).fetchall():
            item = sentences.evidence(m["doc_id"], m["sentence"], m["start"], m["end"])
            item.update(
                {"event": m["local_id"], "time": m["time"], "time_source": m["time_source"],
                 "certainty": m["certainty"], "claim": _claim_brief(db, m["doc_id"], m["claim"])}
            )
            mentions.append(item)
        certainty = min((m["certainty"] for m in mentions), key=lambda c: _CERTAINTY_RANK.get(c, 9), default=ASSERTED)
        entries.append(
            {
                "event": ev["id"],
                "time": ev["time"],
                "type": ev["type"],
                "lemma": ev["lemma"],
                "polarity": ev["polarity"],
                "modality": ev["modality"],
                "roles": sorted(set(own_roles)),
                "participants": participants,
                "certainty": certainty,
                "mentions": mentions,
            }
        )
    entries.sort(key=lambda e: (sort_key(e["time"]), min((m["dct"], m["start"]) for m in e["mentions"])))
    return {"entity": _entity_brief(entity), "events": entries}


def _claim_brief(db: sqlite3.Connection, doc_id: str, local_id: str | None) -> dict[str, Any] | None:
    if not local_id:
        return None
    row = db.execute(
        "SELECT local_id, speaker_text, speaker_kind, outlet_text, date, cue FROM claims WHERE doc_id = ? AND local_id = ?",
        (doc_id, local_id),
    ).fetchone()
    return dict(row) if row else {"local_id": local_id}


# -- as of --------------------------------------------------------------------------------------
def as_of(store: Store, name: str, when: str, *, reported_by: bool = False) -> dict[str, Any]:
    """Facts about the entity true on `when` (YYYY-MM-DD).  With `reported_by`, only evidence from
    documents published on or before that date counts (what was known then)."""
    entity = resolve_entity(store, name)
    day = date.fromisoformat(when)
    db = store.db
    sentences = _Sentences(db)
    out = []
    rows = db.execute(
        "SELECT f.*, s.name AS subject_name, o.name AS object_name FROM facts f"
        " JOIN entities s ON s.id = f.subject LEFT JOIN entities o ON o.id = f.object"
        " WHERE f.subject = ? OR f.object = ? ORDER BY f.id",
        (entity["id"], entity["id"]),
    ).fetchall()
    for fact in rows:
        valid_to, ended_before = fact["valid_to"], None
        if valid_to == "PAST_REF":
            # Ended at a time the text does not give: before the latest article that says so.
            known_by = db.execute(
                "SELECT max(d.dct) FROM fact_evidence e JOIN documents d ON d.id = e.doc_id WHERE e.fact_id = ?",
                (fact["id"],),
            ).fetchone()[0]
            valid_to, ended_before = f"..{known_by}", known_by
        status = _status_on(fact["valid_from"], valid_to, day)
        if status is None:
            continue
        evidence = []
        for ev in db.execute("SELECT * FROM fact_evidence WHERE fact_id = ? ORDER BY doc_id, start", (fact["id"],)):
            item = sentences.evidence(ev["doc_id"], ev["sentence"], ev["start"], ev["end"])
            if reported_by and item["dct"] > when:
                continue
            item.update({"certainty": ev["certainty"], "claim": _claim_brief(db, ev["doc_id"], ev["claim"])})
            evidence.append(item)
        if not evidence:
            continue
        if fact["subject"] == entity["id"]:
            relation, other, other_name = fact["relation"], fact["object"], fact["object_name"]
        else:
            relation = _INVERSE.get(fact["relation"], fact["relation"] + "_of")
            other, other_name = fact["subject"], fact["subject_name"]
        out.append(
            {
                "fact": fact["id"],
                "relation": relation,
                "other": {"id": other, "name": other_name} if other is not None else None,
                "value": fact["value"],
                "valid_from": fact["valid_from"],
                "valid_to": fact["valid_to"],
                "ended_before": ended_before,  # for an end of unknown date: the latest report of it
                "status": status,
                "certainty": min((e["certainty"] for e in evidence), key=lambda c: _CERTAINTY_RANK.get(c, 9)),
                "evidence": evidence,
            }
        )
    return {"entity": _entity_brief(entity), "as_of": when, "facts": out}


def _status_on(valid_from: str | None, valid_to: str | None, day: date) -> str | None:
    """"true" when the interval surely holds on `day`, "possibly" when a fuzzy bound straddles it."""
    status = "true"
    if valid_from:
        span = interval(valid_from)
        if span is not None:
            if day < span[0]:
                return None
            if day <= span[1] and span[0] != span[1]:
                status = "possibly"
    if valid_to and valid_to.startswith(".."):  # ended some time before this date
        if day >= date.fromisoformat(valid_to[2:]):
            return None
        return "possibly"
    if valid_to:
        span = interval(valid_to)
        if span is not None:
            if day > span[1]:
                return None
            if day >= span[0]:
                status = "possibly" if span[0] != span[1] else ("possibly" if day == span[0] else status)
    return status


# -- claims -------------------------------------------------------------------------------------
def claims(store: Store, name: str) -> dict[str, Any]:
    """Claims made by the entity, and claims whose content mentions it."""
    entity = resolve_entity(store, name)
    db = store.db
    sentences = _Sentences(db)
    rows = db.execute(
        "SELECT DISTINCT c.*, s.name AS speaker_name, o.name AS outlet_name,"
        " CASE WHEN c.speaker = :e THEN 'by' ELSE 'about' END AS relation"
        " FROM claims c LEFT JOIN entities s ON s.id = c.speaker LEFT JOIN entities o ON o.id = c.outlet"
        " LEFT JOIN mentions m ON m.doc_id = c.doc_id AND m.entity_id = :e AND m.start >= c.start AND m.\"end\" <= c.\"end\""
        " WHERE c.speaker = :e OR m.entity_id IS NOT NULL ORDER BY c.date, c.doc_id, c.start",
        {"e": entity["id"]},
    ).fetchall()
    out = []
    for c in rows:
        item = sentences.evidence(c["doc_id"], c["sentence"], c["start"], c["end"])
        item.update(
            {
                "claim": c["local_id"],
                "relation": c["relation"],
                "kind": c["kind"],
                "speaker": c["speaker_name"] or c["speaker_text"],
                "speaker_kind": c["speaker_kind"],
                "outlet": c["outlet_name"] or c["outlet_text"],
                "cue": c["cue"],
                "date": c["date"],
                "certainty": c["certainty"],
            }
        )
        out.append(item)
    return {"entity": _entity_brief(entity), "claims": out}


# -- documents and search ----------------------------------------------------------------------
def documents(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT d.id, d.dct, d.title, d.path, d.line, d.source, length(d.text) AS chars,"
        " (SELECT count(*) FROM event_mentions m WHERE m.doc_id = d.id) AS events,"
        " (SELECT count(*) FROM timexes t WHERE t.doc_id = d.id) AS timexes,"
        " (SELECT count(*) FROM claims c WHERE c.doc_id = d.id) AS claims,"
        " substr(d.text, 1, 80) AS opening FROM documents d ORDER BY d.dct, d.path, d.line LIMIT ?",
        (limit if limit is not None else -1,),
    ).fetchall()
    return [dict(r) for r in rows]


def document(store: Store, doc_id: str) -> dict[str, Any]:
    """One document and its whole analysis (an id prefix is enough when unique)."""
    rows = store.db.execute(
        "SELECT id, analysis FROM documents WHERE id LIKE ? ESCAPE '\\' LIMIT 3", (like_escape(doc_id) + "%",)
    ).fetchall()
    if not rows:
        raise QueryError(f"no document {doc_id!r} in {store.path}")
    if len(rows) > 1:
        raise QueryError(f"document id {doc_id!r} is ambiguous: {', '.join(r['id'] for r in rows)}")
    return unpack_analysis(rows[0]["analysis"])


def _fts_query(query: str) -> str:
    """The user's words as FTS5 phrases (operators in user text are not trusted)."""
    terms = [t.replace('"', '""') for t in query.split()]
    return " ".join(f'"{t}"' for t in terms if t)


def search(
    store: Store, query: str, *, date_from: str | None = None, date_to: str | None = None,
    on: str = "published", limit: int = 50,
) -> list[dict[str, Any]]:
    """Sentences matching `query` (all words), best first.  `on="published"` filters by the
    article's date; `on="mentioned"` by the dates the sentence itself mentions."""
    fts = _fts_query(query)
    if not fts:
        raise QueryError("empty search query")
    for bound in (date_from, date_to):
        if bound is not None and interval(bound) is None:
            raise QueryError(f"not a date: {bound!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    lo = interval(date_from)[0].isoformat() if date_from else None
    hi = interval(date_to)[1].isoformat() if date_to else None
    db = store.db
    sentences = _Sentences(db)
    params: list[Any] = [fts]
    sql = (
        "SELECT f.doc_id, f.idx, s.start, s.\"end\", d.dct, bm25(sentences_fts) AS score,"
        " snippet(sentences_fts, 0, '[', ']', '…', 16) AS snippet FROM sentences_fts f"
        " JOIN documents d ON d.id = f.doc_id JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.idx"
        " WHERE sentences_fts MATCH ?"
    )
    if on == "published":
        if lo:
            sql += " AND d.dct >= ?"
            params.append(lo)
        if hi:
            sql += " AND d.dct <= ?"
            params.append(hi)
    sql += " ORDER BY score LIMIT ?"
    params.append(limit if on == "published" else limit * 20)
    out = []
    for r in db.execute(sql, params).fetchall():
        times = [t["value"] for t in db.execute(
            "SELECT value FROM timexes WHERE doc_id = ? AND sentence = ? ORDER BY start", (r["doc_id"], r["idx"]))]
        if on == "mentioned" and (lo or hi) and not _any_overlap(times, lo, hi):
            continue
        item = sentences.evidence(r["doc_id"], r["idx"], r["start"], r["end"])
        item.update({"snippet": r["snippet"], "score": round(-r["score"], 3), "times": times})
        out.append(item)
        if len(out) >= limit:
            break
    return out


def _any_overlap(values: list[str], lo: str | None, hi: str | None) -> bool:
    for value in values:
        span = interval(value)
        if span is None:
            continue
        if (lo is None or span[1].isoformat() >= lo) and (hi is None or span[0].isoformat() <= hi):
            return True
    return False
