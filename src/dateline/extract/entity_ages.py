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

from ..nlp import children_of, tokens
from .clusters import ClusterTable
from .entity_attrs import NUMBER_WORDS, birth_year, home_town, set_age
from .name_spans import span_root

DEATH_LEMMAS = frozenset({"die", "pass"})
AGE_WORDS = frozenset({"aged", "now", "age"})  # "X, aged 45", "X, now 45", "X, age 45"
BIRTHDAY_LEMMAS = frozenset({"celebrate", "mark", "spend"})  # "celebrated her 40th birthday"
HEDGES = frozenset({"just", "only", "barely"})
MAX_AGE = 120
MIN_AT_AGE = 13  # "arrives at 9" is a clock time more often than an age
CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "o'clock", ":"})


def _number(tok: Token | None) -> int | None:
    if tok is None or not tok.text.isdigit():
        return None
    value = int(tok.text)
    return value if 0 < value < MAX_AGE else None


def _at(doc: Doc, i: int) -> Token | None:
    listed = tokens(doc)  # (the doc's own list: no Token made at each look)
    return listed[i] if 0 <= i < len(listed) else None


def _after_mention(doc: Doc, end: int) -> int | None:
    """"X, 31," / "X (31)" / "X, aged 45" / "X aged 45": the words right after the mention."""
    first, second, third = _at(doc, end), _at(doc, end + 1), _at(doc, end + 2)
    if first is None:
        return None
    if first.text == "," and second is not None and second.lower_ == "of":  # "X, of Naas, 34,": past the home town
        comma = next((i for i in range(end + 2, min(end + 6, len(doc))) if not doc[i].pos_ == "PROPN"), None)
        if comma is not None and comma > end + 2 and doc[comma].text == ",":
            return _after_mention(doc, comma) if _at(doc, comma + 1) is not None and doc[comma + 1].like_num else None
    if first.text in (",", "(") and (age := _number(second)) is not None and third is not None \
            and third.text in ((",", ".", ";", ")") if first.text == "," else (")",)):
        return age
    if first.text == "," and second is not None and second.lower_ in NUMBER_WORDS and third is not None \
            and third.text in (",", ".", ";"):
        return NUMBER_WORDS[second.lower_]  # "two children, Ada Roe, nine, and Ben Roe, six": an age in words
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
        elif clause.lemma_.lower() not in DEATH_LEMMAS and (age := _age_now(clause)) is not None:
            return age  # "X, who has retired at the age of 38,"
    return None


def _relative_death_age(head: Token) -> int | None:
    """"X, who died on Monday aged 83," / "X, who died at 83 in 2009,": a relative clause of dying on the mention's head."""
    for clause in children_of(head):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in DEATH_LEMMAS \
                and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children_of(clause)):
            return _death_age(clause)
    return None


def _at_age(prep: Token) -> int | None:
    """"at 81" / "at the age of 81": the age a preposition "at" gives."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return None
    obj = next((p for p in children_of(prep) if p.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ == "age":  # "at the age of 81"
        of = next((p for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of"), None)
        obj = next((p for p in children_of(of) if p.dep_ == "pobj"), None) if of is not None else None
    return _number(obj)


def _told_now(verb: Token) -> bool:
    """"retires", "is", "is retiring", "has retired": a clause told in the present (not "retired", "will retire", "had retired")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ == "VBG":  # "is retiring at 35"
        return any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in children_of(verb))
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children_of(verb))


def _birthday(verb: Token) -> int | None:
    """"X celebrated her 40th birthday on Sunday", "X marks his 50th birthday today" (not "... in 2010")."""
    kids = children_of(verb)
    if verb.tag_ == "VBD" and any(c.dep_ == "prep" and any(p.dep_ == "pobj" and len(p.text) == 4 and p.text.isdigit()
                                                           for p in children_of(c)) for c in kids):
        return None  # a birthday long past
    for c in kids:
        if c.dep_ == "dobj" and c.lower_ == "birthday":
            nth = next((m for m in children_of(c) if m.dep_ in ("amod", "nummod") and m.lower_[-2:] in ("st", "nd", "rd", "th")), None)
            if nth is not None and nth.lower_[:-2].isdigit() and 0 < int(nth.lower_[:-2]) < MAX_AGE:
                return int(nth.lower_[:-2])
    return None


