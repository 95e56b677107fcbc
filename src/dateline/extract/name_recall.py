"""Other occurrences of names found elsewhere in the document that NER did not mark: the parts
of a person's full name ("Doe" after "Jane Doe"), and organisation, place and work names."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from ..nlp import strings, tokens
from ..timex.lexicon import table
from .entity_lexicon import is_dictionary_word, lexicon
from .first_names import is_first_name
from .gazetteer import place_label
from .name_missed import noun_tagged_name
from .name_repairs import CLUB_INITIALS
from .name_spans import NameSpan

DATE_WORDS = frozenset(w for name in ("months", "weekdays", "seasons", "units", "mods", "refs", "dayparts", "holidays")
                       for w in table(name) if " " not in w) | {"last", "next", "this", "early", "late", "mid", "year", "years"}
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})  # "in May"


def _name_like_at_start(doc: Doc, i: int) -> bool:
    """A sentence-initial capitalised common word ("Price", "Stone") used as a surname: it is
    the subject, or followed by a comma, a possessive or a verb."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].dep_ in ("nsubj", "nsubjpass") or (
        nxt is not None and (nxt.text == "," or nxt.tag_ == "POS" or nxt.pos_ in ("VERB", "AUX")))


def _covered(doc: Doc, spans: list[NameSpan]) -> bytearray:
    covered = bytearray(len(doc))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    return covered


def _scan(doc: Doc, covered: bytearray, names: Iterable[tuple[str, ...]], start_ok: Callable[[int], bool],
          found: Callable[[int, int, tuple[str, ...]], NameSpan | None]) -> list[NameSpan]:
    """Left to right over capitalised words no name covers, the longest run of words (at most
    as long as the longest of `names`, the runs `found` may accept) that `found` turns into a
    name span; the scan goes on after it.  Only a word that opens one of `names` is tried."""
    texts = strings(doc, "text")
    names = list(names)
    longest = max((len(w) for w in names), default=0)
    firsts = {w[0] for w in names if w}
    added: list[NameSpan] = []
    n = len(texts)
    i = 0
    while i < n:
        if covered[i] or texts[i] not in firsts or not texts[i][:1].isupper() or not start_ok(i):
            i += 1
            continue
        for k in range(min(longest, n - i), 0, -1):
            if any(covered[i : i + k]):
                continue
            span = found(i, k, tuple(texts[i : i + k]))
            if span is not None:
                added.append(span)
                i += k - 1
                break
        i += 1
    return added


def add_missed_parts(doc: Doc, spans: list[NameSpan], parts: dict[str, set[tuple[str, ...]]]) -> list[NameSpan]:
    """Occurrences of a known person name (or one of its parts) that NER did not mark."""
    covered = _covered(doc, spans)
    candidates: set[tuple[str, ...]] = set()
    for full, subs in parts.items():
        candidates.add(tuple(full.split(" ")))
        candidates |= subs
    toks = tokens(doc)

    def start_ok(i: int) -> bool:
        tok = toks[i]
        return not ((tok.ent_type_ in NOT_NAMES and not _name_in_date(tok))
                    or (tok.pos_ != "PROPN" and tok.is_sent_start and not _name_like_at_start(doc, i)))

    def found(i: int, k: int, words: tuple[str, ...]) -> NameSpan | None:
        if words not in candidates:
            return None
        possessive = i + k < len(doc) and toks[i + k].tag_ == "POS"
        start = i - 1 if _new_first_name(doc, i, covered, candidates) else i  # "his daughter, Ines Urteta"
        return NameSpan(start, i + k, "PERSON", "", possessive)

    return _scan(doc, covered, candidates, start_ok, found)


def _name_in_date(tok: Token) -> bool:
    """"Last year Aydogan sued ...": a proper noun NER swallowed into a date that is no calendar
    word ("in May" stays a date)."""
    if tok.ent_type_ != "DATE" or tok.pos_ != "PROPN" or _date_word(tok):
        return False
    doc = tok.doc
    if tok.i > 0 and _date_word(doc[tok.i - 1]):
        return True
    # "Stannigan, 61, who was ...": a name and its age read together as a date
    return tok.ent_iob_ == "B" and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].like_num \
        and doc[tok.i + 2].ent_type_ == "DATE"


def _date_word(tok: Token) -> bool:
    low = tok.lower_.rstrip(".")
    return low in DATE_WORDS or tok.like_num


