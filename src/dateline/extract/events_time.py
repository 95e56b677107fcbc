"""When an event happened: the timex of its clause or sentence, an anniversary, or another mention of it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Analysis, Event, Timex
from ..nlp import char_span, children_of, heads, memo, strings, tokens
from ..timex.spacy_tense import telling_before
from .coref_state import SUBJECT_DEPS
from .events_args import Context
from .events_schema import EventType, Schema
from .events_time_fill import (
    accepted_resignation_times,
    age_times,
    alongside_times,
    announced_times,
    came_after_times,
    child_age_times,
    chosen_times,
    close_clause_times,
    completed_in_relative_times,
    confirmed_times,
    contest_day_times,
    contract_day_times,
    counted_times,
    deal_participle_times,
    filing_times,
    followed_times,
    inherit_times,
    news_move_times,
    predecessor_times,
    purpose_times,
    relative_clause_times,
    reshuffle_times,
    same_occasion_times,
    succeeded_times,
    told_decision_times,
    union_length_times,
    vacancy_times,
)
from .events_time_shift import DURATION, PART_OF_DAY, after_told_event, shift_value, week_of
from .events_tokens import CLAUSE_DEPS, TIME_NOUNS, clause_head

__all__ = ["PART_OF_DAY", "accepted_resignation_times", "occasion_after_times", "alongside_times", "contest_day_times", "close_clause_times", "filing_times", "TimeAnchor", "age_times", "announced_times", "child_age_times", "chosen_times", "anniversary_times", "anniversary_years", "attach_time", "completed_in_relative_times", "confirmed_times", "counted_times", "DEAL_NOUNS", "deal_participle_times", "came_after_times", "followed_times", "habitual_clauses", "habitual_verb",
           "inherit_times", "news_move_times", "predecessor_times", "purpose_times", "relative_clause_times", "contract_day_times", "told_decision_times", "years_served", "relative_time", "reshuffle_times", "same_occasion_times", "succeeded_times", "timex_anchors", "union_length_times", "vacancy_times"]

CLAIM_VERBS = {"claim", "allege", "suggest", "write", "insist"}


@dataclass(slots=True)
class TimeAnchor:
    timex: Timex
    root: Token
    clause: Token
    sentence: int
    dates_nothing: bool | None = field(default=None, compare=False, repr=False)  # `_dates_nothing`, found once
    # `_since_event` and `_after_since_noun` of the root (in a 1-tuple: None is an answer), found once: they read the time
    # alone, and `attach_time` asks them for every trigger of the time's sentence
    since_event: bool | None = field(default=None, compare=False, repr=False)
    since_noun: tuple[Token | None] | None = field(default=None, compare=False, repr=False)


NAMED_NOT_DATES = frozenset({"WORK", "PRODUCT", "ORG", "FAC", "PERSON"})


def timex_anchors(doc: Doc, analysis: Analysis, date_types: set[str] | frozenset[str], sent_of: list[int]) -> list[TimeAnchor]:
    out = []
    named = [(m.start, m.end) for e in analysis.entities if e.type in NAMED_NOT_DATES for m in e.mentions if m.kind == "name"]
    for timex in analysis.timexes:
        if timex.type not in date_types or not timex.value or timex.value.endswith("_REF"):
            continue  # "is now in talks to merge", "recently": no date for an event
        if timex.anchor == "dct" and (timex.rule == "relative:units-on" or timex.rule == "relative:earlier-later"
                                      and timex.text.lower().endswith("later")):
            continue  # "was sacked a year later" with no time told before: later than something untold, not than today
        if timex.anchor == "dct" and (timex.rule in ("relative:that-unit", "relative:that-named") or timex.rule == "mod:point"
                                      and " that " in f" {timex.text.lower()} "):
            continue  # "Earlier that year", "That summer", "The same week" with no time told before: that of something untold
        if timex.anchor == "dct" and timex.rule == "relative:the-unit-of-event":
            continue  # "resigned the day after the report was published" with no day told before: the report's day moved, not today
        if any(start <= timex.start and timex.end <= end for start, end in named):
            continue  # "Autumn Bugle", a film: a title's words date nothing
        span = char_span(doc, timex.start, timex.end)
        if span is None or len(span) == 0 or _title_period(span.root):
            continue
        root = _bare_preposition(span) or span.root
        out.append(TimeAnchor(timex, root, _fronted_before_gap(root) or _before_bare_complement(root) or _past_nominal_gerund(clause_head(root)),
                              sent_of[span.root.i]))
    return out


def _past_nominal_gerund(clause: Token) -> Token:
    """"won an award for drama writing in 2021": a gerund right after a noun, with no subject or object of its own, is
    the second word of a compound ("drama writing") the parser read as a clause; a time on it is its governor's."""
    if clause.tag_ == "VBG" and clause.dep_ == "acl" and clause.head.i == clause.i - 1 and clause.head.pos_ == "NOUN" \
            and not any(c.dep_ in ("nsubj", "dobj", "attr", "ccomp", "xcomp", "acomp") for c in children_of(clause)):
        return clause_head(clause.head)
    return clause


def _fronted_before_gap(root: Token) -> Token | None:
    """"On Friday, a day after he was sacked by X, Y was appointed": the parser hangs the fronted time on the "after"
    clause, but it stands before that clause's "after": the time of the clause the "after" clause hangs off."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    clause = prep.head
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.i == clause.i or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    return clause_head(clause.head) if mark is not None and prep.i < mark.i else None


def _before_bare_complement(root: Token) -> Token | None:
    """"X told the Y on Monday she would not run": the parser hangs the time on the complement with no "that", but it
    stands after the telling verb and before the complement's subject: the telling's time (not "said that on Monday she
    would", nor "said she would on Monday")."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        word = root.head
    elif root.dep_ == "npadvmod":  # "told Y last month she had ..."
        word = root
    else:
        return None
    clause = word.head
    telling = telling_before(clause, word.left_edge.i)
    return clause_head(telling) if telling is not clause else None


def _bare_preposition(span: Any) -> Token | None:
    """"On Sunday Maria Cruz became ...": the parser reads the day as part of the name after it and leaves "On" with no
    object; the time is that preposition's phrase, a modifier of the verb it hangs on (not of the name)."""
    root = span.root
    if span.start == 0 or root.dep_ not in ("compound", "nmod") or root.head.i < span.end:
        return None
    prep = span.doc[span.start - 1]
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "pobj" for c in children_of(prep)):
        return None
    return prep


def _title_period(root: Token) -> bool:
    """"producer of the year", "goal of the season": part of an award's name, not a time."""
    return (root.lemma_.lower() in ("year", "season", "month", "decade", "century", "week", "day", "match", "tournament")
            and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN")
            and any(c.lower_ == "the" for c in children_of(root)))


def habitual_clauses(doc: Doc, analysis: Analysis) -> set[int]:
    """The clauses a recurring time governs ("have opened it at seven every morning since"): what
    they tell is a habit, not an event."""
    out = set()
    for timex in analysis.timexes:
        if timex.type == "SET":
            span = char_span(doc, timex.start, timex.end)
            if span is not None and len(span):
                out.add(clause_head(span.root).i)
    return out


HABIT_ADVERBS = frozenset({"usually", "typically", "normally", "generally", "routinely", "habitually", "customarily"})
# adverbs of frequency that tell a habit only in the present ("rarely jails first-time offenders", "often hires graduates"); in the
# past they sum up a career ("often collaborated with X") that is told as one undated event
PRESENT_HABIT_ADVERBS = frozenset({"rarely", "seldom", "often", "frequently", "regularly", "occasionally", "sometimes"})
RECURRING_UNITS = frozenset({"day", "week", "month", "year", "season", "spring", "summer", "autumn", "fall", "winter", "term", "morning",
                             "evening", "night", "afternoon", "weekend", "fortnight", "quarter"})


def habitual_verb(trigger: Token) -> bool:
    """"typically hires 200 graduates a year", "recruits 50 apprentices every autumn": a verb an adverb of habit
    or a recurring time phrase with no timex of its own marks ("a year" only with a present tense: "was sacked a
    year later" is once)."""
    if trigger.pos_ != "VERB":
        return False
    for c in children_of(trigger):
        if c.dep_ == "advmod" and (c.lower_ in HABIT_ADVERBS or (c.lower_ in PRESENT_HABIT_ADVERBS and trigger.tag_ in ("VBZ", "VBP"))):
            return True
        for t in (c, *children_of(c)) if c.dep_ == "dobj" else (c,):
            if t.dep_ == "npadvmod" and t.lemma_.lower() in RECURRING_UNITS:
                dets = [d.lower_ for d in children_of(t) if d.dep_ == "det" or d.lower_ == "per"]  # (not "every morning since 1994")
                if dets in (["every"], ["each"], ["per"]) or (dets in (["a"], ["an"]) and trigger.tag_ in ("VBZ", "VBP")):
                    return True
    return False


ISSUED = frozenset({"publish", "broadcast", "air", "print", "post"})
MADE = frozenset({"record", "film", "shoot", "tape", "write", "produce", "release"})


def _made_with(clause: Token, ancestor: Token) -> bool:
    """"a duet with the singer X, recorded in Dublin in March": the parser hangs a work's making on the
    person it was made with; people are not recorded, the duet is."""
    person = clause.head
    named = person.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in person.children)
    return clause.lemma_.lower() in MADE and named and person.dep_ in ("pobj", "appos") \
        and ancestor in (person.head, person.head.head, person.head.head.head)


def _under(token: Token, ancestor: Token, stop_at_clause: bool = True) -> bool:
    while token.head.i != token.i:
        if token == ancestor:
            return True
        if stop_at_clause and token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS and not (
            token.dep_ == "acl" and token.tag_ == "VBN" and (token.head == ancestor  # "the lawsuit, filed on Tuesday"
                                                           or token.lemma_.lower() in ISSUED  # "an interview with X published on Monday"
                                                           or _made_with(token, ancestor))
        ):
            return False
        token = token.head
    return token == ancestor


# the steps of a criminal case, each told apart: one told in an "after" clause came earlier, on a day of its own
STEPS_OF_A_CASE = frozenset({"arrest", "charge", "indict", "convict", "acquit", "clear", "sentence", "jail"})
# ... and of a romance: "married in 2012 after he proposed in Rome", "got engaged in 2019 after meeting on a film set"
STEPS_OF_A_ROMANCE = frozenset({"meet", "date", "propose", "engage"})
FILING_VERBS = frozenset({"file", "bring", "lodge", "launch", "issue", "pursue"})  # a clause bringing the event noun about
LATER_WORDS = frozenset({"later", "afterwards", "afterward", "subsequently", "eventually"})
AT_ONCE = frozenset({"immediately", "straight", "directly"})  # "immediately afterwards": then and there
# a penalty changed or upheld on appeal: the noun's event is older than the verb that changes it
ALTERING_VERBS = frozenset({"cut", "reduce", "increase", "extend", "lengthen", "double", "halve", "commute", "uphold", "shorten",
                            "toughen", "quash", "overturn"})

# "The appointment follows the sacking of X in May": with an object, the verb's time is that of what it follows (not
# "come": "the deal came in the spring of 2014" dates the deal)
SEQUENCE_VERBS = frozenset({"follow", "precede"})

DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "contest", "dispute"})
REPORT_NOUNS = frozenset({"report", "claim", "suggestion", "rumour", "rumor", "allegation", "speculation", "story", "reports"})


OWN_NEWS_VERBS = frozenset({"say", "announce", "confirm", "disclose", "reveal"})
OWN_NEWS_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})
NEWS_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b", re.I)


def _own_news(head: Token, times: list[TimeAnchor]) -> TimeAnchor | None:
    """"Brightfold said on Tuesday that it had raised $40 million", "X announced on Monday that it had bought Y" (or "that
    its co-founder Y had stepped down"): a
    speaker telling, on a day of the news week, an act of its own in the past perfect tells it as that day's news -- the
    day dates it (not "Y claimed in April that X had been sacked": someone else's act, some time before)."""
    if not _past_perfect(head) or head.dep_ != "ccomp" or head.head.lemma_.lower() not in OWN_NEWS_VERBS:
        return None
    subject = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    report = head.head
    speaker = next((c for c in children_of(report) if c.dep_ == "nsubj"), None)
    if speaker is None and report.dep_ == "conj":  # "X, set up in 2019 by two researchers, said on Tuesday": the subject shared
        speaker = next((c for c in children_of(report.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or speaker is None or speaker.pos_ == "PRON" or not (subject.lower_ in OWN_NEWS_SUBJECTS or any(
            t.dep_ == "poss" and t.lower_ in ("its", "their") for t in subject.subtree if t.i < subject.i)):
        return None  # (its own act, or that of "its co-founder X", "its chief executive, X")
    return next((t for t in times if t.clause == head.head and NEWS_DAY.search(t.timex.text or "")
                 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.timex.value or "")), None)


def _told_before_denial(head: Token) -> bool:
    """A past perfect ("had been forced out", "had agreed to join") in the that-clause of a denial, or of a report or
    claim noun a denial verb takes: the event is older than the denial, so its time does not date it."""
    perfect = head if _past_perfect(head) else head.head if head.dep_ == "xcomp" and _past_perfect(head.head) else None
    if perfect is None or perfect.dep_ not in ("ccomp", "acl") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(perfect)):
        return False
    governor = perfect.head
    lemma = governor.lemma_.lower()
    if governor.pos_ in ("NOUN", "PROPN"):  # "rejected claims that X had been sacked" (not "Reports that they had split
        # were false": the report dates what it told)
        return lemma in REPORT_NOUNS and governor.dep_ == "dobj" and governor.head.lemma_.lower() in DENIAL_VERBS
    if lemma in DENIAL_VERBS:  # "denied that", "dismissed a report last week that" (the parser hangs the clause on the verb)
        return True
    return False


RESTATING = re.compile(r",\s*(?:(?:in|on|by)\s*)?", re.I)


def _restated(anchor: TimeAnchor, times: list[TimeAnchor]) -> bool:
    """"not charged until almost two years later, in January 2023", "a week later, on March 9": a time counted from
    another, set right after by a comma before a calendar date, yields to that date -- the same time, told exactly."""
    if not anchor.timex.anchor or anchor.timex.anchor == "dct":
        return False
    doc = anchor.root.doc
    first = char_span(doc, anchor.timex.start, anchor.timex.end)
    for other in times:
        if other is anchor or other.timex.start < anchor.timex.end or (other.timex.anchor and other.timex.anchor != "dct"):
            continue
        second = char_span(doc, other.timex.start, other.timex.end)
        if first is not None and second is not None and second.start >= first.end \
                and RESTATING.fullmatch(doc[first.end : second.start].text):
            return True
    return False


def _noun_time(token: Token, trigger: Token) -> bool:
    """"has grown through deals, including the purchase of X last year": a time the parser hangs on the event noun
    itself, after its object, dates that noun's event, whatever the tense of the clause around it."""
    head = token.head.head if token.dep_ == "pobj" else token.head
    return trigger.pos_ == "NOUN" and head == trigger and token.dep_ in ("npadvmod", "pobj") and token.i > trigger.i


def _in_phrase(token: Token, noun: Token) -> bool:
    """`token` within the noun phrase of `noun`, not in a clause hung on it ("the 2016 Olympic champion",
    "the winner in 2020"; not "the champion, announced on Tuesday")."""
    steps = 0
    while token != noun and steps < 6:
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return False
        token, steps = token.head, steps + 1
    return token == noun


def dated_phrase(noun: Token, before: bool = False) -> bool:
    """A date within the noun phrase of `noun` ("the 2020 winner"; with `before`, ahead of the noun only: not "the
    champions X in July"); a year naming an edition counts though NER took it into the name ("winner of the 2017
    Brackley Prize")."""
    return any((t.ent_type_ == "DATE" or _edition_year(t)) and _in_phrase(t, noun) and (t.i < noun.i or not before)
               for t in noun.subtree if t != noun)


def _edition_year(token: Token) -> bool:
    """"the 2017 Brackley Prize", "the 1998 World Cup": a year before a name, its edition."""
    return token.dep_ == "nummod" and token.head.pos_ == "PROPN" and bool(EDITION_YEAR.fullmatch(token.text))


EDITION_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _in_apposition(token: Token, head: Token) -> bool:
    """"X, the 2019 champion, retired": a time inside an apposition describes the one named, not the clause."""
    known = memo(token.doc, "in_apposition")  # (the parse alone answers: every trigger of a clause asks of each time)
    key = (token.i, head.i)
    found = known.get(key)
    if found is None:
        found = known[key] = _in_apposition_walk(token, head)
    return found


def _in_apposition_walk(token: Token, head: Token) -> bool:
    root, up, listed = token, heads(token.doc), tokens(token.doc)
    while up[token.i] != token.i and token != head:
        if token.pos_ in ("VERB", "AUX"):
            return False  # a clause of its own inside the phrase ("the companies announced on Wednesday")
        if token.dep_ == "appos" and token.head.dep_ == "appos" and token.head.head.dep_ == "dobj" and token.head.head.head == head:
            return False  # "made her son, X, managing director in 2008": the post the parser set in apposition to the name
        if token.dep_ == "appos":  # (not past the comma that closes it: ", a laboratory block, three weeks ago"; nor a time the
            # parser made the apposition itself: "wed his girlfriend, the singer X, in Dublin last month")
            start = up[token.i] if token is root else token.i
            if token is not root and token.i < root.i and token.i > up[token.i] and not any(
                    t.text == "," for t in token.doc[up[token.i] + 1 : token.i]):
                return False  # nor one after a name its title stands before with no comma: "wed the actor X in Vienna last June"
            return not any(t.text == "," for t in token.doc[start + 1 : root.i])
        token = listed[up[token.i]]
    return False


def _title_before_name(noun: Token) -> bool:
    """A noun standing as a title right before a name, with no comma: "latest recruit Tom Gale" (the parser hangs it on
    the name), "new signing Uzo Okeke says" (two subjects of one verb), "record signing Ivo Brankley was" (the name
    apposed)."""
    if noun.dep_ == "compound":
        return noun.head.pos_ == "PROPN"
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].pos_ != "PROPN":
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.left_edge.i == after
                                                    for c in children_of(noun.head)):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == after for c in children_of(noun))


def _in_other_phrase(token: Token, head: Token) -> bool:
    """A time inside the clause's subject or an apposition, not a modifier of the clause itself."""
    up, listed = heads(token.doc), tokens(token.doc)
    while up[token.i] != token.i and token != head:
        if token.dep_ in ("appos", "nsubj", "nsubjpass"):
            return True
        token = listed[up[token.i]]
    return False


UNTIL_WORDS = frozenset({"until", "till", "til", "untill"})
STATE_WORDS = frozenset({"married", "engaged"})
DURATION_UNITS = frozenset({"year", "month", "decade", "week"})


def _until_apart(token: Token, trigger: Token) -> bool:
    """A time under an "until" the trigger is not under ("was married to X until his death in 2011", "were married for 49
    years, until his death in 2009"):
    when a state ended, not when its event happened."""
    if not (trigger.lower_ in STATE_WORDS and any(c.dep_ == "prep" and (c.lower_ == "to" or (c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in DURATION_UNITS for g in children_of(c)))) for c in children_of(trigger))):
        return False  # (only the state "married to X", "were married for 49 years"; an event's own clause may say until when
        # it lasted)
    above = {trigger.i} | {a.i for a in trigger.ancestors}
    while token.head.i != token.i and token.i not in above:
        if token.dep_ == "prep" and token.lower_ in UNTIL_WORDS:
            return True
        token = token.head
    return False


TENURE_PREPS = frozenset({"until", "till", "from", "since"})


def _subject_tenure(token: Token, head: Token, trigger: Token) -> bool:
    """"X, head of cardiology at Y from 2005 until his retirement in 2020, has published a memoir": a time under an "until"
    ("from", "since") the parser hung on the named subject describes the one named, not the clause's event (but dates an
    event noun of its own: "his retirement in 2020")."""
    doc, i = token.doc, token.i  # (walked on the cached heads and columns: asked for every time of a trigger's sentence)
    up, poses, deps, lowers = heads(doc), strings(doc, "pos"), strings(doc, "dep"), strings(doc, "lower")
    while up[i] != i and poses[i] not in ("VERB", "AUX") and i != trigger.i:
        if deps[i] == "prep" and lowers[i] in TENURE_PREPS:
            h = up[i]
            return poses[h] == "PROPN" and deps[h] in ("nsubj", "nsubjpass") and up[h] == head.i
        i = up[i]
    return False


# "charged / arrested / questioned over the death of X": the case's step, not the death, at the clause's time
CHARGING_VERBS = frozenset({"charge", "arrest", "question", "quiz", "detain", "hold", "prosecute", "convict", "jail", "sue", "investigate"})
SETTING_VERBS = frozenset({"begin", "start", "end", "finish", "continue", "close", "culminate", "be"})  # a stretch set at a time and a place


def _topic_date(token: Token, trigger: Token) -> bool:
    """"sued the paper over a 2019 article", "a row about a 2015 deal": the year of what the event is about (not
    of the event noun itself: "spoke about her 2019 divorce")."""
    return token.dep_ in ("compound", "nummod", "amod", "nmod") and token.head.pos_ == "NOUN" and token.head.dep_ == "pobj" \
        and token.head.head.lower_ in ("over", "about") and token.head.i != trigger.i


def _since(token: Token) -> bool:
    """A time after "since": where a span begins ("for the first time since 2010 on Saturday"), second
    to any other time of the clause."""
    return token.dep_ == "pobj" and token.head.lower_ == "since"


def _since_of_noun(token: Token, trigger: Token) -> bool:
    """"lifted the trophy for the first time since 1998", "X, in charge since 2015, resigned": a "since" on a noun other
    than the event's own tells where a stretch began, never the clause's time."""
    noun = token.head.head
    return _since(token) and noun.pos_ in ("NOUN", "PROPN") and noun != trigger and (
        noun.lemma_.lower() == "time" or noun.dep_ in ("nsubj", "nsubjpass", "appos"))


