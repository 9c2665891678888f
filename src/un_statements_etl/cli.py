"""The `un-statements` command: the only place errors become exit codes.

Exit codes: 0 run completed (rejected documents are in quarantine), 1 run failed (a corrupt
warehouse included), 3 validation gate refused the batch, 4 warehouse busy (another run is
writing), 130 / 143 stopped by Ctrl-C / SIGTERM (nothing of the run published),
2 bad usage or settings (typer's own; a bad UNS_* value, an unknown profile, an unreachable
PREFECT_API_URL), found before anything is touched.

Start-up matters (a one-document run is a few seconds): nothing heavy is imported at
module level, and Prefect only when an API is configured.
"""

from __future__ import annotations

import os
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .errors import PipelineError, SettingsError, ValidationRefusedError, WarehouseLockedError
from .interrupts import (
    AFTER_PUBLISH,
    Terminated,
    exit_code,
    forget_unhandled_interrupt,
    received_signal,
    stoppable,
)

if TYPE_CHECKING:
    from .pipeline import RunSummary

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn UN statements into a validated DuckDB warehouse and Parquet tables.")

DataDir = Annotated[Path, typer.Option("--data-dir", help="Output folder (DuckDB file, parquet/, reports/).")]


class Source(StrEnum):
    local = "local"
    ohchr = "ohchr"
    un_press = "un-press"
    reliefweb = "reliefweb"
    raw = "raw"
    stored = "stored"


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _fail(message: str, code: int) -> None:
    typer.echo(f"un-statements: {message}", err=True)
    raise typer.Exit(code)


def _run_options(source: Source, inputs: list[Path] | None, data_dir: Path, since: str | None,
                 limit: int | None, base_url: str | None, reprocess: bool, workers: int | None,
                 dask_address: str | None) -> dict[str, Any]:
    if workers and dask_address:
        raise SettingsError("give either --workers or --dask-address, not both")
    return {"source": source.value, "inputs": [str(p) for p in inputs or []], "data_dir": str(data_dir),
            "since": since, "limit": limit, "base_url": base_url, "reprocess": reprocess or None,
            "workers": workers, "dask_address": dask_address}


@app.command()
def run(
    source: Annotated[Source, typer.Option(help="Where statements come from.")] = Source.local,
    inputs: Annotated[list[Path] | None,
                      typer.Option("--input", help="File or folder (.txt, .md, .html); repeatable.")] = None,
    data_dir: DataDir = Path("data"),
    since: Annotated[str | None, typer.Option(help="Only statements published on or after YYYY-MM-DD.")] = None,
    limit: Annotated[int | None, typer.Option(help="Stop after N documents.")] = None,
    base_url: Annotated[str | None, typer.Option(help="Mirror or test server for a web source.")] = None,
    reprocess: Annotated[bool, typer.Option(help="Re-run extraction on unchanged statements.")] = False,
    workers: Annotated[int | None, typer.Option(help="Transform on a local Dask cluster of N workers.")] = None,
    dask_address: Annotated[str | None, typer.Option(help="Transform on a Dask scheduler tcp://HOST:PORT.")] = None,
) -> None:
    """Run the pipeline once and print a summary.

    Without a Prefect API (PREFECT_API_URL unset) the run needs no server; with one, it is
    recorded there as a flow run. Example: un-statements run --input statements/ --workers 2
    """
    try:
        options = _run_options(source, inputs, data_dir, since, limit, base_url, reprocess, workers, dask_address)
        summary = _run_stoppable(options)
    except (KeyboardInterrupt, Terminated) as exc:
        forget_unhandled_interrupt()
        _fail(*_stopped_by(exc))
    except SettingsError as exc:
        _fail(str(exc), 2)
    except ValidationRefusedError as exc:
        _fail(str(exc), 3)
    except WarehouseLockedError as exc:
        _fail(f"{exc} (wait for it to finish, or close other writers)", 4)
    except PipelineError as exc:
        _fail(str(exc), 1)
    except Exception as exc:  # a bug, not bad input: one line here, the traceback with UNS_DEBUG=1
        if os.environ.get("UNS_DEBUG"):
            raise
        _fail(f"run failed: {type(exc).__name__}: {exc} (set UNS_DEBUG=1 for the traceback)", 1)
    from .summary import summary_text

    shown_dir = None if data_dir == Path("data") else str(data_dir)
    typer.echo(summary_text(summary, command=_invoked_as(), data_dir=shown_dir))


