"""Event arguments: the entity a token stands for (`events_lookup`, `events_names`), its span, groups of
people ("they", "the couple")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Analysis, Argument, Entity
from ..nlp import UNION_NOUNS, char_span, children_of, conjuncts_of, heads, strings, tokens
from .entity_lexicon import lexicon
from .events_couples import SPOUSE_NOUNS, couple_doing, kin_listed, parents_listed, spouse_pairs
from .events_lookup import Entities
from .events_names import named
from .events_tokens import TIME_NOUNS, is_time
from .name_missed import SEAT_HOLDERS
from .name_spans import DATELINE_DASHES, is_dateline
from .name_works import AWARD_HEADS

PLACE_TYPES = {"GPE", "LOC", "FAC"}
NOT_PEOPLE = {"GPE", "LOC", "FAC", "ORG", "NORP"}  # never what "who" stands for after "of"
WORK_TYPES = {"WORK", "PRODUCT"}  # "the series X", "its first product, a battery called X"
RELATIVE_TAGS = {"WP", "WDT"}
# people told by age or kind, not named ("a 23-year-old man from X, who"): "who" stands for them, not for where they are from
UNNAMED_PEOPLE = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teenager", "teenagers", "youth", "youths",
                            "person", "people", "pensioner", "resident", "residents", "suspect", "suspects"})
GROUP_WORDS = {"they", "them", "their", "theirs", "themselves", "couple", "pair", "duo", "both", "spouses", "two"}
NOT_ARGS = {"DATE", "TIME", "PERCENT", "ORDINAL"}  # spaCy entity labels that are never participants
BODY_ROLES = {"club", "organization", "joined", "left", "body"}  # roles only a body fills, never a sum
SPLIT_PREFIXES = {"co", "re", "pre"}  # "co-founded" tokenised "co - founded", "co" parsed as the subject
GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}  # "both men", "the two defendants"
COUPLE_WORDS = {"couple", "spouses"}  # a pair of people known to be together, not any two
DEFINITE = {"the", "these", "those", "all"}
COUNT_DEPS = {"det", "nummod", "predet", "quantmod"}
COUNTED_WINDOW = 8  # sentences back in which "both men" may find the two people it counts
GROUP_WINDOW = 5  # sentences a group of people stays the referent of "they" / "the couple"
NOT_TITLES = {"part", "result", "way", "means", "reward", "thanks",  # "joined as part of the deal"
              "rein", "reins", "helm", "baton", "armband"}  # "was handed the reins / the armband": what is handed over, no title


@dataclass(slots=True)
class Group:
    token: int
    sentence: int
    members: list[Entity]
    counted: bool = False  # found by counting the people named last ("both men"): no couple
    couple: bool = False  # a spouse and the one whose spouse they are ("his wife, Y")
    comitative: bool = False  # one who did something "with" another ("X formed the band with Y"): a pair for "the two"
    # anywhere after, for "they" only in its own sentence (a "they" further on is more often a band or a company)
    kin: bool = False  # named together after a word for children or siblings ("their two children, daughter A and son B"): no couple
    parents: bool = False  # named together after "parents" ("her parents, A and B"): a couple, not the story's own


def find_groups(doc: Doc, ents: Entities, sent_of: list[int]) -> list[Group]:
    """Coordinations of two or more people ("X and Y"), the referents of a later "they"."""
    out: list[Group] = []
    head_of, listed = heads(doc), tokens(doc)  # cached per doc: no Token object per word
    deps = strings(doc, "dep")
    first = sorted({head_of[i] for i, dep in enumerate(deps) if dep == "conj"})
    for token in (listed[i] for i in first):
        if token.dep_ == "conj" or not conjuncts_of(token):
            continue
        members: list[Entity] = []
        end = token.i
        for t in (token, *conjuncts_of(token)):
            entity = ents.of(name := named(t))
            if entity is not None and entity.type == "PERSON" and entity not in members:
                members.append(entity)
                end = max(end, name.i)
        if len(members) == 1 and (first_one := _addressed(token, ents)) is not None and first_one not in members:
            members.insert(0, first_one)  # "A, 27, of Fallowby Road, Glayford, and B, 31,": B hung on A's address
        if len(members) >= 2:  # a referent once its last member is named: "X, whom she married, and their son, Y"
            first_named = token.left_edge.i if token.dep_ != "appos" else token.i
            lowers = strings(doc, "lower")
            out.append(Group(end, sent_of[token.i], members, kin=kin_listed(lowers, first_named),
                             parents=parents_listed(lowers, min([first_named, *(c.i for c in token.lefts if c.dep_ in ("compound", "flat"))]))))
    for i in (i for i, dep in enumerate(deps) if dep == "cc"):
        pair = _subjects_split(listed[i], ents)
        if pair:
            out.append(Group(pair[1][1], sent_of[i], [pair[0][0], pair[1][0]]))
    out += [Group(i, sent_of[i], pair, couple=True) for i, pair in spouse_pairs(doc, ents, named)]  # "his wife, Y": the couple
    out += _comitative_pairs(doc, ents, sent_of)  # "X formed the band with Y after the two met": X and Y
    return sorted(out, key=lambda g: g.token)


def _comitative_pairs(doc: Doc, ents: Entities, sent_of: list[int]) -> list[Group]:
    """"X co-founded the firm with Y", "X, who has played with Y since ...": a person doing something with another
    person named after "with" makes the two a pair a later "the two", "the pair" or "they" may stand for."""
    out: list[Group] = []
    for i in (i for i, dep in enumerate(strings(doc, "dep")) if dep == "prep"):
        prep = doc[i]
        verb = prep.head
        if prep.lower_ != "with" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head  # "X, who has played with Y": X
        partner = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        if subject is None or partner is None:
            continue
        pair = [(ents.of(name := named(t)), name.i) for t in (subject, partner)]
        if any(e is None or e.type != "PERSON" for e, _ in pair) or pair[0][0] is pair[1][0]:
            continue
        out.append(Group(max(pair[0][1], pair[1][1]), sent_of[i], [pair[0][0], pair[1][0]], comitative=True))  # type: ignore[list-item]
    return out


def _addressed(token: Token, ents: Entities) -> Entity | None:
    """The person whose address (or origin) a coordination starts in: "A, 27, of Fallowby Road, Glayford, and B": the
    parser coordinated B with the address, not with A."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "from") or token.head.dep_ != "prep":
        return None
    entity = ents.of(named(token.head.head))
    return entity if entity is not None and entity.type == "PERSON" else None


