"""Document -> Analysis: spaCy once, then each stage enriches the same Analysis.

A stage is a function `run(doc, analysis, options)` where `doc` is the spaCy `Doc` of the
document's text and `analysis` the `Analysis` being filled.  Stages run in the order below; a
stage whose module is not built yet is reported as missing in `Analysis.stages` and yields
nothing — never a placeholder.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from . import nlp
from .gcpause import paused_cycle_collection
from .model import Analysis, Document, Sentence

# name -> "module:function".  Order matters: events read entities and timexes, claims mark
# the events and facts inside their content, facts are derived from events.
STAGES: list[tuple[str, str]] = [
    ("time", "dateline.timex.stage:run"),
    ("entities", "dateline.extract.entities:run"),
    ("events", "dateline.extract.events:run"),
    ("claims", "dateline.extract.claims:run"),
    ("facts", "dateline.resolve:run"),
]

StageFn = Callable[[Doc, Analysis, "Options"], None]


@dataclass(frozen=True, slots=True)
class Options:
    domain: str = "news"  # news | narrative (how relative times are anchored)
    explain: bool = False  # keep the grammar's explanation of every timex


def _load_stage(target: str) -> StageFn | str:
    module_name, func_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            return f"missing: {module_name} is not built yet"
        raise
    func = getattr(module, func_name, None)
    if func is None:
        return f"missing: {module_name} has no {func_name}()"
    return func


_STAGE_CACHE: dict[str, StageFn | str] = {}


def stages() -> list[tuple[str, StageFn | str]]:
    out = []
    for name, target in STAGES:
        if target not in _STAGE_CACHE:
            _STAGE_CACHE[target] = _load_stage(target)
        out.append((name, _STAGE_CACHE[target]))
    return out


def _sentences(doc: Doc, text: str | None = None) -> list[Sentence]:
    """spaCy's sentences trimmed of surrounding whitespace (indexes stay those of `doc.sents`).
    `text` is the doc's text when the caller has it (`doc.text` joins every token again)."""
    out: list[Sentence] = []
    text = doc.text if text is None else text
    for sent in nlp.sentences(doc)[0]:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(Sentence(len(out), start, end))
    return out


def analyze_document(document: Document, options: Options | None = None, model: str | None = None) -> Analysis:
    return enrich(nlp.load(model)(document.text), document, options or Options())


def analyze_documents(
    documents: list[Document], options: Options | None = None, model: str | None = None
) -> list[Analysis | Exception]:
    """Several documents through spaCy in one batch (faster than one by one), then each through
    the stages; a document whose stages fail gives its exception and the others go on.  The cyclic
    collector stays paused for the whole batch, not only for each document's stages (see gcpause)."""
    options = options or Options()
    out: list[Analysis | Exception] = []
    with paused_cycle_collection():
        for document, doc in zip(documents, nlp.load(model).pipe(d.text for d in documents), strict=True):
            try:
                out.append(enrich(doc, document, options))
            except Exception as exc:  # noqa: BLE001 - reported by the caller, the batch goes on
                out.append(exc)
    return out


def enrich(doc: Doc, document: Document, options: Options) -> Analysis:
    """Run every stage over a parsed document."""
    analysis = Analysis(document=document)
    same = not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(document.text)  # the doc was made from this text
    analysis.sentences = _sentences(doc, document.text if same else None)
    analysis.stages["nlp"] = "ok"
    with paused_cycle_collection():  # many short-lived objects, few cycles (see gcpause)
        for name, stage in stages():
            if isinstance(stage, str):
                analysis.stages[name] = stage
                continue
            stage(doc, analysis, options)
            analysis.stages[name] = "ok"
    return analysis


def analyze(text: str, dct: str, **meta: Any) -> Analysis:
    """Analyze one article dated `dct` (YYYY-MM-DD).  `meta`: title, url, source, domain, explain."""
    options = Options(domain=meta.pop("domain", "news"), explain=meta.pop("explain", False))
    from .read import validate_dct

    return analyze_document(Document.make(text, validate_dct(dct), **meta), options)
