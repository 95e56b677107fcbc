"""Who made a work, for the events that credit it: "Iron Bridge was nominated for the Meridian
Prize" after "Ostrova released Iron Bridge in 1998" -- a nomination or a win whose work has a maker
named in the same article (the one person who released, published or premiered it) is that
maker's too; the work itself, whatever its entity type, is the work (not the one nominated).  A
work named right after a person's possessive ("the director X's "Seven Roads"") has that maker
when no event names one.  Nothing is credited when the article names several; when it names none,
the work itself is the one that won or was nominated."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Analysis, Argument, Event
from ..nlp import char_span, children_of, doc_text
from .entities import entity_containing

WORK_TYPES = frozenset({"WORK", "WORK_OF_ART", "PRODUCT"})
MAKER_TYPES = frozenset({"career.release", "report.publish", "career.premiere"})
CREDITED = {"career.nominate": "patient", "career.win": "agent"}  # the role the maker takes


def _people(event: Event, role: str, analysis: Analysis) -> list[Argument]:
    out = []
    for arg in event.args:
        entity = analysis.entity(arg.entity)
        if arg.role == role and entity is not None and entity.type == "PERSON" and all(a.entity != arg.entity for a in out):
            out.append(arg)
    return out


def _not_person(arg: Argument, analysis: Analysis) -> bool:
    entity = analysis.entity(arg.entity)
    return entity is not None and entity.type != "PERSON"


POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,3}?(?:[a-z]+,\s+)?[\"“‘']?$")  # "X's ", "X's new film, ", "X's \""


def _possessed_works(analysis: Analysis) -> dict[str, list[Argument]]:
    """"the director X's "Seven Roads"", "X's film, The Malt Keepers": a work named right after a
    person's possessive is that person's."""
    text = analysis.document.text
    people = {m.end: (m, e) for e in analysis.entities if e.type == "PERSON" for m in e.mentions if m.text[:1].isupper()}
    out: dict[str, list[Argument]] = {}
    for entity in analysis.entities:
        if entity.type not in WORK_TYPES:
            continue
        for mention in entity.mentions:
            window = text[max(0, mention.start - 40) : mention.start]
            found = POSSESSIVE.search(window)
            owner = people.get(mention.start - len(window) + found.start()) if found else None
            if owner is not None and all(a.entity != owner[1].id for a in out.get(entity.id, [])):
                m, person = owner
                out.setdefault(entity.id, []).append(Argument("agent", m.start, m.end, m.text, person.id))
    return out


AUTHORING_LEMMAS = frozenset({"lead", "write", "co-write", "author", "co-author", "coauthor", "conduct"})


def _led_works(events: list[Event], analysis: Analysis) -> None:
    """"a study led by X was published in the journal Y", "the report, written by A and B, was published": the ones the
    work is credited to publish it, when the publishing names no one."""
    for event in events:
        if event.type != "report.publish" or event.polarity != "POS" or any(a.role == "agent" for a in event.args):
            continue
        works = {a.start for a in event.args if a.role == "work"}
        for other in events:
            if other.type is not None or other.lemma not in AUTHORING_LEMMAS or other.sentence != event.sentence \
                    or not any(a.role == "patient" and a.start in works for a in other.args):
                continue
            for arg in other.args:
                entity = analysis.entity(arg.entity)
                if arg.role == "agent" and entity is not None and entity.type in ("PERSON", "ORG") \
                        and all(a.entity != arg.entity for a in event.args):
                    event.args.append(Argument("agent", arg.start, arg.end, arg.text, arg.entity))


def credit_makers(events: list[Event], analysis: Analysis) -> None:
    _led_works(events, analysis)
    makers: dict[str, list[Argument]] = {}
    released: set[str] = set()  # every work the article says was released, published or premiered, made by whomever
    for event in events:
        if event.type in MAKER_TYPES and event.polarity == "POS":
            for work in {a.entity for a in event.args if a.role == "work" and a.entity}:
                released.add(work)  # type: ignore[arg-type]
                for person in _people(event, "agent", analysis):
                    if all(p.entity != person.entity for p in makers.setdefault(work, [])):  # type: ignore[arg-type]
                        makers[work].append(person)  # type: ignore[index]
    for work, owners in _possessed_works(analysis).items():
        makers.setdefault(work, owners)  # a maker an event names comes first
    for event in events:
        role = CREDITED.get(event.type or "")
        if role is None:
            continue
        for arg in event.args:  # "Iron Bridge was nominated": a work the article says someone made is the work
            # (so is one it says came out, though the NER took its title for a name: "its fourth, X, came out in
            # 1968 and won an award the following spring")
            if arg.role == role and (arg.entity in makers or (arg.entity in released and _not_person(arg, analysis))):
                arg.role = "work"
        if any(a.role == role and a.entity for a in event.args):
            continue
        works = {a.entity for a in event.args if a.role == "work" and a.entity}
        found = [m for w in works for m in makers.get(w, [])]  # type: ignore[arg-type]
        if len({m.entity for m in found}) == 1:
            maker = found[0]
            event.args.append(Argument(role, maker.start, maker.end, maker.text, maker.entity))
        elif not found and len(works) == 1 and not any(a.role == role for a in event.args):
            # ""The Boatman's Daughters" won the Golden Thimble", no maker named: the film is the winner
            work = next(a for a in event.args if a.role == "work" and a.entity)
            event.args.append(Argument(role, work.start, work.end, work.text, work.entity))
    _made_by_maker(events, makers)
    _prized_makers(events, analysis, makers)


def _made_by_maker(events: list[Event], makers: dict[str, list[Argument]]) -> None:
    """"Ada Voss's debut feature, "The Glass Meadow", won ... It premiered at the festival on Tuesday", "X's film
    ... will be released in France in September": a release, publication or premiere that names no one putting the
    work out is its one maker's, the one the article names as its maker elsewhere."""
    for event in events:
        if event.type not in MAKER_TYPES or event.polarity != "POS" or any(a.role == "agent" for a in event.args):
            continue
        works = {a.entity for a in event.args if a.role == "work" and a.entity}
        found = makers.get(next(iter(works)), []) if len(works) == 1 else []  # type: ignore[arg-type]
        if len({m.entity for m in found}) == 1:
            event.args.append(Argument("agent", found[0].start, found[0].end, found[0].text, found[0].entity))


