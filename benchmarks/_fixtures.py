"""The evaluation fixtures and the matching rules both benchmarks score with.

Fixtures live in tests/fixtures/articles/{dev,heldout}/NAME.txt (corpus format) next to
NAME.expected.json (schema in tests/fixtures/articles/README.md).  This module reads them,
validates them, runs the pipeline on them, and decides when a predicted event, fact or claim
matches an expected one.  `benchmarks/extraction.py` and `benchmarks/claims.py` only count.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.model import CERTAINTIES, Analysis, Claim, Document, Event, Fact
from dateline.read import read_sources

ROOT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
SPLITS = ("dev", "heldout")
# Short invented articles, each written with its expectations before the code ran on it, that probe
# the many ways news phrases one family of events or facts (file names start with the family).
# Scored only when asked for (`--split probes`); "all" stays the two article splits.
PROBES = "probes"

EVENT_TYPES = frozenset(
    """life.born life.die life.marry life.meet life.divorce life.separate life.engage life.date
    family.child career.appoint career.hire career.resign career.fire career.retire career.release
    career.premiere career.win career.nominate career.collaborate legal.arrest legal.charge
    legal.sue legal.convict legal.sentence legal.acquit business.found business.acquire
    business.merge business.invest business.launch business.layoff politics.elect politics.sign
    politics.announce report.publish report.interview report.seen""".split()
)
# Two-person events with no direction: "X and Y met" -- who is agent and who partner is not the text's
SYMMETRIC_EVENTS = frozenset("life.marry life.meet life.divorce life.separate life.engage life.date career.collaborate business.merge".split())
SWAPPABLE = {"agent": "partner", "partner": "agent"}
ROLES = frozenset("agent patient partner child parent organization place work target role".split())
RELATIONS = frozenset("spouse parent child employee member role located_in age birth_year".split())
LITERAL_RELATIONS = frozenset({"age", "birth_year", "role"})
SPEAKER_KINDS = frozenset({"named", "anonymous"})
# What is stripped from both ends of a claim's content before an exact comparison.
SPAN_TRIM = " \t\n.,;:!?\"'“”‘’…—–-"
LEADING_WORDS = ("a ", "an ", "the ")


@dataclass(slots=True)
class Fixture:
    name: str
    split: str
    path: Path
    document: Document
    expected: dict[str, Any]

    @property
    def text(self) -> str:
        return self.document.text


def only_names(spec: str | None) -> set[str] | None:
    """`--only` of the benchmarks: comma-separated fixture names, or `@FILE` with one name per line."""
    if not spec:
        return None
    text = Path(spec[1:]).read_text(encoding="utf-8") if spec.startswith("@") else spec
    names = {n.strip().removesuffix(".txt") for n in re.split(r"[,\s]+", text) if n.strip()}
    if not names:
        raise ValueError(f"--only {spec!r} names no fixture")
    return names


def load_fixtures(splits: Iterable[str] = SPLITS, root: Path = ROOT, only: set[str] | None = None) -> list[Fixture]:
    """Every fixture of `splits` (only those named in `only`, when given), read with dateline's own
    corpus reader."""
    out = []
    for split in splits:
        paths = sorted(p for p in (root / split).glob("*.txt") if only is None or p.stem in only)
        for path, item in zip(paths, read_sources([str(p) for p in paths]), strict=True):
            if not isinstance(item, Document):
                raise ValueError(f"{path}: {item}")
            expectations = path.with_name(path.stem + ".expected.json")
            if not expectations.exists():  # an article still being annotated: say so, score the rest
                print(f"{path}: no {expectations.name} yet; skipped", file=sys.stderr)
                continue
            expected = json.loads(expectations.read_text(encoding="utf-8"))
            out.append(Fixture(path.stem, split, path, item, expected))
    return out


# ---------------------------------------------------------------- values and alternatives


def options(value: Any) -> list[Any]:
    """An expected scalar or its list of acceptable alternatives, as a list."""
    return list(value) if isinstance(value, list) else [value]


def value_matches(expected: Any, predicted: str | None) -> bool:
    return predicted in options(expected)


def _norm(text: str) -> str:
    """Lower case, one space between words, no punctuation at the ends, no leading article."""
    text = " ".join(text.lower().replace("’", "'").split()).strip(SPAN_TRIM)
    for word in LEADING_WORDS:
        if text.startswith(word):
            return text[len(word) :]
    return text


def name_matches(expected: Any, candidates: Iterable[str], lenient: bool = False) -> bool:
    """A candidate (entity name, mention or text) equals or contains an expected name.

    `lenient` (anonymous speakers, outlets, role titles) also accepts a candidate contained in the
    expected description, after dropping a leading article: "insider" for "an insider".
    """
    cands = [f" {_norm(c)} " for c in candidates if c and _norm(c)]
    for name in options(expected):
        want = f" {_norm(name)} "
        for cand in cands:
            if want in cand or (lenient and cand in want):
                return True
    return False


def entity_names(analysis: Analysis, entity_id: str | None, text: str | None = None) -> list[str]:
    """Everything a predicted argument can be recognised by: its entity's name and mentions."""
    names = [text] if text else []
    entity = analysis.entity(entity_id)
    if entity is not None:
        names.append(entity.name)
        names.extend(m.text for m in entity.mentions)
    return names


