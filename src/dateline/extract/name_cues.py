"""Context cues for the label of a name: role nouns before it, person-only and speech verbs,
appositions, organisation suffixes and possessed nouns, place prepositions."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..nlp import _per_doc, children_of, sent_of, strings
from ..nlp import tokens as doc_tokens
from .entity_lexicon import DEMONYM_NOUNS, EntityLexicon, is_dictionary_word, lexicon
from .first_names import is_first_name
from .gazetteer import place_label
from .name_missed import (
    BAND_TITLE_NOUNS,
    CLOSE_QUOTES,
    LEGISLATOR_NOUNS,
    NOT_ONLY_PEOPLE,
    OPEN_QUOTES,
    PARTY_STANDINGS,
    STAKE_NOUNS,
    based,
    described_label,
    firm_subject,
    listed_kin,
    occasion_place,
    place_context,
    told_its,
    town_before_kind,
)
from .name_repairs import CLUB_LAST_WORDS
from .name_spans import NAME_PARTICLES, NameSpan, is_dateline, span_root, text_of

CUE_VOTE = 3.0
MOVE_FROM_LEMMAS = frozenset({"arrive", "join", "sign", "move", "come", "recruit", "poach", "lure", "transfer"})  # "arrived
# from X", "joined from Y": a body moved from (`moved_from`)
DEFINES = "defines:"  # a cue key: the text says outright what the name is ("X, the Manchester band")
SHAPE_VOTE = 2.0  # a first name and a surname-like word: beats one wrong NER label, not a context cue
PLACE_PREPOSITIONS = {"in": "GPE", "at": "GPE", "near": "GPE", "across": "GPE", "throughout": "GPE",
                      "on": "ORG", "via": "ORG"}  # a lone unknown word after these is rarely a person
TOWN_PREPOSITIONS = frozenset({"in", "near"})  # (not "at": "at Wembley", a ground)


PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "ch", "sh", "ic", "s")  # "Norwegian", "French", "Welsh", "Arabic", "Muslims"


def _people_word(word: str) -> bool:
    """A word shaped or known as a people's or their language's ("wrote in French", "sung in Welsh")."""
    return word.endswith(PEOPLE_ENDINGS) or word in DEMONYM_NOUNS or is_dictionary_word(word)


def _plain_word(word: str) -> bool:
    """A dictionary word, also in the plural: "Freight", "Dairies", "Mills"."""
    low = word.lower()
    forms = [low, low[:-1] if low.endswith("s") else "", low[:-3] + "y" if low.endswith("ies") else ""]
    return any(f and is_dictionary_word(f) for f in forms)


def person_shaped(words: Span, lex: EntityLexicon) -> bool:
    """"Amara Anyanwu", "Tamsin Okoye-Bright", "Sanne de Vries": a known first name, then one or
    two capitalised words (or name particles), the last neither a dictionary word nor an
    organisation or building word -- the shape of a person's name in any language."""
    return _person_shaped_text(text_of(words.doc, words.start, words.end))


def person_like(span: NameSpan, words: Span, lex: EntityLexicon) -> bool:
    """A name that may well be a person's: person-shaped, or read as a person's by the recognizer and
    led by a first name ("Tom Baker") or not ending in a dictionary word ("Ravel Misk", but not
    "Urdent Flint")."""
    return person_shaped(words, lex) or (span.ner_label == "PERSON" and (
        is_first_name(words[0].text) or not _plain_word(words[-1].text)))


@lru_cache(maxsize=4096)
def _person_shaped_text(text: str) -> bool:
    lex = lexicon()
    parts = text.split()
    first = parts[0].split("-")[0] if len(parts) > 1 else parts[0]  # "Hui-Min Goh": the first piece
    if not 2 <= len(parts) <= 4 or parts[0].lower() in STOP_WORDS or not is_first_name(first) or parts[0].lower() in lex.place_prefixes \
            or (len(parts) == 2 and parts[0].lower() in lex.name_articles):
        return False
    if parts[0].lower() in lex.org_prefixes or not all(p[:1].isupper() or p.lower() in NAME_PARTICLES for p in parts):
        return False
    last = parts[-1].lower().rstrip(".")
    if last in lex.org_suffixes or last in lex.fac_suffixes:
        return False
    pieces = parts[0].split("-")
    double_given = len(pieces) == 2 and all(p[:1].isupper() for p in pieces) and len(parts) == 2
    return double_given or not _plain_word(last)  # "Xiu-Ying Quek": a double given name is shape enough


# (not "the Vennmark government": a body of its own, which the employing rules name after the state)
STATE_POSTS = frozenset({"minister", "ministry", "ambassador", "embassy"})


def _states_post_after(listed: list[Token], nxt: int, span: NameSpan) -> bool:
    """A name owning, or set before as a modifier, a post or a body only a state has, within the next three words
    ("Valdemark's health minister", "the Valdemark embassy")."""
    after = listed[nxt : nxt + 3]
    if not span.possessive and not (after and after[0].pos_ == "NOUN" and after[0].is_lower):
        return False
    return any(t.lemma_.lower() in STATE_POSTS and t.pos_ == "NOUN" for t in after)


PARTY_SIDE_WORDS = frozenset({"opposition", "governing", "ruling"})  # "the opposition X": a party (not "the opposition X leader")


def _aged(name: Token) -> bool:
    """A name followed by a small number set off by commas ("Hollis, 10,"): an age."""
    doc = name.doc
    i = name.i + 1
    return i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].text.isdigit() and 0 < int(doc[i + 1].text) < 110 \
        and doc[i + 2].is_punct


def _ages_listed(root: Token) -> bool:
    """"two children, Hollis, 10, and Maeve, 7": a one-word name in a list of names each told with an age is someone's,
    whatever the NER read (no place has an age)."""
    others = [root.head] if root.dep_ == "conj" else []
    others += [c for c in children_of(root) if c.dep_ == "conj"]
    doc, i = root.doc, root.i
    if i >= 5 and doc[i - 1].lower_ == "and" and doc[i - 2].text == ",":  # "Hugo, 9, and Beatrix, 6", the parser's list
        others.append(doc[i - 5])  # broken at the first age
    return _aged(root) and any(o.pos_ == "PROPN" and _aged(o) for o in others)


def _born_on_a_date(root: Token) -> bool:
    """The name's own "born" clause dates the birth ("Isadora, born on Nov. 22, 2018", "X, who was born in May 2020")."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "bear" and c.tag_ == "VBN"
               and any(t.ent_type_ == "DATE" for t in c.subtree) for c in children_of(root))


def _placed_elsewhere(doc: Doc, text: str) -> bool:
    """Whether the recogniser calls `text` a place somewhere in the story ("Sorley Bay return with ..." as a place, then
    "Sorley Bay's third album" as a person: the one name, told two ways)."""
    return text in _per_doc(_PLACE_TEXTS, doc, _place_texts)


_PLACE_TEXTS: dict[int, tuple[Doc, frozenset[str]]] = {}


def _place_texts(doc: Doc) -> frozenset[str]:
    """The texts of the recogniser's places, once per doc (`doc.ents` makes every entity's Span anew at each read)."""
    return frozenset(ent.text.removesuffix("'s").removesuffix("’s") for ent in doc.ents if ent.label_ in ("GPE", "LOC", "FAC"))


def _appositive(doc: Doc, noun: int, root: Token) -> bool:
    """"the team, Trestrel FC": the name stands in apposition to the noun before the comma (and is
    not the subject after a fronted phrase: "outside the court, X said")."""
    return (root.dep_ == "appos" and root.head.i == noun) or (doc[noun].dep_ == "appos" and doc[noun].head.i == root.i)


LOWER_CASE_SUFFIXES = frozenset({"plc", "ltd", "llp", "llc"})  # "Ellis Parrow plc": written in lower case too


def org_words(tokens: Span, lex: EntityLexicon, text: str) -> float:
    """"Banco X", "CD X", "X Holdings", "X IF": organisation words opening or closing a name (`text`: its text).
    A suffix that is also a surname after a first name ("Heather Mills"), or the second half of a
    double-barrelled name ("Boateng-Hughes"), does not count."""
    if len(tokens) < 2:
        return 0.0
    # (read from the doc's columns: `is_title`, `is_upper` and `is_alpha` are `str.istitle`, `.isupper` and `.isalpha`
    # of the text; no Span or Token made for a test most names fail)
    texts, lowers, start, end = strings(tokens.doc, "text"), strings(tokens.doc, "lower"), tokens.start, tokens.end
    first, last, last_lower = texts[start], texts[end - 1], lowers[end - 1]
    vote = 0.0
    if "&" in texts[start + 1 : end - 1] and first[:1].isupper() and last[:1].isupper():
        vote += CUE_VOTE + 1  # "Moorgate & Linnet", "Procter & Gamble": two names joined by an ampersand make a firm
    if lowers[start] in lex.org_prefixes and (first.istitle() or first.isupper()):
        vote += CUE_VOTE
    hyphened = len(tokens) >= 3 and texts[end - 2] in ("-", "‐") and not doc_tokens(tokens.doc)[end - 3].whitespace_
    # ("Boateng-Hughes": a double surname)
    written = text.split()[-1].lower()  # "A/S", tokenized "A" "/" "S"
    if written != last_lower and written in lex.org_suffixes and len(text.split()) > 1:
        return CUE_VOTE + 1
    of = next((i for i in range(start + 2, end - 1) if lowers[i] == "of"), None)
    if of is not None and lowers[of - 1] in lex.org_suffixes and texts[of - 1].istitle() and texts[start].istitle():
        vote += CUE_VOTE + 1  # "Central Bank of Norland", "Royal Academy of Music": a body's word before "of" in a name of three words
        # or more (a body named by what it is of, however the recognizer read the place after "of")
    if last_lower in lex.org_suffixes and (last[:1].isupper() or not last.isalpha() or last_lower in LOWER_CASE_SUFFIXES) \
            and not hyphened and not (
            last_lower in lex.org_suffix_surnames and len(tokens) == 2 and is_first_name(first)):
        vote += CUE_VOTE + 1
    return vote


# Nouns of a role or part only an organisation has: "the founder of X", "a spokeswoman for X".
ORG_ROLE_NOUNS = frozenset({"founder", "co-founder", "cofounder", "chairman", "chairwoman", "ceo", "cfo", "executive", "executives",
                            "board", "shareholders", "staff", "employees", "spokesman", "spokeswoman", "spokesperson",
                            "subsidiary", "headquarters", "shares", "owners"})
# A post held at a body, whose "of" names it ("head coach of X", "managing partner of X") -- unless the name opens with a
# first name ("the manager of Lola Reyes" may be a singer's)
BODY_POST_HOLDERS = frozenset({"coach", "manager", "president", "director", "chair", "chairperson", "head", "dean", "principal",
                               "rector", "provost", "vice-chancellor", "chancellor", "treasurer", "captain", "partner"})
RUN_A_SIDE_VERBS = frozenset({"manage", "coach"})
JOIN_VERBS = frozenset({"join", "rejoin", "re-join"})
LEFT_FOR_VERBS = frozenset({"leave", "quit", "ditch", "swap", "exchange", "desert", "abandon"})
AT_WORK_VERBS = frozenset({"work", "study", "teach", "train", "intern", "research"})
OBJECTLESS_ORG_VERBS = frozenset({"merge", "headquarter", "float"})


PARTY_NAME_WORDS = frozenset({"party", "bloc", "caucus"})
# a name opening with the word for "party" in another language ("Parti Suara Bangsa", "Partido Verde")
PARTY_NAME_PREFIXES = frozenset({"parti", "partido", "partidul", "partito", "partei", "partij", "partia", "partiet", "puolue",
                                 "stranka", "strana"})
# parties named by one word in English news ("a Labour MP", "the Tories", "the Greens")
PARTY_SHORT_NAMES = frozenset({"labour", "labor", "conservatives", "tories", "tory", "greens", "democrats", "republicans", "liberals",
                               "socialists", "communists", "unionists", "nationalists", "social democrats", "liberal democrats",
                               "lib dems", "christian democrats", "free democrats"})


# a name ending in the plural of a political family or of "independent" names a party or a council group ("the Radical
# Democrats", "the Liberal Conservatives", "the Estuary Independents")
PARTY_PLURAL_WORDS = frozenset({"conservatives", "democrats", "republicans", "liberals", "socialists", "communists", "unionists",
                                "nationalists", "greens", "independents", "tories", "progressives", "social-democrats"})


def party_name(name: str) -> bool:
    """A name that says it is a party's: "the Labour", "Social Liberal Party", "Partido Verde", "the Harbour Independents"."""
    words = name.lower().split()
    return " ".join(words) in PARTY_SHORT_NAMES or (len(words) > 1 and (
        words[-1] in PARTY_NAME_WORDS or words[0] in PARTY_NAME_PREFIXES or words[-1] in PARTY_PLURAL_WORDS))


