"""Works and awards by their place in the sentence, whatever NER made of them.

- titles without quotation marks in a work position ("her third novel, X,", "album of the year
  for X"): one WORK span and a strong WORK vote (`work_cue`), so every occurrence follows;
- awards, prizes and ceremonies ("the X Awards", "the X Prize for Fiction") are never a person:
  labelled EVENT after the vote; such names and club names ("FK X") NER missed altogether.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import children_of, doc_text, heads, strings, tokens
from .entity_lexicon import EntityLexicon, is_dictionary_word, lexicon
from .name_cues import HONOURED_VERBS, MADE_VERBS, a_side, person_shaped
from .name_missed import ORDINAL_WORKS, WORK_OCCASION_NOUNS, capital_tokens
from .name_repairs import AWARD_WORDS, CLUB_INITIALS, CLUB_LAST_WORDS, span_owners
from .name_spans import NameSpan, span_root

AWARD_HEADS = frozenset({"award", "prize", "medal", "trophy"})
BODY_AWARD_WORDS = frozenset({"festival"})  # a festival has staff, a founding and a home town: a body, not an event  # "the X Prize for Fiction"
# Work nouns whose use before a capitalised word is too often something else ("the game Saturday").
LOOSE_WORK_NOUNS = frozenset({"game", "collection", "programme", "program", "hit", "translation", "exhibition", "video",
                              "track", "show", "debut", "record", "series"})
# loose work nouns that, owned, name a work right after them with no comma ("her collection X", not "his show Monday")
OWNED_TITLE_NOUNS = frozenset({"collection", "translation", "exhibition"})
SMALL_TITLE_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "with", "by", "from"})
# Parts of a work named after "for": "the score for X", "the screenplay for X".
WORK_PART_NOUNS = frozenset({"score", "soundtrack", "screenplay", "script", "lyrics", "libretto", "sequel", "adaptation"})
TITLE_JOINERS = frozenset({"of", "the", "a", "an", "and"})
TITLE_POSSESSIVES = frozenset({"'s", "’s"})  # inside a title: "The Keeper's Daughter"
WORK_VOTE = 10.0  # a work position outweighs an organisation word inside the title ("Northern Glass")
ENDING_NAME_TYPES = frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"})  # names after a small word that end a title there
NOT_TITLES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Product nouns also said of people or too general to name what follows ("the model, Jane Doe", "the speaker, Tom Lee").
LOOSE_PRODUCT_NOUNS = frozenset({"model", "speaker", "watch", "product", "engine", "jet", "bike"})
# Words of a prize's category, not of a work's title ("the Nobel Prize for Literature", "the Award for Best Actress").
AWARD_CATEGORY_WORDS = frozenset({"best", "outstanding", "excellence", "achievement", "fiction", "non-fiction", "nonfiction", "poetry",
                                  "literature", "peace", "physics", "chemistry", "medicine", "physiology", "economics", "economic",
                                  "journalism", "music", "science", "sciences", "services", "service", "lifetime", "contribution",
                                  "innovation", "leadership", "public", "reporting", "photography", "drama", "history", "biography",
                                  "architecture", "design", "art", "arts", "mathematics", "engineering", "courage", "bravery", "merit",
                                  "debut", "first", "young", "new", "women", "children", "film", "writing", "translation", "distinction"})
# The staging or rendering of a work named after "of": "the world premiere of X", "a new production of X".
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
WORK_INITIALS = frozenset({"EP", "LP", "EPs", "LPs"})  # work nouns written in capitals


def _work_noun(tok: Token, lex: EntityLexicon) -> bool:
    lemma = strings(tok.doc, "lemma_lower")[tok.i]  # (a noun the tagger took for an adjective: "her first single, X,", also as the
    # title's modifier right before the apposition's comma: "Their first single, Low Weather, was put out")
    if lex.type_of_noun.get(lemma) != "WORK":
        return False  # (first, from the cached column: most words name no kind of work)
    adjective_noun = tok.pos_ == "ADJ" and (tok.dep_ in NOMINAL_DEPS or tok.dep_ == "compound"  # ("debut single Paper Moon")
                                            or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","))
    initials = tok.text in WORK_INITIALS  # "her first EP, X,": the tagger makes the capitals a name
    return (tok.pos_ == "NOUN" or adjective_noun or initials) and (tok.is_lower or initials) and lex.type_of_noun.get(lemma) == "WORK" \
        and lemma not in LOOSE_WORK_NOUNS


def _product_noun(tok: Token, lex: EntityLexicon) -> bool:
    lemma = strings(tok.doc, "lemma_lower")[tok.i]  # (the cached column; the kind first: most words name none)
    return lex.type_of_noun.get(lemma) == "PRODUCT" and tok.pos_ == "NOUN" and tok.is_lower and lemma not in LOOSE_PRODUCT_NOUNS


MODEL_DEPS = frozenset({"compound", "nmod", "nummod"})  # "its Beacon 2 speaker": the number hangs on the noun too
PRODUCT_SHOWN_VERBS = frozenset({"launch", "unveil", "introduce", "debut", "recall", "release", "showcase", "discontinue", "test"})


def _model_before_product_noun(doc: Doc, start: int, lex: EntityLexicon) -> int | None:
    """The end of a model's name right before a product noun: "its Beacon 2 speaker", "their Halo earbuds", "the Vista
    hatchback" that a firm unveils or recalls (not "the Ford hatchback" said alone: a maker's name before its product)."""
    toks, texts = tokens(doc), strings(doc, "text")  # (`is_title` is `str.istitle` of the text)
    if start == 0:
        return None
    end = start
    while end < len(doc) and end - start < 3 and (texts[end].istitle() or (end > start and texts[end].isdigit() and len(texts[end]) <= 4)):
        end += 1
    if end >= len(doc) or strings(doc, "dep")[end - 1] not in MODEL_DEPS or heads(doc)[end - 1] != end:
        return None
    noun = toks[end]
    if noun.pos_ not in ("NOUN", "PROPN") or not noun.is_lower or lex.type_of_noun.get(noun.lemma_.lower()) != "PRODUCT":
        return None
    before = toks[start - 1].lower_
    if before in ("its", "their") or (toks[end - 1].text.isdigit() and before in ("the", "a", "its", "their", "new")):
        return end  # "its Beacon 2 speaker", "the Orbis 3 phone": a model, its maker told apart
    shown = before == "the" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in PRODUCT_SHOWN_VERBS
    return end if shown and any(c.dep_ in ("nsubj", "agent") for c in children_of(noun.head)) else None


