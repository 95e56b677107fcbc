"""The `dateline` command: ingest, analyze, and ask the store.

Exit codes: 0 everything went well; 1 some inputs failed (the rest was done); 2 nothing could be
done (usage error, no usable input, missing store or entity).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .read import DEFAULT_MAX_BYTES

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 2

def _console(stderr: bool) -> Console:
    console = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not console.is_terminal:  # piped or captured: don't squeeze tables into 80 columns
        console = Console(stderr=stderr, highlight=False, soft_wrap=True, width=160)
    return console


out = _console(stderr=False)
err = _console(stderr=True)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _error(message: str) -> None:
    err.print(Text("error: " + message, style="red"))


def _store(args: argparse.Namespace, readonly: bool = True):  # noqa: ANN202
    from .store import Store

    return Store(args.db, readonly=readonly)


def _ask(args: argparse.Namespace, question, *qargs: Any, **qkwargs: Any) -> Any:  # noqa: ANN001
    """Run a query on the store; with --json print its answer and return None, else return it."""
    with _store(args) as store:
        answer = question(store, *qargs, **qkwargs)
    if args.json:
        _print_json(answer)
        return None
    return answer


# -- ingest -------------------------------------------------------------------------------------
def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .ingest import ingest
    from .pipeline import Options

    show_progress = not args.quiet and err.is_terminal
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[status]}"),
        TimeElapsedColumn(), console=err, disable=not show_progress, transient=False,
    )
    task = progress.add_task("ingesting", total=None, status="")

    def on_progress(report) -> None:  # noqa: ANN001
        progress.update(task, status=f"{report.stored} stored, {report.already} known, {report.failed} failed")

    def on_error(message: str) -> None:  # errors are always reported; quiet only hides progress
        progress.console.print(Text("error: " + message, style="red"))

    with _store(args, readonly=False) as store, progress:
        report = ingest(
            store, args.paths, date=args.date, fmt=args.format, jobs=args.jobs,
            options=Options(domain=args.domain), max_bytes=args.max_bytes, on_error=on_error, on_progress=on_progress,
        )
        total = store.count()
    summary = {
        "stored": report.stored, "already": report.already, "failed": report.failed,
        "documents_in_store": total, "seconds": round(report.seconds, 3), "db": args.db,
    }
    if args.json:
        _print_json({**summary, "errors": report.errors})
    elif not args.quiet:
        err.print(
            f"{report.stored} stored, {report.already} already in the store, {report.failed} failed "
            f"({total} documents in {args.db}, {report.seconds:.1f}s)"
        )
    if report.failed and not (report.stored or report.already):
        return EXIT_FAILED
    return EXIT_PARTIAL if report.failed else EXIT_OK


# -- analyze ------------------------------------------------------------------------------------
def cmd_analyze(args: argparse.Namespace) -> int:
    from .ingest import analyze_safely
    from .pipeline import Options
    from .read import InputError, read_sources

    options = Options(domain=args.domain, explain=args.explain)
    failed = done = 0
    items = list(read_sources([args.path], date=args.date, fmt=args.format, max_bytes=args.max_bytes))
    for item in items:
        if isinstance(item, InputError):
            _error(str(item))
            failed += 1
            continue
        analysis = analyze_safely(item, options)
        if isinstance(analysis, str):
            _error(analysis)
            failed += 1
            continue
        done += 1
        if args.json:
            data = analysis.to_dict()
            if len(items) == 1:
                _print_json(data)
            else:
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            _render_analysis(analysis, explain=args.explain)
    if failed and not done:
        return EXIT_FAILED
    return EXIT_PARTIAL if failed else EXIT_OK


def _render_analysis(a, explain: bool = False) -> None:  # noqa: ANN001
    doc = a.document
    out.print(Text(f"document {doc.id}  dated {doc.dct}  {doc.path or ''}", style="bold"))
    for stage, state in a.stages.items():
        out.print(Text(f"  stage {stage}: {state}", style="green" if state == "ok" else "yellow"))
    if a.timexes:
        table = Table("tid", "text", "type", "value", "mod", "offsets", "rule", title="time")
        for t in a.timexes:
            table.add_row(t.tid, Text(t.text), t.type, t.value, t.mod or "", f"{t.start}-{t.end}", t.rule)
        out.print(table)
        if explain:
            for t in a.timexes:
                out.print(Text(f"{t.tid} {t.text!r} -> {t.value}"))
                for step in t.explain:
                    out.print(Text(f"    {step}"))
    if a.entities:
        table = Table("id", "type", "name", "mentions", title="entities")
        for e in a.entities:
            table.add_row(e.id, e.type, Text(e.name), Text(", ".join(sorted({m.text for m in e.mentions}))))
        out.print(table)
    if a.events:
        table = Table("id", "time", "type", "trigger", "arguments", "certainty", title="events")
        for ev in a.events:
            args = "; ".join(f"{g.role}={g.text}" for g in ev.args)
            table.add_row(ev.id, ev.time or "?", ev.type or f"({ev.lemma})", Text(ev.text), Text(args),
                          ev.certainty + (" NEG" if ev.polarity == "NEG" else ""))
        out.print(table)
    if a.facts:
        names = {e.id: e.name for e in a.entities}
        table = Table("id", "relation", "subject", "object/value", "from", "to", "certainty", title="facts")
        for f in a.facts:
            table.add_row(f.id, f.relation, Text(names.get(f.subject, f.subject)),
                          Text(names.get(f.object, f.object or "") if f.object else (f.value or "")),
                          f.valid_from or "", f.valid_to or "", f.certainty)
        out.print(table)
    if a.claims:
        table = Table("id", "speaker", "outlet", "cue", "date", "content", title="claims")
        for c in a.claims:
            table.add_row(c.id, Text(c.speaker_text or ""), Text(c.outlet_text or ""), c.cue or "", c.date or "",
                          Text(_clip(c.text, 120)))
        out.print(table)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- reading the store --------------------------------------------------------------------------
def _evidence_line(m: dict[str, Any]) -> Text:
    where = f"{m['doc'][:10]} {m['path'] or ''}" + (f":{m['line']}" if m.get("line") else "")
    return Text(f"    [{where} s{m['sentence']} {m['start']}-{m['end']}] {_clip(m['sentence_text'], 160)}", style="dim")


def cmd_docs(args: argparse.Namespace) -> int:
    from .query import documents

    rows = _ask(args, documents, limit=args.limit)
    if rows is None:
        return EXIT_OK
    table = Table("id", "date", "source", "chars", "timexes", "events", "claims", "opening")
    for r in rows:
        src = (r["path"] or "") + (f":{r['line']}" if r["line"] else "")
        table.add_row(r["id"], r["dct"], Text(src), str(r["chars"]), str(r["timexes"]), str(r["events"]),
                      str(r["claims"]), Text(_clip(r["title"] or r["opening"], 60)))
    out.print(table)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from .model import Analysis
    from .query import document

    data = _ask(args, document, args.doc_id)
    if data is not None:
        _render_analysis(Analysis.from_dict(data))
    return EXIT_OK


def cmd_timeline(args: argparse.Namespace) -> int:
    from .query import timeline

    data = _ask(args, timeline, args.entity, all_events=args.all)
    if data is None:
        return EXIT_OK
    ent = data["entity"]
    out.print(Text(f"{ent['name']} ({ent['type']}, #{ent['id']}): {len(data['events'])} events", style="bold"))
    for e in data["events"]:
        what = e["type"] or f"({e['lemma']})"
        if e["polarity"] == "NEG":
            what += " [not]"
        if e["modality"]:
            what += f" [{e['modality']}]"
        others = ", ".join(f"{p['role']}: {p['name'] or p['text']}" for p in e["participants"])
        line = Text(f"{(e['time'] or 'unknown'):<12} {what:<22} ", style="bold")
        line.append(others)
        line.append(f"  [{_certainty_label(e)}]", style="cyan")
        out.print(line)
        for m in e["mentions"]:
            out.print(_evidence_line(m))
    return EXIT_OK


def _certainty_label(item: dict[str, Any]) -> str:
    """The item's certainty, with the claim it rests on when it is not asserted outright."""
    label = item["certainty"]
    if label == "asserted":
        return label
    pieces = item.get("mentions", item.get("evidence", []))
    claim = next((m["claim"] for m in pieces if m.get("claim") and m.get("certainty") == label), None)
    if claim:
        via = f" via {claim['outlet_text']}" if claim.get("outlet_text") else ""
        label += f": {claim.get('speaker_text') or '?'}{via}, {claim.get('date') or '?'}"
    return label