DEFECT_VERBS = frozenset({"defect"})  # "defected to the Greens": a party or a body
FOUNDED_VERBS = frozenset({"found", "co-found", "cofound", "incorporate", "headquarter"})
FORMED_VERBS = frozenset({"form", "found", "co-found", "cofound"})
FOUNDED_OBJECT_VERBS = frozenset({"found", "co-found", "cofound"})  # (not "form": "formed X" may be a band told by its members)
BAND_ROLE_NOUNS = frozenset({"member", "members", "guitarist", "drummer", "bassist", "singer", "frontman", "frontwoman", "vocalist",
                             "keyboardist", "saxophonist", "trumpeter", "pianist", "violinist", "cellist"})

# ... of which a player's noun alone says the body is a band: "the lead singer of Glasswing" (not "a member of Leeds")
BAND_PLAYER_NOUNS = BAND_ROLE_NOUNS - {"member", "members", "pianist", "violinist", "cellist"}

# what a band has, told after its plural name ("the Flint Wolves' first album", "the Thimbles' guitarist")
BAND_POSSESSED_NOUNS = frozenset({"album", "record", "single", "song", "line-up", "lineup", "tour", "gig", "concert", "guitarist",
                                  "drummer", "bassist", "frontman", "frontwoman", "vocalist", "keyboardist", "singer", "discography"})

# ... of which those no place has ("Glasgow's record", "Leeds's tour", "Bath's concert hall" are a place's)
PLACELESS_BAND_NOUNS = BAND_POSSESSED_NOUNS - {"record", "song", "tour", "gig", "concert", "singer"}

# works only a person has ("X's memoir"): a band's album or a firm's report may be anyone's
PERSON_POSSESSED_WORKS = frozenset({"memoir", "memoirs", "autobiography", "diary", "diaries", "novel", "novella", "poem"})


# post nouns no lexicon of person nouns holds (most for a second sense: "chair", the seat), that name a person when a
# name stands in apposition to them ("the trust's chair, X,", "the chair of the judges, X,"): never a firm
APPOSED_POSTS = frozenset({"chair", "provost", "rector", "registrar", "bursar", "dean", "coroner", "administrator",
                           "coordinator", "supervisor", "magnate", "commentator"})


def moved_from(prep: Token) -> bool:
    """"arrived from X", "joined from Y", "signed from Z": a "from" of a move, its object a body left (read by
    names._clubs_moved_from and coref_nominals._only_left)."""
    return prep.lower_ == "from" and prep.head.lemma_.lower() in MOVE_FROM_LEMMAS


TELLING_LEMMAS = frozenset({"report", "announce"})  # besides the lexicon's speech verbs: "..., the magazine Y reported"


def _contact_clause_subject(doc: Doc, span: NameSpan, noun: int) -> bool:
    """"Amstelhoek Films, the Rotterdam company Kelderhaus co-founded with her partner": a name right after a kind noun
    whose phrase is set off after another name (which it describes), and right before a past or present verb, is the
    subject of a clause on the noun with no "that" -- not the noun's name ("the Dutch side Ajax beat Celtic", "..., the
    magazine Y reported": no name described before it, or a telling verb)."""
    if span.possessive or span.end >= len(doc):
        return False
    verb = doc[span.end]
    opening = doc[noun].left_edge.i  # the noun's phrase, set off after a name: "X, the Rotterdam company Y co-founded"
    if opening < 2 or doc[opening - 1].text != "," or doc[opening - 2].pos_ != "PROPN" \
            or verb.lemma_.lower() in lexicon().speech_verbs or verb.lemma_.lower() in TELLING_LEMMAS:
        return False  # (not "..., the magazine Y reported on Tuesday": the magazine, telling)
    return verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "attr" for c in children_of(verb)) \
        and (doc[noun].head.i == verb.i or doc[span.start].head.i == verb.i or doc[span.start].head.i == noun)


def _phrase_head(noun: Token, root: Token, span: NameSpan, words: Span) -> int:
    """The noun a name after a comma stands in apposition to: the person noun an "of" phrase ending in `noun` hangs on,
    where the parser hangs the name there ("the manager of the shop, Nina Roth,") or the name is a person's to the
    recognizer and opens with a first name ("the head of a rival bank, Nina Roth,": the parser hangs it on the bank)."""
    lex = lexicon()
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and (lex.is_person_noun(noun.head.head.lemma_.lower()) or noun.head.head.lower_ in APPOSED_POSTS):
        owner = noun.head.head
        if not (root.dep_ == "appos" and root.head.i == owner.i) \
                and not (span.ner_label == "PERSON" and is_first_name(words[0].text)):
            break
        noun = owner
    return noun.i


def _capital_plural(root: Token) -> bool:
    """A capitalised plural word, however the tagger took it ("Wolves" as a common noun in "the Flint Wolves' records")."""
    return root.text[:1].isupper() and root.text.endswith("s") and not root.text.endswith("ss") and not root.is_sent_start


def _the_plural(root: Token) -> bool:
    """"the Velvet Hours", "the Thimbles": a plural name with the article names a band or a team."""
    return root.tag_ in ("NNPS", "NNP") and root.text.endswith("s") and not root.text.endswith("ss") \
        and any(c.lower_ == "the" for c in children_of(root))


