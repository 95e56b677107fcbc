"""Claims stage: who says so — direct quotes and reported speech, with speaker, outlet and date.

`run(doc, analysis, options)` fills `analysis.claims` (ids "C1"…, in text order) and sets the
certainty of every event (see `certainty`).  Decisions, all general rules (lexicon in
data/claims_cues.toml):

- A direct quote is the text inside “…” or "…" marks.  An interrupted quote (“A,” she said,
  “B.”) is one claim per quoted part, the parts sharing speaker, cue, outlet and date.  A quote
  left open at the end of a paragraph and reopened at the start of the next is one claim
  running over both paragraphs.  A quote with no attribution of its own that follows another
  quote, with nothing but that quote's attribution between them, continues it (same speaker).
  A short quote inside a sentence with no cue is a scare quote, not a claim.
- Reported speech is the clausal complement of a speech verb ("X told Y that …", "…, X said"),
  the clause an "according to X" phrase hangs on, and quotes inside such a clause belong to it.
- The speaker is a named entity (via the entities stage's clusters), a pronoun resolved through
  them, or an unnamed source ("an insider", "court papers").  A definite unnamed source
  ("the source", "the insider") refers back to the latest unnamed source: it takes that
  source's description and, when it has none of its own, its outlet.
- The outlet comes from syntax: the proper-noun object of "told", the object of "spoke to",
  "in an interview with X", "a X interview", "on X" (a platform), "obtained by X", and an
  organisation that is itself the subject of "reported"/"confirmed"; "the outlet"/"the
  magazine" refers back to the latest outlet.
- The date is a timex in the attribution ("in a 2018 interview", "on Wednesday"), the latest
  earlier date for "at the time", the previous claim's date when the same speaker goes on,
  else the article's date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..model import ATTRIBUTED, HEDGED, Analysis, Claim, Entity
from . import certainty

try:  # the entities stage is written alongside this one; work without it until it lands
    from .entities import entity_for_span as _entities_for_span
    from .entities import entity_for_token as _entities_for_token
except ImportError:  # pragma: no cover - depends on which stages are built
    _entities_for_span = None
    _entities_for_token = None

_OPENERS = {"“": "”", "«": "»", '"': '"'}
_PARAGRAPH = re.compile(r"\n\s*")
_TRAILING = ",;:—–- \n\t"
_PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}
_ORG_LABELS = {"ORG", "WORK", "PRODUCT", "WORK_OF_ART", "LAW", "NORP", "FAC"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_SENTENCE_END = {".", "!", "?", "…"}


@dataclass(frozen=True, slots=True)
class _Cues:
    reported: frozenset[str]
    quote_only: frozenset[str]
    according: dict[str, str]
    anonymous: frozenset[str]
    outlet_anaphors: frozenset[str]
    channels: frozenset[str]
    outlet_verbs: frozenset[str]
    questions: frozenset[str]
    indefinites: frozenset[str]
    anaphoric_times: tuple[str, ...]
    hedges: frozenset[str]
    factive: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    raw: dict[str, Any] = certainty.cues()
    return _Cues(
        reported=frozenset(raw["speech"]["reported"]),
        quote_only=frozenset(raw["speech"]["quote_only"]),
        according={first: second for first, second in raw["according"]["phrases"]},
        anonymous=frozenset(raw["source"]["anonymous"]),
        outlet_anaphors=frozenset(raw["source"]["outlet_anaphors"]),
        channels=frozenset(raw["source"]["channel"]),
        outlet_verbs=frozenset(raw["source"]["outlet_verbs"]),
        questions=frozenset(raw["source"]["question_words"]),
        indefinites=frozenset(raw["source"]["indefinites"]),
        anaphoric_times=tuple(raw["time"]["anaphoric"]),
        hedges=frozenset(raw["certainty"]["hedges"]),
        factive=frozenset(raw["certainty"]["factive"]),
    )


# ---------------------------------------------------------------------------------------------
# Quotes


@dataclass(slots=True)
class Quote:
    start: int  # first character inside the opening mark
    end: int  # last character inside the closing mark (exclusive)
    open_mark: int  # offset of the opening mark
    after: int  # offset just past the closing mark (or the paragraph end when left open)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def find_quotes(text: str) -> list[Quote]:
    """Every quoted stretch of `text`; a quote reopened at the next paragraph's start continues."""
    quotes: list[Quote] = []
    carried: Quote | None = None  # a quote left open at the end of the previous paragraph
    for para_start, para_end in _paragraphs(text):
        opened: int | None = None
        closer = ""
        if carried is not None and text[para_start] not in _OPENERS:
            quotes.append(carried)
            carried = None
        for i in range(para_start, para_end):
            char = text[i]
            if opened is None and char in _OPENERS:
                opened, closer = i, _OPENERS[char]
            elif opened is not None and char == closer:
                if carried is not None and opened == para_start:
                    carried.end, carried.after = i, i + 1
                    quotes.append(carried)
                    carried = None
                else:
                    quotes.append(Quote(opened + 1, i, opened, i + 1))
                opened = None
        if opened is not None:  # left open: continued if the next paragraph reopens
            if carried is not None and opened == para_start:
                carried.end = carried.after = para_end
            else:
                if carried is not None:
                    quotes.append(carried)
                carried = Quote(opened + 1, para_end, opened, para_end)
        elif carried is not None:
            quotes.append(carried)
            carried = None
    if carried is not None:
        quotes.append(carried)
    return [q for q in quotes if text[q.start : q.end].strip()]


