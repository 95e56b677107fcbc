"""Name spans as NER gives them, trimmed and cleaned: the raw material of `names`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..nlp import (
    MONTHS,
    _per_doc,
    doc_text,
    given_name_read_as_determiner,
    heads,
    memo,
    sentences,
    strings,
    tokens,
)
from .entity_lexicon import EntityLexicon, is_dictionary_word
from .first_names import is_first_name
from .gazetteer import place_label

TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK", "PRODUCT", "EVENT", "NORP")
LABEL_MAP = {"WORK_OF_ART": "WORK"}
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "el", "da", "del", "la", "le", "di", "du", "dos",
                            "das", "ibn", "st.", "mc",
                            "ó", "ní", "nic", "uí", "ua", "mac", "ter", "zu",  # "Tadhg Ó Cearnaigh" ... "Ó Cearnaigh"
                            "ap", "ab", "ferch", "verch", "bint"})  # Welsh "Gwen ap Rhys", "Siân ferch Owain"; "Nura bint Saad"


@dataclass(slots=True)
class NameSpan:
    start: int  # token offsets, end exclusive
    end: int
    label: str  # label after repair
    ner_label: str  # what NER said ("" when NER missed the name)
    possessive: bool = False
    votes: dict[str, float] = field(default_factory=dict)

    _span: tuple[int, int, int, Span] | None = field(default=None, repr=False, compare=False)
    _text: tuple[Span, str] | None = field(default=None, repr=False, compare=False)

    def tokens(self, doc: Doc) -> Span:
        """The span's tokens (made once: the entity passes ask for them many times)."""
        cached = self._span
        if cached is not None and cached[0] == id(doc) and cached[1] == self.start and cached[2] == self.end:
            return cached[3]
        span = span_of(doc, self.start, self.end)
        self._span = (id(doc), self.start, self.end, span)  # the span holds the doc: its id stays unique
        return span

    def key(self, doc: Doc) -> str:
        """`name_key` of the span's tokens."""
        return name_key_at(doc, self.start, self.end)

    def text(self, doc: Doc) -> str:
        """The text of `tokens` (made once with them, for the same reason)."""
        span = self.tokens(doc)
        cached = self._text
        if cached is not None and cached[0] is span:
            return cached[1]
        text = span.text
        self._text = (span, text)
        return text


