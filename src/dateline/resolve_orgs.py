"""The body someone left and the post someone took, when the event does not name them (used by
`resolve`).

"Yonas Wolde, who co-founded Pallas eight years ago, resigned as chief executive on Wednesday":
the resignation names no organisation, but the article says where he worked.  A resignation,
retirement or dismissal with no organisation takes the one body the person is known, from the
rest of the article, to have worked at, belonged to or founded before it -- only when there is
exactly one such body (or one whose post matches the post left); otherwise it is left alone -- unless the
article places the person at no body at all and names no post left, when it is the organisation the article is about
("Two trustees have left. ... X stood down in the autumn").

"The team's general manager, Ilse de Groen, was appointed in January": the appointment names no
post, but the apposition does.  An appointment with no post takes the one post the article gives
the person that has not ended (and its body, when the post was told with one); an appointment with
a post but no body takes the body where the article says the person holds that post."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Token

from .extract.certainty import trigger_token
from .extract.name_cues import party_name
from .extract.name_missed import LEGISLATOR_SEATS
from .model import Analysis, Argument, Event, Evidence, Fact
from .nlp import char_span, children_of
from .resolve_base import _dated, _factual, config

LEAVING_TYPES = frozenset({"career.resign", "career.retire", "career.fire"})
LEAVER_ROLES = {"career.resign": ("agent", "patient"), "career.retire": ("agent", "patient"), "career.fire": ("patient",)}
BODY_RELATIONS = frozenset({"employee", "member", "role"})
JOINING_TYPES = frozenset({"career.hire", "career.appoint", "business.found"})
JOINER_ROLES = ("patient", "agent", "cofounder")  # ("co-founded X with Y": Y founded X too)
PROMOTING = frozenset({"promote", "elevate"})  # an appointment inside the body one works at
STOPGAP_WORDS = frozenset({"interim", "acting", "caretaker"})  # a stopgap post: filled from inside


BARE_LEAVE_LEMMAS = frozenset({"leave", "quit", "depart"})
MOVE_PREPS = frozenset({"for", "to", "from", "after", "with", "by"})  # "left for Y", "left to join Y", "left with his family"
OUTING_ADVERBS = frozenset({"early", "late", "home", "together", "alone", "there", "here"})  # "left early": an outing, no job


def bare_leavings(a: Analysis, events: list[Event], doc: Doc | None) -> None:
    """"X, who joined Y in 2012, left last year", "X joined Y in 2012. He left in 2020.": a leaving with no object or
    destination, by a person the same or the sentence before told joining one body, is a resignation (its body filled
    by `fill_left_bodies`); a bare "left" told of no job ("left early", "left the room") stays untyped."""
    if doc is None:
        return
    for event in events:
        if event.type is not None or event.lemma not in BARE_LEAVE_LEMMAS or event.polarity != "POS" or event.modality is not None:
            continue
        trigger = trigger_token(doc, event.start, event.end)
        if trigger is None or trigger.tag_ not in ("VBD", "VBN") or any(  # (told as done: not "is also leaving", a plan)
                c.dep_ in ("dobj", "xcomp", "ccomp", "advcl", "prt") or (c.dep_ == "prep" and c.lower_ in MOVE_PREPS)
                or (c.dep_ == "advmod" and c.lower_ in OUTING_ADVERBS) for c in children_of(trigger)) \
                or (trigger.i + 1 < len(doc) and doc[trigger.i + 1].lower_ in OUTING_ADVERBS):  # ("left early on the day": hung on "on")
            continue
        people = _people(a, event, ("agent",))
        if len(people) != 1 or not any(arg.role == "agent" and _plainly_named(arg.text) for arg in event.args):
            continue  # (a description, "the former", is left to what coreference makes of it)
        joined = {arg.entity for other in events if other.type in JOINING_TYPES and other.polarity == "POS"
                  and other.sentence in (event.sentence, event.sentence - 1) and other.start < event.start
                  and people[0] in _people(a, other, JOINER_ROLES)
                  for arg in other.args if arg.role == "organization" and arg.entity}
        if len(joined) == 1 or _subject_titled_by_body(trigger):
            event.type = "career.resign"


def _subject_titled_by_body(verb: Token) -> bool:
    """"Its founder, X, left a year later", "X, Acme's finance chief, left in May": the one leaving told by a post a
    possessor holds in the subject's own apposition -- the post left (its body filled by `fill_left_bodies`)."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    pairs = [(subject, c) for c in children_of(subject) if c.dep_ == "appos"]
    titles = [t for s, t in pairs if s.pos_ == "PROPN" and t.pos_ == "NOUN"] + [s for s, t in pairs if s.pos_ == "NOUN" and t.pos_ == "PROPN"]
    return any(c.dep_ == "poss" for t in titles for c in children_of(t))


