"""Works dated by the year written before their noun: "Orsmund, whose 2013 album Wexley Hymns went platinum",
"the singer whose 1989 debut "Harmattan" sold a million copies", "her 2004 novel X": the work came out that year,
made by the one whose it is.  Only a work the article names, with a maker it names, and that no other event
already tells the release of."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Event
from ..nlp import children_of, with_lemmas
from .events_args import Context, make_args
from .events_names import named

RELEASED_NOUNS = frozenset({"album", "single", "debut", "record", "ep", "lp", "mixtape", "film", "documentary", "release"})  # ("her 2012 release, X")
PUBLISHED_NOUNS = frozenset({"novel", "memoir", "book"})
WORK_NOUNS = RELEASED_NOUNS | PUBLISHED_NOUNS
MAKER_TYPES = frozenset({"career.release", "report.publish", "career.premiere"})
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
YEAR_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
WHOSE_REACH = 10  # "X, 38, whose ...", "X, the Ghanaian-born singer whose ...": how far back the maker may be named
DESCRIBING = frozenset({"NORP", "GPE", "LOC"})  # names inside a description of the maker, not the maker
NOT_WORKS = frozenset({"PERSON", "GPE", "LOC", "NORP", "DATE", "EVENT"})


def _year(noun: Token) -> Token | None:
    return next((c for c in children_of(noun) if c.dep_ in YEAR_DEPS and c.i < noun.i and YEAR.match(c.text)), None)


def _whose_maker(whose: Token, ctx: Context) -> Token | None:
    """The person or band "whose" stands for: the nearest name before it in its sentence (the parser often hangs
    the clause elsewhere)."""
    for token in reversed(whose.doc[max(whose.sent.start, whose.i - WHOSE_REACH) : whose.i]):
        entity = ctx.ents.of(token) if token.pos_ == "PROPN" else None  # (a name, not "the singer" standing for one)
        if entity is not None and entity.type not in DESCRIBING:  # (past "the Ghanaian-born singer", "the Leeds band")
            return token if entity.type in ("PERSON", "ORG") else None  # (a band: "X, the Manchester band whose 1991 debut")
    return None


def dated_works(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    told = {a.entity for e in events if e.type in MAKER_TYPES for a in e.args if a.role == "work" and a.entity}
    out: list[Event] = []
    for noun in with_lemmas(doc, WORK_NOUNS):
        lemma = noun.lemma_.lower()
        if noun.pos_ not in ("NOUN", "ADJ"):
            continue
        title = named(noun)
        if title is noun and noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "PROPN":
            title = noun.head  # "whose 1989 debut "Harmattan"", parsed as the title's modifier
        year = _year(noun) or (_year(title) if title is not noun else None)  # (the year may hang on the title)
        if year is None:
            continue
        work = ctx.ents.of(title) if title is not noun else None
        if work is None or work.type in NOT_WORKS or work.id in told:
            continue
        owner = next((c for t in (noun, title) for c in children_of(t) if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            owner = _whose_maker(owner, ctx)
        makers = [a for a in make_args("agent", owner, ctx, conjuncts=False) if a.entity] if owner is not None else []
        if not makers:
            continue
        told.add(work.id)
        works = make_args("work", title, ctx, conjuncts=False)
        out.append(Event(id="", type="report.publish" if lemma in PUBLISHED_NOUNS else "career.release", lemma=lemma,
                         start=noun.idx, end=noun.idx + len(noun.text), text=noun.text, sentence=ctx.sentence(noun),
                         args=makers + works, time=year.text, time_source="clause"))  # type: ignore[union-attr]
    return out
