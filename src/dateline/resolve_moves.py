"""Moves between organisations, read from events (used by `resolve`):

- "A signed X from B", "X joins / moved from B": X's post at B ended when the move happened;
- "X left B in 2020" (an untyped event of a leaving verb): the same;
- "X joined B's academy at 17": the post began the year X turned 17, when X's birth year is known;
- "appointed ... in March 2019, after eleven years as its finance chief": the earlier post held
  from eleven years before the appointment until it, at the same organisation (`earlier_posts`);
- "X will take over on July 1" / "takes up the post in May": X's new post begins then (`handovers`);
- "joined Y in 2016 after a fellowship at Z": the post at Z ended when Y's began (`stints`).
A post ended this way is an `employee` fact (a player's becomes `member` later in `resolve`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from .extract.certainty import trigger_token
from .extract.events_occasion import career_start
from .extract.events_time_fill import age_at
from .model import Analysis, Event, Evidence
from .nlp import children_of, strings
from .resolve_base import _entity, _kind, band_calling, whole_years
from .resolve_clauses import interval, subject_of, tokens_of
from .resolve_orgs import seat_kept

Find = Callable[[Token | None], str | None]


def _trigger(doc: Doc, event: Event) -> Token | None:
    return trigger_token(doc, event.start, event.end)


def _dated(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _named(tok: Token, entity_of: Find) -> str | None:
    """The entity a noun phrase names: itself, or the name in apposition ("the dairy group Trorvik")."""
    found = entity_of(tok)
    if found is not None:
        return found
    return next((entity_of(c) for c in children_of(tok) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)


def _origins(trigger: Token, entity_of: Find, kind_of: Callable[[str | None], str | None]) -> list[str]:
    out = []
    away = [c for c in children_of(trigger) if c.dep_ == "advmod" and c.lower_ == "away"]  # "was hired away from B"
    # "signed for Y from B", "moved to Y from B": the parser hangs "from" on the body moved to
    goal = [o for p in children_of(trigger) if p.dep_ == "prep" and p.lower_ in ("for", "to") for o in children_of(p) if o.dep_ == "pobj"]
    for prep in (g for h in (trigger, *away, *goal) for g in children_of(h)):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in children_of(prep):
                org = _named(obj, entity_of) if obj.dep_ == "pobj" else None
                if org is not None and kind_of(org) == "ORG" and org not in out:
                    out.append(org)
    return out


DONE_MOVE_VERBS = frozenset({"complete", "finalise", "finalize", "confirm", "announce", "seal", "conclude"})


def _done(trigger: Token) -> bool:
    """A move over by now: "joined from B", "have completed the signing of X from B"."""
    if trigger.tag_ in ("VBD", "VBN"):
        return True
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.tag_ in ("VBD", "VBN") \
        and trigger.head.lemma_.lower() in DONE_MOVE_VERBS


def ev_at(a: Analysis, verb: Token) -> Evidence:
    sentence = a.sentence_at(verb.idx)
    return Evidence(sentence.index if sentence else 0, verb.idx, verb.idx + len(verb.text))


def _destination(verb: Token, entity_of: Find) -> bool:
    """"joined Y from B", "moved to Y from B", "came to Kelby from B": the body (or place) moved to is told."""
    return any(c.dep_ == "dobj" for c in children_of(verb)) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "at", "into") for c in children_of(verb))


def _told_over(verb: Token) -> bool:
    """"joins from B, where she had been head of drama since 2020": the text tells the stint at B over (not "where
    she has worked since 2014": held until the move is made)."""
    origins = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "from" for o in children_of(p) if o.dep_ == "pobj"]
    holders = origins + [c for o in origins for c in children_of(o) if c.dep_ == "appos"]
    return any(c.dep_ == "relcl" and any(x.dep_ == "aux" and x.lower_ == "had" for x in children_of(c))
               for h in holders for c in children_of(h))


