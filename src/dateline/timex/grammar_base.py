"""Helpers shared by the grammar's productions: reading matched items, merging meanings."""

from __future__ import annotations

from typing import Any

from .chart import Item

M = dict[str, Any] | None

DATE_FIELDS = ("y", "m", "d", "wd", "w", "q", "hy", "season", "dec", "cent", "pod", "hh", "mi", "we", "hol")
UNIT_GRAIN = {"Y", "M", "W", "D", "Q", "E", "C", "WE", "HY", "H", "MIN"}


def v(item: Item | None) -> dict[str, Any]:
    return item.value if item is not None and isinstance(item.value, dict) else {}


def n_of(item: Item | None) -> Any:
    return v(item).get("n")


def merge(*meanings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in meanings:
        out.update(m)
    return out


def has(m: dict[str, Any], *keys: str) -> bool:
    return any(k in m for k in keys)
