"""Facts with validity intervals, from the events and statements of one analysis (`facts` stage).

Conventions (read by the queries, which show a fact from either side):
- spouse(X, Y) is ONE symmetric fact per couple, subject = the partner mentioned first;
  it starts at the wedding's date and ends at a divorce, a death, or a confirmed separation.
  A separation that is only hedged or attributed to someone does not end it: it becomes a fact
  `separated` of its own, with that certainty.  An end whose date is unknown is `PAST_REF`.
- parent(P, C): P is a parent of C (from births and from "their son, C" / "X's daughter C").
- employee(P, O), member(P, O) and role(P, value=title, object=O or None), from appointments,
  hirings, elections, resignations, moves ("signed X from O", "left O in 2020"), titles next to
  names ("O chief executive P") and verbs ("served as T of O from 2009 to 2021").  A former post
  ("a retired headteacher") is a role, and its employer an employee fact, both ended at PAST_REF.  Players and athletes are members of their team, not its employees.
- located_in(A, B) from "A, B" place appositions, "based in B", "the B-based maker A".
  People and organisations at home somewhere (resolve_places): "X, 51, of B", "a teacher from B",
  "the B singer X", "have lived in B since 2006", "moved to B in 2019".
- age(P, value) as of the article date, and birth_year(P, value): the year of a dated birth, else
  the likelier of the two years an age allows (first half of the year -> the earlier one).
Each fact keeps all its evidence, the events it came from, and the certainty of its most
certain source.  Events that did not happen (NEG) or are only planned / attempted give no fact, but for a
start the article dates after its own date ("will take over as chief executive on 1 July").

Modules: `resolve` (facts from events, then the passes over all facts), `resolve_statements`
(facts stated in words), `resolve_clauses` (intervals of a clause, facts stated by verbs),
`resolve_moves` (moves between posts), `resolve_base` (configuration, builder, lookups).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from .extract.career_args import a_post
from .extract.entity_attrs import birth_year
from .extract.entity_lexicon import lexicon, title_head
from .extract.events_schema import schema
from .extract.name_missed import LEGISLATOR_NOUNS
from .extract.name_missed import PARTY_WORDS as ONE_WORD_PARTIES
from .model import ASSERTED, ATTRIBUTED, NEGATED, Analysis, Argument, Event, Evidence, Fact
from .nlp import char_span, children_of, conjuncts_of, strings, with_lemmas
from .resolve_base import (
    PAST,
    _Builder,
    _dated,
    _employer_ids,
    _entity,
    _factual,
    _ids,
    _kind,
    a_band,
    band_calling,
    config,
    entities_remembered,
    told_ahead,
)
from .resolve_careers import career_statements
from .resolve_children import child_events, later_children
from .resolve_clauses import body_text, objects_of
from .resolve_clauses import interval as clause_interval
from .resolve_descriptors import described_roles
from .resolve_implicit import (
    AIDE_NOUNS,
    aides,
    dominant_organisation,
    implicit_agents,
    implicit_employers,
    implicit_players,
    police_officers,
    work_authors,
)
from .resolve_mates import beaten_candidates, listed_members, registrations, teammates
from .resolve_moves import earlier_posts, handovers, moves, moves_in_text, stints
from .resolve_orgs import (
    PROMOTING,
    a_seat,
    bare_leavings,
    board_bodies,
    fill_left_bodies,
    fill_posts,
    founded_by,
    own_job_left,
    post_itself_left,
    seat_kept,
    successor_bodies,
)
from .resolve_places import impossible_places, places
from .resolve_statements import (
    ended_marriages,
    marriages_to,
    statements,
    title_value,
    union_parents,
    verb_statements,
)
from .resolve_teams import _party_ids, party_name, team_ids, team_members
from .resolve_tenure import (
    SEAT_POSTS,
    bare_joins,
    bare_leavings_end,
    entry_posts_over,
    held_for,
    held_until,
    job_starts,
    joined_posts,
    new_posts,
    posts_until_now,
    ranked_below,
    stretches,
    superseded_posts,
    tenure_starts,
    years_before_leaving,
)
from .resolve_titles import FELLOWSHIP_POSTS, OWNER_NOUNS, _festival, _title_sets
from .timevalue import interval


def _spouses(b: _Builder, events: list[Event]) -> None:
    cfg = config()["spouse"]
    a = b.analysis
    for event in events:
        if event.type in cfg["start_types"] and _factual(event):
            partners = _ids(event, cfg["roles"], a, {"PERSON"})
            for i, x in enumerate(partners):
                for y in partners[i + 1:]:
                    b.from_event("spouse", x, y, event)
    for event in events:  # "X, who divorced Y in 2016", "X filed for divorce from Y": married once, since when not told
        # (ended below)
        if event.type in cfg["end_types"] and _factual(event) and event.certainty in (ASSERTED, ATTRIBUTED) \
                and (event.text.lower() != event.lemma or _partners_told_here(event, cfg["roles"], a)):
            partners = _ids(event, cfg["roles"], a, {"PERSON"})
            if len(partners) == 2 and not any(f.relation == "spouse" and {f.subject, f.object} == set(partners)
                                              for f in b.facts.values()):
                b.add("spouse", partners[0], partners[1], evidence=Evidence(event.sentence, event.start, event.end),
                      event=event, certainty=event.certainty, claim=event.claim)
    confirmed = _confirmed_splits(events, cfg, a)
    text = a.document.text
    for fact in [f for f in b.facts.values() if f.relation == "spouse"]:
        pair = {fact.subject, fact.object}
        ending = [e for e in events if _factual(e) and (_ends_marriage(e, pair, fact, cfg, a) or _split_of(e, pair, confirmed, cfg, a))]
        granted = [e for e in ending if e.type in cfg["end_types"] and _dated(e.time) and not _filing(e, text)]
        for event in ending:
            end = event.time if _dated(event.time) else PAST
            if granted and event not in granted:
                continue  # "separated three years later; their divorce was finalised in 2022": married until the divorce
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


FILING = re.compile(r"\b(?:fil(?:e|es|ed|ing)|petition(?:s|ed|ing)?|sue[sd]?|suing)\s+(?:for\s+)?(?:a\s+)?$", re.IGNORECASE)


def _filing(event: Event, text: str) -> bool:
    """"filed for divorce": a divorce asked for, not granted (the marriage ends at the separation, when one is told)."""
    return bool(FILING.search(text[max(0, event.start - 30) : event.start]))


def _partners_told_here(event: Event, roles: list[str], a: Analysis) -> bool:
    """The divorce noun's partners are named (or pointed to) in its own sentence: "X filed for divorce from Y", "X and
    Y finalised their divorce", "X, whose divorce from Y" -- not "because of his divorce", whose other party was only
    taken for the last person he was paired with."""
    sentence = a.sentences[event.sentence] if 0 <= event.sentence < len(a.sentences) else None
    told = [arg for arg in event.args if arg.role in roles and arg.entity]
    return sentence is not None and len(told) >= 2 and all(sentence.start <= arg.start < sentence.end for arg in told)


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
    span = char_span(doc, event.start, event.end)
    return span is not None and span.root.tag_ in ("VBP", "VBZ") and not _born_beside(doc, event, cfg)


def _born_beside(doc: Doc, event: Event, cfg: dict[str, Any]) -> bool:
    """"The couple have a daughter, Lily, born in 2016", "she has a son, Ben, who was born in 1999": the child had is
    told with its birth (a participle or a relative clause on the child), which dates the having."""
    for arg in event.args:
        span = char_span(doc, arg.start, arg.end) if arg.role in cfg["child_roles"] else None
        if span is None or len(span) == 0:
            continue
        told = [span.root] + ([span.root.head] if span.root.dep_ == "appos" else [])  # (the kin noun the name stands beside)
        if any(_birth_clause(c) for t in told for c in children_of(t)):
            return True
    return False


def _birth_clause(clause: Token) -> bool:
    """"born in 2016" on the child, or "who was born in 2016"."""
    if clause.lemma_.lower() != "bear" or clause.tag_ != "VBN":
        return False
    return clause.dep_ == "acl" or (clause.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ == "who" for c in children_of(clause)))


def _coordinated(a: Analysis, doc: Doc | None, event: Event, roles: list[str]) -> list[str]:
    """"two sons, Kieran and Joe": the people coordinated with a named child argument."""
    out: list[str] = []
    for arg in event.args if doc is not None else []:
        span = char_span(doc, arg.start, arg.end) if arg.role in roles and arg.entity else None  # type: ignore[union-attr]
        for other in conjuncts_of(span.root) if span is not None else ():
            found = _entity(a, other)
            if found is not None and found != arg.entity and _kind(a, found) == "PERSON" and found not in out:
                out.append(found)
    return out


PARTY_WORDS = frozenset({"party", "alliance", "democrats", "liberals", "conservatives", "socialists", "greens", "movement", "front"})


DEFECTING_LEMMAS = frozenset({"defect", "defection", "cross"})  # a move from one party to another (the hiring `joining_events` makes)
PARTY_LEAVING_LEMMAS = frozenset({"quit", "leave", "resign"})  # (not "step down": from a post)


def _politician_defects(a: Analysis, b: _Builder, event: Event, people: list[str]) -> bool:
    """"Two MPs, A and B, crossed to Liberty Forward": a legislator's defection joins a party, whatever its name says (not
    "an engineer who defected to Orrestad": a job)."""
    if event.lemma not in DEFECTING_LEMMAS:
        return False
    posts = {f.value for f in b.facts.values() if f.relation == "role" and f.subject in people}
    posts |= {r for p in people if (e := a.entity(p)) is not None for r in e.attrs.get("roles", [])}
    return any(a_seat(post) for post in posts)


def _left_a_party(doc: Doc | None, event: Event) -> bool:
    """The leaving's own object is a party or a name ("quit the party", "resigned from the Harbour Party"; not "resigned
    from the cabinet", nor a leaving with no object, whose body was guessed)."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None:
        return False
    left = [c for c in children_of(span.root) if c.dep_ == "dobj"] + objects_of(span.root, {"from"})
    return any(t.lemma_.lower() == "party" or t.pos_ == "PROPN" for t in left)


def _party(a: Analysis, org: str) -> bool:
    entity = a.entity(org)
    return entity is not None and (entity.name.split()[-1].lower() in PARTY_WORDS or party_name(entity.name)
                                   or entity.name.lower() in ONE_WORD_PARTIES)  # "the Conservative MP X": the party


