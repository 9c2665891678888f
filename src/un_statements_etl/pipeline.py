"""The pipeline as plain functions: fetch -> prepare -> transform -> validate -> load.

`run_pipeline` composes the stages through an `Executor`, so one composition runs as
plain Python (tests use `Executor()`) or as Prefect tasks (flows/ passes an executor that
wraps each stage in a task and maps the transform batches on the task runner).
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from .budget import time_budget
from .clock import StageClock
from .errors import DocumentError, ExportError, PipelineError, SourceChangedError, ValidationRefusedError
from .ingest import prepare_statement
from .interrupts import signals_held
from .records import RawDocument, Rejection, Statement
from .settings import Settings
from .sources import open_source
from .sources.incremental import (
    WEB_SOURCES,
    Cursor,
    WebFetch,
    check_cadence,
    fetch_web,
    next_cursor,
    save_validators,
    split_gone,
)
from .sources.repeats import WalkLog
from .sources.stored import iter_stored_statements
from .transform import TransformResult, transform_batch

if TYPE_CHECKING:
    from .intake import Intake
    from .validate import ValidationResult

TABLES = ("statements", "sentences", "entities", "dates", "claims")


class Executor:
    """Runs stage functions in this process; subclasses put them on an orchestrator."""

    width = 1  # transform batches that run at once: intake cuts the run's last batches into at least this many
    spreads = False  # transform batches go to other processes, each parsing with one spaCy process

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    def stream(self, fn: Callable[..., Any], items: Iterable[Any], *common: Any) -> Iterator[Any]:
        """fn over items, results in order, pulled one at a time: nothing waits in memory
        that the caller has not asked for (orchestrators keep a small window in flight)."""
        for item in items:
            yield self.call(fn, item, *common)


@dataclass
class RunSummary:
    run_id: str
    counts: dict[str, int]
    quarantined: list[Rejection] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    transform_seconds: dict[str, float] = field(default_factory=dict)  # parse and each extractor
    warnings: list[str] = field(default_factory=list)  # distribution checks the batch failed
    notices: list[str] = field(default_factory=list)  # what the source walk met: listings that shifted
    stage_seconds: dict[str, float] = field(default_factory=dict)  # this process's wall time per stage
    # per transform process (host:pid): [statements, seconds parsing and extracting], to see every worker busy
    workers: dict[str, list[float]] = field(default_factory=dict)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def prepare_documents(docs: Iterable[RawDocument], max_bytes: int,
                      seconds: float | None = None) -> tuple[list[Statement], list[Rejection]]:
    """Decode, parse and clean each document, each within `seconds`; a bad or slow one
    becomes a Rejection, never a crash."""
    statements: list[Statement] = []
    rejections: list[Rejection] = []
    for doc in docs:
        try:
            with time_budget(seconds, doc.source_uri, "reading and cleaning"):
                statements.append(prepare_statement(doc, max_bytes))
        except DocumentError as exc:
            rejections.append(Rejection(doc.source, doc.source_uri, exc.reason, exc.detail))
        except Exception as exc:  # a parser bug on one document must not stop the run
            rejections.append(Rejection(doc.source, doc.source_uri, "parse_error", f"{type(exc).__name__}: {exc}"))
    return statements, rejections


def run_pipeline(settings: Settings, executor: Executor | None = None, today: date | None = None) -> RunSummary:
    """One run. Raises ValidationRefusedError (nothing loaded) when the gate refuses, and
    WarehouseLockedError when another run keeps the data directory too long."""
    from .load.lock import run_lock

    with run_lock(settings.data_dir, settings.lock_wait_seconds):
        return _run(settings, executor or Executor(), today or date.today())


def _run(settings: Settings, executor: Executor, today: date) -> RunSummary:
    from .load import discard, next_version, staging_path

    staging = staging_path(settings.db_path)
    try:  # the copy inside the try: a run stopped while copying leaves no half copy behind
        next_version(settings.db_path)
        return _run_on(staging, settings, executor, today)
    finally:
        discard(staging)  # a no-op after publish; removes the copy of a refused, failed or stopped run


@dataclass(frozen=True)
class _Run:
    run_id: str
    started: datetime
    staging: Path  # the private copy of the warehouse this run writes
    versions: str  # JSON of the model and extractor versions, stored with each statement


@dataclass
class _Incremental:
    """What a web run carries from fetch to load: the new cursor, withdrawn pages, validators."""

    cursor: Cursor
    withdrawn: list[tuple[str, str]] = field(default_factory=list)
    validators: dict[str, dict[str, str]] = field(default_factory=dict)


def _run_on(staging: Path, settings: Settings, executor: Executor, today: date) -> RunSummary:
    from .intake import Intake
    from .load import known_arrivals, known_statements, last_success, open_warehouse, source_cursor, source_uris
    from .settled import settled_files, settled_table

    started = utcnow()
    run = _Run(f"run_{started:%Y%m%dT%H%M%S}_{secrets.token_hex(2)}", started, staging, _versions(settings))
    with open_warehouse(staging, settings.duckdb_memory_limit, settings.duckdb_threads,
                        shown_as=settings.db_path) as con:
        known, arrivals = known_statements(con), known_arrivals(con)
        settled = settled_files(con, settings.source) if settings.source == "local" else None
        cursor = Cursor(settings.source, *_parse_cursor(*source_cursor(con, settings.source)))
        held_uris = source_uris(con, settings.source) if settings.source in WEB_SOURCES else set()
        finished = last_success(con, settings.source)
    intake = Intake(known, run.versions, settings.reprocess, started, settings.batch_size, arrivals, executor.width,
                    settled)
    items, incremental, walk = _open_items(settings, executor, run, intake, (cursor, held_uris, finished))
    clock = StageClock()

    def prepare(docs: list[RawDocument]) -> tuple[list[Statement], list[Rejection]]:
        with clock("clean"):
            return executor.call(prepare_documents, docs, settings.max_document_bytes, settings.document_seconds)

    # a worker process is one core: spaCy must not fork processes of its own there
    n_process = 1 if settings.workers or settings.dask_address or executor.spreads else settings.nlp_processes
    batches = intake.batches(clock.iterate(items, "read"), prepare)
    results = executor.stream(transform_batch, batches, settings.spacy_model, n_process, None,
                              settings.document_seconds)
    gate = _SliceGate(run, settings, today, set(known), executor, clock)
    for part in _slices(clock.iterate(results, "transform (waiting here)"), settings.gate_statements):
        gate.take(part, intake.take_sources(st.statement_id for result in part for st in result.statements))
    gate.take([], intake.remaining_sources(gate.referable))  # unchanged statements, late aliases
    if incremental is not None:
        _check_pages_parse(intake.documents, intake.prepared, intake.prepare_reasons)
        incremental.cursor = next_cursor(cursor, intake.published, started)
    rejections = intake.rejections + gate.rejections
    gate.write_report()
    counts = {"documents": intake.documents, "skipped": intake.skipped, **gate.counts,
              "distribution_warnings": len(gate.checked.warnings), **_repeat_counts(intake, walk)}
    with clock("finish"):
        summary: RunSummary = executor.call(_finish, run, rejections, settings, counts, incremental,
                                            settled_table(intake.settled_rows(gate.referable)))
    summary.transform_seconds, summary.workers = gate.transform_seconds, gate.workers
    parquet = summary.stage_seconds.get("parquet", 0.0)  # timed inside the finish
    summary.stage_seconds = {**clock.seconds, "finish": clock.seconds["finish"] - parquet, "parquet": parquet}
    summary.warnings, summary.notices = gate.checked.warnings, walk.warnings
    if incremental is not None:  # after the load: the quarantine rows of the run are kept for diagnosis
        check_cadence(cursor, intake.to_process, started, settings.source_silence_days)
        if summary.warnings:
            raise SourceChangedError(f"{settings.source}: the batch does not look like statements "
                                     f"({'; '.join(summary.warnings)}); has the site's page template changed? "
                                     f"(rows are loaded; see {settings.reports_dir / 'validation_latest.html'})")
    return summary


def _open_items(settings: Settings, executor: Executor, run: _Run, intake: Intake,
                web_state: tuple[Cursor, set[tuple[str, str]], datetime | None],
                ) -> tuple[Iterable[RawDocument | Statement | Rejection], _Incremental | None, WalkLog]:
    """The run's items: a web source's fetched pages (with its rejections handed to intake),
    stored statements to re-extract, or the documents of a local source read lazily."""
    if settings.source in WEB_SOURCES:
        cursor, held_uris, finished = web_state
        fetched: WebFetch = executor.call(fetch_web, settings, cursor, frozenset(held_uris), finished)
        intake.rejections, gone = split_gone(fetched.rejections, held_uris)
        incremental = _Incremental(cursor, [(settings.source, uri) for uri in gone], fetched.validators)
        return fetched.documents, incremental, fetched.walk
    if settings.source == "stored":  # new extractor versions: re-extract stored text, no fetch, no cleaning
        stored = iter_stored_statements(settings.db_path, run.versions, settings.reprocess, settings.limit)
        return stored, None, WalkLog()
    return open_source(settings), None, WalkLog()  # read lazily: the corpus is never in memory at once


def _repeat_counts(intake: Intake, walk: WalkLog) -> dict[str, int]:
    """Items reached twice and fetched or loaded once (by the source walk, then by intake),
    versions of a statement set aside for another, listing pages that held only repeats."""
    return {"repeats": walk.total + intake.repeats, "conflicts": intake.conflicts,
            "listing_shifts": walk.listing_shifts}


def _slices(results: Iterable[TransformResult], size: int) -> Iterator[list[TransformResult]]:
    """Transform results grouped into slices of about `size` statements, in order."""
    part: list[TransformResult] = []
    n = 0
    for result in results:
        part.append(result)
        n += len(result.statements)
        if n >= size:
            yield part
            part, n = [], 0
    if part:
        yield part


class _SliceGate:
    """Validates each slice of transformed statements and loads it into the run's private
    staging copy at once, so memory holds one slice, not the run. A table-level failure in
    any slice refuses the whole run: the staging copy is discarded and nothing is published."""

    def __init__(self, run: _Run, settings: Settings, today: date, known_ids: set[str],
                 executor: Executor, clock: StageClock) -> None:
        from .validate import ValidationResult

        self.run, self.settings, self.today, self.executor, self.clock = run, settings, today, executor, clock
        self.referable = set(known_ids)  # statements a row may point at: loaded before or in this run
        self.checked = ValidationResult(tables={})  # verdicts of every slice, for the report
        self.rejections: list[Rejection] = []
        self.counts = dict.fromkeys((*TABLES, "aliases", "impossible_dates", "not_english", "undated",
                                     "no_speaker"), 0)
        self.transform_seconds: dict[str, float] = {}
        self.workers: dict[str, list[float]] = {}

    def write_report(self) -> Path:
        from .validate.report import write_validation_report

        return write_validation_report(self.checked, self.settings.reports_dir, self.run.run_id)

    def take(self, part: list[TransformResult], sources: list[dict[str, Any]]) -> None:
        from .tables import build_tables
        from .validate import merge_into, rejected_statements

        if not part and not sources:
            return
        with self.clock("tables"):
            tables = build_tables(part, sources, self.run.run_id, self.referable, self.run.versions)
        for result in part:
            self.rejections += result.rejections
            self.counts["not_english"] += sum(st.language != "en" for st in result.statements)
            for stage, seconds in result.seconds.items():
                self.transform_seconds[stage] = self.transform_seconds.get(stage, 0.0) + seconds
            busy = self.workers.setdefault(result.worker, [0, 0.0])
            busy[0] += len(result.statements)
            busy[1] += sum(result.seconds.values())
        del part
        # only the earlier statements this slice's aliases point at: the whole run's ids would
        # make every slice's referential checks slower as the run grows
        pointed_at = set(tables["statement_sources"]["statement_id"].to_pylist()) & self.referable
        with self.clock("gate"):
            checked = self.executor.call(_gate, tables, self.today, pointed_at)
        merge_into(self.checked, checked)
        if checked.refused:
            raise ValidationRefusedError(self.checked.refusals, str(self.write_report()))
        self.rejections += [Rejection(src, uri, "validation", detail) for src, uri, detail in
                            rejected_statements(checked, tables["statements"])]
        loaded = checked.tables
        del tables, checked
        with self.clock("load"):
            self.executor.call(_load_slice, self.run, loaded, self.settings)
        self.referable |= set(loaded["statements"]["statement_id"].to_pylist())
        for name in TABLES:
            self.counts[name] += loaded[name].num_rows
        self.counts["aliases"] += sum(not primary for primary in loaded["statement_sources"]["is_primary"].to_pylist())
        # impossible dates ("31 February") are kept as text with a null value
        self.counts["impossible_dates"] += loaded["dates"]["value"].null_count
        # statements whose header gave no date or no speaker: their relative dates and claims are unanchored
        self.counts["undated"] += loaded["statements"]["published_on"].null_count
        self.counts["no_speaker"] += loaded["statements"]["speaker"].null_count


def _parse_cursor(value: str | None, moved_at: datetime | None) -> tuple[date | None, datetime | None]:
    try:
        return (date.fromisoformat(value) if value else None), moved_at
    except ValueError:  # a cursor this version does not understand: start from the full window
        return None, moved_at


def _check_pages_parse(documents: int, prepared: int, reasons: set[str]) -> None:
    """A site whose pages all parse to nothing has changed its template: fail loudly, not silently."""
    if documents >= 3 and not prepared:
        raise SourceChangedError(f"{documents} pages fetched and none parsed to a statement "
                                 f"(reasons: {', '.join(sorted(reasons)) or 'none'}): has the site's page template "
                                 "changed?")


def _versions(settings: Settings) -> str:
    from importlib.metadata import PackageNotFoundError, version

    from .extract import extractor_versions

    try:
        model = f"{settings.spacy_model} {version(settings.spacy_model)}"
    except PackageNotFoundError:  # a model loaded from a path
        model = settings.spacy_model
    return json.dumps({"model": model, **extractor_versions()}, sort_keys=True)


def _gate(tables: dict[str, pa.Table], today: date, referable: set[str]) -> ValidationResult:
    """Great Expectations over one slice (a stage of its own, so the benchmark times it)."""
    from .validate import validate_run

    return validate_run(tables, today, referable)


def _load_slice(run: _Run, tables: dict[str, pa.Table], settings: Settings) -> None:
    """Bulk-load one validated slice into the staging copy. The connection closes after each
    slice, so DuckDB's buffers are released rather than growing with the run."""
    from .load import load_tables, open_warehouse

    with open_warehouse(run.staging, settings.duckdb_memory_limit, settings.duckdb_threads,
                        shown_as=settings.db_path) as con:
        load_tables(con, tables)


