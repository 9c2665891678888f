"""Golden test on the bundled sample: parse_document + clean_text of body and editor's note.

The cleaned parts are pinned in golden/sample.cleaned.txt; regenerate it after a deliberate
change with `UN_STATEMENTS_UPDATE_GOLDEN=1 pytest tests/clean/test_golden.py` and review the diff.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

from un_statements_etl.clean import clean_text, parse_document

GOLDEN = Path(__file__).parent / "golden" / "sample.cleaned.txt"
SEPARATOR = "\n\n=== editor_note ===\n\n"
HEADING_WORDS = 6  # a paragraph this short without final punctuation is a heading


@pytest.fixture(scope="module")
def parts(sample_raw: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    doc = parse_document(sample_raw)
    assert doc.editor_note is not None
    return {name: (raw, *clean_text(raw)) for name, raw in (("body", doc.body), ("editor_note", doc.editor_note))}


def _words(text: str) -> Counter[str]:
    text = re.sub(r"\]\([^()\s]*\)", "]", text)  # link targets are not words of the statement
    text = re.sub(r"\^?\[\^?\d{1,3}\]", " ", text)  # nor footnote numbers
    return Counter(re.findall(r"\w+", text))


@pytest.mark.parametrize("name", ["body", "editor_note"])
def test_no_paragraph_ends_mid_sentence(parts, name: str) -> None:
    _, cleaned, _ = parts[name]
    for paragraph in cleaned.split("\n\n"):
        assert paragraph.strip() == paragraph and paragraph
        ends_sentence = paragraph[-1] in ".!?:\"'"
        assert ends_sentence or len(paragraph.split()) < HEADING_WORDS, paragraph[-80:]


@pytest.mark.parametrize("name", ["body", "editor_note"])
def test_no_markup_left(parts, name: str) -> None:
    _, cleaned, _ = parts[name]
    for leftover in ("](", "[", "]", "^[", "**", "  ", "\u00a0", "\n\n\n", " \n"):
        assert leftover not in cleaned, leftover


@pytest.mark.parametrize("name", ["body", "editor_note"])
def test_no_word_lost(parts, name: str) -> None:
    raw, cleaned, _ = parts[name]
    assert _words(cleaned) == _words(raw)


def test_page_breaks_rejoined(parts) -> None:
    body = parts["body"][1]
    for joined in ("the State Procuratorate, and the Governor of Guangdong Province.",
                   "the preparatory work done by my office", "the Sustainable Development Goals, both at home",
                   "China will join the growing international momentum", "human rights standards, and in particular",
                   "in the HKSAR and beyond."):
        assert joined in body
    assert "United Nations High Commissioner for Human Rights since 2018. She" in parts["editor_note"][1]
    assert parts["body"][0].count("\n\n") - body.count("\n\n") == 6


def test_steps_recorded(parts) -> None:
    assert parts["body"][2] == ("dash_spaced_hyphens", "rejoin_broken_paragraphs")
    assert parts["editor_note"][2] == ("drop_footnote_marks", "unwrap_links", "rejoin_broken_paragraphs")


def test_cleaned_sample_matches_golden(parts) -> None:
    text = parts["body"][1] + SEPARATOR + parts["editor_note"][1] + "\n"
    if os.environ.get("UN_STATEMENTS_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_cleaning_is_idempotent_on_sample(parts) -> None:
    for _, cleaned, _ in parts.values():
        assert clean_text(cleaned) == (cleaned, ())
