"""End to end without Prefect: files in, DuckDB + Parquet out (run_pipeline, plain executor)."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from un_statements_etl import intake as intake_module
from un_statements_etl import pipeline
from un_statements_etl.errors import ValidationRefusedError
from un_statements_etl.intake import Intake
from un_statements_etl.pipeline import prepare_documents, run_pipeline
from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.schema import TABLE_ORDER
from un_statements_etl.settings import load_settings

SAMPLE = Path(__file__).resolve().parents[1] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"

WEB_PAGE = """Skip to main content
Search
Home > Press releases
Bangladesh: UN experts concerned about crackdown on protesters

GENEVA (21 October 2019) – UN human rights experts today expressed serious concern about reports of
excessive use of force against peaceful protesters in several cities and urged the authorities to
investigate every death promptly.

"The right to peaceful assembly must be protected," the experts said.
"""


def run(data_dir: Path, *inputs: Path, reprocess: bool = False):
    settings = load_settings(env={}, data_dir=data_dir, inputs=tuple(inputs), reprocess=reprocess or None)
    return run_pipeline(settings, today=date(2026, 11, 28))


def rows(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows without run ids and audit timestamps, in a stable order."""
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for table in TABLE_ORDER:
        cols = [c for c, in con.execute(f"SELECT column_name FROM information_schema.columns "
                                        f"WHERE table_name = '{table}' ORDER BY ordinal_position").fetchall()
                if c != "run_id" and not c.endswith("_at")]
        out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
    con.close()
    return out


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    data = tmp_path_factory.mktemp("sample")
    summary = run(data / "out", SAMPLE)
    return data / "out", summary


def test_sample_metadata(sample_run):
    out, summary = sample_run
    got = rows(out / "un_statements.duckdb", "SELECT title, speaker, speaker_role, published_on, url, "
               "location, kind, language, year FROM statements")
    title = "Statement by UN High Commissioner for Human Rights Michelle Bachelet after official visit to China"
    assert got == [(title, "Michelle Bachelet", "UN High Commissioner for Human Rights", date(2022, 5, 28),
                    "https://www.ohchr.org/en/statements/2022/05/statement-un-high-commissioner-human-rights-"
                    "michelle-bachelet-after-official", "Guangzhou", "speech", "en", 2022)]
    assert summary.counts["statements"] == 1 and summary.counts["quarantined"] == 0


def test_sample_sentences_cover_title_body_and_editor_note(sample_run):
    out, _ = sample_run
    db = out / "un_statements.duckdb"
    sections = dict(rows(db, "SELECT section, count(*) FROM sentences GROUP BY section"))
    assert sections["title"] == 1 and sections["body"] > 60 and sections["editor_note"] >= 2
    text, = rows(db, "SELECT text FROM statements")[0]
    for start, end, sentence in rows(db, "SELECT char_start, char_end, text FROM sentences"):
        assert text[start:end] == sentence
    note = rows(db, "SELECT string_agg(text, ' ') FROM sentences WHERE section = 'editor_note'")[0][0]
    assert "Verónica Michelle Bachelet Jeria" in note and "](" not in note and "^[" not in note


def test_parquet_is_partitioned_by_year(sample_run):
    out, _ = sample_run
    assert (out / "parquet").is_symlink()
    assert list((out / "parquet" / "sentences").glob("year=2022/*.parquet"))
    n = duckdb.execute(f"SELECT count(*) FROM read_parquet('{out}/parquet/sentences/*/*.parquet', "
                   "hive_partitioning=true)").fetchall()[0][0]  # fetched to the end: no result left open
    assert n == rows(out / "un_statements.duckdb", "SELECT count(*) FROM sentences")[0][0]


