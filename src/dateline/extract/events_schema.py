"""The event schema (`data/events.toml`) as data classes, and the spaCy matcher built from it."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.vocab import Vocab

from .events_match import TreeMatcher

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    pos: tuple[str, ...]
    pattern: list[dict[str, Any]]
    trigger_attrs: dict[str, Any]
    fallback: frozenset[str] = frozenset()
    voice: str = ""  # "inherit" | "participle" (see data/events.toml)
    places_only: bool = False
    conjuncts: bool = True  # also take the tokens coordinated with the argument
    name_by: tuple[str, str] | None = None  # (node, "dep" | "lower"): the token that names the frame
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    acts_as: str | None = None  # the frame fills the roles of this one
    entity_only: bool = False  # only an argument that is a known entity counts


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    roles: dict[str, str]
    lemma_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    lemma_copies: dict[str, dict[str, str | list[str]]] = field(default_factory=dict)
    passive_only: frozenset[str] = frozenset()
    progressive_only: frozenset[str] = frozenset()
    coordinated_pair: frozenset[str] = frozenset()  # trigger lemmas whose coordinated subjects are each other's partners  # trigger lemmas that count only in the progressive ("was seeing X")
    kin_required: frozenset[str] = frozenset()
    modifier_required: dict[str, frozenset[str]] = field(default_factory=dict)  # trigger lemma -> words one of its modifiers must be
    reject_kin: bool = False
    reject_kin_lemmas: frozenset[str] = frozenset()  # trigger lemmas that do not count when an argument is a kin noun
    symmetric: bool = False
    pair_required: bool = False  # no event without a partner
    named_venues: bool = False  # any named body after "at" / "in" is where it happened ("premiered at Sundance")
    idioms: frozenset[str] = frozenset()
    self_roles: dict[str, str] = field(default_factory=dict)  # trigger noun lemma -> the role its own name fills
    reroute: dict[str, dict[str, str]] = field(default_factory=dict)  # per type, as Schema.reroute  # "verb object" lemma pairs: "tie knot"
    promote: tuple[dict[str, Any], ...] = ()
    object_when_passive: str | None = None
    requires: tuple[dict[str, Any], ...] = ()
    rejects: tuple[dict[str, Any], ...] = ()
    rules_of: dict[str, tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]] = field(default_factory=dict)  # lemma ->
    # the `requires` and `rejects` for it, in order (see `rules_by_lemma`: most rules are for other lemmas)
    work_owner: str | None = None  # the role of a work's possessor ("her memoir was published")
    work_maker: str | None = None  # the role of the one a work is "by" ("the premiere of X, a cantata by Y")
    unplaced: str | None = None  # the role of an organisation found where a place would be ("elected for the X Party")
    one_per: str | None = None  # a role with one filler per event ("two children, A and B": two births)
    one_per_people: bool = False  # ... only when every filler is a person ("the pair A and B won", not "X led the club to it")
    bodies: frozenset[str] = frozenset()  # nouns of an unnamed body that is the organisation ("elected to the city council")
    pattern_lemmas: frozenset[str] = frozenset()
    agent_from: str | None = None  # the role whose entity is the agent when no agent is known
    state_forms: frozenset[str] = frozenset()  # trigger words that, undated and placeless after "be", tell a state
    apposed_forms: frozenset[str] = frozenset()  # nouns in apposition to a name that tell the event only when dated
    doer_forms: frozenset[str] = frozenset()  # nouns naming the one who did it ("its founder"): dated only within their phrase
    undated_apposed_forms: frozenset[str] = frozenset()  # nouns in apposition to a name, dated only within their phrase
    standing_forms: frozenset[str] = frozenset()  # nouns telling what someone has long been ("a father of two"): dated only within their phrase


def rules_by_lemma(requires: list[dict[str, Any]], rejects: list[dict[str, Any]]) -> dict[str, tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]]]:
    """Lemma -> the `requires` rules and the `rejects` rules whose "lemmas" list it, each in the schema's order."""
    out: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for kind, rules in enumerate((requires, rejects)):
        for rule in rules:
            for lemma in dict.fromkeys(rule["lemmas"]):
                out.setdefault(lemma, ([], []))[kind].append(rule)
    return {lemma: (tuple(req), tuple(rej)) for lemma, (req, rej) in out.items()}


