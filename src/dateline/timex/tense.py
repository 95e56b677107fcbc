"""A light tense heuristic for when no parse is available: the nearest verb group in the clause.

A verb group is a run of cues joined by auxiliaries ("will be named", "had been due to",
"has fallen"): its tense is that of its first word (a modal or a past auxiliary decides), except
that a present auxiliary takes the tense of what it carries ("has fallen" is past, "is expected
to" is future).
"""

from __future__ import annotations

import re

_CUE = re.compile(
    r"\b(?P<prospective>(?:agreed|promised|pledged|vowed|offered|proposed|intends?|intended|aims?|aimed) to)\b"
    r"|\b(?P<future>will|won't|shall|'ll|going to|plans? to|planned to|expects? to|scheduled to|set to|set for|"
    r"is to|are to|would|next(?!\s+to\b)|upcoming|coming|expects?|expected|scheduled|slated|supposed|"
    r"due(?!\s+to\s+(?!(?:be|begin|start|arrive|open|close|meet|leave|expire|end|return|resume|visit|hold|vote|"
    r"sign|take|make|announce|report|go|come|receive|decide|rule|finish|complete)\b))|effective|payable|starting)\b"
    r"|\b(?P<past>was|were|had|did|said|told|announced|reported|ago|last|yesterday|earlier|met|went|came|"
    r"saw|took|made|got|gave|found|left|began|became|held|won|lost|broke|wrote|spoke|ran|knew|thought|"
    r"brought|bought|sold|paid|fell|rose|kept|led|felt|sent|spent|built|grew|drew|flew|threw|wore|"
    r"struck|shot|fought|sought|caught|taught|stood|chose|fled|drove|rode|stole|hid|heard|meant|hung|dealt|"
    r"sank|swore|tore|woke|withdrew|forgot|froze|shook|sat|laid|fed|swept|wept|overcame|upheld|withheld|"
    r"\w{3,}ed)\b"
    r"|\b(?P<present>is|are|am|has|have|does|do|says|now|today|can|could|(?-i:may)|might|must|should)\b"
    r"|\b(?P<scheduled>(?-i:meets?|arrives?|leaves|begins?|resumes?|travels|flies|convenes?|expires?|opens|closes|"
    r"starts|ends|goes|launches|takes office|take office|kicks? off|wraps? up))\b(?!-)",
    re.IGNORECASE,
)
# The cue alternation is slow to scan with (every character tries every alternative): matches are only
# tried where a word that can start a cue begins (an equivalent, faster scan; see _cue_matches).
_CUE_WORDS = frozenset(w.lower() for w in re.findall(r"[A-Za-z']+", _CUE.pattern)) \
    | frozenset(w.lower()[:-1] for w in re.findall(r"[A-Za-z']+", _CUE.pattern) if w.endswith("s"))
_WORD = re.compile(r"\w+")


