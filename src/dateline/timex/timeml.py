"""TimeML (TempEval-3 `.tml`) input and output.

`read_tml` turns a TimeML document into its plain TEXT (tags removed, entities decoded), its
document creation time and its gold TIMEX3s as `Timex` objects with offsets into that text.
`write_tml` writes the same document back with our TIMEX3 tags in TEXT: every byte outside
TEXT, and every other tag inside it, is kept as it was.  `tag_dir` runs the tagger over a
directory of `.tml` files.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.model import Timex

Tagger = Callable[..., list[Timex]]

TEXT_RE = re.compile(r"<TEXT(?:\s[^>]*)?>(.*?)</TEXT\s*>", re.S)
_DOCID_RE = re.compile(r"<DOCID(?:\s[^>]*)?>(.*?)</DOCID\s*>", re.S)
_DCT_RE = re.compile(r"<DCT(?:\s[^>]*)?>(.*?)</DCT\s*>", re.S)
TAG_RE = re.compile(r"<(/?)([A-Za-z_][\w.:-]*)((?:\s[^>]*?)?)(/?)>|<!--.*?-->|<\?.*?\?>", re.S)
_ATTR_RE = re.compile(r"""([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ENTITY_RE = re.compile(r"&(#[0-9]+|#x[0-9A-Fa-f]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
DATE_RE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")


def unescape(raw: str) -> str:
    """Decode the five XML entities and numeric character references."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]

    return _ENTITY_RE.sub(one, raw)


def escape_attr(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def parse_attrs(tag_body: str) -> dict[str, str]:
    return {
        m.group(1): unescape(m.group(2) if m.group(2) is not None else m.group(3))
        for m in _ATTR_RE.finditer(tag_body)
    }


@dataclass(slots=True)
class _Piece:
    """A piece of the raw TEXT content: a tag (zero width in the plain text) or a run of text."""

    raw: str
    tag: str | None = None  # element name for tags, None for text
    closing: bool = False
    empty: bool = False  # self-closing tag
    attrs: dict[str, str] = field(default_factory=dict)
    plain: str = ""  # decoded text of a text run


def _text(raw: str) -> _Piece:
    return _Piece(raw=raw, plain=unescape(raw))


def _pieces(raw_text: str) -> list[_Piece]:
    """Split raw TEXT content into tags and text runs."""
    out: list[_Piece] = []
    pos = 0
    for match in TAG_RE.finditer(raw_text):
        if match.start() > pos:
            out.append(_text(raw_text[pos : match.start()]))
        if match.group(2):
            out.append(
                _Piece(
                    raw=match.group(0),
                    tag=match.group(2),
                    closing=bool(match.group(1)),
                    empty=bool(match.group(4)),
                    attrs=parse_attrs(match.group(3) or ""),
                )
            )
        else:  # comment or processing instruction: keep, zero width
            out.append(_Piece(raw=match.group(0), tag="", empty=True))
        pos = match.end()
    if pos < len(raw_text):
        out.append(_text(raw_text[pos:]))
    return out


def _raw_index(raw: str, k: int) -> int:
    """Index in `raw` of plain character `k` (an entity reference is one plain character)."""
    raw_pos = plain_pos = 0
    for match in _ENTITY_RE.finditer(raw):
        before = match.start() - raw_pos
        if k < plain_pos + before:
            break
        plain_pos += before
        raw_pos = match.start()
        if k == plain_pos:
            return raw_pos
        plain_pos += 1
        raw_pos = match.end()
    return raw_pos + (k - plain_pos)


def _split_runs(pieces: list[_Piece], cuts: set[int]) -> list[_Piece]:
    """Split text runs so that every plain offset in `cuts` falls on a piece boundary."""
    out: list[_Piece] = []
    pos = 0
    for piece in pieces:
        if piece.tag is not None:
            out.append(piece)
            continue
        end = pos + len(piece.plain)
        inside = sorted(c - pos for c in cuts if pos < c < end)
        raw_start, plain_start = 0, 0
        for k in inside:
            raw_k = _raw_index(piece.raw, k)
            out.append(_Piece(raw=piece.raw[raw_start:raw_k], plain=piece.plain[plain_start:k]))
            raw_start, plain_start = raw_k, k
        out.append(_Piece(raw=piece.raw[raw_start:], plain=piece.plain[plain_start:]))
        pos = end
    return out


def _plain(pieces: list[_Piece]) -> str:
    return "".join(p.plain for p in pieces if p.tag is None)


@dataclass(slots=True)
class TimeMLDocument:
    """One TimeML document: its raw source and what was read from it."""

    raw: str  # the whole file as read
    docid: str
    dct: str  # YYYY-MM-DD, from the CREATION_TIME TIMEX3 ("" when absent)
    text: str  # TEXT content with all tags removed and entities decoded
    timexes: list[Timex]  # TIMEX3 inside TEXT, offsets into `text`
    text_start: int  # offset of TEXT's content in `raw`
    text_end: int
    path: str | None = None


def parse_tml(raw: str, path: str | None = None) -> TimeMLDocument:
    """Parse the source of a TimeML document."""
    text_match = TEXT_RE.search(raw)
    if text_match is None:
        raise ValueError("no <TEXT> element")
    docid_match = _DOCID_RE.search(raw)
    docid = unescape(docid_match.group(1)).strip() if docid_match else (Path(path).stem if path else "")
    pieces = _pieces(text_match.group(1))
    return TimeMLDocument(
        raw=raw,
        docid=docid,
        dct=_creation_time(raw),
        text=_plain(pieces),
        timexes=_gold_timexes(pieces),
        text_start=text_match.start(1),
        text_end=text_match.end(1),
        path=path,
    )


def read_tml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    return parse_tml(path.read_text(encoding="utf-8"), str(path))


def _creation_time(raw: str) -> str:
    """YYYY-MM-DD of the TIMEX3 whose functionInDocument is CREATION_TIME (DCT element first)."""
    dct_match = _DCT_RE.search(raw)
    scopes = [dct_match.group(1)] if dct_match else []
    scopes.append(raw)
    for scope in scopes:
        for match in TAG_RE.finditer(scope):
            if match.group(2) != "TIMEX3" or match.group(1):
                continue
            attrs = parse_attrs(match.group(3) or "")
            if attrs.get("functionInDocument") == "CREATION_TIME":
                date = DATE_RE.match(attrs.get("value", ""))
                if date:
                    return f"{date.group(1)}-{date.group(2)}-{date.group(3)}"
    return ""


def _gold_timexes(pieces: list[_Piece]) -> list[Timex]:
    """TIMEX3 elements of TEXT as `Timex`, in document order (nested ones included)."""
    plain_pos = 0
    text_parts: list[str] = []
    open_stack: list[tuple[int, dict[str, str]]] = []
    found: list[Timex] = []
    for piece in pieces:
        if piece.tag is None:
            text_parts.append(piece.plain)
            plain_pos += len(piece.plain)
            continue
        if piece.tag != "TIMEX3":
            continue
        if piece.closing:
            if open_stack:
                start, attrs = open_stack.pop()
                found.append(_timex(start, plain_pos, "".join(text_parts)[start:plain_pos], attrs))
        elif piece.empty:
            found.append(_timex(plain_pos, plain_pos, "", piece.attrs))
        else:
            open_stack.append((plain_pos, piece.attrs))
    found.sort(key=lambda t: (t.start, -t.end))
    return found


def _timex(start: int, end: int, text: str, attrs: dict[str, str]) -> Timex:
    return Timex(
        start=start,
        end=end,
        text=text,
        type=attrs.get("type", ""),
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        quant=attrs.get("quant") or None,
        freq=attrs.get("freq") or None,
        tid=attrs.get("tid", ""),
    )


def timex_open_tag(timex: Timex, tid: str) -> str:
    parts = [
        f'tid="{escape_attr(tid)}"',
        f'type="{escape_attr(timex.type)}"',
        f'value="{escape_attr(timex.value)}"',
    ]
    for name in ("mod", "quant", "freq"):
        value = getattr(timex, name)
        if value:
            parts.append(f'{name}="{escape_attr(value)}"')
    return "<TIMEX3 " + " ".join(parts) + ">"


def render_text(doc: TimeMLDocument, timexes: list[Timex]) -> str:
    """The raw TEXT content with its TIMEX3 tags replaced by `timexes`.

    Timexes that overlap an earlier kept one, fall outside the text, or are empty are skipped;
    a timex boundary that would cut through another element moves outward past that element's
    tags, so the output stays well nested (a timex that then runs into the previous one is skipped).
    """
    chosen = _non_overlapping(timexes, len(doc.text))
    pieces = [p for p in _pieces(doc.raw[doc.text_start : doc.text_end]) if p.tag != "TIMEX3"]
    pieces = _split_runs(pieces, {t.start for t in chosen} | {t.end for t in chosen})
    starts: dict[int, int] = {}  # plain offset -> index of the text piece starting there
    ends: dict[int, int] = {}  # plain offset -> index of the text piece ending there
    pos = 0
    for index, piece in enumerate(pieces):
        if piece.tag is None and piece.plain:
            starts.setdefault(pos, index)
            pos += len(piece.plain)
            ends[pos] = index
    inserts: dict[int, list[str]] = {}  # insert before piece index (len(pieces) = at end)
    used = {"t0"}  # t0 is the document creation time by TempEval convention
    previous_last = -1
    for number, timex in enumerate(chosen, start=1):
        first, last = _widen_to_nesting(pieces, starts[timex.start], ends[timex.end])
        if first <= previous_last:  # widening made it run into the previous timex
            continue
        previous_last = last
        tid = timex.tid if timex.tid and timex.tid not in used else _fresh_tid(number, used)
        used.add(tid)
        inserts.setdefault(first, []).append(timex_open_tag(timex, tid))
        inserts.setdefault(last + 1, []).insert(0, "</TIMEX3>")
    out: list[str] = []
    for index, piece in enumerate(pieces):
        out.extend(inserts.get(index, ()))
        out.append(piece.raw)
    out.extend(inserts.get(len(pieces), ()))
    return "".join(out)


def _fresh_tid(number: int, used: set[str]) -> str:
    while f"t{number}" in used:
        number += 1
    return f"t{number}"


def _non_overlapping(timexes: list[Timex], text_length: int) -> list[Timex]:
    kept: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if not 0 <= timex.start < timex.end <= text_length:
            continue
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


def _widen_to_nesting(pieces: list[_Piece], first: int, last: int) -> tuple[int, int]:
    """Grow [first, last] (piece indexes) until no element crosses its edges."""
    while True:
        depth: list[int] = []  # indexes of open tags seen inside the range
        moved = False
        for index in range(first, last + 1):
            piece = pieces[index]
            if piece.tag is None or piece.empty:
                continue
            if not piece.closing:
                depth.append(index)
            elif depth:
                depth.pop()
            else:  # closes an element opened before the range: start before its opening tag
                opening = _matching_open(pieces, index)
                if opening is not None and opening < first:
                    first, moved = opening, True
                    break
        if moved:
            continue
        if depth:  # opened inside, closed after the range: end after its closing tag
            closing = _matching_close(pieces, depth[0])
            if closing is not None and closing > last:
                last = closing
                continue
        return first, last


def _matching_open(pieces: list[_Piece], closing: int) -> int | None:
    level = 0
    for index in range(closing - 1, -1, -1):
        piece = pieces[index]
        if piece.tag is None or piece.empty:
            continue
        if piece.closing:
            level += 1
        elif level == 0:
            return index
        else:
            level -= 1
    return None


def _matching_close(pieces: list[_Piece], opening: int) -> int | None:
    level = 0
    for index in range(opening + 1, len(pieces)):
        piece = pieces[index]
        if piece.tag is None or piece.empty:
            continue
        if not piece.closing:
            level += 1
        elif level == 0:
            return index
        else:
            level -= 1
    return None


def write_tml(doc: TimeMLDocument, timexes: list[Timex], path: str | Path | None = None) -> str:
    """The document's source with TEXT's TIMEX3 tags replaced by `timexes`; written to `path` if given."""
    out = doc.raw[: doc.text_start] + render_text(doc, timexes) + doc.raw[doc.text_end :]
    if path is not None:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(out, encoding="utf-8")
    return out


def _default_tagger() -> Tagger:
    from dateline.timex import tag  # imported lazily: the tagger lives in its own modules

    return tag


def tml_files(directory: str | Path) -> list[Path]:
    """Every `.tml` file under `directory`, sorted, as paths relative to it."""
    root = Path(directory)
    return sorted(p.relative_to(root) for p in root.rglob("*.tml") if p.is_file())


def tag_dir(
    in_dir: str | Path,
    out_dir: str | Path,
    domain: str = "news",
    explain: bool = False,
    tagger: Tagger | None = None,
) -> dict[str, object]:
    """Tag every `.tml` under `in_dir` and write it at the same relative path under `out_dir`.

    A file that fails is reported in `errors` ({relative path: message}) and the run goes on.
    With `explain`, `explanations` maps each file to its timexes with the rule and anchoring steps.
    """
    run = tagger or _default_tagger()
    files = tml_files(in_dir)
    errors: dict[str, str] = {}
    explanations: dict[str, list[dict[str, object]]] = {}
    timex_count = 0
    text_chars = 0
    started = time.perf_counter()
    for rel in files:
        try:
            doc = read_tml(Path(in_dir) / rel)
            found = run(doc.text, doc.dct, domain=domain, explain=explain)
            write_tml(doc, found, Path(out_dir) / rel)
            timex_count += len(found)
            text_chars += len(doc.text)
            if explain:
                explanations[str(rel)] = [_explained(t) for t in found]
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the run
            errors[str(rel)] = f"{type(error).__name__}: {error}"
    report: dict[str, object] = {
        "in_dir": str(in_dir),
        "out_dir": str(out_dir),
        "files": len(files),
        "written": len(files) - len(errors),
        "timexes": timex_count,
        "text_chars": text_chars,
        "seconds": round(time.perf_counter() - started, 3),
        "errors": errors,
    }
    if explain:
        report["explanations"] = explanations
    return report


def _explained(timex: Timex) -> dict[str, object]:
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "rule": timex.rule,
        "explain": list(timex.explain),
    }
