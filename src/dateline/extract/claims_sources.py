"""Who a claim comes from: its speaker (a name, a pronoun, an unnamed source, a document or its
author), the outlet named inside the speaker's phrase, and the interview settings met so far."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Entity
from ..nlp import children_of, heads
from .claims_context import (
    ClaimContext,
    Draft,
    entity_at,
    entity_of_token,
    is_anonymous,
    is_proper,
    name_tokens,
    noun_phrase,
    subject_of,
)
from .claims_dates import frame_of, timex_in
from .claims_outlets import Outlet, is_channel, outlet_by_agent, outlet_in_channel, outlet_of_name

_PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}
_RELATIVES = {"who", "which", "that"}


@dataclass(slots=True)
class Speaker:
    kind: str = "unknown"
    text: str | None = None
    entity: str | None = None
    outlet: Outlet | None = None  # an outlet named inside the speaker's phrase


def speaker_of(ctx: ClaimContext, draft: Draft, latest: Outlet | None) -> Speaker:
    token = draft.source
    if token is None:
        return Speaker()
    for child in children_of(token):  # "Kovathy's chief executive, Martin Ellwood"
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            token = child
            break
    else:
        token = _named_after_of(ctx, token) or token
    if (author := _author(ctx, token)) is not None:  # "results published by the board"
        return speaker_of(ctx, Draft(draft.kind, draft.start, draft.end, source=author), latest)
    phrase = noun_phrase(token)
    outlet = None
    for child in children_of(token):  # "a source who spoke to X", "court papers obtained by X"
        if child.dep_ in {"relcl", "acl"} and (found := outlet_by_agent(ctx, child, latest)) is not None:
            outlet = found
    outlet = outlet or _outlet_of_post(ctx, draft.source)
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return speaker_of(ctx, Draft(draft.kind, draft.start, draft.end, source=token.head.head), latest)
    if token.lower_ in _PERSONAL_PRONOUNS and token.pos_ == "PRON":
        entity = entity_of_token(ctx.analysis, token)
        return Speaker("pronoun", token.text, entity.id if entity else None, outlet)
    if (body := _spokesperson_for(ctx, token, latest)) is not None:
        return Speaker("named", phrase.text, body.id, outlet)  # the organisation speaks (README)
    if is_anonymous(ctx, token):
        return Speaker("anonymous", phrase.text, None, outlet)
    if is_proper(token) and (group := _coordinated(ctx, token)) is not None:
        return Speaker("named", group[0], group[1], outlet)
    names = name_tokens(token) if is_proper(token) else [token]  # "his manager" is not "his"
    entity = entity_at(ctx.analysis, names[0].idx, names[-1].idx + len(names[-1].text))
    if entity is None and not is_proper(token):
        entity = _described(ctx, token, phrase)
    if entity is None and token.lower_ == "police" and len(phrase) <= 2:
        entity = _the_police(ctx)
    return Speaker("named", phrase.text, entity.id if entity else None, outlet)


SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})


def _spokesperson_for(ctx: ClaimContext, token: Token, latest: Outlet | None) -> Entity | None:
    """ "a spokesman for Nastellaw", "a spokeswoman for the trust", "A Rorvallo spokeswoman",
    "Teliomed's spokesman": the organisation the spokesperson speaks for, which the README makes the
    speaker (a spokesperson for a person stays an unnamed source)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SPOKES_NOUNS:
        return None
    bodies = [obj for prep in children_of(token) if prep.dep_ == "prep" and prep.lower_ == "for"
              for obj in children_of(prep) if obj.dep_ == "pobj"]
    bodies += [c for c in children_of(token) if c.dep_ in {"compound", "poss", "nmod"} and is_proper(c)]
    for body in bodies:
        entity = entity_of_token(ctx.analysis, body)
        if entity is not None and entity.type in BODY_TYPES:
            return entity
    if bodies or any(c.dep_ in {"poss", "prep", "appos"} for c in children_of(token)):
        return None  # a body the text names but we did not link, or "her spokeswoman" (a person's)
    kinds = [c.lower_ for c in children_of(token) if c.dep_ == "compound" and c.pos_ == "NOUN"]
    outlet = latest.entity if latest is not None else None
    return _body_in_view(ctx, token, kinds[0] if kinds else None, outlet) or _body_in_view(ctx, token, None, outlet)


