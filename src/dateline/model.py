"""The unit that travels: one `Analysis` per document, every layer with character offsets.

All offsets are character offsets into `Document.text` (the article text *after* its date
prefix).  Every dataclass here round-trips through plain JSON (`to_dict` / `from_dict`), and the
JSON form is versioned by `SCHEMA_VERSION`: bump it when a field changes meaning or is removed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

# Certainty of an event, fact or claim.  Data, never a filter.
ASSERTED = "asserted"  # the article says so in its own voice
ATTRIBUTED = "attributed"  # rests on a claim by someone (see the item's `claim`)
HEDGED = "hedged"  # "alleged", "reportedly", "is said to"
NEGATED = "negated"  # "did not", "denied"
SPECULATIVE = "speculative"  # "could", "may", "might"
CERTAINTIES = (ASSERTED, ATTRIBUTED, HEDGED, NEGATED, SPECULATIVE)
OFFERED_MODALITY = "offered"  # an event's modality when a post is only offered ("was offered the job"): no one holds it


def normalize_text(text: str) -> str:
    """The form a document's identity is computed from: NFC, unified newlines, trimmed lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.strip().split("\n"))


def document_id(text: str, dct: str) -> str:
    """Content hash of a document: same date and same normalized text give the same id."""
    payload = f"{dct}\n{normalize_text(text)}".encode()
    return hashlib.sha256(payload).hexdigest()[:20]


class _JsonMixin:
    _nested: dict[str, type] = {}  # list-valued fields holding other dataclasses

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):  # noqa: ANN206
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: v for k, v in data.items() if k in names}
        for name, kind in cls._nested.items():
            if name in kwargs:
                kwargs[name] = [kind.from_dict(x) for x in kwargs[name]]  # type: ignore[attr-defined]
        return cls(**kwargs)


@dataclass(slots=True)
class Document(_JsonMixin):
    """One dated article.  `text` is the article without its date prefix."""

    id: str
    dct: str  # document creation time, YYYY-MM-DD
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet / feed name when the input says
    path: str | None = None  # where it was read from (file path, or "-" for stdin)
    line: int | None = None  # 1-based line in `path` for one-article-per-line formats
    ext_id: str | None = None  # the input's own id (JSON Lines `id`, TimeML DOCID)

    @classmethod
    def make(cls, text: str, dct: str, **meta: Any) -> Document:
        return cls(id=document_id(text, dct), dct=dct, text=text, **meta)


@dataclass(slots=True)
class Sentence(_JsonMixin):
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Timex(_JsonMixin):
    """A TIMEX3: span, type (DATE/TIME/DURATION/SET), value and attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    tid: str = ""
    anchor: str | None = None  # what it was anchored on: "dct", another timex's tid, or None
    rule: str = ""  # name of the grammar rule that recognized it
    sentence: int | None = None
    explain: list[str] = field(default_factory=list)  # anchoring steps, filled when asked


@dataclass(slots=True)
class Mention(_JsonMixin):
    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name | nominal | pronoun | title


@dataclass(slots=True)
class Entity(_JsonMixin):
    """One real-world entity within the document: a cluster of mentions."""

    id: str  # local id, "E1", "E2", ...
    type: str  # PERSON | ORG | GPE | LOC | FAC | WORK | PRODUCT | EVENT | NORP
    name: str  # canonical (longest proper) name
    mentions: list[Mention] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)  # gender, age, role nouns, ...
    _nested = {"mentions": Mention}



@dataclass(slots=True)
class Argument(_JsonMixin):
    role: str  # agent, patient, partner, child, organization, place, work, ...
    start: int
    end: int
    text: str
    entity: str | None = None  # local entity id when the argument is an entity


@dataclass(slots=True)
class Evidence(_JsonMixin):
    sentence: int
    start: int
    end: int
    doc: str | None = None  # document id; filled when evidence crosses documents


@dataclass(slots=True)
class Event(_JsonMixin):
    id: str  # "V1", ...
    type: str | None  # schema type such as "life.marry"; None for an untyped event
    lemma: str
    start: int  # trigger span
    end: int
    text: str
    sentence: int
    args: list[Argument] = field(default_factory=list)
    time: str | None = None  # TIMEX3 value, or None when unknown (never invented)
    timex: str | None = None  # tid of the timex the time came from
    time_source: str | None = None  # clause | sentence | event | None
    polarity: str = "POS"  # POS | NEG
    modality: str | None = None  # planned | rumoured | attempted | offered | ...
    certainty: str = ASSERTED
    claim: str | None = None  # id of the claim it rests on
    _nested = {"args": Argument}



@dataclass(slots=True)
class Fact(_JsonMixin):
    id: str  # "F1", ...
    relation: str  # spouse | parent | child | employee | member | role | located_in | age | birth_year
    subject: str  # local entity id
    object: str | None = None  # local entity id, when the object is an entity
    value: str | None = None  # literal value (a role title, an age, a year)
    valid_from: str | None = None  # TIMEX3 value, open when None
    valid_to: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    events: list[str] = field(default_factory=list)  # ids of events it was derived from
    certainty: str = ASSERTED
    claim: str | None = None
    _nested = {"evidence": Evidence}



@dataclass(slots=True)
class Claim(_JsonMixin):
    id: str  # "C1", ...
    kind: str  # direct | reported
    start: int  # content span
    end: int
    text: str
    sentence: int
    cue: str | None = None  # told, said, according to, added, ...
    speaker: str | None = None  # local entity id of a named speaker
    speaker_text: str | None = None  # "an insider", "multiple sources", "Smith"
    speaker_kind: str | None = None  # named | anonymous | pronoun | unknown
    outlet: str | None = None  # local entity id of the outlet
    outlet_text: str | None = None  # "The Daily Courier"
    date: str | None = None  # TIMEX3 value of when it was said; the article's date by default
    certainty: str = ATTRIBUTED
    events: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)


_LAYERS: dict[str, type] = {
    "sentences": Sentence,
    "timexes": Timex,
    "entities": Entity,
    "events": Event,
    "facts": Fact,
    "claims": Claim,
}


@dataclass(slots=True)
class Analysis:
    """A document and every layer found in it."""

    document: Document
    stages: dict[str, str] = field(default_factory=dict)  # stage name -> "ok" | "missing: why"
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION
    # id -> entity, rebuilt when the entity list changes (an internal cache: not data, not compared)
    _by_id: tuple[list[Entity], int, dict[str, Entity]] | None = field(default=None, init=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema_version": self.schema_version,
            "document": self.document.to_dict(),
            "stages": dict(self.stages),
        }
        for name in _LAYERS:
            out[name] = [item.to_dict() for item in getattr(self, name)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"analysis schema version {version!r} is not {SCHEMA_VERSION}")
        layers = {name: [kind.from_dict(x) for x in data.get(name, [])] for name, kind in _LAYERS.items()}
        return cls(document=Document.from_dict(data["document"]), stages=dict(data.get("stages", {})), **layers)

    # Lookups used by later stages and by queries.
    def sentence_at(self, offset: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.document.text[s.start : s.end]

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        index = self._by_id
        if index is None or index[0] is not self.entities or index[1] != len(self.entities):
            index = self._by_id = (self.entities, len(self.entities), {e.id: e for e in self.entities})
        found = index[2].get(entity_id)
        if found is not None and found.id == entity_id:
            return found
        for entity in self.entities:  # ids given or changed since the index was made
            if entity.id == entity_id:
                self._by_id = None
                return entity
        return None
