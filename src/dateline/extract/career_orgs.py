"""The organisation a career event names by a short form (used by `events`).

News names an employer in full once and then by a part of its name: "the University of
Edinburgh" ... "joined Edinburgh in 2016"; "Grolbrook Town FC" ... "joined Grolbrook in 1995".  The
short form is often a place name, so the entity layer keeps it apart (rightly: "moved to Edinburgh"
is the city).  In the organisation slot of a hiring, appointment, firing or resignation, a name
that is a whole-word part of exactly one longer organisation name of the same article stands for
that organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Analysis, Argument, Entity, Event
from ..nlp import char_span, children_of
from .entity_lexicon import lexicon

CAREER_TYPES = frozenset({"career.hire", "career.appoint", "career.fire", "career.resign", "career.retire"})
ORG_ROLES = frozenset({"organization", "agent", "joined", "left", "club", "body"})
SHORT_TYPES = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP"})


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("’", "'").split())


def _contains(longer: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return len(longer) > n and any(longer[i : i + n] == short for i in range(len(longer) - n + 1))


# the town-named heads (`town_named_heads`) that are no newspaper's: a place's force, council, hospital or airport
PLACE_BODY_HEADS = frozenset({"police", "constabulary", "magistrates", "magistrates'", "council", "infirmary", "airport", "cathedral"})


def _paper_of_place(org: Entity, words: tuple[str, ...]) -> bool:
    """"the Lusmark Herald", "the Evening Post": a newspaper named by a place and a masthead word -- the bare place
    name ("won 61 caps for Lusmark"), or the masthead word alone of another paper, is not that paper."""
    rest = [w for w in _words(org.name) if w not in words and w != "the"]
    return bool(rest) and all(w in lexicon().town_named_heads and w not in PLACE_BODY_HEADS for w in rest)


def _body_of_its_people(org: Entity, words: tuple[str, ...]) -> bool:
    """"the Castlebridge Rovers Supporters' Trust", "the Harland Steel Workers' Union": a longer name that goes on from
    the short one with a possessive names the body of its people, not the club or firm itself."""
    longer = _words(org.name)
    start = next((i for i in range(len(longer) - len(words) + 1) if longer[i : i + len(words)] == words), None)
    return len(words) > 1 and start is not None and any(w.endswith(("'", "’", "'s", "’s")) for w in longer[start + len(words):])


def full_form(short: Entity, orgs: list[Entity]) -> Entity | None:
    words = _words(short.name)
    if not words or len(words) > 3:
        return None
    found = sorted((o for o in orgs if o.id != short.id and _contains(_words(o.name), words) and not _paper_of_place(o, words)
                    and not _body_of_its_people(o, words)),
                   key=lambda o: -len(o.mentions))
    if len(found) > 1 and len(found[0].mentions) > 2 * len(found[1].mentions):
        return found[0]  # "Grolbrook": the club named five times, not the Grolbrook Gazette named once
    return found[0] if len(found) == 1 else None


def _described(doc: Doc, arg: Argument, orgs: list[Entity]) -> Entity | None:
    """"the Bremen institute": the one organisation whose name has both the place and the noun
    (the Bremen Institute of Molecular Biology), whatever the nominal was joined to."""
    span = char_span(doc, arg.start, arg.end)
    if span is None or span.root.pos_ != "NOUN":
        return None
    names = [c.lower_ for c in children_of(span.root) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    found = [o for o in orgs if span.root.lower_ in _words(o.name) and all(n in _words(o.name) for n in names)]
    return found[0] if len(found) == 1 else None


def full_organisations(events: list[Event], analysis: Analysis, doc: Doc | None = None) -> None:
    """Point the organisation arguments of career events at the organisation their short name
    is part of ("joined Edinburgh" -> the University of Edinburgh named earlier or later)."""
    if not any(e.type in CAREER_TYPES for e in events):
        return
    for event in events:
        for arg in event.args if event.type in CAREER_TYPES else ():
            if arg.role in ORG_ROLES and arg.entity and arg.text.lower().startswith(("a ", "an ")) and arg.text.split()[-1].islower() \
                    and (entity := analysis.entity(arg.entity)) is not None and entity.type != "PERSON":
                arg.entity = None  # "his job at a Quaystone bank": a body the article does not name, not the town nor a
                # body named after it
    orgs = [e for e in analysis.entities if e.type == "ORG" and len(_words(e.name)) > 1]
    if not orgs:
        return
    by_id = {e.id: e for e in analysis.entities}
    cache: dict[str, Entity | None] = {}
    for event in events:
        if event.type not in CAREER_TYPES:
            continue
        for arg in event.args:
            described = _described(doc, arg, orgs) if doc is not None and arg.role in ORG_ROLES else None
            if described is not None:
                arg.entity = described.id
                continue
            entity = by_id.get(arg.entity) if arg.role in ORG_ROLES and arg.entity else None
            if entity is None or entity.type not in SHORT_TYPES:
                continue
            if entity.id not in cache:
                cache[entity.id] = full_form(entity, orgs)
            full = cache[entity.id]
            if full is not None:
                arg.entity = full.id
