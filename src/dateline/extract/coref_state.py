"""The state of the coreference pass: mentions seen so far, person pairs, groups, relations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..nlp import children_of, heads, sentences, strings, tokens
from .clusters import ClusterTable
from .entity_lexicon import lexicon
from .name_spans import span_root

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "pobj", "attr"})
ROLE_WEIGHT = {"subj": 80.0, "obj": 50.0, "obl": 40.0}  # salience factors of Lappin & Leass, halved per sentence back
CONVERSE = {"child": "parent", "parent": "child"}
TOPIC_WEIGHT = 100.0  # times a candidate's share of all candidates' mentions so far


def verb_subjects(owner: list[int], tok: Token, deps: frozenset[str]) -> set[int]:
    """The clusters of the subject of the verb `tok` is an object of (by one of `deps`), which an object that is not a
    reflexive cannot stand for: "X praised him", "X sacked the manager"."""
    if tok.dep_ not in deps:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = [verb.head if verb.dep_ == "relcl" and c.lower_ in ("who", "which", "that") else c  # "X, who met the chairman":
                for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]  # the relative stands for X
    return {owner[c.i] for c in subjects if owner[c.i] >= 0}


def quoted_tokens(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (straight or curly)."""
    out, inside = [False] * len(doc), False
    listed = tokens(doc)
    for i, text in enumerate(strings(doc, "text")):
        if "\n" in text and listed[i].is_space:
            inside = False  # a paragraph break closes an unbalanced quotation
            continue
        if text in ("“", "‘‘", "``") or (text == '"' and not inside):
            inside = True
        elif text in ("”", "''") or (text == '"' and inside):
            inside = False
        elif inside:
            out[i] = True
    return out


LEAD_SENTENCES = 3  # the headline and the first sentences of a story (the dateline's and one more)


@dataclass(slots=True)
class Seen:
    token: int
    sentence: int
    cluster: int
    role: str  # subj | obj | obl | other
    weight: float = 0.0  # salience factors of this mention before decay


