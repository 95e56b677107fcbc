"""Event time benchmark: does dateline anchor events in time as TimeBank and AQUAINT do?

The gold "event time" of a TimeML EVENT is the value of a DATE TIMEX3 in the text (not the
document creation time t0, not a DURATION or SET, not PRESENT_REF/PAST_REF/FUTURE_REF) that a
TLINK puts the event inside: the event IS_INCLUDED in, SIMULTANEOUS with or DURING the timex, or
the timex INCLUDES or is SIMULTANEOUS with the event.  An event inside several dates (a year and a
day of it) is scored against the most specific one; dateline giving the wider one is "coarser".

Each gold anchored event is aligned with a dateline event whose trigger overlaps the gold EVENT
(several overlapping: a typed one first, then one with a time, then the widest overlap)
extent in the plain TEXT (tags removed, entities decoded, as `dateline.timex.timeml.read_tml`
reads it), then its time is compared with the gold value: exact (the same value, or another
spelling of the same span: 2000-W7 and 2000-W07, 196X and 196); different (coarser or finer
granularity of the same time, another value in the same year, another year); or no time given.
The same is reported for dateline's typed events only.  Last, dateline events that carry a time
while the gold event at their trigger has no such anchor are counted: TimeML does not link every
event to a date, so this count is not a precision figure.

    python benchmarks/event_times.py                     # TimeBank and AQUAINT, table
    python benchmarks/event_times.py --examples 3        # plus 3 examples of each error kind
    python benchmarks/event_times.py --corpus aquaint --limit 5 --json

The corpora are read from ../shared/data (beside the checkout or above it) and never copied into
the repository; without them the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import re
import shlex
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.timex.timeml import DATE_RE, TAG_RE, TEXT_RE, parse_attrs, unescape

CORPORA = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "both": ["TimeBank", "AQUAINT"]}
SUBDIR = Path("shared") / "data" / "tempeval3" / "TBAQ-cleaned"

# event -> timex relations that put the event inside the timex, and the same seen from the timex
EVENT_IN_TIME = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "DURING"})
TIME_AROUND_EVENT = frozenset({"INCLUDES", "SIMULTANEOUS"})  # "t DURING e" puts the timex inside the event

EXACT = "exact"
COARSER = "coarser"  # dateline's value contains the gold one ("1998" for 1998-01-08)
FINER = "finer"  # dateline's value lies inside the gold one ("1998-01-08" for 1998-01)
SAME_YEAR = "same year"
OTHER_YEAR = "other year"
NO_TIME = "no time"
NOT_FOUND = "not found"
WRONG = (COARSER, FINER, SAME_YEAR, OTHER_YEAR)
OUTCOMES = (EXACT, *WRONG, NO_TIME)

# dateline times with no gold anchor at the trigger, by what the gold has there
UNLINKED_DCT = "gold event tied to the DCT only"
UNLINKED_OTHER = "gold event with no date link"
UNLINKED_NO_EVENT = "no gold event at the trigger"
UNLINKED = (UNLINKED_DCT, UNLINKED_OTHER, UNLINKED_NO_EVENT)


# ---- TimeML parsing ----------------------------------------------------------------------------

# (the tag, TEXT and date patterns and the attribute reader are `dateline.timex.timeml`'s, so offsets agree with `read_tml`)


@dataclass(slots=True)
class Element:
    """An inline element of TEXT with its extent in the plain text."""

    tag: str
    attrs: dict[str, str]
    start: int
    end: int


def strip_tags(raw: str) -> tuple[str, list[Element]]:
    """Plain text of `raw` (tags removed, entities decoded) and its elements with plain offsets.

    Offsets count decoded characters ("&amp;" is one), as `dateline.timex.timeml.read_tml` builds
    its text.  Elements come in the order they open; an unclosed one ends at the end of the text.
    """
    parts: list[str] = []
    pos = 0  # plain offset
    last = 0  # raw offset
    found: list[Element] = []
    open_: dict[str, list[Element]] = {}
    for match in TAG_RE.finditer(raw):
        run = unescape(raw[last : match.start()])
        parts.append(run)
        pos += len(run)
        last = match.end()
        name = match.group(2)
        if not name:  # comment or processing instruction
            continue
        if match.group(1):  # closing
            stack = open_.get(name)
            if stack:
                stack.pop().end = pos
            continue
        element = Element(name, parse_attrs(match.group(3) or ""), pos, pos)
        found.append(element)
        if not match.group(4):
            open_.setdefault(name, []).append(element)
    tail = unescape(raw[last:])
    parts.append(tail)
    pos += len(tail)
    for stack in open_.values():
        for element in stack:
            element.end = pos
    return "".join(parts), found


def creation_time(raw: str) -> tuple[str, str]:
    """(YYYY-MM-DD, tid) of the TIMEX3 with functionInDocument CREATION_TIME; ("", "") if none.

    A date-time value such as 1999-02-06T06:22 gives its date."""
    for match in TAG_RE.finditer(raw):
        if match.group(2) != "TIMEX3" or match.group(1):
            continue
        attrs = parse_attrs(match.group(3) or "")
        if attrs.get("functionInDocument") == "CREATION_TIME":
            date = DATE_RE.match(attrs.get("value", ""))
            if date:
                return f"{date.group(1)}-{date.group(2)}-{date.group(3)}", attrs.get("tid", "")
    return "", ""


@dataclass(slots=True)
class TLink:
    lid: str
    rel: str
    source: str  # eiid or tid
    source_is_time: bool
    target: str
    target_is_time: bool


def read_links(raw: str) -> tuple[dict[str, str], list[TLink]]:
    """MAKEINSTANCE eiid -> eventID, and every TLINK (whatever the direction)."""
    instances: dict[str, str] = {}
    links: list[TLink] = []
    for match in TAG_RE.finditer(raw):
        name = match.group(2)
        if match.group(1) or name not in ("MAKEINSTANCE", "TLINK"):
            continue
        attrs = parse_attrs(match.group(3) or "")
        if name == "MAKEINSTANCE":
            if attrs.get("eiid") and attrs.get("eventID"):
                instances[attrs["eiid"]] = attrs["eventID"]
            continue
        source_time = "timeID" in attrs
        target_time = "relatedToTime" in attrs
        source = attrs.get("timeID") if source_time else attrs.get("eventInstanceID")
        target = attrs.get("relatedToTime") if target_time else attrs.get("relatedToEventInstance")
        if source and target and attrs.get("relType"):
            links.append(TLink(attrs.get("lid", ""), attrs["relType"], source, source_time, target, target_time))
    return instances, links


def event_in_time(link: TLink) -> tuple[str, str] | None:
    """(eiid, tid) when the link puts an event instance inside a timex, else None."""
    if not link.source_is_time and link.target_is_time and link.rel in EVENT_IN_TIME:
        return link.source, link.target
    if link.source_is_time and not link.target_is_time and link.rel in TIME_AROUND_EVENT:
        return link.target, link.source
    return None


def anchor_value(attrs: dict[str, str], dct_tid: str) -> str | None:
    """The timex's value if it can be an event time: a DATE in the text with a calendar value."""
    if attrs.get("type") != "DATE" or attrs.get("functionInDocument") == "CREATION_TIME":
        return None
    if attrs.get("tid") in (dct_tid, "t0"):
        return None
    value = attrs.get("value", "")
    if not value or value.endswith("_REF") or not value[:1].isdigit():
        return None
    return value


