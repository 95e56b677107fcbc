"""Events: typed events from the schema in `data/events.toml`, and every other event.

One spaCy `DependencyMatcher` (built once per vocabulary) matches the argument *frames* of the
schema (subject, passive subject, object, "with X", "X's ...", "son A, born ...") around every
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

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from ..model import Analysis, Argument, Entity, Event, Timex
from .events_merge import merge_mentions

try:  # the entities stage owns mention lookup; fall back to a plain offset index without it
    from .entities import entity_for_token as _entity_for_token
except ImportError:  # pragma: no cover - only while entities.py is not built
    _entity_for_token = None

DATA = Path(__file__).parent / "data"
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "csubj", "csubjpass", "pcomp", "parataxis"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
RELATIVE_TAGS = {"WP", "WDT"}
GROUP_WORDS = {"they", "them", "their", "theirs", "themselves", "couple", "pair", "duo", "both", "spouses", "two"}
NOT_ARGS = {"DATE", "TIME", "PERCENT", "ORDINAL"}  # spaCy entity labels that are never participants
GROUP_WINDOW = 5  # sentences a group of people stays the referent of "they" / "the couple"
NOT_TITLES = {"part", "result", "way", "means", "reward", "thanks"}  # "joined as part of the deal"
TIME_NOUNS = {"anniversary", "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "birthday"}
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")  # events are dated to the day: "on Monday evening"


# -- the schema ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    pos: tuple[str, ...]
    pattern: list[dict[str, Any]]
    trigger_attrs: dict[str, Any]
    fallback: frozenset[str] = frozenset()
    inherit_voice: bool = False
    places_only: bool = False
    conjuncts: bool = True  # also take the tokens coordinated with the argument
    name_by: tuple[str, str] | None = None  # (node, "dep" | "lower"): the token that names the frame
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    acts_as: str | None = None  # the frame fills the roles of this one


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    roles: dict[str, str]
    lemma_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    passive_only: frozenset[str] = frozenset()
    kin_required: frozenset[str] = frozenset()
    reject_kin: bool = False
    symmetric: bool = False
    promote: dict[str, Any] = field(default_factory=dict)
    object_when_passive: str | None = None
    requires: tuple[dict[str, Any], ...] = ()
    pattern_lemmas: frozenset[str] = frozenset()


@dataclass(slots=True)
class Schema:
    frames: dict[str, Frame]
    types: list[EventType]
    type_patterns: list[tuple[str, str, list[dict[str, Any]], list[str]]]  # type, role, nodes, lemmas
    untyped_roles: dict[str, str]
    stop_lemmas: frozenset[str]
    event_nouns: frozenset[str]
    noun_suffixes: tuple[str, ...]
    kin_nouns: frozenset[str]
    cues: dict[str, Any]
    role_excludes: dict[str, frozenset[str]] = field(default_factory=dict)
    entity_only_roles: frozenset[str] = frozenset()
    by_verb: dict[str, list[EventType]] = field(default_factory=dict)
    by_noun: dict[str, list[EventType]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def schema() -> Schema:
    with open(DATA / "events.toml", "rb") as fh:
        raw = tomllib.load(fh)
    with open(DATA / "events_cues.toml", "rb") as fh:
        cues = tomllib.load(fh)
    frames: dict[str, Frame] = {}
    for name, spec in raw["frames"].items():
        names = {k: tuple([v] if isinstance(v, str) else v) for k, v in spec.get("names", {}).items()}
        frame = Frame(
            name=name,
            pos=tuple(spec["pos"]),
            pattern=spec["pattern"],
            trigger_attrs=spec.get("trigger_attrs", {}),
            fallback=frozenset(spec.get("fallback", [])),
            inherit_voice=spec.get("voice") == "inherit",
            places_only=spec.get("places_only", False),
            conjuncts=spec.get("conjuncts", True),
            name_by=tuple(spec["name_by"].split(".")) if "name_by" in spec else None,  # type: ignore[arg-type]
            names=names,
            acts_as=spec.get("acts_as"),
        )
        frames[name] = frame
        for derived in {n for ns in names.values() for n in ns}:  # the frames a label names
            pos = tuple(spec.get("name_pos", {}).get(derived, spec["pos"]))
            frames[derived] = Frame(derived, pos, [], {}, places_only=derived == "place")
    types, type_patterns = [], []
    for name, spec in raw["types"].items():
        pattern_lemmas: set[str] = set()
        for pat in spec.get("patterns", []):
            lemmas = pat.get("lemmas") or [v.split()[0] for v in spec.get("verbs", []) + spec.get("nouns", [])]
            pattern_lemmas.update(pat.get("lemmas", []))
            type_patterns.append((name, pat["role"], pat["nodes"], lemmas))
        types.append(
            EventType(
                name=name,
                verbs=frozenset(spec.get("verbs", [])),
                nouns=frozenset(spec.get("nouns", [])),
                roles=dict(spec.get("roles", {})),
                lemma_roles=dict(spec.get("lemma_roles", {})),
                passive_only=frozenset(spec.get("passive_only", [])),
                kin_required=frozenset(spec.get("kin_required", [])),
                reject_kin=spec.get("reject_kin", False),
                symmetric=spec.get("symmetric", False),
                promote=dict(spec.get("promote", {})),
                object_when_passive=spec.get("object_when_passive"),
                requires=tuple(spec.get("requires", [])),
                pattern_lemmas=frozenset(pattern_lemmas),
            )
        )
    untyped = raw["untyped"]
    out = Schema(
        frames=frames,
        types=types,
        type_patterns=type_patterns,
        untyped_roles=dict(untyped["roles"]),
        stop_lemmas=frozenset(untyped["stop_lemmas"]),
        event_nouns=frozenset(untyped["event_nouns"]),
        noun_suffixes=tuple(untyped["event_noun_suffixes"]),
        kin_nouns=frozenset(raw["kin"]["nouns"]),
        cues=cues,
        role_excludes={role: frozenset(spec.get("not_entity_types", [])) for role, spec in raw.get("roles", {}).items()},
        entity_only_roles=frozenset(role for role, spec in raw.get("roles", {}).items() if spec.get("entity_only")),
    )
    for etype in types:
        for verb in etype.verbs:
            out.by_verb.setdefault(verb, []).append(etype)
        for noun in etype.nouns | etype.pattern_lemmas:
            out.by_noun.setdefault(noun, []).append(etype)
    return out


_MATCHERS: dict[int, tuple[DependencyMatcher, dict[str, list[str]]]] = {}


def matcher(vocab: Vocab) -> tuple[DependencyMatcher, dict[str, list[str]]]:
    """The process-wide matcher for `vocab`, and each match key's node names in pattern order."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0].vocab is vocab:
        return cached
    sch = schema()
    dm = DependencyMatcher(vocab)
    nodes: dict[str, list[str]] = {}
    for frame in sch.frames.values():
        if not frame.pattern:
            continue  # named by another frame's match
        anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": {"IN": list(frame.pos)}, **frame.trigger_attrs}}
        key = f"frame:{frame.name}"
        dm.add(key, [[anchor, *frame.pattern]])
        nodes[key] = ["trigger", *(n["RIGHT_ID"] for n in frame.pattern)]
    for i, (type_name, role, pattern, lemmas) in enumerate(sch.type_patterns):
        anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}}}
        key = f"type:{type_name}:{role}:{i}"
        dm.add(key, [[anchor, *pattern]])
        nodes[key] = ["trigger", *(n["RIGHT_ID"] for n in pattern)]
    _MATCHERS[id(vocab)] = (dm, nodes)
    return dm, nodes


