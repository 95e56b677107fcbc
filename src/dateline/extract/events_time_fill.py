"""Times for the typed events no clause of their own dates: another mention of the same event, a
later sentence confirming it, the year a dated birth plus an age gives, the occasion the article
reports."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..model import OFFERED_MODALITY, Event
from ..nlp import char_span, children_of, sent_of, tokens, with_lemmas
from .entity_attrs import birth_year
from .events_merge import SUCCESSION_LEMMAS, news_named_apart, offices_apart, older_round, succession_starts
from .events_occasion import occasion_times
from .events_rules import NUMBERS

YEARS_OLD = re.compile(r"\b(\d{1,3})-year-old\b")


def _conflicting(event: Event, other: Event) -> bool:
    """"have two children" vs "son A, born ...": a role filled by no one known here and by someone
    known there means two different events; so do different people in one role ("Y hired X" and
    "Z hired X")."""
    named = {a.role for a in other.args if a.entity}
    if any(not any(b.entity for b in event.args if b.role == a.role) and a.role in named for a in event.args):
        return True
    mine, theirs = _role_entities(event), _role_entities(other)
    return any(not mine[role] & theirs[role] for role in mine.keys() & theirs.keys()) or _posts_apart(event, other) \
        or offices_apart(event, other)  # ("elected mayor" and "elected to the borough council in 2015")


def _posts(event: Event) -> list[tuple[set[str], str, set[str]]]:
    """Each post an event names ("chief executive", "CEO"): its words, their initials, and its acronyms."""
    out = []
    for arg in event.args:
        if arg.role in ("role", "contest") and arg.text and not re.search(r"\d|\bformer\b", arg.text.lower()):  # (not "a 36-year-old
            # former banker": a description taken for the post)
            told = arg.text if arg.role == "role" else " ".join(w for w in arg.text.split() if w.islower())  # (a contest's
            # office by its own words: "the Port Quillan mayor's race", "her council seat")
            words = [w for w in re.findall(r"[a-z]+", told.lower()) if w not in STOP_WORDS and not (arg.role == "contest" and w in CONTEST_WORDS)]
            if words:
                out.append((set(words), "".join(w[0] for w in words), {w.lower() for w in re.findall(r"\b[A-Z]{2,5}\b", arg.text)}))
    return out


CONTEST_WORDS = frozenset({"race", "seat", "election", "contest", "vote", "ballot", "poll", "by-election", "primary", "runoff", "s",
                           "nomination", "bid", "campaign", "battle", "fight"})  # what any contest is called, no office


def _same_post(a: tuple[set[str], str, set[str]], b: tuple[set[str], str, set[str]]) -> bool:
    """A word in common, or one an acronym of the other ("CEO", "chief executive (officer)")."""
    return bool(a[0] & b[0]) or any(len(x[1]) >= 2 and (x[1].startswith(c) or c.startswith(x[1])) for x, y in ((a, b), (b, a)) for c in y[2])


def _posts_apart(event: Event, other: Event) -> bool:
    """"would step down as chief executive at the end of April ... is also expected to step down as president of Y":
    two posts with nothing in common are two moves, not two mentions of one."""
    mine, theirs = _posts(event), _posts(other)
    return bool(mine and theirs) and not any(_same_post(a, b) for a in mine for b in theirs)


def _role_entities(event: Event) -> dict[str, set[str]]:
    """Each role's participants: entity ids, and a name no entity was made of by its words ("for a
    César" is not the nomination "for the Palme d'Or")."""
    out: dict[str, set[str]] = {}
    for arg in event.args:
        if arg.role == "place":
            continue
        if arg.entity:
            out.setdefault(arg.role, set()).add(arg.entity)
        else:
            words = arg.text.split()
            words = words[1:] if words and words[0].lower() in ("a", "an", "the") else words
            if words and all(word[:1].isupper() for word in words) and not (len(words) == 1 and words[0].lower() in STOP_WORDS):
                out.setdefault(arg.role, set()).add(" ".join(words).lower())
    return out


BIRTH_ROLES = {"family.child": "child", "life.born": "patient"}


def inherit_times(events: list[Event], earlier_told: frozenset[int] = frozenset(),
                  born_about: dict[str, int] | None = None, news_told: frozenset[int] = frozenset(), dct: str | None = None,
                  counted_on: frozenset[int] = frozenset()) -> None:
    """An undated typed event takes the time of another mention of the same event: same type,
    a participant in common, same polarity and modality; the nearest earlier one first.  A later
    mention told as an earlier occurrence ("he first won it in 2011"; ids in `earlier_told`) is
    another event and lends nothing back; nor does a birth dated in a year the child's age rules out
    ("two sons, Ali, 9, and Sami, 6 ... their first child in 2015": not Sami's; `born_about`: entity
    id -> the later of the two years an age allows).  An event told as news in the present perfect ("X has appointed Y as
    its chief executive"; ids in `news_told`) takes no time years before the article's date `dct` from a later mention:
    that is another, older occasion of its kind ("... whose board promoted her to chief executive six years later"), when the
    news names a doer the later mention lacks.  One counted as one more ("took home a second", "her third title") or told as
    a later one ("later won"; ids in `counted_on`) is an occurrence of its own: it takes no time from another mention, nor lends one back to an earlier."""
    dated = [e for e in events if e.time is not None and e.time_source != "event"]
    born_about = born_about or {}
    for event in events:
        if event.time is not None or event.type is None or id(event) in counted_on:
            continue
        mine = {a.entity for a in event.args if a.entity}
        same = [
            e for e in dated
            if e.type == event.type and (e.polarity, e.modality) == (event.polarity, event.modality)
            and mine & {a.entity for a in e.args if a.entity}
        ]
        same = [e for e in same if not _conflicting(event, e) and _age_allows(event, e, born_about) and not older_round(event, e, dct)]
        earlier = [e for e in same if e.start < event.start]
        later = [e for e in same if e.start > event.start and id(e) not in earlier_told and id(e) not in counted_on
                 and not (id(event) in news_told and dct and e.time and e.time[:4].isdigit() and int(e.time[:4]) < int(dct[:4]) - 1
                          and news_named_apart(event, e))]
        roles = {a.role for a in event.args}  # of later mentions, the one with most roles in common ("X wins the party
        # leadership": "X, who entered parliament in 2018, was elected leader on Saturday" -- the election with a post)
        source = earlier[-1] if earlier else (max(later, key=lambda e: (len(roles & {a.role for a in e.args}), -e.start)) if later else None)
        if source is not None:
            event.time, event.timex, event.time_source = source.time, source.timex, "event"


COUNTED_REACH = 2  # sentences before an undated event that a counted event may date it from
ALSO_REACH = 4  # ... and one "also" harks back to ("Among those elected on Tuesday was X. [a quote, a comment] Also elected were Y")


