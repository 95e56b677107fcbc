"""Facts with validity intervals, from the events and statements of one analysis (`facts` stage).

Conventions (read by the queries, which show a fact from either side):
- spouse(X, Y) is ONE symmetric fact per couple, subject = the partner mentioned first;
  it starts at the wedding's date and ends at a divorce, a death, or a confirmed separation.
  A separation that is only hedged or attributed to someone does not end it: it becomes a fact
  `separated` of its own, with that certainty.  An end whose date is unknown is `PAST_REF`.
- parent(P, C): P is a parent of C (from births and from "their son, C" / "X's daughter C").
- employee(P, O) and role(P, value=title, object=O or None), from appointments, hirings,
  elections, resignations and from titles next to names ("O chief executive P").
- located_in(A, B) from "A, B" place appositions and "based in B".
- age(P, value) as of the article date, and birth_year(P, value): the likelier of the two
  possible years (the article date is in the first half of the year -> the earlier one).
Each fact keeps all its evidence, the events it came from, and the certainty of its most
certain source.  Events that did not happen (NEG) or are only planned / attempted give no fact.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from .extract.entity_lexicon import lexicon
from .model import (
    ASSERTED,
    ATTRIBUTED,
    HEDGED,
    NEGATED,
    SPECULATIVE,
    Analysis,
    Argument,
    Event,
    Evidence,
    Fact,
)
from .resolve_clauses import interval, subject_of, tokens_of, verb_facts
from .resolve_moves import earlier_posts, handovers, moves, moves_in_text

DATA = Path(__file__).parent / "extract" / "data" / "facts_relations.toml"
RANK = {ASSERTED: 0, ATTRIBUTED: 1, HEDGED: 2, SPECULATIVE: 3, NEGATED: 4}
PLACES = {"GPE", "LOC", "FAC"}
PAST = "PAST_REF"
COPULAS = frozenset({"be", "become", "remain"})


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)


@dataclass(slots=True)
class _Builder:
    """Facts keyed by (relation, subject, object, value); a repeated fact merges its sources."""

    analysis: Analysis
    facts: dict[tuple[str, str, str | None, str | None], Fact] = field(default_factory=dict)

    def add(self, relation: str, subject: str, obj: str | None = None, value: str | None = None, *,
            valid_from: str | None = None, evidence: Evidence | None = None, event: Event | None = None,
            certainty: str = ASSERTED, claim: str | None = None) -> Fact:
        key = (relation, subject, None if relation == "role" else obj, value)  # one role, its organisation when known
        if relation == "spouse" and obj is not None:
            other = (relation, obj, subject, value)
            key = other if other in self.facts else key
        fact = self.facts.get(key)
        if fact is None:
            fact = Fact(id="", relation=relation, subject=key[1], object=key[2], value=value, certainty=certainty, claim=claim)
            self.facts[key] = fact
        if fact.object is None and obj is not None and fact.subject != obj:
            fact.object = obj
        elif RANK.get(certainty, 9) < RANK.get(fact.certainty, 9):
            fact.certainty, fact.claim = certainty, claim
        if valid_from and (fact.valid_from is None or valid_from < fact.valid_from):
            fact.valid_from = valid_from
        if evidence is not None and all(
            (e.sentence, e.start, e.end) != (evidence.sentence, evidence.start, evidence.end) for e in fact.evidence
        ):
            fact.evidence.append(evidence)
        if event is not None and event.id not in fact.events:
            fact.events.append(event.id)
        return fact

    def from_event(self, relation: str, subject: str, obj: str | None, event: Event, value: str | None = None) -> Fact:
        return self.add(relation, subject, obj, value, valid_from=event.time if _dated(event.time) else None,
                        evidence=Evidence(event.sentence, event.start, event.end), event=event,
                        certainty=event.certainty, claim=event.claim)


def _dated(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _factual(event: Event) -> bool:
    return event.polarity == "POS" and event.modality in (None, "conditional") and event.certainty != NEGATED


def _ids(event: Event, roles: list[str], analysis: Analysis, types: set[str] | None = None) -> list[str]:
    out: list[str] = []
    for arg in event.args:
        if arg.role in roles and arg.entity and arg.entity not in out:
            entity = analysis.entity(arg.entity)
            if entity is not None and (types is None or entity.type in types):
                out.append(arg.entity)
    return out


# -- relations from events ----------------------------------------------------------------------
def _spouses(b: _Builder, events: list[Event]) -> None:
    cfg = config()["spouse"]
    a = b.analysis
    for event in events:
        if event.type in cfg["start_types"] and _factual(event):
            partners = _ids(event, cfg["roles"], a, {"PERSON"})
            for i, x in enumerate(partners):
                for y in partners[i + 1:]:
                    b.from_event("spouse", x, y, event)
    confirmed = _confirmed_splits(events, cfg, a)
    for fact in [f for f in b.facts.values() if f.relation == "spouse"]:
        pair = {fact.subject, fact.object}
        for event in events:
            if not _factual(event) or not (_ends_marriage(event, pair, fact, cfg, a) or _split_of(event, pair, confirmed, cfg, a)):
                continue
            end = event.time if _dated(event.time) else PAST
            if end == PAST or fact.valid_from is None or end >= fact.valid_from:
                if fact.valid_to in (None, PAST) or (end != PAST and end < fact.valid_to):  # type: ignore[operator]
                    fact.valid_to = end
                ev = Evidence(event.sentence, event.start, event.end)
                if ev not in fact.evidence:
                    fact.evidence.append(ev)
                if event.id not in fact.events:
                    fact.events.append(event.id)
    for event in events:  # unconfirmed separations: a fact of their own, with their certainty
        if event.type in cfg["separation_types"] and _factual(event) and not _confirmed(event, set(), cfg, a):
            partners = _ids(event, cfg["roles"], a, {"PERSON"})
            if frozenset(partners) in confirmed:
                continue  # "the date of separation was X" of a split confirmed elsewhere dates it
            for i, x in enumerate(partners):
                for y in partners[i + 1:]:
                    b.from_event("separated", x, y, event)


def _confirmed_splits(events: list[Event], cfg: dict[str, Any], a: Analysis) -> set[frozenset[str]]:
    """Couples whose separation or divorce the article confirms somewhere."""
    out = set()
    for event in events:
        if _factual(event) and (event.type in cfg["end_types"] and event.certainty in (ASSERTED, ATTRIBUTED)
                                or event.type in cfg["separation_types"] and _confirmed(event, set(), cfg, a)):
            out.add(frozenset(_ids(event, cfg["roles"], a, {"PERSON"})))
    return out


def _split_of(event: Event, pair: set[str | None], confirmed: set[frozenset[str]], cfg: dict[str, Any], a: Analysis) -> bool:
    """A separation of a couple whose split is confirmed elsewhere, reported by a source rather
    than hedged ("court papers list the date of separation as X"): it dates the end."""
    if event.type not in cfg["separation_types"] or event.certainty not in (ASSERTED, ATTRIBUTED):
        return False
    return frozenset(pair) in confirmed and set(_ids(event, cfg["roles"], a, {"PERSON"})) == pair


def _wronged_spouses(b: _Builder, events: list[Event]) -> None:
    """An affair of a married person also concerns their spouse: the spouse becomes its `target`,
    so the affair is on the spouse's timeline too."""
    cfg = config()["spouse"]
    a = b.analysis
    spouses = [f for f in b.facts.values() if f.relation == "spouse" and f.object]
    for event in events:
        if event.type not in cfg["target_types"] or any(arg.role == "target" for arg in event.args):
            continue
        agents = set(_ids(event, ["agent"], a, {"PERSON"}))
        others = set(_ids(event, [r for r in {arg.role for arg in event.args} if r != "agent"], a))
        for fact in spouses:
            if not agents & {fact.subject, fact.object} or not _married_then(fact, event.time):
                continue
            spouse = fact.object if fact.subject in agents else fact.subject
            entity = a.entity(spouse)
            if entity is None or spouse in others or spouse in agents or not entity.mentions:
                continue
            mention = min(entity.mentions, key=lambda m: abs(m.start - event.start))
            event.args.append(Argument("target", mention.start, mention.end, mention.text, spouse))
            others.add(spouse)


