"""Proper-name spans from spaCy's NER, trimmed, cleaned and relabelled from context.

The small English model often mislabels a surname met alone (as ORG, NORP, WORK_OF_ART, LAW),
a first name (as ORG or GPE), and misses surnames altogether.  This module turns `doc.ents`
into `NameSpan`s whose labels come from a weighted vote over every occurrence of the same name
plus contextual cues (`name_cues`), and adds the occurrences of known person-name parts that NER
missed.  Raw spans and their trimming live in `name_spans`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..nlp import LINKED_PLACE, WEEKDAYS, _per_doc, children_of, doc_text, heads, sent_of, strings, tokens
from .entity_lexicon import (
    CLOSING_QUOTES,
    DEMONYM_NOUNS,
    OPENING_QUOTES,
    EntityLexicon,
    aged_demonym,
    is_demonym,
    is_dictionary_word,
    lexicon,
)
from .events_schema import schema
from .first_names import is_first_name
from .gazetteer import is_region, place_label
from .name_cues import (
    CLUB_POST_NOUNS,
    CUE_VOTE,
    DEFECT_VERBS,
    DEFINES,
    _plain_word,
    context_cues,
    moved_from,
    org_words,
    person_shaped,
    team_told_as_plural,
    won_a_trophy,
)
from .name_missed import (
    COMPASS_WORDS,
    capital_tokens,
    missed_band_names,
    missed_bodies_before_titles,
    missed_described,
    missed_org_subjects,
    missed_particle_names,
    missed_parties,
    missed_people_and_orgs,
    missed_places,
    missed_work_subjects,
    noun_tagged_name,
    person_particle_starts,
    quoted_works,
)
from .name_recall import add_full_body_names, add_full_forms, add_missed_names, add_missed_parts
from .name_repairs import (
    AWARD_WORDS,
    CLUB_LAST_WORDS,
    TEAM_HEADS,
    band_names_of,
    band_nouns,
    join_after_vote,
    join_pieces,
    missed_full_names,
    missed_known_places,
    missed_national_teams,
    missed_seats,
    possessive_institution_names,
    possessive_names,
    possessive_place_names,
    possessive_trade_names,
    split_at_clause_words,
    split_body_pairs,
    split_people_for_works,
    split_people_of_bodies,
    split_place_lists,
)
from .name_spans import (
    NAME_PARTICLES,
    SAINTS,
    TYPES,
    NameSpan,
    dateline_starts,
    in_headline,
    is_dateline,
    missed_outlets,
    name_key,
    name_key_at,
    raw_spans,
    span_root,
)
from .name_works import (
    WORK_VOTE,
    finish_awards,
    launched_thing,
    missed_awards,
    missed_clubs,
    missed_work_owners,
    model_cue,
    prize_recipient,
    unquoted_works,
    work_cue,
)

# How far a raw NER label is trusted when occurrences of one name disagree.  The rare classes
# (EVENT, NORP, LAW) are where the small model errs most on capitalised names.
TRUST = {"PERSON": 1.0, "ORG": 1.0, "GPE": 1.0, "LOC": 0.9, "FAC": 0.8, "WORK": 1.2, "PRODUCT": 0.8,
         "EVENT": 0.5, "NORP": 0.5, "LAW": 0.4}
GAZETTEER_VOTE = 1.5  # per occurrence of a known real place: beats one wrong NER label, not a person cue
TOWN_PREPS = frozenset({"in", "near", "outside"})  # a name NER reads as a place after these is one (not "at X": a club)
NAME_PART_VOTE = 5.0  # the first/last token(s) of a full person name found elsewhere
ALONE_PERSON = 4.0  # the votes (readings and cues) a first word told alone needs to make a name read as a body a person's
CLUB_PLACE_WORDS = frozenset({"town", "city", "county", "borough"})
BUILDING_WORDS = frozenset({"church", "cathedral", "chapel", "abbey", "basilica", "mosque", "synagogue", "temple", "palace",
                            "castle", "stadium", "arena", "airport", "bridge", "tower", "square"})
STREET_WORDS = frozenset({"street", "road", "row", "avenue", "boulevard", "terrace", "crescent", "quay", "wharf"})


def _more_cues(doc: Doc, span: NameSpan, cues: dict[str, float]) -> dict[str, float]:
    """Cues the tagger hides from `context_cues`: a person noun it tagged as an adjective just
    before the name ("his co-star X"); a building word ending a name NER took for a person
    ("Narrick House", "the Elm Park Quarry")."""
    lex, lowers = lexicon(), strings(doc, "lower")
    prev = tokens(doc)[span.start - 1] if span.start > 0 else None
    if span.end - span.start >= 2 and lowers[span.end - 1] in STREET_WORDS and span.ner_label in ("PERSON", "ORG"):
        cues["FAC"] += CUE_VOTE + 1  # "Abbey Row", "Cobbler Road": a street ("Lane" is too often a surname), not a person or a firm
    words = span.tokens(doc)
    root = span_root(doc, span.start, span.end)  # (once, and without the Span's own search for it)
    if span.ner_label == "PERSON" and len(words) >= 2 and words[0].lower_ not in lex.place_prefixes \
            and not is_first_name(words[0].text) and _known_place(words[-1].text) and not _known_place(words[0].text):
        cues["ORG"] += CUE_VOTE  # "Thitesse Dordrecht", "Sporting Lisbon": a club named after its town
    elif span.ner_label in ("PERSON", "FAC") and len(words) >= 2 and words[-1].lower_ in CLUB_PLACE_WORDS \
            and not _known_place(span.text(doc)):
        cues["ORG"] += CUE_VOTE + 1  # "Grillhaven Town", "Grarrow City": a club, no person
    elif span.ner_label in ("GPE", "WORK") and len(words) >= 2 and words[-1].lower_ in CLUB_PLACE_WORDS \
            and (_club_verb(root) or _club_post(root) or won_a_trophy(root)) and not _known_place(span.text(doc)):
        cues["ORG"] += CUE_VOTE + 1  # "signed for Grarrow City", "joined Grillhaven Town": a club, not a town
        if _moved_from_club(root):
            cues["ORG"] += CUE_VOTE  # "moved to Frunmore City from Caddon Athletic": from a club to a club, not a home
    elif span.ner_label in ("PERSON", "LOC") and len(words) >= 2 and _club_post(root) and root.dep_ == "compound" \
            and not _known_place(span.text(doc)) \
            and root.head.head.ent_type_ == "PERSON" and root.head.head.i > root.head.i \
            and (root.head.lemma_.lower() not in OWN_POST_NOUNS or not is_first_name(words[0].text)):
        # (not "Andy Murray coach Ivan Lendl", "Taylor Swift manager X": a player's or a singer's own)
        cues["ORG"] += CUE_VOTE + 1  # "Galder Vale boss Ian Pruett": the side whose boss the named man is, not a person
    elif span.ner_label in ("PERSON", "GPE", "LOC") and len(words) >= 2 and _signed_a_player(root) \
            and not _known_place(span.text(doc)) and not person_shaped(words, lex):
        cues["ORG"] += CUE_VOTE + 1  # "Barlow Vale signed striker Tom Reed": the club (not "Ian Pruett signed ...", its manager)
    elif span.ner_label in ("PERSON", "GPE", "LOC", "WORK") and len(words) >= 2 and _staff_named_by_post(root) \
            and not _known_place(span.text(doc)) and not person_shaped(words, lex):
        cues["ORG"] += CUE_VOTE + 1  # "The Marrowdale Foxes fired head coach X": the side (not "Ian Pruett fired ...")
    elif span.ner_label in ("PERSON", "GPE") and _employer_position(root, lex) and not _known_place(span.text(doc)) \
            and not person_shaped(words, lex):
        cues["ORG"] += CUE_VOTE + 1  # "joined X from Porto Azul", "chief technology officer at Tumora": an employer
    if span.ner_label == "PERSON" and len(words) == 1 and root.dep_ == "pobj" and root.head.lower_ in ("in", "near") \
            and root.head.head.pos_ in ("NOUN", "VERB") and (town := place_label(words[0].text)) is not None:
        cues[town] += CUE_VOTE + 1  # "at the national championships in Valencia": a city (a first name too, but no one is
        # "in" a person)
    if span.ner_label == "PERSON" and len(words) >= 2 and words[0].lower_ in SAINTS and (town := _known_place(span.text(doc))):
        cues[town] += CUE_VOTE  # "in St Helens", "hit St Neots": a town named for a saint, no one's name
    if span.ner_label in ("PERSON", "ORG") and not any(cues.get(label) for label in ("WORK", "PRODUCT", "EVENT", "FAC")) \
            and _plural_trade_name(words, lex) and (span.ner_label == "PERSON" or _plural_told_with_the(words)):
        cues["ORG"] += CUE_VOTE + 1  # "Drarrowdene Artists", "Ostby Parcels": a firm named for its trade, no one's name
        # (but "her single Paper Moons": a title)
    if span.ner_label == "ORG" and span.end - span.start >= 2 and words[-1].lower_ in TEAM_HEADS \
            and any(_known_place(doc[span.start : k].text) for k in (span.start + 1, span.start + 2)):
        cues["ORG"] += GAZETTEER_VOTE + CUE_VOTE  # "the New Zealand netball team": the country's team, no place
    if span.ner_label in ("GPE", "ORG", "FAC", "NORP") and _object_of_person_verb(root) \
            and 2 <= len(words) <= 3 and _given_or_unknown(words) \
            and all(w.is_title for w in words) and not _known_place(span.text(doc)) and not org_words(words, lex, span.text(doc)):
        cues["PERSON"] += CUE_VOTE + 1  # "brought in Tomas Veld", "sacked Ilse Brandes": a person's name, whatever NER said
    elif span.ner_label in ("ORG", "PRODUCT", "FAC", "GPE", "PERSON") and 2 <= len(words) <= 3 and _given_or_unknown(words) \
            and all(w.is_title and w.is_alpha for w in words) and _subject_of_person_verb(root) \
            and not _known_place(span.text(doc)) and not org_words(words, lex, span.text(doc)):
        cues["PERSON"] += CUE_VOTE + 1  # "Hamish Quell said he would resign", "Bridget Sallow was elected mayor"
    if span.ner_label == "PRODUCT" and len(words) == 2 and not cues.get("PRODUCT") and _given_and_surname(words, lex) \
            and (prev is None or (prev.pos_ not in ("DET", "PRON", "ADJ") and prev.tag_ != "POS")):  # (not "the Kia Soul")
        cues["PERSON"] += GIVEN_NAME_VOTE  # "took silver behind Ines Moll": a given name no word is and a surname that is one
    if span.ner_label in ("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK") and len(words) <= 3 and _kin_possessor(root, lex) \
            and all(w.is_title for w in words):
        cues["PERSON"] += CUE_VOTE + 1  # "Zsolt Ferenczy's wife", "Anyanwu's daughter": only a person has them
    if span.ner_label == "EVENT" and len(words) >= 2 and words[0].lower_ in WEEKDAYS and words[-1].lower_ not in WEEKDAYS \
            and all(w.is_title for w in words):
        cues["ORG"] += CUE_VOTE + 1  # "told the Sunday Argent", "the Saturday Crarion": a paper named for its day, no event
    if span.label != "WORK" and _charted(root):
        cues["WORK"] += CUE_VOTE + 1  # "Malt Thimble, which reached number six in the charts", "X topped the charts": a record
    if (work := work_cue(doc, span, lex)):
        cues[span.label] += work  # "her album X", "album of the year for X", "its asthma drug, KX-441,"
    elif span.label != "WORK" and (model := model_cue(doc, span, lex)):
        cues["PRODUCT"] += model  # "its Beacon 2 speaker", "unveiled the Vista hatchback": a model, not a place or its maker
    if (span.ner_label == "PERSON" or cues.get("PERSON")) and len(words) <= 2 and not is_first_name(words[0].text) and not person_shaped(words, lex) \
            and launched_thing(root):
        cues["PRODUCT"] += WORK_VOTE  # "unveiled Ledgerby, a tax-filing assistant", "Orbalia was launched in 2012": a thing
        # put on the market, whatever the apposition's noun (an "assistant") or NER made of the name
    if prev is not None and prev.pos_ == "ADJ" and lex.is_person_noun(prev.lemma_.lower()):
        either = prev.lemma_.lower() in lex.either_kind_nouns and not person_shaped(words, lex) and not is_first_name(words[0].text) \
            and not (prev.i > 0 and doc[prev.i - 1].lower_ in ("his", "her"))  # (but "her rival Tom Gale")
        cues["ORG" if either else "PERSON"] += CUE_VOTE  # "his co-star X"; but "the rival X" (tagged an adjective) may be a body
    if (won := prize_recipient(root, lex)) and not (won == "PERSON" and org_words(words, lex, span.text(doc))):
        cues[won] += CUE_VOTE + 1  # "Best director went to X": a person; "Best documentary went to Y": a work
    if _within_region(doc, span):
        cues["GPE"] += CUE_VOTE  # "launched from Sinnamary in French Guiana", "Les Shaisies, France": a place within a region
    if _continued_by_she_or_he(doc, span, words, root):
        cues["PERSON"] += CUE_VOTE  # "Bola Adeleke was first elected in 1994. She won ...": a person's name
    if span.ner_label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC") and 2 <= len(words) <= 3 and _given_or_unknown(words) \
            and all(w.is_title and w.is_alpha for w in words) and not _known_place(span.text(doc)) \
            and not org_words(words, lex, span.text(doc)) and _listed_with_people(root):
        cues["PERSON"] += CUE_VOTE  # "hired three engineers: A, Olusegun Adair and B": one of a list of people
    if span.ner_label == "FAC" and span.end - span.start >= 2 and lowers[span.end - 1] in lex.org_suffixes \
            and lowers[span.end - 1] not in lex.fac_suffixes and lowers[span.end - 1] not in BUILDING_WORDS \
            and not (prev is not None and prev.lower_ == "the" and lowers[span.end - 1] in AWARD_WORDS):
        cues["ORG"] += CUE_VOTE + 1  # "left Pellucid Games in 2021": a firm's word, no building (not "the Commonwealth Games")
    if span.end - span.start >= 2 and span.ner_label == "PERSON" and lowers[span.end - 1] in lex.fac_suffixes:
        cues["FAC"] += CUE_VOTE + 1
    elif span.end - span.start >= 2 and span.ner_label == "ORG" and lowers[span.end - 1] in BUILDING_WORDS:
        cues["FAC"] += CUE_VOTE + 1  # "St Wilfrid's Church", "the Presidential Palace": a building, not a body
    if span.end - span.start >= 2 and (lowers[span.end - 1] in lex.org_suffixes or doc[span.start].lower_ in lex.org_prefixes) \
            and cues.get("PERSON") and not (len(words) == 2 and words[-1].lower_ in lex.org_suffix_surnames
                                            and is_first_name(words[0].text)):  # ("Omar Steel's memoir": a surname)
        cues["ORG"] += CUE_VOTE  # "the original producer, Montana Films": the organisation word outweighs the role noun
    elif span.end - span.start >= 2 and span.ner_label in ("ORG", "FAC") and lowers[span.end - 1] in lex.fac_suffixes \
            and cues.get("PERSON"):
        cues[span.ner_label] += CUE_VOTE  # "the rival Brackley Centre": NER and the building word outweigh "rival"
    return cues


def _listed_with_people(root: Token) -> bool:
    """The name is one of a list ("A, B and C") another of which NER took for a person's name and none for a body's."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = [top, *(t for t in top.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")]
    types = {t.ent_type_ for t in members if t.i != root.i}
    return len(members) >= 3 and types == {"PERSON"}


