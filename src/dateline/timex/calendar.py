"""Calendar arithmetic and TIMEX3 value formatting over partial dates.

A `Point` is a dict of calendar fields (y m d w q hy season dec cent pod hh mi we); its grain is
the finest field present.  All functions are pure and total on valid input.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

Point = dict[str, Any]

SEASONS = ("SP", "SU", "FA", "WI")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
GRAIN_ORDER = ("cent", "dec", "y", "hy", "season", "q", "m", "w", "d", "pod", "hh")


def grain(p: Point) -> str:
    best = "y"
    for key in GRAIN_ORDER:
        if key in p:
            best = key
    return best


def finer(a: str, b: str) -> bool:
    return GRAIN_ORDER.index(a) > GRAIN_ORDER.index(b)


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday(spec: str, year: int) -> dt.date | None:
    """'12-25', '11/4/4' (4th Thursday of November; -1 = last), 'easter-2'."""
    try:
        if spec.startswith("easter"):
            return easter(year) + dt.timedelta(days=int(spec[6:] or 0))
        if "/" in spec:
            month, wd, nth = (int(x) for x in spec.split("/"))
            if nth > 0:
                first = dt.date(year, month, 1)
                return first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))
            y2, m2 = add_months(dt.date(year, month, 1), 1)
            last = dt.date(y2, m2, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
        month, day = (int(x) for x in spec.split("-"))
        return safe_date(year, month, day)
    except (ValueError, OverflowError):
        return None


def day_point(d: dt.date) -> Point:
    return {"y": d.year, "m": d.month, "d": d.day}


def week_point(d: dt.date) -> Point:
    y, w, _ = d.isocalendar()
    return {"y": y, "w": w}


def start_of(p: Point) -> dt.date | None:
    """First day of the period a point denotes (None when the year is unknown)."""
    y = p.get("y")
    if not isinstance(y, int) or not 1 <= y <= 9999:
        return None
    try:
        if "d" in p:
            return safe_date(y, p["m"], p["d"])
        if "w" in p:
            return dt.date.fromisocalendar(y, p["w"], 6 if p.get("we") else 1)
        if "m" in p:
            return dt.date(y, p["m"], 1)
        if "q" in p:
            return dt.date(y, 3 * p["q"] - 2, 1)
        if "season" in p:
            return dt.date(y, SEASON_START[p["season"]], 1)
        if "hy" in p:
            return dt.date(y, 1 if p["hy"] == 1 else 7, 1)
        return dt.date(y, 1, 1)
    except (ValueError, KeyError, TypeError):
        return None


def end_of(p: Point) -> dt.date | None:
    s = start_of(p)
    if s is None:
        return None
    if "d" in p:
        return s
    if "w" in p:
        return s + dt.timedelta(days=1 if p.get("we") else 6)
    span = 1 if "m" in p else 3 if ("q" in p or "season" in p) else 6 if "hy" in p else 12
    y, m = add_months(s, span)
    return dt.date(y, m, 1) - dt.timedelta(days=1) if y <= 9999 else dt.date(9999, 12, 31)


def shift(base: dt.date, n: int, unit: str) -> Point:
    """The period `n` units away from the one containing `base`, at that unit's grain."""
    if unit == "D":
        return day_point(base + dt.timedelta(days=n))
    if unit in ("W", "WE"):
        p = week_point(base + dt.timedelta(days=7 * n))
        if unit == "WE":
            p["we"] = True
        return p
    if unit == "FN":
        return week_point(base + dt.timedelta(days=14 * n))
    if unit == "M":
        y, m = add_months(base, n)
        return {"y": y, "m": m}
    if unit == "Q":
        k = base.year * 4 + (base.month - 1) // 3 + n
        return {"y": k // 4, "q": k % 4 + 1}
    if unit == "HY":
        k = base.year * 2 + (base.month - 1) // 6 + n
        return {"y": k // 2, "hy": k % 2 + 1}
    if unit == "E":
        return {"dec": base.year // 10 + n}
    if unit == "C":
        return {"cent": base.year // 100 + n}
    if unit == "L":
        return {"y": base.year + 1000 * n}
    if unit in ("H", "MIN", "S"):
        return day_point(base)
    return {"y": base.year + n}


def fmt_year(y: Any) -> str:
    return f"{y:04d}" if isinstance(y, int) and 0 <= y <= 9999 else "XXXX"


def fmt(p: Point) -> str:
    """TIMEX3 value of a date/time point."""
    if "cent" in p and "y" not in p:
        return f"{p['cent']:02d}" if 0 <= p["cent"] <= 99 else "XX"
    if "dec" in p and "y" not in p:
        return f"{p['dec']:03d}" if 0 <= p["dec"] <= 999 else "XXX"
    out = fmt_year(p.get("y"))
    if "w" in p:
        out += f"-W{p['w']:02d}" + ("-WE" if p.get("we") else "")
    elif "wd" in p and "m" not in p:
        out += f"-WXX-{p['wd']}"
    elif "m" in p:
        out += f"-{p['m']:02d}"
        if "d" in p:
            out += f"-{p['d']:02d}"
        elif "pod" in p or "hh" in p:
            out += "-XX"
    elif "q" in p:
        out += f"-Q{p['q']}"
    elif "hy" in p:
        out += f"-H{p['hy']}"
    elif "season" in p:
        out += f"-{p['season']}"
    elif "hol" in p:
        out += "-XX-XX"
    elif "we" in p:
        out += "-WXX-WE"
    elif "pod" in p or "hh" in p:
        out += "-XX-XX"
    if "hh" in p:
        out += f"T{p['hh']:02d}:{p.get('mi', 0):02d}"
    elif "pod" in p:
        out += f"T{p['pod']}"
    return out
