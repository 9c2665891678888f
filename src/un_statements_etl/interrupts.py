"""Ctrl-C and SIGTERM stop a run promptly and cleanly.

SIGINT raises KeyboardInterrupt (Python's own); SIGTERM, which a scheduler or `kill` sends
and which by default ends the process on the spot (leaving its child processes running
with no parent), raises `Terminated`. Either unwinds the run: its private copy of the
warehouse is discarded, child processes (the validation gate, Dask workers, spaCy's) are
stopped, and the published warehouse is as it was. The CLI exits 130 or 143.

A second signal while the first is being handled is ignored, so that the clean-up is not
itself interrupted half-way (SIGKILL still ends everything).

The short step that publishes a finished run (the warehouse rename, the Parquet link) runs
with signals held (`signals_held`): a signal there is acted on once both are in place, so
an interrupted run never leaves a new warehouse beside a stale Parquet set.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Terminated(BaseException):
    """SIGTERM: a BaseException like KeyboardInterrupt, so no `except Exception` swallows it."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(f"terminated by {signal.Signals(signum).name}")
        self.signum = signum


def exit_code(signum: int) -> int:
    """The shell's convention: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM)."""
    return 128 + signum


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Handler once stopping has begun."""


def _stop(signum: int, frame: FrameType | None) -> None:
    for other in STOP_SIGNALS:
        signal.signal(other, _ignore)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


@contextmanager
def stoppable() -> Iterator[None]:
    """SIGINT and SIGTERM raise in this (main) thread for the block; handlers restored after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _stop) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM for a short step that must finish once begun; a signal that
    arrived meanwhile is acted on as the step ends. Outside the main thread: nothing to hold."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous: dict[int, Any] = {signum: signal.signal(signum, lambda signum, frame: arrived.append(signum))
                                for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if arrived:
        signal.raise_signal(arrived[0])  # now handled as it would have been


def ignore_interrupts_in_child() -> None:
    """For a child process's initializer: Ctrl-C reaches the whole process group, but the
    parent decides when a child stops (a child dying on its own breaks the parent's pool
    with a confusing error instead of a clean stop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
