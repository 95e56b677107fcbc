"""The state of the coreference pass: mentions seen so far, person pairs, groups, relations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .clusters import ClusterTable
from .entity_lexicon import lexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "pobj", "attr"})
ROLE_WEIGHT = {"subj": 80.0, "obj": 50.0}  # salience factors of Lappin & Leass, halved per sentence back


@dataclass(slots=True)
class Seen:
    token: int
    sentence: int
    cluster: int
    role: str  # subj | obj | other


@dataclass(slots=True)
class Pair:
    token: int
    sentence: int
    members: tuple[int, int]


@dataclass(slots=True)
class CorefState:
    doc: Doc
    table: ClusterTable
    sent_of: list[int]
    history: list[Seen] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    dct: str = ""
    groups: dict[frozenset[int], int] = field(default_factory=dict)
    relations: dict[tuple[int, str], int] = field(default_factory=dict)  # (person, "spouse") -> person
    sents: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sents = list(self.doc.sents)

    def sentence(self, token: Token) -> Span:
        return self.sents[self.sent_of[token.i]]

    def role(self, token: Token) -> str:
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "X and Y argued": both conjuncts have the first one's role
        dep = token.dep_
        if dep in SUBJECT_DEPS:
            return "subj"
        return "obj" if dep in OBJECT_DEPS else "other"

    def salience(self, index: int, sentence: int, window: int, accept: Callable[[int], bool]) -> list[tuple[float, int]]:
        """Clusters seen within `window` sentences before token `index`, most salient first: each
        mention adds (100 + role weight) halved for every sentence back (Lappin & Leass 1994)."""
        best: dict[int, float] = {}
        for seen in reversed(self.history):
            if seen.sentence < sentence - window:
                break
            if seen.token >= index or not accept(seen.cluster):
                continue
            weight = 100.0 + ROLE_WEIGHT.get(seen.role, 0.0)
            best[seen.cluster] = best.get(seen.cluster, 0.0) + weight * 0.5 ** (sentence - seen.sentence)
        return sorted(((s, c) for c, s in best.items()), reverse=True)

    def add(self, ci: int, start: int, end: int, kind: str) -> bool:
        if not self.table.add(ci, start, end, kind):
            return False
        head = self.doc[start:end].root
        self.history.append(Seen(start, self.sent_of[start], ci, self.role(head)))
        return True

    def group_for(self, members: tuple[int, ...]) -> int:
        key = frozenset(members)
        if key not in self.groups:
            ordered = tuple(sorted(key, key=lambda c: self.table.clusters[c].first()))
            self.groups[key] = self.table.new("PERSON", members=ordered)
        return self.groups[key]


def recent_group(state: CorefState, index: int, window: int, blockable: bool) -> int | None:
    """The couple/pair most recently in view: an "X and Y" pair or a group whose members all appear."""
    sentence = state.sent_of[index]
    lex = lexicon()
    best_token, best = -1, None
    for pair in reversed(state.pairs):
        if pair.sentence < sentence - window:
            break
        if pair.token < index:
            best_token, best = pair.token, pair.members
            break
    seen_members: dict[int, int] = {}
    for seen in reversed(state.history):
        if seen.sentence < sentence - window:
            break
        if seen.token < index:
            seen_members.setdefault(seen.cluster, seen.token)
            if state.table.clusters[seen.cluster].members and seen.token > best_token:
                best_token, best = seen.token, state.table.clusters[seen.cluster].members
    for key, gi in state.groups.items():
        if all(m in seen_members for m in key):
            token = min(seen_members[m] for m in key)
            if token > best_token:
                best_token, best = token, state.table.clusters[gi].members
    if best is None:
        return None
    if blockable:
        for t in state.doc[best_token + 1 : index]:
            if t.tag_ == "NNS" and t.dep_ in SUBJECT_DEPS | {"dobj"} and (lex.is_person_noun(t.lemma_.lower()) or t.lemma_.lower() in lex.crowd_nouns):
                return None  # "sources said they ...": a plural group of people is nearer
    return state.group_for(tuple(best))