def _moving_now(verb: Token) -> bool:
    """"X joins from B" (no will, no could): the move the article reports, over at B by its end."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in children_of(verb))


SEEING_VERBS = frozenset({"see", "photograph", "spot", "picture", "film", "snap", "catch", "pap", "watch"})


def _seen_leaving(trigger: Token) -> bool:
    """"were photographed leaving the hospital with the baby", "was seen leaving the restaurant": a leaving seen is someone
    walking out of a place, not out of a job."""
    return trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "ccomp", "advcl", "oprd") and trigger.head.lemma_.lower() in SEEING_VERBS


def moves(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], ids: Callable[..., list[str]],
          entity_of: Find, kind_of: Callable[[str | None], str | None], factual: Callable[[Event], bool]) -> None:
    a: Analysis = b.analysis
    births = {f.subject: int(f.value) for f in b.facts.values() if f.relation == "birth_year" and (f.value or "").isdigit()}
    for event in events:
        if not factual(event):
            continue
        trigger = _trigger(doc, event)
        if trigger is None:
            continue
        leaving = (event.type is None or event.type in cfg["end_types"]) and event.lemma in cfg["leave_lemmas"] \
            and not _seen_leaving(trigger)  # "left X" (career.resign; not "were photographed leaving the hospital")
        moving = event.type is None and event.lemma in cfg["move_lemmas"]  # "X joins from Y"
        if event.type not in cfg["start_types"] and not leaving and not moving:
            continue
        people = ids(event, cfg["person_roles"] + (["agent"] if leaving or moving else []), a, {"PERSON"})
        origins = _origins(trigger, entity_of, kind_of)
        if leaving:
            origins += [o for o in ids(event, ["patient", "object", "organization"], a, {"ORG"}) if o not in origins]
        origins += [o for o in ids(event, ["seller"], a, {"ORG"}) if o not in origins]  # "X sold Y to Z": Y leaves X
        end = event.time if _dated(event.time) else ("PAST_REF" if _done(trigger) else None)  # "joined from B": over by now
        ev = Evidence(event.sentence, event.start, event.end)
        for person in people:
            for org in origins:
                known = [f for f in b.facts.values() if f.subject == person and f.object == org and f.relation in ("employee", "member")]
                posts = [f for f in b.facts.values() if f.subject == person and f.object == org and f.relation == "role"
                         and not (known and band_calling(f)) and not seat_kept(a, f)]  # (a guitarist still, out of the band;
                # an MP still, out of the party)
                for fact in (known or [b.add("employee", person, org, evidence=ev, certainty=event.certainty, claim=event.claim)]) + posts:
                    if end and (fact.valid_to is None or (fact.valid_to == "PAST_REF" and end != "PAST_REF")) \
                            and (not fact.valid_from or fact.valid_from <= end):
                        fact.valid_to = end
                    if ev not in fact.evidence:
                        fact.evidence.append(ev)
            if not origins and event.lemma in cfg["away_lemmas"] and event.type in cfg["start_types"] and _dated(event.time):
                _moved_away(b, person, ids(event, cfg["organization_roles"], a), event.time, ev)
            age = age_at(trigger) if not _dated(event.time) and not leaving else None
            if age is not None and person in births:
                for fact in b.facts.values():
                    if fact.subject == person and event.id in fact.events and fact.valid_from is None:
                        fact.valid_from = str(births[person] + age)


def _moved_away(b: Any, person: str, bodies: list[str], when: str, ev: Evidence) -> None:
    """"lectured at X from 2004 and moved to Y as provost in 2019": a move naming no body left ends the one
    other job held, begun before it (not one undated: "a professor at X" may be told of the new post)."""
    held = [f for f in b.facts.values() if f.subject == person and f.relation == "employee" and f.object not in bodies
            and f.valid_to is None and _dated(f.valid_from) and f.valid_from[:4] < when[:4]]
    if not bodies or len(held) != 1:
        return
    for fact in [held[0]] + [f for f in b.facts.values() if f.subject == person and f.relation == "role" and f.object == held[0].object
                             and f.valid_to is None]:
        fact.valid_to = when
        if ev not in fact.evidence:
            fact.evidence.append(ev)


def moves_in_text(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], ids: Callable[..., list[str]],
                  entity_of: Find, kind_of: Callable[[str | None], str | None], factual: Callable[[Event], bool]) -> None:
    """"A have signed X from B" read from the words, for the mention an event merged away (the
    event keeps its first trigger, "signing" in a headline): B's post ends when X's move is dated."""
    a: Analysis = b.analysis
    lemmas = strings(doc, "lemma_lower")
    from_verbs = frozenset(cfg["from_verbs_object"]) | frozenset(cfg["from_verbs_subject"])  # (a set: tested for every word)
    for verb in tokens_of(doc):
        lemma = lemmas[verb.i]
        if lemma not in from_verbs:
            continue
        if lemma in cfg["from_verbs_object"]:
            mover = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
        else:
            mover = subject_of(verb)
        person = _named(mover, entity_of) if mover is not None else None  # "the striker X"
        if person is None or kind_of(person) != "PERSON":
            continue
        origins = _origins(verb, entity_of, kind_of) + _origins(mover, entity_of, kind_of)  # type: ignore[arg-type]
        if not origins:
            continue
        end = interval(a, doc, verb).point
        if not _dated(end) and verb.tag_ in ("VBD", "VBN"):  # "have signed": the move is done, dated by its event
            end = next((e.time for e in events if e.type in cfg["start_types"] and factual(e) and _dated(e.time)
                        and person in ids(e, cfg["person_roles"], a, {"PERSON"})), "PAST_REF")
        now = not _dated(end) and _moving_now(verb)  # "X joins from B": the move the article reports, dated at the end
        if _dated(end) and lemma in cfg["from_verbs_subject"] and not _destination(verb, entity_of):
            b.arrivals.append((person, origins, end, ev_at(a, verb)))  # "X, who arrived from B in 2023": at the body told elsewhere
        sentence = a.sentence_at(verb.idx)
        ev = Evidence(sentence.index if sentence else 0, verb.idx, verb.idx + len(verb.text))
        for org in origins:
            known = [f for f in b.facts.values() if f.subject == person and f.object == org and f.relation in ("employee", "member")]
            posts = [f for f in b.facts.values() if f.subject == person and f.object == org and f.relation == "role"]
            for fact in (known or [b.add("employee", person, org, evidence=ev)]) + posts:  # "where she had been head of drama"
                if now and fact.valid_to is None:
                    b.moved_from.append((fact, _told_over(verb)))
                if end and fact.valid_to is None and (not fact.valid_from or fact.valid_from <= end):
                    fact.valid_to = end
                if ev not in fact.evidence:
                    fact.evidence.append(ev)


def _years_before(value: str, duration: str) -> str | None:
    """"2019-03" less "P11Y" -> "2008-03"."""
    if not (duration.startswith("P") and duration.endswith("Y") and duration[1:-1].isdigit() and value[:4].isdigit()):
        return None
    return f"{int(value[:4]) - int(duration[1:-1]):04d}{value[4:]}"


def earlier_posts(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], ids: Callable[..., list[str]],
                  title_of: Callable[[Token], str | None], factual: Callable[[Event], bool]) -> None:
    """"promoted to chief executive after eleven years as finance chief", "stepped down on Sunday after eight years
    as chairman": the post held for that stretch, up to the event."""
    a: Analysis = b.analysis
    for event in events:
        leaving = event.type in cfg["end_types"]
        founding = event.type == "business.found"  # "started Y in 2015 after five years as a manager at X"
        if (event.type not in cfg["start_types"] and not leaving and not founding) or not factual(event) or not _dated(event.time):
            continue
        trigger = _trigger(doc, event)
        if trigger is None:
            continue
        people = ids(event, cfg["person_roles"] + (["agent"] if (leaving and event.type != "career.fire") or founding else []), a, {"PERSON"})
        orgs = ids(event, cfg["organization_roles"], a, {"ORG"}) if not leaving else \
            ids(event, ["organization"], a, {"ORG"})  # (whoever fires keeps their post: not the body's own agent)
        for prep in (c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "after"):
            span = doc[prep.i : prep.right_edge.i + 1]
            duration = next((t.value for t in a.timexes if t.type == "DURATION" and span.start_char <= t.start < span.end_char), None)
            began = _years_before(event.time, duration) if duration else None  # type: ignore[arg-type]
            if began is not None and leaving:
                began = began[:4]  # "after eight years as chairman": the year it began, no closer
            titles = [t for t in span if t.dep_ == "pobj" and t.head.lower_ == "as"]
            if began is None or not titles:
                continue
            named = [o for t in titles for p in children_of(t) if p.dep_ == "prep" and p.lower_ in ("of", "at", "with")
                     for g in children_of(p) if g.dep_ == "pobj" and (o := _named(g, lambda x: _entity(a, x))) is not None
                     and _kind(a, o) == "ORG"]  # "after eight years as chairman of X"
            held = named or ([] if event.type in ("career.hire", "business.found") else orgs)  # "joined Y after six years as a reporter
            # (with X)": the post was not at Y
            ev = Evidence(event.sentence, prep.idx, span.end_char)
            for person in people:
                for title in titles:
                    value = title_of(title)
                    if value is None:
                        continue
                    fact = b.add("role", person, held[0] if held else None, value, valid_from=began, evidence=ev, event=event)
                    fact.valid_to = fact.valid_to or event.time
                for org in held:  # the same employer all along: "its finance chief"
                    job = b.add("employee", person, org, valid_from=began, evidence=ev, event=event)
                    if (leaving or named) and job.valid_to is None:
                        job.valid_to = event.time


