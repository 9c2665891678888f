"""The one spaCy parse every table shares.

The pipeline is the configured model plus a `paragraph_breaks` component that starts a new
sentence after every blank line, so a sentence never crosses a paragraph or a section
(title / body / editor's note are joined by blank lines in `statements.text`).
"""

from __future__ import annotations

import re
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
    nlp.max_length = 6_000_000  # pipe() hands spaCy chunks of CHUNK_CHARS; this guards direct calls
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


CHUNK_CHARS = 100_000  # parse long documents in pieces of at most this size (spaCy's memory grows with length)
# a sentence end: punctuation, closing quotes or brackets, then the space before the next sentence
_SENTENCE_END = re.compile(r"[.!?;؟][\"'”’»)\]]*\s+|[。！？][”’」』）]*")  # CJK needs no space after


def split_for_parsing(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    r"""Pieces of `text` of at most `limit` characters that join back to `text` exactly.

    Each piece ends at the last paragraph break that fits, else the last sentence end, else
    the last space, else at the limit itself: a statement on one line (no paragraph breaks)
    is cut too, so the parse never sees more than `limit` characters at once.

    >>> split_for_parsing("a b\n\nc d\n\ne f", limit=5)
    ['a b\n\n', 'c d\n\n', 'e f']
    >>> split_for_parsing("One two. Three four. Five six.", limit=22)
    ['One two. Three four. ', 'Five six.']
    >>> split_for_parsing("x" * 12, limit=5)
    ['xxxxx', 'xxxxx', 'xx']
    >>> split_for_parsing("人权。和平。", limit=4)
    ['人权。', '和平。']
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = _cut_before(text, start, start + limit)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _cut_before(text: str, start: int, end: int) -> int:
    """Where the piece starting at `start` ends, at most at `end` and always after `start`."""
    paragraph = text.rfind("\n\n", start, end)
    if paragraph > start:
        return paragraph + 2
    last_sentence_end = max((found.end() for found in _SENTENCE_END.finditer(text, start, end)), default=start)
    if last_sentence_end > start:
        return last_sentence_end
    space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
    return space + 1 if space > start else end


BATCH_CHARS = 160_000  # characters spaCy parses together: its working memory grows with the batch, not the count


def batch_size(pieces: list[str], most: int = 16) -> int:
    """Texts per spaCy batch: 16 statements of ordinary length, one chunk of a very long one.

    >>> batch_size(["x" * 5_000] * 40), batch_size(["x" * 5_000, "x" * CHUNK_CHARS])
    (16, 1)
    """
    longest = max((len(piece) for piece in pieces), default=1)
    return max(1, min(most, BATCH_CHARS // max(longest, 1)))


def pipe(nlp: Language, texts: list[str], n_process: int) -> Iterator[Doc]:
    """One Doc per text, in order. Long texts are parsed in chunks (cut at paragraph breaks,
    else at sentence ends) and the chunk Docs joined, so offsets still index the whole text,
    memory is bounded by the chunk size, and no mention is cut (a mention never crosses a
    paragraph break, and hardly ever a sentence end)."""
    pieces = [split_for_parsing(text) for text in texts]
    flat = [p for chunks in pieces for p in chunks]
    n = n_process if len(flat) >= 4 * n_process else 1
    docs = nlp.pipe(flat, n_process=n, batch_size=batch_size(flat))
    for chunks in pieces:
        parts = [next(docs) for _ in chunks]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