def title_position(doc: Doc, start: int, lex: EntityLexicon) -> str | None:
    """WORK for a title right after a work noun ("her album X", "his third novel, X,"), after the
    staging of a work ("the world premiere of X") or after an award category of works ("album of
    the year for X", "best film for X"); PRODUCT for a name right after a product noun ("its asthma
    drug, KX-441,", "its first smartphone, the Orbis 2"); else None."""
    toks = tokens(doc)
    i = start - 1
    if i >= 1 and toks[i].text == "the" and toks[i - 1].text == ",":
        i -= 1  # ", the Orbis 2": a lowercase article is no part of the name
    comma = i >= 0 and toks[i].text == ","
    if comma:
        i -= 1
    if i >= 0 and _product_noun(toks[i], lex):
        return "PRODUCT"
    if i >= 0 and (_work_noun(toks[i], lex) or (not comma and toks[i].lower_ == "title" and i > 0 and toks[i - 1].lower_ == "the")):
        return "WORK"  # "her album X", "under the title X"
    if comma and i >= 1 and _owned_loose_work_noun(toks[i], lex):
        return "WORK"  # "her debut, X,", "the band's latest record, X,": a loose work noun someone owns, apposed
    if not comma and i >= 1 and toks[i - 1].tag_ == "PRP$" and toks[i].is_lower and toks[i].lemma_.lower() in OWNED_TITLE_NOUNS:
        return "WORK"  # "for her collection Field Notes on Rain": a collection of hers, then its title
    if comma and i >= 2 and toks[i].lower_ == "up" and toks[i - 1].text == "-" and toks[i - 2].lower_ == "follow":
        return "WORK"  # "the follow-up, X," (the tokenizer splits the noun)
    if comma and _counted_work(toks, i, lex):
        return "WORK"  # "three novels ... The second, X,", "two albums, the second of which, X,"
    if comma or i < 1:
        return None
    if toks[i].lower_ == "of" and toks[i - 1].pos_ == "NOUN" and toks[i - 1].lemma_.lower() in WORK_OCCASION_NOUNS:
        return "WORK"  # "the world premiere of X"
    if toks[i].lower_ == "in" and _part_played(toks, i):
        return "WORK"  # "for her role in X", "his performance as a stowaway in X"
    if toks[i].lower_ == "with":
        return "WORK" if _prize_won_with(doc, toks, i, start, lex) else None
    if toks[i].lower_ != "for":
        return None
    j = _before_when_and_where(toks, i - 1)  # ("won the best actor prize at the X Festival in 2018 for Y": the prize's)
    if j >= 3 and toks[j].is_lower and toks[j].pos_ == "NOUN" and toks[j - 1].lower_ == "for" and toks[j - 2].lower_ in AWARD_HEADS \
            and (toks[j - 2].is_title or toks[j - 3].is_title):
        j -= 2  # "won the Wendlesham prize for fiction for X": the prize's category, then the work
    if (toks[j].lower_ in FAVOURITE_NOUNS or _person_before(doc, j, lex)) and _listed_contest(toks[j]) \
            and not _category_after(toks, start):
        return "WORK"  # "the shortlist ... A, the favourite for X, and B for Y": the titles each is up for
    if toks[j].lower_ in WORK_PART_NOUNS:
        return "WORK"  # "the score for X", "the screenplay for X"
    if _prize_given_to(doc, j, lex) and not _category_after(toks, start) and not _club_after(toks, start):
        return "WORK"  # "Best director went to X for Y", "the medal was awarded to X for Y": the work it was won with
    if toks[j].lower_ in AWARD_HEADS and (toks[j].is_title or (j > 0 and toks[j - 1].is_title and toks[j - 1].pos_ == "PROPN")) \
            and not _category_after(toks, start):
        return "WORK"  # "won the Harbour Prize for X", "the Wendlesham prize for X" (not "the Harbour Prize for Fiction")
    if toks[j].lower_ in AWARD_HEADS and any(t.lower_ == "best" for t in toks[max(j - 3, 0) : j]) and not _category_after(toks, start) \
            and not any(person_shaped(doc[start : start + n], lex) for n in (2, 3) if start + n <= len(doc)):
        return "WORK"  # "won the best director prize for X": the category named before the prize, the work after it (not
        # "the best actress award for Ines Moll", the one it went to)
    if award_named(toks, j) and not _category_after(toks, start):
        return "WORK"  # "won an Oscar for X", "a Bafta for X", "picked up two Grammys for X"
    if j >= 3 and toks[j].lower_ == "year" and toks[j - 1].lower_ == "the" and toks[j - 2].lower_ == "of":
        j -= 3
    if j > 0 and toks[j - 1].lower_ == "best" and toks[j].pos_ == "NOUN" and toks[j].is_lower \
            and lex.is_person_noun(toks[j].lemma_.lower()) and not _category_after(toks, start):
        return "WORK"  # "won best actress for X", "best director for X": the work the part or the job was in
    return "WORK" if _work_noun(toks[j], lex) and (j != i - 1 or (j > 0 and toks[j - 1].lower_ == "best")) else None


