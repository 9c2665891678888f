"""Date lines and headlines that end in a date, in texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document

SPEECH = "Уважаемый господин Председатель, уважаемые министры, коллеги и друзья! Доброе утро всем вам."


def test_a_headline_ending_in_a_russian_date_is_a_headline() -> None:
    doc = parse_document(f"Вступительное слово на сессии комитета по водным ресурсам - 3 февраля 2025 г.\n\n"
                         f"3 февраля 2025 г.\n\n{SPEECH}")
    assert (doc.title, doc.published_on) == (
        "Вступительное слово на сессии комитета по водным ресурсам - 3 февраля 2025 г.", date(2025, 2, 3))


@pytest.mark.parametrize("line", ["31 May 2024 Also available in:", "31 May 2024 Disponible en:",
                                  "2024年05月31日 切換語言:", "31 May 2024 Switch language"])
def test_a_date_line_with_a_language_switcher(line: str) -> None:
    doc = parse_document(f"Principals call for access to the valley\n\n{line}\n\nTime is running out for the valley.")
    assert doc.published_on == date(2024, 5, 31)


@pytest.mark.parametrize("opening", [
    "Following are UN Secretary-General Jane Roe’s remarks to the forum on rivers, in New York today:",
    "Following is the text of the message of the Secretary-General to the conference:",
    "On trouvera ci-après le message du Secrétaire général à l’occasion de la Journée des rivières :",
    "A continuación figura el mensaje de la Secretaria General con motivo del Día de los Ríos:",
    "“Excellencies, distinguished delegates, colleagues,",
    "Госпожа Председатель,",
])
def test_delivered_words_are_a_speech(opening: str) -> None:
    doc = parse_document(f"Words to the forum on rivers\n\n{opening}\n\nRivers feed us all, and we must protect them.")
    assert doc.kind == "speech"


def test_a_salutation_after_a_few_heading_lines_marks_a_speech() -> None:
    doc = parse_document("Words to the forum on rivers\n\nRiver forum\n\nHelsinki\n\nSecond session\n\n主席女士、\n\n"
                         "河流养育了我们所有人。")
    assert doc.kind == "speech"


def test_a_date_glued_to_the_first_sentence() -> None:
    doc = parse_document("Interview with Jane Roe, former Deputy\n\n3 July 2012Jane Roe of the valley took office in "
                         "2007, and her term ended in June.")
    assert doc.published_on == date(2012, 7, 3)


def test_a_heading_ending_with_place_and_date() -> None:
    doc = parse_document("Director press statement for the noon briefing\n\nPress Statement by Executive Director Jane "
                         "Roe for the Briefing of Correspondents, at the UN, New York, 6 March 2014\n\n[Check against "
                         "delivery]\n\nGood afternoon, I am glad to see you all.")
    assert doc.published_on == date(2014, 3, 6)


def test_a_photo_caption_date_is_no_publication_date() -> None:
    doc = parse_document("Envoy tells Council the valley cannot wait\n\nA man sits in front of a marketplace in the "
                         "valley. (22 June 2019)\n\nOne month ago, the envoy told the Council the valley was at a "
                         "crucial moment.")
    assert doc.published_on is None


@pytest.mark.parametrize(("text", "expected"), [
    ("INTERVENCIÓN DEL SECRETARIO DE LA MISIÓN ANTE EL COMITÉ\n25 DE ABRIL DE 2006\n\nSeñor Presidente,",
     date(2006, 4, 25)),
    ("Draft Remarks of the Executive Director to the Council\n\n29 April 2009 • New York, NY\n\nMadame President,",
     date(2009, 4, 29)),
    ("Governing Body\n\nDirector elected to a third term\n\nPress release | 18 November 2008\n\nGENEVA (News) ─ The "
     "Director was elected to a third term.", date(2008, 11, 18)),
    ("Official statement of the Administrator on the situation in the valley.\n\n3 March 2022\n\nAs I watch the "
     "crisis unfolding, I am deeply concerned.", date(2022, 3, 3)),
    ("‘Ending discrimination is the mission of our time’ – Executive Director\n\nClosing remarks of the Executive "
     "Director Jane Roe at the Executive Board Annual Session, 19 June 2014, New York.\n\n[Check against delivery]"
     "\n\nGood afternoon, Mr. President.", date(2014, 6, 19)),
])
def test_more_date_lines(text: str, expected: date) -> None:
    assert parse_document(text).published_on == expected


def test_a_headline_with_its_full_stop_over_a_date_line_is_the_title() -> None:
    doc = parse_document("Official statement of the Administrator on the situation in the valley.\n\n3 March 2022\n\n"
                         "As I watch the crisis unfolding, I am deeply concerned.")
    assert doc.title == "Official statement of the Administrator on the situation in the valley."