def _prized_makers(events: list[Event], analysis: Analysis, makers: dict[str, list[Argument]]) -> None:
    """"X won album of the year for Silent Harbour ... Silent Harbour has sold 400,000 copies since its release last
    April", "The album Y, released in 1987, earned him the Z Prize": a release, publication or premiere that names no
    one putting the work out is the one person's the article says won or was nominated for that work (when no
    release names its maker)."""
    prized: dict[str, list[Argument]] = {}
    for event in events:
        role = CREDITED.get(event.type or "")
        if role is None or event.polarity != "POS" or any(a.role == "work" and a.text.lower().split()[-1:] in ([p] for p in PART_NOUNS)
                                                           for a in event.args) \
                or any(a.role == "award" and PLAYED_AWARD_WORDS & set(a.text.lower().split()) for a in event.args):
            continue  # (a prize for a part played in the work, "best actress": its player put nothing out)
        for work in {a.entity for a in event.args if a.role == "work" and a.entity}:
            for person in _people(event, role, analysis):
                if person.entity != work and all(p.entity != person.entity for p in prized.setdefault(work, [])):
                    prized[work].append(person)
    for event in events:
        if event.type not in MAKER_TYPES or any(a.role == "agent" for a in event.args):
            continue
        works = {a.entity for a in event.args if a.role == "work" and a.entity}
        if len(works) != 1 or any(w in makers for w in works):
            continue
        found = prized.get(next(iter(works)), [])
        if len(found) == 1:
            event.args.append(Argument("agent", found[0].start, found[0].end, found[0].text, found[0].entity))


PART_NOUNS = frozenset({"role", "performance", "turn", "portrayal", "part"})
PLAYED_AWARD_WORDS = frozenset({"actor", "actress", "performer", "performance"})  # a prize's category for a part played
PLAYED_TYPES = frozenset({"career.win", "career.nominate"})


def _played_in(part: Token) -> Token | None:
    """"her role as a lighthouse keeper in X", "his performance in X": the name after "in", right under the part or
    under its "as" phrase (which the parser may hang on the verb, right after the part)."""
    preps = list(part.children)
    if part.dep_ == "pobj" and part.head.dep_ == "prep":
        preps += [c for c in part.head.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == part.right_edge.i + 1]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                inner = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"), None)
                if inner is not None:
                    return inner
    return None


def performed_works(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """"The best actress award went to X for her role as a lighthouse keeper in Y", "handed its prize to X for her
    performance as a nurse in "Y"", "nominated for his turn in Y": a prize or a nomination for a part is for the work
    the part was played in -- the work, never where it happened."""
    for event in events:
        if event.type not in PLAYED_TYPES:
            continue
        parts = [span.root for a in event.args if a.role == "work"
                 if (span := char_span(doc, a.start, a.end)) is not None]
        trigger = char_span(doc, event.start, event.end)
        if trigger is not None and not any(a.role == "work" and a.entity for a in event.args):
            parts += [t for t in trigger.root.subtree if t.dep_ == "pobj" and t.head.lower_ == "for"]  # "for best actor for his turn in X"
            if trigger.root.pos_ == "NOUN" and trigger.root.dep_ == "dobj":  # "received her first nomination on Tuesday for her
                # performance in X": the "for" hung on the verb that takes the noun
                parts += [p for c in children_of(trigger.root.head) if c.dep_ == "prep" and c.lower_ == "for"
                          for p in children_of(c) if p.dep_ == "pobj"]
        for part in parts:
            if part.lemma_.lower() not in PART_NOUNS:
                continue
            title = _played_in(part)
            found = entity_containing(analysis, title.idx, title.idx + len(title.text)) if title is not None else None
            entity = analysis.entity(found) if found else None
            if entity is None or entity.type == "PERSON" or any(a.role == "work" and a.entity == entity.id for a in event.args):
                continue
            mention = next((m for m in entity.mentions if m.start <= title.idx < m.end), None)
            start, end = (mention.start, mention.end) if mention is not None else (title.idx, title.idx + len(title.text))
            event.args = [a for a in event.args if not (a.role == "place" and a.entity == entity.id)]
            event.args.append(Argument("work", start, end, doc_text(doc)[start:end], entity.id))