@dataclass(slots=True)
class GoldEvent:
    eid: str
    start: int
    end: int
    text: str
    values: list[str] = field(default_factory=list)  # anchoring DATE values, most specific first
    timex_texts: list[str] = field(default_factory=list)
    dct_linked: bool = False  # inside the DCT (and in no date of the text)

    @property
    def value(self) -> str | None:
        return self.values[0] if self.values else None


@dataclass(slots=True)
class GoldDocument:
    name: str
    dct: str
    text: str
    events: list[GoldEvent]


def parse_document(raw: str, name: str = "") -> GoldDocument:
    text_match = TEXT_RE.search(raw)
    if text_match is None:
        raise ValueError(f"{name}: no <TEXT> element")
    text, elements = strip_tags(text_match.group(1))
    dct, dct_tid = creation_time(raw)
    timexes = {e.attrs.get("tid", ""): e for e in elements if e.tag == "TIMEX3"}
    events = {
        e.attrs["eid"]: GoldEvent(e.attrs["eid"], e.start, e.end, text[e.start : e.end])
        for e in elements
        if e.tag == "EVENT" and e.attrs.get("eid")
    }
    instances, links = read_links(raw)
    for link in links:
        pair = event_in_time(link)
        if pair is None:
            continue
        event = events.get(instances.get(pair[0], ""))
        if event is None:
            continue
        if pair[1] in (dct_tid, "t0"):
            event.dct_linked = True
            continue
        timex = timexes.get(pair[1])
        value = anchor_value(timex.attrs, dct_tid) if timex else None
        if value is not None and value not in event.values:
            event.values.append(value)
            event.timex_texts.append(text[timex.start : timex.end])
    for event in events.values():
        order = sorted(range(len(event.values)), key=lambda i: _width(event.values[i]))
        event.values = [event.values[i] for i in order]
        event.timex_texts = [event.timex_texts[i] for i in order]
    return GoldDocument(name, dct, text, sorted(events.values(), key=lambda e: e.start))


