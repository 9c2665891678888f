"""SIGKILL at random points of a run: the warehouse holds the previous state or the new
one, never part of a batch, and the next run converges to an uninterrupted run's rows."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.schema import TABLE_ORDER
from un_statements_etl.settings import load_settings

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
CHILD = """
import sys
from pathlib import Path
from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.settings import load_settings
run_pipeline(load_settings(env={}, data_dir=Path(sys.argv[1]), inputs=(Path(sys.argv[2]),)))
"""


def snapshot(db: Path) -> dict[str, list[str]] | None:
    if not db.exists():
        return None
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLE_ORDER:
            if table == "runs":
                continue
            cols = [c for c, in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                            "ORDER BY ordinal_position", [table]).fetchall()
                    if c != "run_id" and not c.endswith("_at")]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


@pytest.mark.heavy
def test_killed_runs_leave_old_or_new_state_and_converge(tmp_path):
    baseline_dir = tmp_path / "baseline"
    run_pipeline(load_settings(env={}, data_dir=baseline_dir, inputs=(SAMPLE,)), today=date.today())
    expected = snapshot(baseline_dir / "un_statements.duckdb")

    data = tmp_path / "killed"
    db = data / "un_statements.duckdb"
    rng = random.Random(20221128)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    for delay in (rng.uniform(2.0, 6.0), rng.uniform(6.0, 12.0)):
        before = snapshot(db)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(SAMPLE)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = snapshot(db)
        assert after in (before, expected), f"partial state after a kill at {delay:.1f}s"
        if (data / "parquet").exists():
            assert (data / "parquet" / "statements").is_dir()  # the link always points at a whole export
    run_pipeline(load_settings(env={}, data_dir=data, inputs=(SAMPLE,)), today=date.today())
    assert snapshot(db) == expected
