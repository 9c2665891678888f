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

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    pool.submit(_warm_up)
    return pool


def _warm_up() -> None:
    from .validate import warm_up

    warm_up()
