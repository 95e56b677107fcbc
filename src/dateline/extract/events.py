"""Events: typed events from the schema in `data/events.toml`, and every other event.

One matcher (built once per vocabulary; patterns in spaCy's `DependencyMatcher` format, run by
`events_match.TreeMatcher`) matches the argument *frames* of the schema (subject, passive
subject, object, "with X", "X's ...", "son A, born ...") around every verb and noun
(`events_hits`); the schema then says, per event type, which trigger lemmas count
(`events_typing`) and which role each frame fills (`events_roles`).  Adding an event type is
adding an entry to the TOML file.  This module runs the stage: one event per trigger, then the
document-level steps (times from anniversaries, ages and other mentions; mentions merged;
events told with descriptions folded into the one they describe).

A verb or event noun that is no schema type but has an entity among its arguments is kept as an
untyped event (`type=None`, `lemma` set), so a timeline can list everything an entity did.

Times come from the analysis' timexes only: the timex in the trigger's clause, else one in its
sentence (a governing clause first), else the time of another mention of the same event (same
type, a participant in common; an earlier one first) or of the event an anniversary counts from,
else None -- never invented.  "They", "the couple", "the two" stand for the last people named
together or married to each other.  Polarity (NEG) and modality (planned, attempted, rumoured,
possible, conditional) come from cues in `data/events_cues.toml`.  Certainty is left at its
default: the claims stage sets it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Token

from ..model import OFFERED_MODALITY, Analysis, Argument, Event, Timex
from ..nlp import (
    char_span,
    children_of,
    conjuncts_of,
    doc_text,
    sentences,
    strings,
    token_at,
    tokens,
    with_lemmas,
)
from .career_args import article_body, career_arguments, reshuffler_agents, successor_posts
from .certainty import effective_later
from .coref_state import quoted_tokens
from .entities import entity_containing
from .entity_lexicon import lexicon
from .events_args import Context, Entities, find_groups, make_args, np_span
from .events_authors import credit_makers, performed_works
from .events_awards import award_recipients
from .events_births import fronted_births, hyphen_births, lifespan_events
from .events_dated_works import dated_works
from .events_gapped import (
    companion_events,
    gapped_events,
    given_up_jobs,
    hired_to_posts,
    joining_events,
    leaving_for_events,
    loser_events,
    moving_on_hirings,
    nominee_events,
    paired_posts,
    seat_winner_events,
    second_bodies_left,
    stint_leavings,
    work_after,
)
from .events_hits import collect_hits, with_event_nouns
from .events_merge import (
    SUCCESSION_LEMMAS,
    TOLD_AGAIN_KEY,
    absorb,
    births_of_named_children,
    described,
    described_partners,
    engaged_weddings,
    fold_described,
    fold_successions,
    left_posts,
    merge_mentions,
    named_births_of_told_children,
    oaths_of_the_elected,
    oaths_of_the_named,
    one_per_filler,
    ousted_at_the_polls,
    repeated_prize_takings,
    respective_fillers,
    told_departures,
    told_elections,
    told_releases,
    tracking_mentions,
)
from .events_occasion import (
    occasion_times,
    placed_witness_times,
    told_as_another,
    told_as_earlier,
    told_later,
    winner_named_times,
)
from .events_offers import REFUSAL_LEMMAS, offered_post, refused_offer
from .events_place import (
    ceremony_places,
    court_of_verdict,
    launchers,
    nearby_place,
    place_before_region,
    places_within,
    site_of_cuts,
    town_of_contest,
    where_cuts_fall,
)
from .events_polarity import fictional, modality, polarity, surprise
from .events_polls import beaten_candidates, count_day_times, placed_candidates, placing, vote_count_losers
from .events_premises import due_openings, premises_openings
from .events_rights import BUYING, bought_rights
from .events_roles import args_for
from .events_schema import EventType, Schema, matcher, schema
from .events_shortlist import (
    among_listed,
    beaten_on_list,
    date_listed,
    others_listed,
    split_listed,
    works_by_listed,
)
from .events_sought import SEEKING, TIPPED, sought, tipped_for, tipped_to
from .events_time import (
    DEAL_NOUNS,
    PART_OF_DAY,
    TimeAnchor,
    accepted_resignation_times,
    age_times,
    alongside_times,
    anniversary_times,
    anniversary_years,
    announced_times,
    attach_time,
    came_after_times,
    child_age_times,
    chosen_times,
    close_clause_times,
    completed_in_relative_times,
    confirmed_times,
    contest_day_times,
    contract_day_times,
    counted_times,
    dated_phrase,
    deal_participle_times,
    filing_times,
    followed_times,
    habitual_clauses,
    habitual_verb,
    inherit_times,
    news_move_times,
    occasion_after_times,
    predecessor_times,
    purpose_times,
    relative_clause_times,
    relative_time,
    reshuffle_times,
    same_occasion_times,
    signings_dated_by_arrival,
    succeeded_times,
    timex_anchors,
    told_decision_times,
    union_length_times,
    vacancy_times,
    years_served,
)
from .events_time_shift import (
    after_gap,
    after_told_noun_times,
    shift_value,
    unit_before_after,
    unit_of_clause,
)
from .events_tokens import clause_head, trigger_key
from .events_typing import (
    HEADLINE_PASSIVES,
    PERSONAL_PRONOUNS,
    anaphoric,
    finish_roles,
    headline_index,
    is_event_noun,
    participant,
    remember_couple,
    type_event,
)
from .events_unions import marriage_ends
from .name_spans import dateline_starts

__all__ = ["matcher", "run", "schema"]


def _coordinated_people(doc: Doc, analysis: Analysis, event: Event, role: str) -> bool:
    """Are the entities filling `role` people named side by side, each by a name of its own ("the pair A and B",
    "A, B and C")?  Not two people "they" stands for, nor one named "alongside" another."""
    first: dict[str, int] = {}
    for arg in event.args:
        if arg.role != role or not arg.entity or arg.entity in first:
            continue
        entity, span = analysis.entity(arg.entity), char_span(doc, arg.start, arg.end)
        if entity is None or entity.type != "PERSON" or span is None:
            return False
        first[arg.entity] = span.root.i
    if len(set(first.values())) != len(first):
        return False
    lead = doc[min(first.values())]
    return set(first.values()) <= {lead.i, *(c.i for c in conjuncts_of(lead))}


POLICE_WORDS = frozenset({"police", "constabulary", "policing"})
POLICE_STEPS = frozenset({"legal.arrest", "legal.charge"})


def _here_places(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """"TESSINGTON, Ohio — Delvanor Motors will close its transmission plant here by the end of next year": "here" in a story
    filed from a place is that place."""
    starts = sorted(dateline_starts(doc))
    if not starts:
        return
    first = doc[starts[0]]
    place = analysis.entity(entity_containing(analysis, first.idx, first.idx + len(first.text)))
    if place is None or place.type not in ("GPE", "LOC") or not place.mentions:
        return
    mention = next((m for m in place.mentions if m.start <= first.idx < m.end), place.mentions[0])
    for event in events:
        if not event.type or any(a.role == "place" for a in event.args):
            continue
        span = char_span(doc, event.start, event.end)
        if span is None or span.start < starts[0]:
            continue
        trigger = span.root
        verbs = [trigger, trigger.head] if trigger.dep_ in ("advcl", "xcomp", "conj") else [trigger]  # ("will close its plant
        # here ..., eliminating 1,100 jobs": the clause the participle hangs on)
        told = [*verbs, *(c for v in verbs for c in children_of(v) if c.dep_ in ("dobj", "nsubjpass"))]
        if any(c.dep_ == "advmod" and c.lower_ == "here" for t in told for c in children_of(t)):
            event.args.append(Argument("place", mention.start, mention.end, mention.text, place.id))


def _police_said_agents(doc: Doc, events: list[Event], ents: Entities) -> None:
    """"X was arrested on Tuesday and charged late on Wednesday, West Pennine Police said": an arrest or a charge told with
    no one making it, in what a police force says, is that force's."""
    speech = lexicon().speech_verbs
    for event in events:
        if event.type not in POLICE_STEPS or event.polarity != "POS" or any(a.role == "agent" and a.entity for a in event.args):
            continue  # (first: most events, and no span made for them)
        span = char_span(doc, event.start, event.end)
        if span is None:
            continue
        trigger = span.root
        verb = next((a for a in [trigger, *trigger.ancestors][:4] if a.lemma_.lower() in speech and a.pos_ == "VERB"), None)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
        entity = ents.of(subject) if subject is not None else None
        if entity is None or entity.type != "ORG" or not POLICE_WORDS & set(entity.name.lower().split()):
            continue
        mention = next((m for m in entity.mentions if m.start <= subject.idx < m.end), entity.mentions[0])
        event.args.append(Argument("agent", mention.start, mention.end, mention.text, entity.id))