def _run_stoppable(options: dict[str, Any]) -> RunSummary:
    """The run, with Ctrl-C and SIGTERM raised as KeyboardInterrupt / Terminated, whatever a
    library turned them into on the way out."""
    try:
        with stoppable():
            return _run(options)
    except (KeyboardInterrupt, Terminated):
        raise
    except BaseException as exc:
        signum = received_signal()
        if signum is None:
            raise
        raise (KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)) from exc


def _stopped_by(exc: BaseException) -> tuple[str, int]:
    """The line and exit code (130, 143) of a run stopped by Ctrl-C or SIGTERM."""
    signum = exc.signum if isinstance(exc, Terminated) else signal.SIGINT
    name = "SIGINT (Ctrl-C)" if signum == signal.SIGINT else signal.Signals(signum).name
    if AFTER_PUBLISH in getattr(exc, "__notes__", ()):
        return (f"stopped by {name} as the run finished: its warehouse and Parquet set are published and complete",
                exit_code(signum))
    return (f"stopped by {name}: nothing of this run was published; the warehouse and the Parquet set are as they "
            "were", exit_code(signum))


def _run(options: dict[str, Any]) -> RunSummary:
    """Settings are checked first (SettingsError: nothing touched); then the run goes to the
    configured Prefect server as a flow run, or runs here without one."""
    from .resources import flows_module
    from .settings import load_settings

    api = flows_module("api")  # shipped with the package; it imports Prefect only when an API may be set

    settings = load_settings(**{**options, "data_dir": Path(options["data_dir"]),
                                "inputs": tuple(Path(p) for p in options["inputs"]) or None})
    url = api.configured_api_url()
    if url is None:
        gate_pool = None
        if not (settings.workers or settings.dask_address):
            from .gate_child import start_gate_child

            gate_pool = start_gate_child()  # before the imports below: its own import overlaps them
        try:
            from .execution import run_here

            return run_here(settings, gate_pool)
        except BaseException:
            if gate_pool is not None:  # stopped before run_here took the child over (idempotent after)
                from .gate_child import stop_gate_child

                stop_gate_child(gate_pool)
            raise
    api.require_reachable(url)

    from .pipeline import RunSummary
    from .records import Rejection

    result = flows_module("statements_flow").run_flow(options)
    return RunSummary(result["run_id"], result["counts"],
                      [Rejection("", uri, reason, detail) for uri, reason, detail in result["quarantined"]],
                      result["outputs"], warnings=result.get("warnings", []), notices=result.get("notices", []))


def _invoked_as() -> str:
    """How the user called us, so the printed hints can be pasted (.venv/bin/un-statements after make run)."""
    path = os.path.relpath(sys.argv[0]) if sys.argv and sys.argv[0] else "un-statements"
    return path if Path(path).name == "un-statements" and not path.startswith("..") else "un-statements"


@app.command()
def serve(
    cron: Annotated[str, typer.Option(help="Cron schedule of the runs, e.g. \"0 6 * * *\" (06:00 daily).")]
    = "0 6 * * *",
    source: Annotated[Source, typer.Option(help="Where statements come from.")] = Source.local,
    inputs: Annotated[list[Path] | None,
                      typer.Option("--input", help="File or folder for the local source; repeatable.")] = None,
    data_dir: DataDir = Path("data"),
    base_url: Annotated[str | None, typer.Option(help="Mirror or test server for a web source.")] = None,
    limit: Annotated[int | None, typer.Option(help="Stop each run after N documents.")] = None,
) -> None:
    """Register the flow as a scheduled Prefect deployment and serve it (keep this running).

    There is no --since: each scheduled run of a web source starts from its stored cursor
    (minus the revisit window), which a fixed date would override on every run.

    Needs a Prefect server: `prefect server start`, then
    `prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`.
    Example: un-statements serve --cron "0 6 * * *" --source ohchr --data-dir /srv/un-data
    """
    from .resources import flow_module

    serve_flow = flow_module().serve_flow

    missing = [str(p) for p in inputs or [] if not p.exists()]
    if missing:
        _fail(f"no such input: {', '.join(missing)}", 2)
    # the deployment runs later, maybe elsewhere: store absolute paths
    resolved = [p.resolve() for p in inputs or []]
    try:
        options = _run_options(source, resolved, data_dir.resolve(), None, limit, base_url, False, None, None)
        serve_flow(cron, options)
    except PipelineError as exc:
        _fail(str(exc), 2)


