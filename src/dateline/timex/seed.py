"""Put lexicon entries on the chart: every (possibly multi-word) phrase of a data file."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .chart import Chart, Item
from .lexicon import table
from .tokens import TOKEN_RE, Token, norm

# Month and weekday forms that are also common words or abbreviations: only when capitalized.
AMBIGUOUS = frozenset({"may", "march", "sat", "sun", "wed", "mon", "fri", "tue", "thu", "jan", "dec", "mar",
                       "jun", "jul", "aug", "sep", "oct", "nov", "feb", "apr", "sept", "tues", "thur", "thurs"})

Entry = tuple[tuple[str, ...], str, dict[str, Any], bool]  # tokens, kind, meaning, needs capital


def _num(x: str) -> float | int | str:
    if x == "X":
        return x
    f = float(x)
    return int(f) if f.is_integer() else f


def _ref_meaning(spec: str) -> dict[str, Any]:
    if spec.startswith("day:"):
        parts = spec.split(":")
        out: dict[str, Any] = {"shift": (int(parts[1]), "D")}
        if len(parts) > 2:
            out["pod"] = parts[2]
        return out
    return {"ref": spec}


def _entries() -> list[Entry]:
    out: list[Entry] = []

    def add(phrase: str, kind: str, meaning: dict[str, Any], cap: bool = False) -> None:
        toks = tuple(norm(t) for t in TOKEN_RE.findall(phrase))
        out.append((toks, kind, meaning, cap))

    for word, (m,) in table("months").items():
        add(word, "month", {"m": int(m), "abbr": len(word) <= 4 and word not in ("may", "june", "july")}, word in AMBIGUOUS)
    for word, (wd,) in table("weekdays").items():
        add(word, "weekday", {"wd": int(wd), "abbr": len(word) <= 5}, word in AMBIGUOUS)
        if word.endswith("day"):  # "Mondays": every Monday
            add(word + "s", "weekday", {"wd": int(wd), "pl": True})
    for word, (value, kind) in table("numbers").items():
        n = _num(value)
        if kind == "article":
            add(word, "art", {"n": 1})
        elif kind == "ordinal":
            add(word, "ord", {"n": n, "word": True})
        elif kind == "decade":
            add(word, "decade", {"dec2": n})
        elif kind == "fraction":
            add(word, "half", {"n": n})
        else:
            add(word, "num", {"n": n, "word": True, "class": kind, "w": word})
    for word, (unit,) in table("units").items():
        add(word, "unit", {"u": unit, "pl": word.endswith(("s", "ia")), "w": word})
    for word, (code,) in table("seasons").items():
        add(word, "season", {"season": code})
    for word, (code,) in table("dayparts").items():
        add(word, "daypart", {"pod": code, "pl": word.endswith("s")})
    for word, (spec,) in table("holidays").items():
        add(word, "holiday", {"hol": spec})
    for word, (mod, scope) in table("mods").items():
        add(word, "mod", {"mod": mod, "scope": scope, "w": word})
    for word, (spec,) in table("refs").items():
        add(word, "deictic", _ref_meaning(spec))
    return out


@lru_cache(maxsize=1)
def index() -> dict[str, list[Entry]]:
    idx: dict[str, list[Entry]] = {}
    for entry in _entries():
        idx.setdefault(entry[0][0], []).append(entry)
    return idx


def seed(chart: Chart, tokens: Sequence[Token]) -> None:
    idx = index()
    lows = tuple(t.low for t in tokens)
    for i, tok in enumerate(tokens):
        if tok.low.isdecimal() and len(tok.low) <= 6:
            chart.seed(Item("num", i, i + 1, {"n": int(tok.low), "digits": len(tok.low)}, "number:digits"))
            continue
        for words, kind, meaning, cap in idx.get(tok.low, ()):
            end = i + len(words)
            if end - i > 1 and lows[i:end] != words:
                continue
            if cap and not tok.text[:1].isupper():
                continue
            chart.seed(Item(kind, i, end, dict(meaning), f"lex:{kind}", (), tok.text[:1].isupper()))