def _trim_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Inside-quote content without surrounding blanks and the trailing comma before the mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# Drafts: a claim before its ids and links are settled


@dataclass(slots=True)
class _Draft:
    kind: str
    start: int
    end: int
    cue: Token | None = None
    cue_text: str | None = None
    source: Token | None = None  # head of the speaker's noun phrase
    frames: list[Token] = field(default_factory=list)  # cue tokens whose attribution we read
    follows: _Draft | None = None  # the quote this unattributed one continues


class _Document:
    """The doc plus the lookups the rules share."""

    def __init__(self, doc: Doc, analysis: Analysis) -> None:
        self.doc = doc
        self.analysis = analysis
        self.text = analysis.document.text
        self.cues = _cues()
        self.quotes = find_quotes(self.text)
        self.quoted = [False] * len(doc)
        for quote in self.quotes:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.quoted[token.i] = True
        self.paragraph_starts = [a for a, _ in _paragraphs(self.text)]
        self.token_starts = [t.idx for t in doc]
        self.settings: list[_Setting] = []
        self.factive: set[str] = set()
        self.through: dict[int, Token] = {}  # speech verb -> the "according to" source it came through

    def paragraph(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset)

    def token_at(self, offset: int) -> Token | None:
        """The token holding `offset`, or the first one after it."""
        index = bisect_right(self.token_starts, offset) - 1
        if index >= 0 and offset < self.token_starts[index] + len(self.doc[index].text):
            return self.doc[index]
        return self.doc[index + 1] if index + 1 < len(self.doc) else None

    def is_cue(self, token: Token, quote_ok: bool = True) -> bool:
        lemma = token.lemma_.lower()
        words = self.cues.reported | (self.cues.quote_only if quote_ok else frozenset())
        return token.pos_ in {"VERB", "AUX"} and lemma in words and not self.quoted[token.i]


