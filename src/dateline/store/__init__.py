"""The embedded store: SQLite (standard library), WAL, FTS5, schema in numbered migrations.

Each document and every row derived from it is written in one transaction, keyed by the
document's content hash: ingesting the same article again changes nothing, and a process killed
mid-batch leaves only whole documents behind.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from ..model import Analysis
from . import link

DEFAULT_PATH = "dateline.db"


class StoreError(RuntimeError):
    pass


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files(__package__) / "migrations"
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A dateline store in one SQLite file."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> None:
        self.path = str(path)
        if readonly:
            if not Path(self.path).exists():
                raise StoreError(f"{self.path}: no such store (run `dateline ingest` first)")
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(f"{self.path}: not a dateline store ({exc})") from exc

    # -- schema -----------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations")}
        for version, sql in _migrations():
            if version in done:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split_sql(sql):
                    self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", (version, _now())
                )
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- writing ----------------------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, analysis: Analysis) -> bool:
        """Store one analyzed document in one transaction.  False when it was already there."""
        doc = analysis.document
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self.has(doc.id):
                self.db.execute("ROLLBACK")
                return False
            self._insert(analysis)
            self.db.execute("COMMIT")
            return True
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _insert(self, a: Analysis) -> None:
        doc = a.document
        db = self.db
        db.execute(
            "INSERT INTO documents (id, dct, title, url, source, path, line, ext_id, text, analysis, stages,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id, doc.dct, doc.title, doc.url, doc.source, doc.path, doc.line, doc.ext_id, doc.text,
                pack_analysis(a), json.dumps(a.stages), _now(),
            ),
        )
        db.executemany(
            'INSERT INTO sentences (doc_id, idx, start, "end") VALUES (?, ?, ?, ?)',
            [(doc.id, s.index, s.start, s.end) for s in a.sentences],
        )
        db.executemany(
            "INSERT INTO sentences_fts (text, doc_id, idx) VALUES (?, ?, ?)",
            [(doc.text[s.start : s.end], doc.id, s.index) for s in a.sentences],
        )
        db.executemany(
            'INSERT INTO timexes (doc_id, tid, start, "end", text, type, value, mod, sentence)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, t.tid, t.start, t.end, t.text, t.type, t.value, t.mod, t.sentence) for t in a.timexes],
        )
        link.insert_linked(db, a)

    # -- housekeeping -----------------------------------------------------------------------
    def count(self, table: str = "documents") -> int:
        if table not in {"documents", "entities", "events", "facts", "claims", "sentences", "timexes"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 (fixed names)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def pack_analysis(analysis: Analysis) -> bytes:
    """The Analysis JSON as stored: UTF-8, zlib-compressed (about a sixth of its size)."""
    return zlib.compress(json.dumps(analysis.to_dict(), ensure_ascii=False).encode(), 6)


def unpack_analysis(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _split_sql(sql: str) -> list[str]:
    """Split a migration into statements (our migrations hold no semicolons inside literals)."""
    lines = [line for line in sql.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
