"""Context checks that keep ambiguous matches out (a bare number that is not a year, ...)."""

from __future__ import annotations

from .chart import Item
from .tokens import Token

BARE_UNIT_CONTEXT = frozenset({"for", "over", "within", "in", "past", "last", "next", "recent", "take", "takes"})


def _prev(tokens: list[Token], i: int) -> str:
    return tokens[i - 1].low if i > 0 else ""


def _next(tokens: list[Token], i: int) -> str:
    return tokens[i].low if i < len(tokens) else ""


def acceptable(it: Item, tokens: list[Token], text: str) -> bool:
    rule = it.rule
    before, after = _prev(tokens, it.start), _next(tokens, it.end)
    if rule in ("date:year", "date:decade"):
        if before in ("$", "#", "no", "number", "no.") or after in ("%", "percent"):
            return False
        if it.start > 0 and not tokens[it.start].space_before and before in (",", ".", ":"):
            return False
        if it.end < len(tokens) and not tokens[it.end].space_before and after in (",", ".") \
                and it.end + 1 < len(tokens) and tokens[it.end + 1].low.isdigit():
            return False
    if rule == "duration:bare-units":
        return before in BARE_UNIT_CONTEXT
    return True