def _negated(token: Token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb, climbing to the verb it hangs on ("…, adding that")."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                return child
        if current.dep_ not in {"conj", "advcl", "xcomp", "pcomp"} or current.head.i == current.i:
            break
        current = current.head
    for child in verb.rights:  # "…,” added the source": an inverted subject parsed as an object
        quoted = any(t.text in _OPENERS for t in verb.doc[verb.i : child.i])
        if child.dep_ in {"dobj", "attr", "npadvmod", "oprd"} and child.pos_ in {"NOUN", "PROPN"} and not quoted:
            if not (verb.lemma_.lower() == "tell" and _is_proper(child)):
                return child
    return None


def _content_span(ctx: _Document, tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a reported clause: no leading "that", no trailing punctuation."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct or tokens[0].is_space
                      or (tokens[0].lower_ == "that" and tokens[0].dep_ not in _SUBJECTS)):
        if tokens[0].text in _OPENERS:
            break  # the clause opens with a quotation: keep its mark
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for quote in ctx.quotes:  # a quote opened inside the clause ends with its closing mark
        if start <= quote.open_mark < end < quote.after:
            end = quote.after
    return start, end


def _clause_tokens(ctx: _Document, root: Token, skip: Token | None = None) -> list[Token]:
    """`root`'s subtree minus `skip`'s subtree and minus nested attributions ("…, though she said")."""
    excluded: set[int] = set()
    if skip is not None:
        excluded.update(t.i for t in skip.subtree)
    for token in root.subtree:
        if token.i == root.i or token.i in excluded:
            continue
        if token.dep_ in {"advcl", "conj", "parataxis"} and ctx.is_cue(token, quote_ok=False) and _subject(token):
            if any(c.dep_ in _SUBJECTS for c in token.children):
                excluded.update(t.i for t in token.subtree)
    return [t for t in root.subtree if t.i not in excluded]


def _is_question(ctx: _Document, clause: Token) -> bool:
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return first.lower_ in ctx.cues.questions


def _reported(ctx: _Document) -> list[_Draft]:
    drafts: list[_Draft] = []
    for token in ctx.doc:
        if ctx.is_cue(token, quote_ok=False) and not _negated(token):
            if _subject(token) is None:
                if (trailing := _trailing(ctx, token)) is not None:
                    drafts.append(trailing)
                continue  # "Please note that …": no one says it
            if not any(c.dep_ == "ccomp" for c in token.children) and (trailing := _trailing(ctx, token)):
                drafts.append(trailing)
            for clause in token.children:
                if clause.dep_ != "ccomp" or _is_question(ctx, clause) or _attributes_quote(ctx, clause):
                    continue  # a question, or an attribution of its own ("She told X: “…”, she said")
                tokens = _clause_tokens(ctx, clause)
                first = next((t for t in tokens if not t.is_punct and t.dep_ != "mark"), None)
                if first is None or ctx.quoted[first.i]:
                    continue  # the complement is a direct quote: attributed by `_direct`
                span = _content_span(ctx, tokens)
                if span is not None:
                    drafts.append(_Draft("reported", *span, cue=token, cue_text=token.lower_,
                                         source=_subject(token), frames=[token]))
        elif token.lower_ in ctx.cues.according and token.dep_ == "prep" and not ctx.quoted[token.i]:
            drafts.extend(_according(ctx, token))
    return drafts


def _trailing(ctx: _Document, verb: Token) -> _Draft | None:
    """ "CLAUSE, a source told X." when the parser hung the attribution on the clause's last noun:
    the clause before the comma that opens the speaker's phrase is the content."""
    sent = verb.sent
    if verb.i <= sent.start:
        return None
    subject = ctx.doc[verb.i - 1]  # the noun phrase right before the verb
    while (subject.head.i < verb.i and subject.head.pos_ not in {"VERB", "AUX"}
           and subject.dep_ not in {"appos", "conj", "nsubj"}):
        subject = subject.head
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    comma = min(t.i for t in subject.subtree if t.i < verb.i) - 1
    if comma <= sent.start or ctx.doc[comma].text != ",":
        return None
    inside = {t.i for t in verb.subtree}
    rest = ctx.doc[verb.i + 1 : sent.end]
    if len(rest) > 8 or not all(t.is_punct or t.is_space or t.i in inside for t in rest):
        return None
    if verb.lemma_.lower() != "tell" and any(c.dep_ == "dobj" for c in verb.children):
        return None  # "…, Millepied shared another photo": an act, not an attribution
    tokens = list(ctx.doc[sent.start : comma])
    first = next((t for t in tokens if not t.is_punct), None)
    if first is None or ctx.quoted[first.i] or not any(t.pos_ in {"VERB", "AUX"} for t in tokens):
        return None
    span = _content_span(ctx, tokens)
    if span is None:
        return None
    return _Draft("reported", *span, cue=verb, cue_text=verb.lower_, source=subject, frames=[verb])


def _attributes_quote(ctx: _Document, clause: Token) -> bool:
    """True for a complement that is itself a speech verb introducing a quote or a clause."""
    if not ctx.is_cue(clause):
        return False
    return any(c.dep_ == "ccomp" or c.text in _OPENERS or ctx.quoted[c.i] for c in clause.children)


def _according(ctx: _Document, prep: Token) -> list[_Draft]:
    """ "according to X, CLAUSE" / "CLAUSE, according to X" / "per X"."""
    second = ctx.cues.according[prep.lower_]
    holder = prep
    if second:
        holder = next((c for c in prep.children if c.lower_ == second), None)
        if holder is None:
            return []
    source = next((c for c in holder.children if c.dep_ == "pobj"), None)
    head = prep.head
    if source is None or head.i == prep.i:
        return []
    if not second and not (_is_anonymous(ctx, source) or source.pos_ == "PROPN"):
        return []  # "per share", "per cent"
    if ctx.is_cue(head, quote_ok=False) and any(c.dep_ == "ccomp" for c in head.children):
        for verb in head.subtree:  # "According to X, Y told friends that …, though Z denied …"
            if ctx.is_cue(verb, quote_ok=False):
                ctx.through[verb.i] = source  # X is the outlet of what Y and Z said
        return []
    span = _content_span(ctx, _around(ctx, prep, head))
    if span is None:
        return []
    cue_text = f"{prep.lower_} {second}".strip()
    return [_Draft("reported", *span, cue=prep, cue_text=cue_text, source=source, frames=[prep])]


def _around(ctx: _Document, prep: Token, head: Token) -> list[Token]:
    """The clause an "according to X" phrase qualifies: the rest of the sentence when the phrase
    opens or closes it (robust to misattached subjects), else the head's subtree without it."""
    sent = prep.sent
    comma = next((t for t in sent if t.i > prep.i and t.text in {",", ";", "—"}), None)
    opening = all(t.is_punct or t.pos_ in {"CCONJ", "ADV", "SCONJ"} for t in sent if t.i < prep.i)
    if opening and comma is not None:
        return [t for t in sent if t.i > comma.i]
    if comma is None and prep.i > sent.start:
        return [t for t in sent if t.i < prep.i]
    return _clause_tokens(ctx, head, skip=prep)


def _after_cue(ctx: _Document, quote: Quote) -> Token | None:
    """ "…,” she said" / "…,” said the source" / "…,” an insider told X"."""
    first = ctx.token_at(quote.after)
    if first is None:
        return None
    paragraph = ctx.paragraph(quote.after - 1)
    seen: list[Token] = []
    for token in ctx.doc[first.i : first.i + 10]:
        if ctx.paragraph(token.idx) != paragraph or ctx.quoted[token.i] or token.text in _OPENERS:
            return None
        if ctx.is_cue(token):
            subject = _subject(token)
            allowed = {t.i for t in subject.subtree} if subject is not None else set()
            if not all(t.is_punct or t.i in allowed for t in seen):
                return None
            ended = ctx.text[quote.end - 1 : quote.end]
            if ended in _SENTENCE_END and first.is_title and (ended == "." or _opens_quote(ctx, token)):
                return None  # “…done.” She continued, “…”: what follows starts a new sentence
            return token
        seen.append(token)
    return None


def _opens_quote(ctx: _Document, cue: Token) -> bool:
    """True when the cue's clause runs straight into an opening quote mark ("She added, “…")."""
    last = max(t.i for t in cue.subtree if not ctx.quoted[t.i] and t.text not in _OPENERS)
    following = ctx.doc[last + 1 : last + 3]
    return any(t.text in _OPENERS for t in following) or any(t.text in _OPENERS for t in cue.subtree if t.i > cue.i)


def _before_cue(ctx: _Document, quote: Quote) -> Token | None:
    """ "She told X: “…”" / "and wrote, “…”" / "described her as “…”"."""
    mark = ctx.token_at(quote.open_mark)
    if mark is None:
        return None
    sentence_start = mark.sent.start
    between: list[Token] = []
    for token in reversed(ctx.doc[sentence_start : mark.i]):
        if ctx.quoted[token.i]:
            return None
        if ctx.is_cue(token):
            inside = {t.i for t in token.subtree}
            if all(t.is_punct or t.is_space or t.i in inside for t in between):
                return token
            return None
        between.append(token)
    return None


def _direct(ctx: _Document, reported: list[_Draft]) -> list[_Draft]:
    drafts: list[_Draft] = []
    for quote in ctx.quotes:
        if any(d.start <= quote.open_mark and quote.start < d.end for d in reported):
            continue  # a quote inside a reported clause belongs to that claim
        start, end = _trim_quote(ctx.text, quote.start, quote.end)
        after, before = _after_cue(ctx, quote), _before_cue(ctx, quote)
        frames = [t for t in (after, before) if t is not None]
        if frames:
            cue = frames[0]
            drafts.append(_Draft("direct", start, end, cue=cue, cue_text=cue.lower_,
                                 source=_subject(cue), frames=frames))
            continue
        previous = drafts[-1] if drafts else None
        if previous is not None and previous.kind == "direct" and _continues(ctx, previous, quote):
            drafts.append(_Draft("direct", start, end, cue=previous.cue, cue_text=previous.cue_text,
                                 source=previous.source, frames=previous.frames, follows=previous))
    return drafts


def _continues(ctx: _Document, previous: _Draft, quote: Quote) -> bool:
    """True when only the previous quote's attribution stands between it and `quote`."""
    if ctx.paragraph(quote.open_mark) - ctx.paragraph(previous.end) > 1:
        return False
    gap = ctx.doc.char_span(previous.end, quote.open_mark, alignment_mode="expand")
    if gap is None:
        return False
    attribution = {t.i for frame in previous.frames for t in frame.subtree}
    for frame in previous.frames:
        subject = _subject(frame)
        if subject is not None:
            attribution.update(t.i for t in subject.subtree)
    return all(t.is_punct or t.is_space or ctx.quoted[t.i] or t.i in attribution for t in gap)


# ---------------------------------------------------------------------------------------------
# Speakers, outlets, dates


def _entity(analysis: Analysis, start: int, end: int) -> Entity | None:
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


def _entity_of_token(analysis: Analysis, token: Token) -> Entity | None:
    if _entities_for_token is not None:
        found = _entities_for_token(analysis, token)
        return analysis.entity(found) if isinstance(found, str) else found
    return _entity(analysis, token.idx, token.idx + len(token.text))


def _name_tokens(token: Token) -> list[Token]:
    """A head noun with the proper nouns right before it ("Us Weekly", "Page Six", "A Bola")."""
    first = token.i
    while first > 0:
        left = token.doc[first - 1]
        if left.dep_ not in {"compound", "nmod"} or not token.i >= left.head.i >= first - 1:
            break
        if not (_is_proper(left) or left.whitespace_ == "" or left.is_punct):
            break
        first -= 1  # "Us Weekly", "A Bola", "E! News"
    parts = [token.doc[first]] + [t for t in token.children if t.dep_ in {"flat", "nummod"} and t.i > token.i]
    parts.append(token)
    parts.sort(key=lambda t: t.i)
    while first > 0 and token.doc[first - 1].dep_ == "det" and token.doc[first - 1].is_title and not token.doc[first - 1].is_sent_start:
        first -= 1
    return list(token.doc[first : parts[-1].i + 1])


def _noun_phrase(token: Token) -> Span:
    """The speaker's noun phrase without clauses and appositions ("two people familiar with X")."""
    cut = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
    last = token.i
    stack = [c for c in token.children if c.dep_ not in cut]
    while stack:
        child = stack.pop()
        last = max(last, child.i)
        stack.extend(c for c in child.children if c.dep_ not in cut)
    first = min(token.left_edge.i, token.i)
    return token.doc[first : last + 1]


def _is_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.is_title and not token.is_sent_start and token.pos_ == "NOUN")


