"""Tense of the verb governing a span, read from a spaCy parse (PAST / PRESENT / FUTURE)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..nlp import char_span, children_of
from .tense import WEEKDAY_WORDS, heuristic_tense

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PARTICIPIAL_DEPS = frozenset({"advcl", "acl", "conj", "xcomp", "ccomp", "dep"})
FUTURE_ADJECTIVES = frozenset({"due", "set", "scheduled", "slated", "expected", "poised", "likely", "ready"})
FUTURE_GOVERNORS = frozenset({"plan", "expect", "schedule", "intend", "hope", "aim", "go", "due", "set",
                              "agree", "promise", "pledge", "vow", "offer", "propose"})  # "agreed to buy X in May"
# "payable Dec. 7", "effective Feb. 1", "starting Monday": a date ahead of the verb that tells it
FUTURE_BEFORE = frozenset({"payable", "effective", "starting", "beginning"})
# the present of a timetable: "talks resume Tuesday", "she takes over in January", "he is leaving in March",
# "she marries X on Saturday"
# (the parse-based twin of the heuristic's `scheduled` cues)
SCHEDULED = frozenset({"meet", "arrive", "leave", "begin", "resume", "travel", "fly", "convene", "expire", "open",
                       "close", "start", "end", "go", "launch", "join", "return", "retire", "face", "host", "debut",
                       "premiere", "kick", "wrap", "step", "take", "head", "move", "stand", "marry", "wed",
                       "expect"})  # ("are expecting their first child in December": the coming December)
SCHEDULED_PARTICLES = {"kick": "off", "wrap": "up", "step": "down", "take": "over"}


PROSPECTIVE_PAST = frozenset({"agree", "promise", "pledge", "vow", "offer", "propose"})


def _agreed_to(verb: Token) -> bool:
    """An infinitive under a past "agreed / promised / offered to" ("agreed to buy X on Monday")."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and any(c.tag_ == "TO" for c in children_of(verb)) \
        and verb.head.lemma_.lower() in PROSPECTIVE_PAST and verb.head.tag_ == "VBD"


def _governing_verb(tok: Token) -> Token | None:
    seen = 0
    while seen < 12:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        seen += 1
    return None


def _adjacent_verb(span: Span) -> Token | None:
    """The verb just before a span ("said [on] Monday the army would..."): the parser often hangs the
    date on the next clause's verb, but a date right after a verb modifies that verb."""
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ == "on":
        i -= 1
    if i < 0:
        return None
    tok = span.doc[i]
    return tok if tok.pos_ == "VERB" and tok.dep_ not in ("aux", "auxpass", "amod") else None


def telling_before(verb: Token, start: int) -> Token:
    """"told the Y on Monday she would not run", "told Y last month she had been offered": a date between a telling verb
    and the subject of its bare complement (no "that" before the date) is the telling's, though the parser hangs it on the
    complement's verb (a ccomp, an xcomp, or an advcl with no conjunction at all); else `verb` itself."""
    if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head.pos_ != "VERB" or not verb.head.i < start < verb.i:
        return verb
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < start or any(c.dep_ == "mark" and (c.i < start or verb.dep_ == "advcl") for c in children_of(verb)):
        return verb
    return verb.head


