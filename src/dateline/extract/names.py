"""Proper-name spans from spaCy's NER, trimmed, cleaned and relabelled from context.

The small English model often mislabels a surname met alone (as ORG, NORP, WORK_OF_ART, LAW),
a first name (as ORG or GPE), and misses surnames altogether.  This module turns `doc.ents`
into `NameSpan`s whose labels come from a weighted vote over every occurrence of the same name
plus contextual cues (role nouns before the name, person-only verbs, speech verbs, appositions,
organisation suffixes), and adds the occurrences of known person-name parts that NER missed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .entity_lexicon import EntityLexicon, lexicon
from .first_names import is_first_name

TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK", "PRODUCT", "EVENT", "NORP")
LABEL_MAP = {"WORK_OF_ART": "WORK"}
# How far a raw NER label is trusted when occurrences of one name disagree.  The rare classes
# (EVENT, NORP, LAW) are where the small model errs most on capitalised names.
TRUST = {"PERSON": 1.0, "ORG": 1.0, "GPE": 1.0, "LOC": 0.9, "FAC": 0.8, "WORK": 1.2, "PRODUCT": 0.8,
         "EVENT": 0.5, "NORP": 0.5, "LAW": 0.4}
NAME_PART_VOTE = 5.0  # the first/last token(s) of a full person name found elsewhere
CUE_VOTE = 3.0
PLACE_PREPOSITIONS = {"in": "GPE", "at": "GPE", "near": "GPE", "across": "GPE", "throughout": "GPE",
                      "on": "ORG", "via": "ORG"}  # a lone unknown word after these is rarely a person
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})  # "in May"
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "el", "da", "del", "la", "le", "di", "du", "dos", "das", "ibn", "st.", "mc"})


@dataclass(slots=True)
class NameSpan:
    start: int  # token offsets, end exclusive
    end: int
    label: str  # label after repair
    ner_label: str  # what NER said ("" when NER missed the name)
    possessive: bool = False
    votes: dict[str, float] = field(default_factory=dict)

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def name_key(span: Span) -> str:
    words = [t.text for t in span]
    if len(words) > 1 and words[0] == "The":
        words = words[1:]  # "The Ledger" and "Ledger" are one name
    return " ".join(words).casefold().replace("’", "'")


def _title_the(tok: Token) -> bool:
    """A capitalised "The" inside a sentence belongs to the name it opens ("told The Ledger")."""
    return tok.text == "The" and not tok.is_sent_start


def _trim(doc: Doc, start: int, end: int, lex: EntityLexicon) -> tuple[int, int]:
    while start < end and (doc[start].tag_ in ("DT", "PRP$", "WP$") or doc[start].is_punct) \
            and not (_title_the(doc[start]) and start + 1 < end):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _looks_like_name(span: Span) -> bool:
    if not any(t.is_alpha and (t.is_title or t.is_upper or t.text[:1].isupper()) for t in span):
        return False
    return not any("@" in t.text or t.like_url or t.like_email for t in span)


def _raw_spans(doc: Doc, lex: EntityLexicon) -> list[NameSpan]:
    out: list[NameSpan] = []
    for ent in doc.ents:
        raw = ent.label_
        label = LABEL_MAP.get(raw, raw)
        if label not in TYPES and label != "LAW":
            continue
        start, end = _trim(doc, ent.start, ent.end, lex)
        while end > start + 1 and not any(c.isalpha() for c in doc[end - 1].text):
            end -= 1  # "Jane Doe 6-4": NER took the score along
        if start >= end or not _looks_like_name(doc[start:end]):
            continue
        if label == "PERSON":
            while start < end - 1 and (doc[start].lower_ in lex.titles or lex.is_person_noun(doc[start].lower_)):
                start += 1  # "Mr. Smith", "Actress Jane Doe": the title is a cue, not part of the name
            prev = start - 1
            if (prev >= 0 and doc[prev].ent_iob_ == "O" and doc[prev].pos_ == "PROPN" and doc[prev].is_title
                    and doc[prev].lower_ not in lex.titles and not lex.is_person_noun(doc[prev].lower_)):
                start = prev  # NER dropped the first name: "TV host Jane Doe" -> only "Doe"
        possessive = end < len(doc) and doc[end].tag_ == "POS"
        out.append(NameSpan(start, end, label, label, possessive))
    return out


def _missed_outlets(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"told The Ledger", "The Ledger reported": a capitalised "The" and proper nouns that NER
    missed, as the partner of a speech or publishing verb, name an organisation (an outlet)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in doc:
        if not _title_the(tok) or tok.i in covered:
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


def _fix_person_junk(doc: Doc, spans: list[NameSpan]) -> None:
    """A PERSON span that begins with a name only ever labelled ORG/PRODUCT/WORK is that name."""
    labels: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        labels[name_key(s.tokens(doc))].add(s.label)
    other = {key: next(iter(found)) for key, found in labels.items()
             if len(found) == 1 and found & {"ORG", "PRODUCT", "WORK"}}
    for span in spans:
        if span.label != "PERSON" or span.end - span.start < 2:
            continue
        for cut in range(span.end - 1, span.start, -1):
            label = other.get(name_key(doc[span.start : cut]))
            if label:
                span.end, span.label, span.ner_label = cut, label, label
                span.possessive = doc[cut].tag_ == "POS"
                break


def _person_name_parts(doc: Doc, spans: list[NameSpan]) -> dict[str, set[tuple[str, ...]]]:
    """Full person names -> the token tuples that can stand for them alone (first and last parts)."""
    parts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for span in spans:
        if span.label != "PERSON" or span.end - span.start < 2:
            continue
        words = tuple(t.text for t in span.tokens(doc))
        if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            continue
        for k in range(1, len(words)):
            parts[" ".join(words)].add(words[:k])
            parts[" ".join(words)].add(words[-k:])
    return parts


def _context_cues(doc: Doc, span: NameSpan, lex: EntityLexicon) -> dict[str, float]:
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
    if span.possessive and nxt + 1 < len(doc) and doc[nxt + 1].lemma_.lower() in lex.org_possessed_nouns:
        cues["ORG"] += CUE_VOTE
    if span.ner_label == "PERSON" and len(tokens) == 1 and root.dep_ == "pobj" and not is_first_name(root.text):
        place = PLACE_PREPOSITIONS.get(root.head.lower_)
        if place:  # "an expedition in Svalbard", "posted on Instagram": no person
            cues[place] += CUE_VOTE / 2
    if len(tokens) >= 2 and tokens[-1].lower_ in lex.org_suffixes:
        cues["ORG"] += CUE_VOTE + 1
    return cues


def _name_like_at_start(doc: Doc, i: int) -> bool:
    """A sentence-initial capitalised common word ("Price", "Stone") used as a surname: it is
    the subject, or followed by a comma, a possessive or a verb."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].dep_ in ("nsubj", "nsubjpass") or (
        nxt is not None and (nxt.text == "," or nxt.tag_ == "POS" or nxt.pos_ in ("VERB", "AUX")))


