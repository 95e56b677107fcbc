"""What the claims rules share: the lexicon, the parsed document with its quotes, and the syntax
helpers that read a speaker's phrase (subject, name, unnamed source, linked entity)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import Analysis, Entity
from ..nlp import char_span, children_of, strings, tokens
from . import certainty
from .claims_quotes import OPENERS, find_quotes, paragraphs

try:  # the entities stage is written alongside this one; work without it until it lands
    from .entities import entity_for_span as _entities_for_span
    from .entities import entity_for_token as _entities_for_token
except ImportError:  # pragma: no cover - depends on which stages are built
    _entities_for_span = None
    _entities_for_token = None

_ORG_LABELS = {"ORG", "WORK", "PRODUCT", "WORK_OF_ART", "LAW", "NORP", "FAC"}
SUBJECTS = {"nsubj", "nsubjpass"}


@dataclass(frozen=True, slots=True)
class ClaimCues:
    reported: frozenset[str]
    quote_only: frozenset[str]
    naming: frozenset[str]
    text_verbs: frozenset[str]
    according: dict[str, str]
    anonymous: frozenset[str]
    documents: frozenset[str]
    authored: frozenset[str]
    outlet_anaphors: frozenset[str]
    channels: frozenset[str]
    outlet_verbs: frozenset[str]
    setting_verbs: frozenset[str]
    questions: frozenset[str]
    indefinites: frozenset[str]
    anaphoric_times: tuple[str, ...]
    occasions: frozenset[str]
    occasion_preps: frozenset[str]
    hedges: frozenset[str]
    factive: frozenset[str]


@lru_cache(maxsize=1)
def claim_cues() -> ClaimCues:
    raw: dict[str, Any] = certainty.cues()
    return ClaimCues(
        reported=frozenset(raw["speech"]["reported"]),
        quote_only=frozenset(raw["speech"]["quote_only"]),
        naming=frozenset(raw["speech"]["naming"]),
        text_verbs=frozenset(raw["speech"]["text_verbs"]),
        according={first: second for first, second in raw["according"]["phrases"]},
        anonymous=frozenset(raw["source"]["anonymous"]),
        documents=frozenset(raw["source"]["documents"]),
        authored=frozenset(raw["source"]["authored"]),
        outlet_anaphors=frozenset(raw["source"]["outlet_anaphors"]),
        channels=frozenset(raw["source"]["channel"]),
        outlet_verbs=frozenset(raw["source"]["outlet_verbs"]),
        setting_verbs=frozenset(raw["source"]["setting_verbs"]),
        questions=frozenset(raw["source"]["question_words"]),
        indefinites=frozenset(raw["source"]["indefinites"]),
        anaphoric_times=tuple(raw["time"]["anaphoric"]),
        occasions=frozenset(raw["time"]["occasions"]),
        occasion_preps=frozenset(raw["time"]["occasion_prepositions"]),
        hedges=frozenset(raw["certainty"]["hedges"]),
        factive=frozenset(raw["certainty"]["factive"]),
    )


@dataclass(slots=True)
class Draft:
    kind: str
    start: int
    end: int
    cue: Token | None = None
    cue_text: str | None = None
    source: Token | None = None  # head of the speaker's noun phrase
    frames: list[Token] = field(default_factory=list)  # cue tokens whose attribution we read
    follows: Draft | None = None  # the quote this unattributed one continues


class ClaimContext:
    """The doc plus the lookups the rules share."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.doc = doc
        self.analysis = analysis
        self.text = analysis.document.text
        self.cues = claim_cues()
        self.cue_words = self.cues.reported | self.cues.quote_only | self.cues.naming | self.cues.text_verbs  # once, not per token
        self.quotes = find_quotes(self.text)
        self.quoted = [False] * len(doc)
        for quote in self.quotes:
            span = char_span(doc, quote.start, quote.end)
            if span is not None:
                self.quoted[span.start : span.end] = [True] * len(span)
        self.paragraph_starts = [a for a, _ in paragraphs(self.text)]
        self.tokens = tokens(doc)  # listed once for every stage: iterating a Doc makes new Token objects
        self.token_starts = [t.idx for t in self.tokens]
        self.poses, self.lemmas = strings(doc, "pos"), strings(doc, "lemma_lower")
        self.deps, self.lowers = strings(doc, "dep"), strings(doc, "lower")
        self._subtrees: dict[int, list[Token]] = {}
        self.settings: list[Any] = []  # claims_sources.Setting: interview frames met so far
        self.factive: set[str] = set()
        self.through: dict[int, Token] = {}  # speech verb -> the "according to" source it came through
        self.absorbed: set[int] = set()  # speech verbs inside a document's claim ("according to the filing")

    def paragraph(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset)

    def token_at(self, offset: int) -> Token | None:
        """The token holding `offset`, or the first one after it."""
        index = bisect_right(self.token_starts, offset) - 1
        if index >= 0 and offset < self.token_starts[index] + len(self.tokens[index].text):
            return self.tokens[index]
        return self.tokens[index + 1] if index + 1 < len(self.tokens) else None

    def subtree(self, token: Token) -> list[Token]:
        """`token.subtree` as a list of the listed tokens, in spaCy's order (the left children's
        subtrees, the token, the right children's), made once per token: the attribution rules
        read the same verbs' subtrees again and again, and spaCy's generator nests one generator
        per level and makes a new Token per word.  Callers must not change the list."""
        found = self._subtrees.get(token.i)
        if found is None:
            i = token.i
            kids = children_of(token)  # in order: the left ones, then the right ones
            found = []
            for child in kids:
                if child.i < i:
                    found += self.subtree(child)
            found.append(self.tokens[i])
            for child in kids:
                if child.i > i:
                    found += self.subtree(child)
            self._subtrees[i] = found
        return found

    def is_cue(self, token: Token, quote_ok: bool = True) -> bool:
        i = token.i
        if self.poses[i] not in ("VERB", "AUX") or self.quoted[i]:
            return False
        return self.lemmas[i] in (self.cue_words if quote_ok else self.cues.reported)


