"""A document's time budget: work on one document that runs past `document_seconds` stops,
and the document is quarantined (`DocumentTimeoutError`, reason `timeout`); the batch goes on.

Hostile input (a 200,000-character token, a run of 50,000 opening brackets) can make a
regular expression or spaCy's tokenizer take minutes on one document. The regexes that
run on document text are written to stay linear; the budget is the backstop for whatever
is not.

In the main thread an interval timer interrupts the work where it is: Python's regex
engine and spaCy's Python layers both check for signals. Elsewhere (a Dask worker's or a
Prefect task's thread, where signals cannot be delivered) the work is judged when it
ends: the document is still quarantined, but the time is not bounded there.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import DocumentTimeoutError


class _BudgetSpent(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` in a parser or an
    extractor can swallow it on the way out."""


@contextmanager
def time_budget(seconds: float | None, source_uri: str, step: str) -> Iterator[None]:
    """Raise DocumentTimeoutError naming the document and the step once `seconds` have passed.

    `None` means no budget. Budgets do not nest: an inner one replaces the outer one.
    """
    if seconds is None or math.isinf(seconds):
        yield
        return
    started = time.monotonic()
    try:
        if threading.current_thread() is threading.main_thread():
            with _interrupt_after(seconds):
                yield
        else:
            yield
    except _BudgetSpent:
        raise _timeout(source_uri, step, seconds) from None
    if time.monotonic() - started > seconds:
        raise _timeout(source_uri, step, seconds)


def _timeout(source_uri: str, step: str, seconds: float) -> DocumentTimeoutError:
    return DocumentTimeoutError(source_uri, f"{step} took longer than the {seconds:g} s a document may take "
                                "(UNS_DOCUMENT_SECONDS)")


@contextmanager
def _interrupt_after(seconds: float) -> Iterator[None]:
    armed = [True]

    def spent(signum: int, frame: FrameType | None) -> None:
        if armed[0]:  # a signal that lands while the block is already being left is ignored
            raise _BudgetSpent

    previous = signal.signal(signal.SIGALRM, spent)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