def _before_when_and_where(toks: list[Token], j: int) -> int:
    """The token before the phrases of time and place that end at `j` ("... prize [at the X Festival] [in 2018]"): the
    thing "for" follows, when those phrases stand between (else `j` itself)."""
    for _ in range(3):
        if j >= 2 and toks[j].like_num and toks[j - 1].lower_ in ("in", "of"):
            j -= 2
            continue
        if (day := _day_phrase_start(toks, j)) is not None:
            j = day - 1  # "won the X Prize on Wednesday night for Y"
            continue
        if j >= 2 and toks[j].lower_ in AWARD_CATEGORY_WORDS and toks[j].is_title and toks[j - 1].lower_ == "for" \
                and toks[j - 2].lower_ in AWARD_HEADS and toks[j - 2].is_title:
            j -= 2  # "the X Prize for Fiction [...] for Y": the prize's category, named in its name
            continue
        at = next((k for k in range(j - 1, max(j - 7, 0), -1) if toks[k].lower_ in ("at", "in")), None)
        if at is None or at < 1 or not all(t.is_title or t.lower_ in ("the", "of", "and", "&") for t in toks[at + 1 : j + 1]) \
                or not toks[j].is_title:
            break
        j = at - 1
    return j


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _day_phrase_start(toks: list[Token], j: int) -> int | None:
    """Where a day phrase ending at j starts ("on Wednesday", "on Wednesday night", "last night"), else None."""
    k = j - 1 if toks[j].lower_ in DAY_PARTS else j
    if k >= 1 and toks[k].lower_ in WEEKDAYS and toks[k - 1].lower_ == "on":
        return k - 1
    if k >= 0 and toks[k].lower_ in WEEKDAYS:
        return k  # "on Wednesday" without its "on" is rarer ("won it Wednesday night")
    if k == j - 1 and k >= 0 and toks[k].lower_ in ("last", "yesterday"):
        return k
    return None


def _owned_loose_work_noun(tok: Token, lex: EntityLexicon) -> bool:
    """"her debut", "the band's new record", "their latest show": a work noun too loose alone (`LOOSE_WORK_NOUNS`)
    that a possessive owns."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and tok.is_lower and lemma in LOOSE_WORK_NOUNS and lex.type_of_noun.get(lemma) == "WORK" \
        and any(c.dep_ == "poss" for c in children_of(tok))


def _counted_work(toks: list[Token], i: int, lex: EntityLexicon) -> bool:
    """The ordinal at i ("The second", "Its fourth", "the second of which") stands for one of the works counted just
    before: a work noun in its own sentence or the one before ("Her first film, X, ... The second, Y,"), not one of
    someone's children ("two daughters. The second, Ann Lee,")."""
    if i >= 2 and toks[i].lower_ in ("which", "them") and toks[i - 1].lower_ == "of":
        i -= 2
    if i < 1 or toks[i].lower_ not in ORDINAL_WORKS or toks[i - 1].tag_ not in ("PRP$", "DT"):
        return False
    sent = toks[i].sent
    before = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.pos_ == "NOUN" and t.is_lower and lex.type_of_noun.get(t.lemma_.lower()) == "WORK" for t in toks[before : i])


