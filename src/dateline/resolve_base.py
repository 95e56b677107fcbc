"""What the facts stage shares: its configuration, the fact builder, and lookups from events and
tokens to entities (used by `resolve`, `resolve_statements`)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from .extract.entities import MentionLookup, entity_containing
from .extract.entity_lexicon import lexicon
from .model import ASSERTED, ATTRIBUTED, HEDGED, NEGATED, SPECULATIVE, Analysis, Event, Evidence, Fact
from .nlp import char_span

DATA = Path(__file__).parent / "extract" / "data" / "facts_relations.toml"
RANK = {ASSERTED: 0, ATTRIBUTED: 1, HEDGED: 2, SPECULATIVE: 3, NEGATED: 4}
PLACES = {"GPE", "LOC", "FAC"}
PAST = "PAST_REF"
COPULAS = frozenset({"be", "become", "remain"})


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)


@dataclass(slots=True)
class _Builder:
    """Facts keyed by (relation, subject, object, value); a repeated fact merges its sources."""

    analysis: Analysis
    facts: dict[tuple[str, str, str | None, str | None], Fact] = field(default_factory=dict)
    done_stints: list[Fact] = field(default_factory=list)  # told over, their end still to be dated (resolve_clauses.verb_facts)
    held_until_now: list[Fact] = field(default_factory=list)  # "X, until now the minister for trade": over with the change the
    # article tells, its date the new post's start (resolve_titles, read by resolve_tenure.posts_until_now)
    moved_from: list[tuple[Fact, bool]] = field(default_factory=list)  # "X joins from B": the posts at B, over when the move
    # is, and whether the text tells them over ("where she had been head of drama") (resolve_moves)
    arrivals: list[tuple[str, list[str], str, Evidence]] = field(default_factory=list)  # "X arrived from B in 2023": person,
    # the bodies left, when, where told -- the one other body X is at began then (resolve_moves, read in resolve)
    unions: list[tuple[str, list[str], int, str | None, Evidence]] = field(default_factory=list)  # "a son from his first
    # marriage, X": parent, children, which marriage (0 the first, -1 an earlier one), the birth, where told -- the
    # spouse of that marriage is the other parent (resolve_statements.union_parents, once the spouses are known)

    def add(self, relation: str, subject: str, obj: str | None = None, value: str | None = None, *,
            valid_from: str | None = None, evidence: Evidence | None = None, event: Event | None = None,
            certainty: str = ASSERTED, claim: str | None = None) -> Fact:
        key = (relation, subject, None if relation == "role" else obj, value)  # one role, its organisation when known
        if relation == "spouse" and obj is not None:
            other = (relation, obj, subject, value)
            key = other if other in self.facts else key
        fact = self.facts.get(key)
        if fact is None:
            fact = Fact(id="", relation=relation, subject=key[1], object=key[2], value=value, certainty=certainty, claim=claim)
            self.facts[key] = fact
        if fact.object is None and obj is not None and fact.subject != obj:
            fact.object = obj
        elif RANK.get(certainty, 9) < RANK.get(fact.certainty, 9):
            fact.certainty, fact.claim = certainty, claim
        if valid_from and (fact.valid_from is None or valid_from < fact.valid_from):
            fact.valid_from = valid_from
        if evidence is not None and all(
            (e.sentence, e.start, e.end) != (evidence.sentence, evidence.start, evidence.end) for e in fact.evidence
        ):
            fact.evidence.append(evidence)
        if event is not None and event.id not in fact.events:
            fact.events.append(event.id)
        return fact

    def from_event(self, relation: str, subject: str, obj: str | None, event: Event, value: str | None = None) -> Fact:
        return self.add(relation, subject, obj, value, valid_from=event.time if _dated(event.time) else None,
                        evidence=Evidence(event.sentence, event.start, event.end), event=event,
                        certainty=event.certainty, claim=event.claim)


def _dated(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def band_calling(fact: Fact) -> bool:
    """"X, a guitarist who wrote their early songs ... quit in 2015", "parted company with their bassist": leaving a band
    ends the membership (or the job) there, not what the musician plays or sings -- still a guitarist after the band
    (not "the original drummer", a place in the line-up)."""
    cfg = config()["employment"]
    value = (fact.value or "").lower()
    return fact.relation == "role" and value in frozenset(cfg["band_titles"]) | frozenset(cfg["voice_titles"]) \
        and not value.startswith("original ")


def whole_years(value: str | None) -> int | None:
    """A duration of whole years: "P9Y" -> 9; any other value -> None."""
    if not value or not value.startswith("P") or not value.endswith("Y") or not value[1:-1].isdigit():
        return None
    return int(value[1:-1])


# a future auxiliary right before the trigger ("will join", "will formally take over", "said she would retire")
FUTURE_AUX = re.compile(r"(?:\b(?:will|shall|would)|['’](?:ll|d))(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)


def told_ahead(a: Analysis, event: Event) -> bool:
    """An event speculative only as told for the future ("will join Y in April"): the certainty a plan announced
    carries (see `certainty`), no doubt of its own -- a start or a leaving to come, as when it was asserted."""
    return event.certainty == SPECULATIVE and event.modality == "planned" \
        and FUTURE_AUX.search(a.document.text[max(0, event.start - 40) : event.start]) is not None


def _factual(event: Event) -> bool:
    return event.polarity == "POS" and event.modality in (None, "conditional") and event.certainty != NEGATED


def _ids(event: Event, roles: list[str], analysis: Analysis, types: set[str] | None = None) -> list[str]:
    out: list[str] = []
    for arg in event.args:
        if arg.role in roles and arg.entity and arg.entity not in out:
            entity = analysis.entity(arg.entity)
            if entity is not None and (types is None or entity.type in types):
                out.append(arg.entity)
    return out


WORKPLACE_NOUNS = frozenset({"hospital", "infirmary", "clinic", "hospice", "school", "academy", "college", "prison", "museum",
                             "gallery", "library", "theatre", "theater", "playhouse", "hotel", "laboratory", "zoo"})


def _employer_ids(event: Event, roles: list[str], analysis: Analysis) -> list[str]:
    """The organisations of a career event's roles, and a building that is a workplace ("joined Thenwick Hospital", "quit
    the Lyric Theatre": the tagger's FAC), not a venue ("joined at Wembley Stadium")."""
    return [e for e in _ids(event, roles, analysis, {"ORG", "FAC"}) if a_workplace(analysis, e)]