def _elected_to(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> list[str]:
    """The unnamed body an election puts someone in, as written: "elected to the city council", "won a seat
    in the provincial legislature"."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None:
        return []
    trigger = span.root
    chambers = set(cfg["chambers"])
    seats = [c for c in children_of(trigger) if c.dep_ == "dobj" and c.lemma_.lower() == "seat"]
    found = [t for t in (*objects_of(trigger, {"to", "on", "in"}), *(t for s in seats for t in objects_of(s, {"on", "in", "to"})))
             if t.lemma_.lower() in chambers and not t.ent_type_]
    return list(dict.fromkeys(body_text(t) for t in found))


def _loan_end(a: Analysis, doc: Doc | None, event: Event) -> str | None:
    """"was loaned to X until January", "joined X on loan until the end of the season": the end a loan's clause gives
    (a contract's length, told the same way, is no end the fixtures give)."""
    if event.type != "career.hire":
        return None  # (first: no span made for the other events)
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None:
        return None
    trigger = span.root
    if not any(t.lemma_.lower() == "loan" for t in trigger.sent):
        return None
    end = clause_interval(a, doc, trigger).end  # type: ignore[arg-type]
    start = event.time if _dated(event.time) else a.document.dct
    if end and len(end) == 7 and start and end < start[:7]:
        end = f"{int(end[:4]) + 1}{end[4:]}"  # "until January" said of a loan made in August: the next January
    return end


def _again(a: Analysis, event: Event) -> bool:
    """The trigger is written with "re" before it: "re-elected", "reelected" (a seat held before)."""
    return a.document.text[max(0, event.start - 3) : event.end].lower().split()[-1].replace("-", "").startswith("re")


# offices won at an election ("who was first elected in 2019" dates the one of them a person holds)
ELECTED_OFFICES = SEAT_POSTS | {"mayor", "governor", "premier"}


# a body of a few members one is named to ("appointed to the audit committee"), not a post
COMMITTEE_NOUNS = frozenset({"committee", "subcommittee", "sub-committee", "panel"})
BARE_BODIES = frozenset({"board", "cabinet", "bench", "council"})


def _without_article(text: str) -> str:
    words = text.split()
    return " ".join(words[1:] if words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their") else words)


def _described_titles(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> set[str]:
    """"X, a historian who joined the university in 2004", "the designer whom Y hired two years ago": the title
    the hiring's relative clause hangs on describes the person; it is not the post taken then (no "as")."""
    trigger = char_span(doc, event.start, event.end) if doc is not None else None
    if trigger is None or trigger.root.dep_ != "relcl" or any(c.dep_ == "dobj" and c.lemma_.lower() in cfg["post_nouns"]
                                                            for c in children_of(trigger.root)):
        return set()  # ("its chief executive, X, who took the job in April": the post taken is that one)
    clause = trigger.root
    out = set()
    for arg in event.args:
        span = char_span(doc, arg.start, arg.end) if arg.role in cfg["title_roles"] else None  # type: ignore[union-attr]
        if span is not None and not (clause.left_edge.i <= span.root.i <= clause.right_edge.i) \
                and clause.head.left_edge.i <= span.root.i <= clause.head.right_edge.i:
            out.add(_arg_title(doc, arg))
    return out


BARE_BOARDS = frozenset({"board", "the board", "its board", "their board"})


def _board_seat(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> bool:
    """"Joined the board in 2015", "was appointed to the board": a seat on the board of the body the story is about
    (a company, a charity, a club) is a post there, its director's or trustee's, as the fixtures read it -- no
    membership, unlike a seat on a committee, a council or in the cabinet.  A board named with its body ("joined
    Y's board", "the board of the Y Trust") is an outsider's seat, an investor's or a patron's: a member of it."""
    bodies = [arg for arg in event.args if arg.role in cfg["member_roles"] and not arg.entity]
    if not bodies or not all(arg.text.lower() in BARE_BOARDS for arg in bodies):
        return False
    spans = [char_span(doc, arg.start, arg.end) for arg in bodies] if doc is not None else []
    return not any(c.dep_ == "prep" and c.lower_ == "of" for span in spans if span is not None for c in children_of(span.root))


def _own_officer(a: Analysis, event: Event, titles: list[str], cfg: dict[str, Any]) -> bool:
    """"Barlow Foods has elected X as its chair": a body electing one of its own officers (the body the agent and the
    organisation both) gives a post there, not a membership -- unless the body is a party ("the X Party elected Y as
    its leader": a member of it) or the post a membership ("elected her a fellow")."""
    agents = {arg.entity for arg in event.args if arg.role == "agent" and arg.entity}
    bodies = {arg.entity for arg in event.args if arg.role in cfg["organization_roles"] and arg.role != "agent" and arg.entity}
    own = agents & bodies
    fellowships = set(cfg["membership_titles"])
    return bool(own) and bool(titles) and not any(_party(a, org) for org in own) \
        and not any(_head_word(t.lower()) in fellowships for t in titles)


SCHEDULED_START_TYPES = frozenset({"career.appoint", "career.hire"})  # (not an election: "will stand in May" wins nothing yet)


def _scheduled_start(a: Analysis, event: Event) -> bool:
    """"X will take over as chief executive on 1 July", "will join Y in April": a start the article itself
    announces for a date after its own, neither denied nor doubted -- the post or job is held from that date.
    Not a plan someone says ("said he would join its staff next year": the speaker's word), nor an undated one
    ("will join Y": it may yet fall through)."""
    return event.type in SCHEDULED_START_TYPES and _to_come(a, event) and (event.certainty == ASSERTED or told_ahead(a, event)) \
        and event.claim is None \
        and _dated(event.time) and event.time > a.document.dct[:len(event.time)]  # type: ignore[operator]


def _employment(b: _Builder, events: list[Event], doc: Doc | None = None) -> None:
    cfg = config()["employment"]
    a = b.analysis
    begun: list[tuple[Event, str, list[str], list[str], tuple[bool, bool]]] = []  # the starts, looked at again once the leavings are read
    for event in events:
        if event.type not in cfg["start_types"] or not (_factual(event) or _scheduled_start(a, event)):
            continue
        people = _ids(event, cfg["person_roles"], a, {"PERSON"})
        orgs = _employer_ids(event, cfg["organization_roles"], a) or _venue_of_object(a, doc, event)
        if (festival := _festival(a, None)) is not None and festival in _ids(event, cfg["organization_roles"], a):
            orgs = [*orgs, festival]  # "succeeded the festival's founder": a post at the festival (an EVENT to the tagger)
        titles = [_arg_title(doc, arg) for arg in event.args if arg.role in cfg["title_roles"] and not arg.entity]
        titles = [t for t in titles if not _generic_post(t, cfg) and not _life_stage(t)]  # "appointed to the post in 2023": the
        # post told before; "joined the party as a student in 1989": a time of life, no post
        for arg in event.args:  # "elected as a Labour councillor": the post, held in the body named inside it
            named = a.entity(arg.entity) if arg.role in cfg["title_roles"] and arg.entity else None
            post = _arg_title(doc, arg) if named is not None and named.type == "ORG" else None
            if post and post != arg.text.lower() and named.name.lower() not in post:  # type: ignore[union-attr]
                titles.append(post)
                orgs = orgs if named.id in orgs else [*orgs, named.id]  # type: ignore[union-attr]
        committees = [t for t in titles if t.lower().split()[-1] in COMMITTEE_NOUNS and " of " not in f" {t.lower()} "]  # "appointed to
        # the audit committee": a body joined, not a post (but "chair of the audit committee" is one)
        titles = [t for t in titles if t not in committees and _without_article(t).lower() not in BARE_BODIES]  # "appointed to
        # the board in 2011": a seat on the body, no post called "board"
        committees += [_without_article(arg.text) for arg in event.args if arg.role in cfg["member_roles"] and not arg.entity
                       and arg.text.lower().split()[-1:] in ([n] for n in COMMITTEE_NOUNS)]  # "joined the justice committee"
        body = any(arg.role in cfg["member_roles"] for arg in event.args)
        successor = any(arg.role in cfg["predecessor_roles"] for arg in event.args)
        described = _described_titles(doc, event, cfg) if event.type == "career.hire" else set()
        relation = "member" if (event.type in cfg["member_types"] and not _own_officer(a, event, titles, cfg)) \
            or (body and not _board_seat(doc, event, cfg)) or _politician_defects(a, b, event, people) else "employee"
        loan_end = _loan_end(a, doc, event)
        for other, post, first in _gapped_posts(a, doc, event, titles):  # "appointed A as chief executive and B as
            # finance director": B's post is the second, A's the first (the parser read B as a second post of A's)
            titles = [t for t in titles if t.lower() not in (post, first, _name_text(a, other))] + [first]
            for org in orgs:
                b.from_event(relation, other, org, event)
            b.from_event("role", other, orgs[0] if orgs else None, event, value=post)
        for person in people:
            for org in orgs:
                fact = b.from_event(relation, person, org, event) if event.lemma not in PROMOTING else \
                    b.add(relation, person, org, evidence=Evidence(event.sentence, event.start, event.end), event=event,
                          certainty=event.certainty, claim=event.claim)  # "was promoted to finance director in 2019": at
                # the body before then, since when not said
                if relation == "member" and titles and _party(a, org):
                    fact.valid_from = None  # "elected leader of the X Party": a member before, since when not said
                if loan_end and fact.valid_to is None and (fact.valid_from is None or loan_end >= fact.valid_from):
                    fact.valid_to = loan_end  # "loaned to X until January": a member of X until then
            for title in titles:
                fact = b.from_event("role", person, orgs[0] if orgs else None, event, value=title.lower()) \
                    if title not in described else b.add("role", person, orgs[0] if orgs else None, title.lower(),
                                                         evidence=Evidence(event.sentence, event.start, event.end), event=event,
                                                         certainty=event.certainty, claim=event.claim)
            for chamber in (_elected_to(doc, event, cfg) if relation == "member" and not orgs else []):
                fact = b.from_event("member", person, None, event, value=chamber)  # "won a seat on the city council in 1993"
                if _again(a, event):
                    fact.valid_from = None  # "was re-elected to parliament on Sunday": a member before, since when not said
            for committee in dict.fromkeys(c.lower() for c in committees):
                b.from_event("member", person, None, event, value=committee)
            _posts_begun(b, event, person, orgs, titles, (body, successor))
            begun.append((event, person, orgs, titles, (body, successor)))
    for event in events:
        ahead = _to_come(a, event) or _told_ongoing(doc, event)  # "will step down as editor of X in June", "who is retiring": the
        # post is held now, its end still to come
        if not (event.type in cfg["end_types"] or _phrasal_end(doc, event, cfg)) or not (_factual(event) or ahead):
            continue
        if _announced_leaving_made_later(a, doc, event, events):
            continue  # "announced his resignation in November ... formally stood down on Saturday": the post ends with the act
        people, orgs, end = _leaving(a, doc, event, cfg)
        titles = [_arg_title(doc, arg) for arg in event.args if arg.role in cfg["title_roles"] and not arg.entity]
        if not titles and doc is not None:  # "retired as chief executive of X in 2019"
            titles, orgs = _as_titles(a, doc, event, orgs)
        if ahead and not titles:
            continue  # "will leave the club in the summer": which club, and in what post, is less sure than a post named
        if not titles and not orgs and _leaving_named_again(a, doc, event, events, cfg):
            continue  # "X resigned as finance minister ... accepted her resignation": the post the verb named, not another
        for person in sorted(people):  # "resigned as health minister": she held the post until then
            for title in titles:
                b.add("role", person, next(iter(orgs), None), title, evidence=Evidence(event.sentence, event.start, event.end),
                      event=event, certainty=event.certainty, claim=event.claim)
                for org in orgs if titles else []:  # "retired as chief executive of X": and worked there
                    b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end),
                          event=event, certainty=event.certainty, claim=event.claim)
            for org in orgs if not titles and _told_by_verb(doc, event) else []:  # "X fired a senior trader, Y": Y worked
                # at X until then (told by a verb: "campaigned for his removal" names no employer)
                if not any(f.subject == person and f.object == org and f.relation in ("employee", "member", "role")
                           for f in b.facts.values()):
                    b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end),
                          event=event, certainty=event.certainty, claim=event.claim)
        if ahead:
            continue
        _unnamed_bodies_left(b, event, people, end)
        if not titles and not orgs and end != PAST and _relative_leaving(doc, event):
            for person in people:
                _former_post_left(b, event, person, end)
        played = bool(titles) and all(title.lower() in cfg["not_role_titles"] for title in titles)
        if played:
            titles = []  # "retired as a player in 1974": no post, the team played for (joined last before) is left
        entered = set(_ids(event, ["joined"], a))  # "defected to the Y Party in 2018": Y is joined then, not left
        taken = [g for g in event.args if g.role == "moved_on"]  # "left the team to become head of performance at ...": the
        # post the leaving was for is begun, not ended
        moving = _leaving_now(doc, event)  # "becomes transport minister ... the department she leaves": the post taken in
        # the sentence is not the one left
        begun_here = {e.id for e in events if moving and e.type in cfg["start_types"] and e.sentence == event.sentence}
        ended = [f for f in b.facts.values() if f.relation in ("employee", "member", "role") and f.subject in people
                 and (f.object is None or f.object not in entered) and not (begun_here & set(f.events))
                 and not any(g.start <= e.start < g.end + 120 and e.sentence == event.sentence and e.start > event.start
                             for g in taken for e in f.evidence)
                 and (f.valid_to is None or (f.valid_to == PAST and end not in (None, PAST) and (titles if f.relation == "role" else orgs)
                                             and _relative_leaving(doc, event))
                      # "the X Party expelled Y, its former spokesman, on 3 March": the dated leaving of the very body
                      # ends a membership a "former" post only placed before now
                      or (f.valid_to == PAST and end not in (None, PAST) and f.relation in ("member", "employee") and f.object in orgs))
                 # ("the former chief executive, X, who resigned in October 2020": the leaving told of the post dates the end a
                 # "former" only placed before now; not "X, a former chief executive of Y, stood down": another post left)
                 and (_ends_post(f, orgs, titles) or _fired_as(f, event, orgs, titles, a.document.text))
                 and not (played and (f.relation == "role" or f.valid_from == end))]  # (not "... and became its coach")
        if not orgs and not titles and post_itself_left(event, doc):
            ended = _the_post_left(b, people, end)  # "Velez, the then-president, ... left office in 2020": the post, not a job
        if not orgs and any(g.role in ("left", "organization") and not g.entity and g.text.split()
                            and (g.text.lower().split()[-1] in config()["employment"]["band_nouns"]
                                 or g.text.lower().startswith(("a ", "an "))) for g in event.args):
            # "left the band": still an actor; "gave up his job at a bank": still the translator he is told to be
            ended = [f for f in ended if not (f.relation == "role" and f.object is None)]
        if not orgs and not titles and len(ended) > 1:  # (not "announced his retirement": it may lie ahead)
            voices = frozenset(config()["employment"]["voice_titles"])
            placed = [f for f in ended if not (f.relation == "role" and f.object is None and (f.value or "").lower() in voices)]
            if len(placed) == 1 and placed[0].object is not None:
                ended = placed  # "is a soprano ... joined the Y Opera in 1961 and stayed until her retirement": the job, not the voice
        if not orgs and not titles and len(ended) > 1 and event.type in ONE_POST_ENDS \
                and sum(f.relation == "role" for f in ended) == 1 and sum(f.relation != "role" for f in ended) == 1 \
                and None not in {f.object for f in ended if f.relation != "role"} \
                and len({f.object for f in ended if f.relation != "role" or f.object is not None or event.type != "career.fire"}) == 1:
            pass  # "the festival's founder, X, ... when he retired in 2009": a post and the job at its body are one (the post's
            # body not yet known when one is fired: "joined X in 2011, was promoted to finance director ... dismissed"; not a calling
            # a retirement ends: "the jazz pianist ... retired")
        elif not orgs and not titles and len(ended) > 1:
            verbal = _told_by_verb(doc, event) or _past_retirement_noun(doc, b.analysis, event)
            ended = _latest_held(ended, end) if event.type == "career.retire" and verbal else []  # "joined Y in 1972, and retired in 1974"
            if not ended:
                continue  # "X resigns" with several posts known: which one is told elsewhere
        for fact in _callings_kept(b, ended):
            if seat_kept(a, fact, titles, fired=event.type == "career.fire"):
                continue  # (a seat told beside the post lost: which one the leaving ends is weighed above, the seat is kept)
            if end == PAST or not fact.valid_from or end >= fact.valid_from:
                fact.valid_to = end
                fact.evidence.append(Evidence(event.sentence, event.start, event.end))
                fact.events.append(event.id)
    for event, person, orgs, titles, named in begun:  # "X resigned as chief executive ... X, who was appointed in 2015"
        _posts_begun(b, event, person, orgs, titles, named, later=True)


def _leaving_now(doc: Doc | None, event: Event) -> bool:
    """A leaving told in the present ("the department she leaves"): made as the sentence's new post is taken."""
    trigger = _token_of(doc, event.start, event.end) if doc is not None else None
    return trigger is not None and trigger.tag_ in ("VBZ", "VBP")


def _posts_begun(b: _Builder, event: Event, person: str, orgs: list[str], titles: list[str], named: tuple[bool, bool],
                 later: bool = False) -> None:
    """A start naming no post dates the one undated post known ("The mayor, X, who was first elected in 2019",
    "when the club appointed him in 2003", "Wolberg, who was appointed in June 2021"); `named`: whether a body joined, and a
    predecessor, are named.  `later`: a second look, once the leavings have given their posts ("X resigned as chief
    executive on Monday ... Redpath, who was appointed in 2015"), dating only a post that had not ended by then."""
    cfg = config()["employment"]
    a = b.analysis
    body, successor = named
    if not orgs and not titles and not body and not successor and _dated(event.time) and event.type in cfg["member_types"] \
            and event.lemma == "elect" and not _again(a, event):
        # "The mayor, X, who was first elected in 2019": the one elected office held (not "re-elected on Monday")
        offices = [f for f in b.facts.values() if f.subject == person and f.relation == "role" and f.valid_from is None
                   and f.valid_to != PAST and _open_at(f, event, later) and _head_word(f.value) in ELECTED_OFFICES]
        if len(offices) == 1 and not any(f.subject == person and f.relation == "role" and f.valid_from and
                                         _head_word(f.value) in ELECTED_OFFICES for f in b.facts.values()):
            offices[0].valid_from = event.time
            offices[0].evidence.append(Evidence(event.sentence, event.start, event.end))
            offices[0].events.append(event.id)
    if orgs and not titles and not body and _dated(event.time) and event.type == "career.appoint":
        # "Frunmore Athletic's coach, X, ... when the club appointed him in 2003": the one post known at that body began then
        # (also "appointed in June 2021, replacing Y": the predecessor names no other post)
        held = [f for f in b.facts.values() if f.subject == person and f.relation == "role" and f.object in orgs
                and a_post(f.value) and f.valid_from is None and f.valid_to != PAST and _open_at(f, event, later)]
        if len(held) == 1:
            held[0].valid_from = event.time
            held[0].evidence.append(Evidence(event.sentence, event.start, event.end))
            held[0].events.append(event.id)
    if not orgs and not titles and not body and not successor and _dated(event.time) \
            and event.type not in cfg["member_types"]:  # "entered parliament in 2017" dates no minister's post  # "Wolberg, who was appointed in June 2021";
        # "joined the cabinet in 2022" dates no title
        over = {id(f) for f in b.done_stints}  # ("who ran the Y Trust for six years, was appointed in February": a job told over)
        undated = [f for f in b.facts.values() if f.subject == person and f.relation in ("role", "employee")
                   and f.valid_from is None and f.valid_to != PAST and _open_at(f, event, later)  # (not "a former nurse": a post over before)
                   and id(f) not in over
                   and not (f.valid_to and f.valid_to[:1].isdigit() and f.valid_to[:len(event.time)] <= event.time)  # (not the job
                   # left for it: "the club he left to take the job 14 months ago ... was appointed in February 2024")
                   and not (f.relation == "employee" and event.lemma in PROMOTING)  # ("who was promoted in 2020": at the
                   # body before then)
                   and not (f.relation == "role" and _joined_unnamed(event))]
        if len([f for f in undated if f.relation == "role"]) > 1:
            return  # two posts known, the appointment names neither: which one began is not said
        for fact in [f for f in undated if not (f.relation == "role" and f.object is None and not a_post(f.value))]:  # (not a
            # calling: "Y signed the producer X in 1999" -- a producer before)
            fact.valid_from = event.time
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            fact.events.append(event.id)


def _joined_unnamed(event: Event) -> bool:
    """"Moravec, a retired police general, joined the force in 1975": a body joined that the text names by a noun only
    (no entity) is where the joining was -- it dates no post told elsewhere ("the interior minister, X")."""
    return any(arg.role == "joined" and not arg.entity and arg.text.strip() for arg in event.args)


def _callings_kept(b: _Builder, ended: list[Fact]) -> list[Fact]:
    """The facts a leaving ends, but a musician's calling (`band_calling`) when the person's membership or job at a body
    (the calling's own, when it has one) is known: the leaving ends that, not what the person plays."""
    tenures = [f for f in b.facts.values() if f.relation in ("member", "employee")]
    return [f for f in ended if not (band_calling(f) and any(
        g.subject == f.subject and f.object in (None, g.object) for g in tenures))]


def _the_post_left(b: _Builder, people: set[str], end: str) -> list[Fact]:
    """The one post a leaving of the post itself ends (one held now, else the one over whose end only "former" or
    "then" told), with the job at its body; none when the person holds more than one."""
    mine = [f for f in b.facts.values() if f.relation == "role" and f.subject in people and (a_post(f.value) or f.object)
            and (f.valid_to is None or (f.valid_to == PAST and end != PAST))]
    held = [f for f in mine if f.valid_to is None] or mine
    if len(held) != 1:
        return []
    return held + [f for f in b.facts.values() if f.relation == "employee" and f.subject in people and held[0].object
                   and f.object == held[0].object and f.valid_to in (None, PAST)]


def _open_at(fact: Fact, event: Event, later: bool) -> bool:
    """On the second look, a post (or job) still held when the start was: not ended before it."""
    return not later or not _dated(fact.valid_to) or fact.valid_to >= event.time  # type: ignore[operator]


def _former_post_left(b: _Builder, event: Event, person: str, end: str) -> None:
    """"the former health minister X ... X, who resigned from the cabinet in January", "a former judge of the Supreme
    Court who retired from the bench in 2022": a leaving naming no post nor body, told of one who holds none now,
    dates the end of the one post (and job) the text says is over."""
    mine = [f for f in b.facts.values() if f.subject == person
            and (f.relation == "employee" or (f.relation == "role" and (a_post(f.value) or f.object is not None)))]  # (not a calling)
    if any(f.valid_to is None and not (_dated(f.valid_from) and f.valid_from > end) for f in mine):  # type: ignore[operator]
        return  # (a post held now is the one left; not one taken up after: "... is now justice minister")
    over = [f for f in mine if f.valid_to == PAST]
    posts, jobs = [f for f in over if f.relation == "role"], [f for f in over if f.relation == "employee"]
    if not over or len(posts) > 1 or len(jobs) > 1 or (posts and jobs and posts[0].object not in (None, jobs[0].object)):
        return
    for fact in over:
        if not _dated(fact.valid_from) or fact.valid_from <= end:  # type: ignore[operator]
            fact.valid_to = end
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            fact.events.append(event.id)


ONE_POST_ENDS = frozenset({"career.retire", "career.fire"})  # (not a resignation: "stepped down from the board" may leave one
# seat of several the body holds)


def _relative_leaving(doc: Doc | None, event: Event) -> bool:
    """The leaving is told in a relative clause on its leaver ("X, who resigned in 2020,")."""
    if doc is None:
        return False
    span = char_span(doc, event.start, event.end)
    return span is not None and len(span) > 0 and span.root.dep_ == "relcl"


def _left_chambers() -> frozenset[str]:
    """The chambers a resignation leaves when named by their noun only: career.resign's `bodies` in events.toml."""
    return next(t.bodies for t in schema().types if t.name == "career.resign")


NO_SEAT_BODIES = frozenset({"government"})  # "left the government": a resignation from it, no membership one sat in


def _unnamed_bodies_left(b: _Builder, event: Event, people: set[str], end: str) -> None:
    """"was removed from the committee", "left parliament in April": a body left, named by its noun only,
    ends the leaver's membership of it told elsewhere ("who had sat on the justice committee since 2020"),
    or, for a chamber one resigns from, is one ended then."""
    for arg in (g for g in event.args if g.role == "organization" and not g.entity and g.text.split()):
        noun = arg.text.lower().split()[-1]
        for person in sorted(people):
            held = [f for f in b.facts.values() if f.relation == "member" and f.subject == person and f.object is None
                    and f.value and f.value.lower().split()[-1] == noun and f.valid_to is None]
            if not held and event.type == "career.resign" and noun in _left_chambers() - NO_SEAT_BODIES and end != PAST:
                fact = b.add("member", person, None, noun, evidence=Evidence(event.sentence, event.start, event.end),
                             event=event, certainty=event.certainty, claim=event.claim)
                held = [fact] if fact.valid_to is None else []
            for fact in held:
                if not fact.valid_from or end == PAST or end >= fact.valid_from:
                    fact.valid_to = end
                    fact.evidence.append(Evidence(event.sentence, event.start, event.end))
                    fact.events.append(event.id)


def _to_come(a: Analysis, event: Event) -> bool:
    """A leaving announced, not yet made: planned, neither denied nor doubted."""
    return event.modality == "planned" and event.polarity == "POS" and (event.certainty in (ASSERTED, ATTRIBUTED) or told_ahead(a, event))


def _told_ongoing(doc: Doc | None, event: Event) -> bool:
    """"She replaces X, who is retiring", "the dean is leaving": an undated leaving told in the present progressive, an
    arrangement still to come (not "is stepping down with immediate effect", which the article's date dates)."""
    if event.time is not None or doc is None:
        return False
    span = char_span(doc, event.start, event.end)
    return span is not None and len(span) > 0 and span.root.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re") for c in children_of(span.root))


def _latest_held(facts: list[Fact], end: str) -> list[Fact]:
    """Of several open posts, the one body joined last before a dated leaving (with its role there):
    none when the leaving is undated or two bodies were joined in the same year."""
    if end == PAST:
        return []
    dated = sorted((f.valid_from, f.object) for f in facts if f.relation in ("employee", "member") and f.object
                   and _dated(f.valid_from) and f.valid_from[:4] <= end[:4])  # type: ignore[index]
    if not dated or (len(dated) > 1 and dated[-1][0][:4] == dated[-2][0][:4]):  # type: ignore[index]
        return []
    body = dated[-1][1]
    return [f for f in facts if f.object == body]


def _venue_of_object(a: Analysis, doc: Doc | None, event: Event) -> list[str]:
    """"joined the house band at the Wuebird Room": the organisation or venue the joined group is at."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    objects = [c for c in children_of(span.root) if c.dep_ == "dobj" and _entity(a, c) is None] if span is not None else []
    holders = [*objects, span.root] if objects else []  # the parse hangs "at" on the noun or on the verb
    found = [_entity(a, p) for o in holders for prep in children_of(o) if prep.dep_ == "prep" and prep.lower_ == "at"
             for p in children_of(prep) if p.dep_ == "pobj"]
    return [e for e in dict.fromkeys(found) if e is not None and _kind(a, e) in ("ORG", "FAC")]


GENERIC_POST_WORDS = frozenset({"the", "a", "an", "her", "his", "their", "its", "new", "top", "same", "that", "this"})


LIFE_STAGES = frozenset({"student", "undergraduate", "graduate", "schoolboy", "schoolgirl", "teenager", "teen", "youngster", "boy", "girl", "child"})


def _life_stage(title: str) -> bool:
    """"as a student", "as a teenager", "as a 16-year-old": when something happened in someone's life, not a post."""
    words = title.split()
    return bool(words) and (words[-1] in LIFE_STAGES or words[-1].endswith("-year-old"))


def _generic_post(title: str, cfg: dict[str, Any]) -> bool:
    """"the post", "her new job", "the role": no post named, the one told of before."""
    words = title.split()
    return bool(words) and words[-1] in cfg["generic_posts"] and all(w in GENERIC_POST_WORDS for w in words[:-1])


def _gapped_posts(a: Analysis, doc: Doc | None, event: Event, titles: list[str]) -> list[tuple[str, str, str]]:
    """"named A as chairman and B as treasurer": the second person and the post told after the second "as" (the first
    "as" object coordinated with a name, the parser's reading of the gap), when one of the event's titles is that name."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None or not titles:
        return []
    ases = [p for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "as" for p in children_of(c) if p.dep_ == "pobj"]
    names = [c for c in children_of(ases[0]) if c.dep_ == "conj" and c.pos_ == "PROPN"] if ases else []
    told = next((c for c in children_of(span.root) if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
    second = next((c for c in children_of(told) if c.dep_ == "conj" and c.pos_ == "NOUN"), None) if told is not None else None
    if not ases and second is not None and doc[second.i - 1].pos_ == "PROPN" and doc[second.i - 1].head.i == second.i:  # type: ignore[index]
        ases, names = [told, second], [doc[second.i - 1]]  # type: ignore[index,list-item]
        # "named A chairman and B treasurer": B parsed as a word of the second post
        if second.lower_ not in {t.lower() for t in titles}:
            return []  # (the event took the second post as A's)
        titles = [*titles, _name_text(a, _entity(a, names[0]) or "")]
    if len(ases) != 2 or ases[1].pos_ != "NOUN":
        return []
    other = _entity(a, names[0]) if len(names) == 1 else None
    if other is None or _kind(a, other) != "PERSON" or _name_text(a, other) not in {t.lower() for t in titles}:
        return []
    firsts = [next((w.i for w in t.subtree if w.pos_ != "PROPN" or w.i > names[0].i), t.i) for t in ases]  # (not B's name)
    posts = [_arg_title(doc, Argument(role="role", start=doc[j].idx, end=t.idx + len(t.text), text=doc[j : t.i + 1].text))  # type: ignore[index]
             for t, j in zip(ases, firsts, strict=True)]
    return [(other, posts[1], posts[0])]


def _name_text(a: Analysis, entity: str) -> str:
    """How an entity's name reads as a lower-cased title argument would."""
    found = a.entity(entity)
    return found.name.lower() if found is not None else ""


def _arg_title(doc: Doc | None, arg: Argument) -> str:
    """An event's title argument as a post: "first paid manager" -> "manager"; as written when
    its head names no known post."""
    span = char_span(doc, arg.start, arg.end) if doc is not None else None
    if span is not None and span.root.lemma_.lower() in config()["employment"]["generic_posts"]:
        named = next((p for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                      if p.dep_ == "pobj"), None)  # "the post of health secretary"
        span = span.doc[named.left_edge.i : named.right_edge.i + 1] if named is not None else span
    value = title_value(span.root) if span is not None and span.root.pos_ in ("NOUN", "PROPN") else None
    if value is None or span is None:
        return arg.text.lower()
    rest = span.doc[span.root.i + 1 : span.end]
    if len(rest) and not any(t.ent_type_ for t in rest) and not value.endswith(rest.text.lower()):  # "member of parliament", not "mayor of Prestmere"
        value = f"{value} {rest.text.lower()}"
    return value


def _time_since(doc: Doc | None, a: Analysis, event: Event) -> bool:
    """Is the event's time a "since 2015" / "from 2015" -- when a post began, not when it ended?"""
    timex = next((t for t in a.timexes if t.tid and t.tid == event.timex), None)
    span = char_span(doc, timex.start, timex.end) if doc is not None and timex is not None else None
    if span is None:
        return False
    prep = next((t for t in [span.root, *list(span.root.ancestors)[:2]] if t.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in ("since", "from")


def _phrasal_end(doc: Doc | None, event: Event, cfg: dict[str, Any]) -> bool:
    """An untyped "stepped down as ..." whose particle the parse took for an adverb."""
    if doc is None or event.type is not None or event.lemma not in cfg["phrasal_end_verbs"]:
        return False
    span = char_span(doc, event.start, event.end)
    return span is not None and any(c.lower_ in cfg["phrasal_end_verbs"][event.lemma] for c in children_of(span.root))


def _as_titles(a: Analysis, doc: Doc, event: Event, orgs: set[str]) -> tuple[list[str], set[str]]:
    """The post an ending event names with "as" ("retired as chief executive of X"), and its organisation."""
    span = char_span(doc, event.start, event.end)
    titles, found = [], set(orgs)
    for prep in (c for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "as") if span is not None else []:
        for title in (p for p in children_of(prep) if p.dep_ == "pobj"):
            value = title_value(title)
            if value is not None:
                titles.append(value)
                found |= {e for e in (_entity(a, p) for c in children_of(title) if c.dep_ == "prep" and c.lower_ in ("of", "at")
                                      for p in children_of(c) if p.dep_ == "pobj") if e and _kind(a, e) == "ORG"}
    return titles, found


def _ended_years_before(post: Fact, event: Event) -> bool:
    """A post that ended in an earlier year than the appointment ("was health minister from 2019 until 2021 ... She is
    replaced by Y" in 2023): another post of the predecessor's, not the one handed on."""
    return _dated(post.valid_to) and _dated(event.time) and post.valid_to[:4] < event.time[:4]  # type: ignore[index]


def _former_beside_open(b: _Builder, post: Fact) -> bool:
    """"X, a former army doctor, ... is replaced by Y" while X still holds a post whose end is not told: the former one
    is of X's earlier career, over at no known time, not the post X hands on."""
    return post.valid_to == PAST and any(f.relation == "role" and f.subject == post.subject and f.valid_to is None
                                         for f in b.facts.values())


def _successors(b: _Builder, events: list[Event]) -> None:
    """"appointed X to replace Y": X holds the post Y gave up, from the appointment on."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["start_types"] or not _factual(event):
            continue
        before = _ids(event, cfg["predecessor_roles"], a, {"PERSON"})
        after = _ids(event, cfg["person_roles"], a, {"PERSON"})
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject in before and f.valid_to is not None
                 and (f.value or "").lower().split("-")[-1] != "founder"  # (not "succeeded the festival's founder": a
                 # founding is not handed on)
                 and not _ended_years_before(f, event) and not _former_beside_open(b, f)]
        for person in after:
            for post in posts:
                b.add("role", person, post.object, post.value, valid_from=event.time if _dated(event.time) else None,
                      evidence=Evidence(event.sentence, event.start, event.end), event=event,
                      certainty=event.certainty, claim=event.claim)


def _succession_starts(b: _Builder, events: list[Event]) -> None:
    """"The festival's director, X ... X, who succeeded its founder, Y, when he retired in 2009": a dated succession that
    hands on no post of the predecessor's (and names none) dates the successor's one undated post, and the job at its
    body."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["start_types"] or not _factual(event) or not _dated(event.time) \
                or not _ids(event, cfg["predecessor_roles"], a, {"PERSON"}) \
                or any(g.role in cfg["title_roles"] or g.role in cfg["organization_roles"] for g in event.args) \
                or any(event.id in f.events for f in b.facts.values() if f.relation == "role"):
            continue
        for person in _ids(event, cfg["person_roles"], a, {"PERSON"}):
            posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and a_post(f.value)
                     and f.valid_from is None and f.valid_to is None]
            if len(posts) != 1:
                continue  # (two posts: which one was taken is not said)
            for fact in posts + [f for f in b.facts.values() if f.relation == "employee" and f.subject == person
                                 and posts[0].object and f.object == posts[0].object and f.valid_from is None]:
                fact.valid_from = event.time  # (the event not recorded on the fact: the post is not known to be the
                fact.evidence.append(Evidence(event.sentence, event.start, event.end))  # predecessor's, `_predecessors`)


def _successor_members(b: _Builder, events: list[Event], teams: set[str] | frozenset[str] = frozenset()) -> None:
    """"X will be replaced by Y", "he was succeeded by Y" with no post named, X's one membership (of a band,
    a team, a party) known to have ended: Y is a member of that body, from the succession on.  Of a band or a
    team (`teams`), the succession is Y joining it -- a hiring by it, not an appointment to a post (the fixtures'
    reading of "replaced the original drummer X in 2003")."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        planned = event.modality == "planned" and event.polarity == "POS" and event.certainty != NEGATED
        if event.type not in cfg["start_types"] or not (_factual(event) or planned):  # (or "X will be replaced by Y")
            continue
        before = _ids(event, cfg["predecessor_roles"], a, {"PERSON"})
        after = [p for p in _ids(event, cfg["person_roles"], a, {"PERSON"}) if p not in before]
        ended = [f for f in b.facts.values() if f.relation == "member" and f.subject in before and f.valid_to is not None]
        if len(ended) != 1 or not after or any(arg.role == "role" or (arg.role == "organization" and arg.entity != ended[0].object)
                                               for arg in event.args):
            continue  # (an organisation named is that body's: "the band took Y in for X", typed so in extraction)
        for person in after:
            b.add("member", person, ended[0].object, valid_from=event.time if _dated(event.time) else None,
                  evidence=Evidence(event.sentence, event.start, event.end), event=event,
                  certainty=event.certainty, claim=event.claim)
        body = a.entity(ended[0].object) if ended[0].object in teams else None
        names = [m for m in body.mentions if m.kind == "name"] if body is not None else []
        if event.type == "career.appoint" and names:
            m = min(names, key=lambda m: (m.start > event.start, abs(m.start - event.start)))
            event.type = "career.hire"
            event.args += [Argument("organization", m.start, m.end, m.text, body.id), Argument("agent", m.start, m.end, m.text, body.id)]


AFTER_WORDS = frozenset({"after", "following"})
PREDECESSOR_NOUNS = frozenset({"predecessor"})


def _token_of(doc: Doc, start: int, end: int) -> Token | None:
    span = char_span(doc, start, end)
    return span.root if span is not None else None


def _governing_verb(token: Token) -> Token:
    """The verb a modifier hangs on, past the measure nouns of "three weeks after" ("weeks" -> "appointed")."""
    while token.dep_ in ("npadvmod", "advmod", "prep", "pcomp") and token.head.i != token.i and token.pos_ != "VERB":
        token = token.head
    return token


def _left_before(doc: Doc | None, a: Analysis, events: list[Event], appointments: list[Event], cfg: dict[str, Any],
                 facts: list[Fact]) -> list[tuple[Event, list[str], set[str]]]:
    """Predecessors a leaving tells rather than the appointment: "appointed Y in June, three weeks after X was
    sacked", "was appointed after the sacking (resignation, departure) of X", "was appointed after her
    predecessor, X, was dismissed", "Her predecessor, X, retired in 2020": X held the post Y was given (at
    the body of Y's appointment).  Each appointment with the people it followed and those known to have left."""
    if doc is None:
        return []
    out: list[tuple[Event, list[str], set[str]]] = []
    for leaving in events:
        if leaving.type not in cfg["end_types"] or leaving.polarity != "POS":
            continue
        trigger = _token_of(doc, leaving.start, leaving.end)
        if trigger is None:
            continue
        head = None
        if any(c.dep_ == "mark" and c.lower_ in AFTER_WORDS for c in children_of(trigger)):
            head = trigger.head  # "after X was sacked"
        elif trigger.dep_ == "pobj" and trigger.head.lower_ in AFTER_WORDS:
            head = trigger.head.head  # "after the sacking of X"
        if head is None or head is trigger:
            continue
        verb = _governing_verb(head)
        people = _ids(leaving, ["agent", *cfg["person_roles"]], a, {"PERSON"})
        left_orgs = set(_ids(leaving, cfg["organization_roles"], a, {"ORG"}))
        for event in appointments:
            if not (event.start <= verb.idx < event.end) or event.sentence != leaving.sentence:
                continue
            new = set(_ids(event, cfg["person_roles"], a, {"PERSON"}))
            orgs = set(_ids(event, cfg["organization_roles"], a, {"ORG"}))
            given = {arg.text.lower() for arg in event.args if arg.role == "role"}
            called = {_entity(a, t): t.head.lemma_.lower() for t in trigger.sent if t.dep_ == "appos" and t.head.pos_ == "NOUN"}
            called |= {_entity(a, t): doc[t.i - 2].lemma_.lower() for t in trigger.sent if t.pos_ == "PROPN" and t.i >= 2
                       and doc[t.i - 1].text == "," and doc[t.i - 2].pos_ == "NOUN"}  # (the name parsed apart: "its founder, X")
            before = [p for p in people if p not in new and not any(
                f.relation == "role" and f.subject == p and f.value and not any(f.value.lower().endswith(g.split()[-1]) for g in given)
                for f in facts)  # (but "the previous head coach, X": the post given)
                and not (p in called and not any(called[p] in g.split() for g in given))]
            # (not "hired X a day after the chairman, Y, resigned", "after the departure of its founder, Y": another post)
            if before and new and (not left_orgs or left_orgs & orgs) and not any(
                    arg.role == "role" and not any(arg.text.lower().endswith(g.split()[-1]) for g in given) for arg in leaving.args):
                out.append((event, before, set(before)))
    # "Her predecessor, X, retired in 2020": X held the post of the possessor's appointment
    for token in with_lemmas(doc, PREDECESSOR_NOUNS):
        named = next((c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is None and token.dep_ == "appos" and token.head.pos_ == "PROPN":
            named = token.head  # "X, her predecessor,"
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        before_id, owner_id = _entity(a, named), _entity(a, owner)
        if before_id is None or owner_id is None or _kind(a, before_id) != "PERSON" or _kind(a, owner_id) != "PERSON" \
                or before_id == owner_id:
            continue
        theirs = [e for e in appointments if owner_id in _ids(e, cfg["person_roles"], a, {"PERSON"})]
        if theirs:
            latest = max(theirs, key=lambda e: (e.time if _dated(e.time) else a.document.dct if e.start < token.sent.end_char else "",
                                                -abs(token.idx - e.start)))  # (an undated one told further on: "she began her career
            # as a lecturer at Y" is no newer than the appointment dated beside the predecessor)
            out.append((latest, [before_id], set()))
    return out


def _predecessors(b: _Builder, events: list[Event], doc: Doc | None = None) -> list[tuple[Fact, Fact]]:
    """"She succeeds X, who retired in October": X held the post the appointment gives, until X left (the
    leaving's time when told and past; open when still to come or not told), and worked there when the
    leaving is told.  Returns the posts whose end is not told, each with the successor's: it ends when that
    one begins, known once every start is settled (`_handed_over`)."""
    cfg = config()["employment"]
    a = b.analysis
    untold: list[tuple[Fact, Fact]] = []
    appointments = [e for e in events if e.type in cfg["start_types"] and _factual(e)]
    pairs = [(e, _ids(e, cfg["predecessor_roles"], a, {"PERSON"})) for e in appointments]
    told = {p for e in events if e.type in cfg["start_types"] for p in _ids(e, cfg["predecessor_roles"], a, {"PERSON"})}
    for said in events:  # "She replaces X", "He succeeds X" (no post named): of the successor's appointment
        if said.type is None and said.lemma in cfg["succession_lemmas"] and _factual(said):
            if set(_ids(said, ["patient"], a, {"PERSON"})) <= told:
                continue  # "will become chief executive, replacing X": the appointment already says whom it replaces
            after = set(_ids(said, ["agent"], a, {"PERSON"}))
            recent = said.text.lower().endswith("s")  # "He replaces X": the appointment now, not one of years ago
            theirs = [e for e in appointments if after & set(_ids(e, cfg["person_roles"], a, {"PERSON"}))
                      and not (recent and _dated(e.time) and e.time[:4] < a.document.dct[:4])]
            if theirs:
                latest = max(theirs, key=lambda e: (e.time if _dated(e.time) else a.document.dct, -abs(said.start - e.start)))
                pairs.append((latest, _ids(said, ["patient"], a, {"PERSON"})))  # the news, not an earlier post
    gone: set[str] = set()  # predecessors whose leaving the text tells, dated or not
    for event, before, left in _left_before(doc, a, events, appointments, cfg, list(b.facts.values())):
        pairs.append((event, before))
        gone |= left
    for event, before in pairs:
        posts = [f for f in b.facts.values() if f.relation in ("role", "employee") and event.id in f.events
                 and f.subject in _ids(event, cfg["person_roles"], a, {"PERSON"})]
        if sum(f.relation == "role" for f in posts) > 1:  # "appointed its deputy X as Y": which post passed is unsure
            posts = [f for f in posts if f.relation != "role"]
        parties = {f.object for f in b.facts.values() if f.relation == "member" and event.id in f.events and f.object
                   and _party(a, f.object) and f.subject in _ids(event, cfg["person_roles"], a, {"PERSON"})}
        for person in before:
            for party in parties:  # "elected leader of the X Party ... She replaces Y": Y led it, a member (who stays one)
                b.add("member", person, party, evidence=Evidence(event.sentence, event.start, event.end), event=event,
                      certainty=event.certainty, claim=event.claim)
            if any(f.subject == person for f in posts):
                continue
            leavings = [e for e in events if (e.type in cfg["end_types"] or e.type is None and e.lemma in cfg["leave_lemmas"])
                        and e.polarity == "POS" and person in _ids(e, ["agent", *cfg["person_roles"]], a)]  # "who left in July"
            told = next((e for e in leavings if _dated(e.time)), None)
            for post in posts:
                if (told is None and person not in gone and post.relation == "employee") \
                        or (post.relation == "role" and ("role", person, None, post.value) in b.facts):
                    continue  # a predecessor may stay on (on the board, as chairman): only the post is known to pass;
                    # a post already told of the predecessor is as told (the successor's was given it)
                end = told.time if told is not None and _factual(told) else None
                fact = b.add(post.relation, person, post.object, post.value, evidence=Evidence(event.sentence, event.start, event.end),
                             event=event, certainty=event.certainty, claim=event.claim)
                if fact.valid_to is None:
                    fact.valid_to = end
                if told is None:
                    untold.append((fact, post))
    return untold


def _handed_over(untold: list[tuple[Fact, Fact]]) -> None:
    """"will take over from X on March 1": X's post, whose end is not told, ends when the successor's begins."""
    for fact, post in untold:
        if fact.valid_to is None and _dated(post.valid_from) and (not _dated(fact.valid_from) or fact.valid_from <= post.valid_from):  # type: ignore[operator]
            fact.valid_to = post.valid_from


def _founders(b: _Builder, events: list[Event]) -> None:
    """"X was founded by A; A is chief executive": a founder's current title with no organisation
    named is a post at the company founded, and the founder works there."""
    cfg = config()["employment"]
    a = b.analysis
    for event in events:
        if event.type not in cfg["founding_types"] or not _factual(event):
            continue
        orgs = _ids(event, ["organization"], a, {"ORG", "FAC"})
        if len(orgs) != 1 or event.text.lower() in cfg["founder_titles"]:
            continue  # ("X's founder, Y, left in May": the founding the title tells makes no post at X)
        for person in _ids(event, ["agent"], a, {"PERSON"}):
            posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person
                     and f.object is None and f.valid_to is None]
            for fact in posts:
                fact.object = orgs[0]
            if posts:
                b.add("employee", person, orgs[0], evidence=posts[0].evidence[0] if posts[0].evidence else None,
                      event=event, certainty=event.certainty, claim=event.claim)
        if _dated(event.time):  # "founded the X School in 1985, where she taught until 2004" (and the founder's job
            _since_founding(b, event, orgs, "employee")  # just made): from the founding
    _founded_since(b, events)


def _founded_since(b: _Builder, events: list[Event]) -> None:
    """"The fund's founder, X, who set the firm up in 2008": the title "founder" holds since the founding, when the
    person founded one thing at one known time (and the title is not told of another body)."""
    cfg = config()["employment"]
    a = b.analysis
    dated: dict[str, list[Event]] = {}
    for event in events:
        if event.type in cfg["founding_types"] and _factual(event):
            for person in _ids(event, ["agent", "cofounder"], a, {"PERSON"}):
                dated.setdefault(person, []).append(event)
    for fact in b.facts.values():
        founded = dated.get(fact.subject, [])
        if fact.relation != "role" or (fact.value or "").lower() not in cfg["founder_titles"] or fact.valid_from or len(founded) != 1 \
                or not _dated(founded[0].time):
            continue
        orgs = set(_ids(founded[0], ["organization"], a))
        if fact.object is not None and orgs and fact.object not in orgs:
            continue  # "X, founder of A, bought B in 2008"
        fact.valid_from = founded[0].time
        fact.evidence.append(Evidence(founded[0].sentence, founded[0].start, founded[0].end))
        fact.events.append(founded[0].id)


def _owned_since(b: _Builder, events: list[Event]) -> None:
    """"the club's owner, X, ... Whitcross, who bought Wanderers in 2019": the title "owner" holds since the purchase, when
    the person bought one body at one known time (and the title is not told of another body)."""
    a = b.analysis
    bought: dict[str, list[Event]] = {}
    for event in events:
        if event.type == "business.acquire" and _factual(event) and _ids(event, ["patient"], a, {"ORG"}):
            for person in _ids(event, ["agent"], a, {"PERSON"}):
                bought.setdefault(person, []).append(event)
    for fact in b.facts.values():
        deals = bought.get(fact.subject, [])
        if fact.relation != "role" or _head_word(fact.value).lower() not in OWNER_NOUNS or fact.valid_from or len(deals) != 1 \
                or not _dated(deals[0].time) or fact.object not in (None, *_ids(deals[0], ["patient"], a)):
            continue  # (not "X, owner of A, bought B in 2008")
        fact.valid_from = deals[0].time
        fact.evidence.append(Evidence(deals[0].sentence, deals[0].start, deals[0].end))
        fact.events.append(deals[0].id)


def _founding_members(b: _Builder, events: list[Event], doc: Doc | None) -> None:
    """"The singer, X, founded the group in 1979": a founder's membership of the band or team founded
    (known only once players and members are told apart) began then; and the founders of a band ("a
    trio formed by A, B and C") are its first members, whatever else the article says of them."""
    bands = frozenset(config()["employment"]["band_nouns"])
    for event in events:
        if event.type not in config()["employment"]["founding_types"] or not _factual(event):
            continue
        orgs = _ids(event, ["organization"], b.analysis, {"ORG"})
        parties = _party_ids(b.analysis, doc) if doc is not None and orgs else set()  # ("Y, founded in 2022 by X": a party's
        # founder its member since)
        for org in [o for o in orgs if a_band(b.analysis, doc, o, bands) or o in parties]:  # "X, a trio formed by A, B and C in
            # 1990": its first members
            for person in _ids(event, ["agent", "cofounder"], b.analysis, {"PERSON"}):  # ("co-founded X with Y": Y too)
                b.from_event("member", person, org, event).valid_from = event.time if _dated(event.time) else None
                for key in [k for k, f in b.facts.items() if f.relation == "employee" and f.subject == person and f.object == org]:
                    del b.facts[key]  # a band's founder is its member, not its employee (whatever post "founder" made)
        if _dated(event.time):
            _since_founding(b, event, orgs, "member")


def _left_memberships(b: _Builder, events: list[Event], doc: Doc | None, teams: set[str]) -> None:
    """"X, who played with the band from 2009, was dismissed in 2019", "co-founded the band ... quit in 2017":
    a membership of a band or a team told only after the leavings were read (by a founding, a statement) ends
    with the leaving of that body, unless the person joins it again later."""
    cfg = config()["employment"]
    bands = frozenset(cfg["band_nouns"])
    a = b.analysis
    for event in events:
        if event.type not in cfg["end_types"] or event.type == "career.retire" or not _factual(event) \
                or event.certainty not in (ASSERTED, ATTRIBUTED):
            continue  # (an athlete's retirement from the sport is no leaving of the club: some come back)
        people, orgs, end = _leaving(a, doc, event, cfg)
        orgs = {o for o in orgs if o in teams or a_band(a, doc, o, bands)}  # (not a party a leaving was guessed to be of)
        if end == PAST or not orgs:
            continue
        for fact in b.facts.values():
            if fact.relation != "member" or fact.subject not in people or fact.object not in orgs or fact.valid_to is not None \
                    or (_dated(fact.valid_from) and fact.valid_from > end):  # type: ignore[operator]
                continue
            if _joins_again(a, events, event, fact.subject, end, cfg):
                continue  # "rejoined the band": a membership again (one fact per body: its latest stretch stays open)
            fact.valid_to = end


SELLING_LEMMAS = frozenset({"sell"})  # "was sold to Y in 2010": bought by Y, from the team the player was at


def _sold_on(b: _Builder, events: list[Event], teams: set[str]) -> None:
    """"He was sold to FC Y three years later": a sale names the buyer; the player's time at the one other team he is
    told to play for, open then, ends with it (at its date, else some time before now).  Not a national side (a player
    keeps his caps), and nothing when two teams could be the seller."""
    a = b.analysis
    cfg = config()["employment"]
    for event in events:
        if event.type != "career.hire" or event.lemma not in SELLING_LEMMAS or not _factual(event) \
                or event.certainty not in (ASSERTED, ATTRIBUTED):
            continue
        buyers = set(_ids(event, cfg["organization_roles"], a))
        end = event.time if _dated(event.time) else PAST
        for person in _ids(event, cfg["person_roles"], a, {"PERSON"}):
            held = [f for f in b.facts.values() if f.relation == "member" and f.subject == person and f.object in teams
                    and f.object not in buyers and f.valid_to is None and _kind(a, f.object) == "ORG"
                    and not (end != PAST and _dated(f.valid_from) and f.valid_from >= end)]  # type: ignore[operator]
            if len(held) == 1:
                held[0].valid_to = end
                held[0].evidence.append(Evidence(event.sentence, event.start, event.end))
                held[0].events.append(event.id)


INTERIM = frozenset({"interim", "acting", "caretaker"})


def _posts_given_up(b: _Builder, events: list[Event]) -> None:
    """"The insurer appointed X, its deputy finance director, as chief financial officer with immediate effect", "named
    Y, the head coach of Z, as its new manager on Wednesday": the post the appointment's sentence gives the person
    beside the new one (set beside the person named), still open, ends when the new post begins -- a start told, not
    after the article's date.  Not beside an interim post or a seat, nor when the person is yet to be sworn in."""
    a = b.analysis
    dct = a.document.dct or ""
    cfg = config()["employment"]
    founders = frozenset(cfg["founder_titles"])
    for event in events:
        if event.type not in ("career.appoint", "career.hire") or not _factual(event) or event.certainty != ASSERTED \
                or not _dated(event.time) or (dct and event.time[:len(dct)] > dct):  # type: ignore[index]
            continue
        new = [f for f in b.facts.values() if f.relation in ("role", "employee") and event.id in f.events
               and f.valid_from == event.time]
        told = a.document.text[max(0, event.start - 40):max([g.end for g in event.args if g.role == "role"] + [event.end])].lower()
        if not new or not INTERIM.isdisjoint(re.findall(r"[a-z]+", told)) \
                or any(_head_word(f.value).lower() in SEAT_POSTS for f in new if f.relation == "role"):
            continue  # (an interim post is held beside the old one; so is a seat)
        for arg in event.args:
            person = arg.entity
            if arg.role != "patient" or person not in {f.subject for f in new}:
                continue
            if dct and any(_dated(e.time) and e.time[:len(dct)] > dct[:len(e.time)]  # type: ignore[index]
                           and any(g.role == "patient" and g.entity == person for g in e.args) for e in a.events):
                continue  # ("... will be sworn in on Friday": the new post is not yet taken)
            for old in b.facts.values():
                if old.relation != "role" or old.subject != person or event.id in old.events or old.valid_to is not None \
                        or not a_post(old.value) or (old.value or "").lower() in founders \
                        or not any(e.start < arg.end and arg.start < e.end and e.start > event.start for e in old.evidence) \
                        or any((old.value or "").lower() in (f.value or "").lower() for f in new if f.relation == "role") \
                        or not any(f.relation == "role" or f.object != old.object for f in new) \
                        or (_dated(old.valid_from) and old.valid_from >= event.time):  # type: ignore[operator]
                    continue
                old.valid_to = event.time


def _posts_left_with_body(b: _Builder) -> None:
    """"Their captain, X, left for Y on Thursday": a post held at a body ends with the holder's job or membership
    there, when an event told ends that on a date (not a post taken after the leaving, nor a calling)."""
    a = b.analysis
    cfg = config()["employment"]
    moves = set(cfg["end_types"]) | set(cfg["start_types"])
    for tenure in [f for f in b.facts.values() if f.relation in ("employee", "member") and _dated(f.valid_to)]:
        leavings = [e for e in a.events if e.type in moves and e.time == tenure.valid_to and _factual(e)
                    and tenure.subject in _ids(e, cfg["person_roles"] + ["agent"], a)]
        if not leavings:
            continue  # (an end read from a statement, "until 2019", says nothing of the posts)
        others = [f for f in b.facts.values() if f.relation in ("employee", "member") and f.subject == tenure.subject
                  and f is not tenure and not (_dated(f.valid_from) and f.valid_from >= tenure.valid_to)]  # type: ignore[operator]
        mine = [f for f in b.facts.values() if f.relation == "role" and f.subject == tenure.subject and a_post(f.value)
                and f.object in (None, tenure.object)]
        for post in b.facts.values():
            if post.relation == "role" and post.subject == tenure.subject and a_post(post.value) and not band_calling(post) \
                    and (post.valid_to is None or (post.valid_to == PAST and len(mine) == 1 and tenure.object is not None)) \
                    and (post.object == tenure.object or (post.object is None and not others and _dated(post.valid_from))) \
                    and (not _dated(post.valid_from) or post.valid_from < tenure.valid_to):  # type: ignore[operator]
                # (a post told of no body, begun before the leaving, by one whose only other bodies came after it: held there;
                # "the former Kelby Town manager X ... was sacked by Kelby in 2021": the one post there a "former" placed before now)
                post.object = tenure.object
                post.valid_to = tenure.valid_to
                post.evidence.append(Evidence(leavings[0].sentence, leavings[0].start, leavings[0].end))
                if leavings[0].id not in post.events:
                    post.events.append(leavings[0].id)


def _joins_again(a: Analysis, events: list[Event], leaving: Event, person: str, end: str, cfg: dict[str, Any]) -> bool:
    """Does `person` join (is hired, appointed, elected) again in another event after the leaving's `end` -- or at a time
    not told, or after a leaving itself undated ("She quit in 2017 and rejoined the band in March")?"""
    return any(e is not leaving and e.type in cfg["start_types"] and _factual(e) and person in _ids(e, cfg["person_roles"], a)
               and (not _dated(e.time) or end == PAST or e.time > end) for e in events)  # type: ignore[operator]


def _band_splits(b: _Builder, events: list[Event], doc: Doc | None) -> None:
    """"The Thimbles split in 1972": a band's split ends the memberships still open then (not in a story
    of its reunion: its members are members again)."""
    bands = frozenset(config()["employment"]["band_nouns"])
    splits = frozenset(config()["employment"]["split_lemmas"])
    if doc is None or not frozenset(config()["employment"]["reunion_lemmas"]).isdisjoint(strings(doc, "lemma_lower")):
        return  # (a reunion's lemma anywhere in the doc: one set test over the lemma column)
    for event in events:
        if (event.type not in config()["spouse"]["separation_types"] and event.lemma not in splits) or not _factual(event) \
                or not _dated(event.time):
            continue
        for org in [o for o in _ids(event, ["agent", "patient"], b.analysis, {"ORG"}) if a_band(b.analysis, doc, o, bands)]:
            for fact in b.facts.values():
                if fact.relation == "member" and fact.object == org and fact.valid_to is None \
                        and (not _dated(fact.valid_from) or fact.valid_from <= event.time):  # type: ignore[operator]
                    fact.valid_to = event.time


def _left_a_band(doc: Doc | None, event: Event, bands: frozenset[str]) -> bool:
    """The body left is called a band where it is left ("left the band in 2020", "quit the group")."""
    if any(g.role in ("left", "organization") and g.text.split() and g.text.split()[-1].lower() in bands for g in event.args):
        return True
    span = char_span(doc, event.start, event.end) if doc is not None else None
    return span is not None and any(c.dep_ == "dobj" and c.lower_ in bands for c in children_of(span.root))


def _since_founding(b: _Builder, event: Event, orgs: list[str], relation: str) -> None:
    """The founders' undated `relation` facts at the bodies founded (ending after it) begin at the founding."""
    founders = _ids(event, ["agent", "cofounder"], b.analysis, {"PERSON"})
    for fact in b.facts.values():
        if fact.relation == relation and fact.object in orgs and fact.subject in founders and fact.valid_from is None \
                and (fact.valid_to or "9") >= event.time:  # type: ignore[operator]
            fact.valid_from = event.time


def _announced_leaving_made_later(a: Analysis, doc: Doc | None, event: Event, events: list[Event]) -> bool:
    """A leaving told as a noun that someone announced ("announced his resignation in November") when the same
    person's leaving is also told by a verb dated later ("stood down on Saturday"): the announcement is not the end."""
    told = char_span(doc, event.start, event.end) if doc is not None else None
    if told is None or told.root.pos_ != "NOUN" or told.root.head.lemma_.lower() != "announce" or not _dated(event.time):
        return False
    who = set(_ids(event, ["agent", "patient"], a, {"PERSON"}))
    return bool(who) and any(other is not event and other.type == event.type and _factual(other) and _dated(other.time)
                             and other.time > event.time and who & set(_ids(other, ["agent", "patient"], a, {"PERSON"}))  # type: ignore[operator]
                             and _told_by_verb(doc, other) for other in events)


def _leaving_named_again(a: Analysis, doc: Doc | None, event: Event, events: list[Event], cfg: dict[str, Any]) -> bool:
    """A leaving told as a noun with no post nor body ("accepted her resignation") after the same person's leaving of the
    same kind was told by a verb with its post or body ("X resigned as Minister for Finance"): the same leaving again."""
    told = char_span(doc, event.start, event.end) if doc is not None else None
    if told is None or told.root.pos_ != "NOUN":
        return False
    who = set(_ids(event, ["agent", "patient"], a, {"PERSON"}))
    return bool(who) and any(
        other is not event and other.type == event.type and other.start < event.start and _factual(other)
        and who & set(_ids(other, ["agent", "patient"], a, {"PERSON"})) and _told_by_verb(doc, other)
        and (any(g.role in cfg["title_roles"] and not g.entity for g in other.args) or _employer_ids(other, cfg["organization_roles"], a))
        for other in events)


def _past_retirement_noun(doc: Doc | None, a: Analysis, event: Event) -> bool:
    """"ran it until her retirement in 2004", "after his retirement in 1998": a retirement told by a noun that dates
    another deed (the object of "until", "after", "since" or "upon"), at a time before the article's date -- done, not
    one announced that may lie ahead."""
    told = char_span(doc, event.start, event.end) if doc is not None else None
    if told is None or told.root.pos_ != "NOUN" or told.root.dep_ != "pobj" \
            or told.root.head.lower_ not in ("until", "till", "after", "since", "upon"):
        return False
    return _dated(event.time) and event.time[:4] < a.document.dct[:4]  # type: ignore[index]


def _told_by_verb(doc: Doc | None, event: Event) -> bool:
    """The event's trigger is a verb ("resigned", "fired"), not a noun ("his retirement", "her removal")."""
    told = char_span(doc, event.start, event.end) if doc is not None else None
    return told is not None and told.root.pos_ == "VERB"


def _leaving(a: Analysis, doc: Doc | None, event: Event, cfg: dict[str, Any]) -> tuple[set[str], set[str], str]:
    """Who left, the bodies left and when (`PAST` when the leaving is undated) of a leaving event."""
    leavers = cfg["person_roles"] + (["agent"] if event.type != "career.fire" else [])  # who fires keeps their post
    end = event.time if event.time is not None and _dated(event.time) and not _time_since(doc, a, event) else PAST
    people, orgs = set(_ids(event, leavers, a, {"PERSON"})), set(_employer_ids(event, cfg["organization_roles"], a))
    if own_job_left(doc, event) and not any(g.role in cfg["title_roles"] for g in event.args) and any(
            founded_by(a, a.events, p, o) for p in people for o in orgs or _founded(a, p)):
        return set(), set(), end  # "The pair quit their jobs and built the first version": the jobs before the founding,
    # elsewhere (not "quit his job as chief executive")
    return people, orgs, end


def _founded(a: Analysis, person: str) -> set[str]:
    """The bodies `person` is told founding."""
    return {g.entity for e in a.events if e.type == "business.found" and person in _ids(e, ["agent"], a)
            for g in e.args if g.role == "organization" and g.entity}


def _end_at_body(b: _Builder, doc: Doc | None, event: Event) -> None:
    """A leaving event that found its organisation after the facts were built ends the leaver's
    open employment there and the posts held there (not a calling: "a software engineer"), as `_employment` ends those
    at a body the event names.  Left with a
    post ("X, who founded Y, resigned as chief executive"), the post was held there and X worked
    there until then, as `_employment` says of "resigned as chief executive of Y"."""
    a = b.analysis
    if not _factual(event) or (event.type == "career.retire" and not _told_by_verb(doc, event)
                               and not _past_retirement_noun(doc, a, event)) or _told_ongoing(doc, event):
        return  # "announced his retirement", "who is stepping down": it may lie ahead
    cfg = config()["employment"]
    people, orgs, end = _leaving(a, doc, event, cfg)
    orgs -= set(_ids(event, ["joined"], a))  # "left the team to become chief executive of Y": Y is joined, not left
    titles = {_arg_title(doc, arg).lower() for arg in event.args if arg.role in cfg["title_roles"] and not arg.entity}
    for person in sorted(people) if titles and len(orgs) == 1 else []:
        org = next(iter(orgs))
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and f.value in titles
                 and f.object is None and event.id in f.events]
        if posts and not any(f.subject == person and f.object == org and f.relation in ("employee", "member") for f in b.facts.values()):
            for post in posts:
                post.object = org
            fact = b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end),
                         event=event, certainty=event.certainty, claim=event.claim)
            fact.valid_to = fact.valid_to or end
            joined = sorted(e.time for e in a.events if e.type in ("business.found", "career.hire") and _factual(e) and _dated(e.time)
                            and person in _ids(e, ["agent", "patient"], a) and org in _ids(e, ["organization"], a))
            fact.valid_from = fact.valid_from or (joined[0] if joined and (end == PAST or joined[0] <= end) else None)
    fired = event.type == "career.fire" and _told_by_verb(doc, event) and not _ids(event, ["agent"], a, {"PERSON"})
    for person in sorted(people) if not titles and len(orgs) == 1 and fired else []:
        org = next(iter(orgs))  # "Gordon Feltwell was sacked in April" in an article about the club that sacked him: he worked
        # there until then (as `_employment` says of a dismissal naming its body) -- not a player the club let go, nor one
        # a person dismissed ("was sacked by the party leader": the body, found for the leader, may be no employer)
        if not any(f.subject == person and f.object == org for f in b.facts.values()) and person not in _players(b):
            fact = b.add("employee", person, org, evidence=Evidence(event.sentence, event.start, event.end),
                         event=event, certainty=event.certainty, claim=event.claim)
            fact.valid_to = fact.valid_to or end
    bands = frozenset(cfg["band_nouns"])
    left_band = _left_a_band(doc, event, bands)
    quit_band = {o for o in orgs if left_band or a_band(a, doc, o, bands)} if not titles else set()  # "Trarr quit in 2016": the
    # band he was a member of (its founding made him one; "left the band in 2020": the one left called a band), when no post
    # is said -- unless he joined again later ("rejoined in March")
    again = {p for p in people if _joins_again(a, a.events, event, p, end, cfg)}
    if not titles and (event.lemma in DEFECTING_LEMMAS or (event.lemma in PARTY_LEAVING_LEMMAS and _left_a_party(doc, event))):
        quit_band |= {o for o in orgs if (_party(a, o) or event.lemma in DEFECTING_LEMMAS) and not any(  # "the Conservative MP X
            # resigned from the party", "crossed to Y": a party left by one who held no post in it
            f.relation == "role" and f.object == o and f.subject in people and f.value not in LEGISLATOR_NOUNS for f in b.facts.values())}
    for fact in b.facts.values():
        if seat_kept(a, fact, titles):
            continue  # "the National Party MP X has defected": the seat is kept, only the party left
        if (fact.relation == "employee" or (fact.relation == "role" and a_post(fact.value))
                or (fact.relation == "member" and fact.object in quit_band and fact.subject not in again)) \
                and fact.subject in people and fact.object in orgs \
                and (fact.valid_to is None or (fact.valid_to == PAST and fact.relation == "employee" and end not in (None, PAST)
                                               and _relative_leaving(doc, event)))  \
                and (end == PAST or not fact.valid_from or end > fact.valid_from):  # (not a party left with a post;
            # "the company's former chief executive, X, who resigned in October 2020": the "former" end dated
            # not the post taken by leaving: "quit last month to become deputy chief executive of Y")
            fact.valid_to = end
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            if event.id not in fact.events:
                fact.events.append(event.id)


