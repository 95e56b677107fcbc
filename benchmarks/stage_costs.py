"""CPU seconds of each of dateline's own stages on the fixture articles, spaCy's parse excluded.

`extraction.py` measures the whole pipeline against spaCy, a ratio this machine's drift moves by
several points from run to run; this script isolates our stages, so that two versions of the code
can be compared in one sitting: run it from two source trees, alternating, and compare each
version's total with its own `time` stage, whose code rarely changes (the ratio cancels most of
the drift of the machine):

    python benchmarks/stage_costs.py --repeats 3
    PYTHONPATH=/path/to/old/checkout/src python benchmarks/stage_costs.py --repeats 3

Each repeat analyses every article once with every stage, the spaCy docs parsed once beforehand;
the printed figures are the medians over the repeats.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures as fx  # noqa: E402
from dateline import nlp  # noqa: E402
from dateline.gcpause import paused_cycle_collection  # noqa: E402
from dateline.model import Analysis  # noqa: E402
from dateline.pipeline import Options, _sentences, stages  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    args = parser.parse_args(argv)
    fixtures = fx.load_fixtures(fx.SPLITS if args.split == "all" else [args.split])
    docs = list(nlp.load().pipe([f.text for f in fixtures]))
    options = Options()
    runs: list[dict[str, float]] = []
    for _ in range(args.repeats):
        spent: dict[str, float] = {}
        for doc, fixture in zip(docs, fixtures, strict=True):
            analysis = Analysis(document=fixture.document)
            analysis.sentences = _sentences(doc, fixture.document.text)
            with paused_cycle_collection():  # as `pipeline.enrich` runs the stages
                for name, stage in stages():
                    if isinstance(stage, str):
                        raise SystemExit(f"stage {name}: {stage}")
                    start = time.process_time()
                    stage(doc, analysis, options)
                    spent[name] = spent.get(name, 0.0) + time.process_time() - start
        runs.append(spent)
    names = list(runs[0])
    medians = {name: statistics.median(r[name] for r in runs) for name in names}
    total = statistics.median(sum(r.values()) for r in runs)
    print(f"{len(fixtures)} articles, median of {args.repeats} (CPU seconds, spaCy's parse excluded)")
    for name in names:
        print(f"  {name:<10} {medians[name]:7.3f}")
    print(f"  {'all':<10} {total:7.3f}")
    if medians.get("time"):
        print(f"  all / time {total / medians['time']:7.2f}  (the time stage as the yardstick of the machine's speed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
