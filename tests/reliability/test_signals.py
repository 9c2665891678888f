"""Ctrl-C (SIGINT to the process group) and SIGTERM stop a run promptly with exit 130 / 143,
the warehouse and the Parquet set as they were, and no process left behind."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

BODY = ("GENEVA (3 May 2023) – The High Commissioner welcomed the release of political prisoners and urged the "
        "authorities to free the rest. ")


def _inbox(folder: Path) -> Path:
    """Enough text that the run is still parsing when the signal comes."""
    folder.mkdir()
    for i in range(4):
        (folder / f"s{i}.txt").write_text(f"Statement {i} on detention\n\n" + (BODY * 300 + "\n\n") * 4)
    return folder


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "UNS_"))}
    return {**env, "UNS_NO_PROGRESS": "1"}


def _alive(pids: set[int]) -> set[int]:
    left = set()
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                left.add(pid)
        except psutil.NoSuchProcess:
            pass
    return left


def _start_and_stop(data: Path, inbox: Path, how: str) -> tuple[subprocess.CompletedProcess, set[int], float]:
    argv = [sys.executable, "-m", "un_statements_etl.cli", "run", "--input", str(inbox), "--data-dir", str(data)]
    child = subprocess.Popen(argv, env=_env(), start_new_session=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    staging = data / "un_statements.duckdb.next"
    deadline = time.monotonic() + 60
    while not staging.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling for the run to be under way, not waiting a fixed time
    assert child.poll() is None, child.communicate()
    family = {p.pid for p in psutil.Process(child.pid).children(recursive=True)}
    assert family  # the gate's child at least: something that must not outlive the run
    sent = time.monotonic()
    if how == "SIGINT":
        os.killpg(child.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    else:
        child.send_signal(signal.SIGTERM)  # what `kill` or a scheduler does: the CLI alone
    out, err = child.communicate(timeout=30)
    return subprocess.CompletedProcess(argv, child.returncode, out, err), family, time.monotonic() - sent


@pytest.mark.slow
@pytest.mark.parametrize(("how", "code"), [("SIGINT", 130), ("SIGTERM", 143)])
def test_a_signal_stops_the_run_promptly_leaving_the_warehouse_and_no_process(
        mixed_data_dir: Path, tmp_path: Path, how: str, code: int):
    data = tmp_path / "data"
    shutil.copytree(mixed_data_dir, data, symlinks=True)
    db = data / "un_statements.duckdb"
    before, parquet_before = db.read_bytes(), os.readlink(data / "parquet")
    done, family, took = _start_and_stop(data, _inbox(tmp_path / "inbox"), how)
    assert done.returncode == code, done.stderr[-2000:]
    assert f"stopped by {how}" in done.stderr and "nothing of this run was published" in done.stderr
    assert "Traceback" not in done.stderr
    assert took < 10
    assert db.read_bytes() == before and os.readlink(data / "parquet") == parquet_before
    assert not db.with_name(db.name + ".next").exists()
    time.sleep(0.2)  # the children's own exit, once their parent has gone
    assert not _alive(family)


HUNG_CLEANUP = """
import subprocess, sys, time
from un_statements_etl import interrupts
interrupts.GRACE_SECONDS = 0.3
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
with interrupts.stoppable():
    print(child.pid, flush=True)  # only now may the test send its signal
    while True:  # a library that swallows the interrupt and carries on
        try:
            time.sleep(0.05)
        except BaseException:
            pass
"""


def test_a_clean_up_that_hangs_is_ended_with_its_children_after_the_grace_period():
    run = subprocess.Popen([sys.executable, "-c", HUNG_CLEANUP], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    grandchild = int(run.stdout.readline())
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=20)
    assert run.returncode == 143 and "stopped by SIGTERM" in err
    time.sleep(0.2)
    assert not _alive({grandchild})


DUCKDB_QUERY = """
import os, signal, threading
import duckdb
from un_statements_etl import cli

def long_query(options):
    threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
    duckdb.connect().execute("SELECT count(*) FROM range(20000000000) a")  # about 2 s: the signal lands inside

cli._run = long_query
try:
    cli._run_stoppable({})
except KeyboardInterrupt:
    print("stopped", flush=True)
"""


def test_ctrl_c_during_a_duckdb_query_is_still_a_stop():
    """DuckDB answers Ctrl-C inside a query with its own "Query interrupted" error and delivers
    the interrupt again later: the run still exits as stopped (130), not as failed (1), and is
    not killed by the late interrupt before it can say so."""
    done = subprocess.run([sys.executable, "-c", DUCKDB_QUERY], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "stopped", done.stderr[-2000:]
