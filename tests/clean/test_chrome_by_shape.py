"""Site chrome is recognised by its shape, never by topic words, and what is dropped is counted (issue #18, item 1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from un_statements_etl.clean.furniture import is_chrome
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.records import RawDocument

OPENING = ("Experts condemn attack on the national broadcaster\n\nGENEVA (5 May 2023) – UN experts today condemned "
           "the attack on the broadcaster's offices in the capital, which injured twelve staff.\n\n")
# short paragraphs of prose that name words or signs site furniture also uses
PROSE = ["Protesters burned the UN logo.", "The committee heard 12 views.", "We want to learn more.",
         "Il a dit « non » aux menaces de mort.", "Temperatures > 40 degrees were recorded in the camps.",
         "Journalists face a paywall of censorship.", "Russian forces shelled the town; Russian officials denied it.",
         "Cookies and javascript carried the cyber-attack.", "© notices were forged, all rights reserved."]


def _statement(text: str):  # type: ignore[no-untyped-def]
    raw = RawDocument("local", "/inbox/x.txt", text.encode(), "text/plain", datetime(2024, 1, 1))
    return prepare_statement(raw, 5_000_000)


@pytest.mark.parametrize("paragraph", PROSE)
def test_a_short_last_paragraph_of_prose_is_kept_whatever_its_words(paragraph: str) -> None:
    statement = _statement(OPENING + paragraph + "\n")
    assert statement.text.endswith(paragraph)
    assert not any(step.startswith("drop_lines") for step in statement.clean_steps)


def test_prose_between_furniture_lines_is_kept_and_the_furniture_counted() -> None:
    page = ("Skip to main content\n\nHome > News > Statements\n\n" + OPENING + "\n\n".join(PROSE)
            + "\n\nShare this\n\nEnglish | Français | Español | Русский\n")
    statement = _statement(page)
    for paragraph in PROSE:
        assert paragraph in statement.text
    for chrome in ("Skip to main content", "Home > News", "Share this", "Español"):
        assert chrome not in statement.text
    dropped = ["Skip to main content", "Home > News > Statements", "Share this", "English | Français | Español | Русский"]
    assert statement.clean_steps[-1] == f"drop_lines(lines=4,chars={sum(map(len, dropped))})"


def test_a_footer_block_is_dropped_with_its_size() -> None:
    footer = "Related news\n\nExperts to visit Chile next week\n\nCommittee closes its session"
    statement = _statement(OPENING + "Protesters burned the UN logo.\n\n" + footer + "\n")
    assert statement.text.endswith("Protesters burned the UN logo.")
    lines = footer.split("\n\n")
    assert statement.clean_steps[-1] == f"drop_lines(lines=3,chars={sum(map(len, lines))})"


def test_sentence_shaped_banners_are_still_chrome_but_a_welcome_in_a_speech_is_not() -> None:
    assert is_chrome("Welcome to the United Nations. It’s your world.")
    assert is_chrome("Search for the country site.")
    assert not is_chrome("Welcome to the United Nations.")
    assert is_chrome("Russian English French") and is_chrome("Accueil » Actualités")
