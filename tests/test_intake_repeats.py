"""Intake: a document reached twice is loaded once; two versions of one statement keep the newer.

A duplicate is an intake matter, never a reason for the validation gate to refuse a batch:
intake de-duplicates, and the tables a slice loads are robust to a duplicate that gets past it.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from un_statements_etl import intake as intake_module
from un_statements_etl.intake import Intake
from un_statements_etl.pipeline import prepare_documents, run_pipeline
from un_statements_etl.records import RawDocument, Statement
from un_statements_etl.settings import load_settings
from un_statements_etl.summary import summary_text

VERSIONS = '{"v": 1}'
URL = "https://www.ohchr.org/en/statements/2024/03/rights-chief-urges-restraint"


def dossier(day: str, extra: str = "") -> str:
    return (f"STATEMENT\n\nRights chief urges restraint\n\nVolker Türk\n\n{day}\n\n<{URL}>\n\n"
            f"GENEVA ({day}) – The High Commissioner urged all parties to exercise restraint and to protect "
            f"civilians.{extra}\n")


OLDER, NEWER = dossier("4 March 2024"), dossier("6 March 2024", " The statement was updated on 6 March.")


def doc(name: str, text: str) -> RawDocument:
    return RawDocument(source="local", source_uri=f"/inbox/{name}", content=text.encode(), media_type="text/plain",
                       fetched_at=datetime(2026, 11, 28))


@pytest.fixture(autouse=True)
def one_document_a_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents prepared one at a time, so a full batch is handed on before the next arrives."""
    monkeypatch.setattr(intake_module, "PREPARE_CHUNK", 1)


def intake_over(docs: list[RawDocument], batch_size: int = 5,
                known: dict[str, tuple[str, str | None]] | None = None) -> tuple[Intake, list[list[Statement]]]:
    intake = Intake(known or {}, VERSIONS, reprocess=False, now=datetime(2026, 11, 28), batch_size=batch_size)
    batches = list(intake.batches(docs, lambda chunk: prepare_documents(chunk, 5_000_000)))
    return intake, batches


def uris(batches: list[list[Statement]]) -> list[list[str]]:
    return [[st.source_uri for st in batch] for batch in batches]


@pytest.mark.parametrize(("batch_size", "handed_on"), [(5, [["/inbox/new.txt"]]),
                                                       (1, [["/inbox/old.txt"], ["/inbox/new.txt"]])])
def test_a_newer_version_later_in_the_run_replaces_the_older(batch_size: int, handed_on: list[list[str]]):
    intake, batches = intake_over([doc("old.txt", OLDER), doc("new.txt", NEWER)], batch_size)
    assert uris(batches) == handed_on  # the older is dropped where it waits, else by the slice (build_tables)
    [conflict] = intake.rejections
    assert (conflict.source_uri, conflict.reason) == ("/inbox/old.txt", "conflict")
    assert "newer version" in conflict.detail and "/inbox/new.txt" in conflict.detail
    rows = intake.take_sources([batches[-1][0].statement_id])
    assert [(r["source_uri"], r["is_primary"]) for r in rows] == [("/inbox/new.txt", True)]  # not an alias
    assert (intake.conflicts, intake.repeats) == (1, 0)


@pytest.mark.parametrize(("first", "second"), [(NEWER, OLDER), (OLDER, OLDER.replace("restraint and", "calm and"))])
def test_a_copy_that_is_not_newer_is_quarantined_as_a_conflict_not_merged_as_an_alias(first: str, second: str):
    intake, batches = intake_over([doc("a.txt", first), doc("b.txt", second)])
    assert uris(batches) == [["/inbox/a.txt"]]
    [conflict] = intake.rejections
    assert (conflict.source_uri, conflict.reason) == ("/inbox/b.txt", "conflict")
    assert "was kept" in conflict.detail and "/inbox/a.txt" in conflict.detail
    assert [r["source_uri"] for r in intake.take_sources([batches[0][0].statement_id])] == ["/inbox/a.txt"]


def test_the_same_document_twice_is_one_arrival_and_the_same_text_elsewhere_an_alias():
    intake, batches = intake_over([doc("a.txt", OLDER), doc("a.txt", OLDER), doc("copy.txt", OLDER)])
    assert uris(batches) == [["/inbox/a.txt"]] and intake.repeats == 1 and not intake.rejections
    rows = intake.take_sources([batches[0][0].statement_id])
    assert [(r["source_uri"], r["is_primary"]) for r in rows] == [("/inbox/a.txt", True), ("/inbox/copy.txt", False)]


