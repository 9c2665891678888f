"""The one spaCy parse every table shares.

The pipeline is the configured model plus a `paragraph_breaks` component that starts a new
sentence after every blank line, so a sentence never crosses a paragraph or a section
(title / body / editor's note are joined by blank lines in `statements.text`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .records import SentenceSpan, Statement


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@cache
def load_pipeline(model: str) -> Language:
    """Load the model once per process (each Dask worker loads its own)."""
    import spacy

    nlp = spacy.load(model)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.max_length = 6_000_000  # documents are bounded by max_document_bytes instead
    return nlp


def model_label(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta['name']} {nlp.meta['version']}"


def sentence_spans(doc: Doc, statement: Statement) -> list[SentenceSpan]:
    """Sentences of the parse with whitespace trimmed and their section named."""
    spans: list[SentenceSpan] = []
    text = statement.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(SentenceSpan(len(spans), section_at(statement, start), start, end))
    return spans


def section_at(statement: Statement, offset: int) -> str:
    for section in statement.sections:
        if section.start <= offset < section.end:
            return section.name
    return statement.sections[-1].name if statement.sections else "body"


def pipe(nlp: Language, texts: list[str], n_process: int) -> Any:
    """Stream parses; n_process > 1 only pays off for more than a handful of texts."""
    n = n_process if len(texts) >= 4 * n_process else 1
    return nlp.pipe(texts, n_process=n, batch_size=16)
