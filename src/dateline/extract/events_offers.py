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
from .career_args import a_post

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


MOVES = frozenset({"become", "join", "rejoin", "lead", "head", "run"})  # what an offer is to do: take a post, join a body


def _infinitive_after(verb: Token, thing: Token) -> Token | None:
    """"turned down an offer last year to join Y": the parser hangs the offer's infinitive on the refusing verb when a
    time comes between; it is the offer's."""
    return next((c for c in children_of(verb) if c.dep_ in ("xcomp", "advcl") and c.i > thing.i and c.lemma_.lower() in MOVES
                 and any(g.dep_ == "aux" and g.tag_ == "TO" for g in children_of(c))), None)


def _post_named(thing: Token) -> Argument | None:
    """The post "the post of" / "the job of" names, as written after its determiner or possessor ("the post of the
    orchestra's artistic director": "artistic director")."""
    if thing.lemma_.lower() not in ("post", "job", "position", "role"):
        return None
    title = next((g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
                  if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if title is None or not a_post(title.lower_):
        return None
    start = max([c.right_edge.i + 1 for c in children_of(title) if c.dep_ in ("det", "poss") and c.i < title.i], default=title.left_edge.i)
    words = title.doc[start: title.i + 1]
    return Argument("role", words.start_char, words.end_char, words.text)


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
    hung = _infinitive_after(verb, thing) if thing.lemma_.lower() == "offer" else None
    if thing.lemma_.lower() == "offer" and hung is None and not any(c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of")
                                                                    for c in children_of(thing)) and not any(
            t.lemma_.lower() in SOUGHT for t in verb.sent if t.i != thing.i):
        return None  # "Baek turned the offer down" (of money, to drop a case), "an offer from Y" (for a player, a firm): a bare
        # offer is of a post only where one is told
    person = subject_of(verb)
    if person is None:
        return None
    args: list[Argument] = []
    kind = "career.appoint"
    moved = next((c for c in (*children_of(thing), *([hung] if hung is not None else [])) if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
                  and c.lemma_.lower() in MOVES), None)
    if thing.lemma_.lower() == "invitation" and (moved is None or moved.lemma_.lower() not in ("join", "rejoin")):
        return None  # "an invitation to run for the senate": no post
    if moved is not None and moved.lemma_.lower() in ("join", "rejoin"):
        kind = "career.hire"
    post = next((c for c in children_of(moved) if c.dep_ in ("attr", "dobj")), None) if moved is not None else None
    if post is not None and moved is not None and moved.lemma_.lower() == "become":
        args.append(Argument("role", post.idx, post.idx + len(post.text), post.text))
    elif post is None and thing.lemma_.lower() in OFFICES:  # "turned down the presidency of Y": the post as written
        args.append(Argument("role", thing.idx, thing.idx + len(thing.text), thing.text))
    elif post is None and (title := _post_named(thing)) is not None:  # "turned down the post of the orchestra's artistic
        args.append(title)  # director": that post
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


# What an offer of a post or a place in a body offers ("was offered the post of X", "offered him the job", "has been offered
# a contract by Y", "offered the foreign ministry to X", "was offered a seat at Y"): not "offered jobs to 50 people", "offered
# a role in his film" (an actor's part), "offered her a new contract" (an extension: no event, README)
OFFERED = frozenset({"job", "post", "position", "role", "contract", "seat", "place", "ministry", "portfolio"}) | OFFICES
HIRING_OFFERS = frozenset({"contract"})  # a contract offered by a body: a hiring by it ("offered a contract by Y")
ROLE_KINDS = frozenset({"coaching", "managerial", "executive", "senior", "leadership", "advisory", "backroom", "ministerial",
                        "cabinet", "board", "management", "editorial", "teaching", "staff"})  # "a coaching role at the academy"
EXTENDED = frozenset({"new", "improved", "fresh", "extended", "longer", "better", "revised", "further", "renewed"})
SEAT_BODIES = frozenset({"board", "cabinet", "committee", "panel", "council", "bench", "executive"})  # "a seat on its board"
POST_OF = frozenset({"post", "role", "position", "job"})  # "the post of finance minister": the post named after "of"


# an office by its holder's title: "offered the captaincy" -> captain (the fixtures name posts by their holders)
OFFICE_POSTS = {"directorship": "director", "chairmanship": "chairman", "captaincy": "captain", "presidency": "president",
                "leadership": "leader", "premiership": "prime minister", "governorship": "governor", "mayoralty": "mayor",
                "editorship": "editor", "managership": "manager", "ambassadorship": "ambassador", "professorship": "professor",
                "vice-presidency": "vice-president"}


def _post_named(thing: Token) -> Argument | None:
    """"the post / the role of shadow finance minister": the post as written (its head noun and the words before it); "the
    head coach job": the post before the noun; "the captaincy": its holder's title."""
    if thing.lemma_.lower() in OFFICE_POSTS:
        return Argument("role", thing.idx, thing.idx + len(thing.text), OFFICE_POSTS[thing.lemma_.lower()])
    if thing.lemma_.lower() == "ministry":  # "the foreign ministry" -> foreign minister (not "the ministry" alone)
        kinds = [c for c in thing.lefts if c.dep_ in ("amod", "compound")]
        span = thing.doc[min(c.left_edge.i for c in kinds) : thing.i] if kinds else None
        return Argument("role", span.start_char, thing.idx + len(thing.text), f"{span.text} minister") if span is not None else None
    if thing.lemma_.lower() not in POST_OF:
        return None
    job = next((g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c) if g.dep_ == "pobj"), None)
    if job is not None and a_post(job.lower_):  # "a role as assistant coach"
        return Argument("role", job.left_edge.idx, job.idx + len(job.text), job.doc[job.left_edge.i : job.i + 1].text)
    before = [c for c in thing.lefts if c.dep_ == "compound"]
    span = thing.doc[min(c.left_edge.i for c in before) : thing.i] if before else None
    if span is not None and a_post(span.text.lower()):  # ("the head coach job", not "the national team job")
        return Argument("role", span.start_char, span.end_char, span.text)
    post = next((g for c in children_of(thing) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c)
                 if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.is_lower), None)
    if post is None:  # "the deputy's job", "the manager's post": the post its owner
        post = next((c for c in children_of(thing) if c.dep_ == "poss" and c.pos_ == "NOUN" and c.is_lower), None)
        return Argument("role", post.idx, post.idx + len(post.text), post.text) if post is not None else None
    words = [c for c in post.lefts if c.dep_ in ("compound", "amod")]  # ("the post of shadow finance minister")
    span = post.doc[min(w.left_edge.i for w in words) if words else post.i : post.i + 1]
    return Argument("role", span.start_char, span.end_char, span.text)


