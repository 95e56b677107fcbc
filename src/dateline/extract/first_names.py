"""The usual gender of a first name, from the `gender-guesser` name dictionary (loaded once)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

KNOWN = frozenset({"male", "female", "mostly_male", "mostly_female", "andy"})


@lru_cache(maxsize=1)
def _detector() -> Any:
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


# Given names common in English-language news that the `gender-guesser` dictionary lacks (it was
# built mostly from European name lists): Irish names written without their accents, West, East and
# southern African, South Asian and Maori names, and a few newer English ones.  Names that are also
# words, towns or firms ("Paisley", "Tui", "Mere") are left out: the dictionary's gap is safer there.
MORE_FIRST_NAMES: dict[str, str] = {
    **dict.fromkeys(("sinead", "grainne", "mairead", "tayla", "kinsley", "nkechi", "chiamaka", "ngozi", "adaeze",
                     "folake", "funmilayo", "yetunde", "akosua", "abena", "efua", "rokeya", "mehwish", "ottoline",
                     "cressida", "araminta", "jocasta", "kavya", "ananya", "thandiwe", "nomvula", "lindiwe", "zanele",
                     "chipo", "wanjiru", "wanjiku", "njeri", "achieng", "malgorzata", "mahina", "aroha"), "female"),
    **dict.fromkeys(("lorcan", "padraig", "chidi", "chinedu", "obinna", "emeka", "ifeanyi", "tunde", "babatunde",
                     "olumide", "adebayo", "kwame", "kwabena", "kwesi", "osric", "haruto", "seojun", "sipho", "themba",
                     "bongani", "thabo", "milos", "wiremu", "hemi", "rangi"), "male"),
    **dict.fromkeys(("uchenna", "oluwaseun", "manpreet", "jaspreet", "kagiso", "tendai", "tatenda", "kealoha"), "andy"),
}


@lru_cache(maxsize=8192)
def first_name_gender(name: str) -> str:
    """"male", "mostly_male", "female", "mostly_female", "andy" (either) or "unknown"."""
    if not name.isalpha() or len(name) < 2:
        return "unknown"
    found = _detector().get_gender(name)
    return MORE_FIRST_NAMES.get(name.lower(), found) if found == "unknown" else found


@lru_cache(maxsize=8192)
def is_first_name(name: str) -> bool:
    return first_name_gender(name) in KNOWN  # (cached too: the name rules ask it some 250 times an article)
