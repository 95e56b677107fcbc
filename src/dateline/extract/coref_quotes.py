"""First-person pronouns in quoted speech: "I", "me", "my" are the quote's speaker.

A quotation is attributed to the one entity that a speech verb outside the quotes gives as its
subject, in the sentence where the quotation opens or closes (or in the sentence introducing it
with a colon).  "my husband" then follows the speaker's known relations.  Runs after the main
coreference pass, so that a speaker named by a pronoun ("she said") is already resolved.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import strings, tokens
from .coref_state import CorefState
from .entity_lexicon import lexicon

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def quotations(state: CorefState) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the quoted stretches."""
    out: list[tuple[int, int]] = []
    start = None
    for i, inside in enumerate(state.in_quote):
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            if not state.doc[i].is_space or i + 1 >= len(state.doc) or not state.in_quote[i + 1]:
                out.append((start, i))
                start = None
    if start is not None:
        out.append((start, len(state.doc)))
    return out


def _attributions(state: CorefState, sentence: int) -> tuple[set[int], bool]:
    """Entities given as the subject of a speech verb outside quotes, and whether such a verb is
    there at all (an unnamed speaker: "an insider said")."""
    if not 0 <= sentence < len(state.sents):
        return set(), False
    lex, sent = lexicon(), state.sents[sentence]
    poses, lemmas = strings(state.doc, "pos"), strings(state.doc, "lemma_lower")  # (the columns: no Tokens made)
    verbs = [i for i in range(sent.start, sent.end) if not state.in_quote[i] and poses[i] == "VERB"
             and lemmas[i] in lex.speech_verbs]
    return (state.speakers(sent[0]) if verbs else set()), bool(verbs)


def speaker_of(state: CorefState, start: int, end: int) -> tuple[int | None, bool]:
    """The quotation's speaker (an entity id) and whether the text attributes it to anyone."""
    sentences = [state.sent_of[start], state.sent_of[max(start, end - 1)]]
    if end < len(state.doc):
        sentences.append(state.sent_of[end])  # '"...," she said.' split off by the parser
    if any(state.doc[i].text == ":" for i in range(max(0, start - 2), start)):
        sentences.append(state.sent_of[start - 1])  # 'She told the paper: "..."'
    found: set[int] = set()
    attributed = False
    for sentence in dict.fromkeys(sentences):
        who, verb = _attributions(state, sentence)
        found |= who
        attributed |= verb
    people = {ci for ci in found if state.table.clusters[ci].label == "PERSON" and not state.table.clusters[ci].members}
    return (people.pop() if len(people) == 1 else None), attributed


def _my_relation(state: CorefState, tok: Token, speaker: int) -> None:
    """"my husband" inside the speaker's quotation: the speaker's spouse when known."""
    noun = tok.head
    if tok.dep_ != "poss" or noun.i != tok.i + 1 or state.table.owner[noun.i] != -1:
        return
    relation = lexicon().relation_of.get(noun.lemma_.lower())
    target = state.relations.get((speaker, relation)) if relation else None
    if target is None and relation in ("spouse", "partner"):
        mates = {m for key in state.groups if speaker in key and len(key) == 2 for m in key} - {speaker}
        target = mates.pop() if len(mates) == 1 else None
    gender = lexicon().noun_gender(noun.lemma_.lower())
    if target is not None and (not gender or state.table.clusters[target].gender in (gender, None)):
        state.table.add(target, noun.i, noun.i + 1, "nominal")


def resolve_first_person(state: CorefState) -> None:
    last_sentence, last_speaker = -2, None
    listed, lowers, poses = tokens(state.doc), strings(state.doc, "lower"), strings(state.doc, "pos")
    for start, end in quotations(state):
        speaker, attributed = speaker_of(state, start, end)
        if speaker is None and not attributed and state.sent_of[start] <= last_sentence + 1:
            speaker = last_speaker  # a quotation running on from the previous one: same speaker
        last_sentence, last_speaker = state.sent_of[max(start, end - 1)], speaker
        pronouns = [listed[i] for i in range(start, min(end, len(listed))) if lowers[i] in FIRST_PERSON and poses[i] == "PRON"
                    and state.table.owner[i] == -1]
        if speaker is None or not pronouns:
            continue
        for tok in pronouns:
            state.table.add(speaker, tok.i, tok.i + 1, "pronoun")
            if tok.lower_ == "my":
                _my_relation(state, tok, speaker)