def _fronted_description(token: Token, head: Token, trigger: Token) -> bool:
    """"Winner of the X Medal in 2016, Y has joined Z": a time inside a fronted noun phrase describing the subject
    dates that description (its own event when the trigger is in it), not the clause after it."""
    up, i = heads(token.doc), token.i  # (walked on the cached heads: `Token.head` makes a new Token at every step)
    for _ in range(8):
        if up[i] == i:
            return False
        if up[i] == head.i:
            phrase = tokens(token.doc)[i]
            fronted = phrase.dep_ in ("advcl", "npadvmod", "dep") or (phrase.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("nsubj", "nsubjpass") and phrase.i < c.i < head.i for c in children_of(head)))  # ("A Grammy
            # winner in 2010, X has signed": the parser made the description a second subject)
            return phrase != token and fronted and phrase.pos_ in ("NOUN", "PROPN") and phrase.i < head.i \
                and not phrase.left_edge.i <= trigger.i <= phrase.right_edge.i
        i = up[i]
    return False


def _since_clause(clause: Token) -> bool:
    """"Since taking over in 2019, X has cut 400 jobs", "since she joined in 2015": the clause where a stretch begins; its
    time is its own event's, never that of the clause the stretch leads up to."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_ == "since"
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in children_of(clause))


def _since_event(token: Token) -> bool:
    """"her fourth medal since her debut in 2015", "since his arrival in 2019", "a year on from his appointment in May
    2023": the time of the event "since" (or "on from") names, where a count began, never the time of the clause's own
    event."""
    prep = token.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "at") else None
    noun = prep.head if prep is not None and prep.dep_ == "prep" else None
    if token.dep_ == "npadvmod" and token.head.pos_ == "NOUN":
        noun = token.head  # "her first victory since a crash last spring"
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    return noun.head.lower_ == "since" or (noun.head.lower_ == "from" and noun.head.head.lower_ == "on")


def _after_since_noun(token: Token) -> Token | None:
    """The same, when the parser hangs the time on the verb right after the noun "since" takes ("took silver, his fifth
    medal since his debut in 2014"), or on the "on" of "two years on from his election in 2019": that noun."""
    prep = token.head if token.dep_ == "pobj" and token.head.lower_ in ("in", "on", "at") else None
    if prep is not None and prep.head.lower_ == "on" and prep.head.pos_ == "ADP":
        noun = next((p for c in children_of(prep.head) if c.dep_ == "prep" and c.lower_ == "from"
                     for p in children_of(c) if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        return noun if noun is not None and noun.right_edge.i == prep.i - 1 else None
    if prep is None or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    before = prep.doc[prep.i - 1]
    for _ in range(3):  # the word before the preposition closes a noun phrase "since" governs
        if before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ == "since" and before.right_edge.i == prep.i - 1:
            return before
        if before.head.i == before.i:
            break
        before = before.head
    return None


def _anchor_since_event(anchor: TimeAnchor) -> bool:
    if anchor.since_event is None:
        anchor.since_event = _since_event(anchor.root)
    return anchor.since_event


def _anchor_since_noun(anchor: TimeAnchor) -> Token | None:
    if anchor.since_noun is None:
        anchor.since_noun = (_after_since_noun(anchor.root),)
    return anchor.since_noun[0]


STRETCH_PREPS = frozenset({"over", "during", "throughout"})
STRETCH_WORDS = frozenset({"past", "next", "last", "coming", "previous", "following"})


def _stretch(anchor: TimeAnchor) -> bool:
    """"has built up a stake over the past year", "would hire 40 people over the next year": a stretch counted back or
    on from a point, over which something grew or will be done -- no date of one event."""
    root = anchor.root
    words = (anchor.timex.text or "").lower().split()
    return root.dep_ == "pobj" and root.head.lower_ in STRETCH_PREPS and len(words) >= 2 and words[0] == "the" \
        and words[1] in STRETCH_WORDS


def _in_description(token: Token, head: Token) -> bool:
    """A time inside a relative clause or an apposition that describes someone ("X, an Italian who
    moved to Spain after leaving Y in 2006, was arrested"): that other event's, never the clause's."""
    while token.head.i != token.i and token != head:
        if token.dep_ in ("relcl", "appos", "acl"):
            return True
        token = token.head
    return False


def _at_an_age(trigger: Token) -> bool:
    """"joined the academy at 15", "married at 19": a bare number after "at" on the verb is an age (so is "at the age of
    12")."""
    return trigger.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and g.ent_type_ in ("CARDINAL", "DATE", "")
                                                       and _years_of_age(g) and not any(g.children)
                                                       for g in children_of(c)) for c in children_of(trigger))


def _years_of_age(number: Token) -> bool:
    """A number of years a person may be: 5 to 99, in digits."""
    return number.like_num and number.text.isdigit() and 5 <= int(number.text) <= 99


def _at_the_age_of(trigger: Token, sentence: int, times: list[TimeAnchor]) -> bool:
    """"joined Brisden's academy at the age of 12 and made his debut in August 2014": dated by the age, not the conjunct's
    month -- when no time of the trigger's own clause says when ("died in 1998 at the age of 83": 1998)."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "at" and any(_age_of(g) for g in children_of(c))
                                          for c in children_of(trigger)) \
        and not any(t.sentence == sentence and t.clause == trigger for t in times)


def _age_of(noun: Token) -> bool:
    """"the age of 12": an age told as a number of years."""
    return noun.dep_ == "pobj" and noun.lower_ == "age" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_years_of_age(g) for g in children_of(c))
        for c in children_of(noun))


def _at_the_time(trigger: Token) -> bool:
    """"at the time" / "at that time" on the trigger's clause."""
    head = clause_head(trigger)
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(
        p.dep_ == "pobj" and p.lower_ == "time" and [d.lower_ for d in children_of(p)] in (["the"], ["that"])
        for p in children_of(c)) for c in children_of(head))  # (not "at the time of the raid")


def _occasion_for(token: Token) -> bool:
    """"put in charge for Saturday's game": the day of the occasion something is done for, not when it is done."""
    noun = token.head
    return token.dep_ == "poss" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "for"


def occasion_after(token: Token) -> bool:
    """"have sacked manager X after Saturday's 3-0 defeat": the day of the occasion the act came after -- the act's own
    day only when no other mention tells it ("was dismissed on Sunday morning")."""
    noun = token.head
    return token.dep_ == "poss" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following") \
        and noun.head.head.pos_ == "VERB"


ARRIVAL_LEMMAS = frozenset({"arrive", "join", "come", "move", "sign"})


def signings_dated_by_arrival(found: list[tuple[Token, Event]], times: list[TimeAnchor]) -> None:
    """"City's previous record signing was the defender X, who arrived from Y in the summer of 2022": a signing noun equated
    with a person, undated, takes the time of the person's arrival told in a relative clause."""
    for trigger, event in found:
        if event.time is not None or event.type != "career.hire" or trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "attr") \
                or trigger.head.lemma_ != "be":
            continue
        other = next((c for c in children_of(trigger.head) if c.dep_ in ("nsubj", "attr") and c != trigger), None)
        person = next((c for c in children_of(other) if c.dep_ == "appos" and c.pos_ == "PROPN"), other) if other is not None else None
        if person is None or person.pos_ != "PROPN":
            continue
        arrivals = [c for c in children_of(person) if c.dep_ == "relcl" and c.lemma_.lower() in ARRIVAL_LEMMAS]
        dated = [t for t in times if arrivals and t.clause == arrivals[0] and t.timex.value and t.timex.value[:4].isdigit()]
        if dated:
            event.time, event.timex, event.time_source = PART_OF_DAY.sub("", dated[0].timex.value), dated[0].timex.tid or None, "clause"


def occasion_after_times(found: list[tuple[Token, Event]], times: list[TimeAnchor]) -> bool:
    """"have sacked manager X less than 24 hours after Sunday's 5-0 home thrashing": an event no mention dated takes the day
    of the occasion its own clause says it came after (`occasion_after`, which `attach_time` leaves aside).  Whether any did."""
    dated = False
    for trigger, event in found:
        if event.time is not None or event.type is None:
            continue
        head = clause_head(trigger)
        after = [t for t in times if t.clause == head and occasion_after(t.root) and t.timex.value and t.timex.value[:4].isdigit()]
        if len(after) == 1:
            event.time, event.timex, event.time_source = PART_OF_DAY.sub("", after[0].timex.value), after[0].timex.tid or None, "sentence"
            dated = True
    return dated


def _describes_doer(token: Token) -> bool:
    """"was handed the award by last year's winner", "was given the prize by the 2019 champion": a time within the
    noun of a passive's "by" phrase describes the one doing it, not when it was done (not "by the end of May")."""
    noun = token.head
    return token.dep_ in ("poss", "compound", "nummod", "amod", "nmod") and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "by" and noun.head.head.tag_ == "VBN" and noun.lemma_.lower() not in TIME_NOUNS \
        and token.i < noun.i


def _dated_work_subject(token: Token, works: list[str]) -> bool:
    """"The 2019 film, which she made after meeting him, won the award", "X, whose 2018 novel won the prize": a year
    before a work noun that is a clause's doer dates the work (its release), not what the work does later (so too a
    union's noun: "X's 2016 marriage to Y ended in divorce", the marriage of 2016, not the divorce)."""
    noun = token.head
    return token.dep_ in ("compound", "nummod", "amod", "nmod") and token.i < noun.i and noun.dep_ == "nsubj" \
        and noun.pos_ == "NOUN" and noun.lemma_.lower() in works


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
RANKING_WORDS = frozenset({"first", "youngest", "oldest", "only", "last", "second", "third"})


def _first_to_become(clause: Token) -> Token | None:
    """"X became the first woman to be elected mayor", "was the youngest player ever signed by Y": the verb that makes X the
    one the clause describes (its time is the clause's: X became so by that act)."""
    noun = clause.head
    if clause.dep_ not in ("relcl", "acl") or noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("become", "be"):
        return None
    ranked = any(c.dep_ == "amod" and (c.lower_ in RANKING_WORDS or c.tag_ == "JJS") for c in children_of(noun))
    return noun.head if ranked else None


def _dates_nothing(anchor: TimeAnchor, works: list[str]) -> bool:
    """The tests of `attach_time` that read the time alone, not the trigger: the day of an occasion, a time describing a
    doer, a work's year, a stretch.  Found once per anchor (every trigger of its sentence asks)."""
    if anchor.dates_nothing is None:
        root = anchor.root
        anchor.dates_nothing = _occasion_for(root) or occasion_after(root) or _describes_doer(root) \
            or _dated_work_subject(root, works) or _stretch(anchor) \
            or _seasonal_goods(anchor) or _edition(anchor)
    return anchor.dates_nothing


def _edition(anchor: TimeAnchor) -> bool:
    """"has won this year's X Prize, the foundation announced on Wednesday": a year owning what a verb takes names that
    thing's edition, not the day it was won (the day the sentence tells, when it tells one)."""
    root = anchor.root
    value = anchor.timex.value or ""
    return root.dep_ == "poss" and len(value) == 4 and value.isdigit() and root.head.dep_ in ("dobj", "attr") \
        and root.head.head.pos_ in ("VERB", "AUX") and any(
            t.ent_type_ == "DATE" and t.tag_ != "POS" and not anchor.timex.start <= t.idx < anchor.timex.end
            for t in root.head.head.sent)  # (a date other than the year's own words)


SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
SEASONAL_GOODS = frozenset({"collection", "range", "line", "menu", "catalogue", "catalog", "wardrobe", "look", "lookbook",
                            "clothing", "fashion", "wear", "edition"})


