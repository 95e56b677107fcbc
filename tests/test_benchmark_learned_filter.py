"""benchmarks/learned_filter.py: the experiment's features and its logistic regression."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from dateline.model import Analysis, Argument, Document, Entity, Event, Mention

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
lf = importlib.import_module("learned_filter")


def test_the_regression_learns_which_features_mark_a_right_event() -> None:
    rows = [(i, ["type=career.hire", "arg=patient:PERSON"], 1) for i in range(20)]
    rows += [(i, ["type=career.hire", "arg=patient:pronoun"], 0) for i in range(20)]
    p = lf.probabilities(rows, [(0, ["type=career.hire", "arg=patient:PERSON"], 1), (0, ["type=career.hire", "arg=patient:pronoun"], 0),
                                (0, ["never=seen"], 0)], l2=1.0)
    assert p[0] > 0.7 > 0.3 > p[1]
    assert 0.3 < p[2] < 0.7  # (only the bias: no feature it has seen)


def test_features_name_each_argument_by_its_kind() -> None:
    a = Analysis(document=Document.make("Acme hired him.", "2024-01-01"))
    a.entities = [Entity("E1", "ORG", "Acme", [Mention(0, 4, "Acme", 0)])]
    event = Event("V1", "career.hire", "hire", 5, 10, "hired", 0, [Argument("agent", 0, 4, "Acme", "E1"),
                                                                 Argument("patient", 11, 14, "him", None)])
    fs = lf.features(event, a)
    assert {"arg=agent:ORG", "arg=patient:pronoun", "roles=agent,patient", "timed=False", "mentions=agent:1"} <= set(fs)
