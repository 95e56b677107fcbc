"""Prizes of a list handed to the people named with them (used by `events`).

"The film also won best actress for X and best original score for the band Y", "took five prizes,
including best film and best director for X": each prize with its own "for PERSON" (or "for BAND") is
that one's win -- a `career.win` each, the person or band its agent and the film named the work it was won
for -- not the film's, which keeps the prizes named without anyone ("best film").  (A "for WORK" stays the work the prize was won for.)
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Argument, Event
from ..nlp import char_span, children_of, conjuncts_of, doc_text
from .events_args import Context, make_args
from .events_gapped import an_award

RECIPIENT_TYPES = ("PERSON", "ORG")
LIST_PREPS = frozenset({"including"})
KEPT_ROLES = frozenset({"place"})  # (not the film as a winner: its maker is no winner of the actor's prize)
NAMED_WORK_TYPES = frozenset({"WORK"})  # the film itself, kept as what the prize was won for


def _recipient(head: Token, ctx: Context) -> list[Argument]:
    """The person or band "for" names after a prize ("best actress for X", "best score for the folk band Y")."""
    for prep in children_of(head):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            for t in (obj, *[c for c in children_of(obj) if c.dep_ == "appos"]):
                args = [a for a in make_args("agent", t, ctx, conjuncts=False)
                        if (e := ctx.analysis.entity(a.entity)) is not None and e.type in RECIPIENT_TYPES]
                if args:
                    return args[:1]
    return []


def _prize_heads(trigger: Token, event: Event) -> list[Token]:
    """The prizes the win names: its award arguments' heads and those listed after "including"."""
    doc = trigger.doc
    heads: list[Token] = []
    for arg in event.args:
        if arg.role == "award" and (span := char_span(doc, arg.start, arg.end)) is not None:
            heads.append(span.root)
    listed = [c for h in (trigger, *[c for c in children_of(trigger) if c.dep_ == "dobj"]) for c in children_of(h)
              if c.dep_ == "prep" and c.lower_ in LIST_PREPS]
    heads += [p for prep in listed for p in children_of(prep) if p.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        for t in (h, *[c for c in conjuncts_of(h) if c.i > h.i]):
            if all(t.i != o.i for o in out):
                out.append(t)
    return out


def _own_recipients(prizes: list[Token], ctx: Context) -> dict[int, list[Argument]]:
    """Each prize's "for X"; in "best film and best director for X" the parser hangs "for X" on the first
    prize, but after the last one it names the last one's winner."""
    out = {}
    for t in prizes:
        found = _recipient(t, ctx) if an_award(" ".join(w.text for w in t.subtree if w.i <= t.i)) else []
        # (a prize, not a title: "won the series title for Vörös Motorsport" drove for the team)
        if not found:
            continue
        fors = [p for p in children_of(t) if p.dep_ == "prep" and p.lower_ == "for"]
        later = [c for c in conjuncts_of(t) if c.i > t.i]
        if later and all(c.i < fors[0].i for c in later):
            t = max(later, key=lambda c: c.i)
        out[t.i] = found
    return out


def _award_arg(prize: Token, event: Event) -> Argument:
    """The award argument that holds `prize`, else one for the prize's own words ("best director")."""
    for arg in event.args:
        if arg.role == "award" and arg.start <= prize.idx < arg.end:
            return replace(arg)
    left = min((c.i for c in prize.subtree if c.i <= prize.i and c.dep_ in ("amod", "compound", "det", "nmod", "poss")), default=prize.i)
    first, last = prize.doc[left], prize
    return Argument("award", first.idx, last.idx + len(last.text), doc_text(prize.doc)[first.idx : last.idx + len(last.text)])


def _named_work(arg: Argument, taken: set[str | None], ctx: Context) -> bool:
    """"The film also won best actor for X": the film named (not "best film", nor a winner the NER took for a title) is
    the work X's prize was won for, as the film's own prizes are."""
    entity = ctx.analysis.entity(arg.entity)
    return arg.role == "work" and entity is not None and entity.type in NAMED_WORK_TYPES and entity.id not in taken


def award_recipients(trigger: Token, event: Event, ctx: Context) -> list[Event]:
    """Wins of the people a win's list of prizes names (see the module); the event keeps what is left, or becomes
    the first of them when every prize it names has its own winner."""
    if event.type != "career.win" or event.polarity != "POS":
        return []
    prizes = _prize_heads(trigger, event)
    if not prizes:
        return []
    owners = _own_recipients(prizes, ctx)
    if not owners:
        return []
    won: list[Event] = []
    taken = {a.entity for args in owners.values() for a in args}
    kept = [a for a in event.args if a.role in KEPT_ROLES or _named_work(a, taken, ctx)]
    for prize in prizes:
        if prize.i in owners:
            won.append(replace(event, args=[_award_arg(prize, event), *owners[prize.i], *[replace(a) for a in kept]]))
    if not won:
        return []
    unowned = [p for p in prizes if p.i not in owners and any(a.role == "award" and a.start <= p.idx < a.end for a in event.args)]
    owned_spans = [(a.start, a.end) for p in prizes if p.i in owners for a in event.args
                   if a.role == "award" and a.start <= p.idx < a.end]
    if unowned or not any(a.role == "award" for a in event.args):  # ("took five prizes, including ...": the film's own)
        event.args = [a for a in event.args if not (a.role == "award" and (a.start, a.end) in owned_spans)
                      and not (a.role == "agent" and a.entity in taken)]
        return won
    first = won.pop(0)
    event.args = first.args
    return won
