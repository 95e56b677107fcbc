"""An election's count, read from the sentence that tells the votes (used by `events`).

"X took 14,212 votes to 11,870 for the Progressive candidate, Y", "... taking 14,212 first-preference votes to the 11,873
won by the Common Good candidate, Y", "took 17,412 votes to the Conservative candidate Y's 15,988": the one the winner's
votes are set against lost -- the winner's election, negated, for that person (as "defeating Y" tells).

"X took 11,482 votes, beating the sitting mayor, Y", "3,116 more than the X candidate, Y", "against 37,115 for Y",
"The Green candidate, Y, finished a distant third": the same, for one beaten, outpolled or placed behind.

"The count at X finished shortly after 4am on Friday", "... when the result was declared at X in the early hours of
Friday": the day of the count dates an election told as news with no time of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Argument, Event
from ..nlp import children_of

VOTE_VERBS = frozenset({"take", "win", "poll", "receive", "secure", "get", "gain", "collect"})
COUNT_NOUNS = frozenset({"count", "result", "declaration"})
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
BALLOT_NOUNS = frozenset({"vote", "ballot", "preference", "paper"})  # what is counted on the night: "the votes were counted"


def _ballots_counted(verb: Token) -> bool:
    """"after second preferences were counted", "once the postal votes had been counted": the count, told by its verb."""
    return verb.lemma_.lower() == "count" and verb.pos_ == "VERB" and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in BALLOT_NOUNS for c in children_of(verb))


def _winner_of(verb: Token) -> Token | None:
    """The subject of the vote-taking verb ("X took ...", "with X taking ...")."""
    return next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)


def _set_against(votes: Token) -> list[Token]:
    """The words of the "to ..." phrase that sets another count against the winner's ("to 11,870 for the X candidate,
    Y", "to the 11,873 won by Y", "to the X candidate Y's 15,988"), on the votes or on their verb (or of the "over" of
    the winner's majority: "took 14,209 votes, a majority of 3,412 over the X candidate, Y")."""
    preps = [p for h in (votes, votes.head) for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "to" and p.i > votes.i]
    if not preps:  # "took 18,402 votes, 3,116 more than the X candidate, Y", "won 41,208 votes ..., against 37,115 for Y"
        preps = [p for p in votes.head.subtree if p.i > votes.i and p.dep_ == "prep" and (
                 (p.lower_ == "than" and p.head.lower_ in ("more", "fewer") and p.head.head.like_num)
                 or (p.lower_ == "against" and any(g.dep_ == "pobj" and g.like_num for g in children_of(p)))
                 or (p.lower_ == "over" and p.head.lower_ in ("majority", "margin", "lead")))]  # ("..., a majority of 3,412 over Y")
        if not preps:
            return []
    to = preps[0]  # ... and the "for" right after it, hung beside it ("to 11,870 for the X candidate, Y")
    after = [p for p in children_of(to.head) if p.dep_ == "prep" and p.lower_ == "for" and p.i == to.right_edge.i + 1]
    return [t for p in (to, *after) for t in p.subtree if t.i > p.i]


def _elections_won(events: list[Event]) -> dict[str, list[Event]]:
    """Each winner's elections told as done, in text order."""
    won: dict[str, list[Event]] = {}
    for e in sorted(events, key=lambda e: e.start):
        if e.type == "politics.elect" and e.polarity == "POS" and e.modality is None:
            for a in e.args:
                if a.role == "patient" and a.entity:
                    won.setdefault(a.entity, []).append(e)
    return won


def _lost_already(events: list[Event]) -> set[str | None]:
    """Those whose election is already told as lost."""
    return {a.entity for e in events if e.type == "politics.elect" and e.polarity == "NEG" for a in e.args if a.role == "patient"}


def _lost_copy(election: Event, tok: Token, loser: str, events: list[Event], *told_by: Token) -> Event:
    """The winner's election (its time, place and post), negated, the loser its patient; an election told with no time
    takes that of the verb telling the count or the beating ("took 18,402 votes in Thursday's poll")."""
    args = [a for a in election.args if a.role not in ("patient", "opponent", "loser")]
    lost = replace(election, args=[*args, Argument("patient", tok.idx, tok.idx + len(tok.text), tok.text, loser)], polarity="NEG")
    starts = {t.idx for t in told_by}
    told = next((e for e in events if e.start in starts and e.time), None) if not election.time else None
    if told is not None:
        lost.time, lost.timex, lost.time_source = told.time, told.timex, "event"
    return lost


BEATING_VERBS = frozenset({"beat", "defeat", "unseat", "oust", "edge", "topple"})


