"""Where a claim comes from: its speaker, the outlet it came through, and when it was said."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..model import Entity
from .claims_context import (
    ClaimContext,
    Draft,
    entity_at,
    entity_of_token,
    is_anonymous,
    is_proper,
    name_tokens,
    noun_phrase,
    org_like,
    quoted_as,
    subject_of,
)
from .claims_dates import frame_of, timex_in

_PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "him", "her", "them"}
_RELATIVES = {"who", "which", "that"}


@dataclass(slots=True)
class Outlet:
    text: str
    entity: str | None


def outlet_of_name(ctx: ClaimContext, token: Token, latest: Outlet | None, typed: bool = False) -> Outlet | None:
    """The outlet named by `token` (a proper, non-person name) or referred back to ("the outlet").

    `typed`: an outlet noun says what the name is ("the broadcaster X"), whatever NER thinks."""
    if token.lemma_.lower() in ctx.cues.outlet_anaphors and not is_proper(token):
        names = [c for c in token.children if c.dep_ in {"compound", "appos"} and is_proper(c)]
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if not names and following is not None and is_proper(following) and following.head.i in {token.i, token.head.i}:
            names = [following]  # "told the magazine X" parsed as two objects
        if names:  # "Parents magazine", "the newspaper Le Soir", "Hello! magazine"
            found = outlet_of_name(ctx, names[-1], latest, typed=True)
            if found is not None and names[0].idx < names[-1].idx and names[-1].dep_ == "compound":
                found.text = ctx.text[names[0].idx : names[-1].idx + len(names[-1].text)]
            return found
        if any(c.dep_ == "poss" for c in token.children):
            return Outlet(noun_phrase(token).text, None)  # "the club's website"
        return latest  # "the outlet", "the magazine"
    if not is_proper(token) or token.ent_type_ in {"DATE", "TIME"}:
        return None
    tokens = name_tokens(token)
    found = org_like(ctx, tokens)
    first = tokens[0].i
    typed = typed or (first > 0 and token.doc[first - 1].lower_ == "the")  # "the Gazette" names no person
    if first >= 2 and token.doc[first - 1].tag_ == "POS" and is_proper(token.doc[first - 2]):
        tokens = [token.doc[first - 2], token.doc[first - 1], *tokens]  # "Harper's Bazaar"
    if found is False:
        if not typed:
            return None
        entity = entity_at(ctx.analysis, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        found = entity if entity is not None else True
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if isinstance(found, Entity):  # the entity's own mention when it spans more ("The Late Show")
        for mention in found.mentions:
            if mention.start <= token.idx < mention.end and mention.kind == "name":
                start, end = min(start, mention.start), max(end, mention.end)
    return Outlet(ctx.text[start:end], found.id if isinstance(found, Entity) else None)


def _channel(ctx: ClaimContext, noun: Token) -> bool:
    """A channel noun ("an interview", "a show"), not a name ending in one ("The Late Show")."""
    return noun.lemma_.lower() in ctx.cues.channels and noun.pos_ != "PROPN"


def outlet_in_channel(ctx: ClaimContext, noun: Token, latest: Outlet | None) -> Outlet | None:
    """ "an interview with X", "a X interview", "a statement to X", "an article published by X"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "to", "for", "on", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := outlet_of_name(ctx, obj, latest)) is not None:
                    return found
        if child.dep_ == "compound" and is_proper(child):
            names = [t for t in noun.children if t.dep_ == "compound" and is_proper(t)]
            found = outlet_of_name(ctx, names[-1], latest)
            first = names[-1].left_edge
            while first.i > 0 and _capitalized_modifier(first.doc[first.i - 1], noun):
                first = first.doc[first.i - 1]  # "a BBC Radio 4 interview"
            if found is not None:
                found.text = ctx.text[first.idx : names[-1].idx + len(names[-1].text)]
            return found
        if child.dep_ == "acl":
            if (found := outlet_by_agent(ctx, child, latest)) is not None:
                return found
    return None


def _capitalized_modifier(token: Token, noun: Token) -> bool:
    return (token.head.i == noun.i or token.head.head.i == noun.i) and token.pos_ not in {"DET", "PRON", "ADP"} \
        and token.dep_ in {"compound", "amod", "nmod"} and any(c.isupper() for c in token.text)


