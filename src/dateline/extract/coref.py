"""Rule-based in-document coreference on spaCy's parse (no coreference model is available).

One left-to-right pass over the tokens keeps a short history of entity mentions (with sentence
and syntactic role) and of person pairs ("X and Y", "X and husband Y").  Each pronoun, group
noun ("the couple"), relation noun ("her husband") and definite description ("the actress",
"the 42-year-old", "the company") is joined to an antecedent chosen by agreement (gender,
number, type), binding (an object pronoun is not its own clause's subject), recency and
syntactic role (subjects are more salient), in the spirit of Lappin & Leass (1994).  When the
evidence does not single out one antecedent, the mention is left alone.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .clusters import ClusterTable
from .coref_nominals import resolve_nominal
from .coref_quotes import resolve_first_person
from .coref_state import OBJECT_DEPS, SUBJECT_DEPS, CorefState, Pair, recent_group
from .entity_lexicon import EntityLexicon, lexicon

# pronoun -> (gender or None, number)
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("male", "sg"), "him": ("male", "sg"), "his": ("male", "sg"), "himself": ("male", "sg"),
    "she": ("female", "sg"), "her": ("female", "sg"), "hers": ("female", "sg"), "herself": ("female", "sg"),
    "they": (None, "pl"), "them": (None, "pl"), "their": (None, "pl"), "theirs": (None, "pl"),
    "themselves": (None, "pl"),
}
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
NEUTER = frozenset({"it", "its", "itself"})
WINDOW = 3  # sentences back for pronouns
WIDE_WINDOW = 5  # sentences back when only one compatible person is that far
PRONOUN_GENDER_VOTE = 1.0
AMBIGUITY_RATIO = 0.8  # a runner-up this close to the best leaves the mention alone


def _sentence_of_tokens(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    for index, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = index
    return out


def _is_person(table: ClusterTable, ci: int) -> bool:
    c = table.clusters[ci]
    return c.label == "PERSON" and not c.members


def learn_pronoun_genders(doc: Doc, table: ClusterTable, sent_of: list[int]) -> None:
    """A he/she whose window holds one person only is evidence of that person's gender."""
    starts = sorted((m.start, ci) for ci, c in enumerate(table.clusters) for m in c.mentions if _is_person(table, ci))
    lo = 0
    for tok in doc:
        info = PRONOUNS.get(tok.lower_)
        if not info or info[0] is None or tok.pos_ != "PRON":
            continue
        while lo < len(starts) and sent_of[starts[lo][0]] < sent_of[tok.i] - 1:
            lo += 1
        people = {ci for start, ci in starts[lo:] if start < tok.i}
        if len(people) == 1:
            table.clusters[people.pop()].pronoun_votes[info[0]] += PRONOUN_GENDER_VOTE


def settle_genders(table: ClusterTable) -> None:
    for cluster in table.clusters:
        votes = cluster.gender_votes or cluster.pronoun_votes
        if votes and cluster.label == "PERSON" and not cluster.members:
            top = max(votes, key=votes.__getitem__)
            if all(votes[top] > v for g, v in votes.items() if g != top):
                cluster.gender = top


def _bound_subjects(state: CorefState, tok: Token) -> set[int]:
    """Clusters an object pronoun may not refer to: the subject of its own verb."""
    if tok.lower_ in REFLEXIVES or tok.dep_ not in OBJECT_DEPS or tok.tag_ == "PRP$":
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {state.table.owner[c.i] for c in verb.children if c.dep_ in SUBJECT_DEPS and state.table.owner[c.i] >= 0}


def _choose(ranked: list[tuple[float, int]]) -> int | None:
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] >= AMBIGUITY_RATIO * ranked[0][0]:
        return None
    return ranked[0][1]


