"""A marriage told as a state over a span of years: "was previously married to X from 2005 to 2012", "were married
between 2008 and 2019".  The span's end is the marriage's end -- a divorce, as the fixtures read it (a death told then
ends it instead, and makes none); its start is the wedding, which the clause's own time already dates."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Event
from ..nlp import children_of
from .events_time import PART_OF_DAY, TimeAnchor

SPAN_ENDS = frozenset({"to", "until", "till"})


def _year_of(token: Token, times: list[TimeAnchor]) -> TimeAnchor | None:
    """The time a year (or a date) token stands for."""
    return next((t for t in times if t.root.i == token.i and (t.timex.value or "")[:4].isdigit()), None)


def _span_end(trigger: Token, times: list[TimeAnchor]) -> TimeAnchor | None:
    """"from 2005 to 2012" (the parser hangs "to" on the verb, on "from" or on its year) or "between 2008 and 2019":
    the time the span ends at, when the clause tells its start too."""
    preps = [c for c in children_of(trigger) if c.dep_ == "prep"]
    start = next((p for p in preps if p.lower_ == "from"), None)
    if start is not None:
        years = [o for o in children_of(start) if o.dep_ == "pobj" and _year_of(o, times) is not None]
        if not years:
            return None
        hosts = [trigger, start, years[0]]
        ends = [p for h in hosts for p in children_of(h) if p.dep_ == "prep" and p.lower_ in SPAN_ENDS]
        objects = [o for p in ends for o in children_of(p) if o.dep_ == "pobj"]
        return next((t for o in objects if (t := _year_of(o, times)) is not None), None)
    between = next((p for p in preps if p.lower_ == "between"), None)
    first = next((o for o in children_of(between) if o.dep_ == "pobj"), None) if between is not None else None
    if first is None or _year_of(first, times) is None:
        return None
    return next((t for c in children_of(first) if c.dep_ == "conj" and (t := _year_of(c, times)) is not None), None)


def _married_state(trigger: Token) -> bool:
    """"was married to X", "had been married to X", "were married": the state, not "married X in 2005" (an act)."""
    if trigger.lower_ != "married":
        return False
    return any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in children_of(trigger)) \
        or (trigger.dep_ == "acomp" and trigger.head.lemma_ == "be")  # (the tagger's adjective: "was married to X")


def marriage_ends(found: list[tuple[Token, Event]], times: list[TimeAnchor], kept: set[int]) -> list[Event]:
    """A divorce for each kept, factual marriage told as a state from one year to another, at the second year -- none
    when a death of either partner is told for that year (`kept`: ids of the events kept)."""
    deaths = {(a.entity, e.time) for _, e in found if e.type == "life.die" and e.time for a in e.args if a.entity}
    out: list[Event] = []
    for trigger, event in found:
        if id(event) not in kept or event.type != "life.marry" or event.polarity != "POS" or event.modality is not None \
                or not _married_state(trigger):
            continue
        end = _span_end(trigger, times)
        if end is None or not end.timex.value:
            continue
        value = PART_OF_DAY.sub("", end.timex.value)
        if event.time is not None and value <= event.time:
            continue
        if any((a.entity, value) in deaths for a in event.args if a.entity):
            continue  # ("was married to X from 1950 to 1998, when he died": a death ends it)
        out.append(replace(event, type="life.divorce", lemma="divorce", args=[replace(a) for a in event.args], time=value,
                           timex=end.timex.tid or None, time_source="clause"))
    return out
