"""Batch ingestion: read sources, analyze new documents (over local cores), store each one whole.

Documents already in the store are skipped before analysis, so running the same command again
after a crash finishes the batch.  A bad article is reported and skipped; the batch goes on.
"""

from __future__ import annotations

import os
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from .model import Analysis, Document
from .pipeline import Options, analyze_document, analyze_documents
from .read import DEFAULT_MAX_BYTES, InputError, read_sources
from .store import Store

BATCH = 8  # documents parsed by spaCy together


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(slots=True)
class IngestReport:
    stored: int = 0
    already: int = 0  # in the store before (or twice in this batch)
    failed: int = 0
    chars: int = 0  # characters of text analyzed
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


def _where(document: Document) -> str:
    return (document.path or "<input>") + (f":{document.line}" if document.line else "")


def _failure(document: Document, exc: BaseException) -> str:
    return f"{_where(document)}: analysis failed: {traceback.format_exception_only(exc)[-1].strip()}"


def analyze_safely(document: Document, options: Options) -> Analysis | str:
    """One document's Analysis, or the message that says why it could not be analyzed."""
    try:
        return analyze_document(document, options)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return _failure(document, exc)


def analyze_batch(documents: list[Document], options: Options) -> list[Analysis | str]:
    """A batch through spaCy at once; if the batch itself fails, each document on its own."""
    try:
        results = analyze_documents(documents, options)
    except Exception:  # noqa: BLE001 - find the culprit one by one
        return [analyze_safely(d, options) for d in documents]
    return [r if isinstance(r, Analysis) else _failure(d, r) for d, r in zip(documents, results, strict=True)]


def _warm_up() -> None:
    """Load spaCy and the stages once per worker process."""
    from . import nlp, pipeline

    nlp.load()
    pipeline.stages()


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    date: str | None = None,
    fmt: str | None = None,
    jobs: int = 1,
    options: Options | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[str], None] | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    options = options or Options()
    report = IngestReport()
    started = time.perf_counter()
    seen: set[str] = set()

    def fail(message: str) -> None:
        report.failed += 1
        report.errors.append(message)
        if on_error:
            on_error(message)

    def store_one(result: Analysis | str) -> None:
        if isinstance(result, str):
            fail(result)
        elif store.add(result):
            report.stored += 1
            report.chars += len(result.document.text)
        else:
            report.already += 1
        if on_progress:
            on_progress(report)

    def new_documents() -> Iterable[Document]:
        for item in read_sources(sources, date=date, fmt=fmt, max_bytes=max_bytes):
            if isinstance(item, InputError):
                fail(str(item))
                if on_progress:
                    on_progress(report)
                continue
            if item.id in seen or store.has(item.id):
                report.already += 1
                if on_progress:
                    on_progress(report)
                continue
            seen.add(item.id)
            yield item

    jobs = max(1, jobs if jobs > 0 else (os.cpu_count() or 1))
    batches = _batched(new_documents(), BATCH)
    if jobs == 1:
        for batch in batches:
            for result in analyze_batch(batch, options):
                store_one(result)
    else:
        window: deque[Future] = deque()
        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up) as pool:
            for batch in batches:
                window.append(pool.submit(analyze_batch, batch, options))
                while len(window) >= 2 * jobs:
                    for result in window.popleft().result():
                        store_one(result)
            while window:
                for result in window.popleft().result():
                    store_one(result)
    report.seconds = time.perf_counter() - started
    return report
