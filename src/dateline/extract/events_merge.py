"""One typed event per real event within an article.

A headline "X dies" and "X died on Monday in Y" are two mentions of one event.  Mentions merge
when they have the same type, polarity and modality (a headline's modality aside: "X buys Y" is
the body's "X has agreed to acquire Y"), share a known participant, name no
different known participants in the same role (for two-person life events "agent" and "partner"
count as one role), and have compatible times (equal, one unknown, or one a more precise value
of the other).  The merged event keeps the earliest trigger, the union of the arguments and the
most precise time.  Untyped events are left alone; the store merges across articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from spacy.tokens import Doc

from ..model import Argument, Event
from ..nlp import char_span
from .events_schema import schema
from .events_typing import NEW_PARTNER_LEMMAS, POSSESSIVES
from .name_missed import LEGISLATOR_SEATS

PAIR_ROLES = {"agent": "people", "partner": "people"}  # symmetric types: who with whom, either way
SHARED_ROLES = {"cofounder": "agent"}  # "X co-founded Y with Z" and "X and Z started Y": one founding by the two
FUNCTION_WORDS = {"a", "an", "the", "their", "his", "her", "its", "our", "my", "your", "of", "about", "some", "new", "first", "one"}
DEFINITE = {"the", "his", "her", "its", "their"}  # a description of someone already known
INDEFINITE = {"a", "an", "another", "some", "one", "two", "three", "four", "five", "several", "many", "other", "any", "no"}
TITLE_ROLES = {"role", "award"}
HEADLINE_LOOSE_ROLES = {"work", "place", "child"}  # a headline describes what the body names ("welcome a baby boy")
HEADLINE_FREE_ROLES = {"place"}  # ... or names another place of it: the venue, the body's town
CRIME_ROLES = {"charge"}  # "charged with bribery" / "charged on Tuesday with two counts of ...": one charging, told two ways
PRONOUNS = {"him", "her", "them", "he", "she", "they", "it", "his", "its", "their"}
SOURCE_RANK = {"clause": 3, "sentence": 2, "event": 1, None: 0}


def _fillers(event: Event, symmetric: bool) -> dict[str, set[str]]:
    """Role -> its fillers: entity ids, or "~text" for an argument no entity stands for (a title
    by its words, named or not: "the Obendroth Prize" is within "the Obendroth Prize in Physiology")."""
    out: dict[str, set[str]] = {}
    for arg in event.args:
        role = PAIR_ROLES.get(arg.role, arg.role) if symmetric else SHARED_ROLES.get(arg.role, arg.role)
        out.setdefault(role, set()).add(arg.entity or "~" + arg.text.lower())
        if role in TITLE_ROLES and arg.entity:
            out[role].add("~" + arg.text.lower())
    return out


def _times_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) : len(short) + 1] == "-"


def _overlap(role: str, mine: set[str], theirs: set[str], bare_prizes: bool = False) -> bool:
    named, named_there = _entities({"": mine}), _entities({"": theirs})
    if role in TITLE_ROLES and named and named_there and not named & named_there:  # two names of one prize?
        return any(a[1:] in b[1:] or b[1:] in a[1:] for a in mine for b in theirs if a[0] == b[0] == "~")
    if named and named_there:  # "two children, A and B" is not the birth of A
        return named == named_there
    if role in CRIME_ROLES and not named and not named_there:
        return True  # the crime as the lead sums it up and as the body counts it
    if role == "award" and bool(named) != bool(named_there) and _other_prize(mine if named_there else theirs, theirs if named_there else mine):
        return False  # "the women's doubles title" is not the "Tern Cup" (though "the title" may be)
    if named or named_there:  # "the company" (or a headline's bare "fired scientist") may be the one named there
        return all(x.startswith("~") and _maybe_known(x[1:]) for x in (theirs if named else mine))
    if role == "award" and any(words & MEDAL_COLOURS and "medal" in other for words, other in ((_words(mine), _words(theirs)),
                                                                                                 (_words(theirs), _words(mine)))):
        return True  # "the first Finnish woman to win a global 100m medal" / "won bronze in the 100m": one medal
    if bare_prizes and role == "award" and any(_bare_prize(x) for x in (*mine, *theirs)):
        return True  # "has won the £30,000 X prize ... was presented with the award at a ceremony on Wednesday": that prize
        # (on the same day: see `_same_event`)
    if role in TITLE_ROLES:  # "chief executive" / "chief operating officer": one within the other or apart (a headline's
        # "new Kelby Town manager" is the body's "new manager", its words all there)
        return any(a[1:] in b[1:] or b[1:] in a[1:] or _within(a[1:], b[1:]) for a in mine for b in theirs)
    if role == "amount" and (sums := {_sum(x[1:]) for x in mine} & {_sum(x[1:]) for x in theirs}) and sums != {None}:
        return True  # "raises £22m" (a headline) / "has raised £22 million": one sum
    here, there = _words(mine), _words(theirs)  # "400 jobs" / "about 400 employees", "a son" / "a daughter"
    if role == "topic" and any(min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)) for a in here for b in there):
        return True  # "announces retirement" (a headline) / "announced that he will retire": one announcement
    return bool(here & there)


MEDAL_COLOURS = frozenset({"gold", "silver", "bronze"})
BARE_PRIZES = frozenset({"the award", "the prize", "the trophy", "the honour", "the honor", "the medal"})


def _bare_prize(filler: str) -> bool:
    """"the award", "the prize": a prize told before, by its head alone."""
    return filler.startswith("~") and filler[1:] in BARE_PRIZES


def _within(a: str, b: str) -> bool:
    """The words of one title are all among the other's ("new manager", "new Kelby Town manager")."""
    here, there = set(a.split()), set(b.split())
    return here <= there or there <= here


SUM = re.compile(r"([£$€¥])\s?(\d[\d.,]*)\s?(m|bn|million|billion)\b")
SUM_UNITS = {"m": "million", "bn": "billion"}


def _sum(text: str) -> tuple[str, str, str] | None:
    """A sum however written: "£22m" and "£22 million" are ("£", "22", "million")."""
    found = SUM.search(text)
    return (found[1], found[2], SUM_UNITS.get(found[3], found[3])) if found else None


PRIZE_HEADS = {"title", "titles", "prize", "award", "trophy", "crown", "cup", "race", "tournament", "championship", "medal", "final"}


WINNER_WORDS = frozenset({"winner", "winners", "champion", "recipient", "victor"})  # "was named the winner": who has it, no other prize


def _other_prize(described: set[str], named: set[str]) -> bool:
    """A description of a prize with words of its own ("the women's doubles title") that the named
    prize's words do not have: another prize."""
    own = {w for w in _words(described) - PRIZE_HEADS - WINNER_WORDS - {"same", "this", "that"} if not any(c.isdigit() for c in w)}
    return bool(own) and not own & _words(named)  # (its purse is no other prize: "the £30,000 award")


def _maybe_known(description: str) -> bool:
    """"the company", "their son", a headline's "fired scientist": perhaps someone named elsewhere;
    "a daughter", "two men", "another rival": someone new."""
    words = description.split()
    return bool(words) and (words[0] in DEFINITE or (words[0] not in INDEFINITE and not words[0][0].isdigit()))


