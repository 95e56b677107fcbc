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
- A "the source said …" claim's events are `attributed` (or hedged/speculative/negated when so
  qualified: see `certainty`); a factive cue ("confirmed", "announced") leaves them `asserted`.

Modules: claims_quotes (quote marks), claims_context (lexicon, parsed document, speaker-phrase
syntax), claims_reported (reported speech), claims_direct (direct quotes), claims_sources
(speaker), claims_outlets (outlet), claims_dates (date); this one settles ids, back-references
and certainty.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from ..model import ATTRIBUTED, HEDGED, Analysis, Claim, Entity
from ..nlp import children_of
from . import certainty
from .claims_context import ClaimContext, Draft, is_definite, is_proper, name_tokens, org_like
from .claims_dates import date_of, spoken_before
from .claims_direct import direct
from .claims_outlets import Outlet, outlet_of_frame
from .claims_quotes import Quote, find_quotes
from .claims_reported import reported_speech
from .claims_sources import Speaker, settings_of, speaker_of

__all__ = ["Quote", "find_claims", "find_quotes", "run"]

_GENDERED = {"she": "female", "he": "male"}


def _hedged(cue: Token | None, hedges: frozenset[str]) -> bool:
    """ "reportedly told friends"; also "reportedly turned it down, saying …" (the verb it hangs on)."""
    for _ in range(3):
        if cue is None:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in hedges for c in children_of(cue)):
            return True
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children_of(cue))
        cue = cue.head if cue.dep_ in {"advcl", "conj"} and cue.head.i != cue.i and not own_subject else None
    return False


def _settle(ctx: ClaimContext, drafts: list[Draft]) -> list[Claim]:
    claims: list[Claim] = []
    made: dict[int, Claim] = {}
    latest_anonymous: Claim | None = None
    latest_outlet: Outlet | None = None
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
        if claim.date and claim.date != dct and draft.cue is not None:
            _date_interview(ctx, draft.cue.idx, claim.date)  # not a date carried over from the article's
        claim.date = claim.date or dct
        made[id(draft)] = claim
        if draft.cue is not None and draft.cue.lemma_.lower() in ctx.cues.factive:
            ctx.factive.add(claim.id)
        claims.append(claim)
        if claim.speaker_kind == "anonymous":
            latest_anonymous = claim
        if claim.outlet_text:
            latest_outlet = Outlet(claim.outlet_text, claim.outlet)
    return claims


def _date_interview(ctx: ClaimContext, cue_start: int, when: str) -> None:
    """"X told the Courier after Sunday's final": the interview event on the claim's cue verb has
    no timex in its clause; the claim's date, found in its attribution, is the interview's time."""
    for event in ctx.analysis.events:
        if event.type == "report.interview" and event.time is None and event.start <= cue_start < event.end:
            event.time, event.time_source = when, "claim"


def _copy_source(claim: Claim, source: Claim) -> None:
    claim.speaker, claim.speaker_text, claim.speaker_kind = source.speaker, source.speaker_text, source.speaker_kind
    claim.outlet, claim.outlet_text, claim.date = source.outlet, source.outlet_text, source.date