def test_rerun_gives_identical_tables(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.txt").write_text(WEB_PAGE, encoding="utf-8")
    run(tmp_path / "out", SAMPLE, tmp_path / "in")
    first = snapshot(tmp_path / "out" / "un_statements.duckdb")
    run(tmp_path / "out", SAMPLE, tmp_path / "in")
    second = snapshot(tmp_path / "out" / "un_statements.duckdb")
    first.pop("runs"), second.pop("runs")
    assert first == second
    assert len(rows(tmp_path / "out" / "un_statements.duckdb", "SELECT * FROM runs")) == 2


def test_bad_files_are_quarantined_and_the_rest_loads(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("")
    (inbox / "blank.txt").write_text("  \n\n \t ")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (inbox / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (inbox / "page.txt").write_text(WEB_PAGE, encoding="utf-8")
    summary = run(tmp_path / "out", inbox)
    reasons = dict((Path(uri).name, reason) for uri, reason in
                   rows(tmp_path / "out" / "un_statements.duckdb", "SELECT source_uri, reason FROM quarantine"))
    assert reasons == {"empty.txt": "empty", "blank.txt": "empty", "scan.pdf": "binary", "logo.png": "binary"}
    assert summary.counts["statements"] == 1


def test_same_content_under_two_names_is_one_statement(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text(WEB_PAGE, encoding="utf-8")
    (inbox / "copy-of-a.txt").write_text(WEB_PAGE, encoding="utf-8")
    run(tmp_path / "out", inbox)
    db = tmp_path / "out" / "un_statements.duckdb"
    assert rows(db, "SELECT count(*) FROM statements") == [(1,)]
    assert sorted(rows(db, "SELECT is_primary, count(DISTINCT statement_id) FROM statement_sources GROUP BY ALL")) \
        == [(False, 1), (True, 1)]


def test_edited_file_replaces_its_own_rows(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    page = inbox / "page.txt"
    page.write_text(WEB_PAGE, encoding="utf-8")
    run(tmp_path / "out", inbox)
    page.write_text(WEB_PAGE.replace("serious concern", "grave concern"), encoding="utf-8")
    run(tmp_path / "out", inbox)
    db = tmp_path / "out" / "un_statements.duckdb"
    texts = rows(db, "SELECT text FROM statements")
    assert len(texts) == 1 and "grave concern" in texts[0][0]
    assert rows(db, "SELECT count(*) FROM sentences WHERE text LIKE '%serious concern%'") == [(0,)]


def test_gate_refuses_a_batch_with_duplicate_keys_and_loads_nothing(tmp_path, monkeypatch):
    import pyarrow as pa

    from un_statements_etl import tables

    run(tmp_path / "out", SAMPLE)
    db = tmp_path / "out" / "un_statements.duckdb"
    before = snapshot(db)
    real = tables.build_tables

    def doubled(*args, **kwargs):
        built = real(*args, **kwargs)
        built["sentences"] = pa.concat_tables([built["sentences"], built["sentences"].slice(0, 1)])
        return built

    monkeypatch.setattr(tables, "build_tables", doubled)
    with pytest.raises(ValidationRefusedError) as refused:
        run(tmp_path / "out", SAMPLE, reprocess=True)
    assert "sentences.statement_id,sentence_index: expect_compound_columns_to_be_unique" in str(refused.value)
    assert snapshot(db) == before
    assert (tmp_path / "out" / "reports" / "validation_latest.html").read_text().count("REFUSED") >= 1


def test_unchanged_statements_are_skipped_unless_reprocess(tmp_path):
    first = run(tmp_path / "out", SAMPLE)
    assert first.counts["statements"] == 1 and first.counts["skipped"] == 0
    second = run(tmp_path / "out", SAMPLE)
    assert second.counts["statements"] == 0 and second.counts["skipped"] == 1
    third = run(tmp_path / "out", SAMPLE, reprocess=True)
    assert third.counts["statements"] == 1 and third.counts["skipped"] == 0
    db = tmp_path / "out" / "un_statements.duckdb"
    assert rows(db, "SELECT count(*) FROM statements") == [(1,)]
    assert rows(db, "SELECT count(*) FROM sentences") == [(first.counts["sentences"],)]


def test_impossible_dates_are_kept_with_a_null_value_and_counted(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("Note on the review\n\nGENEVA (3 March 2022) – The review met on 31 February 2022 and "
                    "again on 2 March 2022 to adopt its report.\n", encoding="utf-8")
    summary = run(tmp_path / "out", page)
    found = rows(tmp_path / "out" / "un_statements.duckdb", "SELECT text, value FROM dates ORDER BY date_id")
    assert ("31 February 2022", None) in found and ("2 March 2022", "2022-03-02") in found
    assert summary.counts["impossible_dates"] == 1
    from un_statements_etl.summary import summary_text

    assert "1 impossible dates" in summary_text(summary)


# --- the run streams: documents prepared in chunks, each slice validated and loaded before the
# next is built. Slicing must not change a row, a refusal in a late slice must still leave the
# warehouse untouched, and the intake must de-duplicate across chunks.

GOLDEN = Path(__file__).resolve().parent / "clean" / "golden"
INPUTS = (SAMPLE, GOLDEN / "briefing_note.txt", GOLDEN / "sg_statement.txt", GOLDEN / "ohchr_press_release.txt")


def run_folder(data_dir: Path, inputs: Path, **overrides):
    settings = load_settings(env={}, data_dir=data_dir, inputs=(inputs,), **overrides)
    return run_pipeline(settings, today=date(2026, 11, 28))


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    for path in INPUTS:
        shutil.copy(path, folder / path.name)
    shutil.copy(SAMPLE, folder / "zz_copy_of_sample.txt")  # the same content twice: an alias
    return folder


def test_slices_of_one_statement_load_the_same_rows_as_one_slice(tmp_path, inbox, monkeypatch):
    whole = run_folder(tmp_path / "whole", inbox)
    monkeypatch.setattr(intake_module, "PREPARE_CHUNK", 2)
    sliced = run_folder(tmp_path / "sliced", inbox, batch_size=1, gate_statements=1)
    assert whole.counts == sliced.counts
    assert whole.counts["statements"] == 4 and whole.counts["aliases"] == 1
    assert snapshot(tmp_path / "whole" / "un_statements.duckdb") == snapshot(tmp_path / "sliced" / "un_statements.duckdb")


def test_a_refused_late_slice_loads_nothing_though_earlier_slices_were_staged(tmp_path, inbox, monkeypatch):
    run_folder(tmp_path / "out", inbox)
    db = tmp_path / "out" / "un_statements.duckdb"
    before = snapshot(db)
    real = pipeline._gate
    slices_seen = []

    def refuse_the_third(tables, today, referable):
        slices_seen.append(tables["statements"].num_rows)
        checked = real(tables, today, referable)
        if len(slices_seen) == 3:
            checked.refusals.append("injected table-level failure")
        return checked

    monkeypatch.setattr(pipeline, "_gate", refuse_the_third)
    with pytest.raises(ValidationRefusedError, match="injected"):
        run_folder(tmp_path / "out", inbox, reprocess=True, batch_size=1, gate_statements=1)
    assert slices_seen == [1, 1, 1]  # the run stopped at the refusing slice
    assert snapshot(db) == before
    assert not db.with_name(db.name + ".next").exists()
    report = (tmp_path / "out" / "reports" / "validation_latest.html").read_text()
    assert "REFUSED" in report and "injected" in report


def test_memory_is_handed_on_batch_by_batch(tmp_path, inbox, monkeypatch):
    """The transform sees the first batch before later documents are even prepared."""
    monkeypatch.setattr(intake_module, "PREPARE_CHUNK", 1)
    events: list[str] = []
    real_prepare, real_transform = pipeline.prepare_documents, pipeline.transform_batch

    def prepare(docs, *args):
        events.append("prepare")
        return real_prepare(docs, *args)

    def transform(statements, *args):
        events.append("transform")
        return real_transform(statements, *args)

    monkeypatch.setattr(pipeline, "prepare_documents", prepare)
    monkeypatch.setattr(pipeline, "transform_batch", transform)
    run_folder(tmp_path / "out", inbox, batch_size=1)
    assert events.index("transform") < len(events) - 1 - events[::-1].index("prepare")


def _doc(name: str, text: str) -> RawDocument:
    return RawDocument(source="local", source_uri=f"/inbox/{name}", content=text.encode(), media_type="text/plain",
                       fetched_at=datetime(2026, 11, 28))


def test_intake_finds_aliases_across_chunks_and_skips_unchanged(monkeypatch):
    monkeypatch.setattr(intake_module, "PREPARE_CHUNK", 1)
    body = "GENEVA (3 March 2022) – The Special Rapporteur urged the authorities to release the detainees."
    docs = [_doc("a.txt", f"Statement one\n\n{body}\n"), _doc("b.txt", f"Statement one\n\n{body}\n"),
            Rejection("local", "/inbox/c.bin", "not_text", "binary"),
            _doc("d.txt", f"Statement two\n\n{body} They must be freed today.\n")]
    prepared, _ = prepare_documents([docs[3]], 5_000_000)
    versions = '{"v": 1}'
    known = {prepared[0].statement_id: (prepared[0].content_hash, versions)}  # d.txt loaded before, unchanged
    intake = Intake(known, versions, reprocess=False, now=datetime(2026, 11, 28), batch_size=5)
    batches = list(intake.batches(docs, lambda chunk: prepare_documents(chunk, 5_000_000)))
    assert [[st.source_uri for st in batch] for batch in batches] == [["/inbox/a.txt"]]
    assert (intake.documents, intake.prepared, intake.skipped, intake.to_process) == (3, 3, 1, 1)
    assert [r.reason for r in intake.rejections] == ["not_text"]
    first = batches[0][0].statement_id
    rows = intake.take_sources([first])
    assert [(r["source_uri"], r["is_primary"]) for r in rows] == [("/inbox/a.txt", True), ("/inbox/b.txt", False)]
    assert [r["source_uri"] for r in intake.remaining_sources(set(known))] == ["/inbox/d.txt"]


def test_a_slice_that_does_not_look_like_statements_is_counted_as_a_warning(tmp_path, inbox, monkeypatch):
    import pyarrow as pa

    from un_statements_etl import tables, validate

    real = tables.build_tables

    def no_speakers(*args, **kwargs):
        built = real(*args, **kwargs)
        n = built["statements"].num_rows
        i = built["statements"].schema.get_field_index("speaker")
        built["statements"] = built["statements"].set_column(i, "speaker", pa.array([None] * n, pa.string()))
        return built

    monkeypatch.setattr(validate, "DISTRIBUTION_MIN_STATEMENTS", 1)
    monkeypatch.setattr(tables, "build_tables", no_speakers)
    summary = run_folder(tmp_path / "out", inbox)  # a local run warns; only a web run fails on it
    assert summary.counts["distribution_warnings"] == len(summary.warnings) >= 1
    assert any("speaker" in w for w in summary.warnings)
    stored = rows(tmp_path / "out" / "un_statements.duckdb", "SELECT counts FROM runs")
    assert '"distribution_warnings": 1' in stored[0][0]


# --- new extractor versions: `--source stored` re-runs only the transform over stored text


def test_stored_source_re_extracts_only_stale_statements_without_fetching_or_cleaning(tmp_path, inbox, monkeypatch):
    run_folder(tmp_path / "out", inbox)
    db = tmp_path / "out" / "un_statements.duckdb"
    before = snapshot(db)
    up_to_date = run_folder(tmp_path / "out", inbox, source="stored")
    assert up_to_date.counts["documents"] == 0 and up_to_date.counts["statements"] == 0
    con = duckdb.connect(str(db))
    stale = con.execute("SELECT statement_id FROM statements ORDER BY statement_id LIMIT 2").fetchall()
    con.execute("UPDATE statements SET extractor_versions = '{\"claims\": \"old\"}' "
                "WHERE list_contains(?, statement_id)", [[sid for sid, in stale]])
    con.execute("UPDATE statements SET withdrawn_at = TIMESTAMP '2026-01-02 03:04:05' WHERE statement_id = ?",
                [stale[0][0]])
    con.execute("DELETE FROM entities WHERE statement_id = ?", [stale[1][0]])  # what an old extractor missed
    con.close()
    monkeypatch.setattr(pipeline, "prepare_documents", lambda *a: pytest.fail("stored text is not cleaned again"))
    summary = run_folder(tmp_path / "out", inbox, source="stored", batch_size=1)
    assert summary.counts["documents"] == summary.counts["statements"] == 2
    after = snapshot(db)
    assert len(after.pop("runs")) == len(before.pop("runs")) + 2
    assert after == before  # the same rows as a fresh run, the missed entities back
    assert rows(db, f"SELECT withdrawn_at FROM statements WHERE statement_id = '{stale[0][0]}'") \
        == [(datetime(2026, 1, 2, 3, 4, 5),)]
    assert rows(db, "SELECT source FROM runs ORDER BY started_at DESC LIMIT 1") == [("stored",)]


def test_header_gaps_are_counted_and_provenance_is_kept(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "plain.txt").write_text("The fighting has to stop now. Civilians are paying the price of this war "
                                     "every single day, and the parties must let aid through.", encoding="utf-8")
    (inbox / "web.txt").write_text(WEB_PAGE, encoding="utf-8")
    summary = run(tmp_path / "out", inbox)
    assert (summary.counts["undated"], summary.counts["no_speaker"]) == (1, 1)  # plain.txt states neither
    counts = rows(tmp_path / "out" / "un_statements.duckdb", "SELECT counts FROM runs")[0][0]
    assert '"undated": 1' in counts and '"no_speaker": 1' in counts
    (how,) = rows(tmp_path / "out" / "un_statements.duckdb",
                  "SELECT header_provenance->>'published_on' FROM statements WHERE speaker = 'UN experts'")
    assert how == ("dateline",)