def _is_anonymous(ctx: _Document, token: Token) -> bool:
    """An unnamed source: a source noun ("an insider") or an indefinite description ("two civil servants")."""
    if _is_proper(token) or token.pos_ != "NOUN":
        return False
    if token.lemma_.lower() in ctx.cues.anonymous:
        return True
    return any(c.dep_ in {"det", "nummod", "amod"} and c.lower_ in ctx.cues.indefinites for c in token.children)


def _is_definite(token: Token) -> bool:
    dets = [c.lower_ for c in token.children if c.dep_ in {"det", "poss"}]
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "prep", "nummod"} and c.lower_ != "same"]
    return dets in (["the"], ["that"], ["this"]) and not modifiers


def _org_like(ctx: _Document, tokens: list[Token]) -> Entity | None | bool:
    """The ORG-like entity of a name (True when only spaCy's label says so), False for a person."""
    entity = _entity(ctx.analysis, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    if entity is not None:
        return entity if entity.type != "PERSON" else False
    labels = {t.ent_type_ for t in tokens if t.ent_type_}
    return "PERSON" not in labels and (bool(labels & _ORG_LABELS) or any(_is_proper(t) for t in tokens))


@dataclass(slots=True)
class _Outlet:
    text: str
    entity: str | None


def _outlet_of_name(ctx: _Document, token: Token, latest: _Outlet | None) -> _Outlet | None:
    """The outlet named by `token` (a proper, non-person name) or referred back to ("the outlet")."""
    if token.lemma_.lower() in ctx.cues.outlet_anaphors and not _is_proper(token):
        names = [c for c in token.children if c.dep_ == "compound" and _is_proper(c)]
        if names:  # "Parents magazine"
            return _outlet_of_name(ctx, names[-1], latest)
        if any(c.dep_ == "poss" for c in token.children):
            return _Outlet(_noun_phrase(token).text, None)  # "the club's website"
        return latest  # "the outlet", "the magazine"
    if not _is_proper(token) or token.ent_type_ in {"DATE", "TIME"}:
        return None
    tokens = _name_tokens(token)
    found = _org_like(ctx, tokens)
    if found is False:
        return None
    text = ctx.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return _Outlet(text, found.id if isinstance(found, Entity) else None)


def _outlet_in_channel(ctx: _Document, noun: Token, latest: _Outlet | None) -> _Outlet | None:
    """ "an interview with X", "a X interview", "a statement to X", "an article published by X"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "to", "for", "on", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := _outlet_of_name(ctx, obj, latest)) is not None:
                    return found
        if child.dep_ == "compound" and _is_proper(child):
            names = [t for t in noun.children if t.dep_ == "compound" and _is_proper(t)]
            found = _outlet_of_name(ctx, names[-1], latest)
            first = names[-1].left_edge
            while first.i > 0 and _capitalized_modifier(first.doc[first.i - 1], noun):
                first = first.doc[first.i - 1]  # "a SiriusXM Town Hall interview"
            if found is not None:
                found.text = ctx.text[first.idx : names[-1].idx + len(names[-1].text)]
            return found
        if child.dep_ == "acl":
            if (found := _outlet_by_agent(ctx, child, latest)) is not None:
                return found
    return None


def _capitalized_modifier(token: Token, noun: Token) -> bool:
    return (token.head.i == noun.i or token.head.head.i == noun.i) and token.pos_ not in {"DET", "PRON", "ADP"} \
        and token.dep_ in {"compound", "amod", "nmod"} and any(c.isupper() for c in token.text)


def _outlet_by_agent(ctx: _Document, verb: Token, latest: _Outlet | None) -> _Outlet | None:
    """ "obtained by X", "seen by X", "who spoke to X"."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"to", "with"}):
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := _outlet_of_name(ctx, obj, latest)) is not None:
                    return found
    return None


