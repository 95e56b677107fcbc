"""Works dated by the year written before their noun: "Irsmund, whose 2013 album Thexley Ballads went platinum",
"the singer whose 1989 debut "Tharmattan" sold a million copies", "her 2004 novel X": the work came out that year,
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


def _behind_maker(behind: Token) -> Token | None:
    """"X, the Leeds band behind the 2004 hit album Y": the name the noun "behind" hangs on is set beside (or that name
    itself: "X, behind the 2004 album Y")."""
    holder = behind.head
    if holder.pos_ == "PROPN":
        return holder
    return holder.head if holder.dep_ == "appos" and holder.head.pos_ == "PROPN" else None


def dated_works(doc: Doc, events: list[Event], ctx: Context) -> list[Event]:
    told = {a.entity for e in events if e.type in MAKER_TYPES for a in e.args if a.role == "work" and a.entity}
    out: list[Event] = []
    for noun in with_lemmas(doc, WORK_NOUNS):
        lemma = noun.lemma_.lower()
        if noun.pos_ not in ("NOUN", "ADJ"):
            continue
        title = named(noun)
        if title is noun and noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "PROPN":
            title = noun.head  # "whose 1989 debut "Tharmattan"", parsed as the title's modifier
        if title is noun:  # "the 2004 hit album "Salt in the Engine"": a quoted title of common words, in apposition
            title = next((c for c in children_of(noun) if c.dep_ == "appos" and (e := ctx.ents.of(c)) is not None
                          and e.type in ("WORK", "PRODUCT")), noun)
        year = _year(noun) or (_year(title) if title is not noun else None)  # (the year may hang on the title)
        if year is None:
            continue
        work = ctx.ents.of(title) if title is not noun else None
        if work is None or work.type in NOT_WORKS or work.id in told:
            continue
        owner = next((c for t in (noun, title) for c in children_of(t) if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            owner = _whose_maker(owner, ctx)
        if owner is None and noun.dep_ == "pobj" and noun.head.lower_ == "behind":
            owner = _behind_maker(noun.head)
        makers = [a for a in make_args("agent", owner, ctx, conjuncts=False) if a.entity] if owner is not None else []
        if not makers:
            continue
        told.add(work.id)
        works = make_args("work", title, ctx, conjuncts=False)
        out.append(Event(id="", type="report.publish" if lemma in PUBLISHED_NOUNS else "career.release", lemma=lemma,
                         start=noun.idx, end=noun.idx + len(noun.text), text=noun.text, sentence=ctx.sentence(noun),
                         args=makers + works, time=year.text, time_source="clause"))  # type: ignore[union-attr]
    out += _bracketed_years(doc, told, ctx)
    return out


MADE_LEMMAS = frozenset({"record", "release", "make", "direct", "write", "publish", "pen", "produce"})
WRITTEN_LEMMAS = frozenset({"write", "publish", "pen"})


def _bracketed_years(doc: Doc, told: set[str], ctx: Context) -> list[Event]:
    """"her debut novel, The Malt Gate (2009),", "recorded thirty albums, among them "Lisboa Sem Mar" (1974)": a title
    with its year in brackets came out that year, made by the owner of the noun it names or by the one who recorded,
    made or wrote it."""
    out: list[Event] = []
    for bracket in with_lemmas(doc, ("(",)):
        year = doc[bracket.i + 1] if bracket.i + 2 < len(doc) else None
        if year is None or not YEAR.match(year.text) or doc[bracket.i + 2].text != ")" or year.dep_ != "appos":
            continue
        title = year.head
        work = ctx.ents.of(title) if title.pos_ == "PROPN" else None
        if work is None or work.type in NOT_WORKS or work.id in told:
            continue
        noun = title.head if title.dep_ == "appos" and title.head.pos_ == "NOUN" else None
        if noun is not None and noun.lemma_.lower() not in WORK_NOUNS:
            continue  # ("her role as a nurse, X (2004)": no work of hers)
        owner = next((c for t in (noun, title) if t is not None for c in children_of(t) if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "whose":
            owner = _whose_maker(owner, ctx)
        head = noun if noun is not None else title
        while head.dep_ == "conj":  # "among them X (1974) and Y (1988)"
            head = head.head
        verb = head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in MADE_LEMMAS else None
        if owner is None and verb is not None:  # "She recorded ... X (1974)": who recorded it
            owner = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        makers = [a for a in make_args("agent", owner, ctx, conjuncts=False) if a.entity] if owner is not None else []
        if not makers:
            continue
        told.add(work.id)
        written = (noun is not None and noun.lemma_.lower() in PUBLISHED_NOUNS) or (verb is not None and verb.lemma_.lower() in WRITTEN_LEMMAS)
        out.append(Event(id="", type="report.publish" if written else "career.release", lemma=(noun or title).lemma_.lower(),
                         start=title.idx, end=title.idx + len(title.text), text=title.text, sentence=ctx.sentence(title),
                         args=makers + make_args("work", title, ctx, conjuncts=False), time=year.text, time_source="clause"))
    return out
