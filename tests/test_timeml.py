"""TimeML reading, writing and directory tagging, on small hand-written fixtures."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import Timex
from dateline.timex.timeml import parse_tml, read_tml, tag_dir, tml_files, write_tml

DATA = Path(__file__).parent / "data" / "timeml"
SIMPLE = DATA / "simple.tml"


def test_read_gives_docid_dct_plain_text_and_gold_offsets() -> None:
    doc = read_tml(SIMPLE)
    assert doc.docid == "TEST_0001"
    assert doc.dct == "2021-03-05"
    assert "<" not in doc.text.replace("<starting>", "")  # tags gone, escaped brackets decoded
    assert "R&D spending over about three years." in doc.text
    assert [t.text for t in doc.timexes] == ["Thursday", "about three years", "every week", "next month"]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text
    duration, recurring = doc.timexes[1], doc.timexes[2]
    assert (duration.type, duration.value, duration.mod) == ("DURATION", "P3Y", "APPROX")
    assert (recurring.type, recurring.quant, recurring.freq) == ("SET", "EVERY", "1X")
    assert [t.tid for t in doc.timexes] == ["t1", "t2", "t3", "t4"]


def test_compact_dct_value_is_normalized() -> None:
    doc = read_tml(DATA / "sub" / "compact.tml")
    assert doc.dct == "1999-02-14"
    assert doc.text == "Sales rose in 1998 and fell now."
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(14, 18, "1998"), (28, 31, "PRESENT_REF")]


def test_missing_text_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_tml("<TimeML><DOCID>x</DOCID></TimeML>")


def test_write_replaces_only_timex_tags() -> None:
    doc = read_tml(SIMPLE)
    start = doc.text.index("on a plan")
    ours = [
        Timex(start=start + 5, end=start + 9, text="plan", type="DATE", value="XXXX-XX-XX"),
        Timex(start=0, end=0, text="", type="DATE", value="2021"),  # empty: skipped
    ]
    out = write_tml(doc, ours)
    # outside TEXT nothing changed
    assert out[: doc.text_start] == doc.raw[: doc.text_start]
    assert out.endswith(doc.raw[doc.text_end :])
    assert '<DCT><TIMEX3 tid="t0"' in out
    # other tags and escapes inside TEXT kept, old TIMEX3s gone
    assert '<EVENT eid="e1" class="OCCURRENCE">voted</EVENT>' in out
    assert '<SIGNAL sid="s1">over</SIGNAL>' in out
    assert "R&amp;D" in out and "&lt;starting&gt;" in out
    assert "Thursday</TIMEX3>" not in out
    assert '<TIMEX3 tid="t1" type="DATE" value="XXXX-XX-XX">plan</TIMEX3>' in out
    again = parse_tml(out)
    assert again.text == doc.text
    assert [(t.start, t.end, t.value) for t in again.timexes] == [(start + 5, start + 9, "XXXX-XX-XX")]


def test_write_round_trips_gold_and_escapes_attributes() -> None:
    doc = read_tml(SIMPLE)
    odd = Timex(start=1, end=4, text="The", type="DATE", value='a"<b>&', mod="START")
    out = write_tml(doc, doc.timexes[:1] + [odd])
    xml.dom.minidom.parseString(out.encode())  # well-formed
    again = parse_tml(out)
    assert [(t.text, t.value, t.mod) for t in again.timexes] == [
        ("The", 'a"<b>&', "START"),
        ("Thursday", "2021-03-04", None),
    ]
    full = parse_tml(write_tml(doc, doc.timexes))
    keys = [(t.start, t.end, t.type, t.value, t.mod, t.quant, t.freq) for t in doc.timexes]
    assert [(t.start, t.end, t.type, t.value, t.mod, t.quant, t.freq) for t in full.timexes] == keys


def test_write_keeps_nesting_when_a_timex_cuts_an_element() -> None:
    doc = read_tml(SIMPLE)
    voted = doc.text.index("voted")
    # "council vot" cuts the EVENT "voted": the timex grows to contain the whole element
    cut = Timex(start=voted - 8, end=voted + 3, text="", type="DATE", value="X")
    out = write_tml(doc, [cut])
    xml.dom.minidom.parseString(out.encode())
    again = parse_tml(out)
    assert again.text == doc.text
    assert [t.text for t in again.timexes] == ["council voted"]


def test_write_skips_overlaps_and_out_of_range() -> None:
    doc = read_tml(SIMPLE)
    a = Timex(start=1, end=12, text="", type="DATE", value="A")
    b = Timex(start=5, end=9, text="", type="DATE", value="B")  # inside a: dropped
    c = Timex(start=len(doc.text) - 1, end=len(doc.text) + 5, text="", type="DATE", value="C")
    again = parse_tml(write_tml(doc, [b, a, c]))
    assert [t.value for t in again.timexes] == ["A"]


def test_write_cuts_text_next_to_entity_references() -> None:
    doc = read_tml(SIMPLE)
    d_pos = doc.text.index("&D") + 1
    bracket = doc.text.index("<starting>")
    ours = [
        Timex(start=d_pos, end=d_pos + 10, text="", type="DATE", value="A"),  # "D spending", after "&"
        Timex(start=bracket, end=bracket + 10, text="", type="DATE", value="B"),  # "<starting>"
    ]
    out = write_tml(doc, ours)
    assert 'R&amp;<TIMEX3 tid="t1" type="DATE" value="A">D spending</TIMEX3>' in out
    assert '<TIMEX3 tid="t2" type="DATE" value="B">&lt;starting&gt;</TIMEX3>' in out
    again = parse_tml(out)
    assert [t.text for t in again.timexes] == ["D spending", "<starting>"]


def test_write_to_path_creates_directories(tmp_path: Path) -> None:
    doc = read_tml(SIMPLE)
    target = tmp_path / "a" / "b.tml"
    text = write_tml(doc, doc.timexes, target)
    assert target.read_text(encoding="utf-8") == text


def _fake_tagger(text: str, dct: str, domain: str = "news", explain: bool = False) -> list[Timex]:
    """Marks every four-digit year as a DATE; fails on one marker so error reporting is exercised."""
    if "fell now" in text and domain == "boom":
        raise RuntimeError("boom")
    out = []
    for word_start in range(len(text) - 3):
        chunk = text[word_start : word_start + 4]
        if chunk.isdigit() and not text[word_start - 1 : word_start].isdigit():
            steps = [f"year {chunk} as written"] if explain else []
            out.append(
                Timex(
                    start=word_start,
                    end=word_start + 4,
                    text=chunk,
                    type="DATE",
                    value=chunk,
                    rule="year",
                    explain=steps,
                )
            )
    return out


def test_tag_dir_writes_same_relative_paths(tmp_path: Path) -> None:
    report = tag_dir(DATA, tmp_path, tagger=_fake_tagger)
    assert report["files"] == 2 and report["written"] == 2 and report["errors"] == {}
    assert tml_files(tmp_path) == [Path("simple.tml"), Path("sub/compact.tml")]
    tagged = read_tml(tmp_path / "sub" / "compact.tml")
    assert [(t.text, t.value) for t in tagged.timexes] == [("1998", "1998")]
    assert report["timexes"] == 1
    assert "explanations" not in report


def test_tag_dir_passes_explain_and_reports_it(tmp_path: Path) -> None:
    report = tag_dir(DATA, tmp_path, explain=True, tagger=_fake_tagger)
    explanations = report["explanations"]
    assert isinstance(explanations, dict)
    assert explanations["simple.tml"] == []
    [only] = explanations["sub/compact.tml"]
    assert (only["text"], only["rule"], only["explain"]) == ("1998", "year", ["year 1998 as written"])


def test_tag_dir_reports_errors_and_goes_on(tmp_path: Path) -> None:
    report = tag_dir(DATA, tmp_path, domain="boom", tagger=_fake_tagger)
    errors = report["errors"]
    assert isinstance(errors, dict) and list(errors) == ["sub/compact.tml"]
    assert "RuntimeError: boom" in errors["sub/compact.tml"]
    assert (tmp_path / "simple.tml").exists() and not (tmp_path / "sub" / "compact.tml").exists()


SHARED = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned" / "AQUAINT"
)


@pytest.mark.skipif(not SHARED.is_dir(), reason="TempEval-3 data not present")
def test_gold_round_trip_on_a_few_corpus_files() -> None:
    for rel in tml_files(SHARED)[:3]:
        doc = read_tml(SHARED / rel)
        assert len(doc.dct) == 10
        assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
        again = parse_tml(write_tml(doc, doc.timexes))
        assert again.text == doc.text
        assert [(t.start, t.end, t.value) for t in again.timexes] == [
            (t.start, t.end, t.value) for t in doc.timexes
        ]


_ALPHABET = "ab &<>\"'\n"


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def _documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    """A TimeML source whose TEXT has EVENT elements, plus spans for timexes to write into it."""
    words = draw(st.lists(st.text(alphabet=_ALPHABET, min_size=1, max_size=6), min_size=1, max_size=12))
    tagged = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    body = "".join(
        f'<EVENT eid="e{i}">{_escape_text(w)}</EVENT>' if is_event else _escape_text(w)
        for i, (w, is_event) in enumerate(zip(words, tagged, strict=True))
    )
    length = sum(len(w) for w in words)
    cuts = sorted(set(draw(st.lists(st.integers(0, length), max_size=8))))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    raw = f'<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2001-02-03" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>{body}</TEXT></TimeML>'
    return raw, spans


@settings(max_examples=60, deadline=None)
@given(_documents())
def test_write_read_round_trip_on_random_markup(case: tuple[str, list[tuple[int, int]]]) -> None:
    raw, spans = case
    doc = parse_tml(raw)
    assert doc.dct == "2001-02-03"
    ours = [Timex(start=a, end=b, text=doc.text[a:b], type="DATE", value="2001") for a, b in spans]
    out = write_tml(doc, ours)
    xml.dom.minidom.parseString(out.encode())  # always well nested
    again = parse_tml(out)
    assert again.text == doc.text
    assert 0 < len(again.timexes) <= len(ours) or not ours
    for read in again.timexes:
        # each written timex is one of ours, its boundaries moved outward only to keep an EVENT whole
        assert any(read.start <= a and read.end >= b for a, b in spans)
        assert again.text[read.start : read.end] == read.text
    if "<EVENT" not in raw:  # nothing to cut through: every timex written with its exact extent
        assert [(t.start, t.end) for t in again.timexes] == spans
    assert all(a.end <= b.start for a, b in zip(again.timexes, again.timexes[1:], strict=False))