def _aides_gone(b: _Builder) -> None:
    """"His assistant, X, has also left the club", "... was also relieved of his duties": an aide's post, told with no
    body, is held at the one body the aide works at, and ends when the job there does."""
    for post in [f for f in b.facts.values() if f.relation == "role" and f.object is None and f.valid_to is None
                 and (f.value or "").lower() in AIDE_NOUNS]:
        jobs = [f for f in b.facts.values() if f.relation in ("employee", "member") and f.subject == post.subject]
        if len(jobs) == 1 and jobs[0].valid_to is not None and (post.valid_from is None or jobs[0].valid_from == post.valid_from):
            post.valid_to = jobs[0].valid_to
            post.evidence.extend(e for e in jobs[0].evidence if e not in post.evidence)


def _players(b: _Builder) -> set[str]:
    """The people the facts or the text call players ("the striker X"): a team lets them go, it does not sack its staff."""
    titles = set(config()["employment"]["member_titles"]) | set(config()["employment"]["playing_positions"])
    return {f.subject for f in b.facts.values() if f.relation == "role" and _head_word(f.value) in titles} | {
        e.id for e in b.analysis.entities if any(_head_word(r) in titles for r in e.attrs.get("roles", []))}


def _fired_as(fact: Fact, event: Event, orgs: set[str], titles: list[str], text: str) -> bool:
    """"X fired a senior trader, Y": the calling the sentence of the dismissal gives Y in an apposition is the job at X
    lost (not a label "the singer Y" worn before the name: "dropped the singer Y", still a singer)."""
    if event.type != "career.fire" or not orgs or titles or fact.relation != "role" or fact.object is not None or not fact.evidence \
            or (fact.value or "").lower() in config()["employment"]["founder_titles"]:
        return False  # (a founder stays the founder)
    named = [g for g in event.args if g.role == "patient"]  # the name the title was told of, as the firing's object
    return all(e.sentence == event.sentence and any(g.start < e.end and e.start < g.end for g in named) and "," in text[e.start : e.end]
               for e in fact.evidence)


