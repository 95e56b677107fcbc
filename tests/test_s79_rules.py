"""Session 79: rules found reading development misses and the blind fixtures, each tested on an invented article (other
names, other words), with the near miss the rule must leave alone."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import timed_events as _events


def _types(a) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_a_year_owning_the_prize_won_is_its_edition_not_the_day() -> None:
    a = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics, the Hallam Trust announced on "
            "Thursday.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(a, "career.win")] == ["2025-10-09"]
    # ... a year the sentence alone gives still dates it
    b = run("Tomasz Wielbrandt, a physicist, has won this year's Ostrava Prize for Optics.", "2025-10-10")
    assert [str(t) for t, _, _ in _events(b, "career.win")] == ["2025"]
