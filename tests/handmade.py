"""Analyses whose entities and timexes are written by hand, so a test pins one later stage alone."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dateline.model import Analysis, Document, Entity, Event, Mention, Sentence, Timex

Names = dict[str, dict[str, list[str]]]  # entity type -> full name -> other forms it goes by


def build(
    language: Any, text: str, names: Names, times: dict[str, str] | None = None, dct: str = "2024-03-14"
) -> tuple[Any, Analysis]:
    """Parse `text` and mark every occurrence of the given names and time phrases."""
    doc = language(text)
    analysis = Analysis(Document.make(text, dct))
    analysis.sentences = [Sentence(i, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    taken: list[tuple[int, int]] = []
    found = {name: Entity("", kind, name) for kind, table in names.items() for name in table}
    for full_names in (True, False):  # full names first, so "Smith" inside "Leo Smith" is Leo's
        for table in names.values():
            for name, aliases in table.items():
                for form in [name] if full_names else aliases:
                    for m in re.finditer(rf"\b{re.escape(form)}\b", text):
                        if any(s <= m.start() < e for s, e in taken):
                            continue
                        taken.append((m.start(), m.end()))
                        sentence = analysis.sentence_at(m.start())
                        found[name].mentions.append(Mention(m.start(), m.end(), form, sentence.index if sentence else 0))
    for entity in found.values():
        if entity.mentions:
            entity.id = f"E{len(analysis.entities) + 1}"
            entity.mentions.sort(key=lambda m: m.start)
            analysis.entities.append(entity)
    for n, (phrase, value) in enumerate((times or {}).items(), 1):
        for m in re.finditer(re.escape(phrase), text):
            analysis.timexes.append(Timex(m.start(), m.end(), phrase, "DATE", value, tid=f"t{n}"))
    return doc, analysis


def fills(analysis: Analysis, event: Event, role: str, want: str) -> bool:
    """Some argument of `event` in `role` is the entity named `want` or has it in its text."""
    for arg in event.args:
        if arg.role != role:
            continue
        entity = analysis.entity(arg.entity)
        if (entity and entity.name == want) or want.lower() in arg.text.lower():
            return True
    return False


def assert_event(analysis: Analysis, type_name: str, want: dict[str, str]) -> None:
    """An event of `type_name` is found, and one of them fills every role of `want`."""
    found = [e for e in analysis.events if e.type == type_name]
    assert found, f"no {type_name} in {[(e.type, e.lemma) for e in analysis.events]}"
    best = max(found, key=lambda e: sum(fills(analysis, e, r, w) for r, w in want.items()))
    missing = {r: w for r, w in want.items() if not fills(analysis, best, r, w)}
    assert not missing, f"{type_name} lacks {missing}: {[(a.role, a.text) for a in best.args]}"


def assert_no_event(analysis: Analysis, type_name: str) -> None:
    """No event of `type_name` is found (another sense of the same words)."""
    assert not [e for e in analysis.events if e.type == type_name], [(e.type, e.lemma) for e in analysis.events]


PIPELINE_DCT = "2024-05-06"  # a Monday: the article date of the invented sentences run through the pipeline


@cache
def analyzed(text: str, dct: str = PIPELINE_DCT) -> Analysis:
    """The whole pipeline's analysis of an invented text (cached: several checks share one)."""
    from dateline.pipeline import analyze

    return analyze(text, dct)


def typed(analysis: Analysis, kind: str) -> list[Event]:
    """The analysis's events of one type."""
    return [e for e in analysis.events if e.type == kind]


def timed_events(a: Analysis, kind: str) -> list[tuple[str | None, dict[str, str], str]]:
    """Each event of one type: its time, its arguments by role (the entity's name, else the text) and its polarity."""
    return [(e.time, {g.role: (ent.name if g.entity and (ent := a.entity(g.entity)) else g.text) for g in e.args}, e.polarity)
            for e in typed(a, kind)]


def facts_by_pair(a: Analysis, relation: str) -> dict[tuple[str, str | None], tuple[str | None, str | None]]:
    """The analysis's facts of one relation: (subject name, object name or value) -> (valid from, valid to)."""
    out = {}
    for f in a.facts:
        if f.relation == relation:
            other = a.entity(f.object).name if f.object and a.entity(f.object) else f.value
            out[(a.entity(f.subject).name, other)] = (f.valid_from, f.valid_to)
    return out


def entity_types(a: Analysis) -> dict[str, str]:
    """Each entity's name and type."""
    return {e.name: e.type for e in a.entities}


def event_args(a: Analysis, kind: str) -> list[dict[str, str]]:
    """The arguments (role -> text) of each event of a type."""
    return [{g.role: g.text for g in e.args} for e in a.events if e.type == kind]


def named_args(a: Analysis, kind: str) -> list[dict[str, str | None]]:
    """Each typed event of a kind: role -> the name of the entity that fills it (its text where none does), the first
    argument of each role."""
    out = []
    for e in typed(a, kind):
        row: dict[str, str | None] = {}
        for g in e.args:
            entity = a.entity(g.entity) if g.entity else None
            row.setdefault(g.role, entity.name if entity else g.text)
        out.append(row)
    return out


def role_texts(a: Analysis, kind: str, role: str) -> list[list[str]]:
    """For each typed event of a kind, the texts of its arguments in a role."""
    return [[g.text for g in e.args if g.role == role] for e in typed(a, kind)]


def event_names(a: Analysis, kind: str, role: str) -> list[str | None]:
    """For each event of a type, the name of the entity in a role (None where no entity fills it)."""
    out = []
    for e in a.events:
        if e.type != kind:
            continue
        ent = next((a.entity(g.entity) for g in e.args if g.role == role and g.entity), None)
        out.append(ent.name if ent else None)
    return out


def posts(a: Analysis, person: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """The person's role facts: value -> (body, from, to)."""
    return {f.value: (a.entity(f.object).name if f.object else None, f.valid_from, f.valid_to)
            for f in a.facts if f.relation == "role" and a.entity(f.subject).name == person}


def jobs(a: Analysis, person: str, relation: str = "employee") -> dict[str, tuple[str | None, str | None]]:
    """The person's employments (or memberships): body -> (from, to)."""
    return {a.entity(f.object).name: (f.valid_from, f.valid_to) for f in a.facts
            if f.relation == relation and a.entity(f.subject).name == person and f.object}


def repaired(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Any:
    """The model's parse of a sentence (other words), rebuilt as a Doc, after the parse repairs that run before the
    recogniser."""
    from spacy.tokens import Doc

    from dateline import nlp

    return nlp.verbs_with_objects(Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, tags=tags))
