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
