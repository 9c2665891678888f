"""The transform on a Dask cluster, and the gate in a child process, give the same rows as the default runner."""

from __future__ import annotations

from pathlib import Path

import duckdb

from un_statements_etl.schema import TABLE_ORDER

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
BRIEFING = Path(__file__).resolve().parents[1] / "tests/clean/golden/briefing_note.txt"


def table_rows(db: Path) -> dict[str, list[str]]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLE_ORDER:
        if table in ("runs", "quarantine"):
            continue
        cols = [c for c, in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                        "ORDER BY ordinal_position", [table]).fetchall()
                if c != "run_id" and not c.endswith("_at")]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    con.close()
    return out


def test_dask_runner_gives_the_same_rows(prefect_harness, tmp_path):
    from flows.statements_flow import run_flow

    options = {"inputs": [str(SAMPLE), str(BRIEFING)], "batch_size": 1}
    plain = run_flow({**options, "data_dir": str(tmp_path / "plain")})
    dask = run_flow({**options, "data_dir": str(tmp_path / "dask"), "workers": 2})
    assert plain["counts"]["statements"] == dask["counts"]["statements"] == 2
    assert table_rows(tmp_path / "plain" / "un_statements.duckdb") == table_rows(tmp_path / "dask" / "un_statements.duckdb")


def test_dask_executor_without_prefect_gives_the_same_rows_and_workers_never_import_prefect(tmp_path):
    """The serverless scale-out (`run --workers N` with no Prefect API): batches go to a
    LocalCluster directly, and nothing on the workers imports Prefect (so none starts a server)."""
    from un_statements_etl.execution import dask_executor
    from un_statements_etl.pipeline import Executor, run_pipeline
    from un_statements_etl.settings import load_settings

    options = {"inputs": (SAMPLE, BRIEFING), "batch_size": 1}
    plain = run_pipeline(load_settings(env={}, data_dir=tmp_path / "plain", **options), Executor())
    settings = load_settings(env={}, data_dir=tmp_path / "dask", workers=2, **options)
    with dask_executor(settings) as executor:
        dask = run_pipeline(settings, executor)
        # eval is pickled by reference, so this asks each worker's own interpreter
        seen = executor.client.run(eval, "sorted(m for m in __import__('sys').modules if m.startswith('prefect') "
                                         "or m == 'un_statements_etl.transform')")
    assert len(seen) == 2 and executor.width == 2  # the run's last batches are shared out among both workers
    assert all(modules in ([], ["un_statements_etl.transform"]) for modules in seen.values()), seen
    assert ["un_statements_etl.transform"] in seen.values()  # the transform did run on a worker
    assert plain.counts["statements"] == dask.counts["statements"] == 2
    assert table_rows(tmp_path / "plain" / "un_statements.duckdb") == table_rows(tmp_path / "dask" / "un_statements.duckdb")


def test_the_gate_in_a_child_process_gives_the_rows_of_a_plain_run(tmp_path):
    """`un-statements run` without Prefect or Dask validates in a child (GateInChild)."""
    from un_statements_etl.execution import GateInChild
    from un_statements_etl.pipeline import Executor, run_pipeline
    from un_statements_etl.settings import load_settings

    options = {"inputs": (SAMPLE, BRIEFING)}
    plain = run_pipeline(load_settings(env={}, data_dir=tmp_path / "plain", **options), Executor())
    executor = GateInChild()
    try:
        child = run_pipeline(load_settings(env={}, data_dir=tmp_path / "child", **options), executor)
    finally:
        executor.close()
    assert executor.used and plain.counts == child.counts
    assert table_rows(tmp_path / "plain" / "un_statements.duckdb") == table_rows(tmp_path / "child" / "un_statements.duckdb")
