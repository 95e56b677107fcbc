"""Facts stated by titles and places next to names (used by `resolve_statements`): posts ("Acme's
chief executive, X", "X, an analyst at Y", "a former public defender" -- ended at `PAST_REF`),
occupations, a person's own business, and places ("X, the Denver-based maker", "Santa Barbara,
California")."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .extract.entity_attrs import UNREAL_AUX  # (not "will" nor "would": a post told ahead, or in a report)
from .extract.entity_lexicon import lexicon, title_stem
from .extract.name_cues import party_name
from .extract.name_missed import PARTY_MEMBER_NOUNS
from .model import Analysis
from .nlp import FRONTED_KIN_NOUNS, char_span, children_of, conjuncts_of, heads, name_end, sent_of, strings
from .nlp import tokens as listed_tokens
from .resolve_base import (
    COPULAS,
    PAST,
    PLACES,
    POLICE_TITLES,
    _Builder,
    _dated,
    _entity,
    _evidence,
    _kind,
    a_workplace,
    config,
    force_of_place,
    one_time,
)
from .resolve_clauses import before_moving_on, body_text, interval, main_organisation, objects_of, subject_of


def _name_of(kin: Token) -> Token | None:
    """The name a kin or title noun stands with: "son Oscar", "her husband, X", "X, her husband"."""
    for child in children_of(kin):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in children_of(kin):  # "the agency's director-general, X, said": the apposition parsed as an adverbial noun
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i > kin.i and kin.doc[child.left_edge.i - 1].text == ",":
            return child
    for child in children_of(kin):  # "her husband, the architect X"
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "ADJ"):  # the small model tags some as ADJ
            named = next((c for c in children_of(child) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    if kin.dep_ == "conj" and kin.head.pos_ == "NOUN" and _one_phrase(kin) and (title_value(kin.head) is not None
                                                                             or _occupation(kin.head)):
        return _name_of(kin.head)  # "its founder and chief executive, X", "X, the group's chair and chief executive,"
    if kin.dep_ == "conj" and kin.head.pos_ == "NOUN" and kin.head.dep_ == "appos" and kin.head.head.pos_ == "PROPN" \
            and _indefinite(kin) and title_value(kin.head) is not None:
        return kin.head.head  # "X, chairman of Y and a former finance minister,": a second post of the one apposed to
    for other in (c for c in children_of(kin) if c.dep_ == "conj" and c.pos_ == "NOUN" and _one_phrase(c)):
        named = next((c for c in children_of(other) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "her chief of staff and longtime confidant, X": the name hung on the second noun
            return named
    if kin.dep_ == "appos" and kin.head.pos_ == "PROPN" and (named := _name_after_title(kin)) is not None:
        return named  # "Singer A, guitarist B and drummer C": the parser hangs B on the title apposed to A
    if (born := _born_there(kin)) is not None:
        return born  # "X was born in 1934 in Norfolk, the son of A and B": the one born, not the place
    if kin.dep_ == "pobj" and kin.tag_ == "NNS" and kin.head.lower_ == "of" and kin.head.head.lower_ in BIRTH_ORDER_WORDS \
            and (born := _born_there(kin.head.head)) is not None:
        return born  # "..., in Norfolk, the youngest of seven children of A and B"
    if kin.dep_ in ("compound", "appos") and kin.head.pos_ == "PROPN":
        return kin.head
    if kin.dep_ == "amod" and kin.pos_ == "ADJ" and kin.head.pos_ == "PROPN" and kin.head.i > kin.i and _calling(kin.lower_):
        return kin.head  # "the biostatistician Dr X": the calling the tagger took for an adjective of the name
    if kin.dep_ == "appos" and _aged(kin.head):
        return kin.head  # "The 46-year-old, a former engineer at Y,": the person coreference names by the age
    if kin.dep_ == "pobj" and kin.tag_ == "NNS" and kin.head.lower_ == "of" and kin.head.head.lower_ == "one" \
            and kin.head.head.dep_ in ("attr", "appos"):
        return _name_of(kin.head.head)  # "X is one of the founding members of Y", "X, one of its directors,"
    if kin.dep_ == "nsubj" and kin.head.lemma_ == "be" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(kin)):
        named = next((c for c in children_of(kin.head) if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
        if named is not None:  # "Oakfield Academy's new headteacher is Sian Prowse", "The chairman is Tom Reed": the post
            return named  # told first, its holder after "is" (not "a spokesman is ...")
    if _predicate(kin) and kin.head.lemma_ in COPULAS:  # "Lundell is chief executive", "X, who has been its CFO"
        subject = subject_of(kin.head)  # "She is currently deputy director of X": the one the pronoun stands for
        return subject if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") or _aged(subject)) else None
    for other in (p for c in children_of(kin) if c.dep_ == "prep" and c.lower_ == "with" for p in children_of(c) if p.dep_ == "pobj"):
        named = next((c for c in children_of(other) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and other.pos_ == "NOUN":  # "X's son with the singer Y, Felix": Y is the other parent
            named = next((c for c in children_of(named) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "X's son with Tom Reed, Felix," parsed with the name on the other parent
            return named
    for body in (p for c in children_of(kin) if c.dep_ == "prep" and c.lower_ in ("at", "of", "for") for p in children_of(c)
                 if p.dep_ == "pobj" and p.pos_ == "PROPN"):
        named = next((c for c in children_of(body) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "her editor at Maison Urdent, Claire Fronnefoy," parsed with the name on the body
            return named
    if (named := _name_after_field(kin)) is not None:
        return named  # "the former head of sales Aurelio Manzi": the parser takes the field for a word of the name
    if (field := _field_of_post(kin)) is not None:
        named = next((c for c in children_of(field) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "the speaker of parliament, X", "the head of marketing, Y": the name hung on the post's field
            return named
    if _until_now(kin):  # "X, 49, until now the minister for trade": the parse hangs "until" on the verb
        return _name_before(kin.head)
    if (fronted := _fronted_subject(kin)) is not None:
        return fronted
    if (fronted := _fronted_child(kin)) is not None:
        return fronted
    if (fronted := _fronted_as(kin)) is not None:
        return fronted
    if (holder := _holder_of_noun_as(kin)) is not None:
        return holder
    after = kin.doc[kin.i + 1] if kin.i + 1 < len(kin.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.is_title and after.head.i != kin.i and kin.tag_ == "NN":
        return after  # "X, whose daughter Rosa was born in 2015" parsed with the name as the verb's subject
    if after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and after.is_title and kin.tag_ == "NN" \
            and after.head.i != kin.i and after.pos_ in ("VERB", "NOUN", "ADJ", "ADV"):
        return after  # "went to the astronomer Beatrix Kallowmere," with the given name tagged a verb and the name cut off
    if (described := _described_after(kin)) is not None:
        return described
    return _apposed_astray(kin)


BIRTH_ORDER_WORDS = frozenset({"youngest", "eldest", "oldest", "second", "third", "fourth", "fifth", "middle", "only", "first"})


def _born_there(noun: Token) -> Token | None:
    """A noun set after the place where someone "was born" ("born in Norfolk, the son of ..."): the one born."""
    place = noun.head
    if noun.dep_ != "appos" or place.pos_ != "PROPN" or place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    verb = place.head.head
    if verb.lemma_.lower() != "bear":
        return None
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")) else None


def _described_after(kin: Token) -> Token | None:
    """"The chair of the judges, the critic X, called", "the jury president, the actress X.": after a title (with
    its article or possessor) and the comma closing its phrase, "the", up to four words describing a person (lower-case
    words or adjectives, the last a person noun) and a name closed by punctuation -- the one the title is of, however the
    parser hung the description (a second subject of the verb, a fragment of its own)."""
    doc = kin.doc
    if kin.lemma_.lower() in lexicon().relation_of:
        return None  # (not a kin noun: "her husband, the judge X" is left to the kin readings)
    comma = _comma_after_phrase(kin)
    if kin.tag_ != "NN" or comma is None or comma + 2 >= len(doc) or doc[comma + 1].lower_ != "the" \
            or not any(c.dep_ in ("poss", "det") for c in children_of(kin)):
        return None
    k = comma + 2
    while k < len(doc) and k - comma <= 5 and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_alpha and (doc[k].is_lower or doc[k].pos_ == "ADJ"):
        k += 1
    if k == comma + 2 or k >= len(doc) or doc[k].pos_ != "PROPN" or not lexicon().is_person_noun(doc[k - 1].lemma_.lower()):
        return None
    name = name_end(doc[k])
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    return name if after is None or after.is_punct else None


def _name_after_field(kin: Token) -> Token | None:
    """"director of communications Jane Roe said": a post's field ("of communications") set straight before the
    holder's name, which the parser makes the object of "of" with the field as its compound."""
    for of in (c for c in children_of(kin) if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (p for p in children_of(of) if p.dep_ == "pobj" and p.pos_ == "PROPN"):
            words = [c for c in children_of(name) if c.dep_ == "compound"]
            if words and words[0].i == of.i + 1 and words[0].pos_ == "NOUN" and words[0].is_lower and not words[0].ent_type_ \
                    and any(c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in words[1:]):
                return name
    return None


def _field_of_post(kin: Token) -> Token | None:
    """The noun after "of" that is part of the post a title noun names ("parliament" in "the speaker of parliament",
    "marketing" in "head of marketing"), or None (not "the son of a farmer": no post)."""
    of = next((c for c in children_of(kin) if c.dep_ == "prep" and c.lower_ == "of"), None)
    field = next((c for c in children_of(of) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if field is None or kin.pos_ != "NOUN" or not (title := title_value(kin)) or not title.endswith(_of_field(kin) or "\0"):
        return None
    return field


def _apposed_astray(kin: Token) -> Token | None:
    """"secured a seat for its head of research, Idris Monk": the name set off right after a title (with its article or
    possessor), which the parser hung elsewhere -- on a word before the title (the seat, the verb), beside it as a second
    subject of its verb ("His former chief of staff, X, 39, was convicted", "said the council's chair, X, a former
    judge"), or on a thing named inside the title's own phrase ("a spokesman for the prime minister's office, X,",
    "the former ambassador to Vienna, X,"); a person's only when the name is one (`_titles`)."""
    doc = kin.doc
    comma = _comma_after_phrase(kin)
    if kin.tag_ != "NN" or comma is None or comma + 1 >= len(doc) \
            or not any(c.dep_ in ("poss", "det") for c in children_of(kin)):
        return None
    name = name_end(doc[comma + 1])
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if name.pos_ != "PROPN" or (after is not None and not after.is_punct) or kin.head.lower_ == "of":
        return None  # (not "took charge in 2017 after the departure of its founder, X": the title of another noun)
    before = name.dep_ in ("appos", "npadvmod") and name.head.i < kin.i
    beside = name.dep_ in ("nsubj", "nsubjpass") and kin.dep_ == name.dep_ and name.head.i == kin.head.i
    inside = name.dep_ in ("appos", "conj") and kin.i < name.head.i < comma and name.head.pos_ in ("NOUN", "PROPN") \
        and name.head.ent_type_ != "PERSON" and not lexicon().is_person_noun(name.head.lemma_.lower())
    # (or a conjunct with no "and": a list of one; not "a spokesman for the mayor, X": the mayor's name)
    return name if before or beside or inside else None


def _comma_after_phrase(kin: Token) -> int | None:
    """The comma that closes a title's own phrase ("the former ambassador to Vienna ,"): the first comma after the title
    with every word up to it in the title's subtree (None when another word comes between)."""
    inside = {t.i for t in kin.subtree}
    j = kin.i + 1
    while j < len(kin.doc) and j in inside and kin.doc[j].text != ",":
        j += 1
    return j if j < len(kin.doc) and kin.doc[j].text == "," else None


PASTIME_ADJECTIVES = frozenset({"keen", "avid", "enthusiastic", "passionate", "lifelong", "amateur", "devoted"})
FRONTED_DEPS = frozenset({"nsubj", "nsubjpass", "npadvmod", "advmod", "appos", "dep", "advcl", "attr"})


@lru_cache(maxsize=1)
def _player_titles() -> frozenset[str]:
    jobs = config()["employment"]
    return frozenset(jobs["member_titles"]) | frozenset(jobs["playing_positions"])


def _fronted_subject(kin: Token) -> Token | None:
    """"A trained violist, X spent six years ...", "A chemist by training, the 38-year-old spent ...": an
    indefinite title set before the clause, a comma after it, stands for the clause's subject (a name, an
    age told of the person, or he / she)."""
    doc, sent = kin.doc, sent_of(kin)
    first = sent.start
    while first < kin.i and (doc[first].is_punct or doc[first].is_quote):
        first += 1
    if doc[first].lower_ not in ("a", "an") or doc[first].head.i != kin.i or kin.dep_ not in FRONTED_DEPS \
            or any(c.dep_ == "amod" and c.lower_ in PASTIME_ADJECTIVES for c in children_of(kin)) \
            or kin.lemma_.lower() in _player_titles():
        return None  # (not "A keen cyclist, he rides to work": a pastime; nor "A former footballer, X runs a bakery": a
        # player's calling told of the past, which would make X a member of the bodies X works at)
    after = kin.right_edge.i if kin.right_edge.text == "," else kin.right_edge.i + 1  # (the comma hung on the title or not)
    verb = kin.head
    if after >= len(doc) or doc[after].text != "," or verb.pos_ not in ("VERB", "AUX") or verb.i < after:
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i > after), None)
    if subject is None:
        return None
    if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she") or _aged(subject):
        return subject
    return None


def _fronted_child(kin: Token) -> Token | None:
    """"Born in Leeds in 1936, the only child of A and his wife B, she won ...", "The son of a miner, he ...": a child noun
    with its parents, set before the clause and closed by a comma, stands for the clause's subject (a name, he or she)."""
    verb = kin.head
    if kin.lemma_.lower() not in FRONTED_KIN_NOUNS or kin.dep_ not in ("dep", "npadvmod", "nsubj") or verb.pos_ not in ("VERB", "AUX") \
            or verb.i < kin.i or not any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(kin)):
        return None
    after = kin.right_edge.i if kin.right_edge.text == "," else kin.right_edge.i + 1
    if after >= verb.i or kin.doc[after].text != ",":
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and after < c.i < verb.i), None)
    return subject if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")) else None