def _first_named(root: Token) -> bool:
    """The name whose head is `root` opens with a known first name ("Jane Doe", not "Trestrel Lane")."""
    first = min((c for c in children_of(root) if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i, default=root)
    return is_first_name(first.text)


SIGNED_FROM_VERBS = frozenset({"sign", "poach", "lure", "buy", "recruit"})  # a person from X: a body
MOVED_FROM_VERBS = frozenset({"join", "rejoin", "poach", "hire", "recruit", "lure", "sign"})  # "poached from X"
EMPLOYING_VERBS = frozenset({"employ", "hire", "recruit", "appoint", "poach"})  # "X hired Tom Gale", "was employed by X"
LEFT_FROM_VERBS = frozenset({"retire", "resign"})  # "retired from X"
CAPTAINED_VERBS = frozenset({"captain", "skipper"})  # "captained Pontypridd": whom one captains is a team
BODY_POSTS = frozenset({"chairman", "chairwoman", "ceo", "cfo", "coo", "headquarters", "subsidiary", "workforce"})


def _a_post_of_a_body(noun: Token) -> bool:
    """What a possessor has only as a body: its staff ("X's employees", "X's chief executive"), its head
    of something ("X's head of design"), its headquarters."""
    lemma = noun.lemma_.lower()
    if lemma == "head":
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
    return noun.pos_ == "NOUN" and (lemma in STAFF_NOUNS or lemma in BODY_POSTS)
STAFF_NOUNS = frozenset({"employee", "shareholder", "staff", "worker", "executive", "investor", "spokesman", "spokeswoman",
                         "spokesperson", "board", "boss", "chief"})
BOUGHT_VERBS = frozenset({"acquire"})  # people are not acquired (paintings and houses are bought)
INVEST_VERBS = frozenset({"invest", "reinvest"})
# "poured / pumped / sank / put £2m into X": a sum put into a body (money "into" a place is spent on something there)
MONEY_INTO_VERBS = frozenset({"pour", "pump", "plough", "plow", "sink", "inject", "put", "invest", "reinvest"})
SUM_UNIT_WORDS = frozenset({"m", "bn", "mn", "million", "billion"})  # "£2m", "$40 million"
FUNDING_WORDS = frozenset({"funding", "financing", "investment"})
MONEY_WORDS = SUM_UNIT_WORDS | {"money", "cash", "funds", "funding", "capital", "investment"}
SUM_PUTTERS = frozenset({"investor", "backer", "he", "she", "firm", "fund", "group", "company", "founder", "owner", "shareholder"})
PUBLIC_PURSES = frozenset({"ministers", "minister", "government", "council", "officials", "authorities", "state", "treasury"})
BACKED_VERBS = frozenset({"back", "fund", "bankroll"})  # "X is backed by Y Capital": a firm an investor backs
INVESTOR_WORDS = frozenset({"capital", "ventures", "partners", "fund", "funds", "investments", "equity", "holdings", "investors"})
MEMBER_NOUNS = frozenset({"member", "line-up", "lineup"})  # "X, whose members include A and B" (resolve_mates too)
MEMBERSHIP_NOUNS = MEMBER_NOUNS | {"founder", "co-founder"}  # what only a body has (a person has an office too)
BODY_PART_NOUNS = frozenset({"office", "branch", "subsidiary", "division", "unit", "headquarters", "arm", "shareholder", "workforce",
                             "factory", "plant", "boardroom"})
TIE_NOUNS = {"at": frozenset({"contract", "spell", "stint"}), "with": frozenset({"contract", "spell", "stint"}),
             "from": frozenset({"loan"})}
SCORED_VERBS = frozenset({"score"})


def _tie(prep: str, holder: Token, root: Token) -> bool:
    """A player's or employee's tie named by the preposition's holder: "a contract at / with X", "a
    spell at X", "on loan from X", "scored for X" (a contract "with" a person is possible: not when
    the name opens with a first name)."""
    lemma = holder.lemma_.lower()
    if prep == "for":
        return lemma in SCORED_VERBS and holder.pos_ == "VERB"
    return holder.pos_ == "NOUN" and lemma in TIE_NOUNS.get(prep, ()) and not (prep == "with" and _first_named(root))


RIVAL_NOUNS = frozenset({"rival", "competitor", "subsidiary", "affiliate"})


def _a_sum_put(verb: Token) -> bool:
    """The verb's object (or passive subject) is a sum of money ("£2m", "$40 million", "fresh cash"), put by a
    named body, an investor or one person (not "ministers poured £40m into Farrowfield": a town's aid)."""
    sum_put = by = False
    for c in children_of(verb):
        if c.dep_ in ("dobj", "nsubjpass", "npadvmod") and (c.lower_ in MONEY_WORDS or c.tag_ == "$" or c.like_num
                                                             or any(g.tag_ == "$" for g in children_of(c))):
            sum_put = True
        elif c.dep_ == "nsubj":
            by = (c.pos_ == "PROPN" and c.lower_ not in PUBLIC_PURSES) or c.lemma_.lower() in SUM_PUTTERS
        elif c.dep_ == "agent":
            by = True
    return sum_put and by


ROUND_KINDS = frozenset({"funding", "seed", "financing", "investment", "series", "fundraising", "fund", "equity"})


def _a_funding_round(holder: Token) -> bool:
    """"a £5m funding round in X", "a seed round in X" (the parser may read "funding" as the verb, "round" its adverb):
    a company's round (not "the second round in Farrowfield", a contest's)."""
    if holder.lower_ == "round":
        return any(c.lower_ in ROUND_KINDS or c.tag_ == "$" or any(g.tag_ == "$" for g in children_of(c))
                   for c in children_of(holder) if c.dep_ in ("compound", "amod", "nmod", "nummod"))
    return holder.lower_ in ROUND_KINDS and any(c.lower_ == "round" for c in children_of(holder))


RAISING_VERBS = frozenset({"raise", "secure", "land", "bag"})  # "X raised £4m", "X has secured $20 million in funding"
LARGE_SUM_WORDS = SUM_UNIT_WORDS | FUNDING_WORDS
FUNDERS = frozenset({"investor", "backer", "fund", "funds", "firm", "firms", "bank", "banks"}) | INVESTOR_WORDS


def _raised_funds(verb: Token) -> bool:
    """"X raised £4m", "X has secured $20 million in a funding round", "X raised £8m from investors": a firm's round
    (millions raised for nothing named; not "raised £4,000 for charity", nor "raised £2m for his campaign", a person's)."""
    funded = False
    for c in children_of(verb):
        if c.dep_ in ("dobj", "npadvmod") and (c.lower_ in LARGE_SUM_WORDS or any(g.lower_ in LARGE_SUM_WORDS for g in children_of(c))):
            funded = funded or c.lower_ in FUNDING_WORDS or c.lower_ in LARGE_SUM_WORDS \
                and any(g.tag_ == "$" or g.like_num for g in children_of(c))
        elif c.dep_ == "prep" and c.lower_ == "for":
            return False  # "raised £2m for the hospital"
    return funded


def _backed_by_investor(verb: Token) -> bool:
    """"backed by Orwell Partners", "funded by Tallis Capital": the backer named as an investing firm."""
    for c in children_of(verb):
        if c.dep_ == "agent":
            return any(g.dep_ == "pobj" and g.lower_ in INVESTOR_WORDS and g.is_title for g in children_of(c))
    return False


# verbs of one side beating another in a match (read for the sides' types here, for a win's place in events_place)
MATCH_VERBS = frozenset({"beat", "defeat", "thrash", "edge", "hammer", "overcome", "draw", "trounce", "rout", "stun",
                         "outsprint", "outlast", "outplay", "down"})


def in_a_match(root: Token) -> bool:
    """A side that beats or is beaten by another: the subject, object or "by" agent of a match verb ("X beat Y 2-0",
    "Y were beaten 3-1 by X"; the parser reads the side before a score as an adverbial noun)."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "agent":
        head = head.head
    elif root.dep_ not in ("nsubj", "nsubjpass", "dobj", "npadvmod"):
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in MATCH_VERBS


# What a side lifts, wins or secures at a season's end ("X lifted the trophy", "Y clinched promotion", "Z retained the title").
TROPHY_VERBS = frozenset({"win", "lift", "clinch", "claim", "retain", "secure", "seal", "regain", "reclaim", "defend"})
TROPHY_WORDS = frozenset({"trophy", "cup", "league", "promotion", "championship", "title", "treble", "double", "shield", "pennant"})
# A sporting post held at a club: "the Rowan City striker", "Kelby City's captain", "head coach of Frunmore Town".
CLUB_POST_NOUNS = frozenset({"striker", "forward", "winger", "midfielder", "defender", "goalkeeper", "keeper", "captain",
                             "skipper", "manager", "coach", "boss", "player", "midfield", "full-back", "centre-back"})


def won_a_trophy(root: Token) -> bool:
    """The subject of a verb of winning whose object is a trophy, a title or promotion ("X lifted the trophy", "Y won
    the league"): a side (or a player: the callers ask for a club's last word, "Town", "Rovers")."""
    head = root.head
    return root.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in TROPHY_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TROPHY_WORDS for c in children_of(head))


def a_side(root: Token) -> bool:
    """The last word of a name a side's: in a match, winning a trophy, or holding a player or a coach ("X's captain",
    "the X striker")."""
    if root.dep_ in ("poss", "compound"):
        return root.head.lemma_.lower() in CLUB_POST_NOUNS
    return in_a_match(root) or won_a_trophy(root)


def _beat_a_club(root: Token) -> bool:
    """"Galder Vale beat Felling Town 2-0": the other side of a match a club plays is a club (a player beats a player)."""
    head = root.head.head if root.dep_ == "pobj" else root.head
    for c in children_of(head):
        other = next((g for g in children_of(c) if g.dep_ == "pobj"), None) if c.dep_ == "agent" else c
        if other is not None and other.i != root.i and other.is_title and other.lower_ in CLUB_LAST_WORDS \
                and other.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod", "pobj"):
            return True
    return False


def _its_rival(root: Token) -> bool:
    """"its rival Tessary" (the adjective and "its" on the name) or "its rival, Tessary," (the name in apposition)."""
    if root.dep_ == "appos":
        noun = root.head
        return noun.lemma_.lower() in RIVAL_NOUNS and any(c.dep_ == "poss" and c.lower_ == "its" for c in children_of(noun))
    kids = children_of(root)
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in RIVAL_NOUNS for c in kids) \
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in kids)


PASSIVE_BOUGHT_VERBS = frozenset({"buy", "purchase"})
BAND_VERBS = frozenset({"release", "record", "re-record", "reissue", "reunite", "tour", "headline"})  # what a band does


def _bought_by(verb: Token) -> bool:
    """"was bought / purchased / taken over by Y": a verb of buying in the passive, its buyer named."""
    lemma = verb.lemma_.lower()
    if lemma not in PASSIVE_BOUGHT_VERBS and lemma != "take":
        return False
    kids = children_of(verb)
    return any(c.dep_ == "agent" for c in kids) and (lemma != "take" or any(c.dep_ == "prt" and c.lower_ == "over" for c in kids))


OWNER_NOUNS = frozenset({"investor", "businessman", "businesswoman", "billionaire", "tycoon", "magnate", "entrepreneur",
                         "consortium", "owner"})


def _sold_to_an_owner(verb: Token) -> bool:
    """"was sold to the investor X", "sold to a consortium led by Y": a sale to an owner-to-be, a person or a consortium."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in OWNER_NOUNS or any(k.dep_ == "compound" and k.lemma_.lower() in OWNER_NOUNS
                                                                      for k in children_of(g))
                              or any(k.dep_ == "appos" and k.ent_type_ == "PERSON" for k in children_of(g)))
        for g in children_of(c)) for c in children_of(verb))


def _bought_by_a_firm(verb: Token) -> bool:
    """The buyer, the subject of the verb or of the verb it completes ("agreed to buy"), is an organisation to the
    recognizer, or a proper name led by no first name ("Hexmoor agreed to buy X": `name_missed.firm_subject`)."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return any(c.dep_ == "nsubj" and (c.ent_type_ == "ORG" or (c.pos_ == "PROPN" and not _first_named(c)))
               for c in children_of(verb))


# What only a body has, whatever its name looks like: its board, its shareholders, its chairman or chief executive
# ("Grollis Trarr's board", "the chairman of Ellis Parrow"; not "X's manager" or "X's spokesman": a singer has them too)
BODY_ONLY_NOUNS = frozenset({"board", "boardroom", "shareholder", "chairman", "chairwoman", "ceo", "cfo", "coo", "headquarters",
                             "subsidiary", "workforce"})
BODY_ONLY_AFTER = BODY_ONLY_NOUNS | {"share", "analyst"}  # "Thenwick Gale shares rose", "Tavish Bryce analysts" (not "X's share of the vote")
BODY_HOLDINGS = frozenset({"share", "stake", "shareholding"})  # "shares in X", "a stake in X"
BODY_POSTS_AFTER = frozenset({"chairman", "chairwoman", "ceo", "cfo", "coo", "executive"})
BOUGHT_BODY_NOUNS = frozenset({"takeover", "buyout"})  # "the takeover of X" (not "X's takeover of Y", a buyer may be a person; nor
# "the acquisition of Tom Reed", a club's player)


def body_only_noun(noun: Token, nouns: frozenset[str]) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in nouns or (lemma == "executive" and (
        noun.tag_ == "NNS" or any(c.lower_ == "chief" for c in children_of(noun)))))


def body_only(doc: Doc, span: NameSpan, root: Token) -> bool:
    """The name owns what only a body has or is what only a body is: "Grollis Trarr's board", "the chief executive of Grollis Trarr",
    "shares in Ellis Parrow", "the takeover of Thenwick Gale",
    or a noun of it follows the name ("Thenwick Gale shares rose", "Grollis Trarr chief executive Ana Bellhouse")."""
    dep, head = root.dep_, root.head
    if dep == "poss":
        return body_only_noun(head, BODY_ONLY_NOUNS)
    if dep == "pobj" and head.lower_ == "of":
        return body_only_noun(head.head, BODY_ONLY_NOUNS) or (head.head.pos_ == "NOUN" and head.head.lemma_.lower() in BOUGHT_BODY_NOUNS)
    if dep == "pobj" and head.lower_ == "in":
        return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in BODY_HOLDINGS
    if span.possessive or span.end + 1 >= len(doc) or dep != "compound":
        return False  # (the name hung on the noun after it, or on the person named after that: not "appointed Jane Anyanwu
        # chief executive", the post given to her)
    after, past = doc[span.end], span.end + 1
    if after.lower_ == "chief":  # "Grollis Trarr chief executive Ana Bellhouse" (the parser hangs the name on the person's)
        if doc[past].lower_ != "executive":
            return False
        after, past = doc[past], past + 1
    elif not (after.is_lower and body_only_noun(after, BODY_ONLY_AFTER)):
        return False
    return after.lemma_.lower() not in BODY_POSTS_AFTER or (past < len(doc) and doc[past].pos_ == "PROPN" and doc[past].is_title)
    # (a post, the name of the one who holds it after it: not "named Ana Bellhouse chairman", the post given to her)


BODY_SECTION_NOUNS = frozenset({"arm", "subsidiary", "division", "unit", "business", "businesses", "subsidiaries", "arms", "divisions"})


def its_section(doc: Doc, span: NameSpan, root: Token) -> bool:
    """"sold off its Fairway Loans arm", "their Brackley Cross division": the name of a body's part, a body too (not a place
    named before it: the callers bar known places)."""
    if span.possessive or span.end >= len(doc) or root.dep_ != "compound" or root.head.i != span.end:
        return False
    part = doc[span.end]
    return part.pos_ == "NOUN" and part.lower_ in BODY_SECTION_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") and c.i < span.start for c in children_of(part))


def _set_up(verb: Token) -> bool:
    """"was set up / established in 2019", "was started by X": founded, in other words."""
    lemma = verb.lemma_.lower()
    if lemma == "start":  # "was started by X in 2016" (a maker named: not "was started at full-back")
        return any(c.dep_ == "agent" for c in children_of(verb))
    return lemma == "establish" or (lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)))


