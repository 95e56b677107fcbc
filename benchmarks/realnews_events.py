"""Typed events on real news, for reading by hand: the pipeline over TimeBank and AQUAINT (TempEval-3's gold corpora,
read from ../shared/data, never copied into the repository), each typed event printed with its trigger, arguments,
time and sentence, and a count by type.

There is no gold for our event types in these corpora: the listing is for a person to read, the way the session-53 false
events were found ("met the test", "linked to a strand of hair", "launched cruise missile strikes").  The count by type
is a crude signal between two checkouts (fewer typed events after a precision rule; read the difference):

    python benchmarks/realnews_events.py                  # counts by type, both corpora
    python benchmarks/realnews_events.py --list           # also every typed event with its sentence
    python benchmarks/realnews_events.py --type life.meet --list
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dateline.pipeline import analyze
from dateline.timex.timeml import read_tml
from event_times import SUBDIR, default_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="TBAQ-cleaned directory (default: shared/data above the checkout)")
    parser.add_argument("--list", action="store_true", help="print every typed event with its sentence")
    parser.add_argument("--type", default=None, help="only events of this type")
    args = parser.parse_args(argv)
    data = args.data or default_data()
    if data is None or not data.is_dir():
        print(f"realnews_events: no TempEval-3 corpus ({SUBDIR}); skipped (see ../shared/data/README.md)", file=sys.stderr)
        return 0
    counts: Counter[str] = Counter()
    paths = sorted(data.glob("*/*.tml"))
    for path in paths:
        doc = read_tml(path)
        analysis = analyze(doc.text, doc.dct)
        for event in analysis.events:
            if not event.type or (args.type and event.type != args.type):
                continue
            counts[event.type] += 1
            if args.list:
                sentence = analysis.sentence_at(event.start)
                text = doc.text[sentence.start : sentence.end].replace("\n", " ") if sentence else ""
                named = [(a.role, analysis.entity(a.entity).name if a.entity else a.text) for a in event.args]
                print(f"{path.parent.name}/{path.name}  {event.type} «{event.text}» {named} @{event.time} {event.certainty}")
                print(f"    {text}")
    print(f"typed events on {len(paths)} documents: {sum(counts.values())}")
    for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {kind:<20} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
