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


def _frame_names(frame: Frame, bound: dict[str, int], doc: Doc, sch: Schema) -> tuple[str, ...]:
    if frame.name_by is None:
        return (frame.name,)
    node, attr = frame.name_by
    label = strings(doc, "dep" if attr == "dep" else "lower")[bound[node]]
    pos = strings(doc, "pos")[bound["trigger"]]
    return tuple(n for n in frame.names.get(label, ()) if pos in sch.frames[n].pos)


def collect_hits(doc: Doc) -> dict[int, list[Hit]]:
    sch = schema()
    dm, nodes = matcher(doc.vocab)
    hits: dict[int, list[Hit]] = defaultdict(list)
    seen: set[tuple[str, int, int]] = set()
    listed = tokens(doc)  # the cached Token objects, not a new one per hit
    for key, token_ids in dm(doc):
        names = nodes[key]
        bound = dict(zip(names, token_ids, strict=True))
        trigger = bound["trigger"]
        if key.startswith("frame:"):
            arg = bound["arg"]
            for frame in _frame_names(sch.frames[key[6:]], bound, doc, sch):
                if (frame, trigger, arg) not in seen:
                    seen.add((frame, trigger, arg))
                    hits[trigger].append(Hit(frame, listed[arg]))
        else:
            _, type_name, role, _ = key.split(":")
            if role in bound and (f"{type_name}:{role}", trigger, bound[role]) not in seen:
                seen.add((f"{type_name}:{role}", trigger, bound[role]))
                hits[trigger].append(Hit("", listed[bound[role]], role, type_name))
    return hits


def with_event_nouns(doc: Doc, hits: dict[int, list[Hit]], sch: Schema) -> dict[int, list[Hit]]:
    """Typed event nouns matched by no frame are triggers too ("The lawsuit, filed on Monday, ..."
    tells the time of the suit told before); found from the lemma array, no Token per word."""
    wanted = sch.by_noun
    for i, lemma in enumerate(strings(doc, "lemma")):
        if lemma in wanted and i not in hits:
            hits[i] = []
    return hits