def award_named(toks: list[Token], j: int) -> bool:
    """A prize named by one capitalised word after "a" / "an" or a number: "an Oscar", "a Bafta", "two Grammys" (no one's
    name: nobody is "a Smith" for something)."""
    return j >= 1 and toks[j].pos_ in ("PROPN", "NOUN") and toks[j].is_title and not toks[j].is_sent_start and toks[j].is_alpha \
        and (toks[j - 1].lower_ in ("a", "an") or (toks[j - 1].pos_ == "NUM" and toks[j - 1].dep_ == "nummod"))


PART_NOUNS = frozenset({"role", "performance", "turn", "portrayal", "part"})  # a part played in a work
# a shortlist or a nomination: "beat five other writers on the shortlist, among them A, the favourite for X, and B for
# Y", "the nominees are A for X and B for Y" (the one up for it, or "the favourite", right before "for")
LIST_WORDS = frozenset({"shortlist", "longlist", "short-list", "long-list", "nominate", "nomination", "nominee", "finalist"})
FAVOURITE_NOUNS = frozenset({"favourite", "favorite", "frontrunner", "front-runner"})


def _prize_won_with(doc: Doc, toks: list[Token], i: int, start: int, lex: EntityLexicon) -> bool:
    """"took the prize in 2016 with X", "won the Hallam Medal with X": the title a prize or a medal was won with, the
    "with" at i (not a person's name, nor a side's: "won the trophy with Barlow Rovers")."""
    j = _before_when_and_where(toks, i - 1)
    return toks[j].lower_ in AWARD_HEADS and toks[j].lower_ != "trophy" and not _club_after(toks, start) \
        and not any(person_shaped(doc[start : start + n], lex) for n in (2, 3) if start + n <= len(doc))


def _person_before(doc: Doc, j: int, lex: EntityLexicon) -> bool:
    """A person's name ends at j ("... and the Canadian Agnes Rell for"): tagged a person, or person-shaped."""
    if doc[j].ent_type_ == "PERSON" and doc[j].pos_ == "PROPN":
        return True
    return doc[j].is_title and any(all((t.pos_ == "PROPN" and t.is_title) or t.text == "-" for t in doc[k : j + 1])
                                   and person_shaped(doc[k : j + 1], lex) for k in range(max(j - 4, 0), j))


GIVING_LEMMAS = frozenset({"go", "award", "present", "hand", "give"})  # "the prize went / was awarded to X"


def _prize_given_to(doc: Doc, j: int, lex: EntityLexicon) -> bool:
    """A person's name ends at j in the "to" phrase of a prize given: "went to Ann Lee", "was awarded to the veteran Ann Lee"."""
    if not _person_before(doc, j, lex):
        return False
    k = j
    while k > 0 and j - k < 6 and doc[k - 1].lower_ != "to" and (doc[k - 1].pos_ in ("PROPN", "DET", "ADJ", "NOUN")
                                                                 or doc[k - 1].text == "-" or _nouns_joined(doc, k - 1)):
        k -= 1  # (the name, and a description before it: "the Danish director", "the poet and novelist"; "Awbery-Price")
    to = doc[k - 1] if k > 0 else None
    return to is not None and to.lower_ == "to" and to.head.lemma_.lower() in GIVING_LEMMAS


def _nouns_joined(doc: Doc, i: int) -> bool:
    """The "and" at i joins two lower-case nouns of one description: "the poet and novelist"."""
    return 0 < i < len(doc) - 1 and doc[i].lower_ == "and" and all(t.pos_ == "NOUN" and t.is_lower for t in (doc[i - 1], doc[i + 1]))


CATEGORY_KINDS = frozenset({"WORK", "ORG", "PRODUCT"})  # kinds of winner a prize's category may name, beside a person


def prize_recipient(root: Token, lex: EntityLexicon) -> str | None:
    """The kind of the winner a prize "went to" (or "was awarded / presented / given to", or someone "handed" it to), told
    by the category after "best": a person for a person noun ("Best director went to X", "the best actress award was
    presented to X"), a work for a work noun ("Best documentary went to X"), a body for a body's ("best group")."""
    if root.dep_ != "pobj" or root.head.lower_ != "to" or root.head.head.lemma_.lower() not in GIVING_LEMMAS:
        return None
    verb = root.head.head
    for prize in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN")):
        for best in (t for t in prize.subtree if t.lower_ == "best" and t.i < prize.i + 1):
            noun = next((t for t in prize.doc[best.i + 1 : min(best.i + 4, prize.i + 1)] if t.pos_ == "NOUN"), None)
            if noun is None:
                continue
            lemma = noun.lemma_.lower()
            if lex.is_person_noun(lemma):
                return "PERSON"
            kind = lex.type_of_noun.get(lemma)
            return kind if kind in CATEGORY_KINDS else None
    return None