def _make_parquet_current(run: _Run, settings: Settings) -> Path:
    """Swap parquet/ to this run's export; should that fail once the warehouse is published,
    the run is recorded as failed there (its rows are in, its Parquet set is not current) and
    the next run publishes a fresh set."""
    from .load import activate_parquet, set_outcome

    try:
        return activate_parquet(settings.data_dir, run.run_id, settings.keep_parquet_versions)
    except OSError as exc:
        try:
            set_outcome(settings.db_path, run.run_id, "failed")
            recorded = "recorded as failed in runs"
        except PipelineError as unrecorded:
            recorded = f"could not be recorded as failed in runs ({unrecorded})"
        raise ExportError(f"{run.run_id}: the warehouse was published but {settings.parquet_dir} could not be "
                          f"pointed at its Parquet set ({exc}); the run is {recorded}, and the next run "
                          "publishes a fresh set") from exc


def _finish(run: _Run, rejections: list[Rejection], settings: Settings, counts: dict[str, int],
            incremental: _Incremental | None = None, settled: pa.Table | None = None) -> RunSummary:
    """Logs, cursor, withdrawn pages and the files read into the staging copy, Parquet export, then publish."""
    from .extract import catalog_rows
    from .load import export_parquet, load_tables, open_warehouse, publish, stage_parquet_link
    from .schema import rows_to_table
    from .tables import quarantine_table, run_row

    tables = {"quarantine": quarantine_table(rejections, run.run_id, utcnow()),
              "entity_catalog": rows_to_table("entity_catalog", catalog_rows())}
    if settled is not None:
        tables["settled_files"] = settled
    counts = {**counts, "quarantined": len(rejections)}
    withdrawn: list[tuple[str, str]] = []
    if incremental is not None:
        withdrawn = incremental.withdrawn
        counts["withdrawn"] = len(withdrawn)
        cursor = incremental.cursor
        if cursor.newest is not None:  # written in the load's transaction: a failed run does not move it
            tables["source_state"] = rows_to_table("source_state", [
                {"source": cursor.source, "cursor": cursor.newest.isoformat(), "updated_at": cursor.moved_at}])
    model = json.loads(run.versions)["model"]
    tables["runs"] = run_row(run.run_id, run.started, utcnow(), settings.source, model, run.versions,
                             counts, "succeeded")
    with open_warehouse(run.staging, settings.duckdb_memory_limit, settings.duckdb_threads,
                        shown_as=settings.db_path) as con:
        load_tables(con, tables, withdrawn, run.started)
        exporting = time.perf_counter()
        export_parquet(con, settings.data_dir, run.run_id)
        parquet_seconds = time.perf_counter() - exporting
        con.execute("CHECKPOINT")
    stage_parquet_link(settings.data_dir, run.run_id)  # all that can fail, before anything is published
    with signals_held():  # a Ctrl-C here is acted on once the warehouse and its Parquet set are both current
        publish(run.staging, settings.db_path)
        parquet = _make_parquet_current(run, settings)
    if incremental is not None:
        save_validators(settings, incremental.validators)  # only now may the next run hear "304"
    return RunSummary(run.run_id, counts, rejections, {
        "duckdb": str(settings.db_path), "parquet": str(parquet),
        "validation_report": str(settings.reports_dir / f"validation_{run.run_id}.html")},
        stage_seconds={"parquet": parquet_seconds})