def _married_then(fact: Fact, when: str | None) -> bool:
    if not _dated(when):
        return fact.valid_to in (None, PAST)
    began = fact.valid_from is None or not _dated(fact.valid_from) or fact.valid_from[: len(when)] <= when  # type: ignore[index]
    ended = _dated(fact.valid_to) and fact.valid_to < when  # type: ignore[operator]
    return began and not ended


def _ends_marriage(event: Event, pair: set[str | None], fact: Fact, cfg: dict[str, Any], a: Analysis) -> bool:
    if event.type in cfg["death_types"]:
        return bool(pair & set(_ids(event, ["agent", "patient", "person"], a, {"PERSON"})))
    named = set(_ids(event, cfg["roles"], a))
    if not named & pair or named - pair - {None}:
        return False  # about someone else, or with a third person
    if event.type in cfg["end_types"]:
        return event.certainty in (ASSERTED, ATTRIBUTED)
    if event.type in cfg["separation_types"]:
        return _confirmed(event, pair, cfg, a)
    return False


def _confirmed(event: Event, pair: set[str | None], cfg: dict[str, Any], a: Analysis) -> bool:
    if event.certainty == ASSERTED:
        return True
    if event.certainty != ATTRIBUTED or not event.claim:
        return False
    claim = next((c for c in a.claims if c.id == event.claim), None)
    if claim is None:
        return False
    partners = pair or set(_ids(event, cfg["roles"], a))
    return claim.speaker in partners or (claim.cue or "").lower() in cfg["confirm_cues"]


