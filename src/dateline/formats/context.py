"""What every format reader is handed: the source, the fallback date, the size limit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from ..model import Document
from .errors import InputError
from .lines import DecodeProblem, decode, read_bounded
from .sources import Source

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # per article


@dataclass(frozen=True, slots=True)
class Context:
    source: Source
    date: str | None = None  # validated YYYY-MM-DD for articles that carry no date of their own
    max_bytes: int = DEFAULT_MAX_BYTES

    def error(self, line: int | None, problem: str) -> InputError:
        return InputError(self.source.name, line, problem)

    def document(self, text: str, dct: str, line: int | None = None, **meta: Any) -> Document:
        return Document.make(text, dct, path=self.source.path, line=line, **meta)

    def read_article(self, stream: BinaryIO) -> str | InputError:
        """A whole-file article as text: within the size limit, not empty, valid UTF-8."""
        data = read_bounded(stream, self.max_bytes)
        if data is None:
            return self.error(None, f"article is too long: over the limit of {self.max_bytes} bytes per article")
        if not data.strip():
            return self.error(None, "empty text: the file holds no article")
        try:
            return decode(data, 1, 0)
        except DecodeProblem as exc:
            return self.error(exc.line, exc.problem)

    def no_date(self, line: int | None, what: str) -> InputError:
        return self.error(line, f"no date: {what}, and no date was given (--date YYYY-MM-DD)")