def _ends_post(fact: Fact, orgs: set[str], titles: list[str]) -> bool:
    """Does a resignation / firing / retirement from `orgs` as `titles` end this fact?"""
    if titles and fact.relation == "role":
        return fact.value in titles and not (orgs and fact.object is not None and fact.object not in orgs)  # ("its group
        # leader on the council, X, who was expelled from the rival Y": a post at another body, not the one left)
    if orgs:  # leaving an organisation ends a post held there, not a calling ("singer", "engineer")
        return fact.object in orgs or (fact.relation == "role" and fact.object is None and not titles and a_post(fact.value))
    return fact.relation != "member" and not titles  # a retirement does not leave the Academy


# -- relations from statements ------------------------------------------------------------------
def _led_posts(b: _Builder, doc: Doc) -> None:
    """"X ran / led Y from 2009 until 2021" and "X, Y's chief executive": the head's post (one
    known, undated) held over the time X ran Y."""
    cfg = config()
    heads = set(cfg["employment"]["head_titles"])
    for led in [f for f in b.facts.values() if f.relation == "employee" and (f.valid_from or f.valid_to)]:
        by_verb = any(0 < e.end <= len(b.analysis.document.text) and _verb_lemma(doc, e.end) in cfg["verbs"]["run_verbs"]
                      for e in led.evidence)
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == led.subject and f.object in (None, led.object)
                 and f.value in heads]
        if not by_verb or len(posts) != 1 or posts[0].valid_from or posts[0].valid_to not in (None, PAST):
            continue  # ("a retired headteacher, X ... who led Y from 2008 to 2021": the post, over, dated by the leading)
        posts[0].object, posts[0].valid_from, posts[0].valid_to = led.object, led.valid_from, led.valid_to or posts[0].valid_to
        posts[0].evidence += [e for e in led.evidence if e not in posts[0].evidence]


