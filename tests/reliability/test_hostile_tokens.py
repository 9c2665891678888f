"""Hostile text: 200,000-character tokens (and long runs of sentences, dates, whitespace) go
through cleaning and every extractor in bounded time. Before the fixes the e-mail guard of
the date extractor alone took 43 s on a 100k-character word (quadratic backtracking); a
capital-letter word opening a paragraph never finished (the dateline's city pattern)."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date, datetime

import pytest
from spacy.tokens import Doc, Span

from un_statements_etl.extract.claims import ClaimExtractor
from un_statements_etl.extract.dates import DateExtractor
from un_statements_etl.extract.dates.patterns import Candidate
from un_statements_etl.extract.dates.tagger import _select
from un_statements_etl.extract.entities import EntityExtractor
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.records import RawDocument, Section, Statement

N = 200_000
HEAD = "Myanmar: UN expert alarmed\n\nGENEVA (14 March 2023) – The expert said on 3 May 2022 that "
# one word each of letters, digits, word characters with underscores: what the e-mail guard
# rescanned from every position
TOKENS = {"letters": "a", "digits": "1", "underscores": "a_"}
EXTRACTORS = [EntityExtractor(), ClaimExtractor(), DateExtractor()]


def _long(unit: str, n: int = N) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _statement(text: str) -> Statement:
    return Statement(statement_id="s", source="local", source_uri="/hostile.txt", url=None, title=text[:26],
                     speaker=None, speaker_role=None, published_on=date(2023, 3, 14), location=None, language="en",
                     kind=None, text=text, sections=(Section("title", 0, 26), Section("body", 28, len(text))),
                     content_hash="h", clean_steps=())


def _doc(nlp, text: str, sentence_every: int = 50) -> Doc:
    """The text's tokens as a Doc, split on whitespace (spaCy's own tokenizer is itself slow on
    such words: the document time budget covers that), with a sentence every few tokens."""
    words, spaces = [], []
    for match in re.finditer(r"(\S+)( ?)|(\s+)", text):
        if match.group(3):  # a run of whitespace beyond one space is a token of its own
            words.append(match.group(3))
            spaces.append(False)
        else:
            words.append(match.group(1))
            spaces.append(bool(match.group(2)))
    starts = [i % sentence_every == 0 for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    assert doc.text == text
    return doc


def _seconds(extractor, doc: Doc, statement: Statement) -> float:
    context = {"entities": []} if extractor.table == "claims" else {}
    started = time.perf_counter()
    extractor.extract(doc, statement, context)
    return time.perf_counter() - started


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.table)
@pytest.mark.parametrize("unit", TOKENS.values(), ids=TOKENS.keys())
def test_every_extractor_reads_a_200k_character_word_in_bounded_time(nlp, extractor, unit: str):
    text = HEAD + _long(unit) + " and urged action."
    assert _seconds(extractor, _doc(nlp, text), _statement(text)) < 2.0


@pytest.mark.parametrize("extractor", EXTRACTORS, ids=lambda e: e.table)
def test_every_extractor_reads_200k_characters_of_whitespace_between_dates(nlp, extractor):
    text = HEAD + "May 2020" + _long("\u2003") + "to June 2021, in 2019" + _long(" ") + "2020" + _long("\u2003") + "2021."
    assert _seconds(extractor, _doc(nlp, text), _statement(text)) < 2.0


def test_claims_over_thousands_of_sentences_naming_people_stay_linear(nlp):
    """Entity look-ups per sentence used to rebuild the document's entities each time (69 s
    for 8,000 such sentences)."""
    words = ["Ms", "Bachelet", "said", "it", "."] * 4000
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words), sent_starts=[i % 5 == 0 for i in range(len(words))])
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in range(1, len(words), 5)]
    statement = replace(_statement(doc.text), sections=(Section("body", 0, len(doc.text)),))
    assert _seconds(ClaimExtractor(), doc, statement) < 2.0


def test_choosing_among_tens_of_thousands_of_date_candidates_is_linear():
    """The overlap check compared each candidate with every one chosen before it."""
    found = [Candidate("year", 5 * i, 5 * i + 4, []) for i in range(20_000)]
    found += [Candidate("year", 5 * i + 1, 5 * i + 3, []) for i in range(20_000)]  # inside the others: dropped
    started = time.perf_counter()
    chosen = _select(found)
    assert time.perf_counter() - started < 1.0
    assert [(c.start, c.end) for c in chosen] == [(5 * i, 5 * i + 4) for i in range(20_000)]


def _prepare_seconds(text: str) -> float:
    raw = RawDocument("local", "/hostile.txt", text.encode(), "text/plain", datetime(2026, 11, 28))
    started = time.perf_counter()
    prepare_statement(raw, 10 * N)
    return time.perf_counter() - started


@pytest.mark.parametrize(("unit", "where"), [("A", "last_line"), ("A", "opening"), ("a.b@", "title"),
                                             ("AB ", "opening")])
def test_cleaning_reads_a_200k_character_run_in_bounded_time(where: str, unit: str):
    token = _long(unit)
    body = "GENEVA (14 March 2023) – The expert said that States must act."
    text = {"title": f"{token}\n\n{body}", "opening": f"A title\n\n{token} – {body}",
            "last_line": f"A title\n\n{body}\n\n{token}"}[where]
    assert _prepare_seconds(text) < 3.0


def test_cleaning_a_body_ending_in_200k_blank_lines_is_linear():
    assert _prepare_seconds("A title\n\nGENEVA (14 March 2023) – The expert said that States must act.\n"
                            + _long("\n\n", 100_000) + ".") < 3.0