def org_context(root: Token, lex: EntityLexicon) -> bool:
    """Where only an organisation fits: "X cut 200 jobs", "X posted a loss", "X merged with Y",
    "shares in X", "a stake in X", "X was founded in 2019" (a town is founded too, but no person)."""
    dep, head, name = root.dep_, root.head, root.text  # (read once: the tests below ask for them again and again)
    holder = head.head
    head_lower, head_lemma, holder_lemma = head.lower_, head.lemma_.lower(), holder.lemma_.lower()
    if dep == "nsubjpass" and head_lemma in FOUNDED_VERBS and not place_label(name):
        return True
    if dep == "nsubjpass" and _set_up(head) and not place_label(name) and not _first_named(root):
        return True  # "X was set up / established in 2019": founded (but "Marta Ellison was set up by her partner": framed)
    if _its_rival(root) and not place_label(name):
        return True  # "buy its rival Tessary", "bought its rival, Tessary,": a body's rival is a body
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FOUNDED_VERBS for c in children_of(root)) \
            and not place_label(name):
        return True  # "X, founded in 2009 by Y and Z,"
    if dep == "nsubj" and _the_plural(root) and any(v.lemma_.lower() in BAND_VERBS for v in (
            head, *(c for c in children_of(head) if c.dep_ == "xcomp" and c.pos_ == "VERB"))):
        return True  # "The Paper Beetles are to release a new single", "the Thimbles recorded it in a week": a band, no title
    if dep == "nsubjpass" and _bought_by(head) and not place_label(name) \
            and not _person_shaped_text(" ".join([*(t.text for t in root.lefts if t.dep_ == "compound"), name])):
        return True  # "Galder Wire was bought by Y", "Fellworth was taken over by Y": a firm (a player is sold, and named in full)
    if dep == "nsubjpass" and head_lemma == "sell" and _sold_to_an_owner(head) and not place_label(name) \
            and not _first_named(root):
        return True  # "Feltham Town was sold to the investor Dov Arrant": a club or a firm gets an owner (a player is sold
        # to another club)
    if dep in ("nsubj", "nsubjpass", "dobj", "npadvmod", "pobj") and in_a_match(root) and not place_label(name) \
            and _beat_a_club(root):
        return True  # "Galder Vale beat Felling Town 2-0", "were beaten 3-1 by Galder Vale": a club's opponent (a first
        # name opens a club's name too: one player beats another, not a club)
    if dep in ("nsubj", "nsubjpass"):
        verb = head
        lemma = verb.lemma_.lower()
        if lemma in lex.org_clause_verbs:
            if lemma in OBJECTLESS_ORG_VERBS:
                return True
            if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.org_clause_objects for c in children_of(verb)):
                return True
        if dep == "nsubj" and lemma in RAISING_VERBS and verb.pos_ == "VERB" and _raised_funds(verb) and not place_label(name) \
                and not _first_named(root) and root.ent_type_ not in ("PERSON", "NORP"):
            return True  # "Ledgerly raised £4m from investors", "Fintrove has secured $20 million": a firm's round
        if dep == "nsubjpass" and lemma in BACKED_VERBS and _backed_by_investor(verb) and not place_label(name) \
                and not _first_named(root):
            return True  # "Kettlewise is backed by Orwell Partners": what an investing firm backs is a firm
        if lemma not in BOUGHT_VERBS and lemma not in EMPLOYING_VERBS:
            return False  # (the subject of an acquisition or a hiring is read below: "X was acquired by Y", "X hired Tom Gale")
    if dep == "pobj" and head_lower == "in":
        return holder_lemma in lex.org_holder_nouns or (_a_funding_round(holder) and not place_label(name))
    if dep == "pobj" and head_lower == "for" and holder_lemma == "sign" and holder.pos_ == "VERB" \
            and not place_label(name) and not _first_named(root):
        return True  # "signed for Bramley Vale": the club a player signs for (one signs for a person too, first-named)
    if dep == "pobj" and head_lower == "into" and holder_lemma in MONEY_INTO_VERBS and holder.pos_ == "VERB" \
            and not place_label(name) and not _first_named(root) and _a_sum_put(holder):
        return True  # "poured £2m into Tumora", "has sunk $40m into Rightwell": a firm an investor puts money in
    if dep == "dobj" and head_lemma in RUN_A_SIDE_VERBS and not place_label(name) \
            and not _person_shaped_text(" ".join([*(t.text for t in root.lefts if t.dep_ == "compound"), name])):
        return True  # "previously managed Ushgrove Town": a club or a firm, not a product (nor "coached Ines Marsh", a player)
    if dep == "dobj" and head_lemma in JOIN_VERBS and not place_label(name) and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in children_of(c))
            for c in children_of(head)):
        return True  # "joined X in 2015 as head of design": whatever NER made of X, one joins a place as nothing
    if dep == "dobj" and head_lemma in JOIN_VERBS and root.ent_type_ not in ("GPE", "LOC", "NORP") \
            and not place_label(name) and not (root.ent_type_ == "PERSON" and _first_named(root)):
        return True  # "who joined Vestra from Google", "joined Trestrel Lane": a body, not a product (one joins a
        # person too: "joined Jane Doe on stage")
    if dep == "dobj" and head_lemma in BOUGHT_VERBS and head.pos_ == "VERB" and root.pos_ == "PROPN" and not place_label(name) \
            and not _first_named(root) and not any(c.dep_ == "poss" for c in children_of(root)):
        return True  # "Lumbridge has acquired Corvex": no person is acquired
    if dep == "dobj" and head_lemma in PASSIVE_BOUGHT_VERBS and head.pos_ == "VERB" and _bought_by_a_firm(head) \
            and not place_label(name) and not any(c.dep_ == "poss" for c in children_of(root)) \
            and not _person_shaped_text(" ".join([*(t.text for t in root.lefts if t.dep_ == "compound"), name])):
        return True  # "Hexmoor agreed to buy Galder Wire": what a firm buys by name is a firm (a player is named in full)
    if dep == "dobj" and head_lemma in FOUNDED_OBJECT_VERBS and not place_label(name) and not _first_named(root):
        return True  # "co-founded Tightmoor in 2015", "founded Cobalt Loop": no person is founded
    if dep == "dobj" and head_lemma in CAPTAINED_VERBS and head.pos_ == "VERB" and not place_label(name) \
            and not _first_named(root):
        return True  # "Prydderch captained Pontypridd": a team (a country stays a place)
    if dep == "dobj" and head_lemma in FORMED_VERBS and _the_plural(root):
        return True  # "formed the Velvet Hours in 1995": a band, a party
    if dep == "dobj" and head_lemma in LEFT_FOR_VERBS and _the_plural(root) and not place_label(name):
        return True  # "left the Velvet Hours": a band or a team (a place is not plural)
    if dep == "pobj" and head_lower in ("to", "from") and holder_lemma in DEFECT_VERBS and holder.pos_ == "VERB" \
            and not place_label(name) and not _first_named(root):
        return True  # "defected to the Greens", "defected from the Civic Party": a party (a known country stays a place)
    if dep == "pobj" and head_lower == "for" and holder_lemma in LEFT_FOR_VERBS \
            and not place_label(name) and any(c.dep_ == "dobj" and c.pos_ == "PROPN" and not place_label(c.text)
                                                   for c in children_of(holder)):
        return True  # "left Leeds United for Hull City": one body left for another
    if dep == "pobj" and head_lower == "of" and holder_lemma in BODY_PART_NOUNS | MEMBERSHIP_NOUNS \
            and holder.pos_ == "NOUN" and not place_label(name):
        return True  # "the Lisbon office of X", "a subsidiary of X", "a member of X", "the founder of X"
    if dep == "pobj" and head_lower == "to" and holder_lemma == "sell" and holder.pos_ == "VERB" \
            and not place_label(name) and not _first_named(root) and root.ent_type_ != "PERSON":
        return True  # "sold it to Globex": the buyer (a person is first-named, or the recogniser's person)
    if dep == "pobj" and head_lower == "from" and holder_lemma in SIGNED_FROM_VERBS \
            and holder.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or lex.is_person_noun(c.lemma_.lower()))
                                                       for c in children_of(holder)):
        return True  # "signed (the winger) Kofi Mensah from Lyon": a club sold the player, whatever city it is named for
    if dep == "pobj" and head_lower in ("from", "for") and not place_label(name) \
            and (head_lower == "from" or not _first_named(root)) \
            and holder_lemma in (MOVED_FROM_VERBS if head_lower == "from" else AT_WORK_VERBS) \
            and holder.pos_ == "VERB":
        return True  # "joined Brampton City from Porto Azul", "has worked for Nexora since 2020": a body left or worked for
        # (one is poached from Rio Tinto, never from a person; but one may work for a person)
    if ((dep == "compound" and head_lemma in STAFF_NOUNS and head.pos_ == "NOUN")
            or (dep == "nsubjpass" and head_lemma in BOUGHT_VERBS)
            or (dep == "pobj" and head_lower == "in" and holder_lemma in INVEST_VERBS)) \
            and not place_label(name) and not _first_named(root):  # (the cheap tests first)
        return True  # "Quorvane employees", "Tightloop was acquired by X", "invested in Quorvane": a company
    if dep == "pobj" and not place_label(name) and _tie(head_lower, holder, root):
        return True  # "his contract at X", "on loan from X", "scored twice for X": a club's or a firm's
    if dep == "pobj" and head_lower in ("of", "for", "at") and not place_label(name):
        lemma = holder.lemma_.lower()
        if head_lower == "at":  # "a partner at X", "worked at X"
            return (holder.pos_ == "NOUN" and lex.is_person_noun(lemma)) or lemma in AT_WORK_VERBS
        return holder.pos_ == "NOUN" and (holder.lower_ in ORG_ROLE_NOUNS or (head_lower == "of" and holder.lower_ in BAND_ROLE_NOUNS
                                                                              and (_the_plural(root) or holder.lower_ in BAND_PLAYER_NOUNS))
                                          or (head_lower == "of" and holder.lower_ in BODY_POST_HOLDERS and not _first_named(root)))
        # "the founder of X", "a spokesman for X", "the guitarist of the Velvet Hours", "head coach of Ravenna Wolves"
    if ((dep == "nsubj" and head_lemma in EMPLOYING_VERBS
             and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in children_of(head)))
            or (dep == "pobj" and head.dep_ == "agent" and (holder_lemma in EMPLOYING_VERBS or holder_lemma in BOUGHT_VERBS))
            or (dep == "pobj" and head_lower == "from" and holder_lemma in LEFT_FROM_VERBS)
            or (dep == "poss" and _a_post_of_a_body(head))) and not place_label(name) and not _first_named(root):
        return True  # "X hired Tom Gale", "was employed by X", "retired from X", "X's head of design": a body's
    if dep == "pobj" and head_lower == "with" and not place_label(name) and not _first_named(root):
        # "as a player with Malmö Pävja", "a lawyer with X & Y": whom one works for
        return holder.pos_ == "NOUN" and holder.tag_ == "NN" and lex.is_person_noun(holder.lemma_.lower()) \
            and holder.lemma_.lower() not in lex.relation_of
    return False


MADE_VERBS = frozenset({"publish", "translate", "premiere", "write", "direct", "reissue", "adapt"})  # (not "released": from prison too)
HONOURED_VERBS = frozenset({"nominate", "shortlist", "longlist", "longliste"})