BODY_RELATIONS = frozenset({"partner", "parent"})  # "the bank's partner", "its parent": a firm has them too


def _kin_possessor(root: Token, lex: EntityLexicon) -> bool:
    """The name is the possessor of a kin noun: "X's wife / widow / daughter / brother / fiancée"."""
    noun = root.head.lemma_.lower()
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and noun in lex.relation_of and noun not in BODY_RELATIONS


GIVEN_NAME_VOTE = 1.0  # beats a product's label alone (0.8), not a firm's or a place's


def _given_and_surname(words: Span, lex: EntityLexicon) -> bool:
    """Two capitalised words, a known given name that is no dictionary word ("Ines", not "Grace") and a last word shaped
    like a surname, though a dictionary word ("Moll"): no plural ("Tim Hortons"), no body's or building's word."""
    first, last = words[0], words[-1]
    low = last.lower_
    return first.is_title and last.is_title and last.is_alpha and is_first_name(first.text) \
        and not is_dictionary_word(first.text, first.lemma_) and not low.endswith("s") \
        and low not in lex.org_suffixes and low not in lex.fac_suffixes and low not in lex.street_words


def _given_or_unknown(words: Span) -> bool:
    """A name led by a known first name ("Tomas Veld"), or of words no dictionary has ("Ama Reynoso", "Kojo
    Mensah"): a given name the first-name list lacks (the callers bar a known place or body), no word first ("Silver Lake")."""
    first = words[0]
    return is_first_name(first.text) or (first.is_alpha and not is_dictionary_word(first.text, first.lemma_))


CHART_VERBS = frozenset({"reach", "top", "enter", "peak", "climb", "go", "debut", "hit", "spend", "chart"})
CHART_WORDS = frozenset({"chart", "charts"})


def _charted(root: Token) -> bool:
    """The name is what reached, topped or entered the charts: the verb's subject, or the antecedent
    of the relative clause whose subject did ("X, which reached number six in the charts")."""
    verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB" else []
    verbs += [c for c in children_of(root) if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that")
                                                                     for g in children_of(c))]
    return any(v.lemma_.lower() in CHART_VERBS and any(t.lower_ in CHART_WORDS for t in v.subtree if t.i > v.i) for v in verbs)


# Verbs whose object (or whose "for" / "to") a person joins, plays for or beats as a club.
CLUB_OBJECT_VERBS = frozenset({"join", "rejoin", "beat", "defeat", "sign", "captain", "coach", "manage"})
CLUB_FOR_VERBS = frozenset({"sign", "play", "score", "appear", "star", "debut", "make"})
CLUB_TO_VERBS = frozenset({"transfer", "loan", "sell", "relegate", "promote", "move", "switch"})
CLUB_BY_VERBS = frozenset({"sign", "snap", "buy", "loan", "release", "recruit", "beat", "defeat", "sack", "relegate"})
OWN_POST_NOUNS = frozenset({"manager", "coach", "player"})  # also a person's own ("Andy Murray coach Ivan Lendl")


PLAYER_NOUNS = CLUB_POST_NOUNS - OWN_POST_NOUNS - {"boss", "captain", "skipper"}  # "striker", "winger", "goalkeeper"


