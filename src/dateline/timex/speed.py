"""CPU throughput of `tag()` alone on TimeML documents: `python -m dateline.timex.speed [DIR] [--reps N]`.

Reads every `.tml` file under DIR (TempEval-3 TimeBank and AQUAINT by default), tags each text with
its document date, and reports the best of N runs in CPU seconds of this process (one core) and
MB/s of raw UTF-8 text.  The best run is the one least disturbed by other work on the machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .tagger import tag
from .timeml import read_tml

DEFAULT_DIR = Path(__file__).resolve().parents[4] / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


def measure(root: Path, reps: int) -> tuple[int, int, float]:
    """(documents, bytes, best CPU seconds over `reps` runs)."""
    docs = [read_tml(p) for p in sorted(root.rglob("*.tml"))]
    size = sum(len(d.text.encode()) for d in docs)
    tag("It rained on Monday.", "2000-01-05")  # one-time loading of the grammar is not counted
    best = float("inf")
    for _ in range(reps):
        started = time.process_time()
        for d in docs:
            tag(d.text, d.dct)
        best = min(best, time.process_time() - started)
    return len(docs), size, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args(argv)
    n, size, seconds = measure(args.root, max(1, args.reps))
    print(f"{n} documents, {size} bytes, best of {args.reps}: {seconds:.3f} s CPU, "
          f"{size / seconds / 1e6:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
