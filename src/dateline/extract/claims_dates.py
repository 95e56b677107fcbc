"""When a claim was said: a date written in its attribution ("said on Monday", "in a 2018
interview"), the latest earlier date for "at the time", the day of the article's lead event for
words said at an occasion ("said outside court", "said before the screening", "Sentencing him,
the judge said"), or the date of the same speaker's dated statement earlier in the paragraph
("X conceded on Monday. ... but said he would ...").  None when the text gives none: the caller
then falls back on the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Token

from ..nlp import children_of
from .claims_context import SUBJECTS, ClaimContext, Draft, entity_of_token, subject_of

_LEAD_WINDOW = timedelta(days=14)  # a lead event this long before the article is still "news"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def frame_of(ctx: ClaimContext, verb: Token) -> set[int]:
    """Token indices of a verb's attribution: its subtree without complements and quotes."""
    deps = ctx.deps
    inside = {t.i for c in children_of(verb) if deps[c.i] in {"ccomp", "parataxis"} for t in ctx.subtree(c)}
    inside.update(t.i for c in ctx.subtree(verb) if deps[c.i] in {"relcl", "appos"} and c.i != verb.i for t in ctx.subtree(c))
    for clause in children_of(verb):  # "When news broke in June, sources told X": another event's time
        if deps[clause.i] in {"advcl", "conj"} and any(deps[c.i] in SUBJECTS for c in children_of(clause)):
            inside.update(t.i for t in ctx.subtree(clause))
    return {t.i for t in ctx.subtree(verb) if t.i not in inside and not ctx.quoted[t.i]}


def timex_in(ctx: ClaimContext, tokens: set[int]) -> str | None:
    starts = {ctx.token_starts[i] for i in tokens}
    for timex in ctx.analysis.timexes:
        if timex.type in {"DATE", "TIME"} and timex.value[:1].isdigit() and timex.start in starts:
            return day_of(timex.value)
    return None


def day_of(value: str) -> str:
    """A claim is dated to the day at most: "2009-11-15TNI" (Sunday night) -> "2009-11-15"."""
    return value.split("T", 1)[0] if "T" in value[:11] else value


def date_of(ctx: ClaimContext, draft: Draft) -> str | None:
    """A date written in the attribution, or the latest earlier one for "at the time"."""
    attribution: set[int] = set()
    for frame in draft.frames:
        attribution.update(frame_of(ctx, frame))
        current = frame
        for _ in range(2):  # "confirmed it on Monday, sharing …: “…”"; "was offered X in 1953 but turned it down, saying …"
            own_subject = any(c.dep_ in SUBJECTS for c in children_of(current))
            if current.dep_ not in {"advcl", "conj"} or own_subject or current.head.i == current.i:
                break
            current = current.head
            attribution.update(frame_of(ctx, current))
    attribution = {i for i in attribution if not draft.start <= ctx.token_starts[i] < draft.end}
    found = timex_in(ctx, attribution)
    if found is not None:
        return found
    words = " ".join(ctx.lowers[i] for i in sorted(attribution))
    if _anaphoric(ctx.cues.anaphoric_times).search(words):
        first = min((ctx.token_starts[i] for i in attribution), default=draft.start)
        earlier = [t for t in ctx.analysis.timexes if t.end <= first and t.type == "DATE" and t.value[:1].isdigit()]
        if earlier:
            return day_of(max(earlier, key=lambda t: t.start).value)
    if _at_occasion(ctx, attribution, draft.frames):
        return lead_date(ctx)
    return None


@lru_cache(maxsize=4)
def _anaphoric(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every "at the time" phrase as a whole word (compiled once, not per claim)."""
    return re.compile("|".join(rf"\b{re.escape(p)}\b" for p in phrases))


def _at_occasion(ctx: ClaimContext, attribution: set[int], frames: list[Token]) -> bool:
    """ "said outside court", "told reporters after the hearing", "Sentencing him, the judge said"."""
    for i in attribution:
        if ctx.lemmas[i] not in ctx.cues.occasions:
            continue
        token = ctx.tokens[i]
        if token.dep_ == "pobj" and token.head.lower_ in ctx.cues.occasion_preps:
            return True
        if any(c.lower_ in ctx.cues.occasion_preps and c.i < token.i for c in children_of(token)):
            return True  # "said outside court", parsed with "outside" as a modifier of "court"
    return any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < frame.i and not ctx.is_cue(c)
               and not any(s.dep_ in SUBJECTS for s in children_of(c))
               for frame in frames for c in children_of(frame))


def lead_date(ctx: ClaimContext) -> str | None:
    """The day of the article's lead event: the first full date of its first two paragraphs, when
    it falls in the two weeks up to the article's date."""
    dct = ctx.analysis.document.dct
    if not dct or not _DAY.match(dct[:10]):
        return None
    today = date.fromisoformat(dct[:10])
    limit = ctx.paragraph_starts[2] if len(ctx.paragraph_starts) > 2 else len(ctx.text)
    for timex in sorted(ctx.analysis.timexes, key=lambda t: t.start):
        if timex.start >= limit:
            break
        value = day_of(timex.value)
        if timex.type in {"DATE", "TIME"} and _DAY.match(value):
            if today - _LEAD_WINDOW <= date.fromisoformat(value) <= today:
                return value
    return None


def spoken_before(ctx: ClaimContext, entity: str, offset: int) -> str | None:
    """The date of the speaker's latest dated statement earlier in the same paragraph ("X conceded
    on Monday. … but said he would …")."""
    first = ctx.token_at(ctx.paragraph_starts[ctx.paragraph(offset) - 1]) if ctx.paragraph(offset) else None
    end = ctx.token_at(offset)
    if first is None or end is None:
        return None
    for verb in reversed(ctx.tokens[first.i : end.i]):
        if not ctx.is_cue(verb, quote_ok=False) or (subject := subject_of(verb)) is None:
            continue
        said_by = entity_of_token(ctx.analysis, subject)
        if said_by is not None and said_by.id == entity and (found := timex_in(ctx, frame_of(ctx, verb))):
            return found
    return None
