"""The usual gender of a first name, from the `gender-guesser` name dictionary (loaded once)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

KNOWN = frozenset({"male", "female", "mostly_male", "mostly_female", "andy"})


@lru_cache(maxsize=1)
def _detector() -> Any:
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str:
    """"male", "mostly_male", "female", "mostly_female", "andy" (either) or "unknown"."""
    if not name.isalpha() or len(name) < 2:
        return "unknown"
    return _detector().get_gender(name)


def is_first_name(name: str) -> bool:
    return first_name_gender(name) in KNOWN