def _body_in_view(ctx: ClaimContext, token: Token, kind: str | None, outlet: str | None) -> Entity | None:
    """ "a spokeswoman said", "a club spokesman said": the organisation the passage is about — of
    those named in this sentence or the two before (of that kind, when the noun says one: "club" for
    an organisation the text calls "the club" or names "X Club"), the one the article names most,
    else first; never the outlet last quoted."""
    here = token.sent.start_char
    sentences = [s for s in ctx.analysis.sentences if s.start <= here]
    window = sentences[-3].start if len(sentences) >= 3 else 0
    best: tuple[int, int, Entity] | None = None
    for entity in ctx.analysis.entities:
        if entity.type != "ORG" or entity.id == outlet or not any(window <= m.start < token.idx for m in entity.mentions):
            continue
        if kind is not None and not any(m.text.lower().split()[-1:] == [kind] for m in entity.mentions) \
                and kind not in entity.name.lower().split():
            continue
        rank = (len(entity.mentions), -min(m.start for m in entity.mentions))
        if best is None or rank > best[:2]:
            best = (*rank, entity)
    return best[2] if best else None


POLICE_NAMES = ("police", "constabulary", "police service", "police department")


def _the_police(ctx: ClaimContext) -> Entity | None:
    """"police said", "Police said": the one police force the article names, when it names exactly one."""
    forces = [e for e in ctx.analysis.entities if e.type == "ORG" and e.name.lower().endswith(POLICE_NAMES)]
    return forces[0] if len(forces) == 1 else None


