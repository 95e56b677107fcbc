"""Quoted stretches of an article's text: “…”, «…» and "…", with quotes reopened across paragraphs.

Pure text, no parsing: a quote left open at the end of a paragraph and reopened at the start of
the next one is a single quote running over both.  Single marks (‘…’) are left alone: they are
nested quotes or apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "”", "«": "»", '"': '"'}
_PARAGRAPH = re.compile(r"\n\s*")
_MARKS = re.compile("[" + "".join(sorted(set(OPENERS) | set(OPENERS.values()))) + "]")
_TRAILING = ",;:—–- \n\t"


@dataclass(slots=True)
class Quote:
    start: int  # first character inside the opening mark
    end: int  # last character inside the closing mark (exclusive)
    open_mark: int  # offset of the opening mark
    after: int  # offset just past the closing mark (or the paragraph end when left open)


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch of `text`; a quote reopened at the next paragraph's start continues."""
    quotes: list[Quote] = []
    carried: Quote | None = None  # a quote left open at the end of the previous paragraph
    for para_start, para_end in paragraphs(text):
        opened: int | None = None
        closer = ""
        if carried is not None and text[para_start] not in OPENERS:
            quotes.append(carried)
            carried = None
        for found in _MARKS.finditer(text, para_start, para_end):  # only the marks move a quote on
            i, char = found.start(), found.group()
            if opened is None and char in OPENERS:
                opened, closer = i, OPENERS[char]
            elif opened is not None and char == closer:
                if carried is not None and opened == para_start:
                    carried.end, carried.after = i, i + 1
                    quotes.append(carried)
                    carried = None
                else:
                    quotes.append(Quote(opened + 1, i, opened, i + 1))
                opened = None
        if opened is not None:  # left open: continued if the next paragraph reopens
            if carried is not None and opened == para_start:
                carried.end = carried.after = para_end
            else:
                if carried is not None:
                    quotes.append(carried)
                carried = Quote(opened + 1, para_end, opened, para_end)
        elif carried is not None:
            quotes.append(carried)
            carried = None
    if carried is not None:
        quotes.append(carried)
    return [q for q in quotes if text[q.start : q.end].strip()]


def trim_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Inside-quote content without surrounding blanks and the trailing comma before the mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end