ABBREVIATED_POSTS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial"), "coo": ("chief", "operating"),
                     "cto": ("chief", "technology"), "cio": ("chief", "information"), "cmo": ("chief", "marketing")}
# (a headline's "CEO" is the body's "chief executive"; "CEO X" before a name a post, see career_args._title_token)


def _words(fillers: set[str]) -> set[str]:
    words = {w for x in fillers for w in x[1:].split() if w not in FUNCTION_WORDS}
    return words.union(*(ABBREVIATED_POSTS.get(w, ()) for w in words))


def _entities(fillers: dict[str, set[str]]) -> set[str]:
    return {x for xs in fillers.values() for x in xs if not x.startswith("~")}


ONCE_TYPES = frozenset({"life.die", "life.born"})  # what happens to anyone once


def _same_event(a: Event, b: Event, symmetric: bool, headline: int | None = None) -> bool:
    if a.type is None or a.type != b.type or a.polarity != b.polarity:
        return False
    if a.modality != b.modality and (headline is None or headline not in (a.sentence, b.sentence)):
        return False  # a headline's tense says little: "X buys Y" is the body's "X has agreed to acquire Y"
    if not _times_compatible(a.time, b.time) and not ((symmetric or a.type in ONCE_TYPES) and _borrowed(a, b)):
        return False  # ("has died, his family said on Monday ... died at his home on Sunday": one death)
    one_phrase = _one_phrase(a, b)
    if _dated_apart(a, b) and not one_phrase:
        return False
    mine, theirs = _fillers(a, symmetric), _fillers(b, symmetric)
    if not _entities(mine) & _entities(theirs) and not one_phrase:
        return False
    if a.start == b.start and mine.get("organization") and theirs.get("organization") \
            and not mine["organization"] & theirs["organization"]:
        return False  # one verb, two bodies: "resigned from the government and from the X party"
    if _other_post_left(mine, theirs) or _other_post_left(theirs, mine):
        return False
    if _government_and_named(mine.get("organization", set()), theirs.get("organization", set())) \
            or _government_and_named(theirs.get("organization", set()), mine.get("organization", set())):
        return False
    if offices_apart(a, b):
        return False
    if symmetric:  # "X married Y" and "X married Z" are two weddings; "X married" is either
        people_a, people_b = (_told_people(fillers.pop("people", set())) for fillers in (mine, theirs))
        if len(people_a) >= 2 and len(people_b) >= 2 and people_a != people_b:
            return False
        if (a.lemma in NEW_PARTNER_LEMMAS) != (b.lemma in NEW_PARTNER_LEMMAS):
            return False  # "X, who has since remarried": not the wedding told with the former partner
    told_in_headline = headline is not None and headline in (a.sentence, b.sentence)
    same_day = a.time is not None and a.time == b.time
    return all(_overlap(role, mine[role], theirs[role], same_day) or (told_in_headline and role == "role" and bool(_words(mine[role]) & _words(theirs[role])))
               for role in mine.keys() & theirs.keys()
               if not (told_in_headline and (role in HEADLINE_FREE_ROLES or (
                   role in HEADLINE_LOOSE_ROLES and not (_entities({"": mine[role]}) and _entities({"": theirs[role]}))
                   and not _new_thing_beside_named(mine[role], theirs[role])))))
    # (a headline's "wins prize for a novel few people read" is the body's win for the novel it names; its "Grisholm
    # chief" the body's "chief executive"; "at the Aurora Screen Awards" the ceremony the body holds "in Edinburgh")


GOVERNMENT_WORDS = frozenset({"government", "cabinet"})


def _government_and_named(mine: set[str], theirs: set[str]) -> bool:
    """"resigned from the government on Thursday and said he was leaving the ruling X party": the government told by its
    noun alone on one side, a body named on the other (and no government there): two bodies, two leavings."""
    return bool(mine) and all(x.startswith("~") and x[1:].split()[-1] in GOVERNMENT_WORDS for x in mine) \
        and bool(_entities({"": theirs})) and not any(x.startswith("~") and x[1:].split()[-1] in GOVERNMENT_WORDS for x in theirs)


def _other_post_left(mine: dict[str, set[str]], theirs: dict[str, set[str]]) -> bool:
    """One leaving tells the post left ("is stepping down as chief executive"), the other a new post described with none of
    its words ("after leaving a postdoctoral post at X"; not "is leaving the post", the one told): two leavings, whatever
    else they share."""
    posts = mine.get("role", set())
    left = {x for x in theirs.get("left", set()) if x.startswith("~") and not _maybe_known(x[1:])}
    return bool(posts) and bool(left) and "role" not in theirs and not _words(posts) & _words(left)


ELECTION_TYPES = frozenset({"politics.elect"})
CHAMBER_WORDS = frozenset({"council", "parliament", "assembly", "senate", "legislature", "congress", "chamber", "house"})
SEAT_WORDS = LEGISLATOR_SEATS | {"member"}  # "elected councillor", "elected a member": the chamber's seat


def offices_apart(a: Event, b: Event) -> bool:
    """Two elections of one person, one to a post and the other to a chamber (`_post_and_chamber`): two occasions."""
    if a.type not in ELECTION_TYPES or b.type != a.type:
        return False
    mine, theirs = _fillers(a, False), _fillers(b, False)
    for event, fillers in ((a, mine), (b, theirs)):  # a chamber by its words, named or not ("Kedlow Borough Council")
        fillers.setdefault("organization", set()).update("~" + x.text.lower() for x in event.args if x.role == "organization" and x.entity)
    return _post_and_chamber(mine, theirs) or _post_and_chamber(theirs, mine)


def _post_and_chamber(mine: dict[str, set[str]], theirs: dict[str, set[str]]) -> bool:
    """One election tells a post won ("elected mayor"), the other a chamber entered and no post ("was elected to the
    borough council in 2015"): two elections (not "elected councillor" and "elected to the council": one seat)."""
    posts = _words({x for x in mine.get("role", set()) if x.startswith("~")})
    chambers = _words({x for x in theirs.get("organization", set()) | theirs.get("body", set()) if x.startswith("~")})
    return bool(posts) and "role" not in theirs and bool(chambers & CHAMBER_WORDS) and not posts & (SEAT_WORDS | CHAMBER_WORDS)


def _new_thing_beside_named(mine: set[str], theirs: set[str]) -> bool:
    """The mention kept names the work ("launched Atlas"), the later one tells only a new thing ("plans to open an office"):
    two things, whatever a headline says of either (a headline's "wins prize for a novel" before the body's named novel is
    that novel described)."""
    return bool(_entities({"": mine})) and bool(theirs) and all(x.startswith("~") and not _maybe_known(x[1:]) for x in theirs)


def _told_people(people: set[str]) -> set[str]:
    """The pair of a symmetric event but for descriptions that may stand for one of them named elsewhere (a headline's
    "splits from husband", "the couple"): "X splits from husband" and "X and Y have separated" are one separation."""
    return {p for p in people if not p.startswith("~") or not _maybe_known(p[1:])}


