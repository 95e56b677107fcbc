"""CPU seconds of each of dateline's own stages on the fixture articles, spaCy's parse excluded.

`extraction.py` measures the whole pipeline against spaCy, a ratio this machine's drift moves by
several points from run to run; this script isolates our stages, so that two versions of the code
can be compared in one sitting: run it from two source trees, alternating, and compare each
version's total with its own `time` stage, whose code rarely changes (the ratio cancels most of
the drift of the machine):

    python benchmarks/stage_costs.py --repeats 3
    PYTHONPATH=/path/to/old/checkout/src python benchmarks/stage_costs.py --repeats 3

Each repeat analyses every article once with every stage, the spaCy docs parsed once beforehand;
the printed figures are the medians over the repeats.  `--repairs` adds the CPU seconds of each of our
parse repairs that runs after the parser, run again over the parsed docs (those before the parser, which
set sentence starts and tags, cannot run twice):

    python benchmarks/stage_costs.py --split dev --repeats 1 --repairs

`--stand-ins` times our stand-ins for spaCy's attribute ruler and lemmatizer (`nlp.STAND_INS`) and the stock
components they stand in for, over the same parsed docs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy

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
    parser.add_argument("--repairs", action="store_true", help="also time our parse repairs that run after the parser")
    parser.add_argument("--stand-ins", action="store_true",
                        help="also time our stand-ins for spaCy's attribute ruler and lemmatizer against the stock components")
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
    if args.repairs:
        _repair_costs(docs, args.repeats)
    if args.stand_ins:
        _stand_in_costs(docs, args.repeats)
    return 0


def _stand_in_costs(docs: list, repeats: int) -> None:
    """Median CPU seconds of each of our stand-ins and of the stock component it stands in for, each run on fresh
    copies of the parsed docs (lemmas cleared for the lemmatizers, which fill only the lemmas not yet set)."""
    from spacy.attrs import LEMMA

    language = nlp.load()
    pairs = [(name, language.get_pipe(name)) for name in language.pipe_names if name in nlp.STAND_INS]
    spent: dict[str, list[float]] = {}
    for _ in range(repeats):
        for name, stand_in in pairs:
            stock = stand_in.ruler if name == "dateline_attribute_ruler" else stand_in.lemmatizer
            for label, component in ((f"{name} (stock)", stock), (name, stand_in)):
                copies = [doc.copy() for doc in docs]
                if "lemmatizer" in name:
                    for doc in copies:
                        doc.from_array([LEMMA], numpy.zeros(len(doc), dtype="uint64"))
                start = time.process_time()
                for doc in copies:
                    component(doc)
                spent.setdefault(label, []).append(time.process_time() - start)
    print("our stand-ins for spaCy's components, and the stock ones (CPU seconds over the same docs)")
    for label, values in spent.items():
        print(f"  {label:<34} {statistics.median(values):7.3f}")


def _repair_costs(docs: list, repeats: int) -> None:
    """Median CPU seconds of each parse repair that runs after the parser, applied again to the parsed docs."""
    language = nlp.load()
    names = language.pipe_names
    after = names[names.index("parser") + 1 :] if "parser" in names else []
    repairs = [n for n in after if n.startswith("dateline_") and n not in nlp.STAND_INS]  # (not our stand-ins for spaCy's own)
    spent: dict[str, list[float]] = {n: [] for n in repairs}
    for _ in range(repeats):
        for name in repairs:
            component = language.get_pipe(name)
            start = time.process_time()
            for doc in docs:
                component(doc)
            spent[name].append(time.process_time() - start)
    medians = {n: statistics.median(v) for n, v in spent.items()}
    print(f"parse repairs after the parser ({len(repairs)}, CPU seconds over the same docs)")
    for name, value in sorted(medians.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<34} {value:7.3f}")
    print(f"  {'all':<34} {sum(medians.values()):7.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
