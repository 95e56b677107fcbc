"""Document dates: strict `YYYY-MM-DD`, or the date part of an ISO 8601 timestamp."""

from __future__ import annotations

import re
from datetime import date, datetime

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def validate_dct(value: str) -> str:
    """Return `value` if it is a real calendar date written `YYYY-MM-DD`, else raise ValueError."""
    if not isinstance(value, str):
        raise ValueError(f"date must be a string like 2023-08-07, not {type(value).__name__}")
    if not value.strip():
        raise ValueError("empty date (expected YYYY-MM-DD)")
    if not _DAY.fullmatch(value):
        raise ValueError(f"date {value!r} is not in YYYY-MM-DD form (e.g. 2023-08-07)")
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"impossible date {value!r}: {exc}") from None
    return value


def date_part(value: str) -> str:
    """`YYYY-MM-DD` -> itself; an ISO timestamp (`2023-08-07T10:00:00Z`) -> its date part.

    The date part is the calendar date as written (no conversion to UTC): a news article's
    date is the date printed on it.
    """
    if isinstance(value, str) and len(value) > 10 and value[10] in "T ":
        validate_dct(value[:10])
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"date {value!r} is not a valid ISO 8601 timestamp") from None
        return value[:10]
    return validate_dct(value)