# ---------------------------------------------------------------- one-to-one matching


def match_pairs(expected: Sequence[Any], predicted: Sequence[Any], same: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths) of expected to predicted items."""
    edges = [[j for j, p in enumerate(predicted) if same(e, p)] for e in expected]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(expected)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass(slots=True)
class Count:
    """Precision/recall counts: matched, expected (gold) and predicted."""

    tp: int = 0
    gold: int = 0
    pred: int = 0

    def add(self, other: Count) -> None:
        self.tp += other.tp
        self.gold += other.gold
        self.pred += other.pred

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- events

EVENT_LEVELS = ("strict", "no-time", "loose")  # + time, roles without time, names in any role


def typed_events(analysis: Analysis) -> list[Event]:
    """Typed events, one per distinct (type, arguments, time): mentions of one event count once."""
    seen: dict[tuple[Any, ...], Event] = {}
    for event in analysis.events:
        if event.type is None:
            continue
        args = tuple(sorted((a.role, a.entity or a.text.lower()) for a in event.args))
        seen.setdefault((event.type, args, event.time), event)
    return list(seen.values())


def event_matches(expected: dict[str, Any], event: Event, analysis: Analysis, level: str = "strict") -> bool:
    if event.type != expected["type"]:
        return False
    if level == "strict" and not value_matches(expected["time"], event.time):
        return False
    swap = SWAPPABLE if expected["type"] in SYMMETRIC_EVENTS else {}
    for role, name in expected["args"].items():
        found = False
        for arg in event.args:
            if level != "loose" and arg.role != role and swap.get(arg.role) != role:
                continue
            if name_matches(name, entity_names(analysis, arg.entity, arg.text), lenient=role == "role"):
                found = True
                break
        if not found:
            return False
    return True


def match_events(fixture: Fixture, analysis: Analysis, level: str = "strict") -> tuple[list[tuple[int, int]], list[Event]]:
    predicted = typed_events(analysis)
    pairs = match_pairs(fixture.expected["events"], predicted, lambda e, p: event_matches(e, p, analysis, level))
    return pairs, predicted


# ---------------------------------------------------------------- facts

FACT_LEVELS = ("strict", "no-interval")


def fact_sides(fact: Fact, analysis: Analysis) -> tuple[str, list[str], list[str]]:
    """(relation, subject names, object names or value) with child(A, B) read as parent(B, A)."""
    subject = entity_names(analysis, fact.subject)
    obj = entity_names(analysis, fact.object, fact.value)
    if fact.relation == "child":
        return "parent", obj, subject
    return fact.relation, subject, obj


def fact_matches(expected: dict[str, Any], fact: Fact, analysis: Analysis, level: str = "strict") -> bool:
    relation, subject, obj = fact_sides(fact, analysis)
    want = expected["relation"]
    if want == "child":
        want, expected = "parent", {**expected, "subject": expected["object"], "object": expected["subject"]}
    if relation != want:
        return False
    if want in ("age", "birth_year"):
        return name_matches(expected["subject"], subject) and fact.value in [str(v) for v in options(expected["value"])]
    other = expected.get("object", expected.get("value"))
    lenient = want == "role"
    orders = [(subject, obj)] + ([(obj, subject)] if want == "spouse" else [])
    if not any(name_matches(expected["subject"], s) and name_matches(other, o, lenient) for s, o in orders):
        return False
    if level == "strict":
        return value_matches(expected.get("valid_from"), fact.valid_from) and value_matches(
            expected.get("valid_to"), fact.valid_to
        )
    return True


def match_facts(fixture: Fixture, analysis: Analysis, level: str = "strict") -> list[tuple[int, int]]:
    return match_pairs(fixture.expected["facts"], analysis.facts, lambda e, p: fact_matches(e, p, analysis, level))


# ---------------------------------------------------------------- claims


def content_span(fixture: Fixture, claim: dict[str, Any]) -> tuple[int, int]:
    start = fixture.text.find(claim["content"])
    if start < 0:
        raise ValueError(f"{fixture.name}: content not in text: {claim['content']!r}")
    return start, start + len(claim["content"])


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding blanks, punctuation and quote marks."""
    while start < end and text[start] in SPAN_TRIM:
        start += 1
    while end > start and text[end - 1] in SPAN_TRIM:
        end -= 1
    return start, end