def _age_now(verb: Token) -> int | None:
    """"X has retired at the age of 38", "At 67, X has published her first novel", "where she is, at 61, ...",
    "Now 100, X lives in Portsmouth": an age the person's present clause gives, as of the article."""
    doc = verb.doc
    if verb.lemma_.lower() in BIRTHDAY_LEMMAS and (age := _birthday(verb)) is not None:
        return age
    for c in children_of(verb):
        if c.like_num and c.i > 0 and doc[c.i - 1].lower_ == "now" and (after := _at(doc, c.i + 1)) is not None \
                and after.text == "," and (age := _number(c)) is not None:
            return age  # "Now 100, X lives ..."
        if c.dep_ == "prep" and c.lower_ == "at" and _told_now(verb) and (age := _at_age(c)) is not None \
                and age >= MIN_AT_AGE and (after := _at(doc, c.i + 2)) is not None and after.lower_ not in CLOCK_WORDS:
            return age
    return None


def _year_in(verb: Token) -> int | None:
    """The year of "in 2019" under a verb."""
    for c in children_of(verb):
        if c.dep_ == "prep" and c.lower_ == "in":
            year = next((p for p in children_of(c) if p.dep_ == "pobj" and len(p.text) == 4 and p.text.isdigit()), None)
            if year is not None and 1800 < int(year.text) < 2100:
                return int(year.text)
    return None


def _age_then(head: Token) -> tuple[int, int] | None:
    """"X, who was elected at 23 in 2019," / "X joined the orchestra at 22 in 1987": an age in a year long past
    (the age, the year), which gives the birth year and no age now."""
    verbs = [c for c in children_of(head) if c.dep_ == "relcl"
             and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "who" for g in children_of(c))]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    for verb in verbs:
        if verb.tag_ not in ("VBD", "VBN") or _told_now(verb) or verb.lemma_.lower() in DEATH_LEMMAS:
            continue
        age = next((a for c in children_of(verb) if (a := _at_age(c)) is not None), None)
        if age is not None and (year := _year_in(verb)) is not None and year - age > 1800:
            return age, year
    return None


def _clause_age(head: Token) -> int | None:
    """"She was 81.", "X turned 40 last month" and "X died at 81 / aged 81 / at the age of 81"."""
    if head.dep_ == "appos" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "NOUN":
        head = head.head  # "The former footballer X has died aged 68": the title is the subject, the name its apposition
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if verb.lemma_ == "be":
        others = [c for c in children_of(verb) if c.dep_ not in ("nsubj", "punct", "attr", "acomp", "cc")
                  and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]  # "He is 44 and has never managed a club"
        complements = [c for c in children_of(verb) if c.dep_ in ("attr", "acomp")]
        if not others and len(complements) == 1:
            return _bare_number(complements[0])
        return _age_now(verb)  # "where she is, at 61, something close to a local institution"
    if verb.lemma_ == "turn" and verb.tag_ == "VBD":  # "X turned 40 last month"
        return next((age for c in children_of(verb) if c.dep_ in ("dobj", "attr", "oprd") and (age := _bare_number(c)) is not None), None)
    if verb.lemma_.lower() not in DEATH_LEMMAS:
        return _age_now(verb)
    return _death_age(verb)


def _death_age(verb: Token) -> int | None:
    """"died at 81 / aged 81 / at the age of 81": the age a verb of dying gives."""
    # "at 81" under the verb, or under the time phrase before it ("died in November at the age of 81")
    preps = [*children_of(verb), *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "on")
                                   for p in children_of(c) if p.dep_ == "pobj" for g in children_of(p))]
    for c in preps:
        if (age := _at_age(c)) is not None:
            return age
        if c.lower_ == "aged":
            if (age := _number(next((p for p in children_of(c) if p.like_num), None))) is not None:
                return age
            if (age := _number(_at(verb.doc, c.i + 1))) is not None:
                return age
    return None


