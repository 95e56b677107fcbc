"""Context checks that keep ambiguous matches out (a bare number that is not a year, ...)."""

from __future__ import annotations

import re

from .chart import Item
from .lexicon import table
from .tokens import Token

BARE_UNIT_CONTEXT = frozenset({"for", "over", "within", "in", "past", "last", "next", "recent", "take", "takes"})


def _prev(tokens: list[Token], i: int) -> str:
    return tokens[i - 1].low if i > 0 else ""


def _next(tokens: list[Token], i: int) -> str:
    return tokens[i].low if i < len(tokens) else ""


def _next_two(tokens: list[Token], i: int) -> tuple[str, str]:
    return _next(tokens, i), _next(tokens, i + 1)


PROPER_WORDS = frozenset(table("months")) | frozenset(table("weekdays")) \
    | frozenset(w for phrase in table("holidays") for w in phrase.split())
OPEN_QUOTES = frozenset({'"', "\u201c", "`"})


def _quoted_title(tokens: list[Token], it: Item) -> bool:
    """A Title Cased phrase opening a quotation is a name (ABC's "This Week"), not a time."""
    if it.start == 0 or tokens[it.start - 1].text not in OPEN_QUOTES:
        return False
    words = [t.text for t in tokens[it.start:it.end] if t.text[:1].isalpha()]
    # the first word of a quotation is capitalized anyway, and names of days and months always are
    common = [w for w in words[1:] if w.lower() not in PROPER_WORDS]
    return bool(common) and all(w[:1].isupper() for w in words)


def _shouting_name(tokens: list[Token], i: int) -> bool:
    """An all-capitals word among ordinary words is a name ("TODAY's host"), not a time."""
    word = tokens[i].text
    if len(word) < 3 or not word.isupper():
        return False
    near = [t.text for t in tokens[max(0, i - 3):i + 4] if t.text.isalpha() and len(t.text) > 2 and t is not tokens[i]]
    return bool(near) and not any(w.isupper() for w in near)


def v_abbr(word: str) -> bool:
    return len(word) <= 4 and word.lower() not in ("may", "june", "july")


VERB_BEFORE_LAST = frozenset({"will", "would", "to", "could", "may", "might", "should", "can", "must", "'ll", "did",
                              "does", "do", "not", "n't", "also", "only", "usually"})
SECOND_FOLLOWERS = frozenset({"ago", "later", "earlier", "before", "after", "or", "and", "of", "to", "in", "for",
                              "too", "longer", "more", "each", "per"})
DAYPART_PREPOSITIONS = frozenset({"in", "during", "by", "until", "till", "through", "throughout", "since"})
THAT_DAY_BEFORE = frozenset({"on", "later", "earlier", "by", "until", "since", "from"})
MODALS = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "ll", "to"})
PERIOD_END = frozenset({"ended", "ending", "ends", "through"})
DATE_END = re.compile(r"(?:1[5-9]|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|" + "|".join(table("months")) + "|" + "|".join(table("weekdays")))
APPOSED_NOT_CLAUSE = frozenset({"'s", "’s", "ended", "ending", "ends", "through", "before", "after", ",", ".", ";", "to", "of"})
SEASON_WORDS = frozenset({"season", "seasons"})
# the words before "of the year / month / week" that make it a time ("the end of the year", "most of the month"); any other
# ("player of the year", "album of the year", "employee of the month") makes it a title
PARTS_OF_A_PERIOD = frozenset({"end", "ends", "rest", "start", "beginning", "middle", "half", "halves", "part", "parts", "remainder",
                               "course", "turn", "bulk", "most", "all", "much", "some", "each", "any", "time", "times", "day",
                               "days", "week", "weeks", "month", "months", "quarter", "quarters", "close", "height", "peak",
                               "balance", "first", "second", "third", "fourth", "last", "final", "early", "late", "dawn",
                               "spring", "summer", "autumn", "fall", "winter", "season", "weekend", "weekends", "night", "nights",
                               "start-up", "run-up", "lead-up", "remnant", "duration", "length", "anniversary", "holiday", "holidays"})
FRONTING_WORDS = frozenset({"and", "but", "now", "some", "almost", "nearly", "barely", "just", "only", "yet", "so", "then"})
SEASON_NAMES = frozenset(table("seasons"))
SEASON_DEICTICS = frozenset({"last", "next", "this", "coming", "previous", "following", "current"})