def _told_as_work(doc: Doc, span: NameSpan, root: Token) -> bool:
    """A title told as a made thing: the passive subject of a verb of making or issuing ("X was
    published in 2007"), the subject of "came out", a name with such a participle ("X, published in
    2007,"), or a title in quotation marks that was nominated or shortlisted."""
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubjpass" and lemma in MADE_VERBS:
        return True
    if root.dep_ == "nsubj" and lemma == "come" and came_out(verb, dated=span.ner_label != "PERSON" and not is_first_name(doc[span.start].text)):
        return True  # ("Tom Daird came out in 2019": a person, perhaps)
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MADE_VERBS for c in children_of(root)) or starring(root):
        return True  # ("X, starring Y,")
    if _called_a_work(root, verb, lemma):
        return True  # "X is the third novel by Y", "Her debut album was X"
    if root.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in RENDERING_NOUNS:
        return True  # "her recording of Carmen", "a new production of Tosca"
    if root.dep_ == "dobj" and verb.pos_ == "VERB" and (lemma in AUTHORED_VERBS or (lemma in DIRECTED_VERBS and span.ner_label != "ORG")) \
            and not org_words(span.tokens(doc), lexicon(), span.text(doc)):  # (one directs the National Theatre too)
        article = doc[span.start] if doc[span.start].text in TITLE_ARTICLES else doc[span.start - 1] if span.start > 0 else None
        if article is not None and article.text in TITLE_ARTICLES and not article.is_sent_start:
            return True  # "wrote The Thimble Keepers in 2015", "directed The Silent Ferry": a capital "The" mid-sentence opens a title
    if _made_thing_position(doc, span, root, verb, lemma):
        return True
    if span.start > 0 and doc[span.start - 1].lower_ == "whose" and root.dep_ in ("nsubj", "nsubjpass") \
            and lemma in HONOURED_VERBS | {"win"} and not org_words(span.tokens(doc), lexicon(), span.text(doc)):
        return True  # "the poet X, whose Spring Soundings won the Y Medal": what someone has that wins a prize, by its bare title
    if _dated_in_brackets(doc, span.end):
        return True  # "after Spindrift Parish (2014) and ...": a title with its year
    closing = span.end + (1 if span.end + 1 < len(doc) and doc[span.end].text == "," else 0)  # (""Ebbmark," which ...")
    quoted = span.start > 0 and doc[span.start - 1].text in OPEN_QUOTES and closing < len(doc) and doc[closing].text in CLOSE_QUOTES
    if root.dep_ == "nsubjpass" and lemma in HONOURED_VERBS:
        return quoted
    # "The Herring Reckoner, which was longlisted for the same prize": a title (quoted, or opened by a capital "The"
    # mid-sentence) that "which" (no one's "who") was nominated
    titled = quoted or (doc[span.start].text in TITLE_ARTICLES and not doc[span.start].is_sent_start and span.ner_label != "ORG")
    return titled and any(c.dep_ == "relcl" and c.lemma_.lower() in HONOURED_VERBS
                          and any(s.dep_ == "nsubjpass" and s.lower_ == "which" for s in children_of(c)) for c in children_of(root))


def _dated_in_brackets(doc: Doc, end: int) -> bool:
    """A name followed by a year in brackets, "X (2014)", as titles are listed."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].like_num \
        and len(doc[end + 1].text) == 4 and doc[end + 1].text[:2] in ("19", "20")


# verbs whose object, when a capitalised name of two words or more that is no person's and no place's, is a title:
# "released Lowland Fires", "recorded Amber Fields", "directed Silent Ferry" (NER makes such titles firms or people)
TITLE_OBJECT_VERBS = frozenset({"release", "re-release", "record", "re-record", "write", "co-write", "compose", "pen", "publish",
                                "direct", "co-direct", "produce", "co-produce", "adapt", "translate"})
STARRED_VERBS = frozenset({"star", "co-star", "costar"})  # "starred in Cold Orchard": a film, a play or a series
# verbs of working together whose "on" names the work: "collaborated on X", "duetted with Y on X"; "worked / teamed up with
# Y on X" only with the partner named (one works on Capitol Hill)
TOGETHER_VERBS = frozenset({"collaborate", "duet", "duette"})
WITH_TOGETHER_VERBS = frozenset({"work", "team", "partner", "collaborate", "duet", "duette", "reunite"})


def _star_verb(head: Token) -> bool:
    """"starred in X", or the co-star the parser hangs "in X" on: "starred opposite / alongside Y in X"."""
    if head.lemma_.lower() in STARRED_VERBS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in ("opposite", "alongside", "with") and head.head.head.lemma_.lower() in STARRED_VERBS


def _jointly(head: Token) -> bool:
    """"collaborated on X", "worked together on X": the verb itself says the work was shared."""
    return head.pos_ == "VERB" and (head.lemma_.lower() in TOGETHER_VERBS or any(
        c.dep_ == "advmod" and c.lower_ == "together" for c in children_of(head)))


def _worked_together(head: Token) -> bool:
    """What "on X" hangs on tells work done together: the verb itself (or one told "together"), or the partner after
    "with" (where the parser hangs it)."""
    if _jointly(head):
        return True  # ("X and Y worked together on Z")
    return head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ == "VERB" \
        and head.head.head.lemma_.lower() in WITH_TOGETHER_VERBS


# verbs told of a title in a relative clause: "X, which premiered in Venice", "X, which was released in 2019"
FIRST_SHOWN_VERBS = frozenset({"stage", "perform"})  # "X was first staged / performed in 1998"
TITLE_RELATIVE_VERBS = frozenset({"premiere", "premier", "release", "publish", "re-release", "reissue"})  # ("premiered": "premier")


def _made_thing_position(doc: Doc, span: NameSpan, root: Token, verb: Token, lemma: str) -> bool:
    """A title by what is done to it, whatever NER made of it: the object of a verb of making or issuing
    ("released Lowland Fires"), what one stars in ("starred in Cold Orchard"), or a name a relative clause
    tells premiered or was released ("Silent Ferry, which premiered in Venice"). Not a person's name nor a known place."""
    if not _made_thing_attachment(root, verb, lemma):
        return False  # (first: the tests of the name's text below cost more, and most names sit nowhere such)
    text = span.text(doc)
    if _person_shaped_text(text) or place_label(text) or span.ner_label in ("DATE", "TIME", "CARDINAL", "MONEY", "NORP"):
        return False
    words = span.end - span.start
    if root.dep_ == "dobj" and verb.pos_ == "VERB" and lemma in TITLE_OBJECT_VERBS and words >= 2 \
            and (span.ner_label != "ORG" or lemma not in ("direct", "co-direct", "produce", "co-produce")) \
            and not is_first_name(doc[span.start].text) and not org_words(span.tokens(doc), lexicon(), text):
        return True  # (one directs or produces the National Theatre too)
    if words >= 2 and not is_first_name(doc[span.start].text) and not org_words(span.tokens(doc), lexicon(), text) and (
            (root.dep_ == "dobj" and lemma == "put" and _particle(verb, "out"))
            or (root.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "follow" and _particle(verb.head, "up"))):
        return True  # "put out Zinc Kites in 2014", "followed it up with Zinc Kites": a record
    if root.dep_ == "pobj" and verb.lower_ == "in" and _star_verb(verb.head) \
            and (words >= 2 or span.ner_label not in ("GPE", "LOC")) and not is_first_name(doc[span.start].text):
        return True
    if root.dep_ == "pobj" and verb.lower_ == "on" and words >= 2 and _worked_together(verb.head) \
            and span.ner_label not in ("GPE", "LOC", "FAC") and text.split()[-1].lower() not in lexicon().fac_suffixes \
            and not is_first_name(doc[span.start].text) and not org_words(span.tokens(doc), lexicon(), text):
        return True  # "worked with X on Low Bridges", "duetted with X on Zinc Roof", "collaborated on Low Bridges"
    if root.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < root.i and c.lemma_.lower() in TITLE_RELATIVE_VERBS
            and not any(p.dep_ == "prep" and p.lower_ == "from" for p in children_of(c)) for c in children_of(verb)):
        return True  # "Released in March, Paper Gulls has sold 40,000 copies" (not "released from prison")
    if root.dep_ in ("nsubj", "nsubjpass") and (verb.pos_ == "VERB" or lemma == "be") and words >= 2 \
            and (not is_first_name(doc[span.start].text) or (root.dep_ == "nsubjpass" and lemma in FIRST_SHOWN_VERBS)) \
            and shown_subject(verb, lemma, root.dep_):
        return True  # "X will premiere at Y", "X opens in cinemas on Friday", "X was released through Y Records"; "Night
        # Birds was first staged in 2012" (no person is first staged, whatever first name opens the title)
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "NOUN" and lexicon().is_person_noun(before.lemma_.lower()):
        return False  # ""Tharmattan", by the director X, which premiered on Thursday": the relative clause is the film's
    for clause in children_of(root):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in TITLE_RELATIVE_VERBS and any(
                c.lower_ in ("which", "that") and (c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and clause.lemma_.lower() in ("premiere", "premier")))
                for c in children_of(clause)) and not any(c.dep_ == "dobj" for c in children_of(clause)):
            return True  # (not "X, which released ...": a label or a band)
    return False


def _made_thing_attachment(root: Token, verb: Token, lemma: str) -> bool:
    """Where `_made_thing_position` can find a title at all, by the parse alone: the object of one of its verbs, after
    "with", "in" or "on", a subject, or a name with a relative clause."""
    dep = root.dep_
    if dep == "dobj" and (lemma in TITLE_OBJECT_VERBS or lemma == "put"):
        return True
    if (dep == "pobj" and verb.lower_ in ("with", "in", "on")) or dep in ("nsubj", "nsubjpass"):
        return True
    return any(c.dep_ == "relcl" for c in children_of(root))


# where a work is shown or put out: "opens in cinemas", "was released through X Records", "was screened at the festival"
SHOWN_PLACES = frozenset({"cinema", "cinemas", "theater", "theaters", "theatre", "theatres", "festival", "records", "label", "recordings"})
LABEL_WORDS = frozenset({"records", "recordings", "label", "pictures", "films", "studios"})
# where a work is put on sale or on screen: "hit cinemas / shops / the shelves", "landed in stores / on shelves"
SHELF_PLACES = frozenset({"cinemas", "theaters", "theatres", "shops", "stores", "shelves", "bookshops", "bookstores", "screens"})


def starring(root: Token) -> bool:
    """"X, starring Y, opens on Friday": a film, a play or a series (one stars in something, nothing stars someone else)."""
    return any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in STARRED_VERBS and any(g.dep_ == "dobj" for g in children_of(c))
               for c in children_of(root))


# work nouns too loose to say what a name is in "X is a / the ...": "X was a hit", "X is the show" (see name_works)
LOOSE_CALLED_NOUNS = frozenset({"game", "collection", "programme", "program", "hit", "exhibition", "video", "show", "record",
                                "series", "debut", "translation", "track"})


def _work_called(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and noun.is_lower and lemma not in LOOSE_CALLED_NOUNS and lexicon().type_of_noun.get(lemma) == "WORK"


def _called_a_work(root: Token, verb: Token, lemma: str) -> bool:
    """A name "be" says is a work: the subject of "is the third novel by Y", "is her second album"; or what a work noun
    is: "Her debut album was X", "The film is X"."""
    if lemma != "be":
        return False
    if root.dep_ == "nsubj":
        return any(c.dep_ == "attr" and _work_called(c) for c in children_of(verb))
    return root.dep_ == "attr" and any(c.dep_ == "nsubj" and _work_called(c) for c in children_of(verb))


def issued_participle(root: Token) -> bool:
    """"X, released in March, topped the charts", "X, premiered at Cannes in May,": a name a participle tells was put out or
    shown (not "released from prison")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in TITLE_RELATIVE_VERBS
               and not any(p.dep_ == "prep" and p.lower_ == "from" for p in children_of(c)) for c in children_of(root))


def came_out(verb: Token, dated: bool = True) -> bool:
    """"X came out in 2019": a work's subject (not "came out as gay", "came out of retirement", "came out against the plan";
    with `dated`, "in" a time is a work's too)."""
    return verb.lemma_.lower() == "come" and any(c.lower_ == "out" and c.dep_ == "prt" for c in children_of(verb)) \
        and not any(c.dep_ == "prep" and c.lower_ in ("as", "of", "against", "for", "in") and not (dated and _dated(c))
                    for c in children_of(verb))


def _dated(prep: Token) -> bool:
    """"in 2019", "in March", "in the spring": a time, not "in force", "in support of"."""
    return prep.lower_ == "in" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in children_of(prep))