def _new_first_name(doc: Doc, i: int, covered: bytearray, candidates: set[tuple[str, ...]]) -> bool:
    """A known surname at `i` after a first name NER missed and no known name begins with: another
    bearer of the surname ("Joaquín Urteta ... his daughter, Inés Urteta")."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or covered[prev.i] or prev.pos_ != "PROPN" or not prev.is_title or any(c[0] == prev.text for c in candidates):
        return False
    if is_first_name(prev.text):
        return not prev.is_sent_start
    # ... or a word no dictionary, title or gazetteer has, opening its paragraph ("Nnenna Dalgairns has won", the
    # recognizer's name missed after a headline that called her "Dalgairns")
    return prev.is_alpha and (prev.i == 0 or "\n" in doc[prev.i - 1].text_with_ws) and not is_dictionary_word(prev.text) \
        and prev.lower_ not in lexicon().titles and place_label(prev.text) is None


def add_missed_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Other occurrences of an organisation, place or work name that NER marked elsewhere in the
    document ("Kovathy Systems" found in the headline, missed in the first sentence).  One-word
    names only where the word is tagged a proper noun."""
    known: dict[tuple[str, ...], str] = {}
    adverb_firsts: set[tuple[str, ...]] = set()
    lex = lexicon()
    for span in spans:
        if span.label != "PERSON":
            words = tuple(t.text for t in span.tokens(doc))
            known.setdefault(words, span.label)
            if span.label == "ORG" and 2 <= len(words) <= 3 and (words[1].lower() in lex.org_suffixes or _distinctive(words[0])) \
                    and not is_dictionary_word(words[0]) and words[0][:1].isupper() and words[0].lower() not in CLUB_INITIALS \
                    and words[0].lower() not in lex.org_suffixes:  # not "FC" of "FC Keykvellir"
                known.setdefault(words[:1], "ORG")  # "Qaswa" of "Qaswa Holdings", "Veldhuis" of "Veldhuis Verzekeringen"
            elif span.label == "ORG" and len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and words[1][:1].isupper():
                adverb_firsts.add(words[:1])  # "Nimbly" of "Nimbly Audio": a dictionary word, alone only where it is the subject
            if span.label == "ORG" and len(words) >= 2 and words[0].isupper() and words[0].lower() in CLUB_INITIALS:
                known.setdefault(words[1:], "ORG")  # "Térac" of "AS Térac"
    if not known:
        return []
    toks, texts = tokens(doc), strings(doc, "text")
    covered = _covered(doc, spans)
    for words in adverb_firsts - known.keys():
        if any(_adverb_subject_opening(toks[i]) for i, text in enumerate(texts) if text == words[0]):
            known[words] = "ORG"

    def found(i: int, k: int, words: tuple[str, ...]) -> NameSpan | None:
        label = known.get(words)
        if words in adverb_firsts and k == 1 and toks[i].pos_ == "ADV":
            return NameSpan(i, i + 1, label, "", False) if label and _adverb_subject_opening(toks[i]) else None
        if label is None or (k == 1 and toks[i].pos_ != "PROPN" and not _unknown_word_opening(toks[i])
                             and not _bare_subject_opening(toks[i]) and not _unknown_word_inside(toks[i])):
            return None
        if i + k < len(doc) and toks[i + k].pos_ == "PROPN" and not covered[i + k]:
            return None  # part of a longer name: "Acme" in "Acme Labs"
        return NameSpan(i, i + k, label, "", i + k < len(doc) and toks[i + k].tag_ == "POS")

    return _scan(doc, covered, known, lambda i: True, found)


def _unknown_word_opening(token: Token) -> bool:
    """"Tillcote dismissed him": a capitalised word no dictionary has, opening its sentence, where the tagger
    took it for a common noun (not in the headline, which may capitalise every word)."""
    return token.is_sent_start and token.i > 0 and token.sent.start > 0 and noun_tagged_name(token)


def _unknown_word_inside(token: Token) -> bool:
    """"led Draymoor to promotion", "played for Draymoor": a capitalised word no dictionary has, inside a sentence of the
    story (not the headline, which may capitalise every word), where the tagger took it for a common noun."""
    return not token.is_sent_start and token.sent.start > 0 and noun_tagged_name(token)


BARE_NOUN_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "prep"})  # what a common noun opening a sentence has


def _bare_subject_opening(token: Token) -> bool:
    """"Pharos was launched from Sinnamary": a name known from elsewhere in the text, opening a sentence as the bare
    subject of its verb, where the tagger took it for a common noun (a dictionary word, or one shaped like a plural).
    A common noun there has a determiner or a modifier ("Sales of the phone rose")."""
    return token.is_sent_start and token.i > 0 and token.sent.start > 0 and token.pos_ == "NOUN" and token.is_title \
        and token.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ in BARE_NOUN_DEPS for c in token.children)


def _adverb_subject_opening(token: Token) -> bool:
    """"Nimbly was founded in 2014 by X": a capitalised word opening its sentence that the tagger took for an adverb of a
    verb with no subject at all -- where the subject stands, the short name of a body named in full before."""
    head = token.head
    return token.is_sent_start and token.i > 0 and token.pos_ == "ADV" and token.dep_ == "advmod" and token.is_title \
        and head.pos_ in ("VERB", "AUX") and head.i > token.i and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                                                          for c in head.children)