def a_workplace(analysis: Analysis, entity_id: str | None) -> bool:
    """An organisation, or a building named as a workplace ("Thenwick Hospital", "the Lyric Theatre")."""
    entity = analysis.entity(entity_id) if entity_id else None
    return entity is not None and (entity.type == "ORG" or (entity.type == "FAC" and entity.name.lower().rpartition(" ")[2]
                                                            in WORKPLACE_NOUNS))




_MISSING = object()
_HELD: tuple[Analysis | None, dict[tuple[int, int], str | None], MentionLookup | None] = (None, {}, None)


@contextmanager
def entities_remembered(a: Analysis) -> Iterator[None]:
    """While the facts stage runs on `a`: `_entity` looks each token up once (the rules ask about
    the same names again and again; the entities' mentions do not change in the stage).  The
    table lives only as long as the stage's run."""
    global _HELD
    _HELD = (a, {}, MentionLookup(a))
    try:
        yield
    finally:
        _HELD = (None, {}, None)


def _entity(a: Analysis, token: Token | None) -> str | None:
    """The entity of the smallest mention containing the token."""
    if token is None:
        return None
    start = token.idx
    end = start + len(token.text)
    held, seen, lookup = _HELD
    if held is not a or lookup is None:
        return entity_containing(a, start, end)
    found = seen.get((start, end), _MISSING)
    if found is _MISSING:
        found = seen[start, end] = lookup.containing(start, end)
    return found  # type: ignore[return-value]


def _kind(a: Analysis, entity_id: str | None) -> str | None:
    entity = a.entity(entity_id)
    return entity.type if entity else None


POLICE_RANKS = frozenset({"detective", "sergeant", "inspector", "constable", "superintendent"})  # "Detective Inspector X"
POLICE_TITLES = POLICE_RANKS | {"officer", "commissioner", "commander", "policeman", "policewoman"}  # "a Kelby officer"


def force_of_place(a: Analysis, place: str | None) -> str | None:
    """The one police force named after a place ("Kelby" -> "Kelby Police", "Kelby Constabulary"):
    a "Kelby officer" or "Kelby's chief constable" serves there."""
    entity = a.entity(place) if place is not None else None
    if entity is None:
        return None
    words = lexicon().org_kind_of_word
    found = {e.id for e in a.entities if e.type == "ORG" and e.name.startswith(entity.name + " ")
             and len(e.name.split()) == len(entity.name.split()) + 1 and words.get(e.name.split()[-1].lower()) == "police"}
    return found.pop() if len(found) == 1 else None


def _evidence(a: Analysis, doc: Doc, first: Token, last: Token) -> Evidence:
    lo, hi = min(first.i, last.i), max(first.i, last.i)
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    sentence = a.sentence_at(start)
    return Evidence(sentence.index if sentence else 0, start, end)


def one_time(doc: Doc, i: int) -> bool:
    """Token `i` ends "one-time" ("a one-time Acme producer"): the tokenizer's three tokens, a post now over."""
    return i >= 2 and doc[i].lower_ == "time" and doc[i - 1].text in ("-", "\u2013") and doc[i - 2].lower_ == "one"


def a_band(a: Analysis, doc: Doc | None, org: str, bands: frozenset[str] | None = None) -> bool:
    """An organisation called a band, a duo, a trio ... (`bands`, by default the configured band nouns) by its name, a
    description, a mention or the noun right before its name ("formed the duo X")."""
    bands = bands if bands is not None else frozenset(config()["employment"]["band_nouns"])
    entity = a.entity(org)
    if entity is None:
        return False
    words = {w.lower() for w in entity.name.split()} | {r.split()[-1] for r in entity.attrs.get("roles", []) if r}
    words |= {m.text.lower().split()[-1] for m in entity.mentions if m.kind != "name" and m.text.split()}
    for mention in entity.mentions if doc is not None else []:
        span = char_span(doc, mention.start, mention.end)  # type: ignore[union-attr]
        if span is not None and span.start > 0:
            words.add(doc[span.start - 1].lower_)  # type: ignore[index]
    return bool(words & bands)