def _verb_lemma(doc: Doc, end: int) -> str | None:
    span = char_span(doc, end - 1, end)
    return span.root.lemma_.lower() if span is not None and span.root.pos_ == "VERB" else None


def _head_word(title: str | None) -> str:
    """A post's last word ("club captain" -> "captain"), "" for none."""
    words = (title or "").split()
    return words[-1] if words else ""


def _members(b: _Builder, teams: set[str]) -> None:
    """A player's employment is membership of the team -- not a staff post a former player holds at the body
    ("appointed him assistant coach of the national side": of the union, its employee; "the club's youth coach, X, a
    former Rovers defender": on the staff now, a member once, two facts), unless a signing with no post told (a
    player's: "was signed by Rovers in 1961 ... appointed him manager in 1979") began that employment: then it was
    the playing that the text dated."""
    titles = set(config()["employment"]["member_titles"]) | set(config()["employment"]["playing_positions"])
    staff_words = set(config()["employment"]["staff_titles"])
    staffed = {(f.subject, f.object) for f in b.facts.values() if f.relation == "role" and f.object
               and f.value and (f.value in staff_words or title_head(f.value.split()) in staff_words)}
    signings = {e.id for e in b.analysis.events if e.type == "career.hire" and not any(g.role == "role" for g in e.args)}
    staffed -= {(f.subject, f.object) for f in b.facts.values() if f.relation == "employee" and signings & set(f.events)}
    players = {f.subject for f in b.facts.values() if f.relation == "role" and _head_word(f.value) in titles}
    players |= {e.id for e in b.analysis.entities if any(_head_word(r) in titles for r in e.attrs.get("roles", []))}
    # a band's singer is its member ("the lead singer of Glasswing"), not a singer of a body no text shows to be a band
    members_at = {(f.subject, f.object) for f in b.facts.values() if f.relation == "role" and f.object in teams
                  and _head_word(f.value) in BAND_VOICE_TITLES}
    members = {(f.subject, f.object) for f in b.facts.values() if f.relation == "member"}
    fellowships = set(config()["employment"]["membership_titles"])  # "a fellow of X": of X only
    members |= {(f.subject, f.object) for f in b.facts.values() if f.relation == "role" and f.object and _head_word(f.value) in fellowships
                and (f.value or "").split()[0].lower() not in FELLOWSHIP_POSTS}  # (not "a research fellow at X": a job there)
    for key, fact in list(b.facts.items()):
        if fact.relation == "employee" and (fact.subject, fact.object) not in staffed \
                and (fact.subject in players or (fact.subject, fact.object) in members | members_at):
            del b.facts[key]
            merged = b.add("member", fact.subject, fact.object, valid_from=fact.valid_from,
                           certainty=fact.certainty, claim=fact.claim)
            merged.valid_to = merged.valid_to or fact.valid_to
            merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
            merged.events += [e for e in fact.events if e not in merged.events]


