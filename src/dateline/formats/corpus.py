"""Our corpus format (` date YYYY-MM-DD ` then the article) and plain text.

The prefix: optional leading whitespace, the word `date`, spaces or tabs, a date, then one
separating space, tab or line break, which is dropped.  Everything after it is the article,
byte for byte, so offsets are stable.  The date may be `YYYY-MM-DD` or an ISO 8601 timestamp
(`date 2023-08-07T10:00:00Z`), whose date part, as written, is kept.  A UTF-8 byte order mark at
the start of the file is dropped.

One article or one per line?  A file in which two or more lines start with a date prefix holds
one article per line: every non-empty line must then carry its own prefix (a line without one
is reported, the other lines are still read), its line break is dropped, and the document
records its 1-based line number.  Otherwise the whole file is one article, whose prefix starts
its first non-empty line and which may span many lines and paragraphs.

Plain text: the whole file is the article; its date is the one given by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .context import Context
from .dates import date_part
from .errors import InputError, StreamError
from .lines import BOM, DecodeProblem, decode, iter_lines, over_limit, strip_terminator
from .sources import Opened

PREFIX = re.compile(r"\s*date[ \t]+(\d\S*)(?:\r\n|\s|\Z)", re.ASCII)  # \s: [ \t\n\r\f\v]
PREFIX_BYTES = re.compile(rb"[ \t\r\n\f\v]*date[ \t]+\d")

Item = Document | InputError


def read_corpus(opened: Opened, ctx: Context) -> Iterator[Item]:
    many = count_prefixed_lines(opened.rewind(), stop_at=2) >= 2
    stream = opened.rewind()
    yield from _read_per_line(stream, ctx) if many else _read_whole(stream, ctx, prefixed=True)


def read_text(opened: Opened, ctx: Context) -> Iterator[Item]:
    yield from _read_whole(opened.rewind(), ctx, prefixed=False)


def has_prefix(head: bytes) -> bool:
    return PREFIX_BYTES.match(head.removeprefix(BOM)) is not None


def count_prefixed_lines(stream: BinaryIO, stop_at: int) -> int:
    """How many lines start with a date prefix, counting up to `stop_at`."""
    count = 0
    try:
        for line in iter_lines(stream, keep=64):
            count += has_prefix(line.data)
            if count >= stop_at:
                break
    except StreamError:
        pass  # reported when the file is read for real
    return count


def _read_per_line(stream: BinaryIO, ctx: Context) -> Iterator[Item]:
    for line in iter_lines(stream, keep=ctx.max_bytes + 2):
        if line.blank:
            continue
        payload = len(line.data.rstrip(b"\r\n"))
        if line.cut or payload > ctx.max_bytes:
            yield ctx.error(line.number, over_limit(line.size, ctx.max_bytes, "line"))
            continue
        try:
            text = strip_terminator(decode(line.data, line.number, line.offset))
        except DecodeProblem as exc:
            yield ctx.error(exc.line, exc.problem)
            continue
        yield _article(text, ctx, line.number, per_line=True)


def _read_whole(stream: BinaryIO, ctx: Context, prefixed: bool) -> Iterator[Item]:
    text = ctx.read_article(stream)
    if isinstance(text, InputError):
        yield text
        return
    if prefixed and PREFIX.match(text):
        yield _article(text, ctx, 1, per_line=False)
    elif ctx.date is None:
        yield ctx.no_date(None, "the text has no ' date YYYY-MM-DD ' prefix")
    else:
        yield ctx.document(text, ctx.date)


def _article(text: str, ctx: Context, first_line: int, per_line: bool) -> Item:
    """The document of `text` that starts with a date prefix, or the problem with it."""
    match = PREFIX.match(text)
    if match is None:
        return ctx.error(first_line, "no date prefix: the line does not start with ' date YYYY-MM-DD '")
    line = first_line + text.count("\n", 0, match.start(1))
    try:
        dct = date_part(match.group(1))
    except ValueError as exc:
        return ctx.error(line, str(exc))
    body = text[match.end() :]
    if not body.strip():
        return ctx.error(line, "empty text: nothing follows the date prefix")
    return ctx.document(body, dct, line=first_line if per_line else None)