def _outlet_of_frame(ctx: _Document, cue: Token, latest: _Outlet | None) -> _Outlet | None:
    """The outlet a cue's attribution names: object of "told", "on X", channel nouns."""
    if cue.i in ctx.through:
        return _outlet_of_name(ctx, ctx.through[cue.i], latest)
    current: Token | None = cue
    for _ in range(2):  # the cue, then the verb it hangs on ("shared … on Instagram, writing …")
        if current is None:
            break
        for child in current.children:
            if child.dep_ in {"dobj", "dative"} and current.lemma_.lower() == "tell":
                if (found := _outlet_of_name(ctx, child, latest)) is not None:
                    return found
            preps = [child] if child.dep_ == "prep" else []
            if child.dep_ == "advcl" and child.lemma_.lower() in ctx.cues.outlet_verbs:
                preps = [t for t in child.children if t.dep_ == "prep" and t.lower_ in {"to", "with"}]
            if child.dep_ in {"dobj", "prep"}:  # "shared a tribute to her husband on Instagram"
                preps += [t for t in child.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i != child.i]
            for prep in preps:
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if obj.lemma_.lower() in ctx.cues.channels and (found := _outlet_in_channel(ctx, obj, latest)):
                        return found
                    found = None
                    if prep.lower_ == "on" and _is_proper(obj):  # a platform: "on Instagram"
                        found = _outlet_of_name(ctx, obj, latest)
                    elif prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in ctx.cues.outlet_verbs:
                        found = _outlet_of_name(ctx, obj, latest)
                    if found is not None:
                        return found
        current = current.head if current.dep_ in {"advcl", "conj", "xcomp"} and current.head.i != current.i else None
    return None


