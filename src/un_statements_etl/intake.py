"""Intake: source items -> prepared, de-duplicated statements, yielded batch by batch.

The corpus is never held whole: documents are prepared in chunks as the source yields
them, and each batch of statements to process is handed on as soon as it is full. What
is kept for the whole run is small per document (identity rows, dates, rejections).

Every arrival is one of (see `Intake._admit_one`):
- new: processed, its statement_sources row primary;
- a repeat: the same document (source and source_uri) with the same content again, e.g.
  a file named twice or a page a source reached twice: counted, no second row;
- an alias: the same content under another identity, or the same statement (identity) as
  another source carries it (ohchr.org's page and ReliefWeb's copy, in a `raw` replay):
  a row pointing at the first statement, with the content hash of what arrived;
- a conflict: another version of a statement this run already holds from the same source
  (same identity, other content): the one published later is kept; the other is quarantined as
  `conflict`, naming the version kept. With no dates to tell them apart the first is kept.
A duplicate is an intake matter: it never reaches the validation gate as a duplicate key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from typing import Any

from .records import RawDocument, Rejection, Statement
from .settled import Settled, raw_hash

# documents read and prepared together: large enough that a Prefect task per chunk is cheap,
# small enough that their raw bytes never weigh on memory
PREPARE_CHUNK = 256

Prepare = Callable[[list[RawDocument]], tuple[list[Statement], list[Rejection]]]


@dataclass(frozen=True)
class _Arrival:
    """What intake keeps of the version of a statement it admitted (not its text: memory stays small)."""

    source: str
    source_uri: str
    content_hash: str
    published_on: date | None

    @classmethod
    def of(cls, st: Statement) -> _Arrival:
        return cls(st.source, st.source_uri, st.content_hash, st.published_on)


@dataclass
class Intake:
    known: dict[str, tuple[str, str | None]]  # statement_id -> (content_hash, extractor_versions) loaded
    versions: str  # this run's extractor versions
    reprocess: bool
    now: datetime
    batch_size: int
    # (source, source_uri) -> the warehouse's statement_sources row (load.ARRIVAL_COLUMNS): not rewritten unchanged
    arrivals: dict[tuple[str, str], tuple] = field(default_factory=dict)
    width: int = 1  # transform batches that run at once (worker processes): the last ones are cut to keep all busy
    # files read before by this reader (see settled.py); None: the source has no such files (web pages)
    settled: dict[tuple[str, str], Settled] | None = None
    raw_hashes: dict[tuple[str, str], str] = field(default_factory=dict)  # of the files read in this run
    documents: int = 0
    prepared: int = 0
    skipped: int = 0
    to_process: int = 0  # new, edited or stale statements handed to the transform
    repeats: int = 0  # the same document with the same content arriving again in this run
    conflicts: int = 0  # versions of a statement set aside for another version of it (quarantined)
    rejections: list[Rejection] = field(default_factory=list)
    prepare_reasons: set[str] = field(default_factory=set)  # why documents failed to parse
    published: list[date | None] = field(default_factory=list)  # for the web cursor
    # statement_sources rows by statement_id, taken by the slice that loads the statement
    sources: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    _by_hash: dict[str, str] = field(default_factory=dict)
    _kept: dict[str, _Arrival] = field(default_factory=dict)  # statement_id -> version admitted this run
    _arrivals: dict[tuple[str, str], str] = field(default_factory=dict)  # (source, source_uri) -> content_hash
    _pending: list[Statement] = field(default_factory=list)  # admitted, not yet handed on

    def __post_init__(self) -> None:
        self._by_hash = {content_hash: sid for sid, (content_hash, _) in self.known.items()}

    def batches(self, items: Iterable[RawDocument | Statement | Rejection],
                prepare: Prepare) -> Iterator[list[Statement]]:
        """Batches of statements that need processing, in source order. A Statement item
        (re-extraction of stored text) is already clean and skips `prepare`."""
        source = iter(items)
        # a small first chunk: the workers get their first batches (and start loading the model)
        # after a few statements are cleaned, not after a whole chunk
        size = min(PREPARE_CHUNK, self.batch_size * (self.width + 1))
        while chunk := list(islice(source, size)):
            size = PREPARE_CHUNK
            docs = [item for item in chunk if isinstance(item, RawDocument)]
            ready = [item for item in chunk if isinstance(item, Statement)]
            self.rejections += [item for item in chunk if isinstance(item, Rejection)]
            del chunk
            self.documents += len(docs) + len(ready)
            docs = self._unsettled(docs) if self.settled is not None else docs
            statements, bad = prepare(docs) if docs else ([], [])
            statements = ready + statements
            del docs, ready  # the raw bytes are in the raw store or on disk
            self.rejections += bad
            self.prepare_reasons |= {r.reason for r in bad}
            self.prepared += len(statements)
            self.published += [st.published_on for st in statements]
            for st in statements:
                self._admit_one(st)
            # with several workers, `width` batches' worth is held back until more arrive or the
            # source ends, so the run's last statements can be shared out among all of them
            while len(self._pending) >= self.batch_size * self.width:
                yield self._pending[:self.batch_size]
                self._pending = self._pending[self.batch_size:]
        yield from _share_out(self._pending, self.batch_size, self.width)
        self._pending = []

    def _unsettled(self, docs: list[RawDocument]) -> list[RawDocument]:
        """The documents to read and clean: a settled file is admitted as its unchanged statement."""
        assert self.settled is not None
        out = []
        for doc in docs:
            key, digest = (doc.source, doc.source_uri), raw_hash(doc.content)
            held = self.settled.get(key)
            if held is not None and held.raw_hash == digest and self._admit_settled(key, held):
                continue
            self.raw_hashes[key] = digest
            out.append(doc)
        return out

    def _admit_settled(self, key: tuple[str, str], held: Settled) -> bool:
        """Admit an unchanged file as `_admit_one` would its statement (unchanged: skipped) when the
        warehouse holds that statement as it is and nothing of this run bears on it; else False
        (the file is read as usual)."""
        sid, content = held.statement_id, held.content_hash
        if (self.reprocess or key in self._arrivals or sid in self._kept
                or self._by_hash.get(content) not in (None, sid)
                or self.known.get(sid) != (content, self.versions)
                or self.arrivals.get(key, ())[:1] + self.arrivals.get(key, ())[3:] != (sid, content, True)):
            return False
        self._kept[sid] = _Arrival(key[0], key[1], content, held.published_on)
        self._by_hash[content] = sid
        self._arrivals[key] = content
        self.prepared += 1
        self.skipped += 1
        self.published.append(held.published_on)
        return True

    def settled_rows(self, loaded: set[str]) -> list[tuple[str, str, Settled]]:
        """What to remember of the files read in this run whose statement is loaded as admitted."""
        return [(a.source, a.source_uri, Settled(self.raw_hashes[(a.source, a.source_uri)], sid, a.content_hash,
                                                  a.published_on))
                for sid, a in self._kept.items() if sid in loaded and (a.source, a.source_uri) in self.raw_hashes]

    def _admit_one(self, st: Statement) -> None:
        key = (st.source, st.source_uri)
        if self._arrivals.get(key) == st.content_hash:
            self.repeats += 1  # reached twice (a file named twice, a page listed twice): loaded once
            return
        kept = self._kept.get(st.statement_id)
        if kept is not None and kept.content_hash != st.content_hash and kept.source == st.source:
            self._resolve_conflict(kept, st)
            return
        if key in self._arrivals:  # the same document again, now as another statement: keep the first
            self._set_aside(st, f"this document arrived twice in this run with different contents; "
                                f"the first ({self._arrivals[key][:12]}) was kept")
            return
        owner = self._by_hash.get(st.content_hash)
        if kept is not None:  # the same text under a second name, or the statement as another source carries it
            self._add_row(st, st.statement_id, primary=False)
            return
        if owner not in (None, st.statement_id):  # the same text as a statement of this run or of the warehouse
            self._add_row(st, owner, primary=False)
            return
        self._take(st, force=False)

    def _take(self, st: Statement, force: bool) -> None:
        """Admit `st` as the version of its statement; process it unless the warehouse has it as it is."""
        self._kept[st.statement_id] = _Arrival.of(st)
        self._by_hash[st.content_hash] = st.statement_id
        self._add_row(st, st.statement_id, primary=True)
        if not force and not self.reprocess and self.known.get(st.statement_id) == (st.content_hash, self.versions):
            self.skipped += 1
            return
        self.to_process += 1
        self._pending.append(st)

    def _resolve_conflict(self, kept: _Arrival, st: Statement) -> None:
        """Two versions of one statement in one run: the later publication date wins."""
        if not (st.published_on and kept.published_on and st.published_on > kept.published_on):
            self._set_aside(st, f"another version of {st.statement_id} ({_dated(kept.published_on)}) arrived in "
                                f"this run from {kept.source_uri} and was kept: this copy "
                                f"({_dated(st.published_on)}) is not newer")
            return
        self.rejections.append(Rejection(
            kept.source, kept.source_uri, "conflict",
            f"a newer version of {st.statement_id} ({_dated(st.published_on)}) arrived in this run from "
            f"{st.source_uri} and replaced this copy ({_dated(kept.published_on)})"))
        self.conflicts += 1
        # the older version's row goes unless a slice has loaded it already (its content_hash then says
        # which version arrived there); a copy handed on to the transform is dropped by the gate
        rows = self.sources.get(st.statement_id, [])
        rows[:] = [row for row in rows if (row["source"], row["source_uri"]) != (kept.source, kept.source_uri)]
        self._pending = [p for p in self._pending if p.statement_id != st.statement_id]
        self._take(st, force=True)  # even if the warehouse holds it: the older copy may be on its way

    def _set_aside(self, st: Statement, detail: str) -> None:
        self.rejections.append(Rejection(st.source, st.source_uri, "conflict", detail))
        self.conflicts += 1

    def _add_row(self, st: Statement, statement_id: str, primary: bool) -> None:
        self._arrivals[(st.source, st.source_uri)] = st.content_hash
        self.sources.setdefault(statement_id, []).append({
            "statement_id": statement_id, "year": st.year, "source": st.source, "source_uri": st.source_uri,
            "url": st.url, "content_hash": st.content_hash, "is_primary": primary, "first_seen_at": self.now})

    def take_sources(self, statement_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The statement_sources rows of these statements, handed to the slice that loads them."""
        return [row for sid in statement_ids for row in self.sources.pop(sid, ())]

    def remaining_sources(self, loaded: set[str]) -> list[dict[str, Any]]:
        """Rows of arrivals whose statement is loaded (before this run, or by an earlier slice
        of it): unchanged statements and late aliases. Rows of statements that failed this
        run are dropped: those are quarantined instead. A row the warehouse holds as it is
        is not handed on: rewriting it would change nothing (its first_seen_at is kept), and an
        unchanged re-run then has nothing to validate or load."""
        rows = self.take_sources([sid for sid in self.sources if sid in loaded])
        return [row for row in rows if self.arrivals.get((row["source"], row["source_uri"])) != _arrival(row)]