def _one_phrase(a: Event, b: Event) -> bool:
    """"The study, co-authored by X, was published in Y in March": two verbs of one sentence over the very same phrase in one
    role, a phrase no entity stands for (the study written and published is one publication, its author the one publishing;
    not "raised $85m in a round led by X, the firm that first backed it in 2019": X named in both, two investments)."""
    return a.sentence == b.sentence and bool({(g.role, g.start) for g in a.args if g.entity is None}
                                             & {(g.role, g.start) for g in b.args if g.entity is None})


def _news_and_old(a: Event, b: Event, news_told: frozenset[int], dct: str | None) -> bool:
    """One mention told as news in the present perfect with no time, the other dated two years or more before the
    article's date: two occasions."""
    if not dct or not dct[:4].isdigit():
        return False
    for news, other in ((a, b), (b, a)):
        if id(news) in news_told and news.time is None and other.time and other.time[:4].isdigit() \
                and int(other.time[:4]) < int(dct[:4]) - 1 and news_named_apart(news, other):
            return True
    return False


ROUND_NOUNS = frozenset({"round", "raise", "fundraising", "fundraise", "funding", "financing"})
ROUND_WORDS = frozenset({"the", "latest", "new", "funding", "financing", "investment", "fundraising"})


def _the_round(event: Event) -> bool:
    """An investment told in "the round" and nothing more ("also put money into the round", "with participation from X"
    after "the round was led by Y"): the round of the article's news."""
    return any(a.entity is None and (words := a.text.lower().split()) and words[0] == "the" and words[-1] in ROUND_NOUNS
               and all(w in ROUND_WORDS for w in words[1:-1]) for a in event.args)


def older_round(a: Event, b: Event, dct: str | None) -> bool:
    """Two investments of one backer, one undated in "the round" of the news, the other dated in an earlier year
    ("Existing backer X also put money into the round ... a $6 million seed round, led by X in October 2023"): two rounds."""
    if a.type != "business.invest" or not dct or not dct[:4].isdigit():
        return False
    return any(x.time is None and _the_round(x) and y.time is not None and y.time[:4].isdigit() and int(y.time[:4]) < int(dct[:4])
               for x, y in ((a, b), (b, a)))


def news_named_apart(news: Event, other: Event) -> bool:
    """Something tells the news and the other mention apart: the news names who did it ("The X Orchestra has appointed
    Y") and the other does not, or both name a post and the posts differ ("its new editor" / "news editor") -- not "Y has
    been nominated for an award ... was nominated two years later": one nomination, dated."""
    doers = {a.entity for a in news.args if a.role in ("agent", "organization", "predecessor") and a.entity}
    if doers - {a.entity for a in other.args if a.entity}:
        return True
    # "has won the X East by-election" and "was elected to Y Council in May 2022": places or bodies apart
    where = {a.entity for a in news.args if a.role == "place" and a.entity}
    bodies = {a.entity for a in other.args if a.role in ("place", "organization") and a.entity}
    if where and bodies and not where & bodies:
        return True
    if news.type in ELECTION_TYPES and bodies and not any(a.role == "organization" for a in news.args):
        return True  # (the seat's name unrecognised, the older election's chamber named)
    posts = [{" ".join(w for w in a.text.lower().split() if w not in ("new", "its", "the", "a", "an")) for a in e.args if a.role == "role"}
             for e in (news, other)]
    return bool(posts[0] and posts[1] and not posts[0] & posts[1])


def _dated_apart(a: Event, b: Event) -> bool:
    """"X raised $85m in a round led by Y, the firm that first backed it in 2019": in one sentence, a second
    verb of another word dated by its own clause while the first has no time tells another event."""
    if a.sentence != b.sentence or a.lemma == b.lemma or {a.time_source, b.time_source} != {"clause", None}:
        return False
    return (a.time is None) != (b.time is None)


def _borrowed(a: Event, b: Event) -> bool:
    """One of two mentions has its time only from its sentence ("have separated, People confirmed on
    Tuesday") and the other one of its own clause: for the same pair of people, one event."""
    return {a.time_source, b.time_source} == {"sentence", "clause"}


def _better_time(keep: Event, other: Event) -> bool:
    if other.time is None:
        return False
    if keep.time is None:
        return True
    if len(other.time) != len(keep.time):
        return len(other.time) > len(keep.time)
    return SOURCE_RANK[other.time_source] > SOURCE_RANK[keep.time_source]


# The mentions folded into each kept event while one article's events are found: id(kept) -> (kept, [(start, end), ...])
_TOLD_AGAIN: ContextVar[dict[int, tuple[Event, list[tuple[int, int]]]] | None] = ContextVar("told_again", default=None)
TOLD_AGAIN_KEY = "dateline.told_again"  # Doc.user_data: event id -> the trigger spans of its other mentions


@contextmanager
def tracking_mentions() -> Iterator[dict[int, tuple[Event, list[tuple[int, int]]]]]:
    """Record, while open, which mentions `absorb` folds into which event (an event's certainty is that of its most
    certain mention: a headline's "X charged" beside the body's "X was charged, police said")."""
    told: dict[int, tuple[Event, list[tuple[int, int]]]] = {}
    token = _TOLD_AGAIN.set(told)
    try:
        yield told
    finally:
        _TOLD_AGAIN.reset(token)


def _record_mention(keep: Event, other: Event) -> None:
    told = _TOLD_AGAIN.get()
    if told is None or keep is other:
        return
    spans = told.setdefault(id(keep), (keep, []))[1]
    spans.append((other.start, other.end))
    folded = told.pop(id(other), None)  # (what `other` had absorbed comes along)
    if folded is not None:
        spans.extend(folded[1])


def absorb(keep: Event, other: Event, symmetric: bool = False) -> None:
    _record_mention(keep, other)
    seen = {(a.role, a.entity or a.text.lower()) for a in keep.args}
    people = {a.entity for a in keep.args if a.entity and a.role in PAIR_ROLES}
    has_agent = any(a.role == "agent" for a in keep.args)
    for arg in other.args:
        key = (arg.role, arg.entity or arg.text.lower())
        if key in seen or (arg.role in PAIR_ROLES and arg.entity in people):
            continue
        seen.add(key)
        role = "partner" if symmetric and arg.role == "agent" and has_agent else arg.role  # one agent to a pair
        keep.args.append(Argument(role, arg.start, arg.end, arg.text, arg.entity))
    named = {a.role for a in keep.args if a.entity}
    keep.args = [a for a in keep.args if a.entity or a.role not in named or a.role not in KIN_ROLES or not _describes_known(a.text)]
    if _better_time(keep, other):
        keep.time, keep.timex, keep.time_source = other.time, other.timex, other.time_source


KIN_ROLES = frozenset({"child", "parent", "partner"})  # the kin a life or family event is about


def _describes_known(text: str) -> bool:
    """"their first child", "his wife": a definite description, which a name in the same role (one of `KIN_ROLES`) of another
    mention of the event tells ("X and Y Welcome Their First Child" ... "welcomed their first child, daughter Z,")."""
    words = text.lower().split()
    return len(words) >= 2 and words[0] in DEFINITE