def _org_within(thing: Token, analysis: Analysis) -> Argument | None:
    """The first organisation named inside the phrase of the thing offered, however deep ("a seat on the board of Y", "the
    post of head of research at Y")."""
    for token in thing.subtree:
        for entity in analysis.entities:
            if entity.type == "ORG":
                for m in entity.mentions:
                    if m.start <= token.idx < m.end:
                        return Argument("organization", m.start, m.end, m.text, entity.id)
    return None


def _body_word(thing: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in children_of(c))
               for c in children_of(thing))


def _offer_parts(verb: Token) -> tuple[Token, Token, Token | None] | None:
    """(the one offered it, the thing offered, the one offering) of an "offer" verb, active or passive."""
    kids = children_of(verb)
    objects = [c for c in kids if c.dep_ == "dobj"]  # ("offered X the head coach job": X read as a second object)
    if not objects:
        return None
    thing = objects[-1]
    if any(c.dep_ == "auxpass" for c in kids):  # "X was offered the job by Y" ("by Y" hung on the verb or on the thing), "X, who
        # was offered ...", "X is understood to have been offered ..." (the subject of the verb it hangs on)
        shared = verb.dep_ == "conj" or any(c.dep_ == "nsubjpass" for c in kids)  # ("... and was offered the post")
        passive = subject_of(verb) if shared else subject_of(verb.head) if verb.dep_ == "xcomp" else None
        if passive is None:
            return None
        by = [g for h in (verb, thing) for c in children_of(h) if c.dep_ in ("agent", "prep") and c.lower_ == "by"
              for g in children_of(c) if g.dep_ == "pobj"]
        return passive, thing, (by[0] if by else None)
    offerer = next((c for c in kids if c.dep_ == "nsubj"), None)
    dative = next((c for c in kids if c.dep_ == "dative"), objects[0] if len(objects) > 1 else None)
    if dative is not None and dative.pos_ == "ADP":  # "offered the job to X" (the "to" read as the dative)
        dative = next((g for g in children_of(dative) if g.dep_ == "pobj"), None)
    if dative is None:
        dative = next((g for c in kids if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c) if g.dep_ == "pobj"), None)
    if dative is not None and dative.pos_ == "NOUN":  # "offered it to the former ambassador (to Vienna), X": X (the parser
        # hangs the name on the last noun of the title's phrase)
        dative = next((c for c in dative.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and c.head.i >= dative.i), dative)
    return (dative, thing, offerer) if dative is not None else None


