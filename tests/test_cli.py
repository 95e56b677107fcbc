"""Every CLI command end to end on the bundled example."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "dateline.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    return path


def _json(capsys, argv: list[str]):
    assert main(argv + ["--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_again_is_a_no_op(db, capsys):
    summary = _json(capsys, ["ingest", str(EXAMPLES), "--db", str(db)])
    assert summary["stored"] == 0 and summary["already"] >= 1
    assert summary["documents_in_store"] == summary["already"]


def test_docs_and_show(db, capsys):
    docs = _json(capsys, ["docs", "--db", str(db)])
    example = next(d for d in docs if d["path"].endswith("portman-millepied.txt"))
    assert example["dct"] == "2023-08-07"
    shown = _json(capsys, ["show", example["id"][:8], "--db", str(db)])
    assert shown["schema_version"] == 1
    assert shown["document"]["id"] == example["id"]
    assert shown["document"]["text"].startswith("They were married for 11 years")
    assert shown["stages"]["nlp"] == "ok"
    assert main(["show", "does-not-exist", "--db", str(db)]) == 2
    assert "no document" in capsys.readouterr().err


def test_analyze_prints_every_layer_without_storing(tmp_path, capsys):
    data = _json(capsys, ["analyze", str(EXAMPLES / "portman-millepied.txt")])
    assert data["document"]["dct"] == "2023-08-07"
    text = data["document"]["text"]
    for layer in ("sentences", "timexes", "entities", "events", "facts", "claims"):
        for item in data[layer]:
            if "start" in item and "text" in item:
                assert text[item["start"] : item["end"]] == item["text"], (layer, item)
    assert not (tmp_path / "dateline.db").exists()
    assert main(["analyze", str(EXAMPLES / "portman-millepied.txt")]) == 0
    human = capsys.readouterr().out
    assert "2023-08-07" in human and "stage nlp: ok" in human


def test_timeline_asof_entities_claims_search(db, capsys):
    entities = _json(capsys, ["entities", "--db", str(db)])
    assert entities, "the example yields entities"
    person = next(e for e in entities if e["type"] == "PERSON")
    timeline = _json(capsys, ["timeline", person["name"], "--db", str(db), "--all"])
    assert timeline["entity"]["id"] == person["id"]
    times = [e["time"] for e in timeline["events"] if e["time"]]
    assert times == sorted(times, key=lambda v: v[:4])  # time order, unknown times last
    doc_text = _json(capsys, ["show", timeline["events"][0]["mentions"][0]["doc"], "--db", str(db)])["document"]["text"]
    for event in timeline["events"]:
        for m in event["mentions"]:
            assert doc_text[m["start"] : m["end"]] == m["text"]
            assert m["path"].endswith("portman-millepied.txt")
    asof = _json(capsys, ["asof", person["name"], "2015-01-01", "--db", str(db)])
    assert asof["as_of"] == "2015-01-01"
    claims = _json(capsys, ["claims", person["name"], "--db", str(db)])
    assert claims["entity"]["id"] == person["id"]
    hits = _json(capsys, ["search", "wedding ring", "--db", str(db)])
    assert hits and all("wedding" in h["sentence_text"].lower() for h in hits)
    assert _json(capsys, ["search", "wedding ring", "--from", "2024-01-01", "--db", str(db)]) == []
    assert main(["timeline", "Nobody Atall", "--db", str(db)]) == 2
    assert "no entity" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad_date:
        main(["asof", person["name"], "2015-02-30", "--db", str(db)])
    assert bad_date.value.code == 2
    assert "impossible date '2015-02-30'" in capsys.readouterr().err


def test_reading_a_missing_store_is_a_clear_error(tmp_path, capsys):
    assert main(["docs", "--db", str(tmp_path / "absent.db")]) == 2
    assert "no such store" in capsys.readouterr().err


def test_stdin_and_plain_text_with_a_date(tmp_path):
    exe = shutil.which("dateline") or ""
    cmd = [exe] if exe else [sys.executable, "-m", "dateline.cli"]
    db = tmp_path / "s.db"
    run = subprocess.run(
        cmd + ["ingest", "-", "--date", "2024-03-01", "--db", str(db), "--json"],
        input="The mayor resigned on Friday, officials said.", capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["stored"] == 1
    shown = subprocess.run(cmd + ["docs", "--db", str(db), "--json"], capture_output=True, text=True, timeout=300)
    assert json.loads(shown.stdout)[0]["dct"] == "2024-03-01"