TENURE_PREPS = frozenset({"in", "during"})


def _fronted_as(kin: Token) -> Token | None:
    """"As director of the Grarrow Trust, she oversaw ...", "In her first year as mayor, X cut ...": a post told by "as"
    before the clause's subject is the subject's (a name, or he / she; not "After a decade as head of risk": a post
    left, told by the move)."""
    if kin.dep_ != "pobj" or kin.head.lower_ != "as":
        return None
    verb = kin.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ in TENURE_PREPS:
        verb = verb.head.head  # "in her first year as mayor"
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.i < verb.head.i:
        verb = verb.head  # "Speaking as president of Y, X said ...": the participle's subject is the clause's
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < kin.i or not (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")):
        return None
    return subject


SUCCESSOR_NOUNS = frozenset({"successor", "replacement"})


def _holder_of_noun_as(kin: Token) -> Token | None:
    """A post told by "as" after a noun: "His successor as manager, Jim Gale," (the one named beside the successor; the
    possessor is the one succeeded), "Ruud's tenure as finance director", "her first term as mayor" (the possessor, a
    name or a pronoun the coreference resolves)."""
    if kin.dep_ != "pobj" or kin.head.lower_ != "as" or kin.head.head.pos_ != "NOUN":
        return None
    noun = kin.head.head
    if noun.lemma_.lower() in SUCCESSOR_NOUNS:
        return next((c for c in children_of(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    return owner if owner is not None and (owner.pos_ == "PROPN" or owner.lower_ in ("his", "her")) else None


def _one_phrase(conj: Token) -> bool:
    """A noun coordinated inside one noun phrase, with no determiner of its own ("founder and chief executive",
    not "the chairman and the chief executive": maybe two people)."""
    return not any(c.dep_ in ("det", "poss") for c in children_of(conj))


def _indefinite(conj: Token) -> bool:
    """A coordinated noun with "a" / "an" of its own and no possessor ("and a former finance minister"): one more
    description of the same one, not another person ("and the chief executive")."""
    kids, doc = children_of(conj), conj.doc
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids) and not any(c.dep_ == "poss" for c in kids) \
        and conj.left_edge.i > 1 and doc[conj.left_edge.i - 1].lower_ == "and" and doc[conj.left_edge.i - 2].text != ","
    # (not "X, chair of Y, and a trustee, Z,": a list of two people)


UNTIL_NOW = frozenset({"now", "recently", "lately"})


def _until_now(kin: Token) -> bool:
    """A title told as held "until now" / "until recently" ("X, until now the deputy minister for
    industry,"): the object of "until" beside "now"."""
    return kin.dep_ == "pobj" and kin.head.lower_ == "until" and any(c.lower_ in UNTIL_NOW for c in children_of(kin.head))


def _name_before(until: Token) -> Token | None:
    """The name set off before "until now ..." in the same clause: the nearest proper noun before it,
    past an age, an apposition and commas ("Kadri Kask, 51, a retired colonel and until now ..."),
    with no verb between."""
    for j in range(until.i - 1, until.sent.start - 1, -1):
        word = until.doc[j]
        if word.pos_ in ("VERB", "AUX") or word.lower_ in (";", ":", "(", ")"):
            return None
        if word.pos_ == "PROPN" and word.dep_ != "compound":
            return word
    return None


def _aged(token: Token) -> bool:
    """"The 47-year-old" (its head "old" over "year"): a person told by an age, who coreference names."""
    return token.lower_ == "old" and any(c.lower_ == "year" for c in children_of(token)) \
        and any(c.lower_ == "the" for c in children_of(token))


@lru_cache(maxsize=1)
def _title_sets() -> tuple[frozenset[str], frozenset[str]]:
    titles = frozenset(config()["statements"]["titles"])
    return titles, frozenset(w for title in titles for w in title.split())


# verbs a headline writes in the present that the tagger takes for nouns before a title ("Comets fire coach X")
HEADLINE_VERBS = frozenset({"fire", "fires", "sack", "sacks", "axe", "axes", "ax", "hire", "hires", "name", "names", "appoint",
                            "appoints", "sign", "signs", "ditch", "ditches", "oust", "ousts", "promote", "promotes", "poach", "poaches",
                            "drop", "drops", "suspend", "suspends", "replace", "replaces"})


def _in_headline(token: Token) -> bool:
    """The token is in the document's first sentence and that sentence has no final stop (a headline)."""
    sent = token.sent
    return sent.start == 0 and not (sent[-1].is_punct and sent[-1].text in (".", "!", "?", "\"", "”"))


def title_value(token: Token) -> str | None:
    """The post a title noun names, as written ("chief executive", "junior treasury minister"),
    without the modifiers that only say where the post is: a name or an organisation / work noun
    and what precedes it ("Acme CEO" -> "ceo", "morning show host" -> "host").  None when the
    noun names no known post."""
    titles, title_words = _title_sets()
    doc, i = token.doc, token.i
    lowers, lemmas = strings(doc, "lower"), strings(doc, "lemma_lower")  # (the cached columns: no Token attribute per read)
    stem = title_stem(lowers[i])
    calling = _calling(lowers[i]) or _calling(lemmas[i])
    if lowers[i] not in title_words and lemmas[i] not in title_words and stem not in title_words and not calling:
        return None  # the head of a post is one of its words: most nouns are no post
    lex = lexicon()
    deps, up, poses, tags = strings(doc, "dep"), heads(doc), strings(doc, "pos"), strings(doc, "tag")
    left = i
    while left > 0 and deps[left - 1] in ("compound", "amod") and up[left - 1] >= i and not doc[left - 1].is_punct:
        left -= 1
    right = i
    while _in_word_hyphen(doc, right + 1) and (poses[right + 2] == "ADP" or right > i or f"{lowers[i]}-{lowers[i + 2]}" in titles) \
            and up[right + 2] in (right, right + 1, right + 2) and up[right + 1] in (right, right + 2):
        right += 2  # "editor-in-chief", split by the tokenizer: the post is the whole word (not "president-elect");
        # "secretary-general", a listed word
    words_at = range(left, i + 1)
    headline = any(lowers[j] in HEADLINE_VERBS for j in words_at[:-1]) and _in_headline(token)  # (Token.sent only then)
    cut = max((k + 1 for k, j in enumerate(words_at[:-1]) if lowers[j] not in title_words and (
        (headline and lowers[j] in HEADLINE_VERBS) or
        listed_tokens(doc)[j].ent_type_ or poses[j] in ("PROPN", "PRON", "VERB", "PUNCT", "NUM") or lemmas[j] in lex.type_of_noun
        or lowers[j] in lex.title_adjectives or (poses[j] == "ADJ" and k == 0 and tags[j] in ("JJ", "JJS") and j < i - 1
                                                 and poses[j + 1] in ("ADJ", "VERB")))), default=0)
    # "the Paris-born chef" -> chef, "first paid manager" -> manager
    if left + cut < i and _in_word_hyphen(doc, left + cut - 1) and "".join(lowers[left + cut - 2 : left + cut + 1]) in lex.title_adjectives:
        cut += 1  # "a long-time editor", "the award-winning chef": no half of the adjective
    first = left + cut
    if first < i and _in_word_hyphen(doc, first - 1) and lowers[first - 2].isalpha() \
            and "".join(lowers[first - 2 : first + 1]) not in lex.title_adjectives \
            and listed_tokens(doc)[first - 2].ent_type_ in ("", "ORDINAL"):
        first -= 2  # "an infectious-disease specialist", "an emergency-room nurse": the whole word, not its second half
        # (and "the first-team coach": an ordinal in the word is no name)
    if first == i and _in_word_hyphen(doc, i - 1) and f"{lowers[i - 2]}-{lowers[i]}" in titles:
        first -= 2  # "singer-songwriter X": the whole listed word, not "songwriter" beside it
    words = " ".join(lowers[j] for j in range(first, right + 1)).replace(" - ", "-")
    if words in titles:
        return words + _of_field(token)
    if lowers[i] in titles or lemmas[i] in titles or stem in titles or calling:
        return words + _of_field(token)  # "vice-chairman", one word, is a post as "chairman" is
    joined = words.split()
    for k in range(1, len(joined)):  # "head of buying" is not met here; "vice-chair" is
        if " ".join(joined[k:]) in titles:
            return words
    field = _of_field(token)
    if field and words + field in titles:
        return words + field  # "the speaker of parliament": a post with its field only ("the speaker" alone may be a device)
    return None


@lru_cache(maxsize=4096)
def _calling(word: str) -> bool:
    """A word made as the name of a calling ("seismologist", "cinematographer", "paediatrician"): a post as a
    listed title is (`post_endings`), unless it names a list, a leaning or a verb (`not_post_words`)."""
    cfg = config()["statements"]
    return len(word) > 5 and word.isalpha() and word.endswith(tuple(cfg["post_endings"])) \
        and word not in cfg["not_post_words"] and word not in cfg["not_roles"] and word not in cfg["not_occupations"]


def _in_word_hyphen(doc: Doc, j: int) -> bool:
    """Token j is a hyphen inside a word the tokenizer split ("infectious-disease", "editor-in-chief")."""
    return 0 < j < len(doc) - 1 and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
        and doc[j - 1].is_alpha and doc[j + 1].is_alpha


def _of_field(token: Token) -> str:
    """" of marketing" in "head of marketing", "professor of economics", "head of the prison
    service": a field or unit that is part of the post, not an organisation named ("chief
    executive of Acme": Acme is the employer)."""
    of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is not None and pobj.pos_ == "PROPN" and _name_after_field(token) is pobj:
        return " of " + " ".join(c.lower_ for c in children_of(pobj) if c.dep_ == "compound" and c.pos_ == "NOUN"
                                 and c.is_lower)  # "head of sales Aurelio Manzi": the field before the name
    gerund = pobj is not None and pobj.tag_ == "VBG" and not children_of(pobj)  # "head of learning", "head of buying"
    if pobj is None or (pobj.pos_ != "NOUN" and not gerund):
        return ""
    named = {t.i for c in children_of(pobj) if c.dep_ == "appos" for t in c.subtree}  # ("the speaker of parliament, X": X's)
    words = [t for t in pobj.subtree if t.i not in named and not t.is_punct]
    if any(t.ent_type_ or t.pos_ in ("PROPN", "NUM") for t in words):
        return ""
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in children_of(pobj)):
        return ""  # "head of its new unit", "chief of staff to the president": not a plain field
    if lexicon().type_of_noun.get(pobj.lemma_.lower()) in ("ORG", "FAC", "GPE"):
        return ""  # "the chairman of the club": the employer, said with a noun
    return " of " + " ".join(t.lower_ for t in words)


def _occupation(token: Token) -> bool:
    """A noun naming someone by what they do: a person noun of the lexicon, or a word made like
    one ("glaciologist", "auditor", "historian")."""
    return token.pos_ == "NOUN" and token.tag_ != "NNS" and _occupation_lemma(token.lemma_.lower())


def may_hold_post(lower: str, lemma: str, pos: str, tag: str) -> bool:
    """Can `_titles` read anything from a word ("chief", "glaciologist"), told by its strings alone
    (lower-cased, lemma lower-cased, part of speech, tag)?  False when `title_value` finds no post
    word and the word is no occupation: the statements pass skips most nouns with it."""
    _, title_words = _title_sets()
    return lower in title_words or lemma in title_words or title_stem(lower) in title_words \
        or (pos == "NOUN" and tag != "NNS" and _occupation_lemma(lemma)) or (pos == "NOUN" and lemma in _staff_nouns())


@lru_cache(maxsize=1)
def _staff_nouns() -> frozenset[str]:
    return frozenset(config()["statements"]["staff_nouns"])


LIST_PREPS = frozenset({"including", "like"})


def _listed_names(token: Token) -> Token | None:
    """"Lanyard Bank staff including X and Y": the first name a plural or a body's staff noun lists."""
    return next((p for c in children_of(token) if c.dep_ == "prep" and c.lower_ in LIST_PREPS for p in children_of(c)
                 if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)


@lru_cache(maxsize=4096)
def _occupation_lemma(lemma: str) -> bool:
    """`_occupation` for a singular noun's lemma (a pure function of the word: cached)."""
    lex = lexicon()
    if lemma in lex.crowd_nouns or lemma in lex.bystander_nouns or lemma in lex.relation_of \
            or lemma in config()["statements"]["not_occupations"]:
        return False
    return lex.is_person_noun(lemma) or lemma.endswith(tuple(config()["statements"]["occupation_endings"]))


STANCE_NOUNS = frozenset({"critic", "opponent", "rival", "ally", "supporter", "advocate", "champion", "admirer", "campaigner",
                          "friend", "collaborator", "fan", "foe", "adversary", "defender", "proponent"})


def _post_held_long(adjective: Token, token: Token, title: str | None) -> bool:
    """"Acme's longtime head of sales": an adjective that also tells a stance ("a longtime critic of Acme") tells here
    only how long a post has been held -- a known post, not a noun of stance."""
    return title is not None and adjective.lower_ in lexicon().title_adjectives and token.lemma_.lower() not in STANCE_NOUNS


def _paired_name(token: Token) -> Token | None:
    """"A and B, the actress and the rock singer,": of two descriptions coordinated in apposition to two coordinated
    names, each with its own article, the first is A's and the second B's (not both the nearer name's)."""
    first = token if token.dep_ == "appos" else token.head if token.dep_ == "conj" and token.head.dep_ == "appos" else None
    if first is None:
        return None
    seconds = [c for c in children_of(first) if c.dep_ == "conj" and c.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in children_of(c))]
    later = first.head
    if len(seconds) != 1 or (token is not first and token is not seconds[0]) or later.dep_ != "conj" \
            or later.pos_ != "PROPN" or later.head.pos_ != "PROPN" \
            or any(c.dep_ == "conj" and c.i != later.i for c in children_of(later.head)):
        return None
    return later.head if token is first else later


def _titles(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any], former: bool = False) -> None:
    """Role and employer from a title or occupation next to a name ("Acme's chief executive,
    X", "X, an astrophysicist at Y"): a known post makes a role, any person noun with "at / of Y"
    an employee of Y.  A former one ended at a time the text does not give: its end is `PAST_REF`
    (over by the article's date), which `asof` reads as "ended before the latest report of it"."""
    a = b.analysis
    title = None if _honorific(token, cfg) else title_value(token)
    staff = token.lemma_.lower() in _staff_nouns()  # "a Tharwick Foods worker": on its staff, no post
    if title is None and not _occupation(token) and not staff:
        return
    if any(c.lower_ in cfg["opponent_adjectives"] and not _post_held_long(c, token, title) for c in children_of(token)
           if c.dep_ == "amod"):
        return  # "a vocal critic of Acme"
    if _of_what_is_done(token, cfg):
        return  # "a critic of Verity Oil", "author of a study on bog moss": what is opposed or written, no employer
    name = _paired_name(token) or _name_of(token)
    listing = name is None and (staff or token.tag_ == "NNS") and token.lemma_.lower() not in _player_titles()
    if listing:  # "Y staff including X and Z", "Y nurses such as X": each named one (not "Rovers players including X")
        name = _listed_names(token)
    person = _entity(a, name)
    if person is None or _kind(a, person) != "PERSON" or _named_by(a, person, token):
        return  # "Dean Colby": a word of the name, not a title
    if token.lemma_.lower() in lexicon().relation_of and any(_kind(a, _entity(a, c)) == "PERSON" for c in children_of(token)
                                                             if c.dep_ == "poss"):
        return  # "her partner, X": a relation, not a post
    org, represented = None, False
    before = [c for c in children_of(name) if c.dep_ in ("nmod", "compound") and c.i < token.i]  # type: ignore[union-attr]
    # "X was head of marketing at Y": the parser hangs "at Y" on the copula when the post has no article
    copula = [c for c in children_of(token.head) if c.dep_ == "prep" and c.lower_ == "at" and c.i > token.i] \
        if _predicate(token) and token.head.lemma_ == "be" else []
    for child in [*_own_children(token), *(c for c in children_of(name) if c.dep_ == "prep"), *before, *copula]:  # type: ignore[union-attr]
        if child.dep_ == "prep" and child.lower_ in cfg["org_preps"]:  # "at the carmaker Foltra" -> Foltra
            found = next((_branch_of(a, p) or _entity(a, p) or _entity(a, _appos_name(p)) for p in children_of(child)
                          if p.dep_ == "pobj"), None)
            if found is None or _kind(a, found) == "PERSON":  # "a spokeswoman for the union, X", "the chairman of the
                # club, X" (the name after the noun is the holder's): the body the noun names
                found = next((_org_by_noun(a, p) for p in children_of(child) if p.dep_ == "pobj" and _entity(a, p) is None
                              and not any(m.dep_ in ("amod", "compound", "nmod") for m in children_of(p))), None)
                # (not "a former deputy governor of the central bank": another bank than the one named)
            venue = _kind(a, found) == "FAC" and child.head.i == name.i and child.lower_ == "at" \
                and token.dep_ == "compound" and token.i < name.i  # type: ignore[union-attr]
            # ("sworn in by President X at the Linnamae Palace": a place the act happened, hung on the name the title precedes)
            org = found if _kind(a, found) in ("ORG", "FAC") and not venue else org  # not "the Labour MP for Dunford": a seat
        elif (child.dep_ in ("poss", "compound", "nmod") and a_workplace(a, _entity(a, child))) or (  # ("a Thenwick Hospital nurse")
                child.dep_ == "amod" and child.is_title and token.lower_ in PARTY_MEMBER_NOUNS
                and _kind(a, _entity(a, child)) == "ORG"):  # ("a Conservative councillor": the tagger's adjective, a party named)
            org = _entity(a, child)
            represented = token.lemma_.lower() in LAWYER_NOUNS  # "Frunmore Foods' lawyer, X": its counsel, of some law firm
        elif child.dep_ in ("amod", "compound") and token.lower_ in PARTY_MEMBER_NOUNS and org is None \
                and (party := _party_of_adjective(a, child)) is not None:
            org = party  # "the Liberal Democrat group leader, X" in an article naming the Liberal Democrats: of that party
        elif child.dep_ == "poss" and child.lower_ == "whose" and _kind(a, whose := _whose_body(a, child)) == "ORG":
            org = whose  # "the start-up Taxbridge GmbH, whose founder, X, left": its founder
        elif child.dep_ == "poss" and token.lemma_.lower() in POLICE_TITLES and (force := force_of_place(a, _entity(a, child))):
            org = force  # "Kelby's chief constable": of Kelby Police
        elif child.dep_ == "poss" and title is not None and token.lemma_.lower() not in PLACE_POSTS \
                and (short := _org_shortened(a, _entity(a, child))) is not None:
            org = short  # "Dunsworth's chief executive" in an article about Dunsworth Carriers: its post
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and (named := _named_before(a, child)) is not None:
            org = named  # "the Heritage Union party's health spokesman": the body named before the noun
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and _entity(a, child) is None:
            org = _org_by_noun(a, child)  # "the school's director" far from "the Crescent Jazz School"
        elif child.dep_ == "compound" and child.pos_ == "NOUN" and token.lemma_.lower() in MEMBER_NOUNS and org is None:
            org = _body_of_kind(a, child.lemma_.lower())  # "a union member since 2004": of the article's one union
        if child.dep_ in ("poss", "compound") and child.pos_ == "NOUN" and child.lemma_.lower() in FESTIVAL_NOUNS \
                and org is None:
            org = _festival(a, child)  # "the festival's director, X", "the festival director, X": its staff
    if org is not None and token.lower_ in PARTY_MEMBER_NOUNS and (party := fuller_party(a, org)) is not None:
        org = party  # "the Liberal Democrat group leader" read as a body "Liberal Democrat": the party the article names
    if org is not None and _kind(a, org) not in ("ORG", "FAC") and org != _festival(a, None):
        org = None
    if org is None and _predicate(token) and token.head.dep_ == "relcl" and token.head.lemma_ == "be" and _kind(a, where := _entity(a, token.head.head)) in ("ORG", "FAC") \
            and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(token.head)):
        org = where  # "joins from Orcwell, where she had been head of comedy since 2020": a post there
    if org is None and title is not None and token.lemma_.lower() in COMPANY_POSTS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)) and not any(c.dep_ == "prep" for c in children_of(token)):
        org = main_organisation(a)  # "Jane Roe, the chief executive," in an article about one company: its chief executive
    chamber = _chamber_of(token) if org is None else None
    if title is None and org is None:
        return
    if _predicate(token) and any(c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in children_of(token.head)):
        return  # "X could become chairman of Y if ...", "might be its next chief executive": not held, maybe never
    if token.i >= 3 and [t.lower_ for t in doc[token.i - 3 : token.i]] == ["would", "-", "be"]:
        return  # "the would-be president of Y": one who hopes to be
    ev = _evidence(a, doc, token, name)  # type: ignore[arg-type]
    if _predicate(token) and any(c.dep_ == "advmod" and c.lower_ in config()["verbs"]["ended_adverbs"] for c in children_of(token.head)):
        former = True  # "X was previously deputy governor": over, end not given
    if token.dep_ == "appos" and (any(c.dep_ == "advmod" and c.i < token.i and c.lower_ in config()["verbs"]["ended_adverbs"]
                                      for c in children_of(token)) or token.left_edge.lower_ in config()["verbs"]["ended_adverbs"]):
        former = True  # "X, previously head of recruitment at Y,": over, end not given (and "previously finance director",
        # the adverb hung on "finance")
    if any(c.dep_ == "prep" and c.lower_ in cfg["org_preps"] and any(m.dep_ == "advmod" and m.lower_ in config()["verbs"]["ended_adverbs"]
                                                                     for m in children_of(c)) for c in children_of(token)):
        former = True  # "X, a scientist formerly at Y,": the post there is over
    if _until_now(token):
        former = True  # "until now the minister for trade": held until the change the article tells
    equated = token.dep_ == "nsubj" and name.dep_ == "attr" and name.head.i == token.head.i  # type: ignore[union-attr]
    when = None if former else interval(a, doc, token.head if _predicate(token) or equated else token)
    if not former and _predicate(token) and token.head.lemma_ == "be" and token.head.dep_ == "relcl" \
            and (token.head.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(token.head))
                 and not any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(token.head))) \
            and (when is None or not (when.start or when.end or when.point)):
        former, when = True, None  # "X, who was Acme's head of treasury, was cleared": a post held before, its end not told
    if not former and _predicate(token) and token.head.lemma_ == "be" and token.head.tag_ == "VBD" and _for_a_stretch(token) \
            and (when is None or not (when.start or when.end or when.point)):
        former, when = True, None  # "She was a teacher in Skunmere for 15 years": a stint told whole in the simple past is over
    if when is not None and token.dep_ == "appos" and token.head.i == name.i and not (when.start or when.end or when.point):  # type: ignore[union-attr]
        when = interval(a, doc, name)  # "X, leader of the party since 2021,": the parser hung "since 2021" on the name
    # "has been mayor since 2019", "X, the party's leader since 2015,"
    start = when.start if when else None
    if when is not None and start is None and token.head.lemma_ == "become":  # "became chief executive in 2015"
        start = when.point
    holders = [person]
    together = token.tag_ == "NNS" and (any(c.dep_ in ("det", "predet") and c.lower_ in ("both", "all") for c in children_of(token))
                                        or _counted_names(token, name))  # type: ignore[arg-type]
    if together and title is not None and title.endswith(token.lower_) and token.lemma_.lower() != token.lower_ \
            and token.lemma_.lower() not in config()["employment"]["membership_titles"]:  # (a member's: the membership alone)
        title = title[: -len(token.lower_)] + token.lemma_.lower()  # "A and B, both directors of Y": a director each
    others = [p for c in conjuncts_of(name) if c.i > name.i and c.pos_ == "PROPN"  # type: ignore[union-attr]
              and (p := _entity(a, c)) is not None and _kind(a, p) == "PERSON" and p != person]
    if token.tag_ == "NNS" and (together or token.lemma_.lower() in config()["employment"]["membership_titles"]):  # "A and B,
        # both members of the X Choir": each named one's (not "the chief executives of X and Y": each of one)
        holders += others
    staffed = list(holders)
    if (token.tag_ == "NNS" or staff) and (listing or (name.dep_ == "appos" and name.head.i == token.i)) \
            and token.lower_ not in config()["employment"]["founder_titles"]:  # type: ignore[union-attr]
        staffed += [p for p in others if p not in staffed]  # "two Lanyard Bank employees, A and B,", "Y staff including A
        # and B": each named one is on Y's staff (the post, told loosely of a list, is left to each one's own mention)
    if chamber:  # "a member of the regional assembly since 2008": a seat in the body as written, no post
        facts = [b.add("member", holder, None, chamber, evidence=ev, valid_from=start) for holder in holders]
    else:
        facts = [b.add("role", holder, org, title, evidence=ev, valid_from=start) for holder in holders] if title else []
    if org and token.lemma_.lower() not in OWNER_NOUNS and not represented:  # (an owner holds the business, works there or
        # not: a role only; nor is a body's lawyer on its staff)
        # a candidate of a party or list stands as its member ("the candidate of the Drarbourside Alliance"), and a
        # member or fellow of a body is its member ("both members of the X Choir"; not "members of staff at X")
        lemma = token.lemma_.lower()
        # a player of a team is its member ("X, a former Rovers defender"), a fact of its own beside any staff post the
        # same person holds there now ("the club's youth coach, X, a former Rovers defender": both)
        relation = "member" if lemma in CANDIDATE_NOUNS or lemma in _player_titles() or (
            lemma in config()["employment"]["membership_titles"] and not _post_of_fellow(token) and not any(
                g.lemma_.lower() in NOT_MEMBERSHIP_BODIES for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c) if g.dep_ == "pobj")) else "employee"
        facts += [b.add(relation, holder, org, evidence=ev, valid_from=start) for holder in staffed]
    for fact in facts if former else []:  # "a former engineer at Foltra", "a retired headteacher": over, end not given
        if fact.valid_to is None:
            fact.valid_to = PAST
            if _until_now(token) and fact.relation == "role":
                b.held_until_now.append(fact)
    for fact in facts:
        if when is not None and when.end and (fact.valid_to is None or (fact.valid_to == PAST and _dated(when.end))):
            fact.valid_to = when.end  # ("the former health minister X ... X, who was health minister until 2022": the end told)
        elif _predicate(token) and fact.valid_to is None and before_moving_on(token.head):
            fact.valid_to = PAST  # "X was a teacher in Leeds before she moved to Y": over, end not given


