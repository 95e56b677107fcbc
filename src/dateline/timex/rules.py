"""The English time grammar: rules as data (name, output kind, pattern, production).

Productions return *underspecified* meanings; the resolver (resolve.py) anchors them.
Keys of a date meaning: y m d wd w q hy season dec cent pod hh mi (calendar fields), we (weekend),
hol (holiday rule), shift=(n, unit) relative to the reference time, dir=-1/+1 (last/next),
anaph (anchor on the last mentioned time instead of the document date), ref (PRESENT_REF...),
mod.  A duration is {"dur": [(n, unit)...]}; a set {"set": ..., "quant", "freq"}.
Kinds: num, ord, year (a number that can be a year), date (DATE/TIME), duration, set.
"""

from __future__ import annotations

from typing import Any

from .chart import Item, Rule, rule

M = dict[str, Any] | None

DATE_FIELDS = ("y", "m", "d", "wd", "w", "q", "hy", "season", "dec", "cent", "pod", "hh", "mi", "we", "hol")
UNIT_GRAIN = {"Y", "M", "W", "D", "Q", "E", "C", "WE", "HY", "H", "MIN"}


def v(item: Item | None) -> dict[str, Any]:
    return item.value if item is not None and isinstance(item.value, dict) else {}


def n_of(item: Item | None) -> Any:
    return v(item).get("n")