def _headline_passives(events: list[Event], analysis: Analysis, headline: int | None) -> None:
    """"Uche named chief executive of Travensworth", "Kelby manager X sacked": a headline drops the auxiliary, so the person
    the parser takes for the one who names is the one named (no one else is)."""
    if headline is None:
        return
    for event in events:
        if event.sentence != headline or event.type not in HEADLINE_PASSIVES or any(a.role == "patient" for a in event.args):
            continue
        if event.type == "career.fire" and not event.text.lower().endswith("ed"):
            continue  # a participle ("X sacked"), not a noun ("after X sacking": its own reading of the name)
        agents = [a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        if len(agents) == 1 or (agents and event.text.lower().endswith("ed") and len(agents) == sum(a.role == "agent" for a in event.args)):
            for agent in agents:  # ("Brothers A and B jailed for raid": each of them, the only ones told)
                agent.role = "patient"


# "announced the happy news on Instagram, sharing a snap of the newborn's hand": the post is how the news was told
TOLD_BY_POSTING = frozenset({("politics.announce", "report.publish")})


def _fold_participles(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """"X confirmed the news on Monday, sharing a photo": a participle clause of the same type as its
    governor tells the same act."""
    at: dict[int, list[Event]] = {}
    for t, e in found:
        at.setdefault(t.i, []).append(e)
    gone: set[int] = set()
    for trigger, event in found:  # (a trigger may tell two events: "X was elected, unseating Y" also Y's negated election)
        head = next((e for e in reversed(at.get(trigger.head.i, [])) if e.polarity == event.polarity and id(e) not in gone), None)
        # ("X was elected mayor, unseating Y": the negated election of Y stays Y's own)
        if (event.type and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head is not None
                and (head.type == event.type or (head.type, event.type) in TOLD_BY_POSTING)
                and head.polarity == event.polarity
                and not any(c.dep_.startswith("nsubj") for c in children_of(trigger))):
            absorb(head, event)
            gone.add(id(event))
    return [e for e in events if id(e) not in gone]


def _told_doers(events: list[Event], found: list[tuple[Token, Event]], sch: Schema) -> list[Event]:
    """"X, the founder of Y" once the founding itself is told ("set up Y in 2011", "Y was founded by X"): the
    noun adds nothing; it gives way to the told event of its type that shares its agent or its organisation."""
    doers = {id(e) for t, e in found if e.type and t.pos_ == "NOUN"
             and any(t.lemma_.lower() in ty.doer_forms for ty in sch.by_noun.get(t.lemma_.lower(), ()) if ty.name == e.type)}
    if not doers:
        return events

    def filled(event: Event) -> set[tuple[str, str]]:
        return {(a.role, a.entity) for a in event.args if a.entity and a.role in ("agent", "organization", "target")}
    def named(event: Event) -> bool:  # "Y's founder", "the founder of Y", "an investor in Y"; not "its founder", "the company's founder"
        return any(a.role in ("organization", "target") and a.text[:1].isupper() and a.text.split()[0].lower() not in ("its", "their", "the")
                   for a in event.args)
    told = [e for e in events if e.type and id(e) not in doers]
    return [e for e in events if id(e) not in doers
            or (named(e) and not any(o.type == e.type and filled(o) & filled(e) for o in told))]


INCLUDING_WORDS = frozenset({"including", "include", "among"})


def _included_instances(found: list[tuple[Token, Event]], sch: Schema) -> None:
    """"Blenwick has made four acquisitions, including the $400 million purchase of Hollema": an event noun listed after
    "including" under a plural noun of its type is one of those events, by the same doer -- the agent, when it has none."""
    at = {t.i: e for t, e in found}
    for t, e in found:
        if not e.type or t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in INCLUDING_WORDS \
                or any(a.role == "agent" for a in e.args):
            continue
        group = t.head.head
        kind = at.get(group.i)
        if kind is None or group.tag_ != "NNS" or not any(ty.name == e.type for ty in sch.by_noun.get(group.lemma_.lower(), ())):
            continue
        e.args.extend(Argument(a.role, a.start, a.end, a.text, a.entity) for a in kind.args if a.role == "agent" and a.entity)


LEAVING_LEMMAS = frozenset({"leave", "depart", "go", "quit", "exit"})
DEPARTURE_TYPES = frozenset({"career.fire", "career.resign"})


def _also_left(found: list[tuple[Token, Event]], analysis: Analysis) -> list[tuple[Event, Event]]:
    """"Pinchbeck Albion sacked manager X on Sunday ... Assistant manager Y has also left.": a bare leaving told with "also"
    right after a departure from a body is a departure from that body too (a resignation, its object the body), on the same
    occasion.  Returns (leaving, departure) for each, the departure's time, if found only later, still to be lent."""
    pairs = []
    for n, (t, e) in enumerate(found):
        if e.type or t.lemma_.lower() not in LEAVING_LEMMAS or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(t)) \
                or any(c.dep_ in ("dobj", "prep") for c in children_of(t)) or not any(a.role == "agent" and a.entity for a in e.args):
            continue
        body_args: list[Argument] = []
        source: Event | None = None
        for o in reversed([o for _, o in found[:n] if o.type in DEPARTURE_TYPES and 0 <= e.sentence - o.sentence <= 2]):
            body_args = [a for a in o.args if a.entity and (a.role == "organization" or (  # (or the body that did the sacking)
                a.role == "agent" and o.type == "career.fire" and (ent := analysis.entity(a.entity)) is not None and ent.type == "ORG"))]
            if body_args:  # (the nearest departure that names its body: "the club confirmed his departure" names none)
                source = o
                break
        if source is None or len({a.entity for a in body_args}) != 1:
            continue
        e.type = "career.resign"
        if e.time is None and source.time is not None:  # ("also": on the same occasion)
            e.time, e.timex, e.time_source = source.time, source.timex, "event"
        e.args.append(Argument("organization", body_args[0].start, body_args[0].end, body_args[0].text, body_args[0].entity))
        pairs.append((e, source))
    return pairs


def run(doc: Doc, analysis: Analysis, options: object = None) -> None:
    with tracking_mentions() as told:
        _run(doc, analysis)
        doc.user_data[TOLD_AGAIN_KEY] = {event.id: sorted(set(told[id(event)][1]) - {(event.start, event.end)})
                                         for event in analysis.events if id(event) in told}


def _run(doc: Doc, analysis: Analysis) -> None:
    sch = schema()
    tables = _tables(sch)
    types = tables.types
    ents = Entities(analysis)
    sent_of = sentences(doc)[1]
    ctx = Context(doc, analysis, ents, find_groups(doc, ents, sent_of), sent_of)
    times = timex_anchors(doc, analysis, tables.date_types, sent_of)

    def entity_id(tok: Token) -> str | None:  # the id of the entity a word stands for, for the passes below
        entity = ents.of(tok)
        return entity.id if entity is not None else None

    def clause_time(verb: Token) -> str | None:  # the time of a verb's clause, for the passes below
        return _clause_time(verb, ctx.sentence(verb), times, sch.cues)

    habits = habitual_clauses(doc, analysis)
    durations = timex_anchors(doc, analysis, {"DURATION"}, sent_of)
    found: list[tuple[Token, Event]] = []
    headline = headline_index(analysis)
    for i, hits in sorted(with_event_nouns(doc, collect_hits(doc), sch).items()):
        trigger = doc[i]
        typed = type_event(trigger, hits, ctx, sch)
        if typed is None and trigger.pos_ == "NOUN":  # "The marriage ended in divorce in 1970": that pair's divorce
            ending = [t for t in sch.by_noun.get(trigger.lemma_.lower(), ()) if t.name in ENDING_TYPES]
            pair = _ended_marriage(trigger, found, ctx, sch) if len(ending) == 1 else []
            typed = (ending[0], pair) if pair else None
        if typed is not None:
            if clause_head(trigger).i in habits or habitual_verb(trigger) or fictional(trigger, sch.cues) or surprise(trigger):
                continue  # "opens at seven every morning": a habit; "plays a detective who is fired": a story; "had not
                # expected to win": a surprise at what came
            type_name, args = finish_roles(typed[0], trigger, hits, typed[1], ctx, types)
            if type_name == "career.appoint" and named_after(trigger, args):
                continue  # "would name a new library after its founder": a name given, no post
            if type_name == "politics.announce" and _announces_itself(args):
                continue  # "X, the maker of ..., has raised $48m ..., the company announced": the parser made X both the
                # teller and what is told -- a deed done, told, no announcement of its own
            if types[type_name].pair_required and not any(a.role == "partner" for a in args):
                continue
            if not any(a.role == "place" for a in args):
                args += nearby_place(trigger, ctx, types[type_name].named_venues, type_name in CARE_TYPES,
                                     type_name in CAMPUS_TYPES) \
                    or (court_of_verdict(trigger, ctx) if type_name in VERDICTS else []) \
                    or (site_of_cuts(trigger, ctx) if type_name == "business.layoff" else []) \
                    or (town_of_contest(args, ctx) if type_name == "career.win" else [])
            else:
                args += places_within(args, ctx) + place_before_region(args, trigger, ctx)
            if type_name in ENDING_TYPES and not participant(args):
                args += _couple_just_told(trigger, found, ctx)  # "They separated in 2018, and the divorce was finalised in 2019"
            remember_couple(trigger, types[type_name], args, ctx)
            if not participant(args) and not described(args) and not anaphoric(trigger) \
                    and not (type_name.startswith("legal.") and counted_people(args)):
                continue
        else:
            lemma = trigger.lemma_.lower()
            if lemma in sch.stop_lemmas or not lemma.replace("-", "").isalpha():
                continue  # "’s" tagged as a verb is no event
            if trigger.pos_ == "NOUN" and not (is_event_noun(trigger, sch) and trigger.dep_ != "compound"):
                continue
            if trigger.pos_ not in ("VERB", "NOUN"):
                continue
            args = args_for(trigger, hits, None, ctx, sch)
            if not any(a.entity for a in args):
                continue
            type_name = None
        event = _event(trigger, type_name, args, times, ctx, sch, durations)
        if type_name and _state(trigger, event, types[type_name]):
            continue
        if type_name and event.modality == "demanded":
            continue  # "shareholders called for her resignation": a leaving asked for, none made
        if type_name == "life.meet" and event.modality == "planned":
            continue  # "is due to meet X in Amman", "will meet Y in the final": a meeting ahead, no two people who met
        found.append((trigger, event))
        if type_name:  # "X was arrested along with his brother, Y": Y too
            found += [(trigger, replace(event, args=args)) for args in companion_events(trigger, event, ctx)]
            found += [(trigger, replace(event, args=args)) for args in paired_posts(trigger, event, ctx)]  # "named A as X and B as Y"
            found += [(trigger, replace(event, args=args)) for args in second_bodies_left(trigger, event, ctx)]  # "from A and from B"
            if event.sentence != headline:  # (a headline's "X unseats Y" sums up the result the body tells)
                found += [(trigger, lost) for lost in loser_events(event, ctx.analysis)]  # "X lost the leadership race to Y": X did not win it
            found += [(trigger, won) for won in seat_winner_events(event, ctx.analysis)]  # "X lost her seat to Y": Y elected
            found += [(trigger, hired) for hired in joining_events(event, ctx.analysis, trigger)]  # "X defected from Y to Z": Z took X in
            found += [(trigger, left) for left in leaving_for_events(event, trigger)]  # "X left in April for Y": X left too
            found += [(trigger, rival) for rival in nominee_events(trigger, event, ctx)]  # "won best newcomer ahead of Y": Y was nominated
            found += [(trigger, won) for won in award_recipients(trigger, event, ctx)]  # "won best actress for X and best score for Y"
        if type_name and event.time_source == "clause":  # "re-elected in 2014 and 2018": one event per time
            gapped = gapped_events(trigger, event, times, ctx)  # "won X in 2001 and Y two years later"
            found += [(trigger, replace(event, args=args, time=PART_OF_DAY.sub("", t.timex.value), timex=t.timex.tid or None))
                      for t, args in gapped]
            moved = {(a.start, a.end) for _, args in gapped for a in args if a.role == "place"}
            if moved and any(a.role == "place" and (a.start, a.end) not in moved for a in event.args):
                event.args = [a for a in event.args if not (a.role == "place" and (a.start, a.end) in moved)]  # ("won silver in
                # Sydney in 2018 and bronze in Birmingham four years later": Birmingham the second's, the parser's hanging aside)
            again = [replace(event, args=work_after(trigger, t, list(event.args), ctx), time=PART_OF_DAY.sub("", t.timex.value),
                             timex=t.timex.tid or None)  # ("... and again in 2008 for Y": Y the second time)
                     for t in coordinated_times(event, times) if all(t is not g for g, _ in gapped)]
            found += [(trigger, e) for e in again]
            found += [(trigger, hired) for e in again for hired in joining_events(e, ctx.analysis, trigger)]  # ("A and B crossed
            # to Z in January and February respectively": Z took each in at the time of each leaving)
    found += _refused_offers(doc, found, times, ctx, sch, durations)  # "X, who turned the job down": an appointment refused
    found += _offered_posts(doc, found, times, ctx, sch, durations)  # "X was offered the post of Y": an appointment ahead
    found += _sought_for_posts(doc, found, times, ctx, sch)  # "approached X about the job", "X is among the favourites for the job"
    found += _rights_bought(doc, found, times, ctx, sch)  # "X acquired North American rights to the film"
    found += _lost_out(doc, found, times, ctx, sch, durations)  # "X was nominated for Y but lost out to Z": Z won it
    found += _placed_behind(doc, times, ctx, sch, durations)  # "X finished second behind Z", "was runner-up to Z": Z won
    found += _vote_losers(doc, found, ctx, headline)  # "took 56 per cent against 44 per cent for X": X not elected
    found += due_openings(doc, ents, ctx.sentence, clause_time, lambda: article_body(analysis))  # "a new plant in X due to open next
    # year": a launch ahead
    among_listed(found, ctx)  # "X is among six novels shortlisted for Y": X, not the six novels
    found += beaten_on_list(doc, found, ctx)  # "beat five other writers on the shortlist, among them A": each shortlisted
    found += others_listed(doc, found, ctx)  # "... on the shortlist. The others were A, B and C": a nomination each
    found += works_by_listed(doc, ctx, clause_time)  # "the shortlist comprised "W" by A and "V" by B": A's nomination for W
    date_listed(doc, found, clause_time)  # "... since the list was unveiled in early September": the listed nominations made then
    moving_on_hirings(found, ctx.analysis)  # "quit to become chief executive of Y": Y took X in
    stint_leavings(found, ctx.analysis)  # "spent six years at X before leaving in 2019": X left
    given_up_jobs(found, ctx.analysis, entity_id)  # "gave up her job teaching English at X": X left
    found = hired_to_posts(found)  # "poached X from Z to become chief operating officer": the hiring's post
    typed_at = {t.i for t, e in found if e.type}
    noun_event = {t.i: e for t, e in found if e.type and t.pos_ == "NOUN"}
    # a light verb whose object is a typed event noun ("gave birth", "filed a lawsuit") is that event; so is a verb
    # typed as the event its object noun tells ("earned him a nomination for best actress": one nomination, his)
    events = []
    for t, e in found:
        told = next((noun_event[c.i] for c in children_of(t) if c.dep_ == "dobj" and c.i in noun_event
                     and noun_event[c.i].type == e.type and noun_event[c.i].polarity == e.polarity), None) if e.type else None
        # (not "X lost the election to Y": X's election not won, negated, is no mention of the election Y won)
        if told is not None:
            e.args = [a for a in e.args if not a.start <= told.start < a.end]  # (not "a nomination" as its own award)
            absorb(told, e)
        elif e.type or not any(c.i in typed_at and c.dep_ == "dobj" for c in children_of(t)):
            events.append(e)
    events = _fold_participles(found, events)
    events = _told_doers(events, found, sch)
    _included_instances(found, sch)  # "has made four acquisitions, including the purchase of X": the acquirer's
    also_left = _also_left(found, analysis)  # "X sacked manager Y on Sunday. Assistant manager Z has also left.": Z left X
    listed = {id(e) for e in events}
    anniversary_times(doc, [(t, e) for t, e in found if id(e) in listed], times, ctx, sch)
    births_of_named_children(events, sch.kin_nouns)
    one_per, people_only = tables.one_per, tables.people_only
    events = one_per_filler(events, one_per, people_only, lambda e, role: _coordinated_people(doc, analysis, e, role))
    events = split_listed(events)  # "The others on the shortlist were A, B and C": one nomination each
    respective_fillers(doc, events, one_per)  # "A and B joined X and Y respectively"
    unnamed = [e for e in events if e.type and not participant(e.args) and not _counted(e)]  # "the former chief executive was sentenced"
    events = [e for e in events if not (e.type and not participant(e.args) and not _counted(e))]
    events = counted_then_named(events, analysis, headline)  # "Two men have been charged ... X was charged ...": X's charge told
    premises_openings(found, {id(e) for e in events}, ents)  # "a plant in Y, which opened in 2009": the plant launched in Y
    career_arguments(doc, events, analysis)  # "joined Edinburgh": the University named in full; "X, the minister, resigned"
    _vacancy_bodies(found, {id(e) for e in events})  # "X is the favourite to succeed him": the post of the one sacked before
    _joined_in_place(found, {id(e) for e in events}, ctx)  # "X is stepping aside ..., and Y joins as CEO on April 1": X's body
    left_posts(events)  # "was appointed artistic director of X in 2016, a post he left in January": X left
    events = one_per_filler(events, one_per, people_only, lambda e, role: _coordinated_people(doc, analysis, e, role))  # ... and "A and B left to found Y", typed there
    events += dated_works(doc, events, ctx)  # "whose 2013 album X went platinum": X came out in 2013
    performed_works(doc, events, analysis)  # "won best actress for her role as a nurse in X": X the work
    credit_makers(events, analysis)  # "Iron Bridge was nominated" after "X released Iron Bridge": X's nomination
    _headline_passives(events, analysis, headline)
    listed = {id(e) for e in events}
    occasion_times([(t, e) for t, e in found if id(e) in listed], found)  # "X won ... on Sunday night. Y was voted ...": that night
    born_about = {e.id: e.attrs["birth_year_approx"] for e in analysis.entities if isinstance(e.attrs.get("birth_year_approx"), int)}
    reshuffle_times([(t, e) for t, e in found if id(e) in listed], analysis.document.dct,  # "carried out a reshuffle on
                    clause_time, [(t.sentence, t.root) for t in times])  # Friday ... Y was dismissed"
    for t, e in found:  # "will retire in June after 38 years there, having joined from college": 38 years before
        if id(e) in listed and e.type and e.time is None and (served := years_served(clause_head(t), ctx.sentence(t), durations, times)):
            e.time, e.timex, e.time_source = served, None, "clause"
    for _t, e in found:  # "was replaced by X, the economy minister, who was sworn in on Wednesday": the post taken that day
        if id(e) in listed and e.type in SWORN_TYPES and e.time is None and (oath := _sworn_relative(e, doc)) is not None:
            e.time, e.timex, e.time_source = _clause_time(oath, ctx.sentence(oath), times, sch.cues), None, "clause"
            if e.time is None:
                e.time_source = None
    signings_dated_by_arrival([(t, e) for t, e in found if id(e) in listed], times)  # "the previous record signing was X, who
    # arrived in 2022"
    news_told = frozenset(id(e) for t, e in found if e.type and id(e) in listed and told_as_news(t, e, headline))
    also_told = frozenset(id(e) for t, e in found if e.type and any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(t)))
    earlier_told = frozenset(id(e) for t, e in found if e.type and id(e) in listed and told_as_earlier(t))
    counted_on = frozenset(id(e) for t, e in found if e.type and id(e) in listed and (told_as_another(t) or told_later(t))) | also_told
    inherit_times(events, earlier_told, born_about, news_told, analysis.document.dct, counted_on)  # "took home a second", "later
    # won the Y Medal": occurrences of their own
    if occasion_after_times([(t, e) for t, e in found if id(e) in listed], times):  # "sacked X after Saturday's defeat" (no other
        inherit_times(events, earlier_told, born_about, news_told, analysis.document.dct, counted_on)  # day told): then, and so
        # its other mentions ("confirmed his departure") and the leavings told with "also"
        for left, source in also_left:
            if left.time is None and source.time is not None:
                left.time, left.timex, left.time_source = source.time, source.timex, "event"
    deal_participle_times(found, {id(e) for e in events}, DEAL_NOUNS)  # "raised $5m in a round led by X": then
    counted_times(events, found)  # "dismissed three ministers on Tuesday. Among those sacked was X"
    noun_types = tables.noun_types
    after_told_noun_times([(t, e) for t, e in found if id(e) in listed], durations, noun_types)  # "A week after the wedding"
    news_move_times([(t, e) for t, e in found if id(e) in listed], found, analysis.document.dct)  # "... Y becomes foreign minister"
    immediate_times([(t, e) for t, e in found if id(e) in listed], analysis.document.dct)  # "is stepping down with immediate effect"
    effective_later_times([(t, e) for t, e in found if id(e) in listed], times)  # "announced her retirement, effective at the end
    # of the season": then, not when announced
    nominations_before_the_night([(t, e) for t, e in found if id(e) in listed], analysis.document.dct)  # "is nominated at Sunday's awards"
    completed_in_relative_times([(t, e) for t, e in found if id(e) in listed], clause_time)  # "her divorce, which was finalised in 2024"
    confirmed_times([(t, e) for t, e in found if id(e) in listed], noun_types, clause_time)  # "confirmed the appointment on Monday"
    chosen_times([(t, e) for t, e in found if id(e) in listed], entity_id, clause_time)  # "has elected X ... X was chosen on Tuesday"
    announced_times([(t, e) for t, e in found if id(e) in listed], analysis.document.dct)  # "announced his departure"
    filing_times([(t, e) for t, e in found if id(e) in listed], entity_id, clause_time)  # "has filed for divorce ... filed the
    # petition on Monday"
    close_clause_times([(t, e) for t, e in found if id(e) in listed])  # "resigned in 2021, days after police arrested her"
    alongside_times([(t, e) for t, e in found if id(e) in listed], entity_id)  # "was convicted alongside her": when she was
    predecessor_times([(t, e) for t, e in found if id(e) in listed], clause_time)  # "succeeding X, who retired after 11 years"
    vacancy_times([(t, e) for t, e in found if id(e) in listed])  # "took over in April after the resignation of X"
    succeeded_times([(t, e) for t, e in found if id(e) in listed])  # "is stepping down ...; she will be succeeded on March 1 by Y"
    same_occasion_times([(t, e) for t, e in found if id(e) in listed],  # "Y was charged the same day": as X was
                        {t.tid: t.text for t in analysis.timexes if t.tid})
    union_length_times([(t, e) for t, e in found if id(e) in listed],  # "His six-year marriage to Y ended in 2019": from 2013
                       clause_time, frozenset(sch.cues["time"]["dated_unions"]),
                       frozenset(sch.cues["time"]["union_end_verbs"]))
    purpose_times([(t, e) for t, e in found if id(e) in listed])  # "nine years later, left to found her own practice"
    day_of = {a.root.i: a.timex.value for a in times if a.timex.value}
    relative_clause_times([(t, e) for t, e in found if id(e) in listed], day_of)  # "X, who joined Y from Z in 2017, has been ..."
    contract_day_times([(t, e) for t, e in found if id(e) in listed], entity_id, clause_time)  # "have signed X ... signed a
    # four-year contract on Thursday": then
    count_day_times([(t, e) for t, e in found if id(e) in listed], clause_time)  # "The count finished at 4am on Friday": then
    accepted_resignation_times([(t, e) for t, e in found if id(e) in listed])  # "accepted the resignation and named X as his
    # replacement": on the day of the resignation
    told_decision_times([(t, e) for t, e in found if id(e) in listed], entity_id, clause_time)  # "was told of the decision on
    # Monday morning": sacked then
    contest_day_times([(t, e) for t, e in found if id(e) in listed], lambda tok: day_of.get(tok.i))  # "... in Thursday's
    # by-election": an election told undated just before is that day's
    came_after_times([(t, e) for t, e in found if id(e) in listed], found, analysis.document.dct)  # "The announcement came a day after"
    followed_times([(t, e) for t, e in found if id(e) in listed], noun_types, entity_id)  # "was followed within hours by the
    # resignation of X": that day
    events += hyphen_births(doc, events, ctx)  # "the Leeds-born composer X": X was born in Leeds
    fronted_births(doc, events, ctx)  # "Born in Enugu, Nigeria, X studied ...": X was born there
    # "hired a new finance chief": no one named takes the post (dropped only now: its day still dates the named moves
    # of its story, "named a former banker to run the finances on Wednesday ... appointed Y as deputy")
    text = doc_text(doc)  # (once: Doc.text joins every token anew)
    events += lifespan_events(doc, text, events, ctx)  # "Ruth Galder (1942-2024)": born in 1942, died in 2024
    events += marriage_ends(found, times, {id(e) for e in events})  # "was married to X from 2005 to 2012": divorced in 2012
    recruits = [e for e in events if unnamed_recruit(e, text) or _headline_recruit(e, text, headline)]
    unnamed_ids = {id(e) for e in recruits}
    denied = rhetorical_denials(events, doc)  # '"I did not leave the party; the party left me," she said'
    events = [e for e in events if id(e) not in unnamed_ids and id(e) not in denied and not renewed_contract(e)
              and not unnamed_meeting(e, doc) and not until_the_day(e, doc)]
    events = recruits_named(recruits, events)  # "X hired a new chief executive ... Y will take over as chief executive": X hired Y
    alive = {id(e) for e in events}
    renewed_posts([(t, e) for t, e in found if id(e) in alive])  # "elected leader of X in 2021 and re-elected on Tuesday":
    # the same post in the same body
    headline_span = (analysis.sentences[headline].start, analysis.sentences[headline].end) if headline is not None else None
    reshuffler_agents(doc, events, analysis)  # "X was sacked ... as Prime Minister Y carried out a reshuffle": Y's doing
    _police_said_agents(doc, events, ents)  # "X was arrested ... and charged on Wednesday, police said": theirs
    _here_places(doc, events, analysis)  # "TESSINGTON, Ohio — X will close its plant here": there
    events += vote_count_losers(doc, events, entity_id,  # "took N votes to M for the X candidate, Y": Y lost
                                lambda eid: (ent := analysis.entity(eid)) is not None and ent.type == "PERSON")
    events += beaten_candidates(doc, events, entity_id,  # "took N votes, beating the sitting mayor, Y": Y lost
                                lambda eid: (ent := analysis.entity(eid)) is not None and ent.type == "PERSON")
    events += placed_candidates(doc, events, entity_id,  # "The Green candidate, Y, finished a distant third": Y lost
                                lambda eid: (ent := analysis.entity(eid)) is not None and ent.type == "PERSON")
    described_partners(events, lambda eid: (ent := analysis.entity(eid)) is not None and ent.type == "PERSON", text)  # "married the
    # X United defender" after "X and footballer Y have separated": Y
    events = merge_mentions(events, tables.symmetric, headline, news_told, analysis.document.dct,
                            headline_span, also_told)  # ("She also resigned as ...": one more)
    events = repeated_prize_takings(events)  # "won best film ... as she accepted the prize": the win told again
    events = named_births_of_told_children(events)  # "gave birth to a daughter ... Z was born on Friday"
    winner_named_times(found, events)  # "X has won ... X was announced as the winner at a ceremony on Wednesday": then
    placed_witness_times(found, events)  # "... wins the X prize ... she told the Y after the ceremony": that night
    events += anniversary_weddings(doc, events, times, ctx, sch)  # "marked their 36th wedding anniversary last month"
    countersuit_targets(events)  # "X sued Y in March. Y countersued in June": Y sued X
    events = fold_successions(events)  # "She succeeds Y": who went before in the appointment told
    events = told_departures(events)  # "Since his departure ...": the resignation, retirement or sacking told
    events = told_elections(events)  # "'Ruth won fairly,' he said": her election told again
    events = ousted_at_the_polls(events)  # "X ousts mayor Y" over "X was elected, unseating Y": voted out, not sacked
    oaths_of_the_named(events)  # "named X to replace her. X was sworn in on Wednesday": the post taken then
    oaths_of_the_elected(events)  # "X won the mayoral race ... She will be sworn in on January 6": the post taken
    events = told_releases(events)  # "It came out on Seamark Records": the named album's release told again
    successor_posts(doc, events, analysis)  # "X was dismissed ... His replacement is Y": X's post, from X's leaving
    events += engaged_weddings(events, unnamed, analysis.document.dct)  # "... the wedding would take place in Tuscany next
    # summer": the engaged couple's
    fold_described(events, unnamed)
    _journal_publishes(events, analysis)  # "The enzyme was described in the journal X in 2011": X published it
    where_cuts_fall(events, ctx)  # "... will cut 140 jobs. The cuts fall mostly on its factory in Rotherham": there
    launchers(events, analysis)  # "Sandaig-2 is expected to launch next spring, the university said": the university's launch
    ceremony_places(events, ctx, clause_time)  # "... The award was presented at a ceremony in Dunvarrick": the prize won there
    kept = {id(e) for e in events}
    age_times([(t, e) for t, e in found if id(e) in kept], born_now={  # weakest: only what no mention dates
        e.id: e.attrs["birth_year_approx"] - 1 for e in analysis.entities
        if isinstance(e.attrs.get("birth_year_approx"), int) and not e.attrs.get("age_at_death")})
    child_age_times(events, {e.id: e.attrs["age"] for e in analysis.entities if isinstance(e.attrs.get("age"), int)
                             and not e.attrs.get("age_at_death")}, analysis.document.dct)  # (ages as of the article)
    for n, event in enumerate(events, 1):
        event.id = f"V{n}"
    analysis.events = events


