"""Word lists of the entities layer, read once from `data/entities_lexicon.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .first_names import is_first_name


@dataclass(frozen=True, slots=True)
class EntityLexicon:
    female_nouns: frozenset[str]
    male_nouns: frozenset[str]
    person_nouns: frozenset[str]
    crowd_nouns: frozenset[str]  # people spoken of as a crowd or unnamed: sources, fans, officials
    bystander_nouns: frozenset[str]  # often someone not yet named: "the victim" is not the one person in view
    relation_of: dict[str, str]  # noun -> relation class (spouse, partner, parent, child, sibling)
    symmetric_relations: frozenset[str]
    group_nouns: frozenset[str]
    type_of_noun: dict[str, str]  # "company" -> ORG, "film" -> WORK, ...
    generic_type_nouns: frozenset[str]  # may point to any entity of their type, not only one so named
    org_possessed_nouns: frozenset[str]  # "X's president", "X's shares": X is an organisation
    org_suffixes: frozenset[str]
    org_suffix_surnames: frozenset[str]  # suffixes that are also surnames: "Heather Mills" is a person
    org_kind_of_word: dict[str, str]  # "fc" -> "sport", "banco" -> "bank": what kind of organisation a name word says
    type_noun_kinds: dict[str, str]  # "club" -> "sport", "company" -> "commercial"
    commercial_kinds: frozenset[str]  # kinds "the company" / "the firm" may point to
    org_clause_verbs: frozenset[str]  # "X cut 200 jobs", "X posted a loss", "X merged": X is an organisation
    org_clause_objects: frozenset[str]  # ... when the object is one of these (verbs that take no object need none)
    org_holder_nouns: frozenset[str]  # "shares in X", "a stake in X"
    place_of_nouns: frozenset[str]  # "the mayor of X", "the town of X": X is a place
    locative_heads: frozenset[str]  # "born in X", "a warehouse in X", "a nurse from X": X is a place
    place_prefixes: frozenset[str]  # "Port X", "Santa X", "Lake X": a place, whatever the second word
    street_words: frozenset[str]  # "of Castle Road, X": the last word of a street's name in an address
    town_named_heads: frozenset[str]  # "the X Echo", "X Magistrates' Court", "X Police": X is the town, not the body
    name_articles: frozenset[str]  # "Le Monde", "Der Spiegel", "El País": another language's article opens no person's name
    org_prefixes: frozenset[str]  # "Banco X", "Olympique X", "CD X": the first word names an organisation
    either_kind_nouns: frozenset[str]  # "the broadcaster X", "the promoter, X": a person or a company, as the name looks
    person_or_firm_nouns: frozenset[str]  # "X, a Chilean producer,": a person's trade, or a company's when the name is no person's
    fac_suffixes: frozenset[str]  # "Narrick House", "Elm Park Quarry": a building or site, not a person
    person_verbs: frozenset[str]
    person_passive_verbs: frozenset[str]  # "X was hired / arrested": done to people only (a firm is acquired)
    speech_verbs: frozenset[str]
    outlet_verbs: frozenset[str]  # "told The X", "The X reported"
    non_speaking_labels: frozenset[str]
    titles: dict[str, str | None]  # "mrs." -> "female"
    title_adjectives: frozenset[str]  # "the former minister" is still "the minister"
    time_units: frozenset[str]
    # lemma -> `is_person_noun`, asked of the same few thousand words again and again (kept under a bound)
    _person_memo: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def noun_gender(self, lemma: str) -> str | None:
        if lemma in self.female_nouns:
            return "female"
        if lemma in self.male_nouns:
            return "male"
        return None

    def is_person_noun(self, lemma: str) -> bool:
        found = self._person_memo.get(lemma)
        if found is None:
            if len(self._person_memo) > PERSON_MEMO_SIZE:
                self._person_memo.clear()
            found = self._person_memo[lemma] = self._is_person_noun(lemma)
        return found

    def _is_person_noun(self, lemma: str) -> bool:
        return lemma in self.person_nouns or lemma in self.female_nouns or lemma in self.male_nouns or _occupation_shaped(lemma) \
            or self._closed_compound(lemma)

    def _closed_compound(self, lemma: str) -> bool:
        """"schoolteacher", "steelworker", "shopkeeper": a word written as one that ends in a person noun of
        five letters or more after three letters or more of its own."""
        return lemma.isalpha() and any(lemma[i:] in self.person_nouns for i in range(3, len(lemma) - 4))


PERSON_MEMO_SIZE = 50_000
NOT_PEOPLE_IST = frozenset({"exist", "insist", "assist", "resist", "persist", "consist", "subsist", "desist", "whilst", "amidst",
                            "schist", "twist", "wrist", "heist", "tryst"})


def _occupation_shaped(lemma: str) -> bool:
    """"anaesthetist", "radiologist", "pharmacist", "electrician", "statistician": the suffixes of a
    person's trade or calling (not "exist", "insist", nor a "-list" such as "shortlist")."""
    return len(lemma) > 5 and lemma.isalpha() and (lemma.endswith("ician") or (
        lemma.endswith("ist") and not lemma.endswith(("list", "qvist", "kvist")) and lemma not in NOT_PEOPLE_IST))
    # (nor the Swedish surnames "Ljungqvist", "Blomkvist")