def counted_times(events: list[Event], told: list[tuple[Token, Event]]) -> None:
    """"The prime minister dismissed three of his ministers on Tuesday. Among those sacked was X ...
    Y and Z were also let go": an undated event of a type told just before of a number of people
    (no one named), or told with "also" after one of its type, took place then.  The nearest such
    dated event of the same type, polarity and modality, at most `COUNTED_REACH` sentences back; `told`:
    every event found, those kept or not (one of no one named is no event of its own)."""
    doc = told[0][0].doc if told else None
    lent: set[int] = set()  # events dated here: they date the next ones ("Among those sacked was X ... Y was also let go")
    sources = list({id(e): e for e in [*(e for _, e in told), *events]}.values())
    for event in events:
        if doc is None or event.time is not None or event.type is None:
            continue
        span = char_span(doc, event.start, event.end)
        also = span is not None and span.root.dep_ != "relcl" and any(c.dep_ == "advmod" and c.lower_ == "also" for c in children_of(span.root))
        reach = ALSO_REACH if also and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(span.root)) else COUNTED_REACH
        # (not "has reportedly also been hired": a perfect tells a fresh act, not one harking back paragraphs)
        # (not "published by X, the house that also brought out Y": another act of X's, of its own time)
        earlier = [e for e in sources if e.type == event.type and e.time is not None and (e.time_source != "event" or id(e) in lent)
                   and (e.polarity, e.modality) == (event.polarity, event.modality)
                   and e.start < event.start
                   and ((also and event.sentence - reach <= e.sentence) or (_counted(e) and event.sentence - COUNTED_REACH <= e.sentence))
                   and not _described_in_relative(doc, e)]
        if not earlier and also and reach == ALSO_REACH:  # "Ms X announced the move at a press conference on Monday. She
            # also resigned as the party's housing spokeswoman": what the same person also did, the day before's act told
            doers = {a.entity for a in event.args if a.role in ("agent", "patient") and a.entity}
            earlier = [e for e in sources if e.time is not None and len(e.time) == 10 and e.sentence == event.sentence - 1
                       and e.time_source != "event" and e.polarity == event.polarity and e.modality == event.modality
                       and doers & {a.entity for a in e.args if a.role in ("agent", "patient") and a.entity}]
        if earlier:
            source = max(earlier, key=lambda e: e.start)
            event.time, event.timex, event.time_source = source.time, source.timex, "event"
            lent.add(id(event))


def _described_in_relative(doc: Doc, event: Event) -> bool:
    """"Its backer X, which led a Series A in 2021, and Y also put money into the round": an event told in a relative clause
    describes a participant's past; it is not the occasion an "also" harks back to."""
    span = char_span(doc, event.start, event.end)
    return span is not None and span.root.dep_ == "relcl"


def _counted(event: Event) -> bool:
    """An event told of a number of people, no one named: "dismissed three of his ministers"."""
    return any(a.role in ("patient", "agent") and not a.entity and a.text.split()[0].lower() in NUMBERS
               for a in event.args if a.text)


CONFIRMING_VERBS = frozenset({"confirm", "announce", "complete", "finalise", "finalize", "approve", "ratify", "seal", "disclose", "unveil"})
# nouns that take up any event of the sentences before ("the deal", "the move")
TAKE_UP_NOUNS = frozenset({"deal", "move", "decision", "agreement", "petition", "filing"})  # ("the petition, filed on Friday")
FILING_VERBS = frozenset({"file", "sign", "lodge"})
CONFIRM_REACH = 3  # sentences after the event's own
# ... and the verbs whose own object a noun of a deal or a post is, dating it ("confirmed the arrival of X on Friday"; not
# "announced the takeover on Monday", which may be made later, nor "confirmed the split on Sunday": a life's event is
# confirmed after it)
OWN_CONFIRMING = frozenset({"confirm", "complete", "finalise", "finalize", "seal"})


def confirmed_times(found: list[tuple[Token, Event]], types_of_noun: dict[str, set[str]],
                    time_of: Callable[[Token], str | None]) -> None:
    """"Drastlebridge have appointed X as manager ... The club confirmed the appointment on Monday": an
    undated typed event takes the date of a later sentence (up to `CONFIRM_REACH` on) that confirms,
    announces or completes it by a definite noun of its type ("the appointment", "the takeover") or a
    noun that takes up any event ("the deal"), or gives that noun a dated participle ("The deal,
    announced on Tuesday,", "the petition, filed on Friday"); the first such noun decides, dated or
    not.  `time_of`: the dated value of a verb's own clause."""
    for trigger, event in found:
        if event.time is not None or event.type is None or event.modality == OFFERED_MODALITY:
            continue  # (a post offered or sought: not the appointment confirmed later)
        if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.lemma_.lower() in OWN_CONFIRMING \
                and event.type.startswith(("career.", "business.")) and _names_its_own(trigger) \
                and (value := time_of(trigger.head)) is not None:
            event.time, event.timex, event.time_source = value, None, "clause"  # "X confirmed the signing of Y on Friday"
            continue
        for tok in _sentences_after(trigger, CONFIRM_REACH):
            lemma = tok.lemma_.lower()
            if tok.pos_ != "NOUN" or not (lemma in TAKE_UP_NOUNS or event.type in types_of_noun.get(lemma, ())):
                continue
            if not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this")) for c in children_of(tok)):
                continue  # "an appointment": another one
            verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in CONFIRMING_VERBS else \
                next((c for c in children_of(tok) if c.dep_ == "acl" and c.lemma_.lower() in CONFIRMING_VERBS | FILING_VERBS
                      and not any(a.dep_ == "aux" and a.tag_ == "TO" for a in children_of(c))), None)
            value = time_of(verb) if verb is not None else None  # (or "the deal, announced on Tuesday", "the petition, filed on Friday";
            # not an infinitive, what the noun is about: "the band's decision to sign a deal with X in January" is another act)
            if value is not None:
                event.time, event.timex, event.time_source = value, None, "event"
            break


def completed_in_relative_times(found: list[tuple[Token, Event]], time_of: Callable[[Token], str | None]) -> None:
    """"her divorce from Y, which was finalised in 2024", "the takeover, which was completed in March": an event noun
    whose own relative clause completes, seals or confirms it is dated by that clause, whatever the sentence around it
    says ("told the Guardian last week that the songs were written in the wreckage of her divorce ..."); a life's event is
    confirmed after it, a deal or a post when made."""
    for trigger, event in found:
        if event.type is None or trigger.pos_ != "NOUN":
            continue
        named = [t for t in trigger.subtree if t.i > trigger.i and t.pos_ == "PROPN"]  # "her divorce from Y, which ...": hung
        # on the name by the parser ("which" never stands for a person)
        clause = next((c for holder in (trigger, *named) for c in children_of(holder)
                       if c.dep_ == "relcl" and c.lemma_.lower() in OWN_CONFIRMING
                       and (c.lemma_.lower() != "confirm" or event.type.startswith(("career.", "business.")))
                       and any(g.dep_ in ("nsubj", "nsubjpass") and (g.lower_ == "which" or (holder is trigger and g.lower_ == "that"))
                               for g in children_of(c))), None)
        value = time_of(clause) if clause is not None else None
        if value is not None:
            event.time, event.timex, event.time_source = value, None, "clause"


