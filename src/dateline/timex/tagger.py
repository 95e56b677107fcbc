"""tag(): find every time expression in a text and anchor it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..gcpause import paused_cycle_collection
from ..model import Timex
from .calendar import start_of
from .chart import Chart, Grammar, Item
from .filters import acceptable, reinterpret
from .resolve import (
    WRITTEN_YEAR,
    Anchor,
    Resolved,
    _order,
    grain_unit,
    resolve_date,
    resolve_duration,
    resolve_set,
)
from .rules import RULES
from .seed import seed
from .tense import adjectival, deadline_tense, heuristic_tense
from .tokens import Token, candidate_windows, tokenize

OUTPUT_KINDS = ("date", "duration", "set")
_PERIOD_BOUND = re.compile(r"\s+(?:ended|ending|ends|through)\s+", re.IGNORECASE)
TenseFn = Callable[[int, int], "str | None"]

_GRAMMAR: Grammar | None = None
_RANK = {r.name: i for i, r in enumerate(RULES)}
_PATTERN = {r.name: r.pieces for r in RULES}


def grammar() -> Grammar:
    global _GRAMMAR
    if _GRAMMAR is None:
        _GRAMMAR = Grammar(RULES)
    return _GRAMMAR


def parse_dct(dct: str) -> dt.date:
    try:
        return dt.date.fromisoformat(dct.strip()[:10])
    except (ValueError, AttributeError) as exc:
        raise ValueError(f"document date must be YYYY-MM-DD, got {dct!r}") from exc


def _select(chart: Chart, tokens: list[Token], text: str) -> list[Item]:
    cands = [it for items in chart.at for it in items if it.kind in OUTPUT_KINDS]
    cands.sort(key=lambda it: (-(tokens[it.end - 1].end - tokens[it.start].start), _RANK.get(it.rule, 999)))
    taken = [False] * len(tokens)
    chosen = []
    for it in cands:
        if any(taken[it.start:it.end]) or not acceptable(it, tokens, text):
            continue
        for i in range(it.start, it.end):
            taken[i] = True
        chosen.append(it)
    return chosen


def recognize(text: str) -> list[tuple[int, int, Item]]:
    """Spans and meanings of every time expression, before anchoring."""
    with paused_cycle_collection():  # charts make many short-lived objects and no reference cycles
        return _recognize(text)


def _recognize(text: str) -> list[tuple[int, int, Item]]:
    out: list[tuple[int, int, Item]] = []
    for lo, hi in candidate_windows(text):
        tokens = tokenize(text, lo, hi)
        if not tokens:
            continue
        chart = Chart(tokens)
        seed(chart, tokens)
        chart.saturate(grammar())
        for it in _select(chart, tokens, text):
            it = reinterpret(it, tokens)
            out.append((tokens[it.start].start, tokens[it.end - 1].end, it))
    out.sort(key=lambda x: x[0])
    return out


def _resolve(it: Item, dct: Anchor, last: Anchor | None, domain: str, tense: str | None,
             by_grain: dict[str, Anchor], story: Anchor | None = None, onward: bool = False,
             own_past: bool = False) -> Resolved:
    if it.kind == "duration":
        return resolve_duration(it.value)
    if it.kind == "set":
        return resolve_set(it.value)
    return resolve_date(it.value, dct, last, domain, tense, by_grain, story, onward, own_past)


def tag(text: str, dct: str, domain: str = "news", explain: bool = False,
        tense: TenseFn | None = None, ages: bool = False) -> list[Timex]:
    """Every TIMEX3 in `text`, anchored on the document date `dct` (YYYY-MM-DD).

    `tense(start, end)` gives the tense of the verb governing a span (PAST/PRESENT/FUTURE/None);
    without it a light text heuristic is used.  Ages ("a 25-year-old") are not TIMEX3 in TimeML
    (TimeBank and AQUAINT never mark them); `ages=True` returns them too, as durations.
    """
    day = parse_dct(dct)
    dct_anchor = Anchor(day, {"y": day.year, "m": day.month, "d": day.day})
    last: Anchor | None = None
    last_end = 0
    by_grain: dict[str, Anchor] = {}  # the last mention of each grain (quarter, year...)
    out: list[Timex] = []
    ago: tuple[Anchor, int] | None = None  # in news, "six years ago": the story's time for what follows in its sentence only
    aside: tuple[Anchor, int, dict[str, Anchor]] | None = None  # the last date of a "since" phrase
    for start, end, it in recognize(text):
        if not ages and it.value.get("age"):
            continue
        if aside is not None and _ASIDE_CLOSED.search(text, aside[1], start):
            aside = None
        # inside the aside, its date is the reference; after it, the main line's
        prior, prior_end, prior_by_grain = aside if aside is not None else (last, last_end, by_grain)
        verb_tense = None
        if _needs_tense(it):
            verb_tense = tense(start, end) if tense is not None else heuristic_tense(text, start, end)
            verb_tense = deadline_tense(text, start, verb_tense)
        story, onward = _story(text, prior, prior_end, start, verb_tense, out)
        base = prior
        if ago is not None and isinstance(it.value, dict) and _moves_on(it.value) \
                and not _SENTENCE_END.search(text, ago[1], start + 1) and (prior is None or _order(ago[0]) > _order(prior)):
            base = ago[0]  # "was first shown six years ago and earned a nomination the following spring": counted from then
        try:
            own_past = verb_tense == "PAST" and bool(_PAST_VERB.search(text, max(0, start - 40), start)) \
                and not _INFINITIVE.search(text, max(0, start - 60), start) \
                and not _SCHEDULE_BEFORE.search(text, max(0, start - 8), start)
            res = _resolve(it, dct_anchor, base, domain, verb_tense, prior_by_grain, story, onward, own_past)
        except (OverflowError, ValueError):
            continue  # off the calendar ("3 days ago" written on 0001-01-01): no value to give
        tid = f"t{len(out) + 1}"
        timex = Timex(start, end, text[start:end], res.type, res.value, res.mod, res.quant, res.freq,
                      tid=tid, anchor=res.anchor, rule=it.rule)
        if explain:
            timex.explain = [f"rule {it.rule}: {text[start:end]!r} matched [{_PATTERN.get(it.rule, 'lexicon')}]",
                             f"meaning {it.value}",
                             f"tense {verb_tense}", *res.steps]
        out.append(timex)
        p = res.point
        if domain == "news" and isinstance(it.value, dict) and it.value.get("ago") and p and isinstance(p.get("y"), int) \
                and (day_of := start_of(p)) is not None:
            ago = (Anchor(day_of, p, tid), end)
        if domain == "news" and isinstance(it.value, dict) and any(it.value.get(k) for k in ("anaph", "ago", "like")) \
                and not _moves_on(it.value) and not it.value.get("that_year"):
            continue  # in news, "a year earlier", "a year ago", "the 1988 period" compare, they do not move the story
            # ("in March of that year", "that autumn" date a step of the story: a later "in May" follows on from it)
        if len(out) > 1 and out[-2].type == "DATE" and _PERIOD_BOUND.fullmatch(text, out[-2].end, start):
            continue  # "the quarter ended Sept. 30": the period stays what later phrases refer to
        start_day = start_of(p) if p and isinstance(p.get("y"), int) else None
        if p and start_day is not None and _aside(text, start, end):
            here = Anchor(start_day, p, tid)
            aside = (here, end, {**prior_by_grain, grain_unit(p): here})
        elif p and start_day is not None:
            last, last_end = Anchor(start_day, p, tid), end
            by_grain[grain_unit(p)] = last
            if _WRITTEN_YEAR.search(text, start, end):
                by_grain[WRITTEN_YEAR] = last  # ("March 2022": what a later "that year" is the year of)
        elif (decade := _decade_start(p)) is not None:
            by_grain["E"] = Anchor(decade, p, tid)  # only 'a decade later' counts from 'the 1970s'
    return out


_WRITTEN_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
STORY_CHARS = 300  # a past date anchors the dates without a year this close after it, in its sentence
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]|\n\s*\n")


# a past verb just before the date is its own ("was sacked in June"; not "told companies of a cutback in
# its supply in September", where the past is the telling's and the date the cutback's)
_PAST_VERB = re.compile(r"\b(?:was|were|\w{3,}ed)\b")
_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b")  # "has decided to admit them in March": the past is not the date's
_SCHEDULE_BEFORE = re.compile(r"\b(?:for|until|till|by|to|before)\s+$")  # "was planned for March": a plan's date
OPENING_CHARS = 80  # ... in the opening of the next sentence: further on, or in a relative clause, the news has moved on
_RELATIVE = re.compile(r"\b(?:who|which|whose|whom)\b")  # ("Stannigan, who was dismissed in February, is now ...")
_PARAGRAPH = re.compile(r"\n\s*\n")
_PERFECT = re.compile(r"\bhad\b")  # "He had been charged in January": told before, not next
_ONWARD = re.compile(r"\b(?:and|then)\b", re.IGNORECASE)


def _story(text: str, last: Anchor | None, last_end: int, start: int, tense: str | None,
           out: list[Timex]) -> tuple[Anchor | None, bool]:
    """The date a month or a day without a year may continue, and whether it is told next in a sequence.
    In its sentence, a month or a day ("on March 9, 1996, when ..."; after "and" or "then", told next: "married
    in June 2010 and divorced in March"); in the opening of the next sentence of its paragraph, a month, a
    season or a day told in the past as the time of a clause, not of a noun ("was arrested in March 2017. He
    was charged in June"; not "the Dec. 21, 1988, bombing ... agreed in April"), which the story moves on
    from unless the past is perfect ("He had been charged in January")."""
    if last is None or not 0 <= start - last_end <= STORY_CHARS:
        return None, False
    onward = bool(_ONWARD.search(text, last_end, start))
    end = _SENTENCE_END.search(text, last_end, start)
    told = out[_order(last) - 1] if 0 < _order(last) <= len(out) else None
    if end is None:
        if told is not None and not onward and _closed_aside(text, told.start, last_end, start):
            return None, False
        return (last, onward) if "m" in last.point else (None, False)
    if tense != "PAST" or not ("m" in last.point or "season" in last.point) or told is None \
            or adjectival(text, told.start) or _PARAGRAPH.search(text, last_end, start) \
            or start - end.end() > OPENING_CHARS or _RELATIVE.search(text, end.end() - 1, start) \
            or _SENTENCE_END.search(text, end.end() - 1, start):
        return None, False
    return last, not _PERFECT.search(text, end.end() - 1, start)


_OPEN_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]*$")


def _closed_aside(text: str, told_start: int, last_end: int, start: int) -> bool:
    """"The couple, who married in Santorini in June 2016, quietly separated in the spring": a date in a relative clause
    set off by commas, closed before the date without a year, is an aside about the subject -- the main clause's date is
    the news's, not a step on from the aside's."""
    return bool(_OPEN_RELATIVE.search(text, max(0, told_start - 120), told_start)) and "," in text[last_end:start]


# a date in a "since" phrase is an aside: it starts a state that lasts to the time of writing, not a step of the story
# ("The mill, which has been run since 2016 by a trust, answered the following January": counted from the date told
# before it). Relative clauses are not asides: "X, who joined in 2009, became its director three years later" counts
# from the clause's date. An anaphor still in the phrase, before a comma, counts from it ("has worked there since 2015
# and was promoted the following year").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_ASIDE_CLOSED = re.compile(r"[,;:()—–]|" + _SENTENCE_END.pattern)


_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


def _aside(text: str, start: int, end: int) -> bool:
    """Whether the date at `start` is told in a "since" phrase (not one a "when" clause then tells as the time of an
    event: "under scrutiny since 2018, when the Ledger reported ... He stepped down the following year" counts from it)."""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 30), start)) and not _WHEN_AFTER.match(text, end)


def _moves_on(m: dict) -> bool:
    """'the following month', 'two days later', 'the following summer': the story moves on to that date."""
    shift = m.get("shift")
    onward = (shift and shift[0] > 0) or (not shift and m.get("dir", 0) > 0)
    return bool(m.get("anaph") and not m.get("ago") and not m.get("like") and not m.get("vague") and onward)


def _decade_start(p: dict | None) -> dt.date | None:
    """'the 1970s': an anchor for 'a decade later' (only decades count from it)."""
    dec = p.get("dec") if p else None
    return dt.date(dec * 10, 1, 1) if isinstance(dec, int) and 1 <= dec * 10 <= 9999 and "y" not in p else None


def _needs_tense(it: Item) -> bool:
    """Only dates without a year, a shift or a fixed reference depend on the verb's tense."""
    m = it.value
    if it.kind != "date" or any(k in m for k in ("y", "ref", "dec", "cent", "dec2")):
        return False
    return "shift" not in m or m["shift"][1] in ("WE", "Q")

