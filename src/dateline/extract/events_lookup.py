"""Which entity a token stands for: through the entities stage's mention index, with a memo (mentions
no longer change once that stage is over), and a full name repeated where the NER missed it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..model import Analysis, Entity
from ..nlp import strings

try:  # the entities stage owns mention lookup; fall back to a plain offset index without it
    from .entities import MentionLookup
except ImportError:  # pragma: no cover - only while entities.py is not built
    MentionLookup = None  # type: ignore[assignment,misc]


class Entities:
    """Token -> entity id, through the entities stage when it is built, else by offsets."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._memo: dict[int, Entity | None] = {}
        self._of: dict[int, Entity | None] = {}  # token index -> `of`, asked again and again by the rules
        self._span_of: list[tuple[int, int] | None] | None = None  # token -> smallest mention span, made when first asked
        self._overlapped: list[bool] | None = None  # token -> does any mention overlap it (see `_lookup`), made when first asked
        self._lookup_index: MentionLookup | None = None  # the entities stage's mention index, taken when first asked
        self.spans: list[tuple[int, int, Entity]] = sorted(
            ((m.start, m.end, e) for e in analysis.entities for m in e.mentions), key=lambda x: x[1] - x[0]
        )
        self.by_name: dict[str, Entity | None] = {}  # a full name of two words or more -> its one entity
        for entity in analysis.entities:
            for name in {entity.name.lower(), *(m.text.lower() for m in entity.mentions)}:
                if len(name.split()) >= 2:
                    known = self.by_name.get(name, entity)
                    self.by_name[name] = entity if known is entity else None

    def of(self, token: Token) -> Entity | None:
        known = self._of
        if token.i in known:
            return known[token.i]
        found = self._mention(token)
        if found is None and token.pos_ == "PROPN":  # a full name repeated where the NER missed it
            words = [c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.text]
            found = self.by_name.get(" ".join(words).lower()) if len(words) >= 2 else None
        known[token.i] = found
        return found

    def _mention(self, token: Token) -> Entity | None:
        memo = self._memo
        if token.i in memo:
            return memo[token.i]
        found = memo[token.i] = self._lookup(token)  # the entities stage is over: mentions do not change here
        return found

    def _lookup(self, token: Token) -> Entity | None:
        if self._overlapped is None:
            self._overlapped = self._overlapping(token.doc)
        if not self._overlapped[token.i]:
            return None  # (most words: no mention overlaps them, so no lookup finds one)
        if MentionLookup is not None:
            if self._lookup_index is None:
                self._lookup_index = MentionLookup(self.analysis)
            found = self._lookup_index.for_span(token.idx, token.idx + len(token.text))  # (as `entity_for_token`)
            if found is None or isinstance(found, Entity):
                return found
            return self.analysis.entity(str(found))
        start, end = token.idx, token.idx + len(token.text)
        for m_start, m_end, entity in self.spans:
            if m_start <= start and end <= m_end:
                return entity
        return None

    def _overlapping(self, doc: Doc) -> list[bool]:
        """For every token, whether some mention overlaps its characters: a lookup finds an entity only through a mention
        that does (one pass over the mentions; the entities stage is over, so they stay as they are)."""
        starts = doc.to_array(IDX).tolist()
        ends = [start + len(text) for start, text in zip(starts, strings(doc, "text"), strict=True)]
        out = [False] * len(starts)
        for m_start, m_end, _ in self.spans:
            i = bisect_right(ends, m_start)  # the first token ending after the mention starts
            while i < len(starts) and starts[i] < m_end:
                out[i] = True
                i += 1
        return out

    def mention_span(self, token: Token) -> tuple[int, int] | None:
        """The smallest mention containing the token (the first such in `spans`, sorted by length)."""
        if self._span_of is None:
            self._span_of = self._smallest_spans(token.doc)
        return self._span_of[token.i]

    def _smallest_spans(self, doc: Doc) -> list[tuple[int, int] | None]:
        """For every token, the first span of `spans` containing it: the spans written over the tokens
        they contain from the last to the first, so the first one's is what stays (one pass over the
        mentions instead of a scan of them all per token asked)."""
        starts = doc.to_array(IDX).tolist()
        texts = strings(doc, "text")
        out: list[tuple[int, int] | None] = [None] * len(starts)
        for m_start, m_end, _ in reversed(self.spans):
            i = bisect_left(starts, m_start)
            while i < len(starts) and starts[i] < m_end:
                if starts[i] + len(texts[i]) <= m_end:
                    out[i] = (m_start, m_end)
                i += 1
        return out