def span_of(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`, made directly when the offsets need no normalising (the slice's own
    normalisation costs twice as much as the Span)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


def text_of(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text`, cut from the doc's text (joined once per doc): no Span, no Token per word."""
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    listed = tokens(doc)
    last = listed[end - 1]
    return doc_text(doc)[listed[start].idx : last.idx + len(last.text)]


def name_key(span: Span) -> str:
    return name_key_at(span.doc, span.start, span.end)


def name_key_at(doc: Doc, start: int, end: int) -> str:
    """`name_key` of `doc[start:end]`, from the cached text column: no Span or Token made."""
    return _words_key(tuple(strings(doc, "text")[start:end]))


@lru_cache(maxsize=8192)
def _words_key(words: tuple[str, ...]) -> str:
    if len(words) > 1 and words[0] == "The":
        words = words[1:]  # "The Bugle" and "Bugle" are one name
    return " ".join(words).casefold().replace("’", "'").removesuffix(".")  # "Acme Corp." ending a sentence


def span_root(doc: Doc, start: int, end: int) -> Token:
    """`doc[start:end].root` without making the Span when the answer is plain: a sentence root in
    the span, or the one token whose head lies outside it (spaCy's own rule decides the rest)."""
    listed, head = tokens(doc), heads(doc)
    if not 0 <= start <= end <= len(listed):
        return doc[start:end].root
    outside = -1
    for i in range(start, end):
        h = head[i]
        if h == i:
            return listed[i]  # (the first sentence root, as spaCy takes it)
        if not start <= h < end:
            if outside >= 0:
                return doc[start:end].root  # two candidates: the shortest path to the root decides
            outside = i
    return listed[outside] if outside >= 0 else listed[start]


def _title_the(tok: Token) -> bool:
    """A capitalised "The" inside a sentence belongs to the name it opens ("told The Bugle")."""
    return tok.text == "The" and not tok.is_sent_start


TIME_DETERMINERS = frozenset({"the", "that", "this", "last", "next", "each", "every"})


def _trim(doc: Doc, start: int, end: int, lex: EntityLexicon) -> tuple[int, int]:
    toks = tokens(doc)
    while start < end and ((toks[start].tag_ in ("DT", "PRP$", "WP$") and not given_name_read_as_determiner(toks[start]))
                           or toks[start].is_punct) and not (_title_the(toks[start]) and start + 1 < end):
        start += 1
    while end > start and (toks[end - 1].tag_ == "POS" or toks[end - 1].is_punct or toks[end - 1].is_space
                           or (toks[end - 1].tag_ == "CC" and toks[end - 1].is_lower)):  # (no name ends in "and")
        end -= 1
    if end - start >= 3 and toks[end - 1].lemma_.lower() in lex.time_units and toks[end - 1].is_lower:
        cut = next((k for k in range(end - 2, start, -1) if toks[k].lower_ in TIME_DETERMINERS
                    and all(t.is_lower or t.is_punct for t in toks[k:end])), None)
        if cut is not None:
            end = cut  # "won the Pulitzer Prize for Fiction the following year": the time after the name is no part of it
    if end - start >= 3 and toks[start].lower_ == "ex" and toks[start + 1].text in ("-", "‐") and not toks[start].whitespace_ \
            and not toks[start + 1].whitespace_:
        start += 2  # "an ex-Crolland Bank trader": the name is after the "ex-"
    while end - start >= 2 and toks[start].is_sent_start and toks[start].is_title and _descriptor(toks[start].lower_, lex) \
            and toks[start + 1].is_title and toks[start + 1].lower_ not in lex.type_of_noun:  # (not "City Council member X")
        start += 1  # "Carmaker Volta Motors", "Actress Jane Doe" opening a sentence (the capital says nothing there):
        # the common noun is no part of the name
    while end - start >= 2 and end < len(doc) and toks[end].is_title and toks[end].pos_ == "PROPN" \
            and toks[end - 1].tag_ in ("NN", "NNS") and toks[end - 1].is_lower and toks[end - 1].is_alpha \
            and toks[end - 2].text not in ("-", "‐") and toks[end - 2].tag_ in ("NNP", "NNPS", "JJ"):
        end -= 1  # "the Winnipeg trio" before a name ("Morthfield"): the descriptor noun is no part of a name
    for i in range(end - 2, start, -1):  # "the Stockholm fund Balkdal Ventures": the name is after the common noun
        tok = toks[i]
        if tok.tag_ in ("NN", "NNS") and tok.is_lower and tok.is_alpha and tok.lower_ not in NAME_PARTICLES \
                and not (toks[i - 1].text in ("-", "‐") and not toks[i - 1].whitespace_) \
                and all(t.is_title for t in doc[i + 1 : end]):  # (not "Sung-min Park": a syllable of a given name)
            return i + 1, end
    return start, end


TITLE_MODIFIERS = frozenset({"managing", "operating", "financial", "technology", "technical", "executive", "finance", "foreign",
                             "prime", "deputy", "vice", "assistant", "interim", "acting", "head", "senior", "principal"})


def title_word(tok: Token, lex: EntityLexicon) -> bool:
    """A capitalised word of a title: "Chief", "Executive", "Operating", "Officer", "Minister"."""
    return tok.is_title and (tok.lower_ in lex.titles or lex.is_person_noun(tok.lower_) or tok.lower_ in TITLE_MODIFIERS)


def _title_inside(toks: list[Token], start: int, end: int, lex: EntityLexicon) -> tuple[int, int] | None:
    """A wire story's capitalised title between a body and a person taken as one name ("Corrandel Chief Executive Sanne
    Oudewater-Lim", "Harlow Bank Chairman Idris Vane"): the title's first and last-plus-one tokens, when a name of two
    words or more follows it and the words before it are no title."""
    first = next((k for k in range(start + 1, end - 2) if title_word(toks[k], lex)), None)
    if first is None or any(title_word(t, lex) or not t.is_title for t in toks[start:first]):
        return None
    last = first
    while last < end and title_word(toks[last], lex):
        last += 1
    rest = [t for t in toks[last:end] if t.text not in ("-", "‐")]
    if len(rest) < 2 or not all(t.is_title and t.pos_ == "PROPN" for t in rest) or not any(
            toks[k].lower_ in lex.titles for k in range(first, last)):
        return None
    return first, last


def _descriptor(word: str, lex: EntityLexicon) -> bool:
    """A common noun that says what kind of body or person a name is, and never opens one ("carmaker",
    "actress"; not "Studio", "Club" or "University", nor a title like "President")."""
    return (word in lex.type_of_noun and word not in lex.org_prefixes) or (lex.is_person_noun(word) and word not in lex.titles)


def given_syllables(toks: list[Token], i: int) -> bool:
    """"Do-yun", "Ha-eun", "Mei-ling" at token i: a short capitalised syllable, a tight hyphen, a short lower-case one."""
    if i < 0 or i + 2 >= len(toks):
        return False
    first, hyphen, second = toks[i], toks[i + 1], toks[i + 2]
    return hyphen.text in ("-", "‐", "‑") and first.is_title and first.is_alpha and len(first) <= 5 and not first.whitespace_ \
        and not hyphen.whitespace_ and second.is_lower and second.is_alpha and len(second) <= 5  # (the hyphen first: rarest)


def _given_before(toks: list[Token], start: int) -> bool:
    """"Mei-ling" right before the name at `start`, not part of another name."""
    return given_syllables(toks, start - 3) and toks[start - 3].ent_iob_ == "O"


def _looks_like_name(span: list[Token]) -> bool:
    if not any(t.is_alpha and (t.is_title or t.is_upper or t.text[:1].isupper()) for t in span):
        return False
    return not any("@" in t.text or t.like_url or t.like_email for t in span)


def _pieces(doc: Doc, toks: list[Token]) -> list[tuple[int, int, str]]:
    """The model's entities as (start, end, label), each cut at a verb in lower case inside it: "Halvor Sand founded
    Harrowgill" read as one organisation is two names either side of "founded" (their labels are decided later)."""
    out = []
    for ent in doc.ents:
        start = ent.start
        for i in range(ent.start + 1, ent.end - 1):
            if toks[i].is_lower and toks[i].pos_ in ("VERB", "AUX") and toks[i].is_alpha and any(
                    t.head.i == i and t.dep_ in ("nsubj", "nsubjpass") for t in toks[start:i]):  # (the verb told of the name before it)
                if i > start:
                    out.append((start, i, ent.label_))
                start = i + 1
        out.append((start, ent.end, ent.label_))
    return out


def _given_names_go_on(doc: Doc, toks: list[Token], end: int, lex: EntityLexicon) -> bool:
    """The one word found as a person's name in compound with a capitalised proper noun right after it that no name
    covers and that is no title, no organisation or place word, and ends the phrase ("named Marigold Ivy,")."""
    if end + 1 >= len(doc) or end < 1:
        return False
    last, after = toks[end - 1], toks[end]
    return last.dep_ == "compound" and last.head.i == end and after.pos_ == "PROPN" and after.is_title and after.is_alpha \
        and after.ent_iob_ == "O" and not after.is_sent_start and toks[end + 1].is_punct \
        and after.lower_ not in lex.org_suffixes and after.lower_ not in lex.fac_suffixes and after.lower_ not in lex.titles \
        and not lex.is_person_noun(after.lower_)


def raw_spans(doc: Doc, lex: EntityLexicon) -> list[NameSpan]:
    toks = tokens(doc)
    out: list[NameSpan] = []
    for ent_start, ent_end, raw in _pieces(doc, toks):
        label = LABEL_MAP.get(raw, raw)
        if label not in TYPES and label != "LAW":
            continue
        first = ent_start + 1 if toks[ent_start].tag_ in ("DT", "PRP$") and not given_name_read_as_determiner(toks[ent_start]) \
            else ent_start
        start, end = _trim(doc, ent_start, ent_end, lex)
        if start > first + 1 and toks[start - 1].is_lower and place_label(doc[first : start - 1].text):
            out.append(NameSpan(first, start - 1, "GPE", "GPE", False))  # "the Stockholm fund X": Stockholm too
        while end > start + 1 and (not any(c.isalpha() for c in toks[end - 1].text)
                                   or (toks[end - 1].is_lower and toks[end - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PRON"))) \
                and not (label != "PERSON" and _model_number(toks, end - 1)):
            end -= 1  # "Jane Doe 6-4": NER took the score along; "the FA Trophy at Wembley": the preposition; "the X Prize for her"
        while label in ("ORG", "PERSON") and end > start + 1 and toks[end - 1].tag_ in ("NN", "NNS") \
                and toks[end - 1].is_lower and toks[end - 1].is_alpha and toks[end - 2].is_title and toks[end - 2].pos_ == "PROPN":
            end -= 1  # "the Town academy", "the Melpwise board": a common noun after a name is no part of it
        if start >= end or not _looks_like_name(toks[start:end]):
            continue
        titled = _title_inside(toks, start, end, lex)
        if titled is not None:  # "Corrandel Chief Executive Sanne Oudewater-Lim said": the body, then the person after the title
            out.append(NameSpan(start, titled[0], "ORG", "", False))
            start, label = titled[1], "PERSON"
        if label != "PERSON" and end - start >= 2 and toks[start].lower_ in HONORIFICS:
            label = "PERSON"  # "Dr Jane Doe" taken for an organisation
        elif label != "PERSON" and end - start >= 3 and toks[start].lower_ in PEER_TITLES \
                and toks[end - 1].lower_ not in lex.org_suffixes and toks[end - 1].lower_ not in lex.fac_suffixes:
            label = "PERSON"  # "Baroness Jane Doe" taken for an organisation (a peer's title, then a given name and a surname)
        elif label != "PERSON" and end - start >= 3 and lex.is_person_noun(toks[start].lower_) and toks[start].is_title \
                and toks[end - 1].lower_ not in lex.org_suffixes and toks[end - 1].lower_ not in lex.fac_suffixes:
            label = "PERSON"  # "Comedian Tunde Adewale" taken for an organisation: the role noun is cut below
            # (not "Judge Business School", "Bishop Auckland College": an institution named after a word for a person)
        if label != "PERSON" and end - start == 1 and start >= 3 and _given_before(toks, start):
            label = "PERSON"  # "Soo-ah Rhee said" with only "Rhee" found, as an organisation
        if label == "PERSON":
            while start < end - 1 and (toks[start].lower_ in lex.titles or lex.is_person_noun(toks[start].lower_)):
                start += 1  # "Mr. Smith", "Actress Jane Doe": the title is a cue, not part of the name
            prev = start - 1
            if (prev >= 0 and toks[prev].ent_iob_ == "O" and toks[prev].pos_ == "PROPN" and toks[prev].is_title
                    and toks[prev].lower_ not in lex.titles and not lex.is_person_noun(toks[prev].lower_) and not fronted_month(toks, prev)):
                start = prev  # NER dropped the first name: "TV host Jane Doe" -> only "Doe"
            if start >= 3 and _given_before(toks, start):
                start -= 3  # "Mei-ling Chen" with only "Chen" found: a hyphenated given name before it
            while start >= 2 and toks[start - 1].text in ("-", "‐") and toks[start - 2].is_alpha \
                    and toks[start - 2].text[:1].isupper() and toks[start - 2].ent_iob_ in ("O", "B", "I"):
                start -= 2  # a hyphenated first name: "Ji-woo Han", "Jean-Luc Moreau"
        elif start > 0 and (end - start == 1 or (end - start == 3 and toks[start + 1].text in ("-", "‐"))) \
                and _name_word_before(doc, start, lex):
            start -= 1  # "Chukwuma Nnadi" found as "Nnadi", "Chukwuma Stordoff-Tike" as "Stordoff-Tike", "Pallas Biotech" as
            # "Biotech": the vote decides the label
        elif label == "ORG" and end - start >= 2 and start > 0 and toks[end - 1].lower_ in lex.org_suffixes \
                and _name_word_before_body(doc, start, end, lex):
            start -= 1  # "Beyling Marsh Capital" found as "Marsh Capital": the firm's first word cut at a dictionary word
        elif end - start <= 2 and start > 0 and _first_name_before(doc, start, lex):
            start, label = start - 1, "PERSON"  # "Pilar Montalvo" with only "Montalvo" found (as a place)
        elif start > 0 and toks[start - 1].ent_iob_ == "O" and toks[start - 1].lower_ in lex.org_prefixes \
                and (toks[start - 1].is_title or toks[start - 1].is_upper) and not toks[start - 1].is_sent_start:
            start, label = start - 1, "ORG"  # "CD Almansa", "Banco Fontoura" with only the second word found
        elif label in ("GPE", "LOC") and start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].is_title \
                and (toks[start - 2].lower_ in lex.org_suffixes or toks[start - 2].lower_ == "port") and toks[start - 2].ent_iob_ == "O" \
                and not place_label(doc[start - 2 : end].text):
            start, label = start - 2, "ORG"  # "University of Edinburgh" with only "Edinburgh" found
        if end < len(doc) and toks[end].ent_iob_ == "O" and (toks[end].is_title or toks[end].is_upper) \
                and toks[end].lower_ in lex.org_suffixes and toks[end - 1].tag_ != "POS" \
                and (label != "PERSON" or toks[end].lower_ not in lex.org_suffix_surnames):
            end, label = end + 1, "ORG"  # "Acme Devices" with only "Acme" found: the suffix names an organisation
        elif label == "PERSON" and end - start == 1 and _given_names_go_on(doc, toks, end, lex):
            end += 1  # "The baby, named Marigold Ivy": NER took the first given name only, the parser both as one name
        elif _saint_institution(doc, start, end, lex):
            end, label = end + 2, "ORG"  # "Saint Brigid's Hospital" found as "Saint Brigid"
        elif end - start >= 3 and toks[end - 1].tag_ == "POS" and _saint_institution(doc, start, end - 1, lex):
            end, label = end + 1, "ORG"  # ... or as "Saint Ebba's", the possessive taken in
        owner = _owner_named_apart(doc, toks, start, end) if label != "PERSON" else None
        if owner is not None:  # "Bruissaro's Murmur One" taken as one name, "Bruissaro" named apart: the owner, then the product
            out.append(NameSpan(start, owner[0], owner[1], owner[1], True))
            start = owner[0] + 1
        possessive = end < len(doc) and toks[end].tag_ == "POS"
        comma = _person_comma_body(toks, start, end) if possessive else None
        if comma is None and possessive and end - start >= 3 and toks[start + 1].text == "," and toks[start].is_title \
                and any(s.label == "PERSON" and s.end - s.start > 1 and toks[s.end - 1].text == toks[start].text for s in out):
            comma = start + 1  # "Creswick, Clearwend's chief technology officer, will join ..." after "Tomas Creswick": the
            # surname of one named before, then the body
        if comma is not None:  # "said Jon Alder, Pellow's finance chief" taken as one name: the person, then the body
            out.append(NameSpan(start, comma, "PERSON", ""))
            out.append(NameSpan(comma + 1, end, label, label, possessive))
            continue
        comma = _body_comma_person(toks, start, end) if label != "PERSON" else None
        if comma is not None:  # "the mayor of Caddon, Ellis Vörös, resigned" taken as one name: the body or place, then the person
            out.append(NameSpan(start, comma, label, label, False))
            out.append(NameSpan(comma + 1, end, "PERSON", "", possessive))
            continue
        if out and out[-1].end == start and out[-1].label == "PERSON" and end - start == 1 and toks[start].is_title \
                and _given_alone(doc, out[-1]):
            out[-1].end, out[-1].possessive = end, possessive  # "Ji-woo" + "Han", "Dean" + "Colby": one name NER cut in two
            continue
        out.append(NameSpan(start, end, label, label, possessive))
    return out


def _owner_named_apart(doc: Doc, toks: list[Token], start: int, end: int) -> tuple[int, str] | None:
    """The "'s" inside a name NER ran on over it ("Bruissaro's Murmur One earbuds") when the words before it are named
    elsewhere without it, as a body ("Bruissaro Acoustics"): that "'s" and the owner's label (not "Sainsbury's Bank",
    "St Mary's Hospital": never named apart)."""
    k = next((i for i in range(start + 1, end - 1) if toks[i].tag_ == "POS"), None)
    if k is None or not toks[k + 1].is_title or not toks[k - 1].is_title:
        return None
    owner = [t.text for t in toks[start:k]]
    for ent in doc.ents:
        if ent.start != start and ent.end - ent.start >= len(owner) and [t.text for t in toks[ent.start : ent.start + len(owner)]] == owner \
                and not (ent.start + len(owner) < len(toks) and toks[ent.start + len(owner)].tag_ == "POS"):
            label = LABEL_MAP.get(ent.label_, ent.label_)
            return (k, label) if label == "ORG" else None  # (a person's: "Frindall's Stores", the shop named after its owners)
    return None


def _model_number(toks: list[Token], i: int) -> bool:
    """"PipeSense 2", "the Orbis 3": a one- or two-digit number right after a capitalised word is a model's number, part
    of the name (not a score, "Jane Doe 6-4", nor a count or a year)."""
    tok = toks[i]
    return tok.text.isdigit() and len(tok) <= 2 and toks[i - 1].text[:1].isupper() and toks[i - 1].is_alpha \
        and not (i + 1 < len(toks) and (toks[i + 1].like_num or toks[i + 1].text in ("-", "–", ":", "/", "%")))


def _person_comma_body(toks: list[Token], start: int, end: int) -> int | None:
    """The comma inside a name NER ran on over it: a known first name and one or two capitalised
    words, a comma, then capitalised words that end in a possessive ("Jon Alder, Pellow's")."""
    comma = next((i for i in range(start + 2, min(end - 1, start + 6)) if toks[i].text == ","), None)
    if comma is None or not is_first_name(toks[start].text):
        return None
    if all(t.is_title or (t.text == "-" and not t.whitespace_) for t in toks[start:comma]) \
            and all(t.is_title for t in toks[comma + 1 : end]):
        return comma
    return None


def _body_comma_person(toks: list[Token], start: int, end: int) -> int | None:
    """The comma inside a name NER ran on over it: capitalised words, a comma, then a known first name and one or
    two capitalised words set off by a comma after them ("Caddon, Ellis Vörös,"): an apposition, two names."""
    comma = next((i for i in range(start + 1, min(end - 2, start + 4)) if toks[i].text == ","), None)
    if comma is None or not is_first_name(toks[comma + 1].text) or not 2 <= end - comma - 1 <= 3 or end >= len(toks) \
            or toks[end].text not in (",", "'s", "’s"):
        return None
    if all(t.is_title for t in toks[start:comma]) and all(t.is_title for t in toks[comma + 1 : end]):
        return comma
    return None


def _given_alone(doc: Doc, span: NameSpan) -> bool:
    """A person's span that is only a given name: hyphenated ("Ji-woo") or one known first name ("Dean")."""
    text = doc[span.start : span.end].text
    return "-" in text or (span.end - span.start == 1 and is_first_name(text))


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def is_dateline(doc: Doc, i: int) -> bool:
    """Token i opens capitals that open a line and a dash closes: "LONDON —", "NEW YORK –" (where
    the story is filed from: a place, never a person nor anyone's antecedent)."""
    return i in dateline_starts(doc)


_DATELINES: dict[int, tuple[Doc, frozenset[int]]] = {}


def dateline_starts(doc: Doc) -> frozenset[int]:
    """The tokens `is_dateline` holds for, found once per doc (kept by the doc's identity, see `nlp._per_doc`):
    several passes ask about every token of the doc, and only a word of two or more capitals may open one."""
    return _per_doc(_DATELINES, doc, _find_dateline_starts)


def _find_dateline_starts(doc: Doc) -> frozenset[int]:
    return frozenset(i for i, word in enumerate(strings(doc, "text"))
                     if len(word) > 1 and word.isupper() and word.isalpha() and _opens_dateline(doc, i))
    # (`Token.is_upper` and `.is_alpha` are `str.isupper` and `.isalpha` of the text)


def _opens_dateline(doc: Doc, i: int) -> bool:
    listed = tokens(doc)
    tok = listed[i]
    if not (tok.is_upper and tok.is_alpha and len(tok) > 1) or (i > 0 and "\n" not in listed[i - 1].text_with_ws
                                                                and not listed[i - 1].is_space):
        return False
    end = i
    while end + 1 < len(listed) and listed[end + 1].is_upper and listed[end + 1].is_alpha:
        end += 1
    return end + 1 < len(listed) and (listed[end + 1].text in DATELINE_DASHES or _wire_dateline_tail(listed, end + 1))


DATELINE_TAIL_REACH = 10  # tokens between the capitals and the dash: ", Peru, March 13 (Reuters)"


def _wire_dateline_tail(listed: list[Token], j: int) -> bool:
    """The rest of a wire dateline between the place's capitals and the dash: a region, a date and the
    agency -- "KELSWORTH, Ont. —", "PORT ALDEN, Feb 2 (Reuters) -", "SAN TEMARIO (AP) -".  Only commas,
    title-case or capital words, day numbers, full stops and brackets, on the same line."""
    if listed[j].text not in (",", "("):
        return False
    for tok in listed[j : j + DATELINE_TAIL_REACH]:
        if tok.text in DATELINE_DASHES:
            return True
        if "\n" in tok.text or not (tok.text in (",", ".", "(", ")") or tok.is_title or tok.is_upper or tok.is_digit
                                    or (tok.text.endswith(".") and tok.text[:1].isupper())):
            return False
    return False


HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame"})
PEER_TITLES = frozenset({"baroness", "countess", "viscount", "viscountess"})  # "Baroness Jane Doe" (not "the Countess Hotel")
SAINTS = frozenset({"saint", "st", "st.", "san", "santa", "sankt", "sainte"})


def _saint_institution(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """"St. Columba's Hospital", "Saint Ursula's College": a saint's name, a possessive, then an
    institution word."""
    toks = tokens(doc)
    return (toks[start].lower_ in SAINTS and end + 1 < len(doc) and toks[end].tag_ == "POS" and toks[end + 1].is_title
            and (toks[end + 1].lower_ in lex.org_suffixes or toks[end + 1].lower_ in lex.fac_suffixes))


def _name_word_before(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """A capitalised proper noun NER left out just before a one-word name: part of the name when
    neither word is a dictionary word, or when the name is an organisation word."""
    toks = tokens(doc)
    prev, word = toks[start - 1], toks[start]
    if prev.ent_iob_ != "O" or prev.pos_ != "PROPN" or not prev.is_title or fronted_month(toks, start - 1) \
            or prev.lower_ in lex.titles or lex.is_person_noun(prev.lower_) or prev.lower_ in lex.org_prefixes:
        return False
    if prev.is_sent_start and (prev.dep_ != "compound" or prev.head.i != start or is_dictionary_word(prev.text)):
        return False  # (opening a sentence, a word no dictionary has that the parser hangs on the name: "Tovell Media's chief")
    if word.lower_ in lex.org_suffixes:
        return True
    return not is_dictionary_word(prev.text) and not is_dictionary_word(word.text)


def _name_word_before_body(doc: Doc, start: int, end: int, lex: EntityLexicon) -> bool:
    """A capitalised proper noun NER left out just before a body's name that ends in an organisation word, which the
    parser hangs on that name ("Beyling" of "Beyling Marsh Capital"): no title, no person noun, no known place
    ("the Leeds Marsh Capital"), and opening a sentence no dictionary word ("Rival Marsh Capital")."""
    toks = tokens(doc)
    prev = toks[start - 1]
    if prev.ent_iob_ != "O" or prev.pos_ != "PROPN" or not prev.is_title or prev.dep_ != "compound" or not start <= prev.head.i < end \
            or fronted_month(toks, start - 1) or prev.lower_ in lex.titles or lex.is_person_noun(prev.lower_) or prev.lower_ in lex.org_prefixes or place_label(prev.text):
        return False
    return not (prev.is_sent_start and is_dictionary_word(prev.text))


def fronted_month(toks: list[Token], i: int) -> bool:
    """"In March Tom Gale was appointed", "In May Kelby Rovers won": a month told as a time right before a name
    (dated by NER, or after a word of time), not a first name ("March", "May", "June" are also given names)."""
    word = toks[i]
    return word.lower_ in MONTHS and (word.ent_type_ == "DATE" or (i > 0 and toks[i - 1].lower_ in BEFORE_A_MONTH))


# Words a month told as a time follows ("in May", "since June", "last March"); not "with" or "of" ("a photo of June Carter").
BEFORE_A_MONTH = frozenset({"in", "since", "until", "till", "during", "through", "throughout", "by", "before", "after", "last",
                            "next", "this", "early", "late", "mid", "mid-"})


def _first_name_before(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    toks = tokens(doc)
    prev = toks[start - 1]
    return (prev.ent_iob_ == "O" and prev.pos_ == "PROPN" and prev.is_title and not fronted_month(toks, start - 1)
            and prev.lower_ not in lex.titles and toks[start].is_title and is_first_name(prev.text))


def missed_outlets(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"told The Bugle", "The Bugle reported": a capitalised "The" and proper nouns that NER
    missed, as the partner of a speech or publishing verb, name an organisation (an outlet)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    listed, texts, deps = tokens(doc), strings(doc, "text"), strings(doc, "dep")
    for i, dep in enumerate(deps):  # (the columns first: most tokens are neither an object nor "The")
        if dep in ("dobj", "dative") and i not in covered:
            tok = listed[i]
            if not tok.is_sent_start and tok.is_title and tok.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() == "tell" \
                    and (i == 0 or listed[i - 1].is_punct or i - 1 == tok.head.i):
                out.append(NameSpan(i, i + 1, "ORG", "ORG", False))  # "told People": a capitalised common word is an outlet
                continue
        if texts[i] != "The" or i in covered:
            continue
        tok = listed[i]
        if not _title_the(tok):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and end not in covered:
            end += 1
        if end == tok.i + 1:
            continue
        head = doc[tok.i : end].root
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if head.dep_ in ("nsubj", "dobj", "dative", "pobj") and verb.lemma_.lower() in lex.outlet_verbs:
            possessive = end < len(doc) and doc[end].tag_ == "POS"
            out.append(NameSpan(tok.i, end, "ORG", "ORG", possessive))
    return out


def in_headline(token: Token) -> bool:
    """The token is in the document's first sentence and that is a headline: a line of its own with no final stop (the
    whole line, when the parser cut it in two: "Marlowgate Nabs Rights to Vasilache's 'Kestrels in January' After X")."""
    doc = token.doc
    if sentences(doc)[1][token.i] != 0:
        known = memo(doc, "headline")
        if 1 not in known:
            known[1] = _headline_line_end(doc)
        return known[1] is not None and token.idx < known[1]
    known = memo(doc, "headline")  # (whether the first sentence is a headline: asked for every name the text bears twice)
    if 0 not in known:
        known[0] = _headline_first(doc)
    return known[0]


def _headline_first(doc: Doc) -> bool:
    sent = sentences(doc)[0][0]
    words = [t for t in tokens(doc)[sent.start : sent.end] if not t.is_space]
    if not words:
        return False
    last = words[-1]
    after = doc_text(doc)[last.idx + len(last.text) : last.idx + len(last.text) + 3]
    if (last.i == len(doc) - 1 or "\n" in after) and not last.text.endswith((".", "!", "?", '"', "”")):
        return True
    end = _headline_line_end(doc)
    return end is not None and last.idx < end


def _headline_line_end(doc: Doc) -> int | None:
    """Where the first line ends, when it is a headline cut by the parser into sentences: a line of its own, no longer
    than a headline, with no stop at any of its sentence ends."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or end > 200 or text[:end].rstrip().endswith((".", "!", "?", '"', "”")):
        return None
    ends = [s.end for s in sentences(doc)[0] if s.end < len(doc) and doc[s.end - 1].idx < end]
    return end if all(not doc[k - 1].text.endswith((".", "!", "?")) for k in ends) else None
