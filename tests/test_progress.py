"""Progress bars: drawn on a terminal only, silent in pipes, tests and scheduled runs."""

from __future__ import annotations

import io

import pytest

from un_statements_etl import progress


def test_no_bar_without_a_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setattr("sys.stderr", io.StringIO())
    with progress.progress_bar("transform", 10) as advance:
        advance(3)
    assert progress.wanted() is False


def test_a_terminal_gets_a_bar_unless_turned_off(monkeypatch: pytest.MonkeyPatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Tty()
    monkeypatch.setattr("sys.stderr", terminal)
    monkeypatch.delenv("UNS_NO_PROGRESS", raising=False)
    assert progress.wanted()
    with progress.progress_bar("transform batch", 4) as advance:
        for _ in range(4):
            advance(1)
    assert "transform batch" in terminal.getvalue()
    monkeypatch.setenv("UNS_NO_PROGRESS", "1")
    assert not progress.wanted()
