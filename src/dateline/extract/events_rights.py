"""A work's rights bought (used by `events`).

"X acquired North American rights to the film", "X, which bought the British rights to "Y" on Thursday", "The film was
acquired for North American distribution by X", "the distributor X picked up its rights": a distributor buying a film
or a book -- a `business.acquire` of the work by the buyer (the fixtures name the work as `work` or as `patient`: both
roles are given the work).  Not "film rights to the novel": a right to adapt a work, no purchase of it (the fixtures tell
none)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children_of
from ..resolve_clauses import objects_of

BUYING = frozenset({"acquire", "buy", "purchase", "snap", "pick", "secure", "land"})  # ("snapped up", "picked up": with "up")
PARTICLE_BUYING = frozenset({"snap", "pick"})
RIGHTS = frozenset({"rights", "right"})
DISTRIBUTION = frozenset({"distribution", "release"})  # "acquired for North American distribution"
ADAPTING = frozenset({"film", "screen", "movie", "television", "tv", "adaptation", "stage", "remake"})  # rights to make another work


def _pobj(token: Token, preps: set[str]) -> Token | None:
    return next(iter(objects_of(token, preps)), None)


def bought_rights(verb: Token) -> tuple[Token, Token | None] | None:
    """(the work, the buyer or None) of a buying verb whose object is a work's rights ("acquired rights to X", "bought
    its British rights"; the rights themselves when no work is told), or whose passive subject is the work bought "for
    distribution"."""
    lemma = verb.lemma_.lower()
    if lemma not in BUYING or verb.pos_ != "VERB":
        return None
    if lemma in PARTICLE_BUYING and not any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)):
        return None
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
    buyer = (next((g for g in children_of(agent) if g.dep_ == "pobj"), None) if agent is not None else None) if passive else \
        next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if buyer is not None and buyer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        buyer = verb.head  # "X, which bought the British rights to Y"
    thing = next((c for c in children_of(verb) if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if thing is None:
        return None
    if thing.lower_ in RIGHTS and any(c.dep_ in ("compound", "amod") and c.lower_ in ADAPTING for c in children_of(thing)):
        return None  # "Film rights to the novel were bought by X": a right to adapt the work, not the work bought
    if thing.lower_ in RIGHTS:
        work = _pobj(thing, {"to", "for", "in"}) or _pobj(verb, {"to", "for"})  # ("acquired rights last week to X")
        if work is None:
            work = next((c for c in children_of(thing) if c.dep_ == "poss" and c.lower_ not in ("their", "our", "my")), None)  # "its rights"
        return (work if work is not None else thing, buyer)  # ("acquired worldwide rights in May": the article's work)
    purpose = _pobj(verb, {"for"})
    if passive and purpose is not None and purpose.lemma_.lower() in DISTRIBUTION:
        return thing, buyer  # "The film was acquired for North American distribution by X"
    return None
