"""Context cues for the label of a name: role nouns before it, person-only and speech verbs,
appositions, organisation suffixes and possessed nouns, place prepositions."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from .entity_lexicon import EntityLexicon
from .first_names import is_first_name
from .name_spans import NameSpan

CUE_VOTE = 3.0
PLACE_PREPOSITIONS = {"in": "GPE", "at": "GPE", "near": "GPE", "across": "GPE", "throughout": "GPE",
                      "on": "ORG", "via": "ORG"}  # a lone unknown word after these is rarely a person


def context_cues(doc: Doc, span: NameSpan, lex: EntityLexicon) -> dict[str, float]:
    cues: dict[str, float] = defaultdict(float)
    tokens = span.tokens(doc)
    root = tokens.root
    # a role or type noun just before the name: "son X", "actress X", "the film X", "team, X"
    prev = span.start - 1
    if prev >= 1 and doc[prev].text == "," and doc[prev - 1].pos_ == "NOUN":
        prev -= 1
    if prev >= 0 and doc[prev].pos_ in ("NOUN", "PROPN") and not doc[prev].is_title or (
            prev >= 0 and doc[prev].lower_ in lex.titles):
        lemma = doc[prev].lemma_.lower()
        if doc[prev].lower_ in lex.titles or lex.is_person_noun(lemma):
            cues["PERSON"] += CUE_VOTE
        elif lemma in lex.type_of_noun:
            cues[lex.type_of_noun[lemma]] += CUE_VOTE
    # person-only verbs and speech verbs
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head.lemma_.lower()
        if verb in lex.person_verbs:
            cues["PERSON"] += CUE_VOTE
        elif verb in lex.speech_verbs and span.label in lex.non_speaking_labels:
            cues["PERSON"] += CUE_VOTE
    nxt = span.end + (1 if span.possessive else 0)
    if nxt < len(doc) and doc[nxt].lemma_.lower() in ("say", "tell") and span.label in lex.non_speaking_labels:
        cues["PERSON"] += CUE_VOTE
    # apposition after the name: "X, 42," / "X, a 25-year-old climate activist,"
    if nxt + 1 < len(doc) and doc[nxt].text == ",":
        first = doc[nxt + 1]
        if first.like_num and nxt + 2 < len(doc) and doc[nxt + 2].is_punct and span.ner_label not in ("GPE", "LOC", "FAC"):
            cues["PERSON"] += CUE_VOTE
        elif first.lower_ in ("a", "an", "the") and span.ner_label not in ("GPE", "LOC", "FAC"):
            for tok in doc[nxt + 2 : min(len(doc), nxt + 8)]:
                if tok.is_punct and tok.text != "-":
                    break
                if tok.pos_ == "NOUN" and lex.is_person_noun(tok.lemma_.lower()):
                    cues["PERSON"] += CUE_VOTE
                    break
    if span.possessive and any(t.lower_ in lex.org_possessed_nouns or t.lemma_.lower() in lex.org_possessed_nouns
                               for t in doc[nxt : nxt + 2]):
        cues["ORG"] += CUE_VOTE
    if span.ner_label == "PERSON" and len(tokens) == 1 and root.dep_ == "pobj" and not is_first_name(root.text):
        place = PLACE_PREPOSITIONS.get(root.head.lower_)
        if place:  # "an expedition in Svalbard", "posted on Instagram": no person
            cues[place] += CUE_VOTE / 2
    if len(tokens) >= 2 and tokens[-1].lower_ in lex.org_suffixes:
        cues["ORG"] += CUE_VOTE + 1
    return cues
