"""Batch ingestion end to end: idempotency at scale, parallel jobs, bad input, kill -9 resume."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.ingest import ingest
from dateline.store import Store, unpack_analysis

PEOPLE = ["Ada Stone", "Ben Ortiz", "Cleo Marsh", "Dev Patel", "Eli Novak", "Fay Moreau", "Gus Lund"]
VERBS = ["joined", "left", "sued", "praised", "met", "hired", "criticized"]


def _article(i: int, long: bool = False) -> dict:
    a, b = PEOPLE[i % 7], PEOPLE[(i * 3 + 1) % 7]
    text = f"{a} {VERBS[i % 7]} {b} on March {i % 28 + 1}, 2021, in story number {i}."
    if long:
        text += (
            f" {a} told reporters on Tuesday that the decision was final. Three weeks later, {b} said the"
            " company would appeal, according to a spokesperson. The court will rule next year."
        ) * 6
    return {"text": text, "date": f"2022-{i % 12 + 1:02d}-15", "id": f"story-{i}"}


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _consistent(db_path: Path) -> None:
    """No partial document: every stored document has all its sentences, and no row is orphaned."""
    db = sqlite3.connect(db_path)
    for doc_id, analysis in db.execute("SELECT id, analysis FROM documents"):
        expected = len(unpack_analysis(analysis)["sentences"])
        assert db.execute("SELECT count(*) FROM sentences WHERE doc_id = ?", (doc_id,)).fetchone()[0] == expected
    for table in ("sentences", "timexes", "mentions", "event_mentions", "claims", "fact_evidence", "doc_entities"):
        orphans = db.execute(
            f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"  # noqa: S608
        ).fetchone()[0]
        assert orphans == 0, table
    db.close()


def test_a_thousand_articles_twice_leave_a_thousand_documents(tmp_path):
    source = _write_jsonl(tmp_path / "many.jsonl", [_article(i) for i in range(1000)])
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [str(source)])
        second = ingest(store, [str(source)])
        assert (first.stored, first.failed) == (1000, 0)
        assert (second.stored, second.already, second.failed) == (0, 1000, 0)
        assert store.count() == 1000
    _consistent(tmp_path / "s.db")


def test_parallel_jobs_store_the_same_documents(tmp_path):
    source = _write_jsonl(tmp_path / "some.jsonl", [_article(i, long=True) for i in range(12)])
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        ingest(one, [str(source)], jobs=1)
        report = ingest(two, [str(source)], jobs=2)
        assert report.stored == 12
        ids = "SELECT id FROM documents ORDER BY id"
        assert one.db.execute(ids).fetchall() == two.db.execute(ids).fetchall()
        analyses = "SELECT analysis FROM documents ORDER BY id"
        assert one.db.execute(analyses).fetchall() == two.db.execute(analyses).fetchall()


def test_bad_articles_are_reported_and_the_batch_goes_on(tmp_path, capsys):
    good = _article(1)
    lines = [
        json.dumps(good),
        json.dumps({"text": "Impossible day.", "date": "2023-02-30"}),
        "[1, 2, 3]",
        json.dumps({"text": "   ", "date": "2023-01-01"}),
        json.dumps(_article(2)),
    ]
    source = tmp_path / "mixed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    code = main(["ingest", str(source), "--db", str(db), "--quiet"])
    captured = capsys.readouterr()
    assert code == 1  # some failed, the rest was stored
    assert f"{source}:2" in captured.err and "2023-02-30" in captured.err
    assert f"{source}:3" in captured.err
    assert f"{source}:4" in captured.err
    assert "Traceback" not in captured.err
    with Store(db) as store:
        assert store.count() == 2


def test_a_run_where_nothing_could_be_read_fails(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    code = main(["ingest", str(missing), "--db", str(tmp_path / "s.db")])
    assert code == 2
    assert str(missing) in capsys.readouterr().err


def test_kill_dash_nine_mid_batch_then_rerun_finishes_cleanly(tmp_path):
    n = 150
    source = _write_jsonl(tmp_path / "batch.jsonl", [_article(i, long=True) for i in range(n)])
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "dateline.cli", "ingest", str(source), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=0.1) as probe:
                        stored = probe.execute("SELECT count(*) FROM documents").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0  # schema not created yet, or locked for a moment
            if stored >= 5:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the batch ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as probe:
        killed_at = probe.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 5 <= killed_at < n
    _consistent(db)

    rerun = subprocess.run(cmd[:-1] + ["--json"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert summary["stored"] == n - killed_at
    assert summary["already"] == killed_at
    assert summary["documents_in_store"] == n
    _consistent(db)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_same_article_twice_in_one_batch_is_stored_once(tmp_path, jobs):
    row = _article(3)
    source = _write_jsonl(tmp_path / "dup.jsonl", [row, row, {**row, "id": "another-id"}])
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [str(source)], jobs=jobs)
        assert (report.stored, report.already) == (1, 2)
        assert store.count() == 1
