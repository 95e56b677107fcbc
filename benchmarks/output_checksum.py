"""A checksum of every fixture's full analysis, to show that a change meant only for speed changes no output.

Every article of the development, held-out and probe fixtures is analysed in one batch (as `dateline ingest`
runs them) and its analysis serialised to JSON (`Analysis.to_dict`, keys sorted); the script prints one short
SHA-256 per fixture to FILE and the checksum of them all on the terminal.  The article's path is taken relative to the
checkout, so that two checkouts (the code before and after) can be compared.  Run it before and after the change and
compare (`diff` of the two files names the fixtures whose output moved):

    python benchmarks/output_checksum.py /tmp/before.txt
    python benchmarks/output_checksum.py /tmp/after.txt && diff /tmp/before.txt /tmp/after.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures as fx  # noqa: E402
from dateline.pipeline import analyze_documents  # noqa: E402

CHECKOUT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="file for one 'split/name checksum' line per fixture")
    args = parser.parse_args(argv)
    fixtures = fx.load_fixtures([*fx.SPLITS, fx.PROBES])
    results = analyze_documents([f.document for f in fixtures])
    total = hashlib.sha256()
    lines = []
    for fixture, result in zip(fixtures, results, strict=True):
        data = repr(result) if isinstance(result, Exception) else result.to_dict()
        if isinstance(data, dict) and data["document"].get("path"):  # (relative to the checkout: two checkouts compare)
            data["document"]["path"] = str(Path(data["document"]["path"]).resolve().relative_to(CHECKOUT))
        digest = hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
        total.update(digest.encode())
        lines.append(f"{fixture.split}/{fixture.name} {digest}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} fixtures, checksum of all {total.hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