def _plainly_named(text: str) -> bool:
    """A name or a personal pronoun ("X", "he", "she"), not a description ("the former", "the pair")."""
    return text.lower() in ("he", "she") or (text[:1].isupper() and text.split()[0].lower() not in ("the", "a", "an", "his", "her"))


def _people(a: Analysis, event: Event, roles: tuple[str, ...]) -> list[str]:
    out = []
    for arg in event.args:
        entity = a.entity(arg.entity) if arg.role in roles and arg.entity else None
        if entity is not None and entity.type == "PERSON" and entity.id not in out:
            out.append(entity.id)
    return out


def _not_after(start: str | None, when: str | None) -> bool:
    """A body joined at `start` was held at `when` (unknown times allowed)."""
    return not start or not when or not start[:4].isdigit() or not when[:4].isdigit() or start[: len(when)] <= when


def _bodies(a: Analysis, person: str, event: Event, facts: list[Fact], events: list[Event],
            doc: Doc | None = None) -> dict[str, set[str]]:
    """The organisations `person` held a post at before `event`, each with the posts known there."""
    out: dict[str, set[str]] = {}
    moved = {other.id for other in events if other is not event and other.type in JOINING_TYPES and other.sentence == event.sentence
             and (other.time and other.time == event.time and person in _people(a, other, JOINER_ROLES) or other.start == event.start
                  or _joined_next(doc, event, other))}  # "resigned in January after being
    # appointed at Y", "left to coach Y" (the hiring told by the leaving's own verb), "resigned and joined Y": the move's new body
    # (not a successor's: "named chief executive in January 2019 after the abrupt departure of her predecessor, X")
    moved |= {other.id for other in events if other.type in JOINING_TYPES and other.time is None and other.start > event.start
              and _told_as_later(a, other)}  # ("was sacked by Y in February. He has since joined Z": no body held before)
    for fact in facts:
        if fact.events and set(fact.events) <= moved:
            continue
        told_apart = any(not (event.start <= ev.start < event.end) for ev in fact.evidence)  # ("Its chief operating
        # officer, X, quit": the post the leaving ended, told with its body beside it -- over by this leaving, not told as over)
        if fact.relation in BODY_RELATIONS and fact.subject == person and fact.object \
                and (event.id not in fact.events or (fact.relation == "role" and told_apart)) \
                and _not_after(fact.valid_from, event.time) and (fact.valid_to != "PAST_REF" or event.id in fact.events) \
                and not _ended_before(fact.valid_to, event.time) \
                and (e := a.entity(fact.object)) is not None and e.type == "ORG":  # (not a post told as over: "previously worked at")
            out.setdefault(fact.object, set()).update([fact.value.lower()] if fact.value else [])
    for other in events:
        if other is event or other.type not in JOINING_TYPES or other.polarity != "POS" or other.modality not in (None, "conditional") \
                or person not in _people(a, other, JOINER_ROLES) or not _not_after(other.time, event.time) or other.id in moved:
            continue
        for arg in other.args:
            if arg.role == "organization" and arg.entity and (e := a.entity(arg.entity)) is not None and e.type == "ORG":
                out.setdefault(arg.entity, set())
    for arg in event.args:  # "left for Y": Y the body joined, never the one left
        if arg.role == "joined" and arg.entity:
            out.pop(arg.entity, None)
    return out