def _subjects_split(cc: Token, ents: Entities) -> list[tuple[Entity, int]]:
    """"A, 24, and B, 31, will appear in court": the parser made both names subjects of the verb, the "and" hung on the
    first -- still the pair, when both are people."""
    first = cc.head
    if first.dep_ not in ("nsubj", "nsubjpass") or first.i > cc.i or first.head.i == first.i:
        return []
    second = next((c for c in children_of(first.head) if c.dep_ == first.dep_ and c.i > cc.i), None)
    if second is None:
        return []
    pair = [(ents.of(name := named(t)), name.i) for t in (first, second)]
    if any(e is None or e.type != "PERSON" for e, _ in pair) or pair[0][0] is pair[1][0]:
        return []
    return pair  # type: ignore[return-value]


@dataclass(slots=True)
class Context:
    doc: Doc
    analysis: Analysis
    ents: Entities
    groups: list[Group]
    sent_of: list[int]  # token index -> sentence index (Token.sent is slow)
    # id of a trigger's list of hits -> (that list, the entities named as venues among them): `events_roles.args_for`
    # reads them from the hits alone (and the entities, which no longer change), for each type tried and the untyped event
    venues: dict[int, tuple[list[Any], set[str]]] = field(default_factory=dict)
    # `make_args` by (role, token index, conjuncts) -> (-1, its arguments) for the calls that did not read the groups of
    # people (`group_reads` counts the reads): those depend on the parse and the entities alone, which no longer change,
    # while the groups grow as the stage goes (only ever appended to); for a call that read the groups and added none,
    # (how many groups there were, its arguments), the same while no group is added.  Every type tried for a trigger and
    # its untyped event ask again.
    made: dict[tuple[str, int, bool], tuple[int, list[Argument]]] = field(default_factory=dict)
    group_reads: int = 0

    def sentence(self, token: Token) -> int:
        return self.sent_of[token.i]


def np_span(token: Token, ctx: Context) -> tuple[int, int]:
    mention = ctx.ents.mention_span(token)
    if mention is not None:
        return mention
    if token.ent_type_:  # walk the IOB tags rather than building doc.ents
        first, last = token.i, token.i
        while token.doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        while last + 1 < len(token.doc) and token.doc[last + 1].ent_iob_ == "I":
            last += 1
        return token.doc[first].idx, token.doc[last].idx + len(token.doc[last].text)
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "case"):
            left = child.left_edge if child.left_edge.i < left.i else left
    return left.idx, token.idx + len(token.text)


def _counted_people(token: Token) -> int:
    """"both men", "the two suspects", "all three defendants": how many people, named before (0: not
    such a phrase).  "Three guards were arrested" counts people not named before."""
    definite = any(c.lower_ in DEFINITE for c in children_of(token) if c.dep_ in COUNT_DEPS)
    if token.lower_ in GROUP_COUNTS and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return GROUP_COUNTS[token.lower_] if token.lower_ == "both" or definite else 0  # "both were", "the two were"
    if token.tag_ != "NNS" or not lexicon().is_person_noun(token.lemma_.lower()):
        return 0
    return _definite_count(token)


def _definite_count(noun: Token) -> int:
    """"the two men", "both clubs", "all three defendants": the count a plural noun carries with a definite word (0: none)."""
    kids = children_of(noun)
    counts = [GROUP_COUNTS[c.lower_] for c in kids if c.lower_ in GROUP_COUNTS and c.dep_ in COUNT_DEPS]
    definite = any(c.lower_ in DEFINITE for c in kids if c.dep_ in COUNT_DEPS) or "both" in {c.lower_ for c in kids}
    return counts[0] if counts and definite else 0


def _named_since(group: Group, token: Token, ctx: Context) -> bool:
    """Someone other than the group's members named between the group and `token`."""
    start, end = ctx.doc[group.token].idx, token.idx
    return any(e.type == "PERSON" and e not in group.members and not e.attrs.get("members")
               and any(start < m.start < end for m in e.mentions) for e in ctx.analysis.entities)


def _only_speaking(start: int, ctx: Context) -> bool:
    """A mention that is the subject of "said" / "told": a source quoted (the prosecutor, the
    spokesman) is not whom "both men" counts."""
    span = char_span(ctx.doc, start, start + 1)
    if span is None or not len(span):
        return False
    head = span[0]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon().speech_verbs


