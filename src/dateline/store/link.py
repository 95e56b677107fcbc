"""Cross-document resolution, done while a document is written (inside its transaction).

- Entities: a document's entity joins a store entity when they share a full name (two or more
  tokens, compared case- and accent-insensitively) and a compatible type.  A bare single name
  ("Smith") joins only a store entity whose surname or whole name it is, and only when exactly one
  such entity exists — or, among several, exactly one shares other entities with this document;
  otherwise it stays apart.  Two people with different full names never merge.
- Events: a document's event joins a store event of the same type (or, for untyped events, the
  same lemma and a known, equal time) with the same participants and a compatible time; every
  mention is kept.
- Facts: same relation, subject, object/value and compatible interval merge (the narrower
  interval wins) keeping every piece of evidence; conflicting facts are all kept.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterable

from ..model import Analysis, Entity
from ..timevalue import compatible, more_specific

# NER confuses these with each other; a name shared across them is one entity.
_PLACE_LIKE = {"ORG", "GPE", "LOC", "FAC", "NORP"}


def fold(name: str) -> str:
    """Lookup key of a name: accents removed, case folded, possessive and punctuation trimmed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").casefold().strip()
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    text = text.strip(" .,;:!?\"'()[]")
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def like_escape(text: str) -> str:
    """`text` as a literal inside a LIKE pattern (used with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _types_compatible(a: str, b: str) -> bool:
    return a == b or (a in _PLACE_LIKE and b in _PLACE_LIKE)


def _names(entity: Entity) -> set[str]:
    keys = {fold(entity.name)}
    keys.update(fold(m.text) for m in entity.mentions if m.kind == "name")
    return {k for k in keys if k}


def _candidates(db: sqlite3.Connection, keys: Iterable[str]) -> list[sqlite3.Row]:
    keys = list(keys)
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    return db.execute(
        "SELECT e.id, e.type, e.name, e.key, count(*) AS shared FROM entity_names n"  # noqa: S608
        f" JOIN entities e ON e.id = n.entity_id WHERE n.key IN ({marks}) GROUP BY e.id ORDER BY shared DESC, e.id",
        keys,
    ).fetchall()


def _link_entity(db: sqlite3.Connection, entity: Entity, context: set[int]) -> int:
    keys = _names(entity)
    full = {k for k in keys if " " in k}
    if full:
        for row in _candidates(db, full):
            if _types_compatible(row["type"], entity.type):
                return int(row["id"])
    else:
        single = fold(entity.name)
        like = "% " + like_escape(single)
        rows = [
            r
            for r in db.execute(
                "SELECT DISTINCT e.id, e.type, e.key FROM entity_names n JOIN entities e ON e.id = n.entity_id"
                " WHERE n.key = ? OR n.key LIKE ? ESCAPE '\\' ORDER BY e.id",
                (single, like),
            )
            if _types_compatible(r["type"], entity.type)
        ]
        if len(rows) == 1:
            return int(rows[0]["id"])
        if len(rows) > 1 and context:
            scored = [(_shared_context(db, int(r["id"]), context), int(r["id"])) for r in rows]
            scored.sort(reverse=True)
            if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                return scored[0][1]
    cur = db.execute(
        "INSERT INTO entities (type, name, key) VALUES (?, ?, ?)", (entity.type, entity.name, fold(entity.name))
    )
    return int(cur.lastrowid or 0)


def _shared_context(db: sqlite3.Connection, entity_id: int, context: set[int]) -> int:
    """How many of `context` (store entities of this document) co-occur with `entity_id` elsewhere."""
    marks = ",".join("?" * len(context))
    row = db.execute(
        "SELECT count(DISTINCT b.entity_id) FROM doc_entities a JOIN doc_entities b ON a.doc_id = b.doc_id"  # noqa: S608
        f" WHERE a.entity_id = ? AND b.entity_id IN ({marks})",
        [entity_id, *context],
    ).fetchone()
    return int(row[0])


def _record_names(db: sqlite3.Connection, entity_id: int, entity: Entity) -> None:
    names = {fold(entity.name): entity.name}
    for m in entity.mentions:
        if m.kind == "name":
            names.setdefault(fold(m.text), m.text)
    db.executemany(
        "INSERT OR IGNORE INTO entity_names (entity_id, key, name) VALUES (?, ?, ?)",
        [(entity_id, k, v) for k, v in names.items() if k],
    )
    # The longest full name seen becomes the display name.
    db.execute(
        "UPDATE entities SET name = ?, key = ? WHERE id = ? AND length(?) > length(name)",
        (entity.name, fold(entity.name), entity_id, entity.name),
    )


def link_entities(db: sqlite3.Connection, a: Analysis) -> dict[str, int]:
    """Map each local entity id of the document to a store entity id, creating entities as needed."""
    mapping: dict[str, int] = {}
    # Full names first: they anchor the document's context for the bare names.
    order = sorted(a.entities, key=lambda e: (" " not in e.name.strip(), e.id))
    for entity in order:
        if entity.attrs.get("members"):
            continue  # groups ("the couple") are resolved through their members
        entity_id = _link_entity(db, entity, set(mapping.values()))
        mapping[entity.id] = entity_id
        _record_names(db, entity_id, entity)
    doc_id = a.document.id
    db.executemany(
        "INSERT INTO doc_entities (doc_id, local_id, entity_id, mentions) VALUES (?, ?, ?, ?)",
        [(doc_id, e.id, mapping[e.id], len(e.mentions)) for e in a.entities if e.id in mapping],
    )
    db.executemany(
        'INSERT INTO mentions (doc_id, entity_id, start, "end", text, sentence, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
            (doc_id, member, m.start, m.end, m.text, m.sentence, "group" if e.id not in mapping else m.kind)
            for e in a.entities
            for member in _stored_ids(e, mapping)
            for m in e.mentions
        ],
    )
    return mapping


def _stored_ids(entity: Entity, mapping: dict[str, int]) -> list[int]:
    """Store entities a local entity's mentions belong to: itself, or each member of a group
    ("the couple", "they"), whose mentions are kept with kind "group"."""
    if entity.id in mapping:
        return [mapping[entity.id]]
    return [mapping[m] for m in entity.attrs.get("members") or [] if m in mapping]


def _participants(a: Analysis, args: Iterable, mapping: dict[str, int]) -> list[int]:
    out: set[int] = set()
    for arg in args:
        if arg.entity is None:
            continue
        entity = a.entity(arg.entity)
        members = entity.attrs.get("members") if entity else None
        for local in members or [arg.entity]:
            if local in mapping:
                out.add(mapping[local])
    return sorted(out)


def _signature(ev, participants: list[int]) -> str:  # noqa: ANN001
    """What two mentions of one event share: type (or lemma when untyped), polarity, participants."""
    kind = ev.type if ev.type is not None else "~" + ev.lemma
    return f"{kind}|{ev.polarity}|{','.join(map(str, participants))}"


def _find_event(db: sqlite3.Connection, ev, signature: str, participants: list[int]) -> sqlite3.Row | None:  # noqa: ANN001
    """A stored event this mention reports: same signature and a compatible time.  An untyped
    event merges only on an equal, known time; an event with no known participant never merges."""
    if not participants or (ev.type is None and ev.time is None):
        return None
    for row in db.execute("SELECT * FROM events WHERE signature = ? ORDER BY id", (signature,)):
        if ev.type is None and row["time"] != ev.time:
            continue
        if compatible(row["time"], ev.time):
            return row
    return None


def link_events(db: sqlite3.Connection, a: Analysis, mapping: dict[str, int]) -> None:
    doc_id = a.document.id
    for ev in a.events:
        participants = _participants(a, ev.args, mapping)
        signature = _signature(ev, participants)
        row = _find_event(db, ev, signature, participants)
        if row is None:
            cur = db.execute(
                "INSERT INTO events (type, lemma, time, polarity, modality, signature) VALUES (?, ?, ?, ?, ?, ?)",
                (ev.type, ev.lemma, ev.time, ev.polarity, ev.modality, signature),
            )
            event_id = int(cur.lastrowid or 0)
            db.executemany(
                "INSERT INTO event_args (event_id, role, entity_id, text, doc_id) VALUES (?, ?, ?, ?, ?)",
                [(event_id, g.role, _arg_entity(a, g.entity, mapping), g.text, doc_id) for g in ev.args],
            )
        else:
            event_id = int(row["id"])
            db.execute("UPDATE events SET time = ? WHERE id = ?", (more_specific(row["time"], ev.time), event_id))
        db.execute(
            'INSERT INTO event_mentions (event_id, doc_id, local_id, start, "end", text, sentence, time,'
            " time_source, certainty, claim) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event_id, doc_id, ev.id, ev.start, ev.end, ev.text, ev.sentence, ev.time, ev.time_source,
             ev.certainty, ev.claim),
        )


def _arg_entity(a: Analysis, local: str | None, mapping: dict[str, int]) -> int | None:
    if local is None:
        return None
    if local in mapping:
        return mapping[local]
    entity = a.entity(local)  # a group: stored through its first member
    members = entity.attrs.get("members") if entity else None
    return mapping.get(members[0]) if members else None


def link_facts(db: sqlite3.Connection, a: Analysis, mapping: dict[str, int]) -> None:
    doc_id = a.document.id
    for fact in a.facts:
        subject = mapping.get(fact.subject)
        if subject is None:
            continue
        obj = mapping.get(fact.object) if fact.object else None
        if fact.object and obj is None:
            continue
        rows = db.execute(
            "SELECT * FROM facts WHERE relation = ? AND subject = ? AND object IS ? AND value IS ?",
            (fact.relation, subject, obj, fact.value),
        ).fetchall()
        match = next(
            (r for r in rows if compatible(r["valid_from"], fact.valid_from) and compatible(r["valid_to"], fact.valid_to)),
            None,
        )
        if match is None:
            cur = db.execute(
                "INSERT INTO facts (relation, subject, object, value, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)",
                (fact.relation, subject, obj, fact.value, fact.valid_from, fact.valid_to),
            )
            fact_id = int(cur.lastrowid or 0)
        else:
            fact_id = int(match["id"])
            db.execute(
                "UPDATE facts SET valid_from = ?, valid_to = ? WHERE id = ?",
                (more_specific(match["valid_from"], fact.valid_from), more_specific(match["valid_to"], fact.valid_to),
                 fact_id),
            )
        db.executemany(
            'INSERT INTO fact_evidence (fact_id, doc_id, local_id, sentence, start, "end", certainty, claim)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(fact_id, doc_id, fact.id, e.sentence, e.start, e.end, fact.certainty, fact.claim) for e in fact.evidence],
        )


def link_claims(db: sqlite3.Connection, a: Analysis, mapping: dict[str, int]) -> None:
    db.executemany(
        'INSERT INTO claims (doc_id, local_id, kind, start, "end", text, sentence, cue, speaker, speaker_text,'
        " speaker_kind, outlet, outlet_text, date, certainty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (a.document.id, c.id, c.kind, c.start, c.end, c.text, c.sentence, c.cue,
             mapping.get(c.speaker) if c.speaker else None, c.speaker_text, c.speaker_kind,
             mapping.get(c.outlet) if c.outlet else None, c.outlet_text, c.date, c.certainty)
            for c in a.claims
        ],
    )


def insert_linked(db: sqlite3.Connection, a: Analysis) -> None:
    mapping = link_entities(db, a)
    link_events(db, a, mapping)
    link_facts(db, a, mapping)
    link_claims(db, a, mapping)
