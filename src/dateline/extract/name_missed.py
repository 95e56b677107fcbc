"""Names NER missed, found from their shape or their surroundings: a title before capitalised
words (a person), an organisation word after them (an organisation), a place-only context ("the
town of X", "X-based"), a descriptor in apposition ("X, a drone maker,"), and titles in quotation
marks after a work noun ("her album "Iron Bridge"").  Each returns new `NameSpan`s that overlap no
span found so far (`quoted_works` replaces what NER made of a quoted title)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..nlp import KIN_NOUNS, MONTHS, WEEKDAYS, children_of, strings, tokens
from .entity_lexicon import EntityLexicon, is_dictionary_word, lexicon
from .first_names import is_first_name
from .gazetteer import place_label
from .name_repairs import INSTITUTION_HEADS, span_owners
from .name_spans import (
    DATELINE_DASHES,
    NameSpan,
    dateline_starts,
    given_syllables,
    is_dateline,
    span_root,
    title_word,
)

_INDEX: dict[int, tuple[Doc, list[Token], list[Token]]] = {}


def _capital_and_quote_tokens(doc: Doc) -> tuple[list[Token], list[Token]]:
    """The doc's capitalised tokens and its quotation-mark tokens, found with one pass over the text
    column (the finders below look at nothing else), kept for the latest few docs.  Capitalised is
    spaCy's `is_title` or `is_upper`, which are `str.istitle` and `str.isupper` of the text."""
    cached = _INDEX.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1], cached[2]
    listed = tokens(doc)
    if not len(doc):
        return [], []
    capital, quotes = [], []
    for i, text in enumerate(strings(doc, "text")):
        if text.istitle() or text.isupper():
            capital.append(listed[i])
        if text in QUOTE_MARKS:
            quotes.append(listed[i])
    if len(_INDEX) >= 4:
        _INDEX.clear()
    _INDEX[id(doc)] = (doc, capital, quotes)
    return capital, quotes


def capital_tokens(doc: Doc) -> list[Token]:
    """The doc's capitalised tokens (cached with its quotation marks)."""
    return _capital_and_quote_tokens(doc)[0]


def _covered(doc: Doc, spans: list[NameSpan]) -> bytearray:
    covered = bytearray(len(doc))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return covered


def noun_tagged_name(tok: Token) -> bool:
    """A capitalised word no dictionary has that the tagger took for a common noun ("Corvel hired X")."""
    return tok.pos_ == "NOUN" and tok.is_title and not is_dictionary_word(tok.text, tok.lemma_)


