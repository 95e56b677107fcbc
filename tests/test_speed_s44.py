"""A batch of documents keeps the cyclic collector paused from its first document to its last, and gives
the same analyses as the documents one by one."""

from __future__ import annotations

import gc

import pytest

from dateline import pipeline
from dateline.model import Document

TEXTS = (
    "Maria Lopez resigned as mayor of Harlow on Tuesday.",
    "The club appointed Tomas Brandt as head coach on Monday.",
)


def _documents() -> list[Document]:
    return [Document(id=f"batch-{n}", dct="2024-03-07", text=text) for n, text in enumerate(TEXTS)]


def _events(analysis) -> list[tuple[str | None, str | None]]:
    return [(e.type, e.time) for e in analysis.events]


def test_batch_gives_the_same_analyses_as_one_by_one():
    batched = pipeline.analyze_documents(_documents())
    single = [pipeline.analyze_document(d) for d in _documents()]
    assert [_events(a) for a in batched] == [_events(a) for a in single]
    assert [time for kind, time in _events(batched[0]) if kind] == ["2024-03-05"]


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_off_for_the_whole_batch_and_restored_after(monkeypatch, enabled):
    seen: list[bool] = []
    enrich = pipeline.enrich

    def watched(*args):
        seen.append(gc.isenabled())  # between documents too: off before each one's stages begin
        return enrich(*args)

    was = gc.isenabled()
    monkeypatch.setattr(pipeline, "enrich", watched)
    try:
        gc.enable() if enabled else gc.disable()
        pipeline.analyze_documents(_documents())
        assert seen == [False, False]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_collector_back_on_when_a_document_fails(monkeypatch):
    def failing(*args):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline, "enrich", failing)
    assert gc.isenabled()
    results = pipeline.analyze_documents(_documents())
    assert all(isinstance(r, RuntimeError) for r in results)
    assert gc.isenabled()
