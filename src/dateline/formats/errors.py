"""The two errors of reading: one about an article or file, one raised while streaming bytes."""

from __future__ import annotations


class InputError(Exception):
    """A bad article or file.  Yielded (not raised) by `read_sources`, so a batch goes on.

    `str(error)` is ``PATH:LINE: problem``, or ``PATH: problem`` when there is no line.
    """

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        super().__init__(path, line, problem)
        self.path = path
        self.line = line
        self.problem = problem

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"

    def __repr__(self) -> str:
        return f"InputError({self.path!r}, {self.line!r}, {self.problem!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InputError):
            return NotImplemented
        return (self.path, self.line, self.problem) == (other.path, other.line, other.problem)

    def __hash__(self) -> int:
        return hash((self.path, self.line, self.problem))


class StreamError(Exception):
    """The bytes of a file could not be read (truncated or corrupt gzip, I/O error)."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line
