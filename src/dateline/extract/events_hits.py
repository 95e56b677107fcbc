"""Triggers and their argument frames: one run of the schema's matcher over a document.

Every verb or noun a frame pattern matches is a candidate trigger with its hits (frame name and
argument token, or a type pattern's role); typed event nouns no frame matched are candidates too
("The lawsuit, filed on Monday, ..."), found from the lemma array without a Token per word.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..nlp import strings, tokens
from .events_schema import Frame, Schema, matcher, schema


@dataclass(slots=True)
class Hit:
    frame: str  # frame name, or "" for a type's own pattern
    arg: Token
    role: str = ""  # set for a type's own pattern
    type_name: str = ""


def _frame_names(frame: Frame, named_by: int, trigger: int, doc: Doc, sch: Schema) -> tuple[str, ...]:
    """The frames a match of `frame` stands for: itself, or those its naming token's label or word picks (`named_by`: that
    token's index)."""
    if frame.name_by is None:
        return (frame.name,)
    label = strings(doc, "dep" if frame.name_by[1] == "dep" else "lower")[named_by]
    pos = strings(doc, "pos")[trigger]
    return tuple(n for n in frame.names.get(label, ()) if pos in sch.frames[n].pos)


# match key -> what `collect_hits` reads of its matches, by position among the matched tokens (the trigger is the
# first): for a frame, (the frame, the argument's position, the naming token's position or -1); for a type's own
# pattern, (type name, role, the role's position or -1 when the pattern has no such node).  The same for every doc of
# one matcher, so made once per key.
_PLANS: dict[str, tuple[Frame, int, int] | tuple[str, str, int]] = {}


def _plan(key: str, names: list[str], sch: Schema) -> tuple[Frame, int, int] | tuple[str, str, int]:
    plan = _PLANS.get(key)
    if plan is None:
        if key.startswith("frame:"):
            frame = sch.frames[key[6:]]
            plan = (frame, names.index("arg"), names.index(frame.name_by[0]) if frame.name_by is not None else -1)
        else:
            _, type_name, role, _ = key.split(":")
            plan = (type_name, role, names.index(role) if role in names else -1)
        _PLANS[key] = plan
    return plan


def collect_hits(doc: Doc) -> dict[int, list[Hit]]:
    sch = schema()
    dm, nodes = matcher(doc.vocab)
    hits: dict[int, list[Hit]] = defaultdict(list)
    seen: set[tuple[str, int, int]] = set()
    listed = tokens(doc)  # the cached Token objects, not a new one per hit
    for key, token_ids in dm(doc):
        plan = _plan(key, nodes[key], sch)
        trigger = token_ids[0]  # (every pattern's first node)
        if isinstance(plan[0], Frame):
            frame_of, at, named_at = plan
            arg = token_ids[at]
            for frame in _frame_names(frame_of, token_ids[named_at], trigger, doc, sch):
                if (frame, trigger, arg) not in seen:
                    seen.add((frame, trigger, arg))
                    hits[trigger].append(Hit(frame, listed[arg]))
        else:
            type_name, role, at = plan
            if at >= 0 and (f"{type_name}:{role}", trigger, token_ids[at]) not in seen:
                seen.add((f"{type_name}:{role}", trigger, token_ids[at]))
                hits[trigger].append(Hit("", listed[token_ids[at]], role, type_name))
    return hits


def with_event_nouns(doc: Doc, hits: dict[int, list[Hit]], sch: Schema) -> dict[int, list[Hit]]:
    """Typed event nouns matched by no frame are triggers too ("The lawsuit, filed on Monday, ..."
    tells the time of the suit told before); found from the lemma array, no Token per word."""
    wanted = sch.by_noun
    for i, lemma in enumerate(strings(doc, "lemma")):
        if lemma in wanted and i not in hits:
            hits[i] = []
    return hits
