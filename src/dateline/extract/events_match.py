"""A small dependency-pattern matcher for the schema's frames, faster than spaCy's for our use.

The patterns are written in spaCy's `DependencyMatcher` format (see `data/events.toml`), and this
module runs the subset the schema uses: the relations ">" (child), ">--" (a child before its head), "<" (head),
"<<" (an ancestor) and ";" (the word just before: "A ; B", A immediately follows B), and token attributes DEP, POS, TAG, LEMMA, LOWER given as a string or {IN: [...]} /
{NOT_IN: [...]}.  Any other operator or attribute is refused when the pattern is added, so a
pattern never silently means something else.  spaCy's matcher compiles every node into a token
`Matcher` run over the whole document; here each token's attributes are read once and a pattern
is tried only from the tokens its first node accepts (found through an index of attribute
values, not by testing every token), which keeps the events stage cheap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..nlp import heads, strings

ATTRS = ("DEP", "POS", "TAG", "LEMMA", "LOWER")
COLUMNS = ("dep", "pos", "tag", "lemma", "lower")  # the same, as `nlp.strings` names them
RELATIONS = (">", ">--", "<", "<<", ";")


@dataclass(frozen=True, slots=True)
class _Node:
    name: str
    left: int  # index of the node this one is related to (-1 for the anchor)
    relation: str
    tests: tuple[tuple[int, bool, frozenset[str]], ...]  # (attribute index, negated: NOT_IN rather than IN, values)
    tests_id: int  # the same number for the same tests in every pattern: what a doc's sets of passing tokens are kept by


_TESTS_IDS: dict[tuple[tuple[int, bool, frozenset[str]], ...], int] = {}  # (grows with the patterns added, never per doc)


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
        tests_id = _TESTS_IDS.setdefault(tuple(tests), len(_TESTS_IDS))
        out.append(_Node(spec["RIGHT_ID"], left, relation, tuple(tests), tests_id))
    return out


WORD_ATTRS = (ATTRS.index("LEMMA"), ATTRS.index("LOWER"))  # tests that few words of a doc pass, unlike a part of speech
_FIRST_TESTS: dict[int, int | None] = {}  # node tests (by id) -> `_first_test`


def _first_test(node: _Node) -> int | None:
    """Which IN test of the node `_Tree.accepted` starts from (None: only NOT_IN tests): one on the word itself
    (a lemma, a form) rather than on its part of speech or label, the shortest list of values first."""
    positive = [(attribute not in WORD_ATTRS, len(values), n) for n, (attribute, negated, values) in enumerate(node.tests) if not negated]
    return min(positive)[2] if positive else None


class TreeMatcher:
    """Patterns by key; calling it on a Doc yields (key, token indices in pattern order)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.patterns: dict[str, list[list[_Node]]] = {}
        # first nodes whose most telling test is on the word (see `_first_test`): attribute -> value -> the ids of the
        # tests of the first nodes that accept it.  A doc none of whose words has one of a first node's values has no
        # token that node accepts: `__call__` reads which first nodes can accept anything from the doc's own values
        # (a few hundred per doc) instead of working out each node's tokens (two hundred first nodes, most accepting none).
        self._by_word: dict[int, dict[str, set[int]]] = {}
        self._word_anchored: set[int] = set()  # the ids of those first nodes' tests
        # attribute -> every value any test of any node names: a doc's index of an attribute need list only the tokens
        # with one of those (the others no test asks about), which spares a list per distinct word of the doc
        self._wanted: list[set[str]] = [set() for _ in ATTRS]
        # the patterns in the order they were added, and each first node's (tests id) positions among them: a doc runs
        # only the patterns whose first node can accept one of its words (see `__call__`), still in that order
        self._ordered: list[tuple[str, list[_Node]]] = []
        self._at_anchor: dict[int, list[int]] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        compiled = [_compile(p) for p in patterns]
        self.patterns.setdefault(key, []).extend(compiled)
        self._ordered = [(k, nodes) for k, listed in self.patterns.items() for nodes in listed]  # (dict order: as `patterns`)
        self._at_anchor = {}
        for n, (_, nodes) in enumerate(self._ordered):
            self._at_anchor.setdefault(nodes[0].tests_id, []).append(n)
        for nodes in compiled:
            for node in nodes:
                for attribute, _, values in node.tests:
                    self._wanted[attribute].update(values)
            anchor = nodes[0]
            first = _first_test(anchor)
            if first is not None and anchor.tests[first][0] in WORD_ATTRS:
                attribute, _, values = anchor.tests[first]
                by_value = self._by_word.setdefault(attribute, {})
                for value in values:
                    by_value.setdefault(value, set()).add(anchor.tests_id)
                self._word_anchored.add(anchor.tests_id)

    def __len__(self) -> int:
        return len(self.patterns)

    def __call__(self, doc: Doc) -> list[tuple[str, list[int]]]:
        tree = _Tree(doc, self._wanted)
        out: list[tuple[str, list[int]]] = []
        anchors: dict[int, list[int]] = {}  # many patterns share their first node
        bound: dict[tuple[int, int, str, int], list[int]] = {}  # `bindable` of a first node's anchors, by the second node's
        # tests, relation and left node: many patterns share both
        present: set[int] = set()  # the first nodes (tests ids) of `_word_anchored` one of whose words the doc has
        for attribute, by_value in self._by_word.items():
            for value in tree.index(attribute):
                found = by_value.get(value)
                if found is not None:
                    present.update(found)
        word_anchored = self._word_anchored
        # (the patterns whose first node is word-anchored and none of whose words the doc has accept nothing: skipped
        # unseen, the others run in their order)
        live = sorted(n for tests_id, at in self._at_anchor.items() if tests_id in present or tests_id not in word_anchored
                      for n in at)
        ordered = self._ordered
        for key, nodes in (ordered[n] for n in live):
            anchor = nodes[0]
            accepted = anchors.get(anchor.tests_id)
            if accepted is None:
                accepted = anchors[anchor.tests_id] = sorted(tree.accepted(anchor)) \
                    if anchor.tests_id in present or anchor.tests_id not in word_anchored else []
            if not accepted:
                continue  # (most patterns: no word of the doc can be their trigger, so their other nodes are not tested)
            second = nodes[1]
            bind_key = (anchor.tests_id, second.tests_id, second.relation, second.left)
            bindable = bound.get(bind_key)
            if bindable is None:
                bindable = bound[bind_key] = tree.bindable(accepted, second)
            accepted = bindable
            if len(nodes) == 2:  # most frames: the trigger and one related token, matched without recursion
                if second.relation == "<<":
                    for i in accepted:
                        out.extend((key, [i, j]) for j in tree.related(i, "<<") if tree.accepts(j, second))
                    continue
                passing = tree.accepted(second)  # (made by `bindable` already)
                for i in accepted:
                    out.extend((key, [i, j]) for j in tree.related(i, second.relation) if j in passing)
                continue
            for i in accepted:
                tree.walk(key, nodes, 1, [i], out)
        return out