def _cataphor(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"after news of his affair, John Doe ...": the one compatible person later in the sentence."""
    found = {state.table.owner[t.i] for t in state.sentence(tok) if t.i > tok.i and state.table.owner[t.i] >= 0}
    found = {ci for ci in found if accept(ci)}
    return found.pop() if len(found) == 1 else None


def _previous_speaker(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """'"...," he said' after a sentence whose words a person spoke: the same speaker goes on."""
    sentence = state.sent_of[tok.i]
    if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() not in lexicon().speech_verbs or sentence == 0:
        return None
    if not any(state.in_quote[t.i] for t in state.sentence(tok)):
        return None
    previous = state.sents[sentence - 1]
    speakers = {ci for ci in state.speakers(previous[0]) if accept(ci)}
    return speakers.pop() if len(speakers) == 1 else None


def _reporting_subject(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"Jane Doe told reporters that she would run": the subject of a reported clause is, by
    default, the person reporting it."""
    clause = tok.head
    while clause.dep_ in ("aux", "auxpass") and clause.head.i != clause.i:
        clause = clause.head  # the parser sometimes hangs the subject on the auxiliary
    if tok.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in lexicon().speech_verbs:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and state.table.owner[child.i] >= 0 and accept(state.table.owner[child.i]):
            return state.table.owner[child.i]
    return None


def _fronted_cataphor(state: CorefState, tok: Token, accept: Callable[[int], bool]) -> int | None:
    """"On his own website, John Doe wrote ...": a pronoun in a phrase fronted before the main
    clause refers to that clause's subject when the subject is a compatible person named after it."""
    root = state.sentence(tok).root
    if tok.i >= root.i or tok.dep_ in SUBJECT_DEPS or tok.head.i == root.i:
        return None
    for child in root.children:
        if child.dep_ in SUBJECT_DEPS and tok.i < child.i < root.i:
            ci = state.table.owner[child.i]
            if ci >= 0 and accept(ci) and not any(tok.i in range(c.left_edge.i, c.right_edge.i + 1) for c in [child]):
                return ci
    return None


def _resolve_singular(state: CorefState, tok: Token, gender: str) -> int | None:
    table = state.table
    sentence = state.sent_of[tok.i]
    banned = _bound_subjects(state, tok)
    if state.in_quote[tok.i]:
        banned |= state.speakers(tok)  # "'She played well,' Doe said": she is not Doe

    def agrees(ci: int) -> bool:
        return _is_person(table, ci) and table.clusters[ci].gender == gender and ci not in banned

    def unknown(ci: int) -> bool:
        return _is_person(table, ci) and table.clusters[ci].gender is None and ci not in banned

    speaker = _previous_speaker(state, tok, agrees) if not state.in_quote[tok.i] else None
    if speaker is None and not state.in_quote[tok.i]:
        speaker = _reporting_subject(state, tok, agrees)
    if speaker is not None:
        return speaker
    fronted = _fronted_cataphor(state, tok, agrees)
    if fronted is not None:
        return fronted
    ranked = state.salience(tok.i, sentence, WINDOW, agrees)
    if ranked:
        return _choose(ranked)
    if state.salience(tok.i, sentence, WINDOW, unknown):
        return None  # someone of unknown gender is nearer: do not guess
    wide = state.salience(tok.i, sentence, WIDE_WINDOW, agrees)
    if len(wide) == 1:
        return wide[0][1]
    return _cataphor(state, tok, agrees) if not wide else None


def _resolve_plural(state: CorefState, tok: Token) -> int | None:
    group = recent_group(state, tok.i, WINDOW, blockable=True)
    if group is not None:
        return group
    if state.sent_of[tok.i] == state.sent_of[0] or not state.history:
        later = [p for p in _pairs_in(state, state.sentence(tok)) if p.token > tok.i]
        if later:
            return state.group_for(later[0].members)
    return None


def _pairs_in(state: CorefState, sent: Span) -> list[Pair]:
    return [p for p in state.pairs if sent.start <= p.token < sent.end]


def _joins(state: CorefState, between: Span) -> str | None:
    """"and" / "," when the words between two names only coordinate them ("X and husband Y",
    "X, 29, and Y"); None otherwise."""
    lex = lexicon()
    words = [t for t in between if t.tag_ != "POS"]
    if not words or len(words) > 6 or words[0].text not in (",", "and"):
        return None
    for t in words:
        if not (t.text in (",", "and") or t.tag_ in ("DT", "PRP$", "CD", "HYPH")
                or (t.pos_ == "NOUN" and lex.is_person_noun(t.lemma_.lower()))):
            return None
    return "and" if any(t.lower_ == "and" for t in words) else ","


def _find_pairs(state: CorefState) -> None:
    """People coordinated in one sentence: "X and Y", "X and husband Y", "X, Y and Z" (found up
    front).  A run of names joined by commas counts only when it ends with "and"."""
    doc, table, lex = state.doc, state.table, lexicon()
    people = sorted((m.start, m.end, ci) for ci, c in enumerate(table.clusters) for m in c.mentions
                    if _is_person(table, ci) and m.kind == "name")
    run: list[tuple[int, int, int]] = []
    for mention in people:
        join = _joins(state, doc[run[-1][1] : mention[0]]) if run else None
        if join and state.sent_of[run[-1][0]] == state.sent_of[mention[0]] and mention[2] not in {r[2] for r in run}:
            run.append(mention)
            if join == "and":
                _record(state, run, lex)
        else:
            run = [mention]
    state.pairs.sort(key=lambda p: p.token)


def _record(state: CorefState, run: list[tuple[int, int, int]], lex: EntityLexicon) -> None:
    members = tuple(r[2] for r in run)
    state.pairs = [p for p in state.pairs if not (p.token >= run[0][0] and set(p.members) < set(members))]
    state.pairs.append(Pair(run[-1][0], state.sent_of[run[-1][0]], members))
    if len(run) == 2:
        a, b = members
        for t in state.doc[run[0][1] : run[1][0]]:
            relation = lex.relation_of.get(t.lemma_.lower())
            if relation:
                state.relations[(a, relation)] = b
                if relation in lex.symmetric_relations:
                    state.relations[(b, relation)] = a


def resolve(doc: Doc, table: ClusterTable, dct: str = "") -> None:
    sent_of = _sentence_of_tokens(doc)
    learn_pronoun_genders(doc, table, sent_of)
    settle_genders(table)
    state = CorefState(doc, table, sent_of, dct=dct)
    _find_pairs(state)
    starts = {m.start: ci for ci, c in enumerate(table.clusters) for m in c.mentions}
    for tok in doc:
        ci = starts.get(tok.i)
        if ci is not None and table.owner[tok.i] == ci:
            state.history.append(state.seen(tok.i, ci, _head_of_mention(doc, table, tok)))
            continue
        if table.owner[tok.i] != -1:
            continue
        if tok.lower_ in NEUTER and tok.pos_ == "PRON":
            target = _resolve_neuter(state, tok)
            if target is not None:
                state.add(target, tok.i, tok.i + 1, "pronoun")
            continue
        info = PRONOUNS.get(tok.lower_)
        if info and tok.pos_ == "PRON":
            gender, number = info
            target = _resolve_singular(state, tok, gender) if number == "sg" and gender else _resolve_plural(state, tok)
            if target is not None:
                state.add(target, tok.i, tok.i + 1, "pronoun")
            continue
        if tok.pos_ in ("NOUN", "ADJ"):
            resolve_nominal(state, tok)
    resolve_first_person(state)


def _resolve_neuter(state: CorefState, tok: Token) -> int | None:
    """"its" -> the salient organisation nearby; "it" only as the subject of a clause reported
    by an organisation ("Acme said it would ...") -- elsewhere "it" is too often not an entity."""
    table = state.table

    def is_org(ci: int) -> bool:
        return table.clusters[ci].label == "ORG"

    if tok.lower_ in ("its", "itself"):
        return _choose(state.salience(tok.i, state.sent_of[tok.i], 1, is_org))
    verb = tok.head
    if tok.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon().speech_verbs:
        for child in verb.head.children:
            if child.dep_ in SUBJECT_DEPS and table.owner[child.i] >= 0 and is_org(table.owner[child.i]):
                return table.owner[child.i]
    return None


def _head_of_mention(doc: Doc, table: ClusterTable, tok: Token) -> Token:
    ci, i = table.owner[tok.i], tok.i
    while i + 1 < len(doc) and table.owner[i + 1] == ci:
        i += 1
    return doc[tok.i : i + 1].root
