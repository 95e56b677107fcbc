"""Attributes of named entities read from the words around their names.

- role / descriptor nouns: "actress Jane Doe", "husband John Doe", "Jane Doe, a 25-year-old
  climate activist," -> roles ["actress"], ["husband"], ["climate activist"];
- age: "Jane Doe, 42," and "a 25-year-old ..." -> age 42 / 25 as of the article date;
- gender evidence: gendered role nouns and titles (strong), the first name's usual gender
  (weak, from the `gender-guesser` name dictionary).  Pronoun evidence is added by `coref`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..nlp import children_of, strings
from .clusters import Cluster, ClusterTable
from .entity_lexicon import EntityLexicon, lexicon
from .first_names import first_name_gender
from .name_repairs import HYPHENS
from .name_spans import span_root

NOUN_VOTE = 3.0
TITLE_VOTE = 3.0
FIRST_NAME_VOTE = {"male": 2.0, "female": 2.0, "mostly_male": 1.0, "mostly_female": 1.0}


UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: n for n, w in enumerate(UNITS, 1)} | {t: 20 + 10 * k for k, t in enumerate(TENS)} | {
    f"{t}-{u}": 20 + 10 * k + n for k, t in enumerate(TENS) for n, u in enumerate(UNITS[:9], 1)}
AGE = re.compile(r"(\d{1,3}|\b[a-z]+(?:-[a-z]+)?)[-\s]?(?:years?|yrs?)[-\s]?old", re.IGNORECASE)


def age_in(span: Span) -> int | None:
    """The age stated by "25-year-old" or "nine-year-old" (however tokenized) inside `span`."""
    text = " ".join(span.text.split())
    for match in AGE.finditer(text):
        said = match.group(1).lower()
        age = int(said) if said.isdigit() else NUMBER_WORDS.get(said.removesuffix("-"), 0)
        if 0 < age < 130:
            return age
    return None


def birth_year(age: int, as_of: str) -> int:
    """The year of birth an age as of a date gives: before July, more likely the earlier of the two years it allows."""
    return int(as_of[:4]) - age - (1 if as_of[5:] < "07-01" else 0)


def set_age(cluster: Cluster, age: int, dct: str) -> None:
    if "age" in cluster.attrs:
        return
    cluster.attrs["age"] = age
    cluster.attrs["age_as_of"] = dct
    if dct[:4].isdigit():
        cluster.attrs["birth_year_approx"] = int(dct[:4]) - age


def add_role(cluster: Cluster, role: str, lex: EntityLexicon, head: str) -> None:
    roles = cluster.attrs.setdefault("roles", [])
    if role and role not in roles:
        roles.append(role)
    gender = lex.noun_gender(head)
    if gender and cluster.label == "PERSON":
        cluster.gender_votes[gender] += NOUN_VOTE
        if cluster.gender is None and not any(v for g, v in cluster.gender_votes.items() if g != gender):
            cluster.gender = gender  # learnt after genders were settled: "Doe's wife, Jo Roe"


def _noun_chain_before(doc: Doc, start: int) -> Span | None:
    """"climate activist" in "climate activist Jane Doe": lower-case nouns just before a name."""
    i = start
    lex, poses, texts, lowers = lexicon(), strings(doc, "pos"), strings(doc, "text"), strings(doc, "lower")
    while i > 0 and start - i < 3 and (
            (poses[i - 1] == "NOUN" and (not texts[i - 1][:1].isupper() or doc[i - 1].is_sent_start))
            or lex.is_person_noun(lowers[i - 1]) or (i == start and _occupation(doc[i - 1]))):
        i -= 1
        if i >= 2 and i < start and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
                and doc[i - 2].is_lower and doc[i - 2].is_alpha:
            i -= 2  # "singer-songwriter Jane Doe": the hyphenated noun whole
    return doc[i:start] if i < start else None


def _apposition_after(doc: Doc, pos: int) -> Span | None:
    """", a 25-year-old climate activist," after a name: the phrase up to the next comma."""
    if pos + 1 >= len(doc) or strings(doc, "text")[pos] != "," or strings(doc, "lower")[pos + 1] not in ("a", "an", "the"):
        return None
    end = pos + 2
    while end < len(doc) and end - pos < 12 and not (doc[end].is_punct and doc[end].text not in ("-", "–")):
        end += 1
    return doc[pos + 2 : end]


APPOS_RELATIVES = frozenset({"who", "whose", "which", "that", "where"})


def _kind_noun(phrase: Span, lex: EntityLexicon, label: str) -> str | None:
    """The first noun of a kind of body `label` in an apposition, joined with the word hyphened onto it ("the Leeds
    four-piece"), before any relative clause: "X, the Waswick four-piece whose debut Paper Meadows went platinum" is
    a band, not a paper."""
    doc = phrase.doc
    for t in phrase:
        if t.lower_ in APPOS_RELATIVES:
            return None
        if t.i >= phrase.start + 2 and doc[t.i - 1].text in HYPHENS and not doc[t.i - 1].whitespace_ \
                and not doc[t.i - 2].whitespace_ and lex.type_of_noun.get(joined := f"{doc[t.i - 2].lower_}-{t.lower_}") == label:
            return joined
        if lex.type_of_noun.get(t.lower_) == label:
            return t.lower_
    return None


def _role_of(phrase: Span, lex: EntityLexicon) -> tuple[str, str] | None:
    """("climate activist", "activist") from "25-year-old climate activist"; None without a noun."""
    nouns = [t for t in phrase if t.pos_ == "NOUN" and t.lower_ not in ("year", "years", "old")]
    if not nouns:
        return None
    head = nouns[-1]
    if any(t.pos_ == "ADP" or t.lower_ == "would" for t in phrase[: head.i - phrase.start]):
        return None  # "a friend of the family": keep it simple, no descriptor; "the would-be president": no post
    first = head.i
    doc = phrase.doc
    while first > phrase.start and ((doc[first - 1].pos_ == "NOUN" and doc[first - 1].lower_ != "year") or (
            first - 2 >= phrase.start and doc[first - 1].text in ("-", "‐") and not doc[first - 1].whitespace_
            and not doc[first - 2].whitespace_ and doc[first - 2].pos_ in ("NOUN", "PROPN", "ADJ") and doc[first - 2].is_alpha)):
        first -= 1  # "climate activist", "singer-songwriter"
    return phrase.doc[first : head.i + 1].text.lower(), head.lemma_.lower()


def home_town(doc: Doc, start: int) -> bool:
    """"X, of Brixton Hill, 52,": a name after ", of" is where the person before it lives, the age after it theirs."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text == ","


def _age_after(doc: Doc, pos: int) -> int | None:
    """"Jane Doe, 42, said": a bare number between commas right after a name."""
    if pos + 2 < len(doc) and strings(doc, "text")[pos] == "," and doc[pos + 1].like_num and doc[pos + 2].text in (",", ".", ";", ")"):
        if doc[pos + 1].text.isdigit() and 0 < int(doc[pos + 1].text) < 120:
            return int(doc[pos + 1].text)
    return None


OCCUPATION_ENDINGS = ("ist", "ian", "ier", "grapher")  # "the geologist X", "the hotelier X", "the cinematographer X"
NOT_OCCUPATIONS = frozenset({"tourist", "motorist", "finalist", "semifinalist", "pedestrian", "civilian", "guardian",
                             "barrier", "frontier", "carrier", "courier", "premier", "cashier"})


def _occupation(noun: Token) -> bool:
    """A lower-case noun before a person's name whose ending says a trade ("the paediatrician X")."""
    low = noun.lower_
    return noun.pos_ in ("NOUN", "ADJ") and noun.is_lower and low.endswith(OCCUPATION_ENDINGS) and low not in NOT_OCCUPATIONS


def verb_taken_for_noun(noun: Token) -> bool:
    """"The 29-year-old beat X 6-4": a noun in a sentence parsed as one noun phrase, with no verb in its main clause,
    right after an age is the sentence's verb, mistagged (not "the 42-year-old actress")."""
    root = noun.sent.root
    return noun.pos_ == "NOUN" and root.pos_ in ("NOUN", "PROPN") and noun.i <= root.i and noun.i + 2 < noun.sent.end \
        and not any(c.pos_ in ("VERB", "AUX") for c in children_of(root))


def _age_word_before(doc: Doc, start: int) -> int | None:
    """The "old" of "N-year-old" right before a name, or before the words that describe the person there (up to three:
    "the 18-year-old forward", "the 38-year-old Slovenian", "the 36-year-old former banker")."""
    for i in range(start - 1, max(-1, start - 5), -1):
        tok = doc[i]
        if tok.lower_ == "old":
            return None if i + 1 < start and verb_taken_for_noun(doc[i + 1]) else i
        if not tok.is_alpha or tok.pos_ not in ("NOUN", "ADJ", "PROPN") or tok.lower_ in ("and", "or") \
                or (tok.ent_type_ == "PERSON" and tok.dep_ != "amod"):  # ("the 19-year-old Belgian X": NER's person
            return None  # may take in the nationality before the name, a modifier of it all the same)
    return None


def _aged_noun_apposed(root: Token) -> int | None:
    """The age of the person noun a name stands in apposition to: "a nine-year-old son, Babatunde"."""
    noun = root.head
    lemma = noun.lemma_.lower()
    if root.dep_ != "appos" or noun.pos_ != "NOUN" or not (lexicon().is_person_noun(lemma) or lemma in lexicon().relation_of):
        return None
    return age_in(noun.doc[noun.left_edge.i : noun.i])


# short titles before a name that tell a post ("Gov. X", "Sen. Y"), so that "the governor" later finds X ("Dr.", "Prof." tell a
# rank, not a post: dateline/resolve_titles.py)
ABBREVIATED_POSTS = {"gov": "governor", "sen": "senator", "rep": "representative", "supt": "superintendent", "insp": "inspector",
                     "cllr": "councillor", "sgt": "sergeant", "capt": "captain"}

PREDICATE_LEMMAS = frozenset({"be", "become", "remain", "elect", "appoint", "name", "promote"})
UNREAL_AUX = frozenset({"could", "might", "may"})  # "could become chairman": no post held, nor a word for coreference


def _predicated_roles(doc: Doc, cluster: Cluster, lex: EntityLexicon) -> None:
    """"X was elected mayor", "X is chief executive", "X became president": the post is a role
    noun of X, so that "the new mayor" later finds X."""
    for ref in [m for m in cluster.mentions if m.kind == "name"]:
        root = span_root(doc, ref.start, ref.end)
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() not in PREDICATE_LEMMAS:
            continue
        if any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in children_of(root.head)):
            continue  # "X could become chairman": no post held, maybe never
        if root.dep_ == "nsubj" and any(c.dep_ in ("dobj", "dative") for c in children_of(root.head)):
            continue  # "X named her the party's spokeswoman": the post of the one named, not of X
        for noun in children_of(root.head):
            if noun.dep_ in ("attr", "oprd") and noun.pos_ == "NOUN" and lex.is_person_noun(noun.lemma_.lower()) \
                    and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun)):
                add_role(cluster, noun.lemma_.lower(), lex, noun.lemma_.lower())