def _seasonal_goods(anchor: TimeAnchor) -> bool:
    """"launched its summer collection in London last month": a bare season naming a kind of goods ("the spring menu", "its
    winter range") says what was launched, not when."""
    root = anchor.root
    return root.lower_ in SEASON_WORDS and root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in SEASONAL_GOODS \
        and (anchor.timex.text or "").lower() == root.lower_


def attach_time(trigger: Token, sentence: int, times: list[TimeAnchor], cues: dict[str, Any]) -> tuple[TimeAnchor | None, str | None]:
    """The timex of `trigger`'s clause, else one of its sentence; with where it came from."""
    if _at_an_age(trigger) or _at_the_age_of(trigger, sentence, times):
        return None, None  # "joined the academy at 15 and made his debut in 2017": dated by the age (`age_times`), not the
        # conjunct's year
    if _at_the_time(trigger):  # "she told the paper at the time": then, the time the story last gave
        before = [t for t in times if t.root.i < trigger.i and t.sentence >= sentence - 2]
        if before:
            return max(before, key=lambda t: t.root.i), "clause"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "appos":
        inside = [t for t in times if t.sentence == sentence and _in_phrase(t.root, trigger)]
        if inside:  # "X, the 2016 Olympic champion,", "X, the winner in 2020,": the apposition's own time
            return min(inside, key=lambda t: abs(t.root.i - trigger.i)), "clause"
    described = trigger.tag_ == "VBN" and trigger.dep_ == "amod" and trigger.head.pos_ == "NOUN"
    if described:  # "X, the newly appointed head of Y": a participle describing a noun, dated in that noun's phrase ...
        inside = [t for t in times if t.sentence == sentence and _in_phrase(t.root, trigger.head)]
        if inside:
            return min(inside, key=lambda t: abs(t.root.i - trigger.i)), "clause"
    own_head = clause_head(trigger)
    works = cues["time"]["dated_works"]
    dating = [t for t in times if t.sentence == sentence and not _dates_nothing(t, works)]  # (read twice below)
    dated_owner = _owner_dated(own_head, dating)
    if dated_owner is not None:  # "Last June's round, led by X, valued Y at ...": X led it last June
        return dated_owner, "clause"
    after_time = _when_after_time(own_head, dating)
    if after_time is not None:  # "served as its president until last year, when she stepped down": last year (the "until"
        return after_time, "clause"  # that bounds the serving dates the clause after it)
    sent = [t for t in dating if not _semicolon_between(t.root, trigger) and not _end_bound(t, trigger)
            and not _in_apposition(t.root, own_head) and not (t.clause == own_head and _perfect_against_past(own_head, t)
                                                               and not _noun_time(t.root, trigger))
            and not _until_apart(t.root, trigger) and not _topic_date(t.root, trigger)
            and not (t.root.head != trigger and _dated_work_subject(t.root, cues["time"]["dated_unions"])) and not (t.clause != own_head and _since_clause(t.clause) and not _under(own_head, t.clause, stop_at_clause=False))
            and not (_anchor_since_event(t) and t.root.head.head != trigger) and _anchor_since_noun(t) in (None, trigger)
            and not _since_of_noun(t.root, trigger) and not _fronted_description(t.root, own_head, trigger)
            and not _sequenced_gerund(t, own_head) and not _subject_tenure(t.root, own_head, trigger)]
    sent = [t for t in sent if not _restated(t, sent)]
    if described:  # ... or by its own clause ("took office on Monday"), never a clause under it ("said the port would reopen on Friday")
        sent = [t for t in sent if t.clause == own_head]
    if not sent:
        return None, None
    by_distance = sorted(sent, key=lambda t: abs(t.root.i - trigger.i))
    if trigger.pos_ in ("NOUN", "PROPN"):
        own = [t for t in by_distance if _under(t.root, trigger) or _anchor_since_noun(t) == trigger]
        if own:
            return own[0], "clause"
        if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.lemma_.lower() in cues["time"]["dated_unions"] \
                and trigger.head.lemma_.lower() in cues["time"]["union_end_verbs"]:
            before_end = [t for t in by_distance if trigger.i < t.root.i < trigger.head.i]  # "X's marriage to Y in 2006 ended":
            return (before_end[0], "clause") if before_end else (None, None)  # its own (the parser hangs it on the verb);
            # "His six-year marriage to Y ended in divorce in 2019": the end's time, not the marriage's
        if _title_before_name(trigger):
            return None, None  # "Rovers' new signing Uzo Okeke scored on Saturday": a title the name carries, not the
            # clause's event ("the club's summer signing X": its own time, above)
        filing = next((c for c in children_of(trigger) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in FILING_VERBS), None)
        if filing is not None:  # "the lawsuit (that) X filed against Y in 2020 was dismissed in May": filed in 2020, and
            inside = [t for t in by_distance if _under(t.root, filing, stop_at_clause=False)]  # with no time of its own, not in May
            return (inside[0], "clause") if inside else (None, None)
        if _under_temporal_prep(trigger, set(cues["time"]["temporal_preps"])):
            right = [t for t in by_distance if t.root.dep_ == "pobj" and t.root.head.i == trigger.right_edge.i + 1]
            if right:  # "remained there until her retirement in 1994": the parser hung the year on the verb
                return right[0], "clause"
            return None, None
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in cues["time"]["acknowledging_verbs"]:
            return None, None
        if trigger.dep_ == "pobj" and (trigger.head.lower_ == "about" or (
                trigger.head.lower_ == "with" and trigger.head.head.lower_ == "connection")
                or (trigger.head.lower_ == "into" and trigger.head.head.pos_ == "NOUN")  # (not "pushed them into a sale")
                or (trigger.head.lower_ == "over" and trigger.head.head.lemma_.lower() in CHARGING_VERBS)):
            return None, None  # "opened up about her divorce on a podcast last week": the talk's time, not the divorce's; "was
            # charged on Thursday over / in connection with the death of X", "the inquiry into his death opened on Monday"
        if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in SEQUENCE_VERBS \
                and any(c.dep_ == "dobj" for c in children_of(trigger.head)):
            return None, None  # "Her hiring follows the departure of X in January": the time of what it follows (not "A seed
            # round followed in 2019": then)
        if trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in ALTERING_VERBS:
            return None, None  # "her sentence was cut on appeal in May", "judges upheld his conviction last week": passed before
        served = trigger.head.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else trigger.head
        if served.lemma_.lower() == "serve" and served.dep_ == "pcomp":
            return None, None  # "was freed in 2019 after serving (half of) a four-year sentence": passed long before the release
    head = clause_head(trigger)
    described = [t for t in by_distance if _subject_dated(t, head) or _occasion_dated(t, head) or _speaker_dated(t, head)]
    if described:  # "The round, which closed last Friday, was led by X": the round's own time
        return described[0], "clause"
    between = [t for t in by_distance if _before_conjunct(t, head)]
    if between:  # "won the title in 2016 and, three years later, became world champion": the parser hung it on "won"
        return between[0], "clause"
    conjuncts = [c for c in children_of(head) if c.dep_ == "conj"]
    clause = sorted((t for t in by_distance if (t.clause == head or _from_activity(t.clause, head) or _later_on_gerund(t, head))
                     and not any(_before_conjunct(t, c) for c in conjuncts)),
                    key=lambda t: (_in_other_phrase(t.root, head), _since(t.root)))
    if clause:  # "X, a co-operative set up in January, completed the purchase on Tuesday": Tuesday
        return clause[0], "clause"
    if _since_clause(head):
        return None, None  # "X, chief executive since the company was founded, stepped down in August": not founded in August
    if _perfect_participle(head):
        return None, None  # "will retire in June, having joined straight from college": joined before then, when not said here
    predicate = [t for t in by_distance if _deal_predicate_dated(t, head)]
    if predicate:  # "A funding round led by X valued the company at $400m in 2017": the round's own time
        return predicate[0], "clause"
    trailing = [t for t in by_distance if _trailing(t, head) or _after_name_participle(t, head)]
    if trailing:  # "will release a fourth album, recorded with a quartet, next spring": the parser hung it on "recorded"
        return trailing[0], "clause"
    if _past_perfect(head) and any(c.dep_ == "advmod" and c.lower_ == "already" for c in children_of(head)):
        return None, None  # "By the time she married X in 2010, Y had already founded two companies": before then, when not said (nor
        # "when X was arrested in March, he had already resigned")
    during = [t for t in by_distance if _when(t.clause) and clause_head(t.clause.head) == head]
    if during and _past_perfect(head) and any(c.dep_ == "advmod" and c.lower_ == "just" for c in children_of(head)):
        return None, None  # "When her son was born on March 3, 1996, she had just released her third album": shortly before
        # that day, when not said
    if during:  # "was nominated when the shortlists were announced in January": at that time
        return during[0], "clause"
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in cues["time"]["wish_verbs"]:
        return None, None  # "said last summer they wanted to retire": wished then, retiring when is not said
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "advmod" and c.lower_ in LATER_WORDS and any(g.lower_ in AT_ONCE for g in children_of(c)) for c in children_of(head)):
        return attach_time(head.head, sentence, times, cues)  # "won the title on Sunday ..., and X announced immediately
        # afterwards": the time of the clause it follows
    if any(c.dep_ == "advmod" and c.lower_ in LATER_WORDS and not any(g.lower_ in AT_ONCE for g in children_of(c))
           for c in children_of(head)):
        return None, None  # "was extradited in 2018 and later convicted": after that time, when not said (but "won the
        # title on Sunday and announced immediately afterwards": the same day)
    if head.dep_ == "advcl" and head.tag_ == "VBN" and head.i < head.head.i and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(head)):
        return None, None  # "Born in Bilbao, X signed for Y in 1993": the fronted participle is an event of its own
    if _counted_off(head):
        return None, None  # "moved to Leicester at nine, a year after his father drowned": a year before the clause it
        # hangs on, whose own time is not its time (`unit_before_after` shifts a time the clause does give)
    ancestors = _governors(head)
    own_news = _own_news(head, sent)
    if own_news is not None:  # "X said on Tuesday that it had raised $40 million": its news of that day
        return own_news, "sentence"
    if _past_perfect(head) and any(a.lemma_.lower() in cues["time"]["report_verbs"] or a.lemma_.lower() in CLAIM_VERBS
                                   for a in ancestors[:2]):
        return None, None  # "claimed in April that X had been seen": seen before the claim, when unknown
    if _told_before_denial(head):
        return None, None  # "denied on Tuesday that he had been forced out", "dismissed a report last week that he had agreed
        # to join X": what is denied or reported came before the denial or the report, when is not said
    governing = sorted((t for t in sent if t.clause in ancestors and not ((_past(trigger) or _case_step_done(trigger, head)) and _future(t.clause))
                        and not (_future_content(head) and not _future(t.clause))),
                       key=lambda t: (ancestors.index(t.clause), _in_other_phrase(t.root, t.clause)))  # (not a time in that clause's
    # subject: "X, leader since 2021, became prime minister in 2022 after Y resigned"); "would retire in August, two days after
    # she won": not won in August;
    # "announced on Tuesday that he will retire": not retiring on Tuesday
    if governing and _present_perfect(head) and trigger.lemma_.lower() in STEPS_OF_A_CASE \
            and governing[0].clause.lemma_.lower() in cues["time"]["report_verbs"]:
        return None, None  # "Two men have been charged with robbery, police said on Friday": charged by then, when not said
    if governing and head.dep_ == "advcl" and trigger.lemma_.lower() in STEPS_OF_A_CASE | STEPS_OF_A_ROMANCE \
            and any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in children_of(head)) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head)):
        return None, None  # "was sentenced on Wednesday after a jury convicted him": convicted before, when not said here
    if governing and head.dep_ == "advcl" and _past_perfect(head) and any(c.dep_ == "mark" and c.lower_ == "after" for c in children_of(head)):
        return None, None  # "was elected mayor in 2018, after she had resigned from X": resigned before then, when not said
    if governing and head.dep_ == "pcomp" and head.head.lower_ == "after" and trigger.lemma_.lower() in STEPS_OF_A_ROMANCE:
        return None, None  # "got engaged in 2019 after meeting on set": met before, when not said
    if governing and head.dep_ == "pcomp" and head.head.lower_ == "before" and head.tag_ == "VBG":
        return None, None  # "spent five years at X, leaving in 2014, before starting Y": started after then, when not said
    if governing and (later := _later_after(trigger, head, governing[0], sent)) is not None:
        return later, "clause"  # "signed to X in 2000, which released their debut a year later": 2001, not 2000
    if governing and _born_before_news(trigger, head, governing[0]) and governing[0].clause.lemma_.lower() in cues["time"]["report_verbs"]:
        return None, None  # ("The baby was born in Clifton, his parents announced on Monday")
    if governing:
        return governing[0], "sentence"
    became = _first_to_become(head)
    if became is not None:  # "In 2017 X became the first woman to be elected mayor": then
        dated = [t for t in by_distance if t.clause == became]
        if dated:
            return dated[0], "clause"
    if head.dep_ == "relcl":  # "the city where X was born": a description, not dated by its sentence
        relative = _relative_clause_time(head, sent, by_distance)
        return (relative, "clause") if relative is not None else (None, None)
    if head.dep_ == "conj" and head.head.dep_ == "relcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(head)) \
            and any(c.lower_ in ("when", "where") for c in children_of(head.head)):
        relative = _relative_clause_time(head.head, sent, by_distance)
        if relative is not None:  # "last September, where it was greeted with an ovation and picked up the jury prize": the
            return relative, "clause"  # time a "when"/"where" clause describes dates its conjuncts too
    telling = trigger.lemma_.lower() in cues["time"]["report_verbs"] or trigger.lemma_.lower() in ("speak", "interview")
    dependent = [t for t in by_distance if _object_from_gerund(t.clause, head)] if telling else [  # "X told Y that the launch
        # was planned for October": not told in October (but "announced his retirement from touring in 2016": then)
        t for t in by_distance if head in t.clause.ancestors and t.clause.dep_ not in ("relcl", "acl")
        and not _subject_between(t.clause, head)  # "..., making her the first since it opened in 1886": its own event
        and not _fronted_participle(t.clause, head)
        and not _other_conjunct_event(t, head) and not _conjunct_report(t, head, cues["time"]["report_verbs"])
        and not _in_conjuncts_own_clause(t, head) and not _before_clause(t, head) and not _future_conjunct(t, head)
        and not _offset(t)]
    if dependent:
        return dependent[0], "sentence"
    chain = [head, *ancestors]
    reports = [t for t in by_distance if t.clause.lemma_.lower() in cues["time"]["report_verbs"] and t.clause.dep_ != "relcl"
               and any(a in chain for a in list(t.clause.ancestors)[:3]) and not _says_other(t.clause, head)
               and not (t.clause.dep_ == "conj" and t.clause.head in chain and t.clause.head.i < t.clause.i)
               and not (_future_content(head) and _of_telling(t, head) and not _future(t.clause))]  # ("fired X after he
    # was charged and said on Tuesday": a saying coordinated with the event's clause, not one reporting it)
    if reports and _born_before_news(trigger, head, reports[0]):
        return None, None  # "The baby was born at a hospital in Clifton, the couple announced on Monday": born before the news
    if reports:
        return reports[0], "sentence"
    contest = cues["time"]["contests"].get(head.lemma_.lower(), [])
    if head.dep_ == "conj" and head.head.lemma_.lower() in contest:
        entered = [t for t in by_distance if t.clause == head.head]
        if entered:  # "was shortlisted for the X Award in 2008 but did not win": that year's award
            return entered[0], "sentence"
    if head.dep_ == "conj" and (_verdict_then_penalty(head) or _at_the_scene(head)):
        verdict = [t for t in by_distance if t.clause == head.head and t.root.i < head.i]
        if verdict:  # "was convicted of fraud last year and jailed for nine years": then
            return verdict[0], "sentence"
    if head.dep_ == "conj" and (any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(head)) or head.tag_ != head.head.tag_):
        return None, None  # "was arrested in 2021 but was not charged", "was born in 1998 and joined": clauses of their own
    if telling and head.dep_ == "conj" and not any(c.dep_ == "cc" for c in children_of(head.head)):
        return None, None  # "Reports last month that ... were false, his publicist, X, told Y": the told clause's time is not the telling's
    fronted = [t for t in by_distance if head.dep_ == "conj" and t.clause == head.head and (t.root.i < head.head.i or (
        t.root.dep_ == "pobj" and t.root.head.head == head.head and t.root.i < head.i and head.head.tag_ in FINITE_TAGS))]
    if fronted:  # "on Monday acquitted X but convicted Y": a time before the first verb dates both (and one on the first
        # finite verb itself: "went one better in 2022 and won the title"; not a participle's: "filed on Friday and first
        # reported by X")
        return fronted[0], "sentence"
    joined = head.head if head.dep_ == "xcomp" else head  # "but continued to publish"
    if joined.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children_of(joined.head)):
        return None, None  # "retired in 2012 but continued to publish": the contrast is not dated by the first clause
    values = {t.timex.value for t in sent}
    told = telling and any(a.lemma_.lower() in cues["time"]["report_verbs"] for a in sent[0].clause.ancestors)
    if len(values) == 1 and sent[0].clause.dep_ not in ("relcl", "acl") and not (telling and head in sent[0].clause.ancestors) \
            and not told and not _other_event(sent[0].clause) and not _own_conjunct(sent[0], head) \
            and not _other_conjunct_event(sent[0], head) and not _in_description(sent[0].root, head) \
            and not _conjunct_report(sent[0], head, cues["time"]["report_verbs"]) and not _apart_conjunct(sent[0], head) \
            and not _later_conjunct(sent[0], head) and not _in_conjuncts_own_clause(sent[0], head) and not _before_clause(sent[0], head) \
            and not (_case_step_done(trigger, head) and _future(sent[0].clause)) \
            and not _future_conjunct(sent[0], head) and not _in_noun_clause(head, sent[0].clause) \
            and not _participle(head) and not _unrealised(trigger, cues["modality"]["control_words"]) and not _fronted_participle(sent[0].clause, head) \
            and not _offset(sent[0]) \
            and not (_future_content(head) and _of_telling(sent[0], head) and not _future(sent[0].clause)):
        # ("Speaking to X, she said the wing closed in 2017": not then; "said on Tuesday that he would retire": not Tuesday)
        return sent[0], "sentence"
    return None, None


