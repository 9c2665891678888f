"""Pure TIMEX3 helpers: values, quantities and the intervals they cover."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from un_statements_etl.extract.dates.timex import cal_value, duration_value, interval, parse_quantity


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-05-28", (date(2022, 5, 28), date(2022, 5, 28), "day")),
    ("2022-02", (date(2022, 2, 1), date(2022, 2, 28), "month")),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29), "month")),
    ("1998", (date(1998, 1, 1), date(1998, 12, 31), "year")),
    ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
    ("20", (date(2000, 1, 1), date(2099, 12, 31), "century")),
    ("2023-W40", (date(2023, 10, 2), date(2023, 10, 8), "week")),
    ("2016-Q1", (date(2016, 1, 1), date(2016, 3, 31), "quarter")),
    ("2023-H2", (date(2023, 7, 1), date(2023, 12, 31), "half")),
    ("2016-06-20T15:00", (date(2016, 6, 20), date(2016, 6, 20), "time")),
    ("2011-SP", (None, None, "season")),
    ("FY2024", (None, None, "year")),
    ("XXXX-07", (None, None, "month")),
    ("PRESENT_REF", (None, None, None)),
    (None, (None, None, None)),
])
def test_interval(value, expected):
    assert interval(value) == expected


def test_durations_and_sets_have_no_interval():
    assert interval("P1Y", "SET") == (None, None, None)
    assert interval("P17Y", "DURATION") == (None, None, None)


@pytest.mark.parametrize(("n", "unit", "value"), [
    (17, "years", "P17Y"), (None, "years", "PXY"), (None, "decades", "PXDE"), (2, "days", "P2D"),
    (24, "hours", "PT24H"), (30, "minute", "PT30M"), (3, "months", "P3M"), (1, "century", "P1CE"),
])
def test_duration_value(n, unit, value):
    assert duration_value(n, unit) == value


def test_impossible_day_has_no_value():
    assert cal_value(2022, 2, 31) is None
    assert cal_value(2024, 2, 29) == "2024-02-29"
    assert cal_value(None, 2, 29) == "XXXX-02-29"


@pytest.mark.parametrize(("text", "n"), [("seventeen", 17), ("forty-two", 42), ("a", 1), ("1,200", 1200),
                                         ("several", None), ("umpteen", None)])
def test_parse_quantity(text, n):
    assert parse_quantity(text) == n


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2199, 12, 31)))
def test_day_values_round_trip(day):
    value = cal_value(day.year, day.month, day.day)
    assert interval(value) == (day, day, "day")
    start, end, gran = interval(value[:7])
    assert gran == "month" and start <= day <= end
    start, end, _ = interval(value[:4])
    assert start <= day <= end
    y, w, _ = day.isocalendar()
    start, end, _ = interval(f"{y:04d}-W{w:02d}")
    assert start <= day <= end and (end - start).days == 6
