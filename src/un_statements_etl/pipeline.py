"""The pipeline as plain functions: fetch -> prepare -> transform -> validate -> load.

`run_pipeline` composes the stages through an `Executor`, so one composition runs as
plain Python (tests use `Executor()`) or as Prefect tasks (flows/ passes an executor that
wraps each stage in a task and maps the transform batches on the task runner).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from .errors import DocumentError, SourceChangedError, ValidationRefusedError
from .ingest import prepare_statement
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
from .transform import transform_batch

TABLES = ("statements", "sentences", "entities", "dates", "claims")


class Executor:
    """Runs stage functions in this process; subclasses put them on an orchestrator."""

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return fn(*args)

    def map(self, fn: Callable[..., Any], items: Sequence[Any], *common: Any) -> list[Any]:
        return [fn(item, *common) for item in items]


@dataclass
class RunSummary:
    run_id: str
    counts: dict[str, int]
    quarantined: list[Rejection] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    transform_seconds: dict[str, float] = field(default_factory=dict)  # parse and each extractor
    warnings: list[str] = field(default_factory=list)  # distribution checks the batch failed


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def fetch_documents(settings: Settings) -> tuple[list[RawDocument], list[Rejection]]:
    docs: list[RawDocument] = []
    rejections: list[Rejection] = []
    for item in open_source(settings):
        if isinstance(item, Rejection):
            rejections.append(item)
        else:
            docs.append(item)
    return docs, rejections


def prepare_documents(docs: Iterable[RawDocument], max_bytes: int) -> tuple[list[Statement], list[Rejection]]:
    """Decode, parse and clean each document; a bad one becomes a Rejection, never a crash."""
    statements: list[Statement] = []
    rejections: list[Rejection] = []
    for doc in docs:
        try:
            statements.append(prepare_statement(doc, max_bytes))
        except DocumentError as exc:
            rejections.append(Rejection(doc.source, doc.source_uri, exc.reason, exc.detail))
        except Exception as exc:  # a parser bug on one document must not stop the run
            rejections.append(Rejection(doc.source, doc.source_uri, "parse_error", f"{type(exc).__name__}: {exc}"))
    return statements, rejections


def batches(items: Sequence[Statement], size: int) -> list[list[Statement]]:
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def run_pipeline(settings: Settings, executor: Executor | None = None, today: date | None = None) -> RunSummary:
    """One run. Raises ValidationRefusedError (nothing loaded) when the gate refuses, and
    WarehouseLockedError when another run keeps the data directory too long."""
    from .load.lock import run_lock

    with run_lock(settings.data_dir, settings.lock_wait_seconds):
        return _run(settings, executor or Executor(), today or date.today())


def _run(settings: Settings, executor: Executor, today: date) -> RunSummary:
    from .load import discard, next_version

    staging = next_version(settings.db_path)
    try:
        return _run_on(staging, settings, executor, today)
    finally:
        discard(staging)  # a no-op after publish; removes the copy of a refused or failed run


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
    from .load import known_statements, last_success, open_warehouse, source_cursor, source_uris
    from .tables import build_tables, identity_rows, skip_unchanged

    started = utcnow()
    run = _Run(f"run_{started:%Y%m%dT%H%M%S}_{secrets.token_hex(2)}", started, staging, _versions(settings))
    with open_warehouse(staging, settings.duckdb_memory_limit, settings.duckdb_threads) as con:
        known = known_statements(con)
        cursor = Cursor(settings.source, *_parse_cursor(*source_cursor(con, settings.source)))
        held_uris = source_uris(con, settings.source) if settings.source in WEB_SOURCES else set()
        finished = last_success(con, settings.source)
    incremental = None
    if settings.source in WEB_SOURCES:
        fetched: WebFetch = executor.call(fetch_web, settings, cursor, frozenset(held_uris), finished)
        docs, rejections = fetched.documents, fetched.rejections
        rejections, gone = split_gone(rejections, held_uris)
        incremental = _Incremental(cursor, [(settings.source, uri) for uri in gone], fetched.validators)
        del fetched
    else:
        docs, rejections = executor.call(fetch_documents, settings)
    statements, bad = executor.call(prepare_documents, docs, settings.max_document_bytes)
    rejections += bad
    if incremental is not None:
        _check_pages_parse(docs, statements, bad)
        incremental.cursor = next_cursor(cursor, [st.published_on for st in statements], started)
    n_documents = len(docs)
    del docs  # the raw bytes are in the raw store or on disk: do not hold them through the transform
    sources, unique = identity_rows(statements, {h: sid for sid, (h, _) in known.items()}, started)
    todo, skipped = (unique, 0) if settings.reprocess else skip_unchanged(unique, known, run.versions)
    # a Dask worker is one core: spaCy must not fork processes of its own there
    n_process = 1 if settings.workers or settings.dask_address else settings.nlp_processes
    results = executor.map(transform_batch, batches(todo, settings.batch_size), settings.spacy_model, n_process)
    rejections += [r for result in results for r in result.rejections]
    tables = build_tables(results, sources, run.run_id, set(known), run.versions)
    tables, rejections, warnings = executor.call(_gate, tables, rejections, settings, run.run_id, today,
                                                 set(known))
    counts = {"documents": n_documents, "skipped": skipped, "quarantined": len(rejections),
              "distribution_warnings": len(warnings),
              "not_english": sum(st.language != "en" for result in results for st in result.statements)}
    summary: RunSummary = executor.call(_load, run, tables, rejections, settings, counts, incremental)
    for result in results:
        for stage, seconds in result.seconds.items():
            summary.transform_seconds[stage] = summary.transform_seconds.get(stage, 0.0) + seconds
    summary.warnings = warnings
    if incremental is not None:  # after the load: the quarantine rows of the run are kept for diagnosis
        check_cadence(cursor, len(todo), started, settings.source_silence_days)
        if warnings:
            raise SourceChangedError(f"{settings.source}: the batch does not look like statements "
                                     f"({'; '.join(warnings)}); has the site's page template changed? "
                                     f"(rows are loaded; see {settings.reports_dir / 'validation_latest.html'})")
    return summary


def _parse_cursor(value: str | None, moved_at: datetime | None) -> tuple[date | None, datetime | None]:
    try:
        return (date.fromisoformat(value) if value else None), moved_at
    except ValueError:  # a cursor this version does not understand: start from the full window
        return None, moved_at


def _check_pages_parse(docs: list[RawDocument], statements: list[Statement], bad: list[Rejection]) -> None:
    """A site whose pages all parse to nothing has changed its template: fail loudly, not silently."""
    if len(docs) >= 3 and not statements:
        reasons = sorted({r.reason for r in bad})
        raise SourceChangedError(f"{len(docs)} pages fetched and none parsed to a statement "
                                 f"(reasons: {', '.join(reasons) or 'none'}): has the site's page template changed?")


def _versions(settings: Settings) -> str:
    from importlib.metadata import PackageNotFoundError, version

    from .extract import extractor_versions

    try:
        model = f"{settings.spacy_model} {version(settings.spacy_model)}"
    except PackageNotFoundError:  # a model loaded from a path
        model = settings.spacy_model
    return json.dumps({"model": model, **extractor_versions()}, sort_keys=True)


def _gate(tables: dict[str, pa.Table], rejections: list[Rejection], settings: Settings, run_id: str,
          today: date, known_ids: set[str]) -> tuple[dict[str, pa.Table], list[Rejection], list[str]]:
    from .validate import rejected_statements, validate_run
    from .validate.report import write_validation_report

    checked = validate_run(tables, today, known_ids)
    report = write_validation_report(checked, settings.reports_dir, run_id)
    if checked.refused:
        raise ValidationRefusedError(checked.refusals, str(report))
    failed = [Rejection(src, uri, "validation", detail) for src, uri, detail in
              rejected_statements(checked, tables["statements"])]
    return checked.tables, rejections + failed, checked.warnings


def _load(run: _Run, tables: dict[str, pa.Table], rejections: list[Rejection], settings: Settings,
          counts: dict[str, int], incremental: _Incremental | None = None) -> RunSummary:
    from .load import activate_parquet, export_parquet, load_tables, open_warehouse, publish
    from .schema import rows_to_table
    from .tables import quarantine_table, run_row

    tables["quarantine"] = quarantine_table(rejections, run.run_id, utcnow())
    counts = {**counts, **{name: tables[name].num_rows for name in TABLES},
              "quarantined": len(rejections),
              "aliases": sum(not primary for primary in tables["statement_sources"]["is_primary"].to_pylist()),
              # impossible dates ("31 February") are kept as text with a null value
              "impossible_dates": tables["dates"]["value"].null_count}
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
    with open_warehouse(run.staging, settings.duckdb_memory_limit, settings.duckdb_threads) as con:
        load_tables(con, tables, withdrawn, run.started)
        export_parquet(con, settings.data_dir, run.run_id)
        con.execute("CHECKPOINT")
    publish(run.staging, settings.db_path)
    if incremental is not None:
        save_validators(settings, incremental.validators)  # only now may the next run hear "304"
    parquet = activate_parquet(settings.data_dir, run.run_id, settings.keep_parquet_versions)
    return RunSummary(run.run_id, counts, rejections, {
        "duckdb": str(settings.db_path), "parquet": str(parquet),
        "validation_report": str(settings.reports_dir / f"validation_{run.run_id}.html")})
