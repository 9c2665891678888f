"""Where a run's wall time goes, stage by stage, for the benchmark and the run summary.

Stages nest (reading happens while intake pulls the next batch, which happens while the
gate waits for transform results); each stage is charged its own time only, the time of
the stages inside it going to them, so the figures add up to the run's wall time.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


class StageClock:
    """Exclusive wall seconds per stage.

    >>> clock = StageClock()
    >>> with clock("outer"):
    ...     with clock("inner"):
    ...         pass
    >>> sorted(clock.seconds), all(s >= 0 for s in clock.seconds.values())
    (['inner', 'outer'], True)
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._open: list[list[float]] = []  # per open stage: [started, seconds spent in stages inside it]

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        frame = [time.perf_counter(), 0.0]
        self._open.append(frame)
        try:
            yield
        finally:
            self._open.pop()
            spent = time.perf_counter() - frame[0]
            self.seconds[stage] = self.seconds.get(stage, 0.0) + spent - frame[1]
            if self._open:
                self._open[-1][1] += spent

    def iterate(self, items: Iterable[T], stage: str) -> Iterator[T]:
        """`items`, the time spent producing each one charged to `stage`."""
        source = iter(items)
        while True:
            with self(stage):
                try:
                    item = next(source)
                except StopIteration:
                    return
            yield item
