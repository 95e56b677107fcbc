"""Births told by a hyphenated participle: "the Leeds-born composer X", "X, the Oslo-born painter,",
"the Saxony-born X", "X is a Lagos-born singer".  The place joined to "born" is where the person
was born; the text gives no time for it (an age elsewhere may date it later).  And a sentence opened by
"Born in X, ..." whose parse lost the subject the participle is said of ("Born in Enugu, Nigeria, Y studied":
Y taken for an apposition of the place).  And a life's span in brackets after a name ("Ruth Galder (1942-2024)"):
born in the first year, died in the second."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Event
from ..nlp import children_of, name_end, strings, tokens
from .entity_lexicon import is_demonym
from .events_args import Context, make_args

BIRTH_TYPES = frozenset({"life.born", "family.child"})


def _born_place(token: Token) -> Token | None:
    """"Leeds-born": the name the hyphen joins to the participle (a proper noun before it)."""
    kids = children_of(token)
    if token.tag_ != "VBN" or token.dep_ != "amod" or not any(c.lower_ == "-" and c.i == token.i - 1 for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < token.i - 1), None)


def _born_one(token: Token) -> Token | None:
    """The one the participle's phrase stands for: the name it qualifies, the name the title qualified
    is a compound of or in apposition to, or the subject the phrase is said of ("X is a Leeds-born singer")."""
    head = token.head
    if head.pos_ == "PROPN":
        return head
    if head.pos_ != "NOUN":
        return None
    if head.dep_ in ("compound", "appos") and head.head.pos_ == "PROPN":
        return head.head
    named = next((c for c in children_of(head) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:  # "the Leeds-born composer, X,"
        return named
    if head.dep_ == "attr":
        return next((c for c in children_of(head.head) if c.dep_ == "nsubj"), None)
    return head  # "the Leeds-born writer said": the person the noun phrase stands for, when coreference knows


DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "ic")


def _nationality(token: Token, ctx: Context) -> bool:
    """"Ghanaian", "Greek", "Cuban": a people's name (a place the NER knows is none: "Milan")."""
    entity = ctx.ents.of(token)
    if is_demonym(token) or (entity is not None and entity.type == "NORP"):
        return True
    return token.lower_.endswith(DEMONYM_ENDINGS) and (entity is None or entity.type not in ("GPE", "LOC"))


def hyphen_births(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    out: list[Event] = []
    listed = tokens(doc)
    told = {a.entity for e in events if e.type in BIRTH_TYPES for a in e.args if a.role in ("patient", "child") and a.entity}
    for i in (i for i, lemma in enumerate(strings(doc, "lemma_lower")) if lemma == "bear"):
        token = listed[i]
        town = _born_place(token)
        one = _born_one(token) if town is not None else None
        if town is None or one is None or _nationality(town, ctx):
            continue  # ("the Ghanaian-born singer": a nationality, no place)
        people = [a for a in make_args("patient", one, ctx, conjuncts=False)
                  if a.entity and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        if len(people) != 1 or people[0].entity in told:
            continue  # (a birth the article tells otherwise is that one)
        told.add(people[0].entity)
        place = make_args("place", town, ctx, conjuncts=False)
        out.append(Event(id="", type="life.born", lemma="bear", start=token.idx, end=token.idx + len(token.text),
                         text=token.text, sentence=ctx.sentence(token), args=[people[0], *place[:1]]))
    return out


def fronted_births(doc: Doc, events: list[Event], ctx: Context) -> None:
    """"Born in Enugu, Nigeria, Y studied art history": a birth told by a participle opening its sentence, with no
    one found born (the parser hung Y on the place), is the birth of the person named right after the phrase's
    closing comma -- the subject the participle is said of."""
    told = {a.entity for e in events if e.type in BIRTH_TYPES for a in e.args if a.role in ("patient", "child") and a.entity}
    for event in events:
        if event.type is not None or event.lemma != "bear" or any(a.role in ("patient", "child") for a in event.args):
            continue
        span = doc.char_span(event.start, event.end)
        if span is None or span[0].tag_ != "VBN" or not span[0].is_sent_start:
            continue
        token, sent = span[0], span[0].sent
        for t in doc[token.i + 1 : sent.end]:
            if t.pos_ in ("VERB", "AUX"):
                break  # (the participle's phrase ends before any verb)
            if doc[t.i - 1].text != "," or t.pos_ != "PROPN":
                continue
            name = name_end(t)  # the name's last word ("Kamau-Brierley")
            people = [a for a in make_args("patient", name, ctx, conjuncts=False)
                      if a.entity and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
            if len(people) == 1 and people[0].entity not in told and (name.head.pos_ == "VERB" or name.dep_ in ("appos", "conj", "pobj")):
                event.type = "life.born"
                event.args.append(people[0])
                told.add(people[0].entity)
                break


_LIFESPAN = re.compile(r"\((1[0-9]{3}|20[0-9]{2}) ?[-\u2013\u2014] ?(1[0-9]{3}|20[0-9]{2})\)")


def lifespan_events(doc: Doc, text: str, events: list[Event], ctx: Context) -> list[Event]:
    """"Ruth Galder (1942-2024) was a painter": the years in brackets right after a person's name are the years of the
    birth and the death (not a band's or a war's years, nor a span no life could last)."""
    if "(" not in text:
        return []
    out: list[Event] = []
    told = {(e.type, a.entity) for e in events if e.type in ("life.born", "life.die") for a in e.args if a.entity}
    for m in _LIFESPAN.finditer(text):
        born, died = int(m.group(1)), int(m.group(2))
        bracket = doc.char_span(m.start(), m.start() + 1)
        if not 0 < died - born < 120 or bracket is None or bracket.start == 0:
            continue
        name = doc[bracket.start - 1]
        if name.pos_ != "PROPN":
            continue
        people = [a for a in make_args("patient", name, ctx, conjuncts=False)
                  if a.entity and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        if len(people) != 1:
            continue
        for kind, lemma, role, year, start in (("life.born", "bear", "patient", born, m.start(1)), ("life.die", "die", "agent", died, m.start(2))):
            if (kind, people[0].entity) in told:
                continue  # (a birth or a death the article tells otherwise is that one)
            told.add((kind, people[0].entity))
            out.append(Event(id="", type=kind, lemma=lemma, start=start, end=start + 4, text=str(year),
                             sentence=ctx.sentence(bracket[0]), args=[replace(people[0], role=role)], time=str(year)))
    return out
