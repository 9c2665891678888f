"""The `un-statements` flow: fetch -> prepare -> transform (batched) -> validate -> load.

Thin by design: every task is one library function from `un_statements_etl.pipeline`,
composed by the same `run_pipeline` that tests run without Prefect.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from un_statements_etl.execution import WindowExecutor, transform_window
from un_statements_etl.pipeline import RunSummary, run_pipeline
from un_statements_etl.settings import load_settings
from un_statements_etl.summary import summary_markdown

if __name__ not in ("__main__", "flows.statements_flow"):
    # Loaded by path from the installed package (un_statements_etl.resources.flow_module), under
    # a name no other process can import: a served run, which Prefect unpickles in a spawned
    # process, would fail there. cloudpickle ships this module's functions by value instead.
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])


class PrefectExecutor(WindowExecutor):
    """Each stage a Prefect task; transform batches go to the task runner through the
    window of `WindowExecutor` (the same streaming as the serverless Dask path)."""

    def __init__(self, window: int = 4) -> None:
        super().__init__(window)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return task(name=fn.__name__.strip("_"))(fn)(*args)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return task(name=fn.__name__)(fn).submit(*args)


@flow(name="un-statements", log_prints=False)
def statements_flow(options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One pipeline run. `options` are Settings overrides (JSON-friendly, for deployments)."""
    settings = load_settings(**_settings_overrides(options or {}))
    logger = get_run_logger()
    summary: RunSummary = run_pipeline(settings, PrefectExecutor(transform_window(settings)))
    logger.info("run %s: %s", summary.run_id, summary.counts)
    digest = _warehouse_digest(settings.data_dir, summary)
    create_markdown_artifact(markdown=summary_markdown(summary) + "\n\n" + digest,
                             key="un-statements-run-summary", description=f"Summary of {summary.run_id}")
    create_table_artifact(table=[{"table": k, "rows": v} for k, v in summary.counts.items()],
                          key="un-statements-run-counts", description=f"Row counts of {summary.run_id}")
    return {"run_id": summary.run_id, "counts": summary.counts,
            "quarantined": [(r.source_uri, r.reason, r.detail) for r in summary.quarantined],
            "outputs": summary.outputs, "warnings": summary.warnings, "notices": summary.notices}


def _warehouse_digest(data_dir: Any, summary: RunSummary) -> str:
    """Refresh reports/index.html and return its markdown digest (top entities, claims by stance)."""
    from un_statements_etl.reporting import report_markdown, write_run_report

    try:
        summary.outputs["report"] = str(write_run_report(data_dir))
        return report_markdown(data_dir)
    except Exception as exc:  # the data is loaded; a report that cannot be drawn must not fail the run
        get_run_logger().warning("run report not written: %s", exc)
        return f"(run report not written: {exc})"


def _settings_overrides(options: dict[str, Any]) -> dict[str, Any]:
    from pathlib import Path

    out = dict(options)
    if "data_dir" in out and out["data_dir"] is not None:
        out["data_dir"] = Path(out["data_dir"])
    if out.get("inputs"):
        out["inputs"] = tuple(Path(p) for p in out["inputs"])
    return out


def task_runner_for(workers: int | None, dask_address: str | None) -> Any:
    """A DaskTaskRunner when asked for one, else None (Prefect's default runner)."""
    if not workers and not dask_address:
        return None
    from prefect_dask import DaskTaskRunner

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True})


def run_flow(options: dict[str, Any]) -> dict[str, Any]:
    runner = task_runner_for(options.get("workers"), options.get("dask_address"))
    selected = statements_flow.with_options(task_runner=runner) if runner is not None else statements_flow
    return selected(options)


def serve_flow(cron: str, options: dict[str, Any]) -> None:
    """Register a deployment with the running Prefect server and serve it on `cron`."""
    from prefect.settings import PREFECT_API_URL

    from un_statements_etl.errors import ConfigError

    if not PREFECT_API_URL.value():
        # a temporary server would hold the schedule only while this process lives, and lose it after
        raise ConfigError("scheduling needs a Prefect server: start one with `prefect server start`, then "
                          "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api` (or export it)")
    statements_flow.serve(name="un-statements-scheduled", cron=cron, parameters={"options": options})