def _attribute(ctx: ClaimContext, draft: Draft, claim: Claim, latest_anonymous: Claim | None,
               latest_outlet: Outlet | None, earlier: list[Claim]) -> None:
    speaker = speaker_of(ctx, draft, latest_outlet)
    claim.speaker, claim.speaker_text, claim.speaker_kind = speaker.entity, speaker.text, speaker.kind
    if speaker.kind == "pronoun" and speaker.entity is None and (speaker.text or "").lower() == "it" and earlier:
        _it_goes_on(ctx, claim, earlier[-1])
    if speaker.kind == "pronoun" and speaker.entity is None and (speaker.text or "").lower() in _GENDERED:
        _person_goes_on(ctx, claim, earlier, _GENDERED[(speaker.text or "").lower()])
    outlet = speaker.outlet
    for frame in draft.frames:
        outlet = outlet or outlet_of_frame(ctx, frame, latest_outlet)
    source = draft.source
    if source is not None and source.lemma_.lower() in ctx.cues.outlet_anaphors and not is_proper(source):
        named = [c for c in children_of(source) if c.dep_ in {"appos", "compound"} and is_proper(c)]
        source = named[-1] if named else source  # "according to the newspaper X"
    if outlet is None and source is not None and speaker.kind == "named" and draft.cue is not None:
        org = org_like(ctx, name_tokens(source)) if is_proper(source) else False
        verbs = {draft.cue.lemma_.lower()} | ({draft.cue.head.lemma_.lower()} if draft.cue.dep_ == "conj" else set())
        if org is not False and (verbs & ctx.cues.outlet_verbs or draft.cue.dep_ == "prep"):
            names = name_tokens(source)
            text = ctx.text[names[0].idx : names[-1].idx + len(names[-1].text)]
            outlet = Outlet(text, org.id if isinstance(org, Entity) else None)
    if outlet is None and (own := _outlet_in_own_voice(ctx, speaker, latest_outlet, claim.start)) is not None:
        outlet = own
        if claim.speaker is None and own.entity is not None:
            claim.speaker, claim.speaker_kind = own.entity, "named"  # "The paper said": the paper last named
    claim.date = date_of(ctx, draft)
    if speaker.kind == "anonymous" and source is not None and is_definite(source) and latest_anonymous:
        claim.speaker_text = latest_anonymous.speaker_text  # "the source" refers back
        if outlet is None:
            outlet = Outlet(latest_anonymous.outlet_text, latest_anonymous.outlet) if latest_anonymous.outlet_text else None
        if ctx.paragraph(claim.start) - ctx.paragraph(latest_anonymous.end) <= 1:
            claim.date = claim.date or latest_anonymous.date  # "The insider added: …" goes on
    if outlet is not None:
        claim.outlet, claim.outlet_text = outlet.entity, outlet.text.rstrip(".,;:")
    if claim.outlet_text is None and claim.speaker is not None:
        for setting in ctx.settings:
            if (setting.entity == claim.speaker and setting.offset < claim.start
                    and setting.paragraph == ctx.paragraph(claim.start)):
                claim.outlet, claim.outlet_text = setting.outlet.entity, setting.outlet.text
                claim.date = claim.date or setting.date
    if claim.date is None and claim.speaker is not None:
        claim.date = spoken_before(ctx, claim.speaker, claim.start)
    previous = earlier[-1] if earlier else None
    if previous is None or ctx.paragraph(claim.start) - ctx.paragraph(previous.end) > 1:
        return
    if claim.speaker is not None and previous.speaker == claim.speaker:
        claim.date = claim.date or previous.date  # the same speaker goes on
    if _same_speaker(previous, claim) and claim.outlet_text is None:
        claim.outlet, claim.outlet_text = previous.outlet, previous.outlet_text


def _outlet_in_own_voice(ctx: ClaimContext, speaker: Speaker, latest: Outlet | None, start: int) -> Outlet | None:
    """An outlet reporting in its own voice is the claim's outlet as well as its speaker (fixture
    README): a speaker told as an outlet ("the tabloid Evening Lark, which had reported", "according to
    the magazine", "The paper said") is that outlet, or, unnamed, the outlet last named (by a
    claim or by an interview: "X spoke to Tempo magazine. According to the magazine, ...")."""
    words = (speaker.text or "").lower().split()
    entity = ctx.analysis.entity(speaker.entity) if speaker.entity else None
    named = entity.name.lower().split() if entity is not None else []
    for i in range(len(words) - len(named), -1, -1) if named else ():
        if words[i : i + len(named)] == named:
            words = words[:i] + words[i + len(named):]  # "the tabloid Evening Lark" -> "the tabloid"
            break
    else:
        entity = None  # the name is not in the phrase: the entity came from elsewhere
    if not words or words[-1] not in ctx.cues.outlet_anaphors or {"for", "of", "at", "to", "with"} & set(words):
        return None  # "a spokesman for the newspaper" is not the paper's own voice
    if entity is not None:
        return Outlet(entity.name, entity.id)
    if words[0] != "the":
        return None  # "a tabloid reported": an outlet the text does not name
    here = ctx.paragraph(start)
    settings = [st for st in ctx.settings if st.offset < start and here - st.paragraph <= 1]
    return latest or (settings[-1].outlet if settings else None)