@dataclass(slots=True)
class _Speaker:
    kind: str = "unknown"
    text: str | None = None
    entity: str | None = None
    outlet: _Outlet | None = None  # an outlet named inside the speaker's phrase


def _speaker(ctx: _Document, draft: _Draft, latest: _Outlet | None) -> _Speaker:
    token = draft.source
    if token is None:
        return _Speaker()
    for child in token.children:  # "Korvath's chief executive, Martin Ellery"
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            token = child
            break
    phrase = _noun_phrase(token)
    outlet = None
    for child in token.children:  # "a source who spoke to X", "court papers obtained by X"
        if child.dep_ in {"relcl", "acl"} and (found := _outlet_by_agent(ctx, child, latest)) is not None:
            outlet = found
    if token.lower_ in _PERSONAL_PRONOUNS and token.pos_ == "PRON":
        entity = _entity_of_token(ctx.analysis, token)
        return _Speaker("pronoun", token.text, entity.id if entity else None, outlet)
    if _is_anonymous(ctx, token):
        return _Speaker("anonymous", phrase.text, None, outlet)
    names = _name_tokens(token) if _is_proper(token) else list(phrase)
    entity = _entity(ctx.analysis, names[0].idx, names[-1].idx + len(names[-1].text))
    return _Speaker("named", phrase.text, entity.id if entity else None, outlet)