def reinterpret(it: Item, tokens: list[Token]) -> Item:
    """'the year ended March 31' is a one-year period, not the current year ('the quarter ended' stays
    the quarter reported on, as TimeBank marks it); '37 years old' is an age."""
    if it.kind == "duration" and isinstance(it.value, dict) and not it.value.get("age") \
            and (_next(tokens, it.end) == "old" or _next_two(tokens, it.end) == ("of", "age")):
        return Item("duration", it.start, it.end, {**it.value, "age": True}, it.rule, it.parts, it.cap, it.key)
    if it.rule == "relative:the-unit" and _prev(tokens, it.start) == "," and it.start >= 2 \
            and DATE_END.fullmatch(tokens[it.start - 2].low) and _next(tokens, it.end) not in APPOSED_NOT_CLAUSE:
        # "in 1984, the year she was elected", "on Friday, the day he was freed": the time just told, not the current one
        unit = it.value.get("shift", (0, ""))[1]
        if unit in ("Y", "M", "D"):
            return Item("date", it.start, it.end, {"shift": (0, unit), "anaph": True}, "relative:the-unit-apposed",
                        it.parts, it.cap, it.key)
    if it.rule == "relative:the-unit" and _next(tokens, it.end) in PERIOD_END:
        unit = it.value.get("shift", (0, ""))[1]
        if unit in ("Y", "M", "W"):
            return Item("duration", it.start, it.end, {"dur": [(1, unit)]}, "duration:period-ended", it.parts,
                        it.cap, it.key)
    if it.rule == "duration:n-units" and [t.low for t in tokens[it.start:it.end]] == ["one", "day"] \
            and _prev(tokens, it.start) in MODALS:
        return Item("date", it.start, it.end, {"ref": "FUTURE_REF"}, "deictic:one-day", it.parts, it.cap, it.key)
    if it.rule == "relative:the-unit-before" and tokens[it.end - 1].low in ("before", "after") \
            and _next(tokens, it.end)[:1].isalnum():
        # "the day before the crash": "the day" is the time (of the event, or the day being told about),
        # "before" a signal
        unit = it.value.get("shift", (0, ""))[1]
        return Item("date", it.start, it.end - 1, {"shift": (0, unit), "anaph": True}, "relative:the-unit-of-event",
                    it.parts, it.cap, it.key)
    return it


NAME_PRONE = frozenset(table("seasons")) | frozenset(w for w in table("refs") if " " not in w) \
    | frozenset(w for w in table("dayparts") if " " not in w) \
    | frozenset({"daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly", "midnight", "noon", "dawn", "dusk"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "\u201c", "(", "-", "_"})


PROGRAMME_NOUNS = frozenset({"programme", "program", "show", "podcast", "bulletin", "broadcast", "newspaper", "magazine"})


