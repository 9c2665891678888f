"""Re-published copies: a page run into one line, and a posting stamp above the statement's dateline.
Texts written for these tests, reproducing the structure of such copies."""

from __future__ import annotations

from datetime import date

from un_statements_etl.clean import parse_document

LONG_BODY = " ".join(["Families along the river still wait for clean water and the roads remain closed."] * 5)


def test_a_page_run_into_one_line_gives_its_title_and_dateline() -> None:
    text = ("Loading...\nNo pictures? Open here JOINT STATEMENT ON THE RIVER VALLEY CORRIDOR "
            f"(Rome/Geneva/New York, 18 June 2021): {LONG_BODY}")
    doc = parse_document(text)
    assert (doc.title, doc.published_on, doc.location) == (
        "JOINT STATEMENT ON THE RIVER VALLEY CORRIDOR", date(2021, 6, 18), "Rome")
    assert doc.body.startswith("Families along the river")


def test_a_city_dateline_inside_a_flattened_line() -> None:
    doc = parse_document(f"Experts call for water access now GENEVA (11 July 2019) – {LONG_BODY}")
    assert (doc.title, doc.published_on) == ("Experts call for water access now", date(2019, 7, 11))


def test_a_long_line_without_a_dateline_stays_whole() -> None:
    doc = parse_document(f"River news\n\n{LONG_BODY} They met in Geneva on 3 May 2021 to agree a plan.")
    assert doc.body.startswith("Families") and "3 May 2021" in doc.body


def test_a_posting_stamp_gives_way_to_the_dateline() -> None:
    text = ("Experts urge action on the river\n\nFriday, 12 July 2019, 8:08 am\nPress Release: Human Rights\n\n"
            "GENEVA (11 July 2019) – The experts today urged action on the river.")
    doc = parse_document(text)
    assert (doc.published_on, doc.location) == (date(2019, 7, 11), "Geneva")
