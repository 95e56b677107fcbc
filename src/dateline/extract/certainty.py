"""Certainty of an event (or a fact built on one): asserted, attributed, hedged, negated, speculative.

Certainty is data, never a filter: every event keeps its label and nothing is dropped.

The label is the strongest qualifier that holds, in this order:

    negated > speculative > hedged > attributed > asserted

(the order the evaluation fixtures use), so "the source said he *allegedly* cheated" is `hedged`,
not `attributed`, and "he may have *allegedly* lied" is `speculative`: the label describes how
firmly the event itself is put, and the attribution is never lost because `claim` (the id of the
claim whose content holds the event) is set whenever the event lies inside a claim, whatever
its label.  One exception to `attributed`: a claim made with a factive cue ("the club confirmed",
"the companies announced") presupposes its content, so its unqualified events stay `asserted`
(the claim is still recorded).  A qualifier counts when it modifies the trigger ("his *alleged* infidelity",
"*no* wedding") or the clause the trigger heads or sits in ("was *allegedly* cheating",
"*could* be repaired", "*is said to* have married", "did *not* marry", "*denied* cheating").

The lexicon lives in data/claims_cues.toml.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import ASSERTED, ATTRIBUTED, HEDGED, NEGATED, OFFERED_MODALITY, SPECULATIVE, Claim, Event
from ..nlp import char_span, children_of, heads, strings, token_at, tokens
from .events_merge import TOLD_AGAIN_KEY

# Dependencies through which a noun trigger hands its clause to its verb.
_NOUN_TO_VERB = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "pobj"}
# Dependencies through which a verb inherits the modality of the verb above it.
_VERB_UP = {"xcomp", "conj", "auxpass"}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The claims/certainty lexicon (data/claims_cues.toml), loaded once."""
    text = resources.files("dateline.extract").joinpath("data/claims_cues.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    hedges: frozenset[str]
    hedge_passives: frozenset[str]
    modals: frozenset[str]
    spec_adverbs: frozenset[str]
    spec_verbs: frozenset[str]
    spec_heads: frozenset[str]
    conditions: frozenset[str]
    inverted: frozenset[str]
    question_modals: frozenset[str]
    negation: frozenset[str]
    negation_verbs: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    c = cues()["certainty"]
    return _Lexicon(
        hedges=frozenset(c["hedges"]),
        hedge_passives=frozenset(c["hedge_passives"]),
        modals=frozenset(c["speculative_modals"]),
        spec_adverbs=frozenset(c["speculative_adverbs"]),
        spec_verbs=frozenset(c["speculative_verbs"]),
        spec_heads=frozenset(c["speculative_heads"]),
        conditions=frozenset(c["conditions"]),
        inverted=frozenset(c["inverted_conditions"]),
        question_modals=frozenset(c["question_modals"]),
        negation=frozenset(c["negation"]),
        negation_verbs=frozenset(c["negation_verbs"]),
    )


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the character span start:end, or None when no token is there."""
    token = token_at(doc, start, end)
    if token is not None:
        return token  # (a one-token trigger, most of them: no span to make)
    span: Span | None = char_span(doc, start, end)
    if span is None or len(span) == 0:
        return None
    return span.root


def _clause_chain(token: Token) -> list[tuple[Token, str]]:
    """The trigger, then the words whose modality reaches it, each with how it was reached:
    a noun's verb ("noun"), the verb an infinitive hangs on ("xcomp": "is expected to marry"),
    the first of coordinated verbs ("conj": "could cheat and lie")."""
    doc = token.doc
    listed, poses, deps, up = tokens(doc), strings(doc, "pos"), strings(doc, "dep"), heads(doc)  # (columns: one read per event)
    chain = [(token, "self")]
    current = token.i
    if poses[current] in {"NOUN", "PROPN", "PRON"} and deps[current] in _NOUN_TO_VERB:
        head = up[up[current]] if deps[current] == "pobj" else up[current]
        if poses[head] in {"VERB", "AUX"}:
            chain.append((listed[head], "noun"))
            current = head
    for _ in range(4):
        if deps[current] not in _VERB_UP or up[current] == current:
            break
        via = deps[current]
        current = up[current]
        chain.append((listed[current], via))
    return chain


def _infinitive_ahead(verb: Token, lex: _Lexicon) -> bool:
    """An infinitive on a noun or an adjective of what may yet come ("the favourite to win", "a chance to win", "keen to
    win"), or on "be" with such a noun its attribute ("X is the favourite to win", the parser hanging the infinitive on "is")."""
    to = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if verb.dep_ not in ("relcl", "acl", "advcl", "xcomp") or to is None:
        return False
    head = verb.head
    if head.lemma_.lower() in lex.spec_heads and head.pos_ in ("NOUN", "ADJ", "VERB"):
        return True
    before = verb.doc[to.i - 1]
    if before.lemma_.lower() in lex.spec_heads and before.pos_ in ("NOUN", "ADJ") and before.dep_ == "appos":
        return True  # "made X the favourite to succeed him": the parser hangs the infinitive on "made", the noun on X
    return head.lemma_ == "be" and any((c.dep_ in ("attr", "acomp") and c.lemma_.lower() in lex.spec_heads) or (c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in lex.spec_heads for g in children_of(c))) for c in children_of(head))
    # ("is in line to take charge": the noun of the phrase on "be")


def _is_hedge_passive(verb: Token, lex: _Lexicon) -> bool:
    """ "is said to", "was rumoured to": a passive hedge verb."""
    return verb.lemma_.lower() in lex.hedge_passives and any(c.dep_ == "auxpass" for c in children_of(verb))


PROCEEDINGS = frozenset({"lawsuit", "suit", "case", "complaint", "petition", "charge", "appeal"})  # what a court dismisses


def _negated(chain: list[tuple[Token, str]], lex: _Lexicon) -> bool:
    """A negation on the trigger or its clause; a coordinated verb keeps its own polarity."""
    doc = chain[0][0].doc
    lowers, deps, lemmas, up = strings(doc, "lower"), strings(doc, "dep"), strings(doc, "lemma_lower"), heads(doc)
    for token, via in chain:
        if via == "conj":
            break
        for c in children_of(token):
            if deps[c.i] == "neg" or (lowers[c.i] in lex.negation and deps[c.i] in {"det", "advmod"}):
                return True
        if lemmas[up[token.i]] in lex.negation_verbs and deps[token.i] in {"ccomp", "xcomp", "dobj", "pcomp"} \
                and lemmas[token.i] not in PROCEEDINGS:
            return True  # "denied cheating" (not "a judge dismissed the lawsuit": it was brought, then thrown out)
    return False


def _inverted_condition(verb: Token, lex: _Lexicon) -> bool:
    """"Had she won the race, ...", "Were he to resign, ...", "Should they divorce, ...": a clause opened by its
    auxiliary before its subject (the parser may make that auxiliary the clause's head) only supposes the event."""
    if verb.dep_ != "advcl":
        return False
    opener = verb.doc[verb.left_edge.i]
    if opener.lower_ not in lex.inverted or not (opener.i == verb.i or (opener.dep_ in ("aux", "auxpass") and opener.head.i == verb.i)):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > opener.i for c in children_of(verb))


