"""Ctrl-C and SIGTERM stop a run promptly and cleanly.

SIGINT raises KeyboardInterrupt (Python's own); SIGTERM, which a scheduler or `kill` sends
and which by default ends the process on the spot (leaving its child processes running
with no parent), raises `Terminated`. Either unwinds the run: its private copy of the
warehouse is discarded, child processes (the validation gate, Dask workers, spaCy's) are
stopped, and the published warehouse is as it was. The CLI exits 130 or 143.

A second signal while the first is being handled is ignored, so that the clean-up is not
itself interrupted half-way. Should the clean-up not end the process within
`GRACE_SECONDS` (the exception raised where no one passes it on: a garbage-collector
callback of Dask's swallows it; a library left waiting on a lock), a watchdog thread ends
it: every descendant process is killed and the process exits with the same code. The run's
private copy of the warehouse may then stay behind; the next run removes it.

The short step that publishes a finished run (the warehouse rename, the Parquet link) runs
with signals held (`signals_held`): a signal there is acted on once both are in place, so
an interrupted run never leaves a new warehouse beside a stale Parquet set.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
GRACE_SECONDS = 10.0  # the clean-up of a stopped run (Dask gives a busy worker 4 s) before the hard stop
_publishing = threading.Lock()  # held while a run publishes: the hard stop waits for it
_received: list[int] = []  # the stop signal this process got, if any
AFTER_PUBLISH = "the run had published its warehouse and Parquet set"  # a note on the exception


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


def received_signal() -> int | None:
    """The stop signal this process received, even if the exception it raised was turned into
    another on the way (DuckDB answers an interrupted query with "Query interrupted")."""
    return _received[0] if _received else None


def _stop(signum: int, frame: FrameType | None) -> None:
    _received.append(signum)
    for other in STOP_SIGNALS:
        signal.signal(other, _ignore)
    threading.Thread(target=_hard_stop, args=(signum,), name="un-statements-stop", daemon=True).start()
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


def _hard_stop(signum: int) -> None:
    """The backstop: if the process still lives after the grace period, end it and its children."""
    threading.Event().wait(GRACE_SECONDS)
    with _publishing:
        import psutil  # Dask's own dependency

        for child in psutil.Process().children(recursive=True):
            with suppress(psutil.Error):  # gone already
                child.kill()
        name = signal.Signals(signum).name
        os.write(2, f"un-statements: stopped by {name}; the clean-up took over {GRACE_SECONDS:g} s, so the run "
                    "was ended with its child processes; nothing of it was published\n".encode())
        os._exit(exit_code(signum))


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
        # once stopping, the process is on its way out: an interrupt a library re-delivers
        # later (DuckDB does, after cancelling its query) must not kill it before it says why
        if not _received:
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
        with _publishing:
            yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if arrived:
        try:
            signal.raise_signal(arrived[0])  # now handled as it would have been
        except (KeyboardInterrupt, Terminated) as exc:
            exc.add_note(AFTER_PUBLISH)
            raise


def forget_unhandled_interrupt() -> None:
    """Let the process exit with the code it chooses after a Ctrl-C it has handled.

    CPython marks a KeyboardInterrupt raised inside code run by `exec` of a string (dataclasses
    build their methods so, at import) as unhandled, even when it was caught further up, and
    then ends the process with SIGINT instead of its exit code (exit -2, not 130). Running a
    string of code clears the mark: each such run starts by resetting it.
    """
    exec("pass", {})  # a constant string, run for the side effect described above


def ignore_interrupts_in_child() -> None:
    """For a child process's initializer: Ctrl-C reaches the whole process group, but the
    parent decides when a child stops (a child dying on its own breaks the parent's pool
    with a confusing error instead of a clean stop)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