def _signed_a_player(root: Token) -> bool:
    """"Barlow Vale signed striker Tom Reed", "X have signed the winger Y": the subject of a signing whose object is
    a player told by position (a manager signs players too: the callers bar a person-shaped name)."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() != "sign":
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in PLAYER_NOUNS or any(
        g.dep_ in ("compound", "amod") and g.lemma_.lower() in PLAYER_NOUNS for g in c.children)) for c in root.head.children)


STAFFING_VERBS = frozenset({"fire", "sack", "dismiss", "axe", "oust", "hire", "appoint", "name"})
STAFF_POST_NOUNS = frozenset({"coach", "manager", "boss", "director", "chairman", "chairwoman", "chair", "president"})


def _staff_named_by_post(root: Token) -> bool:
    """"The Marrowdale Foxes fired head coach X", "Y have sacked manager Z": the subject of a firing or a hiring whose
    object is a named person told by a club's or a company's post (the callers bar a person-shaped name)."""
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in STAFFING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and any(
        g.dep_ == "compound" and g.lemma_.lower() in STAFF_POST_NOUNS and g.i < c.i for g in c.subtree) for c in root.head.children)


def _club_verb(root: Token) -> bool:
    """"joined X", "signed / played / scored for X", "was loaned to X": X a club, whatever its town."""
    head = root.head
    if root.dep_ == "dobj":
        return head.lemma_.lower() in CLUB_OBJECT_VERBS
    if root.dep_ == "pobj" and head.dep_ in ("prep", "dative") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head.lemma_.lower()
        if (head.lower_ == "for" and verb in CLUB_FOR_VERBS) or (head.lower_ == "to" and verb in CLUB_TO_VERBS):
            return True
    if root.dep_ == "pobj" and head.dep_ == "agent" and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in CLUB_BY_VERBS  # "was snapped up by Felling Town"
    if root.dep_ == "pobj" and head.lower_ == "to":
        gov = head.head  # "a loan move to Kelby City", "sealed a switch to X" (the parser hanging "to" on the verb)
        return gov.lemma_.lower() in MOVE_NOUNS and gov.pos_ == "NOUN" or gov.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MOVE_NOUNS for c in children_of(gov))
    return False


def _moved_from_club(root: Token) -> bool:
    """"moved to X from Caddon Athletic": the verb's "from" names a body (the recognizer's own label), so X is one too."""
    verb = root.head.head
    return root.dep_ == "pobj" and root.head.lower_ == "to" and verb.lemma_.lower() in CLUB_TO_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in c.children)
                for c in verb.children)


def _club_post(root: Token) -> bool:
    """"the Rowan City striker", "Kelby City's striker", "head coach of Frunmore Town": the name of the side a player or
    coach serves."""
    head = root.head
    if root.dep_ in ("compound", "poss"):
        return head.lemma_.lower() in CLUB_POST_NOUNS
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CLUB_POST_NOUNS


# Verbs whose object, shaped like a person's name, is a person ("brought in Tomas Veld").
PERSON_OBJECT_VERBS = frozenset({"hire", "recruit", "poach", "headhunt", "bring", "appoint", "sack", "fire", "draft", "loan",
                                 "arrest", "charge", "jail", "sentence", "marry", "divorce", "date", "interview",
                                 "fine", "fin", "convict", "acquit", "detain", "succeed"})  # ("fined" is lemmatised "fin")


def _object_of_person_verb(root: Token) -> bool:
    """The name is the object of one of those verbs, or stands beside a noun that is ("fined the landlord Ivor Grebe")."""
    if root.dep_ == "appos" and root.head.dep_ == "dobj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from"):
        holder = root.head.head
        if holder.lemma_.lower() in PARTNER_PREP_WORDS:
            return True  # "divorced from X", "was married to X", "engaged to X", "her marriage to X"
        return holder.pos_ == "VERB" and any(  # "filed for divorce from X", "sought a divorce from X", "announced her engagement to X"
            (c.dep_ == "dobj" and c.lemma_.lower() in PARTNER_NOUNS)
            or (c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in PARTNER_NOUNS for g in children_of(c)))
            for c in children_of(holder))
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.lemma_.lower() in FOUNDING_VERBS or root.head.head.lemma_.lower() in AUTHORED_BY_VERBS
        # "Kessel Foods, founded by X in 1984,", "the play was written by X" (the name's shape decides)
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PERSON_OBJECT_VERBS


FOUNDING_VERBS = frozenset({"found", "co-found", "cofound", "establish"})
PARTNER_PREP_WORDS = frozenset({"marry", "married", "divorce", "divorced", "engage", "engaged", "separate", "separated", "wed",
                                "marriage", "engagement"})
AUTHORED_BY_VERBS = frozenset({"write", "co-write", "pen", "compose", "direct", "co-direct", "illustrate", "narrate", "choreograph",
                               "paint", "translate"})  # "was written / directed / painted by X": an author's name
PARTNER_NOUNS = frozenset({"divorce", "engagement", "separation", "annulment"})  # "filed for divorce from X": the verb holds "from"


# Verbs only a person is the subject of ("X resigned", "X married Y", "X has died"), or the passive subject of
# ("X was born / elected / arrested"); and the lexicon's verbs of saying, whose report has "he" or "she" for subject ("X said he would go").
PERSON_SUBJECT_VERBS = frozenset({"marry", "wed", "divorce", "die", "resign", "retire"})
MEETING_VERBS = frozenset({"meet", "date"})  # "A and B met in 2011": people, when a known first name leads (not "the X Union met")
PERSON_PASSIVE_VERBS = frozenset({"bear", "elect", "re-elect", "arrest", "jail", "marry", "sentence", "knight", "baptise", "baptize",
                                  "sack", "poach", "loan", "snap"})  # "X was snapped up by Y on a free transfer", "X was loaned to Y"


# Verbs only a person is the subject of when an object or a preposition says so: "X succeeded Y as ...", "X worked at /
# as ...", "X (, who) left the bank / quit Ostler Bank", "X entered politics" (not "X succeeded in ...", "X left the market").
SUCCEED_VERBS = frozenset({"succeed"})
WORKED_AT_VERBS = frozenset({"work", "study", "teach", "train", "intern", "lecture"})
LEFT_VERBS = frozenset({"leave", "quit", "join", "rejoin", "enter"})
LEFT_OBJECT_NOUNS = frozenset({"bank", "firm", "company", "club", "board", "role", "post", "job", "office", "politics",
                               "government", "cabinet", "parliament", "band", "school", "university", "army", "police",
                               "newspaper", "paper", "team", "squad", "side", "party", "profession"})
COMPLEMENT_PERSON_VERBS = SUCCEED_VERBS | WORKED_AT_VERBS | LEFT_VERBS
MOVE_NOUNS = frozenset({"move", "switch", "transfer"})
MOVE_SUPPORT_VERBS = frozenset({"complete", "seal", "secure", "earn", "finalise", "finalize", "agree", "clinch", "make"})


def _subject_of_person_verb(root: Token) -> bool:
    """The name is the subject of one of those verbs, or the subject a fronted "Born in X," tells of, or the one a
    "who" clause after it tells of ("X, who left the bank in 2019,")."""
    for c in children_of(root):
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX"):
            lemma = c.lemma_.lower()
            for g in children_of(c):
                if g.lower_ == "who" and ((g.dep_ == "nsubjpass" and lemma in PERSON_PASSIVE_VERBS) or (g.dep_ == "nsubj" and (
                        lemma in PERSON_SUBJECT_VERBS or (lemma in COMPLEMENT_PERSON_VERBS and _person_only_complement(c, lemma))))):
                    return True
    verb, lemma = root.head, root.head.lemma_.lower()
    if root.dep_ == "nsubjpass":
        return lemma in PERSON_PASSIVE_VERBS
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in PERSON_SUBJECT_VERBS:
        return True
    if lemma in MEETING_VERBS:
        first = min((c for c in children_of(root) if c.dep_ == "compound" and c.i < root.i), key=lambda c: c.i, default=root)
        return first.i < root.i and is_first_name(first.text) and not is_dictionary_word(first.text, first.lemma_)
    if lemma in BECOME_VERBS and any(_bare_post(c) for c in children_of(verb) if c.dep_ == "attr"):
        return True  # "X became mayor", "X became chief executive in 2019" (a post with no article: a person holds it)
    if lemma in COMPLEMENT_PERSON_VERBS and _person_only_complement(verb, lemma):
        return True
    for c in children_of(verb):
        if c.dep_ == "dobj" and c.lemma_.lower() in MOVE_NOUNS and lemma in MOVE_SUPPORT_VERBS and any(
                p.dep_ == "prep" and p.lower_ == "to" for p in (*children_of(c), *children_of(verb))):
            return True  # "X completed / sealed a move to Y": a player's transfer (not "X moved to Y": firms move too)
        if c.dep_ == "advcl" and c.i < root.i and c.lower_ == "born":
            return True  # "Born in Cork in 1960, X moved to Boston"
        if c.dep_ == "ccomp" and lemma in lexicon().speech_verbs and any(g.dep_ == "nsubj" and g.lower_ in ("he", "she") for g in children_of(c)):
            return True  # "X said he would resign"
    return False


BECOME_VERBS = frozenset({"become"})
BODY_TOO_POSTS = frozenset({"leader", "champion", "partner", "member", "owner", "winner", "sponsor", "host"})  # a firm, a side too
BODY_RANKS = frozenset({"market", "world", "industry", "sector"})  # ("became market leader")


def _bare_post(noun: Token) -> bool:
    """A singular person noun with no article or possessive: "mayor", "chief executive" (not "the market leader",
    "champions", "a major sponsor")."""
    lemma = noun.lemma_.lower()
    return noun.tag_ == "NN" and noun.is_lower and lemma not in BODY_TOO_POSTS and lexicon().is_person_noun(lemma) \
        and not any(c.dep_ in ("det", "poss") or (c.dep_ == "compound" and c.lemma_.lower() in BODY_RANKS) for c in children_of(noun))


def _person_only_complement(verb: Token, lemma: str) -> bool:
    """The verb's object or preposition makes its subject a person: "succeeded Y (as ...)", "worked at / as", "left the
    bank", "quit Ostler Bank" (not a place), "joined the board", "entered politics" (a named body joined: a firm too)."""
    for c in children_of(verb):
        if lemma in SUCCEED_VERBS:
            if c.dep_ == "dobj" and c.pos_ == "PROPN":
                return True
        elif lemma in WORKED_AT_VERBS:
            if c.dep_ == "prep" and c.lower_ in ("at", "as"):
                return True
        elif c.dep_ == "dobj" and (c.lemma_.lower() in LEFT_OBJECT_NOUNS or (
                lemma in ("leave", "quit") and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
                and not _known_place(c.text))):
            return True
    return False


# Verbs whose "from" names the body someone leaves for another ("joined X from Y", "was signed from Y").
MOVE_FROM_VERBS = frozenset({"join", "rejoin", "sign", "transfer", "loan", "recruit", "poach", "buy", "arrive", "hire", "lure"})
POST_NOUNS = frozenset({"role", "post", "job", "position", "stint", "spell", "career"})


def missed_person_subjects(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A name NER missed altogether that is the subject of a verb only people are the subject of ("Voss was born in
    Hamburg", "Pellor said he would appeal", "Ama Owusu died") or has a wife, a widow, a son ("Ruthven's widow"): one word no dictionary has, or two or three
    capitalised words led by a given name or by such a word; no place, no organisation word last, not after "the"."""
    lex = lexicon()
    covered = bytearray(len(doc))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    out: list[NameSpan] = []
    for tok in capital_tokens(doc):
        i = tok.i
        if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or covered[i] or tok.ent_iob_ != "O" or not tok.is_alpha \
                or not (tok.pos_ == "PROPN" or noun_tagged_name(tok)) \
                or not (_subject_of_person_verb(tok) or _kin_possessor(tok, lex)):
            continue
        start = i
        while start > 0 and i - start < 2 and not covered[start - 1] and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O" and doc[start - 1].head.i == i:
            start -= 1
        words = doc[start : i + 1]
        if (start > 0 and doc[start - 1].lower_ == "the") or _known_place(words.text) or org_words(words, lex, words.text) \
                or tok.lower_ in lex.org_suffixes or words[0].lower_ in lex.titles or lex.is_person_noun(words[0].lower_):
            continue
        if (len(words) == 1 and is_dictionary_word(tok.text, tok.lemma_)) or (len(words) > 1 and not _given_or_unknown(words)):
            continue
        out.append(NameSpan(start, i + 1, "PERSON", "PERSON", i + 1 < len(doc) and doc[i + 1].tag_ == "POS"))
        covered[start : i + 1] = b"\x01" * (i + 1 - start)
    return out


def _singulars(word: str) -> tuple[str, ...]:
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)


_POSITIONS: dict[int, tuple[Doc, dict[str, list[int]]]] = {}


def _word_positions(doc: Doc) -> dict[str, list[int]]:
    """Every token text of the doc -> where it stands, in order: made once per doc (kept by the doc's identity, see
    `nlp._per_doc`) for the plural-name rules below, which look for a word throughout the doc, name after name."""
    return _per_doc(_POSITIONS, doc, _positions)


def _positions(doc: Doc) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for i, word in enumerate(strings(doc, "text")):
        found.setdefault(word, []).append(i)
    return found


def _plural_told_with_the(words: Span) -> bool:
    """The name's last word, a plural, told alone after "the" elsewhere ("Glenmarsh Ravens ... left the Ravens bottom")."""
    lower, last = strings(words.doc, "lower"), words[-1].text
    return any(i > 0 and lower[i - 1] == "the" and not words.start <= i < words.end
               for i in _word_positions(words.doc).get(last, ()))


def _plural_trade_name(words: Span, lex: EntityLexicon) -> bool:
    """Two or three capitalised words ending in the plural of a common noun ("Artists", "Parcels", "Apiaries")
    after a first word no one is given as a first name, the plural never used alone: a business named for what it
    does or sells ("Drarrowdene Artists"), no person (whose surname may be a plural -- "Summers", "Walters" -- and
    who is called by it: "Walters said"), nor a town ("St Helens", "St Neots")."""
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words):
        return False
    last = words[-1].lower_
    if len(last) < 5 or not last.endswith("s") or last.endswith(("ss", "us", "is")) or is_first_name(words[0].text) \
            or words[0].lower_ in lex.place_prefixes or words[0].lower_ in SAINTS or last in lex.org_suffix_surnames \
            or is_dictionary_word(last) or _known_place(words.text):
        return False  # ("banks", "mills", "evans" are lemmas of their own: surnames as often as plurals)
    if not any(is_dictionary_word(single) for single in _singulars(last)):
        return False
    texts, lowers, before = strings(words.doc, "text"), strings(words.doc, "lower"), words[-2].text
    return not any((i == 0 or texts[i - 1] != before) and not (i > 0 and lowers[i - 1] == "the")
                   for i in _word_positions(words.doc).get(words[-1].text, ()))  # "Walters said": a surname (but "the
    # Ravens", a team's plural, is the body's short name)


def _employer_position(root: Token, lex: EntityLexicon) -> bool:
    """"joined X from Y" (Y the body left), "chief technology officer at Y", "the role ... at Y"
    (not "a decade at Y": a time may be spent in a town)."""
    if root.dep_ != "pobj":
        return False
    prep, head = root.head, root.head.head
    if prep.lower_ == "from":
        if head.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "hired a new finance chief, X, from Y"
        return head.pos_ == "VERB" and head.lemma_.lower() in MOVE_FROM_VERBS
    if prep.lower_ == "at" and head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        return lemma in POST_NOUNS or (lex.is_person_noun(lemma) and lemma not in lex.bystander_nouns)  # (not "his successor at X")
    return False


def _within_region(doc: Doc, span: NameSpan) -> bool:
    """The name is followed by "in" or a comma and a known country, state or province, after a word
    of place ("from", "in", "near", "outside"): "from Sinnamary in French Guiana", "in Les Shaisies, France"."""
    end = span.end
    if span.start == 0 or doc[span.start - 1].lower_ not in ("in", "from", "near", "outside") \
            or end + 1 >= len(doc) or doc[end].text not in (",", "in") or (end - span.start > 1 and is_first_name(doc[span.start].text)):
        return False  # (not "a letter from Ana Ruiz in Spain")
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].is_title:
        stop += 1
    return stop > end + 1 and is_region(doc[end + 1 : stop].text)


