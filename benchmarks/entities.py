"""Entity benchmark: are the names the fixture expectations use found, whole, and typed right?

Every name an expectation uses is scored once per fixture and class: event arguments (except
`role`), fact subjects and objects (except the literal values of role, age and birth_year) and
the speakers of named claims.  A name (or, for a list, any of its alternatives) is

- found: some entity's name or one of its mentions contains it as whole words (the scorer's
  `name_matches`, so what the extraction benchmark can match at all);
- found whole: some entity's NAME contains it (the name was not split or cut);
- typed: such an entity (name or mention) has a type that fits the name's class.

Classes (from where the name is used; a name used in several ways is scored in each):
person (kin, spouse, age facts; partner/child/parent roles; agent and patient of life and family
events; subject of role/employee facts) -> PERSON; org (organization and target roles, objects of
employee/member) -> ORG, FAC or GPE ("Croatia" for its team); place (place role, object of located_in) -> GPE, LOC or FAC;
work (work role) -> WORK, PRODUCT or EVENT; actor (agent/patient of other events, member and
located_in subjects) and speaker (named claim speakers) -> PERSON, ORG, GPE or NORP.

    python benchmarks/entities.py --split dev --verbose
    python benchmarks/entities.py --split dev --only @names.txt
    python benchmarks/entities.py --split heldout --json      # totals only
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import _fixtures as fx
from dateline.model import Analysis, Entity

FITS: dict[str, frozenset[str]] = {
    "person": frozenset({"PERSON"}),
    "org": frozenset({"ORG", "FAC", "GPE"}),  # a country's team or government is named by the country
    "place": frozenset({"GPE", "LOC", "FAC"}),
    "work": frozenset({"WORK", "PRODUCT", "EVENT"}),
    "actor": frozenset({"PERSON", "ORG", "GPE", "NORP"}),
    "speaker": frozenset({"PERSON", "ORG", "GPE", "NORP"}),
}
CLASSES = tuple(FITS)
PERSON_EVENTS = ("life.", "family.")
PERSON_ROLES = {"partner": "person", "child": "person", "parent": "person", "organization": "org",
                "target": "org", "place": "place", "work": "work"}
PERSON_RELATIONS = frozenset({"spouse", "parent", "child", "age", "birth_year"})


def expected_names(expected: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """(class, name or list of alternatives) for every name the expectations use."""
    for event in expected["events"]:
        for role, name in event["args"].items():
            if role == "role":
                continue
            if role in PERSON_ROLES:
                yield PERSON_ROLES[role], name
            else:  # agent, patient
                yield ("person" if event["type"].startswith(PERSON_EVENTS) else "actor"), name
    for fact in expected["facts"]:
        relation = fact["relation"]
        if relation in PERSON_RELATIONS or relation in ("role", "employee"):
            yield "person", fact["subject"]
        else:  # member, located_in
            yield "actor", fact["subject"]
        if "object" in fact:
            if relation in PERSON_RELATIONS:
                yield "person", fact["object"]
            elif relation == "located_in":
                yield "place", fact["object"]
            else:  # employee, member
                yield "org", fact["object"]
    for claim in expected["claims"]:
        if claim["speaker_kind"] == "named":
            yield "speaker", claim["speaker"]


def _key(name: Any) -> tuple[str, ...]:
    return tuple(sorted(fx.options(name)))


@dataclass(slots=True)
class Result:
    fixture: str
    cls: str
    name: Any
    found: bool
    whole: bool
    typed: bool
    near: list[Entity]


def _near(analysis: Analysis, name: Any) -> list[Entity]:
    """Entities sharing a word with the name: what became of a name that was not found whole."""
    words = {w.lower().strip(".,'’") for n in fx.options(name) for w in n.replace("-", " ").split() if len(w) > 2}
    out = []
    for entity in analysis.entities:
        texts = [entity.name, *(m.text for m in entity.mentions if m.kind == "name")]
        if any(w.lower().strip(".,'’") in words for t in texts for w in t.replace("-", " ").split()):
            out.append(entity)
    return out


def score_fixture(fixture: fx.Fixture, analysis: Analysis) -> list[Result]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for cls, name in expected_names(fixture.expected):
        if (cls, _key(name)) in seen:
            continue
        seen.add((cls, _key(name)))
        by_name = [e for e in analysis.entities if fx.name_matches(name, [e.name])]
        by_any = [e for e in analysis.entities if fx.name_matches(name, fx.entity_names(analysis, e.id))]
        typed = any(e.type in FITS[cls] for e in by_any)
        near = [] if by_name and typed else _near(analysis, name)
        out.append(Result(fixture.name, cls, name, bool(by_any), bool(by_name), typed, near))
    return out


def totals(results: Sequence[Result]) -> dict[str, dict[str, Any]]:
    by_cls: dict[str, dict[str, Any]] = defaultdict(lambda: {"gold": 0, "found": 0, "whole": 0, "typed": 0})
    for r in results:
        for key in (r.cls, "ALL"):
            row = by_cls[key]
            row["gold"] += 1
            row["found"] += r.found
            row["whole"] += r.whole
            row["typed"] += r.typed
    for row in by_cls.values():
        for kind in ("found", "whole", "typed"):
            row[f"R {kind}"] = row[kind] / row["gold"] if row["gold"] else 0.0
    order = [c for c in CLASSES if c in by_cls] + ["ALL"]
    return {c: by_cls[c] for c in order if c in by_cls}


def _show(name: Any) -> str:
    return " | ".join(fx.options(name))


def print_misses(results: Sequence[Result], split: str) -> None:
    for r in results:
        if r.whole and r.typed:
            continue
        what = "MISS " if not r.found else ("PART " if not r.whole else "TYPE ")
        near = "; ".join(f"{e.type} {e.name!r}" + (f" [{', '.join(m.text for m in e.mentions[:4])}]" if e.mentions else "")
                         for e in r.near[:4]) or "-"
        print(f"  {what}{split}/{r.fixture}: {r.cls} {_show(r.name)!r}  <- {near}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = fx.arguments(__doc__, "list every name not found whole or not typed (held-out ones only with --split heldout)")
    args = parser.parse_args(argv)

    result: dict[str, Any] = {}
    for split, fixtures, analyses in fx.analyzed_splits(args):
        results = [r for f, a in zip(fixtures, analyses, strict=True) for r in score_fixture(f, a)]
        figures = totals(results)
        result[split] = figures
        if args.json:
            continue
        print(f"\n=== {split}: {len(fixtures)} articles ===")
        print(fx.stage_report(analyses))
        headers = ["class", "gold", "found", "whole", "typed", "R found", "R whole", "R typed"]
        print(fx.table(headers, [[c, *row.values()] for c, row in figures.items()]))
        if fx.show_errors(args.verbose, split, args.split):
            print(f"\n{split} names not found whole (PART: only in a mention, MISS: nowhere) or mistyped (TYPE):")
            print_misses(results, split)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