BAND_VOICE_TITLES = frozenset({"singer", "vocalist", "singer-songwriter", "frontman", "frontwoman"})
SIGNING_LEMMAS = frozenset({"sign"})


def _signed_artists(b: _Builder, events: list[Event], teams: set[str]) -> None:
    """"was signed by the label X in 2015", "signed with the major label Y", "signed a deal with the studio Z":
    a signing with no post named, by a body that is no team, is an artist's contract -- no job at it (a player
    signed by a team is its member, `_members`)."""
    signings = {e.id: e for e in events if e.type == "career.hire" and e.lemma in SIGNING_LEMMAS
                and not any(arg.role == "role" for arg in e.args)}
    for key, fact in list(b.facts.items()):
        if fact.relation != "employee" or not fact.events or fact.object in teams \
                or not all(e in signings for e in fact.events):
            continue
        told = {(signings[e].sentence) for e in fact.events}
        if all(ev.sentence in told for ev in fact.evidence):  # (nothing else says he works there)
            del b.facts[key]


def _taken_up(b: _Builder, fact: Fact) -> bool:
    """The post was given by an appointment, hiring or election the text asserts."""
    starts, ids = set(config()["employment"]["start_types"]), set(fact.events)
    return any(e.id in ids and e.type in starts and _factual(e) for e in b.analysis.events)