def cmd_asof(args: argparse.Namespace) -> int:
    from .query import as_of

    data = _ask(args, as_of, args.entity, args.date, reported_by=args.reported_by)
    if data is None:
        return EXIT_OK
    ent = data["entity"]
    out.print(Text(f"{ent['name']} as of {data['as_of']}: {len(data['facts'])} facts", style="bold"))
    for f in data["facts"]:
        other = f["other"]["name"] if f["other"] else f["value"]
        span = []
        if f["valid_from"]:
            span.append(f"since {f['valid_from']}")
        if f.get("ended_before"):
            span.append(f"ended before {f['ended_before']}")
        elif f["valid_to"]:
            span.append(f"until {f['valid_to']}")
        if f["status"] == "possibly":
            span.append("possibly")
        line = Text(f"{f['relation']:<12} ", style="bold")
        line.append(f"{other}" + (f"  ({', '.join(span)})" if span else ""))
        line.append(f"  [{_certainty_label(f)}]", style="cyan")
        out.print(line)
        for m in f["evidence"]:
            out.print(_evidence_line(m))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from .query import search

    rows = _ask(args, search, args.query, date_from=args.date_from, date_to=args.date_to, on=args.on, limit=args.limit)
    if rows is None:
        return EXIT_OK
    for r in rows:
        out.print(Text(f"{r['dct']}  {r['doc'][:10]} s{r['sentence']} {r['start']}-{r['end']}  "
                       f"times: {', '.join(r['times']) or '-'}", style="bold"))
        out.print(Text("    " + _clip(r["sentence_text"], 200)))
    if not rows:
        err.print("no match")
    return EXIT_OK


