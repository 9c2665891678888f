"""Transform: parse each statement once and run every extractor over the same Doc.

Produces rows for sentences and each extractor's table, numbering rows and giving each
its sentence_index and section from its character offsets, so every table agrees.
"""

from __future__ import annotations

import bisect
import os
import socket
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from .budget import time_budget
from .errors import DocumentError, DocumentTimeoutError
from .extract import default_extractors
from .nlp import load_pipeline, pipe, sentence_spans
from .records import Extractor, Rejection, SentenceSpan, Statement
from .schema import rows_to_table

# column that numbers the rows of each extractor's table within a statement
ROW_ID = {"entities": "mention_id", "dates": "date_id", "claims": "claim_id"}


@dataclass
class TransformResult:
    # Arrow, not row dicts: a finished batch is held until the run loads, and columns are
    # several times smaller than Python dicts (memory stays flat as the corpus grows)
    tables: dict[str, pa.Table] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # parse and each extractor, for the benchmark
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")  # the process that ran it


def transform_batch(statements: Sequence[Statement], model: str, n_process: int = 1,
                    extractors: Sequence[Extractor] | None = None,
                    document_seconds: float | None = None) -> TransformResult:
    """Sentences and extracted rows for a batch; a statement whose extraction fails, or whose
    parse or extraction takes longer than `document_seconds`, is rejected (quarantined) and
    the rest of the batch goes on."""
    nlp = load_pipeline(model)
    extractors = default_extractors() if extractors is None else extractors
    result = TransformResult()
    rows: dict[str, list[dict[str, Any]]] = {"sentences": [], **{e.table: [] for e in extractors}}
    docs = _Parses(nlp, [s.text for s in statements], n_process)
    for statement in statements:
        try:
            doc = docs.next(result.seconds, document_seconds, statement.source_uri)
            with time_budget(document_seconds, statement.source_uri, "extraction"):
                found = statement_rows(doc, statement, extractors, result.seconds)
        except DocumentError as exc:
            result.rejections.append(Rejection(statement.source, statement.source_uri, exc.reason, exc.detail))
            continue
        except Exception as exc:  # an extractor bug must not stop the run: quarantine the document
            result.rejections.append(Rejection(statement.source, statement.source_uri, "extract_error",
                                               f"{statement.statement_id}: {type(exc).__name__}: {exc}"))
            continue
        result.statements.append(statement)
        for table, table_rows in found.items():
            rows[table].extend(table_rows)
    result.tables = {table: rows_to_table(table, table_rows) for table, table_rows in rows.items()}
    return result


class _Parses:
    """The batch's Docs in order, parsed together (spaCy batches them); once a parse runs out
    of time the shared stream is dead and which text was slow is unknown (it parses several
    at once), so the rest of the batch is parsed one text at a time and each answers for itself."""

    def __init__(self, nlp: Any, texts: list[str], n_process: int) -> None:
        self.nlp, self.texts, self.done = nlp, texts, 0
        self.stream: Iterator[Any] | None = pipe(nlp, texts, n_process)

    def next(self, seconds: dict[str, float], budget: float | None, source_uri: str) -> Any:
        started = time.perf_counter()
        text, self.done = self.texts[self.done], self.done + 1
        if self.stream is not None:
            try:
                with time_budget(budget, source_uri, "parsing"):
                    doc = next(self.stream)
            except DocumentTimeoutError:
                self.stream = None  # this text gets a fresh budget of its own below
            else:
                _add_time(seconds, "parse", started)
                return doc
        with time_budget(budget, source_uri, "parsing"):
            doc = next(pipe(self.nlp, [text], 1))
        _add_time(seconds, "parse", started)
        return doc


def _add_time(seconds: dict[str, float], stage: str, started: float) -> None:
    seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - started


def statement_rows(doc: Any, statement: Statement, extractors: Sequence[Extractor] | None = None,
                   seconds: dict[str, float] | None = None) -> dict[str, list[dict]]:
    """Sentences and each extractor's rows for one parsed statement (the evaluation
    harnesses call this too, so they score exactly what a run writes)."""
    extractors = default_extractors() if extractors is None else extractors
    seconds = {} if seconds is None else seconds
    sentences = sentence_spans(doc, statement)
    base = {"statement_id": statement.statement_id, "year": statement.year}
    out: dict[str, list[dict]] = {e.table: [] for e in extractors}
    out["sentences"] = [
        {**base, "sentence_index": s.index, "section": s.section, "char_start": s.start,
         "char_end": s.end, "text": statement.text[s.start:s.end]} for s in sentences]
    context: dict[str, list[dict]] = {}
    # the extractors' rules and the model are English: other languages get sentences only,
    # rather than rows an analyst would have to distrust
    for extractor in extractors if statement.language == "en" else ():
        started = time.perf_counter()
        found = extractor.extract(doc, statement, context)
        _add_time(seconds, extractor.table, started)
        context[extractor.table] = found
        out[extractor.table] = _place_rows(found, sentences, base, extractor)
    return out


def _place_rows(found: list[dict], sentences: list[SentenceSpan], base: dict,
                extractor: Extractor) -> list[dict]:
    starts = [s.start for s in sentences]
    rows = []
    for i, row in enumerate(sorted(found, key=lambda r: (r["char_start"], r["char_end"]))):
        sentence = sentences[max(bisect.bisect_right(starts, row["char_start"]) - 1, 0)]
        rows.append({**row, **base, ROW_ID[extractor.table]: i, "sentence_index": sentence.index,
                     "section": sentence.section, "extractor_version": extractor.version})
    return rows
