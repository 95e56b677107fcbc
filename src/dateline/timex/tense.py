"""A light tense heuristic for when no parse is available: the nearest verb cue in the clause."""

from __future__ import annotations

import re

_CUE = re.compile(
    r"\b(?P<future>will|won't|shall|'ll|going to|plans? to|planned to|expects? to|scheduled to|set to|"
    r"is to|are to|would|next|upcoming|coming|expected|scheduled|slated|supposed|due)\b"
    r"|\b(?P<past>was|were|had|did|said|told|announced|reported|ago|last|yesterday|earlier|met|went|came|"
    r"saw|took|made|got|gave|found|left|began|became|held|won|lost|broke|wrote|spoke|ran|knew|thought|"
    r"brought|bought|sold|paid|fell|rose|kept|led|felt|sent|spent|built|grew|drew|flew|threw|wore|"
    r"\w{3,}ed)\b"
    r"|\b(?P<present>is|are|am|has|have|does|do|says|now|today)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.!?;\n]")


def heuristic_tense(text: str, start: int, end: int, window: int = 80) -> str | None:
    """PAST / PRESENT / FUTURE from the nearest verb cue before the span in its clause, else after it."""
    lo = max(0, start - window)
    left = text[lo:start]
    cut = None
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        lo += cut
    hi = min(len(text), end + window)
    right = _CLAUSE_END.search(text, end, hi)
    if right:
        hi = right.start()
    left: str | None = None
    for m in _CUE.finditer(text, lo, start):
        left = (m.lastgroup or "").upper()  # the last cue before the span
    if left is not None:
        return left
    m = _CUE.search(text, end, hi)
    return (m.lastgroup or "").upper() if m else None
