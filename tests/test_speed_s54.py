"""Session 54, speed: the tree matcher's indexes list only the values its tests name, and it walks only the patterns
whose first node can accept a word of the doc; the accepted sets and the matches are those of a test of every token."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import nlp
from dateline.extract.events_match import _Tree
from dateline.extract.events_schema import matcher
from test_speed_s43 import TEXTS  # (the same two articles, every pattern tested on both)


@pytest.fixture(scope="module")
def language() -> Any:
    return nlp.load()


def test_restricted_indexes_accept_what_every_token_test_does(language: Any) -> None:
    tree_matcher, _ = matcher(language.vocab)
    for text in TEXTS:
        doc = language(text)
        tree, full = _Tree(doc, tree_matcher._wanted), _Tree(doc)
        for patterns in tree_matcher.patterns.values():
            for nodes in patterns:
                for node in nodes:
                    assert tree.accepted(node) == full.accepted(node) == {i for i in range(tree.size) if tree.accepts(i, node)}


def test_matches_are_those_of_every_pattern_in_order(language: Any) -> None:
    tree_matcher, _ = matcher(language.vocab)
    for text in TEXTS:
        doc = language(text)
        tree, out = _Tree(doc), []
        for key, patterns in tree_matcher.patterns.items():  # every pattern, from every token its first node accepts
            for nodes in patterns:
                for i in sorted(tree.accepted(nodes[0])):
                    tree.walk(key, nodes, 1, [i], out)
        assert tree_matcher(doc) == out and out