def _pair_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """", aged 31 and 29," / ", 27 and 24,": two ages after the second of two people."""
    i = end + 1 if (first := _at(doc, end)) is not None and first.text == "," else None
    if i is not None and (word := _at(doc, i)) is not None and word.lower_ == "aged":
        i += 1
    if i is None or (conj := _at(doc, i + 1)) is None or conj.lower_ != "and":
        return None
    older, younger, after = _number(_at(doc, i)), _number(_at(doc, i + 2)), _at(doc, i + 3)
    if older is None or younger is None or (after is not None and after.text not in (",", ".", ";", ")", "-", "–")):
        return None
    return older, younger


def _paired_ages(doc: Doc, table: ClusterTable, dct: str) -> None:
    """"X and Y, aged 31 and 29," / "X and his brother Y, 27 and 24,": each age to its person, in order ("X and Y, both
    34,": the one age to each)."""
    named = sorted((m.start, m.end, ci) for ci, c in enumerate(table.clusters) if c.label == "PERSON" and not c.members
                   for m in c.mentions if m.kind == "name")
    for n, (start, end, ci) in enumerate(named):
        if n == 0:
            continue
        ages = _pair_after(doc, end)
        if ages is None and (shared := _shared_age(doc, end)) is not None:
            ages = (shared, shared)  # "X and Y, both aged 34,"
        if ages is None:
            continue
        _, first_end, first = named[n - 1]
        between = doc[first_end:start]
        if first == ci or not len(between) or between[0].lower_ != "and" or len(between) > 4 \
                or any(t.is_punct or t.is_space for t in between):
            continue
        set_age(table.clusters[first], ages[0], dct)
        set_age(table.clusters[ci], ages[1], dct)


def _shared_age(doc: Doc, end: int) -> int | None:
    """", both 34," / ", both aged 34,": one age of every member of a group, right after its mention."""
    i = end + 1 if (first := _at(doc, end)) is not None and first.text == "," else None
    if i is None or (word := _at(doc, i)) is None or word.lower_ != "both":
        return None
    i += 1
    if (word := _at(doc, i)) is not None and word.lower_ == "aged":
        i += 1
    age, after = _number(_at(doc, i)), _at(doc, i + 1)
    return age if age is not None and after is not None and after.text in (",", ".", ";") else None


def _group_ages(doc: Doc, table: ClusterTable, dct: str) -> None:
    """"The pair, both 34, met in 2020", "X and Y, both aged 61,": the age of each member of the group."""
    for cluster in table.clusters:
        if cluster.label != "PERSON" or len(cluster.members) != 2:
            continue
        age = next((a for ref in cluster.mentions if (a := _shared_age(doc, ref.end)) is not None), None)
        for member in cluster.members if age is not None else ():
            set_age(table.clusters[member], age, dct)


def collect_ages(doc: Doc, table: ClusterTable, dct: str) -> None:
    _paired_ages(doc, table, dct)
    _group_ages(doc, table, dct)
    for cluster in table.clusters:
        if cluster.label != "PERSON" or cluster.members or "age" in cluster.attrs:
            continue
        for ref in sorted(cluster.mentions, key=lambda m: m.start):
            head = span_root(doc, ref.start, ref.end)
            age = _after_mention(doc, ref.end) if ref.kind != "pronoun" and not home_town(doc, ref.start) else None
            if age is None:
                age = _relative_age(head) if ref.kind != "pronoun" else None
            at_death = False
            if age is None and ref.kind != "pronoun" and (age := _relative_death_age(head)) is not None:
                at_death = True  # "X, who died on Monday aged 83,": as of the death
            if age is None:
                age = _clause_age(head)
                at_death = age is not None and head.head.lemma_.lower() in DEATH_LEMMAS
            if age is not None:
                set_age(cluster, age, dct)
                if at_death:
                    cluster.attrs["age_at_death"] = True  # "died at 83": as of the death, which may be long past
                break
            if "born_by" not in cluster.attrs and ref.kind != "pronoun" and (then := _age_then(head)) is not None:
                cluster.attrs["born_by"] = birth_year(then[0], str(then[1]))  # "elected at 23 in 2019": born in 1995 or 1996
