"""spaCy's attribute ruler with its patterns looked up by index instead of tried at every token.

The English pipelines map every fine-grained tag to its part of speech and morphology with an
`AttributeRuler`: some 180 patterns (a tag; a word and its tag; a word and its dependency label), each
matched by spaCy's `Matcher`, which tries every pattern at every token.  On our 250 development
articles (130k tokens) that matching took 2.5 s CPU, more than all of spaCy's parser, while setting
the attributes found took 0.27 s.

`IndexedAttributeRuler` takes over a loaded ruler and finds the same matches another way: every
pattern of fixed length whose tests are on the tokens' own attributes (a value, an "IN" or "NOT_IN" list,
a regular expression) and include one equality is filed under that equality's value (the word if it
tests one, else its tag, ...), so that each token looks up only the patterns that could match from it,
and checks their other tests; every other pattern (an operator, another kind of test, no equality to
file it under) stays with a `Matcher` of its own -- but for a pattern of fixed length with no equality (the English
ruler's one regular expression on the lower-cased word), which is tried at every position from the index's columns,
a regular expression's answer for each string kept (the Matcher searches the string anew at every token).  The matches
are the ruler's own, in its order (by rule, then position), and the ruler's own `set_annotations`
applies them, so the tokens come out exactly as the stock ruler leaves them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Attributes a pattern may test and still be indexed, in the order a pattern's anchor (the test it is
# filed under) is chosen: the most selective first.
ANCHORS = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "POS", "IS_SPACE")
_ALIASES = {"TEXT": "ORTH"}

# One token's test: (column of the attribute, "in" | "not_in" | "regex", the values (hashes, or 0/1 for a
# flag) or, for "regex", the compiled expression, searched in the attribute's string as the Matcher does, and its answers
# so far by the string's hash).
Test = tuple[int, str, Any]
# A pattern filed under its anchor: (rule number, the anchor's position in the pattern, every token's tests), the tests
# None for a pattern of one token whose one test is the anchor's (a tag: every token has one), which its lookup has passed.
Filed = tuple[int, int, tuple[tuple[Test, ...], ...] | None]


class IndexedAttributeRuler:
    """A pipeline component doing what the `AttributeRuler` it `take`s does (see the module's doc)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.ruler: AttributeRuler | None = None
        self.columns: list[int] = []  # attribute ids read from the doc, one column each
        self.index: list[tuple[int, dict[int, list[Filed]]]] = []  # per anchor column: its value -> the patterns
        self.scanned: list[tuple[int, tuple[tuple[Test, ...], ...]]] = []  # (rule number, tests): no equality, tried everywhere
        self.rest = Matcher(vocab)  # the patterns the index cannot test (an operator, another kind of test)
        self.rule_keys: list[int] = []  # rule number -> the match key the ruler's matcher gives it

    def take(self, ruler: AttributeRuler) -> IndexedAttributeRuler:
        """Index the patterns of `ruler` (whose attributes and `set_annotations` are then used)."""
        self.ruler = ruler
        anchored: dict[str, dict[int, list[Filed]]] = {}
        for number in range(len(ruler.attrs)):
            key = str(number)  # (the ruler's own key for its rule number)
            self.rule_keys.append(self.vocab.strings.add(key))
            for pattern in ruler.matcher.get(key)[1]:
                tokens = [self._tests(spec) for spec in pattern]
                equalities = [(ANCHORS.index(name), at, values) for at, tests in enumerate(tokens) if tests is not None
                              for name, kind, values in tests if kind == "in"]
                if not pattern or None in tokens:
                    self.rest.add(key, [pattern])
                    continue
                compiled = tuple(tuple((self._column(name), kind, wanted) for name, kind, wanted in tests) for tests in tokens)
                if not equalities:
                    self.scanned.append((number, compiled))
                    continue
                rank, at, values = min(equalities, key=lambda e: e[:2])
                by_value = anchored.setdefault(ANCHORS[rank], {})
                filed = None if len(tokens) == 1 and len(tokens[0]) == 1 else compiled  # (the anchor's test alone)
                for value in values:
                    by_value.setdefault(value, []).append((number, at, filed))
        self.index = [(self._column(name), anchored[name]) for name in ANCHORS if name in anchored]
        return self

    def _column(self, name: str) -> int:
        attr = IDS[name]
        if attr not in self.columns:
            self.columns.append(attr)
        return self.columns.index(attr)

    def _tests(self, spec: dict[str, Any]) -> list[tuple[str, str, Any]] | None:
        """One token's tests as (attribute, kind, values), or None when the index cannot answer them (an
        operator, an attribute or a predicate of another kind)."""
        tests = []
        for name, wanted in spec.items():
            name = _ALIASES.get(name.upper(), name.upper())
            if name not in ANCHORS:
                return None
            if not isinstance(wanted, dict):
                kind, wanted = "in", [wanted]
            elif len(wanted) == 1 and set(wanted) <= {"IN", "NOT_IN"} and isinstance(next(iter(wanted.values())), list):
                kind, wanted = next(iter(wanted.items()))
                kind = kind.lower()
            elif set(wanted) == {"REGEX"} and isinstance(wanted["REGEX"], str) and name != "IS_SPACE":
                tests.append((name, "regex", (re.compile(wanted["REGEX"]), {})))
                continue
            else:
                return None
            values = self._values(name, wanted)
            if values is None:
                return None
            tests.append((name, kind, values))
        return tests if tests else None

    def _values(self, name: str, wanted: Iterable[Any]) -> frozenset[int] | None:
        out = set()
        for value in wanted:
            if name == "IS_SPACE" and isinstance(value, bool):
                out.add(int(value))
            elif name != "IS_SPACE" and isinstance(value, str):
                out.add(self.vocab.strings.add(value))
            else:
                return None
        return frozenset(out)

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches on `doc`, as `AttributeRuler.match` gives them: (rule number, key, start,
        end), sorted."""
        found: set[tuple[int, int, int]] = set()
        if self.columns and len(doc):
            rows = doc.to_array(self.columns).tolist()
            if len(self.columns) == 1:
                rows = [[value] for value in rows]
            for number, tokens in self.scanned:
                found.update((number, start, start + len(tokens)) for start in range(len(rows) - len(tokens) + 1)
                             if self._passes(rows, start, tokens))
            for i, row in enumerate(rows):
                for column, by_value in self.index:
                    candidates = by_value.get(row[column])
                    if candidates:
                        for number, at, tokens in candidates:
                            start = i - at
                            if tokens is None:
                                found.add((number, i, i + 1))
                            elif start >= 0 and start + len(tokens) <= len(rows) and self._passes(rows, start, tokens):
                                found.add((number, start, start + len(tokens)))
        if len(self.rest):
            strings = self.vocab.strings
            found.update((int(strings[key]), start, end) for key, start, end in self.rest(doc, allow_missing=True))
        keys = self.rule_keys
        return [(number, keys[number], start, end) for number, start, end in sorted(found)]

    def _passes(self, rows: list[list[int]], start: int, tokens: tuple[tuple[Test, ...], ...]) -> bool:
        for offset, tests in enumerate(tokens):
            row = rows[start + offset]
            for column, kind, wanted in tests:
                value = row[column]
                if kind == "in":
                    if value not in wanted:
                        return False
                elif kind == "not_in":
                    if value in wanted:
                        return False
                else:
                    expression, answers = wanted
                    passed = answers.get(value)
                    if passed is None:
                        if len(answers) > 100_000:
                            answers.clear()
                        passed = answers[value] = expression.search(self.vocab.strings[value]) is not None
                    if not passed:
                        return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None:
            raise ValueError("dateline_attribute_ruler has no patterns: call take(ruler) with the pipeline's attribute ruler")
        self.ruler.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("dateline_attribute_ruler")
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab)