OFFSET_UNITS = frozenset({"day", "week", "month", "year", "hour", "decade"})


def _offset(anchor: TimeAnchor) -> bool:
    """"..., dealing a blow to her leadership weeks before the spring conference": a time some span of time before (or
    after) which the clause happened, which dates no other event of the sentence."""
    noun = anchor.root
    while noun.dep_ in ("det", "compound", "amod", "nmod", "nummod") and noun.head.i != noun.i:
        noun = noun.head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("before", "after") and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS and c.i < prep.i for c in (*children_of(prep), *children_of(prep.head)))


def _perfect_participle(head: Token) -> bool:
    """"having joined ...", "having sold it": a perfect participle hung on a clause tells what came before that clause."""
    return head.dep_ == "advcl" and head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children_of(head))


JOINING_LEMMAS = frozenset({"join", "arrive", "start", "begin"})


def years_served(head: Token, sentence: int, durations: list[TimeAnchor], times: list[TimeAnchor]) -> str | None:
    """"will retire in June after 38 years in the orchestra, having joined from college": the joining is the count of years
    before the time of the clause it hangs on (to the year: a count of years)."""
    if not _perfect_participle(head) or head.lemma_.lower() not in JOINING_LEMMAS:
        return None
    governor = head.head
    after = next((c for c in children_of(governor) if c.dep_ == "prep" and c.lower_ == "after"), None)
    duration = next((d for d in durations if after is not None and d.sentence == sentence and d.root.head.i == after.i), None)
    found = re.fullmatch(r"P(\d+)Y", duration.timex.value or "") if duration is not None else None
    dated = next((t for t in times if t.sentence == sentence and t.clause == governor and t.timex.value
                  and t.timex.value[:4].isdigit()), None)
    if found is None or dated is None:
        return None
    return f"{int(dated.timex.value[:4]) - int(found.group(1)):04d}"


def _owner_dated(head: Token, times: list[TimeAnchor]) -> TimeAnchor | None:
    """"Last June's Series B, led by X, valued Y at ...", "Tuesday's deal, backed by Z": a participle set off after a deal
    or an occasion noun whose possessor is a time tells that noun's own event, at that time."""
    if head.dep_ != "acl" or head.tag_ != "VBN" or head.i == 0 or head.doc[head.i - 1].text != ",":
        return None
    noun = head.head
    if noun.i > head.i or not (noun.lemma_.lower() in OCCASION_NOUNS or any(
            c.dep_ == "compound" and c.lower_ == "series" for c in children_of(noun))) or any(t.clause == head for t in times):
        return None  # (a deal, a round, a ceremony, not someone: "last year's champion, beaten by X"; nor a participle with a time
        # of its own)
    return next((t for t in times if t.root.dep_ == "poss" and t.root.head == noun), None)


def _relative_clause_time(head: Token, sent: list[TimeAnchor], by_distance: list[TimeAnchor]) -> TimeAnchor | None:
    """The time of a relative clause `head`: one it describes ("the 1990s, when ..."), the time its place is set at, or
    one the parser hung elsewhere (`attach_time`); None when it has none of its own."""
    own_time = [t for t in sent if (t.root == head.head or t.timex.start <= head.head.idx < t.timex.end)
                and (any(c.lower_ in ("when", "where") for c in children_of(head)) or (head.head.lemma_.lower() in TIME_NOUNS and t.timex.rule != "relative:the-unit"))]
    if own_time:  # "the 1990s, when she met X", "the spring of 2014, when it acquired X", "in 2011, the same year she
        # married X", "on Monday, the day (that) he was sacked": then (not a bare "the year", this one: "that was the year I was born")
        return own_time[0]
    if (dated := _dated_occasion(head, sent)) is not None:
        return dated
    place = head.head
    if any(c.lower_ == "where" for c in children_of(head)) and place.dep_ == "pobj" and place.head.dep_ == "prep" \
            and place.head.head.lemma_.lower() in SETTING_VERBS:
        setting = [t for t in sent if t.root.dep_ == "pobj" and t.root.head.dep_ == "prep" and t.root.head.head == place.head.head]
        if setting:  # "it began in February in Tollmere, where she beat X": the time the place is set at
            return setting[0]
    hosts = (head.head, head.head.head) if head.head.dep_ == "appos" else (head.head,)
    after = [t for t in by_distance if t.root.dep_ == "pobj" and t.root.head.head in hosts and t.root.i > head.i
             and t.root.head.dep_ == "prep"]
    if after:  # "X, who married a local girl, Y, in 2004": the parser hung the clause's time on X (or on the X an
        # apposition describes: "X, a father of four who married his sweetheart, Y, in 1990, died")
        return after[0]
    within = [t for t in by_distance if head in t.clause.ancestors and t.clause.dep_ == "pcomp" and not _subject_between(t.clause, head)]
    return within[0] if within else None  # "who was convicted of taking bribes in 2013"