def _names_its_own(noun: Token) -> bool:
    """"the signing of X", "his arrival": a noun naming whose move it is (not a bare "the appointment", which takes up
    one told before: the confirmation dates that one only when near, above)."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children_of(noun))


def _own_and_next(trigger: Token) -> list[Span]:
    """The trigger's sentence and the one after it (when there is one)."""
    sentence, doc = trigger.sent, trigger.doc
    return [sentence, doc[sentence.end].sent] if sentence.end < len(doc) else [sentence]


def _sentences_after(trigger: Token, reach: int) -> Iterator[Token]:
    """The tokens of the `reach` sentences after the trigger's own."""
    doc, sentences = trigger.doc, 0
    for tok in tokens(doc)[sent_of(trigger).end :]:
        if tok.is_sent_start:
            sentences += 1
            if sentences > reach:
                return
        yield tok


def child_age_times(events: list[Event], ages: dict[str, int], dct: str) -> None:
    """"She has a daughter, Skye, 7": a child told by the parent's having it, with the child's age, was born the year the
    age gives as of the article (the earlier of the two, as the birth-year fact gives), not when the article says so.
    `ages`: entity id -> age as of `dct`."""
    for event in events:
        if event.type != "family.child" or event.lemma != "have" or event.time_source not in (None, "sentence"):
            continue
        told = [ages[a.entity] for a in event.args if a.role == "child" and a.entity in ages]
        if len(told) == 1 and dct[:4].isdigit():
            event.time, event.timex, event.time_source = f"{birth_year(told[0], dct):04d}", None, "event"


def _age_allows(event: Event, source: Event, born_about: dict[str, int]) -> bool:
    role = BIRTH_ROLES.get(event.type or "")
    if role is None or not source.time or not source.time[:4].isdigit():
        return True
    years = [born_about[a.entity] for a in event.args if a.role == role and a.entity in born_about]
    return not years or any(int(source.time[:4]) in (y - 1, y) for y in years)


def age_times(found: list[tuple[Token, Event]], participant_roles: tuple[str, ...] = ("agent", "patient"),
              born_now: dict[str, int] | None = None) -> None:
    """The weakest times, for what no mention dates: "joined the academy at 17", "retired at the age
    of 65" -- the year of a dated birth of the one it happened to, plus that age (the birthday may
    fall either side: the earlier year is given); else the occasion the article reports.  With no
    dated birth, the earlier of the two birth years an age as of the article gives (`born_now`:
    entity id -> that year: "X, 36, ... was signed by Y at 19")."""
    _ages(found, participant_roles, born_now or {})
    occasion_times(found)


def _ages(found: list[tuple[Token, Event]], participant_roles: tuple[str, ...], born_now: dict[str, int]) -> None:
    births = {a.entity: e.time for _, e in found if e.type == "life.born" and e.time and e.time[:4].isdigit()
              for a in e.args if a.role == "patient" and a.entity}
    births = {**{ent: f"{year:04d}" for ent, year in born_now.items()}, **births}
    if not births:
        return
    for trigger, event in found:
        if event.time is not None or event.type is None or event.type == "life.born" or trigger.tag_ in ("VBZ", "VBP"):
            continue  # ("X dies at 91", "Y retires at 35": a headline's present tells the news, not a year the age gives)
        age = age_at(trigger)
        born = next((births[a.entity] for a in event.args if a.role in participant_roles and a.entity in births), None)
        if age is not None and born is not None:
            event.time, event.timex, event.time_source = f"{int(born[:4]) + age:04d}", None, "event"


def age_at(trigger: Token) -> int | None:
    """17 in "at 17", "at the age of 17", "aged 17", "as a 17-year-old", "when she was 17"."""
    for child in children_of(trigger):
        number = None
        if child.dep_ == "prep" and child.lower_ == "at":
            obj = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_ == "age":
                of = next((g for g in children_of(obj) if g.dep_ == "prep" and g.lower_ == "of"), None)
                obj = next((g for g in children_of(of) if g.dep_ == "pobj"), None) if of is not None else None
            number = obj
        elif child.lower_ == "aged":
            number = next((g for g in children_of(child) if g.like_num), None)
        elif child.dep_ == "advcl" and child.lemma_ == "be" and any(g.lower_ == "when" for g in children_of(child)):
            # "founded X when she was 30" (or "30 years old")
            number = next((g for g in children_of(child) if g.dep_ in ("attr", "acomp") and g.i > child.i), None)
            if number is not None and not number.like_num:  # ("30 years old")
                number = next((g for g in number.subtree if g.like_num), number)
        elif child.dep_ == "prep" and child.lower_ == "as":  # "joined the club as a 16-year-old (apprentice)"
            said = YEARS_OLD.search(child.doc[child.i : child.right_edge.i + 1].text)
            if said is not None and 5 <= int(said.group(1)) <= 110:
                return int(said.group(1))
        if number is not None and number.text.isdigit() and 5 <= int(number.text) <= 110:
            return int(number.text)
    return None


NEWS_MOVE_TYPES = frozenset({"career.appoint", "career.fire", "career.resign", "career.hire"})
NEWS_MOVE_NOUNS = frozenset({"appointment", "reshuffle", "shake-up", "shakeup"})  # "approved a slate of appointments"
NEWS_MOVE_DAYS = 14  # how far before the article's day the day of the changes told may lie
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _move_told(trigger: Token, event: Event) -> bool:
    """A move of a post: an appointment, a dismissal, a leaving or a hiring; a swearing-in ("was sworn in on Monday"); a
    verb whose object tells appointments or a reshuffle ("MPs approved a slate of appointments on Thursday")."""
    if event.type in NEWS_MOVE_TYPES or event.lemma in ("swear", "swear in"):
        return True
    objects = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in objects for p in children_of(c) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in NEWS_MOVE_NOUNS for c in objects)


def news_move_times(found: list[tuple[Token, Event]], told: list[tuple[Token, Event]], dct: str | None) -> None:
    """"The prime minister fired his defence minister on Wednesday ... Y, until now the trade minister, becomes foreign
    minister", "the economy ministry goes to Z", "X moves to the interior ministry": an undated appointment told in the
    simple present is one of the changes the article reports, made the day of the nearest earlier move of a post
    (`_move_told`) dated a day of the fortnight before the article's day (not the years of a career told between).
    `told`: every event found, typed or not ("were sworn in on Monday")."""
    if not dct or not DAY.fullmatch(dct):
        return
    earliest = (date.fromisoformat(dct) - timedelta(days=NEWS_MOVE_DAYS)).isoformat()
    recent = [e for t, e in told if e.time and e.time_source != "event" and DAY.fullmatch(e.time) and earliest <= e.time <= dct
              and e.modality is None and e.polarity == "POS" and _move_told(t, e)]
    for trigger, event in found:
        if event.type != "career.appoint" or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        if trigger.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(trigger)):
            continue
        if event.lemma in SUCCESSION_LEMMAS and succession_starts(event, [e for _, e in found if e.type]):
            continue  # "X was hired on Monday. X succeeds Y": that hiring, told again (fold_successions)
        earlier = [e for e in recent if e.start < event.start]
        if earlier:
            source = max(earlier, key=lambda e: e.start)
            event.time, event.timex, event.time_source = source.time, source.timex, "event"


