"""Ages stated next to any mention of a person, once coreference has joined the mentions.

Read after `coref`, so that "the singer, 31," and "She was 81." reach the person's cluster:
- "X, 31," and "X (31)" right after a mention;
- "X, aged 45," / "X aged 45" / "X, now 45," / "aged just 19";
- "X, who is 31," / "X, who turned 50 in May," (a relative clause with a bare number);
- "X was 81." (a copular clause with nothing else than the number);
- "X died at 81", "died aged 81", "died at the age of 81".
The first age found for a person wins (`set_age` keeps an earlier one).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import children_of
from .clusters import ClusterTable
from .entity_attrs import set_age
from .name_spans import span_root

DEATH_LEMMAS = frozenset({"die", "pass"})
AGE_WORDS = frozenset({"aged", "now", "age"})  # "X, aged 45", "X, now 45", "X, age 45"
HEDGES = frozenset({"just", "only", "barely"})
MAX_AGE = 120


def _number(tok: Token | None) -> int | None:
    if tok is None or not tok.text.isdigit():
        return None
    value = int(tok.text)
    return value if 0 < value < MAX_AGE else None


def _at(doc: Doc, i: int) -> Token | None:
    return doc[i] if 0 <= i < len(doc) else None


def _after_mention(doc: Doc, end: int) -> int | None:
    """"X, 31," / "X (31)" / "X, aged 45" / "X aged 45": the words right after the mention."""
    first, second, third = _at(doc, end), _at(doc, end + 1), _at(doc, end + 2)
    if first is None:
        return None
    if first.text in (",", "(") and (age := _number(second)) is not None and third is not None \
            and third.text in ((",", ".", ";", ")") if first.text == "," else (")",)):
        return age
    words = [t for t in (first, second, third, _at(doc, end + 3), _at(doc, end + 4)) if t is not None]
    if first.text == ",":
        words = words[1:]  # "X, aged 45," / "X, now 45,"
    if words and words[0].lower_ in AGE_WORDS:
        rest = [t for t in words[1:] if t.lower_ not in HEDGES]  # "aged just 19"
        if rest and (age := _number(rest[0])) is not None and (len(rest) == 1 or not rest[1].is_alpha):
            return age
    return None


def _bare_number(tok: Token) -> int | None:
    """A number standing alone as the complement of "be": no noun, no unit after it."""
    if any(c.dep_ not in ("punct",) for c in children_of(tok)):
        return None
    return _number(tok)


def _relative_age(head: Token) -> int | None:
    """"X, who is 31," / "X, who turned 50 in May,": a relative clause on the mention's head."""
    for clause in children_of(head):
        if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(clause)):
            continue
        if clause.lemma_ == "be":
            for c in children_of(clause):
                if c.dep_ in ("attr", "acomp") and (age := _bare_number(c)) is not None:
                    return age
        elif clause.lemma_ == "turn" and clause.tag_ == "VBD":
            for c in children_of(clause):
                if c.dep_ in ("dobj", "attr", "oprd") and (age := _bare_number(c)) is not None:
                    return age
    return None


def _clause_age(head: Token) -> int | None:
    """"She was 81.", "X turned 40 last month" and "X died at 81 / aged 81 / at the age of 81"."""
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "NOUN":
        head = head.head  # "The former footballer X has died aged 68": the title is the subject, the name its apposition
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if verb.lemma_ == "be":
        others = [c for c in children_of(verb) if c.dep_ not in ("nsubj", "punct", "attr", "acomp")]
        complements = [c for c in children_of(verb) if c.dep_ in ("attr", "acomp")]
        if not others and len(complements) == 1:
            return _bare_number(complements[0])
        return None
    if verb.lemma_ == "turn" and verb.tag_ == "VBD":  # "X turned 40 last month"
        return next((age for c in children_of(verb) if c.dep_ in ("dobj", "attr", "oprd") and (age := _bare_number(c)) is not None), None)
    if verb.lemma_.lower() not in DEATH_LEMMAS:
        return None
    # "at 81" under the verb, or under the time phrase before it ("died in November at the age of 81")
    preps = [*children_of(verb), *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "on")
                                   for p in children_of(c) if p.dep_ == "pobj" for g in children_of(p))]
    for c in preps:
        if c.dep_ == "prep" and c.lower_ == "at":
            obj = next((p for p in children_of(c) if p.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ == "age":  # "at the age of 81"
                of = next((p for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of"), None)
                obj = next((p for p in children_of(of) if p.dep_ == "pobj"), None) if of is not None else None
            if (age := _number(obj)) is not None:
                return age
        if c.lower_ == "aged":
            if (age := _number(next((p for p in children_of(c) if p.like_num), None))) is not None:
                return age
            if (age := _number(_at(verb.doc, c.i + 1))) is not None:
                return age
    return None


def collect_ages(doc: Doc, table: ClusterTable, dct: str) -> None:
    for cluster in table.clusters:
        if cluster.label != "PERSON" or cluster.members or "age" in cluster.attrs:
            continue
        for ref in sorted(cluster.mentions, key=lambda m: m.start):
            head = span_root(doc, ref.start, ref.end)
            age = _after_mention(doc, ref.end) if ref.kind != "pronoun" else None
            if age is None:
                age = _relative_age(head) if ref.kind != "pronoun" else None
            at_death = False
            if age is None:
                age = _clause_age(head)
                at_death = age is not None and head.head.lemma_.lower() in DEATH_LEMMAS
            if age is not None:
                set_age(cluster, age, dct)
                if at_death:
                    cluster.attrs["age_at_death"] = True  # "died at 83": as of the death, which may be long past
                break
