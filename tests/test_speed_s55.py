"""Session 55, speed: the mention lookup the events and facts stages take once (`MentionLookup`) finds what the plain
`entity_containing` and `entity_for_span` find, for every token and for spans across tokens; and the parse repairs of
`verbs_with_objects` that now run only where their word is (a semicolon, "whose") still run there."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import nlp
from dateline.extract.entities import MentionLookup, entity_containing, entity_for_span
from dateline.pipeline import analyze
from test_speed_s43 import TEXTS


@pytest.fixture(scope="module")
def language() -> Any:
    return nlp.load()


def test_mention_lookup_finds_what_the_plain_lookups_find() -> None:
    for text in TEXTS:
        analysis = analyze(text, "2024-03-04")
        lookup = MentionLookup(analysis)
        assert analysis.entities
        bounds = sorted({0, len(text)} | {m.start for e in analysis.entities for m in e.mentions}
                        | {m.end for e in analysis.entities for m in e.mentions})
        spans = [(start, end) for start in range(len(text)) for end in (start, start + 1, start + 5)]
        spans += [(a, b) for a in bounds for b in bounds if a <= b]
        for start, end in spans:
            assert lookup.containing(start, end) == entity_containing(analysis, start, end)
            assert lookup.for_span(start, end) == entity_for_span(analysis, start, end)


def test_repairs_after_a_semicolon_and_of_whose_clauses_still_run(language: Any) -> None:
    doc = language("Mairead Colley is a singer from Cork. Her debut album, \"Harbour Girl\", was released in 2015 and was "
                   "nominated for the Corrib Music Prize; her third, \"Low Weather Songs\", came out last October.")
    title = next(t for t in doc if t.text == "Songs")
    assert (title.dep_, title.head.text) == ("nsubj", "came")  # (the parser alone hangs it on "album", before the semicolon)
    doc = language("Lena Varga, 38, whose 2013 album Copper Lanes went platinum, filed for divorce last Friday.")
    filed = next(t for t in doc if t.text == "filed")
    assert filed.dep_ == "ROOT" and next(t for t in doc if t.text == "went").head.text == "Varga"