def _club_after(toks: list[Token], start: int) -> bool:
    """A side after "for": "went to Tom Gale for Barlow Rovers" (the club played for, no title)."""
    i = start
    while i + 1 < len(toks) and i - start < 4 and toks[i + 1].is_title:
        i += 1
    return toks[i].lower_ in CLUB_LAST_WORDS


def _listed_contest(tok: Token) -> bool:
    """A word of a shortlist or a nomination in the sentence before `tok`."""
    return any(t.lemma_.lower() in LIST_WORDS or t.lower_ in LIST_WORDS for t in tok.doc[tok.sent.start : tok.i])



def _part_played(toks: list[Token], i: int) -> bool:
    """The "in" at i closes a part someone played: "her role in", "his performance as a grieving widow in"
    (a possessive before the part noun; up to six words of the character between)."""
    j = i - 1
    while j > 0 and i - j <= 7 and toks[j].lower_ not in PART_NOUNS and toks[j].text not in (",", ".", ";"):
        j -= 1
    if j <= 0 or toks[j].lower_ not in PART_NOUNS or toks[j].pos_ != "NOUN":
        return False
    between = [t.lower_ for t in toks[j + 1 : i]]
    return (not between or between[0] in ("as", "of")) and toks[j - 1].tag_ == "PRP$"


def _category_after(toks: list[Token], start: int) -> bool:
    """A prize's category rather than a work after its "for": "for Fiction", "for Best Actress"."""
    i = start
    while i < len(toks) and i - start < 8 and (toks[i].is_title or toks[i].lower_ in SMALL_TITLE_WORDS):
        if toks[i].lower_ in AWARD_CATEGORY_WORDS:
            return True
        i += 1
    return i - start < 2  # a single word is a category ("for Poetry") as often as a title


def work_position(doc: Doc, start: int, lex: EntityLexicon) -> bool:
    """A title in a work position (see `title_position`)."""
    return title_position(doc, start, lex) == "WORK"


def _product_code(text: str) -> bool:
    """"KX-441", "A320", "QX-480": capitals and digits, a model's or a drug's code."""
    return 2 <= len(text) <= 10 and text[0].isupper() and any(c.isdigit() for c in text) and text.replace("-", "").isalnum() \
        and not text.replace("-", "").isdigit()


def _title_run(doc: Doc, start: int) -> int:
    """End of a capitalised title starting at `start` ("A House in Bukhara"), small words inside.
    Without a comma before it, a preposition other than "of" ends it ("the film X in Toronto.")
    unless a verb follows the whole title ("the play A Autumn in Corvo opens")."""
    toks, texts, lowers = tokens(doc), strings(doc, "text"), strings(doc, "lower")
    n = len(toks)
    apposed = start > 0 and texts[start - 1] == ","  # ("her debut album, Midnight in Montmartre,": a time word may open it)

    def title(i: int) -> bool:  # (spaCy's is_title and is_alpha are str.istitle and str.isalpha of the text)
        return i < n and texts[i].istitle() and texts[i].isalpha() and (toks[i].ent_type_ not in NOT_TITLES or (apposed and i == start))

    def small_then_title(i: int) -> bool:  # "in the Rain", "at the Mill": small words, then a capitalised one
        return lowers[i] in SMALL_TITLE_WORDS and (title(i + 1) or (i + 2 < n and lowers[i + 1] in TITLE_JOINERS and title(i + 2)))

    def possessive_inside(i: int) -> bool:  # "Dorrigall's Daughters", "The Lacemaker's Wife", "The Lamplighters' Strike": a
        # possessive, a capital after it
        plural = texts[i] in ("'", "’") and toks[i].tag_ == "POS"
        return i > start and (lowers[i] in TITLE_POSSESSIVES or plural) and title(i - 1) and title(i + 1)

    def hyphen_inside(i: int) -> bool:  # "The Oar-Mender's Psalm": a hyphened word, capitals on both sides, no space around
        return i > start and texts[i] == "-" and not toks[i - 1].whitespace_ and not toks[i].whitespace_ and title(i - 1) and title(i + 1)

    end, cut = start, 0
    while end < n and end - start < 8:
        if title(end) or (end > start and small_then_title(end)) or possessive_inside(end) or hyphen_inside(end):
            if not cut and lowers[end] in SMALL_TITLE_WORDS and lowers[end] not in TITLE_JOINERS:
                cut = end
            end += 1
        else:
            break
    closed = (start > 0 and texts[start - 1] == ",") or (end < n and toks[end].pos_ in ("VERB", "AUX"))
    ends_sentence = end < n and texts[end] in (".", "!", "?") and (end + 1 == n or toks[end + 1].is_space or toks[end + 1].is_sent_start) \
        and not any(
        toks[k].ent_type_ in ENDING_NAME_TYPES for k in range(cut, end))  # "her collection Field Notes on Rain.": no place or person after
    # the small word ("the film X in Toronto.")
    return end if closed or not cut or ends_sentence or _told_whole_again(doc, start, end) else cut