def _arrival(row: dict[str, Any]) -> tuple:
    from .load import ARRIVAL_COLUMNS

    return tuple(row[column] for column in ARRIVAL_COLUMNS)


MIN_SHARED_BATCH = 4  # statements: a smaller batch costs a worker more in overhead than it saves


def _share_out(pending: list[Statement], size: int, width: int) -> Iterator[list[Statement]]:
    """The run's last statements in nearly equal batches of at most `size`, and in at least
    `width` batches when there are enough of them, so no worker idles while another parses.

    >>> [len(b) for b in _share_out(list(range(20)), 32, 2)], [len(b) for b in _share_out(list(range(70)), 32, 2)]
    ([10, 10], [23, 23, 24])
    >>> [len(b) for b in _share_out(list(range(5)), 32, 2)], [len(b) for b in _share_out(list(range(40)), 32, 1)]
    ([5], [32, 8])
    """
    if width <= 1:  # one worker: full batches, as they came
        for start in range(0, len(pending), size):
            yield pending[start:start + size]
        return
    n = max(-(-len(pending) // size), min(width, len(pending) // MIN_SHARED_BATCH), 1 if pending else 0)
    for i in range(n):
        yield pending[len(pending) * i // n:len(pending) * (i + 1) // n]


def _dated(day: date | None) -> str:
    return f"published {day.isoformat()}" if day else "no publication date"