def _ended_before(end: str | None, when: str | None) -> bool:
    """A post told over in a year before the leaving's ("joined Y from Z in 1990 ... left for W in 1999": not Z left)."""
    return bool(end and when and end[:4].isdigit() and when[:4].isdigit() and end[:4] < when[:4])


LATER_ADVERBS = frozenset({"since", "later", "subsequently"})


def _joined_next(doc: Doc | None, event: Event, other: Event) -> bool:
    """"X resigned and joined Y", "quit in June and joined Y in August": a joining whose verb is coordinated after the
    leaving's is the move that followed it (Y is not the body left)."""
    if doc is None or other.start <= event.start:
        return False
    verb = char_span(doc, event.start, event.end)
    joined = char_span(doc, other.start, other.end)
    return verb is not None and joined is not None and verb.root.pos_ == "VERB" and joined.root.dep_ == "conj" \
        and joined.root.head.i == verb.root.i


def _told_as_later(a: Analysis, event: Event) -> bool:
    """An event whose verb an adverb says came after what was told before ("has since joined", "later joined")."""
    words = a.document.text[max(0, event.start - 40) : event.start].split()
    while words and words[-1].lower() in ("has", "have", "had", "was", "were", "been"):
        words.pop()
    return bool(words) and words[-1].lower() in LATER_ADVERBS


def fill_left_bodies(a: Analysis, facts: list[Fact], events: list[Event], doc: Doc | None = None,
                     main: str | None = None) -> list[Event]:
    """Give each leaving event with no organisation the one body the person held a post at; returns the events filled.
    A leaver the article places at no body at all left `main`, the organisation the article is about, when there is one
    (`_left_main`)."""
    from .extract.career_args import a_post  # (here: career_args needs this module's kin loaded first)

    filled = []
    for event in events:
        if event.type not in LEAVING_TYPES or any(arg.role == "organization" for arg in event.args):
            continue
        people = _people(a, event, LEAVER_ROLES[event.type])
        if len(people) != 1:
            continue
        bodies = _bodies(a, people[0], event, facts, events, doc)
        posts = {arg.text.lower() for arg in event.args if arg.role == "role"}
        if posts:  # "dismissed her finance minister": not from the party he is a member of (unless the post was its)
            bodies = {org: held for org, held in bodies.items() if held & posts or not named_party(a, org)}
        if post_itself_left(event, doc) and any(f.relation == "role" and f.subject == people[0] and f.object is None and a_post(f.value)
                                                and f.valid_to is not None for f in facts):  # "the then-president, Velez, ... now
            bodies = {org: held for org, held in bodies.items() if held}  # teaches at Y ... left office in 2020": the post told
            # over without its body, not the job held now
        if len(bodies) > 1 and posts:  # "resigned as chief executive": the body where that was the post
            bodies = {org: held for org, held in bodies.items() if held & posts}
        if len(bodies) > 1:  # "X, who has led the union since 2016, will leave the post": the body told beside the leaving;
            # "She replaces X, who stepped down": the body where X's successor took the post
            beside = {org: held for org, held in bodies.items() if _told_beside(facts, people[0], org, event)
                      or _succeeded_at(a, facts, events, people[0], org)}
            bodies = beside if len(beside) == 1 else bodies
        if not bodies and main is not None and _left_main(event, main) and not _left_other_kind(a, event, main):
            bodies = {main: set()}
        if own_job_left(doc, event):  # "The pair quit their jobs and built the first version": not the body they founded
            bodies = {org: held for org, held in bodies.items() if not founded_by(a, events, people[0], org)}
        if len(bodies) != 1:
            continue
        arg = _nearest_mention(a, next(iter(bodies)), event)
        if arg is not None:
            event.args.append(arg)
            filled.append(event)
    for event in events:  # "its head of marketing was fired in August": the body left is the one that fires, when no one
        # else is said to
        if event.type != "career.fire" or any(arg.role == "agent" for arg in event.args):
            continue
        body = next((arg for arg in event.args if arg.role == "organization" and (e := a.entity(arg.entity)) is not None
                     and e.type == "ORG"), None)
        if body is not None:
            event.args.append(Argument("agent", body.start, body.end, body.text, body.entity))
    return filled


