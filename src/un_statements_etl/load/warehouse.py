"""The DuckDB warehouse: one writer, one transaction per run, bulk loads from Arrow."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from ..errors import WarehouseCorruptError, WarehouseLockedError
from ..schema import STATEMENT_TABLES
from .migrations import migrate

# tables whose rows are replaced per statement; statements itself is replaced last
CHILD_TABLES = ("sentences", "entities", "dates", "claims")


@contextmanager
def open_warehouse(path: Path, memory_limit: str = "4GB", threads: int = 2, wait_seconds: float = 30.0,
                   read_only: bool = False, shown_as: Path | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """Connect (waiting up to `wait_seconds` for another writer), migrate, yield, close.

    A file DuckDB cannot read as a database raises WarehouseCorruptError naming `shown_as`
    (the published warehouse, when `path` is a run's private copy of it); only a lock held by
    another process is WarehouseLockedError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # extensions that are not built in would be downloaded at run time, which fails offline
    config: dict[str, str | bool | int | float | list[str]] = {
        "autoinstall_known_extensions": "false", "autoload_known_extensions": "false",
        "memory_limit": memory_limit, "threads": str(threads)}
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.Error as exc:
            if _is_corruption(exc):
                raise corruption(shown_as or path, exc) from exc
            if not _held_by_another(exc):
                raise  # neither damage nor another writer (a permission, a full disk): said as it is
            if time.monotonic() > deadline:
                raise WarehouseLockedError(str(path), str(exc).splitlines()[0]) from exc
            time.sleep(0.5)
    try:
        if not read_only:
            migrate(con)
        yield con
    except duckdb.Error as exc:
        if _is_corruption(exc):  # a damaged block is found when it is first read, after connecting
            raise corruption(shown_as or path, exc) from exc
        raise
    finally:
        con.close()


def _held_by_another(exc: duckdb.Error) -> bool:
    """DuckDB's "Could not set lock on file ...": another process has the file open for writing."""
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _is_corruption(exc: duckdb.Error) -> bool:
    """DuckDB's words for a file that is not, or no longer, a readable database."""
    message = str(exc).lower()
    return any(sign in message for sign in ("corrupt", "not a valid duckdb database", "could not read enough bytes",
                                            "checksum"))


def corruption(path: Path, exc: BaseException) -> WarehouseCorruptError:
    """The error for an unreadable warehouse, pointing at the published Parquet set if there is one."""
    parquet = path.parent / "parquet"
    shown = f"{parquet} -> {parquet.resolve().name}" if parquet.is_symlink() and parquet.exists() else (
        str(parquet) if parquet.is_dir() else None)
    return WarehouseCorruptError(str(path), str(exc).splitlines()[0], shown)


def known_statements(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str | None]]:
    """statement_id -> (content_hash, extractor_versions) of every loaded statement."""
    rows = con.execute("SELECT statement_id, content_hash, extractor_versions FROM statements").fetchall()
    shared: dict[str | None, str | None] = {}  # a few distinct version strings: one copy each, not one per row
    return {sid: (content_hash, shared.setdefault(versions, versions)) for sid, content_hash, versions in rows}


# the columns of a statement_sources row a run may change (first_seen_at is kept, run_id it has none)
ARRIVAL_COLUMNS = ("statement_id", "year", "url", "content_hash", "is_primary")


def known_arrivals(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], tuple]:
    """(source, source_uri) -> the ARRIVAL_COLUMNS of every statement_sources row, so a run
    rewrites (and validates) only the arrivals that changed."""
    rows = con.execute(f"SELECT source, source_uri, {', '.join(ARRIVAL_COLUMNS)} FROM statement_sources").fetchall()
    return {(row[0], row[1]): tuple(row[2:]) for row in rows}