def shown_subject(verb: Token, lemma: str, dep: str) -> bool:
    """The subject only a work can be of its verb: what premieres ("X will premiere at Y", not "premiered her film"),
    what opens in cinemas, what is released or screened through a label, in cinemas or at a festival (not a
    player released by a club, a prisoner released in May)."""
    if lemma in ("premiere", "premier") and dep == "nsubj":
        return not any(c.dep_ == "dobj" for c in children_of(verb))
    if lemma in ("stage", "perform", "show", "screen", "broadcast") and dep == "nsubjpass" \
            and any(c.dep_ == "advmod" and c.lower_ == "first" for c in children_of(verb)):
        return True  # "X was first staged / performed in 1998": only a work is (a person is "first seen", "first shown the door")
    if lemma == "debut" and dep == "nsubj":  # "X debuted at the Berlin festival / in cinemas" (not "debuted for the club")
        return not any(c.dep_ == "dobj" for c in children_of(verb)) and any(
            p.dep_ == "prep" and p.lower_ in ("at", "in") and any(o.dep_ == "pobj" and o.lower_ in SHOWN_PLACES for o in children_of(p))
            for p in children_of(verb))
    if lemma == "sell" and dep == "nsubj":  # "X sold a million copies" (not "Y Books sold a million copies of X": its publisher)
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "copy" and not any(p.dep_ == "prep" and p.lower_ == "of" for p in children_of(c))
                   for c in children_of(verb))
    if lemma == "be" and dep == "nsubj":  # "X is out now / next week / in paperback" (not "X is out injured", "out of hospital")
        return _out_now(verb)
    if lemma == "hit" and dep == "nsubj":  # "X hit cinemas / shops in March" (not "the storm hit the town")
        return any(c.dep_ == "dobj" and c.lower_ in SHELF_PLACES for c in children_of(verb))
    if lemma in ("have", "receive", "get", "enjoy") and dep == "nsubj":  # "X had / received its world premiere at Y": a thing's premiere
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("premiere", "premier") and any(p.dep_ == "poss" and p.lower_ == "its" for p in children_of(c))
                   for c in children_of(verb))
    if not ((lemma in ("open", "arrive", "land") and dep == "nsubj") or (lemma in ("release", "screen") and dep == "nsubjpass")):
        return False
    for prep in children_of(verb):
        if (prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on", "through")) or (prep.dep_ == "agent" and lemma == "release"):
            place = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if place is None:
                continue
            if lemma == "land":  # "X landed in stores / on shelves in April" (not "landed in Dublin")
                if place.lower_ in SHELF_PLACES and prep.lower_ in ("in", "on"):
                    return True
                continue
            if (place.lower_ in SHOWN_PLACES or (prep.dep_ == "agent" and place.lower_ in LABEL_WORDS)) \
                    and (lemma not in ("open", "arrive") or prep.lower_ == "in"):
                return True  # (by a label or a studio: "X was released by Y Records", not "by Tharwick Rovers")
    return False


OUT_ON_SHELVES = frozenset({"paperback", "hardback", "cinemas", "shops", "stores", "bookshops", "bookstores"})


def _out_now(verb: Token) -> bool:
    """"X is out now", "is out next week", "is out in paperback / on Friday": a work for sale (a time or a shelf after "out")."""
    out = next((c for c in children_of(verb) if c.lower_ == "out" and c.dep_ in ("advmod", "prt", "acomp")), None)
    if out is None or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "with") for c in (*children_of(verb), *children_of(out))):
        return False
    for c in (*children_of(verb), *children_of(out)):
        if c.lower_ == "now" or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE"):
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.lower_ in OUT_ON_SHELVES) for o in children_of(c)):
            return True
    return False


def _particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in children_of(verb))


AUTHORED_VERBS = frozenset({"write", "co-write", "compose", "pen", "publish"})
DIRECTED_VERBS = frozenset({"direct", "co-direct", "film"})
TITLE_ARTICLES = frozenset({"The", "A", "An"})


# what is made of a work: "her recording of Carmen", "a staging of Hamlet", "an adaptation of Emma"
RENDERING_NOUNS = frozenset({"recording", "staging", "revival", "adaptation", "rendition", "remake"})


LIST_REACH = 14  # tokens back from a name to the plural noun of its list