# ---- comparing values --------------------------------------------------------------------------

_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}  # first month, months
_PART_RANK = 0.5  # a part of day / a clock time: finer than its day, same interval


def value_interval(value: str) -> tuple[dt.date, dt.date, float] | None:
    """[start, end) of a TIMEX3 date value and a tie-breaking rank (a time of day is finer
    than its day); None when unreadable.  X digits widen to the unit that is known."""
    m = re.fullmatch(r"(\d{2})(\d|X)?(\d|X)?(.*)", value)
    if not m:
        return None
    century, decade, digit, rest = m.groups()
    if decade in (None, "X"):
        start = int(century) * 100
        return dt.date(max(start, 1), 1, 1), dt.date(start + 100, 1, 1), 0.0
    if digit in (None, "X"):
        start = int(century + decade) * 10
        return dt.date(max(start, 1), 1, 1), dt.date(start + 10, 1, 1), 0.0
    year = int(century + decade + digit)
    whole = (dt.date(year, 1, 1), dt.date(year + 1, 1, 1), 0.0)
    if not rest:
        return whole
    if not rest.startswith("-"):
        return None
    rest = rest[1:]
    try:
        if m2 := re.fullmatch(r"Q([1-4])", rest):
            first = 3 * int(m2.group(1)) - 2
            return dt.date(year, first, 1), _add_months(year, first, 3), 0.0
        if m2 := re.fullmatch(r"H([12])", rest):
            first = 6 * int(m2.group(1)) - 5
            return dt.date(year, first, 1), _add_months(year, first, 6), 0.0
        if rest in _SEASONS:
            first, length = _SEASONS[rest]
            return dt.date(year, first, 1), _add_months(year, first, length), 0.0
        if m2 := re.fullmatch(r"W(\d{1,2})(-WE)?", rest):
            monday = dt.date.fromisocalendar(year, int(m2.group(1)), 1)
            if m2.group(2):
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7), 0.0
            return monday, monday + dt.timedelta(days=7), 0.0
        if m2 := re.fullmatch(r"(\d{2})(?:-(\d{2})(T.*)?)?", rest):
            month = int(m2.group(1))
            if m2.group(2) is None:
                return dt.date(year, month, 1), _add_months(year, month, 1), 0.0
            day = dt.date(year, month, int(m2.group(2)))
            return day, day + dt.timedelta(days=1), _PART_RANK if m2.group(3) else 0.0
    except ValueError:
        return None
    if re.match(r"([WQH]?X|XX)", rest):  # 1998-XX, 1998-WXX, 1998-QX, 1998-XX-XX: somewhere in the year
        return whole
    if m2 := re.fullmatch(r"(\d{2})-XX", rest):
        return dt.date(year, int(m2.group(1)), 1), _add_months(year, int(m2.group(1)), 1), 0.0
    return None


def _add_months(year: int, month: int, count: int) -> dt.date:
    index = year * 12 + month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def _width(value: str) -> tuple[int, float]:
    interval = value_interval(value)
    if interval is None:
        return (10**9, 0.0)
    return ((interval[1] - interval[0]).days, -interval[2])


def normalize(value: str) -> str:
    """One spelling for a value: the week number in two digits ("2000-W7" is "2000-W07")."""
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


