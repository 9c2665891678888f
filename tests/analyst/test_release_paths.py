"""A release holds no path of the machine that made it; the warehouse keeps its identities.

The mixed run reads two files from two folders of the checkout: the published files name them
relative to the folder they share; the warehouse keeps the absolute paths, from which the ids
of path-identified documents are derived, so an upgrade re-keys nothing.
"""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

import duckdb

from un_statements_etl.ingest.identity import statement_id_for
from un_statements_etl.release import export_release

REPO = Path(__file__).resolve().parents[2]
UNDATED = REPO / "tests" / "fixtures" / "undated_statement.txt"


def _strings_in_parquet(folder: Path) -> set[str]:
    """Every distinct text value (lists as their text) of every Parquet file under `folder`."""
    found: set[str] = set()
    with duckdb.connect() as con:
        for path in folder.rglob("*.parquet"):
            source = f"read_parquet('{path}')"
            columns = [name for name, kind, *_ in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
                       if kind.startswith("VARCHAR")]
            for name in columns:
                rows = con.execute(f'SELECT DISTINCT CAST("{name}" AS VARCHAR) FROM {source}').fetchall()
                found |= {value for (value,) in rows if value is not None}
    return found


def test_a_release_names_local_files_relative_to_their_folder(mixed_data_dir: Path, tmp_path: Path):
    data_dir = tmp_path / "data"
    shutil.copytree(mixed_data_dir, data_dir, symlinks=True)
    folder = export_release(data_dir, version="1")
    values = _strings_in_parquet(folder)
    assert "tests/fixtures/undated_statement.txt" in values
    assert "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt" in values
    assert not [v for v in values if v.startswith("/") or str(REPO) in v or str(tmp_path) in v]
    with tarfile.open(folder.with_name(folder.name + ".tar.gz")) as tar:
        for member in tar.getmembers():
            if member.isfile():
                data = tar.extractfile(member).read()  # type: ignore[union-attr]
                assert str(REPO).encode() not in data and str(tmp_path).encode() not in data, member.name


def test_the_warehouse_keeps_absolute_paths_and_stable_ids(mixed_data_dir: Path):
    with duckdb.connect(str(mixed_data_dir / "un_statements.duckdb"), read_only=True) as con:
        (sid,) = con.execute("SELECT statement_id FROM statements WHERE source_uri = ?", [str(UNDATED)]).fetchone()
    assert sid == statement_id_for(None, None, str(UNDATED))
