"""`un-statements search` and `un-statements export --release` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from un_statements_etl.cli import app
from un_statements_etl.search import FTS_MEMO, fts_available, search_sentences

runner = CliRunner()


@pytest.fixture
def data_dir(sample_data_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(sample_data_dir, copy, symlinks=True)
    return copy


def test_search_finds_the_sentence_with_every_word(data_dir: Path):
    result = search_sentences(data_dir / "un_statements.duckdb", "residential surveillance detention", limit=5)
    assert result.rows, result
    sentence = result.rows[0][result.columns.index("sentence")].lower()
    if result.ranked:  # BM25 over stems: the best hit holds at least one of the words
        assert any(w in sentence for w in ("residential", "surveillance", "detention"))
    else:
        assert all(w in sentence for w in ("residential", "surveillance", "detention"))
        assert "unranked" in (result.notice or "")


def test_search_without_the_extension_says_so_once(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    tries = []

    def unavailable(con, try_install=True):
        tries.append(try_install)
        return "IO Error: Failed to download extension fts (no network)"

    monkeypatch.setattr("un_statements_etl.search.fts_available", unavailable)
    result = search_sentences(data_dir / "un_statements.duckdb", "Xinjiang", limit=3)
    assert not result.ranked and "unranked" in (result.notice or "")
    assert "Failed to download" not in (result.notice or "")  # DuckDB's error stays in the memo
    assert "no network" in (data_dir / FTS_MEMO).read_text(encoding="utf-8")
    assert 0 < len(result.rows) <= 3
    again = search_sentences(data_dir / "un_statements.duckdb", "Xinjiang", limit=3)
    assert again.notice is None and again.rows == result.rows
    assert tries == [True, False]  # the second search does not try the download again


def test_search_cli_says_it_falls_back_once(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("un_statements_etl.search.fts_available", lambda con, try_install=True: "offline")
    first = runner.invoke(app, ["search", "Xinjiang", "--data-dir", str(data_dir), "--limit", "1"])
    second = runner.invoke(app, ["search", "Xinjiang", "--data-dir", str(data_dir), "--limit", "1"])
    assert first.exit_code == second.exit_code == 0
    assert len(first.stderr.splitlines()) == 1 and "unranked" in first.stderr
    assert second.stderr == ""


def test_search_ranks_with_bm25_when_fts_is_installed(data_dir: Path):
    with duckdb.connect() as con:
        if fts_available(con) is not None:
            pytest.skip("DuckDB's fts extension is not installed and cannot be downloaded here")
    result = search_sentences(data_dir / "un_statements.duckdb", "detention", limit=5)
    scores = [row[0] for row in result.rows]
    assert result.ranked and scores == sorted(scores, reverse=True)


def test_search_cli_prints_json(data_dir: Path):
    out = runner.invoke(app, ["search", "Xinjiang", "--data-dir", str(data_dir), "--format", "json", "--limit", "2"])
    assert out.exit_code == 0, out.output
    records = json.loads(out.stdout)
    assert len(records) == 2 and {"sentence", "speaker", "published_on"} <= set(records[0])


def test_search_cli_on_a_missing_warehouse(tmp_path: Path):
    out = runner.invoke(app, ["search", "Xinjiang", "--data-dir", str(tmp_path)])
    assert out.exit_code == 1 and "run `un-statements run` first" in out.output


def test_export_release_cli(data_dir: Path, tmp_path: Path):
    out = runner.invoke(app, ["export", "--release", "--data-dir", str(data_dir), "--out", str(tmp_path / "rel")])
    assert out.exit_code == 0, out.output
    bundle = next((tmp_path / "rel").glob("un-statements-*-v1"))
    assert {"README.md", "datapackage.json", "CHANGELOG.md", "statements"} <= {p.name for p in bundle.iterdir()}
    again = runner.invoke(app, ["export", "--release", "--data-dir", str(data_dir), "--version", "1"])
    assert again.exit_code == 1 and "exists already" in again.output
    bare = runner.invoke(app, ["export", "--data-dir", str(data_dir)])
    assert bare.exit_code == 2 and "--release" in bare.output


def test_every_run_ships_its_dictionary(sample_data_dir: Path):
    parquet = sample_data_dir / "parquet"
    package = json.loads((parquet / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} >= {"statements", "entities", "dates", "claims"}
    assert (parquet / "README.md").read_text(encoding="utf-8").strip()


def test_query_runs_a_named_example_or_lists_them(data_dir: Path, tmp_path: Path):
    out = runner.invoke(app, ["query", "--example", "high_commissioner_concerns_china_2022",
                              "--data-dir", str(data_dir), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert all(r["speaker"] == "Michelle Bachelet" for r in json.loads(out.stdout))
    listed = runner.invoke(app, ["query", "--example", "list"])
    assert listed.exit_code == 0 and "treaties_cited:" in listed.output
    unknown = runner.invoke(app, ["query", "--example", "nope", "--data-dir", str(data_dir)])
    assert unknown.exit_code == 1 and "stance_by_speaker" in unknown.output
    sql = tmp_path / "q.sql"
    sql.write_text("-- a comment first\nselect count(*) as n from statements;\n", encoding="utf-8")
    from_file = runner.invoke(app, ["query", "--file", str(sql), "--data-dir", str(data_dir), "--format", "csv"])
    assert from_file.exit_code == 0 and from_file.output.splitlines() == ["n", "1"]
    neither = runner.invoke(app, ["query", "--data-dir", str(data_dir)])
    assert neither.exit_code == 2