def _parents(b: _Builder, events: list[Event], doc: Doc | None = None) -> None:
    cfg = config()["parent"]
    for event in events:
        if event.type in cfg["types"] and _factual(event):
            children = _ids(event, cfg["child_roles"], b.analysis)
            others = [c for c in _coordinated(b.analysis, doc, event, cfg["child_roles"]) if c not in children]
            undated = event.time_source == "sentence" or _stative(doc, event, cfg)
            for parent in _ids(event, cfg["parent_roles"], b.analysis):
                for child in children + others:
                    if parent == child:
                        continue
                    if undated or child in others:  # "they married in 2001; the couple have two sons": no birth date;
                        # "son A, born in 2011, and daughter B": A's date is not B's
                        b.add("parent", parent, child, evidence=Evidence(event.sentence, event.start, event.end), event=event,
                              certainty=event.certainty, claim=event.claim)
                    else:
                        b.from_event("parent", parent, child, event)


def _stative(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> bool:
    """"the couple have / share two sons" (present tense): a state, not a birth."""
    if doc is None or event.lemma not in cfg["stative_lemmas"]:
        return False
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("VBP", "VBZ")


def _coordinated(a: Analysis, doc: Doc | None, event: Event, roles: list[str]) -> list[str]:
    """"two sons, Kieran and Joe": the people coordinated with a named child argument."""
    out: list[str] = []
    for arg in event.args if doc is not None else []:
        span = doc.char_span(arg.start, arg.end, alignment_mode="expand") if arg.role in roles and arg.entity else None  # type: ignore[union-attr]
        for other in span.root.conjuncts if span is not None else ():
            found = _entity(a, other)
            if found is not None and found != arg.entity and _kind(a, found) == "PERSON" and found not in out:
                out.append(found)
    return out


def _employment(b: _Builder, events: list[Event], doc: Doc | None = None) -> None:
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["start_types"] or not _factual(event):
            continue
        people = _ids(event, cfg["person_roles"], a, {"PERSON"})
        orgs = _ids(event, cfg["organization_roles"], a, {"ORG"})
        titles = [_arg_title(doc, arg) for arg in event.args if arg.role in cfg["title_roles"] and not arg.entity]
        body = any(arg.role in cfg["member_roles"] for arg in event.args)
        successor = any(arg.role in cfg["predecessor_roles"] for arg in event.args)
        relation = "member" if event.type in cfg["member_types"] or body else "employee"
        for person in people:
            for org in orgs:
                b.from_event(relation, person, org, event)
            for title in titles:
                b.from_event("role", person, orgs[0] if orgs else None, event, value=title.lower())
            if not orgs and not titles and not body and not successor and _dated(event.time) \
                    and event.type not in cfg["member_types"]:  # "entered parliament in 2017" dates no minister's post  # "Solberg, who was appointed in June 2021";
                # "joined the cabinet in 2022" dates no title
                undated = [f for f in b.facts.values() if f.subject == person and f.relation in ("role", "employee")
                           and f.valid_from is None]
                if len([f for f in undated if f.relation == "role"]) > 1:
                    continue  # two posts known, the appointment names neither: which one began is not said
                for fact in undated:
                    fact.valid_from = event.time
                    fact.evidence.append(Evidence(event.sentence, event.start, event.end))
                    fact.events.append(event.id)
    for event in events:
        if not (event.type in cfg["end_types"] or _phrasal_end(doc, event, cfg)) or not _factual(event):
            continue
        people = set(_ids(event, cfg["person_roles"] + ["agent"], a, {"PERSON"}))
        orgs = set(_ids(event, cfg["organization_roles"], a, {"ORG"}))
        titles = [_arg_title(doc, arg) for arg in event.args if arg.role in cfg["title_roles"] and not arg.entity]
        if not titles and doc is not None:  # "retired as chief executive of X in 2019"
            titles, orgs = _as_titles(a, doc, event, orgs)
        for person in sorted(people):  # "resigned as health minister": she held the post until then
            for title in titles:
                b.add("role", person, next(iter(orgs), None), title, evidence=Evidence(event.sentence, event.start, event.end),
                      event=event, certainty=event.certainty, claim=event.claim)
                for org in orgs if titles else []:  # "retired as chief executive of X": and worked there
                    b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end),
                          event=event, certainty=event.certainty, claim=event.claim)
        ended = [f for f in b.facts.values() if f.relation in ("employee", "member", "role") and f.subject in people
                 and f.valid_to is None and _ends_post(f, orgs, titles)]
        if not orgs and not titles and len(ended) > 1:
            continue  # "X resigns" with several posts known: which one is told elsewhere
        end = event.time if _dated(event.time) and not _time_since(doc, a, event) else PAST
        for fact in ended:
            if end == PAST or not fact.valid_from or end >= fact.valid_from:
                fact.valid_to = end
                fact.evidence.append(Evidence(event.sentence, event.start, event.end))
                fact.events.append(event.id)


