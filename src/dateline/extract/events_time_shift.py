"""Date arithmetic for event times: a TIMEX3 value moved by a duration ("a year after they met",
"two days after the escape"), and the day an event noun elsewhere in the article gives."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import children_of
from .events_tokens import TIME_NOUNS, clause_head

if TYPE_CHECKING:
    from ..model import Event
    from .events_time import TimeAnchor

PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT|\d{2}(?::\d{2}){0,2})$")  # events are dated to the day: "on Monday evening", "at 7am on Sunday"
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
            and (t.clause.lemma_.lower() == lemma or any(a.lemma_.lower() == lemma and a.pos_ == "NOUN" for a in list(t.root.ancestors)[:3])
                 or _held_on(t.clause, lemma))}
    days = {d for d in days if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)}
    if len(days) != 1:
        return None
    amount = int(found.group(1)) * (1 if link.lower_ == "after" else -1)  # type: ignore[union-attr]
    return shift_value(days.pop(), amount, found.group(2))


def _held_on(clause: Token, lemma: str) -> bool:
    """"The election was held on 14 November", "The wedding took place on Saturday": a clause whose subject is the event
    noun gives that event's time."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() == lemma for c in children_of(clause))


def shift_value(value: str, amount: int, unit: str) -> str | None:
    """`value` (a day, a month or a year) moved by `amount` units (D, W, M, Y), as precise as both allow."""
    if re.fullmatch(r"\d{4}-\d{2}", value) and unit in "MY":  # "married last month, a year after they met"
        months = int(value[:4]) * 12 + int(value[5:]) - 1 + amount * (12 if unit == "Y" else 1)
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if re.fullmatch(r"\d{4}", value) and unit == "Y":  # "retired in 2012, two years after he was knighted"
        return f"{int(value) + amount:04d}"
    weekend = re.fullmatch(r"(\d{4})-W(\d{2})-WE", value)
    if weekend and unit in "MY":  # "married at the weekend, a year after they got engaged": the year (or month) of its Saturday
        value = date.fromisocalendar(int(weekend.group(1)), int(weekend.group(2)), 6).isoformat()
    week = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if week and unit in "WY":  # "sold it last week, a decade after founding it": that week's year, ten years back
        if unit == "Y":
            return f"{int(week.group(1)) + amount:04d}"
        return week_of((date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1) + timedelta(days=7 * amount)).isoformat())
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    day = date.fromisoformat(value)
    if unit in "DW":
        return (day + timedelta(days=amount * (7 if unit == "W" else 1))).isoformat()
    if unit == "M":
        months = day.year * 12 + day.month - 1 + amount
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{day.year + amount:04d}"


UNIT_OF_EVENT = {"year": "Y", "month": "M", "day": "D"}


def unit_before_after(trigger: Token, times: list[TimeAnchor]) -> str | None:
    """"cut 100 jobs in 2020, the year after X took over", "was charged on Monday, the day after her arrest": "the year" is
    the main clause's time, the clause or noun it is set before ("after" / "before") one unit away from it (2019; Sunday)."""
    for time in times:
        if time.timex.rule != "relative:the-unit-of-event" or not time.timex.value:
            continue  # (first: most times, no word read for them)
        root = time.root
        unit = UNIT_OF_EVENT.get(root.lemma_.lower())
        if unit is None or root.dep_ != "npadvmod":
            continue
        link = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        if link is None or link.lower_ not in ("after", "before"):
            continue
        if link.dep_ == "mark":  # "the year after X took over": the clause's verb ("the day after she was arrested")
            told = link.head
            ok = told.i > link.i and (trigger == told or (trigger.head == told and trigger.dep_ in ("xcomp", "dobj")))
        else:  # "the day after her arrest"
            ok = link.dep_ == "prep" and link.head == root and trigger.dep_ == "pobj" and trigger.head == link
        if ok:
            return shift_value(PART_OF_DAY.sub("", time.timex.value), -1 if link.lower_ == "after" else 1, unit)
    return None


UNITS_OF_A_CLAUSE = {"day": "D", "night": "D", "morning": "D", "afternoon": "D", "evening": "D", "week": "W", "month": "M", "year": "Y"}