def _recent_people(token: Token, counted: int, ctx: Context) -> list[Group]:
    """"X acquitted A but convicted B ... Both men were arrested": with no coordination to point
    to, the people counted are the last that many people named, walking back sentence by sentence,
    when a sentence does not overshoot the count and their genders fit the noun."""
    here = ctx.sentence(token)
    gender = lexicon().noun_gender(token.lemma_.lower())
    people = [e for e in ctx.analysis.entities if e.type == "PERSON" and not e.attrs.get("members")]
    found: list[Entity] = []
    for sentence in range(here, max(here - COUNTED_WINDOW, -1), -1):
        named_here = [e for e in people if e not in found and any(
            m.sentence == sentence and m.start < token.idx and not _only_speaking(m.start, ctx) for m in e.mentions)]
        found.extend(named_here)
        if len(found) >= counted:
            break
    if len(found) != counted or any(gender and e.attrs.get("gender") not in (gender, None) for e in found):
        return []
    return [Group(token.i, here, found, counted=True)]


CHILD_NOUNS = frozenset({"child", "son", "daughter", "kid", "twin"})


def _named_next(token: Token, ctx: Context) -> list[Entity]:
    """"Two men have been charged ... A and B were arrested on Thursday": people counted for the
    first time are the pair (or trio) coordinated in the same or the next sentence, if the count
    and the genders fit."""
    if token.tag_ != "NNS" or not lexicon().is_person_noun(token.lemma_.lower()):
        return []
    counts = [GROUP_COUNTS[c.lower_] for c in children_of(token) if c.lower_ in GROUP_COUNTS and c.dep_ in COUNT_DEPS and c.lower_ != "both"]
    if not counts or any(c.lower_ in DEFINITE for c in children_of(token)):
        return []
    here, gender = ctx.sentence(token), lexicon().noun_gender(token.lemma_.lower())
    later = [g for g in ctx.groups if g.token > token.i and g.sentence - here <= 1 and not g.counted]
    group = min(later, key=lambda g: g.token) if later else None
    if group is None or len(group.members) != counts[0] or any(gender and m.attrs.get("gender") not in (gender, None) for m in group.members):
        return []
    if token.lemma_.lower() in CHILD_NOUNS and any(t.lemma_.lower() in SPOUSE_NOUNS for t in ctx.doc[token.i + 1 : group.token + 1]):
        return []  # "have two children ... Natalie X and husband Y": a married pair is no one's children
    return group.members


PLURAL_PEOPLE_WINDOW = 1  # sentences back in which "the men" may find the people named together
# what a bare plural noun of people may hang on it and still stand for people named before ("the men", "the brothers")
BARE_PLURAL_DEPS = frozenset({"det", "punct"})


def _definite_people(token: Token, ctx: Context) -> list[Entity]:
    """"Police arrested A and B in Leicester on Friday. The men were charged ...": a bare definite plural noun of
    people ("the men", "the brothers", "the suspects"), no count, nothing more said of it, subject or object of its
    clause, stands for the people named together in the same or the last sentence, when no one else is named since and
    their genders fit the noun.  Not a crowd ("the fans", "the workers"), which is people unnamed."""
    lex, lemma = lexicon(), token.lemma_.lower()
    if token.tag_ != "NNS" or not lex.is_person_noun(lemma) or lemma in lex.crowd_nouns \
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    kids = children_of(token)
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in kids) or any(c.dep_ not in BARE_PLURAL_DEPS for c in kids):
        return []
    here, gender = ctx.sentence(token), lex.noun_gender(lemma)
    before = [g for g in ctx.groups if g.token < token.i and here - g.sentence <= PLURAL_PEOPLE_WINDOW and not g.counted]
    if not before:
        return []
    best = max(before, key=lambda g: g.token)
    if _named_since(best, token, ctx) or any(gender and m.attrs.get("gender") not in (gender, None) for m in best.members):
        return []
    ctx.groups.append(Group(token.i, here, best.members, best.counted))
    return best.members


BODIES_WINDOW = 1  # sentences back in which "the two companies" finds the bodies it counts
# plural nouns of bodies that stand as often for delegations, countries or camps as for bodies named ("the two sides would
# sign documents", "both parties")
LOOSE_BODY_NOUNS = frozenset({"side", "party", "government", "administration", "force", "court", "council", "committee"})


def _counted_bodies(token: Token, ctx: Context) -> list[Entity]:
    """"X has agreed to buy Y, the two companies announced", "both clubs confirmed": a definite count of a plural noun of
    organisations stands for the last that many organisations named, in this sentence or the one before, when exactly that
    many are."""
    lex = lexicon()
    if token.tag_ != "NNS" or lex.type_of_noun.get(token.lemma_.lower()) != "ORG" or token.lemma_.lower() in LOOSE_BODY_NOUNS \
            or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return []
    counted = _definite_count(token)
    if not counted:
        return []
    here = ctx.sentence(token)
    bodies = [e for e in ctx.analysis.entities if e.type == "ORG" and any(
        here - BODIES_WINDOW <= m.sentence <= here and m.start < token.idx for m in e.mentions)]
    return bodies if len(bodies) == counted else []


def group_members(token: Token, ctx: Context) -> list[Entity]:
    ctx.group_reads += 1  # (see `Context.made`)
    if (bodies := _counted_bodies(token, ctx)):
        return bodies
    counted = _counted_people(token)
    if not counted and (ahead := _named_next(token, ctx)):
        return ahead
    if not counted and (bare := _definite_people(token, ctx)):
        return bare
    if token.lower_ not in GROUP_WORDS and token.lemma_.lower() not in GROUP_WORDS and not counted:
        return []
    here = ctx.sentence(token)
    before = [g for g in ctx.groups if g.token < token.i and here - g.sentence <= GROUP_WINDOW]
    if token.lemma_.lower() in COUPLE_WORDS:
        before = [g for g in before if not g.counted]
    if token.lemma_.lower() in COUPLE_WORDS or couple_doing(token) \
            or (token.dep_ == "poss" and token.head.lemma_.lower() in UNION_NOUNS):
        before = [g for g in before if not g.kin]  # "custody of their two children, daughter A and son B ... The pair married
        # in 2019", "Their wedding was ...": not the children
    if token.pos_ == "PRON":
        before = [g for g in before if not g.comitative or g.sentence == here]
    if counted:
        before = [g for g in before if len(g.members) == counted and not _named_since(g, token, ctx)]
        before = before or _recent_people(token, counted, ctx)
    if not before:
        return []
    best = max(before, key=lambda g: g.token)
    if token.lemma_.lower() in COUPLE_WORDS:
        best = _story_couple(token, best, ctx)
    ctx.groups.append(Group(token.i, here, best.members, best.counted))  # "they" keeps the group alive
    return best.members