CHOICE_VERBS = frozenset({"choose", "select", "pick", "vote", "elect", "appoint", "name", "confirm", "approve", "endorse", "ratify"})
CHOSEN_TYPES = frozenset({"career.appoint", "politics.elect"})
CHOICE_REACH = 2  # sentences after the event's own


def chosen_times(found: list[tuple[Token, Event]], entity_of: Callable[[Token], object],
                 time_of: Callable[[Token], str | None]) -> None:
    """"X has elected Y as its chair ... Y was chosen unanimously at a meeting on Tuesday", "The university has chosen Y
    as its next president. The board voted for Y on Tuesday": an appointment or an election told in the present
    perfect with no time takes the day a sentence just after (up to `CHOICE_REACH` on) gives the choice of the same
    person (a verb of choosing whose passive subject, object or "for" names them).  `entity_of`: the entity (its id) a
    token names; `time_of`: the dated value of a verb's own clause."""
    told_at = {t.i: e for t, e in found if e.type}
    for trigger, event in found:
        if event.type not in CHOSEN_TYPES or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(trigger)):
            continue
        chosen = {a.entity for a in event.args if a.role == "patient" and a.entity}
        if not chosen:
            continue
        for tok in _sentences_after(trigger, CHOICE_REACH):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in CHOICE_VERBS:
                continue
            named = [c for c in children_of(tok) if c.dep_ in ("nsubjpass", "dobj")]
            named += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "for" for g in children_of(c) if g.dep_ == "pobj"]
            if not any(entity_of(c) in chosen for c in named):
                continue
            if tok.i in told_at and offices_apart(event, told_at[tok.i]):
                continue  # ("has been elected mayor ... was elected to the borough council in 2014": another election)
            value = time_of(tok)
            if value is not None:
                event.time, event.timex, event.time_source = value, None, "event"
                break


def alongside_times(found: list[tuple[Token, Event]], entity_of: Callable[[Token], object]) -> None:
    """"A jury convicted her in July ... The developer, X, was convicted alongside her and jailed": an event told with
    no time of its own "alongside" (or "along with", "together with") someone takes the time of the same event of
    theirs the text dates."""
    for trigger, event in found:
        if not event.type or event.time is not None or event.polarity != "POS":
            continue
        partners = [g for c in children_of(trigger) if c.dep_ == "prep" and _alongside(c) for g in children_of(c) if g.dep_ == "pobj"]
        others = {entity_of(g) for g in partners} - {None}
        if not others:
            continue
        mine = {a.entity for a in event.args if a.entity}
        for _t, other in found:
            if other is not event and other.type == event.type and other.time is not None and other.polarity == "POS" \
                    and any(a.entity in others and a.role in ("patient", "agent") for a in other.args) and not mine & others:
                event.time, event.timex, event.time_source = other.time, None, "event"
                break


CLOSE_GAPS = frozenset({"day", "hour", "minute", "moment"})  # "days after", "hours before": within the month told
CLOSE_ADVERBS = frozenset({"shortly", "soon", "just", "moments", "hours", "days"})