def _named_longer(longer: str, short: str, variants: dict[str, list[str]]) -> bool:
    """"health minister" names "minister" longer; so does "chairman" "chair" (one post, two names)."""
    if longer.endswith(" " + short):
        return not ranked_below(longer, short)
    head, _, last = short.rpartition(" ")
    named, _, word = longer.rpartition(" ")
    return head == named and word in variants.get(last, ())


def _posts_alone(b: _Builder) -> None:
    """A post's value without the body's name left inside it ("Korvane chief X" in a headline, "the ex-Corvel chairman
    X", read before the name was known): "chief", "chairman".  Only words of a body's name the text never writes in small
    letters (not the "finance" of "the Ministry of Finance"), and no post's word, are cut."""
    a = b.analysis
    text = a.document.text
    named = {w.lower() for e in a.entities if e.type in ("ORG", "FAC") for w in e.name.split() if w[:1].isupper()}
    if named:  # a word the text writes in small letters somewhere (a maximal run of word characters)
        named = {w for w in named if w.isalpha() and not (w in text and re.search(rf"(?<!\w){w}(?!\w)", text))}  # (a search
        # for the few words, only where the text holds them at all: not every word of the text listed)
    _, title_words = _title_sets()
    for key, fact in list(b.facts.items()) if named else []:
        words = (fact.value or "").split() if fact.relation == "role" else []
        cut = 0
        while cut < len(words) - 1 and words[cut] not in title_words and words[cut].rpartition("-")[2] in named:
            cut += 1
        if not cut:
            continue
        del b.facts[key]
        fact.value = " ".join(words[cut:])
        same = b.facts.get((*key[:3], fact.value))
        if same is None:
            b.facts[(*key[:3], fact.value)] = fact
            continue
        same.evidence += [e for e in fact.evidence if e not in same.evidence]
        same.events += [e for e in fact.events if e not in same.events]
        same.object = same.object or fact.object


def _merge_titles(b: _Builder) -> None:
    """"minister" and "health minister" of one person are one post: the longer name keeps both sources.  A headline's
    short word for a post ("Korvane chief X", "Tessmar boss Y") is the one post the article names in full at that body."""
    variants = config()["employment"]["post_name_variants"]
    short_words = frozenset(config()["employment"]["headline_post_words"])
    roles = [(key, f) for key, f in b.facts.items() if f.relation == "role" and f.value]
    for key, short in roles:
        longer = [f for _, f in roles if f is not short and f.subject == short.subject and key in b.facts
                  and _named_longer(f.value, short.value, variants) and short.object in (None, f.object)]  # type: ignore[arg-type]
        headline = not longer and short.value in short_words
        if headline:  # (the one other post the person holds there, or anywhere when the short word has no body)
            longer = [f for _, f in roles if f is not short and f.subject == short.subject and key in b.facts and a_post(f.value)
                      and f.value not in short_words and short.object in (None, f.object)]
        if len(longer) != 1 or (short.valid_to and not longer[0].valid_to and _taken_up(b, longer[0])):
            continue  # "former Ajax coach X ... appointed X head coach": the post ended is another one
        if _dated(short.valid_from) and _dated(longer[0].valid_from) and short.valid_from != longer[0].valid_from \
                and _taken_up(b, short) and _taken_up(b, longer[0]):
            continue  # "joined the hospital as a nurse in 2011 and became chief nurse in 2019": two posts, each taken then
        keep = longer[0]
        del b.facts[key]
        keep.evidence += [e for e in short.evidence if e not in keep.evidence]
        keep.events += [e for e in short.events if e not in keep.events]
        if short.valid_from and (keep.valid_from is None or short.valid_from < keep.valid_from):
            keep.valid_from = short.valid_from
        keep.valid_to = keep.valid_to or (None if headline and short.valid_to == PAST else short.valid_to)  # (a headline's
        # "steps down" tells no end the account does not date)


RANKED = re.compile(r"[a-z]+est(?:-[a-z]+)?$")  # "youngest", "oldest", "longest-serving": a rank among others


def _positions(b: _Builder) -> None:
    """"the striker X", "former tennis player Y": what someone plays is no post held."""
    jobs = config()["employment"]
    played = (set(jobs["team_positions"]) | set(jobs["playing_positions"])) - {"captain"}  # (a captaincy is a post, held
    # and handed on; "a tennis player" names the sport, no position)
    positions = set(jobs["not_role_titles"]) - played
    titles = set(config()["statements"]["titles"])
    fellowships = set(jobs["membership_titles"])
    for key, fact in list(b.facts.items()):
        words = (fact.value or "").split()
        listed = any(" ".join(words[k:]) in titles for k in range(len(words) - 1))
        if fact.relation == "role" and words and words[-1] in played and len(words) <= 3 and not listed:
            _position_played(b, fact)
        elif fact.relation == "role" and words and (words[-1] in positions or words[-1] in played) and not listed:
            del b.facts[key]  # (but "their original keyboard player": an instrument's player, a listed post, after a modifier)
        elif fact.relation == "role" and words in (["member"], ["party", "member"], ["union", "member"]) and fact.object \
                and any(f.relation == "member" and f.subject == fact.subject and f.object == fact.object for f in b.facts.values()):
            del b.facts[key]  # "a Labour member since 1994": a membership of Labour (its own fact), no post
        elif fact.relation == "role" and len(words) > 1 and RANKED.match(words[0]) and title_head(words[1:]) in fellowships \
                and (" ".join(words[1:]) not in titles or " ".join(words[1:]) in fellowships):
            del b.facts[key]  # "the youngest member of the cabinet": a rank in a body, no post ("member of parliament" is one)


FORMER = re.compile(r"\b(?:former|ex-|one-time|onetime|retired)\W+(?:\S+\s+){0,3}$", re.I)


def _position_played(b: _Builder, fact: Fact) -> None:
    """"the Norwegian striker X", "signed the defender Y from Z": a position played, held wherever its player plays --
    the club is the membership's (its own fact), and the position ends only where the text calls it former ("a former
    Town defender"), not with a move from one club to another."""
    fact.object = None
    text = b.analysis.document.text
    value = fact.value or ""
    former = False
    for ev in fact.evidence:
        lo = max(0, ev.start - 200)
        for m in re.finditer(re.escape(value), text[lo:ev.end + 200], re.I):
            former = former or bool(FORMER.search(text[max(0, lo + m.start() - 60):lo + m.start()]))
    if not former:
        fact.valid_to = None


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
    birth = config()["birth"]
    for event in events:
        told_birth = event.type == "family.child" and event.lemma in birth["family_lemmas"]
        if (event.type not in birth["types"] and not told_birth) or not _factual(event) or not _dated(event.time) \
                or event.time_source != "clause":  # a time borrowed from the sentence may be another event's
            continue
        for person in _ids(event, ["child"] if told_birth else birth["person_roles"], b.analysis, {"PERSON"}):
            if person not in out:
                out[person] = event.time[:4]  # type: ignore[index]
                b.from_event("birth_year", person, None, event, value=out[person]).valid_from = None
    return out


def _months_before(value: str, dct: str) -> int:
    """How many whole months the date `value` (a TIMEX3 year, month or day) lies before the article date."""
    month = int(value[5:7]) if value[5:7].isdigit() else 1  # a bare year ("died last year"): its first month, the farthest
    return (int(dct[:4]) - int(value[:4])) * 12 + int(dct[5:7]) - month


def _unborrowed_births(a: Analysis, events: list[Event]) -> None:
    """"X, 38, was born in Arequipa and has lived in Dublin since she came to study there in 1978": a birth
    that borrowed its sentence's time, a year the person's age rules out, has no time."""
    for event in events:
        if event.type not in config()["birth"]["types"] or event.time_source != "sentence" or not _dated(event.time):
            continue
        for person in _ids(event, config()["birth"]["person_roles"], a, {"PERSON"}):
            entity = a.entity(person)
            age = entity.attrs.get("age") if entity is not None else None
            as_of = str(entity.attrs.get("age_as_of") or a.document.dct) if entity is not None else ""
            if isinstance(age, int) and not entity.attrs.get("age_at_death") \
                    and int(event.time[:4]) not in (int(as_of[:4]) - age - 1, int(as_of[:4]) - age):  # type: ignore[index]
                event.time, event.time_source, event.timex = None, None, None