def _dated_occasion(head: Token, sent: list[TimeAnchor]) -> TimeAnchor | None:
    """"at the 2014 Commonwealth Games in Glasgow, where she took silver", "the 2019 final, where he scored twice": a "where"
    clause on an occasion whose name carries its year (or on the place the occasion was held in) is then."""
    if not any(c.lower_ == "where" for c in children_of(head)):
        return None
    noun = head.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("in", "at") and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # (the place of the occasion: "the 2014 Games in Glasgow, where")
    return next((t for t in sent if t.root.head == noun and t.root.dep_ in ("nummod", "compound", "amod")
                 and t.timex.end <= noun.idx), None)


# nouns of a deal whose predicate tells more of the same deal ("The round ... was led by X")
DEAL_NOUNS = frozenset({"round", "deal", "financing", "funding", "takeover", "acquisition", "purchase", "investment", "sale", "merger", "raise"})


def _subject_dated(anchor: TimeAnchor, head: Token) -> bool:
    """The time is in the relative clause or participle of the clause's subject, a deal noun ("The
    round, which closed last Friday, was led by X", "The deal, completed on Monday, was backed by Y")."""
    subject = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in DEAL_NOUNS:
        return False
    return any(anchor.clause == c or c in anchor.clause.ancestors for c in children_of(subject) if c.dep_ in ("relcl", "acl"))


# the occasion an event takes place in, whose own clause tells when ("bought Y in a deal completed last week", "were
# married in a ceremony held on Saturday")
OCCASION_NOUNS = DEAL_NOUNS | frozenset({"transaction", "agreement", "transfer", "ceremony", "service", "reshuffle", "shake-up",
                                         "shakeup", "vote", "ballot"})
OCCASION_PREPS = frozenset({"in", "under", "through", "at"})


SPEAKING_LEMMAS = frozenset({"speak", "talk", "tell", "say"})  # a relative clause on the subject telling when it spoke
SPOKEN_LEMMAS = frozenset({"say", "announce", "describe", "call", "reveal", "confirm", "add", "insist", "admit", "pledge", "promise"})


def _speaker_dated(anchor: TimeAnchor, head: Token) -> bool:
    """"X, who spoke to the broadcaster Y on Wednesday, described the king as ... and announced that flags would fly":
    what the subject says in the clause is said on the occasion its relative clause dates."""
    verb = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else head
    if head.lemma_.lower() not in SPOKEN_LEMMAS:
        return False
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "relcl" and c.lemma_.lower() in SPEAKING_LEMMAS and anchor.clause == c
                                       for c in children_of(subject))


def _deal_predicate_dated(anchor: TimeAnchor, head: Token) -> bool:
    """The event is a participle or relative clause on a deal noun that is its clause's subject, and the time is that
    clause's own ("A funding round led by X valued the company at $400m in 2017", "A $40m round backed by Y closed on
    Friday"): what the round did then tells when it took place (the converse of `_subject_dated`)."""
    deal = head.head
    return head.dep_ in ("acl", "relcl") and deal.lemma_.lower() in DEAL_NOUNS and deal.dep_ in ("nsubj", "nsubjpass") \
        and anchor.clause == deal.head and anchor.root.i > deal.i


def _occasion_dated(anchor: TimeAnchor, head: Token) -> bool:
    """The time is in the relative clause or participle of the occasion noun `head`'s "in" phrase takes ("bought Y in a
    deal completed last week", "were married in a ceremony held in Bath on Saturday")."""
    nouns = [p for c in children_of(head) if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS for p in children_of(c)
             if p.dep_ == "pobj" and p.lemma_.lower() in OCCASION_NOUNS]
    clause = anchor.clause
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:  # "in a deal expected to close in June"
        clause = clause.head
    return any(clause == c for n in nouns for c in children_of(n) if c.dep_ in ("relcl", "acl"))  # (not "in a round led by X,
    # the firm that first backed it in 2019": a clause describing someone in it)


def _end_bound(anchor: TimeAnchor, trigger: Token) -> bool:
    """"loaned X to Y until January", "appointed interim chair until March": when a state ends, not when
    the event happened (but "a post he held until 1973, when he was dismissed": the clause on the time is then)."""
    root = anchor.root
    return root.dep_ == "pobj" and root.head.lower_ in UNTIL_WORDS and not (root.left_edge.i <= trigger.i <= root.right_edge.i)


ANAPHORIC_LATER = LATER_WORDS - {"subsequently", "eventually"}  # counted on from a time told: "a year later"


def _later_after(trigger: Token, head: Token, taken: TimeAnchor, sent: list[TimeAnchor]) -> TimeAnchor | None:
    """A time counted on from the governing clause's own ("a year later"), closing `trigger`'s clause
    after it while that clause's time stands before it: the parser hung both on the governing verb,
    but the later one dates the clause that comes after the first ("X in 2000, which ... a year later")."""
    if taken.root.i > trigger.i or head.dep_ not in ("advcl", "relcl", "conj") or head.i <= taken.root.i:
        return None
    for t in sent:
        words = t.root.doc[t.root.left_edge.i:t.root.right_edge.i + 1]
        if t.root.i <= trigger.i or t.clause != taken.clause or words[-1].lower_ not in ANAPHORIC_LATER:
            continue
        if any(w.pos_ in ("VERB", "AUX") for w in t.root.doc[trigger.i + 1:words[0].i]):
            return None  # another verb between: the time may be its
        return t
    return None


def _later_conjunct(anchor: TimeAnchor, head: Token) -> bool:
    """"X was arrested the day she arrived, and she was charged two days later": a time counted on from
    another ("two days later", "a year afterwards") in a clause coordinated after `head` is later than
    `head`'s own time, so never `head`'s time."""
    words = anchor.root.doc[anchor.root.left_edge.i:anchor.root.right_edge.i + 1]
    if anchor.root.i < head.i or words[-1].lower_ not in ANAPHORIC_LATER:
        return False
    token = anchor.clause
    while token.head.i != head.i and token.head.i != token.i:
        token = token.head
    return token.head.i == head.i and token.dep_ == "conj" and token.i > head.i


def _before_conjunct(anchor: TimeAnchor, verb: Token) -> bool:
    """A time set off between "and" and the coordinated `verb` (", and, three years later, became"):
    it belongs to that verb, whichever the parser hung it on."""
    if verb.dep_ != "conj" or anchor.clause != verb.head:
        return False
    cc = next((c for c in children_of(verb.head) if c.dep_ == "cc" and c.i < verb.i), None)
    return cc is not None and cc.i < anchor.root.left_edge.i and anchor.root.i < verb.i


def _trailing(anchor: TimeAnchor, head: Token) -> bool:
    """A time set off by a comma at the very end of the sentence, hung on a participle describing
    the object of `head`: it dates `head`."""
    root, clause = anchor.root, anchor.clause
    if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBD") or clause.head.head != head or clause.head.dep_ != "dobj":
        return False
    start = min(t.i for t in root.subtree)
    after = root.doc[root.right_edge.i + 1] if root.right_edge.i + 1 < len(root.doc) else None
    return start > 0 and root.doc[start - 1].text == "," and (after is None or after.is_sent_end or after.text in (".", ";"))


NAMING_PARTICIPLES = frozenset({"call", "name", "dub", "title", "entitle", "know", "lead", "base", "headquarter"})


def _after_name_participle(anchor: TimeAnchor, head: Token) -> bool:
    """A time closing the sentence, hung on a participle that only names or places a noun of `head`'s ("launched a
    service called X in 2019", "raised $20 million from investors led by Y in 2019"): it dates `head`, as a
    participle telling an event of its own would not ("bought a house built in 1920")."""
    clause, root = anchor.clause, anchor.root
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in NAMING_PARTICIPLES or root.i < clause.i:
        return False
    noun = clause.head
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor != head or noun.dep_ not in ("dobj", "pobj"):
        return False
    after = root.doc[root.right_edge.i + 1] if root.right_edge.i + 1 < len(root.doc) else None
    return after is None or after.is_sent_end or after.text in (".", ";")


def _semicolon_between(a: Token, b: Token) -> bool:
    """"X was named producer of the year; he first won the award in 1999": a semicolon ends a
    clause as a full stop would, whatever the parser made of it, so a time beyond it is not lent.
    So does a colon followed by a clause with a subject of its own ("His successor in the 1980s will
    not return: he has joined a band in Ohio"), not one that lists what the clause before it counts
    ("was nominated three times: in 2020, in 2022 and in 2024")."""
    lo, hi = sorted((a.i, b.i))
    if hi - lo < 2:
        return False
    texts = strings(a.doc, "text")[lo + 1 : hi]
    if ";" in texts:
        return True
    first = a if a.i < b.i else b
    if _verb_adverbial(first):
        return False  # "In 2015 the band had a new singer: X joined from Y": a time fronted on the verb before the colon
    deps = strings(a.doc, "dep")
    return any(t == ":" and any(d in SUBJECT_DEPS for d in deps[lo + 2 + k : hi]) for k, t in enumerate(texts))


def _verb_adverbial(token: Token) -> bool:
    """A time hung on a verb ("in 2015", "last May"), not on a noun ("his replacement in the 1980s")."""
    governor = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return governor.pos_ in ("VERB", "AUX")


def _says_other(report: Token, head: Token) -> bool:
    """"X did not resign, and he said on Sunday that he was disappointed": a report with a content of
    its own that is not the event does not date it."""
    return any(c.dep_ == "ccomp" and c != head and not c.is_ancestor(head) for c in children_of(report))


def _participle(head: Token) -> bool:
    """"pictured on Saturday, according to photographs published by X": a participle on a noun, with
    no subject of its own, is not dated by the clause it hangs in ("reports that the pair had split" is)."""
    return head.dep_ == "acl" and head.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(head))


ASKING_PARTICIPLES = frozenset({"ask", "question", "press", "interview", "quiz", "approach", "contact"})