def cmd_entities(args: argparse.Namespace) -> int:
    from .query import entities

    rows = _ask(args, entities, type_=args.type, limit=args.limit)
    if rows is None:
        return EXIT_OK
    table = Table("id", "type", "name", "mentions", "documents", "also called")
    for r in rows:
        table.add_row(str(r["id"]), r["type"], Text(r["name"]), str(r["mentions"]), str(r["documents"]),
                      Text(_clip(", ".join(n for n in r["names"] if n != r["name"]), 60)))
    out.print(table)
    return EXIT_OK


def cmd_claims(args: argparse.Namespace) -> int:
    from .query import claims

    data = _ask(args, claims, args.entity)
    if data is None:
        return EXIT_OK
    ent = data["entity"]
    out.print(Text(f"claims by or about {ent['name']}: {len(data['claims'])}", style="bold"))
    for c in data["claims"]:
        via = f" via {c['outlet']}" if c["outlet"] else ""
        out.print(Text(f"{c['date'] or '?':<12} {c['relation']:<6} {c['speaker'] or '?'}{via} ({c['cue'] or '-'},"
                       f" {c['certainty']})", style="bold"))
        out.print(Text("    “" + _clip(c["text"], 200) + "”"))
        out.print(_evidence_line(c))
    return EXIT_OK


# -- TimeML -------------------------------------------------------------------------------------
def cmd_timex(args: argparse.Namespace) -> int:
    from .timex.timeml import tag_dir

    result = tag_dir(args.in_dir, args.out_dir, domain=args.domain, explain=args.explain)
    if args.json:
        _print_json(result)
    else:
        err.print(Text(json.dumps(result, ensure_ascii=False)))
    errors = result.get("errors") if isinstance(result, dict) else None
    return EXIT_PARTIAL if errors else EXIT_OK


