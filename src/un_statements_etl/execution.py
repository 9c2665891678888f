"""How a run executes without an orchestrator: in this process, or with the transform on a
Dask cluster.

`run_here` is what `un-statements run` does when no Prefect API is configured: the same
`run_pipeline` the Prefect flow composes, with no server to start: every stage in this
process except the validation gate, which a child process runs (`GateInChild`: its Great
Expectations import overlaps the parse). With `--workers N` / `--dask-address` the
transform batches go to a dask.distributed cluster (`DaskExecutor`) and the gate stays
here. This process is the one writer of DATA_DIR either way.

Workers receive `transform_batch` (pickled by reference) and cleaned statements; nothing
on their side imports Prefect, so no worker starts a Prefect server of its own.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from typing import Any

from . import pipeline
from .errors import ConfigError
from .gate_child import stop_gate_child
from .pipeline import Executor, RunSummary, run_pipeline
from .progress import progress_bar
from .settings import Settings

# seconds to reach an existing scheduler before the run gives up (nothing is written by then)
CONNECT_TIMEOUT = 30


def transform_window(settings: Settings) -> int:
    """Batches in flight: two per Dask worker (one running, one queued); a remote cluster's
    size is not known here, so it gets a generous fixed window."""
    if settings.dask_address:
        return 16
    return 2 * (settings.workers or 1)


class WindowExecutor(Executor):
    """Stream batches to futures, at most `window` in flight: enough to keep every worker
    busy, few enough that finished results never pile up in memory while this process
    validates and loads earlier ones. Other stages run here.

    `warm_up` runs here once the first batch is on its way: Great Expectations' import
    (seconds) then overlaps the first parse instead of following it."""

    def __init__(self, window: int, warm_up: Callable[[], None] | None = None) -> None:
        self.window = max(1, window)
        self.warm_up = warm_up

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        raise NotImplementedError

    def stream(self, fn: Callable[..., Any], items: Iterable[Any], *common: Any) -> Iterator[Any]:
        in_flight: deque[Any] = deque()
        with progress_bar(f"{fn.__name__.replace('_', ' ')} (batches)", None) as advance:
            for item in items:
                in_flight.append(self.submit(fn, item, *common))
                if self.warm_up is not None:
                    warm_up, self.warm_up = self.warm_up, None
                    warm_up()
                if len(in_flight) >= self.window:
                    yield in_flight.popleft().result()
                    advance(1)
            while in_flight:
                yield in_flight.popleft().result()
                advance(1)


class DaskExecutor(WindowExecutor):
    """Transform batches on a dask.distributed cluster."""

    spreads = True

    def __init__(self, client: Any, window: int, warm_up: Callable[[], None] | None = None) -> None:
        super().__init__(window, warm_up)
        self.client = client
        # worker threads the cluster has now, so the run's last batches are shared out among them all
        self.width = max(1, sum(client.nthreads().values()))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # pure=False: batches are never equal, and hashing the statements would cost
        return self.client.submit(fn, *args, pure=False)


class _PoolWindow(WindowExecutor):
    """Transform batches on a local process pool, a window of them in flight."""

    def __init__(self, pool: Any, window: int) -> None:
        super().__init__(window)
        self.pool = pool

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.pool.submit(fn, *args)


class GateInChild(Executor):
    """Every stage here except the validation gate, which runs in one child process, and,
    with `processes` > 1, the transform, whose batches go to that many worker processes.

    Great Expectations costs seconds to import; the child imports it from the start of the
    run, so on two cores the import overlaps reading, parsing and extraction instead of
    following them. A run that validates nothing (all unchanged) stops the child at once.

    The workers live for the whole run and load the model once each: spaCy's own
    `n_process` would start new processes (and load the model again) for every batch, and
    send every parse back to this process to be read again. Here a worker parses, extracts
    and returns compact Arrow rows."""

    def __init__(self, pool: Any = None, processes: int = 1, model: str | None = None) -> None:
        from .gate_child import start_gate_child

        self.pool = pool if pool is not None else start_gate_child()
        self.used = False
        self.width, self.spreads = processes, processes > 1
        self.model = model
        self.workers: Any = None  # started when a run has more than one batch to transform

    def stream(self, fn: Callable[..., Any], items: Iterable[Any], *common: Any) -> Iterator[Any]:
        if not self.spreads:
            yield from super().stream(fn, items, *common)
            return
        source = iter(items)
        first = next(source, None)
        second = next(source, None) if first is not None else None
        if second is None:  # one batch or none: parsing it here costs less than starting workers
            yield from super().stream(fn, [first] if first is not None else [], *common)
            return
        if self.workers is None:
            self.workers = start_transform_workers(self.width, self.model)
        yield from _PoolWindow(self.workers, 2 * self.width).stream(fn, chain([first, second], source), *common)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        if fn is pipeline._gate:  # a thin stage over validate_run, which the child imports without spaCy
            from .validate import validate_run

            self.used = True
            return self.pool.submit(validate_run, *args).result()
        return fn(*args)

    def close(self, abandon: bool = False) -> None:
        """Release the children; `abandon` (the run was interrupted) ends them whatever they are doing."""
        if self.workers is not None:
            stop_gate_child(self.workers) if abandon else self.workers.shutdown(wait=True, cancel_futures=True)
        if abandon or not self.used:  # still importing Great Expectations for nothing: do not wait for it
            stop_gate_child(self.pool)
            return
        self.pool.shutdown(wait=True, cancel_futures=True)


def start_transform_workers(processes: int, model: str | None) -> Any:
    """A pool of `processes` spawned workers, each loading the model as it starts (in parallel
    with this process reading and cleaning the first statements)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_worker, initargs=(model,))


