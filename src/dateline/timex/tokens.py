"""Tokens for the grammar, and the fast scan that finds where time expressions may be.

Tokens are runs of letters, runs of digits, or single other characters, each with exact
character offsets.  `candidate_windows` finds the stretches of text around trigger words
(month and weekday names, digits, units, deictic words...) so the grammar never runs on
text that cannot hold a time expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import table

TOKEN_RE = re.compile(r"\d+|[^\W\d_]+|\S", re.UNICODE)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-"})

# Words that never make a time expression alone but may start or end one are not triggers.
EXTRA_TRIGGERS = (
    "noon", "midnight", "ago", "daily", "weekly", "monthly", "yearly", "annually", "quarterly",
    "hourly", "nightly", "biweekly", "semiannually", "fiscal", "am", "pm", "a.m", "p.m",
    "weekday", "weekdays", "hereafter", "meanwhile", "midyear", "yearend", "mid",
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # original text
    low: str  # lower-cased, quotes and dashes unified
    space_before: bool  # whitespace between the previous token and this one


def norm(word: str) -> str:
    return word.translate(_QUOTES).lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    prev_end = -1
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        out.append(Token(m.start(), m.end(), word, norm(word), m.start() != prev_end))
        prev_end = m.end()
    return out


@lru_cache(maxsize=1)
def trigger_regex() -> re.Pattern[str]:
    words: set[str] = set(EXTRA_TRIGGERS)
    for name in ("months", "weekdays", "units", "seasons", "dayparts", "refs", "holidays"):
        for phrase in table(name):
            first = TOKEN_RE.findall(phrase)
            words.update(w for w in first if len(w) > 1 and w.isalpha())
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\d|(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def candidate_windows(text: str, margin: int = 48) -> list[tuple[int, int]]:
    """Merged character windows around trigger words, snapped to whitespace."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    for m in trigger_regex().finditer(text):
        s, e = m.start(), m.end()
        lo = max(0, s - margin)
        if lo > 0:
            ws = _SPACE.search(text, lo, s)
            lo = ws.end() if ws else lo
        hi = min(n, e + margin)
        if hi < n:
            cut = text.rfind(" ", e, hi)
            hi = cut if cut >= 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


_SPACE = re.compile(r"\s")
