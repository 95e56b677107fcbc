"""spaCy's lemmatizer, asked once per kind of word instead of once per token.

spaCy's rule and lookup lemmatizers give a word's lemma from its text, its part of speech and its
morphology alone, and spaCy's `Lemmatizer.__call__` asks for it token by token, making a Token and
setting the lemma's string on it each time (0.6 s CPU over our 250 development articles).
`MemoLemmatizer` takes over a loaded lemmatizer: it reads the doc's columns once, asks the lemmatizer
only for a (text, part of speech, morphology) it has not met before, and writes the lemmas back as one
column.  It leaves alone, as the stock component does, a token whose lemma is already set (the
attribute ruler's exceptions) unless the lemmatizer overwrites; any other mode than "rule" or "lookup"
(which may read more of the token) is run by the stock component itself.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

MEMO_LIMIT = 200_000  # (text, part of speech, morphology) -> lemma entries kept before starting afresh
MODES = frozenset({"rule", "lookup"})  # the modes whose lemma depends on the text, part of speech and morphology alone


class MemoLemmatizer:
    """A pipeline component doing what the `Lemmatizer` it `take`s does (see the module's doc)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.lemmatizer: Lemmatizer | None = None
        self.memo: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) hashes -> the lemma's hash

    def take(self, lemmatizer: Lemmatizer) -> MemoLemmatizer:
        self.lemmatizer = lemmatizer
        self.memo.clear()
        return self

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer is None:
            raise ValueError("dateline_lemmatizer has no lemmatizer: call take(lemmatizer) with the pipeline's lemmatizer")
        if lemmatizer.mode not in MODES or not len(doc):
            return lemmatizer(doc)
        if not getattr(lemmatizer, "_validated", True):
            lemmatizer(Doc(doc.vocab, words=[]))  # (the stock component checks its tables at its first call)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        memo, strings, overwrite = self.memo, self.vocab.strings, lemmatizer.overwrite
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory("dateline_lemmatizer")
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab)
