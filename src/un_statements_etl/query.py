"""Ad hoc SQL on the warehouse, read-only, in the format the user asks for.

Read-only means more than opening the DuckDB file read-only: DuckDB's SQL can also write
files (COPY ... TO, EXPORT DATABASE), open other databases for writing (ATTACH) and read
any file the user can (read_text('/etc/shadow')). Analyst SQL therefore runs with DuckDB's
external access off except for reading under the data directory (`allowed_directories`),
the configuration locked so that the SQL cannot turn it back on, and only statements that
read (SELECT, EXPLAIN, PRAGMA, CALL). `--allow-files` lifts the file restrictions for a
user who means it; the warehouse stays read-only either way.
"""

from __future__ import annotations

import csv
import json
import os
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

import duckdb

from .errors import ConfigError
from .load import open_warehouse
from .resources import resource

EXAMPLES = resource("warehouse", "examples.sql")


@dataclass(frozen=True)
class Example:
    """One analyst question of warehouse/examples.sql: its handle, question, expectation and SQL."""

    name: str
    question: str
    expect: str  # "rows" when the bundled sample alone yields rows, "any" otherwise
    sql: str


def parse_examples(text: str) -> list[Example]:
    """Each block starts at '-- name:' and runs to the next one."""
    found = []
    for block in re.split(r"(?m)^(?=-- name: )", text)[1:]:
        fields = dict(re.findall(r"(?m)^-- (name|question|expect): (.+)$", block))
        found.append(Example(fields.get("name", "").strip(), fields.get("question", "").strip(),
                             fields.get("expect", "").strip(), block.strip()))
    return found


def examples(path: Traversable = EXAMPLES) -> dict[str, Example]:
    """name -> Example of the analyst questions in warehouse/examples.sql."""
    return {e.name: e for e in parse_examples(path.read_text(encoding="utf-8"))}


def example_sql(name: str) -> str:
    """The SQL of a named example, or a ConfigError listing the names."""
    known = examples()
    if name not in known:
        listing = "\n".join(f"  {e.name}: {e.question}" for e in known.values())
        raise ConfigError(f"no example named {name!r}; the examples are:\n{listing}")
    return known[name].sql


def run_query(db_path: Path, sql: str, fmt: str, output: Path | None, out: TextIO,
              allow_files: bool = False) -> None:
    if not db_path.exists():
        raise ConfigError(f"no warehouse at {db_path}: run `un-statements run` first")
    if fmt == "parquet" and output is None:
        raise ConfigError("--format parquet needs --output FILE")
    with open_warehouse(db_path, read_only=True) as con:
        if not allow_files:
            _confine(con, db_path.parent)
            _only_reads(con, sql)
        try:
            rel = con.sql(sql)
            if rel is None:
                return
            if fmt == "parquet":  # written here, not by DuckDB, whose file access is confined
                _write_parquet(rel, output)  # type: ignore[arg-type]
                return
            columns, rows = rel.columns, rel.fetchall()
        except duckdb.Error as exc:
            raise ConfigError(f"query failed: {str(exc).splitlines()[0]}{_hint(exc, db_path.parent)}") from exc
    target = output.open("w", encoding="utf-8", newline="") if output else out
    try:
        write_rows(fmt, columns, rows, target)
    finally:
        if output:
            target.close()


READING_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}
_EXPLAIN = re.compile(r"(?is)^\s*explain\s+(?:analy[sz]e\s+)?")


def _confine(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """No file access but reading under the data directory; no way for the SQL to undo it."""
    allowed = sorted({os.path.join(os.path.abspath(data_dir), ""), os.path.join(str(data_dir.resolve()), "")})
    con.execute("SET allowed_directories = ?", [allowed])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def _only_reads(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse statements that write (COPY, EXPORT, ATTACH, INSERT ...), inside EXPLAIN ANALYZE too:
    DuckDB may write files under the data directory, where the published Parquet set lives."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise ConfigError(f"query failed: {str(exc).splitlines()[0]}") from exc
    for statement in statements:
        kind = statement.type.name
        if kind == "EXPLAIN":
            inner = con.extract_statements(_EXPLAIN.sub("", statement.query, count=1))
            kind = next((s.type.name for s in inner if s.type.name != "SELECT"), "SELECT")
        if kind not in READING_STATEMENTS:
            raise ConfigError(f"query is read-only: {kind} statements are not run (only "
                              f"{', '.join(sorted(READING_STATEMENTS))}); to write results use --output FILE, "
                              "or give --allow-files to let the SQL read and write other files")


def _hint(exc: duckdb.Error, data_dir: Path) -> str:
    if isinstance(exc, duckdb.PermissionException):
        return f" (query reads files under {data_dir} only; give --allow-files to reach others)"
    return ""


def _write_parquet(rel: duckdb.DuckDBPyRelation, output: Path) -> None:
    import pyarrow.parquet as pq

    reader = rel.to_arrow_reader(100_000)
    with pq.ParquetWriter(str(output), reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)


def write_rows(fmt: str, columns: list[str], rows: list[tuple], out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        json.dump(records, out, default=str, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(_table(columns, rows) + "\n")


def _table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(value: object) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True))  # noqa: E731
    return "\n".join([line(columns), "-+-".join("-" * w for w in widths), *map(line, cells),
                      f"({len(rows)} rows)"])
