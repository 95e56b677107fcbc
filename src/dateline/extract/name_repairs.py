"""Repairs of name spans by their shape, before and after the label vote of `names`.

- hyphenated names NER cut at the hyphen ("Nnadi" + "-" + "Clarke"), and East-Asian names written
  surname first with a hyphenated given name ("Han" + "Do-yun");
- a first name and surname NER missed altogether ("Leyla Tursunova has written");
- "University of X", "Bank of X" with only X found; "St X's Primary School" found in two pieces;
- club initials before a name ("FK X", "AS X");
- "Enugu, Nigeria" taken as one name: two places.
Works and awards are in `name_works`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..nlp import doc_text, given_name_read_as_determiner, strings, tokens
from .entity_lexicon import EntityLexicon, is_dictionary_word, lexicon
from .first_names import is_first_name
from .gazetteer import place_label
from .name_spans import NAME_PARTICLES, SAINTS, NameSpan, fronted_month, given_syllables, name_key_at

HYPHENS = frozenset({"-", "‐", "‑"})
# Last words of awards, prizes and ceremonies: never a person's surname (see `name_works`).
AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal", "medals", "trophy", "cup", "championship",
                         "championships", "festival", "biennale", "olympics", "games"})  # "the Commonwealth Games"
# Club initials before a name ("FK X", "AS X"): written in capitals, two to four letters.
CLUB_INITIALS = frozenset({"ac", "afc", "as", "bk", "ca", "cd", "cf", "fc", "fk", "if", "ik", "kv", "nk", "rc", "sc", "sd",
                           "sk", "ss", "ssc", "sv", "ud", "vfb", "vfl", "tsv", "hnk", "gnk", "ogc", "rcd"})


def _tight(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written without spaces on either side."""
    toks = tokens(doc)
    return toks[i].text in HYPHENS and i > 0 and not toks[i - 1].whitespace_ and not toks[i].whitespace_


def span_owners(doc: Doc, spans: list[NameSpan]) -> list[int]:
    owner = [-1] * len(doc)
    for n, span in enumerate(spans):
        if span.end > span.start:
            owner[span.start : span.end] = [n] * (span.end - span.start)
    return owner


def _absorb(spans: list[NameSpan], keep: int, other: int, label: str | None = None) -> None:
    a, b = spans[keep], spans[other]
    a.start, a.end = min(a.start, b.start), max(a.end, b.end)
    if a.end == b.end:
        a.possessive = b.possessive
    if label:
        a.label = a.ner_label = label
    elif "PERSON" in (a.ner_label, b.ner_label):
        a.label = a.ner_label = "PERSON"
    b.end = b.start  # emptied: dropped by the caller


