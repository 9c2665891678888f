"""`query` is read-only for everything the SQL could reach, not just the warehouse: no COPY
over the published Parquet set, no ATTACH of another database for writing, no reading of
files outside the data directory, unless the user says --allow-files."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from un_statements_etl.cli import app

runner = CliRunner()


@pytest.fixture
def data(sample_data_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(sample_data_dir, copy, symlinks=True)
    return copy


def _query(data: Path, sql: str, *extra: str):
    return runner.invoke(app, ["query", sql, "--data-dir", str(data), "--format", "csv", *extra])


def _published(data: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (data / "parquet").resolve().rglob("*") if p.is_file()}


def test_sql_cannot_overwrite_the_published_parquet_set(data: Path):
    before = _published(data)
    target = next(p for p in before if p.suffix == ".parquet")
    for sql in (f"COPY (SELECT 1 AS x) TO '{target}' (FORMAT parquet)",
                f"EXPLAIN ANALYZE COPY (SELECT 1 AS x) TO '{target}' (FORMAT parquet)",
                f"SELECT 1; COPY (SELECT 1 AS x) TO '{target}' (FORMAT parquet)",
                f"EXPORT DATABASE '{data / 'parquet'}'"):
        result = _query(data, sql)
        assert result.exit_code == 1 and "read-only" in result.stderr, (sql, result.output)
    assert _published(data) == before


def test_sql_cannot_write_another_database(data: Path, tmp_path: Path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    inside = data / "scratch.duckdb"
    shutil.copy(other, inside)  # even a database inside the data directory
    for path in (other, inside):
        result = _query(data, f"ATTACH '{path}' AS o (READ_WRITE); INSERT INTO o.t VALUES (2); SELECT 1")
        assert result.exit_code == 1 and "read-only" in result.stderr
        check = duckdb.connect(str(path), read_only=True)
        assert check.execute("SELECT count(*) FROM t").fetchone() == (1,)
        check.close()


def test_sql_reads_files_under_the_data_directory_only(data: Path, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    result = _query(data, f"SELECT content FROM read_text('{secret}')")
    assert result.exit_code == 1 and "Permission" in result.stderr and "--allow-files" in result.stderr
    assert "do not read" not in result.output
    denied = _query(data, "SELECT * FROM read_text('/etc/passwd')")
    assert denied.exit_code == 1 and "root:" not in denied.output
    unlock = _query(data, "SET enable_external_access = true; SELECT 1")
    assert unlock.exit_code == 1
    # the published Parquet set is there to be read
    parquet = _query(data, f"SELECT count(*) AS n FROM read_parquet('{data / 'parquet' / 'statements'}/**/*.parquet')")
    assert parquet.exit_code == 0 and parquet.output.splitlines() == ["n", "1"], parquet.output


def test_allow_files_reaches_other_files_and_the_warehouse_stays_read_only(data: Path, tmp_path: Path):
    secret = tmp_path / "notes.txt"
    secret.write_text("fine to read")
    result = _query(data, f"SELECT content FROM read_text('{secret}')", "--allow-files")
    assert result.exit_code == 0 and "fine to read" in result.output
    out = tmp_path / "n.csv"
    copied = _query(data, f"COPY (SELECT count(*) AS n FROM statements) TO '{out}'", "--allow-files")
    assert copied.exit_code == 0 and out.read_text().split() == ["n", "1"]
    write = _query(data, "DELETE FROM statements", "--allow-files")
    assert write.exit_code == 1 and "read-only" in write.stderr


def test_parquet_output_is_written_outside_the_data_directory(data: Path, tmp_path: Path):
    out = tmp_path / "claims.parquet"
    result = runner.invoke(app, ["query", "select statement_id, text from claims", "--data-dir", str(data),
                                 "--format", "parquet", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchall()[0][0] >= 1