@dataclass(slots=True)
class Pair:
    token: int
    sentence: int
    members: tuple[int, ...]


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

    in_quote: list[bool] = field(default_factory=list)
    indefinite: dict[str, list[int]] | None = None  # noun lemma -> tokens brought in by "a" / "an" (built on first use)

    def __post_init__(self) -> None:
        if not self.sents:  # (unless the caller gave them)
            self.sents = sentences(self.doc)[0]
        self.in_quote = quoted_tokens(self.doc)

    def speakers(self, token: Token) -> set[int]:
        """Entities the sentence's speech verbs (outside quotes) attribute words to."""
        lex, owner = lexicon(), self.table.owner
        listed, poses, lemmas = tokens(self.doc), strings(self.doc, "pos"), strings(self.doc, "lemma_lower")
        sent = self.sentence(token)
        out = set()
        for i in range(sent.start, sent.end):
            if not self.in_quote[i] and poses[i] == "VERB" and lemmas[i] in lex.speech_verbs:
                out |= {owner[c.i] for c in children_of(listed[i]) if c.dep_ in SUBJECT_DEPS and owner[c.i] >= 0}
        return out

    def sentence(self, token: Token) -> Span:
        return self.sents[self.sent_of[token.i]]

    def lead_end(self) -> int:
        """The token where the story's lead (its headline and first sentences) ends."""
        return self.sents[min(LEAD_SENTENCES, len(self.sents)) - 1].end if self.sents else 0

    def lead_person(self, before: int) -> int | None:
        """The person the story leads with: the first one its lead sentences name, among mentions before token `before`."""
        end = min(self.lead_end(), before)
        return next((seen.cluster for seen in self.history if seen.token < end and self.table.clusters[seen.cluster].label == "PERSON"
                     and not self.table.clusters[seen.cluster].members), None)

    def weight(self, head: Token, role: str) -> float:
        """Lappin & Leass factors: recency 100, subject 80 / object 50, head-noun emphasis 80
        (not inside another noun phrase), non-adverbial 50 (not inside a verb's prepositional phrase)."""
        weight = 100.0 + ROLE_WEIGHT.get(role, 0.0)
        deps, head_of, poses = strings(self.doc, "dep"), heads(self.doc), strings(self.doc, "pos")  # (the columns: no Tokens made)
        top = head.i
        while deps[top] in ("conj", "appos") and head_of[top] != top:
            top = head_of[top]
        holder = head_of[head_of[top]] if deps[top] == "pobj" else head_of[top]  # "months with X": X sits in an NP
        if poses[holder] not in ("NOUN", "PROPN", "PRON") or head_of[top] == top:
            weight += 80.0
        if not (deps[top] == "pobj" and poses[head_of[head_of[top]]] in ("VERB", "AUX")):
            weight += 50.0
        return weight

    def seen(self, start: int, ci: int, head: Token) -> Seen:
        role = self.role(head)
        return Seen(start, self.sent_of[start], ci, role, self.weight(head, role))

    def role(self, token: Token) -> str:
        deps, head_of, poses = strings(self.doc, "dep"), heads(self.doc), strings(self.doc, "pos")  # (the columns: no Tokens made)
        i = token.i
        while deps[i] in ("conj", "appos") and head_of[i] != i:
            i = head_of[i]  # "X and Y argued", "The new minister, X, said": the role of the phrase they join
        dep = deps[i]
        if dep in SUBJECT_DEPS:
            return "subj"
        if dep == "pobj":  # oblique when the preposition belongs to a verb, else inside a noun phrase
            return "obl" if poses[head_of[head_of[i]]] in ("VERB", "AUX") else "other"
        return "obj" if dep in OBJECT_DEPS else "other"

    def salience(self, index: int, sentence: int, window: int, accept: Callable[[int], bool]) -> list[tuple[float, int]]:
        """Clusters seen within `window` sentences before token `index`, most salient first: each
        sentence adds its best mention's weight, halved for every sentence back (Lappin & Leass
        1994), plus a bonus for the article's recurring topics."""
        per_sentence: dict[tuple[int, int], float] = {}
        accepted: dict[int, bool] = {}  # `accept` of each cluster, asked once: a cluster recurs in the history, and the
        # callers' tests (type, kind, gender, names) read nothing this loop changes
        for seen in reversed(self.history):
            if seen.sentence < sentence - window:
                break
            if seen.token >= index:
                continue
            ok = accepted.get(seen.cluster)
            if ok is None:
                ok = accepted[seen.cluster] = accept(seen.cluster)
            if not ok:
                continue
            key = (seen.cluster, seen.sentence)
            weight = seen.weight * 0.5 ** (sentence - seen.sentence)
            per_sentence[key] = max(per_sentence.get(key, 0.0), weight)
        best: dict[int, float] = {}
        for (cluster, _), weight in per_sentence.items():
            best[cluster] = best.get(cluster, 0.0) + weight
        # the article's topics stay salient: each candidate's share of the mentions so far
        counts = {c: sum(m.start < index for m in self.table.clusters[c].mentions) for c in best}
        total = sum(counts.values())
        for cluster in best:
            best[cluster] += TOPIC_WEIGHT * counts[cluster] / max(total, 1)
        return sorted(((s, c) for c, s in best.items()), reverse=True)

    def add(self, ci: int, start: int, end: int, kind: str) -> bool:
        owned = [i for i in range(start, end - 1) if self.table.owner[i] != -1]
        if owned:  # "the Acme chief executive": the mention is what follows the name inside it
            start = owned[-1] + 1
            while start < end - 1 and (self.doc[start].is_punct or self.doc[start].tag_ == "POS"):
                start += 1
        if not self.table.add(ci, start, end, kind):
            return False
        head = span_root(self.doc, start, end)
        self.history.append(self.seen(start, ci, head))
        return True

    def relate(self, a: int, relation: str, b: int) -> None:
        """b is a's `relation` ("spouse", "child", ...); the converse is recorded too, unless known."""
        lex = lexicon()
        self.relations[(a, relation)] = b
        converse = relation if relation in lex.symmetric_relations else CONVERSE.get(relation)
        if converse:
            self.relations.setdefault((b, converse), a)

    def group_for(self, members: tuple[int, ...]) -> int:
        key = frozenset(members)
        if key not in self.groups:
            ordered = tuple(sorted(key, key=lambda c: self.table.clusters[c].first()))
            self.groups[key] = self.table.new("PERSON", members=ordered)
        return self.groups[key]


def recent_group(state: CorefState, index: int, window: int, blockable: bool, size: int | None = None) -> int | None:
    """The group most recently in view: people coordinated by "and", or a group whose members all
    appear again; with `size`, only groups of that many ("the couple": 2)."""
    sentence = state.sent_of[index]
    lex = lexicon()
    best_token, best = -1, None

    def fits(members: tuple[int, ...]) -> bool:
        return size is None or len(members) == size

    for pair in reversed(state.pairs):
        if pair.sentence < sentence - window:
            break
        if pair.token < index and fits(pair.members):
            best_token, best = pair.token, pair.members
            break
    seen_members: dict[int, int] = {}
    for seen in reversed(state.history):
        if seen.sentence < sentence - window:
            break
        if seen.token < index:
            seen_members.setdefault(seen.cluster, seen.token)
            members = state.table.clusters[seen.cluster].members
            if members and fits(members) and seen.token > best_token:
                best_token, best = seen.token, members
    for key, gi in state.groups.items():
        if fits(tuple(key)) and all(m in seen_members for m in key):
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