RENEWED_TYPES = frozenset({"politics.elect", "career.appoint"})
POST_ROLES = ("role", "organization")


def renewed_posts(found: list[tuple[Token, Event]]) -> None:
    """"was elected leader of the X Party in 2021 and re-elected on Tuesday", "appointed chief executive of Y in 2019 and
    reappointed in 2022": a renewal coordinated with the first taking, naming no post nor body of its own, is of the
    post and body the first names."""
    by_token = {t.i: e for t, e in found}
    for trigger, event in found:
        first = by_token.get(trigger.head.i)
        if event.type not in RENEWED_TYPES or trigger.dep_ != "conj" or not trigger.lower_.startswith("re") \
                or first is None or first.type != event.type or any(a.role in POST_ROLES for a in event.args):
            continue
        event.args.extend(replace(a) for a in first.args if a.role in POST_ROLES)


def _journal_publishes(events: list[Event], analysis: Analysis) -> None:
    """"The enzyme was described in the journal X in 2011", "a study published on Wednesday in Y": with no author named in
    any mention, the journal or paper it appeared in published it (last: an author any mention names comes first)."""
    for event in events:
        if event.type != "report.publish" or any(a.role == "agent" and a.entity for a in event.args):
            continue
        venue = next((a for a in event.args if a.role == "organization" and a.entity
                      and analysis.entity(a.entity).type in ("ORG", "WORK")), None)
        if venue is not None:
            event.args.append(Argument("agent", venue.start, venue.end, venue.text, venue.entity))


