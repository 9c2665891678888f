"""`un-statements run` without a Prefect server (issue #16): a first run in a fresh home
works and starts no server, bad settings stop it before anything is touched, and the
summary's hint can be pasted as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from un_statements_etl.cli import app
from un_statements_etl.pipeline import RunSummary
from un_statements_etl.summary import summary_text

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"


def fresh_home_env(home: Path) -> dict[str, str]:
    """The environment of a new user: nothing of Prefect's configured, no UNS_ settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "UNS_"))}
    env.update(HOME=str(home), UNS_NO_PROGRESS="1")
    return env


def imported(importtime_log: str, module: str) -> int:
    """How many processes imported `module` (-X importtime reaches spawned Dask workers too)."""
    return sum(1 for line in importtime_log.splitlines() if line.split("|")[-1].strip() == module)


@pytest.mark.slow
@pytest.mark.parametrize("extra", [[], ["--workers", "2"]], ids=["plain", "dask"])
def test_first_run_in_a_fresh_home_needs_no_prefect_server(tmp_path: Path, extra: list[str]):
    home = tmp_path / "home"
    home.mkdir()
    argv = [sys.executable, "-X", "importtime", "-m", "un_statements_etl.cli", "run", "--input", str(SAMPLE),
            "--data-dir", str(tmp_path / "out"), *extra]
    done = subprocess.run(argv, cwd=tmp_path, env=fresh_home_env(home), capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "1 statements loaded" in done.stdout
    assert f"--data-dir {tmp_path / 'out'}" in done.stdout  # the hint names the data dir used
    # no temporary server: Prefect was never imported, here or on a Dask worker, and made no home
    assert not (home / ".prefect").exists()
    assert imported(done.stderr, "prefect") == 0
    assert imported(done.stderr, "great_expectations") == 1  # the gate ran, in this process only
    if extra:  # both workers' imports are in the log, and the one batch was transformed on one of them
        assert imported(done.stderr, "distributed.worker") == 3
        assert imported(done.stderr, "un_statements_etl.transform") == 2


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, **env: str):
    for name in ("PREFECT_API_URL", "UNS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return CliRunner().invoke(app, ["run", *args])


@pytest.mark.parametrize(("name", "value"), [
    ("UNS_BATCH_SIZE", "abc"), ("UNS_GATE_STATEMENTS", "1.5"), ("UNS_LOCK_WAIT_SECONDS", "soon"),
    ("UNS_BATCH_SIZE", "0"), ("UNS_REPROCESS", "maybe"), ("UNS_PROFILE", "nope"),
    ("UNS_DOCUMENT_SECONDS", "0"), ("UNS_DOCUMENT_SECONDS", "soon"),
    ("PREFECT_API_URL", "http://127.0.0.1:9/api"),
])
def test_a_bad_setting_is_one_line_exit_2_and_touches_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              name: str, value: str):
    out = tmp_path / "out"
    result = run_cli(["--input", str(SAMPLE), "--data-dir", str(out)], monkeypatch, **{name: value})
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1 and name in result.stderr and value in result.stderr
    assert not out.exists()


def test_an_unreachable_prefect_api_says_how_to_unset_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    result = run_cli(["--data-dir", str(tmp_path / "out")], monkeypatch, PREFECT_API_URL="http://127.0.0.1:9/api")
    assert result.exit_code == 2
    assert "no Prefect server answers there" in result.stderr and "unset PREFECT_API_URL" in result.stderr


def test_an_unreachable_api_in_the_profile_names_prefect_config_unset(tmp_path: Path):
    home = tmp_path / "home"
    (home / ".prefect").mkdir(parents=True)
    (home / ".prefect" / "profiles.toml").write_text(
        'active = "local"\n\n[profiles.local]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n', encoding="utf-8")
    argv = [sys.executable, "-m", "un_statements_etl.cli", "run", "--data-dir", str(tmp_path / "out")]
    done = subprocess.run(argv, cwd=tmp_path, env=fresh_home_env(home), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "prefect config unset PREFECT_API_URL" in done.stderr
    assert not (tmp_path / "out").exists()


def test_both_workers_and_a_dask_address_is_bad_usage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    result = run_cli(["--workers", "2", "--dask-address", "tcp://127.0.0.1:9", "--data-dir", str(tmp_path / "o")],
                     monkeypatch)
    assert result.exit_code == 2 and "--dask-address" in result.stderr and not (tmp_path / "o").exists()


def test_the_hint_names_the_data_dir_only_when_it_is_not_the_default():
    summary = RunSummary("run_x", {"statements": 1}, outputs={"duckdb": "out dir/un_statements.duckdb"})
    assert "--data-dir 'out dir'" in summary_text(summary, data_dir="out dir")
    assert "--data-dir" not in summary_text(summary)
