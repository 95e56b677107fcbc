"""Anchoring: turn an underspecified meaning into a TIMEX3 type and value.

The reference time is the document date (news) or the last date mentioned before (narrative;
also, in news, for anaphoric expressions such as "a year earlier" or "the following day").
The tense of the governing verb picks the direction for underspecified dates: "on Friday" in a
past-tense clause is the Friday before the reference, in a future one the Friday after.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from . import calendar as cal
from .calendar import Point

TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
DATE_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "WE": "WE", "E": "E", "C": "C", "L": "L"}
YEAR_MULT = {"E": 10, "C": 100, "L": 1000}
MONTH_MULT = {"Q": 3, "HY": 6}
UNIT_TO_GRAIN = {"D": "d", "W": "w", "WE": "w", "M": "m", "Q": "q", "HY": "hy", "Y": "y", "H": "hh", "MIN": "hh"}
STORY_YEARS = 2  # a date this many years before the document's starts a story told in the past
NEAR_DAYS = 60  # news gives the year of any day further away than this
IMMINENT_SEASON_DAYS = 21  # a season starting this soon is "this summer"; "next summer" is the one a year on
# ... but a month or a day further than this against the verb's tense is in the other year ("took power in
# June" written in April; "will vote in October" written in mid-November).  Nearer ones stay: the tense
# heuristic misreads clauses that report schedules ("extended the offer until Nov. 6", "originally scheduled
# for Oct. 30"). Quarters keep the nearest: reports come out after the quarter they cover.
NEAR_AGAINST_TENSE_DAYS = 31


@dataclass(slots=True)
class Anchor:
    date: dt.date  # a day inside the reference period
    point: Point  # the reference as a partial date (its grain matters)
    tid: str | None = None  # None: the document creation time


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    anchor: str | None = None
    steps: list[str] = field(default_factory=list)
    point: Point | None = None  # resolved calendar point, for later anchoring


def _num(n: Any) -> str:
    if n == "X" or n is None:
        return "X"
    if isinstance(n, float):
        return str(int(n)) if n.is_integer() else f"{n:.2f}".rstrip("0")
    return str(n)


FRACTION_SPLIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "MIN"), "MIN": (60, "S")}


def _split_fractions(parts: list[tuple[Any, str]]) -> list[tuple[Any, str]]:
    """2.5 years -> 2 years 6 months (ISO 8601 wants whole numbers but in the last unit)."""
    out: list[tuple[Any, str]] = []
    for n, unit in parts:
        if isinstance(n, float) and not n.is_integer() and unit in FRACTION_SPLIT:
            whole = int(n)
            factor, smaller = FRACTION_SPLIT[unit]
            if whole:
                out.append((whole, unit))
            out.append((round((n - whole) * factor, 2), smaller))
        else:
            out.append((n, unit))
    return out


def duration_value(parts: list[tuple[Any, str]]) -> str:
    date, time = "", ""
    for n, unit in _split_fractions(parts):
        if unit in YEAR_MULT and isinstance(n, int | float) and n != "X":
            date += _num(n * YEAR_MULT[unit]) + "Y"
        elif unit == "Q":
            date += _num(n) + "Q"  # TimeBank writes quarters as P2Q, PXQ
        elif unit in MONTH_MULT and isinstance(n, int | float):
            date += _num(n * MONTH_MULT[unit]) + "M"
        elif unit in MONTH_MULT:
            date += "XM"
        elif unit == "FN":
            date += (_num(2 * n) if isinstance(n, int | float) else "X") + "W"
        elif unit in TIME_UNITS:
            time += _num(n) + TIME_UNITS[unit]
        else:
            date += _num(n) + DATE_UNITS.get(unit, "Y")
    return "P" + date + ("T" + time if time else "")


def _order(anchor: Anchor) -> int:
    """Position of an anchor's timex in the text ("t3" -> 3)."""
    return int(anchor.tid[1:]) if anchor.tid and anchor.tid[1:].isdigit() else 0


def _latest_at_least(grain: str, by_grain: dict[str, Anchor], coarse: Anchor) -> Anchor | None:
    """The latest date mentioned whose grain is `grain` or finer (a month for 'the following month'),
    within a year of the `coarse` one last mentioned."""
    fine = [a for a in by_grain.values() if a.tid and not cal.finer(grain, cal.grain(a.point))
            and abs((a.date - coarse.date).days) <= 366]
    return max(fine, key=_order, default=None)