PRIZE_WORDS = frozenset({"award", "awards", "prize", "prizes", "best", "nominated", "nomination", "nominations", "shortlisted", "shortlist",
                         "medal", "trophy", "category", "oscar", "grammy", "emmy"})
NOMINEE_WORDS = frozenset({"nominee", "nominees", "nominated", "nomination", "shortlisted", "shortlist", "longlisted", "category"})


def _lost_out(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context, sch: Schema,
              durations: list[TimeAnchor]) -> list[tuple[Token, Event]]:
    """"X was nominated for producer of the year but lost out to Y", "X, tipped to win best actor, lost out to Y", "X, a
    nominee for best actress, lost to Y": in a sentence of a prize, Y won it and X did not (a win each, X's negated), dated
    by the clause."""
    out = []
    for verb in with_lemmas(doc, ("lose",)):
        if verb.pos_ != "VERB" or not any((c.dep_ == "prt" and c.lower_ == "out") or (c.dep_ == "prep" and c.lower_ == "to")
                                          for c in children_of(verb)) or any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(verb)):
            continue  # (not "lost the best video award to Y": the prize's own frame)
        if any(t.i == verb.i and e.type for t, e in found) or not any(t.lower_ in PRIZE_WORDS for t in verb.sent):
            continue
        out_ = any(c.dep_ == "prt" for c in children_of(verb))
        if not out_ and not any(t.lower_ in NOMINEE_WORDS for t in verb.sent):
            continue  # (a plain "lost to Y" only beside a nominee told: not "lost to Y in her best season", a match)
        winners = [a for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "to" for g in children_of(p) if g.dep_ == "pobj"
                   for a in make_args("agent", g, ctx) if (e := ctx.analysis.entity(a.entity)) is not None and e.type in ("PERSON", "WORK")]
        if not winners:
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
        losers = [a for a in make_args("agent", subject, ctx) if (e := ctx.analysis.entity(a.entity)) is not None
                  and e.type == "PERSON"] if subject is not None and out_ else []
        # (a plain "lost to Y" tells Y's win only)
        won = _event(verb, "career.win", winners, times, ctx, sch, durations)
        won.polarity = "POS"
        out.append((verb, won))
        for loser in losers:
            lost = _event(verb, "career.win", [loser], times, ctx, sch, durations)
            lost.polarity = "NEG"
            out.append((verb, lost))
    return out


PLACINGS = frozenset({"second", "third", "2nd", "3rd"})
MEDAL_VERBS = frozenset({"take", "win"})  # "took / won silver behind Y"


def _placed_behind(doc: Doc, times: list[TimeAnchor], ctx: Context, sch: Schema,
                   durations: list[TimeAnchor]) -> list[tuple[Token, Event]]:
    """"X finished second behind Y", "came second to Y", "X was runner-up to Y", "finished runner-up to Y": Y won (the
    placing's clause dates it; X's placing is no event). "X took / won silver behind Y": Y won too (X's silver is a win of
    its own, the frame's)."""
    out = []
    for verb in with_lemmas(doc, ("finish", "come", "runner", "take", "win")):
        if verb.lower_.startswith("runner"):  # ("runner-up": "up" the head, "runner" its compound)
            head = verb.head
            if verb.dep_ != "compound" or head.lower_ != "up":
                continue
            preps = [c for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "to"]
            verb = head.head if head.dep_ in ("attr", "dobj", "oprd", "appos") else head
        elif verb.lemma_ in MEDAL_VERBS:
            if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ == "silver" for c in children_of(verb)):
                continue  # (only silver: "took bronze behind A and B" names the gold and the silver)
            preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "behind"]
            preps += [g for c in children_of(verb) if c.dep_ == "dobj" for g in children_of(c) if g.dep_ == "prep" and g.lower_ == "behind"]
        else:
            if verb.pos_ != "VERB":
                continue
            placed = [c for c in children_of(verb) if c.dep_ in ("advmod", "npadvmod", "oprd", "acomp") and c.lower_ in PLACINGS]
            preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("behind", "to")
                     and (placed or any(g.lower_ in PLACINGS for g in children_of(c)))]  # ("second" hung on "behind Y")
            preps += [g for c in placed for g in children_of(c) if g.dep_ == "prep" and g.lower_ in ("behind", "to")]
        winners = [a for p in preps for g in children_of(p) if g.dep_ == "pobj"
                   for a in make_args("agent", g, ctx) if (e := ctx.analysis.entity(a.entity)) is not None and e.type in ("PERSON", "ORG", "WORK")]
        if winners:
            won = _event(verb, "career.win", winners, times, ctx, sch, durations)
            won.polarity = "POS"
            out.append((verb, won))
    return out


SHARE_WORDS = frozenset({"cent", "percent", "%", "vote", "votes"})


