"""Issue #17: batches shared out among the workers, the transform pool started only for a
run with more than one batch, and an unchanged arrival not rewritten (nothing to validate)."""

from __future__ import annotations

from datetime import datetime

from un_statements_etl.execution import GateInChild
from un_statements_etl.intake import Intake
from un_statements_etl.pipeline import prepare_documents
from un_statements_etl.records import RawDocument


def documents(n: int) -> list[RawDocument]:
    return [RawDocument(source="local", source_uri=f"/inbox/{i}.txt", media_type="text/plain",
                        fetched_at=datetime(2026, 11, 28),
                        content=(f"STATEMENT\n\nStatement number {i}\n\nVolker Türk\n\n4 March 2024\n\n"
                                 f"<https://www.ohchr.org/en/statements/2024/03/s-{i}>\n\n"
                                 "GENEVA – The High Commissioner urged restraint.\n").encode())
            for i in range(n)]


def batch_sizes(n: int, width: int, batch_size: int = 32) -> list[int]:
    intake = Intake({}, "{}", False, datetime(2026, 11, 28), batch_size, width=width)
    return [len(b) for b in intake.batches(documents(n), lambda docs: prepare_documents(docs, 5_000_000))]


def test_a_run_smaller_than_a_batch_is_shared_out_among_the_workers():
    assert batch_sizes(20, width=2) == [10, 10]
    assert batch_sizes(20, width=1) == [20]  # one worker: batches as before
    assert batch_sizes(3, width=2) == [3]  # too few to be worth a second worker
    assert batch_sizes(70, width=2, batch_size=16) == [16, 16, 16, 11, 11]


def test_the_transform_pool_starts_only_for_more_than_one_batch():
    here = GateInChild(processes=2)  # model None: the workers load no spaCy model
    try:
        assert list(here.stream(len, [[1, 2, 3]])) == [3] and here.workers is None
        assert list(here.stream(len, [[1, 2, 3], [4], [5, 6]])) == [3, 1, 2] and here.workers is not None
    finally:
        here.close()


def test_an_arrival_the_warehouse_holds_as_it_is_is_not_handed_on_again():
    rows = {"statement_id": "st_1", "year": 2024, "source": "local", "source_uri": "/a.txt", "url": None,
            "content_hash": "h" * 64, "is_primary": True, "first_seen_at": datetime(2026, 1, 1)}
    held = {("local", "/a.txt"): ("st_1", 2024, None, "h" * 64, True)}
    intake = Intake({}, "{}", False, datetime(2026, 11, 28), 32, arrivals=held)
    intake.sources = {"st_1": [dict(rows)], "st_2": [{**rows, "statement_id": "st_2", "source_uri": "/b.txt"}]}
    assert [r["source_uri"] for r in intake.remaining_sources({"st_1", "st_2"})] == ["/b.txt"]
    intake.sources = {"st_1": [{**rows, "url": "https://example.org/a"}]}  # changed: rewritten
    assert len(intake.remaining_sources({"st_1"})) == 1


def test_an_unchanged_rerun_reads_and_cleans_no_file_and_an_edited_file_is_read_again(tmp_path, monkeypatch):
    from un_statements_etl import settled
    from un_statements_etl.bench import build_corpus, table_digests
    from un_statements_etl.pipeline import run_pipeline
    from un_statements_etl.settings import load_settings

    corpus = tmp_path / "corpus"
    build_corpus(4, corpus)
    settings = load_settings(env={}, data_dir=tmp_path / "data", inputs=(corpus,))
    first = run_pipeline(settings)
    rows = table_digests(settings.db_path, corpus)
    again = run_pipeline(settings)
    assert again.counts["skipped"] == 4 and "clean" not in again.stage_seconds
    assert table_digests(settings.db_path, corpus) == rows and first.counts["statements"] == 4
    edited = sorted(corpus.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe situation has since worsened.\n", encoding="utf-8")
    third = run_pipeline(settings)
    assert third.counts["statements"] == 1 and third.counts["skipped"] == 3
    # new reading code: every file is read again (and, its text unchanged, skipped after cleaning)
    monkeypatch.setattr(settled, "reader_fingerprint", lambda: "another reader")
    fourth = run_pipeline(settings)
    assert fourth.counts["skipped"] == 4 and fourth.stage_seconds["clean"] > 0