def _the_owner_title(doc: Doc, start: int, lex: EntityLexicon) -> str | None:
    """"won the prize with The Cartwright's Psalm", "The Oar-Mender's Psalm follows three generations": "The" capitalised
    inside a sentence (or opening a clause after a comma), a capitalised owner and "'s", then a capitalised thing that is
    no one's name -- a title (not "The Guardian's Jane Doe", a reporter named by her paper)."""
    toks = tokens(doc)
    if toks[start].text != "The" or start == 0 or toks[start].is_sent_start or toks[start - 1].text in ('"', "“", "‘", ":", "—", "-"):
        return None
    end = _title_run(doc, start)
    owned = next((k + 1 for k in range(start + 2, end - 1) if toks[k].lower_ in TITLE_POSSESSIVES), None)
    if owned is None or person_shaped(doc[owned:end], lex) or any(toks[k].ent_type_ == "PERSON" for k in range(owned, end)):
        return None
    return "WORK"


def _told_whole_again(doc: Doc, start: int, end: int) -> bool:
    """The whole run, small word and all, stands again elsewhere in the text ("won the prize for Nine Winters at Maplestead
    ... Nine Winters at Maplestead took fifteen years"): one title, not a title and a place."""
    text = doc_text(doc)
    whole = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    return text.count(whole) > 1


def unquoted_works(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """A capitalised title in a work position is one WORK span, whatever NER made of its words
    ("Her fourth novel, A House in Bukhara, was published": not "House" and "Bukhara").
    Not a person's name ("the film Jane Doe directed"), not a date ("the album Monday")."""
    toks = tokens(doc)
    found: list[NameSpan] = []
    resume = 0
    for tok in capital_tokens(doc):
        start = tok.i
        if start < resume:
            continue
        position = title_position(doc, start, lex) or _the_owner_title(doc, start, lex)
        if position is None and tok.is_title and (model := _model_before_product_noun(doc, start, lex)):
            found.append(NameSpan(start, model, "PRODUCT", "PRODUCT", False))
            resume = model
            continue
        if position == "PRODUCT" and _product_code(tok.text):
            end = start + 1  # "its asthma drug, KX-441,"
        elif not tok.is_title:
            continue
        else:
            end = _title_run(doc, start)
            if position == "PRODUCT" and start < end < len(doc) and toks[end].text.isdigit() and len(toks[end]) <= 4:
                end += 1  # "the Orbis 2": a model's number is part of its name
        if end == start or not (position or _made_participle_after(doc, start, end)):
            continue
        end = next((k for k in range(start + 1, end - 2) if toks[k].lower_ == "and" and person_shaped(doc[k + 1 : k + 3], lex)), end)
        # ("A for X and B for Y": the title ends before "and" and the next nominee's name)
        words = doc[start:end]
        if person_shaped(words, lex):
            continue
        if toks[start - 1].text in (",", "the") and not (end < len(doc) and toks[end].text in (",", ".", ";", ")")):
            continue  # "the film, Jane Doe said": an apposition is closed
        label = position or "WORK"
        found.append(NameSpan(start, end, label, label, end < len(doc) and toks[end].tag_ == "POS"))
        resume = end
    if not found:
        return spans
    taken = bytearray(len(doc))
    for s in found:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    kept = []
    for s in spans:
        if any(taken[s.start : s.end]) and not _cut_before_for(toks, s, taken):
            continue  # a name inside the title ("House" of "A House in Bukhara")
        kept.append(s)
    return kept + found


def _cut_before_for(toks: list[Token], span: NameSpan, taken: bytearray) -> bool:
    """"the Dastellan Prize for The Autumn Gate", "A for X" (a nominee): the span ends before the "for" of the work."""
    end = span.start
    while end < span.end and not taken[end]:
        end += 1
    if end - span.start < 2 or toks[end - 1].lower_ != "for":
        return False
    if award_named(toks, end - 2) and end - 2 == span.start:
        span.end = end - 1  # "an Oscar for X": the prize alone
        span.label = span.ner_label = "EVENT"
        return True
    if toks[end - 2].lower_ not in AWARD_HEADS:  # (or "the shortlist includes (the Danish) A for X": a person's name before
        # the "for" of the title: the span is that name)
        start = next((k for k in range(span.start, end - 2) if person_shaped(toks[0].doc[k : end - 1], lexicon())), None)
        if start is None:
            return False
        span.start = start
    span.end = end - 1
    return True


def _made_participle_after(doc: Doc, start: int, end: int) -> bool:
    """A title of two words or more followed by a participle said of made things, after a comma
    ("The Glass Orchard, published in 2007,") or after "was" ("Malt Lines was shortlisted")."""
    toks = tokens(doc)
    if end - start < 2 or end + 1 >= len(doc) or span_root(doc, start, end).ent_type_ in ("PERSON", "ORG", "GPE", "DATE"):
        return False
    nxt = end + 1 if toks[end].text == "," or toks[end].lemma_ == "be" else end
    return nxt > end and toks[nxt].tag_ == "VBN" and toks[nxt].lemma_.lower() in MADE_VERBS | HONOURED_VERBS


def work_cue(doc: Doc, span: NameSpan, lex: EntityLexicon) -> float:
    """A strong vote for the span's own label when it is a work or a product in its position."""
    return WORK_VOTE if span.label in ("WORK", "PRODUCT") and title_position(doc, span.start, lex) == span.label else 0.0


def model_cue(doc: Doc, span: NameSpan, lex: EntityLexicon) -> float:
    """A strong PRODUCT vote for a model's name right before a product noun ("its Beacon 2 speaker", "unveiled the Vista
    hatchback"), whatever NER made of it."""
    return WORK_VOTE if span.end - span.start <= 3 and _model_before_product_noun(doc, span.start, lex) == span.end else 0.0


# Verbs that put a thing on the market: what they take as object (or passive subject) is launched, no one's name.
LAUNCHED_THING_VERBS = frozenset({"launch", "unveil", "debut", "roll"})  # ("roll" with its "out")
SHOWN_TO_PEOPLE = frozenset({"supporter", "fan", "media", "press", "public", "crowd", "reporter", "journalist", "staff", "player", "member"})


def launched_thing(root: Token) -> bool:
    """The name is what a firm launches: the object of "launched / unveiled / debuted / rolled out X" or the subject of
    "X was launched / unveiled" (a product, a service, a craft). Not a person: a club unveils a player "as" its signing,
    an actor is launched "into" stardom, a person launches a bid "against" someone, and a new coach is unveiled "to
    supporters"."""
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or lemma not in LAUNCHED_THING_VERBS:
        return False
    if root.dep_ == "nsubjpass" and lemma not in ("launch", "unveil"):
        return False
    if lemma == "roll" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)):
        return False
    return not any(c.dep_ == "prep" and (c.lower_ in ("as", "into", "against") or (c.lower_ == "to" and any(
        g.lemma_.lower() in SHOWN_TO_PEOPLE for g in children_of(c)))) for c in children_of(verb))  # ("unveiled to supporters")