def _vote_losers(doc: Doc, found: list[tuple[Token, Event]], ctx: Context, headline: int | None) -> list[tuple[Token, Event]]:
    """The ones an election beat, told by the count in the election's sentence or the next: "took 56 per cent against
    44 per cent for X", "won 52.6 per cent of the vote, ahead of X, who took 31 per cent", "Y came a distant third":
    each one's election not won -- the election's event for them, negated (its place and body kept).  The election is
    the latest told so far (a count is the result's, not that of "first elected to the council in 2015" beside it)."""
    elections = [(t, e) for t, e in found if e.type == "politics.elect" and e.polarity == "POS" and e.modality is None
                 and e.sentence != headline]
    if not elections:
        return []
    named = {a.entity for _, e in found if e.type == "politics.elect" for a in e.args if a.role == "patient" and a.entity}
    out: list[tuple[Token, Event]] = []
    sents, _ = sentences(doc)
    for index in sorted({e.sentence + k for _, e in elections for k in (0, 1)}):
        if index >= len(sents):
            continue
        so_far = [(t, e) for t, e in elections if e.sentence <= index]
        trigger, event = max(so_far, key=lambda te: (te[1].time or "", te[1].sentence))
        sent = sents[index]
        counted = any(t.lower_ in SHARE_WORDS for t in sent)
        for token in sent:
            beaten = []
            if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lower_ in SHARE_WORDS:
                beaten = [token]  # "44 per cent for X"
            elif counted and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
                beaten = [token]  # "ahead of X, who took 31 per cent"
            elif counted and token.dep_ == "poss" and token.head.like_num and token.head.i == token.i + 2:
                beaten = [token]  # "took 17,412 votes to the Conservative candidate X's 15,988"
            elif placing(token):
                beaten = [c for c in children_of(token) if c.dep_ == "nsubj"]  # "came a distant third"
            for head in beaten:
                words = [head, *(c for c in children_of(head) if c.dep_ == "appos")]  # ("the minister X": X)
                for word in [*words, *(c for w in words for c in conjuncts_of(w) if c.i != w.i)]:  # ("X and Y")
                    for arg in make_args("patient", word, ctx):
                        entity = ctx.analysis.entity(arg.entity)
                        if entity is None or entity.type != "PERSON" or entity.id in named:
                            continue
                        named.add(entity.id)
                        kept = [a for a in event.args if a.role in ("place", "organization", "contest")]
                        out.append((trigger, replace(event, args=[arg, *kept], polarity="NEG")))
    return out