def _start_worker(model: str | None) -> None:
    from .interrupts import ignore_interrupts_in_child

    ignore_interrupts_in_child()
    if model:
        from .nlp import load_pipeline

        load_pipeline(model)


@contextmanager
def dask_executor(settings: Settings, warm_up: Callable[[], None] | None = None) -> Iterator[DaskExecutor]:
    """A DaskExecutor on a local cluster of `settings.workers` single-threaded processes, or
    on the scheduler at `settings.dask_address`; the cluster is closed afterwards."""
    from distributed import Client, LocalCluster

    if settings.dask_address:
        try:
            client = Client(settings.dask_address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"no Dask scheduler answers at {settings.dask_address}: {exc}") from None
        with client:
            yield DaskExecutor(client, transform_window(settings), warm_up)
        return
    # one thread per worker: spaCy runs with n_process=1 there; no dashboard (no port to clash)
    with LocalCluster(n_workers=settings.workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield DaskExecutor(client, transform_window(settings), warm_up)


def run_here(settings: Settings, gate_pool: Any = None) -> RunSummary:
    """One run without Prefect (on Dask when asked), then the run report refreshed.
    `gate_pool`: the gate's child, if the caller started it early (`start_gate_child`)."""
    from .validate import warm_up

    if settings.workers or settings.dask_address:
        with dask_executor(settings, warm_up) as on_dask:
            summary = run_pipeline(settings, on_dask)
    else:
        here = GateInChild(gate_pool, settings.nlp_processes, settings.spacy_model)
        interrupted = False
        try:
            summary = run_pipeline(settings, here)
        except BaseException as exc:
            interrupted = not isinstance(exc, Exception)  # Ctrl-C, SIGTERM: stop the child, do not wait
            raise
        finally:
            here.close(abandon=interrupted)
    drawing = time.perf_counter()
    summary.outputs["report"] = refresh_report(settings)
    summary.stage_seconds["report"] = time.perf_counter() - drawing
    return summary


def refresh_report(settings: Settings) -> str:
    """Rewrite reports/index.html; the data is loaded by now, so a report that cannot be
    drawn is said in the outputs rather than failing the run."""
    from .reporting import write_run_report

    try:
        return str(write_run_report(settings.data_dir))
    except Exception as exc:
        return f"not written ({type(exc).__name__}: {exc})"
