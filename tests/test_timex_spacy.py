"""The spaCy component, the parse-based tense, and the pipeline stage."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline import nlp as dnlp
from dateline.model import Analysis, Document, Sentence
from dateline.pipeline import Options
from dateline.timex import stage, tag
from dateline.timex.spacy_tense import tense_function


@pytest.fixture(scope="module")
def nlp() -> Language:
    return dnlp.load()


def test_component_puts_timexes_on_doc(nlp: Language) -> None:
    pipe = dnlp.spacy.blank("en")
    pipe.add_pipe("dateline_timex", config={"dct": "2023-08-07"})
    doc = pipe("They were married on August 4, 2012, and split last week.")
    assert [(t.text, t.value) for t in doc._.timexes] == [("August 4, 2012", "2012-08-04"),
                                                          ("last week", "2023-W31")]


def test_component_per_doc_date(nlp: Language) -> None:
    pipe = dnlp.spacy.blank("en")
    pipe.add_pipe("dateline_timex", config={"dct": "2023-08-07", "domain": "news"})
    doc = pipe.make_doc("He left yesterday.")
    doc._.dct = "2000-01-01"
    doc = pipe.get_pipe("dateline_timex")(doc)
    assert [t.value for t in doc._.timexes] == ["1999-12-31"]


def test_component_ages_option(nlp: Language) -> None:
    pipe = dnlp.spacy.blank("en")
    pipe.add_pipe("dateline_timex", config={"dct": "2023-08-07", "ages": True})
    doc = pipe("She is a 25-year-old activist.")
    assert [(t.text, t.value) for t in doc._.timexes] == [("25-year-old", "P25Y")]


def test_parse_tense(nlp: Language) -> None:
    doc = nlp("They will meet on Friday. They met on Friday. They are busy on Friday. They are meeting on Friday.")
    tense = tense_function(doc)
    spans = [i for i in range(len(doc.text)) if doc.text.startswith("Friday", i)]
    # a progressive of a verb of the timetable is an arrangement ahead
    assert [tense(s, s + 6) for s in spans] == ["FUTURE", "PAST", "PRESENT", "FUTURE"]


def test_stage_fills_analysis(nlp: Language) -> None:
    text = "They will meet on Friday. They met on Friday."
    doc = nlp(text)
    analysis = Analysis(document=Document.make(text, "2023-08-07"))
    analysis.sentences = [Sentence(i, s.start_char, s.end_char) for i, s in enumerate(doc.sents)]
    stage.run(doc, analysis, Options(explain=True))
    assert [(t.value, t.sentence) for t in analysis.timexes] == [("2023-08-11", 0), ("2023-08-04", 1)]
    assert all(t.explain for t in analysis.timexes)


def test_participial_clause_takes_the_main_clause_tense(nlp: Language) -> None:
    # "Speaking to X in February, she said...": the participle has no tense of its own; the clause is past
    for text in ("Speaking to Vogue in February, she said she was happy.",
                 "Asked about it in February, he declined to comment."):
        doc = nlp(text)
        got = [(t.text, t.value) for t in tag(text, "2024-10-09", tense=tense_function(doc))]
        assert got == [("February", "2024-02")], text
    text = "Speaking in February, she will open the tour."
    assert [t.value for t in tag(text, "2024-10-09", tense=tense_function(nlp(text)))] == ["2025-02"]


def _parsed_values(nlp: Language, text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, tense=tense_function(nlp(text)))]


def test_parse_tense_modals_and_future_adjectives(nlp: Language) -> None:
    # 2000-03-15 is a Wednesday
    assert _parsed_values(nlp, "The army would withdraw by Friday.", "2000-03-15") == [("Friday", "2000-03-17")]
    assert _parsed_values(nlp, "He is due in court Monday.", "2000-03-15") == [("Monday", "2000-03-20")]
    assert _parsed_values(nlp, "They could have met Monday.", "2000-03-15") == [("Monday", "2000-03-13")]


def test_parse_tense_date_right_after_a_speech_verb(nlp: Language) -> None:
    # the parser may hang "Monday" on the reported clause's verb; it is when the spokesman spoke
    got = _parsed_values(nlp, "A spokesman said Monday the army would withdraw by Friday.", "2000-03-15")
    assert got == [("Monday", "2000-03-13"), ("Friday", "2000-03-17")]


def test_parse_tense_present_of_a_timetable_is_ahead(nlp: Language) -> None:
    """"She takes over in January", "he is leaving in March": a simple or progressive present of a
    verb of the timetable tells a date ahead; other presents and the past keep their reading."""
    assert _parsed_values(nlp, "Ruth Anselm takes over as chief executive in January.", "2024-05-08") == [
        ("January", "2025-01")]
    assert _parsed_values(nlp, "The bakery is closing its doors in March.", "2024-05-08") == [("March", "2025-03")]
    assert _parsed_values(nlp, "Colm Ferrier steps down in February, the board said.", "2024-05-08")[0] == (
        "February", "2025-02")
    assert _parsed_values(nlp, "Ruth Anselm took over as chief executive in January.", "2024-05-08") == [
        ("January", "2024-01")]
    assert _parsed_values(nlp, "The bakery has been closed since March.", "2024-05-08") == [("March", "2024-03")]
    assert _parsed_values(nlp, "Colm Ferrier takes the bus in February.", "2024-05-08") == [("February", "2024-02")]


def test_parse_tense_payable_effective_and_intentions_are_ahead(nlp: Language) -> None:
    """"payable Dec. 7", "effective Feb. 1": a date ahead of the (past) verb that tells it; "agreed to buy
    X in February", "is to resume trading Tuesday": what is intended lies ahead."""
    assert _parsed_values(nlp, "Harbin Mills declared a dividend of five cents, payable Dec. 7.", "2024-11-01") == [
        ("Dec. 7", "2024-12-07")]
    assert _parsed_values(nlp, "The board created a new office, effective Feb. 1.", "2024-11-01") == [("Feb. 1", "2025-02-01")]
    assert _parsed_values(nlp, "Ostrava Steel agreed to buy the foundry in February.", "2024-11-01") == [("February", "2025-02")]
    assert _parsed_values(nlp, "The stock is to resume trading in Oslo Tuesday.", "2024-11-01") == [("Tuesday", "2024-11-05")]


def test_parse_tense_a_participle_of_what_was_done_and_a_lapsed_deadline(nlp: Language) -> None:
    """"the ruling, announced Wednesday" is past though its clause looks ahead; "had been due to expire
    Friday" is a deadline behind; "a vigil planned for Saturday was cancelled" takes its clause's tense."""
    assert _parsed_values(nlp, "They said they would appeal the ruling, announced Wednesday by the court.", "2024-11-01") == [
        ("Wednesday", "2024-10-30")]
    assert _parsed_values(nlp, "The offer had been due to expire Friday evening.", "2024-11-06") == [("Friday evening", "2024-11-01TEV")]
    assert _parsed_values(nlp, "A vigil planned at the chapel for Saturday was cancelled.", "2024-11-06") == [("Saturday", "2024-11-02")]
