"""Named international days resolve to their date in the document's year (or the year
written after the name). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.extract.dates import tag_dates
from un_statements_etl.extract.dates.named_days import NAMED_DAY, NAMED_DAYS

ANCHOR = date(2021, 4, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("On Human Rights Day we remember the defenders who are in prison.", ("Human Rights Day", "2021-12-10")),
    ("As International Women’s Day is marked, we call for equal pay.", ("International Women’s Day", "2021-03-08")),
    ("This World Refugee Day, the camps are full.", ("World Refugee Day", "2021-06-20")),
    ("Human Rights Day 2019 was held under a youth theme.", ("Human Rights Day 2019", "2019-12-10")),
    ("We met on the International Day of Peace in the city hall.", ("International Day of Peace", "2021-09-21")),
])
def test_named_days(nlp, text, expected):
    rows = [(r["text"], r["value"]) for r in tag_dates(nlp(text), ANCHOR)]
    assert expected in rows
    assert all(r[0] == expected[0] or r[0] not in expected[0] for r in rows)  # no piece of the name tagged again


def test_every_named_day_is_found_by_its_own_name():
    import re

    for name, (month, day) in NAMED_DAYS.items():
        match = re.search(NAMED_DAY, f"We mark {name.title()} together.")
        assert match is not None and match.group("name").lower() == name, name
        assert date(2021, month, day)  # a real calendar day