def _arg_title(doc: Doc | None, arg: Argument) -> str:
    """An event's title argument as a post: "first paid manager" -> "manager"; as written when
    its head names no known post."""
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand") if doc is not None else None
    value = title_value(span.root) if span is not None and span.root.pos_ in ("NOUN", "PROPN") else None
    if value is None or span is None:
        return arg.text.lower()
    rest = span.doc[span.root.i + 1 : span.end]
    if len(rest) and not any(t.ent_type_ for t in rest):  # "member of parliament", not "mayor of Westmere"
        value = f"{value} {rest.text.lower()}"
    return value


def _time_since(doc: Doc | None, a: Analysis, event: Event) -> bool:
    """Is the event's time a "since 2015" / "from 2015" -- when a post began, not when it ended?"""
    timex = next((t for t in a.timexes if t.tid and t.tid == event.timex), None)
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand") if doc is not None and timex is not None else None
    if span is None:
        return False
    prep = next((t for t in [span.root, *list(span.root.ancestors)[:2]] if t.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in ("since", "from")


def _phrasal_end(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> bool:
    """An untyped "stepped down as ..." whose particle the parse took for an adverb."""
    if doc is None or event.type is not None or event.lemma not in cfg["phrasal_end_verbs"]:
        return False
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(c.lower_ in cfg["phrasal_end_verbs"][event.lemma] for c in span.root.children)


def _as_titles(a: Analysis, doc: Doc, event: Event, orgs: set[str]) -> tuple[list[str], set[str]]:
    """The post an ending event names with "as" ("retired as chief executive of X"), and its organisation."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    titles, found = [], set(orgs)
    for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "as") if span is not None else []:
        for title in (p for p in prep.children if p.dep_ == "pobj"):
            value = title_value(title)
            if value is not None:
                titles.append(value)
                found |= {e for e in (_entity(a, p) for c in title.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                                      for p in c.children if p.dep_ == "pobj") if e and _kind(a, e) == "ORG"}
    return titles, found


def _successors(b: _Builder, events: list[Event]) -> None:
    """"appointed X to replace Y": X holds the post Y gave up, from the appointment on."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["start_types"] or not _factual(event):
            continue
        before = _ids(event, cfg["predecessor_roles"], a, {"PERSON"})
        after = _ids(event, cfg["person_roles"], a, {"PERSON"})
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject in before and f.valid_to is not None]
        for person in after:
            for post in posts:
                b.add("role", person, post.object, post.value, valid_from=event.time if _dated(event.time) else None,
                      evidence=Evidence(event.sentence, event.start, event.end), event=event,
                      certainty=event.certainty, claim=event.claim)


def _founders(b: _Builder, events: list[Event]) -> None:
    """"X was founded by A; A is chief executive": a founder's current title with no organisation
    named is a post at the company founded, and the founder works there."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["founding_types"] or not _factual(event):
            continue
        orgs = _ids(event, ["organization"], a, {"ORG"})
        if len(orgs) != 1:
            continue
        for person in _ids(event, ["agent"], a, {"PERSON"}):
            posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person
                     and f.object is None and f.valid_to is None]
            for fact in posts:
                fact.object = orgs[0]
            if posts:
                b.add("employee", person, orgs[0], evidence=posts[0].evidence[0] if posts[0].evidence else None,
                      event=event, certainty=event.certainty, claim=event.claim)


def _ends_post(fact: Fact, orgs: set[str], titles: list[str]) -> bool:
    """Does a resignation / firing / retirement from `orgs` as `titles` end this fact?"""
    if titles and fact.relation == "role":
        return fact.value in titles
    if orgs:
        return fact.object in orgs or (fact.relation == "role" and fact.object is None and not titles)
    return fact.relation != "member" and not titles  # a retirement does not leave the Academy


# -- relations from statements ------------------------------------------------------------------
def _entity(a: Analysis, token: Token | None) -> str | None:
    if token is None:
        return None
    start, end = token.idx, token.idx + len(token.text)
    best = None
    for entity in a.entities:
        for m in entity.mentions:
            if m.start <= start and end <= m.end and (best is None or m.end - m.start < best[0]):
                best = (m.end - m.start, entity.id)
    return best[1] if best else None


def _kind(a: Analysis, entity_id: str | None) -> str | None:
    entity = a.entity(entity_id)
    return entity.type if entity else None


def _evidence(a: Analysis, doc: Doc, first: Token, last: Token) -> Evidence:
    lo, hi = min(first.i, last.i), max(first.i, last.i)
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    sentence = a.sentence_at(start)
    return Evidence(sentence.index if sentence else 0, start, end)


def _name_of(kin: Token) -> Token | None:
    """The name a kin or title noun stands with: "son Oscar", "her husband, X", "X, her husband"."""
    for child in kin.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in kin.children:  # "her husband, the architect X"
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "ADJ"):  # the small model tags some as ADJ
            named = next((c for c in child.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    if kin.dep_ in ("compound", "appos") and kin.head.pos_ == "PROPN":
        return kin.head
    if kin.dep_ == "attr" and kin.head.lemma_ in COPULAS:  # "Lindgren is chief executive", "X, who has been its CFO"
        subject = subject_of(kin.head)
        return subject if subject is not None and subject.pos_ == "PROPN" else None
    return None


def _other_party(kin: Token, name: Token, a: Analysis, coordinated: bool) -> str | None:
    """Whose husband / son / CEO: the possessor, else (spouses only) the person coordinated with
    "X and husband Y" -- "son A and daughter B" are siblings, not parent and child."""
    for token in (kin, name):
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None and (found := _entity(a, poss)) is not None:
            return found
        if poss is not None and poss.lower_ == "whose":  # "X, whose son Y is a painter"
            clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
            if clause is not None and (found := _entity(a, clause.head)) is not None:
                return found
    for token in (kin, name):
        if coordinated and token.dep_ == "conj":
            return _entity(a, token.head)
    of = next((p for c in kin.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    return _entity(a, of)  # "X, the daughter of Y"


def _statements(b: _Builder, doc: Doc) -> None:
    cfg = config()["statements"]
    a = b.analysis
    for token in tokens_of(doc):
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        former = any(c.lower_.strip("-") in cfg["ended_modifiers"] for c in token.children if c.dep_ in ("amod", "compound", "advmod"))
        _location(b, doc, token, cfg)
        _titles(b, doc, token, cfg, former)
        _owned_business(b, doc, token)
        ex = token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ in cfg["ended_modifiers"]
        if lemma in cfg["spouse_nouns"] or lemma in cfg["child_nouns"] or lemma in cfg["parent_nouns"]:
            if (former or ex) and lemma not in cfg["spouse_nouns"]:
                continue  # "her late father": no relation ends with it
            name = _name_of(token)
            this, other = (_entity(a, name), _other_party(token, name, a, lemma in cfg["spouse_nouns"])) if name is not None \
                else (None, None)
            if not this or not other or this == other:  # "his wife of ten years, X" when the parse misses it
                this, other = _kin_in_sequence(a, doc, token)
                name = next((t for t in doc[token.i + 1 : token.i + 9] if _entity(a, t) == this), token)
            if not this or not other or this == other or _kind(a, this) != "PERSON" or _kind(a, other) != "PERSON":
                continue
            ev = _evidence(a, doc, token, name)
            if lemma in cfg["child_nouns"]:  # "her daughters, Ann and Mia"
                for sibling in name.conjuncts:
                    if (more := _entity(a, sibling)) not in (None, this, other) and _kind(a, more) == "PERSON":
                        b.add("parent", other, more, evidence=ev)
            if lemma in cfg["spouse_nouns"]:
                fact = b.add("spouse", other, this, evidence=ev)
                if former or ex:  # "her ex-husband": over, at a time not given -- no current spouse
                    fact.valid_to = fact.valid_to or PAST
            elif lemma in cfg["child_nouns"]:
                b.add("parent", other, this, evidence=ev)
            else:
                b.add("parent", this, other, evidence=ev)


def _kin_in_sequence(a: Analysis, doc: Doc, kin: Token) -> tuple[str | None, str | None]:
    """"his wife of ten years, X" / "her ex-husband, X": a possessive, the kin noun (with an
    "of ..." phrase), a comma and a name, read from the words when the parse does not join them."""
    before = kin.i - 1
    while before >= 0 and (doc[before].text in ("-", "–") or doc[before].lower_ in config()["statements"]["ended_modifiers"]):
        before -= 1
    owner = _entity(a, doc[before]) if before >= 0 and doc[before].tag_ in ("PRP$", "POS") else None
    if owner is None and before >= 1 and doc[before].tag_ == "POS":
        owner = _entity(a, doc[before - 1])
    i = kin.i + 1
    if i < len(doc) and doc[i].lower_ == "of":
        while i < len(doc) and i - kin.i < 6 and doc[i].text != ",":
            i += 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
        return None, None
    return _entity(a, doc[i + 1]), owner


@lru_cache(maxsize=1)
def _title_sets() -> tuple[frozenset[str], frozenset[str]]:
    titles = frozenset(config()["statements"]["titles"])
    return titles, frozenset(w for title in titles for w in title.split())


def title_value(token: Token) -> str | None:
    """The post a title noun names, as written ("chief executive", "junior treasury minister"),
    without the modifiers that only say where the post is: a name or an organisation / work noun
    and what precedes it ("Acme CEO" -> "ceo", "morning show host" -> "host").  None when the
    noun names no known post."""
    titles, title_words = _title_sets()
    if token.lower_ not in title_words and token.lemma_.lower() not in title_words:
        return None  # the head of a post is one of its words: most nouns are no post
    lex = lexicon()
    left = token.i
    while left > 0 and token.doc[left - 1].dep_ in ("compound", "amod") and token.doc[left - 1].head.i >= token.i \
            and not token.doc[left - 1].is_punct:
        left -= 1
    tokens = list(token.doc[left : token.i + 1])
    cut = max((k + 1 for k, t in enumerate(tokens[:-1]) if t.lower_ not in title_words and (
        t.ent_type_ or t.pos_ in ("PROPN", "VERB", "PUNCT", "NUM") or t.lemma_.lower() in lex.type_of_noun
        or t.lower_ in lex.title_adjectives or (t.pos_ == "ADJ" and k == 0 and t.tag_ in ("JJ", "JJS") and t.i < token.i - 1
                                                 and token.doc[t.i + 1].pos_ in ("ADJ", "VERB")))), default=0)
    # "the Paris-born chef" -> chef, "first paid manager" -> manager
    words = " ".join(t.lower_ for t in tokens[cut:]).replace(" - ", "-")
    if words in titles:
        return words
    if tokens[-1].lower_ in titles or tokens[-1].lemma_.lower() in titles:
        return words
    joined = words.split()
    for k in range(1, len(joined)):  # "head of buying" is not met here; "vice-chair" is
        if " ".join(joined[k:]) in titles:
            return words
    return None


def _occupation(token: Token) -> bool:
    """A noun naming someone by what they do: a person noun of the lexicon, or a word made like
    one ("glaciologist", "auditor", "historian")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ == "NNS":
        return False
    lex = lexicon()
    if lemma in lex.crowd_nouns or lemma in lex.bystander_nouns or lemma in lex.relation_of \
            or lemma in config()["statements"]["not_occupations"]:
        return False
    return lex.is_person_noun(lemma) or lemma.endswith(tuple(config()["statements"]["occupation_endings"]))


def _titles(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any], former: bool = False) -> None:
    """Role and employer from a title or occupation next to a name ("Acme's chief executive,
    X", "X, an astrophysicist at Y"): a known post makes a role, any person noun with "at / of Y"
    an employee of Y.  A former one ended at a time the text does not give: its end stays unknown
    (None), as the fixtures' convention reads an unknown end."""
    a = b.analysis
    title = title_value(token)
    if title is None and not _occupation(token):
        return
    if any(c.lower_ in cfg["opponent_adjectives"] for c in token.children if c.dep_ == "amod"):
        return  # "a vocal critic of Acme"
    name = _name_of(token)
    person = _entity(a, name)
    if person is None or _kind(a, person) != "PERSON":
        return
    if token.lemma_.lower() in lexicon().relation_of and any(_kind(a, _entity(a, c)) == "PERSON" for c in token.children
                                                             if c.dep_ == "poss"):
        return  # "her partner, X": a relation, not a post
    org = None
    before = [c for c in name.children if c.dep_ in ("nmod", "compound") and c.i < token.i]  # type: ignore[union-attr]
    for child in [*token.children, *(c for c in name.children if c.dep_ == "prep"), *before]:  # type: ignore[union-attr]
        if child.dep_ == "prep" and child.lower_ in cfg["org_preps"]:  # "at the carmaker Voltra" -> Voltra
            org = next((_entity(a, p) or _entity(a, _appos_name(p)) for p in child.children if p.dep_ == "pobj"), None) or org
        elif child.dep_ in ("poss", "compound", "nmod") and _kind(a, _entity(a, child)) == "ORG":
            org = _entity(a, child)
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and _entity(a, child) is None:
            org = _org_by_noun(a, child)  # "the school's director" far from "the Crescent Jazz School"
    if org is not None and _kind(a, org) not in ("ORG", "FAC"):
        org = None
    if title is None and (org is None or former):
        return
    ev = _evidence(a, doc, token, name)  # type: ignore[arg-type]
    when = None if former else interval(a, doc, token.head if token.dep_ == "attr" else token)
    # "has been mayor since 2019", "X, the party's leader since 2015,"
    start = when.start if when else None
    if when is not None and start is None and token.head.lemma_ == "become":  # "became chief executive in 2015"
        start = when.point
    facts = [b.add("role", person, org, title, evidence=ev, valid_from=start)] if title and not former else []
    # "a former engineer at Voltra": the employer is a fact (its end unknown); a post no longer held is no role
    if org:
        facts.append(b.add("employee", person, org, evidence=ev, valid_from=start))
    for fact in facts:
        if when is not None and when.end and fact.valid_to is None:
            fact.valid_to = when.end


def _owned_business(b: _Builder, doc: Doc, token: Token) -> None:
    """"Lyle's firm, Clearwell Services" / "her company, Acme": the person works there."""
    a = b.analysis
    if token.pos_ != "NOUN" or lexicon().type_of_noun.get(token.lemma_.lower()) != "ORG" \
            or token.lemma_.lower() not in config()["statements"]["business_nouns"]:
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    person = _entity(a, owner)
    name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    org = _entity(a, name)
    if person and org and _kind(a, person) == "PERSON" and _kind(a, org) == "ORG":
        b.add("employee", person, org, evidence=_evidence(a, doc, owner, name))  # type: ignore[arg-type]


def _org_by_noun(a: Analysis, noun: Token) -> str | None:
    """The one organisation of the article a definite noun names: by a word of its name ("the
    school" -> "Crescent Jazz School") or by its description ("the co-operative")."""
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    word = noun.lemma_.lower()
    found = [e.id for e in a.entities if e.type == "ORG" and (word in e.name.lower().split() or word in e.attrs.get("roles", []))]
    return found[0] if len(found) == 1 else None


def _appos_name(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)


def _location(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any]) -> None:
    a = b.analysis
    if token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
        return  # the name's last word speaks for it
    inner = _entity(a, token)
    inner_kind = _kind(a, inner)
    if inner is None or inner_kind not in PLACES | {"ORG"}:
        return
    if inner_kind == "FAC" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
        place = _entity(a, doc[token.i + 2])  # "a premiere at the Cine Alcázar in Madrid": a venue is where it is
        if place is not None and place != inner and _kind(a, place) == "GPE":
            b.add("located_in", inner, place, evidence=_evidence(a, doc, token, doc[token.i + 2]))
    lex = lexicon()
    descriptions = [c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"
                    and not lex.is_person_noun(c.lemma_.lower())]  # "X, the Denver-based maker"
    described = {g.i for d in descriptions for g in d.children}
    described |= {c.i for c in token.children if c.dep_ == "compound" and any(c.i < d.i for d in descriptions)}  # "the London label X"
    for child in [*token.children, *(g for d in descriptions for g in d.children)]:
        outer_token = None
        if child.dep_ in ("appos", "npadvmod") and child.ent_type_ in PLACES and inner_kind in PLACES:
            outer_token = child  # "Santa Barbara, California"
        elif child.i in described and child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
            outer_token = child  # "the Barcelona studio X", "X, a Harlem club"
        elif child.i in described and child.dep_ == "prep" and child.lower_ == "in":  # "X, a stately home in Y"
            outer_token = next((p for p in child.children if p.dep_ == "pobj"), None)
        elif child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in cfg["location_verbs"]:  # "which is based in Y"
            prep = next((p for p in child.children if p.dep_ == "prep" and p.lower_ == "in"), None)
            if prep is not None:  # "X, based in Y"
                outer_token = next((p for p in prep.children if p.dep_ == "pobj"), None)
            else:  # "the Y-based maker"
                outer_token = next((p for p in child.children if p.dep_ in ("npadvmod", "compound", "nmod")), None)
        elif child.dep_ == "prep" and child.lower_ == "in" and inner_kind in ("ORG", "FAC"):  # "the X Institute in Y"
            outer_token = next((p for p in child.children if p.dep_ == "pobj" and p.ent_type_ in PLACES), None)
        outer = _entity(a, outer_token)
        if outer and child.i in described and inner_kind in ("GPE", "LOC") and _kind(a, outer) != "GPE":
            continue  # "Tromsø, the Arctic city": a region describes a place, a city or country locates it
        if outer and outer != inner and _kind(a, outer) in PLACES:
            b.add("located_in", inner, outer, evidence=_evidence(a, doc, token, outer_token))  # type: ignore[arg-type]


