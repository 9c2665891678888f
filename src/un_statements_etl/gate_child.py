"""The child process that runs a run's validation gate, started before the run's own heavy
imports (pyarrow, spaCy, DuckDB: most of a second), so that its import of Great
Expectations (seconds) overlaps them as well as the parse. Only the standard library is
imported here, at call time."""

from __future__ import annotations

from typing import Any


def start_gate_child() -> Any:
    """A one-process pool (spawn: it inherits none of this process's threads, locks or open
    files) already importing Great Expectations; a child that dies fails the run with
    BrokenProcessPool rather than hanging it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .interrupts import ignore_interrupts_in_child

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=ignore_interrupts_in_child)
    pool.submit(_warm_up)
    return pool


def stop_gate_child(pool: Any) -> None:
    """End the child now, whatever it is doing (importing, validating), and release the pool:
    a run that stops must leave no process behind."""
    processes = getattr(pool, "_processes", None) or {}  # 3.11 has no public terminate
    for child in list(processes.values()):
        child.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _warm_up() -> None:
    from .validate import warm_up

    warm_up()
