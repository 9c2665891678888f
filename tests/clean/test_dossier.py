"""parse_document on the dossier sample, on web pages saved as text (golden fixtures the
project wrote in tests/clean/golden/), and on single header forms."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from un_statements_etl.clean import clean_text, parse_document
from un_statements_etl.clean.dossier import find_date
from un_statements_etl.clean.speakers import role_and_name

GOLDEN = Path(__file__).parent / "golden"
FIXTURES = sorted(p.stem for p in GOLDEN.glob("*.txt") if p.with_suffix(".expected.json").exists())
FIELDS = ("title", "speaker", "speaker_role", "url", "symbol", "location", "kind")


def test_sample_metadata(sample_raw: str) -> None:
    doc = parse_document(sample_raw)
    assert doc.kind == "speech"  # delivered: it opens "Good evening and thank you all" (see kinds.py)
    assert doc.title == ("Statement by UN High Commissioner for Human Rights Michelle Bachelet "
                         "after official visit to China")
    assert doc.speaker == "Michelle Bachelet"
    assert doc.speaker_role == "UN High Commissioner for Human Rights"
    assert doc.published_on == date(2022, 5, 28)
    assert doc.url == ("https://www.ohchr.org/en/statements/2022/05/"
                       "statement-un-high-commissioner-human-rights-michelle-bachelet-after-official")
    assert doc.location == "Guangzhou"
    assert doc.symbol is None


def test_sample_parts(sample_raw: str) -> None:
    doc = parse_document(sample_raw)
    assert doc.body.startswith("Good evening and thank you all for joining me here today.")
    assert doc.body.endswith("in a meaningful and impactful way.")
    for header_bit in ("FEATURE", "LOCATION", "28 May 2022", "ohchr.org", "Editor"):
        assert header_bit not in doc.body
    assert doc.editor_note is not None
    assert doc.editor_note.startswith("Verónica Michelle Bachelet Jeria, born 29 September 1951")
    assert "Editor" not in doc.editor_note
    assert doc.editor_note.rstrip().endswith("[Ricardo Lagos](#).")


@pytest.mark.parametrize("name", FIXTURES)
def test_web_page_openings(name: str) -> None:
    doc = parse_document((GOLDEN / f"{name}.txt").read_text(encoding="utf-8"))
    expected = json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert {f: getattr(doc, f) for f in FIELDS} == {f: expected[f] for f in FIELDS}
    published = expected["published_on"]
    assert doc.published_on == (date.fromisoformat(published) if published else None)
    assert doc.body.startswith(expected["body_starts"])
    assert doc.body.endswith(expected["body_ends"])
    if expected["editor_note_starts"] is None:
        assert doc.editor_note is None
    else:
        assert doc.editor_note is not None and doc.editor_note.startswith(expected["editor_note_starts"])
    for chrome in expected["absent"]:
        assert chrome not in doc.body, chrome
    cleaned, _ = clean_text(doc.body)
    for phrase in expected["clean_body_contains"]:
        assert phrase in cleaned


def test_special_procedures_dateline_without_chrome() -> None:
    doc = parse_document("GENEVA / NEW YORK (5 May 2023) – UN experts today urged the Government to "
                         "release the detained journalists.\n\nThey said the detentions were arbitrary.")
    # the collective speaker of a press release is the body that speaks in its opening
    assert (doc.location, doc.published_on, doc.title, doc.speaker) == ("Geneva", date(2023, 5, 5), None, "UN experts")
    assert doc.body.startswith("GENEVA / NEW YORK (5 May 2023) –\n\nUN experts today urged")  # the dateline a paragraph


@pytest.mark.parametrize(("line", "speaker", "role"), [
    ("Jeremy Laurence, spokesperson for the UN High Commissioner for Human Rights", "Jeremy Laurence",
     "spokesperson for the UN High Commissioner for Human Rights"),
    ("Spokesperson: Ravina Shamdasani", "Ravina Shamdasani", "Spokesperson"),
    ("By Volker Türk", "Volker Türk", None),
])
def test_speaker_lines(line: str, speaker: str, role: str | None) -> None:
    doc = parse_document(f"Skip to main content\n\nSudan: Civilians must be protected now\n\n{line}\n\n"
                         "Published: 03 March 2021\n\nThe fighting has to stop. Civilians are paying the price.")
    assert (doc.speaker, doc.speaker_role, doc.published_on) == (speaker, role, date(2021, 3, 3))
    assert doc.title == "Sudan: Civilians must be protected now"
    assert doc.body == "The fighting has to stop. Civilians are paying the price."


def test_speaker_from_opening_sentence() -> None:
    doc = parse_document("NEW YORK, 3 March 2021 – UN Secretary-General António Guterres today called "
                         "for an immediate ceasefire.")
    assert (doc.speaker, doc.speaker_role, doc.location) == ("António Guterres", "UN Secretary-General", "New York")
    assert doc.body == "NEW YORK, 3 March 2021 –\n\nUN Secretary-General António Guterres today called for an immediate ceasefire."


def test_nothing_known_stays_none() -> None:
    doc = parse_document("We call on all parties to respect international humanitarian law.")
    assert doc.body == "We call on all parties to respect international humanitarian law."
    assert (doc.title, doc.speaker, doc.speaker_role, doc.published_on, doc.url, doc.symbol, doc.location,
            doc.kind, doc.editor_note) == (None,) * 9


def test_empty_and_blank_documents() -> None:
    for text in ("", "\n\n  \n"):
        doc = parse_document(text)
        assert doc.body == "" and doc.title is None and doc.editor_note is None


def test_note_to_editors_inline() -> None:
    doc = parse_document("PRESS RELEASE\n\nA title for the test case\n\nThe body sentence is here.\n\n"
                         "**Note to editors:** The expert is independent.")
    assert doc.body == "The body sentence is here."
    assert doc.editor_note == "The expert is independent."


@pytest.mark.parametrize(("text", "expected"), [
    ("28 May 2022", date(2022, 5, 28)), ("Saturday, 28 May 2022", date(2022, 5, 28)),
    ("May 28, 2022", date(2022, 5, 28)), ("2022-05-28", date(2022, 5, 28)), ("28/05/2022", date(2022, 5, 28)),
    ("05/28/2022", date(2022, 5, 28)), ("05/06/2022", None), ("31 February 2022", None), ("May 2022", None),
    ("le 3 mars 2021", date(2021, 3, 3)), ("3 de marzo de 2021", date(2021, 3, 3)),
])
def test_find_date(text: str, expected: date | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Statement by Deputy High Commissioner Nada Al-Nashif", ("Deputy High Commissioner", "Nada Al-Nashif")),
    ("Following is UN Secretary-General António Guterres' message", ("UN Secretary-General", "António Guterres")),
    ("Secretary-General Welcomes Ceasefire Agreement between Parties", None),
    ("The High Commissioner said the visit was useful", None),
])
def test_role_and_name(text: str, expected: tuple[str, str] | None) -> None:
    assert role_and_name(text) == expected


def test_salutations_open_the_body() -> None:
    doc = parse_document("Excellencies,\n\nLadies and gentlemen,\n\nIt is an honour to address the Council today.")
    assert doc.title is None
    assert doc.body.startswith("Excellencies,\n\nLadies and gentlemen,")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "FEATURE", "Skip to main content", "Home > Press releases", "28 May 2022", "<https://a.org/x>",
    "LOCATION: **Geneva**", "GENEVA (5 May 2023) – UN experts said.", "Editor's Note:", "ENDS", "Share",
    "Spokesperson: Ravina Shamdasani", "SG/SM/21345", "A title of some length here", "Short",
    "This is a sentence of prose that ends here.", "and the", "", "* *** *",
]), max_size=14).map("\n\n".join))
def test_parse_never_fails_and_keeps_body_words(text: str) -> None:
    doc = parse_document(text)
    source_words = set(re.findall(r"\w+", text))
    for part in (doc.body, doc.editor_note or "", doc.title or ""):
        assert set(re.findall(r"\w+", part)) <= source_words


@pytest.mark.parametrize("text", ["**a " * 5000, "[a](" * 5000, "the\n\n" * 20000, "x\n" * 20000])
def test_pathological_inputs_stay_fast(text: str) -> None:
    start = time.perf_counter()
    parse_document(text)
    clean_text(text)
    assert time.perf_counter() - start < 3
