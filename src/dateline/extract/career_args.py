"""Arguments of career events that the dependency frames leave out or get wrong (used by `events`):

- the post someone leaves, named by a title next to their name: "The chief operating officer, X,
  resigned", "X, the interior minister, resigned", "the foreign minister, X, who quit ...",
  "Finance chief X stepped down" -- the resignation, firing or retirement is from that post;
- a person is no organisation: "X, who stepped down in October" reads the relative clause's head
  as the verb's object, which a resignation maps to the organisation left; and no one hires or
  fires themselves ("X, the club's manager, was sacked" copies the post's holder into the agent);
- the post of "appointed X manager", "appointed him manager" (no preposition to frame it);
- "now" is no time of an appointment: "X, now deputy leader, was promoted" dates a state, so the
  event's time is unknown rather than PRESENT_REF;
- the organisation named by a short form (`career_orgs`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Analysis, Argument, Event
from ..resolve_titles import title_value
from .career_orgs import CAREER_TYPES, full_organisations

LEAVING_TYPES = frozenset({"career.resign", "career.fire", "career.retire"})
LEAVER_ROLES = {"career.resign": ("agent",), "career.retire": ("agent",), "career.fire": ("patient",)}
AGENT_LEAVES = frozenset({"career.resign", "career.retire"})
NOT_PERSON_ROLES = frozenset({"organization", "left", "joined", "club", "body"})
UNDATED = frozenset({"PRESENT_REF"})
POST_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp"})


def _title_token(name: Token) -> Token | None:
    """The title noun standing with a person's name: its apposition either way round, or a
    compound before it ("Finance chief X")."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        return name.head  # "The chief operating officer, X,"
    for child in name.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child  # "X, the interior minister,"
    compounds = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < name.i]
    return compounds[-1] if compounds else None


def _name_token(doc: Doc, arg: Argument) -> Token | None:
    span = doc.char_span(arg.start, arg.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.pos_ == "PRON" and root.dep_ == "nsubj" and root.tag_ == "WP":  # "X, who quit": the clause's head
        return root.head.head if root.head.dep_ == "relcl" else None
    return root


def _left_post(doc: Doc, event: Event) -> Argument | None:
    """The title of the one who leaves, as a `role` argument."""
    for arg in event.args:
        if arg.role not in LEAVER_ROLES.get(event.type or "", ()) or not arg.entity:
            continue
        name = _name_token(doc, arg)
        if name is None or name.pos_ != "PROPN":
            continue
        title = _title_token(name)
        value = title_value(title) if title is not None else None
        if value is not None and title is not None:
            return Argument("role", title.idx, title.idx + len(title.text), value)
    return None


def _named_post(doc: Doc, event: Event) -> Argument | None:
    """"appointed X manager" (parsed as one noun phrase, the name a compound of the title) and
    "appointed him manager" (the title a second complement): the post as a `role` argument."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or span.root.pos_ != "VERB":
        return None
    people = {(a.start, a.end) for a in event.args if a.role == "patient" and a.entity}
    for child in span.root.children:
        if child.dep_ not in POST_DEPS or child.pos_ != "NOUN" or child.ent_type_:
            continue
        named = [c for c in child.children if c.dep_ == "compound" and c.pos_ in ("PROPN", "PRON")]  # "him manager" too
        if child.dep_ == "dobj" and not any(any(s <= c.idx < e for s, e in people) for c in named):
            continue  # "appointed a manager": the post of no one named here
        value = title_value(child)
        if value:
            return Argument("role", child.idx, child.idx + len(child.text), value)
    return None


def career_arguments(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """Fill and correct the arguments of career events in place."""
    if not any(e.type in CAREER_TYPES for e in events):
        return
    people = {e.id for e in analysis.entities if e.type == "PERSON"}
    for event in events:
        if event.type not in CAREER_TYPES:
            continue
        event.args = [a for a in event.args if not (a.role in NOT_PERSON_ROLES and a.entity in people)]
        movers = {a.entity for a in event.args if a.role in LEAVER_ROLES.get(event.type, ("patient",)) and a.entity}
        event.args = [a for a in event.args if not ((a.role in NOT_PERSON_ROLES or (a.role == "agent" and event.type not in AGENT_LEAVES))
                                                    and a.entity in movers)]  # no one hires or fires themselves
        if event.time in UNDATED:
            event.time, event.timex, event.time_source = None, None, None
        if event.type == "career.appoint" and not any(a.role == "role" for a in event.args):
            post = _named_post(doc, event)
            if post is not None:
                event.args.append(post)
        if event.type in LEAVING_TYPES and not any(a.role == "role" for a in event.args):
            post = _left_post(doc, event)
            if post is not None:
                event.args.append(post)
    full_organisations(events, analysis, doc)
