"""Couples named through a spouse noun: "his wife, Bernadette", "X's husband, Y", "her partner Y".

News often introduces a spouse this way instead of coordinating the two names; a later "the
couple" or "they" then stands for both.  Only a spouse noun whose possessor and whose own
mention are two different people known to the entities stage makes a pair.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Doc, Token

from ..model import Entity
from ..nlp import children_of, strings, tokens

SPOUSE_NOUNS = ("wife", "husband", "spouse", "partner", "fiancée", "fiancee", "fiancé", "fiance", "girlfriend", "boyfriend")
SPOUSE_SET = frozenset(SPOUSE_NOUNS)


class EntityLookup(Protocol):
    def of(self, token: Token) -> Entity | None: ...

COUPLE_VERBS = frozenset({"marry", "wed", "meet", "divorce", "split", "separate", "engage", "date", "introduce"})  # what a couple does
KIN_GROUP_NOUNS = frozenset({"twins", "twin", "sisters", "brothers", "sons", "daughters", "children", "siblings", "triplets"})


PARENT_GROUP_NOUNS = frozenset({"parents", "grandparents", "in-laws"})


def _words_before(lowers: list[str], first: int) -> list[str]:
    """The words just before token `first` that may name a group ("their two children,", "her parents,"), without the
    commas, possessives and articles between."""
    return [w for w in lowers[max(0, first - 4) : first] if w not in (",", "their", "her", "his", "the")]


def parents_listed(lowers: list[str], first: int) -> bool:
    """The names from token `first` on follow a word for someone's parents ("her parents, Dale X and Rhonda Y"): a couple
    of the story's past, not the one it is about."""
    words = _words_before(lowers, first)
    return bool(words) and words[-1] in PARENT_GROUP_NOUNS


def couple_doing(tok: Token) -> bool:
    """"they were introduced", "the pair married in 2017": the subject of what a couple does together, with no object (not
    "the pair met the footballer X": someone else met)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in COUPLE_VERBS \
        and not any(c.dep_ == "dobj" for c in children_of(tok.head))


def kin_listed(lowers: list[str], first: int) -> bool:
    """The names from token `first` on follow a word for children or siblings ("twins Marcia and Claudette", "their sons,
    Ali and Sami", "their two children, daughter Paloma, 9, and son Teo"): kin named together, no couple."""
    words = _words_before(lowers, first)
    return bool(words) and (words[-1] in KIN_GROUP_NOUNS or (
        len(words) > 1 and words[-1] in ("son", "daughter") and words[-2] in KIN_GROUP_NOUNS))



def spouse_pairs(doc: Doc, ents: EntityLookup, named: Callable[[Token], Token]) -> list[tuple[int, list[Entity]]]:
    """(index of the spouse noun, [possessor, spouse]) for each such pair in `doc`; `named` gives the
    name a noun stands before ("her husband, the engineer X" -> X)."""
    listed = tokens(doc)
    out = []
    for i in (i for i, lemma in enumerate(strings(doc, "lemma")) if lemma in SPOUSE_SET):  # (the cached column: no Token per word)
        noun = listed[i]
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        if owner is None:
            continue
        spouse = ents.of(noun) or ents.of(named(noun))
        holder = ents.of(_whose_antecedent(owner))
        if (spouse is not None and holder is not None and spouse is not holder
                and spouse.type == "PERSON" and holder.type == "PERSON"):
            out.append((i, [holder, spouse]))
    return out


def _whose_antecedent(owner: Token) -> Token:
    """"X, whose wife, Y, ...": the possessor "whose" stands for the noun its relative clause modifies."""
    if owner.tag_ != "WP$":
        return owner
    node = owner.head
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" else owner
