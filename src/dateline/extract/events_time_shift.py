"""Date arithmetic for event times: a TIMEX3 value moved by a duration ("a year after they met",
"two days after the escape"), and the day an event noun elsewhere in the article gives."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import children_of
from .events_tokens import TIME_NOUNS

if TYPE_CHECKING:
    from .events_time import TimeAnchor

PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")  # events are dated to the day: "on Monday evening"
DURATION = re.compile(r"P(\d+)([DWMY])$")


def after_told_event(trigger: Token, sentence: int, durations: list[TimeAnchor], times: list[TimeAnchor]) -> str | None:
    """"was dismissed two days after the escape": the day the article gives for the escape ("escaped
    ... on Tuesday, October 27" -- the one dated clause or noun of that word), plus the duration."""
    link = next((c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in ("after", "before")), None)
    noun = next((c for c in children_of(link) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if link is not None else None
    if noun is None or noun.lemma_.lower() in TIME_NOUNS or noun.ent_type_:
        return None
    duration = next((d for d in durations if d.sentence == sentence and d.root.head.i == link.i), None)  # type: ignore[union-attr]
    found = DURATION.match(duration.timex.value or "") if duration is not None else None
    if found is None:
        return None
    lemma = noun.lemma_.lower()
    days = {PART_OF_DAY.sub("", t.timex.value) for t in times if t.root.i != noun.i and t.timex.value
            and (t.clause.lemma_.lower() == lemma or any(a.lemma_.lower() == lemma and a.pos_ == "NOUN" for a in list(t.root.ancestors)[:3]))}
    days = {d for d in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)}
    if len(days) != 1:
        return None
    amount = int(found.group(1)) * (1 if link.lower_ == "after" else -1)  # type: ignore[union-attr]
    return shift_value(days.pop(), amount, found.group(2))


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """`value` (a day, a month or a year) moved by `amount` units (D, W, M, Y), as precise as both allow."""
    if re.fullmatch(r"\d{4}-\d{2}", value) and unit in "MY":  # "married last month, a year after they met"
        months = int(value[:4]) * 12 + int(value[5:]) - 1 + amount * (12 if unit == "Y" else 1)
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if re.fullmatch(r"\d{4}", value) and unit == "Y":  # "retired in 2012, two years after he was knighted"
        return f"{int(value) + amount:04d}"
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    day = date.fromisoformat(value)
    if unit in "DW":
        return (day + timedelta(days=amount * (7 if unit == "W" else 1))).isoformat()
    if unit == "M":
        months = day.year * 12 + day.month - 1 + amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{day.year + amount:04d}"


def week_of(value: str) -> str:
    """The ISO week holding a day ("2025-02-13" -> "2025-W07"); any other value as it is."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    year, week, _ = date.fromisoformat(value).isocalendar()
    return f"{year:04d}-W{week:02d}"
