"""The spaCy layer: model choice, paragraph boundaries, tokenizer repairs."""

from __future__ import annotations

import pytest

from dateline import nlp


@pytest.fixture(scope="module")
def model():
    return nlp.load()


def test_a_line_break_ends_a_sentence(model):
    doc = model("Breaking news\nThe minister resigned on Friday.\n\nShe said nothing")
    assert [s.text.strip() for s in doc.sents] == [
        "Breaking news", "The minister resigned on Friday.", "She said nothing",
    ]


def test_wed_is_a_verb_not_we_would(model):
    doc = model("The two wed in June. Wed. 5 was busy.")
    assert [t.text for t in doc][:4] == ["The", "two", "wed", "in"]
    assert "Wed." in [t.text for t in doc]


def test_a_co_or_re_prefixed_verb_is_one_word_with_its_stems_lemma(model):
    doc = model("She co-founded Brightloop and was re-elected in 2019; a co-founder, the Rolls-Royce.")
    words = {t.text: t for t in doc}
    assert words["co-founded"].lemma_ == "found" and words["co-founded"].dep_ == "ROOT"
    assert words["re-elected"].lemma_ == "elect"
    assert words["co-founder"].lemma_ == "co-founder"  # a noun keeps its own word
    assert "Rolls-Royce" not in words  # other hyphens still split


def test_model_choice_follows_the_environment(monkeypatch):
    monkeypatch.setenv("DATELINE_SPACY_MODEL", "no_such_model_xyz")
    assert nlp.model_name() == "no_such_model_xyz"
    with pytest.raises(nlp.ModelNotFound, match="no_such_model_xyz"):
        nlp.load("no_such_model_xyz")
    monkeypatch.delenv("DATELINE_SPACY_MODEL")
    assert nlp.model_name() in nlp.FALLBACK_MODELS


def test_cached_columns_are_the_tokens_own_values(model):
    doc = model("Her husband, who had stepped down in May, said the couple's two sons were born in Leeds.")
    for attr, prop in (("text", "text"), ("lower", "lower_"), ("lemma", "lemma_"), ("pos", "pos_"), ("tag", "tag_"), ("dep", "dep_")):
        assert nlp.strings(doc, attr) == [getattr(t, prop) for t in doc]
    assert nlp.heads(doc) == [t.head.i for t in doc]
    assert [[c.i for c in nlp.children_of(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert nlp.strings(doc, "lemma") is nlp.strings(doc, "lemma")  # read once per doc
    other = model("A second text.")
    assert nlp.strings(other, "text") == ["A", "second", "text", "."]


def test_a_memo_is_the_docs_own_and_kept_per_name(model):
    doc = model("She stepped down in May.")
    other = model("She stepped down in May.")
    known = nlp.memo(doc, "rule")
    known[1] = ("step down", "step")
    assert nlp.memo(doc, "rule") is known  # the same dict at every call for the same doc and name
    assert nlp.memo(doc, "other rule") == {}
    assert nlp.memo(other, "rule") == {}  # another doc, even of the same text, has its own
    assert known == {1: ("step down", "step")}


def test_memos_are_kept_for_the_latest_docs_only(model):
    docs = [model(f"She stepped down in {month}.") for month in ("May", "June", "July", "August", "September")]
    first = nlp.memo(docs[0], "rule")
    first[1] = ("step down", "step")
    for doc in docs[1:]:
        nlp.memo(doc, "rule")[1] = ("step down", "step")
    assert nlp.memo(docs[0], "rule") == {}  # pushed out by newer docs: the store stays bounded
    assert nlp.memo(docs[-1], "rule") is nlp.memo(docs[-1], "rule")


def test_token_at_is_the_root_of_a_one_token_char_span(model):
    text = "The board of Acme Corp appointed Jane Doe, 52, as chief executive on Monday."
    doc = model(text)
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        found = nlp.token_at(doc, start, end)
        assert found is nlp.tokens(doc)[token.i]  # the cached token, not a new one
        assert found == doc.char_span(start, end, alignment_mode="expand").root
    start = text.index("Jane Doe")
    assert nlp.token_at(doc, start, start + len("Jane Doe")) is None  # two tokens: the caller makes the span
    assert nlp.token_at(doc, start, start + 2) is None  # part of a token
    assert nlp.token_at(doc, start + 1, start + 4) is None  # not at a token's start
