"""A garbled, truncated or zero-byte warehouse is reported as corruption (exit 1, the file,
how to restore it), never as "being written by another run" (exit 4, which a scheduler
would wait on forever), and is left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from un_statements_etl.cli import app
from un_statements_etl.errors import WarehouseCorruptError, WarehouseLockedError
from un_statements_etl.load import open_warehouse

SAMPLE = Path(__file__).resolve().parents[2] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"


def _damage(db: Path, how: str) -> None:
    if how == "zero_bytes":
        db.write_bytes(b"")
    elif how == "garbled":
        db.write_bytes(os.urandom(64 * 1024))
    else:  # a real warehouse with its blocks overwritten: DuckDB opens it and fails on reading
        con = duckdb.connect(str(db))
        con.execute("CREATE TABLE statements AS SELECT range AS i, repeat('x', 50) AS t FROM range(50000)")
        con.close()
        data = bytearray(db.read_bytes())
        data[8192:len(data)] = os.urandom(len(data) - 8192)
        db.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["zero_bytes", "garbled", "damaged_blocks"])
def test_a_corrupt_warehouse_is_exit_1_naming_the_file_and_the_way_back(tmp_path: Path, how: str,
                                                                         monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    db = tmp_path / "un_statements.duckdb"
    _damage(db, how)
    before = db.read_bytes()
    result = CliRunner().invoke(app, ["run", "--input", str(SAMPLE), "--data-dir", str(tmp_path)])
    assert result.exit_code == 1, result.output
    message = result.stderr
    assert "corrupt" in message and str(db) in message and "another run" not in message
    assert "backup" in message and "Parquet" in message and f"mv {db} {db}.corrupt" in message
    assert db.read_bytes() == before  # left for the user to inspect or restore
    assert not db.with_name(db.name + ".next").exists()


def test_query_on_a_corrupt_warehouse_says_corrupt_not_busy(tmp_path: Path):
    db = tmp_path / "un_statements.duckdb"
    _damage(db, "garbled")
    result = CliRunner().invoke(app, ["query", "select 1", "--data-dir", str(tmp_path)])
    assert result.exit_code == 1 and "corrupt" in result.stderr and "being written" not in result.stderr


def test_a_lock_held_by_another_writer_is_still_busy_not_corrupt(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,sys; c=duckdb.connect({str(db)!r}); "
                               "print('open', flush=True); sys.stdin.readline()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseLockedError), open_warehouse(db, wait_seconds=0.2):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_the_error_points_at_the_published_parquet_set(tmp_path: Path):
    (tmp_path / "parquet-versions" / "run_1").mkdir(parents=True)
    (tmp_path / "parquet").symlink_to(Path("parquet-versions") / "run_1")
    db = tmp_path / "un_statements.duckdb"
    _damage(db, "zero_bytes")
    with pytest.raises(WarehouseCorruptError, match=r"parquet -> run_1\) is untouched"), open_warehouse(db):
        pass