def span_exact(fixture: Fixture, claim: dict[str, Any], pred: Claim) -> bool:
    return trimmed(fixture.text, *content_span(fixture, claim)) == trimmed(fixture.text, pred.start, pred.end)


def span_overlaps(fixture: Fixture, claim: dict[str, Any], pred: Claim) -> bool:
    s1, e1 = trimmed(fixture.text, *content_span(fixture, claim))
    s2, e2 = trimmed(fixture.text, pred.start, pred.end)
    return max(s1, s2) < min(e1, e2)


def speaker_matches(claim: dict[str, Any], pred: Claim, analysis: Analysis) -> bool:
    names = entity_names(analysis, pred.speaker, pred.speaker_text)
    return name_matches(claim["speaker"], names, lenient=claim["speaker_kind"] == "anonymous")


def outlet_matches(claim: dict[str, Any], pred: Claim, analysis: Analysis) -> bool:
    names = entity_names(analysis, pred.outlet, pred.outlet_text)
    if claim["outlet"] is None:
        return not names
    return name_matches(claim["outlet"], names, lenient=True)


# ---------------------------------------------------------------- validation


def _check_time(where: str, value: Any, problems: list[str], nullable: bool = True) -> None:
    for v in options(value):
        if v is None and nullable:
            continue
        if v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
            continue  # "her ex-husband": over, at a time the text does not give
        if not isinstance(v, str) or not v or not v[0].isdigit():
            problems.append(f"{where}: {v!r} is not a TIMEX3 date value")


def validate(fixture: Fixture) -> list[str]:
    """Every problem with a fixture's expectations; empty when it follows the schema."""
    exp, text, low = fixture.expected, fixture.text, fixture.text.lower()
    problems: list[str] = []
    missing = {"dct", "events", "facts", "claims", "timeline"} - set(exp)
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if exp["dct"] != fixture.document.dct:
        problems.append(f"dct {exp['dct']} is not the article's {fixture.document.dct}")

    def in_text(where: str, value: Any) -> None:
        for v in options(value):
            if not isinstance(v, str) or v.lower() not in low:
                problems.append(f"{where}: {v!r} does not appear in the text")

    for i, ev in enumerate(exp["events"]):
        where = f"events[{i}]"
        if set(ev) != {"type", "args", "time", "certainty"}:
            problems.append(f"{where}: keys {sorted(ev)}")
            continue
        if ev["type"] not in EVENT_TYPES:
            problems.append(f"{where}: unknown type {ev['type']!r}")
        if ev["certainty"] not in CERTAINTIES:
            problems.append(f"{where}: unknown certainty {ev['certainty']!r}")
        _check_time(where, ev["time"], problems)
        for role, name in ev["args"].items():
            if role not in ROLES:
                problems.append(f"{where}: unknown role {role!r}")
            in_text(f"{where}.{role}", name)
    for i, fact in enumerate(exp["facts"]):
        where = f"facts[{i}]"
        if fact.get("relation") not in RELATIONS:
            problems.append(f"{where}: unknown relation {fact.get('relation')!r}")
            continue
        in_text(f"{where}.subject", fact.get("subject"))
        if fact["relation"] in ("age", "birth_year"):
            if not all(str(v).isdigit() for v in options(fact.get("value"))):
                problems.append(f"{where}: value {fact.get('value')!r} is not a number")
            continue
        if ("object" in fact) == ("value" in fact) or ("value" in fact) != (fact["relation"] == "role"):
            problems.append(f"{where}: needs exactly one of object (entities) or value (role)")
        if "object" in fact:
            in_text(f"{where}.object", fact["object"])
        for key in ("valid_from", "valid_to"):
            if key not in fact:
                problems.append(f"{where}: no {key}")
            else:
                _check_time(f"{where}.{key}", fact[key], problems)
    for i, claim in enumerate(exp["claims"]):
        where = f"claims[{i}]"
        if set(claim) != {"speaker", "speaker_kind", "outlet", "content", "date", "certainty"}:
            problems.append(f"{where}: keys {sorted(claim)}")
            continue
        if text.count(claim["content"]) != 1:
            problems.append(f"{where}: content occurs {text.count(claim['content'])} times, not once")
        if claim["speaker_kind"] not in SPEAKER_KINDS:
            problems.append(f"{where}: speaker_kind {claim['speaker_kind']!r}")
        if claim["certainty"] not in CERTAINTIES:
            problems.append(f"{where}: unknown certainty {claim['certainty']!r}")
        in_text(f"{where}.speaker", claim["speaker"])
        if claim["outlet"] is not None:
            in_text(f"{where}.outlet", claim["outlet"])
        _check_time(f"{where}.date", claim["date"], problems, nullable=False)
    timeline = exp["timeline"]
    in_text("timeline.entity", timeline.get("entity"))
    years: list[str] = []  # the earliest year each entry allows, "9999" when unknown
    for i, entry in enumerate(timeline.get("entries", [])):
        if len(entry) != 2 or entry[1] not in EVENT_TYPES:
            problems.append(f"timeline[{i}]: {entry!r}")
            continue
        _check_time(f"timeline[{i}]", entry[0], problems)
        years.append(min(v[:4] for v in options(entry[0]) if isinstance(v, str)) if any(options(entry[0])) else "9999")
    if years != sorted(years):
        problems.append(f"timeline entries are not in time order: {years}")
    return problems