FELLOWSHIP_POSTS = frozenset({"research", "postdoctoral", "post-doctoral", "teaching", "clinical"})


def _post_of_fellow(token: Token) -> bool:
    """"a research fellow at X", "a postdoctoral fellow": a job on the body's staff, not a fellowship of its members."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in FELLOWSHIP_POSTS for c in children_of(token))


COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted_names(token: Token, name: Token) -> bool:
    """"A and B, two engineers who met at university": a plural title counted as many as the names coordinated before
    it, which it is set beside, is each one's (not "A, one of two engineers", nor "A and B, three engineers": a third
    one unnamed)."""
    count = next((COUNT_WORDS.get(c.lower_) for c in children_of(token) if c.dep_ == "nummod"), None)
    if count is None or token.dep_ != "appos" or token.head.i != name.i or name.i > token.i:
        return False
    return 1 + sum(1 for c in conjuncts_of(name) if c.i > name.i and c.pos_ == "PROPN") == count


def _chamber_of(token: Token) -> str | None:
    """"a member of the city council", "a member of its audit committee": the unnamed chamber (`chambers` in
    facts_relations.toml, not parliament: "member of parliament" is a post) a member's noun is of; none for a rank in it
    ("the youngest member of the committee")."""
    if token.lemma_.lower() not in MEMBER_NOUNS or any(c.dep_ == "amod" and c.lower_.endswith("est") for c in children_of(token)):
        return None
    of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in children_of(of) if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.lemma_.lower() not in _chambers() or any(t.text[:1].isupper() for t in body.subtree):
        return None
    return body_text(body)


MEMBER_NOUNS = frozenset({"member", "members"})


@lru_cache(maxsize=1)
def _chambers() -> frozenset[str]:
    return frozenset(config()["employment"]["chambers"]) - {"parliament"}


NOT_MEMBERSHIP_BODIES = frozenset({"staff", "personnel", "faculty", "crew", "management"})  # "a member of staff at X": its employee


def _of_what_is_done(token: Token, cfg: dict[str, Any]) -> bool:
    """"a critic of Verity Oil" (not "the critic of the newspaper X"), "the author of a study", "the paper's first author":
    a noun told with what the person opposes or wrote, no post at a body."""
    lemma = token.lemma_.lower()
    if lemma not in cfg["of_object_nouns"] and lemma not in cfg["work_author_nouns"]:
        return False
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(token))
    if lemma in cfg["work_author_nouns"]:
        return of or any(c.dep_ == "poss" for c in children_of(token))
    return of and not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))


def _honorific(token: Token, cfg: dict[str, Any]) -> bool:
    """A rank worn as a form of address before the name ("Professor Ann Lee", "Professor Sir Adam Creel"): how
    the person is called, not a post the text tells (an office before a name, "Prime Minister X", still is one)."""
    return token.is_title and token.lower_ in cfg["honorific_titles"] and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].pos_ == "PROPN" and token.doc[token.i + 1].is_title


def _whose_body(a: Analysis, whose: Token) -> str | None:
    """The entity a "whose" stands for: the head of its relative clause ("Taxbridge GmbH, whose founder ...")."""
    clause = next((t for t in whose.ancestors if t.dep_ == "relcl"), None)
    if clause is None and whose.i >= 2 and whose.doc[whose.i - 1].text == ",":
        return _entity(a, whose.doc[whose.i - 2])  # (the parser may take "whose chief executive" for an apposition)
    return _entity(a, clause.head) if clause is not None else None


CANDIDATE_NOUNS = frozenset({"candidate", "nominee"})
# posts of a place itself: "Dunsworth's mayor" is the town's, whatever body the article names after it
PLACE_POSTS = frozenset({"mayor", "governor", "councillor", "councilor", "minister", "premier", "senator", "mp", "leader",
                         "president", "ambassador", "consul", "king", "queen", "bishop"})


def _org_shortened(a: Analysis, place: str | None) -> str | None:
    """The one organisation of the article whose name begins with a place's name ("Dunsworth" for Dunsworth Carriers,
    "Frathby" for Frathby Ospreys): the body a possessive short form names when the recognizer made it a place."""
    found = a.entity(place) if place else None
    if found is None or found.type != "GPE":
        return None
    named = [e.id for e in a.entities if e.type == "ORG" and e.name.startswith(found.name + " ")]
    return named[0] if len(named) == 1 else None


LAWYER_NOUNS = frozenset({"lawyer", "solicitor", "barrister", "attorney"})  # (not "general counsel": a post inside the body)
OWNER_NOUNS = frozenset({"owner", "co-owner", "proprietor"})
COMPANY_POSTS = frozenset({"executive", "chairman", "chairwoman", "chairperson", "founder", "co-founder", "cofounder", "ceo"})


EMPLOYER_NOUNS = frozenset({"employer"})  # no kind of body, yet "her employer, Y" is where she works


def _owned_business(b: _Builder, doc: Doc, token: Token) -> None:
    """"Lyall's firm, Frearwell Services" / "her company, Acme" / "her employer, Y": the person works there."""
    a = b.analysis
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or (lexicon().type_of_noun.get(lemma) != "ORG" and lemma not in EMPLOYER_NOUNS) \
            or lemma not in config()["statements"]["business_nouns"]:
        return
    owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
    person = _entity(a, owner)
    name = next((c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None and lemma in EMPLOYER_NOUNS and token.dep_ == "appos" and token.head.pos_ == "PROPN":
        name = token.head  # "Kuayside Logistics, her employer, said"
    org = _entity(a, name)
    if person and org and _kind(a, person) == "PERSON" and _kind(a, org) == "ORG":
        fact = b.add("employee", person, org, evidence=_evidence(a, doc, owner, name))  # type: ignore[arg-type]
        if lemma in EMPLOYER_NOUNS and fact.valid_to is None and any(
                c.dep_ == "amod" and c.lower_ in config()["statements"]["ended_modifiers"] for c in children_of(token)):
            fact.valid_to = PAST  # "her former employer, Y": worked there once


def _named_before(a: Analysis, noun: Token) -> str | None:
    """The organisation named in front of a common noun ("the Heritage Union party", "the Trorvik group")."""
    return next((e for e in (_entity(a, c) for c in children_of(noun) if c.dep_ == "compound" and c.pos_ == "PROPN")
                 if _kind(a, e) == "ORG"), None)


FIRM_NOUNS = frozenset({"company", "firm", "business", "corporation"})


def _org_by_noun(a: Analysis, noun: Token | None) -> str | None:
    """The one organisation of the article a definite noun names: by a word of its name ("the
    school" -> "Crescent Jazz School") or by its description ("the co-operative")."""
    if noun is None or noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in children_of(noun)):
        return None
    word = noun.lemma_.lower()
    found = [e.id for e in a.entities if e.type in ("ORG", "FAC")
             and (word in e.name.lower().split() or word in e.attrs.get("roles", []))]
    if len(found) > 1 and (main := main_organisation(a)) in found:
        return main  # "the university's dean" with three universities named: the one the article is about
    if not found and word in FIRM_NOUNS:
        return main_organisation(a)  # "the company's former chief executive": of the company the article is about
    return found[0] if len(found) == 1 else None