def is_negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in children_of(token))


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb, climbing to the verb it hangs on ("…, adding that")."""
    if (quoting := quoted_as(verb)) is not None:  # "X quoted Y as saying", "Y was quoted as saying"
        return next((c for c in children_of(quoting) if c.dep_ in {"dobj", "nsubjpass"}), None)
    current = verb
    for _ in range(3):
        for child in children_of(current):
            if child.dep_ in SUBJECTS:
                return child
        if current.dep_ not in {"conj", "advcl", "xcomp", "pcomp"} or current.head.i == current.i:
            break
        current = current.head
    for child in verb.rights:  # "…,” added the source": an inverted subject parsed as an object
        quoted = any(t.text in OPENERS for t in verb.doc[verb.i : child.i])
        if child.dep_ in {"dobj", "attr", "npadvmod", "oprd"} and child.pos_ in {"NOUN", "PROPN"} and not quoted:
            if not (verb.lemma_.lower() == "tell" and is_proper(child)):
                return child
    return None


def quoted_as(verb: Token) -> Token | None:
    """The verb "quote" of "X quoted Y as saying …", when `verb` is that "saying"."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() == "quote":
        return prep.head
    return None


def entity_at(analysis: Analysis, start: int, end: int) -> Entity | None:
    """The entity whose mention covers start:end (through the entities stage when built)."""
    if _entities_for_span is not None:
        found = _entities_for_span(analysis, start, end)
        return analysis.entity(found) if isinstance(found, str) else found
    best: Entity | None = None
    for entity in analysis.entities:
        for mention in entity.mentions:
            if mention.start <= start and end <= mention.end:
                return entity
            if best is None and mention.start < end and start < mention.end:
                best = entity
    return best