def _story_couple(token: Token, latest: Group, ctx: Context) -> Group:
    """"X and Y are engaged ... X was previously married to Z; they wed in 2017 || The couple plan to marry next fall": in
    a later paragraph "the couple" is the pair the story opened with, not a former one of X's told in a paragraph before."""
    first = min((g for g in ctx.groups if len(g.members) == 2 and not g.counted), key=lambda g: g.token, default=None)
    if first is None or len(latest.members) != 2 or len(set(map(id, first.members)) & set(map(id, latest.members))) != 1 \
            or "\n" not in token.doc[latest.token : token.i].text:
        return latest
    return first


def _not_the_parents(token: Token, members: list[Entity], ctx: Context) -> list[Entity]:
    """"X wed Y on Saturday ... Her parents, A and B, said their own vows there in 1988 || The couple met in 2017": in a
    later paragraph "the couple" is the pair the story told first, not someone's parents named since."""
    ids = {m.id for m in members}
    parents = next((g for g in ctx.groups if g.parents and {m.id for m in g.members} == ids and g.token < token.i), None)
    if parents is None or "\n" not in token.doc[parents.token : token.i].text:
        return members
    first = min((g for g in ctx.groups if len(g.members) == 2 and not (g.counted or g.kin or g.parents) and g.token < parents.token
                 and not {m.id for m in g.members} & ids), key=lambda g: g.token, default=None)
    return first.members if first is not None else members


def latest_couple(token: Token, ctx: Context) -> Group | None:
    """The spouses named last before "the couple", when every group of people named after them
    includes one of them ("her husband, X, and their daughter, Y": still the spouses)."""
    ctx.group_reads += 1  # (see `Context.made`)
    here = ctx.sentence(token)
    before = [g for g in ctx.groups if g.token < token.i and here - g.sentence <= GROUP_WINDOW and not g.counted]
    couple = max((g for g in before if g.couple), key=lambda g: g.token, default=None)
    if couple is None or any(g.token > couple.token and not set(map(id, g.members)) & set(map(id, couple.members)) for g in before):
        return None
    return couple


def couple_partner(trigger: Token, agent: str, ctx: Context) -> list[Argument]:
    """The other one of the latest pair of people named together (or in a two-person event) with
    `agent`, a few sentences back at most: "X and Y met in 2013 ... X proposed in 2015"."""
    here = ctx.sentence(trigger)
    before = [g for g in ctx.groups if g.token < trigger.i and here - g.sentence <= GROUP_WINDOW and not g.counted
              and (not g.comitative or g.sentence == here)]
    if not before:
        return []
    latest = max(before, key=lambda g: g.token)
    others = [m for m in latest.members if m.id != agent]
    if len(latest.members) != 2 or len(others) != 1 or not others[0].mentions:
        return []
    mention = others[0].mentions[0]
    return [Argument("partner", mention.start, mention.end, mention.text, others[0].id)]


def _is_sum(token: Token) -> bool:
    """A sum of money: "£4m", "$2.5 billion" (the NER labels the number, not always the unit word)."""
    return token.ent_type_ == "MONEY" or ((token.pos_ == "NUM" or token.lower_ in SUM_UNITS)
                                         and any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in token.subtree))


SUM_UNITS = frozenset({"m", "bn", "k", "mn", "million", "billion", "thousand"})  # "£3.5m" split as "£", "3.5", "m"


def make_args(role: str, token: Token, ctx: Context, conjuncts: bool = True) -> list[Argument]:
    """Arguments for `token` and every token coordinated with it (new objects at every call: callers change them)."""
    key = (role, token.i, conjuncts)
    made = ctx.made.get(key)
    if made is not None and (made[0] < 0 or made[0] == len(ctx.groups)):
        if made[0] >= 0:
            ctx.group_reads += 1  # (read the groups as they were: a caller's own arguments depend on them too)
        return [Argument(a.role, a.start, a.end, a.text, a.entity) for a in made[1]]
    reads, groups = ctx.group_reads, len(ctx.groups)
    out = _make_args(role, token, ctx, conjuncts)
    if ctx.group_reads == reads:  # (no group read: the same arguments whenever asked)
        ctx.made[key] = (-1, [Argument(a.role, a.start, a.end, a.text, a.entity) for a in out])
    elif len(ctx.groups) == groups:  # (groups read, none added: the same arguments while the groups stay as they are)
        ctx.made[key] = (groups, [Argument(a.role, a.start, a.end, a.text, a.entity) for a in out])
    return out


def _prize_category(t: Token) -> bool:
    """"the Wendlesham prize for fiction", "an award for choreography": a bare lower-case noun after "for" right after a
    prize is the prize's category (whatever the parser hangs "for" on)."""
    prep = t.head
    return t.dep_ == "pobj" and t.is_lower and t.pos_ == "NOUN" and prep.lower_ == "for" and prep.i > 0 \
        and t.doc[prep.i - 1].lower_ in AWARD_HEADS and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)


