"""Pipeline stage "time": every TIMEX3 of the document, anchored with the parse's tenses."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ..model import Analysis
from .spacy_tense import tense_function
from .tagger import tag


def run(doc: Doc, analysis: Analysis, options: Any) -> None:
    document = analysis.document
    timexes = tag(document.text, document.dct, domain=getattr(options, "domain", "news"),
                  explain=getattr(options, "explain", False), tense=tense_function(doc), ages=True)
    for timex in timexes:
        sentence = analysis.sentence_at(timex.start)
        timex.sentence = sentence.index if sentence is not None else None
    analysis.timexes = timexes
