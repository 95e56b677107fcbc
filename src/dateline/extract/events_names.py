"""The name a common noun stands before: "her husband, X", "their son Milo", "a son named X",
"X's son with Y, Felix" -> the name's token."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children_of, heads, memo, strings, tokens
from .entity_lexicon import lexicon
from .name_missed import CLOSE_QUOTES, OPEN_QUOTES

NAMING_VERBS = {"name", "call", "christen", "dub"}
QUOTES = OPEN_QUOTES | CLOSE_QUOTES


NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def named(token: Token) -> Token:
    """A common noun standing before its name ("her husband, X", "their son Milo") -> the name;
    "that of X", "those of X" ("merged its division with that of X") -> X.  Found once per token (the
    events stage asks for most tokens several times), kept as the name's index."""
    known = memo(token.doc, "named")
    found = known.get(token.i)
    if found is not None:
        return token if found == token.i else tokens(token.doc)[found]
    name = _named(token)
    if name is token or name.i != token.i:  # (the token itself, or another word: what the index says)
        known[token.i] = name.i
    return name


def _named(token: Token) -> Token:
    pos = strings(token.doc, "pos")[token.i]  # (the cached column: read three times below)
    if token.lower_ in ("that", "those") and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
        owner = next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"
                      for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        return owner if owner is not None else token
    one = _one_of(token) if pos == "NUM" else None  # (`_one_of` reads a number only)
    if one is not None:
        return one
    # (or "Her third, "Low Tide Ballads",", or a noun the tagger took for an adjective: "Her first single, X, was put out")
    if pos == "NOUN" or token.ent_type_ == "ORDINAL" or (pos == "ADJ" and token.dep_ in NOMINAL_DEPS):
        appos = next((c for c in children_of(token) if c.dep_ == "appos" and (c.pos_ == "PROPN" or (c.is_title and c.ent_iob_ == "I"))
                      and not (c.ent_type_ == "NORP" and any(d.dep_ == "det" for d in children_of(c)))), None)
        # (not "The governor, a Democrat who ...": a party's member described, no one named; but "the drama Thornfield Row",
        # a name's last word the tagger took for a common noun)
        if appos is None:  # "his wife, the television chef X"
            appos = next((g for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "NOUN"
                          for g in children_of(c) if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
        if appos is None:
            appos = _set_off_title_name(token)
        if appos is None:
            appos = _apposed_name(token)
        if appos is None:
            appos = _press_name(token)
        if appos is None:
            appos = _name_after_of_name(token)
        if appos is None:
            appos = _name_right_after(token)
        if appos is None:
            appos = _name_after_body(token)
        if appos is not None:
            return appos
        if token.dep_ == "appos" and (token.head.pos_ == "PROPN" or (token.head.tag_ == "NN" and token.head.is_title)):
            return token.head  # "X, an American geologist" (also a surname the tagger took for a common noun)
        child = _name_after_other_parent(token)
        if child is not None:
            return child
        body = _researchers_of(token)
        if body is not None:
            return body
        for noun in (token, *(c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "NOUN"), *_set_off_nouns(token)):
            name = _called(noun)  # "their second child, a son named X"
            if name is not None:
                return name
    return token


RESEARCH_STAFF = frozenset({"researcher", "scientist", "astronomer", "physicist", "biologist", "chemist", "engineer", "economist",
                            "archaeologist", "palaeontologist", "paleontologist", "geologist", "team"})


def _researchers_of(token: Token) -> Token | None:
    """"Researchers at the Norland Institute published a study", "A team from Kelby University found ...": unnamed
    researchers told by their institution, as the subject, stand for the institution's name."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lemma_.lower() not in RESEARCH_STAFF \
            or (token.lemma_.lower() != "team" and token.tag_ != "NNS"):
        return None
    return next((g for c in children_of(token) if c.dep_ == "prep" and c.lower_ in ("at", "from")
                 for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)


def _one_of(token: Token) -> Token | None:
    """"One of Europe's largest pension funds, X, sued ...", "Two of its founders, A and B, left": a number picking
    out some of a kind, with the name set beside it (the parser hangs the name on the number or on the kind's noun),
    stands for that name as a noun for its kind would."""
    if token.pos_ != "NUM" or token.dep_ not in NOMINAL_DEPS:
        return None
    kinds = [g for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
    if not kinds:
        return None
    return next((c for n in (token, *kinds) for c in children_of(n) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _set_off_title_name(noun: Token) -> Token | None:
    """"to marry her fiance, the rugby player X, next month": a person noun, then a comma and a second one with the name
    in apposition to it, which the parser hung on the verb rather than on the first -> the name."""
    lex = lexicon()
    if not lex.is_person_noun(noun.lemma_.lower()) or any(c.dep_ == "appos" for c in children_of(noun)):
        return None
    second = next(iter(_set_off_nouns(noun)), None)
    if second is None or second.dep_ not in ("npadvmod", "appos", "dobj") or not lex.is_person_noun(second.lemma_.lower()):
        return None
    return next((g for g in children_of(second) if g.dep_ == "appos" and g.pos_ == "PROPN"), None)


def _set_off_nouns(noun: Token) -> list[Token]:
    """"welcomed their first child, a son called X", "the birth of her first child, a boy named X": the nouns of
    the phrase set off by a comma right after the noun's own, which the parser hung on the verb or on the noun
    above (only a noun with a naming verb of its own counts: see `_called`)."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i >= len(doc) or strings(doc, "text")[i] != ",":
        return []
    out = []
    poses, up = strings(doc, "pos"), heads(doc)  # (the cached columns and tokens: no Span, no Token made per word)
    for t in tokens(doc)[i + 1 : min(i + 6, len(doc))]:
        if t.is_punct:
            break
        if poses[t.i] == "NOUN" and up[t.i] != noun.i:
            out.append(t)
    return out


def _name_right_after(noun: Token) -> Token | None:
    """"married to the architect Tomas Sundt from 2012": a person's name right after a noun for a person,
    which the parser hung elsewhere (on the verb) rather than on the noun -> the name's last word (not for a
    noun the parser made part of the name: "husband Benjamin Millepied" is read as one name already)."""
    doc = noun.doc
    after = noun.i + 1
    if noun.dep_ == "compound" or after >= len(doc) or doc[after].ent_iob_ != "B" or doc[after].ent_type_ != "PERSON" \
            or any(c.dep_ == "appos" for c in children_of(noun)) or not lexicon().is_person_noun(noun.lemma_.lower()):
        return None
    end = after
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    name = doc[end]
    if name.dep_ in ("nsubj", "nsubjpass") and name.head.dep_ == "relcl" and name.head.head.i == noun.i:
        return None  # "Nina Ruiz, the woman Tom Gale married": the subject of the noun's own relative clause, not its name
    return name if name.pos_ == "PROPN" and name.head.i != noun.i else None  # (a name the parse hangs on the noun is found above)


POST_HEADS = frozenset({"head", "chief", "chair", "boss", "leader"})  # posts the lexicon does not call person nouns


def _name_after_body(noun: Token) -> Token | None:
    """"The chairman of Warrow Bank, Ian Ross, resigned": a person's name set off after the body a post
    noun names, which the parser put in apposition to the body -> the name (a person's, by the NER).  The body may be a
    thing ("fired the head of a rival bank, Nina Roth,", "detained the driver of the van, X,"), not a person ("the son
    of the tycoon, X": the tycoon's name)."""
    lex = lexicon()
    if not lex.is_person_noun(noun.lemma_.lower()) and noun.lemma_.lower() not in POST_HEADS:
        return None
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for"):
            for body in (c for c in children_of(prep) if c.dep_ == "pobj" and (
                    c.pos_ == "PROPN" or (c.pos_ == "NOUN" and not lex.is_person_noun(c.lemma_.lower())))):
                name = next((c for c in children_of(body) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                             and c.i > body.i and noun.doc[c.left_edge.i - 1].text == ","), None)
                if name is not None:
                    return name
    return None


def _name_after_other_parent(kin: Token) -> Token | None:
    """"X's son with (the singer) Y, Felix, was born": the name after the other parent's, parsed
    in apposition to it."""
    for prep in children_of(kin):
        if prep.dep_ == "prep" and prep.lower_ == "with":
            for other in (c for c in children_of(prep) if c.dep_ == "pobj"):
                parent = other if other.pos_ == "PROPN" else next(
                    (c for c in children_of(other) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if parent is not None:
                    return next((c for c in children_of(parent) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return None


def _apposed_name(noun: Token) -> Token | None:
    """"a small cell maker, Kesselring GmbH, after ...", "his girlfriend, the singer X, ...": a name set
    off by commas right after the noun, parsed elsewhere (not the subject of what follows: "bought
    the maker, Acme said")."""
    doc = noun.doc
    toks, poses, texts = tokens(doc), strings(doc, "pos"), strings(doc, "text")  # (the cached tokens and columns: asked of most nouns)
    base = _lasting(noun)  # "his girlfriend of five years, X,": the comma after the phrase of time
    i = base + 2
    while i < len(doc) and i < base + 5 and poses[i] in ("DET", "ADJ", "NOUN"):  # ", the singer X,"
        i += 1
    quoted = i < len(doc) and texts[i] in QUOTES  # "a compilation, "Neon Years", in September"
    i += quoted
    starts = i < len(doc) and (toks[i].ent_iob_ == "B" or (toks[i].ent_iob_ == "I" and toks[i - 1].ent_iob_ == "B" and poses[i - 1] == "DET"))
    if not starts or base + 1 >= len(doc) or texts[base + 1] != "," or poses[i] != "PROPN":
        return None  # (the name may open with its article: ", the Doldfield Crust Company,")
    last = i
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    end = last + 1 + (quoted and last + 1 < len(doc) and doc[last + 1].text in QUOTES)
    after = doc[end].text if end < len(doc) else "."
    if after not in (",", ".", ";") or any(t.dep_.startswith("nsubj") for t in doc[i : last + 1]):
        return None
    return doc[last]


SPANS_OF_TIME = frozenset({"year", "month", "decade", "week"})


def _lasting(noun: Token) -> int:
    """The last word of "wife of ten years", "girlfriend of six months" (how long the tie has lasted), else the noun's own."""
    of = next((c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
               and any(g.dep_ == "pobj" and g.lemma_.lower() in SPANS_OF_TIME for g in children_of(c))), None)
    return of.right_edge.i if of is not None else noun.i


def _name_after_of_name(noun: Token) -> Token | None:
    """"arrested the son of the banker Karl Sundt, Oskar Sundt,": the parser hung the second name on the first, as if one
    person had two; a name is no apposition of another person's name -> the noun's own name."""
    if not lexicon().is_person_noun(noun.lemma_.lower()):
        return None
    doc = noun.doc
    for of in children_of(noun):
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for inner in (g for w in children_of(of) if w.dep_ == "pobj" for g in (w, *children_of(w)) if g.pos_ == "PROPN"):
            second = next((c for c in children_of(inner) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > inner.i
                           and c.ent_type_ == "PERSON" == inner.ent_type_ and doc[c.left_edge.i - 1].text == ","), None)
            if second is not None and (second.i + 1 == len(doc) or doc[second.i + 1].text in (",", ".", ";")):
                return second
    return None


def _press_name(noun: Token) -> Token | None:
    """"in the journal Genome Letters describing ...": the title right after a press noun, whatever
    the parser made of it (here the subject of the next verb)."""
    doc = noun.doc
    i = noun.i + 1
    if lexicon().type_noun_kinds.get(noun.lower_) not in ("press", "broadcast") or i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].pos_ != "PROPN":
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def _called(noun: Token) -> Token | None:
    """"a son named X", "a daughter called X", "a daughter they named X", "a son whom they called X" -> X."""
    for acl in children_of(noun):
        if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in NAMING_VERBS:
            return next((c for c in children_of(acl) if c.dep_ in ("oprd", "dobj", "attr", "xcomp") and c.pos_ == "PROPN"), None)
    return None
