"""End to end without Prefect: files in, DuckDB + Parquet out (run_pipeline, plain executor)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.errors import ValidationRefusedError
from un_statements_etl.pipeline import run_pipeline
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
                    "michelle-bachelet-after-official", "Guangzhou", "FEATURE", "en", 2022)]
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
                   "hive_partitioning=true)").fetchone()[0]
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