def close_clause_times(found: list[tuple[Token, Event]]) -> None:
    """"... in 2021, when she resigned days after police arrested her": an event told in a clause of "after" or "before"
    that hangs, hours or days away, on a dated event, with no time of its own, took place within that event's month (or
    the year, or the month, the text gives it)."""
    by_trigger = {t.i: e for t, e in found}
    for trigger, event in found:
        if not event.type or event.time is not None or trigger.dep_ != "advcl":
            continue
        mark = next((c for c in children_of(trigger) if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        if mark is None or mark.i > trigger.i:
            continue
        head = trigger.head
        told = by_trigger.get(head.i)
        if told is None or not told.time or not re.match(r"\d{4}(-\d{2})?(-\d{2})?$", told.time):
            continue
        if any(c.i == mark.i - 1 and ((c.dep_ == "npadvmod" and c.lemma_.lower() in CLOSE_GAPS)
                                      or (c.dep_ == "advmod" and c.lower_ in CLOSE_ADVERBS))
               for c in (*children_of(head), *children_of(trigger))):  # (the parser hangs "days" on either verb)
            event.time, event.timex, event.time_source = told.time[:7], None, "event"


def _alongside(prep: Token) -> bool:
    """"alongside", "along with", "together with" (not "charged with fraud")."""
    return prep.lower_ == "alongside" or (prep.lower_ == "with" and prep.i > 0
                                          and prep.doc[prep.i - 1].lower_ in ("along", "together"))


FILED_TYPES = frozenset({"life.divorce", "legal.sue"})
FILED_PAPERS = frozenset({"petition", "papers", "paperwork", "documents", "complaint", "suit", "lawsuit", "claim", "case", "application"})
FILING_REACH = 3  # sentences after the event's own


def filing_times(found: list[tuple[Token, Event]], entity_of: Callable[[Token], object],
                 time_of: Callable[[Token], str | None]) -> None:
    """"X has filed for divorce from Y ... X, 36, filed the petition in Los Angeles on Monday": a divorce (or a suit) told
    with no time takes the day a sentence just after (up to `FILING_REACH` on) gives the filing of its papers by one of its
    parties."""
    for trigger, event in found:
        if event.type not in FILED_TYPES or event.time is not None or event.polarity != "POS":
            continue
        parties = {a.entity for a in event.args if a.role in ("agent", "partner") and a.entity}
        if not parties:
            continue
        for tok in _sentences_after(trigger, FILING_REACH):
            if tok.pos_ != "VERB" or tok.lemma_.lower() != "file" or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in FILED_PAPERS for c in children_of(tok)):
                continue
            if not any(c.dep_ == "nsubj" and entity_of(c) in parties for c in children_of(tok)):
                continue
            value = time_of(tok)
            if value is not None:
                event.time, event.timex, event.time_source = value, None, "event"
                break


ANNOUNCED_TYPES = frozenset({"career.resign"})  # a leaving announced is made when announced (not a retirement to come)


def announced_times(found: list[tuple[Token, Event]], dct: str | None) -> None:
    """"X resigned as mayor on Wednesday ... The 57-year-old announced his departure in a brief statement": an undated
    announcement whose object is a leaving the article dates (a noun typed as one, as "his departure", "her
    resignation") was made then."""
    noun_events = {t.i: e for t, e in found if e.type in ANNOUNCED_TYPES and t.pos_ == "NOUN" and e.time and e.polarity == "POS"
                   and e.modality is None and (not dct or e.time[:10] <= dct)}
    for trigger, event in found:
        if event.type != "politics.announce" or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        told = next((noun_events[c.i] for c in children_of(trigger) if c.dep_ == "dobj" and c.i in noun_events), None)
        if told is None and any(c.dep_ == "dobj" and c.lemma_.lower() in MOVE_NOUNS for c in children_of(trigger)):
            told = _own_move(event, [e for _, e in found], dct)
        if told is not None:
            event.time, event.timex, event.time_source = told.time, told.timex, "event"


MOVE_NOUNS = frozenset({"move", "switch"})  # "announced the move at a press conference": one's own move, told before
MOVE_TYPES = frozenset({"career.resign", "career.hire"})


def _own_move(event: Event, events: list[Event], dct: str | None) -> Event | None:
    """"X defected on Wednesday to Y ... X announced the move in a letter": the announcer's own move (leaving a body or
    joining one) the article dated before the announcement."""
    agents = {g.entity for g in event.args if g.role == "agent" and g.entity}
    moves = [e for e in events if e.type in MOVE_TYPES and e.start < event.start and e.time and e.polarity == "POS"
             and e.modality is None and (not dct or e.time[:10] <= dct)
             and any(g.entity in agents for g in e.args if g.role in ("agent", "patient"))]
    return max(moves, key=lambda e: e.start) if agents and moves else None


SAME_DAY_UNITS = frozenset({"hour", "minute", "moment"})  # "within hours", "within minutes": the same day
FOLLOWED_REACH = 4  # sentences before the one telling what was followed that may date it


def followed_times(found: list[tuple[Token, Event]], types_of_noun: dict[str, set[str]],
                   entity_of: Callable[[Token], object]) -> None:
    """"Her elevation was followed within hours by the resignation of X", "The report's publication was followed within
    minutes by ...": an undated event noun after "followed ... by" took place the day of what it followed -- that noun's
    own event, or the nearest earlier dated one (up to `FOLLOWED_REACH` sentences back) of the noun's type or of the
    one whose it is ("her" elevation: her election)."""
    for trigger, event in found:
        if event.type is None or event.time is not None or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
            continue
        by = trigger.head
        verb = by.head
        if by.lower_ != "by" or by.dep_ != "agent" or verb.lemma_.lower() != "follow":
            continue
        if not any(c.dep_ == "prep" and c.lower_ == "within" and any(g.dep_ == "pobj" and g.lemma_.lower() in SAME_DAY_UNITS
                                                                      for g in children_of(c)) for c in children_of(verb)):
            continue  # ("was followed by": some time after)
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        owners = {entity_of(c) for c in children_of(subject) if c.dep_ == "poss"} - {None}
        kinds = types_of_noun.get(subject.lemma_.lower(), set())
        sentence = next((e.sentence for t, e in found if t.i == verb.i), None) or event.sentence
        earlier = [e for t, e in found if e.time and DAY.match(e.time) and e.polarity == "POS" and e.modality is None
                   and (t.i == subject.i or (t.i < subject.i and sentence - FOLLOWED_REACH <= e.sentence and (
                       e.type in kinds or owners & {a.entity for a in e.args if a.entity})))]
        own = [e for e in earlier if any(t.i == subject.i and f is e for t, f in found)]
        source = own[0] if own else (max(earlier, key=lambda e: e.start) if earlier else None)
        if source is not None:
            event.time, event.timex, event.time_source = source.time[:10], None, "event"


NEWS_NOUNS = frozenset({"announcement", "news", "decision", "statement"})  # "The announcement came a day after ..."
TELLING_LEMMAS = frozenset({"say", "announce", "confirm", "tell", "disclose", "reveal"})
GAP_DAYS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NEWS_REACH = 5  # sentences before the one telling what the news came after that may date the news


def came_after_times(found: list[tuple[Token, Event]], told: list[tuple[Token, Event]], dct: str | None) -> None:
    """"X said on Friday that ... The announcement came a day after Y led the premiere of Z": an undated event in an "after"
    clause of "the announcement (the news, the decision) came" took place that many days before the day the article's
    telling is dated (the nearest earlier one, a day of the week before the article's date); "hours after": that day.
    `told`: every event found, typed or not (the saying is rarely typed)."""
    if not dct or not DAY.fullmatch(dct):
        return
    earliest = (date.fromisoformat(dct) - timedelta(days=NEWS_MOVE_DAYS)).isoformat()
    for trigger, event in found:
        if not event.type or event.time is not None:
            continue
        head = trigger if trigger.dep_ == "advcl" else trigger.head
        come = head.head
        if head.dep_ != "advcl" or come.lemma_.lower() != "come":
            continue
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in NEWS_NOUNS and any(d.lower_ == "the" for d in children_of(c)) for c in children_of(come)):
            continue
        after = [c for c in children_of(head) if c.dep_ == "mark" and c.lower_ == "after"]
        gap = next((c for w in (head, *after, come) for c in children_of(w) if c.dep_ == "npadvmod"), None)
        if not after or gap is None:
            continue
        count = [c.lower_ for c in children_of(gap) if c.dep_ in ("det", "nummod")]
        if gap.lemma_.lower() in SAME_DAY_UNITS and not count:
            days = 0  # "hours after", "minutes after"
        elif gap.lemma_.lower() == "day" and len(count) == 1 and count[0] in GAP_DAYS:
            days = GAP_DAYS[count[0]]
        else:
            continue  # ("weeks after", "a month after": a day not told)
        tellings = [e for t, e in told if t.lemma_.lower() in TELLING_LEMMAS and e.time and DAY.match(e.time) and t.i < come.i
                    and event.sentence - NEWS_REACH <= e.sentence and earliest <= e.time[:10] <= dct]
        if tellings:
            day = date.fromisoformat(max(tellings, key=lambda e: e.start).time[:10]) - timedelta(days=days)
            event.time, event.timex, event.time_source = day.isoformat(), None, "event"


LEAVING_TYPES = frozenset({"career.retire", "career.resign", "career.fire"})


LEAVING_FOR = frozenset({"leave", "quit", "resign", "step", "depart", "retire"})


def purpose_times(found: list[tuple[Token, Event]]) -> None:
    """"nine years later, left to found her own practice", "quit in 2019 to start a bakery": what one left to do, with no
    time of its own, is dated by the leaving (once that is dated, however: its clause, a count of years from another)."""
    by_trigger = {t.i: e for t, e in found if e.type and e.time}
    for trigger, event in found:
        if event.type is None or event.time is not None or trigger.dep_ not in ("xcomp", "advcl") \
                or trigger.head.lemma_.lower() not in LEAVING_FOR or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)):
            continue
        leaving = by_trigger.get(trigger.head.i)
        if leaving is not None and leaving.type in ("career.resign", "career.retire"):
            event.time, event.timex, event.time_source = leaving.time, None, "event"
    for trigger, event in found:  # ... and a leaving with no time of its own by what it was left to do, when that has its
        # own clause's time ("the club he left to take the Hawkmoor job 14 months ago")
        if event.type not in ("career.resign", "career.retire") or event.time is not None or trigger.lemma_.lower() not in LEAVING_FOR:
            continue
        purpose = next((by_trigger[c.i] for c in children_of(trigger) if c.dep_ in ("xcomp", "advcl") and c.i in by_trigger
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
                        and by_trigger[c.i].time_source == "clause"), None)
        if purpose is not None and purpose.type in ("career.hire", "career.appoint", "business.found"):
            event.time, event.timex, event.time_source = purpose.time, None, "event"


