"""Productions for numbers and calendar dates (see rules.py for the table)."""

from __future__ import annotations

from .chart import Item
from .grammar_base import M, has, merge, n_of, v

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


def p_couple(_a: Item | None, n: Item, _of: Item | None) -> M:
    return {"n": n_of(n), "word": True} if v(n).get("w") in ("couple", "dozen", "few") else None


def p_couple_of(n: Item, of: Item) -> M:
    """'the next couple of years': 'couple of' without its article."""
    return p_couple(None, n, of)


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
    if x.kind == "tok":  # "the 1988 period": the period being compared, in that year
        return {**v(y), "like": "ANY"}
    return {**v(y), "like": "Q"} if v(x)["u"] == "Q" else dict(v(y))


def p_date_of_rel(date: Item, _of: Item | None, rel: Item) -> M:
    dm, rm = v(date), v(rel)
    if "y" in dm or "shift" in dm or not has(dm, "q", "hy", "season", "m", "d", "hol"):
        return None
    if rm.get("shift", (0, ""))[1] == "Y" and set(rm) <= {"shift", "anaph", "deictic"}:
        return merge(dm, {k: x for k, x in rm.items() if k != "deictic"})
    if rm.get("same") == "Y" and rm.get("anaph") and "d" not in dm:  # "March of that year", "the spring of the same year"
        return {**{k: x for k, x in dm.items() if k != "abbr"}, "anaph": True, "that_year": True}
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
    return None if v(w).get("pl") else _name(w, _dot)


def p_month(mo: Item, _dot: Item | None) -> M:
    return _name(mo, _dot)


def p_weekday_date(w: Item, _c: Item | None, date: Item) -> M:
    dm = v(date)
    return merge(dm, {}) if "d" in dm and "wd" not in dm else None


def p_date_weekday(date: Item, _c: Item | None, w: Item) -> M:
    dm = v(date)
    return merge(dm, {}) if "d" in dm and "wd" not in dm else None