class _Tree:
    def __init__(self, doc: Doc, wanted: list[set[str]] | None = None) -> None:
        # the doc's cached columns (shared with the other stages), no Token object per word
        self.columns = [strings(doc, attr) for attr in COLUMNS]  # attribute index -> value of every token
        self.heads = heads(doc)
        self.size = len(self.heads)
        self._wanted = wanted
        self._index: list[dict[str, list[int]] | None] = [None] * len(ATTRS)  # built per attribute on first use
        self._sets: dict[int, set[int]] = {}  # node tests (by id) -> the tokens passing them
        self._parents: dict[int, set[int]] = {}  # node tests (by id) -> those tokens' heads
        self.children: list[list[int]] = [[] for _ in self.heads]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def index(self, attribute: int) -> dict[str, list[int]]:
        """Attribute value -> indices of the tokens that have it, in text order: for the values some test names
        (`TreeMatcher._wanted`), the only ones a lookup asks for."""
        built = self._index[attribute]
        if built is None:
            built = self._index[attribute] = {}
            wanted = self._wanted[attribute] if self._wanted is not None else set(self.columns[attribute])  # (None: all)
            for i, value in enumerate(self.columns[attribute]):
                if value in wanted:
                    found = built.get(value)
                    if found is None:
                        built[value] = [i]
                    else:
                        found.append(i)
        return built

    def accepted(self, node: _Node) -> set[int]:
        """The tokens passing every test of `node`, memoised by the tests: those passing its most telling IN test,
        read from that attribute's index (not by testing each token in turn), kept where they pass the other tests
        too; or, with NOT_IN tests only, every token but those the indexes give for their values."""
        found = self._sets.get(node.tests_id)
        if found is not None:
            return found
        tests = node.tests
        first = _FIRST_TESTS.get(node.tests_id, -1)
        if first == -1:
            first = _FIRST_TESTS[node.tests_id] = _first_test(node)
        if first is None:  # only NOT_IN tests: every token but those with the values
            found = set(range(self.size))
            for attribute, _, values in tests:
                index = self.index(attribute)
                for value in index.keys() & values if len(values) > 4 else values:
                    found.difference_update(index.get(value, ()))
        else:  # the tokens passing the most telling test, from its index, then the other tests on those few alone
            attribute, _, values = tests[first]
            index = self.index(attribute)
            found = set()
            for value in index.keys() & values if len(values) > 4 else values:  # (long lists of lemmas: only those present)
                found.update(index.get(value, ()))
            for n, (attribute, negated, values) in enumerate(tests):
                if n != first and found:
                    column = self.columns[attribute]
                    found = {i for i in found if (column[i] in values) is not negated}
        self._sets[node.tests_id] = found
        return found

    def bindable(self, anchors: list[int], second: _Node) -> list[int]:
        """The anchors (in order) next to which the pattern's second node, related to the anchor,
        can bind at all: a child of theirs or their head passes its tests.  The others cannot
        match, so they are not walked."""
        if second.left != 0 or second.relation not in (">", "<"):
            return anchors
        if second.relation == ">":
            parents = self._parents.get(second.tests_id)
            if parents is None:
                heads = self.heads
                parents = self._parents[second.tests_id] = {heads[j] for j in self.accepted(second) if heads[j] != j}
            return [i for i in anchors if i in parents]
        accepted, heads = self.accepted(second), self.heads
        return [i for i in anchors if heads[i] != i and heads[i] in accepted]

    def accepts(self, i: int, node: _Node) -> bool:
        columns = self.columns
        for index, negated, values in node.tests:
            if (columns[index][i] in values) is negated:
                return False
        return True

    def related(self, i: int, relation: str) -> list[int]:
        if relation == ">":
            return self.children[i]
        if relation == ">--":  # a child to the left of its head
            return [j for j in self.children[i] if j < i]
        if relation == "<":
            return [self.heads[i]] if self.heads[i] != i else []
        if relation == ";":  # the word just before
            return [i - 1] if i > 0 else []
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
        tests, columns = node.tests, self.columns
        for j in self.related(bound[node.left], node.relation):
            for index, negated, values in tests:  # the test of `accepts`, inline: this is the hot loop
                if (columns[index][j] in values) is negated:
                    break
            else:  # as in spaCy, one token may fill two nodes
                bound.append(j)
                self.walk(key, nodes, n + 1, bound, out)
                bound.pop()
