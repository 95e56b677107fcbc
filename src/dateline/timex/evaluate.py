"""TempEval-3 temporal-expression scores, computed as the official TE3 toolkit does.

The official scorer (UzZaman's TE3 evaluation toolkit, `evaluate_entities.py`) first aligns
system and gold TIMEX3s one-to-one where their extents overlap (its TimeML normalizer gives
overlapping entities the same id), then, micro-averaged over all files:

- relaxed match: a gold and a system timex that overlap; strict match: same extent;
- P = matches / system timexes, R = matches / gold timexes, F1 their harmonic mean, each for
  strict and relaxed matching;
- attribute accuracy (type, value) = matching attribute / relaxed matches, and the reported
  attribute F1 = accuracy x relaxed F1;
- timexes with an empty extent, and the document creation time (outside TEXT), are not counted;
- with no gold and no system timex at all, every F1 is 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import Timex
from dateline.timex.timeml import read_tml, tml_files


@dataclass(slots=True)
class Scores:
    """Counts behind the TempEval-3 timex measures; every figure derives from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0  # matched pairs with the same extent
    relaxed: int = 0  # matched (overlapping) pairs
    type_match: int = 0  # relaxed pairs with the same type
    value_match: int = 0  # relaxed pairs with the same value
    documents: int = 0
    missing: list[str] = field(default_factory=list)  # gold files with no system file
    errors: dict[str, str] = field(default_factory=dict)  # files that could not be compared

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_match += other.type_match
        self.value_match += other.value_match
        self.documents += other.documents
        self.missing.extend(other.missing)
        self.errors.update(other.errors)

    def _empty(self) -> bool:
        return self.gold == 0 and self.system == 0

    @staticmethod
    def _ratio(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def strict_precision(self) -> float:
        return self._ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return self._ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return 1.0 if self._empty() else self._f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return self._ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return self._ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return 1.0 if self._empty() else self._f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return 1.0 if self._empty() else self._ratio(self.type_match, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return 1.0 if self._empty() else self._ratio(self.value_match, self.relaxed)

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    def as_dict(self) -> dict[str, object]:
        figures = (
            "strict_precision", "strict_recall", "strict_f1",
            "relaxed_precision", "relaxed_recall", "relaxed_f1",
            "type_accuracy", "value_accuracy", "type_f1", "value_f1",
        )  # fmt: skip
        out: dict[str, object] = {
            "documents": self.documents,
            "gold": self.gold,
            "system": self.system,
            "strict_matches": self.strict,
            "relaxed_matches": self.relaxed,
            "type_matches": self.type_match,
            "value_matches": self.value_match,
        }
        out.update({name: round(getattr(self, name), 4) for name in figures})
        out["missing"] = list(self.missing)
        out["errors"] = dict(self.errors)
        return out

    def format(self) -> str:
        """A report laid out like the official scorer's output (percentages)."""

        def pct(x: float) -> str:
            return f"{100 * x:.2f}"

        lines = [
            f"documents {self.documents}  gold timexes {self.gold}  system timexes {self.system}",
            "=== Timex Performance ===",
            "Strict Match\tF1\tP\tR",
            f"\t\t{pct(self.strict_f1)}\t{pct(self.strict_precision)}\t{pct(self.strict_recall)}",
            "Relaxed Match\tF1\tP\tR",
            f"\t\t{pct(self.relaxed_f1)}\t{pct(self.relaxed_precision)}\t{pct(self.relaxed_recall)}",
            "Attribute F1\tValue\tType",
            f"\t\t{pct(self.value_f1)}\t{pct(self.type_f1)}",
            "Attribute Accuracy\tValue\tType",
            f"\t\t\t{pct(self.value_accuracy)}\t{pct(self.type_accuracy)}",
        ]
        if self.missing:
            lines.append(f"system files missing (scored as no output): {len(self.missing)}")
        for name, message in sorted(self.errors.items()):
            lines.append(f"not compared: {name}: {message}")
        return "\n".join(lines)


def _counted(timexes: Sequence[Timex]) -> list[Timex]:
    return [t for t in timexes if t.end > t.start]


def align(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one pairs of overlapping gold and system timexes.

    Same-extent pairs are fixed first; the rest are paired by decreasing overlap, then augmenting
    paths make the pairing as large as possible, so no overlap is lost to the order of a greedy
    choice and scoring is symmetric in gold and system.
    """
    gold = _counted(gold)
    system = _counted(system)
    match_g: dict[int, int] = {}
    match_s: dict[int, int] = {}
    by_span: dict[tuple[int, int], list[int]] = {}
    for si, t in enumerate(system):
        by_span.setdefault((t.start, t.end), []).append(si)
    for gi, g in enumerate(gold):
        same = by_span.get((g.start, g.end))
        if same:
            si = same.pop(0)
            match_g[gi], match_s[si] = si, gi
    fixed_s = set(match_s)
    edges: dict[int, list[int]] = {}  # gold index -> overlapping free system indexes, largest overlap first
    for gi, g in enumerate(gold):
        if gi in match_g:
            continue
        overlaps = [
            (min(g.end, t.end) - max(g.start, t.start), si)
            for si, t in enumerate(system)
            if si not in fixed_s and min(g.end, t.end) > max(g.start, t.start)
        ]
        edges[gi] = [si for _, si in sorted(overlaps, key=lambda x: (-x[0], x[1]))]

    def augment(gi: int, seen: set[int]) -> bool:
        for si in edges[gi]:
            if si in seen:
                continue
            seen.add(si)
            if si not in match_s or augment(match_s[si], seen):
                match_g[gi], match_s[si] = si, gi
                return True
        return False

    for gi in edges:  # greedy by overlap first, then augmenting paths for what is left
        free = [si for si in edges[gi] if si not in match_s]
        if free:
            match_g[gi], match_s[free[0]] = free[0], gi
    for gi in edges:
        if gi not in match_g:
            augment(gi, set())
    return [(gold[gi], system[si]) for gi, si in sorted(match_g.items())]


def score_doc(gold: Sequence[Timex], system: Sequence[Timex]) -> Scores:
    """Counts for one document."""
    scores = Scores(gold=len(_counted(gold)), system=len(_counted(system)), documents=1)
    for g, s in align(gold, system):
        scores.relaxed += 1
        scores.strict += g.start == s.start and g.end == s.end
        scores.type_match += g.type == s.type
        scores.value_match += g.value == s.value
    return scores


def differences(gold: Sequence[Timex], system: Sequence[Timex]) -> list[dict[str, object]]:
    """What keeps one document from a perfect score, in text order.

    kinds: "missed" (gold with no partner), "spurious" (system with no partner), and for aligned
    pairs "extent", "type", "value" (one entry per pair listing every way it differs).
    """

    def brief(t: Timex) -> dict[str, object]:
        return {
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "type": t.type,
            "value": t.value,
            "rule": t.rule,
        }

    out: list[tuple[int, dict[str, object]]] = []
    pairs = align(gold, system)
    paired_gold = {id(g) for g, _ in pairs}
    paired_system = {id(s) for _, s in pairs}
    for g in _counted(gold):
        if id(g) not in paired_gold:
            out.append((g.start, {"kinds": ["missed"], "gold": brief(g), "system": None}))
    for s in _counted(system):
        if id(s) not in paired_system:
            out.append((s.start, {"kinds": ["spurious"], "gold": None, "system": brief(s)}))
    for g, s in pairs:
        kinds = [
            kind
            for kind, differs in (
                ("extent", (g.start, g.end) != (s.start, s.end)),
                ("type", g.type != s.type),
                ("value", g.value != s.value),
            )
            if differs
        ]
        if kinds:
            out.append((g.start, {"kinds": kinds, "gold": brief(g), "system": brief(s)}))
    out.sort(key=lambda item: item[0])
    return [item for _, item in out]


def evaluate_docs(gold: Sequence[Sequence[Timex]], system: Sequence[Sequence[Timex]]) -> Scores:
    """Micro-averaged scores over parallel lists of documents (gold[i] is scored against system[i])."""
    if len(gold) != len(system):
        raise ValueError(f"{len(gold)} gold documents but {len(system)} system documents")
    total = Scores()
    for gold_doc, system_doc in zip(gold, system, strict=True):
        total.add(score_doc(gold_doc, system_doc))
    return total


def evaluate_dirs(gold_dir: str | Path, system_dir: str | Path) -> Scores:
    """Score every `.tml` under `gold_dir` against the file at the same relative path in `system_dir`.

    A missing system file counts as a document with no output; a system file whose TEXT differs
    from the gold TEXT (offsets would be meaningless) is also scored as no output and listed in
    `errors`, as the official scorer refuses such files.  An unreadable gold file is listed in
    `errors` and left out.
    """
    total = Scores()
    for rel in tml_files(gold_dir):
        try:
            gold = read_tml(Path(gold_dir) / rel)
        except (ValueError, UnicodeDecodeError) as error:
            total.errors[str(rel)] = f"gold unreadable, not scored: {error}"
            continue
        system_path = Path(system_dir) / rel
        system: list[Timex] = []
        if not system_path.is_file():
            total.missing.append(str(rel))
        else:
            try:
                found = read_tml(system_path)
            except (ValueError, UnicodeDecodeError) as error:
                total.errors[str(rel)] = f"unreadable: {error}"
            else:
                if found.text != gold.text:
                    total.errors[str(rel)] = "TEXT differs from the gold file"
                else:
                    system = found.timexes
        total.add(score_doc(gold.timexes, system))
    return total