def merge_mentions(events: list[Event], symmetric_types: set[str] | frozenset[str], headline: int | None = None,
                   news_told: frozenset[int] = frozenset(), dct: str | None = None,
                   headline_span: tuple[int, int] | None = None, also_told: frozenset[int] = frozenset()) -> list[Event]:
    """`events` in text order with the later mentions of one typed event folded into the first;
    `headline` is the index of the article's headline sentence, if it has one (`headline_span` its characters); `news_told`:
    the ids of events told as news in the present perfect ("X has appointed Y as its editor"), never one mention with a
    mention dated years before the article's date `dct` ("she was promoted to news editor three years later": an older
    occasion) when the news names a doer the other mention lacks; `also_told`: the ids of events told with "also" ("She also
    resigned as its shadow housing minister"), one more than the earlier ones of their type in the body."""
    out: list[Event] = []
    of_type: dict[str, list[Event]] = {}  # the kept typed events by type, in order: only one of the same type is the same event
    for event in sorted(events, key=lambda e: e.start):
        symmetric = event.type in symmetric_types
        same_type = of_type.setdefault(event.type, []) if event.type is not None else []
        first = next((e for e in same_type if _same_event(e, event, symmetric, headline)
                      and not (id(event) in also_told and e.sentence < event.sentence)
                      and not _news_and_old(e, event, news_told, dct) and not older_round(e, event, dct)), None)
        if first is None:
            out.append(event)
            same_type.append(event)
        else:
            if symmetric and headline is not None and first.sentence == headline and event.sentence != headline:
                _body_agent_first(first, event)
            leaving = first.type in HEADLINE_DEPARTURES and _times_compatible(first.time, event.time)
            absorb(first, event, symmetric)
            if headline is not None and first.sentence == headline and event.sentence != headline \
                    and (first.time is None or leaving) and first.modality is None and event.modality == "planned" and event.polarity == first.polarity:
                first.modality = "planned"  # "X steps down" over "X said she would leave the company": a leaving to come
    out = join_described(out, symmetric_types, headline, dct, headline_span)
    if headline_span is not None:
        for event in out:
            body_first(event, headline_span)
    return out


HEADLINE_DEPARTURES = frozenset({"career.retire", "career.resign"})  # "Veteran defender retires" over "will retire in May":
# a leaving to come, whatever time the headline took


def _body_agent_first(headline_event: Event, body: Event) -> None:
    """A two-person event told first in a headline, whose parse may miss who did it ("Vashti Cazalet files for divorce
    from Rainier Jellicoe", the name read as a verb), and then in the body ("has filed for divorce from ..."): the body's
    doer is the doer, the other the partner."""
    doer = next((a.entity for a in body.args if a.role == "agent" and a.entity), None)
    other = next((a.entity for a in body.args if a.role == "partner" and a.entity), None)
    told = {a.entity: a.role for a in headline_event.args if a.entity and a.role in ("agent", "partner")}
    if doer is None or other is None or told.get(doer) == "agent" or told.get(other) != "agent":
        return
    headline_event.args = [replace(a, role="partner") if a.entity == other and a.role == "agent"
                           else replace(a, role="agent") if a.entity == doer and a.role == "partner" else a
                           for a in headline_event.args]


def body_first(event: Event, headline_span: tuple[int, int]) -> None:
    """A headline names a post, a person, in short ("Grisholm chief Steenkamp steps down", "Halbeck fires defence chief"),
    the body in full ("resigned as chief executive", "dismissed his defence minister"): an event told in both keeps the
    body's post, and the body's description where it has one (a headline's description of someone the body only names,
    "sacks finance minister", stays: it tells the post)."""
    inside = [a.end <= headline_span[1] for a in event.args]
    if all(inside) or not any(inside):
        return
    posts = [a.text.lower() for a in event.args if a.role == "role" and a.start >= headline_span[1]]
    described = {a.role for a in event.args if a.start >= headline_span[1] and not a.entity}
    event.args = [a for a in event.args if not (a.end <= headline_span[1] and (
        (a.role == "role" and posts and not any(_within(a.text.lower(), p) for p in posts))  # ("leader" within "leader of X": kept)
        or (a.role != "role" and a.role in described and not a.entity)))]


def _described_role(event: Event, other: Event, headline_span: tuple[int, int] | None = None) -> str | None:
    """The one role `event` fills only with descriptions of someone perhaps known ("his defence
    minister", "him", a headline's "defence minister") and `other` with a named entity."""
    found = None
    for role in {a.role for a in event.args} - TITLE_ROLES:
        mine = [a for a in event.args if a.role == role]
        if any(a.entity for a in mine) or not all(_describes(a.text.lower()) or _headline_bare(a, headline_span) for a in mine):
            continue
        if any(a.role == role and a.entity for a in other.args):
            if found is not None:
                return None
            found = role
    return found


def _describes(text: str) -> bool:
    """"his defence minister", "the club", "him": a description or a pronoun, not a name the NER missed --
    and not someone's relative ("her husband died in 2008" is not the death of the one "her" is)."""
    words = text.split()
    if len(words) == 2 and words[0] in POSSESSIVES and words[1] in schema().relatives:
        return False
    return bool(words) and (words[0] in DEFINITE or words[0] in PRONOUNS)


def _headline_bare(arg: Argument, headline_span: tuple[int, int] | None) -> bool:
    """A headline drops its articles: its "defence minister" ("Forsby sacks defence minister") and "Man" ("Man charged
    over ...") are the body's "her defence minister" and "a man" it names -- a common noun's phrase with no determiner, a
    capital only where the headline starts (not a name the recognizer missed, "Grisholm chief")."""
    if headline_span is None or not headline_span[0] <= arg.start < arg.end <= headline_span[1] or arg.entity:
        return False
    words = arg.text.split()
    return bool(words) and all(w.isalpha() for w in words) and words[0].lower() not in INDEFINITE \
        and words[0].lower() not in DEFINITE and (words[0].islower() or arg.start == headline_span[0]) \
        and all(w.islower() for w in words[1:])


LATER_CHILD_WORDS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"})  # a child after another
HAVING_LEMMAS = frozenset({"have"})  # a child had, not born now


def _later_child_had(birth: Event, had: Event, role: str) -> bool:
    """`birth` tells a child after another ("her second child") and `had` a child the parents have already."""
    return had.lemma in HAVING_LEMMAS and bool(_words({"~" + a.text.lower() for a in birth.args if a.role == role}) & LATER_CHILD_WORDS)


def _may_describe(event: Event, other: Event, role: str) -> bool:
    """`event`'s description in `role` fits `other`: no title of `other` that the description's
    words contradict ("his defence minister" is not "X, head of the prison service"), no other role
    with different people."""
    title = _words({"~" + a.text.lower() for a in other.args if a.role == "role"})
    said = _words({"~" + a.text.lower() for a in event.args if a.role == role}) - PRONOUNS
    if event.type == "family.child" and (_later_child_had(event, other, role) or _later_child_had(other, event, role)):
        return False  # "has given birth to her second child ... they already have a son, X": not X's birth
    if title and said and not title & said:
        return False
    mine, theirs = _fillers(event, False), _fillers(other, False)
    return all(_overlap(r, mine[r], theirs[r]) for r in (mine.keys() & theirs.keys()) - {role})