def _capitalized(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text[1:].islower()


def _inside_a_name(tokens: list[Token], it: Item) -> bool:
    """A capitalized season, deictic or frequency word amid capitalized words is part of a name
    ("The Autumn Orchard", "Entertainment Tonight", "the Daily Mirror", "USA Today"), not a time."""
    i = it.end - 1  # the word itself, alone or after "the" ("The Autumn Olympics")
    tok = tokens[i]
    if i - it.start > (1 if tokens[it.start].low == "the" else 0) or tok.low not in NAME_PRONE \
            or not _capitalized(tok) or i == 0:
        return False
    prev = tokens[i - 1]
    if prev.text in SENTENCE_OPENERS or "\n" in prev.text:
        return False  # capitalized because it opens a sentence or a quotation
    nxt = tokens[it.end] if it.end < len(tokens) else None
    if prev.text == "," and i >= 2 and tokens[i - 2].text.isalpha() and tokens[i - 2].text.islower() and it.start == i:
        return True  # "her debut album, Midnight in Montmartre,": capitalized mid-sentence, after a comma
    if nxt is not None and nxt.low in PROGRAMME_NOUNS:
        return True  # "told the Today programme", "on NBC's Today show": capitalized mid-sentence, a programme's name
    return prev.text[:1].isupper() and prev.text.isalpha() \
        or (nxt is not None and _capitalized(nxt) and nxt.low not in PROPER_WORDS)


def _titled_season(tokens: list[Token], it: Item) -> bool:
    """A capitalized season mid-sentence joined to a year by "in" ("for Iron Summer in 2022", "for Spring in 2018") ends a
    title; a season's date is written "in the summer of 2022" or "in summer 2022"."""
    first = tokens[it.start]
    return first.low in SEASON_NAMES and _capitalized(first) and it.start > 0 and it.start + 2 < len(tokens) \
        and tokens[it.start - 1].text not in SENTENCE_OPENERS and "\n" not in tokens[it.start - 1].text \
        and tokens[it.start + 1].low == "in" and DATE_END.fullmatch(tokens[it.start + 2].low) is not None \
        and tokens[it.start + 2].low.isdigit() and len(tokens[it.start + 2].low) == 4


def _paper_noun(tokens: list[Token], it: Item) -> bool:
    """"told the Croatian daily Jutarnji Vjesnik", "the weekly Der Bote": a frequency word after a
    determiner and before a name is a newspaper, not a time."""
    if it.end - it.start != 1 or tokens[it.start].low not in NAME_PRONE or it.end >= len(tokens):
        return False
    nxt = tokens[it.end]
    if not (nxt.text[:1].isupper() and nxt.text.isalpha()):
        return False
    return any(t.low in DETERMINERS for t in tokens[max(it.start - 2, 0) : it.start])


# units after a number that make it a measure, not a year ("the 1500 metres", "the 1000m time trial", "a 1200-metre peak")
# (not "tonnes", "pounds", "miles": "In 2019 tonnes of waste were ..." is a year)
MEASURE_UNITS = frozenset({"metres", "meters", "metre", "meter", "m", "km", "kilometres", "kilometers", "yards", "yard", "cc", "hp",
                           "mph", "kph"})

# words that may follow a day written as a word ("on March two at noon"); any other word after it makes the number a count
DAY_FOLLOWERS = frozenset({"and", "or", "at", "in", "on", "to", "of", "for", "when", "while", "from", "until", "till", "by", "with",
                           "as", "after", "before", "during", "this", "last", "next", "that"})


def acceptable(it: Item, tokens: list[Token], text: str) -> bool:
    rule = it.rule
    before, after = _prev(tokens, it.start), _next(tokens, it.end)
    if any(t.low in SEASON_WORDS for t in tokens[it.start:it.end]) and not any(t.low in SEASON_DEICTICS for t in tokens[it.start:it.end]) \
            and not (rule == "relative:earlier-later" and tokens[it.end - 1].low in ("later", "earlier")):  # "two seasons later": years
        return False  # a sports season is a year only as "last / this / next season" ("for the season", "three seasons": no date)
    if _shouting_name(tokens, it.start) or _quoted_title(tokens, it) or _inside_a_name(tokens, it) or _paper_noun(tokens, it):
        return False
    if rule in ("date:year", "date:decade"):
        if before in ("$", "#", "no", "number", "no.") or after in ("%", "percent"):
            return False
        if rule == "date:year" and after in MEASURE_UNITS:
            return False  # "took gold in the 1500 metres", "a 2000m climb": a distance, not a year
        if it.start > 0 and not tokens[it.start].space_before and before in (",", ".", ":"):
            return False
        if after == "-" and it.end + 1 < len(tokens) and not tokens[it.end].space_before \
                and tokens[it.end + 1].text.isalpha() and tokens[it.end + 1].text.isupper() \
                and not tokens[it.end + 1].space_before:
            return False  # "Mirage 2000-D": a model name
        if it.end < len(tokens) and not tokens[it.end].space_before and after in (",", ".") \
                and it.end + 1 < len(tokens) and tokens[it.end + 1].low.isdigit() and not tokens[it.end + 1].space_before:
            return False  # "1978,500" is a number; "in 1978, 1981 and 1984" are years
    if rule in ("date:add-year", "date:season") and _titled_season(tokens, it):
        return False  # "won best director for Iron Summer in 2022": a title, then its year
    if rule == "date:month" and it.end - it.start == 1 and v_abbr(tokens[it.start].text):
        return False  # "Jan" alone is a name; "Jan. 6" is another rule
    if rule == "date:weekday" and it.end - it.start == 1 and len(tokens[it.start].text) <= 4:
        return False  # "Sun", "Wed" alone are names and words more often than days
    if rule == "date:weekday" and it.end - it.start == 1 and before == "the" and _capitalized(tokens[it.start]) \
            and it.end < len(tokens) and _capitalized(tokens[it.end]) and tokens[it.end].text.isalpha() \
            and tokens[it.end].low not in PROPER_WORDS:
        return False  # "told the Sunday Argent", "the Saturday Crarion": a paper named for its day
    if rule == "date:weekday" and it.end - it.start == 1 and before in ("a", "an") and after.isalpha() and after.islower() \
            and after not in DAY_FOLLOWERS and after not in ("morning", "afternoon", "evening", "night"):
        return False  # "for a Sunday football show", "a Saturday job": a kind of show or job, no day
    if rule == "set:adverb" and tokens[it.start].text[:1].isupper() and it.start > 0 \
            and tokens[it.start - 1].text[:1].isupper():
        return False  # part of a name ("Time Out", "Good Morning America")
    if tokens[it.end - 1].low in ("before", "after") and after[:1].isalnum() \
            and (rule == "relative:earlier-later" or rule.startswith("mod:")
                 and any(p is not None and p.rule == "relative:earlier-later" for p in it.parts)):
        return False  # "twenty years after the landing": a duration and a signal, not a date
    if tokens[it.end - 1].low in ("before", "after") and after[:1].isalnum() and rule.startswith("mod:") \
            and any(p is not None and p.rule == "relative:the-unit-before" for p in it.parts):
        return False  # "at the end of the year after leading it": "the end of the year", then a signal ("after leading")
    if rule == "relative:units-on" and (after not in (",", ".", ";") or before.isalpha() and before not in FRONTING_WORDS):
        return False  # "Three years on, ...", "... a decade on." is a date; "spent three days on the boat" is not
    if rule == "relative:the-unit" and before == "of" and after not in ("'", "’", "'s", "’s") and it.start >= 2 and tokens[it.start - 2].text.isalpha() \
            and tokens[it.start - 2].low not in PARTS_OF_A_PERIOD and tokens[it.start - 2].low not in table("months"):
        return False  # "player / artist / album of the year": a title; "the end / rest / first half of the year" is a time
    if rule == "relative:the-unit" and after == "-" and not tokens[it.end].space_before:
        return False  # "the year-ago results", "the year-long strike": the unit is part of a compound
    if after == "-" and not tokens[it.end].space_before and it.end + 1 < len(tokens) and tokens[it.end + 1].low == "long" \
            and not rule.startswith("duration:"):
        return False  # "a summer-long pursuit", "a season-long loan": how long, not when
    if rule == "duration:the-units-ahead" and after == "of":
        return False  # "the days ahead of the vote": a preposition
    if tokens[it.start].low == "last" and before in VERB_BEFORE_LAST and rule.startswith("duration:"):
        return False  # "the talks will last two days": the verb, not "the last two days"
    if rule == "duration:n-units" and tokens[it.end - 1].low == "second" and tokens[it.start].low in ("a", "the") \
            and after.isalpha() and after not in SECOND_FOLLOWERS:
        return False  # "a second blast": the ordinal, not a second of time
    if rule == "relative:that-unit" and tokens[it.start].low == "that" and tokens[it.end - 1].low == "day" \
            and before not in THAT_DAY_BEFORE:
        return False  # "trades made that day": often generic; "on that day", "later that day" are the day told about
    if rule == "set:n-units-per" and after in ("ago", "earlier", "later", "before", "after"):
        return False  # "two days a year ago": a duration, then a date
    if rule == "time:the-daypart" and before not in DAYPART_PREPOSITIONS:
        return False  # "in the morning" is a time; "the morning papers", "the evening news" are not
    if rule == "date:month-day" and tokens[it.end - 1].low.isalpha() and after.isalpha() and after not in DAY_FOLLOWERS:
        return False  # "In March two brothers were convicted": a month, then a count of people -- not March 2
    if any(t.text == ":" for t in tokens[it.start:it.end]) and _race_time(tokens, it):
        return False  # "won in 2:05:11", "finished in 2:23": how long a race took, not a time of day
    if rule == "duration:bare-units":
        return before in BARE_UNIT_CONTEXT
    return True


AM_PM = frozenset({"a", "p", "am", "pm", "a.m", "p.m", "a.m.", "p.m."})


def _race_time(tokens: list[Token], it: Item) -> bool:
    """A clock's digits that are part of hours, minutes and seconds ("2:05:11", the parser of clocks taking "05:11"), or a
    clock after "in" with no "am" or "pm" ("in 2:23")."""
    start, end = it.start, it.end
    glued_before = start >= 2 and tokens[start - 1].text == ":" and not tokens[start].space_before and tokens[start - 2].low.isdigit()
    glued_after = end + 1 < len(tokens) and tokens[end].text == ":" and not tokens[end].space_before and tokens[end + 1].low.isdigit()
    untimed = _prev(tokens, start) == "in" and not any(t.low in AM_PM for t in tokens[start:end])
    return glued_before or glued_after or untimed