PRIZE_METALS = frozenset({"golden", "silver", "bronze", "crystal", "platinum"})
PRIZE_TAKING_VERBS = frozenset({"win", "take", "receive", "collect", "scoop", "share", "present", "award", "give", "hand"})


def _metal_prize_won(toks: list[Token], span: NameSpan) -> bool:
    """"won the Golden Osprey for best film", "was awarded the Silver Heron": a prize named "golden" or "silver" something
    (a festival's bear or lion), told as won or given.  Every mention of it is the prize, none a person."""
    if span.end - span.start != 2 or toks[span.start].lower_ not in PRIZE_METALS or not toks[span.end - 1].is_title:
        return False
    root = toks[span.end - 1]
    if span.end + 1 < len(toks) and toks[span.end].lower_ == "for" and toks[span.end + 1].lower_ in ("best", "the", "his", "her", "their"):
        return True
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PRIZE_TAKING_VERBS


def is_award(toks: list[Token], span: NameSpan) -> bool:
    if span.end - span.start < 2:
        return False
    if toks[span.end - 1].lower_ == "games":
        return _games_event(toks, span)
    if toks[span.end - 1].lower_ in AWARD_WORDS:
        return True
    return span.end - span.start >= 3 and any(
        toks[i].lower_ in AWARD_HEADS and toks[i + 1].lower_ in ("for", "of") for i in range(span.start + 1, span.end - 1))


GAMES_WORDS = frozenset({"olympic", "olympics", "paralympic", "commonwealth", "asian", "pan", "world", "youth", "invictus",
                         "highland", "island", "european", "african", "mediterranean", "arctic", "winter", "summer", "x"})


def _games_event(toks: list[Token], span: NameSpan) -> bool:
    """"the Commonwealth Games", "the 2022 Asian Games", "at Olympic Games": a sporting event; "left Pellucid Games", "Riot
    Games said": a firm named for what it makes, written without "the"."""
    before = toks[span.start - 1] if span.start > 0 else None
    return (before is not None and (before.lower_ == "the" or before.like_num)) or toks[span.start].like_num \
        or any(t.lower_ in GAMES_WORDS for t in toks[span.start : span.end - 1])


