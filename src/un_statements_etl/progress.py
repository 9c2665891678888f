"""Progress bars for the long stages, on an interactive terminal only.

A scheduled run (no terminal), a test or a pipe gets no bar and no escape codes; an
analyst running `un-statements run` on a big folder sees how far the transform is.
`UNS_NO_PROGRESS=1` turns bars off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


def wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("UNS_NO_PROGRESS")


@contextmanager
def progress_bar(description: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """Yield `advance(n)`; draws a transient rich bar on stderr when it is a terminal.
    `total` is None when the work is streamed and its size is not known ahead."""
    if not wanted() or (total is not None and total <= 1):
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=total)

        def advance(n: int = 1) -> None:
            bar.advance(task, n)

        yield advance


def _ignore(n: int = 1) -> None:
    pass