def _listed_post(root: Token, lex: EntityLexicon) -> tuple[str, str] | None:
    """"three engineers: A, B and C", "two new directors, A and B": a name listed in apposition to a plural noun of
    people holds the post that noun names, in the singular (with the nouns before it: "software engineers")."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    plural = top.head
    if top.dep_ != "appos" or plural.tag_ != "NNS" or plural.i > top.i or not lex.is_person_noun(plural.lemma_.lower()) \
            or any(not t.is_punct for t in root.doc[plural.i + 1 : top.left_edge.i]):
        return None  # (not "two researchers from her team, the radiologist A and ...", "writers including the favourite, B")
    words = [c.lower_ for c in children_of(plural) if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == plural.i - 1]
    head = plural.lemma_.lower()
    return " ".join([*words, head]), head


def collect_attributes(doc: Doc, table: ClusterTable, dct: str) -> None:
    lex, lowers, tags = lexicon(), strings(doc, "lower"), strings(doc, "tag")
    for cluster in table.clusters:
        for ref in [m for m in cluster.mentions if m.kind == "name"]:
            if ref.start > 0 and lowers[ref.start - 1] in lex.titles and cluster.label == "PERSON":
                gender = lex.titles[lowers[ref.start - 1]]
                if gender:
                    cluster.gender_votes[gender] += TITLE_VOTE
                post = ABBREVIATED_POSTS.get(lowers[ref.start - 1].rstrip("."))
                if post is not None:
                    add_role(cluster, post, lex, post)  # "Gov. Jane Doe ... The governor": the post the short title tells
            root = span_root(doc, ref.start, ref.end) if cluster.label == "PERSON" else None  # (once for the two tests below)
            old = _age_word_before(doc, ref.start) if cluster.label == "PERSON" else None
            if old is not None and (before := age_in(doc[max(0, old - 4) : old + 1])) is not None:
                set_age(cluster, before, dct)  # "52-year-old Jane Doe", "the 18-year-old forward X", "the 38-year-old Slovenian X"
            elif root is not None and (apposed := _aged_noun_apposed(root)) is not None:
                set_age(cluster, apposed, dct)  # "a nine-year-old son, Babatunde,"
            if root is not None and (listed := _listed_post(root, lex)) is not None:
                add_role(cluster, listed[0], lex, listed[1])  # "has hired three engineers: A, B and C"
            chain = _noun_chain_before(doc, ref.start)
            if chain is not None and cluster.label == "PERSON" and (
                    lex.is_person_noun(chain[-1].lower_) or lex.is_person_noun(chain.text.lower()) or _occupation(chain[-1])):
                add_role(cluster, chain.text.lower(), lex, chain[-1].lower_)
            elif chain is not None and cluster.label == "ORG" and lex.type_noun_kinds.get(chain[-1].lower_) in ("press", "broadcast",
                                                                                                                 "commercial"):
                add_role(cluster, chain.text.lower(), lex, chain[-1].lower_)  # "the financial daily X": an outlet; "the store
                # chain X": a firm, what a later "the chain" is
            after = ref.end + (1 if ref.end < len(doc) and tags[ref.end] == "POS" else 0)
            if after != ref.end:
                continue
            age = _age_after(doc, after)
            if age is not None and cluster.label == "PERSON" and not home_town(doc, ref.start):
                set_age(cluster, age, dct)
            appos = _apposition_after(doc, after)
            if appos is not None and ref.start > 0 and lowers[ref.start - 1] == "and" and any(
                    t.lower_ == "and" and t.i + 1 < appos.end and doc[t.i + 1].lower_ in ("a", "an", "the") for t in appos):
                appos = None  # "A and B, the actress and the rock singer": the first noun is A's (see coref_nominals)
            if appos is not None and len(appos):
                if cluster.label == "PERSON" and (found := age_in(appos)) is not None:
                    set_age(cluster, found, dct)
                role = _role_of(appos, lex)
                if cluster.label != "PERSON":  # "X, a co-operative set up by villagers,": its first noun of a kind of body
                    # (however tagged), not the last noun ("villagers")
                    kind = _kind_noun(appos, lex, cluster.label)
                    role = (kind, kind) if kind is not None else role
                if role and (lex.is_person_noun(role[1]) or age_in(appos) if cluster.label == "PERSON"
                             else lex.type_of_noun.get(role[1]) == cluster.label):
                    add_role(cluster, role[0], lex, role[1])
        if cluster.label == "PERSON":
            _predicated_roles(doc, cluster, lex)
            for name in cluster.names:
                if len(name) >= 2:
                    verdict = first_name_gender(name[0])
                    if verdict in FIRST_NAME_VOTE:
                        cluster.gender_votes[verdict.replace("mostly_", "")] += FIRST_NAME_VOTE[verdict]
                    break
