"""What the phrasing tests share: the benchmark's matching (benchmarks/_fixtures.py, loaded once as
`bench_fixtures`) and builders of expected events and facts in the fixtures' format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "_fixtures.py"


def bench() -> ModuleType:
    if "bench_fixtures" in sys.modules:
        return sys.modules["bench_fixtures"]
    spec = importlib.util.spec_from_file_location("bench_fixtures", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def E(kind: str, args: dict[str, Any], time: Any = None) -> dict[str, Any]:  # noqa: N802
    return {"type": kind, "args": args, "time": time, "certainty": "asserted"}


def F(relation: str, subject: str, obj: Any = None, value: Any = None, start: Any = None, end: Any = None) -> dict[str, Any]:  # noqa: N802, PLR0913
    fact: dict[str, Any] = {"relation": relation, "subject": subject, "valid_from": start, "valid_to": end}
    if value is not None:
        fact["value"] = value
    else:
        fact["object"] = obj
    return fact