def join_described(events: list[Event], symmetric_types: set[str], headline: int | None = None, dct: str | None = None,
                   headline_span: tuple[int, int] | None = None) -> list[Event]:
    """"Bexton fired his defence minister on Wednesday ... Quarlow was dismissed after an
    inquiry": one event told twice, once naming who did it and when, once naming whom -- the only
    such pair of its type (same polarity and modality, compatible times) is one event.  Then the same for the
    headline's descriptions ("Forsby sacks defence minister"), once the body's are joined: a headline's description
    makes no body's pair doubtful."""
    events = _join_pairs(events, symmetric_types, headline, dct)
    if headline is not None and headline_span is not None:
        events = _join_pairs(events, symmetric_types, headline, dct, headline_span)
    return events


def _join_pairs(events: list[Event], symmetric_types: set[str], headline: int | None, dct: str | None,
                headline_span: tuple[int, int] | None = None) -> list[Event]:
    """`join_described`'s pass: with `headline_span`, over the headline's events as the described ones."""
    pairs: list[tuple[Event, Event]] = []
    for event in events:
        if event.type is None or event.type in symmetric_types or (headline_span is not None and event.sentence != headline):
            continue
        for other in events:
            if other is event or other.type != event.type or other.polarity != event.polarity:
                continue
            if event.modality != other.modality and (headline is None or headline not in (event.sentence, other.sentence)):
                continue
            if older_round(event, other, dct):
                continue  # ("also put money into the round" is no seed round of 2021)
            role = _described_role(event, other, headline_span) if _times_compatible(event.time, other.time) else None
            if role is not None and _may_describe(event, other, role) and (other, event) not in pairs:
                pairs.append((event, other))
    gone: set[int] = set()
    for event, other in pairs:
        if sum(1 for p in pairs if event in p) != 1 or sum(1 for p in pairs if other in p) != 1:
            continue  # two candidates: which is meant is not known
        keep, drop = (event, other) if event.start < other.start else (other, event)
        absorb(keep, drop)
        gone.add(id(drop))
    return [e for e in events if id(e) not in gone]


def births_of_named_children(events: list[Event], kin_nouns: frozenset[str], window: int = 5) -> None:
    """"They welcomed a son, X. The baby was born on Friday": a birth whose patient is a definite
    kin noun is the birth of the child named in a family event of the sentences just before."""
    for n, event in enumerate(events):
        if event.type != "life.born" or any(a.entity for a in event.args if a.role == "patient"):
            continue
        patient = next((a for a in event.args if a.role == "patient"), None)
        words = patient.text.lower().split() if patient else []
        if len(words) != 2 or words[0] not in DEFINITE or words[1] not in kin_nouns:
            continue
        before = [e for e in events[:n] if e.type == "family.child" and event.sentence - e.sentence <= window
                  and len({a.entity for a in e.args if a.role == "child" and a.entity}) == 1]
        if not before:
            continue
        family = before[-1]
        event.type = "family.child"
        event.args = [a for a in event.args if a.role != "patient"] + [
            Argument(a.role, a.start, a.end, a.text, a.entity) for a in family.args if a.role in ("child", "parent") and a.entity
        ]


UNION_TYPES = frozenset({"life.marry", "life.engage", "life.divorce", "life.separate", "life.date", "life.meet"})


def described_partners(events: list[Event], is_person: Callable[[str], bool], text: str) -> None:
    """"X and the footballer Y have separated ... X married the Copperleaf United defender in 2019": the other one of a
    couple's event told by a description only ("the ... defender") is the one partner the article names beside that
    person in its other couple events (not a description a name follows: "was engaged to the DJ Z", someone else)."""
    for event in events:
        if event.type not in UNION_TYPES:
            continue
        named = [a for a in event.args if a.role in ("agent", "partner") and a.entity and is_person(a.entity)]
        told = [a for a in event.args if a.role in ("agent", "partner") and not a.entity and a.text.lower().startswith("the ")
                and not text[a.end : a.end + 2].strip()[:1].isupper()]
        if len(named) != 1 or len(told) != 1:
            continue
        person = named[0].entity
        couples = [{a.entity for a in e.args if a.role in ("agent", "partner") and a.entity} for e in events
                   if e is not event and e.type in UNION_TYPES and e.polarity == "POS"]
        others = {p for pair in couples if person in pair for p in pair if p != person and is_person(p)}
        if len(others) == 1:
            told[0].entity = next(iter(others))


BIRTH_TOLD = "born"  # the lemma of a family event that took in a birth of its child: that birth's year is the child's


def named_births_of_told_children(events: list[Event], window: int = 3) -> list[Event]:
    """"X has given birth to her first child, a daughter, with Y ... Z was born last Thursday": a
    named person's birth, with no parent told, a few sentences after a family event whose child is
    no one named is that child's birth -- one family event, with the parents of the first and the
    name, time and place of the birth (the unnamed mentions are folded into it).  So is a named child's
    arrival ('"Our little Z arrived on Sunday"'), the family event it already is."""
    gone: set[int] = set()
    for event in events:
        arrival = event.type == "family.child" and event.lemma == "arrive"  # ('"Our little Z arrived on Sunday"')
        if not arrival and (event.type != "life.born" or any(a.role == "parent" for a in event.args)):
            continue
        born = [a for a in event.args if a.role == ("child" if arrival else "patient") and a.entity]
        if len(born) != 1:
            continue
        told = [e for e in events if e.type == "family.child" and id(e) not in gone and 0 <= event.sentence - e.sentence <= window
                and e.start < event.start and not any(a.entity for a in e.args if a.role == "child")
                and any(a.entity for a in e.args if a.role == "parent")]
        if not told:
            continue
        parents = {a.entity for a in told[-1].args if a.role == "parent" and a.entity}
        same = [e for e in told if {a.entity for a in e.args if a.role == "parent" and a.entity} <= parents]
        if not arrival:
            event.type, event.lemma = "family.child", BIRTH_TOLD
            event.args = [Argument("child", a.start, a.end, a.text, a.entity) if a.role == "patient" else a for a in event.args]
        else:
            for e in same:
                _record_mention(event, e)  # (the arrival quoted is the birth the article tells as fact: its mentions kept)
        for e in same:
            if _better_time(event, e):  # ("welcomed a son on Saturday ... The baby was born at a hospital in X, the couple said")
                event.time, event.timex, event.time_source = e.time, e.timex, e.time_source
        seen = {a.entity for a in event.args if a.role == "parent" and a.entity}
        for a in told[-1].args:
            if a.role == "parent" and a.entity and a.entity not in seen:
                seen.add(a.entity)
                event.args.append(Argument("parent", a.start, a.end, a.text, a.entity))
        gone.update(id(e) for e in same)
    return [e for e in events if id(e) not in gone]


def described(args: list[Argument]) -> bool:
    """Arguments of a typed event that are only definite descriptions ("the former chief executive
    was sentenced"): someone named elsewhere in the article, perhaps."""
    core = [a for a in args if a.role != "place"]
    return bool(core) and not any(a.entity for a in core) and any(
        a.text.lower().split()[0] in DEFINITE for a in core if a.text.split()
    )