def _it_goes_on(ctx: ClaimContext, claim: Claim, previous: Claim) -> None:
    """ "The club said …. It added that …": an unresolved "it" continues the organisation that just spoke."""
    if ctx.paragraph(claim.start) - ctx.paragraph(previous.end) > 1 or previous.speaker_kind != "named":
        return
    entity = ctx.analysis.entity(previous.speaker)
    if entity is None or entity.type != "PERSON":
        claim.speaker, claim.speaker_text = previous.speaker, previous.speaker_text


def _person_goes_on(ctx: ClaimContext, claim: Claim, earlier: list[Claim], gender: str) -> None:
    """An unresolved "she"/"he" is the latest person of that gender quoted in this or the previous
    paragraph (a person of unknown gender only when no one else was quoted there)."""
    candidates: list[Entity] = []
    for previous in reversed(earlier):
        if ctx.paragraph(claim.start) - ctx.paragraph(previous.end) > 1:
            break
        entity = ctx.analysis.entity(previous.speaker)
        if entity is not None and entity.type == "PERSON" and entity not in candidates:
            candidates.append(entity)
    matching = [e for e in candidates if e.attrs.get("gender") == gender]
    unknown = [e for e in candidates if e.attrs.get("gender") not in {"male", "female"}]
    chosen = matching[0] if matching else (unknown[0] if len(candidates) == len(unknown) == 1 else None)
    if chosen is not None:
        claim.speaker = chosen.id
    elif earlier and _spokesperson_for_body(ctx, earlier[-1], claim):
        claim.speaker = earlier[-1].speaker  # "A spokesman for X said ... "…," he said": X's spokesman goes on


SPOKES_WORDS = ("spokesman", "spokeswoman", "spokesperson", "representative")


def _spokesperson_for_body(ctx: ClaimContext, previous: Claim, claim: Claim) -> bool:
    """The claim just before, in the same paragraph, came from an organisation through its spokesperson."""
    body = ctx.analysis.entity(previous.speaker)
    if body is None or body.type != "ORG" or ctx.paragraph(claim.start) != ctx.paragraph(previous.end):
        return False
    sentence = ctx.analysis.sentences[previous.sentence] if previous.sentence < len(ctx.analysis.sentences) else None
    return sentence is not None and any(w in ctx.text[sentence.start : sentence.end].lower() for w in SPOKES_WORDS)


def _same_speaker(first: Claim, second: Claim) -> bool:
    """The same entity, or, when no entity was linked, a name sharing its last word ("Ana Ruiz" … "Ruiz")."""
    if first.speaker is not None or second.speaker is not None:
        return first.speaker == second.speaker
    if second.speaker_kind != "named" or not first.speaker_text or not second.speaker_text:
        return False
    last = second.speaker_text.split()[-1]
    return last[:1].isupper() and last in first.speaker_text.split()


def find_claims(doc: Doc, analysis: Analysis) -> list[Claim]:
    """Every claim of the document, in text order, ids C1…"""
    return _find(doc, analysis)[0]


def _find(doc: Doc, analysis: Analysis) -> tuple[list[Claim], set[str]]:
    """The claims, and the ids of those whose cue is factive ("confirmed", "announced")."""
    ctx = ClaimContext(doc, analysis)
    ctx.settings = settings_of(ctx)
    reported = reported_speech(ctx)
    unique: dict[tuple[int, int], Draft] = {}
    for draft in reported:
        unique.setdefault((draft.start, draft.end), draft)
    reported = list(unique.values())
    found = _settle(ctx, reported + direct(ctx, reported))
    return found, ctx.factive


def run(doc: Doc, analysis: Analysis, options: Any = None) -> None:
    """Pipeline stage: fill `analysis.claims` and set the certainty of every event."""
    analysis.claims, factive = _find(doc, analysis)
    certainty.assign(doc, analysis.events, analysis.claims, factive, analysis.document.dct)
    for fact in analysis.facts:  # facts are normally built later; link them when already there
        holder = certainty.claim_holding(fact.evidence[0].start, analysis.claims) if fact.evidence else None
        if holder is not None:
            holder.facts.append(fact.id)