def missed_awards(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"won two Harbour Light Awards": capitalised words closed by an award word, NER saw nothing."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    for tok in capital_tokens(doc):
        i = tok.i
        if tok.lower_ not in AWARD_WORDS or owner[i] >= 0 or not tok.is_title:
            continue
        start = i
        while start > 0 and i - start < 4 and owner[start - 1] < 0 and toks[start - 1].is_title and toks[start - 1].is_alpha \
                and not toks[start - 1].is_sent_start and toks[start - 1].ent_type_ not in NOT_TITLES:
            start -= 1
        if start < i:
            out.append(NameSpan(start, i + 1, "EVENT", "EVENT", i + 1 < len(doc) and toks[i + 1].tag_ == "POS"))
    for tok in capital_tokens(doc):  # "won the Golden Pelican for best film": the prize, NER saw nothing
        i = tok.i
        if tok.lower_ in PRIZE_METALS and tok.is_title and i + 1 < len(doc) and owner[i] < 0 and owner[i + 1] < 0 \
                and toks[i + 1].is_title and toks[i + 1].is_alpha and _metal_prize_won(toks, NameSpan(i, i + 2, "EVENT", "")):
            out.append(NameSpan(i, i + 2, "EVENT", "EVENT", i + 2 < len(doc) and toks[i + 2].tag_ == "POS"))
    return out


PLURAL_POSSESSIVES = frozenset({"'", "’"})
WORK_OWNER_REACH = 3  # words between the possessive and the work noun: "the Thimbles' long-awaited debut single"


def missed_work_owners(doc: Doc, spans: list[NameSpan], lex: EntityLexicon) -> list[NameSpan]:
    """"Flint Ravens' second album", "The Bright Hollows' debut single": a capitalised plural NER saw nothing in,
    owning a record, a tour or a book, is a band (no family owns an album)."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    n = len(doc)
    for tok in capital_tokens(doc):
        i = tok.i
        if i + 2 >= n or toks[i + 1].text not in PLURAL_POSSESSIVES or owner[i] >= 0 or not tok.is_title or not tok.is_alpha \
                or not tok.lower_.endswith("s"):
            continue
        k = i + 2
        while k < n and k - i - 2 < WORK_OWNER_REACH and toks[k].is_lower and lex.type_of_noun.get(toks[k].lemma_.lower()) != "WORK":
            k += 1
        if k >= n or not toks[k].is_lower or lex.type_of_noun.get(toks[k].lemma_.lower()) != "WORK":
            continue
        start = i
        while start > 0 and i - start < 3 and owner[start - 1] < 0 and toks[start - 1].is_title and toks[start - 1].is_alpha \
                and toks[start - 1].text not in TITLE_ARTICLE_WORDS:
            start -= 1
        if start < i or not is_dictionary_word(tok.lower_[:-1]):  # (one word: "Ravens'" of a dictionary word is a band)
            out.append(NameSpan(start, i + 1, "ORG", "ORG", True))
    return out


TITLE_ARTICLE_WORDS = frozenset({"The", "A", "An"})
SQUAD_WORDS = frozenset({"women", "ladies"})  # "Galder Vale Women have appointed X": a side's women's team, whatever it does


def missed_clubs(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """"signed for FK Novi Brod", "of Team Grarambee Cycling": club initials in capitals, or "Team"
    inside a sentence, and capitalised words NER saw nothing in."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    out: list[NameSpan] = []
    for tok in capital_tokens(doc):
        i = tok.i
        team = tok.text == "Team" and not tok.is_sent_start
        if owner[i] >= 0 or not (team or (tok.is_upper and 2 <= len(tok) <= 4 and tok.lower_ in CLUB_INITIALS)):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and owner[end] < 0 and toks[end].is_title and toks[end].is_alpha \
                and toks[end].ent_type_ not in NOT_TITLES:
            end += 1
        if end > i + 1:
            out.append(NameSpan(i, end, "ORG", "ORG", end < len(doc) and toks[end].tag_ == "POS"))
    for tok in capital_tokens(doc):  # "Galder Vale beat Felling Town 2-0", "Kelby Town lifted the trophy": a side named for a town
        i = tok.i
        if owner[i] >= 0 or (i > 0 and owner[i - 1] < 0 and toks[i - 1].is_title) or any(s.start <= i < s.end for s in out):
            continue
        end = i + 1
        while end < len(doc) and end - i <= 3 and owner[end] < 0 and toks[end].is_title and toks[end].is_alpha:
            end += 1
        if end - i >= 2 and toks[end - 1].lower_ in CLUB_LAST_WORDS and (a_side(toks[end - 1]) or toks[end - 1].lower_ in SQUAD_WORDS):
            out.append(NameSpan(i, end, "ORG", "ORG", end < len(doc) and toks[end].tag_ == "POS"))
    return out



def finish_awards(doc: Doc, spans: list[NameSpan]) -> None:
    """An award, prize or ceremony is an EVENT, never a person or an organisation; capitalised
    words NER left before it belong to it ("three Golden Lyre Awards")."""
    toks = tokens(doc)
    owner = span_owners(doc, spans)
    won = {span.key(doc) for span in spans if _metal_prize_won(toks, span)}
    for span in spans:
        if not is_award(toks, span) and span.key(doc) not in won:
            continue
        span.label = "ORG" if toks[span.end - 1].lower_ in BODY_AWARD_WORDS else "EVENT"
        while span.start > 0 and owner[span.start - 1] < 0 and toks[span.start - 1].is_title \
                and toks[span.start - 1].is_alpha and not toks[span.start - 1].is_sent_start:
            span.start -= 1
