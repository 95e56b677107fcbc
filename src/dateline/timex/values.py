"""The TIMEX3 value grammar (TimeML 1.2.1), as a validator."""

from __future__ import annotations

import re

_NUM = r"(?:\d+(?:\.\d+)?|X)"
_YEAR = r"(?:\d{4}|\d{3}|\d{2}|XXXX|XXX|XX|\d{3}X|\d{2}XX)"
_DATE = (rf"{_YEAR}(?:-(?:\d{{2}}|XX)(?:-(?:\d{{2}}|XX))?|-W(?:\d{{2}}|XX)(?:-(?:[1-7]|WE))?"
         r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?")
_TIME = r"T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI|DT)"
_DURATION = rf"P(?:(?:{_NUM}(?:WE|Y|M|W|D|E|C|L|Q))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)"

VALUE_RE = re.compile(rf"(?:{_DATE}(?:{_TIME})?|(?:XXXX-XX-XX)?{_TIME}|PRESENT_REF|PAST_REF|FUTURE_REF|{_DURATION})")
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset({"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
                  "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX"})


def valid_value(value: str) -> bool:
    return VALUE_RE.fullmatch(value) is not None