def _asked_ahead(verb: Token, lex: _Lexicon) -> bool:
    """"Would he resign if ...?", "Will they marry?": a question's main verb opened by a modal of what is to come."""
    opener = verb.doc[verb.left_edge.i]
    if opener.lower_ not in lex.question_modals or opener.head.i != verb.i or opener.dep_ != "aux":
        return False
    last = verb.doc[verb.right_edge.i]
    return last.text == "?" or (last.i + 1 < len(verb.doc) and verb.doc[last.i + 1].text == "?")


def effective_later(trigger: Token) -> Token | None:
    """"announced her retirement, effective at the end of the season": the "effective" phrase of a move announced (the
    announcing verb's, where the parser hangs it) that tells a time ahead, not "effective immediately"."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return None
    effective = next((c for c in children_of(trigger.head) if c.lower_ == "effective" and c.i > trigger.i
                      and c.dep_ in ("advcl", "amod", "advmod", "acomp")), None)
    if effective is None or any(c.lower_ in ("immediately", "today", "now") for c in children_of(effective)):
        return None
    return effective if any(c.dep_ in ("prep", "npadvmod", "pobj") for c in children_of(effective)) else None


def qualifier(token: Token, polarity: str = "POS") -> str | None:
    """negated | speculative | hedged for the event whose trigger head is `token`, else None."""
    lex = _lexicon()
    chain = _clause_chain(token)
    if polarity == "NEG" or _negated(chain, lex):
        return NEGATED
    doc = token.doc
    lowers, deps, lemmas = strings(doc, "lower"), strings(doc, "dep"), strings(doc, "lemma_lower")
    hedged = False  # (one pass over the words of the chain: a speculative word decides at once, a hedge only after)
    for t, _ in chain:
        if _inverted_condition(t, lex) or (deps[t.i] == "ROOT" and _asked_ahead(t, lex)):
            return SPECULATIVE
        for c in children_of(t):
            lower, dep = lowers[c.i], deps[c.i]
            if (dep == "aux" and lower in lex.modals) or (dep == "advmod" and lower in lex.spec_adverbs) \
                    or (dep == "mark" and lower in lex.conditions):  # "faces ten years in prison if convicted"
                return SPECULATIVE
            hedged = hedged or (lower in lex.hedges and dep in {"amod", "advmod", "npadvmod"})
    if deps[token.i] == "ROOT" and any(deps[c.i] == "aux" and lowers[c.i] == "to" for c in children_of(token)) \
            and any(deps[c.i] == "nsubj" for c in children_of(token)):
        return SPECULATIVE  # a headline's "X to buy Y", "X to retire after 14 years": announced, ahead
    if deps[token.i] == "relcl" and token.head.dep_ == "ROOT" and token.head.tag_ in ("NNP", "NNPS", "NN", "NNS") \
            and any(deps[c.i] == "aux" and lowers[c.i] == "to" for c in children_of(token)):
        return SPECULATIVE  # the same headline parsed with a noun its root ("Former world number four X to retire")
    if any(lemmas[t.i] in lex.spec_verbs for t, via in chain if via == "xcomp"):
        return SPECULATIVE  # "plans to open", "is expected to announce"
    if _infinitive_ahead(token, lex):
        return SPECULATIVE  # "is the favourite to win", "has a good chance to win", "is keen to win"
    if any(via == "xcomp" and lemmas[t.i] == "be" and t.tag_ in ("VBZ", "VBP") for t, via in chain):
        return SPECULATIVE  # "X is to marry Y", "the couple are to wed next summer": an arrangement ahead
    if lemmas[token.i] == "expect" and strings(doc, "pos")[token.i] == "VERB":
        return SPECULATIVE  # the trigger itself: "is expecting their first child"
    if lemmas[token.i] == "offer" and strings(doc, "pos")[token.i] == "VERB":
        return SPECULATIVE  # the trigger itself: "was offered the post of X", a post not (yet) taken
    if deps[token.i] == "dobj" and effective_later(token) is not None:
        return SPECULATIVE  # "announced her retirement, effective at the end of the season": ahead
    if deps[token.i] == "pcomp" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in ("close", "near"):
        return SPECULATIVE  # "is close to joining Y on loan", "is near to signing X": not done yet
    if lemmas[token.i] == "pregnant":
        return SPECULATIVE  # "is pregnant with her second child": the birth ahead
    if lemmas[token.i] == "due" and strings(doc, "pos")[token.i] == "ADJ":
        return SPECULATIVE  # the trigger itself: "her new album is due out in October"
    if hedged:
        return HEDGED
    if any(via == "xcomp" and _is_hedge_passive(t, lex) for t, via in chain):
        return HEDGED
    return None


def claim_holding(start: int, claims: Iterable[Claim]) -> Claim | None:
    """The innermost claim whose content holds offset `start`."""
    best: Claim | None = None
    for claim in claims:
        if claim.start <= start < claim.end and (best is None or claim.end - claim.start < best.end - best.start):
            best = claim
    return best


def label(doc: Doc, start: int, end: int, polarity: str, claim: Claim | None, factive: bool = False) -> str:
    """Certainty label of the event or fact whose trigger is start:end (see the module doc).
    `factive`: the claim's cue presupposes its content ("confirmed", "announced"), so the article
    itself stands behind it and an unqualified event in it stays asserted."""
    token = trigger_token(doc, start, end)
    found = qualifier(token, polarity) if token is not None else (NEGATED if polarity == "NEG" else None)
    if found is not None:
        return found
    return ATTRIBUTED if claim is not None and not factive else ASSERTED


PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def _progressive_ahead(doc: Doc, event: Event, dct: str | None) -> bool:
    """"X, who is retiring in the summer", "is leaving at the end of the year": a present progressive (or a simple present:
    "moves to X next month") dated after the article's date tells an arrangement ahead, not an event under way."""
    token = trigger_token(doc, event.start, event.end)
    if token is None or not dct or not event.time or not event.time[:4].isdigit():
        return False
    progressive = token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in children_of(token))
    scheduled = token.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children_of(token)) \
        and event.type != "career.appoint"  # (but "X takes over as chief executive on April 1": the appointment is made)
    if not progressive and not scheduled:  # ("He moves to X next month", "She starts on Monday": a simple present dated
        return False  # ahead is a schedule too)
    return event.time > dct[: len(event.time)] and not dct.startswith(event.time)