def unit_of_clause(trigger: Token, times: list[TimeAnchor]) -> str | None:
    """"was arrested the day she arrived on March 2", "proposed on the night they met in 2019": a time noun told by a
    clause (a relative clause, or "after"/"before" and a clause: "resigned the day after the report was published on
    Tuesday") is that clause's time, moved one unit on (or back) past it; the noun alone dates nothing."""
    head = clause_head(trigger)
    nouns = [c for c in children_of(head) if c.dep_ == "npadvmod"] + [
        g for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("on", "in") for g in children_of(c) if g.dep_ == "pobj"]
    for noun in nouns:
        unit = UNITS_OF_A_CLAUSE.get(noun.lower_)
        if unit is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)) or noun.i + 1 >= len(noun.doc):
            continue
        link = noun.doc[noun.i + 1]
        if link.lower_ in ("after", "before") and link.dep_ == "mark" and link.head.i > link.i and link.head.head == head:
            told, amount = link.head, 1 if link.lower_ == "after" else -1
        else:
            told, amount = next((c for c in children_of(noun) if c.dep_ == "relcl"), None), 0
        if told is None:
            continue
        dated = [t for t in times if t.clause == told and t.root.i > told.left_edge.i and t.timex.value]
        if len(dated) != 1:
            return None
        value = PART_OF_DAY.sub("", dated[0].timex.value or "")
        if amount == 0:
            return value
        if GRAIN_OF.get(len(value)) != ("D" if unit == "W" else unit) or (unit == "D" and len(value) != 10):
            return None  # "the week after she spoke in May": a week of May, which one not said
        moved = shift_value(value, amount, unit)
        return week_of(moved) if moved and unit == "W" else moved
    return None


def week_of(value: str) -> str:
    """The ISO week holding a day ("2025-02-13" -> "2025-W07"); any other value as it is."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    year, week, _ = date.fromisoformat(value).isocalendar()
    return f"{year:04d}-W{week:02d}"


GAP_UNITS = {"hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
GRAIN_OF = {4: "Y", 7: "M", 10: "D"}  # a value's length -> its grain


def after_dated_clause(trigger: Token, durations: list[TimeAnchor], times: list[TimeAnchor]) -> str | None:
    """"resigned days after detectives arrested her in March 2020", "was sacked two days after she was arrested on March
    3": an event of no time of its own, a gap before a subordinate "after"/"before" clause (or noun) its verb governs that
    is dated in its own clause -- that time moved by the gap; a gap told only by a plural unit ("days", "weeks") keeps a
    time only at a grain coarser than the unit (March 2020, days after: March 2020; a day, days after: unknown)."""
    gapped = after_gap(trigger, durations, times)
    return gapped[1] if gapped is not None else None


def after_gap(trigger: Token, durations: list[TimeAnchor], times: list[TimeAnchor]) -> tuple[TimeAnchor, str | None] | None:
    """The time of the dated "after"/"before" clause a gap stands before (see `after_dated_clause`), with the time it gives
    `trigger` (None when the gap allows no value: "years after leaving X in 2012")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for link, told in _after_links(verb):
        gap = next((d for d in durations if d.root.i < link.i and (d.root.i == link.head.i or d.root.head.i in (link.i, told.i, verb.i)
                    and d.root.right_edge.i + 1 == link.i)), None)  # (or on the verb: "A decade after founding X in 2005, Y quit";
        # or the gap holding the "after": "A year after marrying X in 2019, ...")
        bare = None
        if gap is None:
            before = trigger.doc[link.i - 1] if link.i > 0 else None
            if before is None or before.tag_ != "NNS" or before.lemma_.lower() not in GAP_UNITS:
                continue
            bare = GAP_UNITS[before.lemma_.lower()]
        if told.pos_ in ("VERB", "AUX"):
            own = [t for t in times if t.clause.i == told.i]
        else:  # "quit hours after the vote on Tuesday"; "a year after their 2011 wedding", "after last year's vote"
            own = [t for t in times if told.left_edge.i <= t.root.i <= told.right_edge.i and (t.root.i > told.i or t.root.head.i == told.i)]
        if len(own) != 1 or not own[0].timex.value:
            continue
        value = PART_OF_DAY.sub("", own[0].timex.value)
        grain = GRAIN_OF.get(len(value))
        if grain is None:
            continue
        if bare is not None:
            order = "HDWMY"  # ("months after they met in 2015": maybe the next year; "weeks after X in January": maybe February,
            # the month not told -- a bare count keeps a time two grains coarser, "days after X in March", "hours after X on Monday")
            kept = bare in "HDW" and (order.index(grain) > order.index(bare) + 1 or (bare == "H" and grain == "D"))
            return own[0], value if kept else None
        found = DURATION.match(gap.timex.value or "")  # type: ignore[union-attr]
        if found is None:
            continue
        shifted = shift_value(value, int(found.group(1)) * (1 if link.lower_ == "after" else -1), found.group(2))
        if shifted is None and grain == "Y" and found.group(2) in "DW":
            shifted = value  # "two weeks before she died in 2004, married ...": that year, as far as the text tells
        return own[0], shifted
    return None