def own_job_left(doc: Doc | None, event: Event) -> bool:
    """"quit their jobs", "left his job": the leaving of a job the text places nowhere, by its own word."""
    from .extract.certainty import trigger_token

    trigger = trigger_token(doc, event.start, event.end) if doc is not None else None
    return trigger is not None and any(c.dep_ == "dobj" and c.lemma_.lower() == "job" and any(g.dep_ == "poss" for g in children_of(c))
                                       for c in children_of(trigger))


def founded_by(a: Analysis, events: list[Event], person: str, org: str) -> bool:
    """`person` is told founding `org` ("set up in 2022 by X and Y"): a job left to found it was elsewhere."""
    return any(e.type == "business.found" and person in _people(a, e, ("agent",))
               and any(g.role == "organization" and g.entity == org for g in e.args) for e in events)


def _left_main(event: Event, main: str) -> bool:
    """"Two trustees have left. ... X stood down in the autumn", "A second non-executive, X, stepped down": a leaver the
    article places at no body, leaving no post the event names ("resigned as ports minister" says where the post was, if
    not which body), in an article about one organisation, left that organisation -- not one the leaving says is joined
    ("left to become chief executive of Y")."""
    return not any(arg.role == "role" or arg.entity == main for arg in event.args)


# bodies of the state a leaving may name by a noun alone ("left the government in 2020", "the department she leaves")
STATE_BODY_NOUNS = frozenset({"government", "cabinet", "department", "ministry", "parliament", "party", "council", "force", "police",
                              "army", "navy", "administration", "senate", "assembly", "legislature"})


def _left_other_kind(a: Analysis, event: Event, main: str) -> bool:
    """"left the government in 2020" in an article whose most-named body is a newspaper: a body of the state named by a
    noun that the article never uses for its main organisation is another body (not "left the party" in an article
    that calls its party "the party")."""
    entity = a.entity(main)
    nouns = {arg.text.lower().split()[-1] for arg in event.args if arg.role == "left" and not arg.entity and arg.text.split()}
    told = {m.text.lower().split()[-1] for m in entity.mentions if m.text.split()} if entity is not None else set()
    return bool(nouns & STATE_BODY_NOUNS) and not nouns & told


def post_itself_left(event: Event, doc: Doc | None) -> bool:
    """"left office", "stood down from the post", "quit the role": the post itself is what the leaving names."""
    nouns = frozenset(config()["tenure"]["taken_post_nouns"]) | frozenset(config()["tenure"]["charge_nouns"])
    if any(g.role in ("left", "organization") and not g.entity and g.text.split() and g.text.lower().split()[-1] in nouns
           for g in event.args):
        return True
    span = char_span(doc, event.start, event.end) if doc is not None else None
    if span is None or len(span) == 0 or span.root.pos_ != "VERB":
        return False
    left = [c for c in children_of(span.root) if c.dep_ == "dobj"] + [
        g for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "from" for g in children_of(c) if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in nouns and not any(c.dep_ in ("poss", "compound", "amod") for c in children_of(t)) for t in left)


def _told_beside(facts: list[Fact], person: str, org: str, event: Event) -> bool:
    """The person's post or job at `org` is told in the sentence of `event`."""
    return any(f.subject == person and f.object == org and f.relation in BODY_RELATIONS
               and any(ev.sentence == event.sentence for ev in f.evidence) for f in facts)


def _succeeded_at(a: Analysis, facts: list[Fact], events: list[Event], person: str, org: str) -> bool:
    """The person's post at `org` is known from someone else's appointment or hiring there (a successor's)."""
    others = {e.id for e in events if e.type in JOINING_TYPES and person not in _people(a, e, JOINER_ROLES)
              and any(arg.role == "organization" and arg.entity == org for arg in e.args)}
    return any(f.subject == person and f.object == org and f.relation in BODY_RELATIONS and set(f.events) & others for f in facts)