def _ref_anchor(meaning: dict[str, Any], dct: Anchor, last: Anchor | None, domain: str) -> Anchor:
    if last is not None and (meaning.get("anaph") or domain == "narrative"):
        return last
    return dct


def _pick_year(p: Point, ref: Anchor, tense: str | None, steps: list[str], own_past: bool = False) -> Point:
    """Choose the year of a date given without one, from the reference and the tense."""
    if "y" in ref.point and "m" not in ref.point and "w" not in ref.point and "q" not in ref.point:
        steps.append(f"year taken from the reference {ref.point['y']}")
        return {**p, "y": ref.point["y"]}
    base = ref.date.year
    options = []
    for y in (base - 1, base, base + 1):
        cand = {**p, "y": y}
        if "hol" in p:
            day = cal.holiday(p["hol"], y)
            if day is None:
                continue
            cand = {k: v for k, v in cand.items() if k != "hol"}
            cand.update(cal.day_point(day))
        start, end = cal.start_of(cand), cal.end_of(cand)
        if start is None or end is None:
            continue
        options.append((cand, start, end))
    if not options:
        return {**p, "y": "X"}

    def distance(o: tuple[Point, dt.date, dt.date]) -> int:
        if o[1] <= ref.date <= o[2]:
            return 0
        return min(abs((o[1] - ref.date).days), abs((o[2] - ref.date).days))

    nearest = min(options, key=lambda o: (distance(o), o[1] > ref.date))
    against_tense = "m" in p and ((tense == "PAST" and nearest[1] > ref.date)
                                  or (tense == "FUTURE" and nearest[2] < ref.date))
    # a whole month or season not begun yet cannot be told in the past ("was sacked in June" written
    # on 10 May: last June) when the past verb is the date's own (`own_past`); days stay near, as schedules misread as past ("moved the vote to June 9")
    unbegun = own_past and tense == "PAST" and "d" not in p and ("m" in p or "season" in p) and nearest[1] > ref.date
    if not unbegun and distance(nearest) <= (NEAR_AGAINST_TENSE_DAYS if against_tense else NEAR_DAYS):
        steps.append(f"within {NEAR_DAYS} days of {ref.date}: the nearest, whatever the tense")
        return nearest[0]
    if tense == "PAST" or (tense is None and ref.tid is None):
        past = [o for o in options if o[1] <= ref.date]
        chosen = past[-1] if past else options[0]
        steps.append(f"{'past tense' if tense else 'no tense, the document date: news reports the past'}: "
                     f"latest on or before {ref.date}")
    elif tense == "FUTURE":
        future = [o for o in options if o[2] >= ref.date]
        chosen = future[0] if future else options[-1]
        steps.append(f"future tense: earliest on or after {ref.date}")
    else:
        chosen = nearest
        steps.append(f"no tense: nearest to {ref.date}")
    return chosen[0]


def _story_year(p: Point, story: Anchor, onward: bool = False) -> Point:
    """A month or season told right after a past date: the next one, unless the one before is much
    nearer ("on March 9, 1996 ... closed for the winter": the winter just over; "the following
    month ... in November": the November after).  `onward` (told next in a sequence, "married in
    June 2010 and divorced in March"): the first one from the story's date on."""
    best: tuple[Point, int] | None = None
    for y in (story.date.year - 1, story.date.year, story.date.year + 1):
        cand = {**p, "y": y}
        if "hol" in p:  # "in the spring of 2016 ... By Christmas": that year's day of the holiday
            day = cal.holiday(p["hol"], y)
            if day is None:
                continue
            cand = {**{k: v for k, v in p.items() if k != "hol"}, **cal.day_point(day)}
        start, end = cal.start_of(cand), cal.end_of(cand)
        if start is None or end is None:
            continue
        if start <= story.date <= end:
            return cand
        ahead = start > story.date
        if onward and ahead:
            return cand
        gap = (start - story.date).days if ahead else 2 * (story.date - end).days  # the past counts double
        if best is None or gap < best[1]:
            best = (cand, gap)
    return best[0] if best else {**p, "y": "X"}


