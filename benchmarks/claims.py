"""Claims benchmark: who says so, through which outlet, what exactly, and how certain.

Against the hand-written fixture expectations, dev and held-out separately:
- (speaker, outlet) pairs: a predicted claim counts when its speaker and its outlet both match an
  expected claim's (one-to-one); speaker alone is reported too;
- content spans: exact (same span once quote marks, blanks and end punctuation are trimmed) and
  overlapping (any shared character), one-to-one;
- accuracy of labels over claims matched by overlapping content: certainty, speaker kind (named or
  anonymous; a pronoun linked to an entity counts as named), date;
- accuracy of certainty over events matched on type and arguments (benchmarks/extraction.py's
  no-time level).

    python benchmarks/claims.py
    python benchmarks/claims.py --split heldout --verbose
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import _fixtures as fx
from dateline.model import Analysis, Claim

PAIR_SCORES = ("speaker+outlet", "speaker", "content exact", "content overlap")


def _describe(claim: dict[str, Any] | Claim) -> str:
    if isinstance(claim, dict):
        who, via, text = claim["speaker"], claim["outlet"], claim["content"]
    else:
        who, via, text = claim.speaker_text, claim.outlet_text, claim.text
    short = text if len(text) <= 70 else text[:67] + "..."
    return f"{who!s} via {via!s}: «{short}»"


def _rule(name: str, fixture: fx.Fixture, analysis: Analysis) -> Callable[[dict[str, Any], Claim], bool]:
    if name == "speaker+outlet":
        return lambda e, p: fx.speaker_matches(e, p, analysis) and fx.outlet_matches(e, p, analysis)
    if name == "speaker":
        return lambda e, p: fx.speaker_matches(e, p, analysis)
    if name == "content exact":
        return lambda e, p: fx.span_exact(fixture, e, p)
    return lambda e, p: fx.span_overlaps(fixture, e, p)


def _kind(claim: Claim) -> str | None:
    """Named or anonymous: a pronoun resolved to an entity stands for a named speaker."""
    return "named" if claim.speaker_kind == "pronoun" and claim.speaker else claim.speaker_kind


class Accuracy:
    def __init__(self) -> None:
        self.right = 0
        self.total = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


def score(fixtures: Sequence[fx.Fixture], analyses: Sequence[Analysis], verbose: bool) -> dict[str, Any]:
    counts = {name: fx.Count() for name in PAIR_SCORES}
    labels = {name: Accuracy() for name in ("claim certainty", "speaker kind", "claim date", "event certainty")}
    for fixture, analysis in zip(fixtures, analyses, strict=True):
        gold, predicted = fixture.expected["claims"], analysis.claims
        for name in PAIR_SCORES:
            pairs = fx.match_pairs(gold, predicted, _rule(name, fixture, analysis))
            counts[name].add(fx.Count(len(pairs), len(gold), len(predicted)))
            if verbose and name == "speaker+outlet":
                _print_errors(fixture, analysis, pairs)
        for i, j in fx.match_pairs(gold, predicted, _rule("content overlap", fixture, analysis)):
            labels["claim certainty"].add(predicted[j].certainty == gold[i]["certainty"])
            labels["speaker kind"].add(_kind(predicted[j]) == gold[i]["speaker_kind"])
            dated = fx.value_matches(gold[i]["date"], predicted[j].date)
            labels["claim date"].add(dated)
            if verbose and not dated:
                print(f"  DATE {fixture.split}/{fixture.name}: {gold[i]['date']} expected, {predicted[j].date} found: "
                      f"{_describe(predicted[j])}")
        pairs, events = fx.match_events(fixture, analysis, "no-time")
        for i, j in pairs:
            labels["event certainty"].add(events[j].certainty == fixture.expected["events"][i]["certainty"])
    return {"counts": counts, "labels": labels}


def _print_errors(fixture: fx.Fixture, analysis: Analysis, pairs: list[tuple[int, int]]) -> None:
    gold, predicted = fixture.expected["claims"], analysis.claims
    hit_gold, hit_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    where = f"{fixture.split}/{fixture.name}"
    for i, claim in enumerate(gold):
        if i not in hit_gold:
            print(f"  MISS {where}: {_describe(claim)}")
    for j, claim in enumerate(predicted):
        if j not in hit_pred:
            print(f"  FP   {where}: {_describe(claim)}")


def print_scores(split: str, scores: dict[str, Any]) -> None:
    print(f"\n{split} claims")
    rows = [[name, *fx.prf_cells(c)] for name, c in scores["counts"].items()]
    print(fx.table(["match on", *fx.PRF_HEADERS], rows))
    rows = [[name, acc.right, acc.total, acc.value] for name, acc in scores["labels"].items()]
    print(fx.table(["label accuracy", "right", "of", "accuracy"], rows))


def _as_json(scores: dict[str, Any]) -> dict[str, Any]:
    return {
        "counts": {k: {"tp": c.tp, "gold": c.gold, "pred": c.pred, "P": c.precision, "R": c.recall, "F1": c.f1}
                   for k, c in scores["counts"].items()},
        "labels": {k: {"right": a.right, "total": a.total, "accuracy": a.value} for k, a in scores["labels"].items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = fx.arguments(__doc__, "list every miss and false positive (held-out ones only with --split heldout)")
    args = parser.parse_args(argv)
    result = {}
    for split, fixtures, analyses in fx.analyzed_splits(args):
        if not args.json:
            print(f"\n=== {split}: {len(fixtures)} articles, {sum(len(f.expected['claims']) for f in fixtures)} claims ===")
            print(fx.stage_report(analyses))
        verbose = fx.show_errors(args.verbose and not args.json, split, args.split)
        if verbose:
            print(f"\n{split} claim errors (speaker+outlet, then dates):")
        scores = score(fixtures, analyses, verbose)
        result[split] = _as_json(scores)
        if not args.json:
            print_scores(split, scores)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print("\ntargets on heldout: speaker F1 >= 0.85, content overlap F1 >= 0.85")
    return 0


if __name__ == "__main__":
    sys.exit(main())
