"""More events of the same kind told without a verb of their own (used by `events`).

"Along with": "X was arrested on Friday along with his brother, Y", "X was appointed ... along
with the new health minister, Y": Y undergoes the same event, with the post told beside Y as Y's.

A second event told by a verbless conjunct with a time of its own:
"won the Hokuriku Open in 2001 and the Pacific Masters two years later", "won the League Cup in
1982 and, the following spring, the Cup Winners' Cup", "won the league in 2014 and again three
years later", "joined Acme in 2001 and Globex in 2005": after the time that dates the event, "and"
opens a stretch with no verb of its own that holds another time -- the same verb again, at that
time, with the object named there (if one is) in place of the first.  The parser hangs such a
stretch in many ways, so it is read from the words: the stretch ends at the next verb, semicolon
or the sentence's end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..model import Analysis, Argument, Event, Mention
from ..nlp import char_span, children_of, conjuncts_of, doc_text, sent_of, strings
from .events_args import Context, is_place, make_args
from .events_names import named
from .events_time import TimeAnchor
from .name_cues import party_name

OBJECT_DEPS = ("dobj", "attr")
MEDALS = frozenset({"gold", "silver", "bronze"})
PLACE_PREPS = frozenset({"in", "at"})
STOP_TEXTS = frozenset({";", ":", "—", "–", "but", "while", "whereas"})


def _stretch(trigger: Token, anchor: TimeAnchor) -> tuple[int, int] | None:
    """Token range [start, end) of the verbless stretch after "and" that follows `anchor`."""
    doc = trigger.doc
    sent = sent_of(trigger)
    span = char_span(doc, anchor.timex.start, anchor.timex.end)
    if span is None:
        return None
    texts, lowers, poses, deps = strings(doc, "text"), strings(doc, "lower"), strings(doc, "pos"), strings(doc, "dep")
    i = span.end
    while i < sent.end and texts[i] == ",":
        i += 1
    if i < sent.end and lowers[i] != "and":  # "in 2004 for her debut, X, and again in 2008 for Y": past the first
        j = i  # time's own phrase (no verb in it) to an "and again"
        while j < min(sent.end, i + 12) and lowers[j] != "and" and texts[j] not in STOP_TEXTS \
                and not (poses[j] in ("VERB", "AUX") and deps[j] not in ("amod", "acl")):
            j += 1
        if j + 1 < sent.end and lowers[j] == "and" and lowers[j + 1] == "again":
            i = j
    if i >= sent.end or lowers[i] != "and":
        return None
    start, end = i + 1, i + 1
    while end < sent.end and texts[end] not in STOP_TEXTS and texts[end] != "." \
            and not (poses[end] in ("VERB", "AUX") and deps[end] not in ("amod", "acl")):
        end += 1
    return (start, end) if end > start else None


def gapped_events(trigger: Token, event: Event, times: list[TimeAnchor], ctx: Context) -> list[tuple[TimeAnchor, list[Argument]]]:
    """(time, arguments) for each verbless conjunct that repeats `event` at another time."""
    anchor = next((t for t in times if t.timex.tid and t.timex.tid == event.timex), None)
    if anchor is None or trigger.pos_ != "VERB" or anchor.root.i < trigger.i:
        return []
    span = _stretch(trigger, anchor)
    if span is None:
        return []
    start, end = span
    later = [t for t in times if start <= t.root.i < end and t.timex.value != event.time]
    if len(later) != 1:
        return []
    second = later[0]
    told = char_span(trigger.doc, second.timex.start, second.timex.end)
    inside = set(range(told.start, told.end)) if told is not None else {second.root.i}
    names = [t for t in trigger.doc[start:end] if t.i not in inside and t.pos_ == "PROPN" and ctx.ents.of(t) is not None
             and not (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and start <= t.head.i)]  # ("the title in Bergen": a place)
    if not names and any(a.role == "award" for a in event.args):  # "won a stage last year and the overall title in 2023": a
        # second prize the parser coordinated with the verb
        names = [t for t in trigger.doc[start:end] if t.i not in inside and t.pos_ == "NOUN" and t.dep_ == "conj"
                 and (t.head.i == trigger.i or (t.head.i == anchor.root.i and t.lower_ in MEDALS))
                 and (any(c.dep_ == "det" for c in children_of(t)) or t.lower_ in MEDALS)]  # ("won silver in 2018 and bronze in
        # Birmingham four years later": the medal the parser hung on the year)
    args = list(event.args)
    work = _new_work(trigger, start, end, inside, args, ctx)
    if work is not None:  # "nominated in 2004 for her debut, X, and again in 2008 for Y": Y the second time
        return [(second, [a for a in args if a.role != "work"] + work)]
    if names:
        obj = next((c for c in children_of(trigger) if c.dep_ in OBJECT_DEPS), None)
        passive = obj is None
        if passive:  # "their daughter, X, was born in 1984 and their son, Y, in 1988": the passive subject again
            obj = next((c for c in children_of(trigger) if c.dep_ == "nsubjpass"), None)
        old = _argument_of(obj, args)
        if old is None:
            return []
        if passive and (ctx.ents.of(names[0]) is None or ctx.analysis.entity(old.entity) is None
                        or ctx.ents.of(names[0]).type != ctx.analysis.entity(old.entity).type):  # type: ignore[union-attr]
            return []  # (a person's again: "X was appointed in 2001 and Acme's chief in 2005" names no one else appointed)
        head = names[0]
        while head.head.i != head.i and head.dep_ in ("compound", "poss", "case") and start <= head.head.i < end:
            head = head.head  # "the European Cup Winners' Cup": its head word
        fresh = make_args(old.role, head, ctx, conjuncts=False)
        if not fresh:
            return []
        args = [a for a in args if a is not old] + fresh
        places = [t for t in trigger.doc[start:end] if t.i not in inside and t.pos_ == "PROPN" and t.dep_ == "pobj"
                  and t.head.lower_ in PLACE_PREPS and start <= t.head.i and is_place(t, ctx)]
        where = make_args("place", places[0], ctx, conjuncts=False) if len(places) == 1 else []
        if where:  # "won the road title in 2016 and the time trial championship in Bergen in 2020": the second one there
            args = [a for a in args if a.role != "place"] + where
    elif (where := _new_place(trigger, start, end, inside, args, ctx)) is not None:
        args = [a for a in args if a.role != "place"] + where  # "launched in Canada in 2019 and in Europe the following spring"
    elif not any(t.lower_ == "again" for t in trigger.doc[start:end]):
        return []  # "... in 2001 and by 2005 ...": no sign the event happened again
    return [(second, args)]


def _argument_of(obj: Token | None, args: list[Argument]) -> Argument | None:
    """The argument the object (or passive subject) fills: its own words, or the name set beside it ("had a
    daughter, X, in 1984": X)."""
    if obj is None:
        return None
    found = next((a for a in args if a.start <= obj.idx < a.end + 1), None)
    named = next((c for c in children_of(obj) if c.i > obj.i and c.pos_ == "PROPN" and c.dep_ != "compound"), None) \
        if found is None else None  # (set off by commas, however the parser hung it)
    return next((a for a in args if a.start <= named.idx < a.end + 1), None) if named is not None else found


def _new_work(trigger: Token, start: int, end: int, inside: set[int], args: list[Argument], ctx: Context) -> list[Argument] | None:
    """The work a verbless conjunct names after "for" in place of the event's own ("... for X, and again in 2008 for Y")."""
    if not any(a.role == "work" for a in args):
        return None
    doc = trigger.doc
    fors = [t for t in doc[start:end] if t.i not in inside and t.lower_ == "for"]
    works = {id(e): (e, t) for f in fors for t in doc[f.i + 1 : end] if t.i not in inside
             and (e := ctx.ents.of(t)) is not None and e.type == "WORK"}
    if len(works) != 1:
        return None
    _, token = next(iter(works.values()))
    return make_args("work", token, ctx, conjuncts=False) or None


def work_after(trigger: Token, anchor: TimeAnchor, args: list[Argument], ctx: Context) -> list[Argument]:
    """The arguments of an event told again at a coordinated time ("nominated in 2004 for X, and again in 2008 for Y"):
    a work named after "for" right after the second time takes the first one's place."""
    doc = trigger.doc
    told = char_span(doc, anchor.timex.start, anchor.timex.end)
    if told is None or told.start <= trigger.i:
        return args
    end = told.end
    while end < trigger.sent.end and doc[end].text not in STOP_TEXTS and doc[end].text != "." and doc[end].lower_ != "and" \
            and not (doc[end].pos_ in ("VERB", "AUX") and doc[end].dep_ not in ("amod", "acl")):
        end += 1
    work = _new_work(trigger, told.end, end, set(range(told.start, told.end)), args, ctx)
    return args if work is None else [a for a in args if a.role != "work"] + work


def _new_place(trigger: Token, start: int, end: int, inside: set[int], args: list[Argument], ctx: Context) -> list[Argument] | None:
    """The place a verbless conjunct names in place of the event's own ("in Canada in 2019 and in Europe in 2020")."""
    if not any(a.role == "place" for a in args):
        return None
    places = [t for t in trigger.doc[start:end] if t.i not in inside and t.pos_ == "PROPN" and t.dep_ == "pobj"
              and t.head.lower_ in PLACE_PREPS and t.head.i == start and ctx.ents.of(t) is not None]
    fresh = make_args("place", places[0], ctx, conjuncts=False) if len(places) == 1 else []
    return fresh or None


COMPANION_PREPS = frozenset({"along", "together", "alongside"})
SAME_ROLES = frozenset({"patient"})


def _companions(trigger: Token) -> list[Token]:
    """The nouns after "along with" / "together with" / "alongside" on the trigger, coordinated ones included."""
    out: list[Token] = []
    for prep in children_of(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in COMPANION_PREPS:
            continue
        heads = [prep] if prep.lower_ == "alongside" else [c for c in children_of(prep) if c.dep_ == "prep" and c.lower_ == "with"]
        for head in heads:
            for pobj in (c for c in children_of(head) if c.dep_ == "pobj"):
                out += [pobj, *conjuncts_of(pobj)]
    return out


def companion_events(trigger: Token, event: Event, ctx: Context) -> list[list[Argument]]:
    """Arguments for each person who undergoes `event` "along with" its patient."""
    if not any(a.role in SAME_ROLES for a in event.args):
        return []
    role = next(a.role for a in event.args if a.role in SAME_ROLES)
    out = []
    for noun in _companions(trigger):
        name = noun if ctx.ents.of(noun) is not None else named(noun)  # "his brother, Y": Y
        entity = ctx.ents.of(name)
        if entity is None or entity.type != "PERSON" or any(a.entity == entity.id for a in event.args):
            continue
        args = [a for a in event.args if a.role not in (role, "role")] + make_args(role, name, ctx, conjuncts=False)
        if noun is not name and noun.pos_ == "NOUN" and any(a.role == "role" for a in event.args):
            left = min((c.i for c in children_of(noun) if c.dep_ in ("compound", "amod") and c.lower_ != "new"), default=noun.i)
            first, last = noun.doc[left], noun  # "the new health minister, Y": Y's post
            args.append(Argument("role", first.idx, last.idx + len(last.text), doc_text(noun.doc)[first.idx : last.idx + len(last.text)]))
        out.append(args)
    return out


POST_PAIRING_TYPES = frozenset({"career.appoint", "career.hire"})
PAIR_OPENERS = frozenset({"and", ","})


def _post_words(noun: Token) -> Argument:
    """The post a noun after "as" names, its determiner and what is coordinated after it left out ("the chief financial
    officer and Tom Baird" -> "chief financial officer")."""
    doc = noun.doc
    first = next(t for t in doc[noun.left_edge.i : noun.i + 1] if t.dep_ not in ("det", "poss", "case"))
    last = noun
    for child in children_of(noun):  # "head of research": the phrase hung after the noun is the post's
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "of":
            last = max(child.subtree, key=lambda t: t.i)
    return Argument("role", first.idx, last.idx + len(last.text), doc_text(doc)[first.idx : last.idx + len(last.text)])


def paired_posts(trigger: Token, event: Event, ctx: Context) -> list[list[Argument]]:
    """"appointed A as chief financial officer and B as chief operating officer", "named A as health minister, B as
    defence minister and C as finance minister": each person named before an "as" of the verb takes the post after that
    "as" -- an appointment (or hiring) each, with the body, the one appointing and the time shared.  The parser hangs
    the later names anywhere (a conjunct of the first post, a preposition's object), so they are read from the words: a
    person's name that ends right before the verb's next "as" and opens after "and" or a comma.  The first event is
    given its own post in place (the posts the parser joined to it dropped); the others are returned."""
    if event.type not in POST_PAIRING_TYPES:
        return []
    doc = trigger.doc
    posts = sorted((c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "as" and c.i > trigger.i), key=lambda t: t.i)
    nouns = [next((o for o in children_of(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"), None) for p in posts]
    if len(posts) < 2 or any(n is None for n in nouns):
        return []
    people: list[Argument] = []
    for prep, before in zip(posts[1:], nouns, strict=False):
        end = prep.i - 1 if doc[prep.i - 1].text != "," else prep.i - 2
        name = doc[end] if end > before.i else None  # type: ignore[union-attr]
        entity = ctx.ents.of(name) if name is not None else None
        start = name.i if name is not None else 0
        while entity is not None and start - 1 > before.i and ctx.ents.of(doc[start - 1]) is entity:  # type: ignore[union-attr]
            start -= 1
        if entity is None or entity.type != "PERSON" or doc[start - 1].lower_ not in PAIR_OPENERS or start - 1 <= before.i:  # type: ignore[union-attr]
            return []
        people.append(Argument("patient", doc[start].idx, name.idx + len(name.text), doc_text(doc)[doc[start].idx : name.idx + len(name.text)],
                               entity.id))
    first = [a for a in event.args if a.role == "patient" and a.entity]
    if len(first) != 1 or first[0].end > posts[0].idx or any(p.entity == first[0].entity for p in people):
        return []
    later = posts[0].idx
    shared = [a for a in event.args if a.role not in ("patient", "role") and not a.start >= later]
    event.args = shared + first + [_post_words(nouns[0])]  # type: ignore[arg-type]
    return [shared + [person, _post_words(noun)] for person, noun in zip(people, nouns[1:], strict=True)]  # type: ignore[arg-type]


LOSER_ROLE = {"career.win": "agent", "politics.elect": "patient"}
# the roles that name who did not win: "X lost the race to Y" (a loser); in an election also "Y defeated / beat X", "X was
# beaten by Y" (the opponent) and "Y unseated X" (not a match's opponent: a side beaten is no win that did not happen)
LOSER_ROLES = {"politics.elect": ("loser", "opponent", "unseated")}


def loser_events(event: Event, analysis: Analysis) -> list[Event]:
    """"X lost the leadership race / the final to Y": Y won it, and X's win is told as not having
    happened -- the same event for X, negated.  An opponent beaten or unseated is a person named (not "beat the Green
    Alliance candidate": the party only describes the one beaten)."""
    role = LOSER_ROLE.get(event.type or "")
    named = LOSER_ROLES.get(event.type or "", ("loser",))
    losers = [a for a in event.args if a.role in named and a.entity and (a.role == "loser" or (
        (entity := analysis.entity(a.entity)) is not None and entity.type == "PERSON"))]
    if role is None or not losers or event.polarity != "POS" or not any(a.role == role for a in event.args):
        return []
    kept = [a for a in event.args if a.role not in (role, *named)]
    return [replace(event, args=[*kept, replace(loser, role=role)], polarity="NEG") for loser in losers]


def seat_winner_events(event: Event, analysis: Analysis) -> list[Event]:
    """"X lost her seat in Porrick to Y": X's election not won (the event itself, negated), and Y's won -- the same
    election, Y its patient."""
    if event.type != "politics.elect" or event.lemma != "lose" or event.polarity != "NEG":
        return []
    winners = [a for a in event.args if a.role == "winner" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"]
    kept = [a for a in event.args if a.role not in ("patient", "winner")]
    return [replace(event, args=[*kept, replace(winner, role="patient")], polarity="POS") for winner in winners[:1]]


RIVAL_VERBS = frozenset({"beat", "defeat", "edge", "pip", "outvote"})
AWARD_HEADS = frozenset({"award", "awards", "prize", "prizes", "honour", "honor"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def an_award(text: str) -> bool:
    """"best newcomer", "the best actress award", "album of the year", "the Booker Prize": a prize
    one is shortlisted for, not a final, a race or a title won on the field."""
    words = [w for w in text.lower().split() if w not in DETERMINERS and not w.endswith("'s")]
    return bool(words) and (words[0] == "best" or words[-1] in AWARD_HEADS or " of the year" in text.lower())


def _rivals(trigger: Token) -> list[Token]:
    """Who the winner beat: "won X ahead of Y", "won X, beating Y", "beat Y to X"."""
    out = []
    for child in children_of(trigger):
        if child.lower_ == "ahead":
            out += [p for of in children_of(child) if of.dep_ == "prep" and of.lower_ == "of" for p in children_of(of) if p.dep_ == "pobj"]
        elif child.dep_ == "advcl" and child.lemma_.lower() in RIVAL_VERBS:
            out += [c for c in children_of(child) if c.dep_ == "dobj"]
    if trigger.lemma_.lower() in RIVAL_VERBS:
        out += [c for c in children_of(trigger) if c.dep_ == "dobj"]
    return out


def nominee_events(trigger: Token, event: Event, ctx: Context) -> list[Event]:
    """"X was voted best newcomer ahead of Y and Z", "won the Booker Prize, beating Y": for a prize,
    the ones beaten were its nominees -- a nomination each, its date not told."""
    award = next((a for a in event.args if a.role == "award" and an_award(a.text)), None)
    if event.type != "career.win" or event.polarity != "POS" or event.modality is not None or award is None:
        return []
    taken = {a.entity for a in event.args if a.role == "agent" and a.entity}
    out: list[Event] = []
    for token in _rivals(trigger):
        for arg in make_args("patient", token, ctx):
            entity = ctx.analysis.entity(arg.entity)
            if entity is None or entity.type not in ("PERSON", "ORG", "WORK") or entity.id in taken:
                continue
            taken.add(entity.id)
            out.append(replace(event, type="career.nominate", args=[arg, replace(award)], time=None, timex=None, time_source=None))
    return out


def joining_events(event: Event, analysis: Analysis, trigger: Token | None = None) -> list[Event]:
    """"X defected from Y to Z": besides X leaving Y, Z took X in -- a hiring by Z (the fixtures' reading of a move
    from one party, club or company to another)."""
    left = {a.entity for a in event.args if a.role in ("organization", "left") and a.entity}
    joined = [a for a in event.args if a.role == "joined" and a.entity and (e := analysis.entity(a.entity)) is not None
              and e.type in ("ORG", "NORP") and a.entity not in left]  # (not the body left: "quit the Alliance for Progress",
    # its "for" read as the one of "left X for Y")
    if event.type == "career.resign":  # "left X for personal reasons": no body joined, no argument
        event.args[:] = [a for a in event.args if a.role != "joined" or any(a is j for j in joined)]
    leavers = [a for a in event.args if a.role == "agent" and a.entity]
    if event.type != "career.resign" or event.polarity != "POS" or not joined or not leavers:
        return []
    if event.lemma in ("defect", "cross") and not any(a.role == "organization" for a in event.args):
        event.args += _years_at(trigger, analysis, {a.entity for a in joined}) or _party_left(event, analysis, {a.entity for a in joined})
    body = joined[0]
    args = [replace(a, role="patient") for a in leavers] + [replace(body, role="organization"), replace(body, role="agent")]
    return [replace(event, type="career.hire", args=args)]


def leaving_for_events(event: Event, trigger: Token | None) -> list[Event]:
    """"X left in April for the rival Y": besides Y taking X in (the hiring the trigger is typed as), X left the body
    before -- a resignation, its body unnamed (the fixtures' reading of a move from one company to another)."""
    if event.type != "career.hire" or event.lemma != "leave" or event.polarity != "POS" or trigger is None \
            or any(c.dep_ == "dobj" for c in children_of(trigger)):
        return []
    leavers = [replace(a, role="agent") for a in event.args if a.role == "patient" and a.entity]
    joined = [replace(a, role="joined") for a in event.args if a.role == "organization" and a.entity][:1]  # (not the one left)
    return [replace(event, type="career.resign", args=leavers + joined)] if leavers else []


def _years_at(trigger: Token | None, analysis: Analysis, joined: set[str | None]) -> list[Argument]:
    """"defected to Y in 2021 after nine years at X": the body the time before the move was spent at is the one left."""
    if trigger is None:
        return []
    bodies = [b for p in children_of(trigger) if p.dep_ == "prep" and p.lower_ == "after"
              for n in children_of(p) if n.dep_ == "pobj"
              for at in children_of(n) if at.dep_ == "prep" and at.lower_ in ("at", "with")
              for b in children_of(at) if b.dep_ == "pobj"]
    left = next((arg for body in bodies if (arg := _organisation_at(body, analysis, joined, apposed=False)) is not None), None)
    return [left] if left is not None else []


STINT_VERBS = frozenset({"spend", "work", "serve", "play", "teach"})  # "spent six years at X", "worked at X for a decade"
# ... or a body, or a part of one, led: "ran the freight division of X, leaving in 2015", "headed X for a decade before leaving"
LEADING_VERBS = frozenset({"run", "head", "lead", "manage", "edit", "chair", "direct"})


def stint_leavings(found: list[tuple[Token, Event]], analysis: Analysis) -> None:
    """"spent six years at the consultancy X before leaving in 2019", "worked as a trader at X for nine years before
    leaving to start his own business", "worked for six years at X before he left, in 1961, to found Y": a leaving told with no object, after a stint at a body named with the verb the
    "before" hangs on, is the leaving of that body -- a resignation (the stint's end, which the facts already read)."""
    for trigger, event in found:
        if event.type not in (None, "career.resign") or trigger.lemma_ != "leave" or trigger.tag_ not in ("VBG", "VBD") \
                or any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(trigger)):
            continue
        if trigger.tag_ == "VBD":
            if trigger.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "before" for c in children_of(trigger)) \
                    or trigger.head.tag_ != "VBD" or event.type is not None:
                continue
            verb = trigger.head  # "worked for six years at X before he left, in 1961, to found Y"
        elif trigger.dep_ == "pcomp" and trigger.head.lower_ == "before" and event.type is None:
            verb = trigger.head.head  # "spent six years at X before leaving in 2019"
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.lemma_ not in STINT_VERBS | LEADING_VERBS:
                verb = verb.head  # "He spent 14 years there, rising to chief editor, before leaving in 1975"
        elif trigger.dep_ == "advcl" and trigger.head.tag_ == "VBD" and trigger.i > trigger.head.i \
                and doc_text(trigger.doc)[trigger.idx - 2] == ",":
            verb = trigger.head  # "spent four years at X, leaving in 2018 to work on Y": the body left is X, not one of Y's
        else:
            continue
        if verb.lemma_ not in STINT_VERBS | LEADING_VERBS or not any(a.role == "agent" and a.entity for a in event.args):
            continue
        # the body after "at", "with" or "for" on the verb, on its object ("spent six years at X"), or on the post it
        # was held as ("worked as a trader at X")
        holders = [verb, *(c for c in children_of(verb) if c.dep_ in ("dobj", "npadvmod")),
                   *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c) if g.dep_ == "pobj")]
        bodies = [b for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("at", "with", "for")
                  for b in children_of(p) if b.dep_ == "pobj"]
        if verb.lemma_ in LEADING_VERBS:  # the body led, or the one its led part is of
            led = [c for c in children_of(verb) if c.dep_ == "dobj"]
            bodies += led + [b for c in led for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of"
                             for b in children_of(p) if b.dep_ == "pobj"]
        left = next((arg for b in bodies if (arg := _organisation_at(b, analysis)) is not None), None)
        if left is None and verb.lemma_ in STINT_VERBS and any(c.dep_ == "advmod" and c.lower_ == "there" for c in children_of(verb)):
            left = _body_joined_before(verb, analysis)  # "X joined Y in 1961. He spent 14 years there before leaving"
        if left is not None:
            event.type = "career.resign"
            event.args = [*(a for a in event.args if a.role not in ("organization", "left")), left]


JOINING_LEMMAS = frozenset({"join"})


def _body_joined_before(verb: Token, analysis: Analysis) -> Argument | None:
    """The body "there" stands for in a stint told right after the joining: the last one joined (the object of "join")
    in the verb's sentence or the one before."""
    doc = verb.doc
    start = verb.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for i in range(verb.i - 1, start - 1, -1):
        word = doc[i]
        if word.dep_ == "dobj" and word.head.lemma_ in JOINING_LEMMAS:
            return _organisation_at(word, analysis, apposed=False)
    return None


def _organisation_at(word: Token, analysis: Analysis, skip: set[str | None] | frozenset[str] = frozenset(),
                     apposed: bool = True) -> Argument | None:
    """The organisation (none of `skip`) whose mention covers the word (with `apposed`, or its apposed name: "the
    consultancy Brevard & Lusk")."""
    words = [word, *(c for c in children_of(word) if c.dep_ == "appos" and apposed)]
    for entity in analysis.entities:
        if entity.type != "ORG" or entity.id in skip:
            continue
        mention = next((m for w in words for m in entity.mentions if m.start <= w.idx < m.end), None)
        if mention is not None:
            return Argument("organization", mention.start, mention.end, mention.text, entity.id)
    return None


def _party_left(event: Event, analysis: Analysis, joined: set[str | None]) -> list[Argument]:
    """"was elected in 2019 for the X Party but defected to the Y Party two years later": the one party named
    before the defection in its sentence (not the one joined) is the one left."""
    found: dict[str, Mention] = {}
    for entity in analysis.entities:
        if entity.type not in ("ORG", "NORP") or entity.id in joined or not party_name(entity.name):
            continue
        for mention in entity.mentions:
            if mention.sentence == event.sentence and mention.kind == "name" and mention.end <= event.start:
                found.setdefault(entity.id, mention)
    if len(found) != 1:
        return []
    (entity_id, mention), = found.items()
    return [Argument("organization", mention.start, mention.end, mention.text, entity_id)]


# "left to become chief executive of a rival": a company, named or not, the post is taken at
FIRM_WORDS = frozenset({"company", "firm", "group", "rival", "bank", "lender", "insurer", "fund", "charity", "trust",
                        "foundation", "business", "start-up", "startup", "maker", "manufacturer", "retailer", "broker",
                        "carrier", "airline", "operator", "consultancy", "agency", "publisher", "studio", "label",
                        "network", "platform", "club", "side", "team"})
MOVED_TO_POSTS = frozenset({"become", "coach", "manage"})
MOVING_ON = MOVED_TO_POSTS | frozenset({"run", "lead", "head", "chair", "edit", "direct", "captain"})  # "left to run the insurer Y"
WORKING_AT = frozenset({"teach", "work", "lecture"})  # "left in 2021 to teach economics at Y", "quit to work for Y": the body after "at"/"for"
# verbs of giving up a post ("stood down to become chief executive of Y", "resigned to manage Y"): Y is where the person
# goes, not the body left; unlike "left / quit to become", the fixtures read the post taken as an appointment, so only
# the body is moved to "joined"
STEPPING_DOWN_LEMMAS = frozenset({"stand", "step", "resign", "retire"})


def moving_on_hirings(found: list[tuple[Token, Event]], analysis: Analysis) -> None:
    """"X quit last week to become chief operating officer of Y", "is leaving in the summer to become chief
    executive of the charity Y", "left to coach Y": a move from one body to another -- besides the leaving,
    Y (a company, named or called one) took X in: a hiring, not an appointment (the fixtures' reading of
    "left X for Y").  A post with no company ("left to become ambassador to Z") stays an appointment."""
    by_token = {}
    for t, e in found:
        if e.type:
            by_token.setdefault(t.i, []).append(e)
    added: list[tuple[Token, Event]] = []
    for trigger, event in found:
        stepping_down = trigger.lemma_ in STEPPING_DOWN_LEMMAS
        if event.type != "career.resign" or (trigger.lemma_ not in ("leave", "quit", "depart") and not stepping_down):
            continue
        leavers = [a for a in event.args if a.role == "agent" and a.entity]
        for verb in children_of(trigger):
            if verb.dep_ not in ("xcomp", "advcl") or verb.lemma_ not in MOVING_ON | WORKING_AT \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
                continue
            post = next((c for c in children_of(verb) if c.dep_ in ("attr", "dobj") and c.pos_ in ("NOUN", "PROPN")), None)
            if verb.lemma_ in WORKING_AT:  # (what is taught or done there is no post: the body only)
                bodies = [b for h in (verb, *(c for c in children_of(verb) if c.dep_ == "dobj")) for p in children_of(h)
                          if p.dep_ == "prep" and p.lower_ in ("at", "for", "with") for b in children_of(p) if b.dep_ == "pobj"]
                post = None
                if not bodies:
                    continue
            elif post is None:
                continue
            else:
                bodies = [c for c in children_of(verb) if c.dep_ == "dobj"] if verb.lemma_ != "become" else [
                    b for p in children_of(post) if p.dep_ == "prep" and p.lower_ in ("of", "at", "with")
                    for b in children_of(p) if b.dep_ == "pobj"]  # ("to coach the club X": the parser hangs X as a second object)
            bodies.sort(key=lambda b: b.pos_ != "PROPN")  # "the Astravelle club X": the name before the word for it
            org = next((o for b in bodies if (o := _org_at(b, analysis)) is not None), None)
            if stepping_down:
                if org is not None:  # the body the post is at is the one joined
                    event.args[:] = [a for a in event.args if a.role != "organization" or a.entity != org.entity] + [replace(org, role="joined")]
                continue
            if org is None and (verb.lemma_ not in MOVED_TO_POSTS or not any(b.lower_ in FIRM_WORDS for b in bodies)):
                continue  # (a body called a firm, unnamed, only for a post taken: "left to become chief executive of a rival";
                # not "left in 2009 to run a recording studio")
            typed = [e for e in by_token.get(verb.i, ()) if e.type in ("career.appoint", "career.hire")]
            for told in typed:
                told.type = "career.hire"
            if org is not None:  # the body joined is not the one left (nor a job the leaving ends)
                event.args[:] = [a for a in event.args if a.role != "organization" or a.entity != org.entity] + [replace(org, role="joined")]
            if typed or not leavers:
                continue
            args = [replace(a, role="patient") for a in leavers]
            if verb.lemma_ == "become" and post is not None:
                words = [w for w in post.subtree if w.i <= post.i and w.dep_ not in ("det", "poss", "case")]
                start, end = words[0].idx, post.idx + len(post.text)
                args.append(Argument("role", start, end, doc_text(trigger.doc)[start:end]))
            if org is not None:
                args += [replace(org, role="organization"), replace(org, role="agent")]
            added.append((trigger, replace(event, type="career.hire", args=args)))
    found += added


def _org_at(token: Token, analysis: Analysis) -> Argument | None:
    """The organisation named at a token ("the insurer Y": Y beside it in apposition or compound)."""
    spots = [token, *(c for c in children_of(token) if c.dep_ in ("appos", "compound"))]
    for entity in analysis.entities:
        if entity.type != "ORG":
            continue
        for mention in entity.mentions:
            if any(mention.start <= t.idx < mention.end for t in spots):
                return Argument("organization", mention.start, mention.end, mention.text, entity.id)
    return None


POST_TAKINGS = frozenset({"become", "succeed", "replace"})  # the post a hiring takes someone to


def hired_to_posts(found: list[tuple[Token, Event]]) -> list[tuple[Token, Event]]:
    """"Y has poached X from its rival Z to become chief operating officer", "X, who was hired away from Z in
    March to become Y's finance director", "X will join Y in January, succeeding W": the post (and who went
    before) is that of the hiring the clause hangs off -- one hiring with its role, not a second appointment.
    An appointment whose trigger is a purpose infinitive or a participle adverbial of a factual hiring of the
    same person folds into that hiring (its post, body and predecessor added where the hiring has none)."""
    hires = {}
    for t, e in found:
        if e.type == "career.hire" and e.polarity == "POS":
            hires.setdefault(t.i, e)
    out: list[tuple[Token, Event]] = []
    for trigger, event in found:
        hire = hires.get(trigger.head.i) if trigger.dep_ in ("advcl", "xcomp") and trigger.head.i != trigger.i else None
        if event.type == "career.appoint" and hire is not None and event.polarity == "POS" \
                and trigger.lemma_.lower() in POST_TAKINGS \
                and (trigger.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger))):
            hired = {a.entity for a in hire.args if a.role == "patient" and a.entity}
            taken = {a.entity for a in event.args if a.role == "patient" and a.entity}
            if hired and (not taken or taken & hired):
                roles = {a.role for a in hire.args}
                hire.args += [a for a in event.args if a.role not in roles and a.role != "patient"]
                continue
        if event.type == "career.appoint" and trigger.lemma_ == "be" and (hire := _taken_in_elsewhere(found, event)) is not None:
            roles = {a.role for a in hire.args}  # "The new chief executive is X, who joins from Z", "X was appointed on Monday.
            hire.args += [a for a in event.args if a.role not in roles and a.role != "patient"]  # ... The new chief executive is
            continue  # X": the post is that of the hiring or appointment told otherwise, no second event
        out.append((trigger, event))
    return out


def _taken_in_elsewhere(found: list[tuple[Token, Event]], event: Event) -> Event | None:
    """A factual hiring or appointment, told by another word, of the one a "be" of a post names: in the same sentence,
    or to the same post anywhere ("X was appointed chief executive on Monday ... The new chief executive is X")."""
    taken = {a.entity for a in event.args if a.role == "patient" and a.entity}
    post = {a.text.lower().split()[-1] for a in event.args if a.role == "role" and a.text.split()}
    return next((e for _, e in found if e is not event and e.type in ("career.hire", "career.appoint") and e.polarity == "POS"
                 and taken & {a.entity for a in e.args if a.role == "patient" and a.entity}
                 and (e.sentence == event.sentence or post & {a.text.lower().split()[-1] for a in e.args if a.role == "role" and a.text.split()})),
                None)


JOB_NOUNS = frozenset({"job", "post", "position", "role", "career"})
WORKED_VERBS = frozenset({"work", "teach", "serve", "lecture", "practise", "practice", "nurse"})


def given_up_jobs(found: list[tuple[Token, Event]], analysis: Analysis, entity_of: Callable[[Token], str | None]) -> None:
    """"She gave up her job teaching English at X in 2019", "Y, who worked as a pharmacist at X for 20 years ... gave up
    her job two years later": a job given up or left with no body named by the leaving is at the body its own phrase
    names, else at the one the leaver was last told working at (in that sentence or the three before it)."""
    for trigger, event in found:
        if event.type != "career.resign" or event.polarity != "POS" or any(a.role == "organization" for a in event.args):
            continue
        job = next((c for c in children_of(trigger) if c.dep_ == "dobj" and c.lemma_.lower() in JOB_NOUNS
                    and any(g.dep_ == "poss" for g in children_of(c))), None)
        leaver = next((a.entity for a in event.args if a.role == "agent" and a.entity), None)
        if job is None or leaver is None:
            continue
        own = [b for t in job.subtree if t.dep_ == "prep" and t.lower_ in ("at", "with") for b in children_of(t) if b.dep_ == "pobj"]
        body = next((arg for b in own if (arg := _organisation_at(b, analysis)) is not None), None)
        if body is None:
            body = _last_worked_at(trigger, leaver, analysis, entity_of)
        if body is not None:
            event.args = [*event.args, body]


def _last_worked_at(trigger: Token, leaver: str, analysis: Analysis, entity_of: Callable[[Token], str | None]) -> Argument | None:
    """The body after "at" on the last verb of working whose subject (or relative clause's noun) is the leaver, told in
    the trigger's sentence before it or in the three sentences before that."""
    doc, sent = trigger.doc, sent_of(trigger)
    start = sent.start
    for _ in range(3):
        if start == 0:
            break
        start = sent_of(doc[start - 1]).start
    found: Argument | None = None
    for verb in doc[start : trigger.i]:
        if verb.lemma_.lower() not in WORKED_VERBS or verb.pos_ != "VERB":
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or entity_of(subject) != leaver:
            continue
        holders = [verb, *(g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c) if g.dep_ == "pobj")]
        for b in (b for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "at" for b in children_of(p) if b.dep_ == "pobj"):
            found = _organisation_at(b, analysis) or found
    return found


BODY_LEFT_ROLES = ("organization", "left")


def second_bodies_left(trigger: Token, event: Event, ctx: Context) -> list[list[Argument]]:
    """"resigned from the government and from the ruling X on Wednesday": a leaving of the body after the second "from"
    too, the preposition said again (the parser makes it a conjunct of the first, which no frame reads)."""
    if event.type != "career.resign" or event.polarity != "POS":
        return []
    out = []
    for prep in (c for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "from"):
        for again in (c for c in children_of(prep) if c.dep_ == "conj" and c.lower_ == "from"):
            for body in (o for o in children_of(again) if o.dep_ == "pobj"):
                entity = ctx.ents.of(body)
                if entity is None or entity.type != "ORG" or any(a.entity == entity.id for a in event.args):
                    continue
                kept = [a for a in event.args if a.role not in (*BODY_LEFT_ROLES, "role")]
                out.append(kept + make_args("organization", body, ctx, conjuncts=False))
    return out