GROUP_NOUNS = frozenset({"group"})  # "the Labour group leader": a party's group on a council


def _party_of_adjective(a: Analysis, word: Token) -> str | None:
    """The one party the article names whose name opens with a party's adjective before a title ("Liberal Democrat" of
    the Liberal Democrats, "Green" of the Green Party; also through "group": "the Green group leader")."""
    if word.lemma_.lower() in GROUP_NOUNS:
        word = next((c for c in children_of(word) if c.dep_ in ("amod", "compound") and c.is_title), word)
    return fuller_party(a, _entity(a, word))


def fuller_party(a: Analysis, entity_id: str | None) -> str | None:
    """The one party the article names whose name opens with this entity's, a party's adjective ("Liberal Democrat",
    read as a people or as a body of its own, of the Liberal Democrats)."""
    said = a.entity(entity_id)
    if said is None or said.type not in ("NORP", "ORG") or party_name(said.name):
        return None
    found = [e.id for e in a.entities if e.type == "ORG" and e.id != said.id and party_name(e.name)
             and e.name.lower().startswith(said.name.lower())]
    return found[0] if len(found) == 1 else None


def _name_after_title(kin: Token) -> Token | None:
    """The name a bare title's own dependent starts right after it ("guitarist Pete Wendle")."""
    return next((c for c in children_of(kin) if c.pos_ == "PROPN" and c.dep_ in ("dobj", "compound", "npadvmod", "appos")
                 and c.left_edge.i == kin.i + 1 and c.i > kin.i), None)


