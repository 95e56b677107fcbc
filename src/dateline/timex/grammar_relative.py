"""Productions for deictic, relative and modified expressions (see rules.py)."""

from __future__ import annotations

from typing import Any

from .chart import Item
from .grammar_base import UNIT_GRAIN, M, has, merge, n_of, v

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
    if _the is not None and _the.value == "this":
        if word.value not in ("past", "coming"):
            return None
        _the = None  # "this past weekend", "this coming week": as "last weekend", "next week"
    if unit in ("E", "C", "L") and word.value in ("past", "last") and _the is not None:
        return None  # "the past decade" is the last ten years: a duration
    out: dict[str, Any] = {"shift": (d, unit), "deictic": True}
    if word.value in ANAPHORIC or (_the is not None and word.value == "next"):
        out["anaph"] = True
    if out.get("anaph") and unit in ("D", "W"):  # "the following day", "the next day": from the date told about,
        del out["deictic"]  # never from today ("in October 2012 ... the following day": October 2012)
        if unit == "W":
            out["whole_week"] = True  # "the previous week" after a day: that day's week moved, a week (not a day) as value
    if _the is not None and d == 0 and word.value != "current":
        return None
    return out


def p_new_year(_the: Item, _new: Item, _year: Item) -> M:
    """"in the new year" said in the autumn: the coming one (in its first half, the one under way; the
    resolver decides)."""
    return {"shift": (1, "Y"), "deictic": True, "new_year": True}


def p_rel_named(_the: Item | None, word: Item, x: Item) -> M:
    d = DIRECTION[word.value]
    if _the is not None and _the.value == "this" and word.value in ("past", "coming"):
        pass
    elif _the is not None and _the.value == "this":
        return None
    out = dict(v(x))
    if word.value in ANAPHORIC or (_the is not None and _the.value == "the" and word.value == "next"):
        out["anaph"] = True  # "the next summer", "the following spring": after the date last mentioned
    out["dir"] = d
    return out


def p_that_unit(_that: Item, _same: Item | None, u: Item) -> M:
    """'that year', 'that same month', 'the same day' (bare 'the year' is not anaphoric here)."""
    unit = v(u)["u"]
    if (_that.value == "the" and _same is None) or v(u).get("pl") or unit not in ("Y", "Q", "W", "M", "D"):
        return None
    return {"shift": (0, unit), "same": unit, "anaph": True, "deictic": True}


def p_that_named(_that: Item, x: Item) -> M:
    """'that summer', 'that March': in the year of the date last mentioned."""
    xm = dict(v(x))
    xm.pop("abbr", None)
    return {**xm, "anaph": True, "that_year": True}


def p_week_of(_the: Item, _week: Item, _of: Item, date: Item) -> M:
    """'the week of Sept. 14': the week holding that day."""
    dm = v(date)
    if v(_week).get("u") != "W" or v(_week).get("pl") or "d" not in dm or has(dm, "hh", "pod", "mod", "shift", "wd"):
        return None
    return {**{k: x for k, x in dm.items() if k in ("y", "m", "d")}, "week_of": True}


def p_earlier_in_the(word: Item, _in: Item, _the: Item, u: Item) -> M:
    """'earlier in the day', 'later in the week': the period being told about."""
    unit = v(u)["u"]
    if v(u).get("pl") or unit not in ("D", "W", "M", "Y"):
        return None
    return {"shift": (0, unit), "anaph": True, "mod": "START" if word.value == "earlier" else "END",
            "own_grain": True}


def p_the_unit(_the: Item, _adj: Item | None, u: Item) -> M:
    unit = v(u)["u"]
    if v(u).get("pl") or unit not in ("Y", "Q", "W", "M", "WE"):
        return None
    out: dict[str, Any] = {"shift": (0, unit), "the": True}
    if unit == "Q":
        out["same"] = unit  # "the quarter": the one being reported on
    return out


def p_units_ago(u: Item, _ago: Item) -> M:
    """'years ago', 'decades ago': some time in the past."""
    return {"ref": "PAST_REF"} if v(u).get("pl") and v(u)["u"] in UNIT_GRAIN else None


def p_units_later(u: Item, _later: Item) -> M:
    """'days later', 'days afterwards': a few days after a month or a year last told about, at that
    grain (after a day, or with none told, there is no value; "weeks later" may cross into the next month);
    'hours later', 'minutes later': the day (or the coarser time) last told about."""
    unit = v(u)["u"]
    if v(u).get("pl") and unit in ("H", "MIN"):
        return {"shift": (0, "D"), "anaph": True, "same": "D"}  # "hours later", "minutes later": the day told about
    if v(u).get("pl") and unit == "W":  # "she was signed to X weeks later" after "in 2006": that year (not a month: may cross)
        return {"shift": (1, unit), "anaph": True, "vague": True, "year_only": True}
    return {"shift": (1, unit), "anaph": True, "vague": True} if v(u).get("pl") and unit == "D" else None


def p_next_daypart(_the: Item, _next: Item, pod: Item) -> M:
    """'the next morning', 'the following evening': the day after the one told about."""
    return None if v(pod)["pl"] else {"shift": (1, "D"), "pod": v(pod)["pod"], "anaph": True}


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
        if unit in ("Q", "M"):  # "the year-ago quarter": a quarter, whatever the grain of the reference
            return {"shift": (-4 if unit == "Q" else -12, unit), "anaph": True, "own_grain": True}
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


def p_future_units(_w: Item, u: Item) -> M:
    return {"ref": "FUTURE_REF"} if v(u).get("pl") and v(u)["u"] in ("Y", "M", "W", "D", "Q", "E") else None


def p_latest_period(_the: Item, _w: Item, _p: Item) -> M:
    """'the latest period', 'the same period': the period last mentioned (a quarter, if none)."""
    return {"same": "ANY", "shift": (0, "Q")}