def _continued_by_she_or_he(doc: Doc, span: NameSpan, words: Span, root: Token) -> bool:
    """A two- or three-word name opening its sentence as the subject of its main verb, whose next sentence opens
    with "she" or "he" and names no one else before the verb: the pronoun continues that subject.  (`root`: the
    root of `words`.)"""
    if not 2 <= len(words) <= 3 or root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT" \
            or span.start != sent_of(root).start or span.ner_label == "WORK":
        return False  # (opening its sentence: not "After Black Swan, X and Y collaborated", a misparse)
    sent_end = sent_of(root).end
    if sent_end >= len(doc):
        return False
    first = doc[sent_end]
    while first.is_space and first.i + 1 < len(doc):
        first = doc[first.i + 1]
    return first.lower_ in ("she", "he") and first.dep_ in ("nsubj", "nsubjpass") and not any(
        t.ent_type_ == "PERSON" for t in doc[root.i + 1 : sent_end])


DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")  # "Australian", "Japanese", "Danish", "Israeli", "Dutch", "Icelandic"



def _the_demonym(doc: Doc, start: int) -> bool:
    """A noun of nationality that is a given name too ("Finn", "Dane") after "the": no given name takes "the"."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[start].lower_ in DEMONYM_NOUNS


def _strip_demonyms(doc: Doc, spans: list[NameSpan]) -> None:
    """"the Australian Darren Nitcombe", "Briton Ada Genn": a nationality before a person's name is
    no part of it (NER often makes the whole an organisation).  When NER ran on into "of" and a team
    or firm ("the Eritrean X Y of Team Z"), the person ends before "of" and the rest is that body."""
    bodies: list[NameSpan] = []
    for span in spans:
        if span.end - span.start < 3 or span.label == "WORK":
            continue
        first, second = doc[span.start], doc[span.start + 1]
        low = first.lower_
        if not first.is_title or (is_first_name(first.text) and not _the_demonym(doc, span.start)) or not second.is_title:
            continue  # (a given name, but "the Finn Eero Hakala", "the Dane X": a nationality after "the")
        of = next((t.i for t in doc[span.start + 2 : span.end - 1] if t.lower_ == "of"), span.end)
        if not is_first_name(second.text) and any(is_dictionary_word(t.text) for t in doc[span.start + 1 : of]):
            continue  # "the Danish Football Union"; an unknown given name needs a name-only rest ("the Eritrean Yohannes Gebremedhin")
        if is_demonym(first) or (first.tag_ in ("JJ", "NNP", "NNPS") and low.endswith(DEMONYM_ENDINGS) and len(low) > 4
                                    and first.ent_type_ in ("NORP", "ORG", "PERSON", "")
                                    and (first.ent_type_ == "NORP" or first.tag_ == "JJ" or _described_before(doc, span.start))):
            # (a word shaped like a nationality only after "the" or an adjective: "the (38-year-old) Eritrean X Y", not
            # the given name in "the minister, Hamdan Yusri Karim,")
            rest = doc[span.start + 1 : of]
            if _person_shaped_rest(rest.text):
                if of < span.end and all(t.is_title for t in doc[of + 1 : span.end]):
                    bodies.append(NameSpan(of + 1, span.end, "ORG", span.ner_label))
                    span.end = of
                elif of < span.end:
                    continue
                span.start += 1
                span.label = span.ner_label = "PERSON"
    if bodies:
        spans.extend(bodies)
        spans.sort(key=lambda s: s.start)


def _drop_trailing_verbs(doc: Doc, spans: list[NameSpan]) -> None:
    """'..., " Santoso told Elan Magazine': NER ran a name on into the lower-case finite verb it is the
    subject of ("Santoso told" as a title); the verb is no part of the name, and NER's label for the
    whole is no vote for the name left. A span run on past such a verb into its object is cut in two. A headline's verb in
    title case ("Dashiell Gwilliam Files for Divorce") is cut off the name when the name without it is told elsewhere."""
    for span in spans:
        last = doc[span.end - 1]
        if span.end - span.start >= 2 and last.tag_ in ("VBD", "VBZ", "VBP") and last.is_lower and last.is_alpha \
                and doc[span.end - 2].dep_ in ("nsubj", "nsubjpass") and doc[span.end - 2].head.i == last.i:
            span.end -= 1
            span.label = span.ner_label = ""
    text, title_case = doc_text(doc), _title_case_headline_end(doc)
    for span in spans:  # "Dashiell Gwilliam Files for Divorce from ...": a headline's verb in title case run into the name before it
        last = doc[span.end - 1]
        if span.end - span.start >= 3 and last.is_title and in_headline(last) and _headline_verb(last.lower_) \
                and _told_elsewhere(text, doc[span.start : span.end - 1].text, doc[span.start].idx, last.text):
            span.end -= 1
            span.label = span.ner_label = ""
            continue
        # "Marlowgate Nabs North American Rights to ...": in a headline in Title Case, the verb inside the span, its object
        # run on after it (not "Centre Democrats for Reform Movement" in a headline in sentence case: a name's own word)
        k = next((k for k in range(span.start + 1, span.end - 1) if doc[k].is_title and in_headline(doc[k]) and _headline_verb(doc[k].lower_)
                  and title_case is not None and k < title_case
                  and _told_elsewhere(text, doc[span.start : k].text, doc[span.start].idx, doc[k].text)), None)
        if k is not None:
            spans.append(NameSpan(k + 1, span.end, "", "", span.possessive))
            span.end, span.possessive = k, False
            span.label = span.ner_label = ""
    for span in list(spans):  # "the Tinder Wrens released Long Road Home": NER ran a subject, its verb and its object together
        for k in range(span.start + 1, span.end - 1):
            verb = doc[k]
            if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.is_lower and verb.is_alpha and doc[k - 1].dep_ in ("nsubj", "nsubjpass") \
                    and doc[k - 1].head.i == k and doc[k + 1].is_title:
                spans.append(NameSpan(k + 1, span.end, "", "", span.possessive))
                span.end, span.possessive = k, False
                span.label = span.ner_label = ""
                break


def _headline_verb(word: str) -> bool:
    """A headline's title-case word that reads as its verb: "Files" (a dictionary word with "s"), or a trigger verb
    of an event type in its plain form ("X and Y Welcome Their First Child", "... Wed in Ojai")."""
    return (word.endswith("s") and is_dictionary_word(word[:-1])) or word in _trigger_verbs()


@lru_cache(maxsize=1)
def _trigger_verbs() -> frozenset[str]:
    """Every event type's trigger verbs, once."""
    return frozenset().union(*(t.verbs for t in schema().types))


def _told_elsewhere(text: str, name: str, at: int, without: str) -> bool:
    """The name stands in the text at another place than `at`, as a whole word sequence, the word `without` not after it."""
    return any(m.start() != at for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])(?!\s+{re.escape(without)}\b)", text))


def _described_before(doc: Doc, start: int) -> bool:
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and (prev.lower_ in ("the", "a", "an") or prev.tag_ in ("JJ", "JJS", "CD"))


DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i")  # "Norwegian", "Chilean", "Japanese", "Danish", "Israeli"


DEMONYM_QUALIFIERS = COMPASS_WORDS | {"northern", "southern", "eastern", "western"}  # "Northern Irishman", "South African"


def _demonym_head(doc: Doc, span: NameSpan) -> bool:
    """"the 66-year-old Spaniard joined": a nationality heading a definite noun phrase is a
    description of a person (left to coreference), not a name."""
    tok = doc[span.start]
    if span.end - span.start == 2 and tok.lower_ in DEMONYM_QUALIFIERS:
        tok = doc[span.start + 1]  # "the 46-year-old Northern Irishman", "the South African"
    elif span.end - span.start != 1:
        return False
    if not (span.label == "NORP" or is_demonym(tok) or aged_demonym(tok)):
        return False
    if span.label == "ORG" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from") \
            and tok.head.head.lemma_.lower() in DEFECT_VERBS:
        return False  # "defected to the Greens": a party, though NER took it for a people
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "compound" and before.head.i == tok.i and before.is_lower \
            and lexicon().type_of_noun.get(before.lemma_.lower()) == "ORG" and tok.lower_ not in DEMONYM_NOUNS \
            and not tok.lower_.endswith(DEMONYM_ENDINGS):
        return False  # "the retailer Brightmoor cut 300 jobs": a body's name after the noun of its kind, no people
    return tok.tag_ in ("NNP", "NN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos") \
        and (any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(tok)) or _after_the_aged(doc, span.start))


def _after_the_aged(doc: Doc, start: int) -> bool:
    """"The 34-year-old Argentine beat X": the definite age before the nationality (which the parser may hang elsewhere)."""
    return start >= 6 and doc[start - 1].lower_ == "old" and doc[start - 2].text == "-" and doc[start - 3].lower_ in ("year", "years") \
        and doc[start - 4].text == "-" and doc[start - 5].like_num and doc[start - 6].lower_ == "the"


