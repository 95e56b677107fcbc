"""The entities stage: named entities, repaired and clustered, with in-document coreference.

`run(doc, analysis, options)` fills `analysis.entities`: one `Entity` per real-world entity
("E1", "E2", ... in order of first mention), each with every mention (name, title, nominal,
pronoun; mentions never overlap) and attributes.  Later stages link to entities through
`entity_for_span` and `entity_for_token`.

Attributes (`Entity.attrs`), each present only when the text supports it:
- `gender`: "female" | "male" (people only);
- `age`, `age_as_of` (the article date), `birth_year_approx` (= year of `age_as_of` - age);
- `roles`: descriptor nouns as written ("climate activist", "husband", "chief executive");
- `members`: for a group of people ("the couple", "they" after "X and Y"), the member ids; such
  a group is an Entity of type PERSON named after its members ("Jane Doe and John Roe").

Pipeline: `names` (NER spans, repaired labels) -> `clusters` (one cluster per named entity) ->
`entity_attrs` (roles, ages, gender evidence) -> `coref` (pronouns, nominals, quotations) ->
`entity_ages` (ages next to any mention: "the singer, 31,", "She was 81.").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Analysis, Entity, Mention
from ..nlp import sentences, strings, tokens
from .aliases import merge_aliases
from .clusters import KIND_RANK, ClusterTable, cluster_names
from .coref import resolve
from .entity_ages import collect_ages
from .entity_attrs import collect_attributes
from .first_names import is_first_name
from .names import NameSpan, find_names


def _words_of(name: tuple[str, ...]) -> int:
    """The words of a name, a hyphened surname one word ("Ashby - Prowse")."""
    hyphens = sum(1 for w in name if w in ("-", "–"))
    return len(name) - 2 * hyphens


def _longest_name(cluster_names: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The first name told of two words or more ("Dorothea Lammercott", not the birth name "Born Dorothea Ashby-Prowse" or
    "Philippa Jane Tate was born" told later), but one that runs on from it ("Ana Corcoran-Mbatha" after "Ana Corcoran");
    of one-word names only, the first."""
    most = max(_words_of(n) for n in cluster_names)
    tied = [n for n in cluster_names if _words_of(n) >= min(most, 2)]
    best = tied[0]
    for name in tied[1:]:
        if len(name) > len(best) and (name[: len(best)] == best or (name[0] == "The" and name[1:] == best)):
            best = name  # (or "The Weight of Small Boats" after "Weight of Small Boats")
    return best


def _canonical_name(cluster_names: list[tuple[str, ...]], texts: list[str], person: bool = False) -> str:
    if cluster_names:
        best = _longest_name(cluster_names)
        # keep the document's own spacing ("Women's", "St. Louis"), and its own casing rather than a dateline's
        # capitals ("GOTHENBURG —" then "in Gothenburg")
        for text in sorted(texts, key=str.isupper):
            if text.casefold().split() == [w.casefold() for w in best] or text.replace(" ", "") == "".join(best):
                first, _, rest = text.partition(" ")
                if person and rest and len(first) > 2 and first.isupper() and is_first_name(first.title()):
                    return f"{first.title()} {rest}"  # "OTTOLINE Fairweather-Achebe" opening a story: Ottoline (a
                    # person's: "LIN Broadcasting" keeps its capitals)
                return text
        return " ".join(best)
    return texts[0] if texts else ""


def build_entities(doc: Doc, table: ClusterTable) -> list[Entity]:
    sent_of = sentences(doc)[1]
    order = sorted((ci for ci, c in enumerate(table.clusters) if c.mentions), key=lambda ci: table.clusters[ci].first())
    ids = {ci: f"E{n}" for n, ci in enumerate(order, start=1)}
    entities: list[Entity] = []
    listed, texts = tokens(doc), strings(doc, "text")  # (doc.text would join every token of the doc again)
    for ci in order:
        cluster = table.clusters[ci]
        mentions = []
        for ref in sorted(cluster.mentions, key=lambda m: m.start):
            last_text = texts[ref.end - 1]
            if ref.end - ref.start == 1:
                text = last_text  # (most mentions are one word)
            else:
                text = "".join([listed[i].text_with_ws for i in range(ref.start, ref.end - 1)] + [last_text])
            mentions.append(Mention(listed[ref.start].idx, listed[ref.end - 1].idx + len(last_text), text, sent_of[ref.start], ref.kind))
        name_texts = [m.text for m in mentions if m.kind == "name"]
        attrs: dict[str, Any] = dict(cluster.attrs)
        if cluster.gender:
            attrs["gender"] = cluster.gender
        if cluster.members:
            attrs["members"] = [ids[m] for m in cluster.members if m in ids]
        name = _canonical_name(cluster.names, name_texts, cluster.label == "PERSON") or min(mentions, key=lambda m: KIND_RANK[m.kind]).text
        entities.append(Entity(ids[ci], cluster.label, name, mentions, attrs))
    names = {e.id: e.name for e in entities}
    for entity in entities:  # a group is named after its members: "Jane Doe and John Roe"
        members = [names[m] for m in entity.attrs.get("members", []) if m in names]
        if len(members) >= 2:
            entity.name = ", ".join(members[:-1]) + " and " + members[-1]
    return entities


