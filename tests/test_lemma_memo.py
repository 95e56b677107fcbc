"""The memoised lemmatizer gives every token the lemma spaCy's own lemmatizer gives it."""

from __future__ import annotations

import pytest

from dateline import nlp
from dateline.lemma_memo import MemoLemmatizer
from stock_spacy import before, stock

TEXTS = [
    "The geese were flying; she was running faster than the others ran, and her best-selling books sold.",
    "They've gone.  Y'all ain't gonna win: the leaves fell, the mice hid, and he'd have been better off.",
    "Oakleys, Wednesdays and the 1990s: the runners-up were children who lay down.\n\nIt is wed.",
]


def test_the_same_lemmas_as_the_stock_lemmatizer() -> None:
    lemmatizer = stock().get_pipe("lemmatizer")
    memo = MemoLemmatizer(stock().vocab).take(lemmatizer)
    for _ in range(2):  # the second time from the memo
        for text in TEXTS:
            mine, theirs = memo(before("lemmatizer", text)), lemmatizer(before("lemmatizer", text))
            assert [t.lemma_ for t in mine] == [t.lemma_ for t in theirs]
    assert memo.memo
    doc = memo(before("lemmatizer", TEXTS[0]))
    assert [t.lemma_ for t in doc if t.lower_ in ("geese", "were", "running")] == ["goose", "be", "run"]


def test_a_lemma_set_before_is_kept_unless_the_lemmatizer_overwrites() -> None:
    lemmatizer = stock().get_pipe("lemmatizer")
    memo = MemoLemmatizer(stock().vocab).take(lemmatizer)
    doc = before("lemmatizer", "She sold the geese.")
    doc[1].lemma_ = "vend"
    assert [t.lemma_ for t in memo(doc)][:3] == ["she", "vend", "the"]
    lemmatizer.overwrite = True
    try:
        doc = before("lemmatizer", "She sold the geese.")
        doc[1].lemma_ = "vend"
        assert memo(doc)[1].lemma_ == "sell"
    finally:
        lemmatizer.overwrite = False


def test_the_pipeline_runs_it_and_finds_the_stock_tables() -> None:
    language = nlp.load()
    assert "lemmatizer" not in language.pipe_names and "dateline_lemmatizer" in language.pipe_names
    assert nlp.stock_lemmatizer(language).lookups.has_table("lemma_index")
    assert language("The mice were caught.")[1].lemma_ == "mouse"


def test_without_a_lemmatizer_it_says_so() -> None:
    with pytest.raises(ValueError, match="take"):
        MemoLemmatizer(stock().vocab)(stock().make_doc("A text."))
