"""Pausing Python's cyclic garbage collector around work that allocates a great deal.

The stages make many short-lived objects (tuples, lists, arguments) and few reference cycles:
reference counting frees them as they go, while the cyclic collector, triggered by the count of
allocations, would scan the young objects hundreds of times per batch of articles (and every
object not frozen at a full collection): over the 160 fixture articles, collections during the
stages took 0.31 s with it running and 0.11 s with it paused (timed with `gc.callbacks`), about
3 % of the stages' time.  Pausing it changes no result; the collector runs again, as usual, once
the work is done.

A batch of documents (`pipeline.analyze_documents`) keeps it paused from the first document to the
last: re-enabled between documents, it scanned each document's surviving objects (its analysis) in
the young generation, then again in the older ones, and now and then every object of the batch in a
full collection -- 0.33 s of collections per batch of the 214 development articles, 0.10 s when
paused for the whole batch (the few left come after it), and none of those collections
found a cycle to free (the stages make none; spaCy's parse a dozen objects per 60 articles).  The
batches `dateline ingest` makes are small (`ingest.BATCH` articles), so little can pile up.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_cycle_collection() -> Iterator[None]:
    """The cyclic collector off for the block (nested blocks leave it to the outermost), then
    restored as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