@dataclass(slots=True)
class _Setting:
    """ "In an interview with X last month, Y spoke about …": where Y's next quotes come from."""

    paragraph: int
    offset: int
    entity: str
    outlet: _Outlet
    date: str | None


def _settings(ctx: _Document) -> list[_Setting]:
    out: list[_Setting] = []
    for prep in ctx.doc:
        if prep.dep_ != "prep" or ctx.quoted[prep.i] or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ctx.cues.channels):
            outlet = _outlet_in_channel(ctx, obj, None)
            subject = _subject(prep.head)
            entity = _entity_of_token(ctx.analysis, subject) if subject is not None else None
            if outlet is not None and entity is not None:
                frame = _frame(ctx, prep.head)
                out.append(_Setting(ctx.paragraph(prep.idx), prep.idx, entity.id, outlet, _timex_in(ctx, frame)))
    return out


def _frame(ctx: _Document, verb: Token) -> set[int]:
    """Token indices of a verb's attribution: its subtree without complements and quotes."""
    inside = {t.i for c in verb.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree}
    inside.update(t.i for c in verb.subtree if c.dep_ in {"relcl", "appos"} for t in c.subtree)
    for clause in verb.children:  # "When news broke in June, sources told X": another event's time
        if clause.dep_ == "advcl" and any(c.dep_ in _SUBJECTS for c in clause.children):
            inside.update(t.i for t in clause.subtree)
    return {t.i for t in verb.subtree if t.i not in inside and not ctx.quoted[t.i]}


def _timex_in(ctx: _Document, tokens: set[int]) -> str | None:
    starts = {ctx.doc[i].idx for i in tokens}
    for timex in ctx.analysis.timexes:
        if timex.type in {"DATE", "TIME"} and timex.value[:1].isdigit() and timex.start in starts:
            return timex.value
    return None


def _date(ctx: _Document, draft: _Draft) -> str | None:
    """A date written in the attribution, or the latest earlier one for "at the time"."""
    attribution: set[int] = set()
    for frame in draft.frames:
        attribution.update(_frame(ctx, frame))
        own_subject = any(c.dep_ in _SUBJECTS for c in frame.children)
        if frame.dep_ in {"advcl", "conj"} and not own_subject:  # "confirmed it on Monday, sharing …: “…”"
            attribution.update(_frame(ctx, frame.head))
    attribution = {i for i in attribution if not draft.start <= ctx.doc[i].idx < draft.end}
    found = _timex_in(ctx, attribution)
    if found is not None:
        return found
    words = " ".join(ctx.doc[i].lower_ for i in sorted(attribution))
    if any(re.search(rf"\b{re.escape(p)}\b", words) for p in ctx.cues.anaphoric_times):
        first = min((ctx.doc[i].idx for i in attribution), default=draft.start)
        earlier = [t for t in ctx.analysis.timexes if t.end <= first and t.type == "DATE" and t.value[:1].isdigit()]
        if earlier:
            return max(earlier, key=lambda t: t.start).value
    return None


# ---------------------------------------------------------------------------------------------
# The stage


def _hedged(cue: Token | None, hedges: frozenset[str]) -> bool:
    return cue is not None and any(c.dep_ == "advmod" and c.lower_ in hedges for c in cue.children)


def _settle(ctx: _Document, drafts: list[_Draft]) -> list[Claim]:
    claims: list[Claim] = []
    made: dict[int, Claim] = {}
    latest_anonymous: Claim | None = None
    latest_outlet: _Outlet | None = None
    dct = ctx.analysis.document.dct
    for number, draft in enumerate(sorted(drafts, key=lambda d: d.start), start=1):
        sentence = ctx.analysis.sentence_at(draft.start)
        claim = Claim(id=f"C{number}", kind=draft.kind, start=draft.start, end=draft.end,
                      text=ctx.text[draft.start : draft.end], sentence=sentence.index if sentence else 0,
                      cue=draft.cue_text, certainty=HEDGED if _hedged(draft.cue, ctx.cues.hedges) else ATTRIBUTED)
        if draft.follows is not None and id(draft.follows) in made:
            _copy_source(claim, made[id(draft.follows)])
        else:
            _attribute(ctx, draft, claim, latest_anonymous, latest_outlet, claims)
        claim.date = claim.date or dct
        made[id(draft)] = claim
        if draft.cue is not None and draft.cue.lemma_.lower() in ctx.cues.factive:
            ctx.factive.add(claim.id)
        claims.append(claim)
        if claim.speaker_kind == "anonymous":
            latest_anonymous = claim
        if claim.outlet_text:
            latest_outlet = _Outlet(claim.outlet_text, claim.outlet)
    return claims


