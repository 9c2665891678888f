"""Media pages (a video's file facts over the page's own heading) and the regular multi-agency
briefing, in texts written for these tests that reproduce the structure of such pages."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document

BODY = "Jane Roe, for the Office of the High Commissioner, said the new report on the valley was out today."


def test_a_video_file_name_gives_way_to_the_page_heading() -> None:
    text = ("River Valley Briefing 08MAY2024 Final\n/\n1:02:35\n/\nMP4\n/\n3.7 GB\nTranscripts\nDownload\n\n"
            "Press Conferences | OHCHR , UNHCR\n\nUpdate on the river valley - 8 May 2024\n\n" + BODY)
    doc = parse_document(text)
    assert (doc.title, doc.published_on) == ("Update on the river valley - 8 May 2024", date(2024, 5, 8))


def test_a_file_size_right_under_the_name_marks_it_too() -> None:
    doc = parse_document("Valley briefing 8 May 2024- webcast\n778.9 MB\n\nPress Conferences | UNOG\n\n"
                         "Valley briefing: 8 May 2024\n\n" + BODY)
    assert doc.title == "Valley briefing: 8 May 2024"


def test_the_file_name_is_the_title_when_no_heading_follows() -> None:
    doc = parse_document("Valley floods explained\n/\n3:55\n/\nMP4\n\n" + BODY)
    assert (doc.title, doc.provenance["title"]) == ("Valley floods explained", "media_file_name")


def test_a_timestamp_after_a_section_word_is_no_file_fact() -> None:
    doc = parse_document("Health issues virtual press conference - 14 June 2022\n\nOverview\n\n00:00:00\n\n" + BODY)
    assert doc.title == "Health issues virtual press conference - 14 June 2022"


def test_a_latest_news_label_with_regions_is_no_title() -> None:
    doc = parse_document("Valley clip\n/\n1:33\n/\nMP4\n\nLatest News , MENA\n\nSpokesperson on the valley\n\n" + BODY)
    assert doc.title == "Spokesperson on the valley"


def test_the_regular_geneva_briefing_has_no_one_speaker() -> None:
    for title in ("UN Geneva Press Briefing - 08 May 2024", "Conférence de presse de l'ONU à Genève - 8 mai 2024",
                  "UNOG Bi-weekly press briefing: 8 May 2024"):
        assert parse_document(f"{title}\n\n{BODY}").speaker is None, title



@pytest.mark.parametrize("furniture", [
    "Subscribe to River News Germany feed", "Photo by Jane Roe/ UNEP", "Фото: Jane Roe, CC BY-SA 2.0",
    "Avis aux médias Procédures spéciales", "Déclaration à la presse", "We’re building a new UNICEF.org.",
])
def test_more_furniture_is_no_title(furniture: str) -> None:
    doc = parse_document(f"{furniture}\n\nRiver agency head speaks to the Council\n\nThank you, Mr. President.")
    assert doc.title == "River agency head speaks to the Council"


def test_a_russian_date_with_its_time_is_a_date_line() -> None:
    doc = parse_document("03 декабря 2025 в 19:39\n\n«Не заинтересован»: глава раскрыл свои планы\n\nГлава ООН заявил.")
    assert doc.published_on == date(2025, 12, 3)
