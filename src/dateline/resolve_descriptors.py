"""Roles from what an article calls a person: "the novelist", "the comedian Tobias Linnet", "her
guitarist, X", "the Arsenal striker" -- the descriptors the entity layer gathered for a person
(`Entity.attrs["roles"]`), when the word names an occupation or a post and no role fact of that
person says it already.  No interval: a descriptor says what someone is, not since when."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from .extract.entity_lexicon import lexicon
from .model import Entity, Evidence
from .nlp import char_span, children_of
from .resolve_base import _Builder, _entity, _kind, config


def _is_role(words: str) -> bool:
    lex, cfg = lexicon(), config()["statements"]
    head = words.split()[-1]
    if head in lex.relation_of or head in lex.bystander_nouns or head in cfg["not_occupations"] or head in cfg["not_roles"] \
            or head in cfg["not_post_words"]:
        return False  # (not "the centrist X": a leaning, no calling)
    return lex.is_person_noun(head) or head.endswith(tuple(cfg["occupation_endings"]))


def _possessor_body(b: _Builder, doc: Doc | None, entity: Entity, words: str) -> str | None:
    """The organisation a nominal mention of the person is possessed by: "Creridale's former chief executive"."""
    if doc is None:
        return None
    for m in entity.mentions:
        if m.kind == "name" or not m.text.lower().endswith(words.split()[-1]):
            continue
        span = char_span(doc, m.start, m.end)
        owner = next((c for c in children_of(span.root) if c.dep_ == "poss"), None) if span is not None else None
        org = _entity(b.analysis, owner)
        if org is not None and _kind(b.analysis, org) == "ORG":
            return org
    return None


def _of_a_work(doc: Doc | None, entity: Entity, head: str) -> bool:
    """"The paper's second author, X", "X, the author of the report": a mention of the person as the writer of one work
    (its possessor or its "of"), no calling."""
    for m in entity.mentions if doc is not None else []:
        span = char_span(doc, m.start, m.end) if m.kind != "name" else None  # type: ignore[union-attr]
        if span is not None and span.root.lower_ == head and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                                                                  for c in children_of(span.root)):
            return True
    return False


FORMER_WORDS = r"(?:former|ex-|one-time|onetime|retired|erstwhile)"  # "a retired army general": a post held once
# up to three words between "former" and the descriptor: "a former Treasury official", "a former ship's cook"
BETWEEN_WORDS = r"(?:[\w'’&.-]+\s+){0,3}"
FORMER = re.compile(r"\b" + FORMER_WORDS + r"\s*" + BETWEEN_WORDS + r"$", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _former_then(words: str) -> re.Pattern[str]:
    """", a former WORDS" after a name, compiled once per descriptor (re's own cache is shared and small)."""
    return re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+(?:\d{1,3}-year-old\s+)?" + FORMER_WORDS + r"\s*" + BETWEEN_WORDS + re.escape(words)
                      + r"\b")


def said_former(text: str, entity: Entity, words: str) -> bool:
    """The descriptor came with "former": "the former sprinter Jens Peeters", "X, a former marathon runner,"."""
    for m in entity.mentions:
        if m.kind != "name":
            continue
        before = text[max(0, m.start - len(words) - 30) : m.start].rstrip()
        if before.lower().endswith(words) and FORMER.search(before[: len(before) - len(words)].rstrip() + " "):
            return True
        after = text[m.end : m.end + len(words) + 50].lower()
        if _former_then(words).match(after):
            # (an age between: "X, 37, a former union organiser", "X, a 47-year-old former haulier")
            return True
    return False


def _worn_before_name(text: str, entity: Entity, words: str, cfg: dict[str, object]) -> bool:
    """"Professor Ann Lee": a rank worn before the name as a form of address, no post the text tells."""
    if words not in cfg["honorific_titles"]:  # type: ignore[operator]
        return False
    return any(m.kind == "name" and text[max(0, m.start - len(words) - 1) : m.start] == words.title() + " " for m in entity.mentions)


def described_roles(b: _Builder, doc: Doc | None = None) -> None:
    a = b.analysis
    cfg = config()["statements"]
    ended = frozenset(cfg["ended_modifiers"]) | frozenset(cfg["ended_post_modifiers"])
    jobs = config()["employment"]
    players = frozenset(jobs["member_titles"]) | frozenset(jobs["playing_positions"])
    said = {(f.subject, w) for f in b.facts.values() if f.relation == "role" and f.value
            for w in f.value.replace("-", " ").split()}  # (the "editor" of "editor-in-chief" too)
    for entity in a.entities:
        if entity.type != "PERSON" or entity.attrs.get("members"):
            continue
        told = entity.attrs.get("roles", [])
        for words in told:
            if any(other.endswith("-" + words) for other in told):
                continue  # "songwriter" of "singer-songwriter"
            head = words.split()[-1].removeprefix("ex-")  # "an ex-chairman": the chairman a statement already told
            if (entity.id, head) in said or not _is_role(words) or _worn_before_name(a.document.text, entity, words, cfg) \
                    or (head in cfg["work_author_nouns"] and _of_a_work(doc, entity, head)):
                continue
            said.add((entity.id, head))
            named = next((m for m in entity.mentions if m.kind == "name"), entity.mentions[0] if entity.mentions else None)
            evidence = Evidence(named.sentence, named.start, named.end) if named is not None else None
            first, _, rest = words.partition(" ")
            over = (first in ended or first.startswith("ex-")) and (rest or first.startswith("ex-"))
            if not over and said_former(a.document.text, entity, words):
                first, rest, over = "former", words, True
            # "the former chief executive", "an ex-chairman": a post held once, ended at a time not given
            org = _possessor_body(b, doc, entity, words)
            facts = [b.add("role", entity.id, org, value=rest or first.removeprefix("ex-") if over else words, evidence=evidence)]
            if org is not None and not any(f.relation in ("employee", "member") and f.subject == entity.id and f.object == org
                                           for f in b.facts.values()):  # "Trestrel's striker": a player, a member
                facts.append(b.add("member" if head in players else "employee", entity.id, org, evidence=evidence))
            for fact in facts if over else []:
                fact.valid_to = fact.valid_to or "PAST_REF"