def entity_of_token(analysis: Analysis, token: Token) -> Entity | None:
    if _entities_for_token is not None:
        found = _entities_for_token(analysis, token)
        return analysis.entity(found) if isinstance(found, str) else found
    return entity_at(analysis, token.idx, token.idx + len(token.text))


def name_tokens(token: Token) -> list[Token]:
    """A head noun with the proper nouns right before it ("Daily Mail", "Le Monde", "A Bola")."""
    first = token.i
    while first > 0:
        left = token.doc[first - 1]
        if left.dep_ not in {"compound", "nmod"} or not token.i >= left.head.i >= first - 1:
            break
        if not (is_proper(left) or left.whitespace_ == "" or left.is_punct):
            break
        first -= 1  # "Daily Mail", "A Bola", "E! News"
    parts = [token.doc[first]] + [t for t in children_of(token) if t.dep_ in {"flat", "nummod"} and t.i > token.i]
    parts.append(token)
    parts.sort(key=lambda t: t.i)
    while first > 0 and token.doc[first - 1].dep_ == "det" and token.doc[first - 1].is_title and not token.doc[first - 1].is_sent_start:
        first -= 1
    return list(token.doc[first : parts[-1].i + 1])


def noun_phrase(token: Token) -> Span:
    """The speaker's noun phrase without clauses and appositions ("two people familiar with X")."""
    cut = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
    last = token.i
    stack = [c for c in children_of(token) if c.dep_ not in cut]
    while stack:
        child = stack.pop()
        last = max(last, child.i)
        stack.extend(c for c in children_of(child) if c.dep_ not in cut)
    first = min(token.left_edge.i, token.i)
    return token.doc[first : last + 1]


def is_proper(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a name ("Page Six" with "Six" tagged a numeral)."""
    if token.pos_ == "PROPN":
        return True
    if not token.is_title or token.is_sent_start:
        return False
    return token.pos_ == "NOUN" or (token.ent_type_ in _ORG_LABELS and token.ent_iob_ == "I")


def is_anonymous(ctx: ClaimContext, token: Token) -> bool:
    """An unnamed source: a source noun ("an insider") or an indefinite description ("two civil servants")."""
    if _one_of_them(token):
        return True
    if is_proper(token) or token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in ctx.cues.anonymous:
        return True
    if _bare_plural(token):
        return True  # "Prosecutors said", "Political analysts said": people the text does not name
    return any(c.dep_ in {"det", "nummod", "amod"} and c.lower_ in ctx.cues.indefinites for c in children_of(token))


def _bare_plural(token: Token) -> bool:
    """An inflected plural with no determiner, possessor or name ("residents"; not "police")."""
    if token.tag_ != "NNS" or token.lemma_.lower() == token.lower_:
        return False
    return not any(c.dep_ in {"det", "poss"} or (c.dep_ == "compound" and is_proper(c)) for c in children_of(token))


def _one_of_them(token: Token) -> bool:
    """ "one of them", "one of those": a member of a group named before."""
    return token.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ in {"PRON", "DET"} for o in children_of(c))
        for c in children_of(token))


def is_definite(token: Token) -> bool:
    """A description that refers back to an earlier unnamed source ("the source", "one of them")."""
    if _one_of_them(token):
        return True
    dets = [c.lower_ for c in children_of(token) if c.dep_ in {"det", "poss"}]
    modifiers = [c for c in children_of(token) if c.dep_ in {"amod", "compound", "prep", "nummod"} and c.lower_ != "same"]
    return dets in (["the"], ["that"], ["this"]) and not modifiers


def org_like(ctx: ClaimContext, tokens: list[Token]) -> Entity | None | bool:
    """The ORG-like entity of a name (True when only spaCy's label says so), False for a person."""
    entity = entity_at(ctx.analysis, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    if entity is not None:
        return entity if entity.type != "PERSON" else False
    labels = {t.ent_type_ for t in tokens if t.ent_type_}
    return "PERSON" not in labels and (bool(labels & _ORG_LABELS) or any(is_proper(t) for t in tokens))