def _members(b: _Builder) -> None:
    """A player's employment is membership of the team."""
    titles = set(config()["employment"]["member_titles"])
    players = {f.subject for f in b.facts.values() if f.relation == "role" and (f.value or "").split()[-1:] and (f.value or "").split()[-1] in titles}
    players |= {e.id for e in b.analysis.entities if any(r.split()[-1:] and r.split()[-1] in titles for r in e.attrs.get("roles", []))}
    members = {(f.subject, f.object) for f in b.facts.values() if f.relation == "member"}
    for key, fact in list(b.facts.items()):
        if fact.relation == "employee" and (fact.subject in players or (fact.subject, fact.object) in members):
            del b.facts[key]
            merged = b.add("member", fact.subject, fact.object, valid_from=fact.valid_from,
                           certainty=fact.certainty, claim=fact.claim)
            merged.valid_to = merged.valid_to or fact.valid_to
            merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
            merged.events += [e for e in fact.events if e not in merged.events]


def _merge_titles(b: _Builder) -> None:
    """"minister" and "health minister" of one person are one post: the longer name keeps both sources."""
    roles = [(key, f) for key, f in b.facts.items() if f.relation == "role" and f.value]
    for key, short in roles:
        longer = [f for _, f in roles if f is not short and f.subject == short.subject and key in b.facts
                  and f.value.endswith(" " + short.value) and short.object in (None, f.object)]  # type: ignore[union-attr, operator]
        if len(longer) != 1:
            continue
        keep = longer[0]
        del b.facts[key]
        keep.evidence += [e for e in short.evidence if e not in keep.evidence]
        keep.events += [e for e in short.events if e not in keep.events]
        if short.valid_from and (keep.valid_from is None or short.valid_from < keep.valid_from):
            keep.valid_from = short.valid_from
        keep.valid_to = keep.valid_to or short.valid_to