def beaten_candidates(doc: Doc, events: list[Event], entity_of: Callable[[Token], str | None],
                      person: Callable[[str], bool]) -> list[Event]:
    """"X took 11,482 votes in Thursday's election, beating the sitting mayor, Y, by 1,900": one whose election the
    article tells beat a person named -- that person's election (the same one) negated, as with `vote_count_losers`."""
    won = _elections_won(events)
    lost = _lost_already(events)
    out: list[Event] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BEATING_VERBS or verb.tag_ == "VBN":
            continue
        subject = _winner_of(verb)
        if subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
            subject = _winner_of(verb.head)  # ("X took 11,482 votes, beating Y": X beat Y)
        winner = entity_of(subject) if subject is not None else None
        told = won.get(winner, []) if winner is not None else []
        if not told:
            continue
        before = [e for e in told if e.start <= verb.idx]
        election = before[-1] if before else told[0]
        beating = next((e for e in events if e.start == verb.idx), None)
        if beating is not None and (beating.type is not None or (beating.time and election.time and beating.time[:4] != election.time[:4])):
            continue  # ("took 38 per cent in last Thursday's election, edging out Y" after her council seat won in 2013:
            # another election than the one told; "beat Y in the quiz final": a contest won, typed so)
        for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
            for tok in (obj, *(c for c in children_of(obj) if c.dep_ == "appos")):
                loser = entity_of(tok)
                if loser is None or loser == winner or loser in lost or not person(loser) or tok.pos_ != "PROPN":
                    continue
                lost.add(loser)
                out.append(_lost_copy(election, tok, loser, events, verb))
    return out


LOSING_PLACES = frozenset({"second", "third", "fourth", "fifth", "last", "2nd", "3rd", "4th", "5th"})
POLL_WORDS = frozenset({"candidate", "votes", "vote", "poll", "ballot", "cent", "percent"})


def placing(token: Token) -> bool:
    """"came a distant third", "finished second" (not "finished second behind X", not "came second to X")."""
    return token.lemma_.lower() in ("come", "finish") and token.pos_ == "VERB" and any(
        c.dep_ in ("npadvmod", "advmod", "oprd", "acomp", "attr", "dobj") and c.lower_ in LOSING_PLACES for c in children_of(token)) \
        and not any(c.dep_ == "prep" and c.lower_ in ("behind", "to") for c in children_of(token))


def placed_candidates(doc: Doc, events: list[Event], entity_of: Callable[[Token], str | None],
                      person: Callable[[str], bool]) -> list[Event]:
    """"The Green candidate, Y, finished a distant third", "Y came third with 2,104 votes", told farther from the election
    than `events._vote_losers` looks (the election's sentence and the next): in a story that has told one person's
    election, a candidate so placed in a sentence of the poll lost it -- the election the story leads with (dated: not a
    winner's older one told since), negated, as with `vote_count_losers`."""
    won = _elections_won(events)
    lost = _lost_already(events)
    told = sorted((e for es in won.values() for e in es), key=lambda e: e.start)
    out: list[Event] = []
    for verb in doc:
        if not placing(verb) or not any(t.lower_ in POLL_WORDS for t in verb.sent) \
                or any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in children_of(verb)):
            continue  # (not "finished third in the 400m", "came second at the world championships")
        before = [e for e in told if e.start < verb.idx]
        subject = _winner_of(verb)
        if not before or subject is None:
            continue
        election = next((e for e in before if e.time), before[0])
        winners = {a.entity for a in election.args if a.role == "patient"}
        for tok in (subject, *(c for c in children_of(subject) if c.dep_ == "appos")):
            loser = entity_of(tok)
            if loser is None or loser in winners or loser in lost or not person(loser) or tok.pos_ != "PROPN":
                continue
            lost.add(loser)
            out.append(_lost_copy(election, tok, loser, events, verb))
    return out


def vote_count_losers(doc: Doc, events: list[Event], entity_of: Callable[[Token], str | None],
                      person: Callable[[str], bool]) -> list[Event]:
    """The negated elections of the ones a winner's votes are set against (see the module's docstring): a copy of the
    winner's election (its time, place and post), the loser its patient."""
    won = _elections_won(events)
    lost = _lost_already(events)
    out: list[Event] = []
    for votes in doc:
        if votes.lower_ != "votes" or votes.dep_ != "dobj" or votes.head.lemma_.lower() not in VOTE_VERBS \
                or not any(c.dep_ == "nummod" for c in children_of(votes)):
            continue
        subject = _winner_of(votes.head)
        winner = entity_of(subject) if subject is not None else None
        told = won.get(winner, []) if winner is not None else []
        if not told:
            continue
        before = [e for e in told if e.start <= votes.idx]  # the winner's election told last before the count
        election = before[-1] if before else told[0]
        for tok in _set_against(votes):
            loser = entity_of(tok)
            if loser is None or loser == winner or loser in lost or not person(loser) or tok.pos_ != "PROPN":
                continue
            lost.add(loser)
            out.append(_lost_copy(election, tok, loser, events, votes.head, votes))
    return out


def count_day_times(found: list[tuple[Token, Event]], time_of: Callable[[Token], str | None]) -> None:
    """An election told as news with no time takes the day its count finished or its result was declared, told in its
    sentence or the two after it (see the module's docstring)."""
    for trigger, event in found:
        if event.type != "politics.elect" or event.time is not None or event.modality is not None:
            continue
        sentence, doc = trigger.sent, trigger.doc
        sentences = [sentence]
        while len(sentences) < 3 and sentences[-1].end < len(doc):
            sentences.append(doc[sentences[-1].end].sent)
        for noun in (t for s in sentences for t in s):
            if _ballots_counted(noun):  # "after second preferences were counted ... in the early hours of Friday"
                noun = next(c for c in children_of(noun) if c.dep_ == "nsubjpass")
            elif noun.lemma_.lower() not in COUNT_NOUNS or noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") \
                    or not any(c.lower_ == "the" for c in children_of(noun)):
                continue
            value = time_of(noun.head)
            if value is not None and DAY.match(value):
                event.time, event.timex, event.time_source = value[:10], None, "event"
                break