def _own_children(token: Token) -> list[Token]:
    """A title's dependents, with "of Y" given to the member of "a nurse and member of Y" ("a farmer and fellow of the
    Royal Society"): the parser hangs the body on the first noun, the nurse's (no employer), not the member's."""
    kids = list(children_of(token))
    members = config()["employment"]["membership_titles"]
    joint = next((c.i for c in kids if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lemma_.lower() in members), None)
    if joint is not None:
        return [c for c in kids if not (c.dep_ == "prep" and c.i > joint)]
    if token.dep_ == "conj" and token.lemma_.lower() in members and token.head.pos_ == "NOUN" \
            and not any(c.dep_ == "prep" for c in kids):
        kids += [c for c in children_of(token.head) if c.dep_ == "prep" and c.i > token.i]
    return kids


def _body_of_kind(a: Analysis, kind: str) -> str | None:
    """"a union member", "a party member": the one union (a name with that word) or party (a name that says so) the
    article names -- none for another kind of body or when it names two."""
    if kind not in MEMBERSHIP_KINDS:
        return None
    found = [e.id for e in a.entities if e.type == "ORG" and (kind in e.name.lower().split() or (kind == "party" and party_name(e.name)))]
    return found[0] if len(found) == 1 else None


MEMBERSHIP_KINDS = frozenset({"union", "party"})
FESTIVAL_NOUNS = frozenset({"festival"})