def _dated_by_own_clause(told: Event, named: Event) -> bool:
    """"X has sued Y ... The complaint, filed on Monday in Boston, ...": the description's own clause dates the event, where
    the named mention has only a time borrowed from its sentence or the story."""
    return told.time_source == "clause" and SOURCE_RANK[named.time_source] < SOURCE_RANK["clause"]


def _after_day(value: str | None, dct: str) -> bool:
    """A time wholly after the article's day: a later year, or a later month of its year ("2026-SU", "2025-09" in June 2025)."""
    if not value or not value[:4].isdigit():
        return False
    if value[:4] != dct[:4]:
        return value[:4] > dct[:4]
    return bool(MONTH_VALUE.match(value)) and value[5:7] > dct[5:7]


def engaged_weddings(events: list[Event], unnamed: list[Event], dct: str) -> list[Event]:
    """"X and Y have announced their engagement ... the wedding would take place in Tuscany next summer": a wedding told
    with no one named, dated after the article's day, is the engaged couple's -- the last engagement told before it (not a
    marriage told as over: "X was previously married to Z").  The weddings so named, taken out of `unnamed`."""
    out = []
    for event in [e for e in unnamed if e.type == "life.marry" and e.polarity == "POS" and _after_day(e.time, dct)]:
        engagements = [e for e in events if e.type == "life.engage" and e.polarity == "POS" and e.start < event.start
                       and len({a.entity for a in e.args if a.role in ("agent", "partner") and a.entity}) == 2]
        if not engagements:
            continue
        couple = [a for a in engagements[-1].args if a.role in ("agent", "partner") and a.entity]
        event.args = [replace(a) for a in couple] + [a for a in event.args if a.role == "place"]
        event.modality = event.modality or "planned"  # (to come: no spouses yet)
        unnamed.remove(event)
        out.append(event)
    return out


def fold_described(events: list[Event], unnamed: list[Event]) -> None:
    """An event told with descriptions only is the one event of its type (same polarity and
    modality, a compatible time) that names its participants; it lends that event its time and
    its place.  With no such event, or several, it is dropped: no one known takes part."""
    for event in unnamed:
        same = [
            e for e in events
            if e.type == event.type and (e.polarity, e.modality) == (event.polarity, event.modality)
            and (_times_compatible(e.time, event.time) or _dated_by_own_clause(event, e))
        ]
        if len(same) != 1:
            continue
        keep = same[0]
        places = {a.entity for a in keep.args if a.role == "place"}
        if not places:
            keep.args.extend(Argument(a.role, a.start, a.end, a.text, a.entity) for a in event.args if a.role == "place" and a.entity)
        if _better_time(keep, event):
            keep.time, keep.timex, keep.time_source = event.time, event.timex, event.time_source


def _respectively(copies: list[Event], fillers: list[str | None], role: str) -> dict[int, str | None] | None:
    """"Their sons, A and B, were born in 1994 and 1997": as many fillers as coordinated times, in
    the same order -- each filler takes the time in its place (event id -> filler)."""
    times = [e.timex for e in copies]
    if len(copies) != len(fillers) or len(set(times)) != len(copies) or not all(t and t[1:].isdigit() for t in times):
        return None
    if any({a.entity for a in e.args if a.role == role and a.entity} != set(fillers) for e in copies):
        return None
    starts = {a.entity: a.start for a in copies[0].args if a.role == role and a.entity}
    ordered = sorted(fillers, key=lambda f: starts[f])
    by_time = sorted(copies, key=lambda e: int(e.timex[1:]))  # type: ignore[index]
    return {id(e): f for e, f in zip(by_time, ordered, strict=True)}


def one_per_filler(events: list[Event], one_per: dict[str, str], people_only: frozenset[str] = frozenset(),
                   listed_people: Callable[[Event, str], bool] | None = None) -> list[Event]:
    """An event naming several fillers of a one-filler role ("had two children, A and B") is one
    event per filler, each with the other arguments.  For the types in `people_only`, only when the
    fillers are people named side by side (`listed_people`): "the pair A and B won the title" are two
    wins, but "X led the club to the title" names the winner twice over, as the person or the club."""
    out: list[Event] = []
    same: dict[tuple[str | None, int], list[Event]] = {}  # one trigger, one copy per coordinated time
    for event in events:
        same.setdefault((event.type, event.start), []).append(event)
    for event in events:
        role = one_per.get(event.type or "")
        if role is None:  # (most events: no one-filler role, so nothing to split)
            out.append(event)
            continue
        fillers = list(dict.fromkeys(a.entity for a in event.args if a.role == role and a.entity))
        if len(fillers) < 2 or (event.type in people_only and not (listed_people and listed_people(event, role))):
            out.append(event)
            continue
        paired = _respectively(same[(event.type, event.start)], fillers, role)  # type: ignore[arg-type]
        if paired is not None:
            entity = paired[id(event)]
            out.append(replace(event, args=[replace(a) for a in event.args if a.role != role or a.entity == entity]))
            continue
        for entity in fillers:
            copy = replace(event, args=[])
            copy.args = [replace(a) for a in event.args if a.role != role or a.entity == entity]
            out.append(copy)
    return out


def _respectively_said(doc: Doc, event: Event) -> bool:
    """Is the event's clause told "respectively" ("A and B joined X and Y respectively")?"""
    span = char_span(doc, event.start, event.end)
    if span is None:
        return False
    for t in span.root.subtree:
        if t.lower_ == "respectively":
            clause = t.head
            while clause.pos_ not in ("VERB", "AUX") and clause.dep_ not in ("ROOT", "relcl", "advcl") and clause.head.i != clause.i:
                clause = clause.head
            return clause.i == span.root.i
    return False


def respective_fillers(doc: Doc, events: list[Event], one_per: dict[str, str]) -> None:
    """"The forwards A and B joined X and Y respectively": the events made one per filler of the
    one-filler role (one per player) each keep, of another role named by as many entities, the one in
    the filler's place (A joins X, B joins Y) -- in the text's order."""
    groups: dict[tuple[str, int], list[Event]] = {}
    for event in events:
        if event.type in one_per:
            groups.setdefault((event.type, event.start), []).append(event)
    for (kind, _), copies in groups.items():
        role = one_per[kind]
        if len(copies) < 2 or not _respectively_said(doc, copies[0]):
            continue
        first = {id(e): min((a.start for a in e.args if a.role == role and a.entity), default=None) for e in copies}
        if None in first.values() or len(set(first.values())) != len(copies):
            continue
        ordered = sorted(copies, key=lambda e: first[id(e)])  # type: ignore[arg-type, return-value]
        for other in {a.role for a in copies[0].args if a.role != role and a.entity}:
            starts: dict[str, int] = {}
            for a in copies[0].args:
                if a.role == other and a.entity:
                    starts.setdefault(a.entity, a.start)
            if len(starts) != len(copies):
                continue
            fillers = sorted(starts, key=lambda f: starts[f])
            for event, entity in zip(ordered, fillers, strict=True):
                event.args = [a for a in event.args if a.role != other or not a.entity or a.entity == entity]


SUCCESSION_LEMMAS = frozenset({"succeed", "replace"})
START_TYPES = frozenset({"career.appoint", "career.hire", "politics.elect"})


