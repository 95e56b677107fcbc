"""Session 43, speed: the tree matcher's sets of accepted tokens, now read from one index and filtered, against a
test of every token in turn; and the paragraph repair, now reading the whitespace tokens from the doc's array."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import nlp
from dateline.extract.events_match import TreeMatcher, _Tree
from dateline.extract.events_schema import matcher

TEXTS = (
    "Harriet Quill, who founded the bakery chain Crumbwell in 2009, was appointed chief executive of Tessaly Foods "
    "on Monday, the company said. She replaces Omar Vance, who retired after eleven years.",
    "The choir did not perform at the festival. Its conductor, Ivo Marr, had resigned and was replaced by a deputy.",
)


@pytest.fixture(scope="module")
def language() -> Any:
    return nlp.load()


def test_accepted_sets_equal_a_test_of_every_token(language: Any) -> None:
    tree_matcher, _ = matcher(language.vocab)
    for text in TEXTS:
        tree = _Tree(language(text))
        checked = 0
        for patterns in tree_matcher.patterns.values():
            for nodes in patterns:
                for node in nodes:
                    assert tree.accepted(node) == {i for i in range(tree.size) if tree.accepts(i, node)}, node
                    checked += 1
        assert checked > 500


def test_mixed_in_and_not_in_tests(language: Any) -> None:
    doc = language("Mira Holt resigned in May and was replaced by Tom Reyes, who resigned in June.")
    subject = {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}}}
    mixed = TreeMatcher(language.vocab)  # "resigned", not in a relative clause
    mixed.add("k", [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": "resign", "DEP": {"NOT_IN": ["relcl"]}}}, subject]])
    assert [[doc[i].text for i in ids] for _, ids in mixed(doc)] == [["resigned", "Holt"]]
    negated = TreeMatcher(language.vocab)  # any word but a relative clause's, with a subject
    negated.add("k", [[{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["relcl"]}}}, subject]])
    found = [[doc[i].text for i in ids] for _, ids in negated(doc)]
    assert ["resigned", "Holt"] in found and not any(words[1] == "who" for words in found)


def test_a_line_break_opens_a_sentence(language: Any) -> None:
    doc = language("Tessaly Foods names new chief\nHarriet Quill was appointed chief executive on Monday.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Harriet" in starts
    one_line = language("Tessaly Foods named Harriet Quill chief executive on Monday.")
    assert [t.text for t in one_line if t.is_sent_start] == ["Tessaly"]