@lru_cache(maxsize=1)
def lexicon() -> EntityLexicon:
    raw = json.loads(resources.files("dateline.extract").joinpath("data/entities_lexicon.json").read_text("utf-8"))
    relation_of = {noun: rel for rel, nouns in raw["relation_nouns"].items() for noun in nouns}
    type_of_noun = {noun: label for label, nouns in raw["type_nouns"].items() for noun in nouns}
    return EntityLexicon(
        female_nouns=frozenset(raw["gendered_nouns"]["female"]),
        male_nouns=frozenset(raw["gendered_nouns"]["male"]),
        person_nouns=frozenset(raw["person_nouns"]),
        crowd_nouns=frozenset(raw["crowd_nouns"]),
        bystander_nouns=frozenset(raw["bystander_nouns"]),
        relation_of=relation_of,
        symmetric_relations=frozenset(raw["symmetric_relations"]),
        group_nouns=frozenset(raw["group_nouns"]),
        type_of_noun=type_of_noun,
        generic_type_nouns=frozenset(raw["generic_type_nouns"]),
        org_possessed_nouns=frozenset(raw["org_possessed_nouns"]),
        org_suffixes=frozenset(raw["org_suffixes"]),
        org_suffix_surnames=frozenset(raw["org_suffix_surnames"]),
        org_prefixes=frozenset(raw["org_prefixes"]),
        either_kind_nouns=frozenset(raw["either_kind_nouns"]),
        person_or_firm_nouns=frozenset(raw["person_or_firm_nouns"]),
        place_prefixes=frozenset(raw["place_prefixes"]),
        town_named_heads=frozenset(raw["town_named_heads"]),
        street_words=frozenset(raw["street_words"]),
        name_articles=frozenset(raw["name_articles"]),
        place_of_nouns=frozenset(raw["place_of_nouns"]),
        org_clause_verbs=frozenset(raw["org_clause_verbs"]),
        org_clause_objects=frozenset(raw["org_clause_objects"]),
        org_holder_nouns=frozenset(raw["org_holder_nouns"]),
        org_kind_of_word={w: kind for kind, words in raw["org_kind_words"].items() for w in words},
        type_noun_kinds=dict(raw["type_noun_kinds"]),
        commercial_kinds=frozenset(raw["commercial_kinds"]),
        locative_heads=frozenset(raw["locative_heads"]),
        fac_suffixes=frozenset(raw["fac_suffixes"]),
        person_verbs=frozenset(raw["person_verbs"]),
        person_passive_verbs=frozenset(raw["person_passive_verbs"]),
        speech_verbs=frozenset(raw["speech_verbs"]),
        outlet_verbs=frozenset(raw["outlet_verbs"]),
        non_speaking_labels=frozenset(raw["non_speaking_labels"]),
        titles=dict(raw["titles"]),
        title_adjectives=frozenset(raw["title_adjectives"]),
        time_units=frozenset(raw["time_units"]),
    )


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case English lemmas (nouns, verbs, adjectives, adverbs) from the lookup tables the
    spaCy pipeline's rule lemmatizer ships with: "freight", "pharma", "mill" are dictionary
    words; most surnames ("Anyanwu", "Ditaker") are not.  Empty when the pipeline has none."""
    from ..nlp import load, stock_lemmatizer

    try:
        index = stock_lemmatizer(load()).lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in index:
            words.update(w for w in index[pos] if "_" not in w)
    return frozenset(words)


def is_dictionary_word(word: str, lemma: str = "") -> bool:
    words = dictionary_words()
    low = word.lower()
    return low in words or (bool(lemma) and lemma.lower() in words)


# Nouns that name a person by nationality ("the Spaniard", "Briton X"); adjectives ("the Italian")
# are recognised by NER's NORP label instead.
DEMONYM_NOUNS = frozenset({"briton", "spaniard", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "dane", "swede",
                           "finn", "pole", "scot", "welshman", "welshwoman", "irishman", "irishwoman", "englishman",
                           "englishwoman", "kiwi", "aussie", "argentine", "filipino", "filipina", "czech", "slovak",
                           "swiss", "turk", "greek", "norwegian", "portuguese", "brazilian", "italian", "german",
                           "american", "australian", "canadian", "mexican", "chilean", "colombian", "peruvian",
                           "russian", "ukrainian", "serb", "croat", "bosnian", "romanian", "bulgarian", "hungarian",
                           "austrian", "belgian", "nigerian", "ghanaian", "kenyan", "egyptian", "moroccan", "algerian",
                           "tunisian", "senegalese", "cameroonian", "ivorian", "japanese", "chinese", "korean",
                           "indian", "pakistani", "iranian", "israeli", "georgian", "icelander", "latvian", "lithuanian",
                           "estonian", "uruguayan", "venezuelan", "ecuadorian", "cuban", "jamaican", "south african"})


OPENING_QUOTES = frozenset({'"', "“"})  # the marks a nickname is set in ('Wilhelmina "Billie" Trevannion')
CLOSING_QUOTES = frozenset({'"', "”"})


def is_demonym(tok: Token) -> bool:
    """A word naming a person's nationality: NER's NORP, or a nationality noun it mislabels."""
    return tok.ent_type_ == "NORP" or tok.lower_ in DEMONYM_NOUNS


def aged_demonym(tok: Token) -> bool:
    """"The 33-year-old Brevonian, who ...": a word shaped as a nationality ("-ian", "-ean", "-ese") that no lexicon
    knows, right after an age, and no given name -- a description of a person, not a name."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "old" and tok.text[:1].isupper() and len(tok.text) > 5 \
        and tok.lower_.endswith(("ian", "ean", "ese")) and not is_first_name(tok.text)


TITLE_PREFIXES = ("vice", "co", "deputy")


def title_head(words: list[str]) -> str:
    """The word a post title is headed by: "head of research" -> "head" (the word before "of"), "head coach" -> "coach"."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def title_stem(word: str) -> str:
    """"vice-chancellor" -> "chancellor", "co-chair" -> "chair": the post a prefixed title is a kind of."""
    prefix, dash, stem = word.partition("-")
    return stem if dash and prefix in TITLE_PREFIXES else word
