"""Datelines, date stamps and offices in shapes written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document
from un_statements_etl.clean.office_holders import office_in

BODY = "The river rose again overnight and the towns along its banks asked for boats and clean water."


@pytest.mark.parametrize(("page", "day", "city"), [
    # a country in brackets after the city
    (f"Floods in the valley\n\nSuva (Fiji), 3 de marzo de 2016 – {BODY}", date(2016, 3, 3), "Suva"),
    # Chinese cities joined by a slash, half-width brackets
    (f"河谷洪水\n\n曼谷/河内(2014年5月6日)- {BODY}", date(2014, 5, 6), "曼谷"),
    # an Arabic comma after the city
    (f"فيضانات في الوادي\n\nجنيف، 7 أيار / مايو 2018 — {BODY}", date(2018, 5, 7), "جنيف"),
])
def test_dateline_shapes(page: str, day: date, city: str) -> None:
    doc = parse_document(page)
    assert (doc.published_on, doc.location) == (day, city)


def test_an_arabic_date_with_slashes_in_brackets() -> None:
    assert parse_document(f"فيضانات في الوادي\n\n[14/ مارس/2017]\n\n{BODY}").published_on == date(2017, 3, 14)


@pytest.mark.parametrize(("stamp", "day"), [
    # a listing's stamp printed twice, then the statement's own dateline glued on
    (f"4 May 2018 4 May 2018OSLO, 2 May 2018—{BODY}", date(2018, 5, 2)),
    # the stamp twice, then the message's own date
    ("5 March 2016 5 March 20169 March 2016", date(2016, 3, 9)),
    ("5 March 2016 5 March 2016", date(2016, 3, 5)),
])
def test_a_listing_date_printed_twice(stamp: str, day: date) -> None:
    assert parse_document(f"Press Statement\nThe valley after the floods\n{stamp}\n{BODY}").published_on == day


@pytest.mark.parametrize("title", ["وكيل الأمين العام للأمم المتحدة يحذر من نقص المياه في الوادي",
                                   "联合国副秘书长关于河谷洪水的致辞"])
def test_an_under_or_deputy_office_is_not_the_secretary_general(title: str) -> None:
    assert office_in(title) is None


def test_a_remarks_item_under_a_date_and_un_organ_line_is_the_secretary_general_s() -> None:
    doc = parse_document(f"Speeches\n\n12 March 2019, UN Headquarters\n\nRemarks to the forum on rivers and lakes\n\n{BODY}")
    assert (doc.office, doc.location, doc.published_on) == ("Secretary-General", None, date(2019, 3, 12))


def test_a_remarks_item_under_a_date_and_city_line_names_no_office() -> None:
    doc = parse_document(f"Speeches\n\n12 March 2019, Nairobi\n\nRemarks to the forum on rivers and lakes\n\n{BODY}")
    assert (doc.office, doc.location) == (None, "Nairobi")