def _listed_after_people(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """A name in a list after a plural person noun and a comma, past the names before it and a
    phrase of that noun ("their sons, A and B", "three children from his first marriage, A, B and C")."""
    i = start - 1
    texts, poses = strings(doc, "text"), strings(doc, "pos")
    while i > 0 and start - i < LIST_REACH and (texts[i] in (",", "and") or (poses[i] == "PROPN" and texts[i][:1].isupper())):
        i -= 1
    if texts[i + 1] != "," or i + 1 >= start:
        return False
    for k in range(i, max(sent_of(doc[start]).start - 1, start - LIST_REACH), -1):  # the noun's phrase before the comma
        token = doc[k]
        if token.tag_ == "NNS" and lex.is_person_noun(token.lemma_.lower()):
            return token.right_edge.i >= i
        if token.text in (",", ";", ".") or token.pos_ in ("VERB", "AUX"):
            return False
    return False


# verbs of a post whose "as" phrase names the post of their subject ("X quit as manager", "X joined Y as
# head of design") or of their object ("Y fired X as chief executive", passive "X was installed as mayor")
SUBJECT_POST_VERBS = frozenset({"resign", "quit", "retire", "serve", "step", "return", "join", "rejoin", "succeed", "replace", "remain",
                                "stay", "continue"})
OBJECT_POST_VERBS = frozenset({"appoint", "reappoint", "name", "hire", "fire", "sack", "dismiss", "oust", "elect", "re-elect", "promote",
                               "install", "confirm", "swear", "recruit", "poach",
                               # "took on X as an apprentice", "brought in X as head coach", "has signed X as a consultant"
                               "take", "bring", "sign", "draft", "lure", "headhunt", "enlist", "rope", "tempt"})
FIRM_POSTS = frozenset({"partner", "adviser", "advisor", "consultant", "host", "agent", "investor", "shareholder", "owner", "backer",
                        "lender", "broker", "sponsor", "supplier", "contractor", "underwriter", "bookrunner", "auditor", "trustee",
                        "guarantor", "operator", "custodian", "distributor", "publisher"})  # a firm may be one


def _in_a_post(root: Token, lex: EntityLexicon) -> bool:
    """The one a verb of a post puts "as" a person's post ("X quit as manager of Y", "Y fired X as
    chief executive", "X was installed as mayor")."""
    lemma = root.head.lemma_.lower()
    if not ((root.dep_ == "nsubj" and lemma in SUBJECT_POST_VERBS) or (root.dep_ in ("dobj", "nsubjpass") and lemma in OBJECT_POST_VERBS)):
        return False
    for prep in children_of(root.head):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            post = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
            if post is not None and post.pos_ == "NOUN" and post.lemma_.lower() not in FIRM_POSTS and (
                    post.lower_ in lex.titles or lex.is_person_noun(post.lemma_.lower())):
                return True
    return False


PLURAL_AUX = frozenset({"have", "are", "were"})


def team_told_as_plural(root: Token, tokens: Span, lex: EntityLexicon) -> bool:
    """A singular name ending in a team's word ("City", "Town", "United") with a verb that agrees with a plural
    ("Drunfield City have signed", "Ushby Town are close to"): British news speaks so of a side, never of a town."""
    if len(tokens) < 2 or root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" \
            or lex.org_kind_of_word.get(tokens[-1].lower_) != "sport":
        return False
    verb = root.head
    return any(w.lower_ in PLURAL_AUX and w.tag_ in ("VBP", "VBD") and w.i > root.i
               for w in (verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass"))))


# a player's move between clubs: the verb or noun a club's name hangs on ("left X for Y", "joined from X", "a bid from X")
TRANSFER_HEADS = frozenset({"join", "rejoin", "sign", "arrive", "move", "leave", "transfer", "loan", "switch", "depart", "bid",
                            "offer", "fee", "spell", "stint", "debut"})
TRANSFER_PREPS = frozenset({"from", "for", "to", "at", "with"})
# ... told of a player, not of a family moving house: a word of the transfer market in the sentence
TRANSFER_WORDS = frozenset({"fee", "loan", "transfer", "bid", "deal", "contract", "signing", "signed", "appearances", "goals",
                            "season", "seasons", "squad", "debut"}) | CLUB_POST_NOUNS


def _transfer_side(root: Token, tokens: Span, lex: EntityLexicon) -> bool:
    """A name ending in a team's word ("City", "Town", "County") that a player moves from or to ("left Dalebrook City
    for Skarston Albion", "arrived from Kelvedon Town for an undisclosed fee", "a bid from Stastlemere City for the forward"):
    a club, when the sentence speaks of the transfer market (a family moves to a town with no fee)."""
    if len(tokens) < 2 or lex.org_kind_of_word.get(tokens[-1].lower_) != "sport" or place_label(tokens.text):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in TRANSFER_PREPS:
        head = root.head.head
    elif root.dep_ == "dobj":
        head = root.head
    else:
        return False
    if head.lemma_.lower() not in TRANSFER_HEADS:
        return False
    return any(t.lower_ in TRANSFER_WORDS for t in root.sent if t.i < tokens.start or t.i >= tokens.end)


def _bare_post_after(listed: list[Token], comma: int, lex: EntityLexicon) -> bool:
    """", chief executive of Corvane,", ", head of research at Y,": an apposition with no article, lower-case words up to
    a person's post noun, then "of" / "at" a capitalised name (not ", partner of", ", owner of": firms' too)."""
    n = len(listed)
    for tok in listed[comma + 1 : min(n, comma + 5)]:
        if not tok.is_lower or not tok.is_alpha or tok.pos_ not in ("ADJ", "NOUN"):
            return False
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lex.is_person_noun(lemma):
            return lemma not in lex.person_or_firm_nouns and lemma not in lex.either_kind_nouns and lemma not in NOT_ONLY_PEOPLE \
                and _of_a_name(listed, tok.i + 1)
    return False


def _of_a_name(listed: list[Token], i: int) -> bool:
    """"of Corvane", "at the Fexmoor Institute", "of research at Y": "of" or "at", then (after "the") a capitalised
    word, within a few words and no punctuation."""
    n = len(listed)
    for j in range(i, min(n - 1, i + 5)):
        tok = listed[j]
        if tok.is_punct:
            return False
        if tok.lower_ in ("of", "at"):
            nxt = listed[j + 1]
            if nxt.lower_ == "the" and j + 2 < n:
                nxt = listed[j + 2]
            if nxt.is_title:
                return True
    return False


def _hyphened_person_noun(listed: list[Token], i: int, lex: EntityLexicon) -> str | None:
    """"the film-maker X", "the song-writer X": the tokenizer splits the word at its hyphen, and "maker" alone
    is a firm's noun ("the drinks maker X"); the whole word, hyphened or not, is a person noun."""
    if i < 2 or listed[i - 1].text not in ("-", "‐") or listed[i - 2].whitespace_ or listed[i - 1].whitespace_:
        return None
    joined = f"{listed[i - 2].lower_}-{listed[i].lemma_.lower()}"
    return next((w for w in (joined, joined.replace("-", "")) if lex.is_person_noun(w)), None)


def _within_a_place(root: Token, lex: EntityLexicon) -> bool:
    """"a village in Kent", "the towns near Devon": what a place noun lies in; "born in Ashcroft, Devon,": the region
    set off by commas after a place the recognizer found."""
    if root.dep_ == "pobj" and root.head.lower_ in ("in", "near"):
        holder = root.head.head
        return holder.pos_ == "NOUN" and lex.type_of_noun.get(holder.lemma_.lower()) == "GPE"
    if root.dep_ == "appos" and root.head.ent_type_ == "GPE" and root.head.i == root.i - 2 and root.nbor(-1).text == ",":
        return root.i + 1 == len(root.doc) or root.nbor(1).text in (",", ".", ";")
    return False


def _settlement_named(root: Token, lex: EntityLexicon) -> bool:
    """"the town of X", "the fishing village of X": the name a settlement noun with "the" is "of" (not "a town of 5,000",
    "the people of X")."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    holder = root.head.head
    return holder.pos_ == "NOUN" and lex.type_of_noun.get(holder.lemma_.lower()) == "GPE" and holder.lemma_.lower() in lex.place_of_nouns \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(holder))


# holders of "in X" where X is a body, not a town: "a stake in X", "invested in X", "a role in X"
IN_A_BODY_HOLDERS = STAKE_NOUNS | BODY_HOLDINGS | INVEST_VERBS | {"interest", "involvement", "involve", "position", "hand"}
# people (and a few things) told by the town they live in, the name right before them: "the Maltford teenager",
# "two Orrinby residents" -- never by an employer (so no trades: "the Google engineer", "Amazon workers")
RESIDENT_NOUNS = frozenset({"resident", "man", "woman", "boy", "girl", "teenager", "teen", "pensioner", "grandmother", "grandfather",
                            "mother", "father", "mum", "dad", "couple", "family", "villager", "householder", "homeowner",
                            "schoolboy", "schoolgirl", "youngster", "toddler", "native", "widow", "widower", "motorist",
                            "shopkeeper", "landlord", "farmer", "councillor", "councilor", "mp", "mayor", "voter", "airport",
                            "seafront", "outskirts", "street", "home", "household", "townsfolk", "villagers"})


def _one_coined_word(tokens: Span, lex: EntityLexicon) -> bool:
    """One title-case word no dictionary has, and no body's word or party ("Tavira", not "Parliament", "NATO", "Labour")."""
    word = tokens[0]
    return len(tokens) == 1 and word.is_title and word.is_alpha and not is_dictionary_word(word.lower_) \
        and not party_name(word.text) and not org_words(tokens, lex, word.text)


def _town_of_residents(doc: Doc, span: NameSpan, tokens: Span, lex: EntityLexicon) -> bool:
    """The name right before a resident noun, modifying it: "the Maltford teenager", "a Stonefield councillor"."""
    if span.possessive or span.end >= len(doc) or strings(doc, "lemma_lower")[span.end] not in RESIDENT_NOUNS:
        return False  # (the resident noun first, from the column: most names have none after them)
    if not all(t.is_title and t.is_alpha for t in tokens) or is_first_name(tokens[0].text) or party_name(tokens.text) \
            or org_words(tokens, lex, tokens.text) or any(t.ent_type_ == "NORP" for t in tokens):
        return False
    noun = doc[span.end]
    root = span_root(doc, span.start, span.end)
    return noun.is_lower and noun.pos_ == "NOUN" and noun.lemma_.lower() in RESIDENT_NOUNS and root.head.i == noun.i \
        and root.dep_ in ("compound", "amod", "nmod")


def context_cues(doc: Doc, span: NameSpan, lex: EntityLexicon) -> dict[str, float]:
    cues: dict[str, float] = defaultdict(float)
    if is_dateline(doc, span.start):
        cues["GPE"] += 2 * CUE_VOTE  # "LONDON — X stepped down": parsed as the subject, it is where the story is filed from
        return cues
    tokens, text = span.tokens(doc), span.text(doc)
    listed, texts, lowers, lemmas = doc_tokens(doc), strings(doc, "text"), strings(doc, "lower"), strings(doc, "lemma_lower")
    poses, deps = strings(doc, "pos"), strings(doc, "dep")
    root = span_root(doc, span.start, span.end)
    # a role or type noun just before the name: "son X", "actress X", "the film X", "team, X" (also one the tagger
    # took for an adjective: "the startup X")
    prev = span.start - 1
    if prev >= 2 and lowers[prev] == "the" and texts[prev - 1] == ",":
        prev -= 1  # "its first electric pickup truck, the Volta Ridge,"
    start = span.start
    if prev >= 2 and lowers[prev] == "the" and poses[prev - 1] == "NOUN" and lemmas[prev - 1] in lex.type_of_noun:
        prev, start = prev - 1, prev  # "the punk trio the Flint Saints", "the band the Velvet Harrows"
    apposed = False
    if prev >= 1 and texts[prev] == "," and poses[prev - 1] == "NOUN":
        closed = span.end < len(doc) and texts[span.end] in (",", ".", ";", ")")  # "their manager, X, said"
        prev = _phrase_head(listed[prev - 1], root, span, tokens) if _appositive(doc, prev - 1, root) or closed else -1
        apposed = prev >= 0 and closed
    if prev >= 0 and (poses[prev] in ("NOUN", "PROPN") or (deps[prev] == "amod" and lemmas[prev] in lex.type_of_noun))\
            and (not listed[prev].is_title or listed[prev].is_sent_start) or (
            prev >= 0 and lowers[prev] in lex.titles):
        lemma = _hyphened_person_noun(listed, prev, lex) or lemmas[prev]
        if lemma in lex.either_kind_nouns and lowers[prev] not in lex.titles:
            cues["PERSON" if _person_shaped_text(text) else "ORG"] += CUE_VOTE  # "the broadcaster NRK" / "... Jane Doe"
        elif lowers[prev] in lex.titles or lex.is_person_noun(lemma) or (apposed and lowers[prev] in APPOSED_POSTS):
            cues["PERSON"] += CUE_VOTE
            if lemma in lex.relation_of and prev == start - 2 and texts[prev + 1] == ",":
                cues["PERSON"] += CUE_VOTE  # "his son, Gwithian, a boat builder": kin named are someone, whatever follows
                cues[DEFINES + "PERSON"] = 1.0
        elif lemma in lex.type_of_noun and not (root.dep_ == "nsubj" and root.head.dep_ == "relcl" and root.head.head.i == prev) \
                and not _contact_clause_subject(doc, span, prev):
            # "the German side X", "the Winnipeg trio X": right before the name, the noun names its kind (not the
            # subject of a clause on the noun: "Y Films, the company X co-founded in 2016")
            close = prev == start - 1 and prev > 0 and (listed[prev - 1].tag_ in ("DT", "JJ", "NNP", "PRP$") or (
                listed[prev - 1].head.i == prev and listed[prev - 1].dep_ in ("compound", "amod")
                and any(c.dep_ in ("det", "poss") for c in listed[prev].children)))  # (or "the indie rock band X")
            cues[lex.type_of_noun[lemma]] += CUE_VOTE + (1.5 if close else 0.0)
            if close:
                cues[DEFINES + lex.type_of_noun[lemma]] = 1.0
    if span.start >= 2 and lowers[span.start - 1] in PARTY_SIDE_WORDS and lowers[span.start - 2] == "the" and not span.possessive \
            and (span.end >= len(doc) or poses[span.end] != "NOUN"):
        cues["ORG"] += 2 * CUE_VOTE  # "defected to the opposition New Commons", "the governing Civic Alliance": a party
    if span.ner_label == "NORP" and root.dep_ in ("dobj", "pobj") and party_name(text):
        cues["ORG"] += CUE_VOTE  # "joined the Social Democrats", "a member of the Greens": the party, not its voters
    if "PERSON" not in cues and (_listed_after_people(doc, span.start, lex) or listed_kin(root)):
        cues["PERSON"] += 2 * CUE_VOTE  # "three children from his first marriage, Kostas, Sophia and Nick": above a place word
    # "The combined business, to be called X," / "the company was renamed X": what the named thing is
    if root.dep_ == "oprd" and root.head.lemma_.lower() in ("call", "name", "rename", "dub", "brand", "rebrand") \
            and not any(c.dep_ == "prep" and c.lower_ == "as" and c.i > root.i
                        for c in (*children_of(root.head), *children_of(root.head.head))):
        # (not "the university named X as director": a post given to someone, not a name given to the university)
        verb = root.head
        named = verb.head if verb.dep_ in ("relcl", "acl") else next(
            (c for c in children_of(verb) if c.dep_ in ("nsubjpass", "nsubj")), None)
        if named is not None and named.pos_ == "NOUN" and (label := lex.type_of_noun.get(named.lemma_.lower())):
            cues[label] += 2 * CUE_VOTE  # said outright: a name given to a company is a company's name
            cues[DEFINES + label] = 1.0
    if span.end < len(doc) and doc[span.end].lower_ == "party" and span.start >= 2 and doc[span.start - 1].lower_ in PARTY_STANDINGS \
            and doc[span.start - 2].lower_ == "the":
        cues["ORG"] += 2 * CUE_VOTE  # "the opposition Open Horizon party": said outright, whatever its other mentions look like
        cues[DEFINES + "ORG"] = 1.0
    if _told_as_work(doc, span, root):
        cues["WORK"] += 2 * CUE_VOTE  # ""Malt Houses" was shortlisted", "X, published in 2007,", "Y came out in 1968"
    # person-only verbs and speech verbs
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head.lemma_.lower()
        if verb == "give" and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in children_of(root.head)):
            verb = "give birth"  # "X has given birth to a baby girl"
        if verb in lex.person_verbs or (root.dep_ == "nsubjpass" and verb in lex.person_passive_verbs):
            cues["PERSON"] += CUE_VOTE
        elif verb in lex.speech_verbs and span.label in lex.non_speaking_labels:
            cues["PERSON"] += CUE_VOTE
    if _in_a_post(root, lex):
        cues["PERSON"] += CUE_VOTE  # "X quit as manager of Y", "Y fired X as chief executive", "X was installed as mayor"
    if team_told_as_plural(root, tokens, lex):
        cues["ORG"] += 2 * CUE_VOTE  # "Drunfield City have signed X": a side, spoken of as its players
    elif _transfer_side(root, tokens, lex):
        cues["ORG"] += 2 * CUE_VOTE  # "left Dalebrook City for Skarston Albion", "arrived from Kelvedon Town for a fee": a club
    if len(tokens) >= 2 and is_first_name(tokens[0].text) and root.dep_ == "conj" and root.head.ent_type_ == "PERSON" \
            and root.head.pos_ == "PROPN":
        cues["PERSON"] += CUE_VOTE  # "starring Oscar Mendes and Lina Park": a first name beside a person's name
    elif span.ner_label == "NORP" and 2 <= len(tokens) <= 3 and root.dep_ == "conj" and root.head.ent_type_ == "PERSON" \
            and root.head.pos_ == "PROPN" and all(t.is_title for t in tokens) and not _people_word(tokens[-1].lower_):
        cues["PERSON"] += CUE_VOTE  # "Odalys Vennick and Cassian Drewe": a full name beside a person's, though NER read a people
    nxt = span.end + (1 if span.possessive else 0)
    if nxt < len(doc) and lemmas[nxt] in ("say", "tell") and span.label in lex.non_speaking_labels:
        cues["PERSON"] += CUE_VOTE
    if span.end < len(doc) and lowers[span.end] in LEGISLATOR_NOUNS and not span.possessive \
            and not place_label(text) and not is_first_name(tokens[0].text):
        cues["ORG"] += CUE_VOTE  # "a Green Alliance MP": a party's (but "the Bradford MP": a seat's)
    if span.end < len(doc) and lowers[span.end] in BAND_TITLE_NOUNS and not span.possessive and not place_label(text) \
            and not is_first_name(tokens[0].text) and (span.end + 1 == len(doc) or listed[span.end + 1].pos_ != "PROPN" or len(tokens) > 1):
        cues["ORG"] += CUE_VOTE  # "Grallow Beetles guitarist quits": a band's (not one word before a name: "the Harlan drummer
        # Jo Reynoso" may be a town's; but "the Glass Harbour guitarist Neil Amponsah")
    owned = nxt + 1 < len(doc) and texts[nxt] == "," and lowers[nxt + 1] == "whose"  # "X, whose members include"
    said_of = nxt + 2 if owned else nxt if span.possessive else -1  # "X's founder"
    if 0 <= said_of < len(doc) and lemmas[said_of] in MEMBERSHIP_NOUNS:
        cues["ORG"] += 2 * CUE_VOTE  # a body's members, line-up or founder: no person has them
    # apposition after the name: "X, 42," / "X, a 25-year-old climate activist,"
    if nxt + 1 < len(doc) and texts[nxt] == ",":
        first = listed[nxt + 1]
        if first.like_num and nxt + 2 < len(doc) and listed[nxt + 2].is_punct and (
                span.ner_label not in ("GPE", "LOC", "FAC") or _person_shaped_text(text) or _ages_listed(root)):
            cues["PERSON"] += CUE_VOTE
            if first.text.isdigit() and 1 <= int(first.text) <= 110 and listed[nxt + 2].text in (",", ")"):
                cues[DEFINES + "PERSON"] = 1.0  # "Harbottle-Quince, 47, a former midwife,": an age, said outright, holds
                # for every mention the NER reads as a firm's
        elif (label := described_label(doc, nxt, lex, person_like(span, tokens, lex))) is not None:  # ", a / the / her / X's <noun>"
            if label != "PERSON" or span.ner_label not in ("GPE", "LOC", "FAC"):  # "in X, Y, the youngest of"
                cues[label] += CUE_VOTE
                cues[DEFINES + label] = 1.0
        elif _bare_post_after(listed, nxt, lex) and (span.ner_label not in ("GPE", "LOC", "FAC") or _person_shaped_text(text)):
            cues["PERSON"] += CUE_VOTE  # "X, chief executive of Corvane, said": a post with no article before it
    if span.possessive and _capital_plural(root) and any(c.lower_ == "the" for c in children_of(root)) and any(
            t.lemma_.lower() in BAND_POSSESSED_NOUNS for t in listed[nxt : nxt + 3] if t.pos_ == "NOUN" or t.dep_ == "compound"):
        # (also a noun the tagger took for an adjective before the title: "the Thimbles' debut single Paper Moon")
        cues["ORG"] += 2 * CUE_VOTE  # "the Flint Wolves' early records", "the Thimbles' new line-up": a band (no family records)
    if span.ner_label == "PERSON" and not is_first_name(tokens[0].text) and len(tokens) == 1 and _states_post_after(listed, nxt, span):
        cues["GPE"] += 2 * CUE_VOTE  # "Valdemark's health minister", "Valdemark health minister resigns": a state's post
    if span.ner_label in ("GPE", "LOC", "FAC", "ORG") and not span.possessive and _born_on_a_date(root):
        cues["PERSON"] += CUE_VOTE  # "Struan, who was born on Feb. 3, 2015, and Isadora, born on Nov. 22, 2018": no place or
        # body is born on a day
    if span.possessive and (span.ner_label in ("GPE", "LOC", "FAC") or _placed_elsewhere(doc, text)) and any(
            t.lemma_.lower() in PLACELESS_BAND_NOUNS for t in listed[nxt : nxt + 3] if t.pos_ == "NOUN" or t.dep_ == "compound"):
        cues["ORG"] += 2 * CUE_VOTE  # "Sorley Bay's third album", "Kelso Road's drummer": a band named like a place
    if span.possessive and 2 <= len(tokens) <= 3 and is_first_name(tokens[0].text) and nxt + 1 < len(doc) and any(
            t.lemma_.lower() in PERSON_POSSESSED_WORKS for t in listed[nxt : nxt + 3] if t.pos_ == "NOUN"):
        cues["PERSON"] += CUE_VOTE  # "Kenji Morrow's memoir": only a person has a memoir (NER: a firm, "Morrow" a dictionary word)
    if span.possessive and not _person_shaped_text(text) and any(
            t.lower_ in lex.org_possessed_nouns or t.lemma_.lower() in lex.org_possessed_nouns for t in listed[nxt : nxt + 2]):
        cues["ORG"] += CUE_VOTE
    if not span.possessive and town_before_kind(doc, span.start, span.end, lex) and not org_words(tokens, lex, text):
        cues["GPE"] += CUE_VOTE  # "X, the Warrowmere four-piece", "the Parnwick law firm Y": where the named body is
    article = span.start - 1 if span.start < 2 or lowers[span.start - 1] not in RIVAL_NOUNS else span.start - 2  # ("the rival X")
    if span.ner_label == "PERSON" and article >= 0 and lowers[article] == "the" and not based(doc, span.end) \
            and (len(tokens) == 1 or not is_first_name(tokens[0].text)) and tokens[0].lower_.rstrip(".") not in lex.titles \
            and not (span.end < len(doc) and poses[span.end] == "NOUN" and listed[span.end].is_lower
                     and (place_label(text) or _town_of_residents(doc, span, tokens, lex))):
        # ("the Glasgow quartet", "the Brindleton mother of three"; but "the Melpwise board")
        cues["ORG"] += CUE_VOTE  # "the Garda said", "told the Melbourne Herald-Express", "left for the rival X": no one is "the Smith"
    if span.ner_label == "PERSON" and len(tokens) == 1 and root.dep_ == "pobj" and not is_first_name(root.text):
        place = PLACE_PREPOSITIONS.get(root.head.lower_)
        if place:  # "an expedition in Svalbard", "posted on Instagram": no person
            cues[place] += CUE_VOTE / 2
    elif span.ner_label == "FAC" and len(tokens) == 1 and root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPOSITIONS:
        cues["GPE"] += CUE_VOTE / 2  # "now coaches in Redgate": one word a building's name alone rarely is, a town's often
    elif span.ner_label == "PRODUCT" and len(tokens) == 1 and root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPOSITIONS \
            and root.head.head.lemma_.lower() not in IN_A_BODY_HOLDERS and root.head.head.pos_ == "NOUN":
        cues["GPE"] += CUE_VOTE / 2  # "the world championships in Lenzhorn": a gathering is held in a town, not in a product
    elif span.ner_label == "ORG" and _one_coined_word(tokens, lex) and root.dep_ == "pobj" \
            and root.head.lower_ in TOWN_PREPOSITIONS and root.head.head.lemma_.lower() not in IN_A_BODY_HOLDERS:
        cues["GPE"] += CUE_VOTE / 2  # "a holiday in Tavira", "a congress in Skarholm": a town (not "a stake in X")
    elif span.ner_label == "NORP" and len(tokens) == 1 and root.dep_ == "pobj" and root.head.lower_ in TOWN_PREPOSITIONS \
            and not any(c.dep_ == "det" for c in children_of(root)) and not _people_word(root.lower_):
        cues["GPE"] += CUE_VOTE  # "won her first title in Hollowmead": a coined word after "in" is a town, not a people
    if span.ner_label in ("ORG", "PERSON", "") and len(tokens) <= 2 and _town_of_residents(doc, span, tokens, lex):
        cues["GPE"] += CUE_VOTE / 2  # "the Maltford teenager", "two Orrinby residents", "a Stonefield councillor"
    if span.ner_label == "PERSON" and len(tokens) == 1 and _within_a_place(root, lex):
        cues["GPE"] += CUE_VOTE  # "a village in Kent", "born in Ashcroft, Devon,": a place, whatever first name it is too
    if span.ner_label in ("PERSON", "ORG", "") and _settlement_named(root, lex) and not org_words(tokens, lex, text):
        cues["GPE"] += 2 * CUE_VOTE  # "in the fishing village of Abel Tarn": a place, however like a person's name,
        cues[DEFINES + "GPE"] = 1.0  # and so at every other mention ("buried in Abel Tarn")
    if (root.dep_ == "appos" and root.head.lower_ in lex.street_words and root.head.dep_ == "pobj" and root.head.i < span.start) or (
            span.start >= 2 and texts[span.start - 1] == "," and lowers[span.start - 2] in lex.street_words
            and root.dep_ in ("conj", "appos", "npadvmod") and not span.possessive):  # (the town parsed as a second street)
        cues["GPE"] += CUE_VOTE  # "X, of Castle Road, Hollowmere,": an address, the town after the street
    if (org := org_words(tokens, lex, text)):
        cues["ORG"] += org
    elif span.ner_label != "PERSON" and place_context(doc, span.start, span.end, lex):
        cues["GPE"] += CUE_VOTE  # "the MP for Bradford Moorside": the context outweighs a name's shape
    elif (body_only(doc, span, root) or its_section(doc, span, root)) and not place_label(text):
        cues["ORG"] += 2 * CUE_VOTE  # "Grollis Trarr's board", "Thenwick Gale shares", "its Fairway Loans arm": a body, though named
        # like a person or a place
    elif _person_shaped_text(text):
        cues["PERSON"] += SHAPE_VOTE
        if org_context(root, lex):
            cues["ORG"] += CUE_VOTE  # "joined X from Rio Tinto": a shape against a context, the recognizer to settle it
    elif place_context(doc, span.start, span.end, lex) or (span.ner_label in ("PERSON", "PRODUCT", "WORK_OF_ART", "")
                                                            and occasion_place(doc, span.start, span.end, lex)):
        cues["GPE"] += CUE_VOTE  # (not a name the recognizer read as a body's: "met in Parliament"; a product's or a
        # title's is no more than a guess: "got engaged in Mykonos")
    elif org_context(root, lex) or (firm_subject(root, span.start, span.end) and (
            span.ner_label != "PERSON" or len(tokens) == 1 or not person_like(span, tokens, lex))) \
            or (told_its(root) and not place_label(text)):
        cues["ORG"] += CUE_VOTE  # (a name that buys a firm or is "its" to the text: "Plackwell has appointed its first chair";
        # a one-word "person" is a surname only where the full name is told, and the name parts then outvote this)
    if len(tokens) >= 2 and tokens[0].lower_ in lex.place_prefixes and tokens[0].is_title and span.ner_label not in ("PERSON", "NORP") \
            and tokens[-1].lower_ not in lex.fac_suffixes:
        cues["GPE"] += CUE_VOTE  # "Port Ralden", "Santa Ileana", "County Kerry" (not "County Hall", "Port Arthur House")
    return cues