def _distinctive(word: str) -> bool:
    """A first word that names its organisation alone: no first name, no known place ("Veldhuis",
    not "Kelly" of "Kelly Services" nor "Dublin" of "Dublin Bus")."""
    return word.isalpha() and not is_first_name(word) and place_label(word) is None


def add_full_forms(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A person named by the surname alone so far ("Grellingham quits" in the headline), written in full
    where NER missed both words ("Ealdred Grellingham, who ...", opening a sentence): a capitalised proper
    noun no dictionary has, in compound with the surname, is the first name, known as one or not."""
    surnames: set[str] = set()
    told_in_full: set[str] = set()
    for span in spans:
        if span.label == "PERSON":
            words = [t.text for t in span.tokens(doc)]
            (surnames if len(words) == 1 else told_in_full).add(words[-1])
    if not surnames:
        return []
    return _first_words_before(doc, spans, surnames, "PERSON", lambda toks, i: not is_dictionary_word(toks[i].text))


def _columns(doc: Doc, spans: list[NameSpan]) -> tuple[bytearray, list[Token], frozenset[str] | set[str], list[str]]:
    """What the scans for a name's missing words read: the tokens the spans cover, the tokens, the titles, the words."""
    return _covered(doc, spans), tokens(doc), lexicon().titles, strings(doc, "text")


def _first_words_before(doc: Doc, spans: list[NameSpan], known: set[str], label: str,
                        first_ok: Callable[[list[Token], int], bool]) -> list[NameSpan]:
    """Two-word names NER missed: a capitalised proper noun in compound with one of the `known` one-word names, neither
    word inside a span, the first no title nor a date (and as `first_ok` asks)."""
    covered, toks, titles, texts = _columns(doc, spans)
    out = []
    for i in range(len(doc) - 1):
        if texts[i + 1] not in known:
            continue  # (most words: the column, no Token read)
        first, last = toks[i], toks[i + 1]
        if not covered[i] and not covered[i + 1] and first.pos_ == "PROPN" and first.is_title \
                and last.pos_ == "PROPN" and first.dep_ == "compound" and first.head.i == i + 1 and first.whitespace_ \
                and first.lower_ not in titles and first.ent_type_ not in NOT_NAMES and first_ok(toks, i):
            out.append(NameSpan(i, i + 2, label, label, i + 2 < len(doc) and toks[i + 2].tag_ == "POS"))
            covered[i : i + 2] = b"\x01\x01"
    return out


def add_full_body_names(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A body named by one word elsewhere ("the Comets"), written in full where NER missed both words ("The Harborview
    Comets fired ..."): a capitalised proper noun in compound with that word is the first word of its full name -- one no
    dictionary has, or any after "the" ("the Cascade Foxes").  Not a title ("Coach"), nor a date."""
    bodies = {span.tokens(doc)[0].text for span in spans if span.label == "ORG" and span.end - span.start == 1}
    if not bodies:
        return []
    named = {t.text for span in spans for t in span.tokens(doc)}  # ("the Sonnika Halo earbuds": a firm's name before its product's)

    def first_ok(toks: list[Token], i: int) -> bool:
        return toks[i].text not in named and not _date_word(toks[i]) and (
            not is_dictionary_word(toks[i].text) or (i > 0 and toks[i - 1].lower_ == "the"))
    found = _first_words_before(doc, spans, bodies, "ORG", first_ok)
    return found + _last_words_after(doc, spans + found, bodies, named)


def _last_words_after(doc: Doc, spans: list[NameSpan], bodies: set[str], named: set[str]) -> list[NameSpan]:
    """... and the body's one word written with the rest of its name after it where NER missed them all ("DREWSBURY, Ohio
    — Velsbrook Outfitters said ..." beside "joined Velsbrook in 2018"): the word in compound with one or two capitalised
    proper nouns after it, none a title ("Velsbrook CEO X"), a first name, a date or a word of another name ("the Sonnika
    Halo earbuds" beside "the Halo": a product's name after its maker's)."""
    covered, toks, titles, texts = _columns(doc, spans)
    out = []
    for i in range(len(doc) - 1):
        if texts[i] not in bodies or covered[i]:
            continue  # (most words: the column, no Token read)
        head = toks[i].head.i
        if toks[i].dep_ != "compound" or not i < head <= i + 2:
            continue
        tail = toks[i + 1 : head + 1]
        if all(not covered[t.i] and t.pos_ == "PROPN" and t.is_title and t.text not in named and t.lower_ not in titles and not is_first_name(t.text)
               and t.ent_type_ not in NOT_NAMES and not _date_word(t) and (t.i == head or t.head.i == head) for t in tail):
            out.append(NameSpan(i, head + 1, "ORG", "ORG", head + 1 < len(doc) and toks[head + 1].tag_ == "POS"))
            covered[i : head + 1] = b"\x01" * (head + 1 - i)
    return out