def _posts(person: str, facts: list[Fact], event: Event) -> dict[str, set[str]]:
    """The person's posts the article gives as not ended, other than what only `event` itself
    says ("succeeded the founder"): title -> the bodies told with it."""
    out: dict[str, set[str]] = {}
    for fact in facts:
        if fact.relation == "role" and fact.subject == person and fact.value and fact.valid_to is None \
                and any(not (event.start <= ev.start < event.end) for ev in fact.evidence):
            out.setdefault(fact.value.lower(), set()).update([fact.object] if fact.object else [])
    return out


def _nearest_mention(a: Analysis, entity_id: str, event: Event) -> Argument | None:
    entity = a.entity(entity_id)
    names = [m for m in entity.mentions if m.kind == "name"] if entity is not None else []
    if not names:
        return None
    m = min(names, key=lambda m: (m.start > event.start, abs(m.start - event.start)))
    return Argument("organization", m.start, m.end, m.text, entity_id)


NEW_POST_WORDS = frozenset({"new", "next", "incoming", "interim", "acting", "first", "permanent", "future"})


def _object_described(doc: Doc, event: Event, person: str, facts: list[Fact]) -> bool:
    """"named X, the head coach of Y, as his successor": the post told beside an object of the
    appointing verb, in its own sentence, is the one held before (not "The team's general manager,
    X, was appointed": a subject's)."""
    arg = next((x for x in event.args if x.role == "patient" and x.entity == person), None)
    span = char_span(doc, arg.start, arg.end) if arg is not None else None
    if span is not None and span.root.dep_ == "appos" and span.root.head.dep_ in ("dobj", "oprd") and span.root.head.pos_ == "NOUN" \
            and not any(c.lower_ in NEW_POST_WORDS for c in children_of(span.root.head) if c.dep_ == "amod"):
        return True  # "appointed its finance chief, X, to run the company": the post X held (not "its new finance chief, X")
    if span is None or span.root.pos_ != "PROPN" or span.root.dep_ not in ("dobj", "pobj", "conj", "oprd", "dative"):
        return False
    return any(f.subject == person and f.relation == "role" and any(ev.sentence == event.sentence for ev in f.evidence)
               for f in facts)


def fill_posts(a: Analysis, facts: list[Fact], events: list[Event], doc: Doc | None = None) -> None:
    for event in events:
        if event.type != "career.appoint" or event.polarity != "POS":
            continue
        people = _people(a, event, ("patient",))
        held = [arg.text.lower() for arg in event.args if arg.role == "role"]
        stopgap = any(t.split()[0] in STOPGAP_WORDS for t in held if t.split())
        if len(people) != 1 or (doc is not None and not stopgap and _object_described(doc, event, people[0], facts)):
            continue  # (the post told beside the one named is held before; a stopgap post is at the same body)
        posts = _posts(people[0], facts, event)
        has_body = any(arg.role == "organization" for arg in event.args)
        if not held and len(posts) == 1:
            title, bodies = next(iter(posts.items()))
            event.args.append(Argument("role", event.start, event.end, title))
            held = [title]
            _dated_by(facts, event, people[0], title, bodies)
        if held and not has_body:
            bodies = {org for title in held for org in posts.get(title, ())}
            if not bodies and not (event.lemma in PROMOTING or stopgap) and not any(g.role in ("predecessor", "place") for g in event.args) \
                    and not any(" of " in t for t in held):
                # (a successor takes the body the predecessor leaves, `successor_bodies`; "director of its centre" tells a
                # body, if unnamed; "named commander of the Space Shuttle Columbia" a post of a place or a craft)
                bodies = _described_bodies(a, facts, event, people[0])
                for fact in facts if len(bodies) == 1 else []:  # the new post held there too
                    if fact.relation == "role" and fact.object is None and event.id in fact.events:
                        fact.object = next(iter(bodies))
            if not bodies and (event.lemma in PROMOTING or stopgap):
                # "was promoted to chief operating officer", "has been named interim chief executive": where she works
                bodies = {f.object for f in facts if f.relation in ("employee", "member") and f.subject == people[0] and f.object
                          and f.valid_to is None and event.id not in f.events and _not_after(f.valid_from, event.time)}
                for fact in facts if len(bodies) == 1 and event.lemma in PROMOTING else []:  # (a stopgap's post keeps no
                    # body: the article may end the person's old posts there by an earlier leaving)
                    if fact.relation == "role" and fact.object is None and event.id in fact.events:
                        fact.object = next(iter(bodies))
            arg = _nearest_mention(a, next(iter(bodies)), event) if len(bodies) == 1 else None
            if arg is not None:
                event.args.append(arg)


