"""TIMEX3 tagging: `tag(text, dct, domain="news")` finds and anchors every time expression.

The grammar (rules.py, data/*.tsv) recognizes expressions and gives them underspecified
meanings; the resolver (resolve.py) anchors them on the document date or the last date mentioned.
"""

from __future__ import annotations

import sys

from ..model import Timex
from .tagger import tag

if "spacy" in sys.modules:  # register the "dateline_timex" factory when spaCy is in use
    from . import spacy_component  # noqa: F401

__all__ = ["Timex", "tag"]
