"""Premises of a business that open: "a second plant in Reckwell, which opened in 2009", "The Warrow
factory, which opened in 1987", "its Carlow depot opened last year".

A factory, a plant, an office or a depot that opens is no organisation founded and no one doing the
opening: it is the work of a `business.launch`, its place is the town it stands in (a name before the
noun, or "in X" after it), and its owner -- the company whose premises they are ("its", "Acme's", or
the subject of the clause the premises hang on: "X employs 340 people at a plant in Y, which opened in
2009") -- is the agent.  (A hospital or a museum that opened is a body founded: not premises here.)"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..model import Argument, Event
from ..nlp import children_of, doc_text, with_lemmas
from .events_lookup import Entities

PREMISES = frozenset({"factory", "plant", "depot", "office", "warehouse", "mill", "works", "branch", "campus",
                      "site", "hub", "facility", "showroom", "distribution", "refinery", "smelter", "yard"})
# a chain's outlets: premises only with an owning company named ("the first Frunmore Coffee shop opened in Bristol"; a
# shop that opened with no owner told may be the business itself, founded)
OUTLETS = frozenset({"shop", "store", "outlet", "restaurant", "cafe", "café", "boutique", "supermarket", "dealership"})
OPENINGS = frozenset({"open", "reopen"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
OWNER_TYPES = frozenset({"ORG"})
RELATIVE = frozenset({"which", "that"})


def _premises(trigger: Token) -> Token | None:
    """The premises that open: the verb's subject, or the noun its relative clause hangs on."""
    if any(c.dep_ == "dobj" for c in children_of(trigger)):
        return None  # "opened a plant": the premises are the object, the subject the owner (read already)
    subject = next((c for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in RELATIVE and trigger.dep_ == "relcl":
        subject = trigger.head
        if subject.dep_ == "pobj" and subject.head.dep_ == "prep" and subject.head.lower_ in ("in", "at", "near"):
            subject = subject.head.head  # "a plant in Reckwell, which opened": the parser hangs the clause on the town
    elif subject is None and trigger.dep_ == "conj" and trigger.head.dep_ == "relcl":
        subject = trigger.head.head  # "The X factory, which employs 780 people and opened in 1987"
    if subject is None or subject.lemma_.lower() not in PREMISES | OUTLETS or subject.pos_ != "NOUN":
        return None
    return subject


def _place(premises: Token, ents: Entities) -> Token | None:
    for child in children_of(premises):
        if child.dep_ in ("compound", "nmod", "amod") and child.i < premises.i:
            entity = ents.of(child)
            if entity is not None and entity.type in PLACE_TYPES:
                return child
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "outside"):
            for pobj in children_of(child):
                entity = ents.of(pobj) if pobj.dep_ == "pobj" else None
                if entity is not None and entity.type in PLACE_TYPES:
                    return pobj
    return None


def _owner(premises: Token, ents: Entities) -> Token | None:
    owners = []  # "Acme's plant", "the plant of Acme", "the Acme plant" (a name before the noun may be a town mistyped: last)
    for child in children_of(premises):
        if child.dep_ == "poss":
            owners.append((0, child))
        elif child.dep_ == "prep" and child.lower_ == "of":
            owners += [(1, c) for c in children_of(child) if c.dep_ == "pobj"]
        elif child.dep_ == "compound" and child.i < premises.i:
            owners.append((2, child))
    for _, owner in sorted(owners, key=lambda o: o[0]):
        entity = ents.of(owner)
        if entity is not None and entity.type in OWNER_TYPES:
            return owner
    head = premises.head
    if premises.dep_ != "pobj" or head.dep_ not in ("prep", "conj"):
        return None
    while head.dep_ in ("prep", "conj") and head.head.i != head.i:  # "at X and at a second plant in Y"
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    entity = ents.of(subject) if subject is not None else None
    return subject if entity is not None and entity.type in OWNER_TYPES else None


def _argument(role: str, token: Token, ents: Entities) -> Argument:
    entity = ents.of(token)
    span = ents.mention_span(token) if entity is not None else None
    start, end = span if span is not None else (token.idx, token.idx + len(token.text))
    return Argument(role, start, end, doc_text(token.doc)[start:end], entity.id if entity is not None else None)


def premises_openings(found: list[tuple[Token, Event]], listed: set[int], ents: Entities) -> None:
    """"a second plant in Reckwell, which opened in 2009": the plant launched, in Reckwell, by its owner."""
    for trigger, event in found:
        if id(event) not in listed or event.type not in ("business.found", "business.launch") \
                or trigger.lemma_.lower() not in OPENINGS:
            continue
        premises = _premises(trigger)
        if premises is None:
            continue
        owner = _owner(premises, ents)
        if owner is None and premises.lemma_.lower() in OUTLETS:
            continue
        left = premises.left_edge.idx
        work = Argument("work", left, premises.idx + len(premises.text), doc_text(trigger.doc)[left : premises.idx + len(premises.text)], None)
        args = [a for a in event.args if a.role not in ("agent", "organization", "place", "work")]
        args.append(work)
        place = _place(premises, ents)
        if place is not None:
            args.append(_argument("place", place, ents))
        else:  # "the first X shop opened in Bristol": where it opened
            args += [a for a in event.args if a.role == "place"]
        if owner is not None:
            args.append(_argument("agent", owner, ents))
        event.type = "business.launch"
        event.args = args


def _premises_before(due: Token) -> Token | None:
    """"the money would go on a new plant in Eindhoven due to open next year": the premises the "due" the parser hung on
    the verb stands after (the last such noun between the verb and "due", in the same clause)."""
    verb = due.head
    if due.lower_ != "due" or verb.pos_ not in ("VERB", "AUX") or verb.i > due.i:
        return None
    for tok in reversed(due.doc[verb.i + 1 : due.i]):
        if tok.pos_ in ("VERB", "AUX") or tok.text == ";":
            return None
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PREMISES | OUTLETS:
            return tok
    return None


def _owning_subject(premises: Token, ents: Entities) -> Token | None:
    """The company a clause's premises are for: the organisation subject of a verb above them ("X said the money would pay
    for a second factory")."""
    for head in premises.ancestors:
        for child in children_of(head):
            entity = ents.of(child) if child.dep_ == "nsubj" else None
            if entity is not None and entity.type in OWNER_TYPES:
                return child
    return None


def due_openings(doc: Doc, ents: Entities, sentence_of: Callable[[Token], int], clause_time: Callable[[Token], str | None],
                 main_body: Callable[[], str | None]) -> list[tuple[Token, Event]]:
    """"... would go on a new plant in Eindhoven due to open next year", "pay for a second factory, in Yuma, due to open next
    spring": premises due to open are a planned launch, in the town named with them, by their owner (the company named
    owning them, the one subject of the clause above, or else the one the article is about: `main_body`, asked only then),
    at the time given."""
    out: list[tuple[Token, Event]] = []
    for tok in with_lemmas(doc, OPENINGS):
        if tok.pos_ != "VERB" or tok.dep_ != "xcomp" or (premises := _premises_before(tok.head)) is None:
            continue
        left = premises.left_edge.idx if premises.left_edge.i >= premises.head.i else premises.idx
        args = [Argument("work", left, premises.idx + len(premises.text), doc_text(doc)[left : premises.idx + len(premises.text)], None)]
        place = _place(premises, ents)
        if place is not None:
            args.append(_argument("place", place, ents))
        owner = _owner(premises, ents) or _owning_subject(premises, ents)
        if owner is not None:
            args.append(_argument("agent", owner, ents))
        elif (main := main_body()) is not None and (entity := ents.analysis.entity(main)) is not None and entity.mentions:
            mention = min(entity.mentions, key=lambda m: abs(m.start - tok.idx))
            args.append(Argument("agent", mention.start, mention.end, mention.text, main))
        else:
            continue
        time = clause_time(tok)
        out.append((tok, Event(id="", type="business.launch", lemma=tok.lemma_.lower(), start=tok.idx, end=tok.idx + len(tok.text),
                               text=tok.text, sentence=sentence_of(tok), args=args, time=time,
                               time_source="clause" if time else None, modality="planned")))
    return out
