"""`un-statements serve` against a real `prefect server start`: the deployment registers with its cron
schedule, a triggered run completes, and the warehouse holds the sample statement.

Both processes run in their own process group with a temporary PREFECT_HOME and database, and are
terminated (then killed) even when the test fails.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
BIN = Path(sys.executable).parent
CRON = "0 6 * * *"
DEPLOYMENT = "un-statements/un-statements-scheduled"
DEADLINE = 100.0  # seconds for the waits below together; teardown adds at most ~12 s


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else "(no output)"
    return f"--- last lines of {log.name} ---\n" + "\n".join(text.splitlines()[-lines:])


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process group, SIGKILL what is left of it after 5 s (or at once if the leader is gone)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    with contextlib.suppress(ProcessLookupError):  # the group may outlive its leader (the runner's flow-run child)
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


@pytest.fixture
def spawn(tmp_path: Path) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start commands in new process groups, output to tmp_path/<name>.log; all stopped on teardown."""
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str, argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        with open(tmp_path / f"{name}.log", "wb") as out:
            proc = subprocess.Popen(argv, env=env, cwd=tmp_path, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        started.append(proc)
        return proc

    yield start
    for proc in reversed(started):
        stop(proc)


def wait_for(what: str, probe: Callable[[], Any], deadline: float, alive: list[tuple[subprocess.Popen[bytes], Path]],
             interval: float = 0.5) -> Any:
    """Call probe until it returns something truthy; fail early if one of `alive` exits."""
    while True:
        result = probe()
        if result:
            return result
        for proc, log in alive:
            if proc.poll() is not None:
                pytest.fail(f"{log.stem} exited with {proc.returncode} while waiting for {what}\n{tail(log)}")
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}\n" + "\n".join(tail(log) for _, log in alive))
        time.sleep(interval)


@pytest.mark.slow
@pytest.mark.heavy
def test_serve_registers_the_cron_deployment_and_runs_it(spawn, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    deadline = time.monotonic() + DEADLINE
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    data_dir = tmp_path / "data"
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    base_env.update(DO_NOT_TRACK="1", PYTHONUNBUFFERED="1", PREFECT_HOME=str(tmp_path / "prefect-home"),
                    PREFECT_SERVER_ANALYTICS_ENABLED="false")

    server_log = tmp_path / "server.log"
    server = spawn("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port),
                              "--no-ui", "--analytics-off"],
                   {**base_env, "PREFECT_SERVER_UI_ENABLED": "false",
                    "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{tmp_path / 'prefect.db'}"})

    def healthy() -> bool:
        try:
            return httpx.get(f"{api}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    wait_for("the server's /api/health", healthy, deadline, [(server, server_log)])

    serve_log = tmp_path / "serve.log"
    serve = spawn("serve", [str(BIN / "un-statements"), "serve", "--cron", CRON, "--data-dir", str(data_dir),
                            "--input", str(SAMPLE)],
                  {**base_env, "PREFECT_API_URL": api, "PREFECT_RUNNER_POLL_FREQUENCY": "1"})
    alive = [(server, server_log), (serve, serve_log)]

    with temporary_settings(updates={PREFECT_API_URL: api}), get_client(sync_client=True) as client:
        def deployment() -> Any:
            try:
                return client.read_deployment_by_name(DEPLOYMENT)
            except ObjectNotFound:
                return None

        registered = wait_for(f"deployment {DEPLOYMENT}", deployment, deadline, alive)
        crons = [getattr(s.schedule, "cron", None) for s in registered.schedules]
        assert CRON in crons, registered.schedules
        assert registered.parameters["options"]["data_dir"] == str(data_dir)

        run = client.create_flow_run_from_deployment(registered.id)

        def finished() -> Any:
            state = client.read_flow_run(run.id).state
            return state if state is not None and state.is_final() else None

        final = wait_for(f"flow run {run.id} to finish", finished, deadline, alive, interval=1.0)
        assert final.is_completed(), f"flow run ended {final.type.value}: {final.message}\n{tail(serve_log)}"

    db = data_dir / "un_statements.duckdb"
    assert db.exists(), tail(serve_log)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*) from statements").fetchone() == (1,)
    finally:
        con.close()
