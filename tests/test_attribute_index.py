"""The indexed attribute ruler finds exactly the matches of the spaCy ruler it takes over."""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler

from dateline import nlp
from dateline.attribute_index import IndexedAttributeRuler
from stock_spacy import before, stock

TEXTS = [
    "Y'all ain't gonna believe it: there's nothin' left, and let's face it, c'mon, we gotta go.",
    "There were three of them.  The court, which sat on Monday, heard that it had been sold.\n\nHe was to go.",
    "Dr. O'Neill isn't sure whether they'd've left; she WASN'T told, the firm's spokesman said.",
]


def test_the_models_ruler_matches_the_same() -> None:
    ruler = stock().get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(stock().vocab).take(ruler)
    assert len(indexed.rest) < len(ruler.matcher)  # most of the patterns are indexed
    for text in TEXTS:
        doc = before("attribute_ruler", text)
        expected = ruler.match(doc)
        assert expected  # (every token has a tag's pattern)
        assert indexed.match(doc) == expected


def test_the_tokens_come_out_as_the_stock_ruler_leaves_them() -> None:
    ruler = stock().get_pipe("attribute_ruler")
    indexed = IndexedAttributeRuler(stock().vocab).take(ruler)
    for text in TEXTS:
        mine, theirs = before("attribute_ruler", text), before("attribute_ruler", text)
        indexed(mine)
        ruler(theirs)
        assert [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in mine] == [(t.pos_, str(t.morph), t.lemma_, t.tag_) for t in theirs]
        assert any(t.pos_ for t in mine)


def test_every_kind_of_pattern() -> None:
    ruler = AttributeRuler(stock().vocab)
    ruler.add([[{"LOWER": "sold"}]], {"POS": "VERB"})
    ruler.add([[{"TAG": {"IN": ["NNP", "NN"]}, "LOWER": {"NOT_IN": ["court"]}}]], {"POS": "NOUN"})
    ruler.add([[{"DEP": "det"}, {"LOWER": {"REGEX": "^co"}}]], {"LEMMA": "tribunal"}, index=1)
    ruler.add([[{"LOWER": {"REGEX": "^th"}}]], {"MORPH": "PronType=Dem"})  # (no equality: tried at every token)
    ruler.add([[{"LOWER": "it"}, {"LOWER": "had", "OP": "?"}, {"LOWER": "been"}]], {"LEMMA": "it"})  # (an operator)
    ruler.add([[{"TEXT": "There"}, {"ORTH": {"IN": ["were", "was"]}}]], {"LEMMA": "be"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
    indexed = IndexedAttributeRuler(stock().vocab).take(ruler)
    assert len(indexed.rest) == 1 and len(indexed.scanned) == 1  # the operator; the regular expression alone, tried everywhere
    for text in TEXTS:
        doc = before("attribute_ruler", text)
        expected = ruler.match(doc)
        assert indexed.match(doc) == expected
    doc = before("attribute_ruler", TEXTS[1])
    found = {(number, doc[start:end].text) for number, _, start, end in indexed.match(doc)}
    assert {(0, "sold"), (2, "The court"), (4, "it had been"), (5, "There were")} <= found
    assert (1, "court") not in found and (3, "There") in found


def test_the_pipeline_runs_it_in_place_of_the_stock_ruler() -> None:
    names = nlp.load().pipe_names
    assert "attribute_ruler" not in names
    assert names.index("dateline_attribute_ruler") < names.index("dateline_lemmatizer")


def test_without_a_ruler_it_says_so() -> None:
    with pytest.raises(ValueError, match="take"):
        IndexedAttributeRuler(stock().vocab)(stock().make_doc("A text."))


def test_one_pipeline_per_model_name() -> None:
    """`load()`, `load(None)` and `load(<the default model's name>)` are the same pipeline, loaded once (the
    benchmark's timing of our components inside spaCy's pass wraps the one the pipeline runs)."""
    assert nlp.load() is nlp.load(None) is nlp.load(nlp.model_name())