def _positions(b: _Builder) -> None:
    """"the striker X", "former tennis player Y": what someone plays is no post held."""
    positions = set(config()["employment"]["not_role_titles"])
    titles = set(config()["statements"]["titles"])
    for key, fact in list(b.facts.items()):
        words = (fact.value or "").split()
        if fact.relation == "role" and words and words[-1] in positions and not (len(words) > 1 and fact.value in titles):
            del b.facts[key]


def _expand_groups(b: _Builder) -> None:
    """A fact about "the couple" or "X and Y" (an entity standing for a group) is one per member."""
    a = b.analysis
    for key, fact in list(b.facts.items()):
        entity = a.entity(fact.subject)
        members = [m for m in (entity.attrs.get("members") or []) if a.entity(m) is not None] if entity else []
        if not members:
            continue
        del b.facts[key]
        for member in members:
            if member == fact.object:
                continue
            merged = b.add(fact.relation, member, fact.object, fact.value, valid_from=fact.valid_from,
                           certainty=fact.certainty, claim=fact.claim)
            merged.valid_to = merged.valid_to or fact.valid_to
            merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
            merged.events += [e for e in fact.events if e not in merged.events]


def _birth_years(b: _Builder, events: list[Event]) -> dict[str, str]:
    """birth_year from a dated birth ("born on May 11, 1942"): the year itself, no estimate."""
    out: dict[str, str] = {}
    for event in events:
        if event.type not in config()["birth"]["types"] or not _factual(event) or not _dated(event.time) \
                or event.time_source != "clause":  # a time borrowed from the sentence may be another event's
            continue
        for person in _ids(event, config()["birth"]["person_roles"], b.analysis, {"PERSON"}):
            if person not in out:
                out[person] = event.time[:4]  # type: ignore[index]
                b.from_event("birth_year", person, None, event, value=out[person]).valid_from = None
    return out