def compare(gold: str, system: str | None) -> str:
    """How dateline's time relates to the gold value: one of OUTCOMES."""
    if system is None:
        return NO_TIME
    gold, system = normalize(gold), normalize(system)
    if system == gold:
        return EXACT
    g, s = value_interval(gold), value_interval(system)
    if g is not None and s is not None:
        if s == g:  # another spelling of the same span: 196X and 196, 1968-XX and 1968
            return EXACT
        if s[0] <= g[0] and g[1] <= s[1] and (s[1] - s[0], -s[2]) != (g[1] - g[0], -g[2]):
            return COARSER if (s[1] - s[0], -s[2]) > (g[1] - g[0], -g[2]) else FINER
        if g[0] <= s[0] and s[1] <= g[1]:
            return FINER
        if s[0].year == g[0].year and (s[1] - dt.timedelta(days=1)).year == (g[1] - dt.timedelta(days=1)).year:
            return SAME_YEAR
        return OTHER_YEAR
    return SAME_YEAR if gold[:4] == system[:4] and gold[:4].isdigit() else OTHER_YEAR


# ---- alignment ---------------------------------------------------------------------------------


def overlapping(start: int, end: int, events: Sequence[Any]) -> list[Any]:
    """Events (with start/end) whose span shares a character with [start, end)."""
    return [e for e in events if e.start < end and start < e.end]


def pick(candidates: Sequence[Any], start: int, end: int) -> Any | None:
    """The dateline event to score for a gold event: a typed one before an untyped one, one with
    a time before one without, then the widest overlap, then the first."""
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda e: (e.type is None, e.time is None, -(min(end, e.end) - max(start, e.start)), e.start),
    )


# ---- scoring -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    anchored: int = 0
    found: int = 0
    outcomes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))

    def add(self, other: Counts) -> None:
        self.anchored += other.anchored
        self.found += other.found
        for key, value in other.outcomes.items():
            self.outcomes[key] += value

    def as_dict(self) -> dict[str, Any]:
        return {"gold_anchored": self.anchored, "found": self.found, **self.outcomes}


@dataclass(slots=True)
class Score:
    documents: int = 0
    gold_events: int = 0
    system_events: int = 0
    system_timed: int = 0
    any_type: Counts = field(default_factory=Counts)
    typed: Counts = field(default_factory=Counts)
    unlinked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(UNLINKED, 0))
    unlinked_typed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(UNLINKED, 0))

    def add(self, other: Score) -> None:
        self.documents += other.documents
        self.gold_events += other.gold_events
        self.system_events += other.system_events
        self.system_timed += other.system_timed
        self.any_type.add(other.any_type)
        self.typed.add(other.typed)
        for key in UNLINKED:
            self.unlinked[key] += other.unlinked[key]
            self.unlinked_typed[key] += other.unlinked_typed[key]

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold_events": self.gold_events,
            "dateline_events": self.system_events,
            "dateline_events_with_time": self.system_timed,
            "any_type": self.any_type.as_dict(),
            "typed": self.typed.as_dict(),
            "time_without_gold_anchor_not_precision": dict(self.unlinked),
            "typed_time_without_gold_anchor_not_precision": dict(self.unlinked_typed),
        }


@dataclass(slots=True)
class Example:
    kind: str
    typed_only: bool
    doc: str
    sentence: str
    trigger: str
    gold: str | None
    gold_text: str
    dateline: str | None
    dateline_text: str
    event_type: str | None


def score_document(
    gold: GoldDocument, events: Sequence[Any], sentences: Sequence[tuple[int, int]] = (), timex_texts: dict[str, str] | None = None
) -> tuple[Score, list[Example]]:
    """Score dateline's `events` (start, end, type, time, timex) against one gold document."""
    score = Score(documents=1, gold_events=len(gold.events), system_events=len(events))
    score.system_timed = sum(e.time is not None for e in events)
    examples: list[Example] = []
    timex_texts = timex_texts or {}
    starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> str:
        index = bisect.bisect_right(starts, offset) - 1
        if 0 <= index < len(sentences):
            return gold.text[sentences[index][0] : sentences[index][1]].strip()
        return gold.text[max(0, offset - 120) : offset + 120].strip()

    def example(kind: str, typed_only: bool, g: GoldEvent | None, e: Any | None, at: int) -> Example:
        return Example(
            kind=kind,
            typed_only=typed_only,
            doc=gold.name,
            sentence=" ".join(sentence_of(at).split()),
            trigger=g.text if g else gold.text[e.start : e.end],
            gold=g.value if g else None,
            gold_text=g.timex_texts[0] if g and g.timex_texts else "",
            dateline=e.time if e is not None else None,
            dateline_text=timex_texts.get(e.timex or "", "") if e is not None else "",
            event_type=e.type if e is not None else None,
        )

    typed_events = [e for e in events if e.type is not None]
    for g in gold.events:
        if g.value is None:
            continue
        for counts, pool, typed_only in ((score.any_type, events, False), (score.typed, typed_events, True)):
            counts.anchored += 1
            chosen = pick(overlapping(g.start, g.end, pool), g.start, g.end)
            if chosen is None:
                if not typed_only:
                    examples.append(example(NOT_FOUND, False, g, None, g.start))
                continue
            counts.found += 1
            outcome = compare(g.value, chosen.time)
            counts.outcomes[outcome] += 1
            if outcome != EXACT:
                examples.append(example(outcome, typed_only, g, chosen, g.start))
    for e in events:
        if e.time is None:
            continue
        at = overlapping(e.start, e.end, gold.events)
        if any(g.value is not None for g in at):
            continue
        kind = UNLINKED_NO_EVENT if not at else UNLINKED_DCT if any(g.dct_linked for g in at) else UNLINKED_OTHER
        score.unlinked[kind] += 1
        if e.type is not None:
            score.unlinked_typed[kind] += 1
        examples.append(example(kind, e.type is not None, at[0] if at else None, e, e.start))
    return score, examples


