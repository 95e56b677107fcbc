"""Through which outlet a claim came: the object of "told", "spoke to X", "in an interview with X",
"a X interview", "on X" (a platform), "obtained by X", "X quoted Y as saying", "Writing in X";
"the outlet" / "the magazine" refers back to the latest outlet."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Entity
from ..nlp import children_of
from .claims_context import ClaimContext, entity_at, is_proper, name_tokens, noun_phrase, org_like, quoted_as


@dataclass(slots=True)
class Outlet:
    text: str
    entity: str | None


def outlet_of_name(ctx: ClaimContext, token: Token, latest: Outlet | None, typed: bool = False) -> Outlet | None:
    """The outlet named by `token` (a proper, non-person name) or referred back to ("the outlet").

    `typed`: an outlet noun says what the name is ("the broadcaster X"), whatever NER thinks."""
    if token.lemma_.lower() in ctx.cues.outlet_anaphors and not is_proper(token):
        names = [c for c in children_of(token) if c.dep_ in {"compound", "appos"} and is_proper(c)]
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        while following is not None and following.dep_ in {"compound", "flat"} and following.head.i > following.i \
                and is_proper(following.head):
            following = following.head  # "told the science magazine Orbit Today": the name's last word
        if not names and following is not None and is_proper(following) and following.head.i in {token.i, token.head.i}:
            names = [following]  # "told the magazine X" parsed as two objects
        if names:  # "Parents magazine", "the newspaper Le Soir", "Hello! magazine"
            found = outlet_of_name(ctx, names[-1], latest, typed=True)
            if found is not None and names[0].idx < names[-1].idx and names[-1].dep_ == "compound":
                found.text = ctx.text[names[0].idx : names[-1].idx + len(names[-1].text)]
            return found
        if any(c.dep_ == "poss" for c in children_of(token)):
            return Outlet(noun_phrase(token).text, None)  # "the club's website"
        return latest  # "the outlet", "the magazine"
    if not is_proper(token) or token.ent_type_ in {"DATE", "TIME"}:
        return None
    tokens = name_tokens(token)
    found = org_like(ctx, tokens)
    first = tokens[0].i
    typed = typed or (first > 0 and token.doc[first - 1].lower_ == "the")  # "the Gazette" names no person
    typed = typed or any(c.lower_ in ctx.cues.outlet_anaphors for c in token.lefts)  # "the music weekly Loudhailer"
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


def is_channel(ctx: ClaimContext, noun: Token) -> bool:
    """A channel noun ("an interview", "a show"), not a name ending in one ("The Late Show")."""
    return ctx.lemmas[noun.i] in ctx.cues.channels and ctx.poses[noun.i] != "PROPN"


def outlet_in_channel(ctx: ClaimContext, noun: Token, latest: Outlet | None) -> Outlet | None:
    """ "an interview with X", "a X interview", "a statement to X", "an article published by X"."""
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ in {"with", "to", "for", "on", "in"}:
            for obj in children_of(child):
                if obj.dep_ == "pobj" and (found := outlet_of_name(ctx, obj, latest)) is not None:
                    return found
        if child.dep_ == "compound" and is_proper(child):
            names = [t for t in children_of(noun) if t.dep_ == "compound" and is_proper(t)]
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
    for child in children_of(verb):
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"to", "with"}):
            for obj in children_of(child):
                if obj.dep_ == "pobj" and (found := outlet_of_name(ctx, obj, latest)) is not None:
                    return found
    return None


def outlet_of_frame(ctx: ClaimContext, cue: Token, latest: Outlet | None) -> Outlet | None:
    """The outlet a cue's attribution names: object of "told", "on X", channel nouns."""
    if cue.i in ctx.through:
        return outlet_of_name(ctx, ctx.through[cue.i], latest)
    if (quoting := quoted_as(cue)) is not None:  # "the Courier quoted X as saying", "quoted by the Courier"
        agents = [o for c in children_of(quoting) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]
        for name in [c for c in children_of(quoting) if c.dep_ == "nsubj"] + agents:
            if (found := outlet_of_name(ctx, name, latest)) is not None:
                return found
    current: Token | None = cue
    for _ in range(2):  # the cue, then the verb it hangs on ("shared … on Instagram, writing …")
        if current is None:
            break
        for child in children_of(current):
            if child.dep_ in {"dobj", "dative"} and current.lemma_.lower() == "tell":
                if (found := outlet_of_name(ctx, child, latest)) is not None:
                    return found
            preps = [child] if child.dep_ == "prep" else []
            if child.dep_ == "advcl" and child.lemma_.lower() in ctx.cues.outlet_verbs:  # "Appearing on X, …"
                preps = [t for t in children_of(child) if t.dep_ == "prep" and t.lower_ in {"to", "with", "on"}]
            if child.dep_ == "advcl" and child.lemma_.lower() == "write":  # "Writing in X magazine, Y called …"
                preps = [t for t in children_of(child) if t.dep_ == "prep" and t.lower_ in {"in", "for"}]
            if child.dep_ in {"dobj", "prep"}:  # "shared a tribute to her husband on Instagram"
                preps += [t for t in ctx.subtree(child) if t.dep_ == "prep" and t.lower_ == "on" and t.i != child.i]
            for prep in preps:
                for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
                    if is_channel(ctx, obj) and (found := outlet_in_channel(ctx, obj, latest)):
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