def _ages(b: _Builder, events: list[Event]) -> None:
    a = b.analysis
    dct = a.document.dct
    born = _birth_years(b, events)
    deaths = {p: e.time for e in events if e.type in config()["spouse"]["death_types"] and _factual(e) and _dated(e.time)
              for p in _ids(e, ["agent", "patient"], a, {"PERSON"})}
    for entity in a.entities:
        age = entity.attrs.get("age")
        if not isinstance(age, int) or not entity.mentions:
            continue
        as_of = str(entity.attrs.get("age_as_of") or dct)
        died = deaths.get(entity.id) if entity.attrs.get("age_at_death") else None
        if died and died[:4] < dct[:4]:  # "died last year at the age of 83": an age then is no age now,
            if entity.id not in born:  # but its birth year holds
                b.add("birth_year", entity.id, None, str(int(died[:4]) - age - (1 if died[5:] < "07-01" else 0)))
            continue
        mention = next((m for m in entity.mentions if str(age) in a.sentence_text(m.sentence)), entity.mentions[0])
        ev = Evidence(mention.sentence, mention.start, mention.end)
        fact = b.add("age", entity.id, None, str(age), valid_from=as_of, evidence=ev)
        fact.valid_to = as_of
        if entity.id not in born:
            year = int(as_of[:4]) - age - (1 if as_of[5:] < "07-01" else 0)
            b.add("birth_year", entity.id, None, str(year), evidence=ev)