def join_pieces(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """Join what NER cut: hyphenated names, a surname before a hyphenated given name, "University
    of X", "St X's Primary School", club initials.  Spans emptied by a join are dropped."""
    toks = tokens(doc)
    spans = sorted(spans, key=lambda s: s.start)
    owner = span_owners(doc, spans)
    for n, span in enumerate(spans):
        if span.end <= span.start:
            continue
        while span.end + 1 < len(doc) and _tight(doc, span.end) and toks[span.end + 1].is_alpha \
                and toks[span.end + 1].text[:1].isupper():
            nxt = owner[span.end + 1]
            if nxt >= 0 and nxt != n:
                _absorb(spans, n, nxt)
            else:
                span.end += 2
            for i in range(span.start, span.end):
                owner[i] = n
        while span.start >= 2 and _tight(doc, span.start - 1) and toks[span.start - 2].is_alpha \
                and toks[span.start - 2].text[:1].isupper():
            prev = owner[span.start - 2]
            if prev >= 0 and prev != n:
                _absorb(spans, n, prev)
            else:
                span.start -= 2
            for i in range(span.start, span.end):
                owner[i] = n
        if span.ner_label in ("GPE", "NORP"):
            _national_team(doc, span, owner, n)
        if span.ner_label in ("GPE", "LOC"):
            _known_place_after(doc, span, owner, n)
            _name_after_unknown_place(doc, spans, owner, n, lex)
        if span.label in ("GPE", "LOC", "PERSON", "NORP", "ORG"):
            _club_word_after(doc, span, owner, n)
            _body_word_after(doc, span, owner, n, lex)
        if span.ner_label == "PERSON":
            _surname_first(doc, spans, owner, n, lex)
            _surname_after_title(doc, span, owner, n, lex)
            _hyphened_surname_after_given(doc, span, owner, n, lex)
        first = toks[span.start].lower_
        if first in lex.org_prefixes:
            _prefix_then_name(doc, spans, owner, n, lex)
        if first in SAINTS:
            _saint_institution(doc, spans, owner, n, lex)
        if span.label == "ORG":
            _joint_body(doc, spans, owner, n, lex)
        _people_possessive_before(doc, spans, owner, n)
        if span.label != "PERSON":
            _title_across_small_words(doc, spans, owner, n, lex)
        if span.end - span.start == 1 and span.start > 0:
            _party_family_before(doc, spans, owner, n)
        p = span.start - 1
        if p < 0 or owner[p] >= 0 or not (toks[p].is_title or toks[p].is_upper or toks[p].lower_ == "of"):
            continue  # the rest all look at a free word before the name
        _first_name_before(doc, spans, owner, n, lex)
        _place_before(doc, spans, owner, n)
        _institution_of(doc, spans, owner, n, lex)
        club_initials(doc, span, owner, lex)
    return [s for s in spans if s.end > s.start]


TITLE_PREPOSITIONS = frozenset({"from", "of", "in", "on", "at", "under", "over", "beyond", "for", "without", "to"})


def _title_across_small_words(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"for Hymns from the Breakwater, a sparse collection of songs": a title the recognizer cut at its small words
    ("from the"), the name after them set beside a kind of work -- one title."""
    toks, span = tokens(doc), spans[n]
    j = span.end + 2
    if j + 1 >= len(doc) or toks[span.end].lower_ not in TITLE_PREPOSITIONS or toks[span.end + 1].lower_ != "the" or span.possessive:
        return
    nxt = owner[j]
    if nxt < 0 or nxt == n or spans[nxt].start != j or spans[nxt].label == "PERSON":
        return
    end = spans[nxt].end
    if end + 2 >= len(doc) or toks[end].text != "," or not any(
            t.dep_ == "appos" and span.start <= t.head.i < end and _work_kind(t, lex) for t in toks[end + 1 : min(len(doc), end + 8)]):
        return
    _absorb(spans, n, nxt, "WORK")
    for i in range(span.start, span.end):
        owner[i] = n


def _work_kind(tok: Token, lex: EntityLexicon) -> bool:
    return tok.pos_ == "NOUN" and lex.type_of_noun.get(tok.lemma_.lower()) == "WORK"


JOINT_BODY_WORDS = frozenset({"union", "congress", "confederation", "syndicate"})  # ("the Shipwrights and Engineers Union")


def _joint_body(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"the Ushby and Warrow Hospitals NHS Trust", "the Leeds and Bradford Building Society": a body named after two
    places, of which NER took the second and the body's words only.  After "the", one to three capitalised words and "and"
    before a name that ends in a word for a body ("the United Shipwrights and Engineers Union")."""
    toks = tokens(doc)
    span = spans[n]
    a = span.start - 2
    while a >= 2 and span.start - 2 - a < 2 and toks[a - 1].is_title and toks[a - 1].is_alpha and toks[a - 1].lower_ != "the":
        a -= 1  # ("the United Shipwrights and Engineers Union": up to three words before "and")
    if a < 1 or span.end - span.start < 2 or toks[span.start - 1].lower_ != "and" or toks[a - 1].lower_ != "the" \
            or (toks[span.end - 1].lower_ not in lex.org_suffixes and toks[span.end - 1].lower_ not in JOINT_BODY_WORDS) \
            or not all(t.is_title and t.is_alpha for t in toks[a : span.start - 1]):
        return
    other = owner[a]
    if other >= 0 and (spans[other].start not in (a, a - 1) or spans[other].end != span.start - 1 or spans[other].label == "PERSON"):
        return  # (NER may have taken "the" in)
    if any(owner[i] != other for i in range(a, span.start - 1)):
        return
    if other >= 0:
        _absorb(spans, n, other)
    span.start = a
    for i in range(a, span.end):
        owner[i] = n


# plural nouns for a people or a class, which open the names of parties and movements in the possessive ("the People's
# Accord", "the Workers' Compact", "the Citizens' Alliance")
PEOPLE_POSSESSORS = frozenset({"people", "peoples", "workers", "citizens", "farmers", "voters", "taxpayers", "pensioners",
                               "women", "patriots", "nations", "democrats", "socialists", "builders"})


def _people_possessive_before(doc: Doc, spans: list[NameSpan], owner: list[int], n: int) -> None:
    """"the People's Accord" where NER took "Accord" alone: a body's name opens with its people in the possessive."""
    toks = tokens(doc)
    span = spans[n]
    a = span.start - 2
    if a < 0 or toks[span.start - 1].tag_ != "POS" or not toks[a].is_title \
            or toks[a].lower_ not in PEOPLE_POSSESSORS or not (a == 0 or toks[a - 1].lower_ == "the" or toks[a].is_sent_start):
        return
    other = owner[a]
    if other >= 0 and (other == n or spans[other].ner_label or spans[other].end != a + 1):
        return
    if other >= 0:  # "The People" taken for a name of its own
        _absorb(spans, n, other)
    span.start = a
    span.label = span.ner_label = "ORG"
    for i in range(a, span.end):
        owner[i] = n


TEAM_HEADS = frozenset({"team", "side", "squad", "xv", "eleven"})
# Words between a country and its team: "the Netherlands under-21 team", "the Tonga netball side".
TEAM_MODIFIERS = frozenset({"national", "junior", "youth", "senior", "olympic", "women's", "men's", "women", "men", "b", "a",
                            "football", "rugby", "netball", "cricket", "hockey", "basketball", "volleyball", "handball",
                            "water", "polo", "sevens", "relay", "davis", "cup", "fed", "development", "amateur", "u21", "u20",
                            "u19", "u18", "u17", "u23"})


def _team_modifier(text: str) -> bool:
    lower = text.lower()
    return lower in TEAM_MODIFIERS or (lower.startswith("under-") and lower[6:].isdigit())


def _national_team(doc: Doc, span: NameSpan, owner: list[int], n: int) -> None:
    """"the Netherlands under-21 team", "the Spanish junior side": the country's particular team is an
    organisation (not "the Spanish team Real Sociedad", where the name that follows is the team)."""
    toks = tokens(doc)
    end = span.end
    while end < len(doc) and end - span.end < 3 and owner[end] < 0 and _team_modifier(toks[end].text):
        end += 1
    if end == span.end or end >= len(doc) or owner[end] >= 0 or toks[end].lower_ not in TEAM_HEADS or span.end - span.start > 3:
        return  # (a bare "the Ireland team" stays the country, whose players `resolve_careers` finds)
    if end + 1 < len(doc) and (toks[end + 1].pos_ == "PROPN" or toks[end + 1].text[:1].isupper()):
        return
    span.end = end + 1
    span.label = span.ner_label = "ORG"
    for i in range(span.start, span.end):
        owner[i] = n


# the last word of a club's name ("Fackwater Town", "Ostley Rovers", "Umberlow Ladies"): NER leaves it out
# of a place ("Fackwater" a GPE) or reads the name as a person's
CLUB_LAST_WORDS = frozenset({"town", "city", "county", "united", "rovers", "athletic", "wanderers", "albion", "rangers",
                             "harriers", "hotspur", "thistle", "argyle", "ladies", "women"})
PLACE_CLUB_WORDS = frozenset({"town", "city", "county"})  # also the end of a place's own name ("Kansas City")


def _club_word_after(doc: Doc, span: NameSpan, owner: list[int], n: int) -> None:
    """"signed for Fackwater Town", NER taking "Fackwater" alone as a place: the club word after it
    (not followed by another capitalised word: "Fackwater Town Hall") ends the name of a club; a
    "person" whose name ends in a club word ("Umberlow Ladies") is the club too."""
    toks = tokens(doc)
    end = span.end
    if end < len(doc) and owner[end] < 0 and toks[end].is_title and toks[end].lower_ in CLUB_LAST_WORDS \
            and not (end + 1 < len(doc) and toks[end + 1].is_title and toks[end + 1].is_alpha):
        span.end = end + 1
        owner[end] = n
        span.label = span.ner_label = "ORG"
        return
    last = toks[span.end - 1]
    if span.end - span.start > 1 and last.is_title and last.lower_ in CLUB_LAST_WORDS \
            and (span.label != "GPE" or last.lower_ not in PLACE_CLUB_WORDS):
        span.label = span.ner_label = "ORG"


BROADCAST_WORDS = frozenset({"tv"})  # written in capitals after a channel's name ("Harborline TV")
PARTY_LAST_WORDS = frozenset({"bloc", "front", "movement"})  # a party's last word ("the opposition Greens-Agrarian Bloc")


def _body_word_after(doc: Doc, span: NameSpan, owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"joined the network Harborline TV in 2015", NER taking "Harborline" alone (as a place): a body's word right after
    the name that no other name holds (and no capitalised word follows: "Harborline TV Centre" is another name) ends the
    name of a body."""
    toks = tokens(doc)
    end = span.end
    if span.possessive or end >= len(doc) or owner[end] >= 0 or not toks[end].is_alpha \
            or (not toks[end].whitespace_ and end + 1 < len(doc) and toks[end + 1].text == "-"):
        return  # (not a word hyphened on to the next: "Bloc-led")
    word = toks[end]
    if not ((word.is_title and (word.lower_ in lex.org_suffixes or word.lower_ in PARTY_LAST_WORDS))
            or (word.is_upper and word.lower_ in BROADCAST_WORDS)) \
            or (end + 1 < len(doc) and toks[end + 1].is_title and toks[end + 1].is_alpha) or place_label(doc[span.start : end].text):
        return
    span.end = end + 1
    span.possessive = end + 1 < len(doc) and toks[end + 1].tag_ == "POS"
    owner[end] = n
    span.label = span.ner_label = "ORG"


def _known_place_after(doc: Doc, span: NameSpan, owner: list[int], n: int) -> None:
    """"Santo" of "married in Santo Domingo", where NER stopped early: the place ends where the
    longest known place name ends (one or two more capitalised words)."""
    toks = tokens(doc)
    for more in (2, 1):
        end = span.end + more
        if end > len(doc) or any(owner[i] >= 0 or not (toks[i].is_title and toks[i].is_alpha) for i in range(span.end, end)):
            continue
        if place_label(doc[span.start : end].text) is not None and place_label(doc[span.start : span.end].text) is None:
            for i in range(span.end, end):
                owner[i] = n
            span.end = end
            span.possessive = end < len(doc) and toks[end].tag_ == "POS"
            return


def _name_after_unknown_place(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Ralden Colby, the Bristol law firm,": NER takes a first word no gazetteer knows for a place and misses the word
    the parser hangs it on (or labels that word apart): one name, which the vote types.  Not a place's club, body
    or paper ("Multhorpe Town", "Kelby Council", "the Hollowmere Echo"), nor a known place after it."""
    toks = tokens(doc)
    span = spans[n]
    end = span.end
    if end >= len(doc) or toks[end - 1].dep_ != "compound" or toks[end - 1].head.i != end:
        return
    word = toks[end]
    if word.pos_ != "PROPN" or not word.is_title or word.lower_ in lex.org_suffixes or word.lower_ in lex.org_kind_of_word \
            or word.lower_ in lex.town_named_heads or place_label(word.text) is not None \
            or place_label(doc[span.start : end].text) is not None:
        return
    other = owner[end]
    if other >= 0:
        if spans[other].start != end or spans[other].end != end + 1 or spans[other].ner_label in ("NORP", "GPE", "LOC"):
            return  # (not "a Centre Democrat deputy": a party's member)
        _absorb(spans, n, other)
    else:
        span.end = end + 1
        span.possessive = end + 1 < len(doc) and toks[end + 1].tag_ == "POS"
    owner[end] = n


def _surname_after_title(doc: Doc, span: NameSpan, owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Dr Chidinma Uche" where NER stopped at the given name: after a title, the next free
    capitalised proper noun is the surname, even a dictionary word ("Uche", "Green")."""
    toks = tokens(doc)
    i = span.end
    if span.start == 0 or toks[span.start - 1].lower_ not in lex.titles or span.possessive or i >= len(doc) \
            or owner[i] >= 0 or not toks[i - 1].whitespace_:
        return
    tok = toks[i]
    if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.ent_type_ not in ("DATE", "TIME", "GPE") \
            and tok.lower_ not in lex.org_suffixes and tok.lower_ not in lex.fac_suffixes:
        span.end = i + 1
        span.possessive = i + 1 < len(doc) and toks[i + 1].tag_ == "POS"
        owner[i] = n


def _hyphened_surname_after_given(doc: Doc, span: NameSpan, owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Deputy Treasurer Lucinda Arbizu-Haines" where NER stopped at the given name: a free hyphenated capitalised
    word ("Arbizu-Haines") right after a person's span that ends in a known first name is that person's surname."""
    toks = tokens(doc)
    i = span.end
    if span.possessive or i + 2 >= len(doc) or span.end - span.start > 2 or not is_first_name(toks[i - 1].text) \
            or not toks[i - 1].whitespace_ or any(owner[k] >= 0 for k in range(i, i + 3)) or not _tight(doc, i + 1):
        return
    first, second = toks[i], toks[i + 2]
    if not all(t.is_title and t.is_alpha and t.lower_ not in lex.titles and t.lower_ not in lex.org_suffixes for t in (first, second)):
        return
    span.end = i + 3
    span.possessive = i + 3 < len(doc) and toks[i + 3].tag_ == "POS"
    for k in range(i, i + 3):
        owner[k] = n


def join_after_vote(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> None:
    """Joins for the spans found after the vote (other occurrences of a name found elsewhere):
    "the University of X", "AS X"; the label is the organisation's."""
    owner = span_owners(doc, spans)
    toks = tokens(doc)
    for n, span in enumerate(spans):
        if span.label == "ORG" and span.end < len(doc) and owner[span.end] < 0 and toks[span.end].text[:1].isupper() \
                and toks[span.end].lower_.rstrip(".") in lex.org_suffixes and not span.possessive:
            owner[span.end] = n  # "Lamhope Rovers FC" found again as "Lamhope Rovers": the suffix is the name's
            span.end += 1
            span.possessive = span.end < len(doc) and toks[span.end].tag_ == "POS"
        before = span.start
        if span.label == "ORG":
            _people_possessive_before(doc, spans, owner, n)  # "the People's Accord" found again as "Accord"
            _issue_day_before(toks, spans, owner, n)
        if span.ner_label == "" and span.label != "PERSON":
            _institution_of(doc, spans, owner, n, lex)
        if span.start == before and club_initials(doc, span, owner, lex):
            span.label = "ORG"
        elif span.start != before:
            span.label = "ORG"


ISSUE_DAYS = frozenset({"sunday", "saturday"})  # the days a paper named for its issue comes out ("the Sunday Tidings")


def _issue_day_before(toks: list[Token], spans: list[NameSpan], owner: list[int], n: int) -> None:
    """"the Sunday Tidings" found again as "Tidings", the day left out as a date: a day between "the" and a paper's name
    is the name's (a date is no "the Sunday X")."""
    span = spans[n]
    s = span.start
    if s >= 2 and owner[s - 1] < 0 and toks[s - 1].lower_ in ISSUE_DAYS and toks[s - 1].is_title and toks[s - 2].lower_ == "the":
        span.start = s - 1
        owner[s - 1] = n


def split_place_lists(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"Enugu, Nigeria" taken as one place: a place and the larger place it lies in, two names; "Spencer, Sainsbury's"
    taken as one body: two bodies of a list, the parser's conjuncts (not "Acme, Inc.", "Arps, Wicker & Flom", one firm);
    "Mill Lane, Orrow" taken as one name of any kind: an address, the street and then its town."""
    toks = tokens(doc)
    out: list[NameSpan] = []
    streets = lexicon().street_words
    for span in spans:
        commas = [i for i in range(span.start + 1, span.end - 1) if toks[i].text == ","]
        if not commas or not all(toks[i + 1].is_title for i in commas) or not (span.ner_label in ("GPE", "LOC") or all(
                toks[i - 1].lower_ in streets and toks[i - 1].is_title and toks[i + 1].lower_.rstrip(".") not in lexicon().org_suffixes
                for i in commas) or (
                span.ner_label == "ORG" and all(toks[i + 1].dep_ == "conj" for i in commas)
                and not any(t.text == "&" or t.lower_ in lexicon().org_suffixes for t in toks[span.start : span.end]))):
            out.append(span)
            continue
        start = span.start
        for i in [*commas, span.end]:
            out.append(NameSpan(start, i, span.label, span.ner_label, span.possessive if i == span.end else False))
            start = i + 1
    return out


PERSON_BODY_PREPOSITIONS = frozenset({"of", "for", "at", "from"})  # "X Y of Ghent University", "X Y for Galder Athletic"


def split_people_of_bodies(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"the neurologist Sabine Declercq of Ghent University", "a late goal from Noel Fry for Galder Athletic" taken as one
    organisation: a person's name (a known first name and a surname) and the body she is of, plays for, works at or
    comes from, two names. After "of" the surname is no dictionary word ("Grace Church of ..."); before "for", "at" or
    "from" it may be ("Fry"), no body being named "X Y for Z" with Z a body's word last (and NER may have read the
    whole as a person's name)."""
    toks = tokens(doc)
    out: list[NameSpan] = []
    for span in spans:
        of = next((i for i in range(span.start + 2, span.end - 1) if toks[i].lower_ in PERSON_BODY_PREPOSITIONS), None)
        if of is None or span.ner_label not in ("ORG", "PERSON") or (span.ner_label == "PERSON" and toks[of].lower_ == "of") \
                or of - span.start > 3 or not is_first_name(toks[span.start].text) \
                or not all(t.is_title and t.is_alpha for t in toks[span.start + 1 : of]) \
                or any(t.lower_ in lex.org_suffixes or t.lower_ in lex.fac_suffixes
                       or (toks[of].lower_ == "of" and is_dictionary_word(t.text)) for t in toks[span.start + 1 : of]) \
                or not (toks[span.end - 1].lower_ in lex.org_suffixes or _of_the_body(toks, of, span.end)
                        or _body_named_again(doc, toks, of, span.end)):
            out.append(span)
            continue
        out.append(NameSpan(span.start, of, "PERSON", "PERSON"))
        body = of + 2 if toks[of + 1].lower_ == "the" else of + 1  # ("of the Granary Union": the article is no part of it)
        out.append(NameSpan(body, span.end, span.label, span.ner_label, span.possessive))
    return out


def _body_named_again(doc: Doc, toks: list[Token], of: int, end: int) -> bool:
    """"the incumbent, Howard Tebbutt of Ingleworth Independents, ... The result is a blow to Ingleworth Independents": the
    name after "of" (two words or more) is told again on its own elsewhere in the article -- a body of its own."""
    if toks[of].lower_ != "of" or end - of < 3:
        return False
    return doc_text(doc).count(doc[of + 1 : end].text) > 1  # (once here, at least once more)


TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "at", "for"})  # "Empires of Salt"


def split_people_for_works(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"was awarded to the historian Nadia Okafor-Lenz for Empires of Salt" taken as one name (a person's or a body's): a
    name (a known first name, then capitalised words or hyphens) and, after "for", the title of the work she is honoured
    for -- a person and a work.  No person's name holds "for"; a body's word before it makes it one name ("Max Planck
    Institute for Astronomy"), and one after it is left to `split_people_of_bodies` ("X Y for Galder Athletic")."""
    toks = tokens(doc)
    out: list[NameSpan] = []
    for span in spans:
        cut = next((i for i in range(span.start + 2, span.end - 1) if toks[i].lower_ == "for"), None) \
            if span.ner_label in ("PERSON", "ORG") and toks[span.end - 1].lower_ not in lex.org_suffixes else None
        if cut is None or not is_first_name(toks[span.start].text) \
                or not all(((t.is_title and t.is_alpha) or t.text == "-") and t.lower_ not in lex.org_suffixes for t in toks[span.start + 1 : cut]) \
                or not toks[cut + 1].is_title or toks[span.end - 1].lower_ in TITLE_SMALL_WORDS \
                or not all(t.is_title or t.lower_ in TITLE_SMALL_WORDS for t in toks[cut + 1 : span.end]):
            out.append(span)
            continue
        out.append(NameSpan(span.start, cut, "PERSON", "PERSON"))
        out.append(NameSpan(cut + 1, span.end, "WORK", "WORK", span.possessive))
    return out


CLAUSE_WORDS = frozenset({"as", "is", "was", "are", "were", "after", "while", "when", "but", "says", "said"})
BODY_CLAUSE_WORDS = CLAUSE_WORDS - {"as"}  # (a body's name may hold "as": "Bank as Lender Ltd")


def split_at_clause_words(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"Labour's Blandish takes Crayminster North as Ezekwesili is named housing minister", a headline the recogniser read
    as one name across "as": no name holds a lower-case conjunction or verb between capitalised words -- two names."""
    toks = tokens(doc)
    out: list[NameSpan] = []
    for span in spans:
        words = CLAUSE_WORDS if span.ner_label == "PERSON" else BODY_CLAUSE_WORDS
        cut = next((i for i in range(span.start + 1, span.end - 1) if toks[i].lower_ in words and toks[i].is_lower
                    and toks[i - 1].is_title and toks[i + 1].is_title), None) if span.ner_label in ("PERSON", "ORG") else None
        if cut is None:
            out.append(span)
            continue
        # (an organisation so read, "Wickhampton sack Lindqvard after Brockhurst humiliation": two names the vote labels)
        label, ner = ("PERSON", "PERSON") if span.ner_label == "PERSON" else (span.label, "")
        out.append(NameSpan(span.start, cut, label, ner))
        out.append(NameSpan(cut + 1, span.end, label, ner, span.possessive))
    return out


def _of_the_body(toks: list[Token], of: int, end: int) -> bool:
    """"Ondrej Galkestad of the Granary Union": "of the" and capitalised words to the end, a body's name whatever its
    last word (a place is "of" without the article: "Jane Doe of Leeds")."""
    return toks[of].lower_ == "of" and of + 2 < end and toks[of + 1].lower_ == "the" and all(t.is_title for t in toks[of + 2 : end])


BROADCASTER_WORDS = frozenset({"television", "tv", "radio", "channel", "network", "broadcasting"})


def _broadcaster_after_on(toks: list[Token], span: NameSpan) -> int | None:
    """The "on" of a show's name run together with its channel's ("Early Larks on Anvil Street Television"), the name
    after it ending in a broadcaster's word."""
    if span.ner_label not in ("ORG", "WORK") or toks[span.end - 1].lower_ not in BROADCASTER_WORDS:
        return None
    return next((i for i in range(span.start + 1, span.end - 1) if toks[i].lower_ == "on" and toks[i - 1].is_title
                 and toks[i + 1].is_title), None)


def split_body_pairs(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"the merger of Kuill Labs and Tremont Group" taken as one organisation: two bodies, each ending in a body's word,
    the second coordinated with the first (not "X Savings Bank and Trust Company": the second opens with a body's word)."""
    toks = tokens(doc)
    out: list[NameSpan] = []
    for span in spans:
        on = _broadcaster_after_on(toks, span)
        if on is not None:  # "the breakfast programme Early Larks on Anvil Street Television": the show, then its channel
            out.append(NameSpan(span.start, on, span.label, span.ner_label))
            out.append(NameSpan(on + 1, span.end, "ORG", "ORG", span.possessive))
            continue
        cut = next((i for i in range(span.start + 2, span.end - 2) if toks[i].lower_ in ("and", "&")), None) \
            if span.ner_label == "ORG" else None
        at = _in_known_place(doc, span) if span.ner_label == "ORG" else None
        if at is not None:  # "set up Calverdine in Eindhoven in 2009": the firm, then the town it was set up in
            out.append(NameSpan(span.start, at, span.label, span.ner_label))
            out.append(NameSpan(at + 1, span.end, "GPE", "GPE", span.possessive))
            continue
        if cut is None:
            cut = _for_between(toks, span) or _for_parts_told_apart(doc, span)  # "left Saltgrass for Obsidian Music": the body
            # left, then the one gone to (or a headline's "quits National Party for Liberal Reform", each told alone below)
            if cut is not None:
                out.append(NameSpan(span.start, cut, span.label, span.ner_label))
                out.append(NameSpan(cut + 1, span.end, span.label, span.ner_label, span.possessive))
                continue
        if cut is None or toks[cut - 1].lower_ not in lex.org_suffixes or toks[span.end - 1].lower_ not in lex.org_suffixes \
                or not toks[cut + 1].is_title or toks[cut + 1].lower_ in lex.org_suffixes or is_dictionary_word(toks[cut + 1].text) \
                or not any(toks[i].dep_ == "conj" and toks[i].head.i == cut - 1 for i in range(cut + 1, span.end)):
            out.append(span)
            continue
        out.append(NameSpan(span.start, cut, span.label, span.ner_label))
        out.append(NameSpan(cut + 1, span.end, span.label, span.ner_label, span.possessive))
    return out


def _in_known_place(doc: Doc, span: NameSpan) -> int | None:
    """The "in" inside a body's name run together with a known place after it, the part before it named on its own elsewhere
    in the story ("Calverdine in Eindhoven" beside "Calverdine Robotics" and "Calverdine's founder"; not "the Church in Wales",
    whose "Church" is never a name alone)."""
    toks = tokens(doc)
    cut = next((i for i in range(span.start + 1, span.end - 1) if toks[i].lower_ == "in"), None)
    if cut is None or not toks[cut - 1].is_title:
        return None
    text = doc_text(doc)
    place = text[toks[cut + 1].idx : toks[span.end - 1].idx + len(toks[span.end - 1])]
    first = span.start + (toks[span.start].lower_ == "the")
    body = text[toks[first].idx : toks[cut - 1].idx + len(toks[cut - 1])]
    if place_label(place) is None or is_dictionary_word(body):
        return None
    return cut if _named_outside(text, body, doc, span) else None


def _named_outside(text: str, part: str, doc: Doc, span: NameSpan) -> bool:
    """`part` of a name's words stands, as a whole word, somewhere in the story outside the name's own span."""
    toks = tokens(doc)
    inside = (toks[span.start].idx, toks[span.end - 1].idx + len(toks[span.end - 1]))
    return any(not inside[0] <= m.start() < inside[1] for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text))


def _for_between(toks: list[Token], span: NameSpan) -> int | None:
    """The "for" inside a body's name that the parser hangs on the verb outside it, whose object is the name's first part
    ("left Saltgrass for Obsidian Music"; not "the Institute for Fiscal Studies", where "for" is the name's own)."""
    for i in range(span.start + 1, span.end - 1):
        word = toks[i]
        if word.lower_ == "for" and word.dep_ == "prep" and not span.start <= word.head.i < span.end and word.head.pos_ == "VERB" \
                and toks[i - 1].dep_ == "dobj" and toks[i - 1].head.i == word.head.i and toks[i + 1].is_title:
            return i
    return None


def _for_parts_told_apart(doc: Doc, span: NameSpan) -> int | None:
    """The "for" inside a name whose parts on either side the story names each on its own elsewhere: "MP quits National
    Party for Liberal Reform" in a headline, then "the National Party" and "Liberal Reform" (not "the Institute for Fiscal
    Studies", whose "Institute" is never a name alone)."""
    toks = tokens(doc)
    cut = next((i for i in range(span.start + 1, span.end - 1) if toks[i].lower_ == "for"), None)
    first = span.start + (toks[span.start].lower_ == "the")
    if cut is None or not toks[cut + 1].is_title or cut - first < 2 or span.end - cut - 1 < 2:
        return None  # (two names of two words or more: not "Alliance for Renewal", whose "Alliance" a story may use alone)
    text = doc_text(doc)
    parts = (text[toks[first].idx : toks[cut - 1].idx + len(toks[cut - 1])], text[toks[cut + 1].idx : toks[span.end - 1].idx + len(toks[span.end - 1])])
    return cut if all(_named_outside(text, part, doc, span) for part in parts) else None


def _surname_first(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Han Do-yun": a short capitalised word right before a person's hyphenated given name."""
    toks = tokens(doc)
    span = spans[n]
    p = span.start - 1
    if span.ner_label != "PERSON" or p < 0 or not given_syllables(toks, span.start) or not toks[p].whitespace_:
        return
    word = toks[p]
    if not (word.is_title and word.is_alpha and len(word) <= 6) or word.lower_ in lex.titles or lex.is_person_noun(word.lower_):
        return
    other = owner[p]
    if other >= 0 and spans[other].end - spans[other].start != 1:
        return
    if other >= 0:
        _absorb(spans, n, other, "PERSON")
    else:
        span.start = p
    owner[p] = n


def _first_name_before(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Carmen Arancibia Fuentealba" found without "Carmen": a known first name NER left out right
    before a person's name of one or two words."""
    toks = tokens(doc)
    span = spans[n]
    p = span.start - 1
    if span.label != "PERSON" or span.ner_label != "PERSON" or p < 0 or owner[p] >= 0 or span.end - span.start > 2:
        return
    word = toks[p]
    if fronted_month(toks, p):
        return
    if word.is_title and word.pos_ == "PROPN" and not word.is_sent_start and is_first_name(word.text) \
            and word.lower_ not in lex.titles and not lex.is_person_noun(word.lower_) and word.lower_ not in lex.place_prefixes:
        span.start = p
        owner[p] = n


def _prefix_then_name(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"Sporting Almagro" found as "Sporting" and "Almagro": an organisation's first word ("Sporting",
    "Banco", "Real") alone, right before another name, opens that name."""
    toks = tokens(doc)
    span = spans[n]
    if span.end - span.start != 1 or toks[span.start].lower_ not in lex.org_prefixes or not toks[span.start].is_title \
            or span.end >= len(doc) or not toks[span.start].whitespace_:
        return
    other = owner[span.end]
    if other >= 0 and other != n and spans[other].start == span.end and spans[other].end - spans[other].start <= 3:
        _absorb(spans, n, other, "ORG")
        for i in range(span.start, span.end):
            owner[i] = n


def _place_before(doc: Doc, spans: list[NameSpan], owner: list[int], n: int) -> None:
    """"French Guiana" found as "Guiana" (and "French" as a language): the capitalised word before
    a name that makes, with it, a known place."""
    toks = tokens(doc)
    span = spans[n]
    p = span.start - 1
    if p < 0 or owner[p] >= 0 or not toks[p].is_title or not toks[p].whitespace_ or span.end - span.start > 2:
        return
    if _place(doc[p : span.end].text):
        span.start, span.label, span.ner_label = p, "GPE", "GPE"
        owner[p] = n


# a political family and the word that, before it, names one party of it: "Liberal Democrat", "Social Democrats",
# "Ulster Unionist", "Progressive Conservative" (NER keeps only the family, and reads it as voters)
PARTY_FAMILY_WORDS = frozenset({"democrat", "democrats", "conservative", "conservatives", "unionist", "unionists", "liberal",
                                "liberals", "republican", "republicans", "socialist", "socialists", "nationalist", "nationalists"})
PARTY_QUALIFIERS = frozenset({"liberal", "social", "christian", "free", "democratic", "ulster", "national", "progressive", "radical"})


def _party_family_before(doc: Doc, spans: list[NameSpan], owner: list[int], n: int) -> None:
    """"Liberal Democrat councillor X" found as "Democrat" (or as "Liberal" and "Democrat"), "the Christian Democrats" as
    "Christian": the qualifier and the family word of a party are one name."""
    toks = tokens(doc)
    span = spans[n]
    if span.end - span.start != 1:
        return
    p, q = span.start - 1, span.end
    coined = owner[p] >= 0 and spans[owner[p]].end - spans[owner[p]].start == 1 and spans[owner[p]].ner_label == "ORG" \
        and not _place(toks[p].text)  # "the governing Coastal Democrats" found as "Coastal" (a body) and "Democrats"
    if toks[span.start].lower_ in PARTY_FAMILY_WORDS and (toks[p].lower_ in PARTY_QUALIFIERS or coined) and toks[p].is_title \
            and toks[p].whitespace_:
        if owner[p] < 0:
            span.start = p
            owner[p] = n
        elif spans[owner[p]].end - spans[owner[p]].start == 1:
            _absorb(spans, n, owner[p], "ORG")  # "a Liberal Democrat": two one-word names
            owner[p] = n
    elif q < len(doc) and toks[span.start].lower_ in PARTY_QUALIFIERS and toks[q].lower_ in PARTY_FAMILY_WORDS \
            and toks[q].is_title and owner[q] < 0 and toks[span.start].whitespace_:
        span.end = q + 1
        span.label = span.ner_label = "ORG"  # "the Christian Democrats" found as "Christian" (a faith's people)
        owner[q] = n


@lru_cache(maxsize=4096)
def _place(text: str) -> str | None:
    return place_label(text)


INSTITUTION_HEADS = frozenset({"port"})  # "the Port of X": its authority (the city "Port of Spain" is in the gazetteer)


def _institution_of(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"The University of Prelvingrove" with only "Prelvingrove" found: an organisation word (or a word that names a body
    of the place after "of": "the Port of Brannock") and "of" before the name make it one organisation."""
    toks = tokens(doc)
    span = spans[n]
    s = span.start
    if span.ner_label == "PERSON" or s < 2 or toks[s - 1].lower_ != "of" or owner[s - 2] >= 0:
        return
    word = toks[s - 2]
    head = word.lower_ in INSTITUTION_HEADS and not place_label(doc[s - 2 : span.end].text)  # ("Port of Spain" is a city)
    if not word.is_title or (word.lower_ not in lex.org_suffixes and word.lower_ not in lex.org_prefixes and not head):
        return
    start = s - 2
    while start > 0 and owner[start - 1] < 0 and toks[start - 1].is_title and toks[start - 1].pos_ in ("PROPN", "ADJ") \
            and not toks[start - 1].is_sent_start:
        start -= 1  # "the Royal Bank of X"
    span.start, span.label, span.ner_label = start, "ORG", "ORG"
    for i in range(start, s):
        owner[i] = n


def _saint_institution(doc: Doc, spans: list[NameSpan], owner: list[int], n: int, lex: EntityLexicon) -> None:
    """"St Finnian's Primary School" found as "St Finnian" and "Primary School": a saint's name, a
    possessive, then up to three capitalised words ending in an organisation or building word."""
    toks = tokens(doc)
    span = spans[n]
    e = span.end
    if toks[span.start].lower_ not in SAINTS or e + 1 >= len(doc) or toks[e].tag_ != "POS":
        return
    end = e + 1
    while end < len(doc) and end - e <= 3 and toks[end].is_title and toks[end].is_alpha:
        end += 1
    last = toks[end - 1].lower_
    if end == e + 1 or (last not in lex.org_suffixes and last not in lex.fac_suffixes):
        return
    for i in range(e + 1, end):
        if owner[i] >= 0 and owner[i] != n:
            other = spans[owner[i]]
            if other.start < e + 1 or other.end > end:
                return  # the words belong to a longer name
    for i in range(e + 1, end):
        if owner[i] >= 0 and owner[i] != n:
            spans[owner[i]].end = spans[owner[i]].start
        owner[i] = n
    owner[e] = n
    span.end, span.label, span.ner_label = end, "ORG", "ORG"
    span.possessive = end < len(doc) and toks[end].tag_ == "POS"


SHOP_PREPOSITIONS = frozenset({"at", "from", "outside", "inside", "to", "into"})  # "at Rahmani's", "bought from Wallam's"
POSSESSED_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def possessive_names(doc: Doc, spans: list[NameSpan]) -> None:
    """A name whose "'s" owns nothing ("Sainsbury's reported higher sales", "sold at Christie's", "head of St Finnian's"):
    the parser hangs the "'s" on a name that is no possessor, and nothing possessed follows: a shop, a firm or a school
    named in the possessive, its "'s" part of the name.  A person's name so shaped is a shop only after "at" or "from"
    ("at Rahmani's"), never a person ("Voss's idea"); a body's name told bare elsewhere, alone or opening a longer name,
    is that body's, its possessive one whose noun was left out ("Sigvald Shipping ... while Sigvald's fell").  Once so
    named, the name is that one wherever its "'s" stands ("Sainsbury's chief executive", the firm's own)."""
    toks = tokens(doc)
    n = len(doc)
    named: dict[str, str] = {}
    bare: set[str] | None = None
    for span in spans:
        e = span.end
        if not span.possessive or e + 1 > n or toks[e].tag_ != "POS" or toks[e].lower_ not in ("'s", "’s") \
                or not span.start <= toks[e].head.i < e or span.label not in ("ORG", "FAC", "PERSON"):
            continue
        owner = toks[e].head
        if owner.dep_ == "poss" or (e + 1 < n and toks[e + 1].pos_ in POSSESSED_TAGS):
            continue
        if span.label == "PERSON":
            if owner.dep_ != "pobj" or owner.head.lower_ not in SHOP_PREPOSITIONS:
                continue
            span.label = "ORG"
        else:
            if bare is None:
                bare = {s.key(doc) for s in spans if not s.possessive} | {
                    toks[s.start].lower_ for s in spans if s.end - s.start > 1}
            if span.key(doc) in bare:
                continue
        named[span.key(doc)] = span.label
        span.end, span.possessive = e + 1, False
    if named:
        for span in spans:
            if span.possessive and span.end < n and toks[span.end].lower_ in ("'s", "’s") and span.key(doc) in named:
                span.label = named[span.key(doc)]
                span.end, span.possessive = span.end + 1, False


# the last word of a place named in the possessive: "Tillman's Ferry", "Martha's Vineyard", "Kelly's Landing"
PLACE_HEAD_WORDS = frozenset({"ferry", "landing", "bay", "point", "creek", "island", "cove", "crossing", "harbour", "harbor", "hill",
                              "wood", "mill", "bridge", "corner", "corners", "falls", "head", "gap", "well", "wells", "cross", "end",
                              "vineyard", "neck", "inlet", "hollow", "mills", "springs", "station", "green", "hythe"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "outside"})


def _cleared_for(spans: list[NameSpan], owner: list[int], start: int, end: int) -> bool:
    """Makes room for one name over tokens start..end: the names found inside it are emptied (the caller drops them);
    False, nothing changed, when a longer name runs across its edges."""
    inside = {owner[j] for j in range(start, end) if owner[j] >= 0}
    if any(spans[k].start < start or spans[k].end > end for k in inside):
        return False
    for k in inside:
        spans[k].end = spans[k].start
    return True


def possessive_place_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"was born in Tillman's Ferry, Va.": a place named by someone's name in the possessive and a word for a kind of
    place, after a preposition of place, which NER cuts at the "'s" (the owner a person, "Ferry" a place of its own).
    The whole is one place."""
    toks = tokens(doc)
    n = len(doc)
    owner = span_owners(doc, spans)
    lowers = strings(doc, "lower")  # (the column: no string read per token)
    found: list[NameSpan] = []
    for i in range(2, n - 1):
        if lowers[i] not in ("'s", "’s") or lowers[i + 1] not in PLACE_HEAD_WORDS or not toks[i + 1].text[:1].isupper():
            continue
        start = spans[owner[i - 1]].start if owner[i - 1] >= 0 else i - 1
        if start < 1 or toks[start - 1].lower_ not in PLACE_PREPOSITIONS or not toks[i - 1].text[:1].isupper() \
                or (i + 2 < n and toks[i + 2].text[:1].isupper() and toks[i + 2].is_alpha):
            continue
        if _cleared_for(spans, owner, start, i + 2):
            found.append(NameSpan(start, i + 2, "GPE", "GPE"))
    return found


# a site's word that also names the body working there ("joined Oakhanger Children's Hospital as a consultant")
INSTITUTION_SITES = frozenset({"hospital", "museum", "theatre", "theater"})


def possessive_institution_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"joined Oakhanger Children's Hospital in Aldwinkle": capitalised words, a capitalised possessive and a word for a
    body or a site, which NER cuts at the "'s" (or misses, or reads as a person "Oakhanger Children").  The whole is one
    name: a body when its last word names one (or a site that employs: a hospital, a museum, a theatre), else a site."""
    toks = tokens(doc)
    n = len(doc)
    owner = span_owners(doc, spans)
    lowers = strings(doc, "lower")
    lex = lexicon()
    found: list[NameSpan] = []
    for i in range(2, n - 1):
        word = lowers[i + 1]
        if lowers[i] not in ("'s", "’s") or (word not in lex.org_suffixes and word not in lex.fac_suffixes) \
                or not toks[i + 1].is_title or not toks[i - 1].is_title or not toks[i - 1].is_alpha \
                or (i + 2 < n and toks[i + 2].is_title and toks[i + 2].is_alpha):
            continue
        start = i - 1
        while start > 0 and i - start < 4 and toks[start - 1].is_title and toks[start - 1].is_alpha \
                and toks[start - 1].pos_ == "PROPN" and not toks[start - 1].is_sent_start:
            start -= 1
        if start == i - 1:
            continue  # (a person's or a town's own: "Voss's Hospital" may be no name, "Kelbrook's Museum" the town's)
        if any(spans[k].start == start and spans[k].end == i + 2 for k in {owner[j] for j in range(start, i + 2) if owner[j] >= 0}):
            continue  # (the name found whole)
        if _cleared_for(spans, owner, start, i + 2):
            label = "ORG" if word in lex.org_suffixes or word in INSTITUTION_SITES else "FAC"
            found.append(NameSpan(start, i + 2, label, label))
    return found


def possessive_trade_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"Bhamra's Kitchen", "Doyle's Bakery": a firm named by its founder's name in the possessive and one capitalised
    common word, which NER cuts at the "'s" (the founder a person, "Kitchen" the firm).  The whole is one firm's name
    when the same words stand so at least twice, the word is taken for a body at least once, and the owner is no place
    or body ("Britain's Labour", "Vexford's Cloud": the place's or the firm's own)."""
    toks = tokens(doc)
    n = len(doc)
    owner = span_owners(doc, spans)
    seen: dict[str, list[tuple[int, int]]] = {}
    lower = strings(doc, "lower")
    for i in (k for k in range(1, n - 1) if lower[k] in ("'s", "’s")):
        word = toks[i + 1]
        if not toks[i - 1].text[:1].isupper() or not word.is_alpha \
                or not word.text[0].isupper() or not word.text[1:].islower() or not is_dictionary_word(word.lower_) \
                or (i + 2 < n and toks[i + 2].is_alpha and toks[i + 2].text[:1].isupper()):
            continue
        start = spans[owner[i - 1]].start if owner[i - 1] >= 0 else i - 1
        seen.setdefault(name_key_at(doc, start, i) + "'s " + word.lower_, []).append((start, i + 2))
    found: list[NameSpan] = []
    for places in seen.values():
        if len(places) < 2:
            continue
        as_body = [p for p in places if owner[p[1] - 1] >= 0 and spans[owner[p[1] - 1]].label == "ORG"]
        owners = {spans[owner[p[1] - 3]].label for p in places if owner[p[1] - 3] >= 0}
        first = places[0]
        if not as_body or owners & {"ORG", "GPE", "LOC", "NORP", "FAC"} or place_label(doc[first[0] : first[1] - 2].text):
            continue
        for start, end in places:
            if _cleared_for(spans, owner, start, end):
                found.append(NameSpan(start, end, "ORG", "ORG"))
    return found


def club_initials(doc: Doc, span: NameSpan, owner: list[int] | None, lex: EntityLexicon) -> bool:
    """"FK Vrba Lozna", "AS Térac" with only the name found: club initials in capitals before it."""
    toks = tokens(doc)
    p = span.start - 1
    if p < 0 or (owner is not None and owner[p] >= 0):
        return False
    word = toks[p]
    if not (word.is_upper and 2 <= len(word) <= 4 and word.lower_ in CLUB_INITIALS):
        return False
    span.start, span.label, span.ner_label = p, "ORG", "ORG"
    if owner is not None:
        owner[p] = -2
    return True


# ---------------------------------------------------------------- names NER missed


def _word_end(doc: Doc, i: int) -> int:
    """End of the word starting at token i, hyphenated pieces included ("Nnadi-Clarke")."""
    toks = tokens(doc)
    end = i + 1
    while end + 1 < len(doc) and _tight(doc, end) and toks[end + 1].is_alpha and toks[end + 1].text[:1].isupper():
        end += 2
    return end


def missed_full_names(doc: Doc, spans: list[NameSpan], lex: EntityLexicon, capitals: list[Token]) -> list[NameSpan]:
    """"Leyla Tursunova has written ...", "Amara Nnadi-Clarke won": a known first name and one or
    two capitalised words, the last no dictionary word, that NER left out altogether.  Only the
    document's capitalised tokens (`capitals`) are looked at."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    resume = 0
    lowered: set[str] | None = None  # the words the article writes in lower case, read on first need
    for tok in capitals:
        i = tok.i
        if i < resume or not tok.is_title or not (tok.pos_ in ("PROPN", "NOUN") or given_name_read_as_determiner(tok)) \
                or tok.lower_ in lex.titles \
                or tok.lower_ in lex.place_prefixes or tok.lower_ in SAINTS or not is_first_name(tok.text) or fronted_month(toks, i):
            continue  # (not "In March Soolakivi bought X": a month told as a time, then a name)
        first_end = _word_end(doc, i)
        alone = owner[i] >= 0 and _covers_exactly(spans[owner[i]], i, first_end) and spans[owner[i]].ner_label != "PERSON"
        if owner[i] >= 0 and not alone:
            continue
        end, words = first_end, 1
        while end < len(doc) and words < 3 and _inside(doc, spans, owner[end], end) and _name_word(toks[end], lex) \
                and toks[end - 1].whitespace_:
            end = _word_end(doc, end)
            words += 1
        inside = {owner[k] for k in range(i if alone else first_end, end) if owner[k] >= 0}
        last = toks[end - 1]
        surname, said = _surname_like(last, lex), ""
        if not surname and words == 2 and last.tag_ == "NNP" and last.is_title and _surname_like(last, lex, dictionary=False):
            lowered = {t.text for t in toks if t.is_lower} if lowered is None else lowered
            surname = last.lower_ not in lowered  # "Aurelia Costa", "Ana Diaz": a word the article never writes as a word
            said = "PERSON" if surname else ""  # (no context votes for the name's words: the pattern says it)
        if words >= 2 and surname and all(i <= spans[o].start and spans[o].end <= end for o in inside):
            for o in inside:  # "Hui" (as NORP) of "Hui-Min Goh", "Tursunova" (as ORG) of "Leyla Tursunova"
                spans[o].end = spans[o].start
            out.append(NameSpan(i, end, "PERSON", said, end < len(doc) and toks[end].tag_ == "POS"))
            resume = end
    return out


def _inside(doc: Doc, spans: list[NameSpan], o: int, i: int) -> bool:
    """Token i is free, or starts a one-word span NER gave some other label than PERSON."""
    return o < 0 or (spans[o].start == i and spans[o].ner_label != "PERSON" and spans[o].end <= _word_end(doc, i))


def _covers_exactly(span: NameSpan, start: int, end: int) -> bool:
    return span.start == start and span.end == end


PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "to", "outside", "across", "throughout"})


def missed_known_places(doc: Doc, spans: list[NameSpan], capitals: list[Token]) -> list[NameSpan]:
    """"arrested in Cardiff on Sunday" with nothing found: a known real place (one to three
    capitalised words, not a first name) right after a place preposition."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    for tok in capitals:
        i = tok.i
        if owner[i] >= 0 or i == 0 or toks[i - 1].lower_ not in PLACE_PREPOSITIONS | {"at"} or not tok.is_title \
                or tok.pos_ not in ("PROPN", "NOUN"):
            continue  # ("won at Brno": a known place the tagger took for a noun)
        end = i + 1
        while end < len(doc) and end - i < 3 and owner[end] < 0 and toks[end].is_title and toks[end].pos_ == "PROPN":
            end += 1
        run = end
        while end > i and not (_place(doc[i:end].text) and not (end == i + 1 and is_first_name(tok.text))):
            end -= 1
        if end == run:  # the whole run ("in Manchester United" is no place)
            out.append(NameSpan(i, end, "GPE", "", end < len(doc) and toks[end].tag_ == "POS"))
            for k in range(i, end):
                owner[k] = -2
    return out


def missed_national_teams(doc: Doc, spans: list[NameSpan], capitals: list[Token]) -> list[NameSpan]:
    """"part of the Ireland under-21 team" with nothing found (the modifier hides the country from
    NER): a known place of one or two words, then a team's words, is that country's team."""
    lowers = strings(doc, "lower")
    if not any(word in TEAM_HEADS for word in lowers):
        return []  # (`_national_team` ends such a name only at a team's word, which most articles lack)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    listed, text = tokens(doc), doc_text(doc)
    for tok in capitals:
        i = tok.i
        if owner[i] >= 0 or not tok.is_title or not any(word in TEAM_HEADS for word in lowers[i + 2 : i + 6]):
            continue  # (the team's word comes one to three words after the place's one or two)
        for end in (i + 2, i + 1):
            if end <= len(doc) and all(owner[k] < 0 for k in range(i, end)) \
                    and _place(text[tok.idx : listed[end - 1].idx + len(listed[end - 1])]):
                span = NameSpan(i, end, "GPE", "GPE", False)
                _national_team(doc, span, owner, -2)
                if span.label == "ORG":
                    out.append(span)
                break
    return out


CONTEST_HEADS = frozenset({"by-election", "byelection"})  # "the Frickley Moor by-election": the seat's name before it


def missed_seats(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"won the Frickley Moor by-election" with nothing found: the capitalised words between "the" and a by-election's noun
    are the seat's name, a place."""
    lowers = strings(doc, "lower")
    heads = [i for i, word in enumerate(lowers) if word in CONTEST_HEADS]
    if not heads:
        return []
    owner = span_owners(doc, spans)
    listed = tokens(doc)
    out: list[NameSpan] = []
    for head in heads:
        start = head
        while start > 0 and listed[start - 1].is_title and listed[start - 1].is_alpha and owner[start - 1] < 0:
            start -= 1
        if start < head and start > 0 and lowers[start - 1] == "the" and head - start <= 3:
            out.append(NameSpan(start, head, "GPE", "GPE", False))
    return out


def _name_word(tok: Token, lex: EntityLexicon) -> bool:
    return tok.is_title and tok.is_alpha and (tok.pos_ == "PROPN" or not is_dictionary_word(tok.text, tok.lemma_)) \
        and tok.lower_ not in SAINTS \
        and tok.lower_ not in lex.org_prefixes and tok.lower_ not in NAME_PARTICLES


def _surname_like(tok: Token, lex: EntityLexicon, dictionary: bool = True) -> bool:
    low = tok.lower_
    return (low not in lex.org_suffixes and low not in lex.fac_suffixes and low not in AWARD_WORDS
            and not (dictionary and (is_dictionary_word(tok.text, tok.lemma_) or (low.endswith("s") and is_dictionary_word(low[:-1])))))


@lru_cache(maxsize=1)
def band_nouns() -> frozenset[str]:
    from ..resolve_base import config

    return frozenset(config()["employment"]["band_nouns"]) | {"group", "collective", "ensemble"}


def band_names_of(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"the Bristol quartet Chapel of Gulls": a band's name after a word for a band, which the recogniser ended before
    "of", runs on through "of" (and "the") and the capitalised words after it -- not a place ("the band Corvid of
    Leeds").  The same words elsewhere (the headline's "Chapel of Gulls return") are the same name.  Returns new spans
    for copies the recogniser missed; the spans found are extended in place."""
    toks = tokens(doc)
    n = len(toks)
    named: list[tuple[str, ...]] = []
    out: list[NameSpan] = []
    for span in spans:  # "the Leeds trio Lanterns of Tarrow" taken whole: the place, and the band after its word
        cut = next((i for i in range(span.start + 1, span.end - 1) if toks[i].is_lower and toks[i].lower_ in band_nouns()), None)
        if cut is None or not all(t.is_title for t in toks[span.start : cut]) or not toks[cut + 1].is_title:
            continue
        if (label := place_label(doc[span.start : cut].text)) is not None:
            out.append(NameSpan(span.start, cut, label, label))
        span.start, span.label = cut + 1, "ORG"
        if "of" in {t.lower_ for t in toks[span.start : span.end]}:
            named.append(tuple(t.text for t in toks[span.start : span.end]))
    covered = [False] * n
    for span in spans + out:
        for i in range(span.start, span.end):
            covered[i] = True
    for span in spans:
        of = span.end
        if span.start < 1 or toks[span.start - 1].lower_ not in band_nouns() or of + 1 >= n or toks[of].lower_ != "of" \
                or span.label not in ("ORG", "PERSON", "WORK", "WORK_OF_ART", "PRODUCT", "NORP", "FAC"):
            continue
        end = of + 1 + (toks[of + 1].lower_ == "the")
        last = end
        while last < n and last - end < 3 and toks[last].is_title and toks[last].is_alpha and not covered[last]:
            last += 1
        if last == end or place_label(doc[end:last].text) or any(t.ent_type_ in ("GPE", "LOC") for t in toks[end:last]):
            continue
        span.end, span.label = last, "ORG"
        for i in range(of, last):
            covered[i] = True
        named.append(tuple(t.text for t in toks[span.start : last]))
    for words in named:
        size = len(words)
        for i in range(n - size + 1):
            if tuple(t.text for t in toks[i : i + size]) != words:
                continue
            inside = [s for s in spans if i <= s.start < i + size or s.start <= i < s.end]
            if any(s.start == i and s.end == i + size for s in inside):
                continue
            if all(s.start >= i and s.end <= i + size for s in inside):
                for s in inside:
                    s.start = s.end = i  # the pieces give way to the whole (empty spans are dropped)
                out.append(NameSpan(i, i + size, "ORG", "ORG"))
    return out
