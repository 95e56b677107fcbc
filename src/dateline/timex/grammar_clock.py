"""Productions for times of day, durations and sets (see rules.py)."""

from __future__ import annotations

from typing import Any

from .chart import Item
from .grammar_base import UNIT_GRAIN, M, has, merge, n_of, v

# ---- times of day ----------------------------------------------------------------------------

def _hour(n: Any, ampm: str | None) -> int | None:
    if not isinstance(n, int) or not 0 <= n <= 24:
        return None
    if ampm is None:
        return n
    if n > 12 or n == 0:
        return None
    if ampm.startswith("p"):
        return n % 12 + 12
    return n % 12


def p_ampm(*parts: Item | None) -> str:
    return "p" if any(p is not None and p.value.startswith("p") for p in parts) else "a"


def p_clock(h: Item, _c: Item, mi: Item, ap: Item | None, _d1: Item | None, m2: Item | None,
            _d2: Item | None) -> M:
    minute = n_of(mi)
    if ap is not None and ap.value in ("a", "p") and m2 is None:
        return None
    if ap is None and (_d1 is not None or m2 is not None or _d2 is not None):
        return None
    if v(mi).get("digits") != 2 or not isinstance(minute, int) or minute > 59 or v(h).get("digits", 3) > 2:
        return None
    hour = _hour(n_of(h), p_ampm(ap) if ap is not None else None)
    return {"hh": hour, "mi": minute} if hour is not None else None


def p_hour_ampm(h: Item, ap: Item, _d1: Item | None, _m: Item | None, _d2: Item | None) -> M:
    if v(h).get("digits", 3) > 2 or (ap.value in ("a", "p") and _m is None):
        return None
    hour = _hour(n_of(h), p_ampm(ap))
    return {"hh": hour, "mi": 0} if hour is not None else None


def p_oclock(h: Item, _o: Item, _a: Item, _c: Item) -> M:
    hour = _hour(n_of(h), None)
    return {"hh": hour, "mi": 0} if hour is not None and hour <= 12 else None