def _weekday(wd: int, ref: dt.date, direction: int | None, tense: str | None, steps: list[str]) -> dt.date:
    delta = wd - ref.isoweekday()
    if direction == -1:
        back = (ref.isoweekday() - wd) % 7 or 7
        steps.append("'last': the one before the reference")
        return ref - dt.timedelta(days=back)
    if direction == 1:
        ahead = (wd - ref.isoweekday()) % 7 or 7
        steps.append("'next': the one after the reference")
        return ref + dt.timedelta(days=ahead)
    if direction == 0:
        steps.append("'this': in the reference's week")
        return ref + dt.timedelta(days=delta)
    if tense == "PAST":
        steps.append("past tense: on or before the reference")
        return ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)
    if tense == "FUTURE":
        steps.append("future tense: after the reference")
        return ref + dt.timedelta(days=(wd - ref.isoweekday()) % 7 or 7)
    back = (ref.isoweekday() - wd) % 7
    if tense == "PRESENT":
        ahead = (wd - ref.isoweekday()) % 7
        steps.append("present tense: the nearest one")
        return ref - dt.timedelta(days=back) if back <= ahead else ref + dt.timedelta(days=ahead)
    steps.append("no tense: news reports the past, on or before the reference")
    return ref - dt.timedelta(days=back)


def _named_direction(p: Point, ref: Anchor, direction: int, steps: list[str]) -> Point:
    """'last June', 'next summer', 'this March'."""
    year = ref.date.year
    if direction == 0:
        steps.append("'this': the reference's year")
        return {**p, "y": year}
    if ref.tid is not None and cal.grain(ref.point) == "y" and isinstance(ref.point.get("y"), int):
        steps.append(f"'{'next' if direction > 0 else 'previous'}' after a year mentioned ({ref.tid}): "
                     "in the year " + ("after" if direction > 0 else "before"))
        return {**p, "y": ref.point["y"] + direction}
    cands = [{**p, "y": y} for y in (year - 1, year, year + 1)]
    if direction < 0:
        before = [c for c in cands if (cal.end_of(c) or ref.date) < ref.date]
        steps.append("'last': the latest one before the reference")
        return before[-1] if before else cands[0]
    after = [c for c in cands if (cal.start_of(c) or ref.date) > ref.date]
    if "season" in p and len(after) > 1 and ((cal.start_of(after[0]) or ref.date) - ref.date).days <= IMMINENT_SEASON_DAYS:
        steps.append("'next' season: the one after the season about to begin, which is 'this' one")
        return after[1]  # "next summer" written in May: the summer of the year after
    steps.append("'next': the first one after the reference")
    return after[0] if after else cands[-1]


