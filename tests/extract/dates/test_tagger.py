"""Golden cases of the date tagger: each row of CASES is one sentence, its publication
date and the rows expected as (text, timex_type, value[, modifier[, range_id]]);
NEGATIVES must give no row overlapping the quoted part."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from un_statements_etl.extract.dates import tag_dates

A = date(2022, 5, 28)  # a Saturday

CASES = [
    # anchoring by tense
    ("My team arrived in China on 25 April.", A, [("25 April", "DATE", "2022-04-25")]),
    ("Hong Kong is due to be reviewed by the Committee in July.", A, [("July", "DATE", "2022-07")]),
    ("The Committee met in July.", A, [("July", "DATE", "2021-07")]),
    ("The Council will meet on 3 March.", A, [("3 March", "DATE", "2023-03-03")]),
    ("She signed it in 1998.", A, [("1998", "DATE", "1998")]),
    ("Yesterday the Secretary-General spoke; next week he will travel.", A,
     [("Yesterday", "DATE", "2022-05-27"), ("next week", "DATE", "2022-W22")]),
    ("Last month the Council met, and on Monday it voted.", A,
     [("Last month", "DATE", "2022-04"), ("Monday", "DATE", "2022-05-23")]),
    ("He will meet them on Monday.", A, [("Monday", "DATE", "2022-05-30")]),
    ("Thank you for joining me here today.", A, [("today", "DATE", "2022-05-28")]),
    ("On this International Day of Peace, we reflect.", A, [("International Day of Peace", "DATE", "2022-09-21")]),
    # "today" opening a sentence about a state is the present in general; with an act it is the day
    ("Today, the number of people in the camps is higher than ever.", A, [("Today", "DATE", "PRESENT_REF")]),
    ("But today the river basin remains the poorest in the region.", A, [("today", "DATE", "PRESENT_REF")]),
    ("Today, the Council adopted its first resolution on water.", A, [("Today", "DATE", "2022-05-28")]),
    # a weekday and a part of the day before the date: one TIME on that date
    ("On Tuesday morning, 10 May, the board met.", A, [("Tuesday morning, 10 May", "TIME", "2022-05-10TMO")]),
    ("The crises facing the world today are many.", A, [("today", "DATE", "PRESENT_REF")]),
    ("Ten years ago the law was adopted.", A, [("Ten years ago", "DATE", "2012")]),
    # extent and modifier
    ("She has served since 2018.", A, [("2018", "DATE", "2018", "ON_OR_AFTER")]),
    ("The programme runs until 31 December 2025.", A, [("31 December 2025", "DATE", "2025-12-31", "ON_OR_BEFORE")]),
    ("Elections are expected in early 2024.", A, [("early 2024", "DATE", "2024", "START")]),
    ("Staff will stay until mid-July.", A, [("mid-July", "DATE", "2022-07", "MID")]),
    ("It must be approved by the end of the year.", A, [("the end of the year", "DATE", "2022", "END")]),
    ("He was held for more than 17 years.", A, [("17 years", "DURATION", "P17Y", "MORE_THAN")]),
    # ranges and lists
    ("He served from 2006 to 2010 and 2014 to 2018.", A,
     [("2006", "DATE", "2006", None, "r1"), ("2010", "DATE", "2010", None, "r1"),
      ("2014", "DATE", "2014", None, "r2"), ("2018", "DATE", "2018", None, "r2")]),
    ("The visit took place from 1 to 15 December 2017.", A,
     [("1", "DATE", "2017-12-01", None, "r1"), ("15 December 2017", "DATE", "2017-12-15", None, "r1")]),
    ("Hearings were held on Dec 4-5.", A,
     [("Dec 4", "DATE", "2021-12-04", None, "r1"), ("5", "DATE", "2021-12-05", None, "r1")]),
    ("Detained between 1998 and 2001.", A,
     [("1998", "DATE", "1998", None, "r1"), ("2001", "DATE", "2001", None, "r1")]),
    ("Funding for the 2022-2023 biennium.", A,
     [("2022", "DATE", "2022", None, "r1"), ("2023", "DATE", "2023", None, "r1")]),
    ("Coups took place in 2013, 2017 and 2021.", A,
     [("2013", "DATE", "2013", None, "l1"), ("2017", "DATE", "2017", None, "l1"),
      ("2021", "DATE", "2021", None, "l1")]),
    ("The report covers January to March 2021.", A,
     [("January", "DATE", "2021-01", None, "r1"), ("March 2021", "DATE", "2021-03", None, "r1")]),
    # durations, vague references, sets, times, decades
    ("For the first time in 17 years, and during my two days there.", A,
     [("17 years", "DURATION", "P17Y"), ("two days", "DURATION", "P2D")]),
    ("Over the years, over many years, for decades.", A,
     [("the years", "DURATION", "PXY"), ("many years", "DURATION", "PXY"), ("decades", "DURATION", "PXDE")]),
    ("The recent reform is now in force and will matter in the future.", A,
     [("recent", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF"), ("the future", "DATE", "FUTURE_REF")]),
    ("An annual meeting, weekly updates, monthly reports, every year.", A,
     [("annual", "SET", "P1Y"), ("weekly", "SET", "P1W"), ("monthly", "SET", "P1M"), ("every year", "SET", "P1Y")]),
    ("Good evening. I will speak this evening.", A,
     [("evening", "TIME", "2022-05-28TEV"), ("this evening", "TIME", "2022-05-28TEV")]),
    ("We will meet at 3 p.m. on 20 June.", A,
     [("3 p.m.", "TIME", "2022-06-20T15:00"), ("20 June", "DATE", "2022-06-20")]),
    ("The conflicts of the 1990s and the twentieth century.", A,
     [("1990s", "DATE", "199"), ("twentieth century", "DATE", "19")]),
    ("Contributions in the first quarter of 2016 and fiscal year 2024.", A,
     [("first quarter of 2016", "DATE", "2016-Q1"), ("fiscal year 2024", "DATE", "FY2024")]),
    ("It is observed annually on 21 September.", A,
     [("annually", "SET", "P1Y"), ("21 September", "DATE", "XXXX-09-21")]),
    ("The deadline of 31 February 2022 passed.", A, [("31 February 2022", "DATE", None)]),
    # no publication date: relative expressions stay unresolved
    ("Today, and next month, and in July, and yesterday.", None,
     [("Today", "DATE", "PRESENT_REF"), ("next month", "DATE", "FUTURE_REF"), ("July", "DATE", "XXXX-07"),
      ("yesterday", "DATE", "PAST_REF")]),
    ("It was adopted on 10 December 1948.", None, [("10 December 1948", "DATE", "1948-12-10")]),
]

NEGATIVES = [
    ("China supports the 2030 Agenda for Sustainable Development.", "2030 Agenda"),
    ("Given the COVID-19 restrictions in place.", "COVID-19"),
    ("The ILO Conventions (29 and 105) on forced labour.", "(29 and 105)"),
    ("Officials rely on 15 indicators to determine tendencies.", "15 indicators"),
    ("The Council adopted Resolution 2334 and resolution 2042.", "Resolution 2334 and resolution 2042"),
    ("Draft resolution A/HRC/50/L.1 was adopted.", "A/HRC/50/L.1"),
    ("Those of you who may otherwise not have been able to travel.", "may"),
    ("May I thank the Member States.", "May"),
    ("We stressed the importance of parity.", "We"),
    ("Thousands will march on the capital. Women March for Peace in Geneva.", "march on the capital. Women March"),
    ("Under article 2010 and paragraph 12 of the Code.", "article 2010 and paragraph 12"),
    ("Call +41 22 917 2010 or write to press@ohchr.org.", "+41 22 917 2010"),
    ("See https://www.ohchr.org/en/2022/05/statement for details.", "https://www.ohchr.org/en/2022/05/statement"),
    ("Only 30 per cent of the $2 billion appeal and 2000 people.", "30 per cent of the $2 billion appeal and 2000 people"),
    ("At the 50th session of the Human Rights Council.", "50th session"),
    ("The seventy-second session closed; a 17-year-old boy was held.", "seventy-second session closed; a 17-year-old"),
]


def _tuple(row, width):
    full = (row["text"], row["timex_type"], row["value"], row["modifier"], row["range_id"])
    return full[:width]


@pytest.mark.parametrize(("text", "anchor", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_golden_case(nlp, text, anchor, expected):
    rows = tag_dates(nlp(text), anchor)
    width = max(len(e) for e in expected)
    assert [_tuple(r, width) for r in rows] == [tuple(e) + (None,) * (width - len(e)) for e in expected]


@pytest.mark.parametrize(("text", "quoted"), NEGATIVES, ids=[n[1][:30] for n in NEGATIVES])
def test_negative_case(nlp, text, quoted):
    start = text.index(quoted)
    rows = tag_dates(nlp(text), A)
    assert [r["text"] for r in rows if r["char_start"] < start + len(quoted) and start < r["char_end"]] == []


def test_rows_have_the_contract_columns(nlp):
    rows = tag_dates(nlp("Since 2018, for 17 years, in July."), A)
    assert rows and all(set(r) == {"text", "timex_type", "value", "modifier", "range_id", "start_date",
                                   "end_date", "granularity", "char_start", "char_end"} for r in rows)
    assert rows[0]["start_date"] == date(2018, 1, 1) and rows[0]["end_date"] == date(2018, 12, 31)
    assert rows[1]["start_date"] is None and rows[1]["granularity"] is None


PHRASES = ["on 25 April", "since 2018", "for 17 years", "from 2006 to 2010", "in July", "today", "annual",
           "Dec 4-5", "the 1990s", "recently", "resolution 2042", "COVID-19", "30 per cent", "this evening",
           "between 1998 and 2001", "next week", "2030 Agenda", "15 indicators", "many years"]


RELATIVE = {"25 April", "July", "today", "next week", "this evening", "recently", "5"}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=6),
       st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_offsets_index_the_text_and_dates_are_ordered(nlp, phrases, anchor):
    text = "The Council met " + ", and ".join(phrases) + "."
    rows = tag_dates(nlp(text), anchor)
    for row in rows:
        assert text[row["char_start"]:row["char_end"]] == row["text"] and row["text"].strip() == row["text"]
        assert (row["start_date"] is None) == (row["end_date"] is None)
        assert row["start_date"] is None or row["start_date"] <= row["end_date"]
        if anchor is None and row["text"] in RELATIVE:  # never a guess from the machine's clock
            assert row["start_date"] is None and not row["value"][:1].isdigit(), row
    spans = [(r["char_start"], r["char_end"]) for r in rows]
    assert spans == sorted(spans) and all(a[1] <= b[0] for a, b in pairwise(spans))
