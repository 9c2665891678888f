"""TIMEX3 values: building them from parts and reading back the interval they cover.

Pure helpers, no spaCy: quantities ("twenty-five" -> 25), duration values
("P17Y", "PXY", "PT2H"), calendar values and `interval`, which turns a value into the
`start_date`, `end_date` and `granularity` columns.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from . import lexicon as lx

_VAGUE = {"few", "several", "many", "some", "a few", "numerous", "countless"}


def parse_quantity(text: str | None) -> float | None:
    """A number written in digits or words; None when vague.

    >>> [parse_quantity(t) for t in ["17", "two", "Twenty-five", "1,000", "2.5", "an", "many"]]
    [17, 2, 25, 1000, 2.5, 1, None]
    >>> parse_quantity("two hundred")
    200
    """
    if not text:
        return None
    text = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", text):
        return float(text)
    if text in _VAGUE:
        return None
    total = 0
    for word in re.split(r"[\s-]+", text):
        if word not in lx.NUMBER_WORDS:
            return None
        n = lx.NUMBER_WORDS[word]
        total = (max(total, 1) * n) if n == 100 else total + n
    return total


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for a quantity of a unit (singular or plural); X when vague.

    >>> [duration_value(17, "years"), duration_value(None, "decades"), duration_value(2, "hour")]
    ['P17Y', 'PXDE', 'PT2H']
    >>> duration_value(1.5, "year"), duration_value(1, "fortnight")
    ('P1.5Y', 'P2W')
    """
    unit = lx.UNIT_PLURALS.get(unit.lower(), unit.lower())
    letter, is_time = lx.UNITS[unit]
    if unit == "fortnight" and n is not None:
        n = n * 2
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return f"P{'T' if is_time else ''}{amount}{letter}"


def cal_value(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    """A calendar value with X for an unknown year; None when the day does not exist.

    >>> cal_value(2022, 4, 25), cal_value(None, 7), cal_value(2022, 2, 31), cal_value(1998)
    ('2022-04-25', 'XXXX-07', None, '1998')
    """
    if d is not None and m is not None:
        leap_safe_year = y if y is not None else 2000
        if d > calendar.monthrange(leap_safe_year, m)[1]:
            return None
    out = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def _month_span(y: int, m1: int, m2: int) -> tuple[date, date]:
    return date(y, m1, 1), date(y, m2, calendar.monthrange(y, m2)[1])


def _granularity(value: str) -> str | None:
    shapes = [
        (r"[\dX]{4}-[\dX]{2}-[\dX]{2}T.*", "time"), (r"[\dX]{4}-[\dX]{2}-[\dX]{2}", "day"),
        (r"[\dX]{4}-W[\dX]{2}", "week"), (r"[\dX]{4}-W[\dX]{2}-\d", "day"),
        (r"[\dX]{4}-Q[1-4X]", "quarter"), (r"[\dX]{4}-H[12X]", "half"),
        (r"[\dX]{4}-(SP|SU|FA|WI)", "season"), (r"[\dX]{4}-[\dX]{2}", "month"),
        (r"(FY)?[\dX]{4}", "year"), (r"\d{3}", "decade"), (r"\d{2}", "century"),
    ]
    return next((g for pattern, g in shapes if re.fullmatch(pattern, value)), None)


def interval(value: str | None, timex_type: str = "DATE") -> tuple[date | None, date | None, str | None]:
    """`(start_date, end_date, granularity)` of a value: the calendar days it covers.

    >>> interval("2022-04")
    (datetime.date(2022, 4, 1), datetime.date(2022, 4, 30), 'month')
    >>> interval("199")[0:2], interval("2022-W21")[0]
    ((datetime.date(1990, 1, 1), datetime.date(1999, 12, 31)), datetime.date(2022, 5, 23))
    >>> interval("2022-05-28TEV"), interval("P17Y", "DURATION"), interval("XXXX-07")
    ((datetime.date(2022, 5, 28), datetime.date(2022, 5, 28), 'time'), (None, None, None), (None, None, 'month'))
    """
    if not value or timex_type in ("DURATION", "SET"):
        return None, None, None
    gran = _granularity(value)
    if gran is None or "X" in value or gran == "season" or value.startswith("FY"):
        return None, None, gran
    start, end = _bounds(value, gran)
    return start, end, gran


def _bounds(value: str, gran: str) -> tuple[date, date]:
    y = int(value[:4]) if gran not in ("decade", "century") else 0
    if gran in ("day", "time"):
        day = date.fromisoformat(value[:10])
        return day, day
    if gran == "week":
        monday = date.fromisocalendar(y, int(value[6:8]), 1)
        return monday, monday + timedelta(days=6)
    if gran in ("quarter", "half"):
        return _month_span(y, *_QUARTERS[value[5:7]])
    if gran == "month":
        return _month_span(y, int(value[5:7]), int(value[5:7]))
    if gran == "year":
        return date(y, 1, 1), date(y, 12, 31)
    width = 10 if gran == "decade" else 100
    first = int(value) * width
    return date(max(first, 1), 1, 1), date(first + width - 1, 12, 31)