def _refused_offers(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context, sch: Schema,
                    durations: list[TimeAnchor]) -> list[tuple[Token, Event]]:
    """A post or a place offered and turned down (`events_offers`): a negated appointment or hiring of the one refusing
    (dated by the offer when the refusal is not: "offered him the job in 1984, but he did not accept it")."""
    out = []
    for verb in with_lemmas(doc, REFUSAL_LEMMAS):
        refused = refused_offer(verb, ctx.analysis)
        if refused is None:
            continue
        kind, person, args, offering, moved = refused
        told = [e for t, e in found if moved is not None and t.i == moved.i and e.type in ("career.appoint", "career.hire")]
        for event in told:  # "turned down an offer to become director of Y": that appointment did not happen
            event.polarity = "NEG"
        patients = [a for a in make_args("patient", person, ctx) if (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        if told or not patients:
            continue
        offerer = next((c for c in children_of(offering) if c.dep_ == "nsubj"), None) if offering is not None else None
        givers = [a for a in make_args("agent", offerer, ctx) if a.entity and a.entity not in {p.entity for p in patients}
                  and not any(a.entity == g.entity for g in args)] if offerer is not None else []
        event = _event(verb, kind, patients + args + givers, times, ctx, sch, durations)
        for earlier in (offering, verb.head if verb.dep_ == "conj" else None):  # ("was approached last year but turned the offer down")
            if event.time is None and earlier is not None:
                event.time = _clause_time(earlier, ctx.sentence(earlier), times, sch.cues)
                event.time_source = "clause" if event.time else None
        event.polarity = "NEG"
        out.append((verb, event))
    return out


def _offered_posts(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context, sch: Schema,
                   durations: list[TimeAnchor]) -> list[tuple[Token, Event]]:
    """A post or a place offered (`events_offers.offered_post`): an appointment or a hiring of the one offered it by the one
    offering, speculative by its trigger (`certainty`), negated when the one offered turned it down -- unless a refusal
    already told it (`_refused_offers`)."""
    out = []
    for verb in with_lemmas(doc, frozenset({"offer"})):
        offered = offered_post(verb, ctx.analysis)
        if offered is None:
            continue
        kind, person, args, offerer, refused = offered
        patients = [a for a in make_args("patient", person, ctx) if ((e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON")
                    or (a.entity is None and a.text.lower() in PERSONAL_PRONOUNS)]  # ("whether he had been offered a post")
        told = {a.entity for t, e in found if e.type in ("career.appoint", "career.hire") and e.sentence == ctx.sentence(verb)
                for a in e.args if a.role == "patient"}
        if not patients or any(p.entity in told for p in patients):
            continue
        givers = [a for a in make_args("agent", offerer, ctx) if a.entity and a.entity not in {p.entity for p in patients}
                  and (offerer.pos_ == "PROPN" or ((e := ctx.analysis.entity(a.entity)) is not None and e.type == "ORG"))] \
            if offerer is not None else []  # (by name, or a body: not "the prime minister offered her ...", a title read as anyone)
        bodies = [replace(a, role="agent") for a in args if a.role == "organization" and not givers]  # ("was offered a seat at Y")
        event = _event(verb, kind, patients + args + givers + bodies, times, ctx, sch, durations)
        event.modality = OFFERED_MODALITY  # (no fact: an offer tells no one holds the post; nor one mention with the taking of it)
        if refused:
            event.polarity = "NEG"
        out.append((verb, event))
    return out


def _sought_for_posts(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context,
                      sch: Schema) -> list[tuple[Token, Event]]:
    """A person sought or tipped for a post told definitely (`events_sought`): a speculative appointment of that person,
    undated (the approach is not the taking of the post), to a post of the body that sought them when one is named (its
    `organization`); an appointment read from an infinitive after a tipping noun ("the favourite to succeed him") is made
    speculative and undated the same way."""
    for trigger, event in found:
        if event.type == "career.appoint" and tipped_to(trigger) is not None:  # "X is the favourite to succeed him"
            event.time, event.timex, event.time_source, event.modality = None, None, None, OFFERED_MODALITY
    out = []
    for token in with_lemmas(doc, SEEKING | TIPPED):
        seeking = sought(token)
        person, seeker = seeking if seeking is not None else (tipped_for(token), None)
        if person is None:
            continue
        patients = [a for a in make_args("patient", person, ctx) if (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        told = {a.entity for t, e in found if e.type == "career.appoint" and e.sentence == ctx.sentence(token) for a in e.args if a.role == "patient"}
        if not patients or any(p.entity in told for p in patients):
            continue
        bodies = [a for a in make_args("organization", seeker, ctx) if (e := ctx.analysis.entity(a.entity)) is not None
                  and e.type == "ORG"] if seeker is not None else []
        event = _event(token, "career.appoint", patients + bodies, times, ctx, sch)
        event.time, event.timex, event.time_source = None, None, None
        event.modality = OFFERED_MODALITY  # (no fact: no one holds the post yet)
        out.append((token, event))
    return out


def _rights_bought(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context,
                   sch: Schema) -> list[tuple[Token, Event]]:
    """A work's rights bought by a distributor (`events_rights`): an acquisition of the work, its buyer the agent (a body
    named), the work given as both `work` and `patient`.  Not where an acquisition of the verb is already told."""
    out = []
    typed_at = {t.i for t, e in found if e.type == "business.acquire"}
    for verb in with_lemmas(doc, BUYING):
        bought = bought_rights(verb) if verb.i not in typed_at else None
        if bought is None:
            continue
        work, buyer = bought
        works = [a for a in make_args("work", work, ctx) if (e := ctx.analysis.entity(a.entity)) is not None and e.type == "WORK"]
        if not works and (work.lemma_.lower() in WORK_NOUNS | {"right", "rights"} or work.lower_ == "it"):
            works = _the_articles_work(verb, ctx)  # "The film was acquired ...", "acquired worldwide rights in May"
        buyers = [a for a in make_args("agent", buyer, ctx) if (e := ctx.analysis.entity(a.entity)) is not None
                  and e.type in ("ORG", "PERSON")] if buyer is not None else []
        if not works or not buyers:
            continue
        event = _event(verb, "business.acquire", buyers + works + [replace(a, role="patient") for a in works], times, ctx, sch)
        out.append((verb, event))
    return out


WORK_NOUNS = frozenset({"film", "movie", "documentary", "book", "novel", "memoir", "album", "series", "show", "play"})


def _the_articles_work(verb: Token, ctx: Context) -> list[Argument]:
    """The work an article is about, named before `verb` and more often than any other work (none when two tie)."""
    counts = sorted(((len(e.mentions), e.id) for e in ctx.analysis.entities if e.type == "WORK"
                     and any(m.start < verb.idx for m in e.mentions)), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return []
    work = ctx.analysis.entity(counts[0][1])
    near = max((m for m in work.mentions if m.start < verb.idx and m.kind == "name"), key=lambda m: m.start, default=None)
    return [Argument("work", near.start, near.end, near.text, work.id)] if near is not None else []


VACATING = frozenset({"career.fire", "career.resign", "career.retire"})  # a post left empty


def _joined_in_place(found: list[tuple[Token, Event]], kept: set[int], ctx: Context) -> None:
    """"Co-founder and chief executive X is stepping aside to become chief product officer, and Y joins as CEO on April 1": a
    joining told with a post and no body, in the sentence of another person's leaving, is a hiring by the company the
    article is about (`career_args.article_body`; the leaving's own body is only told later, by the facts stage), the
    untyped "join" typed in place.  `kept`: the ids of the events still listed."""
    found = [(t, e) for t, e in found if id(e) in kept]
    for trigger, event in found:
        if event.type is not None or trigger.lemma_.lower() != "join" or trigger.pos_ != "VERB" \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(trigger)):
            continue
        post = next((g for p in children_of(trigger) if p.dep_ == "prep" and p.lower_ == "as" for g in children_of(p) if g.dep_ == "pobj"), None)
        people = [a for a in event.args if a.role == "agent" and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"]
        if post is None or not people:
            continue
        leavings = [e for _, e in found if e.type in VACATING and e.sentence == event.sentence and e.polarity == "POS"
                    and not {a.entity for a in e.args} & {p.entity for p in people}]
        main = article_body(ctx.analysis) if leavings else None
        body = ctx.analysis.entity(main) if main is not None else None
        names = [m for m in body.mentions if m.kind == "name"] if body is not None else []
        if not names:
            continue  # (the body left is the one the article is about: the leaving's own is told only by the facts stage)
        near = min(names, key=lambda m: (m.start > event.start, abs(m.start - event.start)))
        start, end = np_span(post, ctx)
        event.type = "career.hire"
        event.args = [replace(p, role="patient") for p in people] + [
            Argument(role, near.start, near.end, near.text, main) for role in ("organization", "agent")] + [
            Argument("role", start, end, ctx.analysis.document.text[start:end])]


def _vacancy_bodies(found: list[tuple[Token, Event]], kept: set[int]) -> None:
    """"The club sacked X on Sunday ... Y is the favourite to succeed him", "... have approached Y about the job": with no
    body named, the post sought is the one the latest leaving told before left empty (its body).  `kept`: the ids of the
    events still listed."""
    found = [(t, e) for t, e in found if id(e) in kept]
    for trigger, event in found:
        if event.type != "career.appoint" or any(a.role == "organization" for a in event.args) \
                or not (event.modality == OFFERED_MODALITY and (trigger.lemma_.lower() in SEEKING | TIPPED or tipped_to(trigger) is not None)):
            continue
        left = [e for _, e in found if e.type in VACATING and e.start < event.start and e.polarity == "POS"
                and any(a.role == "organization" and a.entity for a in e.args)]
        if left:
            body = next(a for a in max(left, key=lambda e: e.start).args if a.role == "organization" and a.entity)
            event.args.append(replace(body))


def immediate_times(found: list[tuple[Token, Event]], dct: str | None) -> None:
    """"X is stepping down with immediate effect", "resigned, effective immediately": a move told with no
    time that takes effect at once is of the article's day."""
    if not dct:
        return
    for trigger, event in found:
        if not event.type or (event.time is not None and event.time_source != "sentence") or event.polarity != "POS" \
                or event.modality not in (None, "planned"):
            continue  # (a time only the sentence gave yields: "is stepping down effective immediately and will stay on as an
            # adviser through the end of June": today, not June)
        if any(t.dep_ == "ccomp" for t in (trigger, *trigger.ancestors)):
            continue  # "told the exchange that X had been appointed with immediate effect": when it told, not said here
        announced = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else None  # "announced her retirement,
        # with immediate effect": the announcing verb's words too, and its day
        words = [c for c in (announced or trigger).subtree if c.i > trigger.i][:12]
        if any(w.lower_ == "effect" and any(c.lower_ == "immediate" for c in children_of(w)) for w in words) \
                or any(w.lower_ == "immediately" and w.i > 0 and w.doc[w.i - 1].lower_ == "effective" for w in words):
            told = next((e.time for t, e in found if announced is not None and t.i == announced.i and e.time), None)
            event.time, event.timex, event.time_source = told or _news_day(found, event, dct), None, "clause"


def effective_later_times(found: list[tuple[Token, Event]], times: list[TimeAnchor]) -> None:
    """"announced her retirement, effective at the end of the season": the move takes the time of the "effective" phrase
    (none when it has none the tagger reads), not that of the announcement."""
    for trigger, event in found:
        effective = effective_later(trigger) if event.type else None
        if effective is None:
            continue
        inside = next((t for t in times if effective.i < t.root.i <= effective.right_edge.i), None)
        event.time, event.timex = (inside.timex.value, inside.timex.tid or None) if inside else (None, None)
        event.time_source = "clause" if inside else None


NEWS_DAY_REACH = 3  # sentences before a move taking effect at once that may tell the day of the news
NEWS_DAY_DAYS = 7  # how far before the article's date that day may lie


def _news_day(found: list[tuple[Token, Event]], event: Event, dct: str) -> str:
    """The day a move taking effect at once was made: that of the nearest earlier event of the news, dated by a day of the
    week before the article's date, told just before ("has sacked its editor, its owner said on Tuesday ... His deputy has
    been promoted with immediate effect": Tuesday); else the article's date."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct):
        return dct
    earliest = (date.fromisoformat(dct) - timedelta(days=NEWS_DAY_DAYS)).isoformat()
    told = [e for _, e in found if e.type and e.time and e.time_source in ("clause", "sentence") and e.start < event.start
            and event.sentence - NEWS_DAY_REACH <= e.sentence and re.match(r"\d{4}-\d{2}-\d{2}", e.time)
            and earliest <= e.time[:10] <= dct and e.polarity == "POS" and e.modality is None]
    return max(told, key=lambda e: e.start).time[:10] if told else dct


NOMINATION_TYPES = frozenset({"career.nominate"})
FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall", "to"})


def nominations_before_the_night(found: list[tuple[Token, Event]], dct: str | None) -> None:
    """"whose film has been nominated for best film at Sunday's awards", "X, who is also nominated on Sunday": a
    nomination told as made, dated after the article's day, takes the day of the ceremony it is for; it was made before
    the article, when is not said (not "will be nominated on Monday": one to come)."""
    if not dct:
        return
    for trigger, event in found:
        if event.type in NOMINATION_TYPES and event.time and event.modality is None and _at_the_nights(trigger):
            event.time, event.timex, event.time_source = None, None, None  # "has been nominated for best film at Sunday's
            continue  # awards": the night's day, whichever side of the article's it falls; the nomination came before
        if event.type not in NOMINATION_TYPES or not event.time or event.time[:10] <= dct or event.modality is not None:
            continue
        if trigger.pos_ == "VERB" and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_WORDS
                                               for t in (trigger, *trigger.ancestors) for c in children_of(t)):
            event.time, event.timex, event.time_source = None, None, None


def _at_the_nights(trigger: Token) -> bool:
    """A nomination verb "at"/"for" an occasion dated only by a possessive day ("at Sunday's awards", "for Friday's
    ceremony"), with no other date in its sentence."""
    if trigger.pos_ != "VERB":
        return False
    subjects = {t.i for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    days = [t for t in trigger.subtree if t.ent_type_ == "DATE" and t.dep_ not in ("case", "punct") and t.i not in subjects]
    for owner in (t for t in trigger.subtree if t.dep_ == "poss" and t.ent_type_ == "DATE"):
        noun = owner.head
        if noun.dep_ == "pobj" and noun.head.lower_ in ("at", "for") and clause_head(owner) == trigger \
                and all(d == owner for d in days):
            return True
    return False


ENDING_TYPES = frozenset({"life.divorce", "life.separate"})
CARE_TYPES = frozenset({"life.die", "life.born"})  # events whose place may be a hospital
CAMPUS_TYPES = frozenset({"life.meet"})  # events whose place may be a university ("met as students at the University of X")
MARRIAGE_WINDOW = 2  # sentences: "that marriage" is one just told


def _names_wedding(token: Token, sch: Schema) -> bool:
    """A noun the schema types as a wedding ("marriage", "wedding", "nuptials")."""
    return any(t.name == "life.marry" for t in sch.by_noun.get(token.lemma_.lower(), ()))


def _ended_marriage(trigger: Token, found: list[tuple[Token, Event]], ctx: Context, sch: Schema) -> list[Argument]:
    """"She married X in Paris in 1962. The marriage ended in divorce in 1970", "was previously married to Y;
    that marriage ended in divorce": the divorce of the couple whose wedding was told last, a sentence or two
    before (a marriage named by its own pair -- "their marriage" -- is left to the words)."""
    prep = trigger.head
    verb = prep.head
    if trigger.dep_ != "pobj" or prep.lower_ != "in" or verb.lemma_.lower() != "end" or not any(
            c.dep_ == "nsubj" and _names_wedding(c, sch) and not any(g.dep_ == "poss" for g in children_of(c))
            for c in children_of(verb)):
        return []
    return _couple_told_last(trigger, found, ctx, frozenset({"life.marry"}), MARRIAGE_WINDOW)


def _couple_told_last(trigger: Token, found: list[tuple[Token, Event]], ctx: Context, types: frozenset[str], window: int,
                      passed: frozenset[int] = frozenset()) -> list[Argument]:
    """The two partners of the last factual event of `types` found (all before `trigger`) within `window` sentences before
    it, both named, as fresh arguments (none of `passed`: triggers not to look at)."""
    here = ctx.sent_of[trigger.i]
    told = [e for t, e in found if e.type in types and e.polarity == "POS" and t.i not in passed and 0 <= here - ctx.sent_of[t.i] <= window
            and {"agent", "partner"} <= {a.role for a in e.args if a.entity}]
    return [replace(a) for a in told[-1].args if a.role in ("agent", "partner") and a.entity] if told else []


def _couple_just_told(trigger: Token, found: list[tuple[Token, Event]], ctx: Context) -> list[Argument]:
    """"They announced their separation in 2018, and the divorce was finalised the following year": "the divorce"
    (told with "the", no one named in its own words) is that of the couple whose wedding or separation was told last,
    in this sentence or the one before."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(trigger)):
        return []
    above = frozenset(a.i for a in trigger.ancestors)  # (not "married Y in 1998, two years after the split": another thing's split)
    return _couple_told_last(trigger, found, ctx, COUPLE_TYPES, 1, above)


COUPLE_TYPES = frozenset({"life.marry", "life.separate", "life.divorce"})


def anniversary_weddings(doc: Doc, events: list[Event], times: list[TimeAnchor], ctx: Context, sch: Schema) -> list[Event]:
    """"The couple marked their 36th wedding anniversary last month": a wedding the article does not
    tell otherwise, that many years before the anniversary's own time, of the couple whose it is."""
    cues = sch.cues["anniversary"]
    nouns = frozenset(cues["nouns"])
    out: list[Event] = []
    listed = tokens(doc)
    for i in (i for i, lemma in enumerate(strings(doc, "lemma_lower")) if lemma in nouns):  # (the lemma column: no Token per word)
        token = listed[i]
        if token.pos_ != "NOUN" or not any(_names_wedding(c, sch) and c.dep_ in ("compound", "amod") for c in children_of(token)):
            continue
        years = anniversary_years(token, cues)
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        if years is None or owner is None:
            continue
        people = [a for a in make_args("agent", owner, ctx, conjuncts=False) if a.entity]
        if len({a.entity for a in people}) != 2:
            continue
        pair = {a.entity for a in people}
        if any(e.type == "life.marry" and pair <= {a.entity for a in e.args} for e in events):
            continue  # the wedding is told: the anniversary dates other things (anniversary_times)
        event = _event(token, "life.marry", [], times, ctx, sch)
        if event.time is None or event.time_source != "clause" or (value := shift_value(event.time, -years, "Y")) is None:
            continue
        first, second = people[0], next(a for a in people if a.entity != people[0].entity)
        event.args = [first, Argument("partner", second.start, second.end, second.text, second.entity)]
        event.time, event.timex, event.time_source, event.lemma = value, None, "event", "wed"
        out.append(event)
    return out


COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"})


def counted_people(args: list[Argument]) -> bool:
    """"Three guards were arrested", "two brothers were convicted": people counted, named or not (a court's steps
    are told of people only)."""
    return any(a.role == "patient" and len(w := a.text.lower().split()) == 2 and (w[0] in COUNTS or w[0].isdigit())
               and w[1].endswith("s") and not a.entity for a in args)


def _counted(event: Event) -> bool:
    return bool(event.type) and event.type.startswith("legal.") and counted_people(event.args)


RECRUITS = frozenset({"career.hire", "career.appoint"})


def renewed_contract(event: Event) -> bool:
    """"Signed a new two-year contract with Y", "will sign a new management deal with Y": a contract renewed is no
    hiring (a contract extension is neither a hiring nor an appointment); "signed X on a three-year contract" stays one."""
    return event.type == "career.hire" and any(a.role == "contract" and {"new", "fresh", "extended"} & set(a.text.lower().split())
                                               for a in event.args)


def named_after(trigger: Token, args: list[Argument]) -> bool:
    """"Will name its new stand after him", "named a new sports hall after the prize's winner": naming a thing after
    someone is no appointment -- "name" with an "after" phrase and no one named to anything (not "names X as director
    after a year of losses")."""
    if trigger.lemma_.lower() not in ("name", "rename"):
        return False
    if trigger.dep_ == "acl" and any(c.dep_ == "prep" and c.lower_ in ("after", "for") for c in children_of(trigger)):
        return True  # "the Otto Hahn peace medal, named for a German physicist": a thing named, whoever the noun holds
    return not any(a.role == "patient" for a in args) and any(c.dep_ == "prep" and c.lower_ == "after" for c in children_of(trigger))


def unnamed_recruit(event: Event, text: str) -> bool:
    """"X hired a senior sales executive", "named a new finance chief", "has hired a family lawyer": a hiring or an
    appointment told as done whose recruit is only an indefinite description names no one; the body tells the move
    again with the name (or it is no post at all).  A recruit named in apposition ("a new coach, Y") is kept, as are
    planned or refused hirings ("plans to hire 300 people", "did not name a successor")."""
    if event.type not in RECRUITS or event.polarity != "POS" or event.modality is not None:
        return False
    patients = [a for a in event.args if a.role == "patient"]
    if any(a.entity for a in patients):
        return False
    if patients:
        return any(a.text.lower().split()[:1] in (["a"], ["an"]) for a in patients)
    roles = [a for a in event.args if a.role == "role"]  # "named a new finance chief": the object read as the post
    return len(roles) == 1 and text[:roles[0].start].lower().split()[-1:] in (["a"], ["an"])


def _headline_recruit(event: Event, text: str, headline: int | None) -> bool:
    """"Brisquell raises $45m, hires former Ocado executive as chief": a headline's hiring whose recruit is a description
    with no article (a headline drops it) names no one either."""
    if headline is None or event.sentence != headline or event.type != "career.hire" or event.polarity != "POS" \
            or event.modality is not None:
        return False
    patients = [a for a in event.args if a.role == "patient"]
    return bool(patients) and not any(a.entity for a in patients) and all(
        a.text[:1].islower() or a.text.split()[0].lower() in ("former", "new", "ex") for a in patients)


def recruits_named(recruits: list[Event], events: list[Event]) -> list[Event]:
    """"X has hired a new chief executive ... Y, 51, will take over as chief executive on December 1": the one appointment
    of a named person to the post a body was told to have hired someone for, later in the story, told with no one
    appointing (not "X has named Y as its chief executive", the body's own act told again), names that hiring's
    recruit -- one hiring (the body its agent, told as done), not an appointment besides; none when several named people
    take such a post."""
    named: dict[int, Event] = {}
    for recruit in recruits:
        body = [a for a in recruit.args if a.role in ("agent", "organization") and a.entity]
        words = {w for a in recruit.args if a.role in ("role", "patient") for w in a.text.lower().split()} & POST_WORDS
        if recruit.type != "career.hire" or not body or not words:
            continue
        taken = [e for e in events if e.type == "career.appoint" and e.sentence > recruit.sentence and e.polarity == "POS"
                 and any(a.role == "patient" and a.entity for a in e.args)
                 and any(a.role == "role" and words & set(a.text.lower().split()) for a in e.args)
                 and not any(a.role == "agent" for a in e.args)  # (not "has named Y as its chief executive": the body's own act)
                 and not any(a.role == "organization" and a.entity and a.entity not in {b.entity for b in body} for a in e.args)]
        if len(taken) != 1:
            continue
        event = taken[0]
        recruit.args = [a for a in recruit.args if a.role not in ("patient", "role")] + [
            Argument(a.role, a.start, a.end, a.text, a.entity) for a in event.args if a.role in ("patient", "role")]
        named[id(recruit)] = event
    gone = {id(e) for e in named.values()}
    return [e for e in events if id(e) not in gone] + [r for r in recruits if id(r) in named]


# the words of a post a hiring may name it by ("chief", "chief executive", "finance director")
POST_WORDS = frozenset({"chief", "executive", "director", "manager", "coach", "editor", "president", "chair", "chairman",
                        "chairwoman", "officer", "head", "principal", "conductor", "curator", "dean", "secretary"})


def _parties(event: Event, role: str) -> frozenset[str]:
    return frozenset(a.entity for a in event.args if a.role == role and a.entity)


def rhetorical_denials(events: list[Event], doc: Doc) -> set[int]:
    """"'I did not leave the Meridian Party; the Meridian Party left me,' she said", in a story that tells her leaving: a
    denial in the speaker's own quoted words of what the article reports as done (the same type, by the same one, of the
    same body) is rhetoric, no second event that did not happen.  The ids of such denials."""
    done = [e for e in events if e.type and e.polarity == "POS" and e.modality is None]
    quoted: list[bool] | None = None
    out: set[int] = set()
    for event in events:
        if event.type is None or event.polarity != "NEG" or event.modality is not None:
            continue
        agents, bodies = _parties(event, "agent"), _parties(event, "organization")
        if not agents or not bodies or not any(e.type == event.type and agents <= _parties(e, "agent")
                                               and bodies <= _parties(e, "organization") for e in done):
            continue
        trigger = token_at(doc, event.start, event.end)
        if trigger is None or not any(c.dep_ == "aux" and c.lower_ == "did" for c in children_of(trigger)):
            continue  # (a past denial: not "I will never leave the party", a promise)
        quoted = quoted if quoted is not None else quoted_tokens(doc)
        if quoted[trigger.i]:
            out.add(id(event))
    return out


SOME_ONE = frozenset({"a", "an", "another", "some", "any"})


BOUND_NOUNS = frozenset({"day", "moment", "time"})


def until_the_day(event: Event, doc: Doc) -> bool:
    """"He would remain with the party until the day I retire", "I will fight until the day I die": a clause on the day
    that bounds a promise names a time, no event."""
    trigger = token_at(doc, event.start, event.end)
    if trigger is None or trigger.dep_ != "relcl" or trigger.head.lemma_.lower() not in BOUND_NOUNS:
        return False
    prep = trigger.head.head
    return trigger.head.dep_ == "pobj" and prep.lower_ in ("until", "till", "to") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.head.children)


def unnamed_meeting(event: Event, doc: Doc) -> bool:
    """"He was the kindest man I ever met", "Then a man I had met for ten minutes sent me a letter", "pensioners who
    had been introduced to her": a meeting that only describes someone -- told in a relative clause of a common noun
    that is indefinite or superlative and stands for no one named beside it (not "Y, a translator he had met in
    Rome": Y named) -- or one whose other side is people counted by a plural noun, is no meeting of two people."""
    if event.type != "life.meet":
        return False
    if any(a.role in ("agent", "partner") and not a.entity and (sp := doc.char_span(a.start, a.end)) is not None
           and sp.root.tag_ == "NNS" for a in event.args):
        return True
    span = doc.char_span(event.start, event.end)
    if span is None or span.root.dep_ != "relcl":
        return False
    noun = span.root.head
    if noun.pos_ != "NOUN" or noun.dep_ == "appos" or any(c.dep_ == "appos" for c in children_of(noun)):
        return False
    return any((c.dep_ == "det" and c.lower_ in SOME_ONE) or (c.dep_ == "amod" and c.tag_ == "JJS") for c in children_of(noun))


COUNT_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def counted_then_named(events: list[Event], analysis: Analysis, headline: int | None = None) -> list[Event]:
    """"Two men have been charged with robbery ... X was charged on Saturday ... Y was charged with ...": a court's
    step told of people counted, and then of as many people named, is the named people's steps told again.  So is any
    step a headline tells of people counted ("Two directors quit Kerrowby board"), the story naming them."""
    named: dict[tuple[str, str], set[str]] = {}
    for e in events:
        if e.type and e.polarity == "POS":
            for a in e.args:
                entity = analysis.entity(a.entity) if a.role in ("agent", "patient") and a.entity else None
                if entity is not None and entity.type == "PERSON":
                    named.setdefault((e.type, a.role), set()).add(entity.id)

    def told_again(e: Event) -> bool:
        if not (e.type and e.polarity == "POS" and (e.type.startswith("legal.") or e.sentence == headline)):
            return False
        for role in ("patient",) if e.type.startswith("legal.") else ("agent", "patient"):
            fillers = [a for a in e.args if a.role == role]
            if len(fillers) != 1 or fillers[0].entity:
                continue
            words = fillers[0].text.lower().split()
            count = COUNT_VALUES.get(words[0]) if len(words) == 2 else None
            if count is not None and len(named.get((e.type, role), ())) >= count:
                return True
        return False

    return [e for e in events if not told_again(e)]


VERDICTS = frozenset({"legal.convict", "legal.acquit", "legal.sentence"})  # told with the court that gave them
COUNTER_SUITS = frozenset({"countersue", "countersuit", "counter-suit", "counterclaim", "counter-claim"})


def countersuit_targets(events: list[Event]) -> None:
    """"X sued Y in March ... Y countersued three months later": a countersuit with no one named
    sued back the one whose suit named its maker as the target (the latest such suit before it)."""
    for n, event in enumerate(events):
        if event.type != "legal.sue" or event.lemma not in COUNTER_SUITS or any(a.role == "target" for a in event.args):
            continue
        makers = {a.entity for a in event.args if a.role == "agent" and a.entity}
        earlier = [e for e in events[:n] if e.type == "legal.sue" and e.start < event.start
                   and any(a.role == "target" and a.entity in makers for a in e.args)]
        suer = next((a for e in reversed(earlier) for a in e.args if a.role == "agent" and a.entity and a.entity not in makers), None)
        if suer is not None:
            event.args.append(Argument("target", suer.start, suer.end, suer.text, suer.entity))


def told_as_news(trigger: Token, event: Event, headline: int | None) -> bool:
    """"X has appointed Y" (the present perfect; "X has won the Y by-election", its event noun the object), or a headline's
    present ("Castleforde United sign striker X"): told as
    what just happened, not as an older occasion of its kind a later mention dates."""
    return _news_perfect(trigger) or (trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _news_perfect(trigger.head)) \
        or (event.sentence == headline and trigger.tag_ in ("VBZ", "VBP")) \
        or (trigger.lemma_.lower() in SUCCESSION_LEMMAS and trigger.tag_ in ("VBZ", "VBP"))  # ("She succeeds X, who ...": the
    # succession the article reports, not the older appointment a later mention dates)


def _news_perfect(trigger: Token) -> bool:
    """"X has appointed Y", "Y has been named": a verb in the present perfect, the way news tells what just happened."""
    return trigger.pos_ in ("VERB", "AUX") and trigger.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children_of(trigger))


SWORN_TYPES = frozenset({"career.appoint", "career.hire", "politics.elect"})


def _sworn_relative(event: Event, doc: Doc) -> Token | None:
    """The verb of a relative clause on the one given the post that tells the post taken ("X, the economy minister, who
    was sworn in on Wednesday", "Y, who took office on Monday") -- the day the appointment took effect."""
    for arg in event.args:
        if arg.role != "patient" or not arg.entity:
            continue
        span = char_span(doc, arg.start, arg.end)
        if span is None:
            continue
        heads = [span.root, *(c for c in children_of(span.root) if c.dep_ == "appos")]
        for verb in (c for h in heads for c in children_of(h) if c.dep_ == "relcl"):
            lemma = verb.lemma_.lower()
            if (lemma == "swear" and any(c.dep_ == "prt" and c.lower_ == "in" for c in children_of(verb))) or (
                    lemma in ("take", "assume") and any(c.dep_ == "dobj" and c.lower_ == "office" for c in children_of(verb))):
                return verb
    return None


def _clause_time(verb: Token, sentence: int, times: list[TimeAnchor], cues: dict[str, Any]) -> str | None:
    anchor, source = attach_time(verb, sentence, times, cues)
    value = anchor.timex.value if anchor is not None and source == "clause" else None
    return PART_OF_DAY.sub("", value) if value and value[:4].isdigit() else None


@dataclass(frozen=True, slots=True)
class _Tables:
    """What the stage reads of the schema, in the shapes it reads it (the same for every document)."""
    types: dict[str, EventType]  # name -> type
    date_types: frozenset[str]  # the timex types that date an event
    one_per: dict[str, str]  # type name -> its `one_per` role, for the types that have one
    people_only: frozenset[str]  # the types whose `one_per` counts people only
    symmetric: frozenset[str]  # the two-person types ("X married Y" is "Y married X")
    noun_types: dict[str, set[str]]  # event noun -> the names of its types


_TABLES: dict[int, tuple[Schema, _Tables]] = {}  # id of the schema -> (the schema, its tables): made once, the schema never changes


def _tables(sch: Schema) -> _Tables:
    cached = _TABLES.get(id(sch))
    if cached is not None and cached[0] is sch:
        return cached[1]
    tables = _Tables(
        types={t.name: t for t in sch.types},
        date_types=frozenset(sch.cues["time"]["date_types"]),
        one_per={t.name: t.one_per for t in sch.types if t.one_per},
        people_only=frozenset(t.name for t in sch.types if t.one_per_people),
        symmetric=frozenset(t.name for t in sch.types if t.symmetric),
        noun_types={noun: {t.name for t in types} for noun, types in sch.by_noun.items()},
    )
    _TABLES.clear()
    _TABLES[id(sch)] = (sch, tables)
    return tables


STATE_PREPS = {"in", "at", "on", "by", "during"}
ENDING_VERBS = {"end", "break", "call", "terminate", "annul"}  # ("break off", "call off")
STATE_VERBS = {"end", "collapse", "dissolve", "break", "fail", "finish", "last", "survive", "crumble", "fall"}


def _state(trigger: Token, event: Event, etype: EventType) -> bool:
    """"X is / was previously married to Y", "their marriage": a state the text mentions, not the
    event itself -- undated by its own clause, with no place, ceremony or officiant ("were married
    in Paris", "married by a judge")."""
    if etype.symmetric and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ENDING_VERBS:
        return True  # "ended / called off their engagement": its end, not the engagement
    fronted = trigger.is_sent_start and trigger.dep_ in ("advcl", "npadvmod")  # ("Winner of the 2012 X Prize, Y ...")
    if trigger.lemma_.lower() in etype.apposed_forms and (fronted or trigger.dep_ == "appos" or any(c.dep_ == "appos" for c in children_of(trigger))):
        return event.time_source != "clause" or not dated_phrase(trigger, before=trigger.dep_ != "appos" and not fronted)  # "X, the
        # winner in 2020," and "the 2014 winner, X," won then; "X, a former champion, said on Monday" tells no win
    if trigger.lower_ not in etype.state_forms:
        return False
    if trigger.pos_ == "NOUN" and trigger.dep_.startswith("nsubj") and trigger.head.lemma_.lower() in STATE_VERBS:
        return not dated_phrase(trigger) and not _dated_after(trigger)  # "their marriage ended in 2019", "her marriage lasted 20
        # years": its time is not the wedding's (but "her marriage to X in 2012 ended in divorce" dates the wedding in its own
        # phrase, or right after it where the parser hung the time on the verb)
    if event.time_source == "clause" or any(a.role == "place" and _own_place(trigger, a) for a in event.args):
        return False
    if any(c.dep_ in ("prep", "agent") and c.lower_ in STATE_PREPS for c in children_of(trigger)):
        return False
    if trigger.pos_ == "NOUN":
        return True
    if _set_off_participle(trigger):
        return True
    be = [c for c in children_of(trigger) if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    if trigger.dep_ in ("acomp", "attr") and trigger.head.lemma_ == "be":
        be.append(trigger.head)  # "married" tagged an adjective, "was" its head
    if any(c.lower_ in ("was", "were") and (_lasted(trigger) or _lasted(c)) for c in be):
        return False  # "was married for nine years to X": a marriage told whole (it began and ended), its wedding an event
    if any(c.lower_ in ("was", "were") for c in be) and any(
            (c.dep_ == "advmod" and c.lower_ in PAST_MARRIAGE_ADVERBS) or (c.dep_ == "prep" and c.lower_ == "until")
            for t in (trigger, *be) for c in children_of(t)):  # (the parser may hang them on "was")
        return False  # "was previously married to X", "was married to X until his death": a marriage over, its wedding told
    return bool(be)


PAST_MARRIAGE_ADVERBS = frozenset({"previously", "formerly", "once"})


def _own_place(trigger: Token, place: Argument) -> bool:
    """A place told of the wedding itself ("were married in Paris"), not one inside the description of the one married
    ("is married to X, a GP at the town's Clovelly Road surgery")."""
    span = char_span(trigger.doc, place.start, place.end)
    if span is None:
        return True
    to = [g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "to" for g in children_of(c) if g.dep_ == "pobj"]
    return not any(t.left_edge.i < span.root.i <= t.right_edge.i and span.root.i != t.i for t in to)


def _set_off_participle(trigger: Token) -> bool:
    """"X, married to the banker Y, resigned": "married to" with no auxiliary, hung on a noun or set off by a comma, is
    "who is married to" cut short -- a state (an undated wedding is told by the verb alone: "married Y")."""
    if trigger.dep_ != "acl" and (trigger.i == 0 or trigger.doc[trigger.i - 1].text != ","):
        return False
    kids = children_of(trigger)
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in kids) and not any(c.dep_ in ("aux", "auxpass") for c in kids)


def _dated_after(noun: Token) -> bool:
    """"X's marriage to Y in 2006 ended in divorce": a time phrase right after the subject's phrase, before its verb, the
    parser hung on the verb."""
    verb, after = noun.head, noun.right_edge.i + 1
    if after >= verb.i:
        return False
    prep = noun.doc[after]
    return prep.dep_ == "prep" and prep.head == verb and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in children_of(prep))


LASTING_UNITS = frozenset({"year", "decade", "month"})


def _lasted(trigger: Token) -> bool:
    """"for nine years", "for three decades": how long the state lasted, on the trigger's own "for"."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in LASTING_UNITS for g in children_of(c))
               for c in children_of(trigger))


def coordinated_times(event: Event, times: list[TimeAnchor]) -> list[TimeAnchor]:
    """The times coordinated with the one that dates `event` ("in 2014 and 2018", "in 1965 and again in 1968")."""
    anchor = next((t for t in times if t.timex.tid and t.timex.tid == event.timex), None)
    if anchor is None:
        return []
    prep = anchor.root.head if anchor.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("between", "from"):
        return []  # "published between 1978 and 1991": one stretch, not two times
    preps = set(conjuncts_of(prep)) if prep is not None else set()  # "in 1965 and (again) in 1968"
    if prep is not None:  # the second "in" parsed as the verb's own, "and" between them
        doc = prep.doc
        preps |= {s for s in children_of(prep.head) if s.dep_ == "prep" and s.lower_ == prep.lower_ and s.i > prep.i
                  and any(w.lower_ == "and" for w in doc[prep.i : s.i])}
    conjuncts = conjuncts_of(anchor.root)
    return [t for t in times if t is not anchor and (t.root in conjuncts or (t.root.dep_ == "pobj" and t.root.head in preps))
            and t.timex.value != event.time]


YEARS_COUNTED = re.compile(r"\byears?\b", re.I)
YEARS_COUNTED_RULES = frozenset({"relative:earlier-later", "relative:the-unit-before"})


def _years_counted_on(timex: Timex) -> bool:
    """"two years later", "a year earlier", "the year after": a count of years from a month or a day told before; the
    grammar keeps that time's grain (a month, a day), but what happened then is told to the year only."""
    return timex.rule in YEARS_COUNTED_RULES and bool(YEARS_COUNTED.search(timex.text)) \
        and bool(re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", timex.value or ""))


def _announces_itself(args: list[Argument]) -> bool:
    """The one announcing is all the announcement's topic names."""
    agents = {a.entity for a in args if a.role == "agent" and a.entity}
    topics = [a for a in args if a.role == "topic"]
    return bool(agents) and bool(topics) and all(a.entity in agents for a in topics)


def _event(trigger: Token, type_name: str | None, args: list[Argument], times: list[TimeAnchor], ctx: Context, sch: Schema,
           durations: list[TimeAnchor] | None = None) -> Event:
    time, source = attach_time(trigger, ctx.sentence(trigger), times, sch.cues)
    if type_name and trigger.tag_ in ("VBP", "VBZ") and trigger.lemma_.lower() in sch.stative \
            and not any(c.dep_ in ("advmod", "prt", "prep") and c.lower_ == "out" for c in children_of(trigger)):
        time, source = None, None  # "the couple have two sons": a state now, the births undated (not "has a novel out in May")
    if type_name == "family.child" and trigger.lemma_.lower() in sch.stative and any(
            c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() not in ("twin", "triplet") for c in children_of(trigger)):
        time, source = None, None  # "wed in 1983 and had two daughters": several births, not all on the wedding's date
    if type_name and trigger.pos_ == "NOUN" and any(t.name == type_name and (trigger.lemma_.lower() in t.doer_forms | t.standing_forms or (
            trigger.dep_ == "appos" and trigger.lemma_.lower() in t.undated_apposed_forms)) for t in sch.by_noun.get(trigger.lemma_.lower(), ())) \
            and not dated_phrase(trigger, before=True):
        time, source = None, None  # "its founder, X, resigned in June", "X, a father of two, was jailed on Monday", "X, a three-time
        # Oscar nominee, died on Friday": not dated by the clause
    value = PART_OF_DAY.sub("", time.timex.value) if time else None
    if time is not None and value and _years_counted_on(time.timex):
        value = value[:4]  # "in April 2016 ... a son followed two years later": 2018, a count of years dates to the year
    tid = (time.timex.tid or None) if time else None
    shifted = unit_before_after(trigger, times) if type_name else None  # "the year after X took over": the year before
    if shifted is None and type_name:
        shifted = unit_of_clause(trigger, times)  # "was arrested the day she arrived on March 2": March 2
    if shifted is None:
        shifted = relative_time(trigger, ctx.sentence(trigger), durations, times, sch.cues, ctx.analysis.document.dct) \
            if durations and type_name and not (time is not None and source == "clause" and time.clause == clause_head(trigger)) else None
    # (not "two years after leaving X in 2012": the leaving has a time of its own)
    gapped = after_gap(trigger, durations or [], times) if type_name else None
    if shifted is not None:  # "two days after X": X two days before the time of the clause it hangs off
        value, tid, source = shifted, None, "clause"
    elif gapped is not None and (time is None or gapped[0] is time):  # "resigned days after X arrested her in March 2020":
        # March 2020; "two years after leaving X in 2012, joined Y": 2014, not the leaving's 2012 ("years after": unknown);
        # "A month after her arrest in May 2019, X was charged": the parser hands the arrest's time to the clause, June
        value, tid, source = gapped[1], None, "clause" if gapped[1] else None
    key, _ = trigger_key(trigger)
    mode = modality(trigger, sch.cues)
    dct = ctx.analysis.document.dct
    if source == "sentence" and mode == "planned" and value and dct and value[:10] < dct and any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in children_of(trigger)):
        value, tid, source = None, None, None  # "... on Sunday, and X announced that she will retire at the end of the
        # season": what will be was not on the day the sentence tells of
    return Event(
        id="",
        type=type_name,
        lemma=key,
        start=trigger.idx,
        end=trigger.idx + len(trigger.text),
        text=trigger.text,
        sentence=ctx.sentence(trigger),
        args=args,
        time=value,
        timex=tid,
        time_source=source,
        polarity=polarity(trigger, sch.cues),
        modality=mode,
    )
