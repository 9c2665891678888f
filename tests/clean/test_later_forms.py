"""Header forms found below the first paragraph, in texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document

NOTICE = "Our new site is being built. Some pages may look different while we move them, so please bear with us."


@pytest.mark.parametrize(("page", "day"), [
    (f"{NOTICE}\n\nNewsroom\n\nSpoken notes of Jane Roe to the river council\n\n3 March 2011 • Oslo, NO\n\n"
     "Thank you, Chair, for this chance to speak about rivers.", date(2011, 3, 3)),
    ("Lake forum closes with a pledge on clean water\n\nThe lake forum closed today with a pledge by forty towns to "
     "clean their water by the end of the decade.\n\nNews release | 9 October 2013\n\nOSLO (Lake News) - The forty "
     "towns agreed on a plan.", date(2013, 10, 9)),
])
def test_a_date_line_under_a_notice_a_standfirst_or_a_lead(page: str, day: date) -> None:
    assert parse_document(page).published_on == day


def test_a_date_line_after_an_embedded_post_is_the_post_s_date() -> None:
    page = ("Lake forum closes\n\nThe lake forum closed today with a pledge by forty towns.\n\n"
            "The pledge is a good start for the lake: https://example.org/x\n\n— Lake Forum (@lakeforum)\n\n"
            "4 June 2019\n\nMore towns may join next year.")
    assert parse_document(page).published_on is None


def test_a_venue_after_a_date_line_in_the_body_is_no_location() -> None:
    page = (f"{NOTICE}\n\nRemarks to the rivers session\n\n21 September 2021, General Assembly\n\n"
            "Thank you, Mr President, for this chance to speak.")
    doc = parse_document(page)
    assert (doc.published_on, doc.location) == (date(2021, 9, 21), None)
