"""The Parquet export recovers from whatever an older layout or an interrupted publish left
in the data directory, and a run never reads as succeeded while its Parquet set is stale."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.errors import ExportError
from un_statements_etl.load import parquet as parquet_module
from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.settings import load_settings

SAMPLE = Path(__file__).resolve().parents[2] / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"


def _copy(published: Path, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(published, data, symlinks=True)  # the session's warehouse, parquet/ and all
    return data


def _run(data: Path) -> str:
    return run_pipeline(load_settings(env={}, data_dir=data, inputs=(SAMPLE,)), today=date(2026, 11, 28)).run_id


def _outcome(data: Path, run_id: str) -> str:
    con = duckdb.connect(str(data / "un_statements.duckdb"), read_only=True)
    try:
        return con.execute("SELECT outcome FROM runs WHERE run_id = ?", [run_id]).fetchone()[0]
    finally:
        con.close()


def _is_current(data: Path, run_id: str) -> bool:
    link = data / "parquet"
    return link.is_symlink() and link.resolve() == (data / "parquet-versions" / run_id).resolve() \
        and (link / "statements").is_dir()


def test_a_real_parquet_folder_beside_a_full_parquet_legacy_is_moved_aside_and_the_run_publishes(
        mixed_data_dir: Path, tmp_path: Path):
    data = _copy(mixed_data_dir, tmp_path)
    (data / "parquet").unlink()
    (data / "parquet" / "statements").mkdir(parents=True)  # an older layout's real folder
    (data / "parquet" / "statements" / "old.parquet").write_bytes(b"old")
    (data / "parquet-legacy").mkdir()
    (data / "parquet-legacy" / "kept.parquet").write_bytes(b"kept")
    run_id = _run(data)
    assert _is_current(data, run_id) and _outcome(data, run_id) == "succeeded"
    # nothing of the user's is deleted: both older folders are kept under free names
    assert (data / "parquet-legacy" / "kept.parquet").read_bytes() == b"kept"
    assert (data / "parquet-legacy-2" / "statements" / "old.parquet").read_bytes() == b"old"
    assert _is_current(data, _run(data))  # and the next run is as happy


def test_the_remains_of_an_interrupted_publish_are_cleared(mixed_data_dir: Path, tmp_path: Path):
    data = _copy(mixed_data_dir, tmp_path)
    (data / "parquet").unlink()
    (data / "parquet").symlink_to(Path("parquet-versions") / "run_gone")  # dangling: its version was pruned
    (data / ".parquet.swap").mkdir()  # not a link: something else stands where the swap link goes
    (data / "parquet-versions" / ".run_dead.tmp" / "statements").mkdir(parents=True)  # a half-written export
    run_id = _run(data)
    assert _is_current(data, run_id) and _outcome(data, run_id) == "succeeded"
    assert not (data / "parquet-versions" / ".run_dead.tmp").exists()
    assert not (data / ".parquet.swap").is_symlink()


def test_a_stray_file_where_the_versions_belong_is_moved_aside(mixed_data_dir: Path, tmp_path: Path):
    data = _copy(mixed_data_dir, tmp_path)
    shutil.rmtree(data / "parquet-versions")
    (data / "parquet-versions").write_text("not a folder")
    run_id = _run(data)
    assert _is_current(data, run_id)
    assert (data / "parquet-versions-legacy").read_text() == "not a folder"


def test_a_link_swap_failing_after_the_warehouse_is_published_marks_the_run_failed(
        mixed_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    data = _copy(mixed_data_dir, tmp_path)
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).name == "parquet":
            raise OSError(39, "Directory not empty")
        return real_replace(src, dst)

    monkeypatch.setattr(parquet_module.os, "replace", replace)
    with pytest.raises(ExportError, match="recorded as failed") as failed:
        _run(data)
    run_id = str(failed.value).split(":")[0]
    assert _outcome(data, run_id) == "failed"  # its rows are in, but it does not read as succeeded
    monkeypatch.undo()
    assert _is_current(data, _run(data))  # the next run publishes a fresh set
