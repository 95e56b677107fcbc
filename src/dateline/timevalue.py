"""TIMEX3 values as calendar intervals, for ordering timelines and answering "as of" questions.

`interval("2012-08")` is (2012-08-01, 2012-08-31); values with no calendar extent
(PRESENT_REF, P11Y, XXXX-08-04) have none.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter runs into next year
_HALVES = {"H1": (1, 6), "H2": (7, 12)}
_VALUE = re.compile(
    r"^(?P<year>\d{4}|\d{3}|\d{2})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-WE)?|Q(?P<quarter>[1-4])"
    r"|(?P<season>SP|SU|FA|WI)|(?P<half>H[12])))?"
    r"(?:T.*)?$"
)


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def interval(value: str | None) -> tuple[date, date] | None:
    """First and last calendar day a TIMEX3 DATE value covers, or None when it has no extent."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    digits = m["year"]
    try:
        if len(digits) == 2:  # century: "19" -> 1900-1999
            return date(int(digits) * 100, 1, 1), date(int(digits) * 100 + 99, 12, 31)
        if len(digits) == 3:  # decade: "199" -> 1990-1999
            return date(int(digits) * 10, 1, 1), date(int(digits) * 10 + 9, 12, 31)
        year = int(digits)
        if m["day"]:
            day = date(year, int(m["month"]), int(m["day"]))
            return day, day
        if m["month"]:
            return _month_span(year, int(m["month"]), int(m["month"]))
        if m["week"]:
            monday = date.fromisocalendar(year, int(m["week"]), 1)
            return monday, monday + timedelta(days=6)
        if m["quarter"]:
            q = int(m["quarter"])
            return _month_span(year, 3 * q - 2, 3 * q)
        if m["season"]:
            return _month_span(year, *_SEASONS[m["season"]])
        if m["half"]:
            return _month_span(year, *_HALVES[m["half"]])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def sort_key(value: str | None) -> tuple[int, str, str, str]:
    """Order values by the start of their interval, then the narrower first; unknown times last."""
    span = interval(value)
    if span is None:
        return (1, "", "", value or "")
    return (0, span[0].isoformat(), span[1].isoformat(), value or "")


def compatible(a: str | None, b: str | None) -> bool:
    """Two times can describe the same moment: either unknown, or their intervals overlap."""
    if a is None or b is None:
        return True
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return a == b
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def more_specific(a: str | None, b: str | None) -> str | None:
    """The narrower of two compatible values (the known one when only one is known)."""
    if a is None:
        return b
    if b is None:
        return a
    ia, ib = interval(a), interval(b)
    if ia is None:
        return b if ib is not None else a
    if ib is None:
        return a
    return a if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else b
