from datetime import date

import pytest

from dateline.timevalue import compatible, interval, more_specific, sort_key


@pytest.mark.parametrize(
    "value, first, last",
    [
        ("2012-08-04", date(2012, 8, 4), date(2012, 8, 4)),
        ("2012-08", date(2012, 8, 1), date(2012, 8, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2012", date(2012, 1, 1), date(2012, 12, 31)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("19", date(1900, 1, 1), date(1999, 12, 31)),
        ("2023-W32", date(2023, 8, 7), date(2023, 8, 13)),
        ("2023-Q3", date(2023, 7, 1), date(2023, 9, 30)),
        ("2019-SU", date(2019, 6, 1), date(2019, 8, 31)),
        ("2019-WI", date(2019, 12, 1), date(2020, 2, 29)),
        ("2023-H2", date(2023, 7, 1), date(2023, 12, 31)),
        ("2023-08-04T15:30", date(2023, 8, 4), date(2023, 8, 4)),
    ],
)
def test_interval(value, first, last):
    assert interval(value) == (first, last)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P11Y", "XXXX-08-04", "", None, "2023-02-30", "garbage"])
def test_values_without_a_calendar_extent(value):
    assert interval(value) is None


def test_ordering_compatibility_and_specificity():
    values = [None, "2017-02-02", "2012", "2012-08-04", "2010", "PAST_REF"]
    assert sorted(values, key=sort_key)[:4] == ["2010", "2012", "2012-08-04", "2017-02-02"]
    assert compatible("2012", "2012-08-04") and compatible(None, "2012")
    assert not compatible("2012", "2013-01")
    assert more_specific("2012", "2012-08-04") == "2012-08-04"
    assert more_specific(None, "2012") == "2012"
