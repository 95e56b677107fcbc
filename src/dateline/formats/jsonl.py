"""JSON Lines: one JSON object per line with `text` and `date`, and `title`, `url`, `source`, `id`
when present.  `date` may be `YYYY-MM-DD` or an ISO 8601 timestamp (its date part is kept); an
object without `date` takes the date given by the caller, if any.  Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import Document
from .context import Context
from .dates import date_part
from .errors import InputError
from .lines import DecodeProblem, decode, iter_lines, over_limit
from .sources import Opened

META = {"title": "title", "url": "url", "source": "source", "id": "ext_id"}
_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def read_jsonl(opened: Opened, ctx: Context) -> Iterator[Document | InputError]:
    for line in iter_lines(opened.rewind(), keep=ctx.max_bytes + 2):
        if line.blank:
            continue
        if line.cut or len(line.data.rstrip(b"\r\n")) > ctx.max_bytes:
            yield ctx.error(line.number, over_limit(line.size, ctx.max_bytes, "line"))
            continue
        try:
            raw = decode(line.data, line.number, line.offset)
        except DecodeProblem as exc:
            yield ctx.error(exc.line, exc.problem)
            continue
        yield parse_object(raw, ctx, line.number)


def parse_object(raw: str, ctx: Context, number: int) -> Document | InputError:
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        return ctx.error(number, f"not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(value, dict):
        kind = "null" if value is None else _KINDS.get(type(value), type(value).__name__)
        return ctx.error(number, f"not a JSON object: the line holds {kind}")
    text = value.get("text")
    if text is None:
        return ctx.error(number, 'JSON object has no "text"')
    if not isinstance(text, str):
        return ctx.error(number, f'"text" is {_KINDS.get(type(text), type(text).__name__)}, not a string')
    if not text.strip():
        return ctx.error(number, 'empty text: "text" is blank')
    raw_date = value.get("date")
    if raw_date is None:
        if ctx.date is None:
            return ctx.no_date(number, 'JSON object has no "date"')
        dct = ctx.date
    else:
        try:
            dct = date_part(raw_date)
        except ValueError as exc:
            return ctx.error(number, f'bad "date": {exc}')
    meta = {name: _as_text(value.get(key)) for key, name in META.items()}
    return ctx.document(text, dct, line=number, **meta)


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)