# -- small token helpers ------------------------------------------------------------------------
def is_passive(token: Token, inherited: Token | None = None) -> bool:
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    if token.tag_ == "VBN" and token.dep_ == "acl":
        return True
    if inherited is not None and token.dep_ == "conj" and token.tag_ in ("VBN", "VBD"):
        # "was arrested and charged" shares the passive; "was elected and won the prize" has an object
        own = any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
        return inherited.dep_ == "nsubjpass" and not own
    if token.tag_ != "VBN":
        return False
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in token.children)
    return inherited is not None and inherited.dep_ == "nsubjpass" and not own_aux


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` is in (the token itself when it heads one)."""
    while True:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            return token
        if token.head.i == token.i:
            return token
        token = token.head


def trigger_key(token: Token) -> tuple[str, str]:
    """(lemma with particle, bare lemma): "broke up" -> ("break up", "break")."""
    lemma = token.lemma_.lower()
    prt = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return (f"{lemma} {prt[0]}" if prt else lemma), lemma


class _Entities:
    """Token -> entity id, through the entities stage when it is built, else by offsets."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.spans: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in analysis.entities for m in e.mentions), key=lambda x: x[1] - x[0]
        )

    def of(self, token: Token) -> Entity | None:
        if _entity_for_token is not None:
            found = _entity_for_token(self.analysis, token)
            if found is None or isinstance(found, Entity):
                return found
            return self.analysis.entity(str(found))
        start, end = token.idx, token.idx + len(token.text)
        for m_start, m_end, entity in self.spans:
            if m_start <= start and end <= m_end:
                return entity
        return None

    def mention_span(self, token: Token) -> tuple[int, int] | None:
        start, end = token.idx, token.idx + len(token.text)
        for m_start, m_end, _ in self.spans:
            if m_start <= start and end <= m_end:
                return m_start, m_end
        return None


# -- arguments ----------------------------------------------------------------------------------
@dataclass(slots=True)
class _Group:
    token: int
    sentence: int
    members: list[Entity]


def _named(token: Token) -> Token:
    """A common noun standing before its name ("her husband, X", "their son Milo") -> the name."""
    if token.pos_ == "NOUN":
        appos = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if appos is not None:
            return appos
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":  # "X, an American geologist"
            return token.head
    return token


def _groups(doc: Doc, ents: _Entities, sent_of: list[int]) -> list[_Group]:
    """Coordinations of two or more people ("X and Y"), the referents of a later "they"."""
    out: list[_Group] = []
    for token in doc:
        if token.dep_ == "conj" or not token.conjuncts:
            continue
        members: list[Entity] = []
        for t in (token, *token.conjuncts):
            entity = ents.of(_named(t))
            if entity is not None and entity.type == "PERSON" and entity not in members:
                members.append(entity)
        if len(members) >= 2:
            out.append(_Group(token.i, sent_of[token.i], members))
    return out


@dataclass(slots=True)
class _Context:
    doc: Doc
    analysis: Analysis
    ents: _Entities
    groups: list[_Group]
    sent_of: list[int]  # token index -> sentence index (Token.sent is slow)

    def sentence(self, token: Token) -> int:
        return self.sent_of[token.i]


def _np_span(token: Token, ctx: _Context) -> tuple[int, int]:
    mention = ctx.ents.mention_span(token)
    if mention is not None:
        return mention
    if token.ent_type_:  # walk the IOB tags rather than building doc.ents
        first, last = token.i, token.i
        while token.doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last + 1 < len(token.doc) and token.doc[last + 1].ent_iob_ == "I":
            last += 1
        return token.doc[first].idx, token.doc[last].idx + len(token.doc[last].text)
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "case"):
            left = child.left_edge if child.left_edge.i < left.i else left
    return left.idx, token.idx + len(token.text)


def _group_members(token: Token, ctx: _Context) -> list[Entity]:
    if token.lower_ not in GROUP_WORDS and token.lemma_.lower() not in GROUP_WORDS:
        return []
    here = ctx.sentence(token)
    before = [g for g in ctx.groups if g.token < token.i and here - g.sentence <= GROUP_WINDOW]
    if not before:
        return []
    best = max(before, key=lambda g: g.token)
    ctx.groups.append(_Group(token.i, here, best.members))  # "they" keeps the group alive
    return best.members


def _make_args(role: str, token: Token, ctx: _Context, conjuncts: bool = True) -> list[Argument]:
    """Arguments for `token` and every token coordinated with it."""
    out = []
    listed = conjuncts and token.pos_ == "NOUN" and any(c.pos_ == "PROPN" and ctx.ents.of(c) for c in token.conjuncts)
    for t in (token, *(token.conjuncts if conjuncts else ())):
        if t.ent_type_ in NOT_ARGS or t.lemma_.lower() in TIME_NOUNS:
            continue
        if listed and t == token and ctx.ents.of(t) is None:
            continue  # "two children, A and B": the names are the arguments
        t = _named(t)
        entity = ctx.ents.of(t)
        if entity is None and t.pos_ == "NOUN":  # "the Halcyon space telescope" -> Halcyon
            entity = next((e for c in t.children if c.dep_ == "compound" and (e := ctx.ents.of(c))), None)
        if entity is None and role == "work":  # "for her role in the series X" -> X
            inner = next((w for w in t.subtree if w.i != t.i and w.ent_type_ == "WORK_OF_ART"), None)
            if inner is not None and (entity := ctx.ents.of(inner)) is not None:
                t = inner
        if entity is not None and entity.attrs.get("members"):
            members = [m for m in (ctx.analysis.entity(x) for x in entity.attrs["members"]) if m is not None]
        elif entity is None:
            members = _group_members(t, ctx)
        else:
            members = []
        start, end = _np_span(t, ctx)
        if role == "role" and entity is None:  # "member of parliament", "chief executive of X"
            if t.lemma_.lower() in NOT_TITLES:
                continue
            first = min((c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "amod")), default=t.i)
            start = max(start, t.doc[first].idx)  # no article or possessor: "the league's player" -> "player"
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and not any(ctx.ents.of(p) for p in of.children):  # an organisation is its own argument
                end = max(end, of.right_edge.idx + len(of.right_edge.text))
        text = ctx.analysis.document.text[start:end]
        if members:
            out.extend(Argument(role, start, end, text, m.id) for m in members)
        else:
            out.append(Argument(role, start, end, text, entity.id if entity else None))
    return out


def _resolve_arg_token(token: Token, trigger: Token, kin: frozenset[str]) -> tuple[Token, Token | None, bool]:
    """Relative pronoun -> its noun; "their son, Milo" -> Milo.  Returns (token, kin possessor, was kin)."""
    if token.tag_ in RELATIVE_TAGS or (token.lower_ == "that" and token.dep_.startswith("nsubj")):
        if trigger.dep_ == "relcl":
            token = trigger.head
    is_kin = token.lemma_.lower() in kin
    possessor = next((c for c in token.children if c.dep_ == "poss"), None) if is_kin else None
    return token, possessor, is_kin


# -- typing a trigger ---------------------------------------------------------------------------
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
    found = index.get(key) or (index.get(lemma, []) if key != lemma else [])
    if klass == "noun" and not found:
        found = sch.by_noun.get(token.lower_, [])
    return found


def _frame_role(hit: _Hit, trigger: Token, sch: Schema, roles: dict[str, str], ctx: _Context) -> str | None:
    frame = sch.frames[hit.frame]
    if frame.fallback and any(c.dep_ in frame.fallback for c in trigger.children):
        return None
    name = frame.acts_as or frame.name
    if frame.inherit_voice:
        name = "passive_subject" if is_passive(trigger, hit.arg) else "subject"
    if frame.places_only:
        return "place" if _is_place(hit.arg, ctx) else None
    return roles.get(name)


def _is_place(token: Token, ctx: _Context | None = None) -> bool:
    if ctx is not None:
        entity = ctx.ents.of(token)
        if entity is not None:
            return entity.type in PLACE_TYPES
    return token.ent_type_ in PLACE_TYPES


def _is_event_noun(token: Token, sch: Schema) -> bool:
    lemma = token.lemma_.lower()
    if lemma in sch.event_nouns or lemma in sch.by_noun:
        return True
    return len(lemma) > 6 and lemma.endswith(sch.noun_suffixes) and not token.ent_type_


# -- time, polarity, modality -------------------------------------------------------------------
@dataclass(slots=True)
class _Time:
    timex: Timex
    root: Token
    clause: Token
    sentence: int


def _timex_anchors(doc: Doc, analysis: Analysis, date_types: set[str], sent_of: list[int]) -> list[_Time]:
    out = []
    for timex in analysis.timexes:
        if timex.type not in date_types or not timex.value:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(_Time(timex, span.root, clause_head(span.root), sent_of[span.root.i]))
    return out


def _under(token: Token, ancestor: Token, stop_at_clause: bool = True) -> bool:
    while token.head.i != token.i:
        if token == ancestor:
            return True
        if stop_at_clause and token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            return False
        token = token.head
    return token == ancestor


def _attach_time(trigger: Token, sentence: int, times: list[_Time], cues: dict[str, Any]) -> tuple[_Time | None, str | None]:
    """The timex of `trigger`'s clause, else one of its sentence; with where it came from."""
    sent = [t for t in times if t.sentence == sentence]
    if not sent:
        return None, None
    by_distance = sorted(sent, key=lambda t: abs(t.root.i - trigger.i))
    if trigger.pos_ in ("NOUN", "PROPN"):
        own = [t for t in by_distance if _under(t.root, trigger)]
        if own:
            return own[0], "clause"
        if _under_temporal_prep(trigger, set(cues["time"]["temporal_preps"])):
            return None, None
    head = clause_head(trigger)
    clause = [t for t in by_distance if t.clause == head]
    if clause:
        return clause[0], "clause"
    ancestors = list(head.ancestors)
    if head.dep_ == "conj":  # "arrested in 2021 but not charged": a coordinated clause has its own time
        ancestors = ancestors[1:]
    governing = sorted((t for t in sent if t.clause in ancestors), key=lambda t: ancestors.index(t.clause))
    if governing:
        return governing[0], "sentence"
    dependent = [t for t in by_distance if head in t.clause.ancestors and t.clause.dep_ not in ("relcl", "acl")]
    if dependent:
        return dependent[0], "sentence"
    chain = [head, *ancestors]
    reports = [t for t in by_distance if t.clause.lemma_.lower() in cues["time"]["report_verbs"]
               and any(a in chain for a in list(t.clause.ancestors)[:3])]
    if reports:
        return reports[0], "sentence"
    values = {t.timex.value for t in sent}
    if len(values) == 1 and sent[0].clause.dep_ not in ("relcl", "acl"):
        return sent[0], "sentence"
    return None, None


def _under_temporal_prep(token: Token, preps: set[str]) -> bool:
    while token.head.i != token.i and not (token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS):
        if token.dep_ == "pobj" and token.head.lower_ in preps:
            return True
        token = token.head
    return False


def _governors(trigger: Token) -> Iterable[Token]:
    """Verbs above the trigger up to its clause's governor: "denied having an affair" -> having, denied."""
    token = trigger
    for _ in range(4):
        if token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "attr", "conj"):
            return
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            yield token
            if token.dep_ not in ("xcomp", "ccomp", "pcomp"):
                return


def _polarity(trigger: Token, cues: dict[str, Any]) -> str:
    pol = cues["polarity"]
    neg = set(pol["neg_lemmas"])
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in neg) for c in trigger.children):
        return "NEG"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in pol["neg_noun_modifiers"] for c in trigger.children):
        return "NEG"
    for gov in _governors(trigger):
        if gov.lemma_.lower() in pol["neg_governors"]:
            return "NEG"
        if trigger.pos_ == "NOUN" and any(c.dep_ == "neg" for c in gov.children):
            return "NEG"
    return "POS"


def _modality(trigger: Token, cues: dict[str, Any]) -> str | None:
    mod = cues["modality"]
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in mod["aux"]:
            return mod["aux"][child.lower_]
    if trigger.pos_ == "NOUN":
        for child in trigger.children:
            if child.dep_ in ("amod", "compound") and child.lower_ in mod["noun_modifiers"]:
                return mod["noun_modifiers"][child.lower_]
    for gov in _governors(trigger):
        lemma = gov.lemma_.lower()
        if lemma in mod["governors"]:
            if lemma in mod["passive_governors"] and not is_passive(gov):
                continue
            if lemma == "go" and gov.tag_ != "VBG":
                continue
            return mod["governors"][lemma]
        for child in gov.children:
            if child.dep_ == "aux" and child.lower_ in mod["aux"] and trigger.pos_ == "NOUN":
                return mod["aux"][child.lower_]
    return None


# -- the stage ----------------------------------------------------------------------------------
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
    strings = doc.vocab.strings
    seen: set[tuple[str, int, int]] = set()
    for match_id, token_ids in dm(doc):
        key = strings[match_id]
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


def _args_for(trigger: Token, hits: list[_Hit], etype: EventType | None, ctx: _Context, sch: Schema) -> list[Argument]:
    if etype is None:
        roles = sch.untyped_roles
    else:
        roles = {**etype.roles, **etype.lemma_roles.get(trigger.lemma_.lower(), {})}
    args: list[Argument] = []
    for hit in hits:
        if hit.type_name:
            if etype is None or hit.type_name != etype.name:
                continue
            role: str | None = hit.role
        else:
            role = _frame_role(hit, trigger, sch, roles, ctx)
        if not role:
            continue
        token, possessor, is_kin = _resolve_arg_token(hit.arg, trigger, sch.kin_nouns)
        if etype is not None and etype.object_when_passive and hit.frame == "object" and is_passive(trigger):
            if ctx.ents.of(token) is None:
                role = etype.object_when_passive
        args.extend(_make_args(role, token, ctx, not hit.frame or sch.frames[hit.frame].conjuncts))
        if is_kin and possessor is not None and role in ("child", "patient"):
            args.extend(_make_args("parent", possessor, ctx))
        if role == "role":  # "chief executive of X": X is the organization
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj" and ctx.ents.of(pobj) is not None:
                            args.extend(_make_args("organization", pobj, ctx))
    return _dedupe([a for a in args if not _excluded(a, ctx, sch)])


def _excluded(arg: Argument, ctx: _Context, sch: Schema) -> bool:
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


def _type_event(trigger: Token, hits: list[_Hit], ctx: _Context, sch: Schema) -> tuple[EventType, list[Argument]] | None:
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
        if not any(a.entity for a in args):
            continue  # an event with no known participant tells no one's story
        if not all(_satisfied(rule, args, ctx) for rule in etype.requires if lemma in rule["lemmas"]):
            continue
        if best is None or len(args) > len(best[1]):
            best = (etype, args)
    return best


def _remember_couple(trigger: Token, etype: EventType, args: list[Argument], ctx: _Context) -> None:
    """The people of a two-person event ("X married Y") are what a later "the two" refers to."""
    if not etype.symmetric:
        return
    people = [e for e in (ctx.analysis.entity(a.entity) for a in args) if e is not None and e.type == "PERSON"]
    unique = list({e.id: e for e in people}.values())
    if len(unique) >= 2:
        ctx.groups.append(_Group(trigger.i, ctx.sentence(trigger), unique))


def _satisfied(rule: dict[str, Any], args: list[Argument], ctx: _Context) -> bool:
    for arg in args:
        if arg.role != rule["role"]:
            continue
        entity = ctx.analysis.entity(arg.entity)
        if entity is not None and entity.type in rule.get("entity_types", ()):
            return True
        words = arg.text.lower().split()
        if words and words[-1] in rule.get("words", ()):
            return True
    return False


def _finish_roles(etype: EventType, args: list[Argument], types: dict[str, EventType]) -> tuple[str, list[Argument]]:
    name = etype.name
    promote = etype.promote
    if promote and any(a.role == promote["if_role"] for a in args):
        name = promote["type"]
        rename = promote.get("rename", {})
        args = [Argument(rename.get(a.role, a.role), a.start, a.end, a.text, a.entity) for a in args]
    if types[name].symmetric or etype.symmetric:
        agents = sorted((a for a in args if a.role == "agent"), key=lambda a: a.start)
        for extra in agents[1:]:  # "X and Y married": X marries, Y is the partner
            extra.role = "partner"
        partners = sorted((a for a in args if a.role == "partner"), key=lambda a: a.start)
        if partners and not agents:
            partners[0].role = "agent"
        agent = next((a.entity for a in args if a.role == "agent"), None)
        args = [a for a in args if not (a.role == "partner" and a.entity and a.entity == agent)]
    return name, _dedupe(args)


def run(doc: Doc, analysis: Analysis, options: object = None) -> None:
    sch = schema()
    types = {t.name: t for t in sch.types}
    ents = _Entities(analysis)
    sent_of = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        sent_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
    ctx = _Context(doc, analysis, ents, _groups(doc, ents, sent_of), sent_of)
    times = _timex_anchors(doc, analysis, set(sch.cues["time"]["date_types"]), sent_of)
    found: list[tuple[Token, Event]] = []
    for i, hits in sorted(_collect_hits(doc).items()):
        trigger = doc[i]
        typed = _type_event(trigger, hits, ctx, sch)
        if typed is not None:
            type_name, args = _finish_roles(typed[0], typed[1], types)
            _remember_couple(trigger, types[type_name], args, ctx)
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
        found.append((trigger, _event(trigger, type_name, args, times, ctx, sch)))
    typed_at = {t.i for t, e in found if e.type}
    # a light verb whose object is a typed event noun ("gave birth", "filed a lawsuit") is that event
    events = [e for t, e in found if e.type or not any(c.i in typed_at and c.dep_ == "dobj" for c in t.children)]
    _anniversary_times(doc, [(t, e) for t, e in found if e in events], times, ctx, sch)
    _inherit_times(events)
    events = merge_mentions(events, {t.name for t in sch.types if t.symmetric})
    for n, event in enumerate(events, 1):
        event.id = f"V{n}"
    analysis.events = events


def _event(trigger: Token, type_name: str | None, args: list[Argument], times: list[_Time], ctx: _Context, sch: Schema) -> Event:
    time, source = _attach_time(trigger, ctx.sentence(trigger), times, sch.cues)
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
        time=PART_OF_DAY.sub("", time.timex.value) if time else None,
        timex=(time.timex.tid or None) if time else None,
        time_source=source,
        polarity=_polarity(trigger, sch.cues),
        modality=_modality(trigger, sch.cues),
    )


def _anniversary_times(doc: Doc, found: list[tuple[Token, Event]], times: list[_Time], ctx: _Context, sch: Schema) -> None:
    """"On their 10th wedding anniversary": the date of the wedding event plus ten years dates the
    events of that clause that have no time of their own."""
    cues = sch.cues["anniversary"]
    extra: list[_Time] = []
    for token in doc:
        if token.lemma_.lower() not in cues["nouns"]:
            continue
        years = None
        kinds: list[EventType] = []
        for child in token.children:
            word = child.lower_
            digits = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
            if digits:
                years = int(digits.group(1))
            elif word in cues["ordinals"]:
                years = int(cues["ordinals"][word])
            elif child.dep_ in ("compound", "amod"):
                kinds += sch.by_noun.get(child.lemma_.lower(), [])
        names = {k.name for k in kinds}
        source = next((e for _, e in found if e.type in names and e.time and re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.time)), None)
        if years is None or source is None:
            continue
        value = f"{int(source.time[:4]) + years:04d}{source.time[4:]}"  # type: ignore[index]
        timex = Timex(token.idx, token.idx + len(token.text), token.text, "DATE", value, anchor=source.id or None, rule="anniversary")
        extra.append(_Time(timex, token, clause_head(token), ctx.sentence(token)))
    if not extra:
        return
    rank = {"clause": 3, "sentence": 2, "event": 1, None: 0}
    for trigger, event in found:
        time, where = _attach_time(trigger, ctx.sentence(trigger), times + extra, sch.cues)
        if time in extra and rank[where] > rank[event.time_source]:
            event.time, event.timex, event.time_source = time.timex.value, None, "event"  # type: ignore[union-attr]


def _conflicting(event: Event, other: Event) -> bool:
    """"have two children" vs "son A, born ...": a role filled by no one known here and by someone
    known there means two different events."""
    named = {a.role for a in other.args if a.entity}
    return any(not any(b.entity for b in event.args if b.role == a.role) and a.role in named for a in event.args)


def _inherit_times(events: list[Event]) -> None:
    """An undated typed event takes the time of another mention of the same event: same type,
    a participant in common, same polarity and modality; the nearest earlier one first."""
    dated = [e for e in events if e.time is not None and e.time_source != "event"]
    for event in events:
        if event.time is not None or event.type is None:
            continue
        mine = {a.entity for a in event.args if a.entity}
        same = [
            e for e in dated
            if e.type == event.type and (e.polarity, e.modality) == (event.polarity, event.modality)
            and mine & {a.entity for a in e.args if a.entity}
        ]
        same = [e for e in same if not _conflicting(event, e)]
        earlier = [e for e in same if e.start < event.start]
        source = earlier[-1] if earlier else (same[0] if same else None)
        if source is not None:
            event.time, event.timex, event.time_source = source.time, source.timex, "event"