@app.command()
def report(data_dir: DataDir = Path("data")) -> None:
    """Write DATA_DIR/reports/index.html: one self-contained page (opens offline) with counts per table,
    statements over time, top entities, claims by predicate and stance, validation outcome, runs and
    quarantine. Each run refreshes it too.

    Example: un-statements report && xdg-open data/reports/index.html
    """
    from .reporting import write_run_report

    try:
        typer.echo(str(write_run_report(data_dir)))
    except PipelineError as exc:
        _fail(str(exc), 1)


@app.command()
def search(
    terms: Annotated[str, typer.Argument(help="Words to look for, e.g. \"arbitrary detention\".")],
    data_dir: DataDir = Path("data"),
    limit: Annotated[int, typer.Option(help="Most sentences to show.")] = 20,
    format: Annotated[Format, typer.Option("--format")] = Format.table,
) -> None:
    """Full-text search over sentences, ranked by BM25 (DuckDB's fts extension).

    Example: un-statements search "arbitrary detention" --limit 5
    Without the fts extension (it is downloaded once), a plain match of every word, unranked.
    """
    from .query import write_rows
    from .search import search_sentences

    if format is Format.parquet:
        _fail("search prints table, csv or json; use `query --format parquet` to write files", 2)
    try:
        result = search_sentences(data_dir / "un_statements.duckdb", terms, limit)
    except PipelineError as exc:
        _fail(str(exc), 1)
    if result.notice:
        typer.echo(f"un-statements: {result.notice}", err=True)
    write_rows(format.value, result.columns, result.rows, sys.stdout)


@app.command()
def export(
    release: Annotated[bool, typer.Option("--release", help="Write a dated, versioned release bundle.")] = False,
    data_dir: DataDir = Path("data"),
    out: Annotated[Path | None, typer.Option(help="Folder for the bundle (default DATA_DIR/releases).")] = None,
    version: Annotated[str | None, typer.Option(help="Release version (default: one more than the last).")] = None,
) -> None:
    """Bundle the current Parquet tables with their dictionary and a changelog, to cite and share.

    Example: un-statements export --release   ->  data/releases/un-statements-2026-11-28-v1/ and .tar.gz
    The changelog lists statements added, updated and withdrawn since the previous release.
    """
    from .release import export_release

    if not release:
        _fail("nothing to do: the Parquet tables are always at DATA_DIR/parquet; "
              "pass --release for a versioned bundle", 2)
    try:
        target = export_release(data_dir, out, version)
    except PipelineError as exc:
        _fail(str(exc), 1)
    typer.echo(f"release written: {target} (and {target}.tar.gz)")


@app.command()
def query(
    sql: Annotated[str | None, typer.Argument(help="SQL to run against the warehouse (read-only).")] = None,
    data_dir: DataDir = Path("data"),
    format: Annotated[Format, typer.Option("--format")] = Format.table,
    output: Annotated[Path | None, typer.Option(help="File to write (required for parquet).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the SQL from a file ('-': standard input).")] = None,
    example: Annotated[str | None, typer.Option(
        help="Run a named question of warehouse/examples.sql ('list' shows them).")] = None,
    allow_files: Annotated[bool, typer.Option(
        "--allow-files", help="Let the SQL read and write files outside the data directory.")] = False,
) -> None:
    """Run ad hoc SQL on the warehouse, read-only: only statements that read, and files read
    only under the data directory (other readers and a running load are not disturbed).

    Example: un-statements query "select speaker, count(*) from claims_enriched group by all" --format csv
    Example: un-statements query --example high_commissioner_concerns_china_2022
    """
    from .query import example_sql, examples, run_query

    try:
        if example == "list":
            typer.echo("\n".join(f"{e.name}: {e.question}" for e in examples().values()))
            return
        given = [x for x in (sql, file, example) if x is not None]
        if len(given) != 1:
            _fail("give the SQL as an argument, or --file FILE, or --example NAME (one of them)", 2)
        if example is not None:
            sql = example_sql(example)
        elif file is not None:
            sql = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        assert sql is not None
        run_query(data_dir / "un_statements.duckdb", sql, format.value, output, sys.stdout, allow_files)
    except PipelineError as exc:
        _fail(str(exc), 1)


if __name__ == "__main__":
    app()
