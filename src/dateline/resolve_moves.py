"""Moves between organisations, read from events (used by `resolve`):

- "A signed X from B", "X joins / moved from B": X's post at B ended when the move happened;
- "X left B in 2020" (an untyped event of a leaving verb): the same;
- "X joined B's academy at 17": the post began the year X turned 17, when X's birth year is known.
A post ended this way is an `employee` fact (a player's becomes `member` later in `resolve`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from .model import Analysis, Event, Evidence

Find = Callable[[Token | None], str | None]


def _trigger(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None else None


def _dated(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _named(tok: Token, entity_of: Find) -> str | None:
    """The entity a noun phrase names: itself, or the name in apposition ("the dairy group Norvik")."""
    found = entity_of(tok)
    if found is not None:
        return found
    return next((entity_of(c) for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)


def _origins(trigger: Token, entity_of: Find, kind_of: Callable[[str | None], str | None]) -> list[str]:
    out = []
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                org = _named(obj, entity_of) if obj.dep_ == "pobj" else None
                if org is not None and kind_of(org) == "ORG" and org not in out:
                    out.append(org)
    return out


def _age_at(trigger: Token) -> int | None:
    """"joined at 17": a bare number after "at" on the trigger."""
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.text.isdigit() and 5 < int(obj.text) < 100 and not list(obj.children):
                return int(obj.text)
    return None


def moves(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], ids: Callable[..., list[str]],
          entity_of: Find, kind_of: Callable[[str | None], str | None], factual: Callable[[Event], bool]) -> None:
    a: Analysis = b.analysis
    births = {f.subject: int(f.value) for f in b.facts.values() if f.relation == "birth_year" and (f.value or "").isdigit()}
    for event in events:
        if not factual(event):
            continue
        trigger = _trigger(doc, event)
        if trigger is None:
            continue
        leaving = event.type is None and event.lemma in cfg["leave_lemmas"]
        moving = event.type is None and event.lemma in cfg["move_lemmas"]  # "X joins from Y"
        if event.type not in cfg["start_types"] and not leaving and not moving:
            continue
        people = ids(event, cfg["person_roles"] + (["agent"] if leaving or moving else []), a, {"PERSON"})
        origins = _origins(trigger, entity_of, kind_of)
        if leaving:
            origins += [o for o in ids(event, ["patient", "object", "organization"], a, {"ORG"}) if o not in origins]
        end = event.time if _dated(event.time) else None
        ev = Evidence(event.sentence, event.start, event.end)
        for person in people:
            for org in origins:
                known = [f for f in b.facts.values() if f.subject == person and f.object == org and f.relation in ("employee", "member")]
                for fact in known or [b.add("employee", person, org, evidence=ev, event=event, certainty=event.certainty, claim=event.claim)]:
                    if end and (fact.valid_to is None or fact.valid_to == "PAST_REF") and (not fact.valid_from or fact.valid_from <= end):
                        fact.valid_to = end
                    if ev not in fact.evidence:
                        fact.evidence.append(ev)
            age = _age_at(trigger) if not _dated(event.time) and not leaving else None
            if age is not None and person in births:
                for fact in b.facts.values():
                    if fact.subject == person and event.id in fact.events and fact.valid_from is None:
                        fact.valid_from = str(births[person] + age)
