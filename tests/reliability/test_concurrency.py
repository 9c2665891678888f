"""A second run waits for the first or exits clearly; an analyst holding the warehouse open
never blocks a run and keeps reading the version they opened."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from un_statements_etl.errors import WarehouseLockedError
from un_statements_etl.load.lock import run_lock
from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.settings import load_settings

SAMPLE = Path(__file__).resolve().parents[2] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
ANALYST = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print(con.execute("SELECT count(*) FROM statements").fetchone()[0], flush=True)
sys.stdin.readline()  # hold the file open until the test says so
print(con.execute("SELECT count(*) FROM statements").fetchone()[0], flush=True)
"""


def test_a_second_run_exits_clearly_while_the_first_holds_the_lock(tmp_path):
    settings = load_settings(env={}, data_dir=tmp_path, inputs=(SAMPLE,), lock_wait_seconds=1.0)
    with run_lock(tmp_path), pytest.raises(WarehouseLockedError, match="run lock held by pid"):
        run_pipeline(settings, today=date(2026, 11, 28))


def test_an_open_reader_does_not_block_a_run_and_keeps_its_version(tmp_path):
    first_input = tmp_path / "in"
    first_input.mkdir()
    (first_input / "one.txt").write_text("GENEVA (3 May 2023) – The High Commissioner welcomed the release of "
                                         "political prisoners and urged the authorities to free the rest.\n")
    run_pipeline(load_settings(env={}, data_dir=tmp_path / "out", inputs=(first_input,)), today=date(2026, 11, 28))
    db = tmp_path / "out" / "un_statements.duckdb"
    analyst = subprocess.Popen([sys.executable, "-c", ANALYST, str(db)], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        assert analyst.stdout.readline().strip() == "1"
        summary = run_pipeline(load_settings(env={}, data_dir=tmp_path / "out", inputs=(first_input, SAMPLE)),
                               today=date(2026, 11, 28))
        assert summary.counts["statements"] == 1 and summary.counts["skipped"] == 1
        out, _ = analyst.communicate("\n", timeout=30)
        assert out.strip() == "1"  # the analyst still reads the version they opened
    finally:
        analyst.kill()
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (2,)
    con.close()