def merge(*meanings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for m in meanings:
        out.update(m)
    return out


def has(m: dict[str, Any], *keys: str) -> bool:
    return any(k in m for k in keys)


# ---- numbers ---------------------------------------------------------------------------------

def p_tens_unit(a: Item, _dash: Item | None, b: Item) -> M:
    if v(a).get("class") == "tens" and isinstance(n_of(b), int) and 1 <= n_of(b) <= 9 and v(b).get("word"):
        return {"n": n_of(a) + n_of(b), "word": True}
    return None


def p_scale(a: Item, b: Item) -> M:
    n = n_of(a)
    if isinstance(n, int) and v(b).get("class") == "scale" and v(a).get("class") != "scale":
        return {"n": n * n_of(b), "word": True}
    return None


def p_couple(_a: Item, n: Item, _of: Item | None) -> M:
    return {"n": n_of(n), "word": True} if v(n).get("w") in ("couple", "dozen", "few") else None


def p_ord_digits(t: Item, _suf: Item) -> M:
    return {"n": n_of(t)} if v(t).get("digits", 9) <= 4 else None


def p_ord_compound(a: Item, _dash: Item | None, b: Item) -> M:
    if v(a).get("class") == "tens" and isinstance(n_of(b), int) and 1 <= n_of(b) <= 9:
        return {"n": n_of(a) + n_of(b)}
    return None


def p_year(t: Item) -> M:
    n = n_of(t)
    if v(t).get("digits") == 4 and isinstance(n, int) and 1000 <= n <= 2199:
        return {"y": n}
    return None


def p_year_words(a: Item, b: Item) -> M:
    x, y = n_of(a), n_of(b)
    if v(a).get("word") and v(b).get("word") and isinstance(x, int) and 11 <= x <= 20 \
            and isinstance(y, int) and 10 <= y <= 99:
        return {"y": x * 100 + y}
    return None


def p_year_two_thousand(_the: Item | None, _y: Item, a: Item) -> M:
    return {"y": n_of(a)} if n_of(a) == 2000 else None


# ---- calendar dates --------------------------------------------------------------------------

def p_day(t: Item) -> M:
    n = n_of(t)
    return {"d": n} if isinstance(n, int) and 1 <= n <= 31 and v(t).get("digits", 2) <= 2 else None


def p_month_day(mo: Item, _dot: Item | None, d: Item) -> M:
    day = p_day(d)
    name = _name(mo, _dot)
    return merge(name, day) if day and name is not None else None


def p_day_month(d: Item, _of: Item | None, mo: Item) -> M:
    day = p_day(d)
    name = _name(mo, None)
    return merge(name, day) if day and name is not None else None


def p_add_year(date: Item, _sep: Item | None, y: Item) -> M:
    dm = v(date)
    if "y" in dm or "shift" in dm or "ref" in dm or not has(dm, "m", "q", "hy", "season", "hol", "w"):
        return None
    return merge(dm, v(y))


def p_year_poss(y: Item, _a: Item, _s: Item, date: Item) -> M:
    ym, dm = v(y), v(date)
    if "y" in dm or "shift" in dm or not has(dm, "q", "hy", "season", "m"):
        return None
    if "y" in ym and len(ym) == 1:
        return merge(dm, ym)
    if ym.get("shift", (0, ""))[1] == "Y" and set(ym) <= {"shift", "deictic", "anaph"}:
        return merge(dm, {"shift": ym["shift"]})
    return None


def p_year_period(_the: Item, y: Item, _f: Item | None, x: Item) -> M:
    if x.kind == "date":
        xm = v(x)
        if "y" in xm or "shift" in xm or not has(xm, "q", "hy", "season", "m"):
            return None
        return merge(xm, v(y))
    if x.kind == "unit" and v(x)["u"] not in ("Q", "M", "HY") or v(x).get("pl"):
        return None
    return dict(v(y))


def p_date_of_rel(date: Item, _of: Item | None, rel: Item) -> M:
    dm, rm = v(date), v(rel)
    if "y" in dm or "shift" in dm or not has(dm, "q", "hy", "season", "m", "d"):
        return None
    if rm.get("shift", (0, ""))[1] == "Y" and set(rm) <= {"shift", "anaph", "deictic"}:
        return merge(dm, {k: x for k, x in rm.items() if k != "deictic"})
    return None


def p_iso(y: Item, _a: Item, mo: Item, _b: Item, d: Item) -> M:
    yy, mm, dd = n_of(y), n_of(mo), n_of(d)
    if v(y).get("digits") == 4 and 1 <= mm <= 12 and 1 <= dd <= 31 and v(mo).get("digits") == 2:
        return {"y": yy, "m": mm, "d": dd}
    return None


def p_slash(mo: Item, _a: Item, d: Item, _b: Item, y: Item) -> M:
    mm, dd, yy = n_of(mo), n_of(d), n_of(y)
    digits = v(y).get("digits")
    if not (1 <= mm <= 12 and 1 <= dd <= 31) or digits not in (2, 4):
        return None
    if digits == 2:
        yy += 1900 if yy >= 30 else 2000
    return {"y": yy, "m": mm, "d": dd}


def p_slash_short(mo: Item, _a: Item, d: Item) -> M:
    mm, dd = n_of(mo), n_of(d)
    if v(mo).get("digits", 3) <= 2 and v(d).get("digits", 3) <= 2 and 1 <= mm <= 12 and 1 <= dd <= 31:
        return {"m": mm, "d": dd}
    return None


def p_decade(y: Item, _s: Item) -> M:
    n = n_of(y)
    if v(y).get("digits") == 4 and n % 10 == 0 and 1000 <= n <= 2190:
        return {"dec": n // 10}
    return None


def p_decade_short(_q: Item | None, y: Item, _s: Item) -> M:
    n = n_of(y)
    if v(y).get("digits") == 2 and n % 10 == 0:
        return {"dec2": n}
    return None


def p_century(o: Item, _c: Item) -> M:
    n = n_of(o)
    return {"cent": n - 1} if isinstance(n, int) and 1 <= n <= 22 else None


def p_quarter(o: Item, _dash: Item | None, _fiscal: Item | None, u: Item) -> M:
    n = n_of(o)
    if v(u).get("u") == "Q" and not v(u).get("pl") and isinstance(n, int) and 1 <= n <= 4:
        return {"q": n, "adj": True} if _dash is not None else {"q": n}
    return None


def p_q_code(_q: Item, n: Item) -> M:
    x = n_of(n)
    return {"q": x} if isinstance(x, int) and 1 <= x <= 4 and v(n).get("digits") == 1 else None


def p_half(o: Item, _dash: Item | None, _h: Item) -> M:
    n = {1: 1, 2: 2, -1: 2}.get(n_of(o))
    return {"hy": n} if n else None


def p_fiscal(_f: Item, y: Item) -> M:
    return dict(v(y))


def p_season(s: Item) -> M:
    return dict(v(s)) if v(s)["season"] in ("SU", "WI") or s.cap else None


def p_the_season(_the: Item, s: Item) -> M:
    return dict(v(s))


def p_holiday(h: Item) -> M:
    return dict(v(h))


def _name(x: Item, dot: Item | None) -> M:
    out = dict(v(x))
    abbr = out.pop("abbr", False)
    return None if dot is not None and not abbr else out


def p_weekday(w: Item, _dot: Item | None) -> M:
    return _name(w, _dot)


def p_month(mo: Item, _dot: Item | None) -> M:
    return _name(mo, _dot)


def p_weekday_date(w: Item, _c: Item | None, date: Item) -> M:
    dm = v(date)
    return merge(dm, {}) if "d" in dm and "wd" not in dm else None


def p_date_weekday(date: Item, _c: Item | None, w: Item) -> M:
    dm = v(date)
    return merge(dm, {}) if "d" in dm and "wd" not in dm else None


# ---- deictic and relative --------------------------------------------------------------------

DIRECTION = {"latest": -1, "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
             "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0, "present": 0}
ANAPHORIC = frozenset({"previous", "preceding", "prior", "following"})


def p_deictic(t: Item) -> M:
    return dict(v(t))


def p_rel_unit(_the: Item | None, word: Item, _fiscal: Item | None, u: Item) -> M:
    unit = v(u)["u"]
    if v(u).get("pl") or unit not in UNIT_GRAIN or unit in ("H", "MIN") or v(u).get("w") in ("night", "nights"):
        return None
    d = DIRECTION[word.value]
    if unit in ("E", "C", "L") and word.value in ("past", "last") and _the is not None:
        return None  # "the past decade" is the last ten years: a duration
    out: dict[str, Any] = {"shift": (d, unit), "deictic": True}
    if word.value in ANAPHORIC or (_the is not None and word.value == "next"):
        out["anaph"] = True
    if _the is not None and d == 0 and word.value != "current":
        return None
    return out


def p_rel_named(_the: Item | None, word: Item, x: Item) -> M:
    d = DIRECTION[word.value]
    if _the is not None and _the.value == "this" and word.value in ("past", "coming"):
        pass
    elif _the is not None and _the.value == "this":
        return None
    out = dict(v(x))
    if word.value in ANAPHORIC:
        out["anaph"] = True
    out["dir"] = d
    return out


def p_that_unit(_that: Item, _same: Item | None, u: Item) -> M:
    unit = v(u)["u"]
    if (_that.value == "the") != (_same is not None) or v(u).get("pl") or unit not in ("Y", "Q", "W", "M"):
        return None
    return {"shift": (0, unit), "same": unit, "anaph": True, "deictic": True}


def p_the_unit(_the: Item, _adj: Item | None, u: Item) -> M:
    unit = v(u)["u"]
    if v(u).get("pl") or unit not in ("Y", "Q", "W", "M", "WE"):
        return None
    out: dict[str, Any] = {"shift": (0, unit), "the": True}
    if unit == "Q":
        out["same"] = unit  # "the quarter": the one being reported on
    return out


def p_ago(n: Item, u: Item, ago: Item) -> M:
    amount = n_of(n)
    unit = v(u)["u"]
    if amount is None or unit not in UNIT_GRAIN:
        return None
    if amount == "X" or not isinstance(amount, int):
        return {"ref": "PAST_REF"} if ago.value == "ago" else {"ref": "FUTURE_REF"}
    sign = -1 if ago.value == "ago" else 1
    return {"shift": (sign * amount, unit), "ago": True}


def p_duration_ago(d: Item, ago: Item) -> M:
    dm = v(d)
    if "mod" not in dm or len(dm["dur"]) != 1 or dm.get("the") or dm.get("adj"):
        return None
    amount, unit = dm["dur"][0]
    if not isinstance(amount, int) or unit not in UNIT_GRAIN:
        return {"ref": "PAST_REF" if ago.value == "ago" else "FUTURE_REF", "mod": dm["mod"]}
    sign = -1 if ago.value == "ago" else 1
    return {"shift": (sign * amount, unit), "ago": True, "mod": dm["mod"]}


def p_from_now(n: Item, u: Item, _from: Item, _now: Item) -> M:
    return p_ago(n, u, Item("tok", 0, 0, "hence"))


def p_anaph_shift(n: Item, u: Item, word: Item) -> M:
    amount = n_of(n)
    unit = v(u)["u"]
    if not isinstance(amount, int) or unit not in UNIT_GRAIN:
        return None
    sign = -1 if word.value in ("earlier", "before", "previously", "prior") else 1
    return {"shift": (sign * amount, unit), "anaph": True}


def p_the_unit_before(_the: Item, u: Item, word: Item) -> M:
    if v(u).get("pl"):
        return None
    return p_anaph_shift(Item("num", 0, 0, {"n": 1}), u, word)


def p_year_ago_adj(_y: Item, _dash: Item, word: Item) -> M:
    return {"shift": (-1, "Y"), "anaph": word.value == "earlier", "adj": True}


def p_year_ago_period(*parts: Item | None) -> M:
    last = parts[-1]
    if last is not None and last.kind == "date":
        lm = v(last)
        if set(lm) - {"q", "hy", "adj"} or not lm:
            return None
    if last is not None and last.kind == "unit":
        unit = v(last)["u"]
        if v(last).get("pl"):
            return None
        if unit in ("Q", "M"):
            return {"shift": (-4 if unit == "Q" else -12, unit), "anaph": True}
    if last is not None and last.kind == "date" and "q" in v(last):
        return {"shift": (-1, "Y"), "q": v(last)["q"]}
    return {"shift": (-1, "Y"), "anaph": True}


def p_adj_date(adj: Item, date: Item) -> M:
    am, dm = v(adj), v(date)
    if not am.get("adj"):
        return None
    if "q" in dm or dm.get("shift", (0, ""))[1] in ("Q", "M"):
        unit = "Q" if "q" in dm else dm["shift"][1]
        return {"shift": (-4 if unit == "Q" else -12, unit if unit != "Q" else "Q"), "anaph": True}
    return None


# ---- modifiers ---------------------------------------------------------------------------------

def p_mod_point(mod: Item, _dash: Item | None, date: Item) -> M:
    mm, dm = v(mod), v(date)
    if mm["scope"] == "duration" or "mod" in dm or "ref" in dm:
        return None
    if mm["mod"] in ("START", "END", "MID") and has(dm, "d", "hh") and "wd" not in dm and "shift" not in dm:
        return None
    return merge(dm, {"mod": mm["mod"]})


def p_mod_dur(mod: Item, dur: Item) -> M:
    mm, dm = v(mod), v(dur)
    if mm["scope"] == "point" or "mod" in dm or (mm.get("w") == "over" and dm.get("the")):
        return None
    return merge(dm, {"mod": mm["mod"]})


def p_mod_point_approx(mod: Item, date: Item) -> M:
    mm, dm = v(mod), v(date)
    if mm["scope"] != "any" or "mod" in dm or "ref" in dm:
        return None
    return merge(dm, {"mod": mm["mod"]})


def p_or_so(date: Item, _or: Item, _so: Item) -> M:
    return merge(v(date), {"mod": "APPROX"}) if "mod" not in v(date) else None


def p_or_later(date: Item, _or: Item, word: Item) -> M:
    mod = "ON_OR_AFTER" if word.value in ("later", "after", "beyond") else "ON_OR_BEFORE"
    return merge(v(date), {"mod": mod}) if "mod" not in v(date) and "y" in v(date) else None


def p_and_beyond(date: Item, _and: Item, _b: Item) -> M:
    return merge(v(date), {"mod": "ON_OR_AFTER"}) if "mod" not in v(date) and "y" in v(date) else None


def p_mod_of(mod: Item, date: Item) -> M:
    return p_mod_point(mod, None, date)


def p_year_end(_y: Item, _dash: Item | None, _end: Item) -> M:
    return {"shift": (0, "Y"), "mod": "END"}


def p_the(_the: Item, date: Item) -> M:
    dm = v(date)
    if has(dm, "q", "hy", "season", "dec", "cent", "we", "dec2") and "the" not in dm and "adj" not in dm:
        return merge(dm, {"the": True})
    return None


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


def p_noon(t: Item) -> M:
    return {"hh": 12, "mi": 0} if t.value == "noon" else {"hh": 24, "mi": 0}


def p_daypart_of(date: Item, pod: Item) -> M:
    dm = v(date)
    if has(dm, "hh", "pod", "ref", "m", "y", "q", "season") and "d" not in dm:
        return None
    if "shift" in dm and dm["shift"][1] != "D":
        return None
    return merge(dm, v(pod))


def p_this_daypart(_this: Item, pod: Item) -> M:
    return merge({"shift": (0, "D")}, v(pod))


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
    return {"ref": "PAST_REF"} if v(u).get("pl") and v(u)["u"] in ("Y", "M", "W", "D", "E") else None


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


def p_times_per(n: Item, _times: Item | None, _a: Item, u: Item) -> M:
    if n.kind == "num" and _times is None:
        return None  # "seven a year ago" is not a frequency
    count = n_of(n) if n is not None and n.kind == "num" else {"once": 1, "twice": 2, "thrice": 3}.get(n.value)
    if not isinstance(count, int) or v(u).get("pl"):
        return None
    return {"set": (1, v(u)["u"]), "freq": f"{count}X"}


RULES: list[Rule] = [
    # numbers
    rule("number:tens-units", "num", "#num -? #num", p_tens_unit),
    rule("number:scale", "num", "#num|art #num", p_scale),
    rule("number:a-couple", "num", "a #num of?", p_couple),
    rule("ordinal:digits", "ord", "#num ^st|nd|rd|th", p_ord_digits),
    rule("ordinal:compound", "ord", "#num -? #ord", p_ord_compound),
    rule("year:digits", "year", "#num", p_year),
    rule("year:words", "year", "#num #num", p_year_words),
    rule("year:two-thousand", "year", "the? year #num", p_year_two_thousand),
    # calendar dates
    rule("date:month-day", "date", r"#month ^.? #num|ord", p_month_day),
    rule("date:day-month", "date", "#num|ord of? #month", p_day_month),
    rule("date:the-day-of-month", "date", "the #ord of #month", lambda _t, d, _o, mo: p_day_month(d, None, mo)),
    rule("date:month", "date", r"#month ^.?", p_month),
    rule("date:add-year", "date", "#date ,|of|in? #year", p_add_year),
    rule("date:iso", "date", r"#num ^- ^#num ^- ^#num", p_iso),
    rule("date:slash", "date", r"#num ^/ ^#num ^/ ^#num", p_slash),
    rule("date:year", "date", "#year", lambda y: dict(v(y))),
    rule("date:decade", "date", "#num ^s", p_decade),
    rule("date:decade-short", "date", "'? ^#num ^s", p_decade_short),
    rule("date:decade-words", "date", "the #decade", lambda _t, d: dict(v(d))),
    rule("date:century", "date", "#ord century", p_century),
    rule("date:quarter", "date", "#ord -? fiscal? #unit", p_quarter),
    rule("date:fiscal-quarter", "date", "fiscal -? #date", lambda _f, _d, q: dict(v(q)) if set(v(q)) == {"q"} else None),
    rule("date:q-code", "date", "q ^#num", p_q_code),
    rule("date:half", "date", "#ord -? half", p_half),
    rule("date:fiscal-year", "date", "fiscal #year", p_fiscal),
    rule("date:year-quarter", "date", "#date|deictic ^' ^s #date", p_year_poss),
    rule("date:of-relative-year", "date", "#date of? #date", p_date_of_rel),
    rule("date:year-then-period", "date", "the #year fiscal? period|#date|#unit", p_year_period),
    rule("date:season", "date", "#season", p_season),
    rule("date:the-season", "date", "the #season", p_the_season),
    rule("date:holiday", "date", "#holiday", p_holiday),
    rule("date:weekday", "date", r"#weekday ^.?", p_weekday),
    rule("date:weekday-date", "date", "#weekday ,? #date", p_weekday_date),
    rule("date:date-weekday", "date", "#date ,? #weekday", p_date_weekday),
    # deictic and relative
    rule("deictic:word", "date", "#deictic", p_deictic),
    rule("relative:this-unit", "date",
         "the? this|last|next|past|coming|previous|following|current|preceding|prior|latest fiscal|calendar? #unit",
         p_rel_unit),
    rule("relative:this-named", "date", "the|this? this|last|next|past|coming|previous|following #weekday|month|season|holiday",
         p_rel_named),
    rule("relative:that-unit", "date", "that|the same? #unit", p_that_unit),
    rule("relative:the-unit", "date", "the full|fiscal|calendar|entire|whole? #unit", p_the_unit),
    rule("relative:year-ago-period", "date", "the? comparable|corresponding|same? year -? ago|earlier period|#unit|#date",
         p_year_ago_period),
    rule("relative:ago", "date", "#num|art #unit ago|hence", p_ago),
    rule("relative:duration-ago", "date", "#duration ago|hence", p_duration_ago),
    rule("relative:from-now", "date", "#num|art #unit from now", p_from_now),
    rule("relative:earlier-later", "date", "#num|art #unit earlier|later|before|after|previously", p_anaph_shift),
    rule("relative:the-unit-before", "date", "the #unit before|after|earlier|later", p_the_unit_before),
    rule("relative:year-ago-adj", "date", "year -? earlier|ago", p_year_ago_adj),
    rule("relative:year-ago-period", "date", "#date #date", p_adj_date),
    rule("relative:year-end-word", "date", "year -? end", p_year_end),
    # modifiers
    rule("mod:point", "date", "#mod -? #date", p_mod_point),
    rule("mod:duration", "duration", "#mod #duration", p_mod_dur),
    rule("mod:approx-date", "date", "#mod #date", p_mod_point_approx),
    rule("mod:or-so", "date", "#date or so", p_or_so),
    rule("mod:dur-or-so", "duration", "#duration or so", p_or_so),
    rule("mod:or-later", "date", "#date or later|earlier|before|after", p_or_later),
    rule("mod:and-beyond", "date", "#date and beyond", p_and_beyond),
    rule("mod:of", "date", "#mod #date", p_mod_of),
    rule("mod:the", "date", "the #date", p_the),
    # times of day
    rule("time:clock", "time", r"#num ^: ^#num a|p|am|pm? ^.? ^m? ^.?", p_clock),
    rule("time:hour-ampm", "time", r"#num a|p|am|pm ^.? ^m? ^.?", p_hour_ampm),
    rule("time:oclock", "time", "#num o ' clock", p_oclock),
    rule("time:noon", "time", "noon|midnight", p_noon),
    rule("time:zone", "time", "#time gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|et|pt", lambda t, _z: dict(v(t))),
    rule("time:date-daypart", "date", "#date #daypart", p_date_daypart),
    rule("time:this-daypart", "date", "this|that #daypart", p_this_daypart),
    rule("time:last-night", "date", "last night", p_last_night),
    rule("time:time-date", "date", "#time on|,? #date", p_time_date),
    rule("time:date-time", "date", "#date at|,? #time", p_date_time),
    rule("time:clock-alone", "date", "#time", lambda t: dict(v(t))),
    # durations
    rule("duration:n-units", "duration", "#num|art #unit", p_duration),
    rule("duration:adjective", "duration", "#num ^- ^#unit ^-? ^old?", p_dur_adj),
    rule("duration:and-a-half", "duration", "#duration and a half", p_dur_and_half),
    rule("duration:half-a", "duration", "half a|an #unit", p_half_dur),
    rule("duration:fraction", "duration", "#num #num ^/ ^#num #unit", p_fraction_dur),
    rule("duration:bare-units", "duration", "#unit", p_bare_units),
    rule("duration:the-past-n", "duration", "the? past|last|next|coming|previous|first|final? #duration", p_the_dur),
    rule("duration:the-past-unit", "duration", "the past|last #unit", p_the_past_unit),
    rule("duration:first-n", "duration", "the? #ord #duration", p_first_dur),
    rule("duration:range", "duration", "#num to|or|- #duration", p_dur_range),
    rule("deictic:recent-units", "date", "recent #unit", p_recent_units),
    # sets
    rule("set:adverb", "set", "daily|nightly|weekly|monthly|yearly|annually|hourly|biweekly|semiannually",
         p_set_adverb),
    rule("set:every-unit", "set", "every|each|per #unit", p_every_unit),
    rule("set:every-n-units", "set", "every|each #num #unit", p_every_n_units),
    rule("set:every-named", "set", "every|each #date", p_every_named),
    rule("set:plural-weekday", "set", "#weekday ^s", p_plural_weekday),
    rule("set:times-per", "set", "once|twice|thrice|#num times? a|per|each #unit", p_times_per),
]