def _person_shaped_rest(text: str) -> bool:
    parts = text.split()
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() for p in parts) and parts[-1].lower() not in lexicon().org_suffixes


def _capital_lead_given_names(doc: Doc, spans: list[NameSpan]) -> None:
    """"OTTOLINE Fairweather-Achebe was elected mayor": a story opening in capitals (a local paper's style) sets the first
    word of the name in them; NER leaves it out.  A given name in capitals opening a line, right before a name, is the
    name's first word, and the name a person's."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        first = span.start - 1
        if first < 0 or first in covered or not doc[span.start].is_title:
            continue
        word = doc[first]
        if not (word.is_upper and word.is_alpha and len(word) > 2 and is_first_name(word.text.title())) \
                or (first > 0 and "\n" not in doc[first - 1].text_with_ws and not doc[first - 1].is_space):
            continue
        span.start = first
        span.label = span.ner_label = "PERSON"


def _fix_person_junk(doc: Doc, spans: list[NameSpan]) -> None:
    """A PERSON span that begins with a name only ever labelled ORG/PRODUCT/WORK is that name."""
    labels: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        labels[s.key(doc)].add(s.label)
    other = {key: next(iter(found)) for key, found in labels.items()
             if len(found) == 1 and found & {"ORG", "PRODUCT", "WORK"}}
    titles = lexicon().titles
    for span in spans:
        if span.label != "PERSON" or span.end - span.start < 2 or (span.start > 0 and doc[span.start - 1].lower_ in titles):
            continue  # "Dr Chinwe Uche": after a title, a person whatever NER made of "Chinwe" elsewhere
        elsewhere = labels[span.key(doc)] - {"PERSON"}
        if len(elsewhere) == 1 and elsewhere <= {"ORG", "PRODUCT", "WORK"}:
            span.label = span.ner_label = next(iter(elsewhere))  # the whole name found as a firm's elsewhere: that firm
            continue
        for cut in range(span.end - 1, span.start, -1):
            label = other.get(name_key_at(doc, span.start, cut))
            if not label:
                continue
            word = doc[span.start : cut].text
            if " " not in word and is_first_name(word.split("-")[0]):
                break  # a first name NER took for a title elsewhere ('"Yusuf was kind," she said', "Karl-Heinz") stays a name
            if "PERSON" in labels.get(name_key_at(doc, cut, span.end), ()):
                break  # the rest is a surname named alone as a person elsewhere ("Yonas Wolde" ... "Wolde, 44,"): a full name
            if doc[span.end - 1].lower_ in lexicon().org_suffixes or (label == "ORG" and _plural_trade(doc[span.end - 1])
                                                                      and span.end - cut == 1):
                span.label = span.ner_label = "ORG"  # "Tregaron RFC" beside "Tregaron": the club's full name, not a person's
                break  # ("Quarrendon Millworks" beside "Quarrendon": the firm's, a trade's plural no surname)
            if _surname_again(doc, span, cut):
                break  # '"Ezekiel built it," she said' beside "Ezekiel Prensick" ... "Prensick quit": a full name
            cues = context_cues(doc, span, lexicon())
            if cues.get("PERSON", 0.0) >= CUE_VOTE:
                break  # "the works minister, Rusli Abidin Harun,": the context says a person, whatever NER made of "Rusli"
            if label == "ORG" and cues.get("ORG", 0.0) >= CUE_VOTE:
                span.label = span.ner_label = "ORG"  # "the cereal group Corbray Harvest" beside "Corbray": the firm's full name
                break
            span.end, span.label, span.ner_label = cut, label, label
            span.possessive = doc[cut].tag_ == "POS"
            break


def _plural_trade(word: Token) -> bool:
    """"Millworks", "Outfitters", "Brands": the plural of a dictionary noun, itself no dictionary word nor a first name's
    ("Fields", "Evans", "Matthews" are surnames too)."""
    text = word.text
    return len(text) > 3 and text.endswith("s") and not text.endswith("ss") and is_dictionary_word(text[:-1]) \
        and not is_dictionary_word(text) and not is_first_name(text[:-1])


def _surname_again(doc: Doc, span: NameSpan, cut: int) -> bool:
    """The one word after `cut`, a capitalised word no dictionary has, stands alone as a proper noun
    elsewhere in the text (a surname NER did not mark there)."""
    if span.end - cut != 1:
        return False
    last = doc[cut]
    return last.is_title and not is_dictionary_word(last.text) and any(
        t.text == last.text and t.pos_ == "PROPN" and not span.start <= t.i < span.end
        and not (t.i > 0 and doc[t.i - 1].is_title) for t in doc)


def _person_name_parts(doc: Doc, spans: list[NameSpan]) -> dict[str, set[tuple[str, ...]]]:
    """Full person names -> the token tuples that can stand for them alone (first and last parts)."""
    parts: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    org_heads = _org_heads(spans, doc)
    for span in spans:
        if span.label == "PERSON" and span.end - span.start == 1 and _named_kin(doc[span.start]):
            parts[doc[span.start].text].add((doc[span.start].text,))  # "a daughter, Briony. Briony was born ...": her again
            continue
        if span.label != "PERSON" or span.end - span.start < 2 or not _person_evidence(doc, span):
            continue
        words = tuple(t.text for t in span.tokens(doc))
        if words[0].lower() in org_heads and words[-1].lower() in org_heads:
            continue  # "Sigvald Pennmoor" beside "Sigvald Shipping" and "Pennmoor Freight": two firms' names joined
        if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in span.text(doc).split()):
            continue  # ("Ji-woo Han" is capitalised word by word)
        for k in range(1, len(words)):
            parts[" ".join(words)].add(words[:k])
            parts[" ".join(words)].add(words[-k:])
        if len(words) == 3 and middle_surname(words):
            parts[" ".join(words)].add(words[1:2])  # "Moravec" of "Gustavo Moravec Rivas"
    return parts


KIN_NAMED = frozenset({"son", "daughter", "child", "baby", "boy", "girl", "twin", "grandson", "granddaughter", "stepson",
                       "stepdaughter", "wife", "husband"})


def _named_kin(token: Token) -> bool:
    """A one-word capitalised name in apposition to a kin noun ("their daughter, Briony", "a son, Rowan"): a person
    named by the first name alone, however common the word."""
    return token.dep_ == "appos" and token.is_title and token.head.lemma_.lower() in KIN_NAMED


def middle_surname(words: tuple[str, ...]) -> bool:
    """The middle word of a three-word name is a surname of its own (Spanish and Portuguese double
    surnames, "Gustavo Moravec Rivas" -> "Moravec") unless it is a first name ("Ana Lucía Condori")."""
    middle = words[1]
    return middle[:1].isupper() and middle.lower() not in NAME_PARTICLES and not is_first_name(middle) \
        and len(middle) > 2 and not middle.endswith(".")


def _person_evidence(doc: Doc, span: NameSpan) -> bool:
    """Is a two-or-more-word PERSON name more than NER's word for it?  A context cue, a known first
    name, or a last word no dictionary has ("Mazao Pay" alone in a headline is not enough to make
    every "Mazao" a person)."""
    words = span.tokens(doc)
    if span.votes.get("PERSON", 0.0) > TRUST["PERSON"] * 1.5 or is_first_name(words[0].text):
        return True
    return not is_dictionary_word(words[-1].text, words[-1].lemma_)


def _surnames(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """Last words of names that begin with a first name: "Washington" of "Denzel Washington"."""
    out: set[str] = set()
    texts, lowers = strings(doc, "text"), strings(doc, "lower")  # (`Token.is_title` is `str.istitle` of the text)
    for span in spans:
        if span.end - span.start >= 2 and texts[span.end - 1].istitle() and is_first_name(texts[span.start]):
            out.add(lowers[span.end - 1])
    return out


def _gazetteer_label(text: str, surnames: set[str]) -> str | None:
    """GPE/LOC when the whole name, all words capitalised, is a known real place; never for a lone
    word that is also a first name ("Austin", "Jordan", "Florence") or someone's surname here."""
    label = _known_place(text)
    if label is None or (" " not in text and text.lower() in surnames):
        return None
    return label


@lru_cache(maxsize=4096)
def _known_place(text: str) -> str | None:
    words = text.split()
    if not all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return None
    if len(words) == 1 and is_first_name(words[0]):
        return None
    return place_label(text)


ADMIN_AREAS = frozenset({"county", "province", "district", "prefecture", "township", "municipality", "oblast", "governorate",
                         "canton", "borough", "parish", "department"})  # the last word of a place's name, never of a person's


def _vote(doc: Doc, spans: list[NameSpan], cues: list[dict[str, float]], extra: dict[str, dict[str, float]]) -> None:
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    surnames = _surnames(doc, spans)
    keys = []
    ner_votes: dict[str, float] = defaultdict(float)
    defined: dict[str, set[str]] = defaultdict(set)
    for span, span_cues in zip(spans, cues, strict=True):
        key = span.key(doc)
        keys.append(key)
        multi = span.ner_label == "PERSON" and span.end - span.start > 1
        ner = TRUST.get(span.ner_label, 0.5) * (1.5 if multi else 1.0)
        ner_votes[key] += ner
        votes[key][span.ner_label] += ner
        for label, weight in span_cues.items():
            if label.startswith(DEFINES):
                defined[key].add(label[len(DEFINES):])
            else:
                votes[key][label] += weight
        place = _gazetteer_label(span.text(doc), surnames)
        if place:
            votes[key][place] += GAZETTEER_VOTE
    for key, labels in defined.items():  # said outright once, it holds for every mention the NER labels again
        for label in labels:
            votes[key][label] += ner_votes[key]
    for key, more in extra.items():
        for label, weight in more.items():
            votes[key][label] += weight
    first_ner: dict[str, str] = {}
    for span, key in zip(spans, keys, strict=True):
        tally = votes[key]
        span.votes = dict(tally)
        told = first_ner.setdefault(key, span.ner_label)  # a tie goes the way NER read the name first, for every mention
        span.label = max(tally, key=lambda lab: (tally[lab], lab == told))
        if span.label == "PERSON" and span.tokens(doc)[-1].lower_ in ADMIN_AREAS:
            # "a farmer surnamed Zhou in Zongyang County, who died": a county is no one, whatever the clause after it
            # says (a club named so, "Derby County", is a body: the best label left, else a place)
            others = {lab: v for lab, v in tally.items() if lab != "PERSON" and v > 0}
            span.label = max(others, key=others.__getitem__) if others else "GPE"