def _outside_times(doc: Doc, spans: list[NameSpan], analysis: Analysis) -> list[NameSpan]:
    """Names inside a time expression are no entities: "by Easter", "at Ramadan"."""
    if not analysis.timexes:
        return spans
    times = [(t.start, t.end) for t in analysis.timexes]
    kept = []
    listed = tokens(doc)
    for s in spans:
        last = listed[s.end - 1]
        start, end = listed[s.start].idx, last.idx + len(last)
        if not any(a <= start and end <= b for a, b in times):
            kept.append(s)
    return kept


def run(doc: Doc, analysis: Analysis, options: Any = None) -> None:
    table = cluster_names(doc, _outside_times(doc, find_names(doc), analysis))
    collect_attributes(doc, table, analysis.document.dct)
    resolve(doc, table, analysis.document.dct)
    merge_aliases(doc, table)  # "X, better known as Y": one entity
    collect_ages(doc, table, analysis.document.dct)
    analysis.entities = build_entities(doc, table)


# Lookups used by the events, claims and facts stages.

_MENTIONS = attrgetter("mentions")
_INDEX: dict[int, tuple[list[Entity], int, list[int], list[tuple[int, int, int, str]]]] = {}


def _mention_index(analysis: Analysis) -> tuple[list[int], list[tuple[int, int, int, str]]]:
    """Mentions sorted by end offset (they do not overlap, so also by start), cached per analysis."""
    total = sum(map(len, map(_MENTIONS, analysis.entities)))  # in C: this runs for every lookup
    cached = _INDEX.get(id(analysis))
    if cached is not None and cached[0] is analysis.entities and cached[1] == total:
        return cached[2], cached[3]
    rows = sorted(((m.start, m.end, KIND_RANK.get(m.kind, 9), e.id) for e in analysis.entities for m in e.mentions),
                  key=lambda r: (r[1], r[0]))
    ends = [r[1] for r in rows]
    if len(_INDEX) > 64:
        _INDEX.clear()
    _INDEX[id(analysis)] = (analysis.entities, total, ends, rows)
    return ends, rows


def entity_containing(analysis: Analysis, start: int, end: int) -> str | None:
    """The id of the entity with the smallest mention containing the character span [start, end)."""
    return _containing(*_mention_index(analysis), start, end)


def _containing(ends: list[int], rows: list[tuple[int, int, int, str]], start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for i in range(bisect_left(ends, end), len(rows)):
        m_start, m_end, _rank, entity_id = rows[i]
        if m_start > start and m_end > end and m_start >= end:
            break  # sorted by end (and start): later mentions begin after the span
        if m_start <= start and end <= m_end and (best is None or m_end - m_start < best[0]):
            best = (m_end - m_start, entity_id)
    return best[1] if best else None


def entity_for_span(analysis: Analysis, start: int, end: int) -> str | None:
    """The id of the entity whose mention overlaps the character span [start, end) best
    (largest overlap, then names before titles, nominals and pronouns); None if none does."""
    return _overlapping_most(*_mention_index(analysis), start, end)


def _overlapping_most(ends: list[int], rows: list[tuple[int, int, int, str]], start: int, end: int) -> str | None:
    end = max(end, start + 1)
    best: tuple[int, int, int] | None = None
    best_id: str | None = None
    for i in range(bisect_right(ends, start), len(rows)):
        m_start, m_end, rank, entity_id = rows[i]
        if m_start >= end:
            break  # mentions never overlap, so every later one starts later still
        overlap = min(end, m_end) - max(start, m_start)
        score = (overlap, -rank, -(m_end - m_start))
        if overlap > 0 and (best is None or score > best):
            best, best_id = score, entity_id
    return best_id


def entity_for_token(analysis: Analysis, token: Token) -> str | None:
    return entity_for_span(analysis, token.idx, token.idx + len(token.text))


class MentionLookup:
    """`entity_containing` and `entity_for_span` over the mentions of an analysis as they are when the lookup is made, for
    a stage that no longer changes them (events, facts): the plain functions check at every call that their index is
    still current, a count over every entity."""

    __slots__ = ("ends", "rows")

    def __init__(self, analysis: Analysis) -> None:
        self.ends, self.rows = _mention_index(analysis)

    def containing(self, start: int, end: int) -> str | None:
        return _containing(self.ends, self.rows, start, end)

    def for_span(self, start: int, end: int) -> str | None:
        return _overlapping_most(self.ends, self.rows, start, end)