def _fronted_participle(clause: Token, head: Token) -> bool:
    """"Born in 1985, X founded Y at 25", "Elected in 2015, X resigned in disgrace": a participle clause set before `head`'s
    subject tells an earlier event of its own, whose time does not date `head` (not "Asked on Tuesday about it, X
    announced ...": the asking is the occasion of what follows)."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i < head.i and head in clause.ancestors \
        and clause.lemma_.lower() not in ASKING_PARTICIPLES \
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in children_of(clause))


def _own_conjunct(anchor: TimeAnchor, head: Token) -> bool:
    """"X did not resign, and he said on Sunday ...": a coordinated clause with a subject of its own
    tells another event, dated for itself -- when the time comes after that subject (not "married Y
    in 1996; the couple have two sons", the time parsed into the second clause)."""
    clause = anchor.clause
    subjects = [c.left_edge.i for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if clause == head or clause.dep_ not in ("conj", "parataxis") or not subjects:
        return False
    links = [c.i for c in children_of(clause.head) if c.dep_ == "cc" and c.i < clause.i]  # ("met Y there, and in 2016 the
    # pair quit X": a time after the "and", fronted in the second clause, is that clause's)
    return anchor.root.i > min(subjects) or any(link < anchor.root.i for link in links)


FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})


def _sequenced_gerund(anchor: TimeAnchor, head: Token) -> bool:
    """"began his career at X before joining Y in January 2022": the time of a gerund after "before" on the clause is that
    later act's, not this one's (but "after graduating in 1961 she took a job": the act just after it, then)."""
    clause = anchor.clause
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ == "before" and clause.head.head == head


def _counted_off(head: Token) -> bool:
    """A clause opened by "after" or "before" with a count of time on it ("a year after his father drowned", "two days
    before she resigned")."""
    if head.dep_ != "advcl":
        return False
    mark = next((c for c in children_of(head) if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")), None)
    return mark is not None and any(c.dep_ == "npadvmod" and c.lemma_.lower() in OFFSET_UNITS for c in children_of(mark))


def _when_after_time(head: Token, sent: list[TimeAnchor]) -> TimeAnchor | None:
    """"until last year, when she stepped down": a "when" clause right after a time and a comma tells what happened then,
    wherever the parser hung it (on the verb, not on the time)."""
    if head.dep_ != "advcl":
        return None
    first = head.left_edge
    doc = head.doc
    if first.lower_ != "when" or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    end = doc[first.i - 2].idx + len(doc[first.i - 2].text)
    return next((t for t in sent if t.timex.end == end and t.root.i < first.i), None)


def _when(clause: Token) -> bool:
    """A "when" clause: what it tells happened at the time of the clause it hangs off (the parser
    may hang it off a noun of that clause: "nominated in five categories when ..."; not "the
    year when ...": a relative clause of a time noun)."""
    if clause.dep_ not in ("advcl", "relcl") or (clause.dep_ == "relcl" and clause.head.lemma_.lower() in TIME_NOUNS):
        return False
    return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in children_of(clause))


def _born_before_news(trigger: Token, head: Token, news: TimeAnchor) -> bool:
    """A birth told in the past ("was born") ahead of the telling verb that has the sentence's time: born before the news."""
    return trigger.lemma_.lower() == "bear" and news.clause.i > head.i \
        and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in children_of(trigger))


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD"


def _case_step_done(trigger: Token, head: Token) -> bool:
    """"will appear in court on Monday charged with theft", "will be sentenced on Friday, convicted of fraud": a bare
    participle of a step of a case, describing the one a hearing to come awaits, is done already (not on that day)."""
    return trigger.lemma_.lower() in STEPS_OF_A_CASE and head.tag_ == "VBN" and head.dep_ == "advcl" \
        and not any(c.dep_ in ("aux", "auxpass") for c in children_of(head))


def _future(clause: Token) -> bool:
    """A clause told as to come: "would retire", "will open"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children_of(clause))


def _future_conjunct(anchor: TimeAnchor, head: Token) -> bool:
    """"has signed with X and will work as its analyst at the championships in July": a time in a clause coordinated after
    the event's and told as to come dates what is to come, not an event told as done (not "will join X and take over in July";
    nor "have been recruited by X and will start in March": the start of the post taken, which the fact of it keeps)."""
    if _future(head) or not (_past(head) or _present_perfect(head)):
        return False
    token = anchor.clause
    while token.head.i != head.i and token.head.i != token.i:
        token = token.head
    return token.head.i == head.i and token.i != head.i and token.dep_ == "conj" and _future(token) \
        and token.lemma_.lower() not in JOINING_LEMMAS


def _in_noun_clause(head: Token, dated: Token) -> bool:
    """"ending days of speculation that began when she was spotted at the festival", "Reports last month that the pair had
    split were false": an event in a finite clause on a noun (a "that" clause, a relative clause, with a subject) is told of
    that noun, not dated by a time of the clause the noun stands in (not "an attempt to buy X collapsed in 2018")."""
    token = head
    while token.head.i != token.i and token.i != dated.i:
        if token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN" and any(
                c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "mark" and c.lower_ == "that") for c in children_of(token)):
            return not _under(dated, token, stop_at_clause=False)
        token = token.head
    return False


def _future_content(clause: Token) -> bool:
    """What is told as to come, as the content of a telling: "announced on Tuesday that he will retire", "Tuesday's
    announcement that X would step down" (a that-clause on the noun)."""
    return _future(clause) and (clause.dep_ == "ccomp" or (clause.dep_ == "acl" and clause.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))))


def _of_telling(anchor: TimeAnchor, content: Token) -> bool:
    """The time is the telling's: of the clause `content` hangs on, of a participle set before that clause, or within the
    telling noun's phrase ("News on Monday that X would cut 300 jobs hit its shares")."""
    telling = content.head
    if anchor.clause.dep_ == "advcl" and anchor.clause.head == telling and anchor.clause.tag_ in ("VBG", "VBN") \
            and anchor.clause.i < telling.i:  # "Speaking at the launch on Thursday, X said Y would cut 100 jobs"
        return True
    return anchor.clause == telling or (telling.pos_ == "NOUN" and telling.left_edge.i <= anchor.root.i <= telling.right_edge.i
                                         and not content.left_edge.i <= anchor.root.i <= content.right_edge.i)


def _other_event(clause: Token) -> bool:
    """"... since it opened in 1886", "when he was 17": a subordinate clause with a subject and a
    conjunction of its own tells another event, dated for itself."""
    return any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "whenever")) for c in children_of(clause)) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))  # ("when X announced ...": "when" an adverb)


BIRTH_LEMMAS = frozenset({"bear", "born"})
COMPLEMENTS = frozenset({"dobj", "prep", "attr", "acomp", "dative", "agent"})


def _unrealised(trigger: Token, control_words: dict[str, str]) -> bool:
    """"X said on Monday that it was in talks to buy Y", "is close to signing": an event not done yet,
    its infinitive on a word of nearness or negotiation one is "in"; with no time in its own clause it has none, not
    the time of the saying (the walk of `events_polarity.modality` that finds such a word)."""
    token = trigger
    for _ in range(3):
        if token.head.i == token.i or token.dep_ not in ("xcomp", "pcomp", "prep", "acl"):
            return False
        token = token.head
        if token.lemma_.lower() in control_words and (token.pos_ == "ADJ" or (token.pos_ == "NOUN" and token.dep_ == "pobj")):
            return True  # (not talks a verb acts on: "abandoned talks to buy Y in March" -- given up, then)
    return False


def _apart_conjunct(anchor: TimeAnchor, head: Token) -> bool:
    """"X won two titles in the 1990s, and he is now in talks to become coach", "were photographed
    on Sunday, and the two are rumoured to be dating": the event sits (through an infinitive or a
    noun) in a coordinated clause with a subject of its own and of another tense or with auxiliaries of
    its own, so the other clause's time is not its time (the rule for a coordinated trigger itself, taken further up)."""
    token = head
    while token.dep_ != "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "conj" or _under(anchor.root, token, stop_at_clause=False) or anchor.root.i < token.head.i:
        return False  # (a time before the first clause dates both: "On Monday X resigned, and Y is to take over")
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
        return False
    return token.tag_ != token.head.tag_ or any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(token))


def _other_conjunct_event(anchor: TimeAnchor, head: Token) -> bool:
    """"X was born in Kutaisi and studied at a film school in Tbilisi in the early 2000s": a time
    after a coordinated verb that, like the birth, has a complement of its own is that verb's, a
    later step of the life (not "married Y in 1996; the couple have ...")."""
    meeting = head.lemma_.lower() == "meet"  # "met at university and married in 2015": the year the wedding's
    if head.lemma_.lower() not in BIRTH_LEMMAS and not meeting:
        return False  # "fired X and named Y to run the finances on Wednesday": a news lead dates both
    token = anchor.clause
    while token.head.i != head.i and token.head.i != token.i:
        token = token.head
    if token.head.i != head.i or token.dep_ != "conj" or anchor.root.i < token.i:
        return False
    own = [c for c in children_of(token) if c.dep_ in COMPLEMENTS]
    return len(own) > (0 if meeting else 1) and any(c.dep_ in COMPLEMENTS and c.i < token.i for c in children_of(head))


def _in_conjuncts_own_clause(anchor: TimeAnchor, head: Token) -> bool:
    """"X joined Y and spent eight seasons there before retiring in 2012": a time in a clause under a verb coordinated with
    the event's is that clause's (the retiring), not the event's (a time on the coordinated verb itself, "fired X and named Y
    on Wednesday", still dates both)."""
    token, top = anchor.clause, None
    while token.i != head.i and token.head.i != token.i:
        top, token = token, token.head
    return token.i == head.i and top is not None and top.dep_ == "conj" and anchor.clause is not top \
        and anchor.clause.dep_ in ("pcomp", "advcl")


def _from_activity(clause: Token, head: Token) -> bool:
    """"is expected to retire from teaching next year", "stepped down from coaching in 2019": the parser hangs the time on
    the bare gerund of what is left; it dates the leaving."""
    prep = clause.head
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and prep.lower_ == "from" and prep.head.i == head.i \
        and not any(c.dep_ in ("dobj", "nsubj", "ccomp", "xcomp") for c in children_of(clause))


def _later_on_gerund(t: TimeAnchor, head: Token) -> bool:
    """"resigned in protest over planning reforms two years later": a count on from a time told before ("two years later")
    that closes the clause tells when its verb happened; the parser hangs it on the gerund of a phrase under the verb."""
    words = t.timex.text.lower().split()
    clause = t.clause
    return len(words) > 1 and words[-1] in ("later", "afterwards", "afterward") and clause.i != head.i \
        and clause.tag_ == "VBG" and clause.dep_ == "pcomp" and t.root.i >= head.right_edge.i - 1 \
        and clause_head(clause.head).i == head.i and not any(c.dep_ in ("nsubj", "mark") for c in children_of(clause))


def _object_from_gerund(clause: Token, head: Token) -> bool:
    """"announced his retirement from touring in 2016": the parser hangs the object's "from" phrase on the verb, and the
    verb's time on the gerund; no content told, the time is the telling's."""
    prep = clause.head
    return clause.dep_ == "pcomp" and clause.tag_ == "VBG" and prep.lower_ == "from" and prep.head.i == head.i \
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i == prep.i - 1 for c in children_of(head)) \
        and not any(c.dep_ in ("dobj", "nsubj", "ccomp") for c in children_of(clause)) and not any(c.dep_ == "ccomp" for c in children_of(head))