def p_hhmm_zone(t: Item, _zone: Item) -> M:
    """'(0730 GMT)', '1530 GMT': a 24-hour clock time written without a colon."""
    n = n_of(t)
    if v(t).get("digits") != 4 or not isinstance(n, int) or n // 100 > 24 or n % 100 > 59:
        return None
    return {"hh": n // 100, "mi": n % 100}


def p_noon(t: Item) -> M:
    return {"hh": 12, "mi": 0} if t.value == "noon" else {"hh": 24, "mi": 0}


def p_daypart_of(date: Item, pod: Item) -> M:
    dm = v(date)
    if has(dm, "hh", "pod", "ref", "m", "y", "q", "season") and "d" not in dm:
        return None
    if "shift" in dm and dm["shift"][1] != "D":
        return None
    if v(pod)["pl"] and "wd" in dm:
        return None  # "Tuesday nights": a set
    return merge(dm, {"pod": v(pod)["pod"]})


def p_weekday_dayparts(w: Item, pod: Item) -> M:
    """'Tuesday nights', 'Sunday mornings': every one."""
    return {"set_pattern": {"wd": v(w)["wd"], "pod": v(pod)["pod"]}} if v(pod)["pl"] or v(w).get("pl") else None


def p_daypart_date(pod: Item, date: Item) -> M:
    """'mid-afternoon yesterday', 'morning Friday'."""
    return p_daypart_of(date, pod)


def p_this_daypart(_this: Item, pod: Item) -> M:
    """'this afternoon': of the reference day; 'that afternoon' ("published the messages that morning"):
    of the day being told about (the last day mentioned)."""
    if str(_this.value).lower() == "that":
        return None if v(pod)["pl"] else {"shift": (0, "D"), "pod": v(pod)["pod"], "anaph": True, "own_grain": True, "same": "D"}
    return merge({"shift": (0, "D")}, {"pod": v(pod)["pod"]})


def p_same_daypart(_that: Item, _same: Item, pod: Item) -> M:
    """'the same afternoon', 'that same evening': of the day told about."""
    return None if v(pod)["pl"] else {"shift": (0, "D"), "pod": v(pod)["pod"], "anaph": True, "same": "D"}


def p_the_daypart(_the: Item, pod: Item) -> M:
    """'(in) the morning': that part of the day being told about (see filters: after a preposition)."""
    return None if v(pod)["pl"] else {"shift": (0, "D"), "pod": v(pod)["pod"], "anaph": True, "own_grain": True}


def p_last_night(_last: Item, _n: Item) -> M:
    return {"shift": (-1, "D"), "pod": "NI"}


def p_time_date(time: Item, _at: Item | None, date: Item) -> M:
    tm, dm = v(time), v(date)
    if not has(tm, "hh") or has(tm, "d", "wd", "shift") or has(dm, "hh", "ref", "mod"):
        return None
    dm = {k: x for k, x in dm.items() if k != "pod"}
    if not has(dm, "d", "wd") and dm.get("shift", (0, ""))[1] != "D":
        return None
    return merge(dm, tm)


def p_date_time(date: Item, _at: Item | None, time: Item) -> M:
    return p_time_date(time, None, date)


def p_date_daypart(date: Item, pod: Item) -> M:
    return p_daypart_of(date, pod)


# ---- durations -------------------------------------------------------------------------------

def p_duration(n: Item, u: Item) -> M:
    amount = n_of(n)
    unit = v(u)["u"]
    if amount is None or (n.kind == "art" and v(u).get("pl")):
        return None
    if v(n).get("digits") == 4 and not v(u).get("pl"):
        return None  # "the 1988 quarter" is a year, not 1988 quarters
    return {"dur": [(amount, unit)]}


def p_dur_adj(n: Item, _dash: Item, u: Item, _dash2: Item | None, _old: Item | None) -> M:
    amount = n_of(n)
    if amount is None or amount == "X" or v(u).get("pl") or (_dash2 is None) != (_old is None):
        return None
    if _old is not None:
        return {"dur": [(amount, v(u)["u"])], "adj": True, "age": True}
    return {"dur": [(amount, v(u)["u"])], "adj": True}


def p_dur_and_half(d: Item, _and: Item, _a: Item, _h: Item) -> M:
    dm = v(d)
    (amount, unit), = dm["dur"][:1] or [(None, None)]
    if not isinstance(amount, int) or len(dm["dur"]) != 1:
        return None
    return {"dur": [(amount + 0.5, unit)]}


def p_fraction_dur(n: Item, a: Item, _slash: Item, b: Item, u: Item) -> M:
    whole, num, den = n_of(n), n_of(a), n_of(b)
    if not all(isinstance(x, int) for x in (whole, num, den)) or not 0 < num < den <= 4:
        return None
    return {"dur": [(whole + num / den, v(u)["u"])]}


def p_half_dur(_h: Item, _a: Item, u: Item) -> M:
    return {"dur": [(0.5, v(u)["u"])]} if not v(u).get("pl") else None


def p_bare_units(u: Item) -> M:
    unit = v(u)["u"]
    return {"dur": [("X", unit)], "bare": True} if v(u).get("pl") and unit not in ("Q", "WE") else None


def p_some_units(u: Item) -> M:
    """'the weeks ahead': an unknown number of them."""
    unit = v(u)["u"]
    return {"dur": [("X", unit)]} if v(u).get("pl") and unit in ("Y", "M", "W", "D", "E", "C") else None


def p_the_dur(_the: Item | None, word: Item | None, d: Item) -> M:
    dm = v(d)
    if (_the is None and word is None) or "bare" in dm or "adj" in dm or "mod" in dm:
        return None
    return merge(dm, {"the": True})


def p_the_past_unit(_the: Item, _past: Item, u: Item) -> M:
    unit = v(u)["u"]
    return {"dur": [(1, unit)], "the": True} if unit in ("E", "C", "L") and not v(u).get("pl") else None


def p_first_dur(_the: Item | None, o: Item, d: Item) -> M:
    dm = v(d)
    if n_of(o) not in (1, -1) or "bare" in dm or len(dm["dur"]) != 1 or dm["dur"][0][0] in (1, "X"):
        return None
    return merge(dm, {"the": True})


def p_recent_units(_r: Item, u: Item) -> M:
    return {"ref": "PAST_REF"} if v(u).get("pl") and v(u)["u"] in ("Y", "M", "W", "D", "E", "Q") else None


def p_dur_range(a: Item, _to: Item, d: Item) -> M:
    return dict(v(d)) if isinstance(n_of(a), int) and "bare" not in v(d) else None


# ---- sets --------------------------------------------------------------------------------------

ADVERB_SETS = {"daily": ("D", 1), "nightly": ("D", 1), "weekly": ("W", 1), "monthly": ("M", 1),
               "yearly": ("Y", 1), "annually": ("Y", 1),
               "hourly": ("H", 1), "biweekly": ("W", 2), "semiannually": ("M", 6)}


def p_set_adverb(t: Item) -> M:
    unit, n = ADVERB_SETS[t.value]
    return {"set": (n, unit)}


def p_every_unit(every: Item, u: Item) -> M:
    if v(u).get("pl") or v(u)["u"] not in UNIT_GRAIN:
        return None
    return {"set": (1, v(u)["u"]), "quant": every.value.upper()}


def p_every_n_units(every: Item, n: Item, u: Item) -> M:
    amount = n_of(n)
    if not isinstance(amount, int) or not v(u).get("pl"):
        return None
    return {"set": (amount, v(u)["u"]), "quant": every.value.upper()}


def p_every_named(every: Item, x: Item) -> M:
    xm = v(x)
    if not has(xm, "wd", "m", "pod", "season") or has(xm, "d", "y", "shift"):
        return None
    return {"set_pattern": xm, "quant": every.value.upper()}


def p_plural_weekday(w: Item, _s: Item) -> M:
    return {"set_pattern": v(w)}


def p_weekdays(w: Item) -> M:
    """'on Mondays': every Monday."""
    return {"set_pattern": {"wd": v(w)["wd"]}} if v(w).get("pl") else None


def p_time_every(t: Item, every: Item, x: Item) -> M:
    """'seven o'clock every morning', '9 a.m. each day': that time of every day."""
    tm = v(t)
    if "hh" not in tm or (x.kind == "unit" and v(x)["u"] != "D") or v(x).get("pl"):
        return None
    return {"set_pattern": {"hh": tm["hh"], "mi": tm.get("mi", 0)}, "quant": every.value.upper()}


def p_n_units_per(n: Item, u: Item, _a: Item, per: Item) -> M:
    """'six nights a week', '24 hours a day': that many of the smaller unit in every larger one."""
    count, small, big = n_of(n), v(u)["u"], v(per)["u"]
    order = ("MIN", "H", "D", "W", "M", "Y")
    if not isinstance(count, int) or v(per).get("pl") or small not in order or big not in order \
            or order.index(small) >= order.index(big):
        return None
    return {"set": (1, big), "freq": f"{count}X"}


def p_times_per(n: Item, _times: Item | None, _a: Item, u: Item) -> M:
    if n.kind == "num" and _times is None:
        return None  # "seven a year ago" is not a frequency
    count = n_of(n) if n is not None and n.kind == "num" else {"once": 1, "twice": 2, "thrice": 3}.get(n.value)
    if not isinstance(count, int) or v(u).get("pl"):
        return None
    return {"set": (1, v(u)["u"]), "freq": f"{count}X"}