SAME_SPAN = re.compile(r"(?:on )?(?:that|the) (?:very )?same (day|week|month|year)")
SAME_GRAIN = {"day": 10, "week": 8, "month": 7, "year": 4}


def same_occasion_times(found: list[tuple[Token, Event]], timex_text: dict[str, str]) -> None:
    """"X was charged on Tuesday with ... He had been arrested on 14 March. Y was charged the same day": the day of the
    same thing done to another told just before (within two sentences), not the last date the story gave."""
    for trigger, event in found:
        said = SAME_SPAN.fullmatch(timex_text.get(event.timex or "", "").lower())
        if event.type is None or said is None:
            continue
        grain = SAME_GRAIN[said.group(1)]
        mine = {a.entity for a in event.args if a.entity}
        before = [e for t, e in found if e.type == event.type and t.i < trigger.i and event.sentence - 2 <= e.sentence < event.sentence
                  and e.time is not None and len(e.time) == grain and e.time_source == "clause"
                  and not mine & {a.entity for a in e.args if a.entity}]
        if before:
            source = max(before, key=lambda e: e.start)
            event.time, event.timex, event.time_source = source.time, None, "event"


UNION_YEARS = re.compile(r"^(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                         r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)-year$")
YEAR_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                                          "sixteen seventeen eighteen nineteen twenty".split(), 1)} | {"thirty": 30, "forty": 40, "fifty": 50}


def union_length_times(found: list[tuple[Token, Event]], time_of: Callable[[Token], str | None], unions: frozenset[str],
                       end_verbs: frozenset[str]) -> None:
    """"His six-year marriage to Y ended in divorce in 2019": a union that many years long, undated, began that many years
    before the dated end (the year only)."""
    for trigger, event in found:
        if event.type is None or event.time is not None or trigger.dep_ not in ("nsubj", "nsubjpass") \
                or trigger.lemma_.lower() not in unions or trigger.head.lemma_.lower() not in end_verbs:
            continue
        length = _years_long(trigger)
        end = time_of(trigger.head) if length else None
        if end is not None and end[:4].isdigit():
            event.time, event.timex, event.time_source = f"{int(end[:4]) - length:04d}", None, "event"  # type: ignore[operator]


def _years_long(noun: Token) -> int | None:
    """6 in "six-year marriage", "6-year marriage" (the words before the noun, as the tokenizer splits them or not)."""
    words = [t.lower_ for t in noun.doc[max(0, noun.i - 4) : noun.i] if t.i >= noun.left_edge.i]
    match = UNION_YEARS.match("".join(words[-3:])) or UNION_YEARS.match(words[-1] if words else "")
    if match is None:
        return None
    number = match.group(1)
    return int(number) if number.isdigit() else YEAR_WORDS[number]


def _past_relative_name(verb: Token) -> Token | None:
    """The name a leaving told in the simple past in a relative clause hangs on ("X, who was sacked", "the band's first
    bassist, X, who retired": the noun the apposition is of), else None ("who has retired", "who had left", "who is
    retiring": not told as the leaving something later followed)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "relcl" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "will", "would", "is", "are") for c in children_of(verb)):
        return None
    name = verb.head
    while name.dep_ == "appos":
        name = name.head
    return name


def predecessor_times(found: list[tuple[Token, Event]], time_of: Callable[[Token], str | None]) -> None:
    """"She was named chief executive in 2019, succeeding X, who retired after 11 years in the post", "joined in 1989,
    replacing Y, who was sacked after missing three concerts": the undated leaving of the one succeeded, told in the past in a
    relative clause on the name, made way for the succession, and is dated by it (its own event's time, or that of the
    clause the participle hangs on).  `time_of`: the dated value of a verb's own clause."""
    by_token = {t.i: e for t, e in found if e.type and e.time}
    for trigger, event in found:
        if event.type not in LEAVING_TYPES or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        name = _past_relative_name(trigger)
        if name is None:
            continue
        succession = name.head
        if name.dep_ != "dobj" or succession.lemma_.lower() not in SUCCESSION_LEMMAS or succession.tag_ not in ("VBD", "VBG", "VBN"):
            continue  # (a past or a participle: "replaces X, who retired" tells the news of now, not when X left)
        source = by_token.get(succession.i)
        value = source.time if source is not None else time_of(succession)
        if value is None and succession.dep_ in ("advcl", "conj") and (head := by_token.get(succession.head.i)) is not None:
            value = head.time  # "was named chief executive in 2019, succeeding X"
        if value is not None:
            event.time, event.timex, event.time_source = value, None, "event"


def succeeded_times(found: list[tuple[Token, Event]]) -> None:
    """"X is stepping down as chief executive to become chief scientist; she will be succeeded on March 1 by Y", "X is
    stepping aside, and Y joins as CEO on April 1": the undated leaving of X takes the time of the dated succession told
    after it in the same sentence, with X its predecessor or its verb joined to the leaving's."""
    successions = [(t, e) for t, e in found if e.type in FILLING_TYPES and e.time and e.polarity == "POS"]
    for trigger, event in found:
        if event.type not in LEAVING_TYPES or event.time is not None or event.polarity != "POS":
            continue
        leaving = "patient" if event.type == "career.fire" else "agent"
        leavers = {a.entity for a in event.args if a.role == leaving and a.entity}
        succession = next((e for t, e in successions if e.sentence == event.sentence and e.start > event.start
                           and (any(a.role == "predecessor" and a.entity in leavers for a in e.args)
                                or (t.dep_ == "conj" and t.head.i == trigger.i and e.type in ("career.appoint", "career.hire")
                                    and not any(a.role == "patient" and a.entity in leavers for a in e.args)))), None)
        # (told after the leaving: not "She succeeds X, who announced that he would retire", the leaving its own)
        if succession is not None:
            event.time, event.timex, event.time_source = succession.time, None, "event"


VACANCY_PREPS = frozenset({"after", "following"})
FILLING_TYPES = frozenset({"career.appoint", "career.hire", "politics.elect"})