def test_one_statement_through_two_sources_is_loaded_once_and_the_other_copy_is_an_alias():
    """A `raw` replay carries ohchr.org's page and ReliefWeb's copy of one statement: one statement."""
    page = RawDocument("ohchr", "https://www.ohchr.org/en/x", OLDER.encode(), "text/plain", datetime(2026, 11, 28))
    copy = RawDocument("reliefweb", "https://reliefweb.int/report/x", NEWER.encode(), "text/plain",
                       datetime(2026, 11, 28))
    intake, batches = intake_over([page, copy])
    assert uris(batches) == [["https://www.ohchr.org/en/x"]] and not intake.rejections
    rows = intake.take_sources([batches[0][0].statement_id])
    assert [(r["source"], r["is_primary"]) for r in rows] == [("ohchr", True), ("reliefweb", False)]
    assert rows[0]["content_hash"] != rows[1]["content_hash"]  # what each source delivered stays traceable


def test_a_newer_version_the_warehouse_already_holds_is_processed_again_over_an_older_copy():
    [newer], _ = prepare_documents([doc("new.txt", NEWER)], 5_000_000)
    known = {newer.statement_id: (newer.content_hash, VERSIONS)}
    intake, batches = intake_over([doc("old.txt", OLDER), doc("new.txt", NEWER)], batch_size=1, known=known)
    # the older copy went on to the transform: the newer must follow it, or the older would be loaded
    assert uris(batches) == [["/inbox/old.txt"], ["/inbox/new.txt"]] and intake.skipped == 0


def run(data_dir: Path, *inputs: Path, **options):
    settings = load_settings(env={}, data_dir=data_dir, inputs=tuple(inputs), **options)
    return run_pipeline(settings, today=date(2026, 11, 28))


def rows(data_dir: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(data_dir / "un_statements.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def short_file(tmp_path: Path) -> Path:
    path = tmp_path / "statement.txt"
    path.write_text(OLDER, encoding="utf-8")
    return path


def test_a_file_named_twice_loads_once_and_the_gate_does_not_refuse(tmp_path: Path):
    summary = run(tmp_path / "out", short_file(tmp_path), short_file(tmp_path))  # before the fix: exit 3, statement_sources keys not unique
    assert summary.counts["statements"] == 1 and summary.counts["repeats"] == 1
    assert rows(tmp_path / "out", "SELECT count(*) FROM statement_sources") == [(1,)]
    assert "1 items reached more than once" in summary_text(summary)


def test_a_newer_version_after_the_older_was_handed_on_is_the_one_loaded(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(OLDER, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(NEWER, encoding="utf-8")
    summary = run(tmp_path / "out", tmp_path / "in", batch_size=1)  # a.txt is transformed before b.txt arrives
    out = tmp_path / "out"
    assert summary.counts["statements"] == 1 and summary.counts["conflicts"] == 1 and summary.counts["aliases"] == 0
    [(text, published_on)] = rows(out, "SELECT text, published_on FROM statements")
    assert "updated on 6 March" in text and published_on == date(2024, 3, 6)
    assert rows(out, "SELECT count(*) FROM sentences WHERE text LIKE '%updated on 6 March%'") == [(1,)]
    assert [Path(uri).name for (uri,) in rows(out, "SELECT source_uri FROM statement_sources")] == ["b.txt"]
    [(uri, reason)] = rows(out, "SELECT source_uri, reason FROM quarantine")
    assert (Path(uri).name, reason) == ("a.txt", "conflict")


def test_the_load_is_robust_to_a_duplicate_that_gets_past_intake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def admit_everything(self: Intake, st: Statement) -> None:
        self._add_row(st, st.statement_id, primary=True)
        self.to_process += 1
        self._pending.append(st)

    monkeypatch.setattr(Intake, "_admit_one", admit_everything)
    named_twice = (short_file(tmp_path), short_file(tmp_path))
    summary = run(tmp_path / "out", *named_twice, batch_size=1)  # two copies in two batches of one slice
    assert summary.counts["statements"] == 1
    assert rows(tmp_path / "out", "SELECT count(*) = count(DISTINCT sentence_index) FROM sentences") == [(True,)]
    assert rows(tmp_path / "out", "SELECT count(*) FROM statement_sources") == [(1,)]