def _cue_matches(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The matches `_CUE.finditer(text, lo, hi)` gives, trying only word starts that can begin a cue."""
    out: list[re.Match[str]] = []
    done = lo
    if text.startswith("'ll", lo) and (m := _CUE.match(text, lo, hi)) is not None:
        out.append(m)
        done = m.end()
    for w in _WORD.finditer(text, lo, hi):
        start, end = w.span()
        word = w.group().lower()
        if start >= done and (word in _CUE_WORDS or (len(word) >= 5 and word.endswith("ed"))) \
                and (start == lo or not text[start - 1].isalnum() and text[start - 1] != "_"):
            m = _CUE.match(text, start, hi)
            if m is not None:
                out.append(m)
                done = m.end()
                continue
        if end >= done and text.startswith("'ll", end):
            m = _CUE.match(text, end, hi)
            if m is not None:
                out.append(m)
                done = m.end()
    return out


# words that keep a verb group going: "will [be] named", "had [been] due", "has [not] [yet] fallen"
_GLUE = re.compile(r"(?:\s+(?:be|been|being|not|never|also|still|yet|just|already|\w+ly|n't))*\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")
_ABBREV = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "st", "co", "corp", "inc", "ltd", "no", "gen", "gov",
                     "sen", "rep", "lt", "col", "sgt", "capt", "vs", "bros", "jan", "feb", "mar", "apr", "jun",
                     "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
                     "thurs", "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e"})
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z']+\s+){1,2}$")
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                          "some", "any", "no", "each", "every"})
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NOT_FINITE_BEFORE = re.compile(r"(?:\bto|'s|\u2019s)\s+$", re.IGNORECASE)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:be|have|have\s+been)\s+$", re.IGNORECASE)


def _ends_clause(text: str, i: int) -> bool:
    """Whether the punctuation at `i` ends a clause (not the dot of "Corp." or of an initial "P.")."""
    if text[i] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, i - 12), i)
    if m is None:
        return True
    word = m.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return False  # an initial
    if word.rstrip(".") in _ABBREV:
        return False
    return not (i + 1 < len(text) and text[i + 1].isdigit())  # 1.5


def adjectival(text: str, start: int) -> bool:
    """Whether a determiner comes just before (one adverb allowed in between)."""
    before = _WORDS_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    words = before.group().lower().split()
    return words[-1] in _DETERMINERS or (len(words) > 1 and words[-2] in _DETERMINERS and words[-1].endswith(
        ("ly", "still", "yet", "newly", "not")))


def _groups(text: str, lo: int, hi: int, lo_of_span: int) -> list[tuple[int, int, str]]:
    """Verb groups between lo and hi as (start, end, tense); the span itself starts at `lo_of_span`."""
    out: list[tuple[int, int, str]] = []
    first = ""
    for m in _cue_matches(text, lo, hi):
        tense = (m.lastgroup or "").upper()
        if tense == "PROSPECTIVE":  # "agreed to buy X in May": future; "Clinton Saturday vowed to": the vow
            tense = "FUTURE" if m.end() <= lo_of_span else ("PAST" if "ed " in m.group().lower() else "PRESENT")
        if tense == "SCHEDULED":  # "talks resume Tuesday", "he leaves Saturday": the present of a timetable
            if m.end() > lo_of_span or adjectival(text, m.start()) \
                    or _NOT_FINITE_BEFORE.search(text, max(lo, m.start() - 6), m.start()):
                continue  # after the date, a noun ("the vote", "Friday's close") or an infinitive ("due to expire")
            tense = "FUTURE"
        if tense == "PAST" and m.group().lower().endswith("ed") and adjectival(text, m.start()):
            continue  # "a still unspecified date": a participle used as an adjective
        if tense == "PAST" and _INFINITIVE_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "expect the deal to be completed by": the governing verb decides
        if out:
            s, e, t = out[-1]
            if _GLUE.fullmatch(text, e, m.start()) is not None:
                joined = tense if first == "PRESENT" and text[s:e].lower() not in ("now", "today") else t
                out[-1] = (s, m.end(), joined)
                continue
        first = tense
        out.append((m.start(), m.end(), tense))
    return out


WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_AGREED_TO = re.compile(r"\b(?:agreed|promised|pledged|vowed|offered|proposed) to\b", re.IGNORECASE)


def heuristic_tense(text: str, start: int, end: int, window: int = 80) -> str | None:
    """PAST / PRESENT / FUTURE from the nearest verb group before the span in its clause, else after it."""
    lo = max(0, start - window)
    for m in _CLAUSE_END.finditer(text, lo, start):
        if _ends_clause(text, m.start()):
            lo = m.end()
    hi = min(len(text), end + window)
    for m in _CLAUSE_END.finditer(text, end, hi):
        if _ends_clause(text, m.start()):
            hi = m.start()
            break
    left = _groups(text, lo, start, start)
    if left and left[-1][2] == "FUTURE" and text[start:end].lower() in WEEKDAY_WORDS \
            and _AGREED_TO.search(text, left[-1][0], left[-1][1] + 1):
        return "PAST"  # "agreed to buy X on Monday": the day of the agreeing (a month or a year stays the buying's)
    if left:
        return left[-1][2]
    right = _groups(text, end, hi, start)
    return right[0][2] if right else None


_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through|no later than)\s+$", re.IGNORECASE)


def deadline_tense(text: str, start: int, tense: str | None) -> str | None:
    """'by June', 'until Friday' in a clause without a past verb: a deadline, ahead of the reference."""
    if tense in (None, "PRESENT") and _DEADLINE_BEFORE.search(text, max(0, start - 20), start):
        return "FUTURE"
    return tense
