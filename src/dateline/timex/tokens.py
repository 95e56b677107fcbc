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
    "weekday", "weekdays", "midyear", "yearend", "mid", "half", "q", "nineteen", "period",
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str  # original text
    low: str  # lower-cased, quotes and dashes unified
    space_before: bool  # whitespace between the previous token and this one


def norm(word: str) -> str:
    return word.lower() if word.isascii() else word.translate(_QUOTES).lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    out: list[Token] = []
    prev_end = -1
    for m in TOKEN_RE.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        out.append(Token(s, e, word, word.lower() if word.isascii() else norm(word), s != prev_end))
        prev_end = e
    return out


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Words at the core of any time expression (lower-cased)."""
    words: set[str] = set(EXTRA_TRIGGERS)
    for name in ("months", "weekdays", "units", "seasons", "dayparts", "refs", "holidays"):
        for phrase in table(name):
            content = [norm(w) for w in TOKEN_RE.findall(phrase) if len(w) > 1 and w.isalpha()]
            if content:
                words.add(content[-1])
                if name == "weekdays" and content[-1].endswith("day"):
                    words.add(content[-1] + "s")  # "Mondays"
    return frozenset(words)


def _trie(words: set[str]) -> str:
    """A regex alternation factored by common prefixes (much faster than a flat list)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(k) + build(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@lru_cache(maxsize=1)
def trigger_regex() -> re.Pattern[str]:
    """Digits, or a trigger word in lower case (unless ambiguous), Capitalized or UPPER case."""
    forms: set[str] = set()
    for w in trigger_words():
        if not w.isalpha():
            continue
        if w not in CAPITAL_ONLY:
            forms.add(w)
        forms.update((w.capitalize(), w.upper()))
    return re.compile(rf"\d+|\b{_trie(forms)}\b")


def candidate_windows(text: str, left: int = 26, right: int = 18) -> list[tuple[int, int]]:
    """Merged character windows around trigger words, snapped to whitespace."""
    n = len(text)
    windows: list[tuple[int, int]] = []
    for m in trigger_regex().finditer(text):
        s, e = m.span()
        if text[s].isdigit() and _not_a_time_number(text, s, e):
            continue
        lo = max(0, s - left)
        if lo > 0:
            ws = _SPACE.search(text, lo, s)
            lo = ws.end() if ws else lo
        hi = min(n, e + right)
        if hi < n:  # finish the word the margin ends in
            ws = _SPACE.search(text, hi, hi + 24)
            hi = ws.start() if ws else min(n, hi + 24)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


_TIME_NUMBER_TAIL = re.compile(r"[:/.\-]\d|st\b|nd\b|rd\b|th\b|s\b|'?s\b|\s*(?:[ap]\.?m\b|o'clock)", re.IGNORECASE)
NUMBER_NOUNS = re.compile(r"\s*(?:million|billion|trillion|cents?|percent|shares|pence|points|miles|people|"
                          r"dollars|tons|barrels|pounds|yen|marks|francs|feet|kilometers|%)\b", re.IGNORECASE)


def _not_a_time_number(text: str, s: int, e: int) -> bool:
    """Money, percentages, decimals and thousands never hold a time expression."""
    before = text[s - 1] if s > 0 else ""
    after = text[e:e + 2]
    if before in "$#" and before or after[:1] == "%":
        return True
    if before in ".," and before and s > 1 and text[s - 2].isdigit():
        return True  # the tail of 1.5 or 1,000
    if after[:1] in ".," and after[1:2].isdigit():
        return True  # the head of 1.5 or 1,000
    if NUMBER_NOUNS.match(text, e) is not None:
        return True
    if e - s == 4 and 1000 <= int(text[s:e]) <= 2199:
        return False  # a possible year
    # Other numbers only matter next to a word that is itself a trigger ("5 years", "Aug. 5"),
    # whose window covers them, or as clock times, dates and ordinals written with the digits.
    return _TIME_NUMBER_TAIL.match(text, e) is None


# lower-case forms that are ordinary words; as triggers only when capitalized
CAPITAL_ONLY = frozenset({"may", "march", "sat", "sun", "wed", "mon", "fri", "tue", "thu", "jan", "dec", "mar",
                          "jun", "jul", "aug", "sep", "oct", "nov", "feb", "apr", "sept", "tues", "thur", "thurs",
                          "second", "min", "once", "present"})


_SPACE = re.compile(r"\s")