def _described_bodies(a: Analysis, facts: list[Fact], event: Event, person: str) -> set[str]:
    """"X, the company's chief operating officer, was named CEO": a post named with no body, given someone described in
    its own sentence by a post they hold now at one body (no party, no place), is at that body -- a promotion inside it."""
    bodies = {f.object for f in facts if f.relation == "role" and f.subject == person and f.object and f.valid_to is None
              and event.id not in f.events and any(ev.sentence == event.sentence for ev in f.evidence)}
    entity = a.entity(next(iter(bodies))) if len(bodies) == 1 else None
    return bodies if entity is not None and entity.type == "ORG" and not party_name(entity.name) else set()


def successor_bodies(a: Analysis, facts: list[Fact], events: list[Event]) -> list[tuple[Event, str]]:
    """"Its finance chief, X, will retire at the end of March ... She will be replaced by Y": an appointment naming a
    predecessor and no body is at the one body the predecessor's told leavings name (else the one body of the
    predecessor's post of the appointment's title); the successor's post from it is held there.  Run once leavings have
    their bodies (`fill_left_bodies`).  Returns each appointment so given a body, with the body."""
    out = []
    for event in events:
        if event.type != "career.appoint" or event.polarity != "POS" or any(g.role == "organization" for g in event.args):
            continue
        before = _people(a, event, ("predecessor",))
        if len(before) != 1:
            continue
        bodies = {g.entity for left in events if left.type in LEAVING_TYPES and left.polarity == "POS"
                  and before[0] in _people(a, left, LEAVER_ROLES[left.type]) for g in left.args if g.role == "organization" and g.entity}
        if not bodies:
            titles = {g.text.lower() for g in event.args if g.role == "role"}
            bodies = {f.object for f in facts if f.relation == "role" and f.subject == before[0] and f.object
                      and (f.value or "").lower() in titles}
        entity = a.entity(next(iter(bodies))) if len(bodies) == 1 else None
        arg = _nearest_mention(a, entity.id, event) if entity is not None and entity.type in ("ORG", "GPE") else None
        if arg is None:
            continue
        event.args.append(arg)
        out.append((event, entity.id))
        for fact in facts:
            if fact.relation == "role" and fact.object is None and event.id in fact.events:
                fact.object = entity.id
    return out


def _dated_by(facts: list[Fact], event: Event, person: str, title: str, bodies: set[str]) -> None:
    """"Darrenland's head coach, X ... was appointed by the federation in November 2023": the one post held,
    undated, that a dated appointment naming no post is taken to give, is held since the appointment (at the
    body the post is told of, when the appointment names one)."""
    from .extract.career_args import a_post  # (career_args reads titles, which read this module)

    if not _factual(event) or not _dated(event.time) or not a_post(title) or any(x.role == "joined" for x in event.args):
        return  # (a calling, "a banker", is not what an appointment gives; "joined the cabinet in 2022" dates no post)
    appointing = {arg.entity for arg in event.args if arg.role in ("organization", "agent") and arg.entity}
    if bodies and not bodies & appointing:
        return  # (appointed by another body than the one the post is held at; a post told of no body is the one the
        # appointing body gives: "their coach, X, ... when the club appointed him in 2003")
    for fact in facts:
        if fact.relation == "role" and fact.subject == person and (fact.value or "").lower() == title \
                and not fact.valid_from and fact.valid_to is None and event.id not in fact.events:
            fact.valid_from = event.time
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            fact.events.append(event.id)


