"""The one spaCy parse every table shares.

The pipeline is the configured model plus a `paragraph_breaks` component that starts a new
sentence after every blank line, so a sentence never crosses a paragraph or a section
(title / body / editor's note are joined by blank lines in `statements.text`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

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


CHUNK_CHARS = 100_000  # parse long documents in pieces of about this size (spaCy's memory grows with length)


def split_at_paragraphs(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    r"""Pieces of `text` that end at paragraph breaks and join back to `text` exactly.

    >>> split_at_paragraphs("a b\n\nc d\n\ne f", limit=5)
    ['a b\n\n', 'c d\n\n', 'e f']
    >>> "".join(split_at_paragraphs("x" * 12, limit=5)) == "x" * 12
    True
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start, start + limit)
        cut = cut + 2 if cut > start else text.find("\n\n", start + limit)  # one huge paragraph: next break
        if cut <= start or cut < 0:
            break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def pipe(nlp: Language, texts: list[str], n_process: int) -> Iterator[Doc]:
    """One Doc per text, in order. Long texts are parsed in paragraph-aligned chunks and the
    chunk Docs joined, so offsets still index the whole text and no mention is cut (a
    mention never crosses a paragraph break)."""
    pieces = [split_at_paragraphs(text) for text in texts]
    flat = [p for chunks in pieces for p in chunks]
    n = n_process if len(flat) >= 4 * n_process else 1
    docs = nlp.pipe(flat, n_process=n, batch_size=16)
    for chunks in pieces:
        parts = [next(docs) for _ in chunks]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
