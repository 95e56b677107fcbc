-- dateline store, schema version 1.
-- Every row derived from a document carries doc_id, and is written in the same transaction as
-- the document row: a document is either wholly in the store or not at all.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,          -- content hash (dateline.model.document_id)
    dct         TEXT NOT NULL,             -- document creation time, YYYY-MM-DD
    title       TEXT,
    url         TEXT,
    source      TEXT,
    path        TEXT,
    line        INTEGER,
    ext_id      TEXT,
    text        TEXT NOT NULL,
    analysis    BLOB NOT NULL,             -- the Analysis in its versioned JSON form, zlib-compressed
    stages      TEXT NOT NULL,             -- JSON: stage -> ok / missing
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_dct ON documents (dct);

CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents (id),
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- Full-text index over sentences; rowid-aligned with nothing, so doc_id/idx are carried along.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    doc_id UNINDEXED,
    idx UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE timexes (
    doc_id   TEXT NOT NULL REFERENCES documents (id),
    tid      TEXT NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     TEXT NOT NULL,
    type     TEXT NOT NULL,
    value    TEXT NOT NULL,
    mod      TEXT,
    sentence INTEGER,
    PRIMARY KEY (doc_id, tid)
);
CREATE INDEX timexes_value ON timexes (value);

-- Cross-document entities: one row per real-world entity across the whole store.
CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    key  TEXT NOT NULL                     -- folded canonical name, for lookups
);
CREATE INDEX entities_key ON entities (key);

-- Every name an entity was called by (folded), for lookup and cross-document linking.
CREATE TABLE entity_names (
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    key       TEXT NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (entity_id, key)
);
CREATE INDEX entity_names_key ON entity_names (key);

-- A document's local entity (E1, E2...) and the store entity it was linked to.
CREATE TABLE doc_entities (
    doc_id    TEXT NOT NULL REFERENCES documents (id),
    local_id  TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL REFERENCES documents (id),
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    sentence  INTEGER NOT NULL,
    kind      TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc_id, start);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- One row per real-world event across the store; each report of it is an event_mentions row.
CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    type     TEXT,                         -- schema type, NULL for untyped events
    lemma    TEXT NOT NULL,
    time     TEXT,                         -- best TIMEX3 value known for it
    polarity TEXT NOT NULL,
    modality TEXT,
    signature TEXT NOT NULL                -- type (or lemma), polarity and participant ids: merge key
);
CREATE INDEX events_signature ON events (signature);

CREATE TABLE event_mentions (
    event_id   INTEGER NOT NULL REFERENCES events (id),
    doc_id     TEXT NOT NULL REFERENCES documents (id),
    local_id   TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER NOT NULL,
    time       TEXT,
    time_source TEXT,
    certainty  TEXT NOT NULL,
    claim      TEXT,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

CREATE TABLE event_args (
    event_id  INTEGER NOT NULL REFERENCES events (id),
    role      TEXT NOT NULL,
    entity_id INTEGER REFERENCES entities (id),
    text      TEXT NOT NULL,
    doc_id    TEXT NOT NULL REFERENCES documents (id)
);
CREATE INDEX event_args_entity ON event_args (entity_id);
CREATE INDEX event_args_event ON event_args (event_id);

CREATE TABLE facts (
    id         INTEGER PRIMARY KEY,
    relation   TEXT NOT NULL,
    subject    INTEGER NOT NULL REFERENCES entities (id),
    object     INTEGER REFERENCES entities (id),
    value      TEXT,
    valid_from TEXT,
    valid_to   TEXT
);
CREATE INDEX facts_subject ON facts (subject);
CREATE INDEX facts_object ON facts (object);

CREATE TABLE fact_evidence (
    fact_id   INTEGER NOT NULL REFERENCES facts (id),
    doc_id    TEXT NOT NULL REFERENCES documents (id),
    local_id  TEXT NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    certainty TEXT NOT NULL,
    claim     TEXT
);
CREATE INDEX fact_evidence_fact ON fact_evidence (fact_id);

CREATE TABLE claims (
    doc_id         TEXT NOT NULL REFERENCES documents (id),
    local_id       TEXT NOT NULL,
    kind           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    cue            TEXT,
    speaker        INTEGER REFERENCES entities (id),
    speaker_text   TEXT,
    speaker_kind   TEXT,
    outlet         INTEGER REFERENCES entities (id),
    outlet_text    TEXT,
    date           TEXT,
    certainty      TEXT NOT NULL,
    PRIMARY KEY (doc_id, local_id)
);
CREATE INDEX claims_speaker ON claims (speaker);
