"""Direct quotes and their attribution: the cue after the quote ("…,” she said"), before it
("She told X: “…”"), or none — a quote that follows another one with nothing but that quote's
attribution between them continues it.  An interrupted quote is one claim per quoted part."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import char_span, children_of, sent_of
from .claims_context import ClaimContext, Draft, subject_of
from .claims_quotes import OPENERS, Quote, trim_quote

_SENTENCE_END = {".", "!", "?", "…"}
_LABEL_WORDS = 4  # a naming verb's quote this long or longer is an opinion reported ("called the album "…"")


def _after_cue(ctx: ClaimContext, quote: Quote) -> Token | None:
    """ "…,” she said" / "…,” said the source" / "…,” an insider told X"."""
    first = ctx.token_at(quote.after)
    if first is None:
        return None
    paragraph = ctx.paragraph(quote.after - 1)
    seen: list[Token] = []
    for token in ctx.doc[first.i : first.i + 10]:
        if ctx.paragraph(token.idx) != paragraph or ctx.quoted[token.i] or token.text in OPENERS:
            return None
        if ctx.is_cue(token):
            subject = subject_of(token)
            allowed = {t.i for t in ctx.subtree(subject)} if subject is not None else set()
            if not all(t.is_punct or t.i in allowed for t in seen):
                return None
            ended = ctx.text[quote.end - 1 : quote.end]
            if ended in _SENTENCE_END and first.is_title and (ended == "." or _opens_quote(ctx, token)):
                return None  # “…done.” She continued, “…”: what follows starts a new sentence
            return token
        seen.append(token)
    return None


def _opens_quote(ctx: ClaimContext, cue: Token) -> bool:
    """True when the cue's clause runs straight into an opening quote mark ("She added, “…")."""
    last = max(t.i for t in ctx.subtree(cue) if not ctx.quoted[t.i] and t.text not in OPENERS)
    if ctx.doc[last].text in _SENTENCE_END:
        return False  # “…?” X asked. “…”: the clause ends before the next quote opens
    following = ctx.doc[last + 1 : last + 3]
    return any(t.text in OPENERS for t in following) or any(t.text in OPENERS for t in ctx.subtree(cue) if t.i > cue.i)


def _before_cue(ctx: ClaimContext, quote: Quote) -> Token | None:
    """ "She told X: “…”" / "and wrote, “…”" / "described her as “…”"."""
    mark = ctx.token_at(quote.open_mark)
    if mark is None:
        return None
    sentence_start = sent_of(mark).start
    between: list[Token] = []
    for token in reversed(ctx.doc[sentence_start : mark.i]):
        if ctx.quoted[token.i]:
            return None
        if ctx.is_cue(token):
            inside = {t.i for t in ctx.subtree(token)}
            if all(t.is_punct or t.is_space or t.i in inside for t in between):
                return token
            return None
        between.append(token)
    return None


def _not_a_reading(ctx: ClaimContext, cue: Token) -> bool:
    """ "The statement read: “…”" reports; "She read a poem: “…”" does not: only a text reads."""
    if cue.lemma_.lower() not in ctx.cues.text_verbs:
        return False
    subject = subject_of(cue)
    return subject is None or subject.lemma_.lower() not in ctx.cues.documents | ctx.cues.channels


def _short_label(ctx: ClaimContext, cue: Token, start: int, end: int) -> bool:
    """ "called it her 'last shift'", "what she called her '…'": a naming verb labels, it does not
    report, unless it judges a thing named as its object with a quote of a few words ("called the
    album 'a record to keep for long winters'")."""
    if cue.lemma_.lower() not in ctx.cues.naming:
        return False
    judged = any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in children_of(cue))
    return not judged or len(ctx.text[start:end].split()) < _LABEL_WORDS


def direct(ctx: ClaimContext, reported: list[Draft]) -> list[Draft]:
    drafts: list[Draft] = []
    for quote in ctx.quotes:
        if any(d.start <= quote.open_mark and quote.start < d.end for d in reported):
            continue  # a quote inside a reported clause belongs to that claim
        start, end = trim_quote(ctx.text, quote.start, quote.end)
        after, before = _after_cue(ctx, quote), _before_cue(ctx, quote)
        frames = [t for t in (after, before) if t is not None]
        frames = [t for t in frames if not _short_label(ctx, t, start, end) and not _not_a_reading(ctx, t)]
        if frames:
            cue = frames[0]
            drafts.append(Draft("direct", start, end, cue=cue, cue_text=cue.lower_,
                                 source=subject_of(cue), frames=frames))
            continue
        previous = drafts[-1] if drafts else None
        if previous is not None and previous.kind == "direct" and _continues(ctx, previous, quote):
            drafts.append(Draft("direct", start, end, cue=previous.cue, cue_text=previous.cue_text,
                                 source=previous.source, frames=previous.frames, follows=previous))
    return drafts


def _continues(ctx: ClaimContext, previous: Draft, quote: Quote) -> bool:
    """True when only the previous quote's attribution stands between it and `quote`."""
    if ctx.paragraph(quote.open_mark) - ctx.paragraph(previous.end) > 1:
        return False
    gap = char_span(ctx.doc, previous.end, quote.open_mark)
    if gap is None:
        return False
    attribution = {t.i for frame in previous.frames for t in ctx.subtree(frame)}
    for frame in previous.frames:
        subject = subject_of(frame)
        if subject is not None:
            attribution.update(t.i for t in ctx.subtree(subject))
    return all(t.is_punct or t.is_space or ctx.quoted[t.i] or t.i in attribution for t in gap)