def _verb_statements(b: _Builder, doc: Doc) -> None:
    a = b.analysis
    verb_facts(a, doc, config()["verbs"], b.add, lambda t: _entity(a, t), lambda e: _kind(a, e),
               lambda x, y: _evidence(a, doc, x, y), title_value)


def run(doc: Doc, analysis: Analysis, options: object = None) -> None:
    b = _Builder(analysis)
    events = analysis.events
    if doc is not None:  # first, so that events can date and end what statements say
        _statements(b, doc)
        _verb_statements(b, doc)
    _ages(b, events)
    _spouses(b, events)
    _wronged_spouses(b, events)
    _parents(b, events, doc)
    _employment(b, events, doc)
    _founders(b, events)
    _successors(b, events)
    if doc is not None:
        a = analysis
        moves(b, doc, events, config()["employment"], _ids, lambda t: _entity(a, t), lambda e: _kind(a, e), _factual)
        moves_in_text(b, doc, events, config()["employment"], _ids, lambda t: _entity(a, t), lambda e: _kind(a, e), _factual)
        earlier_posts(b, doc, events, config()["employment"], _ids, title_value, _factual)
        handovers(b, doc, events, config()["employment"], lambda t: _entity(a, t))
    _members(b)
    _merge_titles(b)
    _positions(b)
    _expand_groups(b)
    facts = list(b.facts.values())
    for n, fact in enumerate(facts, 1):
        fact.id = f"F{n}"
        fact.evidence.sort(key=lambda e: e.start)
    analysis.facts = facts
