"""Batch ingestion: read sources, analyze new documents (over local cores), store each one whole.

Documents already in the store are skipped before analysis, so running the same command again
after a crash finishes the batch.  A bad article is reported and skipped; the batch goes on.
"""

from __future__ import annotations

import os
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from .model import Analysis, Document
from .pipeline import Options, analyze_document
from .read import DEFAULT_MAX_BYTES, InputError, read_sources
from .store import Store


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


def analyze_safely(document: Document, options: Options) -> Analysis | str:
    try:
        return analyze_document(document, options)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        where = document.path or "<input>"
        if document.line:
            where += f":{document.line}"
        detail = traceback.format_exception_only(exc)[-1].strip()
        return f"{where}: analysis failed: {detail}"


def _warm_up(options: Options) -> None:
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
    if jobs == 1:
        for document in new_documents():
            store_one(analyze_safely(document, options))
    else:
        window: deque[Future] = deque()
        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm_up, initargs=(options,)) as pool:
            for document in new_documents():
                window.append(pool.submit(analyze_safely, document, options))
                while len(window) >= 4 * jobs:
                    store_one(window.popleft().result())
            while window:
                store_one(window.popleft().result())
    report.seconds = time.perf_counter() - started
    return report
