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
    tests: tuple[tuple[int, bool, frozenset[str]], ...]  # (attribute index, negated: NOT_IN rather than IN, values)


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
                tests.append((index, False, frozenset([value])))
            elif set(value) == {"IN"}:
                tests.append((index, False, frozenset(value["IN"])))
            elif set(value) == {"NOT_IN"}:
                tests.append((index, True, frozenset(value["NOT_IN"])))
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
        anchors: dict[tuple[tuple[int, bool, frozenset[str]], ...], list[int]] = {}  # many patterns share their first node
        for key, patterns in self.patterns.items():
            for nodes in patterns:
                anchor = nodes[0]
                accepted = anchors.get(anchor.tests)
                if accepted is None:
                    accepted = anchors[anchor.tests] = [i for i in tree.candidates(anchor) if tree.accepts(i, anchor)]
                if len(nodes) == 2:  # most frames: the trigger and one related token, matched without recursion
                    second = nodes[1]
                    for i in accepted:
                        out.extend((key, [i, j]) for j in tree.related(i, second.relation) if tree.accepts(j, second))
                    continue
                for i in accepted:
                    tree.walk(key, nodes, 1, [i], out)
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
        self._names, self._inverse = names, inverse
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
        if built is None:  # grouped by numpy (a stable sort keeps text order), one slice per distinct value
            column = self._inverse[:, attribute]
            order = numpy.argsort(column, kind="stable").tolist()
            counts = numpy.bincount(column, minlength=len(self._names))
            present = numpy.flatnonzero(counts).tolist()
            ends = numpy.cumsum(counts)[present].tolist()
            starts = [end - n for end, n in zip(ends, counts[present].tolist(), strict=True)]
            built = self._index[attribute] = {
                self._names[k]: order[a:b] for k, a, b in zip(present, starts, ends, strict=True)
            }
        return built

    def candidates(self, node: _Node) -> list[int] | range:
        """The tokens that may fill `node`: those of its most selective "in" test, in text order."""
        best: list[int] | None = None
        for attribute, negated, values in node.tests:
            if negated:
                continue
            index = self.index(attribute)
            found = [i for v in values for i in index.get(v, ())]
            if best is None or len(found) < len(best):
                best = found
        return range(self.size) if best is None else sorted(best)

    def accepts(self, i: int, node: _Node) -> bool:
        attrs = self.attrs[i]
        for index, negated, values in node.tests:
            if (attrs[index] in values) is negated:
                return False
        return True

    def related(self, i: int, relation: str) -> list[int]:
        if relation == ">":
            return self.children[i]
        if relation == "<":
            return [self.heads[i]] if self.heads[i] != i else []
        out = []  # "<<": every ancestor
        while self.heads[i] != i:
            i = self.heads[i]
            out.append(i)
        return out

    def walk(self, key: str, nodes: list[_Node], n: int, bound: list[int], out: list[tuple[str, list[int]]]) -> None:
        """Every way to bind the nodes from `n` on, given the first ones `bound`, appended to `out`."""
        if n == len(nodes):
            out.append((key, list(bound)))
            return
        node = nodes[n]
        tests, attrs = node.tests, self.attrs
        for j in self.related(bound[node.left], node.relation):
            values_of = attrs[j]
            for index, negated, values in tests:  # the test of `accepts`, inline: this is the hot loop
                if (values_of[index] in values) is negated:
                    break
            else:  # as in spaCy, one token may fill two nodes
                bound.append(j)
                self.walk(key, nodes, n + 1, bound, out)
                bound.pop()
