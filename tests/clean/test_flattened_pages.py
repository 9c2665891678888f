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
    assert doc.body.startswith("(Rome/Geneva/New York, 18 June 2021):\n\nFamilies along the river")


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


def test_the_whole_headline_under_a_cut_one_is_the_title() -> None:
    text = ("Search | World | Trade | Video | News\n\nRelief chief visits the valley\n\n"
            "Relief chief visits the valley to review needs\n\nThe relief chief arrived today in the valley.")
    assert parse_document(text).title == "Relief chief visits the valley to review needs"


def test_a_stamp_line_of_a_re_publisher_is_no_title() -> None:
    text = ("River Fund\n\n06/23/2022 | Press release | Distributed by Wire on 06/23/2022 13:26\n\n"
            "River Fund head's remarks to the board\n\nROME, 23 June 2022 - Thank you all for coming today.")
    assert parse_document(text).title == "River Fund head's remarks to the board"


def test_a_media_token_under_the_title_is_not_part_of_it() -> None:
    text = ("Leader condemns the attack on the university\n\nmedia:image:0a1b2c3d-ffff\n\n"
            "Leader condemns the attack on the university\n\nThe leader condemned the attack in strong words.")
    assert parse_document(text).title == "Leader condemns the attack on the university"