# ---------------------------------------------------------------- running the pipeline


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def analyze_all(fixtures: Sequence[Fixture], timeout: int = 120) -> list[Analysis]:
    """The pipeline's analysis of every fixture.

    A document on which the pipeline raises, or runs longer than `timeout` seconds, gets an empty
    analysis whose `stages` says so: it scores 0 and the benchmark goes on.
    """
    from dateline.pipeline import analyze_document

    out = []
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for fixture in fixtures:
            signal.alarm(timeout)
            try:
                out.append(analyze_document(fixture.document))
            except _Timeout:
                out.append(Analysis(fixture.document, stages={"pipeline": f"failed: over {timeout}s"}))
            except Exception as exc:  # noqa: BLE001 - a stage in progress must not stop the scoring
                out.append(Analysis(fixture.document, stages={"pipeline": f"failed: {type(exc).__name__}: {exc}"}))
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return out


def stage_report(analyses: Sequence[Analysis]) -> str:
    """One line per stage that is not "ok" in every analysis (missing stages score 0)."""
    lines = []
    for name in dict.fromkeys(k for a in analyses for k in a.stages):
        states = [a.stages.get(name, "absent") for a in analyses]
        for state in sorted(set(states) - {"ok"}):
            lines.append(f"  stage {name}: {state} ({states.count(state)} of {len(states)} articles)")
    return "\n".join(lines) or "  all stages ran"


# ---------------------------------------------------------------- output


def show_errors(verbose: bool, split: str, chosen: str) -> bool:
    """List one split's errors?  Held-out errors only when that split was asked for by name,
    so that looking at dev errors never shows the held-out articles by accident."""
    return verbose and (split != "heldout" or chosen == "heldout")


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain text table: first column left-aligned, numbers right-aligned to 3 decimals."""
    cells = [[f"{v:.3f}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True)))]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    return "\n".join(lines)


def prf_cells(count: Count) -> list[Any]:
    return [count.gold, count.pred, count.tp, count.precision, count.recall, count.f1]


PRF_HEADERS = ["gold", "pred", "tp", "P", "R", "F1"]


# ---------------------------------------------------------------- the benchmarks' command line


def arguments(doc: str | None, verbose_help: str) -> argparse.ArgumentParser:
    """The options every fixture benchmark takes: --split, --verbose, --timeout, --json, --only."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=[*SPLITS, PROBES, "all"], default="all",
                        help=f"'all' is {' and '.join(SPLITS)}; '{PROBES}' scores the paraphrase probes")
    parser.add_argument("--verbose", action="store_true", help=verbose_help)
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", help="score only these fixtures: comma-separated names, or @FILE with one per line")
    return parser


def analyzed_splits(args: argparse.Namespace) -> Iterator[tuple[str, list[Fixture], list[Analysis]]]:
    """Each split asked for (with --only's fixtures in it), its fixtures and their analyses."""
    for split in SPLITS if args.split == "all" else (args.split,):
        fixtures = load_fixtures([split], only=only_names(args.only))
        if fixtures:
            yield split, fixtures, analyze_all(fixtures, args.timeout)