def source_cursor(con: duckdb.DuckDBPyConnection, source: str) -> tuple[str | None, datetime | None]:
    """(cursor, updated_at) of a source, or (None, None) before its first load."""
    row = con.execute("SELECT cursor, updated_at FROM source_state WHERE source = ?", [source]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def last_success(con: duckdb.DuckDBPyConnection, source: str) -> datetime | None:
    """When the source's last successful run finished (None before the first)."""
    row = con.execute("SELECT max(finished_at) FROM runs WHERE source = ? AND outcome = 'succeeded'",
                      [source]).fetchone()
    return row[0] if row else None


def source_uris(con: duckdb.DuckDBPyConnection, source: str) -> set[tuple[str, str]]:
    """(source, source_uri) of every document of a source the warehouse holds."""
    rows = con.execute("SELECT source, source_uri FROM statement_sources WHERE source = ?", [source]).fetchall()
    return {(src, uri) for src, uri in rows}


def load_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table],
                withdrawn: Sequence[tuple[str, str]] = (), withdrawn_at: datetime | None = None) -> dict[str, int]:
    """Replace the batch's statements and their rows, append logs, mark withdrawn pages; all or nothing.

    `withdrawn` are (source, source_uri) the site no longer serves: their statements get
    `withdrawn_at` (never deleted, so earlier analyses stay reproducible).
    """
    replaced = tables["statements"]["statement_id"] if "statements" in tables else pa.array([], pa.string())
    ids = pa.table({"statement_id": replaced})
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("batch_ids", ids)
        for name in (*CHILD_TABLES, "statements"):
            con.execute(f"DELETE FROM {name} WHERE statement_id IN (SELECT statement_id FROM batch_ids)")
        if "entity_catalog" in tables:
            con.execute("DELETE FROM entity_catalog")
        for name in (*STATEMENT_TABLES, "entity_catalog", "quarantine", "runs", "source_state", "settled_files"):
            if name in tables and tables[name].num_rows:
                _insert(con, name, tables[name])
            counts[name] = tables[name].num_rows if name in tables else 0
        for source, uri in withdrawn:
            con.execute("UPDATE statements SET withdrawn_at = ? WHERE withdrawn_at IS NULL AND statement_id IN "
                        "(SELECT statement_id FROM statement_sources WHERE source = ? AND source_uri = ?)",
                        [withdrawn_at, source, uri])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("batch_ids")
    return counts


# Upserted tables: a key seen before keeps its first_seen_at; other columns are refreshed.
_UPSERT_KEYS = {"statement_sources": ("source", "source_uri"), "source_state": ("source",),
                "settled_files": ("source", "source_uri")}


def _insert(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> None:
    con.register("incoming", table)
    try:
        keys = _UPSERT_KEYS.get(name)
        if keys is None:
            con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")
            return
        cols = [c for c in table.column_names if c not in keys and c != "first_seen_at"]
        updates = ", ".join(f"{c} = excluded.{c}" for c in cols)
        con.execute(f"INSERT INTO {name} ({', '.join(table.column_names)}) SELECT * FROM incoming "
                    f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}")
    finally:
        con.unregister("incoming")


def next_version(db_path: Path) -> Path:
    """A private copy of the warehouse for this run to write (or a new empty file).

    The run writes the copy and `publish` renames it over the warehouse, so readers with the
    warehouse open never block the run (they keep reading the inode they opened), a killed
    run leaves the published file untouched, and a refused batch just deletes the copy.
    """
    staging = staging_path(db_path)
    for stale in (staging, staging.with_name(staging.name + ".wal")):
        stale.unlink(missing_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if db_path.exists():
        shutil.copy2(db_path, staging)
        wal = db_path.with_name(db_path.name + ".wal")
        if wal.exists():  # left by a writer that died: DuckDB replays it when the copy opens
            shutil.copy2(wal, staging.with_name(staging.name + ".wal"))
    return staging


def staging_path(db_path: Path) -> Path:
    """Where a run writes its private copy of the warehouse."""
    return db_path.with_name(db_path.name + ".next")


def publish(staging: Path, db_path: Path) -> None:
    """Atomically replace the warehouse with the run's finished copy (closed, checkpointed)."""
    os.replace(staging, db_path)
    db_path.with_name(db_path.name + ".wal").unlink(missing_ok=True)


def set_outcome(db_path: Path, run_id: str, outcome: str) -> None:
    """Correct a published run's outcome in place (the one write to the published file: a
    run whose Parquet set could not be made current must not read as succeeded)."""
    with open_warehouse(db_path, wait_seconds=5.0) as con:
        con.execute("UPDATE runs SET outcome = ? WHERE run_id = ?", [outcome, run_id])


def discard(staging: Path) -> None:
    for path in (staging, staging.with_name(staging.name + ".wal")):
        path.unlink(missing_ok=True)
