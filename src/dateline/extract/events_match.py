"""A small dependency-pattern matcher for the schema's frames, faster than spaCy's for our use.

The patterns are written in spaCy's `DependencyMatcher` format (see `data/events.toml`), and this
module runs the subset the schema uses: the relations ">" (child), "<" (head) and "<<" (an
ancestor), and token attributes DEP, POS, TAG, LEMMA, LOWER given as a string or {IN: [...]} /
{NOT_IN: [...]}.  Any other operator or attribute is refused when the pattern is added, so a
pattern never silently means something else.  spaCy's matcher compiles every node into a token
`Matcher` run over the whole document; here each token's attributes are read once and a pattern
is tried only from the tokens its first node accepts (found through an index of attribute
values, not by testing every token), which keeps the events stage cheap.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

ATTRS = ("DEP", "POS", "TAG", "LEMMA", "LOWER")
RELATIONS = (">", "<", "<<")


@dataclass(frozen=True, slots=True)
class _Node:
    name: str
    left: int  # index of the node this one is related to (-1 for the anchor)
    relation: str
    tests: tuple[tuple[int, str, frozenset[str]], ...]  # (attribute index, "eq" | "in" | "not_in", values)


def _compile(pattern: list[dict[str, Any]]) -> list[_Node]:
    names: list[str] = []
    out: list[_Node] = []
    for spec in pattern:
        tests = []
        for attr, value in spec.get("RIGHT_ATTRS", {}).items():
            if attr not in ATTRS:
                raise ValueError(f"unsupported attribute {attr!r} in {spec}")
            index = ATTRS.index(attr)
            if isinstance(value, str):
                tests.append((index, "in", frozenset([value])))
            elif set(value) == {"IN"}:
                tests.append((index, "in", frozenset(value["IN"])))
            elif set(value) == {"NOT_IN"}:
                tests.append((index, "not_in", frozenset(value["NOT_IN"])))
            else:
                raise ValueError(f"unsupported condition {value!r} in {spec}")
        relation = spec.get("REL_OP", "")
        if names and relation not in RELATIONS:
            raise ValueError(f"unsupported relation {relation!r} in {spec}")
        left = names.index(spec["LEFT_ID"]) if names else -1
        names.append(spec["RIGHT_ID"])
        out.append(_Node(spec["RIGHT_ID"], left, relation, tuple(tests)))
    return out


class TreeMatcher:
    """Patterns by key; calling it on a Doc yields (key, token indices in pattern order)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.patterns: dict[str, list[list[_Node]]] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.patterns.setdefault(key, []).extend(_compile(p) for p in patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        tree = _Tree(doc)
        out: list[tuple[str, list[int]]] = []
        anchors: dict[tuple[tuple[int, str, frozenset[str]], ...], list[int]] = {}  # many patterns share their first node
        for key, patterns in self.patterns.items():
            for nodes in patterns:
                anchor = nodes[0]
                accepted = anchors.get(anchor.tests)
                if accepted is None:
                    accepted = anchors[anchor.tests] = [i for i in tree.candidates(anchor) if tree.accepts(i, anchor)]
                for i in accepted:
                    out.extend((key, bound) for bound in tree.extend(nodes, 1, [i]))
        return out


class _Tree:
    def __init__(self, doc: Doc) -> None:
        # one array read, no Token object per word; each distinct string hash is looked up once
        array = doc.to_array([DEP, POS, TAG, LEMMA, LOWER, HEAD])
        strings = doc.vocab.strings
        hashes, inverse = numpy.unique(array[:, :5], return_inverse=True)
        names = [strings[h] for h in hashes.tolist()]
        inverse = inverse.reshape(-1, 5)
        self.columns = [[names[k] for k in inverse[:, c].tolist()] for c in range(5)]
        self.attrs = list(zip(*self.columns, strict=True))
        self.heads = (numpy.arange(len(array)) + array[:, 5].astype("int64")).tolist()  # offsets, unsigned in the array
        self.size = len(self.heads)
        self._index: list[dict[str, list[int]] | None] = [None] * len(ATTRS)  # built per attribute on first use
        self.children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def index(self, attribute: int) -> dict[str, list[int]]:
        """Attribute value -> indices of the tokens that have it, in text order."""
        built = self._index[attribute]
        if built is None:
            built = self._index[attribute] = {}
            for i, value in enumerate(self.columns[attribute]):
                built.setdefault(value, []).append(i)
        return built

    def candidates(self, node: _Node) -> list[int] | range:
        """The tokens that may fill `node`: those of its most selective "in" test, in text order."""
        best: list[int] | None = None
        for attribute, how, values in node.tests:
            if how != "in":
                continue
            index = self.index(attribute)
            found = [i for v in values for i in index.get(v, ())]
            if best is None or len(found) < len(best):
                best = found
        return range(self.size) if best is None else sorted(best)

    def accepts(self, i: int, node: _Node) -> bool:
        attrs = self.attrs[i]
        for index, how, values in node.tests:
            if (attrs[index] in values) is (how == "not_in"):
                return False
        return True

    def _related(self, i: int, relation: str) -> list[int]:
        if relation == ">":
            return self.children[i]
        if relation == "<":
            return [self.heads[i]] if self.heads[i] != i else []
        out = []  # "<<": every ancestor
        while self.heads[i] != i:
            i = self.heads[i]
            out.append(i)
        return out

    def extend(self, nodes: list[_Node], n: int, bound: list[int]) -> Iterator[list[int]]:
        if n == len(nodes):
            yield list(bound)
            return
        node = nodes[n]
        for j in self._related(bound[node.left], node.relation):
            if self.accepts(j, node):  # as in spaCy, one token may fill two nodes
                bound.append(j)
                yield from self.extend(nodes, n + 1, bound)
                bound.pop()