RANK = {ASSERTED: 0, ATTRIBUTED: 1, HEDGED: 2, SPECULATIVE: 3, NEGATED: 4}


def _most_certain(doc: Doc, event: Event, others: Iterable[tuple[int, int]], claims: list[Claim],
                  factive: Collection[str]) -> tuple[Claim | None, str]:
    """The claim and label of the event's most certain mention (the kept trigger first, then the mentions folded into it):
    "Two men charged over raid" (a headline, asserted) and "have been charged ..., police said" are one asserted event, and
    a rumour later confirmed is asserted; an event first told as a plan or denied keeps that."""
    claim = claim_holding(event.start, claims)
    best = (claim, label(doc, event.start, event.end, event.polarity, claim, claim is not None and claim.id in factive))
    if best[1] in (SPECULATIVE, NEGATED):
        return best  # (a plan's "the acquisition" later on says nothing of whether it will happen)
    others = list(others)
    if others and _announced(doc, event.start, event.end):  # "X announces her retirement ... she will retire at the end of the season":
        # what is announced lies ahead when another mention says so
        ahead = [(claim_holding(start, claims), start, end) for start, end in others]
        if any(label(doc, start, end, event.polarity, c, c is not None and c.id in factive) == SPECULATIVE for c, start, end in ahead):
            return best[0], SPECULATIVE
    for start, end in others:
        claim = claim_holding(start, claims)
        told = label(doc, start, end, event.polarity, claim, claim is not None and claim.id in factive)
        if RANK[told] < RANK[best[1]]:
            best = (claim, told)
    return best