def offered_post(verb: Token, analysis: Analysis) -> tuple[str, Token, list[Argument], Token | None, bool] | None:
    """(type, the one offered the post, the organisation and post told, the one offering, whether the one offered turned it
    down) for a post or a place in a body offered: an appointment (a hiring for a contract or a place at a body) that has
    not happened -- speculative (README: "an offer reported is a speculative one"), negated when turned down ("offered the
    job to X, who declined it")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "offer":
        return None
    parts = _offer_parts(verb)
    if parts is None:
        return None
    person, thing, offerer = parts
    what = thing.lemma_.lower()
    if what not in OFFERED or thing.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in ("any", "no", "every") for c in children_of(thing)):
        return None  # ("would offer him any job he wants": no post in view)
    mods = {c.lower_ for c in children_of(thing) if c.dep_ in ("amod", "compound")}
    org = _org_under(thing, analysis, ("of", "at", "in", "with", "on")) or _org_under(verb, analysis, ("at", "with")) \
        or _org_within(thing, analysis)  # ("a seat at Y", "at Y" hung on the verb; "a seat on the board of Y")
    if what == "role" and not (mods & ROLE_KINDS or _post_named(thing) is not None):  # (a post named by "of" or "as")
        return None  # "offered a role in his new film": a part
    if what == "contract" and mods & EXTENDED:
        return None  # "offered him a new contract": an extension
    if what in ("seat", "place") and org is None and not _body_word(thing, SEAT_BODIES | BODIES):
        return None  # "offered a seat on the flight", "a place at Oxford" (to study)
    kind = "career.hire" if what in HIRING_OFFERS or (what in ("seat", "place") and org is not None
                                                      and not _body_word(thing, SEAT_BODIES)) else "career.appoint"
    args: list[Argument] = []
    post = _post_named(thing)
    if post is not None:
        args.append(post)
    if org is not None:  # (the body the agent when no one else is named: the schema's `agent_from`; see `events._offered_posts`)
        args.append(org)
    holders = [person, *(a for a in person.ancestors if a.i != verb.i and verb.i in {x.i for x in a.ancestors})]  # (a relative
    # clause hung on the title: "to the former ambassador, X, who declined it")
    refused = any(_refusal(v) is not None for v in (*(c for h in holders for c in children_of(h) if c.dep_ == "relcl"),
                                                     *(c for c in children_of(verb) if c.dep_ == "conj")))
    return kind, person, args, offerer, refused