# ---- running -----------------------------------------------------------------------------------


def default_data() -> Path | None:
    """TBAQ-cleaned under shared/data beside the checkout, or beside any folder above it (a git
    worktree kept below the main checkout's parent finds the same data)."""
    for folder in Path(__file__).resolve().parents[1].parents:
        if (folder / SUBDIR).is_dir():
            return folder / SUBDIR
    return None


def load(data: Path, corpus: str, limit: int | None) -> list[tuple[str, GoldDocument]]:
    docs: list[tuple[str, GoldDocument]] = []
    for name in CORPORA[corpus]:
        root = data / name
        paths = sorted(root.glob("*.tml"))
        for path in paths[:limit] if limit else paths:
            docs.append((name, parse_document(path.read_text(encoding="utf-8"), f"{name}/{path.name}")))
    return docs


def run_pipeline(docs: Sequence[GoldDocument]) -> list[Any]:
    """dateline's analyses (as `dateline.pipeline.analyze(text, dct)` gives them), batched through spaCy."""
    from dateline.model import Document
    from dateline.pipeline import Options, analyze_documents
    from dateline.read import validate_dct

    documents = [Document.make(d.text, validate_dct(d.dct)) for d in docs]
    return analyze_documents(documents, Options(domain="news"))


def spread(items: list[Example], count: int) -> list[Example]:
    """`count` items spread evenly over the list (so examples come from many documents)."""
    if count <= 0 or not items:
        return []
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _pct(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f}%)" if whole else str(part)


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def report(scores: dict[str, Score]) -> str:
    names = list(scores)
    out = []
    for label, attr in (("dateline events of any type", "any_type"), ("dateline's typed events only", "typed")):
        rows = [["", *names]]
        counts = {n: getattr(scores[n], attr) for n in names}
        rows.append(["gold events anchored to a date", *(str(counts[n].anchored) for n in names)])
        rows.append(["  found by dateline (of anchored)", *(_pct(counts[n].found, counts[n].anchored) for n in names)])
        labels = {
            EXACT: "    time = gold (of found)",
            COARSER: "    time coarser (contains gold)",
            FINER: "    time finer (inside gold)",
            SAME_YEAR: "    time other, same year",
            OTHER_YEAR: "    time other year",
            NO_TIME: "    no time",
        }
        for key in OUTCOMES:
            rows.append([labels[key], *(_pct(counts[n].outcomes[key], counts[n].found) for n in names)])
        rows.append(["  exact of anchored (recall)", *(_pct(counts[n].outcomes[EXACT], counts[n].anchored) for n in names)])
        out.append(f"{label}:\n{table(rows)}")
    rows = [["", *names]]
    rows.append(["dateline events", *(str(scores[n].system_events) for n in names)])
    rows.append(["  with a time", *(str(scores[n].system_timed) for n in names)])
    for key in UNLINKED:
        rows.append([f"    {key}", *(f"{scores[n].unlinked[key]} / {scores[n].unlinked_typed[key]}" for n in names)])
    out.append(
        "dateline times where the gold has no anchoring date (all / typed events; a count only, NOT a precision\n"
        "figure: TimeML does not link every event to a date):\n"
        + table(rows)
    )
    return "\n\n".join(out)


