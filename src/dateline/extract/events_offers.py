"""A post or a place offered and turned down (used by `events`).

"X, who turned the job down in the summer", "offered the directorship of Y to X, who turned it down", "turned down an
offer to become director of Y", "offered him the national team job, but he did not accept it", "declined it": an
appointment that did not happen -- a negated `career.appoint` of the one who refused (the fixtures' convention: an offer
turned down is a negated appointment).  A place in a body or a chair at one ("offered a place in the Y Orchestra but
turned it down", "turned down an offer of a chair at Y", "an invitation to rejoin") is a negated hiring by that body.
Offers for a business ("turned down an offer of $4 million for the company", "two other offers") appoint no one."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Analysis, Argument
from ..nlp import children_of
from ..resolve_clauses import subject_of

# what is offered: a post, or an offer of one (not "the role", "the part": an actor's)
POSTS = frozenset({"job", "post", "position", "place", "directorship", "chairmanship", "captaincy", "ministry",
                   "portfolio", "chair", "presidency", "leadership", "offer", "invitation", "premiership", "governorship",
                   "mayoralty", "editorship", "managership", "ambassadorship", "professorship", "vice-presidency"})
OFFICES = frozenset({"directorship", "chairmanship", "captaincy", "presidency", "leadership", "premiership", "governorship",
                     "mayoralty", "editorship", "managership", "ambassadorship", "professorship", "vice-presidency"})  # a post by name
PLACES = frozenset({"place", "chair", "invitation"})  # a place in a body, a chair at a university: joining it
BODIES = frozenset({"team", "cabinet", "government", "squad", "side", "band", "orchestra", "board", "bench", "administration"})
SOUGHT = (POSTS - {"offer", "invitation"}) | {"approach", "headhunt", "poach", "vacancy"}  # "was approached by Y but turned the offer down"
REFUSING = frozenset({"decline"})
REFUSAL_LEMMAS = REFUSING | {"turn", "accept"}  # the verbs `_refusal` reads
PRONOUNS = frozenset({"it", "that"})


def _refusal(verb: Token) -> Token | None:
    """The object of a refusal: "turned (down) the job (down)", "declined it", "did not accept it"."""
    lemma = verb.lemma_.lower()
    if lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "down" for c in children_of(verb)):
        pass
    elif lemma in REFUSING or (lemma == "accept" and any(c.dep_ == "neg" for c in children_of(verb))):
        pass
    else:
        return None
    thing = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if lemma == "accept" and (thing is None or thing.lower_ not in PRONOUNS):
        return None  # "offered him the job, but he did not accept it" (not "did not accept the result / the terms")
    return thing


def _offered(verb: Token, thing: Token) -> Token | None:
    """What "it" stands for: the thing an "offer" verb of the same sentence offers ("offered the job to X, who turned it
    down", "offered him the job, but he did not accept it")."""
    for token in verb.sent:
        if token.lemma_.lower() == "offer" and token.pos_ == "VERB" and token.i < thing.i:
            objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
            post = next((o for o in objects if o.lemma_.lower() in POSTS), None)
            if post is not None:
                return post
    return None


def _org_under(token: Token, analysis: Analysis, preps: tuple[str, ...]) -> Argument | None:
    for prep in children_of(token):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for body in children_of(prep):
            spots = [body, *(c for c in children_of(body) if c.dep_ in ("compound", "appos"))]
            for entity in analysis.entities:
                if entity.type not in ("ORG", "GPE"):
                    continue
                for m in entity.mentions:
                    if any(m.start <= t.idx < m.end for t in spots):
                        return Argument("organization", m.start, m.end, m.text, entity.id)
    return None


def refused_offer(verb: Token, analysis: Analysis) -> tuple[str, Token, list[Argument], Token | None, Token | None] | None:
    """(type, who refused, the organisation and post told, the verb that made the offer, the verb of the post offered:
    "an offer to become director") for a post turned down."""
    if verb.pos_ != "VERB":
        return None
    thing = _refusal(verb)
    if thing is None:
        return None
    if thing.lower_ in PRONOUNS:
        thing = _offered(verb, thing)
        if thing is None:
            return None
    if thing.lemma_.lower() not in POSTS or thing.tag_ == "NNS":
        return None  # "turned down two other offers" (for her company), "turned down the part"
    if thing.lemma_.lower() == "place" and _org_under(thing, analysis, ("in",)) is None and not any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in BODIES for g in children_of(c))
            for c in children_of(thing)):
        return None  # "a place in the X Orchestra / in the front-bench team", not "a place at Oxford" (to study), "a place in
        # the final" nor "a place" alone
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(thing)):
        return None  # "an offer of $400 million for the company": a sale refused
    if thing.lemma_.lower() == "offer" and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num or g.ent_type_ == "MONEY"
                                                                                          for g in c.subtree) for c in children_of(thing)):
        return None
    if thing.lemma_.lower() == "offer" and not any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of")
                                                   for c in children_of(thing)) and not any(
            t.lemma_.lower() in SOUGHT for t in verb.sent if t.i != thing.i):
        return None  # "Seo turned the offer down" (of money, to drop a case), "an offer from Y" (for a player, a firm): a bare
        # offer is of a post only where one is told
    person = subject_of(verb)
    if person is None:
        return None
    args: list[Argument] = []
    kind = "career.appoint"
    moved = next((c for c in children_of(thing) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("become", "join", "rejoin", "lead", "head", "run")), None)
    if thing.lemma_.lower() == "invitation" and (moved is None or moved.lemma_.lower() not in ("join", "rejoin")):
        return None  # "an invitation to run for the senate": no post
    if moved is not None and moved.lemma_.lower() in ("join", "rejoin"):
        kind = "career.hire"
    post = next((c for c in children_of(moved) if c.dep_ in ("attr", "dobj")), None) if moved is not None else None
    if post is not None and moved is not None and moved.lemma_.lower() == "become":
        args.append(Argument("role", post.idx, post.idx + len(post.text), post.text))
    elif post is None and thing.lemma_.lower() in OFFICES:  # "turned down the presidency of Y": the post as written
        args.append(Argument("role", thing.idx, thing.idx + len(thing.text), thing.text))
    where = post if post is not None else thing
    of = thing
    if thing.lemma_.lower() == "offer":  # "an offer of a chair at Y": the chair
        of = next((g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"), thing)
        where = of if post is None else where
    org = _org_under(where, analysis, ("of", "at", "in", "with"))
    if of.lemma_.lower() in PLACES and org is not None:
        kind = "career.hire"
    if thing.lemma_.lower() == "invitation" and org is None:
        return None  # "turned down an invitation to rejoin": the body, told elsewhere, is not known here
    if org is not None:
        args += [org] + ([Argument("agent", org.start, org.end, org.text, org.entity)] if kind == "career.hire" else [])
    offering = next((t for t in verb.sent if t.lemma_.lower() == "offer" and t.pos_ == "VERB"), None)
    return kind, person, args, offering, moved
