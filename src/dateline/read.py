"""Read dated articles from files, directories, globs and stdin, gzipped or not.

`read_sources` yields a `Document` for every good article and an `InputError` for every bad one
(yielded, never raised), so a batch goes on; it never raises for bad input.  Each error names
the file, the line where there is one, and the problem.

Formats (`fmt` forces one):
- "corpus": ` date YYYY-MM-DD ` then the article; one article per file or one per line (see
  `dateline.formats.corpus` for the rule);
- "jsonl": JSON Lines with `text` and `date` (`dateline.formats.jsonl`);
- "text": the whole file is one article dated by the `date` argument;
- "tml": TimeML (`dateline.formats.tml`).
Detection, when `fmt` is None: by name first (`.jsonl`/`.ndjson` -> jsonl, `.tml`/`.timeml` ->
tml, after removing `.gz`), then by content: `{` or `[` -> jsonl, `<` with TimeML in the head ->
tml, a date prefix -> corpus, anything else -> text.  A file with a NUL byte in its first 64 KB
is reported as binary.  `date` is the fallback date of articles that carry none (plain text, a
JSON object without `date`, TimeML without a creation time); an article's own date wins.
Articles over `max_bytes` (10 MB by default) are reported, never held whole in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .formats.context import DEFAULT_MAX_BYTES, Context
from .formats.corpus import has_prefix, read_corpus, read_text
from .formats.dates import date_part, validate_dct
from .formats.errors import InputError, StreamError
from .formats.jsonl import read_jsonl
from .formats.lines import BOM, read_chunk
from .formats.sources import Opened, Source, iter_sources, open_source
from .formats.tml import read_tml
from .model import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "InputError",
    "date_part",
    "expand_sources",
    "read_sources",
    "validate_dct",
]

Item = Document | InputError
Reader = Callable[[Opened, Context], Iterator[Item]]
READERS: dict[str, Reader] = {"corpus": read_corpus, "jsonl": read_jsonl, "text": read_text, "tml": read_tml}
FORMATS = tuple(READERS)
BY_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".tml": "tml", ".timeml": "tml"}
SNIFF_BYTES = 64 * 1024
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def expand_sources(sources: Iterable[str]) -> list[str]:
    """Paths, directories (recursive), globs and "-" -> the files to read, in a stable order."""
    return [s.path for s in iter_sources(sources) if s.problem is None]


def read_sources(
    sources: Iterable[str],
    date: str | None = None,
    fmt: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Item]:
    """Documents and InputErrors from `sources`; never raises for bad input.

    A bad `date` (the user's `--date`) is yielded as the only InputError, with path "--date".
    An unknown `fmt` or a `max_bytes` below 1 is the caller's bug: ValueError, raised at once.
    """
    if fmt is not None and fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if max_bytes < 1:
        raise ValueError("max_bytes must be positive")
    return _read_all(sources, date, fmt, max_bytes)


def _read_all(sources: Iterable[str], date: str | None, fmt: str | None, max_bytes: int) -> Iterator[Item]:
    if date is not None:
        try:
            date = validate_dct(date)
        except ValueError as exc:
            yield InputError("--date", None, str(exc))
            return
    for source in iter_sources(sources):
        if source.problem is not None:
            yield InputError(source.name, None, source.problem)
            continue
        yield from _read_one(Context(source, date, max_bytes), fmt)


def _read_one(ctx: Context, fmt: str | None) -> Iterator[Item]:
    try:
        opened = open_source(ctx.source)
    except Exception as exc:
        yield ctx.error(*_explain(exc))
        return
    with opened:
        count = 0
        try:
            kind = fmt or detect(ctx.source, opened)
            for item in READERS[kind](opened, ctx):
                count += 1
                yield item
        except Exception as exc:
            yield ctx.error(*_explain(exc))
        else:
            if count == 0:
                yield ctx.error(None, "empty: no article in this file")


def _explain(exc: Exception) -> tuple[int | None, str]:
    """The line and problem of a failure while reading a file."""
    if isinstance(exc, StreamError):
        return exc.line, exc.problem
    if isinstance(exc, BinaryFile):
        return None, str(exc)
    if isinstance(exc, OSError):
        return None, f"cannot read: {exc.strerror or exc}"
    # Anything else is a bug in a reader; a batch still never stops with a traceback.
    return None, f"cannot read: {type(exc).__name__}: {exc}"


class BinaryFile(Exception):
    pass


def detect(source: Source, opened: Opened) -> str:
    """The format of `source`: by its name, else by its first bytes."""
    head = read_chunk(opened.rewind(), SNIFF_BYTES)
    if head.startswith(UTF16_BOMS):
        raise BinaryFile("UTF-16 text (it starts with a UTF-16 byte order mark): only UTF-8 is read")
    nul = head.find(b"\x00")
    if nul != -1:
        raise BinaryFile(f"binary file: NUL byte at byte {nul}; expected UTF-8 text")
    name = source.path.lower().removesuffix(".gz")
    for suffix, kind in BY_SUFFIX.items():
        if name.endswith(suffix):
            return kind
    start = head.removeprefix(BOM).lstrip()
    if start.startswith((b"{", b"[")):
        return "jsonl"
    if start.startswith(b"<") and (b"<TimeML" in head or b"CREATION_TIME" in head):
        return "tml"
    return "corpus" if has_prefix(head) else "text"
