"""Roles from what an article calls a person: "the novelist", "the comedian Tobias Wren", "her
guitarist, X", "the Arsenal striker" -- the descriptors the entity layer gathered for a person
(`Entity.attrs["roles"]`), when the word names an occupation or a post and no role fact of that
person says it already.  No interval: a descriptor says what someone is, not since when."""

from __future__ import annotations

from .extract.entity_lexicon import lexicon
from .model import Evidence
from .resolve_base import _Builder, config


def _is_role(words: str) -> bool:
    lex, cfg = lexicon(), config()["statements"]
    head = words.split()[-1]
    if head in lex.relation_of or head in lex.bystander_nouns or head in cfg["not_occupations"] or head in cfg["not_roles"]:
        return False
    return lex.is_person_noun(head) or head.endswith(tuple(cfg["occupation_endings"]))


def described_roles(b: _Builder) -> None:
    a = b.analysis
    cfg = config()["statements"]
    ended = frozenset(cfg["ended_modifiers"]) | frozenset(cfg["ended_post_modifiers"])
    said = {(f.subject, w) for f in b.facts.values() if f.relation == "role" and f.value for w in f.value.split()}
    for entity in a.entities:
        if entity.type != "PERSON" or entity.attrs.get("members"):
            continue
        for words in entity.attrs.get("roles", []):
            head = words.split()[-1].removeprefix("ex-")  # "an ex-chairman": the chairman a statement already told
            if (entity.id, head) in said or not _is_role(words):
                continue
            said.add((entity.id, head))
            named = next((m for m in entity.mentions if m.kind == "name"), entity.mentions[0] if entity.mentions else None)
            evidence = Evidence(named.sentence, named.start, named.end) if named is not None else None
            first, _, rest = words.partition(" ")
            if (first in ended or first.startswith("ex-")) and (rest or first.startswith("ex-")):
                # "the former chief executive", "an ex-chairman": a post held once, ended at a time not given
                fact = b.add("role", entity.id, value=rest or first.removeprefix("ex-"), evidence=evidence)
                fact.valid_to = fact.valid_to or "PAST_REF"
            else:
                b.add("role", entity.id, value=words, evidence=evidence)