def outlet_by_agent(ctx: ClaimContext, verb: Token, latest: Outlet | None) -> Outlet | None:
    """ "obtained by X", "seen by X", "who spoke to X"."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"to", "with"}):
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := outlet_of_name(ctx, obj, latest)) is not None:
                    return found
    return None


def outlet_of_frame(ctx: ClaimContext, cue: Token, latest: Outlet | None) -> Outlet | None:
    """The outlet a cue's attribution names: object of "told", "on X", channel nouns."""
    if cue.i in ctx.through:
        return outlet_of_name(ctx, ctx.through[cue.i], latest)
    if (quoting := quoted_as(cue)) is not None:  # "the Courier quoted X as saying", "quoted by the Courier"
        agents = [o for c in quoting.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        for name in [c for c in quoting.children if c.dep_ == "nsubj"] + agents:
            if (found := outlet_of_name(ctx, name, latest)) is not None:
                return found
    current: Token | None = cue
    for _ in range(2):  # the cue, then the verb it hangs on ("shared … on Instagram, writing …")
        if current is None:
            break
        for child in current.children:
            if child.dep_ in {"dobj", "dative"} and current.lemma_.lower() == "tell":
                if (found := outlet_of_name(ctx, child, latest)) is not None:
                    return found
            preps = [child] if child.dep_ == "prep" else []
            if child.dep_ == "advcl" and child.lemma_.lower() in ctx.cues.outlet_verbs:  # "Appearing on X, …"
                preps = [t for t in child.children if t.dep_ == "prep" and t.lower_ in {"to", "with", "on"}]
            if child.dep_ == "advcl" and child.lemma_.lower() == "write":  # "Writing in X magazine, Y called …"
                preps = [t for t in child.children if t.dep_ == "prep" and t.lower_ in {"in", "for"}]
            if child.dep_ in {"dobj", "prep"}:  # "shared a tribute to her husband on Instagram"
                preps += [t for t in child.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i != child.i]
            for prep in preps:
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if _channel(ctx, obj) and (found := outlet_in_channel(ctx, obj, latest)):
                        return found
                    found = None
                    if prep.lower_ == "on" and is_proper(obj):  # a platform: "on Instagram"
                        found = outlet_of_name(ctx, obj, latest)
                    elif prep.lower_ in {"to", "with"} and prep.head.lemma_.lower() in ctx.cues.outlet_verbs:
                        found = outlet_of_name(ctx, obj, latest)
                    elif prep.lower_ in {"in", "for"} and prep.head.lemma_.lower() == "write":
                        found = outlet_of_name(ctx, obj, None)
                    if found is not None:
                        return found
        current = current.head if current.dep_ in {"advcl", "conj", "xcomp"} and current.head.i != current.i else None
    return None


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
    for child in token.children:  # "Korvath's chief executive, Martin Ellery"
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            token = child
            break
    if (author := _author(ctx, token)) is not None:  # "results published by the board"
        return speaker_of(ctx, Draft(draft.kind, draft.start, draft.end, source=author), latest)
    phrase = noun_phrase(token)
    outlet = None
    for child in token.children:  # "a source who spoke to X", "court papers obtained by X"
        if child.dep_ in {"relcl", "acl"} and (found := outlet_by_agent(ctx, child, latest)) is not None:
            outlet = found
    outlet = outlet or _outlet_of_post(ctx, draft.source)
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl" and token.head.head.i != token.head.i:
        return speaker_of(ctx, Draft(draft.kind, draft.start, draft.end, source=token.head.head), latest)
    if token.lower_ in _PERSONAL_PRONOUNS and token.pos_ == "PRON":
        entity = entity_of_token(ctx.analysis, token)
        return Speaker("pronoun", token.text, entity.id if entity else None, outlet)
    if is_anonymous(ctx, token):
        return Speaker("anonymous", phrase.text, None, outlet)
    if is_proper(token) and (group := _coordinated(ctx, token)) is not None:
        return Speaker("named", group[0], group[1], outlet)
    names = name_tokens(token) if is_proper(token) else [token]  # "his manager" is not "his"
    entity = entity_at(ctx.analysis, names[0].idx, names[-1].idx + len(names[-1].text))
    if entity is None and not is_proper(token):
        entity = _described(ctx, token, phrase)
    return Speaker("named", phrase.text, entity.id if entity else None, outlet)


def _coordinated(ctx: ClaimContext, token: Token) -> tuple[str, str | None] | None:
    """ "Maya Holt and Finn Dale said": both names as the speaker's text, and the entity standing for
    the pair when the entities stage made one (else the first name's)."""
    conjuncts = [c for c in token.children if c.dep_ == "conj" and is_proper(c)]
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
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    inside = {t.idx for c in token.children if c.dep_ in {"relcl", "appos"} for t in c.subtree}
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
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "from" and token.lemma_.lower() in ctx.cues.documents:
            name = next((o for o in child.children if o.dep_ == "pobj" and is_proper(o)), None)
            if name is not None:  # "a statement from the palace press office said"
                return name
        if child.dep_ == "acl" and child.lemma_.lower() in ctx.cues.authored:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def _outlet_of_post(ctx: ClaimContext, source: Token) -> Outlet | None:
    """ "X, the critic of the newspaper Y": an outlet noun naming where the speaker works."""
    for token in source.subtree:
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
    for prep in ctx.doc:
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "confirmed it in a X post"
        if prep.dep_ != "prep" or ctx.quoted[prep.i] or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if _channel(ctx, obj):
                outlet = outlet_in_channel(ctx, obj, None)
            elif verb.lemma_.lower() == "take" and prep.lower_ == "to" and is_proper(obj):
                outlet = outlet_of_name(ctx, obj, None, typed=True)  # "took to Instagram on Saturday to …"
            elif verb.lemma_.lower() in ctx.cues.setting_verbs and prep.lower_ in {"to", "with", "on"}:
                outlet = outlet_of_name(ctx, obj, None)  # "X opened up to Elle magazine about …"
            else:
                continue
            subject = subject_of(verb)
            entity = entity_of_token(ctx.analysis, subject) if subject is not None else None
            if outlet is not None and entity is not None:
                frame = frame_of(ctx, verb)
                out.append(Setting(ctx.paragraph(prep.idx), prep.idx, entity.id, outlet, timex_in(ctx, frame)))
    return out