def succession_starts(event: Event, events: list[Event]) -> list[Event]:
    """The factual starts of the one who succeeds (hiring, appointment or election), told before "X succeeds / replaces
    Y", of its post when it names one: what the succession folds into."""
    patients = {a.entity for a in event.args if a.role == "patient" and a.entity}
    posts = {a.text.lower() for a in event.args if a.role == "role"}
    return [e for e in events if patients and e.type in START_TYPES and e.polarity == "POS" and e.modality is None and e.start < event.start
            and patients & {a.entity for a in e.args if a.role == "patient" and a.entity}
            and (not posts or _overlap("role", {"~" + p for p in posts}, {"~" + a.text.lower() for a in e.args if a.role == "role"}))]
    # (not "joined as an engineer in 1998 ... succeeded Y as chief executive": a later post)


def _years_later(first: str | None, then: str | None) -> bool:
    """`then` a year or more after `first` (both dated): by whole months when both give one, else by two calendar years."""
    months = _months_after(first, then)
    if months is not None:
        return months >= 12
    return bool(first and then and first[:4].isdigit() and then[:4].isdigit()) and int(then[:4]) - int(first[:4]) >= 2  # type: ignore[index]


def fold_successions(events: list[Event]) -> list[Event]:
    """"Nnaji-Rowntree ... was hired as chief executive on Monday. She succeeds Henrik Oksvang": the
    succession names who went before in the appointment already told, not a second one.  An
    undated, factual "X succeeds / replaces Y" folds into the nearest earlier factual start of X
    (hiring, appointment or election) whose time it does not contradict: its predecessor (and any
    post or body it adds) joins that event."""
    out: list[Event] = []
    for event in events:
        if event.type == "career.appoint" and event.lemma in SUCCESSION_LEMMAS and event.time is None \
                and event.polarity == "POS" and event.modality in (None, "planned"):  # ("will take up the post and succeeds Y")
            earlier = succession_starts(event, out)
            if earlier:
                absorb(earlier[-1], event)
                continue
        if event.type == "career.appoint" and event.lemma in ("take", "take over") and event.polarity == "POS":
            # "was named chief executive on Monday ... She will take over on June 2": when the post
            # begins, told of the appointment already found (its own date kept; the facts date the post)
            patients = {a.entity for a in event.args if a.role == "patient" and a.entity}
            earlier = [e for e in out if e.type in START_TYPES and e.polarity == "POS" and e.start < event.start
                       and patients & {a.entity for a in e.args if a.role == "patient" and a.entity}
                       and not _years_later(e.time, event.time)]  # (not "joined X in 2016 and took the top job three years
            # later": a later post)
            if patients and earlier:
                kept = earlier[-1]
                time = kept.time, kept.timex, kept.time_source
                absorb(kept, event)
                kept.time, kept.timex, kept.time_source = time
                continue
        out.append(event)
    return out


TAKING_LEMMAS = frozenset({"accept", "collect"})  # "she said as she accepted the prize"
BARE_PRIZE = re.compile(r"^the (?:award|prize|trophy|medal|statuette)$")  # (not "the album prize": a category, maybe another win)


def repeated_prize_takings(events: list[Event]) -> list[Event]:
    """"... won best film on Sunday. 'I came here as a stranger,' she said as she accepted the prize": a prize
    taken at the ceremony, named only as "the prize" after a win the article has told, is that win told again
    (its own participants are those around the stage: who presented it, who came up with her) -- no other win."""
    out: list[Event] = []
    seen_win = False
    for event in sorted(events, key=lambda e: e.start):
        if event.type == "career.win" and event.polarity == "POS" and event.lemma in TAKING_LEMMAS and seen_win:
            awards = [a for a in event.args if a.role == "award"]
            if awards and all(a.entity is None and BARE_PRIZE.match(a.text.lower()) for a in awards):
                continue
        if event.type == "career.win" and event.polarity == "POS":
            seen_win = True
        out.append(event)
    kept = {id(e) for e in out}
    return [e for e in events if id(e) in kept]


LEAVING_NOUNS = frozenset({"departure", "exit"})  # a leaving named, not told: "X's departure", "his exit"
DISMISSAL_LEMMAS = frozenset({"sack", "fire", "dismiss", "oust", "sacking", "dismissal", "firing", "ouster", "axe", "ax", "let go", "force out",
                              "relieve", "remove", "removal", "ditch", "make redundant"})  # (one let go, forced out, relieved of the post)


def told_departures(events: list[Event]) -> list[Event]:
    """"The players appear to have taken Elkowski's departure hard", "Since his departure the Post has been run by
    ...": a departure or exit named as a noun refers to a leaving the article tells with a verb of its own -- a
    resignation or retirement of that person, or their dismissal ("was sacked", "dismissed") -- and is no second
    leaving.  Dropped when such an event of the same person is found; kept when none is (the noun is then the only
    telling: "took charge in 2017 after the departure of its founder, X").  (Not folded into "parted company with":
    a leaving either way.)"""
    def leaver(event: Event, role: str) -> set[str]:
        return {a.entity for a in event.args if a.role == role and a.entity}
    told: set[str] = set()
    for e in events:
        if e.polarity != "POS":
            continue
        if e.type in ("career.resign", "career.retire") and e.lemma not in LEAVING_NOUNS:
            told |= leaver(e, "agent")
        elif e.type == "career.fire" and e.lemma in DISMISSAL_LEMMAS:
            told |= leaver(e, "patient")
    return [e for e in events if not (e.type == "career.resign" and e.lemma in LEAVING_NOUNS
                                      and leaver(e, "agent") and leaver(e, "agent") <= told)]


WIN_DETAILS = frozenset({"place", "opponent", "loser", "work"})  # what makes a win one of its own


def told_elections(events: list[Event]) -> list[Event]:
    """"'Ruth won fairly and she has my full support,' he said", "'Mireille won fair and square'": a bare win of
    someone the article has elected (no named prize, no work, place or opponent, no time of its own) is the
    election told again -- politics.elect, not a second event.  A named prize stays a win ("was elected to the
    Academy in 1995 and won the Vetlesen Prize in 2003")."""
    elected = {a.entity for e in events if e.type == "politics.elect" and e.polarity == "POS"
               for a in e.args if a.role == "patient" and a.entity}

    def prize(a: Argument) -> bool:  # "the Nobel Prize", "a gold medal" (not "the next one", "it", "the leadership contest")
        words = a.text.split()
        return bool(a.entity) or any(w[:1].isupper() for w in words[1:] or words) or bool(PRIZE_HEADS & {w.lower() for w in words})

    def bare(e: Event) -> bool:
        return e.time is None and not any(a.role in WIN_DETAILS or (a.role == "award" and prize(a)) for a in e.args)
    return [e for e in events if not (e.type == "career.win" and e.polarity == "POS" and bare(e) and
                                      (agents := {a.entity for a in e.args if a.role == "agent" and a.entity}) and agents <= elected)]


OUSTING_LEMMAS = frozenset({"oust", "unseat", "topple", "dethrone"})  # what the elected do to the one they beat