def _festival(a: Analysis, noun: Token | None) -> str | None:
    """The one festival the article names ("the Frarrowgate International Film Festival", an EVENT to the
    tagger): a body with staff, whose director "the festival's director" is.  With no noun, that festival
    whatever the text calls it (None when the article names none, or several)."""
    found = [e.id for e in a.entities if e.type in ("EVENT", "ORG", "FAC") and e.name.split()[-1].lower() in FESTIVAL_NOUNS]
    if len(found) != 1 or (noun is not None and not any(c.lower_ == "the" for c in children_of(noun.head if noun.dep_ == "compound" else noun))):
        return None
    return found[0]


def _branch_of(a: Analysis, unit: Token) -> str | None:
    """"a cashier at the Leeds branch of Y", "a coach at the youth academy of Y": the body the unit is part of."""
    if unit.lemma_.lower() not in config()["verbs"]["branch_nouns"]:
        return None
    return next((e for e in (_entity(a, p) for p in objects_of(unit, {"of"})) if _kind(a, e) == "ORG"), None)


def _appos_name(token: Token) -> Token | None:
    named = next((c for c in children_of(token) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
    if named is None and token.pos_ == "NOUN" and token.i + 2 < len(token.doc) and token.doc[token.i + 1].text == "," \
            and token.doc[token.i + 2].pos_ == "PROPN":
        named = token.doc[token.i + 2]  # "president of the cabin crew union, Sindicato de X" with the name parsed apart
    return named


COURT_WORDS = frozenset({"court", "tribunal"})
COMPASS_WORDS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                           "northeastern", "northwestern", "southeastern", "southwestern", "rural", "coastal"})