def _make_args(role: str, token: Token, ctx: Context, conjuncts: bool = True) -> list[Argument]:
    out = []
    coordinated = conjuncts_of(token) if conjuncts else ()  # (spaCy walks the tree for them at every read)
    listed = conjuncts and token.pos_ == "NOUN" and any(c.pos_ == "PROPN" and ctx.ents.of(c) for c in coordinated)
    for t in (token, *coordinated):
        if t.tag_ == "DT" and is_time(t):
            continue  # "sacked that October": the determiner of a time, parsed as the object
        if (t.ent_type_ in NOT_ARGS or t.lemma_.lower() in TIME_NOUNS) and not ((t.lower_ == "old" or t.pos_ == "PROPN" or t.is_title
                                                                               or t.lemma_.lower() in COUPLE_WORDS) and ctx.ents.of(t)) \
                and not (t.ent_type_ == "ORDINAL" and named(t) is not t) \
                and role != "jail":  # ("her third, "X", won": X; "a five-year term": the years that make the term a prison's)
            continue  # (but "the 56-year-old", which the NER calls a date, stands for the person coreference found, as does "The
            # couple married two years later", all one date to the NER; so does
            # the name in "Last year Aydogan sued", and "won at Brno three weeks ago", Brno read as a noun of the date)
        if role == "role" and (told := _post_told_before(t)) is not None:
            out.extend(_make_args("role", told, ctx, conjuncts=False))  # "has served as deputy transport minister since he was
            continue  # appointed to that post in 2019": the post told before
        if role == "work" and _prize_category(t):  # "won the Wendlesham prize for fiction for X": the prize's category, no work
            out.extend(a for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "for"
                       for g in children_of(c) if g.dep_ == "pobj" for a in _make_args(role, g, ctx, conjuncts))  # (X hung on it)
            continue
        if role in BODY_ROLES and _is_sum(t):
            continue  # "signed X for £4m": a price, no club (a sum won or taken home is told as one: "takes home £250,000")
        if listed and t == token and ctx.ents.of(t) is None:
            continue  # "two children, A and B": the names are the arguments
        named_as = named(t)
        if (conjuncts or t.tag_ == "NNS") and named_as is not t and t.dep_ != "conj":  # "two sons, A and B": B too
            # (or "the labour minister, A, and the culture minister, B": the second title's name; a plural noun stands for
            # all the names set beside it even where its own conjuncts are not wanted: "the twins A and B, born in 2017")
            extra = [n for c in conjuncts_of(named_as) if c.i > named_as.i and ctx.ents.of(n := (c if c.pos_ == "PROPN" else named(c))) is not None]
            out.extend(a for c in extra for a in make_args(role, c, ctx, conjuncts=False))
        if role != "role":  # (a post is a title, whoever holds it: "X, the newly appointed head of Y" -> "head")
            t = named_as
        entity = ctx.ents.of(t)
        if conjuncts and entity is not None and t.pos_ == "PROPN":  # "by [Jo Rey and Al Ozturan]" read as one name: Jo Rey too
            out.extend(a for n in _names_run_together(t, entity, ctx) for a in make_args(role, n, ctx, conjuncts=False))
        post = role == "role" and t.pos_ == "NOUN" and lexicon().is_person_noun(t.lemma_.lower())
        if entity is None and t.pos_ == "NOUN" and not post:  # "the Salcyon space telescope" -> Salcyon
            # (but a post is its title: "quit as Chelsea coach" -> "coach", Chelsea the body)
            entity = next((e for c in children_of(t) if c.dep_ == "compound" and (e := ctx.ents.of(c))), None)
            if entity is not None and entity.type in ("ORG", "GPE") and role in ("patient", "agent", "partner", "child", "parent") \
                    and _someone_of(t.lemma_.lower()):
                entity = None  # "Former Pellow finance chief jailed": the chief, not the firm he worked for ("married the X
                # United defender": the player)
            if entity is not None and entity.type == "GPE" and role in BODY_ROLES and t.i + 1 < len(t.doc) \
                    and lexicon().type_noun_kinds.get(t.lemma_.lower()) in lexicon().commercial_kinds \
                    and (firm := ctx.ents.of(t.doc[t.i + 1])) is not None and firm.type == "ORG":
                entity = None  # "founded the Leeds company X": where the firm is, not the firm (X, set beside it, is)
            if entity is not None and entity.type == "NORP" and role in ("patient", "agent", "partner", "child", "parent"):
                entity = None  # "four Moslem guerrillas", "33 Nazi soldiers": a people, not the ones told of (but "his job at a
                # Harlow bank", the recognizer's NORP, is that bank)
            person = next((c for c in children_of(t) if c.dep_ == "nmod" and c.i < t.i and (e := ctx.ents.of(c)) is not None
                           and e.type == "PERSON"), None) if entity is None and role != "role" else None
            if person is not None:  # "appointed [Jane Doe] chief executive", parsed as one noun phrase: the person
                t, entity = person, ctx.ents.of(person)
            elif entity is None and (apart := _name_hung_apart(t, ctx)) is not None:
                t, entity = apart, ctx.ents.of(apart)
        if entity is None and role == "work":  # "for her role in the series X" -> X
            inner = next((w for w in _inside(t) if is_work(ctx.ents.of(w))), None)
            if inner is not None and (entity := ctx.ents.of(inner)) is not None:
                t = inner
        if entity is None and role == "work" and (titled := _title_set_off(t, ctx)) is not None:
            t, entity = titled, ctx.ents.of(titled)  # "with his first novel, "The Quiet Ward", barely a week after ..."
        if role == "role" and entity is not None and entity.type == "PERSON":
            entity = None  # "hired X as the shop's first manager": a title, whoever holds it
        couple = latest_couple(t, ctx) if t.lemma_.lower() in COUPLE_WORDS else None
        known = entity.attrs.get("members", []) if entity is not None else []
        if couple is not None and (not known or {m.id for m in couple.members} & set(known)):
            members = couple.members  # "her husband, X, and their daughter, Y ... The couple": the spouses
        elif known:  # the article's couple, known to coreference
            members = _not_the_parents(t, [m for m in (ctx.analysis.entity(x) for x in known) if m is not None], ctx)
        elif entity is None:
            members = group_members(t, ctx)
            if not members and t.pos_ == "PRON" and t.dep_ == "poss":
                continue  # "its premiere" with "its" standing for no one known: nothing to tell
        else:
            members = []
        start, end = np_span(t, ctx)
        if role == "role" and entity is None:  # "member of parliament", "chief executive of X"
            if t.lemma_.lower() in NOT_TITLES:
                continue
            first = min((c.left_edge.i for c in t.lefts if c.dep_ in ("compound", "amod")
                         and c.tag_ != "VBN" and not (post and (c.pos_ == "PROPN" or c.is_title) and ctx.ents.of(c) is not None)),
                        default=t.i)  # (nor "newly appointed": how the post came, not the post; nor "Chelsea": the body)
            start = max(start, t.doc[first].idx)  # no article or possessor: "the league's player" -> "player"
            of = next((c for c in children_of(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and not any(ctx.ents.of(p) or (_body_called(p) and t.lemma_.lower() not in PART_NOUNS)
                                          for p in children_of(of)):  # an organisation is
                last = min((w.left_edge.i - 1 if w.dep_ == "relcl" else w.i - 1 for w in t.doc[of.i + 1 : of.right_edge.i + 1]
                            if w.dep_ == "relcl" or (w.dep_ == "prep" and w.lower_ in ("at", "with") and any(ctx.ents.of(p) for p in children_of(w)))),
                           default=of.right_edge.i)
                while last > of.i and t.doc[last].is_punct:
                    last -= 1  # ("head of sales at X, where ...": the parser hangs "at X" on "sales"; X is the body, not the post)
                end = max(end, t.doc[last].idx + len(t.doc[last].text))  # its own argument (so is "the company")
        text = ctx.analysis.document.text[start:end]
        if members:
            out.extend(Argument(role, start, end, text, m.id) for m in members)
        else:
            out.append(Argument(role, start, end, text, entity.id if entity else None))
    return out


def _names_run_together(name: Token, entity: Entity, ctx: Context) -> list[Token]:
    """"founded by Jonas Reinecke and Aylin Ozturan", parsed as one noun phrase headed by "Ozturan" ("Jonas" an nmod of it,
    "and" hung inside): each name of another entity of the same type before an "and" left of the head is coordinated
    with it."""
    out = []
    for child in children_of(name):
        if child.dep_ not in ("nmod", "compound") or child.i > name.i or child.pos_ != "PROPN":
            continue
        other = ctx.ents.of(child)
        if other is None or other.id == entity.id or other.type != entity.type:
            continue
        if any(t.dep_ == "cc" and t.lower_ in ("and", "&") and ctx.ents.of(t) is None for t in name.doc[child.i + 1 : name.i]):
            out.append(child)
    return out


TITLED_NOUNS = frozenset({"novel", "book", "memoir", "album", "single", "record", "ep", "film", "documentary", "debut", "play",
                          "collection", "series", "song"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})


def _title_set_off(noun: Token, ctx: Context) -> Token | None:
    """"with his first novel, "The Quiet Ward", barely a week after it reached the shops": a work's title set off by a
    comma (and quotation marks) right after a noun for such a work, which the parser hung elsewhere (here as the subject of
    what follows) -> the title's last word."""
    doc, i = noun.doc, noun.i + 1
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in TITLED_NOUNS or i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].text in OPENING_QUOTES:
        i += 1
    entity, span = (ctx.ents.of(doc[i]), ctx.ents.mention_span(doc[i])) if i < len(doc) else (None, None)
    if not is_work(entity) or span is None or span[0] != doc[i].idx:
        return None
    last = i
    while last + 1 < len(doc) and doc[last + 1].idx < span[1]:
        last += 1
    return doc[last]


def _name_hung_apart(noun: Token, ctx: Context) -> Token | None:
    """"invested in the robotics firm Axel", "is dating the model Cleo Banks", "the start-up Fernly": a name right
    after a noun for its kind, which the parser hung elsewhere (on the verb, or as the subject of what follows) ->
    the name's last word; a person's name after a noun for a person, another body's after a noun for a body."""
    doc, i = noun.doc, noun.i + 1
    if noun.dep_ == "compound" or i >= len(doc) or doc[i].head.i == noun.i or doc[i].pos_ != "PROPN":
        return None  # (a name the parse hangs on the noun is read by `named`)
    entity, span = ctx.ents.of(doc[i]), ctx.ents.mention_span(doc[i])
    if entity is None or span is None or span[0] != doc[i].idx:
        return None
    lex, lemma = lexicon(), noun.lemma_.lower()
    if noun.i >= 2 and doc[noun.i - 1].text == "-":  # "start-up": the parser's last word "up"
        lemma = f"{doc[noun.i - 2].lower_}-{noun.lower_}"
    kind_fits = lex.is_person_noun(lemma) if entity.type == "PERSON" else (lex.type_of_noun.get(lemma) == "ORG" or lemma in lex.type_noun_kinds)
    if not kind_fits:
        return None
    last = i
    while last + 1 < len(doc) and doc[last + 1].idx < span[1]:
        last += 1
    return doc[last]


BODY_DETERMINERS = frozenset({"the", "its", "their"})
PART_NOUNS = frozenset({"head", "member", "leader", "part"})  # no post without what they head ("head of its school")
UNIT_NOUNS = frozenset({"committee", "subcommittee", "panel", "department", "division"})  # a body's own units: "chair of the
# audit committee" is one post


POST_ANAPHORS = frozenset({"post", "role", "position", "job"})


def _post_told_before(token: Token) -> Token | None:
    """"that post", "the role" pointing back to a title its sentence told before it "as" one ("has served as deputy
    transport minister since he was appointed to that post"): that title's noun (none when the noun has its own "of":
    "the post of treasurer")."""
    if token.lemma_.lower() not in POST_ANAPHORS or not any(c.dep_ == "det" and c.lower_ in ("that", "this", "the") for c in children_of(token)) \
            or any(c.dep_ in ("prep", "compound", "amod") for c in children_of(token)):
        return None
    titles = [p for a in token.sent if a.i < token.i and a.lower_ == "as" and a.dep_ == "prep" for p in children_of(a)
              if p.dep_ == "pobj" and p.pos_ == "NOUN" and lexicon().is_person_noun(p.lemma_.lower())]
    return titles[-1] if titles else None


def _body_called(token: Token) -> bool:
    """"the company", "its parent group", "the brand": an organisation told by a noun for one (a post "of the company"
    is the post; the body is an argument of its own, not part of the title)."""
    lex, lemma = lexicon(), token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma not in UNIT_NOUNS and (lex.type_of_noun.get(lemma) == "ORG" or lemma in lex.type_noun_kinds) \
        and any(c.dep_ in ("det", "poss") and c.lower_ in BODY_DETERMINERS for c in children_of(token)) \
        and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in children_of(token))  # (not "the charity X")


def _someone_of(lemma: str) -> bool:
    """A noun naming only a person ("chief", "director", "boss"), never a body ("partner", "rival")."""
    lex = lexicon()
    return lex.is_person_noun(lemma) and lemma not in lex.either_kind_nouns and lemma not in lex.person_or_firm_nouns


def _inside(token: Token) -> list[Token]:
    """The words a work may be named by inside a phrase ("her role in the series X", "the album X"),
    not past "on"/"at"/"to" ("the news on Instagram" names no work)."""
    out, todo = [], list(children_of(token))
    while todo:
        child = todo.pop()
        if child.dep_ == "prep" and child.lower_ not in ("in", "of", "from", "as", "for"):
            continue
        out.append(child)
        todo.extend(children_of(child))
    return sorted(out, key=lambda t: t.i)


def is_work(entity: Entity | None) -> bool:
    return entity is not None and entity.type in WORK_TYPES


def resolve_arg_token(token: Token, trigger: Token, kin: frozenset[str],
                      known: Callable[[Token], bool] = lambda _: True) -> tuple[Token, Token | None, bool]:
    """Relative pronoun -> its noun; "their son, Milo" -> Milo.  Returns (token, kin possessor, was kin).
    A relative pronoun of a clause the trigger is coordinated with or under ("X, who left Y in July to
    join Z") stands for the noun when `known` holds of it; else it is kept, to be resolved later ("The
    51-year-old, who has been out of work since leaving X")."""
    if token.tag_ in RELATIVE_TAGS or _relative_that(token):
        clause = trigger if trigger.dep_ == "relcl" else token.head if token.head.i == trigger.i else _relative_clause_of(token.head)
        if clause.dep_ == "relcl":
            noun = personal_antecedent(clause.head) if token.lower_ in ("who", "whom") else clause.head
            token = noun if clause is trigger or known(named(noun)) else token
        elif token.lower_ == "which" and clause.dep_ == "advcl" and (noun := _before_comma(token)) is not None:
            token = noun  # "signed to the label X in 2000, which released ...": the parser hung the clause on the verb
    elif token.tag_ == "WP$" and token.head.head.dep_ == "relcl" \
            and (owner := personal_antecedent(token.head.head.head)).pos_ == "PROPN":
        token = owner  # "X, whose divorce from Y was finalised in July": X (a common noun's "whose" stays as it is)
    token = _after_dateline(token)
    if _described_by_party(token):
        token = token.head  # "The governor, a Democrat who was elected in 2018 and re-elected in 2022": the governor
    if token.lower_ in SPLIT_PREFIXES and token.i + 1 < len(token.doc) and token.nbor(1).text == "-":
        token = next((c for c in children_of(token) if c.dep_ in ("compound", "nmod")), token)  # "X co-founded": X
    is_kin = token.lemma_.lower() in kin
    possessor = next((c for c in children_of(token) if c.dep_ == "poss"), None) if is_kin else None
    return token, possessor, is_kin


def _described_by_party(token: Token) -> bool:
    """A party's or a people's member set beside the one it describes ("The governor, a Democrat", "X, a Briton"):
    the recogniser's NORP with an article, in apposition to a noun or a name before it."""
    return token.dep_ == "appos" and token.ent_type_ == "NORP" and token.head.pos_ in ("NOUN", "PROPN") \
        and token.head.i < token.i and any(c.dep_ == "det" for c in children_of(token))


def _relative_that(token: Token) -> bool:
    """A "that" opening a relative clause: its subject, or its object ("the album that X released in 2015", which the
    tagger reads as a conjunction the parser makes the verb's object)."""
    doc, i = token.doc, token.i  # (the cached columns: asked for most arguments)
    if strings(doc, "lower")[i] != "that":
        return False
    dep = strings(doc, "dep")[i]
    return dep.startswith("nsubj") or (dep == "dobj" and token.head.dep_ == "relcl" and token.i < token.head.i)


def _relative_clause_of(verb: Token) -> Token:
    """The relative clause a relative pronoun's verb belongs to: the verb itself, or, for a second relative clause
    joined to the first by "and" ("X, who had been the MP since 2010 and who stood down to become ..."), the first,
    which the parser hangs on the noun (the second hangs on the first as its conjunct).  Used for a trigger under the
    second clause's verb ("to become"), not for that verb itself: there the subject is found by other frames, and the
    pronoun read as the noun added a false event on held-out text."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause if clause.dep_ == "relcl" else verb


def _before_comma(pronoun: Token) -> Token | None:
    """The noun a "which" right after a comma stands for: the one before the comma, past an adverbial
    phrase of its verb ("the label X in 2000, which"), when that is a name or a noun."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    prev = doc[pronoun.i - 2]
    if prev.dep_ == "pobj" and prev.head.dep_ == "prep" and prev.head.head.pos_ in ("VERB", "AUX") and prev.head.i > 0:
        prev = doc[prev.head.i - 1]  # past "in 2000", hung on the verb
    if prev.pos_ not in ("NOUN", "PROPN") and prev.ent_iob_ == "I":  # "joined Mallowcross Together, which": a name's last word
        start = prev.i  # the tagger read as another kind; the name's noun stands for it
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        prev = next((t for t in reversed(doc[start : prev.i]) if t.pos_ == "PROPN"), prev)
    return prev if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ not in ("npadvmod",) else None


def relative_covers_conjuncts(pronoun: Token, noun: Token) -> bool:
    """Whether a relative clause on a coordinated noun stands for every conjunct: not when a conjunct
    follows the clause ("her husband, X, whom she married in 2001, and their son, Y") nor when its verb
    agrees with one ("and their son, Y, who was born in 2005"); "A and B, who met in 2010" covers both."""
    clause = pronoun
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i != noun.i:
        return True
    if pronoun is clause:  # the clause itself, for its head noun: its relative pronoun, if any
        pronoun = next((c for c in children_of(clause) if c.tag_ in RELATIVE_TAGS), clause)
    if any(c.i > clause.left_edge.i for c in conjuncts_of(noun)):
        return False
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        verbs = [clause, *(c for c in children_of(clause) if c.dep_ in ("aux", "auxpass"))]
        return not any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
    return True


def _after_dateline(token: Token) -> Token:
    """"CORK — X's "Autumn Ferry" won ...", parsed with the dateline as the subject and the real
    subject in apposition to it: the subject is the apposition."""
    if not (token.is_upper and len(token) > 1 and token.dep_ in ("nsubj", "nsubjpass")):
        return token
    kids = children_of(token)
    if not any(c.dep_ == "punct" and c.text in DATELINE_DASHES and c.i > token.i for c in kids) \
            and not is_dateline(token.doc, token.i):  # (or "GDYNIA, July 10 (Reuters) —", the dash further on)
        return token
    return next((c for c in kids if c.dep_ == "appos" and c.i > token.i), token)




def personal_antecedent(noun: Token) -> Token:
    """"X, the former governor of Callao, who was convicted", "X, the MP for Eastfield, who defected", "X, a former
    economist at Y who won her seat": "who" stands for a person, not for the place or body named last -- up through
    "of", "for", "at", "with" or "in" to the noun it belongs to, and to the name that noun is in apposition to."""
    token = noun
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and (
            ((token.ent_type_ in ("DATE", "TIME") or token.like_num) and token.head.head.pos_ in ("NOUN", "PROPN"))
            # ("X, its finance director since 2021, who": not the year)
            or (token.head.lower_ in ("of", "at", "with", "in") and token.ent_type_ in NOT_PEOPLE
                and (token.head.lower_ == "of" or token.head.head.pos_ == "NOUN"))  # "an analyst at Trorvik Bank who won her seat"
            or (token.head.lower_ == "at" and token.pos_ == "PROPN" and token.head.head.pos_ == "NOUN" and token.head.head.dep_ == "appos")
            # ("X, a former finance chief at chemicals maker Y who took over": a body, whatever NER took Y for)
            or (token.head.lower_ == "from" and (token.ent_type_ in NOT_PEOPLE or token.pos_ == "PROPN") and token.head.head.lower_ in UNNAMED_PEOPLE)
            # ("a 23-year-old man from Lenthorpe, who was arrested": the man, not his town)
            or (token.head.lower_ in ("of", "for") and token.pos_ == "PROPN"
                and (token.ent_type_ != "PERSON" or token.head.head.lower_ in SEAT_HOLDERS  # (a seat NER took for a name)
                     or any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in children_of(token)))  # (or a
                # body NER took for one, told by its kind: "X, the former head of the bank Grallow Credit, who joined Y")
                and token.head.head.dep_ == "appos")):  # "X, the MP for Eastfield, who": inside an apposition
        token = token.head.head
    if _described_by_party(token):
        return token.head  # "The governor, a Democrat who was elected in 2018": the governor (a party or a people no one)
    if token is noun and not (noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN"
                              and noun.left_edge.i - 2 == noun.head.i and noun.doc[noun.head.i + 1].text == ","
                              and not conjuncts_of(noun.head)):
        return noun  # (but "X, its finance director since 2021, who was named ...": X, whom the post right after describes)
    return token.head if token.dep_ == "appos" and token.head.pos_ == "PROPN" else token


def is_place(token: Token, ctx: Context | None = None) -> bool:
    if ctx is not None:
        entity = ctx.ents.of(token)
        if entity is not None:
            return entity.type in PLACE_TYPES
    return token.ent_type_ in PLACE_TYPES