def _vacancy_filled(noun: Token, by_token: dict[int, Event]) -> Event | None:
    """The dated appointment that a leaving noun told after "after" / "following" hangs on ("took over the leadership in
    April after the sudden resignation of X"), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in VACANCY_PREPS or prep.dep_ != "prep":
        return None
    filled = by_token.get(prep.head.i)
    return filled if filled is not None and filled.type in FILLING_TYPES and filled.polarity == "POS" else None


def vacancy_times(found: list[tuple[Token, Event]]) -> None:
    """"X took over the leadership in April last year after the sudden resignation of Y", "was appointed five years later
    after the abrupt departure of her predecessor, Z, who was sacked over accounting errors": the undated leaving that made
    the vacancy an appointment filled is dated by that appointment (the noun itself, or a past leaving told in a relative
    clause on the name of the one who left)."""
    by_token = {t.i: e for t, e in found if e.type and e.time}
    for trigger, event in found:
        if event.type not in LEAVING_TYPES or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        noun = trigger
        if trigger.pos_ in ("VERB", "AUX"):  # "... of her predecessor, Z, who was sacked": the leaving noun Z's name hangs on
            name = _past_relative_name(trigger)
            if name is None or name.dep_ != "pobj" or name.head.lower_ != "of" or name.head.head.pos_ != "NOUN":
                continue
            noun = name.head.head
            leaving = by_token.get(noun.i)
            if leaving is not None and leaving.type in LEAVING_TYPES:
                event.time, event.timex, event.time_source = leaving.time, None, "event"
                continue
        filled = _vacancy_filled(noun, by_token)
        if filled is not None:
            event.time, event.timex, event.time_source = filled.time, None, "event"


RESHUFFLE_NOUNS = frozenset({"reshuffle", "shake-up", "shakeup"})
RESHUFFLE_WORDS = RESHUFFLE_NOUNS | {"up"}  # ("a shake-up" split at the hyphen)
RESHUFFLE_TYPES = frozenset({"career.appoint", "career.fire"})
BACKGROUND_WORDS = frozenset({"once", "first", "previously", "formerly", "earlier", "later", "ever", "never", "already"})


def reshuffle_times(found: list[tuple[Token, Event]], dct: str | None, time_of: Callable[[Token], str | None],
                    dates: list[tuple[int, Token]]) -> None:
    """"X carried out a reshuffle on Friday ... Y was dismissed after months of disagreement ... Z was brought into the
    cabinet as minister without portfolio": in a story of a reshuffle dated a day of the fortnight before the article's
    day (the noun carried out or done in, not the subject of "The reshuffle followed X's resignation on Sunday"), an appointment or a dismissal told after it in the simple past or present, in a sentence with no date of its
    own, is one of its changes, made that day (not one of a career told in a relative clause or in the past perfect).
    `time_of`: the dated value of a token's own clause; `dates`: the sentence and the head word of each date."""
    if not dct or not DAY.fullmatch(dct) or not found:
        return
    doc = found[0][0].doc
    earliest = (date.fromisoformat(dct) - timedelta(days=NEWS_MOVE_DAYS)).isoformat()
    days = []
    for token in with_lemmas(doc, RESHUFFLE_WORDS):
        shake_up = token.lower_ == "up" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "shake"
        if not shake_up and (token.lemma_.lower() not in RESHUFFLE_NOUNS or token.pos_ != "NOUN"):
            continue  # ("a shake-up" is split at the hyphen, "up" its head)
        if token.dep_ in ("nsubj", "nsubjpass"):
            continue  # "The reshuffle followed the resignation on Sunday of X": that other event's day
        verb = token.head.head if token.dep_ == "pobj" else token.head
        for value in (time_of(token), time_of(verb) if verb.pos_ in ("VERB", "AUX") else None):
            if value and DAY.fullmatch(value[:10]) and earliest <= value[:10] <= dct:
                days.append((token.idx, value[:10]))
                break
    for token in with_lemmas(doc, ("reshuffle", *RESHUFFLING_VERBS)):  # "reshuffled her cabinet on Friday", "replaced four
        # members of her cabinet on Wednesday": a reshuffle told by a verb (the lemma index: not every token read)
        if token.pos_ == "VERB" and (token.lemma_.lower() == "reshuffle" or (token.lemma_.lower() in RESHUFFLING_VERBS and any(
                c.dep_ == "dobj" and _ministers_counted(c) for c in children_of(token)))):
            value = time_of(token)
            if value and DAY.fullmatch(value[:10]) and earliest <= value[:10] <= dct:
                days.append((token.idx, value[:10]))
    if not days:
        return
    days.sort()
    for trigger, event in found:
        if event.type not in RESHUFFLE_TYPES or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        if any(sentence == event.sentence and not _described(root) for sentence, root in dates):
            continue  # a date of the clause's own ("Piet Olver, who had run it since 2021, was dismissed": not that one)
        told = [value for start, value in days if start < trigger.idx]
        if not told:
            continue
        verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass", "attr") else trigger
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or verb.dep_ in ("relcl", "acl") or (
                verb.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in children_of(verb))):
            continue  # (a contrast is another of the changes: "X was handed the transport brief, while Y was brought into the cabinet")
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "has", "have", "will", "would") for c in children_of(verb)):
            continue  # "had run the ministry", "has served": a career before the changes
        if verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in children_of(verb)):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_WORDS for c in children_of(verb)):
            continue
        event.time, event.timex, event.time_source = told[-1], None, "event"


RESHUFFLING_VERBS = frozenset({"replace", "change", "swap"})  # (not "sacked three ministers on Tuesday": a number of
# dismissals, which date the ones named after them (`counted_times`), not a reshuffle dating every move told after)
CABINET_NOUNS = frozenset({"cabinet", "government", "team", "ministry"})


def _ministers_counted(noun: Token) -> bool:
    """"four ministers", "three members of her cabinet": a number of the posts of a cabinet."""
    if not any(c.dep_ == "nummod" and (c.lower_ in NUMBERS or c.like_num) for c in children_of(noun)):
        return False
    if noun.lemma_.lower() == "minister":
        return True
    return noun.lemma_.lower() == "member" and any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CABINET_NOUNS for o in children_of(p)) for p in children_of(noun))


def _described(token: Token) -> bool:
    """A word inside a relative clause, a participle or an apposition describing someone."""
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "appos"):
            return True
        token = token.head
    return False


def deal_participle_times(found: list[tuple[Token, Event]], listed: set[int], deal_nouns: frozenset[str]) -> None:
    """"it raised €28 million in a Series B round led by X": an undated event told by a participle on the deal noun of a
    dated event of its type takes that event's time (the round X led is the one raised then)."""
    by_token = {t.i: e for t, e in found if id(e) in listed and e.type and e.time is not None}
    for t, e in found:
        if id(e) not in listed or not e.type or e.time is not None or t.dep_ != "acl" or t.tag_ != "VBN":
            continue
        deal = t.head
        if deal.lemma_.lower() not in deal_nouns or deal.dep_ != "pobj":
            continue
        verb = deal.head.head  # ("raised €28 million in a round": the phrase may hang on the object)
        while verb.pos_ != "VERB" and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
            verb = verb.head
        source = by_token.get(verb.i)
        if source is not None and source.type == e.type:
            e.time, e.timex, e.time_source = source.time, source.timex, "event"