def _location(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any]) -> None:
    a = b.analysis
    if token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
        return  # the name's last word speaks for it
    inner = _entity(a, token)
    inner_kind = _kind(a, inner)
    if inner is None or inner_kind not in PLACES | {"ORG"}:
        return
    if inner_kind in ("ORG", "FAC") and token.lower_ in COURT_WORDS:
        return  # "the High Court in London", "Leeds Crown Court": where a case is heard, not a located body
    if inner_kind == "FAC" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
        place = _entity(a, doc[token.i + 2])  # "a premiere at the Cine Olimpo in Madrid": a venue is where it is
        if place is not None and place != inner and _kind(a, place) == "GPE":
            b.add("located_in", inner, place, evidence=_evidence(a, doc, token, doc[token.i + 2]))
    if token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "in":
        at = token.i + 4 if doc[token.i + 3].lower_ in COMPASS_WORDS and token.i + 4 < len(doc) else token.i + 3
        place = _entity(a, doc[at])  # "near the town of Los Arrayanes, in Mendaro province", "Burgos, in northern Spain"
        if place is not None and place != inner and _kind(a, place) in ("GPE", "LOC"):
            b.add("located_in", inner, place, evidence=_evidence(a, doc, token, doc[at]))
    lex = lexicon()
    descriptions = [c for c in children_of(token) if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"
                    and not lex.is_person_noun(c.lemma_.lower())]  # "X, the Denver-based maker"
    described = {g.i for d in descriptions for g in children_of(d)}
    described |= {c.i for c in children_of(token) if c.dep_ == "compound" and any(c.i < d.i for d in descriptions)}  # "the London label X"
    for child in [*children_of(token), *(g for d in descriptions for g in children_of(d))]:
        outer_token = None
        if child.dep_ in ("appos", "npadvmod") and child.ent_type_ in PLACES and inner_kind in PLACES:
            outer_token = child  # "Santa Barbara, California"
        elif child.i in described and child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
            outer_token = child  # "the Barcelona studio X", "X, a Harlem club"
        elif child.i in described and child.dep_ == "prep" and (child.lower_ == "in" or child.lower_ == "of" and
                                                                 child.head.lemma_.lower() in cfg["place_part_nouns"]):
            outer_token = next((p for p in children_of(child) if p.dep_ == "pobj"), None)  # "X, a stately home in Y", "a suburb of Y"
        elif child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in cfg["location_verbs"]:  # "which is based in Y"
            prep = next((p for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "in"), None)
            if prep is not None:  # "X, based in Y"
                outer_token = next((p for p in children_of(prep) if p.dep_ == "pobj"), None)
            else:  # "the Y-based maker"
                outer_token = next((p for p in children_of(child) if p.dep_ in ("npadvmod", "compound", "nmod")), None)
        elif child.dep_ == "prep" and child.lower_ == "in" and inner_kind in ("ORG", "FAC"):  # "the X Institute in Y"
            outer_token = next((p for p in children_of(child) if p.dep_ == "pobj" and (p.ent_type_ in PLACES or _kind(a, _entity(a, p)) == "GPE")), None)
            # (a town the recognizer took for a firm, that the article types a place: "the Sennick Gallery in Whitby")
        outer = _entity(a, outer_token)
        if outer and child.i in described and inner_kind in ("GPE", "LOC") and _kind(a, outer) != "GPE":
            continue  # "Tromsø, the Arctic city": a region describes a place, a city or country locates it
        if outer and outer != inner and _kind(a, outer) in PLACES:
            b.add("located_in", inner, outer, evidence=_evidence(a, doc, token, outer_token))  # type: ignore[arg-type]