ANNOUNCING = frozenset({"announce", "confirm", "reveal", "disclose"})


def _announced(doc: Doc, start: int, end: int) -> bool:
    """The trigger is a noun that an announcing verb takes as its object ("announced her retirement")."""
    token = trigger_token(doc, start, end)
    return token is not None and token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in ANNOUNCING


def assign(doc: Doc, events: Iterable[Event], claims: list[Claim], factive: Collection[str] = (), dct: str | None = None) -> None:
    """Set `certainty` and `claim` on every event; list each event in its claim's `events`.
    `factive`: ids of claims whose cue presupposes the content (see `label`); `dct`: the article's date, after which a
    present progressive is an arrangement ahead."""
    told_again: dict[str, list[tuple[int, int]]] = doc.user_data.get(TOLD_AGAIN_KEY, {})
    for event in events:
        claim, event.certainty = _most_certain(doc, event, told_again.get(event.id, ()), claims, factive)
        event.claim = claim.id if claim is not None else None
        if event.certainty in (ASSERTED, ATTRIBUTED, HEDGED) and event.modality == OFFERED_MODALITY:
            event.certainty = SPECULATIVE  # a post offered or sought ("have approached X about the job"): not taken
        if event.certainty in (ASSERTED, ATTRIBUTED) and _progressive_ahead(doc, event, dct):
            event.certainty = SPECULATIVE
        if claim is not None and event.id not in claim.events:
            claim.events.append(event.id)