def _named_after_of(ctx: ClaimContext, token: Token) -> Token | None:
    """ "the mayor of Nordskar, Knut Navik, said": the parser hangs the person's name on the place;
    a person named in apposition to the object of the role noun's "of" is the speaker."""
    if token.pos_ != "NOUN":
        return None
    for prep in (c for c in children_of(token) if c.dep_ == "prep" and c.lower_ in {"of", "at", "for"}):
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            for name in (c for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"):
                entity = entity_of_token(ctx.analysis, name)
                if entity is not None and entity.type == "PERSON":
                    return name
    return None


def _coordinated(ctx: ClaimContext, token: Token) -> tuple[str, str | None] | None:
    """ "Maya Holt and Finn Dale said": both names as the speaker's text, and the entity standing for
    the pair when the entities stage made one (else the first name's)."""
    conjuncts = [c for c in children_of(token) if c.dep_ == "conj" and is_proper(c)]
    if not conjuncts:
        return None
    parts = [name_tokens(t) for t in (token, *conjuncts)]
    texts = [ctx.text[p[0].idx : p[-1].idx + len(p[-1].text)] for p in parts]
    ids = [entity_at(ctx.analysis, p[0].idx, p[-1].idx + len(p[-1].text)) for p in parts]
    wanted = {e.id for e in ids if e is not None}
    group = next((e for e in ctx.analysis.entities if wanted and set(e.attrs.get("members", [])) == wanted), None)
    first = group or ids[0]
    text = ", ".join(texts[:-1]) + " and " + texts[-1]
    return text, first.id if first is not None else None


def _described(ctx: ClaimContext, token: Token, phrase: Span) -> Entity | None:
    """The entity a definite description stands for when the entities stage linked none: a name
    inside the description's own clause ("the charity, which was renamed X, said"), else the latest
    earlier name the same words titled ("Prime Minister X" ... "the prime minister said")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
        return None
    inside = {t.idx for c in children_of(token) if c.dep_ in {"relcl", "appos"} for t in ctx.subtree(c)}
    words = " ".join(t.lower_ for t in phrase if t.dep_ != "det")
    best: tuple[int, Entity] | None = None
    for entity in ctx.analysis.entities:
        if entity.type not in {"PERSON", "ORG"}:
            continue
        for mention in entity.mentions:
            if mention.kind == "name" and mention.start in inside:
                return entity
            before = ctx.text[max(0, mention.start - len(words) - 1) : mention.start].lower().strip()
            after = ctx.text[mention.end : mention.end + len(words) + 8].lower()
            titled = before == words or after.startswith((f", the {words}", f", {words}"))
            if titled and mention.end <= token.idx and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def _author(ctx: ClaimContext, token: Token) -> Token | None:
    """The author of a thing that speaks: "figures released by X", "a statement from X"."""
    if is_proper(token) or token.pos_ != "NOUN":
        return None
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ == "from" and token.lemma_.lower() in ctx.cues.documents:
            name = next((o for o in children_of(child) if o.dep_ == "pobj" and is_proper(o)), None)
            if name is not None:  # "a statement from the palace press office said"
                return name
        if child.dep_ == "acl" and child.lemma_.lower() in ctx.cues.authored:
            for agent in (c for c in children_of(child) if c.dep_ == "agent"):
                return next((o for o in children_of(agent) if o.dep_ == "pobj"), None)
    return None


def _outlet_of_post(ctx: ClaimContext, source: Token) -> Outlet | None:
    """ "X, the critic of the newspaper Y": an outlet noun naming where the speaker works."""
    for token in ctx.subtree(source):
        if (token.dep_ == "pobj" and token.head.lower_ in {"of", "at", "for", "with"}
                and token.lemma_.lower() in ctx.cues.outlet_anaphors and not is_proper(token)
                and not ctx.quoted[token.i] and token.i - source.i < 12):
            if (found := outlet_of_name(ctx, token, None)) is not None:
                return found
    return None


@dataclass(slots=True)
class Setting:
    """ "In an interview with X last month, Y spoke about …": where Y's next quotes come from."""

    paragraph: int
    offset: int
    entity: str
    outlet: Outlet
    date: str | None


def settings_of(ctx: ClaimContext) -> list[Setting]:
    out: list[Setting] = []
    up, quoted = heads(ctx.doc), ctx.quoted
    for i, dep in enumerate(ctx.deps):  # (the columns first: no Token per word)
        if dep != "prep" or quoted[i]:
            continue
        prep = ctx.tokens[i]
        head = up[i]
        verb_i = up[head] if ctx.deps[head] == "dobj" else head  # "confirmed it in a X post"
        if ctx.poses[verb_i] not in {"VERB", "AUX"}:
            continue
        verb = ctx.tokens[verb_i]
        for obj in (c for c in children_of(prep) if ctx.deps[c.i] == "pobj"):
            if is_channel(ctx, obj):
                outlet = outlet_in_channel(ctx, obj, None)
            elif ctx.lemmas[verb_i] == "take" and ctx.lowers[prep.i] == "to" and is_proper(obj):
                outlet = outlet_of_name(ctx, obj, None, typed=True)  # "took to Instagram on Saturday to …"
            elif ctx.lemmas[verb_i] in ctx.cues.setting_verbs and ctx.lowers[prep.i] in {"to", "with", "on"}:
                outlet = outlet_of_name(ctx, obj, None)  # "X opened up to Elle magazine about …"
            else:
                continue
            subject = subject_of(verb)
            entity = entity_of_token(ctx.analysis, subject) if subject is not None else None
            if outlet is not None and entity is not None:
                frame = frame_of(ctx, verb)
                out.append(Setting(ctx.paragraph(prep.idx), prep.idx, entity.id, outlet, timex_in(ctx, frame)))
    return out
