"""The occasion an article reports: "X won three awards in Montreal on Sunday night ... Y was voted
best newcomer".  A report of an awards night, an election night or a trial's verdicts names many winners (or verdicts)
and dates only the first; a later win (or election) of the article told with no time of its own, in the
simple past and not marked as an earlier one ("first won", "had won", "previously"), happened
on that occasion."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from ..model import Event
from ..nlp import children_of, doc_text, memo
from .coref_state import quoted_tokens
from .entity_lexicon import lexicon
from .events_place import purpose_of_match
from .events_tokens import clause_head

OCCASION_TYPES = frozenset({"career.win", "politics.elect", "legal.convict", "legal.acquit"})
# the occasion each type is read at: the verdicts of a trial are one ("A jury convicted X on Thursday ... She was acquitted of
# three further counts. Her husband was found not guilty")
OCCASION_OF = {"legal.convict": "verdict", "legal.acquit": "verdict"}
VERDICT_OCCASIONS = frozenset({"verdict"})  # (what is said after a verdict is said later, not in court: no witness type's time)
VERDICT_REACH = 2  # sentences after the dated verdict within which another verdict is of the same day
# what is seen or said at that occasion ("were photographed arriving", "told the broadcaster at the finish")
WITNESS_TYPES = frozenset({"report.seen", "report.interview"})
LEDE_SENTENCES = 3  # headline and first paragraph
EARLIER = frozenset({"first", "previously", "once", "earlier", "already", "ever", "never", "before", "again", "formerly"})
# a later occasion told bare ("X later won the Y Medal", "went on ... and subsequently won"; not "later that night",
# "later in the evening": a bare word, no phrase of its own)
LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})
OWN_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "parataxis"})
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "announce", "confirm", "insist", "admit"})
DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def occasion_times(found: list[tuple[Token, Event]], told: list[tuple[Token, Event]] | None = None) -> None:
    """`told`: every event found, those kept or not ("the region's election on May 11": an election of no one named dates
    the night the article reports)."""
    ledes: dict[str, Event] = {}
    text: list[str] = []  # the doc's, read once and only when needed (Doc.text joins every token anew)
    for trigger, event in sorted(told or found, key=lambda f: f[1].start):
        if (event.type in OCCASION_TYPES and OCCASION_OF.get(event.type, event.type) not in ledes and (event.sentence < LEDE_SENTENCES or _first_paragraph(trigger, text))
                and event.time and DAY.match(event.time) and (event.time_source == "clause" or purpose_of_match(trigger))):
            # ("beat X on Sunday to win the Y": the match's day is the win's own)
            ledes[OCCASION_OF.get(event.type, event.type)] = event
    kept = {id(e) for _, e in found}  # (what was seen or said there only by a lede kept: a night of no one named is a vaguer one)
    first = min((e for key, e in ledes.items() if id(e) in kept and key not in VERDICT_OCCASIONS), key=lambda e: e.start, default=None)
    for trigger, event in found:
        lede = first if event.type in WITNESS_TYPES else ledes.get(OCCASION_OF.get(event.type or "", event.type or ""))
        if event.type == RESULT_TYPE and _tells_result(trigger):  # "the result was declared by X": on the night told
            lede = ledes.get("politics.elect") or ledes.get("career.win")
        if lede is None or event is lede or event.time is not None or event.start < lede.start:
            continue
        if event.type in OCCASION_OF and event.sentence - lede.sentence > VERDICT_REACH:
            continue  # (a verdict told further on may be another trial's: "was acquitted at a first trial in 2022")
        if _other_day_between(told or found, lede, event):
            continue  # (a meeting of several days: "won the 50m on Saturday ... added a gold in the relay on Sunday. X
            # defended his title": on one of those days, which is not told)
        there = event.type in WITNESS_TYPES and _after_the_occasion(trigger)
        if event.polarity != "POS" or event.modality or not (_simple_past(trigger) or there) or (_to_the_press(trigger) and not there):
            continue
        if event.type not in WITNESS_TYPES and told_later(trigger):
            continue  # (what the winner "later told the broadcaster" was still said that night)
        said = _said_just_before(found, event) if event.type in WITNESS_TYPES else None
        source = said if said is not None and said.start > lede.start else lede
        event.time, event.timex, event.time_source = source.time, source.timex, "event"


MEETING_DAYS = 10  # the most days apart two days of one meeting lie (not a win of years before, told on its day)


def _other_day_between(told: list[tuple[Token, Event]], lede: Event, event: Event) -> bool:
    """Between the lede and `event`, an occasion of the lede's type dated by its own clause on another day: the
    article reports a meeting of several days (championships, a festival), not one night, so an undated later win
    was on one of them, which the text does not say."""
    if not lede.time or not DAY.match(lede.time):
        return False
    day = date.fromisoformat(lede.time[:10])
    return any(e.type == lede.type and e.time_source == "clause" and e.time and DAY.match(e.time) and lede.start < e.start < event.start
               and 0 < abs((date.fromisoformat(e.time[:10]) - day).days) <= MEETING_DAYS for _, e in told)


RESULT_TYPE = "politics.announce"
RESULT_NOUNS = frozenset({"result", "outcome", "winner"})  # what is declared on the night of a vote or a contest


def _tells_result(trigger: Token) -> bool:
    """"The result was announced by the party's president", "X declared the result": the result of the election or
    the contest the article reports (its own noun, not "the result of a poll in May")."""
    told = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RESULT_NOUNS]
    return any(any(d.lower_ == "the" for d in children_of(c)) and not any(d.dep_ == "prep" for d in children_of(c)) for c in told)


def _first_paragraph(trigger: Token, text: list[str]) -> bool:
    """In the headline or the first paragraph after it ("CORK — X was the big winner ..." counts as
    the lede, however a dateline and a long headline were cut into sentences).  `text`: the doc's text once read
    (filled on the first call)."""
    if not text:
        text.append(doc_text(trigger.doc))
    before = text[0][: trigger.idx]
    return sum(1 for part in before.split("\n\n") if part.strip()) <= 2


def _said_just_before(found: list[tuple[Token, Event]], event: Event) -> Event | None:
    """"X said on Monday that ... . "...," he told the broadcaster Y": the dated saying of the same speaker
    in the sentence before (or the same one) dates what the speaker told (not the night the lede tells of)."""
    speakers = {a.entity for a in event.args if a.role == "agent" and a.entity}
    said = [(t, e) for t, e in found if t.lemma_.lower() in SPEECH_LEMMAS and e.time and e.time_source == "clause"
            and e.start < event.start and event.sentence - 1 <= e.sentence <= event.sentence
            and speakers & {a.entity for a in e.args if a.role == "agent" and a.entity}]
    if said:  # (not a saying inside the quotation: '"I told myself three years ago ...," she told the X': what she said, not when)
        known = memo(said[0][0].doc, "quoted")
        if "all" not in known:
            known["all"] = tuple(quoted_tokens(said[0][0].doc))
        said = [(t, e) for t, e in said if not known["all"][t.i]]
    return max((e for _, e in said), key=lambda e: e.start) if speakers and said else None


# the occasion an article reports, as what is said "after" it is placed ("told X after the ceremony", "after the race")
OCCASION_WORDS = frozenset({"ceremony", "race", "match", "game", "final", "fight", "bout", "contest", "count", "awards", "presentation", "gala"})


def _own_clause(trigger: Token) -> tuple[Token, ...]:
    """The verb and, for a participle that takes its tense from the clause it hangs on ("Speaking to X after the race, Y
    said"), that clause's verb: where a phrase placing what was said may hang."""
    return (trigger, trigger.head) if trigger.dep_ == "advcl" else (trigger,)


def _occasion_phrase(word: Token, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """"after the ceremony", "outside the church": a phrase of `word` with one of `preps` and a definite one of `nouns`."""
    return any(p.dep_ == "prep" and p.lower_ in preps and any(
        o.dep_ == "pobj" and o.lemma_.lower() in nouns and any(d.lower_ == "the" for d in children_of(o)) for o in children_of(p))
        for p in children_of(word))


AFTER = frozenset({"after"})


def _after_the_occasion(trigger: Token) -> bool:
    """"Speaking to the Skenmouth Examiner after the ceremony, X said ...", "told the daily Y after the race": said on the
    night the article reports, to a paper too, and in a participle that takes its tense from the clause it hangs on."""
    return any(_occasion_phrase(word, AFTER, OCCASION_WORDS) for word in _own_clause(trigger))
WITNESS_PREPS = frozenset({"after", "before", "at", "outside"})
# the occasion a witness is placed at, by what kind of event the article's lede is ("outside the church": a wedding's)
OCCASION_PLACES = {"life.marry": frozenset({"church", "wedding", "ceremony", "reception", "chapel", "service"}),
                   "politics.elect": frozenset({"count", "result", "declaration"})}
RESULT_VERBS = frozenset({"declare", "announce", "read"})


def _placed_at(trigger: Token, kind: str) -> bool:
    """"told the X after the ceremony", "Speaking to Y before the ceremony", "told the Z outside the church", "told the Herald
    as the result was declared": said at the occasion an event of `kind` was (the verb's own phrase or its clause's)."""
    nouns = OCCASION_PLACES.get(kind, OCCASION_WORDS)
    return any(_occasion_phrase(word, WITNESS_PREPS, nouns) or _result_declared(word, nouns) for word in _own_clause(trigger))


def _result_declared(word: Token, nouns: frozenset[str]) -> bool:
    """"... as the result was declared": a clause of `word` telling one of `nouns` made public."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in RESULT_VERBS and any(m.lower_ == "as" and m.dep_ == "mark" for m in children_of(c))
               and any(g.dep_ == "nsubjpass" and g.lemma_.lower() in nouns for g in children_of(c)) for c in children_of(word))


def placed_witness_times(found: list[tuple[Token, Event]], events: list[Event]) -> None:
    """Once mentions are merged: an interview (or a sighting) told undated at the occasion the lede reports ("told the X after
    the ceremony", "outside the church", "as the result was declared") was on the lede's day, however the lede came by it (a
    win dated by the presentation told later, a wedding by the body's clause)."""
    alive = {id(e) for e in events}
    lede = next((e for e in sorted(events, key=lambda e: e.start) if e.sentence < LEDE_SENTENCES and e.polarity == "POS"
                 and not e.modality and (e.type in OCCASION_TYPES or e.type in OCCASION_PLACES) and e.time and DAY.match(e.time)), None)
    if lede is None:
        return
    for trigger, event in found:
        if id(event) in alive and event.type in WITNESS_TYPES and event.time is None and event.polarity == "POS" \
                and not event.modality and event.start > lede.start and _placed_at(trigger, lede.type or ""):
            event.time, event.timex, event.time_source = lede.time, lede.timex, "event"


WINNER_VERBS = frozenset({"announce", "name", "declare", "crown", "reveal", "confirm"})
WINNER_NOUNS = frozenset({"winner", "champion", "victor"})
WON_TYPES = frozenset({"career.win", "politics.elect"})


def _named_winner(trigger: Token) -> bool:
    """"was announced as the winner", "was declared the winner", "was crowned champion": a passive naming of the winner."""
    if trigger.lemma_.lower() not in WINNER_VERBS or not any(c.dep_ == "auxpass" for c in children_of(trigger)):
        return False
    told = [c for c in children_of(trigger) if c.dep_ in ("oprd", "attr", "xcomp")]
    told += [g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ == "as" for g in children_of(c) if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in WINNER_NOUNS for t in told)


def winner_named_times(found: list[tuple[Token, Event]], events: list[Event]) -> None:
    """"X has won the Y prize ... The former probation officer was announced as the winner at a ceremony in York on Wednesday
    evening": the win (or election) told undated before is of the day its winner was named (once mentions are merged)."""
    alive = {id(e) for e in events}
    for trigger, said in found:
        if id(said) not in alive or said.type is not None or not said.time or not DAY.match(said.time) or not _named_winner(trigger):
            continue
        named = {a.entity for a in said.args if a.role in ("patient", "agent") and a.entity}
        for event in events:
            if event.type in WON_TYPES and event.time is None and event.polarity == "POS" and not event.modality \
                    and event.start < said.start and named & {a.entity for a in event.args if a.role in ("agent", "patient") and a.entity}:
                event.time, event.timex, event.time_source = said.time, said.timex, "event"


def _to_the_press(trigger: Token) -> bool:
    """"told the daily X", "told the magazine Y": an interview given to a paper is not one given at the
    finish line or on the awards stage, as one to a broadcaster may be."""
    kinds = lexicon().type_noun_kinds
    told = [c for c in children_of(trigger) if c.dep_ in ("dobj", "dative")]
    return any(kinds.get(t.lower_) == "press" for c in told for t in c.subtree)


def told_as_earlier(trigger: Token) -> bool:
    """"first won", "had previously won", "her first title": a mention of another, earlier
    occurrence, not a second mention of the one told before (not "engaged and expecting their
    first child": a word of another clause)."""
    head = clause_head(trigger)
    near = [head, trigger, *(c for c in children_of(head) if c.dep_ in ("dobj", "attr", "oprd"))]
    return any(c.lower_ in EARLIER and c.dep_ in ("advmod", "amod", "neg") for t in near for c in children_of(t)) or career_start(trigger)


def career_start(trigger: Token | None) -> bool:
    """"began her career at Y as a trainee": the first post of a working life, never a later mention of a move told before."""
    return trigger is not None and trigger.lemma_ in ("begin", "start") and any(c.dep_ == "dobj" and c.lemma_ == "career" for c in children_of(trigger))


ANOTHER = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "another"})


def told_as_another(trigger: Token) -> bool:
    """"took home a second for X", "won her third title", "added another": what is counted as one more is an occurrence of
    its own, not a mention of one told elsewhere in the article (it neither takes nor lends a time)."""
    head = clause_head(trigger)
    told = [c for t in {head, trigger} for c in children_of(t) if c.dep_ in ("dobj", "attr", "oprd", "nsubjpass")]
    return any((o.lower_ in ANOTHER and o.pos_ in ("NOUN", "ADJ", "DET", "PRON") and (o.lower_ == "another" or any(d.lower_ in ("a", "an") for d in children_of(o))))
               or any(c.lower_ in ANOTHER and c.dep_ in ("amod", "det") for c in children_of(o)) for o in told)


def told_later(trigger: Token) -> bool:
    """"Mathiesen later won the Ahonen Medal": a bare "later" (or "subsequently") tells of another, later occasion."""
    head = clause_head(trigger)
    return any(c.lower_ in LATER and c.dep_ == "advmod" and not c.n_lefts + c.n_rights for t in {trigger, head} for c in children_of(t))


def _simple_past(trigger: Token) -> bool:
    """"was voted", "took", "won": told in the simple past, not as an earlier or a later one."""
    head = clause_head(trigger)
    if trigger.tag_ not in ("VBD", "VBN") or head.tag_ not in ("VBD", "VBN"):
        return False
    # "first won", "her first title", "had never won" (not "shortly before the ceremony began", nor
    # "X, who released her first album", a clause of its own)
    if any(t.lower_ in EARLIER and t.dep_ not in ("prep", "mark") and not _first_in_phrase(t, head) for t in _own_words(head)):
        return False
    marks = [c for t in (trigger, head) for c in children_of(t)]
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "has", "have", "will", "would") for c in marks)


def _own_words(head: Token) -> list[Token]:
    """The words of a clause, leaving out the clauses inside it (relative clauses, appositions)."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in children_of(token) if c.dep_ not in OWN_CLAUSES)
    return out


def _first_in_phrase(token: Token, head: Token) -> bool:
    """"was named best actor on his first nomination": a "first" inside a prepositional phrase
    tells of this occasion, not of an earlier one."""
    if token.lower_ != "first":
        return False
    while token.i != head.i and token.head.i != token.i:
        if token.dep_ == "pobj":
            return True
        token = token.head
    return False