def _at_the_scene(head: Token) -> bool:
    """"He was found with head injuries on Sunday and was pronounced dead at the scene": what happened "at the scene" of the
    first conjunct happened then."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.lower_ == "scene"
                                                             and any(d.lower_ == "the" for d in children_of(o)) for o in children_of(c))
               for c in children_of(head))


def _verdict_then_penalty(head: Token) -> bool:
    """"was convicted of fraud last year and jailed for nine years": a penalty joined to the verdict under its auxiliary
    is passed with it (a filing "filed on Friday and first reported by X" is not)."""
    first = head.head
    return head.tag_ in ("VBN", "VBD") and first.tag_ == "VBN" and first.lemma_.lower() in ("convict", "find") \
        and head.lemma_.lower() in ("jail", "sentence", "imprison", "fine") \
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(head))  # (the parser may tag it a past tense)


def _before_clause(anchor: TimeAnchor, head: Token) -> bool:
    """"joined X before forming his own group in 1962": a time in a clause of what came later ("before" a gerund of its own)
    dates that clause, not the event (but "after graduating in 1961 she took a job": right after, that year, as the fixtures
    read it).  So does a time in a finite clause with a subject of its own set before or after the event ("sacked X after
    Tuesday's defeat left the club bottom"): the other event's time, the event's own not told."""
    clause = anchor.clause
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ == "before" and clause.head.head.i == head.i:
        return True
    return clause.dep_ == "advcl" and clause.head.i == head.i and clause.tag_ in FINITE_TAGS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)) \
        and any(c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before") and c.i == clause.left_edge.i for c in children_of(clause))


def _conjunct_report(anchor: TimeAnchor, head: Token, report_verbs: list[str]) -> bool:
    """"X fired Y shortly after he was charged and said on Tuesday that ...": the time of a reporting verb
    coordinated after the event's verb (or a verb above it) is the saying's, not the event's."""
    clause = anchor.clause
    return clause.dep_ == "conj" and (clause.head.i == head.i or clause.head in head.ancestors) and clause.i > head.i \
        and clause.lemma_.lower() in report_verbs


def _subject_between(clause: Token, head: Token) -> bool:
    """A clause with a subject of its own between a timex's clause and `head` (that clause included):
    the time is that other event's."""
    token = clause
    while token.i != head.i and token.head.i != token.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(token)):
            return True
        token = token.head
    return False


def _governors(head: Token) -> list[Token]:
    """The clauses above `head` whose time it shares: not across a coordination ("retired in 2012
    but continued to publish": the second clause has its own time), nor out of a relative clause."""
    out = []
    token = head
    while token.head.i != token.i and token.dep_ not in ("relcl", "acl"):  # "the city where X was born" is timeless
        if token.dep_ != "conj":
            out.append(token.head)
        token = token.head
    return out


def _present_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children_of(verb))


def _perfect_against_past(verb: Token, time: TimeAnchor) -> bool:
    """"Two men have been charged over the theft ... last month": a present perfect takes no finished past
    time ("last month", "two weeks ago", "yesterday"); such a time after the verb tells of something else in
    the clause."""
    words = (time.timex.text or "").lower().split()
    finished = bool(words) and (words[0] == "last" or words[-1] == "ago" or words == ["yesterday"])
    return finished and time.root.i > verb.i and _present_perfect(verb)


def _past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in children_of(verb))


def _under_temporal_prep(token: Token, preps: set[str]) -> bool:
    while token.head.i != token.i and not (token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS):
        if token.dep_ == "pobj" and token.head.lower_ in preps:
            return True
        token = token.head
    return False


BIRTHDAY = "birthday"


def anniversary_years(token: Token, cues: dict[str, Any]) -> int | None:
    """The years an anniversary noun counts ("their 36th / tenth wedding anniversary"), or None."""
    years = None
    for child in children_of(token):
        word = child.lower_
        digits = re.match(r"(\d+)(?:st|nd|rd|th)$", word)
        if digits:
            years = int(digits.group(1))
        elif word in cues["ordinals"]:
            years = int(cues["ordinals"][word])
    return years


def anniversary_times(doc: Doc, found: list[tuple[Token, Event]], times: list[TimeAnchor], ctx: Context, sch: Schema) -> None:
    """"On their 10th wedding anniversary": the date of the wedding event plus ten years dates the
    events of that clause that have no time of their own; so does "on his 85th birthday" with the
    date of his birth (a year or a month of it for a birth told at that grain: "born in 1984 ... on her 40th
    birthday" is of 2024)."""
    cues = sch.cues["anniversary"]
    extra: list[TimeAnchor] = []
    wanted = {n for noun in [*cues["nouns"], BIRTHDAY] for n in (noun, noun.capitalize())}
    listed = tokens(doc)
    for i in (i for i, lemma in enumerate(strings(doc, "lemma")) if lemma in wanted):  # (the cached column: this runs on every document)
        token = listed[i]
        years = anniversary_years(token, cues)
        kinds: list[EventType] = [k for child in children_of(token) if child.dep_ in ("compound", "amod")
                                  for k in sch.by_noun.get(child.lemma_.lower(), [])]
        names = {k.name for k in kinds}
        whose = None
        if token.lemma_.lower() == BIRTHDAY:  # "on his 85th birthday": the birth of the one whose birthday it is
            owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
            whose, names = (ctx.ents.of(owner) if owner is not None else None), {"life.born"}
            if whose is None:
                continue
        source = next((e for _, e in found if e.type in names and e.time and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", e.time)
                       and (whose is None or any(a.entity == whose.id for a in e.args if a.role == "patient"))), None)
        if years is None or source is None:
            continue
        value = f"{int(source.time[:4]) + years:04d}{source.time[4:]}"  # type: ignore[index]
        timex = Timex(token.idx, token.idx + len(token.text), token.text, "DATE", value, anchor=source.id or None, rule="anniversary")
        extra.append(TimeAnchor(timex, token, clause_head(token), ctx.sentence(token)))
    if not extra:
        return
    rank = {"clause": 3, "sentence": 2, "event": 1, None: 0}
    for trigger, event in found:
        time, where = attach_time(trigger, ctx.sentence(trigger), times + extra, sch.cues)
        if time in extra and rank[where] > rank[event.time_source]:
            event.time, event.timex, event.time_source = time.timex.value, None, "event"  # type: ignore[union-attr]


def relative_time(trigger: Token, sentence: int, durations: list[TimeAnchor], times: list[TimeAnchor],
                  cues: dict[str, Any], dct: str | None = None) -> str | None:
    """"two days after its single was nominated", "a week before he resigned": the time of the clause
    the "after"/"before" phrase hangs off, minus or plus the duration (when that time is a day)."""
    head = clause_head(trigger)
    since = _years_since(head, durations, dct)
    if since is not None:  # "It has been 30 years since X joined Y": 30 years before the article's date
        return since
    link = None
    if head.dep_ == "pcomp" and head.head.lower_ in ("after", "before"):
        link = head.head
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "before") and not any(
            trigger.left_edge.i <= t.root.i <= trigger.right_edge.i for t in times):
        link = trigger.head  # "was charged on Friday, two weeks after his arrest" (not "... after the death of X in 2013")
    elif head.dep_ in ("advcl", "relcl", "ccomp"):  # (an "after" clause the parser made a complement)
        link = next((c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    elif _second_after_clause(head):  # "less than two years after X laid off 60 workers, and a year after it was bought"
        link = next(c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in ("after", "before"))
    main = _inverted_main(head)
    if main is not None:
        link = next(c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in ("after", "before"))
    if link is None:
        return after_told_event(trigger, sentence, durations, times)
    duration = next((d for d in durations if d.sentence == sentence and (d.root.head.i in (link.i, head.i) or (
                     d.root.head.i == link.head.i and d.root.right_edge.i + 1 == link.i))  # (or hung on the verb, right before)
                     and not _age_word(d)), None)  # (not "The 49-year-old was appointed in 2023 after the sacking of X")
    found = DURATION.match(duration.timex.value or "") if duration is not None else None
    governor = link.head if link.dep_ == "prep" else main if main is not None else head.head.head if _second_after_clause(head) \
        else head.head
    if head.dep_ == "relcl" and link.dep_ == "mark":
        # no relative clause opens with "after": a clause the parser hung on the wrong word ("X, who was appointed
        # on June 14, three weeks after Y was sacked, ..."); it tells the time of the last verb before it
        start = duration.root.left_edge.i if duration is not None else link.i
        governor = next((t for t in reversed(trigger.doc[trigger.sent.start : start]) if t.pos_ == "VERB"), governor)
    while _past(trigger) and _future(governor) and governor.dep_ in CLAUSE_DEPS and governor.head.i != governor.i:
        governor = governor.head  # "said on Monday that she would retire in August, two days after she won": said
    if found is None or governor.i == trigger.i:
        return None
    anchor, _ = attach_time(governor, sentence, times, cues)
    value = PART_OF_DAY.sub("", anchor.timex.value) if anchor is not None and anchor.timex.value else ""
    amount, unit = int(found.group(1)) * (-1 if link.lower_ == "after" else 1), found.group(2)
    if anchor is None and dct and _comes_now(governor) and not any(t.sentence == sentence and t.clause == head for t in times):  # "The reshuffle comes two days after X elected Y": two days
        shifted = shift_value(dct, amount, unit)  # before the article's day ("a week after": that week)
        return week_of(shifted) if unit == "W" and shifted else shifted
    return shift_value(value, amount, unit)


def _second_after_clause(head: Token) -> bool:
    """A second "after"/"before" clause coordinated with a first one on the same verb ("comes two years after X laid off
    staff, and a year after it was bought"): the parser makes it a conjunct of the first clause's verb."""
    return head.dep_ == "conj" and head.head.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in children_of(head)) and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before") for c in children_of(head.head))


def _years_since(head: Token, durations: list[TimeAnchor], dct: str | None) -> str | None:
    """"It has been 30 years since X joined Y", "It is ten years since X last won": a "since" clause under "it is / it has
    been" with a stretch that reaches the article's date: the stretch counted back from that date."""
    be = head.head
    if dct is None or head.dep_ != "advcl" or be.lemma_ != "be" or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in children_of(head)):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(be)) or be.tag_ not in ("VBZ", "VBP", "VBN") \
            or any(c.dep_ == "aux" and c.lower_ in ("had", "will", "would") for c in children_of(be)):
        return None  # (not "it had been a year since": counted back from a time told, not from now)
    duration = next((d for d in durations if d.root.head == be and d.root.dep_ in ("attr", "npadvmod", "acomp")), None)
    found = DURATION.match(duration.timex.value or "") if duration is not None else None
    return shift_value(dct, -int(found.group(1)), found.group(2)) if found is not None else None


def _inverted_main(head: Token) -> Token | None:
    """"X was appointed chair on 4 March, two weeks after Y resigned": the parser may make the "after" clause the root and
    hang the main clause on it as its complement; that complement, told before the "after", is the clause it hangs off."""
    mark = next((c for c in children_of(head) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if head.dep_ != "ROOT" or mark is None:
        return None
    return next((c for c in children_of(head) if c.dep_ == "ccomp" and c.i < mark.i), None)


def _age_word(duration: TimeAnchor) -> bool:
    """"the 49-year-old", "a two-year": a duration that qualifies a noun (an age, a term) measures no gap between events."""
    return duration.timex.rule == "duration:adjective"


def _comes_now(verb: Token) -> bool:
    """"The cuts come a week after ...", "The medal comes four months after ...": the news the article reports, now."""
    return verb.lemma_.lower() == "come" and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in children_of(verb))