TITLE_STOP = frozenset({"the", "a", "an", "and", "or", "of", "in", "at", "for", "with", "to", "by", "on", "said", "says", "told"})


def _org_ending_at(a: Analysis, end: int) -> tuple[str, int] | None:
    """The organisation whose name mention ends at character `end`, and where the mention starts."""
    for entity in a.entities:
        if entity.type == "ORG":  # not a nationality: "the Nigerian striker X"
            for m in entity.mentions:
                if m.end == end and m.kind == "name":
                    return entity.id, m.start
    return None


def _named_by(a: Analysis, person: str, token: Token) -> bool:
    """Is the token a word of one of the person's names ("Dean" of "Dean Colby")?"""
    entity = a.entity(person)
    return entity is not None and any(m.kind == "name" and m.start <= token.idx < m.end for m in entity.mentions)


def _hyphen_inside(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen inside one word ("centre-back", "left-back"), a lower-case word glued on each side."""
    return (doc[i].text == "-" and not doc[i].whitespace_ and i > 0 and not doc[i - 1].whitespace_
            and doc[i - 1].is_lower and doc[i - 1].is_alpha)


def prenominal_posts(b: _Builder, doc: Doc) -> None:
    """"Trestrel Rovers defender Tom Gale", "former Acme engineer Ann Lee", "Acme's finance chief
    Ann Lee": the organisation, then the title, then the name -- read from the words, since the
    parse often hangs "former" on the organisation or takes the title for a verb.  A player's
    position makes a member, any other person noun or post an employee (and a role when it is a
    post); "former" / "ex-" / "then" before the organisation ends them at `PAST_REF`."""
    a = b.analysis
    cfg = config()
    titles, _ = _title_sets()
    players = frozenset(cfg["employment"]["member_titles"]) | frozenset(cfg["employment"]["playing_positions"])
    ended = frozenset(cfg["statements"]["ended_modifiers"]) | frozenset(cfg["statements"]["ended_post_modifiers"])
    lex = lexicon()
    for person in (e for e in a.entities if e.type == "PERSON"):
        for mention in person.mentions:
            if mention.kind != "name":
                continue
            span = char_span(doc, mention.start, mention.end)
            i = span.start - 1 if span is not None else -1
            words: list[Token] = []
            spaced = 0  # the words (a hyphened "centre-back" is one: three tokens)
            while i >= 0 and spaced < 3:
                if words and _hyphen_inside(doc, i):
                    words.insert(0, doc[i])
                    i -= 1
                    continue
                if not (doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in TITLE_STOP and not doc[i].ent_type_):
                    break
                words.insert(0, doc[i])
                spaced += bool(doc[i].whitespace_)
                i -= 1
            if not words or i < 0:
                continue
            said = "".join(w.text_with_ws for w in words).lower().split()
            last = said[-1]
            if last not in titles and last not in players and not lex.is_person_noun(words[-1].lemma_.lower()):
                continue
            end = doc[i].idx + len(doc[i].text)
            if doc[i].lower_ in ("'s", "'", "’s", "’") and i > 0:  # "Acme's finance chief X"
                end = doc[i - 1].idx + len(doc[i - 1].text)
            found = _org_ending_at(a, end)
            if found is None:
                continue
            org, org_start = found
            first = char_span(doc, org_start, end)
            before = doc[first.start - 1] if first is not None and first.start > 0 else None
            former = before is not None and (before.lower_ in ended or one_time(doc, before.i) or (
                before.text in ("-", "–") and before.i > 0 and doc[before.i - 1].lower_ in ended))
            ev = _evidence(a, doc, words[0], span.root)  # type: ignore[union-attr]
            value = " ".join(said)
            facts = [] if last in LAWYER_NOUNS else [b.add("member" if last in players else "employee", person.id, org, evidence=ev)]
            # ("Frunmore Foods' lawyer X": its counsel, of some law firm)
            if value in titles and last not in players:
                facts.append(b.add("role", person.id, org, value, evidence=ev))
            for fact in facts if former else []:
                fact.valid_to = fact.valid_to or PAST


STRETCH_UNITS = frozenset({"year", "month", "decade", "week"})


def _for_a_stretch(token: Token) -> bool:
    """"was a teacher for 15 years", "was its chairman for a decade": a stretch told with the post (on it or on "be")."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in STRETCH_UNITS
                                                              for g in children_of(c))
               for t in (token, token.head) for c in children_of(t))


def _predicate(token: Token) -> bool:
    """The noun after "be": "X is chief executive" (an attribute; or a noun the parser made an adjectival
    complement, or tagged an adjective: "X, who was previously provost of Y")."""
    return token.dep_ == "attr" or (token.dep_ == "acomp" and (token.pos_ == "NOUN" or title_value(token) is not None)) \
        or (token.dep_ == "dobj" and token.head.lemma_ == "remain")  # "remained its honorary president", parsed as an object