def verb_tense(verb: Token) -> str | None:
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX:
        return "FUTURE"
    if any(c.dep_ in ("acomp", "attr") and c.lower_ in FUTURE_ADJECTIVES for c in children_of(verb)):
        return "FUTURE"  # "is due in court Monday", "is set for Friday"
    if verb.tag_ in ("VB", "VBG", "VBN") and any(a.tag_ == "TO" for a in auxes):
        head = verb.head
        if head.i != verb.i and head.lemma_ in FUTURE_GOVERNORS | {"be"} and verb.dep_ in ("xcomp", "ccomp", "advcl"):
            if any(c.dep_ == "aux" and c.lower_ == "had" for h in (head, head.head) for c in children_of(h)):
                return "PAST"  # "had been due to expire Friday": the deadline is behind
            return "FUTURE"  # ("is to resume trading Tuesday")
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head)
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl"):
        # "the decision, announced Wednesday": a participle of what was done ("a vote scheduled for Friday" is ahead)
        if verb.lemma_ in FUTURE_GOVERNORS:  # "a memorial planned for Saturday was cancelled": as its clause tells
            governor = _governing_verb(verb.head)
            return verb_tense(governor) if governor is not None and governor.i != verb.i else None
        return "PAST"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT" and verb.lemma_ != "be" \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return "PAST"  # "X, who ran Y for a decade, quit in May", "Y cut 300 jobs in June": a past form the tagger took for
        # the participle (quit, cut, set, shut, put, let); a headline's "Manager sacked in May" is past too
    if verb.tag_ in ("VBG", "VBN") and not auxes and verb.dep_ in PARTICIPIAL_DEPS \
            and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head)  # "Speaking to X in February, she said": the clause's own tense
    if any(a.tag_ in ("VBD",) for a in auxes) or (verb.tag_ == "VBD" and not auxes):
        return "PAST"
    if any(a.lower_ in ("has", "have", "'ve") for a in auxes) and verb.tag_ == "VBN":
        return "PAST"
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes) or verb.tag_ in ("VBZ", "VBP"):
        return "FUTURE" if _scheduled(verb, auxes) else "PRESENT"
    if verb.tag_ == "VBD":
        return "PAST"
    if any(a.tag_ == "MD" for a in auxes):
        # "would withdraw by Friday", "could meet Monday": after the time of speech; "could have met": before
        return "PAST" if lowers & {"have", "'ve"} else "FUTURE"
    return None


def _scheduled(verb: Token, auxes: list[Token]) -> bool:
    """A simple present ("takes over", "opens") or a present progressive ("is leaving") of a verb of the
    timetable: told of a date, the date is ahead ("takes office in January": the coming January)."""
    simple = verb.tag_ in ("VBZ", "VBP") and not auxes
    progressive = verb.tag_ == "VBG" and bool(auxes) and all(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    if simple and verb.lemma_ in ("be", "have") and any(c.lower_ == "out" and c.dep_ in ("advmod", "prt", "acomp", "prep") for c in children_of(verb)):
        return True  # "the album is out on Friday", "she has a new book out on Friday": a release's timetable
    if not (simple or progressive) or verb.lemma_ not in SCHEDULED:
        return False
    particle = SCHEDULED_PARTICLES.get(verb.lemma_)
    return particle is None or any((c.dep_ == "prt" and c.lower_ == particle) or (verb.lemma_ == "take" and c.lower_ == "office")
                                   for c in children_of(verb))  # "steps down", "takes over", "takes office"


def tense_function(doc: Doc) -> Callable[[int, int], str | None]:
    """tense(start, end) for character spans of `doc` (None when no verb governs the span).

    Without a dependency parse (a blank pipeline) the text heuristic is used instead.
    """
    if not doc.has_annotation("DEP"):
        text = doc.text
        return lambda start, end: heuristic_tense(text, start, end)

    def tense(start: int, end: int) -> str | None:
        span = char_span(doc, start, end)
        if span is None or len(span) == 0:
            return None
        before = span.start - 1 if span.start and span.doc[span.start - 1].lower_ != "on" else span.start - 2
        if before >= 0 and span.doc[before].lower_ in FUTURE_BEFORE:
            return "FUTURE"
        verb = _adjacent_verb(span) or _governing_verb(span.root)
        if verb is not None and span.text.lower() in WEEKDAY_WORDS and _agreed_to(verb):
            return "PAST"  # "agreed to buy X on Monday": the day of the agreeing (a month or a year stays the buying's)
        return verb_tense(telling_before(verb, span.start)) if verb is not None else None

    return tense
