"""Bytes in bounded pieces: lines that never hold more than a set number of bytes in memory.

A 50 MB line is read in 1 MB chunks: the reader keeps at most `keep` bytes of it and counts the
rest, so an over-long line is reported with its size without being held whole.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import StreamError

CHUNK = 1 << 20
BOM = b"\xef\xbb\xbf"
HEAD = 256  # bytes kept of a line that is cut


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based
    offset: int  # byte offset of the line's start in the (decompressed) stream
    data: bytes  # the whole line with its terminator, or only its head when `cut`
    size: int  # the line's full size in bytes, terminator included
    cut: bool = False

    @property
    def blank(self) -> bool:
        return not self.cut and not self.data.strip()


def read_chunk(stream: BinaryIO, size: int = CHUNK) -> bytes:
    """Up to `size` bytes (fewer when that is what the stream has at hand: `read1`, so that a
    truncated gzip still gives the lines before the cut), with decompression and I/O failures
    turned into `StreamError`.  An empty result means the end of the stream."""
    read = getattr(stream, "read1", stream.read)
    try:
        return read(size)
    except EOFError:
        raise StreamError("truncated gzip: the compressed data ends before its end marker") from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise StreamError(f"corrupt gzip: {exc}") from None
    except OSError as exc:
        raise StreamError(f"cannot read: {exc.strerror or exc}") from None


def iter_lines(stream: BinaryIO, keep: int, chunk: int = CHUNK) -> Iterator[Line]:
    """Lines of `stream` (split on ``\\n``), each holding at most `keep` bytes.

    A line longer than `keep` is yielded with `cut=True`, its first bytes as `data`, and its
    true `size`.  Raises `StreamError` (with the line number) when the stream fails mid-way.
    """
    number, offset, size, kept = 1, 0, 0, 0
    pieces: list[bytes] = []
    while True:
        try:
            block = read_chunk(stream, chunk)
        except StreamError as exc:
            exc.line = number
            raise
        if not block:
            break
        start, end_of_block = 0, len(block)
        while start < end_of_block:
            newline = block.find(b"\n", start)
            end = end_of_block if newline == -1 else newline + 1
            room = keep - kept
            if room > 0:
                piece = block[start : min(end, start + room)]
                pieces.append(piece)
                kept += len(piece)
            size += end - start
            start = end
            if newline != -1:
                yield _line(number, offset, pieces, size)
                number, offset, size, kept = number + 1, offset + size, 0, 0
                pieces = []
    if size:
        yield _line(number, offset, pieces, size)


def _line(number: int, offset: int, pieces: list[bytes], size: int) -> Line:
    data = b"".join(pieces)
    if len(data) < size:
        return Line(number, offset, data[:HEAD], size, cut=True)
    return Line(number, offset, data, size)


def read_bounded(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole stream if it holds at most `limit` bytes, else None (after reading limit+1)."""
    pieces: list[bytes] = []
    total = 0
    while total <= limit:
        block = read_chunk(stream, min(CHUNK, limit + 1 - total))
        if not block:
            return b"".join(pieces)
        pieces.append(block)
        total += len(block)
    return None


def decode(data: bytes, first_line: int, offset: int) -> str:
    """UTF-8 text of `data` (which starts at line `first_line`, byte `offset` of its file).

    Raises `DecodeProblem` naming the line and byte of a NUL byte or an invalid sequence.
    """
    nul = data.find(b"\x00")
    if nul != -1:
        line = first_line + data.count(b"\n", 0, nul)
        raise DecodeProblem(line, f"binary data: NUL byte at byte {offset + nul} (line {line})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        bad = data[exc.start : exc.start + 1].hex()
        raise DecodeProblem(
            line, f"invalid UTF-8: byte 0x{bad} at byte {offset + exc.start} (line {line}) ({exc.reason})"
        ) from None
    return text[1:] if offset == 0 and text.startswith("\ufeff") else text


class DecodeProblem(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(problem)
        self.line = line
        self.problem = problem


def strip_terminator(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith("\n") else text


def over_limit(size: int, limit: int, what: str = "article") -> str:
    return f"{what} is too long: {size} bytes, over the limit of {limit} bytes per article"