def _part_votes(doc: Doc, spans: list[NameSpan], parts: dict[str, set[tuple[str, ...]]],
                cues: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """Name-part evidence: the first/last words of a person's name are that person; the first
    words of a multi-word organisation name ("Acme" of "Acme United") are that organisation."""
    extra: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    counts: dict[str, int] = defaultdict(int)
    places: set[str] = set()  # "New York" stays a place beside "New York Times"
    placed: dict[str, float] = defaultdict(float)
    for span, span_cues in zip(spans, cues, strict=True):
        key = span.key(doc)
        counts[key] += 1
        placed[key] += span_cues.get("GPE", 0.0) + span_cues.get("LOC", 0.0)
        if span.label in ("GPE", "LOC", "FAC", "NORP") and (span.label == "NORP" or place_label(span.text(doc))):
            places.add(key)  # a known place, not an invented name NER alone took for one
        elif span.ner_label in ("GPE", "LOC") and span.end - span.start == 1 and span.start > 0 \
                and doc[span.start - 1].lower_ in TOWN_PREPS and not span.possessive:
            places.add(key)  # "the championships in Brekkvik": a town, though "Brekkvik Swimming Club" begins with it (not
            # "the largest fee in Kelsale's history": the club's)
    places |= {key for key, weight in placed.items() if weight >= CUE_VOTE}  # or one the text places ("mayor of X")
    places |= _dateline_keys(doc)  # "WELLMOUTH — ... at the Wellmouth Film Festival": the town filed from
    bodies = _defined_bodies(doc, spans, cues)
    alone = _read_alone(doc, spans, cues)
    for subs in parts.values():
        for words in subs:
            key = " ".join(words).casefold().replace("’", "'")
            if key not in bodies:
                extra[key]["PERSON"] = NAME_PART_VOTE * max(1, counts.get(key, 1))
    for span, span_cues in zip(spans, cues, strict=True):
        if span.label == "ORG" and span.end - span.start > 1:
            words = [t.text for t in span.tokens(doc)]
            first = alone.get(words[0].casefold().replace("’", "'"), {})
            if span.ner_label == "ORG" and len(words) == 2 and not span_cues.get("ORG") and first.get("PERSON", 0) >= ALONE_PERSON \
                    and first["PERSON"] >= 2 * sum(n for label, n in first.items() if label != "PERSON") \
                    and not org_words(span.tokens(doc), lexicon(), span.text(doc)) and not _plain_word(words[1]):
                extra[span.key(doc)]["PERSON"] += NAME_PART_VOTE * ALONE_PERSON  # "TV's Kerensa Trevaskis" (NER: a body)
                continue  # ... then "Lowenna" alone, read as a person again and again: a person called by her first name
            for k in range(1, len(words)):
                key = " ".join(words[:k]).casefold().replace("’", "'")
                if words[k].lower() in lexicon().town_named_heads:
                    extra[key]["GPE"] = NAME_PART_VOTE  # "the Hollowmere Echo", "Hollowmere Police": named after its town
                    continue
                if "PERSON" not in extra.get(key, {}) and key not in places:
                    extra[key]["ORG"] = NAME_PART_VOTE * max(1, counts.get(key, 1))
            if len(words) == 3 and words[0] == "University" and words[1] == "of" and any(
                    other.key(doc) == words[2].casefold() and other.start < span.start and doc[other.start].sent.start > 0
                    for other in spans):
                extra[words[2].casefold()]["GPE"] += NAME_PART_VOTE  # "mayor of Throxton ... the University of Throxton":
                # the town the university is named after, told long before it (not "the University of X ... joined X")
            last = span.tokens(doc)[-1]
            if last.text.endswith("s") and not last.text.endswith("ss") and last.text[:1].isupper() \
                    and _plural_told_with_the(span.tokens(doc)):
                extra[last.text.casefold()]["ORG"] += 2 * NAME_PART_VOTE  # "Glenmarsh Ravens ... left the Ravens bottom"
    surnames = {span.key(doc) for span, cue in zip(spans, cues, strict=True)
                if span.label == "PERSON" and cue.get(DEFINES + "PERSON") and " " not in span.text(doc)}  # (one word, hyphened or not)
    cued = {span.key(doc) for span, cue in zip(spans, cues, strict=True)  # ... or told as a person's by a cue ("X, who
            if span.label == "PERSON" and cue.get("PERSON", 0.0) >= CUE_VOTE and " " not in span.text(doc)}  # spent ...")
    for span in spans:  # "Ysolde Kavanagh-Mirza's film" (NER: a building) after or before "Kavanagh-Mirza, 44,": her full name
        words = span.tokens(doc)
        rest = " ".join(t.text for t in words[1:]).casefold().replace("’", "'")
        if (surnames or cued) and span.label != "PERSON" and len(words) >= 2 and words[0].is_title and words[0].is_alpha \
                and (rest in surnames or (rest in cued and _given_or_unknown(words))):
            extra[span.key(doc)]["PERSON"] += NAME_PART_VOTE  # (a given name, or a word no dictionary has: not "Forward
            # Commons" beside "Commons" taken for a person)
    return extra


def _read_alone(doc: Doc, spans: list[NameSpan], cues: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    """What each one-word name was read as, told alone: a vote for the recognizer's label at each mention, and the
    context's cues ("Kerensa's mum", "said Kerensa was thrilled")."""
    out: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for span, span_cues in zip(spans, cues, strict=True):
        if span.end - span.start == 1:
            out[span.key(doc)][span.ner_label] += 1
            for label, weight in span_cues.items():
                if not label.startswith(DEFINES):
                    out[span.key(doc)][label] += weight
    return out


def _defined_bodies(doc: Doc, spans: list[NameSpan], cues: list[dict[str, float]]) -> set[str]:
    """One-word names the text says outright are organisations ("Pelloran, the family-owned biscuit maker") and that
    every mention so far reads as one (the recognizer as a body at least as often as a person): a firm named after its
    founder ("Pelloran was founded in 1971 by Agnes Pelloran"), not the founder's surname told alone."""
    told: dict[str, list[tuple[NameSpan, dict[str, float]]]] = defaultdict(list)
    for span, cue in zip(spans, cues, strict=True):
        if span.end - span.start == 1:
            told[span.key(doc)].append((span, cue))
    out = set()
    for key, mentions in told.items():
        if not any(cue.get(DEFINES + "ORG") for _, cue in mentions):
            continue
        read_as_body = sum(span.ner_label == "ORG" for span, _ in mentions)
        if all(span.label == "ORG" and not cue.get("PERSON") for span, cue in mentions) \
                and read_as_body >= sum(span.ner_label == "PERSON" for span, _ in mentions):
            out.add(key)  # (not "the label Quillane signed with", which the recognizer read as a person every time)
    return out


def _dateline_keys(doc: Doc) -> set[str]:
    """The name keys of the places a story is filed from ("LONDON —", "NEW YORK –"), lower-cased as the keys are."""
    out = set()
    for i in sorted(dateline_starts(doc)):  # (a dateline opens a line with capitals: the test below holds for each)
        tok = doc[i]
        if tok.is_upper and tok.is_alpha and (tok.i == 0 or doc[tok.i - 1].is_space or "\n" in doc[tok.i - 1].text_with_ws):
            end = tok.i
            while end + 1 < len(doc) and doc[end + 1].is_upper and doc[end + 1].is_alpha:
                end += 1
            out.add(doc[tok.i : end + 1].text.casefold())
    return out


def _org_heads(spans: list[NameSpan], doc: Doc) -> set[str]:
    """First words of the multi-word organisation names: "sigurd" of "Sigurd Shipping ASA"."""
    return {doc[s.start].lower_ for s in spans if s.label == "ORG" and s.end - s.start > 1}


def _joined_firm_names(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """"Sigurd Brannock" beside "Sigurd Shipping ASA" and "Brannock Freight Group plc": two
    firms' names joined, the name of their merger, not a person."""
    heads = _org_heads(spans, doc)
    return {s.key(doc) for s in spans if s.end - s.start == 2 and s.label != "ORG"
            and doc[s.start].lower_ in heads and doc[s.end - 1].lower_ in heads and doc[s.start].lower_ != doc[s.end - 1].lower_}


def _clubs_named_in_full(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """"from Brisworth Town" taken for a place, "Brisworth" elsewhere an organisation: the name with a club's last word
    after a body's own name is that body (not "Mexico City" beside a firm called "Mexico")."""
    bodies = {s.key(doc) for s in spans if s.label == "ORG" and s.end - s.start == 1}
    return {s.key(doc) for s in spans if s.label in ("GPE", "LOC") and s.end - s.start == 2
            and doc[s.end - 1].lower_ == "town" and doc[s.start].lower_ in bodies and place_label(s.tokens(doc).text) is None}


def _clubs_moved_from(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """"The 49-year-old, who arrived from Bramcote Town in December 2023" in an article about a side: a place-labelled name
    ending in a side's word that no gazetteer knows, moved from ("arrived from", "joined from", "signed from"), is a side
    too, where the text names another side by its name."""
    lex, texts = lexicon(), strings(doc, "text")
    if not any(s.label == "ORG" and s.end - s.start >= 2 and lex.org_kind_of_word.get(doc[s.end - 1].lower_) == "sport" for s in spans):
        return set()
    out: set[str] = set()
    for span in spans:
        n = span.end - span.start
        if span.label not in ("GPE", "LOC") or n < 2 or lex.org_kind_of_word.get(doc[span.end - 1].lower_) != "sport" \
                or place_label(span.tokens(doc).text) is not None:
            continue
        words = texts[span.start : span.end]
        for other in spans:
            if texts[other.start : other.end] == words and other.start > 0 and moved_from(doc[other.start - 1]):
                out.add(span.key(doc))
                break
    return out


def _sides_told_as_plural(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """"Brackensby City smash transfer record" (a headline, read as a place) and "Brackensby City have completed the signing"
    in the body: a place-labelled name ending in a side's word, spoken of with a plural verb anywhere in the text, is the
    side (`team_told_as_plural`), the one labelled span voting for every mention."""
    lex, positions, texts = lexicon(), _word_positions(doc), strings(doc, "text")
    out: set[str] = set()
    for span in spans:
        n = span.end - span.start
        if span.label not in ("GPE", "LOC") or n < 2 or lex.org_kind_of_word.get(doc[span.end - 1].lower_) != "sport":
            continue
        words = [texts[i] for i in range(span.start, span.end)]
        for i in positions.get(words[0], ()):
            if texts[i : i + n] == words and team_told_as_plural(doc[i + n - 1], doc[i : i + n], lex):
                out.add(span.key(doc))
                break
    return out


def _confirmed_people(doc: Doc, spans: list[NameSpan]) -> dict[str, str]:
    """"Marcus Bellhouse" labelled ORG, "Bellhouse" alone a person: a known first name (or a word no dictionary
    has: "Nomvula") followed by a surname that is a person elsewhere makes the full name a person too."""
    longer = {s.key(doc) for s in spans if s.end - s.start >= 2}
    person_keys = {s.key(doc) for s in spans if s.label == "PERSON" and s.end - s.start == 1
                   and not (s.start > 0 and name_key_at(doc, s.start - 1, s.end) in longer)}  # (not "Analytik" cut from
    # "Ljungqvist Analytik", the name told whole elsewhere: no surname of its own)
    out: dict[str, str] = {}
    alone: set[str] | None = None
    for span in spans:
        words = span.tokens(doc)
        if span.label != "PERSON" and 2 <= len(words) <= 3 \
                and all(t.is_title for t in words) and words[-1].lower_ not in lexicon().org_suffixes \
                and (is_first_name(words[0].text) or not is_dictionary_word(words[0].text)):
            if words[-1].lower_ in person_keys:
                out[name_key(words)] = "PERSON"
                continue
            if alone is None:
                alone = _told_alone(doc, spans)
            if words[-1].lower_ in alone and words[0].lower_ not in alone and _surname_shaped(words):
                out[name_key(words)] = "PERSON"  # "Heddon Prowse joined Stellwater ... Prowse left": a body goes by its
                out[words[-1].lower_] = "PERSON"  # first word ("Ushcombe" of "Ushcombe Holdings"), a person by the last
    return out


def _told_alone(doc: Doc, spans: list[NameSpan]) -> set[str]:
    """The lowercased words that are a name alone somewhere: a one-word span, or a capitalised proper noun in no span
    with none beside it (from the cached capitalised tokens)."""
    covered = bytearray(len(doc))
    out: set[str] = set()
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        if span.end - span.start == 1:
            out.add(doc[span.start].lower_)
    for tok in capital_tokens(doc):
        i = tok.i
        if not covered[i] and (tok.pos_ == "PROPN" or (tok.is_sent_start and noun_tagged_name(tok))) and tok.is_title and not (i > 0 and doc[i - 1].is_title and not tok.is_sent_start) \
                and not (i + 1 < len(doc) and doc[i + 1].is_title):
            out.add(tok.lower_)
    return out


def _surname_shaped(words: Span) -> bool:
    """The last word may be a surname and the whole no place nor body: no dictionary word (after a first name, any
    word: "Ilse Brandes"), no known place, no place
    or organisation word first ("Port Ralden", "Real Madrid"), no club's last word ("Kelby City ... City's fans")."""
    lex = lexicon()
    last, first = words[-1], words[0]
    return last.is_alpha and (is_first_name(first.text) or not is_dictionary_word(last.text, last.lemma_)) \
        and _known_place(last.text) is None and last.lower_ not in CLUB_LAST_WORDS \
        and _known_place(words.text) is None and first.lower_ not in lex.place_prefixes and first.lower_ not in lex.org_prefixes \
        and _known_place(first.text) is None


def _whole_datelines(doc: Doc, spans: list[NameSpan]) -> None:
    """"BRADDOCK FERRY — ...": a name the recognizer found in a dateline's first capitals runs over all of them up to
    the dash (the town is "Braddock Ferry", not "Braddock")."""
    starts = {s.start for s in spans}
    for span in spans:
        if not is_dateline(doc, span.start):
            continue
        end = span.end
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha and end not in starts:
            end += 1
        span.end = end


def _compound_tails(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> None:
    """"the law firm Pelican Row Hartley": a one-word name the recognizer found whose head is a capitalised word further on,
    the words between its compounds too, all outside any name, runs on to that head -- one name, not "Pelican" alone (no
    first name nor a word for a person among them: not "Barclays Chief Executive Jes Staley")."""
    covered = bytearray(len(doc))
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    texts, deps, head_of, listed = strings(doc, "text"), strings(doc, "dep"), heads(doc), tokens(doc)  # (no Token per name)
    for span in spans:
        if span.end - span.start != 1 or span.label == "PERSON" or is_first_name(texts[span.start]):
            continue  # (not "Hugo Gently", "the Christian Democrats": a person's name, a party's, read by the name votes)
        head = head_of[span.start]
        if deps[span.start] != "compound" or head <= span.start or head - span.start > 3:
            continue
        if all(t.tag_ in ("NNP", "NNPS") and t.is_title and not covered[t.i] and t.ent_iob_ == "O" and not is_first_name(t.text)
               and not lex.is_person_noun(t.lower_) and (t.i == head or (t.dep_ == "compound" and t.head.i == head))
               for t in listed[span.end : head + 1]):
            span.end = head + 1
            covered[span.start : span.end] = b"\x01" * (span.end - span.start)


def _works_of_the(doc: Doc, spans: list[NameSpan]) -> None:
    """"Her three-volume Moss Flora of the Northern Uplands, published ...": a work's title the recognizer cut at its "of"
    (the second part read as another work or a place) is one title, when "of" (and "the") alone lie between the two."""
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)
    covered = {i for s in ordered for i in range(s.start, s.end)}
    for n, first in enumerate(ordered):
        second = ordered[n + 1] if n + 1 < len(ordered) else None
        if first.label != "WORK" or first.end >= len(doc) or doc[first.end].lower_ != "of" or first.end <= first.start:
            continue
        start = first.end + 1 + (first.end + 1 < len(doc) and doc[first.end + 1].lower_ == "the")
        if second is not None and second.start in (first.end + 1, start) and second.label in ("WORK", "LOC", "GPE", "ORG") \
                and second.end > start and doc[start].is_title:  # (its "the" inside the second name or not)
            first.end, second.end = second.end, second.start
            continue
        end = start
        while end < len(doc) and end - start < 3 and end not in covered and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end > start:  # "Lichen Atlas of the Western Fells", its last words in no span at all
            first.end = end


def _possessive_openings(doc: Doc, spans: list[NameSpan]) -> None:
    """"'s Lynn" of "King's Lynn": a name the recognizer began at a possessive's "'s" begins at the capitalised word the
    "'s" belongs to (a place named so, "St John's Wood"); with no such word before, it is no name (emptied)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        if span.end - span.start < 2 or doc[span.start].lower_ not in ("'s", "’s"):
            continue
        before = span.start - 1
        if before >= 0 and doc[before].is_title and doc[before].is_alpha and before not in covered and not doc[before].whitespace_:
            span.start = before
        else:
            span.end = span.start


def _linked_places(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A place named with its linking words ("Barrow-in-Furness", "Stratford-upon-Avon", "Southend-on-Sea"), one word to
    the tokenizer (`nlp.LINKED_PLACE`), that no name found covers: a place."""
    found = [i for i, text in enumerate(strings(doc, "text")) if "-" in text and LINKED_PLACE.fullmatch(text)]  # (from the
    # column: no Token made for the other words)
    if not found:
        return []
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [NameSpan(i, i + 1, "GPE", "GPE", i + 1 < len(doc) and doc[i + 1].tag_ == "POS") for i in found if i not in covered]


def find_names(doc: Doc) -> list[NameSpan]:
    lex = lexicon()
    spans = raw_spans(doc, lex)
    _possessive_openings(doc, spans)
    _whole_datelines(doc, spans)
    _compound_tails(doc, spans, lex)
    _drop_trailing_verbs(doc, spans)
    spans += missed_outlets(doc, spans, lex)
    spans += missed_people_and_orgs(doc, spans, lex)
    spans += missed_bodies_before_titles(doc, spans, lex)
    spans += missed_parties(doc, spans)  # "to the opposition Open Horizon party"
    spans += missed_particle_names(doc, spans)
    spans += missed_places(doc, spans, lex)
    spans += _linked_places(doc, spans)  # "born in Barrow-in-Furness": one word the recogniser does not know
    spans += missed_described(doc, spans, lex)
    spans = join_pieces(doc, split_body_pairs(doc, split_people_of_bodies(doc, split_people_for_works(doc, split_at_clause_words(doc, split_place_lists(doc, spans)), lex), lex),
                                              lex), lex)
    spans = [s for s in spans + band_names_of(doc, spans) if s.end > s.start]  # "the Bristol quartet Chapel of Gulls"
    spans += missed_band_names(doc, spans, band_nouns())  # "the Glasgow four-piece The Quiet Orreries"
    capitals = capital_tokens(doc)
    spans += missed_full_names(doc, spans, lex, capitals)
    spans += missed_known_places(doc, [s for s in spans if s.end > s.start], capitals)
    spans += missed_national_teams(doc, [s for s in spans if s.end > s.start], capitals)
    spans += missed_seats(doc, [s for s in spans if s.end > s.start])  # "won the Frickley Moor by-election"
    spans = [s for s in spans if s.end > s.start]
    person_particle_starts(doc, spans)
    spans += missed_awards(doc, spans)
    spans += missed_clubs(doc, spans)
    spans += missed_work_owners(doc, spans, lex)
    spans = unquoted_works(doc, spans, lex)
    _strip_demonyms(doc, spans)
    _fix_person_junk(doc, spans)
    _capital_lead_given_names(doc, spans)
    cues = [_more_cues(doc, span, context_cues(doc, span, lex)) for span in spans]
    _vote(doc, spans, cues, {})  # first round: NER labels and context only
    parts = _person_name_parts(doc, spans)
    extra = _part_votes(doc, spans, parts, cues)
    for key, label in _confirmed_people(doc, spans).items():
        extra[key][label] += NAME_PART_VOTE
    for key in _joined_firm_names(doc, spans):
        extra[key]["ORG"] += NAME_PART_VOTE
    for key in _clubs_named_in_full(doc, spans):
        extra[key]["ORG"] += NAME_PART_VOTE
    for key in _sides_told_as_plural(doc, spans) | _clubs_moved_from(doc, spans):
        extra[key]["ORG"] += NAME_PART_VOTE
    _vote(doc, spans, cues, extra)  # second round: with name parts
    spans = [s for s in spans if not (s.label == "PERSON" and s.ner_label == "NORP" and s.start > 0
                                      and doc[s.start - 1].tag_ == "DT") and not _demonym_head(doc, s)]  # "the Italian said": not a name
    possessive_names(doc, spans)  # "Sainsbury's reported", "at Christie's": the "'s" is the name's
    finish_awards(doc, spans)  # before the type filter: NER calls some awards LAW
    spans = [s for s in spans if s.label in TYPES]
    spans += add_full_forms(doc, spans)  # "Ealdred Grellingham" after the headline's "Grellingham"
    spans += add_full_body_names(doc, spans)  # "The Harborview Comets" beside "the Comets"
    spans += add_missed_parts(doc, spans, _person_name_parts(doc, spans))
    spans += [s for s in add_missed_names(doc, spans) if not _demonym_head(doc, s)]  # not "the Italian" after "an Italian coach"
    spans = [s for s in spans if not (s.label == "PERSON" and s.end - s.start == 1 and s.start > 0 and doc[s.start - 1].lower_ in ("a", "an"))]
    # ("nominated for an Oscar": no one's first name, whoever else is called Oscar)
    spans += missed_person_subjects(doc, spans)  # "Voss was born in Hamburg": a surname NER missed
    if (firms := missed_org_subjects(doc, spans, lex)):
        spans += firms
        spans += _firm_named_again(doc, spans, firms)
    spans += missed_work_subjects(doc, spans)  # "Glass Hours premiered at Cannes": a title NER missed
    join_after_vote(doc, spans, lex)  # "AS Térac", "the University of X" where only the name was found again
    finish_awards(doc, spans)
    if (trades := possessive_trade_names(doc, spans)):  # "Bhamra's Kitchen", told so twice
        spans = [s for s in spans if s.end > s.start] + trades
    if (places := possessive_place_names(doc, spans)):  # "born in Tillman's Ferry, Va."
        spans = [s for s in spans if s.end > s.start] + places
    if (bodies := possessive_institution_names(doc, spans)):  # "joined Oakhanger Children's Hospital"
        spans = [s for s in spans if s.end > s.start] + bodies
    spans = quoted_nicknames(doc, spans)  # 'Wilhelmina "Billie" Trevannion': one person, the nickname inside the name
    _works_of_the(doc, spans)  # "Moss Flora of the Northern Uplands" found as two works
    spans = [s for s in spans if s.end > s.start]
    spans = _titles_acted_in(doc, spans)  # "The Mercy Ward Seven actress": the show, not a person
    spans = _names_in_capitals(doc, spans)  # "ASHMOOR ATHLETIC have sacked ...": a tabloid's opening words, the name in capitals
    spans = quoted_works(doc, spans, lex)  # last: a quoted title after "her album" is a work, whatever the votes
    spans = [s for s in spans if not _rank_before_name(doc, s, spans, lex) and not _award_title(doc, s)
             and not _capitalised_opening_noun(doc, s)]
    spans = _title_case_headline_words(doc, spans)
    _title_articles(doc, spans)  # "Ines Maltravers's A Shoal of Pennies won": the title "A Shoal of Pennies", told elsewhere
    spans.sort(key=lambda s: s.start)
    return spans


ACTING_NOUNS = frozenset({"actor", "actress"})  # (not "star": "the Arsenal star" names a club)


def _titles_acted_in(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"The Mercy Ward Seven actress, 34, and her boyfriend ...": the capitalised words between "the" and an actor's noun
    are the show or the film the actor is known from, a work (whatever NER made of them: a person, a people, a number);
    one span over them all, and over the same words wherever else they are named ("The Mercy Ward Seven star")."""
    out, made = list(spans), []
    for noun in doc:
        if noun.lemma_.lower() not in ACTING_NOUNS or noun.pos_ != "NOUN" or noun.i < 2:
            continue
        j = noun.i
        while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].is_title and doc[j - 1].dep_ == "compound":
            j -= 1
        if j == noun.i or doc[j - 1].lower_ != "the" or any(t.ent_type_ in ("GPE", "LOC") for t in doc[j : noun.i]):
            continue  # ("the Hollywood actor": a place)
        out, found = _as_work(out, j, noun.i)
        made += found
    texts = strings(doc, "text")
    for title in {tuple(texts[s.start : s.end]) for s in made if s.end - s.start > 1}:
        for k in (i for i in _word_positions(doc).get(title[0], ()) if tuple(texts[i : i + len(title)]) == title):
            out, _ = _as_work(out, k, k + len(title))
    return out


def _names_in_capitals(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"ASHMOOR ATHLETIC have sacked manager X": words in capitals (a tabloid opens a story so) that spell a name the text
    writes elsewhere in the usual case are that name, whatever NER made of them (most often nothing)."""
    texts = strings(doc, "text")
    known = {s.key(doc): s.label for s in spans if not texts[s.start].isupper() and s.end - s.start > 1}
    if not known:
        return spans
    out, i = list(spans), 0
    while i < len(doc):
        j = i
        while j < len(doc) and texts[j].isupper() and texts[j].isalpha() and len(texts[j]) > 1:
            j += 1
        for end in range(j, i + 1, -1):  # the longest run of them that spells a known name
            label = known.get(name_key_at(doc, i, end))
            inside = [s for s in out if s.start < end and s.end > i]
            if label is not None and all(i <= s.start and s.end <= end for s in inside):
                out = [s for s in out if s not in inside] + [NameSpan(i, end, label, inside[0].ner_label if inside else "")]
                break
        i = max(j, i + 1)
    return out


def _as_work(spans: list[NameSpan], start: int, end: int) -> tuple[list[NameSpan], list[NameSpan]]:
    """The spans with those inside [start, end) replaced by one WORK span over it all (unchanged when a span crosses its
    edges or a work is already there)."""
    inside = [s for s in spans if s.start < end and s.end > start]
    if any(s.start < start or s.end > end or s.label == "WORK" for s in inside):
        return spans, []
    work = NameSpan(start, end, "WORK", inside[0].ner_label if inside else "")
    return [s for s in spans if s not in inside] + [work], [work]


def _capitalised_opening_noun(doc: Doc, span: NameSpan) -> bool:
    """"Daytime telly favourite X has married ...": a common noun capitalised only because it opens the sentence, read as
    a person's name (one word, a dictionary word and no first name, a lower-case word after it, capitalised nowhere else),
    or the kind of person it is read as a nationality ("Geologist behind deep-sea mapping wins ...")."""
    tok = doc[span.start]
    return (span.label == "PERSON" or (span.ner_label == "NORP" and lexicon().is_person_noun(tok.lower_) and tok.lower_ not in DEMONYM_NOUNS)) \
        and span.end - span.start == 1 and tok.is_sent_start and tok.tag_ in ("NN", "NNP") \
        and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].is_alpha \
        and is_dictionary_word(tok.text, tok.lemma_) and not is_first_name(tok.text) \
        and _word_positions(doc).get(tok.text, ()) == [tok.i]  # (the word capitalised nowhere else: not "Farrow was first
    # elected in 1986" after "Desmond Farrow")


TITLE_ARTICLES = frozenset({"A", "An", "The"})


def _title_articles(doc: Doc, spans: list[NameSpan]) -> None:
    """A name that ends a work's title the text names elsewhere in full, its opening article ("A", "The") and words
    before it there too ("Maltravers's A Shoal of Pennies", "... A Winter of Herons" found as "Herons"), is that work."""
    works = {tuple(t.text for t in s.tokens(doc)) for s in spans if s.label == "WORK" and doc[s.start].text in TITLE_ARTICLES}
    if not works:
        return
    for span in spans:
        if span.label == "WORK":
            continue
        words = tuple(t.text for t in span.tokens(doc))
        for title in works:
            k = len(title) - len(words)
            if k > 0 and title[k:] == words and span.start >= k and tuple(t.text for t in doc[span.start - k : span.start]) == title[:k]:
                span.start -= k
                span.label = "WORK"
                break


TITLE_CASE_SHARE = 0.7  # of a headline's longer dictionary words capitalised: one written in Title Case


def _title_case_headline_words(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A headline written in Title Case ("Velsbrook Outfitters CEO Quentin Pellegrew Steps Down as Retailer Shutters 40
    Stores") capitalises its common words: a name found there made only of dictionary words ("Retailer Shutters") and told
    nowhere in the story below is no name."""
    end = _title_case_headline_end(doc)
    if end is None:
        return spans
    below = doc[end:].text
    return [s for s in spans if s.start >= end or s.text(doc) in below or not all(_dictionary_word(t) for t in s.tokens(doc))]


def _title_case_headline_end(doc: Doc) -> int | None:
    """Where the headline ends, when it is written in Title Case (most of its longer dictionary words capitalised)."""
    if not len(doc) or not any(t.is_space and "\n" in t.text for t in doc[: min(len(doc), 40)]):
        return None
    end = next(t.i for t in doc if t.is_space and "\n" in t.text)
    common = [t for t in doc[:end] if t.is_alpha and len(t) >= 4 and _dictionary_word(t)]
    if len(common) < 3 or sum(t.text[:1].isupper() for t in common) < TITLE_CASE_SHARE * len(common) \
            or doc[:end].text.rstrip().endswith((".", "!", "?")):
        return None
    return end


def _dictionary_word(tok: Token) -> bool:
    """A word the dictionary has, or the plural of one ("Shutters", "Stores")."""
    return tok.is_alpha and (is_dictionary_word(tok.lower_, tok.lemma_) or (tok.lower_.endswith("s") and is_dictionary_word(tok.lower_[:-1])))


def quoted_nicknames(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """'Wilhelmina "Billie" Trevannion', 'Dimitrios "Jim" Lekkas': a given name, a nickname in quotation marks and a
    surname are one person's name, whatever the recognizer made of the pieces (a place, a title, a surname alone)."""
    texts = strings(doc, "text")
    n = len(texts)
    opening = [i for i, w in enumerate(texts[: n - 4]) if w in OPENING_QUOTES and i > 0]  # (the words, read once)
    if not opening:
        return spans
    toks = tokens(doc)
    found: list[NameSpan] = []
    for i in opening:
        given, nick = toks[i - 1], toks[i + 1]
        close = i + 2 if toks[i + 2].text in CLOSING_QUOTES else i + 3 if i + 3 < n and toks[i + 3].text in CLOSING_QUOTES else None
        if close is None or not (given.is_title and given.is_alpha and nick.is_title and nick.is_alpha) \
                or not (is_first_name(given.text) or is_first_name(nick.text)):
            continue
        end = close + 1  # the surname: one or two capitalised words (or a hyphenated pair) right after the quote
        while end < n and end - close <= 3 and ((toks[end].is_title and toks[end].is_alpha and toks[end].pos_ in ("PROPN", "NOUN"))
                                                 or (toks[end].text == "-" and end + 1 < n and toks[end + 1].is_title)):
            end += 1
        if end == close + 1:
            continue
        if all(toks[k].is_title and toks[k].is_alpha for k in range(i + 1, close)):
            found.append(NameSpan(i - 1, end, "PERSON", "PERSON"))
    if not found:
        return spans
    return [s for s in spans if not any(s.start < f.end and f.start < s.end for f in found)] + found


TITLE_PERIODS = frozenset({"year", "season", "month", "decade", "match", "tournament", "series", "championships", "games"})


def _firm_named_again(doc: Doc, spans: list[NameSpan], firms: list[NameSpan]) -> list[NameSpan]:
    """The other mentions of a firm found only now by what it does ("Lumbridge has acquired Corvex. Lumbridge said"):
    mentions the recognizer typed with nothing but its own label (no context cue) take the firm's, and
    mentions it missed are found as for any other firm (`add_missed_names`)."""
    keys = {s.key(doc) for s in firms}
    for span in spans:
        if span.label != "ORG" and span.key(doc) in keys and max(span.votes.values(), default=0.0) < CUE_VOTE:
            span.label = "ORG"
    return add_missed_names(doc, spans)


def _award_title(doc: Doc, span: NameSpan) -> bool:
    """"was named Sportswoman of the Year", "Footballer of the Season": a title, no one's name (nor its "of the Year")."""
    if span.label != "PERSON":
        return False
    def period_at(i: int) -> bool:  # "of the Year"
        return i + 2 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].lower_ == "the" and doc[i + 2].lower_ in TITLE_PERIODS
    if period_at(span.start):
        return True
    return span.end - span.start == 1 and period_at(span.end) and doc[span.start].is_title and not is_first_name(doc[span.start].text)


def _rank_before_name(doc: Doc, span: NameSpan, spans: list[NameSpan], lex: EntityLexicon) -> bool:
    """"Detective Inspector Rachel Onwuachi" with "Inspector" found as a name of its own: a rank or a
    title, one word that is a noun for a person, right before the person's name."""
    if span.label != "PERSON" or span.end - span.start > 3 or not all(lex.is_person_noun(t.lower_) for t in span.tokens(doc)):
        return False  # (or a rank of a few such words: "Detective Chief Inspector X" with "Chief Inspector" found)
    return any(other.start == span.end and other.label == "PERSON" for other in spans)