def _after_links(verb: Token) -> list[tuple[Token, Token]]:
    """The "after"/"before" words a verb governs, with the clause verb or the noun they take."""
    out = []
    gaps = [c for c in children_of(verb) if c.dep_ == "npadvmod"]  # "A year after marrying X, ...": the "after" under the gap
    for child in [*children_of(verb), *(c for g in gaps for c in children_of(g))]:
        if child.dep_ == "advcl":
            mark = next((c for c in children_of(child) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if mark is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(child)):
                out.append((mark, child))
        elif child.dep_ == "prep" and child.lower_ in ("after", "before"):
            noun = next((c for c in children_of(child) if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in TIME_NOUNS), None)
            gerund = next((c for c in children_of(child) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if noun is not None:
                out.append((child, noun))
            elif gerund is not None:  # "two years after leaving X in 2012"
                out.append((child, gerund))
    return out


GAP_REACH = 3  # sentences back the event a gap counts from ("A week after the wedding") may be told in


def after_told_noun_times(found: list[tuple[Token, Event]], durations: list[TimeAnchor], types_of_noun: dict[str, set[str]]) -> None:
    """"married X on 8 June 2019. A week after the wedding, X was appointed ...", "was arrested in Leeds on 3 March. Two
    days after his arrest he was charged": an undated event whose verb holds a gap before "after"/"before" and a definite
    event noun -- that noun's own dated event, else the nearest earlier dated one of its type (up to `GAP_REACH` sentences
    back, told by any word: "married" for "the wedding"), moved by the gap."""
    for trigger, event in found:
        if event.type is None or event.time is not None or trigger.pos_ not in ("VERB", "AUX"):
            continue
        gapped = _gap_before_noun(trigger, durations)
        if gapped is None:
            continue
        link, noun, found_gap = gapped
        kinds = types_of_noun.get(noun.lemma_.lower(), set())
        own = [e for t, e in found if t.i == noun.i and e.time]
        earlier = own or [e for t, e in found if e.type in kinds and e.time and t.i < noun.i and e is not event
                          and e.polarity == "POS" and e.modality is None and e.sentence >= event.sentence - GAP_REACH]
        if not earlier:
            continue
        source = max(earlier, key=lambda e: e.start)
        amount = int(found_gap.group(1)) * (1 if link.lower_ == "after" else -1)
        told = PART_OF_DAY.sub("", source.time or "")
        value = shift_value(told, amount, found_gap.group(2))
        if value is None and re.fullmatch(r"\d{4}", told) and found_gap.group(2) in "DW":
            value = told  # "arrested in 2017. Ten days after his arrest he resigned": that year (as `after_gap`)
        if value is not None:
            event.time, event.timex, event.time_source = value, None, "event"


def _gap_before_noun(verb: Token, durations: list[TimeAnchor]) -> tuple[Token, Token, re.Match[str]] | None:
    """The "after"/"before" a gap stands before on the verb ("A week after the wedding, ...": the gap the verb's modifier
    or the preposition's), its definite event noun, and the gap's value."""
    for child in children_of(verb):
        if child.dep_ == "npadvmod":
            links = [c for c in children_of(child) if c.dep_ == "prep" and c.lower_ in ("after", "before")]
            gap = next((d for d in durations if d.root.i == child.i), None) if links else None
        elif child.dep_ == "prep" and child.lower_ in ("after", "before"):
            links = [child]
            gap = next((d for d in durations if d.root.head.i == child.i and d.root.i < child.i), None)
        else:
            continue
        found = DURATION.match(gap.timex.value or "") if gap is not None else None
        if found is None:
            continue
        for link in links:
            noun = next((c for c in children_of(link) if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in TIME_NOUNS
                         and any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in ("the", "that", "this")) for d in children_of(c))), None)
            if noun is not None:
                return link, noun, found
    return None
