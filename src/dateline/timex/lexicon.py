"""Lexicons: plain tab-separated files under `data/` that anyone can extend.

Each file maps a lower-cased word or phrase to a value; lines starting with `#` are comments.
Phrases may span several words ("new year's eve"); they are matched token by token.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

FILES = ("months", "weekdays", "numbers", "units", "seasons", "dayparts", "holidays", "mods", "refs")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("dateline.timex").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """phrase -> the remaining columns of its row."""
    return {row[0].lower(): tuple(row[1:]) for row in _rows(name)}


def all_tables() -> dict[str, dict[str, tuple[str, ...]]]:
    return {name: table(name) for name in FILES}
