"""Where articles come from: paths, directories, globs and stdin, opened as seekable byte streams.

Rules:
- a directory is walked recursively in sorted path order; hidden entries (a name starting with
  ".") are skipped, and only files whose name ends in one of `ARTICLE_SUFFIXES` (optionally
  followed by ".gz") are taken, so a README or an image next to the articles is not read;
- a file named explicitly, or matched by a glob, is always read, whatever its name;
- a glob (`*`, `?`, `[`, and `**` for any depth) expands in sorted order;
- `-` is standard input; it, and any other stream that cannot seek (a named pipe, `<(zcat f)`),
  is spooled (in memory up to 8 MB, then to a temporary file) so it can be read twice;
- a stream starting with the gzip magic bytes is decompressed, whatever its name.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import StreamError
from .lines import CHUNK, read_chunk

STDIN = "-"
STDIN_NAME = "<stdin>"
ARTICLE_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".tml", ".timeml")
_LOOKED_FOR = ", ".join(f"*{suffix}[.gz]" for suffix in ARTICLE_SUFFIXES)
GZIP_MAGIC = b"\x1f\x8b"
SPOOL_IN_MEMORY = 8 << 20


@dataclass(frozen=True, slots=True)
class Source:
    path: str  # as given or found; "-" for standard input
    problem: str | None = None  # why it yields nothing (missing path, glob matching nothing)

    @property
    def name(self) -> str:
        """The name used in messages."""
        return STDIN_NAME if self.path == STDIN else self.path


def iter_sources(sources: Iterable[str]) -> Iterator[Source]:
    """Every file named by `sources`, in order, each once (by its real path); a missing path or a
    glob that matches nothing comes with its problem."""
    seen: set[str] = set()
    for raw in sources:
        for source in _expand_one(str(raw)):
            if source.problem is None:
                key = source.path if source.path == STDIN else os.path.realpath(source.path)
                if key in seen:
                    continue
                seen.add(key)
            yield source


def _expand_one(raw: str) -> Iterator[Source]:
    if raw == STDIN:
        yield Source(STDIN)
    elif os.path.isdir(raw):
        found = list(_walk(raw))
        yield from found or [Source(raw, f"no article files in this directory (looked for {_LOOKED_FOR})")]
    elif os.path.lexists(raw):
        yield Source(raw)
    elif glob.has_magic(raw):
        matches = sorted(glob.glob(raw, recursive=True))
        if not matches:
            yield Source(raw, "no file matches this pattern")
        for match in matches:
            yield from _walk(match) if os.path.isdir(match) else [Source(match)]
    else:
        yield Source(raw, "no such file or directory")


def _walk(root: str) -> Iterator[Source]:
    problems: list[Source] = []

    def report(exc: OSError) -> None:
        problems.append(Source(str(exc.filename or root), f"cannot read directory: {exc.strerror or exc}"))

    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=report):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(os.path.join(dirpath, f) for f in filenames if _is_article_name(f))
    yield from problems
    for path in sorted(found, key=lambda p: Path(p).parts):
        yield Source(path)


def _is_article_name(name: str) -> bool:
    if name.startswith("."):
        return False
    lower = name.lower().removesuffix(".gz")
    return lower.endswith(ARTICLE_SUFFIXES)


class Opened:
    """A source's decompressed bytes, readable from the start as many times as needed."""

    def __init__(self, raw: BinaryIO, compressed: bool) -> None:
        self._raw = raw
        self.compressed = compressed
        self.stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw  # type: ignore[assignment]

    def rewind(self) -> BinaryIO:
        self.stream.seek(0)
        return self.stream

    def close(self) -> None:
        try:
            if self.stream is not self._raw:
                self.stream.close()
        finally:
            self._raw.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_source(source: Source) -> Opened:
    """Open `source` for reading.  Raises OSError (cannot open) or StreamError (bad gzip, I/O)."""
    if source.path == STDIN:
        stdin: BinaryIO | None = getattr(sys.stdin, "buffer", None)
        if stdin is None:
            raise StreamError("standard input cannot be read as bytes")
        raw: BinaryIO = _spool(stdin)
    else:
        raw = open(source.path, "rb")  # noqa: SIM115 - closed by Opened
        if not raw.seekable():  # a pipe such as /dev/fd/63
            with raw:
                raw = _spool(raw)
    try:
        magic = raw.read(2)
        raw.seek(0)
    except OSError as exc:
        raw.close()
        raise StreamError(f"cannot read: {exc.strerror or exc}") from None
    compressed = magic == GZIP_MAGIC
    if not compressed and source.path.lower().endswith(".gz"):
        raw.close()
        problem = "empty gzip file" if not magic else "corrupt gzip: not a gzip file (wrong magic bytes)"
        raise StreamError(problem)
    return Opened(raw, compressed)


def _spool(stream: BinaryIO) -> BinaryIO:
    """A seekable copy of a stream that can be read once only (in memory up to 8 MB, then on disk)."""
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - closed by Opened
    try:
        while True:
            block = read_chunk(stream, CHUNK)
            if not block:
                break
            spool.write(block)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool  # type: ignore[return-value]
