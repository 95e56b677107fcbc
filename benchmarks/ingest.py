"""Ingest throughput and store size, with the analysis stages that exist today.

Builds a corpus of ~TARGET MB by repeating the bundled examples under different document dates
(the date is part of a document's identity, so every copy is a new document and is analyzed in
full), ingests it into a fresh SQLite store, and prints articles/s, MB/s and bytes of store per
article.  For scale it also times spaCy alone on the same texts in the same run.

    python benchmarks/ingest.py --mb 10 --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dateline import nlp
from dateline.ingest import ingest
from dateline.read import read_sources
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(path: Path, megabytes: float) -> tuple[int, int]:
    originals = [d for d in read_sources([str(ROOT / "examples")]) if not isinstance(d, Exception)]
    if not originals:
        raise SystemExit("no example articles found")
    target = int(megabytes * 1_000_000)
    size = count = 0
    start = date(2000, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            doc = originals[count % len(originals)]
            day = (start + timedelta(days=count)).isoformat()
            out.write(json.dumps({"text": doc.text, "date": day, "id": f"copy-{count}"}) + "\n")
            size += len(doc.text.encode())
            count += 1
    return count, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of article text")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--spacy-sample", type=int, default=100, help="articles for the spaCy-alone figure")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        articles, text_bytes = build_corpus(corpus, args.mb)
        db_path = Path(tmp) / "bench.db"
        with Store(db_path) as store:
            report = ingest(store, [str(corpus)], jobs=args.jobs)
            stages = json.loads(store.db.execute("SELECT stages FROM documents LIMIT 1").fetchone()[0])
            again = time.perf_counter()
            second = ingest(store, [str(corpus)], jobs=args.jobs)
            again = time.perf_counter() - again
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db_bytes = os.path.getsize(db_path)

        texts = [json.loads(line)["text"] for _, line in zip(range(args.spacy_sample), corpus.open(), strict=False)]
        model = nlp.load()
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            for _doc in model.pipe(texts, batch_size=16):
                pass
            runs.append(time.perf_counter() - t0)
        spacy_rate = len(texts) / statistics.median(runs)

    mb = text_bytes / 1e6
    print(f"corpus: {articles} articles, {mb:.2f} MB of text (examples repeated under new dates)")
    print(f"stages: {', '.join(f'{k}={v}' for k, v in stages.items())}")
    print(f"ingest (--jobs {args.jobs}): {report.stored} stored, {report.failed} failed in {report.seconds:.1f} s")
    print(f"  throughput: {report.stored / report.seconds:.2f} articles/s, {mb / report.seconds:.3f} MB/s")
    print(f"  re-ingest of the same corpus: {second.stored} stored, {second.already} known, {again:.1f} s")
    print(f"store: {db_bytes / 1e6:.1f} MB, {db_bytes / max(report.stored, 1) / 1000:.1f} kB per article")
    print(f"spaCy alone (same texts, one process, median of 3): {spacy_rate:.2f} articles/s")
    print(f"ratio full ingest / spaCy alone: {report.stored / report.seconds / spacy_rate:.2f}")


if __name__ == "__main__":
    main()