def _copy_source(claim: Claim, source: Claim) -> None:
    claim.speaker, claim.speaker_text, claim.speaker_kind = source.speaker, source.speaker_text, source.speaker_kind
    claim.outlet, claim.outlet_text, claim.date = source.outlet, source.outlet_text, source.date


def _attribute(ctx: _Document, draft: _Draft, claim: Claim, latest_anonymous: Claim | None,
               latest_outlet: _Outlet | None, earlier: list[Claim]) -> None:
    speaker = _speaker(ctx, draft, latest_outlet)
    claim.speaker, claim.speaker_text, claim.speaker_kind = speaker.entity, speaker.text, speaker.kind
    outlet = speaker.outlet
    for frame in draft.frames:
        outlet = outlet or _outlet_of_frame(ctx, frame, latest_outlet)
    source = draft.source
    if outlet is None and source is not None and speaker.kind == "named" and draft.cue is not None:
        org = _org_like(ctx, _name_tokens(source)) if _is_proper(source) else False
        verbs = {draft.cue.lemma_.lower()} | ({draft.cue.head.lemma_.lower()} if draft.cue.dep_ == "conj" else set())
        if org is not False and (verbs & ctx.cues.outlet_verbs or draft.cue.dep_ == "prep"):
            names = _name_tokens(source)
            text = ctx.text[names[0].idx : names[-1].idx + len(names[-1].text)]
            outlet = _Outlet(text, org.id if isinstance(org, Entity) else None)
    if speaker.kind == "anonymous" and source is not None and _is_definite(source) and latest_anonymous:
        claim.speaker_text = latest_anonymous.speaker_text  # "the source" refers back
        if outlet is None:
            outlet = _Outlet(latest_anonymous.outlet_text, latest_anonymous.outlet) if latest_anonymous.outlet_text else None
    if outlet is not None:
        claim.outlet, claim.outlet_text = outlet.entity, outlet.text
    claim.date = _date(ctx, draft)
    if claim.outlet_text is None and claim.speaker is not None:
        for setting in ctx.settings:
            if (setting.entity == claim.speaker and setting.offset < claim.start
                    and setting.paragraph == ctx.paragraph(claim.start)):
                claim.outlet, claim.outlet_text = setting.outlet.entity, setting.outlet.text
                claim.date = claim.date or setting.date
    previous = earlier[-1] if earlier else None
    if (previous is not None and claim.speaker is not None and previous.speaker == claim.speaker
            and ctx.paragraph(claim.start) - ctx.paragraph(previous.end) <= 1):
        claim.date = claim.date or previous.date  # the same speaker goes on
        if claim.outlet_text is None:
            claim.outlet, claim.outlet_text = previous.outlet, previous.outlet_text


def find_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    """Every claim of the document, in text order, ids C1…"""
    return _find(doc, analysis)[0]


def _find(doc: Doc, analysis: Analysis) -> tuple[list[Claim], set[str]]:
    """The claims, and the ids of those whose cue is factive ("confirmed", "announced")."""
    ctx = _Document(doc, analysis)
    ctx.settings = _settings(ctx)
    reported = _reported(ctx)
    unique: dict[tuple[int, int], _Draft] = {}
    for draft in reported:
        unique.setdefault((draft.start, draft.end), draft)
    reported = list(unique.values())
    found = _settle(ctx, reported + _direct(ctx, reported))
    return found, ctx.factive


def run(doc: Doc, analysis: Analysis, options: Any = None) -> None:
    """Pipeline stage: fill `analysis.claims` and set the certainty of every event."""
    analysis.claims, factive = _find(doc, analysis)
    certainty.assign(doc, analysis.events, analysis.claims, factive)
    for fact in analysis.facts:  # facts are normally built later; link them when already there
        holder = certainty.claim_holding(fact.evidence[0].start, analysis.claims) if fact.evidence else None
        if holder is not None:
            holder.facts.append(fact.id)
