"""The cyclic collector paused around the stages, and left as it was found."""

from __future__ import annotations

import gc

import pytest

from dateline.gcpause import paused_cycle_collection
from dateline.pipeline import analyze


@pytest.mark.parametrize("enabled", [True, False])
def test_analysis_leaves_the_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        analysis = analyze("Maria Lopez resigned as mayor of Harlow on Tuesday.", "2024-03-07")
        assert gc.isenabled() is enabled
        assert [e.time for e in analysis.events if e.type] == ["2024-03-05"]
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_is_off_inside_and_back_on_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_cycle_collection():
        assert not gc.isenabled()
        with paused_cycle_collection():  # nested: the outer block restores it
            pass
        assert not gc.isenabled()
        raise RuntimeError("stage failed")
    assert gc.isenabled()
