"""Word lists of the entities layer, read once from `data/entities_lexicon.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class EntityLexicon:
    female_nouns: frozenset[str]
    male_nouns: frozenset[str]
    person_nouns: frozenset[str]
    crowd_nouns: frozenset[str]  # people spoken of as a crowd or unnamed: sources, fans, officials
    bystander_nouns: frozenset[str]  # often someone not yet named: "the victim" is not the one person in view
    relation_of: dict[str, str]  # noun -> relation class (spouse, partner, parent, child, sibling)
    symmetric_relations: frozenset[str]
    group_nouns: frozenset[str]
    type_of_noun: dict[str, str]  # "company" -> ORG, "film" -> WORK, ...
    generic_type_nouns: frozenset[str]  # may point to any entity of their type, not only one so named
    org_possessed_nouns: frozenset[str]  # "X's president", "X's shares": X is an organisation
    org_suffixes: frozenset[str]
    fac_suffixes: frozenset[str]  # "Carrick House", "Elm Park Quarry": a building or site, not a person
    person_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    outlet_verbs: frozenset[str]  # "told The X", "The X reported"
    non_speaking_labels: frozenset[str]
    titles: dict[str, str | None]  # "mrs." -> "female"
    title_adjectives: frozenset[str]  # "the former minister" is still "the minister"
    time_units: frozenset[str]

    def noun_gender(self, lemma: str) -> str | None:
        if lemma in self.female_nouns:
            return "female"
        if lemma in self.male_nouns:
            return "male"
        return None

    def is_person_noun(self, lemma: str) -> bool:
        return lemma in self.person_nouns or lemma in self.female_nouns or lemma in self.male_nouns


@lru_cache(maxsize=1)
def lexicon() -> EntityLexicon:
    raw = json.loads(resources.files("dateline.extract").joinpath("data/entities_lexicon.json").read_text("utf-8"))
    relation_of = {noun: rel for rel, nouns in raw["relation_nouns"].items() for noun in nouns}
    type_of_noun = {noun: label for label, nouns in raw["type_nouns"].items() for noun in nouns}
    return EntityLexicon(
        female_nouns=frozenset(raw["gendered_nouns"]["female"]),
        male_nouns=frozenset(raw["gendered_nouns"]["male"]),
        person_nouns=frozenset(raw["person_nouns"]),
        crowd_nouns=frozenset(raw["crowd_nouns"]),
        bystander_nouns=frozenset(raw["bystander_nouns"]),
        relation_of=relation_of,
        symmetric_relations=frozenset(raw["symmetric_relations"]),
        group_nouns=frozenset(raw["group_nouns"]),
        type_of_noun=type_of_noun,
        generic_type_nouns=frozenset(raw["generic_type_nouns"]),
        org_possessed_nouns=frozenset(raw["org_possessed_nouns"]),
        org_suffixes=frozenset(raw["org_suffixes"]),
        fac_suffixes=frozenset(raw["fac_suffixes"]),
        person_verbs=frozenset(raw["person_verbs"]),
        speech_verbs=frozenset(raw["speech_verbs"]),
        outlet_verbs=frozenset(raw["outlet_verbs"]),
        non_speaking_labels=frozenset(raw["non_speaking_labels"]),
        titles=dict(raw["titles"]),
        title_adjectives=frozenset(raw["title_adjectives"]),
        time_units=frozenset(raw["time_units"]),
    )