def cmd_eval_timex(args: argparse.Namespace) -> int:
    from .timex.evaluate import evaluate_dirs

    scores = evaluate_dirs(args.gold_dir, args.system_dir)
    if args.json:
        _print_json(scores.as_dict())
    else:
        out.print(Text(scores.format()))
    return EXIT_OK


# -- parser -------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dateline", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func, help_: str, *, db: bool = True, json_: bool = True):  # noqa: ANN001, ANN202
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        if db:
            p.add_argument("--db", default="dateline.db", help="store file (default: ./dateline.db)")
        if json_:
            p.add_argument("--json", action="store_true", help="print JSON for scripts")
        return p

    def read_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--date", help="document date (YYYY-MM-DD) for plain text without a date prefix")
        p.add_argument("--format", choices=["corpus", "jsonl", "text", "tml"], help="force the input format")
        p.add_argument("--domain", choices=["news", "narrative"], default="news",
                       help="anchor relative times on the article date (news) or the last date mentioned")
        p.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES,
                       help=f"longest article accepted, in bytes (default {DEFAULT_MAX_BYTES:,})")

    p = command("ingest", cmd_ingest, "analyze articles and store them")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, globs, or - for standard input")
    read_options(p)
    p.add_argument("--jobs", "-j", type=int, default=1, help="parallel analysis processes (0: one per core)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")

    p = command("analyze", cmd_analyze, "print one article's analysis without storing it", db=False)
    p.add_argument("path", metavar="PATH")
    read_options(p)
    p.add_argument("--explain", action="store_true", help="show how each time expression was recognized and anchored")

    p = command("docs", cmd_docs, "list the documents in the store")
    p.add_argument("--limit", type=int)
    p = command("show", cmd_show, "show one stored document and its analysis")
    p.add_argument("doc_id", metavar="DOC_ID")
    p = command("timeline", cmd_timeline, "an entity's events in time order, each with its evidence")
    p.add_argument("entity", metavar="ENTITY", help="a name, or #ID")
    p.add_argument("--all", action="store_true", help="include untyped events (every verb the entity takes part in)")
    p = command("asof", cmd_asof, "facts about an entity true on a date")
    p.add_argument("entity", metavar="ENTITY")
    p.add_argument("date", metavar="DATE", type=_iso_date)
    p.add_argument("--reported-by", action="store_true", help="only evidence published on or before DATE")
    p = command("search", cmd_search, "full-text search over sentences")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--on", choices=["published", "mentioned"], default="published",
                   help="filter dates by article date (published) or by dates the sentence mentions")
    p.add_argument("--limit", type=int, default=50)
    p = command("entities", cmd_entities, "list entities with mention counts")
    p.add_argument("--type", help="PERSON, ORG, GPE, ...")
    p.add_argument("--limit", type=int)
    p = command("claims", cmd_claims, "claims made by or about an entity")
    p.add_argument("entity", metavar="ENTITY")

    p = command("timex", cmd_timex, "tag TimeML (TempEval-3) documents with TIMEX3", db=False)
    p.add_argument("in_dir", metavar="IN_DIR")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.add_argument("--domain", choices=["news", "narrative"], default="news")
    p.add_argument("--explain", action="store_true")
    p = command("eval-timex", cmd_eval_timex, "score TIMEX3 annotations with the TempEval-3 measures", db=False)
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("system_dir", metavar="SYSTEM_DIR")
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return number


def _iso_date(value: str) -> str:
    from .read import validate_dct

    try:
        return validate_dct(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .nlp import ModelNotFound
    from .query import QueryError
    from .store import StoreError

    try:
        return int(args.func(args))
    except (QueryError, StoreError, ModelNotFound, FileNotFoundError, NotADirectoryError) as exc:
        _error(str(exc).strip("'\""))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