def _add_missed_parts(doc: Doc, spans: list[NameSpan], parts: dict[str, set[tuple[str, ...]]]) -> list[NameSpan]:
    """Occurrences of a known person name (or one of its parts) that NER did not mark."""
    covered = bytearray(len(doc))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    candidates: set[tuple[str, ...]] = set()
    for full, subs in parts.items():
        candidates.add(tuple(full.split(" ")))
        candidates |= subs
    longest = max((len(c) for c in candidates), default=0)
    added: list[NameSpan] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if covered[i] or not tok.text[:1].isupper() or tok.ent_type_ in NOT_NAMES or (tok.pos_ != "PROPN" and tok.is_sent_start
                                                        and not _name_like_at_start(doc, i)):
            i += 1
            continue
        for k in range(min(longest, len(doc) - i), 0, -1):
            words = tuple(t.text for t in doc[i : i + k])
            if words in candidates and not any(covered[i : i + k]):
                possessive = i + k < len(doc) and doc[i + k].tag_ == "POS"
                added.append(NameSpan(i, i + k, "PERSON", "", possessive))
                i += k - 1
                break
        i += 1
    return added


def _vote(doc: Doc, spans: list[NameSpan], cues: list[dict[str, float]], extra: dict[str, dict[str, float]]) -> None:
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for span, span_cues in zip(spans, cues, strict=True):
        key = name_key(span.tokens(doc))
        multi = span.ner_label == "PERSON" and span.end - span.start > 1
        votes[key][span.ner_label] += TRUST.get(span.ner_label, 0.5) * (1.5 if multi else 1.0)
        for label, weight in span_cues.items():
            votes[key][label] += weight
    for key, more in extra.items():
        for label, weight in more.items():
            votes[key][label] += weight
    for span in spans:
        tally = votes[name_key(span.tokens(doc))]
        span.votes = dict(tally)
        span.label = max(tally, key=lambda lab: (tally[lab], lab == span.ner_label))