def handovers(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], entity_of: Find, ids: Callable[..., list[str]]) -> None:
    a: Analysis = b.analysis
    appointed = {e.id: e for e in events if e.type in cfg["start_types"]}
    lemmas = strings(doc, "lemma_lower")
    verbs = frozenset(cfg["start_verbs"]) | frozenset(cfg["handover_verbs"]) | frozenset(cfg["joining_verbs"])  # (a set: tested for every word)
    dct = a.document.dct
    for verb in tokens_of(doc):
        if lemmas[verb.i] not in verbs:
            continue
        joining = lemmas[verb.i] in cfg["joining_verbs"]
        if joining and (verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative") for c in children_of(verb))):
            continue  # "will join the board", "joined them": not the start of the post given
        plain = (lemmas[verb.i] in cfg["start_verbs"] or joining) and not any(
            c.dep_ in ("dobj", "xcomp", "ccomp") and c.lemma_.lower() not in cfg["post_nouns"] for c in children_of(verb))
        if not plain and (lemmas[verb.i] not in cfg["handover_verbs"] or not any(
                c.dep_ == "prt" and c.lower_ in cfg["handover_particles"] for c in children_of(verb))):
            continue  # "will take over on July 1", "She will start on Monday"
        person = entity_of(subject_of(verb))
        when = interval(a, doc, verb).point
        if person is None or not _dated(when) or (joining and when < dct[: len(when)]):
            continue  # (joining: only a start still to come, "will join in July", "joins on Monday")
        for fact in b.facts.values():
            taken = [appointed[e] for e in fact.events if e in appointed
                     and not career_start(trigger_token(doc, appointed[e].start, appointed[e].end))]  # (not "began her career as X")
            if fact.subject == person and fact.relation in ("role", "employee") and taken and fact.valid_to is None \
                    and (fact.object is None or any(fact.object in ids(e, cfg["organization_roles"], a) for e in taken)) \
                    and (fact.valid_from is None or any(fact.valid_from == e.time and fact.valid_from < when
                                                        and int(when[:4]) - int(e.time[:4]) <= 1 for e in taken)):
                fact.valid_from = when  # the post the appointment gave (announced lately), not one held before it


def _before_joining(trigger: Token | None) -> list[Token]:
    """"worked at Z for ten years before joining Y in 2012", "spent a decade at Z before joining Y": the
    body the verb that "before joining" hangs on was at."""
    if trigger is None or trigger.dep_ != "pcomp" or trigger.head.lower_ != "before" or trigger.head.head.pos_ != "VERB":
        return []
    host = trigger.head.head
    holders = [host, *(c for c in children_of(host) if c.dep_ == "dobj")]  # ("spent ten years at Z": "at" under "years")
    return [o for h in holders for prep in children_of(h) if prep.dep_ == "prep" and prep.lower_ in ("at", "with")
            for o in children_of(prep) if o.dep_ == "pobj"]


CHARGE_NOUNS = frozenset({"charge", "helm"})  # "after four years in charge of Z", "at the helm of Z"


def _years_long(a: Analysis, noun: Token) -> int | None:
    """The whole years a stint noun counts ("three years", "a decade"), from the duration it is part of."""
    return next((whole_years(t.value) for t in a.timexes if t.type == "DURATION" and t.start <= noun.idx < t.end), None)


def _stint_verbs(stint: Token, kids: list[Token]) -> list[Token]:
    """The gerunds saying what a stint was spent doing: "after six years leading the charity X" (hung on the stint noun or,
    as the parser often has it, on the verb right after it)."""
    return [v for v in [*children_of(stint), *(k for k in kids if k.dep_ == "advcl" and k.i == stint.right_edge.i + 1)]
            if v.dep_ in ("acl", "advcl") and v.tag_ == "VBG"]


def stints(b: Any, doc: Doc, events: list[Event], cfg: dict[str, Any], ids: Callable[..., list[str]],
           entity_of: Find, kind_of: Callable[[str | None], str | None], factual: Callable[[Event], bool]) -> None:
    """"joined Y in 2016 after a fellowship / five years at Z": the person worked at Z until then."""
    a: Analysis = b.analysis
    for event in events:
        if event.type not in cfg["start_types"] or not factual(event):
            continue
        trigger = _trigger(doc, event)
        if not _dated(event.time) and (trigger is None or not _done(trigger)):
            continue  # ("has left for Y after eight years at the club", undated: the stint is over, its end not told)
        end = event.time if _dated(event.time) else "PAST_REF"
        kids = children_of(trigger) if trigger is not None else []
        stints = [p for prep in kids if prep.dep_ == "prep" and prep.lower_ == "after"
                  for p in children_of(prep) if p.dep_ == "pobj" and p.lemma_.lower() in cfg["stint_nouns"]]
        places = [o for stint in stints for prep in children_of(stint) if prep.dep_ == "prep" and prep.lower_ in ("at", "with")
                  for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ != "PRON"]  # ("four seasons with them": whom, unsure)
        places += [o for stint in stints for prep in kids if prep.dep_ == "prep"
                   and prep.lower_ in ("at", "with") and prep.i == stint.right_edge.i + 1
                   for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # "after a decade at Z", "at Z" hung on the verb
        places += [o for stint in stints for prep in children_of(stint) if prep.dep_ == "prep" and prep.lower_ in ("in", "as")
                   for held in children_of(prep) if held.dep_ == "pobj" and (held.lemma_.lower() in CHARGE_NOUNS or prep.lower_ == "as")
                   for of in children_of(held) if of.dep_ == "prep" and of.lower_ in ("of", "at")
                   for o in children_of(of) if o.dep_ == "pobj" and o.pos_ == "PROPN"]  # "after four years in charge of Z / as manager of Z"
        places += _before_joining(trigger)
        places += [o for stint in stints for ran in _stint_verbs(stint, kids) if ran.lemma_.lower() in cfg["stint_verbs"]
                   for o in children_of(ran) if o.dep_ == "dobj"]  # "after a decade running the X Film Society": at X
        orgs = [org for org in (_named(p, entity_of) for p in places) if org is not None and kind_of(org) in ("ORG", "FAC")]
        years = [n for stint in stints if (n := _years_long(a, stint)) is not None]
        began = f"{int(event.time[:4]) - years[0]:04d}" if len(years) == 1 and len(orgs) == 1 and end != "PAST_REF" else None  # type: ignore[index]
        for person in ids(event, cfg["person_roles"], a, {"PERSON"}):
            for org in orgs:
                fact = b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end), event=event,
                             certainty=event.certainty, claim=event.claim)
                if end == "PAST_REF" and fact.valid_to is None:
                    fact.valid_to = end
                elif end != "PAST_REF" and fact.valid_to in (None, "PAST_REF") and (not fact.valid_from or fact.valid_from <= end):
                    fact.valid_to = end
                if began is not None and fact.valid_from is None and fact.valid_to == event.time:
                    fact.valid_from = began  # "joined Y in 2021 after three years at Z": at Z from 2018