@dataclass(slots=True)
class Schema:
    frames: dict[str, Frame]
    types: list[EventType]
    type_patterns: list[tuple[str, str, list[dict[str, Any]], list[str], dict[str, Any]]]  # type, role, nodes, lemmas, trigger attrs
    untyped_roles: dict[str, str]
    stop_lemmas: frozenset[str]
    event_nouns: frozenset[str]
    noun_suffixes: tuple[str, ...]
    kin_nouns: frozenset[str]
    relatives: frozenset[str]
    people: frozenset[str]
    stative: frozenset[str]
    cues: dict[str, Any]
    role_excludes: dict[str, frozenset[str]] = field(default_factory=dict)
    entity_only_roles: frozenset[str] = frozenset()
    reroute: dict[str, dict[str, str]] = field(default_factory=dict)  # role -> {head lemma or entity type: other role}
    by_verb: dict[str, list[EventType]] = field(default_factory=dict)
    by_noun: dict[str, list[EventType]] = field(default_factory=dict)
    by_idiom: dict[str, list[EventType]] = field(default_factory=dict)
    idiom_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # idiom -> prepositions its object needs
    idiom_verbs: frozenset[str] = frozenset()  # the verbs idioms begin with: no other verb is looked at for one
    idiom_bare: frozenset[str] = frozenset()  # idioms whose object stands bare ("got life", not "give him a better life")
    idiom_counted: frozenset[str] = frozenset()  # idioms whose object must be counted ("received six years", not "years of abuse")


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
            voice=spec.get("voice", ""),
            places_only=spec.get("places_only", False),
            conjuncts=spec.get("conjuncts", True),
            name_by=tuple(spec["name_by"].split(".")) if "name_by" in spec else None,  # type: ignore[arg-type]
            names=names,
            acts_as=spec.get("acts_as"),
            entity_only=spec.get("entity_only", False),
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
            type_patterns.append((name, pat["role"], pat["nodes"], lemmas, pat.get("trigger", {})))
        types.append(
            EventType(
                name=name,
                verbs=frozenset(spec.get("verbs", [])),
                nouns=frozenset(spec.get("nouns", [])),
                roles=dict(spec.get("roles", {})),
                lemma_roles=dict(spec.get("lemma_roles", {})),
                lemma_copies=dict(spec.get("lemma_copies", {})),
                passive_only=frozenset(spec.get("passive_only", [])),
                progressive_only=frozenset(spec.get("progressive_only", [])),
                coordinated_pair=frozenset(spec.get("coordinated_pair", [])),
                kin_required=frozenset(spec.get("kin_required", [])),
                modifier_required={k: frozenset(v) for k, v in spec.get("modifier_required", {}).items()},
                reject_kin=spec.get("reject_kin", False),
                reject_kin_lemmas=frozenset(spec.get("reject_kin_lemmas", [])),
                symmetric=spec.get("symmetric", False),
                pair_required=spec.get("pair_required", False),
                named_venues=spec.get("named_venues", False),
                idioms=frozenset(spec.get("idioms", [])),
                self_roles=dict(spec.get("self_roles", {})),
                reroute=dict(spec.get("reroute", {})),
                promote=tuple([spec["promote"]] if isinstance(spec.get("promote"), dict) else spec.get("promote", [])),
                object_when_passive=spec.get("object_when_passive"),
                requires=tuple(spec.get("requires", [])),
                rejects=tuple(spec.get("rejects", [])),
                rules_of=rules_by_lemma(spec.get("requires", []), spec.get("rejects", [])),
                one_per=spec.get("one_per"),
                one_per_people=bool(spec.get("one_per_people", False)),
                bodies=frozenset(spec.get("bodies", [])),
                state_forms=frozenset(spec.get("state_forms", [])),
                apposed_forms=frozenset(spec.get("apposed_forms", [])),
                doer_forms=frozenset(spec.get("doer_forms", [])),
                standing_forms=frozenset(spec.get("standing_forms", [])),
                undated_apposed_forms=frozenset(spec.get("undated_apposed_forms", [])),
                agent_from=spec.get("agent_from"),
                work_owner=spec.get("work_owner"),
                work_maker=spec.get("work_maker"),
                unplaced=spec.get("unplaced"),
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
        relatives=frozenset(raw["kin"].get("relatives", [])),
        people=frozenset(raw["kin"].get("people", [])),
        stative=frozenset(raw["kin"].get("stative", [])),
        cues=cues,
        role_excludes={role: frozenset(spec.get("not_entity_types", [])) for role, spec in raw.get("roles", {}).items()},
        entity_only_roles=frozenset(role for role, spec in raw.get("roles", {}).items() if spec.get("entity_only")),
        reroute={role: dict(spec.get("reroute", {})) for role, spec in raw.get("roles", {}).items() if spec.get("reroute")},
    )
    for etype in types:
        for verb in etype.verbs:
            out.by_verb.setdefault(verb, []).append(etype)
        for noun in etype.nouns | etype.pattern_lemmas:
            out.by_noun.setdefault(noun, []).append(etype)
        for idiom in etype.idioms:
            out.by_idiom.setdefault(idiom, []).append(etype)
    for spec in raw["types"].values():
        out.idiom_preps.update({idiom: frozenset(preps) for idiom, preps in spec.get("idiom_preps", {}).items()})
        out.idiom_counted |= frozenset(spec.get("idiom_counted", []))
        out.idiom_bare |= frozenset(spec.get("idiom_bare", []))
    out.idiom_verbs = frozenset(idiom.split()[0] for idiom in out.by_idiom)
    return out


_MATCHERS: dict[int, tuple[TreeMatcher, dict[str, list[str]]]] = {}


def matcher(vocab: Vocab) -> tuple[TreeMatcher, dict[str, list[str]]]:
    """The process-wide matcher for `vocab` (patterns in spaCy's DependencyMatcher format, run by
    `events_match.TreeMatcher`), and each match key's node names in pattern order."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0].vocab is vocab:
        return cached
    sch = schema()
    dm = TreeMatcher(vocab)
    nodes: dict[str, list[str]] = {}
    for frame in sch.frames.values():
        if not frame.pattern:
            continue  # named by another frame's match
        anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": {"IN": list(frame.pos)}, **frame.trigger_attrs}}
        key = f"frame:{frame.name}"
        dm.add(key, [[anchor, *frame.pattern]])
        nodes[key] = ["trigger", *(n["RIGHT_ID"] for n in frame.pattern)]
    for i, (type_name, role, pattern, lemmas, trigger_attrs) in enumerate(sch.type_patterns):
        anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": lemmas}, **trigger_attrs}}
        key = f"type:{type_name}:{role}:{i}"
        dm.add(key, [[anchor, *pattern]])
        nodes[key] = ["trigger", *(n["RIGHT_ID"] for n in pattern)]
    _MATCHERS[id(vocab)] = (dm, nodes)
    return dm, nodes