def _capitalised(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and (tok.is_title or (tok.is_upper and len(tok) > 1)) and tok.ent_iob_ == "O"


# parties named by one word before a word for one of their people ("the Labour MP", "a Tory councillor")
PARTY_WORDS = frozenset({"labour", "labor", "tory", "conservative", "liberal", "green", "republican", "democratic", "socialist",
                         "communist", "unionist", "nationalist"})
# "a Green Alliance MP", "the X senator Y": the legislators a party has (a company has none)
LEGISLATOR_NOUNS = frozenset({"mp", "mps", "mep", "meps", "senator", "senators", "councillor", "councillors", "councilor",
                              "congressman", "congresswoman", "congressmen", "legislator", "legislators", "lawmaker", "lawmakers",
                              "assemblyman", "assemblywoman", "msp", "msps"})
PARTY_MEMBER_NOUNS = LEGISLATOR_NOUNS | {"peer", "candidate", "leader", "deputy", "backbencher", "backbenchers"}
# a band player's title right after the band's name ("Flint Wolves guitarist quits", "the Paper Thimbles bassist X")
BAND_TITLE_NOUNS = frozenset({"guitarist", "drummer", "bassist", "frontman", "frontwoman", "vocalist", "keyboardist"})


def missed_people_and_orgs(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """Names NER missed whose shape says what they are: a title and capitalised proper nouns
    ("Dr Jane Doe", "President Ana Condori") name a person; capitalised proper nouns closed by an
    organisation word ("Ansel Robotics", "Nordskar IF") an organisation."""
    covered = _covered(doc, spans)
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        if covered[i]:
            continue
        if tok.lower_ in lex.titles and (tok.is_title or tok.text[:1].isupper()) and i + 1 < len(doc):
            first = i + 1
            while first + 1 < len(doc) and (doc[first].lower_ in lex.titles or title_word(doc[first], lex)) and doc[first].is_title \
                    and not covered[first]:
                first += 1  # "Detective Sergeant X", "Chief Superintendent X", "Chief Executive X": a rank of several title words
            end = first
            while end < len(doc) and end - first < 3 and not covered[end] and _capitalised(doc[end]):
                end += 1
            if end > first and not (end < len(doc) and doc[end].lower_ in lex.org_suffixes and not doc[end].is_lower):
                out.append(NameSpan(first, end, "PERSON", "", end < len(doc) and doc[end].tag_ == "POS"))
                covered[first:end] = b"\x01" * (end - first)
            continue
        if i + 3 < len(doc) and not any(covered[i : i + 4]) and given_syllables(tokens(doc), i) and doc[i + 2].whitespace_ \
                and _capitalised(doc[i + 3]) and not doc[i + 3].is_sent_start:
            end = i + 4  # "Soo-ah Rhee", "Mei-ling Chen": a hyphenated given name of two short syllables, then a surname
            out.append(NameSpan(i, end, "PERSON", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[i:end] = b"\x01" * (end - i)
            continue
        if i + 4 <= len(doc) and not any(covered[i : i + 4]) and tok.is_title and tok.is_alpha and tok.whitespace_ \
                and given_syllables(tokens(doc), i + 1) and (i + 4 == len(doc) or not doc[i + 4].is_title):
            end = i + 4  # "Park Sung-min", "Kim Min-jun": a family name, then a given name of two short syllables
            out.append(NameSpan(i, end, "PERSON", "PERSON", end < len(doc) and doc[end].tag_ == "POS"))  # (the shape says it)
            covered[i:end] = b"\x01" * (end - i)
            continue
        if (end := _name_after_dateline(doc, i, covered)) is not None:
            out.append(NameSpan(i, end, "PERSON", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[i:end] = b"\x01" * (end - i)
            continue
        if tok.pos_ == "PROPN" and tok.is_title and not tok.is_sent_start and listed_kin(tok):
            end = i + 1  # "two sons, Pim, 9, and Joost, 6": a name NER missed in a list of children
            while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
                end += 1
            out.append(NameSpan(i, end, "PERSON", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[i:end] = b"\x01" * (end - i)
            continue
        if tok.pos_ == "PROPN" and tok.is_title and i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN" \
                and lex.is_person_noun(noun := doc[i - 1].lemma_.lower()) and noun not in lex.either_kind_nouns | lex.person_or_firm_nouns \
                and noun not in NOT_ONLY_PEOPLE and i + 1 < len(doc) and not covered[i + 1] and _capitalised(doc[i + 1]):
            end = i + 1  # "the Nigerian midfielder Chukwuma Uche": a person noun, then a name of two or three words
            while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
                end += 1
            last = doc[end - 1].lower_
            if last not in lex.org_suffixes and last not in lex.fac_suffixes:
                out.append(NameSpan(i, end, "PERSON", "", end < len(doc) and doc[end].tag_ == "POS"))
                covered[i:end] = b"\x01" * (end - i)
            continue
        if (end := _listed_among_people(doc, i, covered, lex)) is not None:
            out.append(NameSpan(i, end, "PERSON", "PERSON", end < len(doc) and doc[end].tag_ == "POS"))  # "A, Olusegun Adair and B"
            covered[i:end] = b"\x01" * (end - i)
            continue
        if (end := _named_before_who(doc, i, covered, lex)) is not None:
            out.append(NameSpan(i, end, "PERSON", "PERSON", False))  # "X Y, who started the firm in 1994, ...": someone
            covered[i:end] = b"\x01" * (end - i)
            continue
        if (end := _named_before_own(doc, i, covered, lex)) is not None:
            out.append(NameSpan(i, end, "PERSON", "PERSON", False))  # "Yolanthe Vickery won her first title": someone's own
            covered[i:end] = b"\x01" * (end - i)
            continue
        if (end := _named_before_age(doc, i, covered, lex)) is not None:
            out.append(NameSpan(i, end, "PERSON", "PERSON", False))  # "Ifeoma Uche, 45, was appointed": someone of that age
            covered[i:end] = b"\x01" * (end - i)
            continue
        if tok.is_title and tok.lower_ in PARTY_WORDS and i + 1 < len(doc) and doc[i + 1].lower_ in PARTY_MEMBER_NOUNS:
            out.append(NameSpan(i, i + 1, "ORG", "", False))  # "the Labour MP X", "a Tory councillor": the party
            covered[i] = 1
            continue
        if (end := _band_before_title(doc, i, covered, lex)) is not None:
            out.append(NameSpan(i, end, "ORG", "", False))  # "Paper Thimbles bassist X", "the Flint Wolves drummer": the band
            covered[i:end] = b"\x01" * (end - i)
            continue
        if tok.lower_ in lex.org_prefixes and tok.is_title and i + 1 < len(doc) and not covered[i + 1] and _capitalised(doc[i + 1]):
            end = i + 1  # "Real Sociedad", "Banco Sabadell": an organisation word opening capitalised words
            while end < len(doc) and end - i <= 3 and not covered[end] and _capitalised(doc[end]):
                end += 1
            out.append(NameSpan(i, end, "ORG", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[i:end] = b"\x01" * (end - i)
            continue
        if tok.lower_ in lex.org_suffixes and (tok.is_title or tok.is_upper) and i > 0 and not covered[i - 1] and (
                _capitalised(doc[i - 1]) or (doc[i - 1].is_title and doc[i - 1].pos_ in ("ADJ", "NOUN") and not doc[i - 1].is_stop
                                             and doc[i - 1].ent_iob_ == "O")):  # "Nordskar IF" read as an adjective
            start = i - 1
            while start > 0 and i - start < 3 and not covered[start - 1] and _capitalised(doc[start - 1]):
                start -= 1
            end = i + 1  # "Harrowgill Freight Group": the organisation words that close it, all of them
            while end < len(doc) and end - i < 3 and not covered[end] and doc[end].is_title and doc[end].lower_ in lex.org_suffixes:
                end += 1
            out.append(NameSpan(start, end, "ORG", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[start:end] = b"\x01" * (end - start)
    return out


def _listed_among_people(doc: Doc, i: int, covered: bytearray, lex: EntityLexicon) -> int | None:
    """"hired three engineers: Mira Osei, Olusegun Adair and Pella Vance": two or three capitalised words NER left out of a
    list ("A, B and C") whose other members (two or more) it read as people's names: a person's name too (its end)."""
    if strings(doc, "pos")[i] != "PROPN":
        return None  # (from the column first: no Token made for most capitalised words)
    tok = doc[i]
    if not tok.is_title or tok.is_sent_start:
        return None
    end = i + 1
    while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
        end += 1
    last = doc[end - 1]
    if end - i < 2 or last.lower_ in lex.org_suffixes or last.lower_ in lex.fac_suffixes or any(t.head.i != last.i for t in doc[i : end - 1]):
        return None
    top = last
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    others = [t for t in (top, *(d for d in top.subtree if d.dep_ == "conj")) if t.i != last.i]
    if len(others) < 2 or any(t.ent_type_ != "PERSON" or t.pos_ != "PROPN" for t in others):
        return None
    return end


def _band_before_title(doc: Doc, i: int, covered: bytearray, lex: EntityLexicon) -> int | None:
    """The end of two or three capitalised proper nouns NER left untagged, right before a band player's title
    ("Paper Thimbles bassist Ruth Imrie", "Ruth Imrie, the Paper Thimbles bassist,"): the band.  Not a place ("the
    New Jersey drummer"), not opening with a first name, not after another capitalised word."""
    def word(tok: Token) -> bool:  # (the tagger takes dictionary words for nouns: "the former Flint Wolves drummer")
        return _capitalised(tok) or (tok.is_title and tok.pos_ == "NOUN" and tok.ent_iob_ == "O" and not tok.is_stop)

    if strings(doc, "pos")[i] not in ("PROPN", "NOUN") or not word(doc[i]) or (i > 0 and word(doc[i - 1])) or is_first_name(doc[i].text):
        return None  # (the column first: `word` wants a proper noun or a noun)
    end = i + 1
    while end < len(doc) and end - i < 3 and not covered[end] and word(doc[end]):
        end += 1
    if end - i < 2 or end >= len(doc) or doc[end].lower_ not in BAND_TITLE_NOUNS or place_label(doc[i:end].text):
        return None
    return None if doc[end - 1].lower_ in lex.org_suffixes or doc[end - 1].lower_ in lex.fac_suffixes else end


def _named_before_who(doc: Doc, i: int, covered: bytearray, lex: EntityLexicon) -> int | None:
    """The end of two or three capitalised proper nouns NER left untagged, right before ", who" (not
    after "the": "the Flint Wolves, who" may be a band) and closed by no organisation word: a person."""
    if strings(doc, "pos")[i] != "PROPN":
        return None  # (from the column first: most capitalised words stop here)
    tok = doc[i]
    if not tok.is_title or (i > 0 and (_capitalised(doc[i - 1]) or doc[i - 1].lower_ == "the")):
        return None
    end = i + 1
    while end < len(doc) and end - i < 3 and not covered[end] and doc[end].pos_ == "PROPN" and _capitalised(doc[end]):
        end += 1
    if end - i < 2 or end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    last = doc[end - 1].lower_
    return None if last in lex.org_suffixes or last in lex.fac_suffixes else end


def _free_capital_run(doc: Doc, i: int, covered: bytearray, proper: bool) -> int | None:
    """The end of one to three capitalised words NER left untagged from token i, a proper noun, not after "the" or a
    capitalised word (`proper`: the words after it proper nouns too); None when i opens no such run."""
    if strings(doc, "pos")[i] != "PROPN":
        return None  # (from the column first: most capitalised words stop here)
    tok = doc[i]
    if not tok.is_title or not tok.is_alpha or (i > 0 and (_capitalised(doc[i - 1]) or doc[i - 1].lower_ == "the")):
        return None
    end = i + 1
    while end < len(doc) and end - i < 3 and not covered[end] and (not proper or doc[end].pos_ == "PROPN") \
            and _capitalised(doc[end]) and doc[end].is_alpha:
        end += 1
    return end


def _named_before_own(doc: Doc, i: int, covered: bytearray, lex: EntityLexicon) -> int | None:
    """The end of two or three capitalised proper nouns NER left untagged, the subject of the verb right after them
    whose object is "her" or "his" own ("Yolanthe Vickery won her first tour title", "Florimond Ledbetter sold his
    stake"): a person.  Not after "the" or a capitalised word; the last word no organisation or building word, the
    words no place."""
    end = _free_capital_run(doc, i, covered, proper=True)
    if end is None or end - i < 2 or end + 1 >= len(doc) or any(doc[k].ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") for k in range(i, end)):
        return None  # ("On Tuesday Ana Holt added her signature": a day, then the name)
    verb = doc[end]
    if verb.tag_ not in ("VBD", "VBZ") or doc[end - 1].head.i != verb.i or doc[end - 1].dep_ != "nsubj" \
            or doc[end + 1].lower_ not in ("her", "his"):
        return None
    last = doc[end - 1].lower_
    if last in lex.org_suffixes or last in lex.fac_suffixes or place_label(doc[i:end].text):
        return None
    return end


def _named_before_age(doc: Doc, i: int, covered: bytearray, lex: EntityLexicon) -> int | None:
    """The end of one to three capitalised proper nouns NER left untagged, right before ", 45,": an age set off by
    commas tells of a person ("Ifeoma Uche, 45, was appointed", "Pellor, 52, said").  A lone word must be no
    dictionary word and no place; the last word no organisation or building word; not after "the"."""
    end = _free_capital_run(doc, i, covered, proper=False)
    if end is None or end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != "," or not doc[end + 1].text.isdigit() \
            or not 1 <= int(doc[end + 1].text) <= 110:
        return None
    last = doc[end - 1]
    if last.lower_ in lex.org_suffixes or last.lower_ in lex.fac_suffixes or place_label(doc[i:end].text):
        return None
    if end - i == 1 and is_dictionary_word(doc[i].text, doc[i].lemma_):
        return None
    return end


def _name_after_dateline(doc: Doc, i: int, covered: bytearray) -> int | None:
    """"VELMONT — Ana Ruiz-Toledo beat ...": NER, misled by the capitals before the dash, often
    misses the name opening the story.  A given name right after a dateline's dash, then one or two
    capitalised words (hyphenated surnames kept whole), is a person; returns the span's end."""
    if i < 2 or strings(doc, "text")[i - 1] not in DATELINE_DASHES:
        return None  # (from the column first: most words follow no dash)
    tok = doc[i]
    if not tok.is_title or not tok.is_alpha or not is_first_name(tok.text):
        return None
    start = i - 2
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    if not is_dateline(doc, start):
        return None
    end, words = i + 1, 0
    while end < len(doc) and words < 2 and not covered[end]:
        if _capitalised(doc[end]) or (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN") and doc[end].ent_iob_ == "O"):
            end += 1
            words += 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and doc[end + 1].is_title and not covered[end + 1]:
                end += 2  # "Bravenner-Vuay": a hyphenated surname is one word
        else:
            break
    return end if words else None


# person nouns a firm or a team is called too ("the French rival X", "its partner Y"): no person's name after them
NOT_ONLY_PEOPLE = frozenset({"rival", "partner", "client", "customer", "competitor", "owner", "winner", "champion", "finalist",
                             "member", "runner-up", "leader", "newcomer", "holder", "investor", "shareholder", "creditor"})


def listed_kin(tok: Token) -> bool:
    """A name in apposition to a child noun, or coordinated with one that is ("sons, Pim and Joost")."""
    head, steps = tok, 0
    while head.dep_ in ("conj", "appos") and head.head.i != head.i and steps < 4:
        head, steps = head.head, steps + 1
        if head.pos_ == "NOUN":
            return head.lemma_.lower() in KIN_NOUNS
    return False


PLAYER_NOUNS = frozenset({"striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "player", "full-back", "centre-back",
                          "playmaker", "rider", "driver", "captain", "skipper"})


def missed_bodies_before_titles(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"Arsenal captain Kofi Mensah", "the Iron Meadow singer Nils Aho", "Salcyon Energy chief executive
    X": capitalised words NER saw nothing in, before a title or a player's or a band member's word
    that opens a person's name, are the body (or the place) the title is of."""
    from .name_cues import BAND_ROLE_NOUNS  # (name_cues reads this module)

    covered = _covered(doc, spans)
    people = {s.start for s in spans if s.ner_label == "PERSON" or s.label == "PERSON"}
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        capital = _capitalised(tok) or (tok.pos_ == "ADJ" and tok.is_title and tok.ent_iob_ == "O" and not is_dictionary_word(tok.lower_))
        if covered[i] or not capital or (i > 0 and _capitalised(doc[i - 1]) and not covered[i - 1]):
            continue  # ("Arsenal captain X": the tagger's adjective)
        end = i + 1
        while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
            end += 1
        if end + 1 >= len(doc) or end + 1 not in people or not doc[end].is_lower:
            continue
        word = doc[end].lower_
        if word not in lex.titles and word not in BAND_ROLE_NOUNS and word not in PLAYER_NOUNS:
            continue
        if tok.lower_ in lex.titles or (tok.is_sent_start and is_dictionary_word(tok.lower_)) or is_first_name(tok.text):
            continue  # "Prime minister X"; "Veteran coach X" opening a sentence; "Sarah coach"
        label = place_label(doc[i:end].text) or "ORG"
        out.append(NameSpan(i, end, label, label, False))  # (the place the words hold says it)
        covered[i:end] = b"\x01" * (end - i)
    return out


# what a party is called before its name ("the opposition X party", "the ruling Y party")
PARTY_STANDINGS = frozenset({"opposition", "ruling", "governing", "rival", "junior", "minority", "centrist", "nationalist", "populist",
                             "breakaway", "fledgling", "insurgent"})


def _untagged_runs(doc: Doc, spans: list[NameSpan], opens: Callable[[Token], bool], most: int,
                   closes: Callable[[int, int], bool]) -> list[NameSpan]:
    """Runs of capitalised words NER saw nothing in, each from a word `opens` accepts, of at most `most` words, that
    `closes` (given the run's start and end) accepts: organisations' names."""
    covered = _covered(doc, spans)
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        if covered[i] or not opens(tok):
            continue
        end = i + 1
        while end < len(doc) and end - i < most and not covered[end] and _capitalised(doc[end]):
            end += 1
        if closes(i, end) and not any(covered[i:end]):
            out.append(NameSpan(i, end, "ORG", "ORG", False))
            covered[i:end] = b"\x01" * (end - i)
    return out


def missed_parties(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"crossed the floor to the opposition Open Horizon party": capitalised words NER saw nothing in, between a party's
    standing ("opposition", "ruling") and the lowercase word "party", are the party's name."""
    return _untagged_runs(doc, spans, lambda tok: _capitalised(tok) and tok.i >= 2 and doc[tok.i - 1].lower_ in PARTY_STANDINGS
                          and doc[tok.i - 2].lower_ == "the", 4, lambda i, end: end < len(doc) and doc[end].lower_ == "party")


def missed_band_names(doc: Doc, spans: list[NameSpan], band_nouns: frozenset[str]) -> list[NameSpan]:
    """"The Glasgow four-piece The Quiet Orreries have won": capitalised words NER saw nothing in, opening with "The" right
    after a word for a band (a hyphened one split by the tokenizer too), are the band's name."""
    def opens(tok: Token) -> bool:
        i = tok.i
        word = f"{doc[i - 3].lower_}-{doc[i - 1].lower_}" if i >= 3 and doc[i - 2].text == "-" else doc[i - 1].lower_ if i else ""
        return tok.text == "The" and word in band_nouns and doc[i - 1].is_lower

    return _untagged_runs(doc, spans, opens, 5, lambda i, end: end - i >= 2)


def missed_org_subjects(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """A capitalised name NER missed altogether where only an organisation fits ("Globex cut 300 jobs", "Globex merged
    with Y", "a stake in Globex": `name_cues.org_context`), once the parts of people's names are found."""
    from .name_cues import (  # (name_cues reads this module)
        BODY_ONLY_NOUNS,
        MEMBERSHIP_NOUNS,
        body_only_noun,
        org_context,
        team_told_as_plural,
    )

    covered = _covered(doc, spans)
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        unknown_noun = tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_iob_ == "O" and noun_tagged_name(tok) \
            and (tok.head.lemma_.lower() in HIRING_VERBS or tok.head.lemma_.lower() in lex.org_clause_verbs
                 or firm_subject(tok, i, i + 1))
        # ("Corvel hired X", "Volund is axing 300 jobs": a word no dictionary has, taken for a common noun)
        if covered[i] or not (_capitalised(tok) or unknown_noun) or (i > 0 and _capitalised(doc[i - 1]) and not covered[i - 1]):
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
            end += 1
        if end < len(doc) and doc[end].lower_ == "of" and end + 1 < len(doc) and covered[end + 1]:
            continue  # "The University of X", with only X found so far: joined later (`join_after_vote`)
        root = doc[end - 1]
        if end - i == 1 and _institution_head(root, lex) and end + 1 < len(doc) and doc[end].lower_ == "of" \
                and _capitalised(doc[end + 1]) and not covered[end + 1]:
            end += 2  # "the Port of Brastellmoor hired X", "the Bank of Rendale": the body is the whole, not "Port"
            while end < len(doc) and end - i < 5 and not covered[end] and _capitalised(doc[end]):
                end += 1
        owns = root.dep_ == "poss" and body_only_noun(root.head, BODY_ONLY_NOUNS | MEMBERSHIP_NOUNS) and not place_label(
            doc[i:end].text) and not is_first_name(doc[i].text)  # "Plumvale's founder, X,", "Plumvale's board"
        if org_context(root, lex) or _hirer(root, i, end) or firm_subject(root, i, end) or owns \
                or team_told_as_plural(root, doc[i:end], lex):  # "Harrowgate Town have parted ways with ..."
            out.append(NameSpan(i, end, "ORG", "", end < len(doc) and doc[end].tag_ == "POS"))
            covered[i:end] = b"\x01" * (end - i)
    return out


def _institution_head(tok: Token, lex: EntityLexicon) -> bool:
    """"Port", "Bank", "University": a word that names a body of the place after "of"."""
    return tok.is_title and (tok.lower_ in INSTITUTION_HEADS or tok.lower_ in lex.org_suffixes or tok.lower_ in lex.org_prefixes)


def missed_work_subjects(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A capitalised name NER missed altogether (often opening its sentence: "Glass Hours premiered at Cannes") that is
    the subject only a work can be ("X will premiere at Y", "X opens / arrives in cinemas", "X was released through Y Records",
    "X came out in 2019"), or one a participle tells was put out ("X, released in March, topped the charts"):
    a title of two words or three, not a person's nor a known place's."""
    from .name_cues import (  # (name_cues reads this module)
        came_out,
        issued_participle,
        shown_subject,
        starring,
    )

    covered = _covered(doc, spans)
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        if covered[i] or not _capitalised(tok) or (i > 0 and _capitalised(doc[i - 1]) and not covered[i - 1]):
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and not covered[end] and (_capitalised(doc[end]) or (
                doc[end].pos_ == "NOUN" and doc[end].is_title and doc[end].ent_iob_ == "O")):  # ("Summer Rain": a common noun last)
            end += 1
        if i > 0 and doc[i - 1].is_sent_start and doc[i - 1].is_title and doc[i - 1].pos_ in ("NOUN", "ADJ") and not covered[i - 1]:
            i -= 1  # "Flint Thimbles will premiere ...": the tagger's common noun opening the sentence
        root = doc[end - 1]
        if end - i < 2 or root.dep_ not in ("nsubj", "nsubjpass") or (root.head.pos_ != "VERB" and root.head.lemma_ != "be") \
                or is_first_name(doc[i].text) or place_label(doc[i:end].text) \
                or not (shown_subject(root.head, root.head.lemma_.lower(), root.dep_) or (root.dep_ == "nsubj" and came_out(root.head))
                        or issued_participle(root) or starring(root)):
            continue
        out.append(NameSpan(i, end, "WORK", "", False))
        covered[i:end] = b"\x01" * (end - i)
    return out


def firm_subject(root: Token, start: int, end: int) -> bool:
    """"Zentaro announced that it had acquired Lumeo", "Nuvance agreed to buy Tesslar", "Halcyra is to buy
    Brentmoor", "Fellworth sold its cement unit": a name that buys a named body, or is "it" and "its" to the
    text, is a body's (a person buying a firm is named in full first, a first name or a known place is no firm)."""
    if root.dep_ != "nsubj" or is_first_name(root.doc[start].text) or place_label(root.doc[start:end].text):
        return False
    verb = root.head
    for act in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB")):  # "agreed to buy", "is to buy"
        if act.lemma_.lower() in BUYER_VERBS and any(c.dep_ == "dobj" and _named_body(c) for c in children_of(act)):
            return True
    return told_its(root)


def told_its(root: Token) -> bool:
    """"X sold its cement unit", "X has hired Y as its finance chief", "X agreed to buy its rival": the subject of a
    verb of a body's dealings whose object or post is "its", or who says "it" did one ("X said it had hired Y") -- no
    person's (unless the subject is told a person in apposition or by a phrase: "Tom Gale, chairman of Velden, named Y
    as its chief": the firm's)."""
    if root.dep_ != "nsubj":
        return False
    if any(c.dep_ == "prep" or (c.dep_ == "appos" and lexicon().is_person_noun(c.lemma_.lower())) for c in children_of(root)):
        return False
    verb = root.head
    if verb.lemma_.lower() in IT_SAYS_VERBS:
        told = BUYER_VERBS | HIRING_VERBS | ITS_VERBS | lexicon().org_clause_verbs
        return any(  # "X announced that it had acquired Y", "X said it would cut 90 jobs": "it", the teller
            c.dep_ == "ccomp" and c.lemma_.lower() in told
            and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in children_of(c)) for c in children_of(verb))
    for act in (verb, *(c for c in children_of(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB")):
        act_lemma = act.lemma_.lower()
        if act_lemma not in ITS_VERBS and act_lemma not in BUYER_VERBS and act_lemma not in ISSUING_VERBS:
            continue
        for c in children_of(act):
            owned = [c] if c.dep_ in ("dobj", "oprd") else [g for g in children_of(c) if g.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "as" else ()  # ("named X its new chairman": the post's)
            if any(g.dep_ == "poss" and g.lower_ == "its" for o in owned for g in children_of(o)):
                return True
    return False


def _named_body(obj: Token) -> bool:
    """What is bought is a named body: an organisation to the recognizer, or a capitalised name no place has (or a
    noun in apposition to one: "the software maker Druaystone")."""
    if obj.pos_ == "NOUN":
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and _named_body(c) for c in children_of(obj))
    return obj.ent_type_ == "ORG" or (obj.pos_ == "PROPN" and obj.is_title and obj.ent_type_ in ("", "PERSON")
                                      and not place_label(obj.text) and not is_first_name(obj.text)
                                      and not any(c.dep_ == "poss" or c.lower_ in ("a", "an") for c in children_of(obj)))


BUYER_VERBS = frozenset({"acquire", "buy", "purchase"})
ITS_VERBS = frozenset({"sack", "fire", "dismiss", "appoint", "name", "suspend", "replace", "promote", "axe", "ax", "sell",
                       "close", "shut", "hire", "recruit"})
ISSUING_VERBS = frozenset({"release", "launch", "unveil", "record"})  # "X released its first album": a band or a label
IT_SAYS_VERBS = frozenset({"announce", "say", "confirm", "disclose", "reveal", "state"})


HIRING_VERBS = frozenset({"hire", "recruit", "poach", "headhunt", "acquire"})
CLUB_SIGNING_VERBS = frozenset({"sign", "land", "bring", "snap", "loan", "complete", "unveil"})


def _hirer(root: Token, start: int, end: int) -> bool:
    """"Corvel hired Ruth Adeleke": a name no one found, not a person's, that hires or acquires someone
    or something (people found by the recognizer hire too: this only names what it missed)."""
    if root.dep_ != "nsubj" or is_first_name(root.doc[start].text) or place_label(root.doc[start:end].text):
        return False
    objects = [c for c in children_of(root.head) if c.dep_ == "dobj"]
    if root.head.lemma_.lower() in HIRING_VERBS and objects:
        return True
    if root.head.lemma_.lower() in CLUB_SIGNING_VERBS and objects and end - start > 1 and lexicon().org_kind_of_word.get(root.lower_) == "sport":
        return True  # "Brookfield Town have signed the defender X", "Stastlemere City have completed the signing of X": a club, by
        # its name's last word, taking a player on (its town named alone in a headline can hide it from the recognizer)
    return root.head.lemma_.lower() in ITS_STAFF_VERBS and any(
        c.dep_ == "poss" and c.lower_ == "its" for o in objects for c in children_of(o))  # "Yarrow sacked its chief executive"


# verbs of a body dealing with its own people or offer: "X sacked its manager", "X raised its offer" (its: no person's)
ITS_STAFF_VERBS = frozenset({"sack", "fire", "dismiss", "appoint", "name", "suspend", "replace", "promote", "axe", "ax",
                             "raise", "increase", "lower", "withdraw", "drop", "sweeten", "improve"})


PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "outside", "around", "across", "throughout"})
MOVED_TO_VERBS = frozenset({"move", "relocate", "emigrate", "immigrate", "flee", "retire"})  # (not "return": "returned to Arsenal")
TRIP_NOUNS = frozenset({"trip", "journey", "holiday", "vacation", "pilgrimage", "voyage", "expedition", "honeymoon"})  # "a trip to
# X": a place travelled to (not "a visit to X", often a person's or a body's)
OCCASION_HEADS = frozenset({"marry", "wed", "meet", "engage", "propose", "elope", "honeymoon", "holiday", "trip", "vacation"})


def based(doc: Doc, end: int) -> bool:
    """"X-based": the name is followed by a hyphen and "based"."""
    return end + 1 < len(doc) and strings(doc, "text")[end] in ("-", "–") and strings(doc, "lower")[end + 1] == "based"


# who holds a seat: "the MP for X" (X a seat, never a person); also `events_args`, `resolve_tenure`
SEAT_HOLDERS = frozenset({"mp", "mps", "mep", "msp", "td", "mla", "mpp", "senator", "congressman", "congresswoman", "assemblyman",
                          "assemblywoman", "councillor", "councilor", "deputy", "representative"})
LEGISLATOR_SEATS = LEGISLATOR_NOUNS | SEAT_HOLDERS  # every word naming a legislator's seat ("MP", "senator", "TD", "deputy")


SEAT_NOUNS = frozenset({"seat", "constituency", "ward", "riding"})
TOWN_PART_NOUNS = frozenset({"district", "suburb", "neighbourhood", "neighborhood", "quarter", "area"})  # "the X district"
ELECTED_FOR = frozenset({"elect", "re-elect", "reelect", "return"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})


def _seat_for(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """"elected for Ushby North", "elected to parliament for Varnesby": the name after "for" is a seat, not a
    party, when it ends in a point of the compass or the body elected to is named already ("to parliament");
    never a name with a word of a party or body ("elected for the Rural League")."""
    words = [t.lower_ for t in doc[start:end]]
    if set(words) & (PARTY_WORDS | BODY_NAME_WORDS) or doc[start].ent_type_ == "NORP":
        return False
    return (len(words) > 1 and words[-1] in COMPASS_WORDS) or any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i < start and any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(verb))


# words of a name that say it is a party or a body ("elected to the council for the Rural League"), besides PARTY_WORDS
BODY_NAME_WORDS = frozenset({"league", "union", "alliance", "front", "movement", "party", "bloc", "forum", "coalition", "federation",
                         "congress", "democrats", "socialists", "greens", "liberals", "conservatives", "list", "group", "labour"})


# who or what comes "from" a town, never from a body: "crews from X", "flights from X", "volunteers from X and Y"
# (not "a letter from X", "funding from X", "an offer from X": a body's; a person noun is told by the lexicon)
FROM_PLACE_NOUNS = frozenset({"crew", "firefighter", "volunteer", "rescuer", "paramedic", "ambulance", "engine", "appliance",
                              "flight", "train", "bus", "coach", "ferry", "service", "route", "visitor", "tourist", "pilgrim",
                              "resident", "people", "family", "household", "villager", "fan", "supporter", "pupil", "refugee",
                              "migrant", "evacuee", "commuter", "traveller", "traveler", "passenger", "goods", "export", "import"})
STAKE_NOUNS = frozenset({"partner", "investor", "shareholder", "stakeholder", "member", "player", "star", "actor", "actress",
                         "character", "lead", "role"})  # "a partner in X", "an investor in X", "the star in X": a firm, a work
# (a GP, a teacher, a lawyer in X, with X a name the gazetteer does not know: a town -- "a chemist in Europe" stays a region)


def place_context(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """Where only a place fits: "X-based", "the town of X", "the mayor of X", "born in X", "a
    warehouse in X", "a nurse from X"."""
    if based(doc, end):
        return True
    if end == start + 1 and _in_a_word_no_date(doc[start]):
        return True  # "outsprinting Y in Turnhout"
    root = span_root(doc, start, end)
    if root.dep_ == "compound" and root.head.i == end and root.head.lemma_.lower() in SEAT_NOUNS \
            and doc[start].ent_type_ not in ("ORG", "NORP"):
        return True  # "held her Olmsby seat", "won the Kolby West seat": a constituency (not "the Labour seat")
    if root.dep_ == "compound" and root.head.i == end and root.head.lemma_.lower() in TOWN_PART_NOUNS and start > 0 \
            and doc[start - 1].lower_ == "the" and doc[start].ent_type_ not in ("ORG", "NORP"):
        return True  # "lives in the Mill Green district", "the Ashcroft area of the town": a part of a town
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in X and Y"
    if root.dep_ != "pobj":
        return False
    prep, holder = root.head, root.head.head
    lemma = holder.lemma_.lower()
    if prep.lower_ in ("of", "from"):
        if (holder.ent_type_ == "PERSON" or (holder.pos_ == "PROPN" and not holder.ent_type_)) and prep.i > 0 and doc[prep.i - 1].text == "," and end < len(doc) and doc[end].text in (",", ".") \
                and not _body_word(doc[end - 1], lex):
            return True  # "Tom Gale, 45, of Havelsham,", "Kim Bredin, 34, from Athy,": where a person named in a report lives
            # (also after a name the recognizer left untyped: "Ada Adekoya-Wells, from Stellmoor,")
        if prep.lower_ == "of":
            return lemma in lex.place_of_nouns and holder.pos_ == "NOUN"
    if prep.lower_ == "to":  # "moved to X in 2010", "emigrated to X": a place gone to live in (not "moved to X Hospital")
        return ((lemma in MOVED_TO_VERBS and holder.pos_ == "VERB") or (lemma == "home" and holder.dep_ == "advmod")
                or (lemma == "back" and holder.dep_ == "advmod" and holder.head.lemma_.lower() in MOVED_TO_VERBS)
                or (holder.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "home" for c in children_of(holder)))) \
            and not _body_word(doc[end - 1], lex)  # (or "came home to X")
    if prep.lower_ == "for":  # "the MP for Bradford Moorside": a constituency
        return holder.lower_ in SEAT_HOLDERS or (holder.lemma_.lower() in ELECTED_FOR and _seat_for(doc, start, end, holder))
    if prep.lower_ in PLACE_PREPOSITIONS:
        return lemma in lex.locative_heads or (prep.lower_ == "in" and holder.pos_ == "NOUN" and lex.is_person_noun(lemma)
                                               and lemma not in STAKE_NOUNS and place_label(doc[start:end].text) is None) or (prep.lower_ == "from" and (lex.is_person_noun(lemma) or lemma == "old" or (
            holder.pos_ == "NOUN" and lemma in FROM_PLACE_NOUNS and not _body_word(doc[end - 1], lex)) or (
            holder.pos_ == "NOUN" and any(c.lower_ == "old" and c.dep_ == "amod" for c in children_of(holder)))))
        # ("a 47-year-old former haulier from X", "the 19-year-old from X": a description of a person's age, whatever the noun)
    return False


def occasion_place(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """"married X in Sitterby", "met in Sitterby", "a holiday in the Brenn Hills", "a trip to Sitterby": where a wedding,
    a meeting or a journey was -- a place, for a name the recognizer missed or took for a person's (a body's name stays
    the body's: "met in Parliament")."""
    root = span_root(doc, start, end)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in X and Y"
    if root.dep_ != "pobj" or _body_word(doc[end - 1], lex):
        return False
    prep, holder = root.head, root.head.head
    if prep.lower_ == "in":
        return holder.lemma_.lower() in OCCASION_HEADS
    return prep.lower_ == "to" and holder.lemma_.lower() in TRIP_NOUNS and holder.pos_ == "NOUN"


DEMONYM_ENDINGS = ("ian", "ish", "ese")
LEAGUE_KINDS = frozenset({"side", "club", "team"})  # "the Bundesliga club X": a league's, not a town's
# kinds of body whose name before them is as often a parent body's as a town's ("the BBC channel X", "the Labour party")
NOT_TOWN_KINDS = frozenset({"group", "party", "league", "union", "council", "government", "court", "police", "force", "constabulary",
                            "channel", "network", "service", "platform", "website", "streamer", "broadcaster", "outlet", "giant",
                            "department", "ministry", "committee", "commission", "administration", "agency", "authority", "squad"})


def town_before_kind(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """"X, the Warrowmere four-piece", "the Parnwick law firm Y": a name between "the" (or "a") and common
    words ending in a kind of body, the phrase set beside another name (in apposition after it, or with the
    name right after it) -- the name before the kind is where that body is."""
    if start < 1 or strings(doc, "lower")[start - 1] not in ("the", "a", "an") or _body_word(doc[end - 1], lex) or based(doc, end) \
            or any(t.ent_type_ == "NORP" and is_dictionary_word(t.lower_) for t in doc[start:end]) \
            or doc[end - 1].lower_.endswith(DEMONYM_ENDINGS):
        return False  # (not a nationality: "the Danish charging firm X", "the Serravian club X")
    j = end
    while j < len(doc) and j - end < 7 and (doc[j].text in ("-", "–") or (doc[j].is_lower and doc[j].is_alpha and (
            doc[j].pos_ in ("NOUN", "ADJ", "NUM") or (doc[j].pos_ == "VERB" and doc[j].dep_ in ("amod", "compound"))
            or doc[j - 1].text in ("-", "–")))):
        j += 1  # (the lower-case words: "four-piece", "law firm", "data-software start-up")
    if j == end or doc[j - 1].text in ("-", "–"):
        return False
    kind = doc[j - 3 : j].text.lower() if j - 3 >= end and doc[j - 2].text in ("-", "–") else doc[j - 1].lemma_.lower()
    if lex.type_of_noun.get(kind) != "ORG" or kind in NOT_TOWN_KINDS:
        return False
    named_after = j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and kind not in LEAGUE_KINDS
    named_before = start >= 3 and doc[start - 2].text == "," and (doc[start - 3].pos_ == "PROPN" or doc[start - 3].is_title)
    return named_after or named_before


def _body_word(last: Token, lex: EntityLexicon) -> bool:
    """A name's last word that says it is a body or a building ("St Columba's Hospital", "Acme Ltd")."""
    word = last.lower_.rstrip(".")
    return word in lex.org_suffixes or lex.type_of_noun.get(word) in ("ORG", "FAC")


def missed_places(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """Capitalised words NER missed where only a place fits ("the town of X", "X-based")."""
    covered = _covered(doc, spans)
    out: list[NameSpan] = _missed_datelines(doc, covered)
    resume = 0
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        if i < resume or covered[i] or (tok.ent_iob_ != "O" and not _lone_word_read_as_date(tok)) or not tok.is_title or not tok.is_alpha \
                or (tok.is_sent_start and not based(doc, i + 1)):
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
            end += 1
        if (tok.pos_ == "PROPN" or based(doc, end)) and (place_context(doc, i, end, lex) or occasion_place(doc, i, end, lex)
                                                         or town_before_kind(doc, i, end, lex)):
            out.append(NameSpan(i, end, "GPE", "", end < len(doc) and doc[end].tag_ == "POS"))
        resume = end
    return out


def _missed_datelines(doc: Doc, covered: bytearray) -> list[NameSpan]:
    """"KELSWORTH, March 13 (Reuters) -", "KELSWORTH —": the capitals a dateline opens with, which the recognizer missed,
    are the town the story is filed from -- when one of the words is no dictionary word or the gazetteer knows
    them (not "EXCLUSIVE -", "ANALYSIS -")."""
    out: list[NameSpan] = []
    for i in sorted(dateline_starts(doc)):
        if covered[i] or doc[i].ent_iob_ != "O":
            continue
        end = i + 1
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        words = doc[i:end]
        if any(covered[i:end]) or end >= len(doc) or doc[end].text not in (",", "(", *DATELINE_DASHES) or not (place_label(words.text.title()) or any(not is_dictionary_word(w.lower_) for w in words)):
            continue
        out.append(NameSpan(i, end, "GPE", ""))
    return out


def _in_a_word_no_date(tok: Token) -> bool:
    """"outsprinting Y in Turnhout": a lone unknown word after "in" that the recognizer took for a date (no month, no day,
    no dictionary word) is where it happened."""
    return _lone_word_read_as_date(tok) and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _lone_word_read_as_date(tok: Token) -> bool:
    """"who has lived in Dunlevin since 2015": an unknown name alone that the recognizer took for a date (no month, no
    day, no dictionary word: a name it could not place)."""
    doc = tok.doc
    return tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I") \
        and tok.pos_ == "PROPN" and tok.lower_ not in MONTHS | WEEKDAYS and not is_dictionary_word(tok.lower_)


def _description_start(doc: Doc, i: int) -> int | None:
    """Where the words of an apposition begin after its determiner: "a ...", "the ...", "her ...", or a name's
    possessive ("Jane Doe's first novel")."""
    if doc[i].lower_ in ("a", "an", "the") or doc[i].tag_ == "PRP$":
        return i + 1
    j = i
    while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN":
        j += 1
    return j + 1 if j > i and j < len(doc) and doc[j].tag_ == "POS" else None


def described_label(doc: Doc, end: int, lex: EntityLexicon, person_like: bool = False) -> str | None:
    """", the Swedish furniture maker," / ", a solar-power company in X": the label of the first
    type noun (or person noun) in an apposition right after a name.  A trade of people or firms
    (", a Chilean producer,") is a person's only when the name is `person_like`."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    start = _description_start(doc, end + 1)
    if start is None:
        return None
    for tok in doc[start : min(len(doc), start + 7)]:
        if tok.is_punct and tok.text not in ("-", "–"):
            return None
        lemma = tok.lemma_.lower()
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):
            lemma = doc[tok.i - 2 : tok.i + 1].text.lower()  # "start-up"
        if tok.pos_ in ("NOUN", "ADV", "ADP", "ADJ") and (lex.is_person_noun(lemma) or lemma in lex.type_of_noun):
            if tok.i + 1 < len(doc) and ((doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 1].is_lower) or doc[tok.i + 1].tag_ == "POS"
                                         or (doc[tok.i + 1].text in ("-", "–") and not doc[tok.i].whitespace_)):
                continue  # "a Hamburg film maker", "the company's founder", "the car-parts maker": the last noun says what it is
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                return None  # "X, the actress Y": the noun describes Y
            if tok.dep_ in ("oprd", "dobj", "attr") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < end:
                return None  # "was named X at the Y Awards in Frankfurt, a prize she ...": the verb's, not the name's
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i \
                    and not any(t.text == "," for t in doc[tok.i + 1 : tok.head.i]):
                return None  # "... in Kenya and Tanzania, the university announced": a clause's subject, no apposition (but
                # "X, a thriller starring Y and Z, the studio said": a phrase the parser took for the subject of a later verb)
            if lemma in lex.person_or_firm_nouns and not person_like:
                return "ORG"
            if lex.is_person_noun(lemma):  # (after a possessive, "X, its main rival," may be a firm: no person said)
                return "PERSON" if doc[end + 1].lower_ in ("a", "an", "the", "his", "her") else None  # (", her deputy,": a person's)
            return lex.type_of_noun[lemma]
        if tok.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ") and not (tok.pos_ == "VERB" and (tok.dep_ == "amod" or _hyphened(doc, tok))):
            return None  # (but "the Oslo-based maker", "the family-owned chain", "the battery-recycling start-up": a
            # participle describing the noun, or the second half of a hyphened modifier; "a Danish start-up": the
            # first half of a hyphened noun the tagger read as a verb)
    return None


def _hyphened(doc: Doc, tok: Token) -> bool:
    """A token joined by a hyphen, with no space, to the word before it or after it ("Oslo-based", "start-up")."""
    before = tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and not doc[tok.i - 2].whitespace_
    return before or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–") and not tok.whitespace_)


def _kind_noun_before(doc: Doc, start: int, end: int, lex: EntityLexicon) -> str | None:
    """"the cloud accounting company X", "the Oslo-based band X": a definite phrase whose last common
    noun, just before the name and hanging on it, says what kind of body the name is."""
    if start < 2:
        return None
    noun = doc[start - 1]
    lemma = noun.lemma_.lower()
    root = span_root(doc, start, end)
    hangs = (noun.head.i in range(start, end) and noun.dep_ in ("compound", "nmod", "amod")) or \
        (root.dep_ == "appos" and root.head.i == noun.i) or doc[start].pos_ != "PROPN" \
        or (doc[start].head.i == noun.head.i and doc[start].dep_ == noun.dep_)  # (or both objects of one verb)
    # (or the name parsed as the noun's apposition, or an unknown word the tagger took for a common one: "the company Quillory")
    if noun.pos_ not in ("NOUN", "ADJ") or (noun.pos_ == "ADJ" and noun.dep_ != "amod") or not noun.is_lower or not hangs:
        return None  # (a kind noun the tagger took for an adjective: "the startup Nuillon")
    label = lex.type_of_noun.get(lemma)
    if label not in ("ORG", "FAC"):
        return None
    j = start - 2
    while j >= max(0, start - 7) and (doc[j].pos_ in ("NOUN", "ADJ", "PROPN", "NUM") or doc[j].text in ("-", "–")
                                       or doc[j].dep_ == "amod"):
        j -= 1  # "the Stockholm payments group X", "the Oslo-based band X"
    return label if j >= 0 and (doc[j].tag_ in ("POS", "PRP$") or doc[j].lower_ in ("the", "this", "that")) else None


def missed_described(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"Aldermoor, the Swedish furniture maker, said", "the cloud accounting company Pallas":
    capitalised proper nouns NER missed, set off by an apposition whose head noun says what they
    name, or after such a noun."""
    covered = _covered(doc, spans)
    out: list[NameSpan] = []
    for tok in _capital_and_quote_tokens(doc)[0]:
        i = tok.i
        if covered[i] or not tok.is_title or tok.ent_iob_ != "O" or i + 1 >= len(doc):
            continue
        if tok.pos_ != "PROPN":  # "the payroll company Quillory" tagged an adjective: a capital mid-sentence after a kind noun
            if i == 0 or tok.is_sent_start or tok.pos_ not in ("ADJ", "NOUN") or tok.is_stop or is_dictionary_word(tok.lower_):
                continue
            if (kind := _kind_noun_before(doc, i, i + 1, lex)) is not None:
                end = i + 1
                while end < len(doc) and end - i < 3 and not covered[end] and doc[end].is_title and doc[end].is_alpha \
                        and (doc[end].pos_ == "PROPN" or not is_dictionary_word(doc[end].lower_)):
                    end += 1  # "the investment bank Merrion Tewkes": the tagger's noun and verb, one name
                out.append(NameSpan(i, end, kind, "", False))
                covered[i:end] = b"\x01" * (end - i)
            continue
        if i > 0 and not covered[i - 1] and _capitalised(doc[i - 1]):
            continue  # the run starts earlier
        end = i + 1
        while end < len(doc) and end - i < 3 and not covered[end] and _capitalised(doc[end]):
            end += 1
        label = described_label(doc, end, lex) or _kind_noun_before(doc, i, end, lex)
        if label == "PERSON" and not _person_shaped(doc, i, end, lex) and not _post_holder(doc, i, end, lex):
            continue
        if label is not None:
            out.append(NameSpan(i, end, label, "", False))
            covered[i:end] = b"\x01" * (end - i)
    return out


def _post_holder(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """"Dralbrook, the chief executive of Cindral, resigned": one capitalised word no dictionary has, set off by
    a post in a body ("the <person noun> of / at X"), is a person named by the surname (no body is a post)."""
    if end - start != 1 or is_dictionary_word(doc[start].text) or place_label(doc[start].text):
        return False
    for tok in doc[end + 2 : min(len(doc) - 1, end + 6)]:
        if tok.is_punct:
            return False
        if tok.pos_ == "NOUN" and lex.is_person_noun(tok.lemma_.lower()) and tok.lemma_.lower() not in lex.person_or_firm_nouns:
            nxt = doc[tok.i + 1]
            return nxt.lower_ in ("of", "at") and tok.i + 2 < len(doc) and doc[tok.i + 2].is_title
    return False


def _person_shaped(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """"Fiachra Dethersby, the former finance director of ...": two or three capitalised words NER
    missed, a given name (or a word no dictionary has) first and no organisation or place word last,
    set off by an apposition headed by a person noun, are a person's name when the story calls
    them by the last word again ("Dethersby was convicted")."""
    words = doc[start:end]
    last = words[-1].lower_
    again = any(t.text == words[-1].text and not start <= t.i < end for t in doc)
    return again and 2 <= len(words) <= 3 and all(t.is_alpha or "-" in t.text for t in words) \
        and (is_first_name(words[0].text) or not is_dictionary_word(words[0].text)) \
        and last not in lex.org_suffixes and last not in lex.fac_suffixes and not place_label(words.text)


OPEN_QUOTES = frozenset({"“", '"', "‘‘", "``"})
CLOSE_QUOTES = frozenset({"”", '"', "''"})
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES
WORK_VERBS = frozenset({"publish", "release", "write", "record", "direct", "premiere", "stage", "compose", "paint", "film"})
WORK_PHRASAL_VERBS = frozenset({("put", "out"), ("bring", "out")})  # a work's release
SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "de", "la", "el", "y"})


def _work_cut_at_small_word(spans: list[NameSpan], start: int, stop: int, words: Span) -> bool:
    """'"Nine Winters at Skellingthorpe"', '"The Salt Hours of Ilvanne"': a quoted title whose opening words are a work
    already (a span of the title's start, taken as a work) and that goes on after a small word ("at", "of") -- the whole
    quotation is the work, not a work and a place."""
    small = [t.i for t in words if t.lower_ in SMALL_WORDS and t.i > start]
    return bool(small) and any(s.start == start and s.label == "WORK" and s.end <= small[0] < stop for s in spans)


def _modifies_noun_after(doc: Doc, words: Span, close: int) -> bool:
    """'the "Nine Winters at Quelmarsh" policy': the quotation's words hang on the common noun right after it (not '"X,"
    sources said': a new clause)."""
    after = doc[close + 1] if close + 1 < len(doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower and any(t.head.i == after.i for t in words)


def _work_noun_before(doc: Doc, quote: int, lex: EntityLexicon) -> bool:
    """"her fourth album, “X”", "the 1989 debut “X”", "published “X”", "the premiere of “X”": a work noun or verb (or the
    staging of a work) just before."""
    i = quote - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in WORK_VERBS:
        return True  # "published “X”", "released “X”"
    if i > 0 and doc[i].dep_ == "prt" and (doc[i].head.lemma_.lower(), doc[i].lower_) in WORK_PHRASAL_VERBS:
        return True  # "put out “X”", "brought out “Y”"
    if i >= 0 and doc[i].lower_ == "for" and _honoured_for(doc[i]):
        return True  # "nominated for “X”", "and again in 2008 for “Y”", "an award for “Z”"
    if i > 0 and doc[i].lower_ == "of" and doc[i - 1].pos_ == "NOUN" and doc[i - 1].lemma_.lower() in WORK_OCCASION_NOUNS:
        return True  # "the premiere of “X”", "a revival of “Y”"
    if i > 0 and doc[i].lower_ in ORDINAL_WORKS and doc[i - 1].tag_ in ("PRP$", "DT", "POS"):
        return True  # "her debut, “X”, ...; her third, “Y”," (an earlier work told first)
    if i > 0 and i == quote - 1 and doc[i].tag_ == "POS" and doc[i - 1].tag_ == "NNP" and doc[i - 1].ent_type_ == "PERSON":
        return True  # "Anselm Dravecky's “Nine Winters at Quelmarsh”": a person's titled work
    head = i >= 0 and (doc[i].pos_ == "NOUN" or (doc[i].pos_ == "ADJ" and i > 0 and doc[i - 1].tag_ in ("DT", "PRP$")))
    return head and lex.type_of_noun.get(doc[i].lemma_.lower()) == "WORK"  # "The single, “X,”" (tagged ADJ)


HONOUR_WORDS = frozenset({"nominate", "shortlist", "win", "go", "award", "honour", "honor", "praise", "acclaim", "nomination",
                          "prize", "nod", "oscar", "emmy", "grammy", "bafta", "golden", "globe", "goya", "césar"})
# ... and, anywhere earlier in the sentence, words of a contest a title is put up for ("nominated for three Grammy
# Awards: in 2020 and, this month, for “X”", "the shortlist included A for “Y”")
CONTEST_WORDS = HONOUR_WORDS | {"shortlist", "favourite", "favorite", "contender", "finalist", "nominee", "candidate", "longlist"}
WORK_OCCASION_NOUNS = frozenset({"premiere", "production", "revival", "staging", "recording", "screening", "adaptation"})
# "her second, “X”", "their latest, “Y”": a work counted among the author's works
ORDINAL_WORKS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
                           "newest", "next", "last", "follow-up"})


def _honoured_for(prep: Token) -> bool:
    """"for" hanging on a nomination, a win or a prize (through "and again in 2008 for", or the
    category won: "won best actor for"), or in a sentence about a contest."""
    head = prep.head
    for _ in range(3):
        if head.lemma_.lower() in HONOUR_WORDS:
            return True
        if head.dep_ not in ("conj", "advmod", "prep", "pobj", "dobj") or head.head.i == head.i:
            break
        head = head.head
    return any(t.lemma_.lower() in CONTEST_WORDS for t in prep.doc[prep.sent.start : prep.i])


def _listed_by(doc: Doc, close: int) -> bool:
    """"the shortlist comprised “X” by A, “Y” by B": a title followed by "by" and a name, in a sentence of a contest."""
    i = close + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != "by" or not (doc[i + 1].is_title or doc[i + 1].lower_ == "the"):
        return False
    return any(t.lemma_.lower() in CONTEST_WORDS for t in doc[doc[close].sent.start : close])


CREDIT_NOUNS = frozenset({"actor", "actress", "star", "co-star", "singer", "songwriter", "author", "writer", "novelist", "director",
                          "creator", "showrunner", "host", "presenter", "rapper", "frontman", "frontwoman", "alum", "alumna", "hitmaker"})


def _credited_after(doc: Doc, open_at: int, close: int) -> bool:
    """'The "Cedar Falls" actress', 'her "Night Shift" co-star': a quoted title between a determiner and the noun of
    someone known for a work (the title says which work)."""
    after = close + 1
    if after >= len(doc) or not doc[after].is_lower or doc[after].lower_ not in CREDIT_NOUNS:
        return False
    return open_at > 0 and (doc[open_at - 1].lower_ in ("the", "a", "an") or doc[open_at - 1].tag_ in ("PRP$", "POS"))


def quoted_works(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """A title in quotation marks after a work noun or verb ("published “X”"), in front of an apposition naming a work
    (""X", the debut film of ..."), or before the noun of one known for it ('the "X" actress') is a work, whatever NER
    made of it: the spans inside are replaced by one WORK span."""
    found: list[NameSpan] = []
    loose: list[NameSpan] = []  # titles in quotation marks with no cue of their own
    listed, texts = tokens(doc), strings(doc, "text")
    for tok in _capital_and_quote_tokens(doc)[1]:
        if tok.text not in OPEN_QUOTES:
            continue
        end = tok.i + 1
        while end < len(listed) and end - tok.i <= 9 and texts[end] not in CLOSE_QUOTES and not listed[end].is_space:
            end += 1
        if end >= len(listed) or texts[end] not in CLOSE_QUOTES:
            continue
        start, stop = tok.i + 1, end
        while stop > start and listed[stop - 1].is_punct:
            stop -= 1  # '"Iron Bridge,"'
        words = listed[start:stop]
        if not len(words) or not words[0].text[:1].isupper() or any(
                t.is_alpha and not t.text[:1].isupper() and t.lower_ not in SMALL_WORDS for t in words):
            continue
        after = described_label(doc, end + 1, lex) if end + 1 < len(doc) else None
        if _work_noun_before(doc, tok.i, lex) or after == "WORK" or _listed_by(doc, end) or _credited_after(doc, tok.i, end) \
                or ((_work_cut_at_small_word(spans, start, stop, words) or _owned(doc, tok.i)) and not _modifies_noun_after(doc, words, end)):
            found.append(NameSpan(start, stop, "WORK", "WORK", stop < len(doc) and doc[stop].tag_ == "POS"))
        elif not _modifies_noun_after(doc, words, end) and not (tok.i > 0 and doc[tok.i - 1].is_title and end + 1 < len(doc)
                                                                 and doc[end + 1].is_title):  # (not 'Wilhelmina "Billie" Trevannion')
            loose.append(NameSpan(start, stop, "WORK", "WORK", stop < len(doc) and doc[stop].tag_ == "POS"))
    found += _listed_with_works(doc, spans, found, loose)
    if not found:
        return spans
    taken = _covered(doc, found)
    kept = []
    for s in spans:
        if any(taken[s.start : s.end]):
            cut = next(i for i in range(s.start, s.end) if taken[i])
            while cut > s.start and (doc[cut - 1].is_punct or doc[cut - 1].lower_ in ("for", "of", "with")):
                cut -= 1  # 'the Lumen Prize for "Silent Yards"' (one NER span): the prize before the title stays
            if cut == s.start:
                continue
            s.end = cut
        kept.append(s)
    return kept + found


def _owned(doc: Doc, quote: int) -> bool:
    """'Teodor Vasilache's "Kestrels in January,"': a title after a proper name's possessive, whatever NER made of the
    owner (an organisation here), unless the title describes a noun after it ('X's "Y" policy')."""
    return quote > 1 and doc[quote - 1].tag_ == "POS" and doc[quote - 2].tag_ == "NNP"


def _listed_with_works(doc: Doc, spans: list[NameSpan], found: list[NameSpan], loose: list[NameSpan]) -> list[NameSpan]:
    """'made his name with "Two Bridges," ... and followed it with "The Widow's Orchard" in 2014 and "Northern Lamps" in
    2019': titles in quotation marks in the sentence of a quoted title known to be a work (by its cue, or NER's work
    exactly within the marks) are works too."""
    def quoted_work(s: NameSpan) -> bool:
        return s.label == "WORK" and s.start > 0 and doc[s.start - 1].text in OPEN_QUOTES and s.end < len(doc) and (
            doc[s.end].text in CLOSE_QUOTES or (doc[s.end].is_punct and s.end + 1 < len(doc) and doc[s.end + 1].text in CLOSE_QUOTES))
    sentences = {doc[s.start].sent.start for s in (*found, *(s for s in spans if quoted_work(s)))}
    return [s for s in loose if doc[s.start].sent.start in sentences]


ORG_PARTICLES = frozenset({"do", "da", "de", "del", "della", "dos", "das", "di", "du", "des", "der", "den", "van", "von", "y", "i"})


def missed_particle_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Capitalised words joined by a lower-case particle that NER missed or cut at the particle:
    "União da Lapa", "Real Sociedad de Fútbol", "Vitória do Tâmega" (NER: "Vitória" alone, a place).
    The name is one span: a place when the gazetteer knows it, a person after a first name NER did not
    read as something else ("Ana de Souza"), else an organisation; the context votes may still retype it."""
    owner = span_owners(doc, spans)
    toks = tokens(doc)
    out: list[NameSpan] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not (_capitalised_word(tok) and (owner[i] < 0 or _one_word_span(spans[owner[i]], i))):
            i += 1
            continue
        end, joined = i + 1, False
        while end + 1 < len(toks) and toks[end].lower_ in ORG_PARTICLES and toks[end].is_lower and _capitalised_word(toks[end + 1]) \
                and owner[end] < 0 and owner[end + 1] < 0:
            end, joined = end + 2, True
            while end < len(toks) and _capitalised_word(toks[end]) and owner[end] < 0:
                end += 1
        if not joined or (tok.is_sent_start and end - i == 3 and toks[i + 1].lower_ in ("de", "y")):
            i = end
            continue
        cut = owner[i] >= 0
        if cut:
            spans[owner[i]].end = spans[owner[i]].start  # "Vitória" of "Vitória do Tâmega"
        person = is_first_name(tok.text) and not cut  # "Ana de Souza", not "Vitória" (a place to NER) "do Tâmega"
        label = place_label(doc[i:end].text) or ("PERSON" if person else "ORG")  # ("Santiago de Compostela")
        out.append(NameSpan(i, end, label, label, end < len(toks) and toks[end].tag_ == "POS"))
        i = end
    return out


# particles between a given name and a surname ("Gwen ap Rhys", "Nura bint Saad", "Ana de Souza")
PERSON_PARTICLES = frozenset({"ap", "ab", "ferch", "verch", "bint", "bin", "ibn", "de", "da", "di", "du", "dos", "das", "del",
                              "van", "von", "der", "den", "ter", "la", "le"})


def person_particle_starts(doc: Doc, spans: list[NameSpan]) -> None:
    """"Gwen ap Rhys, an analyst at X": a person NER read from the surname alone, the given name and the particle
    before it left out -- the span starts at the given name (a known first name, in no other span)."""
    owner = span_owners(doc, spans)
    for span in spans:
        s = span.start
        if span.label != "PERSON" or s < 2 or span.end <= s:
            continue
        particle, given = doc[s - 1], doc[s - 2]
        if particle.lower_ in PERSON_PARTICLES and particle.is_lower and owner[s - 1] < 0 and owner[s - 2] < 0 \
                and _capitalised_word(given) and is_first_name(given.text):
            span.start = s - 2


def _capitalised_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _one_word_span(span: NameSpan, i: int) -> bool:
    """NER's span of this one word, not a person's name ("Vitória" as a place)."""
    return span.start == i and span.end == i + 1 and span.ner_label not in ("PERSON", "")
