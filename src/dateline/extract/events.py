"""Events: typed events from the schema in `data/events.toml`, and every other event.

One matcher (built once per vocabulary; patterns in spaCy's `DependencyMatcher` format, run by
`events_match.TreeMatcher`) matches the argument *frames* of the schema (subject, passive subject, object, "with X", "X's ...", "son A, born ...") around every
verb and noun; the schema then says, per event type, which trigger lemmas count and which role
each frame fills.  Adding an event type is adding an entry to the TOML file.

A verb or event noun that is no schema type but has an entity among its arguments is kept as an
untyped event (`type=None`, `lemma` set), so a timeline can list everything an entity did.

Times come from the analysis' timexes only: the timex in the trigger's clause, else one in its
sentence (a governing clause first), else the time of another mention of the same event (same
type, a participant in common; an earlier one first) or of the event an anniversary counts from,
else None -- never invented.  "They", "the couple", "the two" stand for the last people named
together or married to each other.  Polarity (NEG) and modality (planned, attempted, rumoured,
possible, conditional) come from cues in `data/events_cues.toml`.  Certainty is left at its
default: the claims stage sets it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Analysis, Argument, Entity, Event
from .events_args import (
    Context,
    Entities,
    Group,
    couple_partner,
    find_groups,
    is_place,
    make_args,
    named,
    resolve_arg_token,
)
from .events_merge import (
    absorb,
    births_of_named_children,
    described,
    fold_described,
    merge_mentions,
    one_per_filler,
)
from .events_place import nearby_place, places_within
from .events_polarity import modality, polarity
from .events_rules import rejected, satisfied
from .events_schema import EventType, Frame, Schema, matcher, schema
from .events_time import (
    PART_OF_DAY,
    TimeAnchor,
    age_times,
    anniversary_times,
    attach_time,
    habitual_clauses,
    inherit_times,
    relative_time,
    timex_anchors,
)
from .events_tokens import clause_head, is_passive, trigger_key

__all__ = ["matcher", "run", "schema"]

IDIOM_DEPS = {"dobj", "oprd", "acomp", "attr", "advmod"}  # "tied the knot", "was found guilty", "pleaded guilty"
POSSESSIVES = {"her", "his", "their", "my", "our", "its"}


@dataclass(slots=True)
class _Hit:
    frame: str  # frame name, or "" for a type's own pattern
    arg: Token
    role: str = ""  # set for a type's own pattern
    type_name: str = ""


def _pos_class(token: Token) -> str | None:
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.tag_ == "VBN"):
        return "verb"
    if token.pos_ == "NOUN" and token.dep_ != "compound":
        return "noun"
    if token.pos_ == "ADJ":
        return "verb"  # "engaged", "married" tagged as adjectives
    return None


def _candidate_types(token: Token, sch: Schema) -> list[EventType]:
    klass = _pos_class(token)
    if klass is None:
        return []
    index = sch.by_verb if klass == "verb" else sch.by_noun
    key, lemma = trigger_key(token)
    if klass == "verb" and (obj := idiom_object(token, sch)) is not None:  # "was found guilty": the idiom first
        if any(c.dep_ == "neg" for c in obj.children):
            return []  # "pleaded not guilty" is no conviction, nor a denied one
        return sch.by_idiom[f"{lemma} {obj.lemma_.lower()}"]
    found = index.get(key) or (index.get(lemma, []) if key != lemma else [])
    if not found and len(lemma) <= 2 and token.lower_ != lemma:  # a lemmatizer slip: "wed" -> "we" (not "found" -> "find")
        found = index.get(token.lower_, [])
    return found


def idiom_object(token: Token, sch: Schema) -> Token | None:
    """The object that makes a verb an idiom of the schema: "tie the knot", "enter parliament"."""
    lemma = token.lemma_.lower()
    return next((c for c in token.children if c.dep_ in IDIOM_DEPS and f"{lemma} {c.lemma_.lower()}" in sch.by_idiom), None)


def _frame_role(hit: _Hit, trigger: Token, sch: Schema, roles: dict[str, str], ctx: Context) -> str | None:
    frame = sch.frames[hit.frame]
    if frame.fallback and any(c.dep_ in frame.fallback and (c.pos_ != "PRON" or ctx.ents.of(c)) for c in trigger.children):
        return None  # the trigger's own argument wins, unless it is a pronoun standing for no one known ("its")
    name = frame.acts_as or frame.name
    if frame.voice == "inherit":
        name = "passive_subject" if is_passive(trigger, hit.arg) else "subject"
    elif frame.voice == "participle":  # "got engaged", "was fired": a participle is passive, "was married" not
        name = "passive_subject" if trigger.tag_ == "VBN" else "subject"
    if frame.places_only:
        return "place" if is_place(hit.arg, ctx) else None
    if frame.entity_only and ctx.ents.of(hit.arg) is None:
        return None
    return roles.get(name)


def _is_event_noun(token: Token, sch: Schema) -> bool:
    lemma = token.lemma_.lower()
    if lemma in sch.event_nouns or lemma in sch.by_noun:
        return True
    return len(lemma) > 6 and lemma.endswith(sch.noun_suffixes) and not token.ent_type_


def _frame_names(frame: Frame, bound: dict[str, int], doc: Doc, sch: Schema) -> tuple[str, ...]:
    if frame.name_by is None:
        return (frame.name,)
    node, attr = frame.name_by
    token = doc[bound[node]]
    label = token.dep_ if attr == "dep" else token.lower_
    pos = doc[bound["trigger"]].pos_
    return tuple(n for n in frame.names.get(label, ()) if pos in sch.frames[n].pos)


def _collect_hits(doc: Doc) -> dict[int, list[_Hit]]:
    sch = schema()
    dm, nodes = matcher(doc.vocab)
    hits: dict[int, list[_Hit]] = defaultdict(list)
    seen: set[tuple[str, int, int]] = set()
    for key, token_ids in dm(doc):
        names = nodes[key]
        bound = dict(zip(names, token_ids, strict=True))
        trigger = bound["trigger"]
        if key.startswith("frame:"):
            arg = bound["arg"]
            for frame in _frame_names(sch.frames[key[6:]], bound, doc, sch):
                if (frame, trigger, arg) not in seen:
                    seen.add((frame, trigger, arg))
                    hits[trigger].append(_Hit(frame, doc[arg]))
        else:
            _, type_name, role, _ = key.split(":")
            if role in bound and (f"{type_name}:{role}", trigger, bound[role]) not in seen:
                seen.add((f"{type_name}:{role}", trigger, bound[role]))
                hits[trigger].append(_Hit("", doc[bound[role]], role, type_name))
    return hits


def _with_event_nouns(doc: Doc, hits: dict[int, list[_Hit]], sch: Schema) -> dict[int, list[_Hit]]:
    """Typed event nouns matched by no frame are triggers too ("The lawsuit, filed on Monday, ..."
    tells the time of the suit told before); found from the lemma array, no Token per word."""
    wanted = {doc.vocab.strings.add(n) for n in sch.by_noun}
    for i, lemma in enumerate(doc.to_array("LEMMA").tolist()):
        if lemma in wanted and i not in hits:
            hits[i] = []
    return hits


def _args_for(trigger: Token, hits: list[_Hit], etype: EventType | None, ctx: Context, sch: Schema) -> list[Argument]:
    if etype is None:
        roles = sch.untyped_roles
    else:
        roles = {**etype.roles, **etype.lemma_roles.get(trigger.lemma_.lower(), {})}
    args: list[Argument] = []
    idiom = idiom_object(trigger, sch) if etype is not None and etype.idioms else None
    for hit in hits:
        if idiom is not None and hit.arg.i == idiom.i:
            continue  # "the knot" is part of the trigger
        if hit.type_name:
            if etype is None or hit.type_name != etype.name:
                continue
            role: str | None = hit.role
        else:
            role = _frame_role(hit, trigger, sch, roles, ctx)
        if not role:
            continue
        token, possessor, is_kin = resolve_arg_token(hit.arg, trigger, sch.kin_nouns)
        if role == "organization" and ctx.ents.of(named(token)) is None:  # "joined X's board / the board of X" -> X
            token = _owner(token, ctx) or token
        if etype is not None and etype.object_when_passive and hit.frame == "object" and (
            is_passive(trigger) or token.dep_ == "oprd"  # "was named chief executive", "named X chief executive"
            or _indefinite(token)  # "will appoint a new police commissioner": the post, no one yet
        ):
            if ctx.ents.of(named(token)) is None:
                role = etype.object_when_passive
        role = _rerouted(role, token, ctx, sch, etype)
        args.extend(make_args(role, token, ctx, not hit.frame or sch.frames[hit.frame].conjuncts))
        if is_kin and possessor is not None and role in ("child", "patient"):
            args.extend(make_args("parent", possessor, ctx))
        args.extend(_role_extras(role, token, roles, etype, ctx))
    return _dedupe([a for a in args if not _excluded(a, ctx, sch)])


def _indefinite(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _rerouted(role: str, token: Token, ctx: Context, sch: Schema, etype: EventType | None) -> str:
    """The role a filler takes instead, by its head noun or its entity type ("nominated for her role
    in X": a work, not an award)."""
    table = (etype.reroute.get(role) if etype is not None else None) or sch.reroute.get(role)
    if not table:
        return role
    entity = ctx.ents.of(named(token))
    return table.get(token.lemma_.lower()) or (table.get(entity.type) if entity is not None else None) or role


def _role_extras(role: str, token: Token, roles: dict[str, str], etype: EventType | None, ctx: Context) -> list[Argument]:
    """Arguments found inside another one: the person named inside a title, the organisation of a
    title ("chief executive of X", "its chief executive"), the owner of a work ("her memoir")."""
    out: list[Argument] = []
    if role == "role":
        for child in token.children:
            entity = ctx.ents.of(child) if child.dep_ in ("nmod", "compound", "poss") else None
            if entity is None:
                continue
            if entity.type == "PERSON" and child.dep_ != "poss":  # "named [Jane Doe] chief executive"
                out.extend(make_args(roles.get("object", "patient"), child, ctx, conjuncts=False))
            elif child.dep_ == "poss" and _organisation(entity):  # "its chief executive"
                out.extend(make_args("organization", child, ctx, conjuncts=False))
        for prep in token.children:  # "chief executive of X"
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and ctx.ents.of(pobj) is not None:
                        out.extend(make_args("organization", pobj, ctx))
    if role == "work" and etype is not None and etype.work_owner:  # "her fourth cookbook will be published"
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and ctx.ents.of(owner) is not None:
            out.extend(make_args(etype.work_owner, owner, ctx, conjuncts=False))
    return out


def _owner(token: Token, ctx: Context) -> Token | None:
    """The named possessor of a noun: "X's board", "the board of X"."""
    for child in token.children:
        if child.dep_ == "poss" and _organisation(ctx.ents.of(child)):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((g for g in child.children if g.dep_ == "pobj" and _organisation(ctx.ents.of(g))), None)
            if owner is not None:
                return owner
    return None


def _organisation(entity: Entity | None) -> bool:
    return entity is not None and entity.type not in ("PERSON", "GPE", "LOC", "FAC")


def _excluded(arg: Argument, ctx: Context, sch: Schema) -> bool:
    if arg.entity is None and arg.role in sch.entity_only_roles:
        return True
    banned = sch.role_excludes.get(arg.role)
    if not banned or arg.entity is None:
        return False
    entity = ctx.analysis.entity(arg.entity)
    return entity is not None and entity.type in banned


def _dedupe(args: list[Argument]) -> list[Argument]:
    out, seen = [], set()
    for arg in args:
        key = (arg.role, arg.entity or (arg.start, arg.end))
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out


def _has_kin(hits: list[_Hit], sch: Schema) -> bool:
    return any(h.arg.lemma_.lower() in sch.kin_nouns for h in hits)


def _type_event(trigger: Token, hits: list[_Hit], ctx: Context, sch: Schema) -> tuple[EventType, list[Argument]] | None:
    best: tuple[EventType, list[Argument]] | None = None
    lemma = trigger.lemma_.lower()
    for etype in _candidate_types(trigger, sch):
        if lemma in etype.passive_only and not is_passive(trigger):
            continue
        if lemma in etype.kin_required and not _has_kin(hits, sch):
            continue
        if etype.reject_kin and _has_kin(hits, sch):
            continue
        args = _args_for(trigger, hits, etype, ctx, sch)
        if not _participant(args) and not any(a.role != "place" and not a.entity for a in args) and not _anaphoric(trigger):
            continue  # an event with no participant tells no one's story
        if not all(satisfied(rule, args, ctx, sch) for rule in etype.requires if lemma in rule["lemmas"]):
            continue
        if any(rejected(rule, args) for rule in etype.rejects if lemma in rule["lemmas"]):
            continue
        if best is None or (_participant(args), len(args)) > (_participant(best[1]), len(best[1])):
            best = (etype, args)
    return best


def _headline(analysis: Analysis) -> int | None:
    """The first sentence when it is a headline: a line of its own with no final stop."""
    if not analysis.sentences:
        return None
    first = analysis.sentences[0]
    text = analysis.document.text
    body = text[first.start : first.end].rstrip()
    ends_line = "\n" in text[first.start + len(body) : first.end + 2] or first.end >= len(text.rstrip())
    return 0 if ends_line and not body.endswith((".", "!", "?", '"', "”")) else None


def _fold_participles(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """"X confirmed the news on Monday, sharing a photo": a participle clause of the same type as its
    governor tells the same act."""
    at = {t.i: e for t, e in found}
    gone: set[int] = set()
    for trigger, event in found:
        head = at.get(trigger.head.i)
        if (event.type and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head is not None and head.type == event.type
                and not any(c.dep_.startswith("nsubj") for c in trigger.children)):
            absorb(head, event)
            gone.add(id(event))
    return [e for e in events if id(e) not in gone]


def _anaphoric(trigger: Token) -> bool:
    """"The lawsuit, filed on Tuesday in Boston, ...": a definite event noun, the event told before."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)


def _participant(args: list[Argument]) -> bool:
    """A known entity takes part (a place alone is only where it happened), or someone's relative
    ("her mother died in 2013"), or unnamed people ("a second man was arrested")."""
    return any(a.entity and a.role != "place" for a in args) or any(_relative(a) for a in args)


def _relative(arg: Argument) -> bool:
    """"her mother", "a second man", "two teenagers": someone, named or not."""
    words = arg.text.lower().split()
    if arg.role in ("place", "role", "award", "work") or not words:
        return False
    sch = schema()
    return (len(words) == 2 and (words[0] in POSSESSIVES or words[0].endswith("'s")) and words[1] in sch.relatives) or (
        words[-1] in sch.people
    )


def _remember_couple(trigger: Token, etype: EventType, args: list[Argument], ctx: Context) -> None:
    """The people of a two-person event ("X married Y") are what a later "the two" refers to."""
    if not etype.symmetric:
        return
    ordered = sorted(args, key=lambda a: a.role != "agent")  # the agent first: "the couple" keeps who is who
    people = [e for e in (ctx.analysis.entity(a.entity) for a in ordered) if e is not None and e.type == "PERSON"]
    unique = list({e.id: e for e in people}.values())
    known = next((g for g in ctx.groups if {m.id for m in g.members} == {e.id for e in unique}), None)
    if known is not None:
        unique = known.members  # the pair as first named: who is agent stays the same
    if len(unique) >= 2:
        ctx.groups.append(Group(trigger.i, ctx.sentence(trigger), unique))


def _promotes(rule: dict[str, Any], trigger: Token, hits: list[_Hit], args: list[Argument], ctx: Context) -> bool:
    """Whether a `promote` rule of the schema applies: its lemmas, its role filled (by an entity of
    its types), an object among its words ("joined the board")."""
    if "lemmas" in rule and trigger.lemma_.lower() not in rule["lemmas"]:
        return False
    if "unless_object_words" in rule and any(
        h.frame == "object" and h.arg.lemma_.lower() in rule["unless_object_words"] for h in hits
    ):
        return False
    if "object_words" in rule and not any(
        h.frame == "object" and h.arg.lemma_.lower() in rule["object_words"] for h in hits
    ):
        return False
    if "if_role" not in rule:
        return True
    for arg in args:
        if arg.role == rule["if_role"]:
            entity = ctx.analysis.entity(arg.entity)
            if "entity_types" in rule and (entity is None or entity.type not in rule["entity_types"]):
                continue
            if "phrases" in rule and not any(p in arg.text.lower() for p in rule["phrases"]):
                continue
            return True
    return False


def _finish_roles(
    etype: EventType, trigger: Token, hits: list[_Hit], args: list[Argument], ctx: Context, types: dict[str, EventType]
) -> tuple[str, list[Argument]]:
    name = etype.name
    for rule in etype.promote:
        if _promotes(rule, trigger, hits, args, ctx):
            name = rule["type"]
            rename = rule.get("rename", {})
            args = [Argument(rename.get(a.role, a.role), a.start, a.end, a.text, a.entity) for a in args]
            if "object_role" in rule:  # "joined the board": the body joined
                body = next(h.arg for h in hits if h.frame == "object" and h.arg.lemma_.lower() in rule["object_words"])
                args += make_args(rule["object_role"], body, ctx, conjuncts=False)
            break
    copies = etype.lemma_copies.get(trigger.lemma_.lower(), {})
    args += [Argument(copies[a.role], a.start, a.end, a.text, a.entity) for a in args if a.role in copies]
    if types[name].symmetric or etype.symmetric:
        agents = sorted((a for a in args if a.role == "agent"), key=lambda a: a.start)
        for extra in agents[1:]:  # "X and Y married": X marries, Y is the partner
            extra.role = "partner"
        partners = sorted((a for a in args if a.role == "partner"), key=lambda a: a.start)
        if partners and not agents:
            partners[0].role = "agent"
        agent = next((a.entity for a in args if a.role == "agent"), None)
        args = [a for a in args if not (a.role == "partner" and a.entity and a.entity == agent)]
        if agent and not any(a.role == "partner" for a in args):
            args += couple_partner(trigger, agent, ctx)  # "X proposed in Lisbon": to the one X is paired with
    return name, _dedupe(args)


def run(doc: Doc, analysis: Analysis, options: object = None) -> None:
    sch = schema()
    types = {t.name: t for t in sch.types}
    ents = Entities(analysis)
    sent_of = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
    ctx = Context(doc, analysis, ents, find_groups(doc, ents, sent_of), sent_of)
    times = timex_anchors(doc, analysis, set(sch.cues["time"]["date_types"]), sent_of)
    habits = habitual_clauses(doc, analysis)
    durations = timex_anchors(doc, analysis, {"DURATION"}, sent_of)
    found: list[tuple[Token, Event]] = []
    for i, hits in sorted(_with_event_nouns(doc, _collect_hits(doc), sch).items()):
        trigger = doc[i]
        typed = _type_event(trigger, hits, ctx, sch)
        if typed is not None:
            if clause_head(trigger).i in habits:
                continue  # "opens at seven every morning": a habit
            type_name, args = _finish_roles(typed[0], trigger, hits, typed[1], ctx, types)
            if types[type_name].pair_required and not any(a.role == "partner" for a in args):
                continue
            if not any(a.role == "place" for a in args):
                args += nearby_place(trigger, ctx)
            else:
                args += places_within(args, ctx)
            _remember_couple(trigger, types[type_name], args, ctx)
            if not _participant(args) and not described(args) and not _anaphoric(trigger):
                continue
        else:
            lemma = trigger.lemma_.lower()
            if lemma in sch.stop_lemmas or not lemma.replace("-", "").isalpha():
                continue  # "’s" tagged as a verb is no event
            if trigger.pos_ == "NOUN" and not (_is_event_noun(trigger, sch) and trigger.dep_ != "compound"):
                continue
            if trigger.pos_ not in ("VERB", "NOUN"):
                continue
            args = _args_for(trigger, hits, None, ctx, sch)
            if not any(a.entity for a in args):
                continue
            type_name = None
        found.append((trigger, _event(trigger, type_name, args, times, ctx, sch, durations)))
    typed_at = {t.i for t, e in found if e.type}
    # a light verb whose object is a typed event noun ("gave birth", "filed a lawsuit") is that event
    events = [e for t, e in found if e.type or not any(c.i in typed_at and c.dep_ == "dobj" for c in t.children)]
    events = _fold_participles(found, events)
    listed = {id(e) for e in events}
    anniversary_times(doc, [(t, e) for t, e in found if id(e) in listed], times, ctx, sch)
    births_of_named_children(events, sch.kin_nouns)
    events = one_per_filler(events, {t.name: t.one_per for t in sch.types if t.one_per})
    unnamed = [e for e in events if e.type and not _participant(e.args)]  # "the former chief executive was sentenced"
    events = [e for e in events if not (e.type and not _participant(e.args))]
    inherit_times(events)
    events = merge_mentions(events, {t.name for t in sch.types if t.symmetric}, _headline(analysis))
    fold_described(events, unnamed)
    kept = {id(e) for e in events}
    age_times([(t, e) for t, e in found if id(e) in kept])  # weakest: only what no mention dates
    for n, event in enumerate(events, 1):
        event.id = f"V{n}"
    analysis.events = events


def _event(trigger: Token, type_name: str | None, args: list[Argument], times: list[TimeAnchor], ctx: Context, sch: Schema,
           durations: list[TimeAnchor] | None = None) -> Event:
    time, source = attach_time(trigger, ctx.sentence(trigger), times, sch.cues)
    if type_name and trigger.tag_ in ("VBP", "VBZ") and trigger.lemma_.lower() in sch.stative:
        time, source = None, None  # "the couple have two sons": a state now, the births undated
    value = PART_OF_DAY.sub("", time.timex.value) if time else None
    tid = (time.timex.tid or None) if time else None
    shifted = relative_time(trigger, ctx.sentence(trigger), durations, times, sch.cues) if durations and type_name else None
    if shifted is not None:  # "two days after X": X two days before the time of the clause it hangs off
        value, tid, source = shifted, None, "clause"
    key, _ = trigger_key(trigger)
    return Event(
        id="",
        type=type_name,
        lemma=key,
        start=trigger.idx,
        end=trigger.idx + len(trigger.text),
        text=trigger.text,
        sentence=ctx.sentence(trigger),
        args=args,
        time=value,
        timex=tid,
        time_source=source,
        polarity=polarity(trigger, sch.cues),
        modality=modality(trigger, sch.cues),
    )
