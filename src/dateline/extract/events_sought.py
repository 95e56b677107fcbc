"""A person sought or tipped for a post (used by `events` and `events_roles`).

"the club have already approached X about the job", "contacted X about the permanent job", "X is the favourite to succeed
him", "is seen as the frontrunner to take over", "Bookmakers have made X the favourite to replace him", "X is among the
early favourites for the job": an appointment of X that may come -- a speculative `career.appoint` (the fixtures'
convention, as for a post offered), undated (when the club made its approach is not when anyone takes the post).  Only a
post told definitely ("the job", "the manager's job", "the vacant post"): "was approached by two teams about a role as
a sports director" tells an interest, not a vacancy."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children_of
from ..resolve_base import COPULAS

SEEKING = frozenset({"approach", "contact"})  # "approached / contacted X about the job"
TIPPED = frozenset({"favourite", "favorite", "frontrunner", "front-runner", "contender"})  # one tipped for a post
POSTS = frozenset({"job", "post", "position", "vacancy", "role", "managership", "captaincy", "chairmanship", "seat"})
ABOUT = {"about", "over", "regarding"}  # "approached X about / over / regarding the job"
JUDGING = frozenset({"see", "regard", "consider", "view", "tip", "make"})  # "is seen as the favourite", "made X the favourite"


def _definite_post(noun: Token) -> bool:
    """A post told definitely: "the job", "the manager's job", "the permanent job", "the hot seat" (not "a role")."""
    if noun.lemma_.lower() not in POSTS:
        return False
    if noun.lemma_.lower() == "seat" and not any(c.lower_ == "hot" for c in children_of(noun)):
        return False  # "the hot seat", not a seat on a board or in parliament (a post of its own type)
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in children_of(noun))


def _post_under(token: Token, preps: set[str]) -> Token | None:
    """The post told definitely after one of `preps` under `token` (`resolve_clauses.objects_of`, which this module, read by
    `events_roles`, cannot import)."""
    return next((post for c in children_of(token) if c.dep_ == "prep" and c.lower_ in preps for post in children_of(c)
                 if post.dep_ == "pobj" and _definite_post(post)), None)


def sought(verb: Token) -> tuple[Token, Token | None] | None:
    """(the one sought, the body seeking or None) of "approached / contacted X about the job" (the parser hangs the
    "about" phrase on the verb or on X), "X has been approached about the vacant post"."""
    if verb.lemma_.lower() not in SEEKING or verb.pos_ != "VERB":
        return None
    passive = any(c.dep_ == "auxpass" for c in children_of(verb))
    person = next((c for c in children_of(verb) if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if person is None or (_post_under(verb, ABOUT) is None
                          and _post_under(person, ABOUT) is None):
        return None
    seeker = None
    if passive:
        agent = next((c for c in children_of(verb) if c.dep_ == "agent"), None)
        seeker = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    else:
        seeker = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return person, seeker


def _judged(noun: Token) -> Token | None:
    """The one a tipping noun is said of: "X is (among) the favourite(s)", "X is seen as the favourite", "made X the
    favourite" (the parser hangs the noun on X, or makes it the verb's second object)."""
    if noun.dep_ == "appos":
        return noun.head
    head, dep = noun.head, noun.dep_
    if dep == "pobj" and head.lower_ in ("among", "as"):
        dep, head = "attr" if head.lower_ == "among" else "as", head.head
    if dep == "attr" and head.lemma_.lower() in COPULAS:
        return next((c for c in children_of(head) if c.dep_ == "nsubj"), None)
    if dep in ("as", "oprd") and head.lemma_.lower() in JUDGING:
        passive = any(c.dep_ == "auxpass" for c in children_of(head))
        return next((c for c in children_of(head) if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    return None


def tipped_for(noun: Token) -> Token | None:
    """The one tipped in "X is among the early favourites for the job", "X is the frontrunner for the vacant post"."""
    if noun.lemma_.lower() not in TIPPED or _post_under(noun, {"for"}) is None:
        return None
    return _judged(noun)


def tipped_to(trigger: Token) -> tuple[Token, Token] | None:
    """(the tipping noun, the one who would take the post) in "X is the favourite to succeed him", "is seen as the
    frontrunner to take over", "Bookmakers have made X the favourite to replace him": an infinitive on the noun or right
    after it."""
    to = next((c for c in children_of(trigger) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    noun = trigger.head if trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in TIPPED else trigger.doc[to.i - 1]
    person = _judged(noun) if noun.lemma_.lower() in TIPPED else None  # ("the early favourite with bookmakers to take over")
    return (noun, person) if person is not None else None