def _part_votes(doc: Doc, spans: list[NameSpan], parts: dict[str, set[tuple[str, ...]]]) -> dict[str, dict[str, float]]:
    """Name-part evidence: the first/last words of a person's name are that person; the first
    words of a multi-word organisation name ("Acme" of "Acme United") are that organisation."""
    extra: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: dict[str, int] = defaultdict(int)
    for span in spans:
        counts[name_key(span.tokens(doc))] += 1
    for subs in parts.values():
        for words in subs:
            key = " ".join(words).casefold().replace("’", "'")
            extra[key]["PERSON"] = NAME_PART_VOTE * max(1, counts.get(key, 1))
    for span in spans:
        if span.label == "ORG" and span.end - span.start > 1:
            words = [t.text for t in span.tokens(doc)]
            for k in range(1, len(words)):
                key = " ".join(words[:k]).casefold().replace("’", "'")
                if "PERSON" not in extra.get(key, {}):
                    extra[key]["ORG"] = NAME_PART_VOTE * max(1, counts.get(key, 1))
    return extra


def _confirmed_people(doc: Doc, spans: list[NameSpan]) -> dict[str, str]:
    """"Marcus Bell" labelled ORG, "Bell" alone a person: a known first name followed by a surname
    that is a person elsewhere makes the full name a person too."""
    person_keys = {name_key(s.tokens(doc)) for s in spans if s.label == "PERSON" and s.end - s.start == 1}
    out: dict[str, str] = {}
    for span in spans:
        words = span.tokens(doc)
        if span.label != "PERSON" and 2 <= len(words) <= 3 and words[-1].lower_ in person_keys \
                and all(t.is_title for t in words) and is_first_name(words[0].text):
            out[name_key(words)] = "PERSON"
    return out


def find_names(doc: Doc) -> list[NameSpan]:
    lex = lexicon()
    spans = _raw_spans(doc, lex)
    spans += _missed_outlets(doc, spans, lex)
    _fix_person_junk(doc, spans)
    cues = [_context_cues(doc, span, lex) for span in spans]
    _vote(doc, spans, cues, {})  # first round: NER labels and context only
    parts = _person_name_parts(doc, spans)
    extra = _part_votes(doc, spans, parts)
    for key, label in _confirmed_people(doc, spans).items():
        extra[key][label] += NAME_PART_VOTE
    _vote(doc, spans, cues, extra)  # second round: with name parts
    spans = [s for s in spans if not (s.label == "PERSON" and s.ner_label == "NORP" and s.start > 0
                                      and doc[s.start - 1].tag_ == "DT")]  # "the Italian said": not a name
    spans = [s for s in spans if s.label in TYPES]
    spans += _add_missed_parts(doc, spans, _person_name_parts(doc, spans))
    spans.sort(key=lambda s: s.start)
    return spans
