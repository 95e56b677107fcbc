"""Typed events on real news, for reading by hand: the pipeline over TimeBank and AQUAINT (TempEval-3's gold corpora,
read from ../shared/data, never copied into the repository), each typed event printed with its trigger, arguments,
time and sentence, and a count by type.

There is no gold for our event types in these corpora: the listing is for a person to read, the way the session-53 false
events were found ("met the test", "linked to a strand of hair", "launched cruise missile strikes").  The count by type
is a crude signal between two checkouts (fewer typed events after a precision rule; read the difference):

    python benchmarks/realnews_events.py                  # counts by type, both corpora
    python benchmarks/realnews_events.py --list           # also every typed event with its sentence
    python benchmarks/realnews_events.py --type life.meet --list

`--silver` reads TempEval-3's silver wire news instead (AFP and Xinhua, 2452 articles, from the archive in ../shared/data,
read in memory, never unpacked into the repository), the articles in name order; `--every N --offset K --range A:B`
takes every Nth of them from the Kth, then those from A to B (session 54 read `--every 4 --offset 1 --range 0:250`,
`--offset 2 --range 0:250`, `--offset 3 --range 0:250`, `--offset 1 --range 250:500` and `--offset 3 --range 300:550`):

    python benchmarks/realnews_events.py --silver --every 4 --offset 2 --range 0:250 --list
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from collections import Counter
from pathlib import Path

from dateline.pipeline import analyze
from dateline.timex.timeml import TimeMLDocument, parse_tml, read_tml
from event_times import SUBDIR, default_data

SILVER = "TE3-Silver-data.tgz"


def silver_documents(data: Path, every: int, offset: int, start: int, end: int) -> list[tuple[str, TimeMLDocument]]:
    """The silver articles chosen (name order; every `every`th from `offset`, then `start`:`end` of those), read from
    the archive beside TBAQ-cleaned."""
    with tarfile.open(data.parent / SILVER) as archive:
        members = sorted((m for m in archive.getmembers() if m.isfile() and m.name.endswith(".tml")), key=lambda m: m.name)
        chosen = members[offset::every][start:end]
        docs = []
        for member in chosen:
            handle = archive.extractfile(member)
            if handle is not None:
                docs.append((member.name, parse_tml(handle.read().decode("utf-8"), member.name)))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="TBAQ-cleaned directory (default: shared/data above the checkout)")
    parser.add_argument("--list", action="store_true", help="print every typed event with its sentence")
    parser.add_argument("--type", default=None, help="only events of this type")
    parser.add_argument("--silver", action="store_true", help="TempEval-3's silver wire news instead of TimeBank and AQUAINT")
    parser.add_argument("--every", type=int, default=1, help="with --silver: every Nth article")
    parser.add_argument("--offset", type=int, default=0, help="with --silver: starting from the Kth")
    parser.add_argument("--range", default="0:", help="with --silver: A:B of the articles so chosen")
    args = parser.parse_args(argv)
    data = args.data or default_data()
    if data is None or not data.is_dir():
        print(f"realnews_events: no TempEval-3 corpus ({SUBDIR}); skipped (see ../shared/data/README.md)", file=sys.stderr)
        return 0
    counts: Counter[str] = Counter()
    if args.silver:
        if not (data.parent / SILVER).is_file():
            print(f"realnews_events: no {SILVER} beside {data}; skipped", file=sys.stderr)
            return 0
        first, _, last = args.range.partition(":")
        docs = silver_documents(data, args.every, args.offset, int(first or 0), int(last) if last else 10**9)
    else:
        docs = [(f"{path.parent.name}/{path.name}", read_tml(path)) for path in sorted(data.glob("*/*.tml"))]
    for name, doc in docs:
        analysis = analyze(doc.text, doc.dct)
        for event in analysis.events:
            if not event.type or (args.type and event.type != args.type):
                continue
            counts[event.type] += 1
            if args.list:
                sentence = analysis.sentence_at(event.start)
                text = doc.text[sentence.start : sentence.end].replace("\n", " ") if sentence else ""
                named = [(a.role, analysis.entity(a.entity).name if a.entity else a.text) for a in event.args]
                print(f"{name}  {event.type} «{event.text}» {named} @{event.time} {event.certainty}")
                print(f"    {text}")
    print(f"typed events on {len(docs)} documents: {sum(counts.values())}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:<20} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
