"""Releases: a dated, versioned bundle with dictionary and changelog, diffed against the last one."""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.errors import ConfigError
from un_statements_etl.extract.claims.extractor import VERSION as CLAIMS_VERSION
from un_statements_etl.release import export_release, load_manifests

RENAMED = "'st_' || md5(statement_id || '{suffix}')[:16]"


def _export(data_dir: Path, sample: Path, run_id: str, statements_sql: str, versions: str | None = None) -> None:
    """A Parquet export like the pipeline's, with `statements` rewritten by `statements_sql` over `s`."""
    target = data_dir / "parquet-versions" / run_id
    shutil.copytree(sample, target)
    shutil.rmtree(target / "statements")
    with duckdb.connect() as con:
        con.execute(f"CREATE VIEW s AS SELECT * FROM read_parquet('{sample}/statements/**/*.parquet', "
                    "hive_partitioning = true)")
        con.execute(f"COPY ({statements_sql}) TO '{target / 'statements'}' (FORMAT parquet, PARTITION_BY (year))")
        if versions:  # a later run with a new extractor version
            runs = target / "runs" / "runs.parquet"
            con.execute(f"COPY (SELECT * REPLACE ('{run_id}' AS run_id, started_at + INTERVAL 1 DAY AS started_at, "
                        f"'{versions}' AS extractor_versions) FROM read_parquet('{sample}/runs/*.parquet') "
                        f"UNION ALL FROM read_parquet('{sample}/runs/*.parquet')) TO '{runs}.new' (FORMAT parquet)")
            os.replace(f"{runs}.new", runs)
    link = data_dir / "parquet"
    if link.is_symlink():
        link.unlink()
    link.symlink_to(Path("parquet-versions") / run_id)


@pytest.fixture
def sample_export(sample_data_dir: Path) -> Path:
    return (sample_data_dir / "parquet").resolve()


def test_first_release_bundles_parquet_dictionary_and_changelog(sample_export: Path, tmp_path: Path):
    _export(tmp_path, sample_export, "run_a", "SELECT * FROM s")
    folder = export_release(tmp_path, version="1.0")
    assert folder.parent == tmp_path / "releases" and folder.name.endswith("-v1.0")
    for name in ("README.md", "datapackage.json", "CHANGELOG.md", "release.json"):
        assert (folder / name).is_file(), name
    assert list((folder / "claims").glob("**/*.parquet"))
    assert "First release" in (folder / "CHANGELOG.md").read_text(encoding="utf-8")
    with tarfile.open(folder.with_name(folder.name + ".tar.gz")) as tar:
        assert f"{folder.name}/CHANGELOG.md" in tar.getnames()
    (manifest,) = load_manifests(tmp_path / "releases")
    assert manifest.version == "1.0" and manifest.run_id == "run_a" and len(manifest.statements) == 1
    assert manifest.extractor_versions.get("claims", "").startswith("claims-")


def test_second_release_lists_added_updated_and_withdrawn(sample_export: Path, tmp_path: Path):
    b, c, d = (RENAMED.format(suffix=x) for x in "bcd")
    _export(tmp_path, sample_export, "run_a",
            f"SELECT * FROM s UNION ALL SELECT * REPLACE ({b} AS statement_id) FROM s "
            f"UNION ALL SELECT * REPLACE ({c} AS statement_id) FROM s")
    first = export_release(tmp_path)
    # a edited, b withdrawn at its source, c gone, d new
    _export(tmp_path, sample_export, "run_b",
            f"SELECT * REPLACE (repeat('0', 64) AS content_hash) FROM s "
            f"UNION ALL SELECT * REPLACE ({b} AS statement_id, TIMESTAMP '2026-01-01' AS withdrawn_at) FROM s "
            f"UNION ALL SELECT * REPLACE ({d} AS statement_id) FROM s",
            versions='{"claims": "claims-9.9.9", "entities": "entities-0.1.0"}')
    second = export_release(tmp_path)
    assert first.name.endswith("-v1") and second.name.endswith("-v2")
    log = (second / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Since v1" in log and "1 added, 1 updated, 2 withdrawn" in log
    assert f"claims-9.9.9 | {CLAIMS_VERSION} (changed)" in log
    assert "`run_b`" in log
    older, newer = load_manifests(tmp_path / "releases")
    assert len(older.statements) == 3 and len(newer.statements) == 2 and len(newer.withdrawn) == 1


def test_bundle_elsewhere_history_stays_in_data_dir(sample_export: Path, tmp_path: Path):
    _export(tmp_path / "data", sample_export, "run_a", "SELECT * FROM s")
    folder = export_release(tmp_path / "data", out_dir=tmp_path / "out")
    assert folder.parent == tmp_path / "out" and folder.with_name(folder.name + ".tar.gz").is_file()
    assert json.loads(next((tmp_path / "data" / "releases").glob("*.json")).read_text())["name"] == folder.name


def test_refuses_a_version_twice_and_a_missing_export(sample_export: Path, tmp_path: Path):
    with pytest.raises(ConfigError, match="no Parquet export"):
        export_release(tmp_path)
    _export(tmp_path, sample_export, "run_a", "SELECT * FROM s")
    export_release(tmp_path, version="v3")
    with pytest.raises(ConfigError, match="v3 exists"):
        export_release(tmp_path, version="3")
