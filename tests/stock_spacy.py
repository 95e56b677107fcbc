"""spaCy's stock pipeline, and a doc run through it up to one component: for the tests of our stand-ins."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp


@lru_cache(maxsize=1)
def stock() -> Language:
    return spacy.load(nlp.model_name())


def before(component: str, text: str) -> Doc:
    """`text` through the stock pipeline up to `component` (which has not run)."""
    language = stock()
    doc = language.make_doc(text)
    for name, proc in language.pipeline:
        if name == component:
            return doc
        doc = proc(doc)
    raise AssertionError(f"the model has no {component}")