def _ages(b: _Builder, events: list[Event]) -> None:
    a = b.analysis
    dct = a.document.dct
    _unborrowed_births(a, events)
    born = _birth_years(b, events)
    deaths = {p: e.time for e in events if e.type in config()["spouse"]["death_types"] and _factual(e) and _dated(e.time)
              for p in _ids(e, ["agent", "patient"], a, {"PERSON"})}
    for entity in a.entities:
        age = entity.attrs.get("age")
        if not isinstance(age, int) and isinstance(then := entity.attrs.get("born_by"), int) and entity.id not in born:
            b.add("birth_year", entity.id, None, str(then))  # "X, who was elected at 23 in 2019,"
        if not isinstance(age, int) or not entity.mentions:
            continue
        as_of = str(entity.attrs.get("age_as_of") or dct)
        died = deaths.get(entity.id) if entity.attrs.get("age_at_death") else None
        if died and _months_before(died, dct) > 12:  # "died in 2009 at the age of 83": an age then is no age now (a recent
            # death's age is the article's news: "died in November at 81" in a March article),
            if entity.id not in born:  # but its birth year holds
                b.add("birth_year", entity.id, None, str(birth_year(age, died)))
            continue
        if died:
            as_of = died  # the age at the death, as of the death
        mention = next((m for m in entity.mentions if str(age) in a.sentence_text(m.sentence)), entity.mentions[0])
        ev = Evidence(mention.sentence, mention.start, mention.end)
        fact = b.add("age", entity.id, None, str(age), valid_from=as_of, evidence=ev)
        fact.valid_to = as_of
        if entity.id not in born:
            b.add("birth_year", entity.id, None, str(birth_year(age, as_of)), evidence=ev)


def run(doc: Doc, analysis: Analysis, options: object = None) -> None:
    with entities_remembered(analysis):
        _run(doc, analysis)


def _plural_post(title: str | None) -> bool:
    """"two other deans", "Miderow's co-founders, A and B": a plural names a group the person is
    one of, not the post the person holds (which the text, if at all, gives elsewhere)."""
    words = (title or "").partition(" of ")[0].split()
    if not words or not words[-1].endswith("s"):
        return False
    title_words = _title_sets()[1]
    head = words[-1]
    return head not in title_words and any(single in title_words for single in (head[:-1], head[:-2], head[:-3] + "y"))


def _told_past(doc: Doc | None, event: Event) -> bool:
    """"resigned in May": a leaving the text tells as done, whatever date it was given."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    return span is not None and span.root.tag_ == "VBD"


def _told_ahead(doc: Doc | None, event: Event) -> bool:
    """"is retiring", "will step down": a leaving the text tells as to come."""
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None:
        return False
    aux = {c.lower_ for c in span.root.children if c.dep_ == "aux"}
    return (span.root.tag_ == "VBG" and bool(aux & {"is", "are", "'s", "am"})) or bool(aux & {"will", "'ll", "shall"})


def _ends_to_come(facts: list[Fact], events: list[Event], a: Analysis, doc: Doc | None) -> None:
    """A post, job or membership its holder leaves only after the article's date ("who is retiring in
    the summer", "will step down in September") still holds as the article is written: its end stays
    open (as the fixture README has it).  (A handover dated ahead, "X takes over on April 1, replacing
    Y", keeps its date.)"""
    today = interval(a.document.dct)
    if today is None:
        return
    leavings = {(who, e.time) for e in events if e.type in ("career.retire", "career.resign") and e.time
                and not _told_past(doc, e) for who in _ids(e, ["agent"], a, {"PERSON"})}
    ahead = {(who, e.time) for e in events if e.type in ("career.retire", "career.resign") and e.time
             and _told_ahead(doc, e) for who in _ids(e, ["agent"], a, {"PERSON"})}
    for fact in facts:
        if fact.relation in ("employee", "member", "role") and fact.valid_to and fact.valid_to != PAST \
                and (fact.subject, fact.valid_to) in leavings:
            span = interval(fact.valid_to)
            if span is not None and (span[0] > today[1] or (span[1] > today[1] and (fact.subject, fact.valid_to) in ahead)):
                fact.valid_to = None  # (or "is retiring at the end of the year": in a period not over yet, told as to come)


PARTY_JOINING_TYPES = frozenset({"career.hire", "business.found"})  # "joined the party in 1995", "defected to it in 2018", "founded it in 2022"
PARTY_POST_TYPES = frozenset({"politics.elect", "career.appoint"})  # a seat won for the party, a post in it


def _party_joins_only(b: _Builder, parties: set[str]) -> None:
    """A party membership begins when the party is joined: a start told only by a post in it or a seat won for it
    ("who has led the party since 2019", "elected for the X Party in 2016", "won the leadership") dates the post or
    the seat, and leaves the membership's start unsaid (not "left the party after 16 years as a member")."""
    a = b.analysis
    kinds = {e.id: e.type for e in a.events}
    times = {e.id: e.time for e in a.events}
    for fact in b.facts.values():
        if fact.relation != "member" or not fact.object or not _dated(fact.valid_from) \
                or not (fact.object in parties or _party(a, fact.object)):
            continue
        told_by = {kinds.get(e) for e in fact.events}
        if any(kinds.get(e) in PARTY_JOINING_TYPES and _dated(times.get(e)) for e in fact.events):
            continue  # the party joined then (a joining told with no time leaves the start to the checks below: "has defected
            # to the X Party ... The party made her its spokesperson on Thursday": the start of the post, not of the membership)
        told_in = {e.sentence for e in fact.evidence}
        post_start = any(f.relation == "role" and f.subject == fact.subject and f.object == fact.object
                         and _head_word(f.value).lower() not in SEAT_POSTS
                         and (f.valid_from == fact.valid_from or any(e.sentence in told_in for e in f.evidence))
                         for f in b.facts.values())  # (a post in the party, begun then or told with the start: "the
        # party's chief whip since 2019"; not a seat held for it, "a Labour councillor since 2015", a member since then)
        if told_by & PARTY_POST_TYPES or post_start:
            fact.valid_from = None


def _arrivals(b: _Builder, kept: set[int]) -> None:
    """"Brandes, who arrived from the Danish club Aalvik in the summer of 2023, was sacked": the one other body the
    person is told to work or play for (no destination named) is the one arrived at, since then."""
    for person, origins, when, ev in b.arrivals:
        held = [f for f in b.facts.values() if id(f) in kept and f.subject == person and f.relation in ("employee", "member")
                and f.object is not None and f.object not in origins
                and not (_dated(f.valid_to) and f.valid_to < when) and not (_dated(f.valid_from) and f.valid_from > when)]  # type: ignore[operator]
        if len(held) != 1 or held[0].valid_from is not None or held[0].valid_to == PAST:
            continue
        held[0].valid_from = when
        held[0].evidence.append(ev)


def _moves_reported(b: _Builder, kept: set[int]) -> None:
    """"X joins from B, where she had been head of drama since 2020": the posts at B end with the move, when
    the new post's start is told ("will take over on July 1"), else some time before now when the text tells
    them over ("had been"); "where she has worked since 2014" stays open."""
    dct = b.analysis.document.dct
    for fact, over in b.moved_from:
        if id(fact) not in kept or fact.valid_to is not None:
            continue
        starts = [f.valid_from for f in b.facts.values() if f.subject == fact.subject and f.object != fact.object
                  and f.relation in ("role", "employee", "member") and _dated(f.valid_from) and f.valid_from > dct]  # type: ignore[operator]
        fact.valid_to = min(starts) if starts else (PAST if over else None)  # type: ignore[type-var]
        if _dated(fact.valid_from) and _dated(fact.valid_to) and fact.valid_from > fact.valid_to:  # type: ignore[operator]
            fact.valid_to = None


def _run(doc: Doc, analysis: Analysis) -> None:
    b = _Builder(analysis)
    jobs = config()["employment"]
    events = analysis.events
    body = dominant_organisation(analysis)  # the organisation the article is about, if one is
    implicit_agents(analysis, events, body)  # "the acquisition of X three years ago": by that company
    work_authors(analysis, events, doc)  # "X, published in 2007, was shortlisted": its author was
    board_bodies(analysis, events, doc)  # "the board appointed X", "stepped down from the board": the article's company's
    bare_leavings(analysis, events, doc)  # "X, who joined Y in 2012, left last year": a resignation
    if doc is not None:  # first, so that events can date and end what statements say
        statements(b, doc)
        verb_statements(b, doc)
        marriages_to(b, doc)  # "her marriage to X"
    _ages(b, events)
    _spouses(b, events)
    if doc is not None:
        ended_marriages(b, doc)
    _wronged_spouses(b, events)
    union_parents(b)  # "a son from his first marriage, X": the spouse of that marriage is X's parent too
    later_children(analysis)  # "A son, Tobyn, followed two years later": of the parents told just before
    _parents(b, events, doc)
    _employment(b, events, doc)
    _founders(b, events)
    _owned_since(b, events)  # "the owner, X, who bought the club in 2019": owner since then
    _successors(b, events)
    _succession_starts(b, events)  # "X, who succeeded Y when he retired in 2009": X's one post, since then
    untold = _predecessors(b, events, doc)
    if doc is not None:
        a = analysis
        moves(b, doc, events, jobs, _ids, lambda t: _entity(a, t), lambda e: _kind(a, e), _factual)
        moves_in_text(b, doc, events, jobs, _ids, lambda t: _entity(a, t), lambda e: _kind(a, e), _factual)
        earlier_posts(b, doc, events, jobs, _ids, title_value, _factual)
        handovers(b, doc, events, jobs, lambda t: _entity(a, t), _ids)
        stints(b, doc, events, jobs, _ids, lambda t: _entity(a, t), lambda e: _kind(a, e), _factual)
        _led_posts(b, doc)
        places(b, doc)
    if doc is not None:
        career_statements(b, doc, frozenset(jobs["team_nouns"]))  # "former Trestrel Rovers defender X", "spent eight years at Y"
        teams = team_ids(analysis, doc, jobs)
        registrations(b, doc, teams)  # "on loan from Y", "his contract at Y expired", "scored twice for Y"
        beaten_candidates(b, doc, events)  # "elected leader of the X Party, defeating A": A is a member too
        bare = frozenset(jobs["implicit_body_titles"])
        if body is not None and body in teams:
            bare |= frozenset(jobs["band_titles"])  # "The bassist, X, remains in the line-up"
        implicit_employers(b, doc, body, bare)  # "The chairman, X, said"
        implicit_players(b, body, teams, frozenset(jobs["team_positions"]) | frozenset(jobs["playing_positions"]))
        police_officers(b)  # "Detective Inspector X said": of the article's one police force
        aides(b, doc)  # "His assistant, X, resigned too": at the body the one assisted works for
    _members(b, teams if doc is not None else set())
    _signed_artists(b, events, teams if doc is not None else set())
    if doc is not None:
        team_members(b, doc, jobs, teams)  # "the Dutch team X": its riders are members
        teammates(b, doc)  # "his X teammates, among them A and B"
        listed_members(b, doc)  # "X, whose members include A and B"
    _successor_members(b, events, teams if doc is not None else frozenset())
    _founding_members(b, events, doc)
    _band_splits(b, events, doc)
    described_roles(b, doc)  # after every stated role: only what no other fact says
    _posts_alone(b)
    _merge_titles(b)
    _positions(b)
    if doc is not None:
        tenure_starts(b, doc)  # "X, who took over in 2004": since when the one undated post is held
    superseded_posts(b)
    if doc is not None:
        held_until(b, doc)  # "became its director in 1982, a post she held until 1997"
    job_starts(b)
    _handed_over(untold)
    _expand_groups(b)
    impossible_places(b)
    facts = list(b.facts.values())
    fill_posts(analysis, facts, events, doc)  # "The team's general manager, X, was appointed in January": that post
    for event in fill_left_bodies(analysis, facts, events, doc, body):  # "resigned as chief executive": of the one body the article says
        _end_at_body(b, doc, event)  # she worked at -- which she left then
    for event, org in successor_bodies(analysis, facts, events):  # "X will retire ... She will be replaced by Y": at X's body,
        if (_factual(event) or _scheduled_start(analysis, event)) and not _party(analysis, org):  # where Y works from then
            for person in _ids(event, config()["employment"]["person_roles"], analysis, {"PERSON"}):
                if not any(f.subject == person and f.object == org and f.relation in ("employee", "member") for f in b.facts.values()):
                    b.from_event("employee", person, org, event)
    _left_memberships(b, events, doc, teams if doc is not None else set())
    _sold_on(b, events, teams if doc is not None else set())
    bare_joins(b)  # "X was hired in June 2018" (no body, no post told): the one job held then, since then
    joined_posts(b)  # "X, who arrived from Y in 2023" (at the club in view, no post told): the one post held there, since then
    if doc is not None:
        new_posts(b, doc)  # "sworn in on Monday along with the new health minister, X": since that day
        stretches(b, doc)
        held_for(b, doc)  # "became managing director in 1983 and held the job for 24 years": until 2007
        years_before_leaving(b, doc)  # "retired in April after nine years in the chair": since 2004  # "X, who led Y for six years, stepped down in 2010": there from 2004
    _posts_given_up(b, events)  # "appointed X, its deputy finance director, as chief financial officer on Monday"
    _posts_left_with_body(b)
    _party_joins_only(b, _party_ids(analysis, doc) if doc is not None else set())
    entry_posts_over(b)  # "joined the paper as a trainee reporter in 2003": over by now, its end not told
    posts_until_now(b)  # "X, until now the chairman of the committee": until the new post the article tells
    kept = {id(f) for f in b.facts.values()}
    for fact in b.done_stints:  # "X, who ran Y for six years": over, when no leaving has dated its end
        if id(fact) in kept and fact.valid_to is None:
            fact.valid_to = PAST
    _moves_reported(b, kept)
    _arrivals(b, kept)
    bare_leavings_end(b, doc)  # "His coach, X, retired last year" (no body, no post told): the one thing held then, until then
    _aides_gone(b)  # "His assistant, X, has also left the club": the assistant's post ends with the job
    facts = [f for f in b.facts.values() if not (f.relation == "role" and _plural_post(f.value))]
    _ends_to_come(facts, events, analysis, doc)
    if doc is not None:  # "survived by his sons, A and B": a family.child event per child so named
        child_events(analysis, facts, doc, frozenset(config()["parent"]["kinship_verbs"]), lexicon().speech_verbs)
    for n, fact in enumerate(facts, 1):
        fact.id = f"F{n}"
        fact.evidence.sort(key=lambda e: e.start)
    analysis.facts = facts
