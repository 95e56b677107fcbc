"""Readers: every format, gzip, directories, globs, stdin, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.formats import sources as sources_module
from dateline.model import Document
from dateline.read import InputError, date_part, expand_sources, read_sources, validate_dct

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "portman-millepied.txt"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>WIRE19990105.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-01-05T08:30" temporalFunction="false" functionInDocument="CREATION_TIME">01/05/1999</TIMEX3></DCT>
<TITLE>Rates held</TITLE>
<TEXT>The bank held rates <TIMEX3 tid="t1" type="DATE" value="1999-01-04">on Monday</TIMEX3>, officials <EVENT eid="e1">said</EVENT> &amp; traders agreed.</TEXT>
</TimeML>
"""
TML_TEXT = "The bank held rates on Monday, officials said & traders agreed."


def read(*paths: object, **options: object) -> list[Document | InputError]:
    return list(read_sources([str(p) for p in paths], **options))  # type: ignore[arg-type]


def docs(items: list[Document | InputError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items: list[Document | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def only_error(items: list[Document | InputError]) -> InputError:
    assert len(items) == 1 and isinstance(items[0], InputError), items
    return items[0]


def write(path: Path, data: str | bytes, gz: bool = False) -> Path:
    raw = data.encode() if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


# --- dates and the error type ---------------------------------------------------------------


def test_validate_dct_accepts_real_dates_only() -> None:
    assert validate_dct("2023-08-07") == "2023-08-07"
    assert validate_dct("2024-02-29") == "2024-02-29"
    with pytest.raises(ValueError, match="impossible date '2023-02-30'"):
        validate_dct("2023-02-30")
    with pytest.raises(ValueError, match="not in YYYY-MM-DD form"):
        validate_dct("2023-8-7")
    with pytest.raises(ValueError, match="empty date"):
        validate_dct("")
    with pytest.raises(ValueError, match="must be a string"):
        validate_dct(20230807)  # type: ignore[arg-type]


def test_date_part_keeps_the_date_of_a_timestamp() -> None:
    assert date_part("2023-08-07T10:00:00Z") == "2023-08-07"
    assert date_part("2023-08-07 23:59:59+05:00") == "2023-08-07"
    with pytest.raises(ValueError, match="impossible"):
        date_part("2023-02-30T10:00:00")
    with pytest.raises(ValueError, match="ISO 8601"):
        date_part("2023-08-07Tnoon")


def test_input_error_names_path_line_and_problem() -> None:
    assert str(InputError("a.jsonl", 3, "not valid JSON")) == "a.jsonl:3: not valid JSON"
    assert str(InputError("a.txt", None, "no date")) == "a.txt: no date"
    error = InputError("a.txt", 2, "x")
    assert (error.path, error.line, error.problem) == ("a.txt", 2, "x")


def test_bad_arguments_are_refused_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        read_sources([str(tmp_path)], fmt="csv")
    with pytest.raises(ValueError, match="max_bytes"):
        read_sources([str(tmp_path)], max_bytes=0)


def test_a_bad_given_date_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Plain text.")
    assert read(path, date="2023-02-30") == [
        InputError("--date", None, "impossible date '2023-02-30': day is out of range for month")
    ]


# --- the example ----------------------------------------------------------------------------


def test_example_article() -> None:
    [doc] = read(EXAMPLE)
    assert isinstance(doc, Document)
    assert doc.dct == "2023-08-07"
    assert doc.text.startswith("They were married")
    assert doc.path == str(EXAMPLE) and doc.line is None
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert raw.endswith(doc.text)  # the text after the prefix, byte for byte


def test_same_content_gives_the_same_id(tmp_path: Path) -> None:
    body = "The minister resigned on Tuesday.\n\nHer deputy took over."
    one = write(tmp_path / "one.txt", f" date 2021-03-04 {body}\n")
    two = write(tmp_path / "copy" / "two.txt.gz", f"date 2021-03-04 {body}", gz=True)
    three = write(tmp_path / "three.jsonl", json.dumps({"text": body, "date": "2021-03-04T09:00:00Z"}))
    ids = {d.id for d in docs(read(one, two, three))} | {d.id for d in docs(read(one))}
    assert len(ids) == 1
    other = docs(read(write(tmp_path / "four.txt", f"date 2021-03-05 {body}")))
    assert other[0].id not in ids


# --- corpus format --------------------------------------------------------------------------


def test_corpus_single_article_spans_paragraphs(tmp_path: Path) -> None:
    body = "First paragraph, on May 2.\r\n\r\nSecond paragraph.\n  Indented third line.\n"
    path = write(tmp_path / "a.txt", "\ufeff\n  date 2022-05-03 " + body)
    [doc] = read(path)
    assert isinstance(doc, Document)
    assert (doc.dct, doc.text, doc.line) == ("2022-05-03", body, None)


def test_corpus_prefix_followed_by_a_line_break(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.txt", "date 2022-05-03\nHeadline\n\nBody."))
    assert isinstance(doc, Document) and doc.text == "Headline\n\nBody."


def test_corpus_prefix_with_a_timestamp(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.txt", "date 2022-05-03T22:15:00Z Late news."))
    assert isinstance(doc, Document) and (doc.dct, doc.text) == ("2022-05-03", "Late news.")


def test_corpus_one_article_per_line(tmp_path: Path) -> None:
    content = (
        " date 2020-01-01 New year.\r\n"
        "\n"
        "date 2020-02-30 An impossible day.\n"
        "date 2020-03-01 Spring.\n"
        "no prefix on this line\n"
        "date 2020-04-01    \n"
        "date 2020-4-1 Short date.\n"
        "date 2020-05-01 Last line, no newline"
    )
    items = read(write(tmp_path / "many.txt", content))
    got = [(d.line, d.dct, d.text) for d in docs(items)]
    assert got == [
        (1, "2020-01-01", "New year."),
        (4, "2020-03-01", "Spring."),
        (8, "2020-05-01", "Last line, no newline"),
    ]
    problems = {e.line: e.problem for e in errors(items)}
    assert set(problems) == {3, 5, 6, 7}
    assert "impossible date '2020-02-30'" in problems[3]
    assert "no date prefix" in problems[5]
    assert "empty text" in problems[6]
    assert "YYYY-MM-DD" in problems[7]
    assert all(e.path == str(tmp_path / "many.txt") for e in errors(items))


def test_corpus_single_article_with_a_bad_date(tmp_path: Path) -> None:
    error = only_error(read(write(tmp_path / "a.txt", "\n\ndate 2023-02-30 Text.\nMore.")))
    assert error.line == 3 and "impossible date '2023-02-30'" in error.problem
    assert str(error).startswith(f"{tmp_path / 'a.txt'}:3: ")


def test_corpus_prefix_only_is_empty_text(tmp_path: Path) -> None:
    error = only_error(read(write(tmp_path / "a.txt", " date 2023-01-01 \n\n")))
    assert "empty text" in error.problem


# --- plain text -----------------------------------------------------------------------------


def test_plain_text_with_a_given_date(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.txt", "Nothing dated here.\nSecond line.\n")
    [doc] = read(path, date="2019-12-31")
    assert isinstance(doc, Document)
    assert (doc.dct, doc.text) == ("2019-12-31", "Nothing dated here.\nSecond line.\n")


def test_plain_text_without_a_date(tmp_path: Path) -> None:
    path = write(tmp_path / "plain.txt", "Nothing dated here.")
    error = only_error(read(path))
    assert error.path == str(path) and error.problem.startswith("no date")


def test_the_article_date_wins_over_the_given_one(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.txt", "date 2001-01-01 Text."), date="2019-12-31")
    assert isinstance(doc, Document) and doc.dct == "2001-01-01"


def test_forced_text_keeps_the_prefix(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.txt", "date 2001-01-01 Text."), date="2019-12-31", fmt="text")
    assert isinstance(doc, Document) and (doc.dct, doc.text) == ("2019-12-31", "date 2001-01-01 Text.")


# --- JSON Lines -----------------------------------------------------------------------------


def test_jsonl_fields(tmp_path: Path) -> None:
    lines = [
        {"text": "A.", "date": "2020-01-02", "title": "T", "url": "http://x/a", "source": "Wire", "id": 7},
        {"text": "B.", "date": "2020-01-03T23:30:00-05:00"},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.text, first.dct, first.title, first.url, first.source, first.ext_id, first.line) == (
        "A.",
        "2020-01-02",
        "T",
        "http://x/a",
        "Wire",
        "7",
        1,
    )
    assert (second.dct, second.title, second.ext_id, second.line) == ("2020-01-03", None, None, 2)


def test_jsonl_detected_by_content(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "feed.txt", '{"text": "A.", "date": "2020-01-02"}'))
    assert isinstance(doc, Document) and doc.line == 1


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        '{"text": "Good one.", "date": "2020-01-02"}',
        '{"text": "Broken", "date": ',
        '["a", "list"]',
        '"a string"',
        '{"date": "2020-01-02"}',
        '{"text": "No date."}',
        '{"text": "   ", "date": "2020-01-02"}',
        '{"text": "Bad date.", "date": "2020-02-30"}',
        '{"text": 5, "date": "2020-01-02"}',
        '{"text": "Good two.", "date": "2020-01-05"}',
    ]
    path = write(tmp_path / "mixed.ndjson", "\n".join(lines))
    items = read(path)
    assert [(d.line, d.text) for d in docs(items)] == [(1, "Good one."), (10, "Good two.")]
    problems = {e.line: e.problem for e in errors(items)}
    assert problems[2].startswith("not valid JSON")
    assert problems[3] == "not a JSON object: the line holds an array"
    assert problems[4] == "not a JSON object: the line holds a string"
    assert problems[5] == 'JSON object has no "text"'
    assert problems[6].startswith('no date: JSON object has no "date"')
    assert "empty text" in problems[7]
    assert "impossible date '2020-02-30'" in problems[8]
    assert problems[9] == '"text" is a number, not a string'
    assert str(errors(items)[0]).startswith(f"{path}:2: not valid JSON")


def test_jsonl_missing_date_takes_the_given_date(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.jsonl", '{"text": "No date."}'), date="2018-06-01")
    assert isinstance(doc, Document) and doc.dct == "2018-06-01"


# --- TimeML ---------------------------------------------------------------------------------


def test_tml(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.tml", TML))
    assert isinstance(doc, Document)
    assert (doc.dct, doc.text, doc.ext_id, doc.title) == (
        "1999-01-05",
        TML_TEXT,
        "WIRE19990105.0001",
        "Rates held",
    )


def test_tml_detected_by_content(tmp_path: Path) -> None:
    [doc] = read(write(tmp_path / "a.xml.txt", TML))
    assert isinstance(doc, Document) and doc.ext_id == "WIRE19990105.0001"


def test_tml_without_creation_time(tmp_path: Path) -> None:
    path = write(tmp_path / "a.tml", TML.replace("CREATION_TIME", "NONE"))
    assert "CREATION_TIME" in only_error(read(path)).problem
    [doc] = read(path, date="2000-01-01")
    assert isinstance(doc, Document) and doc.dct == "2000-01-01"


def test_tml_not_xml(tmp_path: Path) -> None:
    error = only_error(read(write(tmp_path / "a.tml", TML.replace("</TITLE>", ""))))
    assert error.problem.startswith("not valid TimeML") and error.line is not None


# --- gzip -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "date", "text"),
    [
        ("a.txt.gz", "date 2020-01-01 Gzipped corpus.", None, "Gzipped corpus."),
        ("a.txt.gz", "date 2020-01-01 One.\ndate 2020-01-01 Gzipped line.", None, "Gzipped line."),
        ("a.jsonl.gz", '{"text": "Gzipped json.", "date": "2020-01-01"}', None, "Gzipped json."),
        ("a.txt.gz", "Gzipped plain text.", "2020-01-01", "Gzipped plain text."),
        ("a.tml.gz", TML, None, TML_TEXT),
        (
            "no-suffix",
            "date 2020-01-01 Gzip known by its magic bytes.",
            None,
            "Gzip known by its magic bytes.",
        ),
    ],
)
def test_gzip_of_every_format(tmp_path: Path, name: str, content: str, date: str | None, text: str) -> None:
    items = read(write(tmp_path / name, content, gz=True), date=date)
    assert not errors(items)
    assert docs(items)[-1].text == text


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path) -> None:
    lines = "".join(f"date 2020-01-01 Article number {i} about the weather.\n" for i in range(2000))
    packed = gzip.compress(lines.encode())
    path = write(tmp_path / "cut.txt.gz", packed[: len(packed) // 2])
    items = read(path)
    good = docs(items)
    assert 0 < len(good) < 2000
    [error] = errors(items)
    assert error is items[-1] and error.path == str(path)
    assert error.problem.startswith("truncated gzip") and error.line == len(good) + 1


def test_corrupt_gzip(tmp_path: Path) -> None:
    packed = bytearray(gzip.compress(b"date 2020-01-01 Text." * 50))
    packed[20:30] = b"\xff" * 10
    error = only_error(read(write(tmp_path / "bad.txt.gz", bytes(packed))))
    assert error.problem.startswith(("corrupt gzip", "truncated gzip"))


def test_gz_name_without_gzip_content(tmp_path: Path) -> None:
    error = only_error(read(write(tmp_path / "fake.jsonl.gz", '{"text": "x"}')))
    assert error.problem == "corrupt gzip: not a gzip file (wrong magic bytes)"
    assert only_error(read(write(tmp_path / "empty.txt.gz", b""))).problem == "empty gzip file"


def test_utf16_is_named(tmp_path: Path) -> None:
    error = only_error(read(write(tmp_path / "a.txt", "date 2020-01-01 Text.".encode("utf-16"))))
    assert error.problem.startswith("UTF-16 text")


def test_directory_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "d" / "notes.md", "Not an article.")
    assert expand_sources([str(tmp_path / "d")]) == []
    assert only_error(read(tmp_path / "d")).problem.startswith("no article files in this directory")


# --- directories, globs, stdin, missing and unreadable paths --------------------------------


def test_directory_tree_and_glob(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "date 2020-01-02 B.")
    write(tmp_path / "a" / "z.jsonl", '{"text": "AZ.", "date": "2020-01-03"}')
    write(tmp_path / "a" / "deep" / "c.tml.gz", TML, gz=True)
    write(tmp_path / "a" / "README.md", "Not an article.")
    write(tmp_path / ".hidden" / "h.txt", "date 2020-01-04 Hidden.")
    write(tmp_path / "a" / ".h.txt", "date 2020-01-04 Hidden.")
    expected = [tmp_path / "a" / "deep" / "c.tml.gz", tmp_path / "a" / "z.jsonl", tmp_path / "b.txt"]
    assert expand_sources([str(tmp_path)]) == [str(p) for p in expected]
    items = read(tmp_path)
    assert [d.text for d in items if isinstance(d, Document)] == [TML_TEXT, "AZ.", "B."]
    assert expand_sources([str(tmp_path / "**" / "*.t*")]) == [str(expected[0]), str(expected[2])]
    assert expand_sources([str(tmp_path / "b.txt"), str(tmp_path / "a" / ".." / "b.txt")]) == [
        str(expected[2])
    ]
    assert expand_sources([str(tmp_path / "a" / "README.md"), str(tmp_path / "b.txt"), str(tmp_path)]) == [
        str(tmp_path / "a" / "README.md"),
        str(expected[2]),
        str(expected[0]),
        str(expected[1]),
    ]


def test_missing_paths_are_reported(tmp_path: Path) -> None:
    good = write(tmp_path / "b.txt", "date 2020-01-02 B.")
    missing, pattern = tmp_path / "nope.txt", tmp_path / "*.nothing"
    assert expand_sources([str(missing), str(good), str(pattern)]) == [str(good)]
    items = read(missing, good, pattern)
    assert [type(i) for i in items] == [InputError, Document, InputError]
    assert str(items[0]) == f"{missing}: no such file or directory"
    assert str(items[2]) == f"{pattern}: no file matches this pattern"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", "date 2020-01-02 B.")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources_module, "open", refuse, raising=False)
    assert str(only_error(read(path))) == f"{path}: cannot read: Permission denied"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"date 2020-01-01 From a pipe.\ndate 2020-01-02 Second.\n")
    items = read("-")
    assert [(d.path, d.line, d.text) for d in docs(items)] == [("-", 1, "From a pipe."), ("-", 2, "Second.")]


def test_stdin_gzipped_jsonl_with_a_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, gzip.compress(b'[1]\n{"text": "Piped.", "date": "2020-01-01"}\n'))
    first, second = read("-")
    assert str(first) == "<stdin>:1: not a JSON object: the line holds an array"
    assert isinstance(second, Document) and (second.text, second.line, second.path) == ("Piped.", 2, "-")


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"Piped plain text.")
    [doc] = read("-", date="2020-01-01")
    assert isinstance(doc, Document) and doc.text == "Piped plain text."


# --- bad bytes ------------------------------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    for name, content in [("e.txt", ""), ("e.jsonl", "\n\n"), ("e.tml", "  ")]:
        path = write(tmp_path / name, content)
        error = only_error(read(path, date="2020-01-01"))
        assert error.path == str(path) and "empty" in error.problem


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = only_error(read(path))
    assert error.problem == "binary file: NUL byte at byte 8; expected UTF-8 text"


def test_invalid_utf8_names_line_and_byte(tmp_path: Path) -> None:
    single = write(tmp_path / "one.txt", b"date 2020-01-01 Fine.\nBroken \xff here.\n")
    error = only_error(read(single))
    assert error.line == 2 and "invalid UTF-8: byte 0xff at byte 29 (line 2)" in error.problem
    many = write(
        tmp_path / "many.txt", b"date 2020-01-01 Fine.\ndate 2020-01-02 Caf\xe9.\ndate 2020-01-03 Ok."
    )
    items = read(many)
    assert [d.line for d in docs(items)] == [1, 3]
    [bad] = errors(items)
    assert bad.line == 2 and "invalid UTF-8: byte 0xe9 at byte 41 (line 2)" in bad.problem


def test_latin1_is_not_guessed(tmp_path: Path) -> None:
    error = only_error(
        read(write(tmp_path / "a.jsonl", '{"text": "Café", "date": "2020-01-01"}'.encode("latin-1")))
    )
    assert error.line == 1 and error.problem.startswith("invalid UTF-8")


def test_nul_byte_late_in_a_line_file(tmp_path: Path) -> None:
    content = b"".join(b"date 2020-01-01 Line %d.\n" % i for i in range(5000)) + b"date 2020-01-02 Bad\x00.\n"
    items = read(write(tmp_path / "a.txt", content))
    assert len(docs(items)) == 5000
    [bad] = errors(items)
    assert bad.line == 5001 and bad.problem.startswith("binary data: NUL byte")


def test_over_long_articles_with_a_small_limit(tmp_path: Path) -> None:
    many = write(tmp_path / "many.txt", "date 2020-01-01 Short.\ndate 2020-01-02 " + "x" * 500 + "\n")
    items = read(many, max_bytes=100)
    assert [d.line for d in docs(items)] == [1]
    [error] = errors(items)
    assert (
        error.line == 2
        and error.problem == "line is too long: 517 bytes, over the limit of 100 bytes per article"
    )
    one = write(tmp_path / "one.txt", "date 2020-01-02 " + "word " * 100)
    assert "over the limit of 100 bytes" in only_error(read(one, max_bytes=100)).problem
    js = write(tmp_path / "a.jsonl", json.dumps({"text": "y" * 300, "date": "2020-01-01"}))
    assert only_error(read(js, max_bytes=100)).line == 1


def test_a_50_mb_line_is_reported_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.write(b"date 2020-01-01 Small first article.\ndate 2020-01-02 ")
        block = b"lorem ipsum " * (1 << 16)
        for _ in range(50 * (1 << 20) // len(block)):
            out.write(block)
        out.write(b"\ndate 2020-01-03 Small last article.\n")
    tracemalloc.start()
    try:
        items = read(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.line for d in docs(items)] == [1, 3]
    [error] = errors(items)
    assert error.line == 2 and "over the limit of 10485760 bytes" in error.problem
    assert peak < 24 * (1 << 20)  # the limit (10 MB) plus a chunk, never the whole line


# --- properties -----------------------------------------------------------------------------

_LINE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "" and s == s.strip())
_DATES = st.dates().filter(lambda d: d.year >= 1000).map(lambda d: d.isoformat())
_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(articles=st.lists(st.tuples(_DATES, _LINE_TEXT), min_size=2, max_size=6))
def test_property_one_article_per_line_round_trips(tmp_path: Path, articles: list[tuple[str, str]]) -> None:
    path = write(tmp_path / "p.txt", "".join(f"date {d} {t}\n" for d, t in articles))
    items = read(path)
    assert [(d.dct, d.text, d.line) for d in docs(items)] == [
        (d, t, i + 1) for i, (d, t) in enumerate(articles)
    ]


@_SETTINGS
@given(
    dct=_DATES,
    body=st.text(min_size=1, max_size=200).filter(lambda s: s.strip() != ""),
    lead=st.sampled_from(["", " ", "\n "]),
)
def test_property_single_article_keeps_its_text(tmp_path: Path, dct: str, body: str, lead: str) -> None:
    path = write(tmp_path / "p.txt", f"{lead}date {dct} {body}".encode("utf-8", "surrogatepass"))
    items = read(path)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in body):
        assert "invalid UTF-8" in only_error(items).problem
    elif "\x00" in body:
        assert "NUL byte" in only_error(items).problem
    elif sum(1 for line in f"{lead}date {dct} {body}".split("\n") if _starts_with_prefix(line)) < 2:
        [doc] = items
        assert isinstance(doc, Document) and (doc.dct, doc.text) == (dct, body)
    else:  # a body with a line of its own that starts with a date prefix: one article per line
        assert all(isinstance(i, Document | InputError) for i in items)


def _starts_with_prefix(line: str) -> bool:
    from dateline.formats.corpus import has_prefix

    return has_prefix(line.encode("utf-8", "surrogatepass"))


@_SETTINGS
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.txt", "x.jsonl", "x.tml", "x.txt.gz"]))
def test_property_any_bytes_give_documents_or_errors(tmp_path: Path, data: bytes, name: str) -> None:
    items = read(write(tmp_path / name, data), date="2020-01-01")
    assert items and all(isinstance(i, Document | InputError) for i in items)
    assert all(i.path == str(tmp_path / name) and i.problem for i in errors(items))


def test_a_named_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as out:
            out.write(gzip.compress(b"date 2020-01-01 Through a pipe.\ndate 2020-01-02 Again.\n"))

    writer = threading.Thread(target=feed)
    writer.start()
    items = read(fifo)
    writer.join(timeout=10)
    assert [(d.line, d.text) for d in docs(items)] == [(1, "Through a pipe."), (2, "Again.")]


def test_a_failing_reader_is_reported_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.read as read_module

    def broken(opened: object, ctx: object) -> Iterator[Document]:
        raise RuntimeError("boom")
        yield

    monkeypatch.setitem(read_module.READERS, "corpus", broken)
    path = write(tmp_path / "a.txt", "date 2020-01-01 Text.")
    assert str(only_error(read(path))) == f"{path}: cannot read: RuntimeError: boom"


@_SETTINGS
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {"text": st.text(min_size=1, max_size=80).filter(lambda s: s.strip() != ""), "date": _DATES},
            optional={"title": st.text(max_size=20), "id": st.integers()},
        ),
        min_size=1,
        max_size=5,
    ),
    ensure_ascii=st.booleans(),
)
def test_property_jsonl_round_trips(
    tmp_path: Path, records: list[dict[str, Any]], ensure_ascii: bool
) -> None:
    content = "\n".join(json.dumps(r, ensure_ascii=ensure_ascii) for r in records)
    got = [
        (d.text, d.dct, d.title, d.ext_id, d.line) for d in docs(read(write(tmp_path / "p.jsonl", content)))
    ]
    expected = [
        (r["text"], r["date"], r.get("title"), None if "id" not in r else str(r["id"]), i + 1)
        for i, r in enumerate(records)
    ]
    assert got == expected


@_SETTINGS
@given(line=st.from_regex(r"\A[ \t\f\v]{0,2}(date)?[ \t\u00a0]{0,2}[0-9\u0662a-]{0,3}[ \t\f\x1c]?.{0,5}\Z"))
def test_property_prefix_is_the_same_on_bytes_and_text(line: str) -> None:
    from dateline.formats.corpus import PREFIX, has_prefix

    assert has_prefix(line.encode()) == (PREFIX.match(line) is not None)
