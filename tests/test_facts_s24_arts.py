"""Phrasings found in session 24 (arts: bands, festivals, book prizes, stage and streaming), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, event_names, facts_by_pair


def test_a_named_presenter_told_is_an_interview() -> None:
    # "told the radio presenter X": a named interviewer, as "told the magazine X" names an outlet
    a = run("Lena Ruud told the radio presenter Sam Oakes on Monday that the tour was nearly sold out.", "2024-05-08")
    assert "Lena Ruud" in event_names(a, "report.interview", "agent")


def test_a_band_called_a_four_piece_is_the_band_formed_and_left() -> None:
    a = run("The Velvet Foxes, the Leeds four-piece, released an album on Friday. Mara Quist formed the band in 2011. "
            "Tom Hale quit the band in 2016.", "2024-05-08")
    assert entity_types(a).get("Velvet Foxes") == "ORG"
    assert "Velvet Foxes" in event_names(a, "business.found", "organization")
    assert "Velvet Foxes" in event_names(a, "career.resign", "organization")
    members = facts_by_pair(a, "member")
    assert members.get(("Mara Quist", "Velvet Foxes")) == ("2011", None)
    assert members.get(("Tom Hale", "Velvet Foxes")) == (None, "2016")

