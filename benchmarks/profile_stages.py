"""cProfile of dateline's own stages over the fixture articles, spaCy's parse done first and left out.

    python benchmarks/profile_stages.py --split dev --limit 40            # by cumulative time
    python benchmarks/profile_stages.py --split dev --sort tottime        # by own time

One warm-up pass runs first (caches and lazy tables filled), then one profiled pass.  cProfile slows
Python code several-fold, so read the shares, not the seconds; `stage_costs.py` gives the seconds.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _fixtures as fx  # noqa: E402
from dateline import nlp  # noqa: E402
from dateline.gcpause import paused_cycle_collection  # noqa: E402
from dateline.model import Analysis  # noqa: E402
from dateline.pipeline import Options, _sentences, stages  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--sort", choices=("cumulative", "tottime", "ncalls"), default="cumulative")
    parser.add_argument("--limit", type=int, default=40, help="rows to print")
    args = parser.parse_args(argv)
    fixtures = fx.load_fixtures(fx.SPLITS if args.split == "all" else [args.split])
    docs = list(nlp.load().pipe([f.text for f in fixtures]))
    options = Options()

    def run() -> None:
        for doc, fixture in zip(docs, fixtures, strict=True):
            analysis = Analysis(document=fixture.document)
            analysis.sentences = _sentences(doc, fixture.document.text)
            with paused_cycle_collection():
                for name, stage in stages():
                    if isinstance(stage, str):
                        raise SystemExit(f"stage {name}: {stage}")
                    stage(doc, analysis, options)

    run()  # warm-up
    profile = cProfile.Profile()
    profile.enable()
    run()
    profile.disable()
    print(f"{len(fixtures)} articles, one profiled pass after a warm-up (spaCy's parse excluded)")
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.limit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