def ousted_at_the_polls(events: list[Event]) -> list[Event]:
    """"Yelland ousts two-term mayor Maplethorpe" over "was elected mayor on Tuesday, unseating Maplethorpe": the one the
    article has beaten at an election by the one ousting them is voted out, not sacked -- the firing is the election told
    again; so is an ousting by one the article has elected (not "the board ousted X", with no election of anyone)."""
    elections = [e for e in events if e.type == "politics.elect" and e.polarity == "POS"]
    beaten = {(w.entity, o.entity) for e in elections for w in e.args if w.role == "patient" and w.entity
              for o in e.args if o.role in ("unseated", "opponent") and o.entity}
    elected = {w.entity for e in elections for w in e.args if w.role == "patient" and w.entity}

    def voted_out(e: Event) -> bool:
        agents = {a.entity for a in e.args if a.role == "agent" and a.entity}
        patients = {a.entity for a in e.args if a.role == "patient" and a.entity}
        return any((w, o) in beaten for w in agents for o in patients) or (e.lemma in OUSTING_LEMMAS and bool(agents & elected))
    ousted = [e for e in events if e.type == "career.fire" and e.polarity == "POS" and voted_out(e)]
    lost = {a.entity for e in events if e.type == "politics.elect" and e.polarity == "NEG" for a in e.args if a.role == "patient"}
    losses = []
    for e in ousted:  # "X ousts Y": Y's election lost, the election X won
        winners = {a.entity for a in e.args if a.role == "agent" and a.entity}
        dated = next((w for w in elections if winners & {a.entity for a in w.args if a.role == "patient"}), e)
        for loser in (a for a in e.args if a.role == "patient" and a.entity and a.entity not in lost):
            lost.add(loser.entity)
            losses.append(replace(e, type="politics.elect", args=[loser], polarity="NEG",
                                  time=dated.time, timex=dated.timex, time_source=dated.time_source))
    gone = {id(e) for e in ousted}
    return [e for e in events if id(e) not in gone] + losses


OATH_LEMMAS = frozenset({"swear in", "swear"})
OATH_MONTHS = 6  # an oath this long after an election at most (a mayor elected in November takes office in January)


def _months_after(first: str | None, then: str | None) -> int | None:
    """Whole calendar months from one dated time to another ("2024-11-05" to "2025-01-06": 2); None unless both give a month."""
    if not (first and then and MONTH_VALUE.match(first) and MONTH_VALUE.match(then)):
        return None
    return (int(then[:4]) - int(first[:4])) * 12 + int(then[5:7]) - int(first[5:7])


MONTH_VALUE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?$")


def oaths_of_the_elected(events: list[Event]) -> None:
    """"X won the mayoral race on Tuesday ... She will be sworn in on January 6": the untyped swearing-in of someone
    the article has elected (and names in no appointment) is that person taking the post -- a career.appoint, with the
    post the election named ("elected mayor").  Only an oath dated within half a year after the election it follows (not
    "he was sworn in on Friday" read as of a president elected years before); a swearing-in of anyone else stays
    untyped (a witness is sworn in too)."""
    elections = [(a.entity, e) for e in events if e.type == "politics.elect" and e.polarity == "POS"
                 for a in e.args if a.role == "patient" and a.entity]
    appointed = {a.entity for e in events if e.type == "career.appoint" for a in e.args if a.role == "patient" and a.entity}
    for e in events:
        sworn = next((a.entity for a in e.args if a.role == "patient" and a.entity), None) if e.type is None \
            and e.lemma in OATH_LEMMAS else None
        won = [v for who, v in elections if who == sworn and _months_after(v.time, e.time) in range(OATH_MONTHS + 1)]
        if won and sworn not in appointed:
            e.type = "career.appoint"
            e.args += [replace(a) for a in won[-1].args if a.role == "role" and not any(b.role == "role" for b in e.args)]
            appointed.add(sworn)


def oaths_of_the_named(events: list[Event]) -> None:
    """"The prime minister named X to replace her. X, 38, was sworn in on Wednesday morning": an appointment told undated,
    then the appointee's swearing-in told on a day, after it: the post was taken that day (an appointment told after
    the oath, or an oath of someone else, lends nothing)."""
    oaths = [(a.entity, e) for e in events if e.type is None and e.lemma in OATH_LEMMAS and e.polarity == "POS" and e.time
             and MONTH_VALUE.match(e.time) and len(e.time) == 10 for a in e.args if a.role == "patient" and a.entity]
    for e in events:
        if e.type != "career.appoint" or e.time is not None or e.polarity != "POS" or e.modality is not None:
            continue
        named = {a.entity for a in e.args if a.role == "patient" and a.entity}
        sworn = [o for who, o in oaths if who in named and o.start > e.start]
        if sworn:
            first = min(sworn, key=lambda o: o.start)
            e.time, e.timex, e.time_source = first.time, first.timex, "event"


ANAPHORS = frozenset({"it", "this", "that", "the"})  # "It came out on X", "The record, which came out on Y"


def told_releases(events: list[Event]) -> list[Event]:
    """"It came out on Seamark Records, the small Bristol label ...", "The record, which came out on the independent
    label Y, is the band's first since ...": an undated release of a work called only by a pronoun or a definite
    description (whatever it was resolved to) is a release the article has told with the work's name, not another
    one.  Dropped when the article has a release of a named work; kept when it has none."""
    named = [e for e in events if e.type == "career.release" and e.polarity == "POS" and any(a.role == "work" and a.entity for a in e.args)]

    def anaphoric(e: Event) -> bool:
        works = [a for a in e.args if a.role == "work"]
        return bool(works) and all(a.text.lower().split()[:1] and a.text.lower().split()[0] in ANAPHORS for a in works)
    # (another release: "The Long Road opened in cinemas", the only one, is no release told again)
    return [e for e in events if not (any(n is not e for n in named) and e.type == "career.release" and e.time is None and anaphoric(e))]


POST_NOUNS = frozenset({"post", "role", "job", "position"})
TAKEN_TYPES = frozenset({"career.appoint", "career.hire"})


def left_posts(events: list[Event]) -> None:
    """"X was appointed artistic director of the Tallis Theatre in 2016, a post he left in January": a leaving of "a post"
    told in the sentence of the post's taking leaves the body (and the post) taken there, by the same person."""
    for event in events:
        if event.type != "career.resign" or any(a.role == "organization" for a in event.args):
            continue
        left = [a for a in event.args if a.role == "left" and 1 <= len(words := a.text.lower().split()) <= 2 and words[-1] in POST_NOUNS]
        people = {a.entity for a in event.args if a.role == "agent" and a.entity}
        if not left or not people:
            continue
        taken = [e for e in events if e.type in TAKEN_TYPES and e.sentence == event.sentence and e.start < event.start
                 and people & {a.entity for a in e.args if a.role == "patient"}]
        bodies = {a.entity for e in taken for a in e.args if a.role == "organization" and a.entity}
        if len(bodies) != 1:
            continue
        source = taken[-1]
        event.args.extend(Argument(a.role, a.start, a.end, a.text, a.entity) for a in source.args
                          if (a.role == "organization" and a.entity in bodies) or (a.role == "role" and not any(b.role == "role" for b in event.args)))
