"""The Prefect flow and the CLI end to end, on a temporary Prefect server (one per session)."""

from __future__ import annotations

from pathlib import Path

import duckdb
from typer.testing import CliRunner

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"


def flow_runs() -> int:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return len(client.read_flow_runs())


def test_cli_run_then_query_and_report(prefect_harness, tmp_path):
    from un_statements_etl.cli import app

    runner = CliRunner()
    before = flow_runs()
    result = runner.invoke(app, ["run", "--input", str(SAMPLE), "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert flow_runs() == before + 1  # an API is configured (the harness's): the run is recorded as a flow run
    assert "1 statements loaded" in result.output and "quarantined" in result.output
    con = duckdb.connect(str(tmp_path / "un_statements.duckdb"), read_only=True)
    assert con.execute("SELECT outcome FROM runs").fetchall() == [("succeeded",)]
    con.close()
    queried = runner.invoke(app, ["query", "select speaker from statements", "--data-dir", str(tmp_path),
                                  "--format", "csv"])
    assert queried.exit_code == 0 and queried.output.splitlines() == ["speaker", "Michelle Bachelet"]
    reported = runner.invoke(app, ["report", "--data-dir", str(tmp_path)])
    assert reported.exit_code == 0 and (tmp_path / "reports" / "index.html").exists()


def test_cli_exit_code_when_the_gate_refuses(prefect_harness, tmp_path, monkeypatch):
    from un_statements_etl import tables
    from un_statements_etl.cli import app

    real = tables.build_tables

    def no_text(*args, **kwargs):
        import pyarrow as pa

        built = real(*args, **kwargs)
        ids = built["statements"]["statement_id"]
        nulls = pa.array([None] * len(ids), pa.string())
        built["statements"] = built["statements"].set_column(0, "statement_id", nulls)
        return built

    monkeypatch.setattr(tables, "build_tables", no_text)
    result = CliRunner().invoke(app, ["run", "--input", str(SAMPLE), "--data-dir", str(tmp_path)])
    assert result.exit_code == 3
    assert "statements.statement_id: expect_column_values_to_not_be_null" in result.output


def test_serve_passes_limit_and_absolute_inputs_to_the_deployment(tmp_path, monkeypatch):
    import flows.statements_flow as statements_flow

    from un_statements_etl.cli import app

    seen = {}
    monkeypatch.setattr(statements_flow, "serve_flow", lambda cron, options: seen.update(cron=cron, **options))
    monkeypatch.chdir(SAMPLE.parent)
    result = CliRunner().invoke(app, ["serve", "--cron", "0 6 * * *", "--input", SAMPLE.name, "--limit", "5",
                                      "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert seen["cron"] == "0 6 * * *" and seen["limit"] == 5 and seen["since"] is None
    assert seen["inputs"] == [str(SAMPLE)] and seen["data_dir"] == str(tmp_path.resolve())
