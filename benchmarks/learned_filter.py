"""Would a learned filter over our predicted events raise precision?  An experiment, not a pipeline stage.

Each typed event the pipeline predicts (one per distinct type, arguments and time, as the extraction
benchmark counts them) gets shallow features -- type, trigger lemma, certainty, modality, polarity, where
its time came from, its roles and the kind of entity in each (person, organisation, pronoun, none), how
often each argument is mentioned, its sentence -- and the label "matches an expected event strictly".
A logistic regression (numpy, L2) is trained on the development articles; `--cv` reports five-fold
cross-validation by article on development, `--heldout T` trains on all development articles and scores
the held-out set once with events kept only when the model gives them probability >= T (totals only).

    python benchmarks/learned_filter.py --cv
    python benchmarks/learned_filter.py --heldout 0.4
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence

import numpy as np

import _fixtures as fx
from dateline.model import Analysis, Event

PRONOUNS = frozenset("he she it they him her them its his their who which".split())
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)

Row = tuple[int, list[str], int]  # (article index, features, 1 when strictly right)


def features(event: Event, analysis: Analysis) -> list[str]:
    out = [f"type={event.type}", f"lemma={event.lemma}", f"type-lemma={event.type}|{event.lemma}", f"certainty={event.certainty}",
           f"modality={event.modality}", f"polarity={event.polarity}", f"time-source={event.time_source}",
           f"timed={event.time is not None}", f"args={min(len(event.args), 5)}", f"sentence={min(event.sentence, 6)}",
           f"claim={event.claim is not None}"]
    roles = set()
    for arg in event.args:
        entity = analysis.entity(arg.entity) if arg.entity else None
        kind = entity.type if entity else ("pronoun" if arg.text.lower() in PRONOUNS else "none")
        out += [f"arg={arg.role}:{kind}", f"type-arg={event.type}|{arg.role}:{kind}"]
        if entity is not None:
            out.append(f"mentions={arg.role}:{min(len(entity.mentions), 4)}")
        roles.add(arg.role)
    out += ["roles=" + ",".join(sorted(roles)), f"type-roles={event.type}|" + ",".join(sorted(roles))]
    if event.time:
        out.append(f"grain={len(event.time)}")
    return out


def collect(split: str) -> tuple[list[Row], int]:
    fixtures = fx.load_fixtures([split])
    rows: list[Row] = []
    for index, (fixture, analysis) in enumerate(zip(fixtures, fx.analyze_all(fixtures), strict=True)):
        pairs, predicted = fx.match_events(fixture, analysis, "strict")
        right = {j for _, j in pairs}
        rows += [(index, features(e, analysis), int(j in right)) for j, e in enumerate(predicted)]
    return rows, sum(len(f.expected["events"]) for f in fixtures)


def vocabulary(rows: Sequence[Row]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, fs, _ in rows:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}  # seen twice at least


def matrix(rows: Sequence[Row], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    x = np.zeros((len(rows), len(vocab) + 1), dtype=np.float32)
    x[:, -1] = 1.0  # bias
    for i, (_, fs, _) in enumerate(rows):
        for f in fs:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    return x, np.array([r[2] for r in rows], dtype=np.float32)


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 400, rate: float = 0.5) -> np.ndarray:
    w = np.zeros(x.shape[1], dtype=np.float32)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return w


def probabilities(train: Sequence[Row], test: Sequence[Row], l2: float) -> np.ndarray:
    vocab = vocabulary(train)
    w = fit(*matrix(train, vocab), l2)
    x, _ = matrix(test, vocab)
    return 1.0 / (1.0 + np.exp(-(x @ w)))


def report(label: str, p: np.ndarray, y: np.ndarray, gold: int, thresholds: Sequence[float]) -> None:
    for t in thresholds:
        keep = p >= t
        tp, pred = int((y * keep).sum()), int(keep.sum())
        prec, rec = (tp / pred if pred else 0.0), tp / gold
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{label} keep p >= {t:.2f}: {tp} right of {pred} predicted, {gold} expected; P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", action="store_true", help="five-fold cross-validation by article on development")
    parser.add_argument("--heldout", type=float, metavar="T", help="train on development, score held out at threshold T")
    parser.add_argument("--l2", type=float, default=2.0)
    args = parser.parse_args(argv)
    dev, dev_gold = collect("dev")
    y = np.array([r[2] for r in dev], dtype=np.float32)
    if args.cv:
        articles = sorted({r[0] for r in dev})
        random.Random(0).shuffle(articles)
        p = np.zeros(len(dev))
        for k in range(5):
            fold = set(articles[k::5])
            test = [i for i, r in enumerate(dev) if r[0] in fold]
            p[test] = probabilities([r for r in dev if r[0] not in fold], [dev[i] for i in test], args.l2)
        report("development, 5-fold", p, y, dev_gold, THRESHOLDS)
    if args.heldout is not None:
        held, held_gold = collect("heldout")
        p = probabilities(dev, held, args.l2)
        report("held out", p, np.array([r[2] for r in held], dtype=np.float32), held_gold, (0.0, args.heldout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