def named_party(a: Analysis, entity_id: str) -> bool:
    """An organisation whose name says it is a political party ("the Centre Party", "the Tories")."""
    entity = a.entity(entity_id)
    return entity is not None and party_name(entity.name)


SEAT_PREFIXES = ("member of parliament", "member of congress", "member for ")  # "the member for Tamsworth North"


def a_seat(post: str | None) -> bool:
    """A legislator's seat ("MP", "senator", "the member for Tamsworth North"), held beside any post in government."""
    value = (post or "").lower()
    return value in LEGISLATOR_SEATS or value.startswith(SEAT_PREFIXES)


def seat_kept(a: Analysis, fact: Fact, titles: Collection[str] = (), fired: bool = False) -> bool:
    """A legislator's seat told with the party ("the National Party MP X"): leaving the party (defecting, crossing the
    floor) keeps the seat, and a sacking keeps any seat ("served as farming minister until he was sacked": the minister's
    post is lost, not the seat) -- unless the leaving names the seat itself ("quit as an MP")."""
    value = (fact.value or "").lower()
    return fact.relation == "role" and a_seat(value) and value not in titles \
        and (fired or (fact.object is not None and named_party(a, fact.object)))


BOARD_NOUNS = frozenset({"board", "staff"})
STAFF_KINDS = frozenset({"coaching", "backroom", "medical", "technical", "teaching", "editorial", "nursing", "senior", "management"})
BOARD_TYPES = frozenset({"career.appoint", "career.hire", "career.resign", "career.retire"})
BOARD_PREPS = frozenset({"to", "from", "on", "onto", "off"})
BOARD_ROLES = frozenset({"agent", "role", "body", "left", "joined"})


def _bare_board(noun: Token) -> bool:
    """"the board", "its board", "the coaching staff": a company's board (or a club's staff) named by no body of its own
    ("the board of X", "the Y board")."""
    return noun.lemma_.lower() in BOARD_NOUNS and noun.pos_ == "NOUN" and all(
        (c.dep_ == "det" and c.lower_ in ("the", "its")) or (c.dep_ == "poss" and c.lower_ == "its")
        or (c.dep_ in ("compound", "amod") and c.lower_ in STAFF_KINDS)  # ("joined the coaching staff in 2017")
        for c in children_of(noun) if c.dep_ not in ("punct", "amod") or noun.lemma_.lower() == "staff")


def board_bodies(a: Analysis, events: list[Event], doc: Doc | None) -> None:
    """"On Monday the board appointed X as chief executive", "X stepped down from the board on Friday", "X, appointed to
    the board in 2011": an appointment, hiring or leaving whose body is only "the board" is of the organisation the
    article is about (named at least twice as often as any other), when there is one."""
    from .resolve_clauses import main_organisation  # (resolve_clauses reads teams, which read this module)

    main = main_organisation(a) if doc is not None else None
    if main is None or doc is None:
        return
    for event in events:
        if event.type not in BOARD_TYPES or any(arg.role == "organization" for arg in event.args):
            continue
        spans = [char_span(doc, arg.start, arg.end) for arg in event.args
                 if arg.role in BOARD_ROLES and not arg.entity]
        nouns = [span.root for span in spans if span is not None and len(span)]
        trigger = char_span(doc, event.start, event.end)
        if trigger is not None and len(trigger):
            nouns += [o for p in children_of(trigger.root) if p.dep_ == "prep" and p.lower_ in BOARD_PREPS
                      for o in children_of(p) if o.dep_ == "pobj"]
        if not any(_bare_board(noun) for noun in nouns):
            continue
        arg = _nearest_mention(a, main, event)
        if arg is not None:
            event.args.append(arg)