def resolve_date(m: dict[str, Any], dct: Anchor, last: Anchor | None, domain: str,
                 tense: str | None, last_by_grain: dict[str, Anchor] | None = None,
                 story: Anchor | None = None, onward: bool = False, own_past: bool = False) -> Resolved:
    """`story`: a month or a day of a year at least two years before the document date, mentioned
    earlier in the same sentence; a month or season without a year after it is the nearest one to
    that date ("on Saturday, March 9, 1996, when the hotel was closed for the winter": 1995-WI)."""
    steps: list[str] = []
    mod = m.get("mod")
    if "ref" in m:
        return Resolved("DATE", m["ref"], mod, steps=[f"{m['ref']}: no anchoring needed"])
    ref = _ref_anchor(m, dct, last, domain)
    decade = (last_by_grain or {}).get("E")
    if m.get("anaph") and m.get("shift", (0, ""))[1] == "E" and decade is not None \
            and (ref is dct or _order(decade) > _order(ref)):
        ref = decade  # "in the 1970s ... a decade later": decades count from the decade last mentioned
    same_day = m.get("same") == "D" and "D" in (last_by_grain or {})  # "the same afternoon", "hours later": the day
    if ref is not dct and "shift" in m and not same_day:  # told last, though a month or a year came since
        unit_grain = UNIT_TO_GRAIN.get(m["shift"][1])
        if unit_grain and cal.finer(unit_grain, cal.grain(ref.point)):
            inside = None if m.get("year_only") and cal.grain(ref.point) != "y" else _inside_coarse_reference(m, ref, steps)
            if inside is not None:
                value = cal.fmt(inside)
                steps.append(f"value {value}")
                return Resolved("DATE", value, mod, anchor=ref.tid, steps=steps, point=inside)
            finer = _latest_at_least(unit_grain, last_by_grain or {}, ref)
            if finer is not None and finer is not ref:
                steps.append(f"the last date ({ref.tid}) is coarser than a {m['shift'][1]}: "
                             f"the last one that is not ({finer.tid})")
                ref = finer  # "on March 9, 1996, ... closed for the winter ... the following month"
            else:
                steps.append(f"the last date ({ref.tid}) is coarser than a {m['shift'][1]}: anchored on the DCT")
                ref = dct
    if m.get("vague"):  # "days later" after a day told about, or with none told: the day is not known
        raise ValueError("a few days or weeks after a day: no value")
    anchor = ref.tid or "dct"
    overlay = {k: m[k] for k in ("m", "d", "q", "hy", "season", "pod", "hh", "mi", "we") if k in m}
    p: Point
    if "dec2" in m:
        century = dct.date.year // 100
        if century * 100 + m["dec2"] > dct.date.year and century > 0:
            century -= 1
        p = {"dec": century * 10 + m["dec2"] // 10}
        steps.append("two-digit decade put in the latest century not after the document date")
    elif m.get("same") == "ANY" and last is not None:
        prior = last
        if cal.finer(cal.grain(last.point), "m") and last_by_grain and "Q" in last_by_grain:
            prior = last_by_grain["Q"]  # "quarter ended Sept. 30 ... the latest period": the quarter
        p = dict(prior.point)
        anchor = prior.tid or "dct"
        steps.append(f"the same period as the last one mentioned ({anchor})")
    elif m.get("same") == "Y" and m.get("anaph") and last_by_grain \
            and (prior := _latest_year(last_by_grain)) is not None and prior.tid is not None:
        p = {"y": prior.point["y"]}
        anchor = prior.tid
        steps.append(f"the {m['same']} of the last date mentioned that has one ({anchor}): {cal.fmt(p)}")
    elif "same" in m and last_by_grain and m["same"] in last_by_grain:
        prior = last_by_grain[m["same"]]
        p = dict(prior.point) | ({"pod": m["pod"]} if "pod" in m and "hh" not in prior.point else {})  # "the same afternoon"
        anchor = prior.tid or "dct"
        steps.append(f"the same {m['same']} as the last one mentioned ({anchor})")
    elif "shift" in m:
        n, unit = m["shift"]
        if "same" in m and unit == "Q" and tense != "FUTURE":
            n = -1
            steps.append("'the quarter' with no quarter mentioned: the last complete one")
        if unit == "WE" and n == 0 and tense == "PAST" and ref.date.isoweekday() < 6:
            n = -1
            steps.append("past tense on a weekday: the weekend before")
        if m.get("new_year") and ref.date.month <= 6:
            n = 0
            steps.append("'the new year' in its first half: the year under way")
        base = cal.shift(ref.date, n, unit)
        steps.append(f"shift {n:+d} {unit} from {ref.date} ({anchor}) -> {cal.fmt(base)}")
        if m.get("anaph") and not m.get("deictic") and not m.get("own_grain") and unit == "E" \
                and ref.tid is not None and isinstance(ref.point.get("y"), int):
            base = {"y": ref.point["y"] + 10 * n}  # "in 1988 ... a decade later": 1998
            steps.append(f"decades from a year: {cal.fmt(base)}")
        elif m.get("anaph") and not m.get("deictic") and not m.get("own_grain") and unit in ("Y", "Q", "M") \
                and ref.tid is not None and cal.finer(cal.grain(ref.point), cal.grain(base)) \
                and "season" not in ref.point:  # "in the summer of 1995 ... four years earlier": 1991
            base = reexpress(moved(cal.start_of(ref.point) or ref.date, n, unit), ref.point)
            steps.append(f"kept the reference's grain: {cal.fmt(base)}")
        elif m.get("anaph") and not m.get("deictic") and unit in ("W", "D") and ref.tid is not None \
                and "d" in ref.point and not m.get("whole_week"):
            base = cal.day_point(ref.date + dt.timedelta(days=n * (7 if unit == "W" else 1)))
            steps.append(f"a day {abs(n)} {unit} from the reference day: {cal.fmt(base)}")
        if m.get("ago") and unit == "Y" and last_by_grain and "Q" in last_by_grain and last is not None \
                and "q" in last.point:
            base = {"y": base.get("y", "X"), "q": last.point["q"]}
            steps.append(f"compared with the quarter just mentioned ({last.tid}): {cal.fmt(base)}")
        if overlay and unit in ("Y", "D", "W"):
            if unit == "Y":
                base = {"y": base.get("y", "X"), **overlay}
            else:
                base = {**base, **{k: v for k, v in overlay.items() if k in ("pod", "hh", "mi", "we")}}
        if "hol" in m and unit == "Y" and isinstance(base.get("y"), int):  # "on Christmas Day the following year"
            day = cal.holiday(m["hol"], base["y"])
            base = {**base, **cal.day_point(day)} if day else base
        p = base
    elif m.get("that_year") and ref.tid is not None and isinstance(ref.point.get("y"), int):
        p = {"y": ref.point["y"], **overlay}
        steps.append(f"'that': in the year of the last date mentioned ({ref.tid})")
    elif "like" in m:
        p = _year_like(m, dct, last, last_by_grain or {}, steps)
    elif "y" in m or "dec" in m or "cent" in m:
        anchor = None  # written in full: nothing to anchor on
        p = {k: m[k] for k in ("y", "dec", "cent") if k in m} | overlay
        if "hol" in m and isinstance(m.get("y"), int):
            day = cal.holiday(m["hol"], m["y"])
            p = {**p, **cal.day_point(day)} if day else p
    elif domain == "narrative" and last is None and "dir" not in m \
            and (has_calendar(overlay) or "wd" in m or "hol" in m):
        p = {**overlay, **({"wd": m["wd"]} if "wd" in m and "d" not in m else {}), "y": "X"}
        if "hol" in m and len(m["hol"]) == 5 and m["hol"][2] == "-":  # a fixed day, "12-25"
            p.update({"m": int(m["hol"][:2]), "d": int(m["hol"][3:])})
        elif "hol" in m:
            p["hol"] = m["hol"]
        anchor = None
        steps.append("narrative with no date mentioned before: the year stays unknown")
    elif "wd" in m and "d" not in m:
        day = _weekday(m["wd"], ref.date, m.get("dir"), tense, steps)
        p = cal.day_point(day) | {k: v for k, v in overlay.items() if k in ("pod", "hh", "mi")}
    elif "dir" in m and m["dir"] is not None and "hol" in m:
        direction = {-1: "PAST", 1: "FUTURE"}.get(m["dir"])
        p = _pick_year({"hol": m["hol"]}, ref, direction, steps)
    elif "dir" in m and m["dir"] is not None:
        p = _named_direction(overlay, ref, m["dir"], steps)
    elif overlay or "hol" in m:
        under = dict(overlay)
        if "hol" in m:
            under["hol"] = m["hol"]
        if not has_calendar(under):
            p = cal.day_point(ref.date) | under
            steps.append(f"time of day on the reference day {ref.date}")
        elif domain == "news" and ref is dct and story is not None and tense != "FUTURE" \
                and isinstance(story.point.get("y"), int) and dct.date.year - story.point["y"] >= STORY_YEARS:
            steps.append(f"right after {cal.fmt(story.point)} ({story.tid}), a past story: the nearest to it")
            p = _story_year(under, story, onward)
            anchor = story.tid
        else:
            p = _pick_year(under, ref, tense, steps, own_past)
    else:
        p = cal.day_point(ref.date)
    if m.get("week_of") and (day := cal.start_of(p)) is not None and "d" in p:
        p = cal.week_point(day)
        steps.append("the week holding that day")
    value = cal.fmt(p)
    kind = "TIME" if ("hh" in p or "pod" in p) else "DATE"
    steps.append(f"value {value}")
    return Resolved(kind, value, mod, anchor=anchor, steps=steps, point=p)


def _inside_coarse_reference(m: dict[str, Any], ref: Anchor, steps: list[str]) -> Point | None:
    """'in April ... two weeks later': a few days or weeks from a month or a year mentioned stay at
    that grain (counted from its start going forward, from its end going back)."""
    n, unit = m["shift"]
    months = unit == "M" and cal.grain(ref.point) == "y"  # "in 2019 ... a month later": in that year, not a month from today
    # (so "in 2015 ... the following month", whose words would count from today were no date told; and "that same week")
    if not m.get("anaph") or (m.get("deictic") and not (months or m.get("same") in ("W", "D"))) or m.get("own_grain") or (unit not in ("D", "W") and not months) or "pod" in m:
        return None
    edge = cal.start_of(ref.point) if n >= 0 else cal.end_of(ref.point)
    if edge is None:
        return None
    try:
        day = moved(edge, n, unit) if months else edge + dt.timedelta(days=n * (7 if unit == "W" else 1))
    except OverflowError:
        return None
    steps.append(f"{n:+d} {unit} from the {'start' if n >= 0 else 'end'} of {cal.fmt(ref.point)} ({ref.tid}), "
                 "at its grain")
    return reexpress(day, ref.point)


def _year_like(m: dict[str, Any], dct: Anchor, last: Anchor | None, by_grain: dict[str, Anchor],
               steps: list[str]) -> Point:
    """'the 1988 quarter', 'the 1988 period': that year's period of the kind being reported on."""
    prior = last if m["like"] == "ANY" else by_grain.get(m["like"])
    if prior is not None and any(k in prior.point for k in ("q", "hy", "m", "season")):
        part = {k: prior.point[k] for k in ("q", "hy", "m", "season") if k in prior.point}
        steps.append(f"the period last mentioned ({prior.tid or 'dct'}) in {m['y']}")
        return {"y": m["y"], **part}
    if m["like"] in ("Q", "ANY"):
        q = (cal.shift(dct.date, -1, "Q").get("q") if m["like"] == "Q" else None)
        if isinstance(q, int):
            steps.append(f"no quarter mentioned: the last complete one, in {m['y']}")
            return {"y": m["y"], "q": q}
    return {"y": m["y"]}


def moved(day: dt.date, n: int, unit: str) -> dt.date:
    months = n * (12 if unit == "Y" else 3 if unit == "Q" else 1)
    y, m = cal.add_months(day, months)
    return cal.safe_date(y, m, day.day) or cal.safe_date(y, m, 28) or day


def reexpress(day: dt.date, like: Point) -> Point:
    """`day` at the grain of `like` (a day, a week, a month, a quarter, a season, a year)."""
    if "d" in like:
        return cal.day_point(day)
    if "w" in like:
        return cal.week_point(day) | ({"we": True} if like.get("we") else {})
    if "m" in like:
        return {"y": day.year, "m": day.month}
    if "q" in like:
        return {"y": day.year, "q": (day.month - 1) // 3 + 1}
    if "season" in like:
        return {"y": day.year, "season": like["season"]}
    if "hy" in like:
        return {"y": day.year, "hy": 1 if day.month <= 6 else 2}
    return {"y": day.year}


WRITTEN_YEAR = "YW"  # the key of the last date written with its year ("March 2022", "on 4 May 2019") among the grains


def _latest_year(last_by_grain: dict[str, Anchor]) -> Anchor | None:
    """"in 2021 ... in March 2022 ... later that year": the last date mentioned with its year written out -- the March, not
    the last date given as a bare year (nor "last week", whose year is the article's)."""
    told = [a for g, a in last_by_grain.items() if g in ("Y", WRITTEN_YEAR) and isinstance(a.point.get("y"), int)]
    return max(told, key=_order) if told else None


def grain_unit(p: Point) -> str:
    g = cal.grain(p)
    return {"y": "Y", "q": "Q", "m": "M", "w": "W", "d": "D"}.get(g, "")


def has_calendar(p: Point) -> bool:
    return any(k in p for k in ("m", "d", "q", "hy", "season", "w", "hol"))


def resolve_duration(m: dict[str, Any]) -> Resolved:
    value = duration_value(m["dur"])
    return Resolved("DURATION", value, m.get("mod"), steps=[f"duration {value}"])


def resolve_set(m: dict[str, Any]) -> Resolved:
    if "set" in m:
        n, unit = m["set"]
        value = duration_value([(n, unit)])
    else:
        pat = m["set_pattern"]
        if "wd" in pat:
            value = f"XXXX-WXX-{pat['wd']}"
        elif "m" in pat:
            value = f"XXXX-{pat['m']:02d}"
        elif "season" in pat:
            value = f"XXXX-{pat['season']}"
        else:
            value = "XXXX-XX-XX"
        if "hh" in pat:
            value += f"T{pat['hh']:02d}:{pat.get('mi', 0):02d}"
        elif "pod" in pat:
            value += f"T{pat['pod']}"
    return Resolved("SET", value, m.get("mod"), m.get("quant"), m.get("freq"), steps=[f"set {value}"])