def print_examples(examples: list[Example], count: int) -> None:
    kinds = [NOT_FOUND, *WRONG, NO_TIME, *UNLINKED]
    for kind in kinds:
        for typed_only in (False, True):
            pool = [x for x in examples if x.kind == kind and x.typed_only == typed_only]
            if kind == NOT_FOUND and typed_only:
                continue
            if kind in UNLINKED and not typed_only:
                pool = [x for x in examples if x.kind == kind]  # one list for these
            elif kind in UNLINKED:
                continue
            if not pool:
                continue
            scope = "typed events" if typed_only else "any type" if kind not in UNLINKED else "all events"
            common = Counter(x.trigger.lower() for x in pool).most_common(5)
            print(f"\n--- {kind} ({scope}): {len(pool)}; most frequent triggers: "
                  + ", ".join(f"{t} {n}" for t, n in common) + " ---")
            for x in spread(pool, count):
                gold = f"{x.gold} «{x.gold_text}»" if x.gold else "-"
                mine = f"{x.dateline} «{x.dateline_text}»" if x.dateline else "-"
                print(f"[{x.doc}] trigger «{x.trigger}» type {x.event_type}; gold {gold}; dateline {mine}")
                print(f"    {x.sentence}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="TBAQ-cleaned directory (default: shared/data above the checkout)")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="both")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each corpus")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="N examples of each error kind")
    parser.add_argument("--json", action="store_true", help="print the figures (and examples) as JSON instead")
    args = parser.parse_args(argv)

    data = args.data or default_data()
    if data is None or not data.is_dir():
        where = data or f"<ancestor of the checkout>/{SUBDIR}"
        print(f"event_times: no TempEval-3 corpus at {where}; skipped (see ../shared/data/README.md)", file=sys.stderr)
        return 0
    docs = load(data, args.corpus, args.limit)
    started = time.perf_counter()
    analyses = run_pipeline([d for _, d in docs])
    seconds = time.perf_counter() - started

    scores: dict[str, Score] = {name: Score() for name in CORPORA[args.corpus]}
    examples: list[Example] = []
    failed: dict[str, str] = {}
    for (corpus, gold), analysis in zip(docs, analyses, strict=True):
        if isinstance(analysis, Exception):
            failed[gold.name] = f"{type(analysis).__name__}: {analysis}"
            events: list[Any] = []
            sentences: list[tuple[int, int]] = []
            timexes: dict[str, str] = {}
        else:
            events = analysis.events
            sentences = [(s.start, s.end) for s in analysis.sentences]
            timexes = {t.tid: t.text for t in analysis.timexes if t.tid}
        score, found = score_document(gold, events, sentences, timexes)
        scores[corpus].add(score)
        examples.extend(found)
    if len(scores) > 1:
        total = Score()
        for score in list(scores.values()):
            total.add(score)
        scores["both"] = total

    command = "python " + " ".join(shlex.quote(a) for a in [sys.argv[0], *(argv if argv is not None else sys.argv[1:])])
    if args.json:
        payload: dict[str, Any] = {
            "data": str(data),
            "seconds": round(seconds, 2),
            "failed": failed,
            "scores": {name: s.as_dict() for name, s in scores.items()},
        }
        if args.examples:
            payload["examples"] = {
                kind: [_example_dict(x) for x in spread([y for y in examples if y.kind == kind], args.examples)]
                for kind in (NOT_FOUND, *WRONG, NO_TIME, *UNLINKED)
            }
        json.dump(payload, sys.stdout, indent=2)
        print()
        return 0
    per = ", ".join(f"{n} {s.documents}" for n, s in scores.items() if n != "both")
    print(f"event times on {per} documents from {data}; pipeline {seconds:.1f} s")
    print(
        "gold event time: a DATE timex of the text (not the DCT, no DURATION/SET/*_REF) that a TLINK puts the event in\n"
        "(IS_INCLUDED/SIMULTANEOUS/DURING, or the timex INCLUDES/SIMULTANEOUS the event); the most specific one if several.\n"
        "aligned: a dateline trigger overlapping the gold EVENT; percentages of the line above the indent.\n"
    )
    print(report(scores))
    for name, message in list(failed.items())[:3]:
        print(f"  failed on {name}: {message[:200]}")
    if args.examples:
        print_examples(examples, args.examples)
    print(f"\ncommand: {command}")
    return 0


def _example_dict(x: Example) -> dict[str, Any]:
    return {name: getattr(x, name) for name in Example.__slots__}


if __name__ == "__main__":
    raise SystemExit(main())