CONTEST_NOUNS = frozenset({"election", "by-election", "poll", "polls", "vote", "ballot", "contest", "race", "primary", "runoff", "run-off"})


def contest_day_times(found: list[tuple[Token, Event]], day_of: Callable[[Token], str | None]) -> None:
    """"X has been elected mayor of Y after one of the closest contests ... The candidate took 9,418 votes in Thursday's
    by-election": an election told undated is the contest its sentence or the next one dates by its day's possessive."""
    for trigger, event in found:
        if event.type != "politics.elect" or event.time is not None or trigger.pos_ != "VERB":  # (the one beaten too)
            continue
        days = {value for sent in _own_and_next(trigger) for t in sent if t.lemma_.lower() in CONTEST_NOUNS
                and t.pos_ == "NOUN" for c in t.children if c.dep_ == "poss" and (value := day_of(c)) is not None and len(value) == 10}
        if len(days) == 1:
            event.time, event.time_source = days.pop(), "event"


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def relative_clause_times(found: list[tuple[Token, Event]], value_at: dict[int, str]) -> None:
    """"Ruddlesby, who joined Kestrel FM from rival station Sound 96 in 2017, has been its presenter since 2018": a date
    before the comma that closes a relative clause is the clause's own, wherever the parser hung it (here on "Sound",
    taken for the subject of the main clause) -- when no other verb stands between and the event has no time of its own."""
    for trigger, event in found:
        if not event.type or event.time is not None or trigger.dep_ != "relcl" or trigger.pos_ != "VERB":
            continue
        pronoun = next((c for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS), None)
        doc = trigger.doc
        if pronoun is None or pronoun.i == 0 or doc[pronoun.i - 1].text != ",":
            continue
        close = next((t.i for t in doc[trigger.i + 1 : trigger.sent.end] if t.text in (",", ";", "(", ")")), None)
        if close is None:
            continue
        window = doc[trigger.i + 1 : close]
        if any(t.pos_ in ("VERB", "AUX") for t in window):
            continue
        inside = {t.i for t in trigger.subtree}
        dates = [(t.i, value_at[t.i]) for t in window if t.i in value_at and re.match(r"\d{4}(-\d{2})?(-\d{2})?$", value_at[t.i])]
        if len(dates) == 1 and dates[0][0] not in inside:
            event.time, event.timex, event.time_source = dates[0][1], None, "clause"


CONTRACT_VERBS = frozenset({"sign", "agree", "complete", "seal", "finalise", "finalize", "put"})
CONTRACT_NOUNS = frozenset({"contract", "deal", "terms", "transfer", "move", "paper"})  # ("put pen to paper on a contract")


def _contract_verb(tok: Token) -> bool:
    """"signed a four-year contract", "completing the deal", "put pen to paper on a five-year contract": a contract made."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in CONTRACT_VERBS:
        return False
    objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
    objects += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in children_of(c) if g.dep_ == "pobj"]
    objects += [g for o in list(objects) for c in children_of(o) if c.dep_ == "prep" and c.lower_ == "on" for g in children_of(c)
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in CONTRACT_NOUNS for o in objects)


def contract_day_times(found: list[tuple[Token, Event]], entity_of: Callable[[Token], object],
                       time_of: Callable[[Token], str | None]) -> None:
    """"Penstock Rovers have signed the striker X from Y ... The 26-year-old completed a medical on Thursday morning and
    signed a four-year contract that afternoon": a signing told undated takes the day its contract was signed or its deal
    completed -- in its own sentence, or the next one when the player or the club signs there."""
    for trigger, event in found:
        if event.type != "career.hire" or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        sides = {a.entity for a in event.args if a.role in ("patient", "agent", "organization") and a.entity}
        own, *after = _own_and_next(trigger)
        for sent in (own, *after):
            for tok in sent:
                if tok.i == trigger.i or not _contract_verb(tok):
                    continue
                doer = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
                if doer is None and tok.dep_ == "conj":
                    doer = next((c for c in children_of(tok.head) if c.dep_ == "nsubj"), None)
                if sent is not own and (doer is None or entity_of(doer) not in sides):
                    continue
                value = time_of(tok)
                if value is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                    value = time_of(tok.head)  # "passed a medical on Tuesday and signed a four-year contract": that day
                if value is not None and re.match(r"\d{4}-\d{2}-\d{2}", value):
                    event.time, event.timex, event.time_source = value[:10], None, "event"
                    break
            if event.time is not None:
                break



DECISION_NOUNS = frozenset({"decision", "dismissal", "sacking", "departure", "exit", "firing"})  # "was told of the decision"


def told_decision_times(found: list[tuple[Token, Event]], entity_of: Callable[[Token], object],
                        time_of: Callable[[Token], str | None]) -> None:
    """"Askerby Albion have sacked manager X ... The 49-year-old was told of the decision by the chairman on Monday
    morning": a sacking told undated takes the day the one sacked was told of it, in its sentence or the next."""
    for trigger, event in found:
        if event.type != "career.fire" or event.polarity != "POS" or event.modality is not None \
                or (event.time is not None and (event.time_source == "clause" or len(event.time) > 7)):
            continue  # (undated, or only the year or the month another mention lent it: "to lose his job this season")
        sacked = {a.entity for a in event.args if a.role == "patient" and a.entity}
        for tok in (t for sent in _own_and_next(trigger) for t in sent):
            if tok.lemma_.lower() != "tell" or tok.tag_ != "VBN" or not any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in DECISION_NOUNS
                                                                 for o in children_of(c)) for c in children_of(tok)):
                continue
            subject = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
            value = time_of(tok) if subject is not None and entity_of(subject) in sacked else None
            if value is not None and re.match(r"\d{4}-\d{2}-\d{2}", value) and value.startswith(event.time or ""):
                event.time, event.timex, event.time_source = value[:10], None, "event"
                break


ACCEPTING_LEMMAS = frozenset({"accept"})
RESIGNATION_NOUNS = frozenset({"resignation"})


def accepted_resignation_times(found: list[tuple[Token, Event]]) -> None:
    """"The prime minister accepted the resignation and named the deputy housing minister, X, as his replacement": an
    appointment told undated with the acceptance of the resignation the article dates is made that day -- the day of
    the last dated resignation told before it."""
    for trigger, event in found:
        if event.type != "career.appoint" or event.time is not None or event.polarity != "POS" or event.modality is not None:
            continue
        accepted = trigger.head if trigger.dep_ == "conj" else None
        if accepted is None or accepted.lemma_.lower() not in ACCEPTING_LEMMAS or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in RESIGNATION_NOUNS for c in children_of(accepted)):
            continue
        resigned = [e for _, e in found if e.type == "career.resign" and e.polarity == "POS" and e.time and e.start < event.start
                    and re.match(r"\d{4}-\d{2}-\d{2}$", e.time)]
        if resigned:
            last = max(resigned, key=lambda e: e.start)
            event.time, event.timex, event.time_source = last.time, last.timex, "event"

