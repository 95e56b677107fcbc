"""TimeML `.tml` articles: the date is the value of the TIMEX3 whose functionInDocument is
CREATION_TIME, the text is the TEXT element's content with its tags removed, the external id is
DOCID and the title TITLE when present.  (dateline.timex.timeml reads the annotations; this
module only reads the article.)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ..model import Document
from .context import Context
from .dates import date_part
from .errors import InputError
from .sources import Opened


def read_tml(opened: Opened, ctx: Context) -> Iterator[Document | InputError]:
    text = ctx.read_article(opened.rewind())
    if isinstance(text, InputError):
        yield text
        return
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        yield ctx.error(exc.position[0], f"not valid TimeML (XML): {exc}")
        return
    yield _document(root, ctx)


def _document(root: ET.Element, ctx: Context) -> Document | InputError:
    body = root if root.tag == "TEXT" else root.find(".//TEXT")
    if body is None:
        return ctx.error(None, "not a TimeML article: no TEXT element")
    text = "".join(body.itertext())
    if not text.strip():
        return ctx.error(None, "empty text: the TEXT element is empty")
    creation = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    if not creation:
        if ctx.date is None:
            return ctx.no_date(None, 'no TIMEX3 has functionInDocument="CREATION_TIME"')
        dct = ctx.date
    else:
        try:
            dct = date_part(creation[0].get("value", ""))
        except ValueError as exc:
            return ctx.error(None, f"bad CREATION_TIME value: {exc}")
    doc_id = (root.findtext(".//DOCID") or "").strip() or None
    title = (root.findtext(".//TITLE") or "").strip() or None
    return ctx.document(text, dct, ext_id=doc_id, title=title)
