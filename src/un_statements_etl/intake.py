"""Intake: source items -> prepared, de-duplicated statements, yielded batch by batch.

The corpus is never held whole: documents are prepared in chunks as the source yields
them, and each batch of statements to process is handed on as soon as it is full. What
is kept for the whole run is small per document (identity rows, dates, rejections).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from .records import RawDocument, Rejection, Statement
from .tables import identity_rows

# documents read and prepared together: large enough that a Prefect task per chunk is cheap,
# small enough that their raw bytes never weigh on memory
PREPARE_CHUNK = 256

Prepare = Callable[[list[RawDocument]], tuple[list[Statement], list[Rejection]]]


@dataclass
class Intake:
    known: dict[str, tuple[str, str | None]]  # statement_id -> (content_hash, extractor_versions) loaded
    versions: str  # this run's extractor versions
    reprocess: bool
    now: datetime
    batch_size: int
    documents: int = 0
    prepared: int = 0
    skipped: int = 0
    to_process: int = 0  # new, edited or stale statements handed to the transform
    rejections: list[Rejection] = field(default_factory=list)
    prepare_reasons: set[str] = field(default_factory=set)  # why documents failed to parse
    published: list[date | None] = field(default_factory=list)  # for the web cursor
    # statement_sources rows by statement_id, taken by the slice that loads the statement
    sources: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _by_hash: dict[str, str] = field(default_factory=dict)
    _seen: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._by_hash = {content_hash: sid for sid, (content_hash, _) in self.known.items()}

    def batches(self, items: Iterable[RawDocument | Statement | Rejection],
                prepare: Prepare) -> Iterator[list[Statement]]:
        """Batches of statements that need processing, in source order. A Statement item
        (re-extraction of stored text) is already clean and skips `prepare`."""
        pending: list[Statement] = []
        source = iter(items)
        while chunk := list(islice(source, PREPARE_CHUNK)):
            docs = [item for item in chunk if isinstance(item, RawDocument)]
            ready = [item for item in chunk if isinstance(item, Statement)]
            self.rejections += [item for item in chunk if isinstance(item, Rejection)]
            del chunk
            self.documents += len(docs) + len(ready)
            statements, bad = prepare(docs) if docs else ([], [])
            statements = ready + statements
            del docs, ready  # the raw bytes are in the raw store or on disk
            self.rejections += bad
            self.prepare_reasons |= {r.reason for r in bad}
            self.prepared += len(statements)
            self.published += [st.published_on for st in statements]
            pending += self._admit(statements)
            while len(pending) >= self.batch_size:
                yield pending[:self.batch_size]
                pending = pending[self.batch_size:]
        if pending:
            yield pending

    def _admit(self, statements: list[Statement]) -> list[Statement]:
        rows, unique = identity_rows(statements, self._by_hash, self._seen, self.now)
        for row in rows:
            self.sources.setdefault(row["statement_id"], []).append(row)
        todo = [st for st in unique
                if self.reprocess or self.known.get(st.statement_id) != (st.content_hash, self.versions)]
        self.skipped += len(unique) - len(todo)
        self.to_process += len(todo)
        return todo

    def take_sources(self, statement_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The statement_sources rows of these statements, handed to the slice that loads them."""
        return [row for sid in statement_ids for row in self.sources.pop(sid, ())]

    def remaining_sources(self, loaded: set[str]) -> list[dict[str, Any]]:
        """Rows of arrivals whose statement is loaded (before this run, or by an earlier slice
        of it): unchanged statements and late aliases. Rows of statements that failed this
        run are dropped: those are quarantined instead."""
        return self.take_sources([sid for sid in self.sources if sid in loaded])
