"""Parquet export from the committed warehouse, swapped into place atomically.

Each export is written to DATA_DIR/parquet-versions/<run_id>/ and `DATA_DIR/parquet` is a
symlink replaced with os.replace (an atomic rename), so a reader sees the old set or the
new set, never a half-written one. Each set carries its data dictionary (README.md and a
Frictionless datapackage.json) so the folder can be handed on as it is. Older versions beyond `keep` are removed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from ..dictionary import write_dictionary
from ..schema import UNDATED_YEAR, TableSpec, all_specs


def export_parquet(con: duckdb.DuckDBPyConnection, data_dir: Path, run_id: str) -> Path:
    """Write every table to parquet-versions/<run_id>/ (not yet visible as parquet/)."""
    versions = data_dir / "parquet-versions"
    target = versions / run_id
    staging = versions / f".{run_id}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for spec in all_specs():
        out = staging / spec.name
        order = ", ".join(spec.primary_key) if spec.primary_key else ", ".join(spec.column_names[:2])
        if spec.partition_by:
            con.execute(f"COPY ({_partitioned_rows(spec)} ORDER BY {order}) TO '{out}' "
                        f"(FORMAT parquet, COMPRESSION zstd, PARTITION_BY ({spec.partition_by}), "
                        "OVERWRITE_OR_IGNORE true)")
            if not any(out.rglob("*.parquet")):  # an empty table still gets a file that carries its schema
                out.mkdir(exist_ok=True)
                con.execute(f"COPY (SELECT * FROM {spec.name}) TO '{out / (spec.name + '.parquet')}' "
                            "(FORMAT parquet, COMPRESSION zstd)")
        else:
            out.mkdir()
            con.execute(f"COPY (SELECT * FROM {spec.name} ORDER BY {order}) TO '{out / (spec.name + '.parquet')}' "
                        "(FORMAT parquet, COMPRESSION zstd)")
    # the data dictionary travels with the files: README.md and a Frictionless datapackage.json
    write_dictionary(staging)
    os.replace(staging, target)
    return target


def _partitioned_rows(spec: TableSpec) -> str:
    """SELECT of a partitioned table with undated rows moved to the UNDATED_YEAR folder."""
    key = spec.partition_by
    return f"SELECT * REPLACE (coalesce({key}, {UNDATED_YEAR}) AS {key}) FROM {spec.name}"


def activate_parquet(data_dir: Path, run_id: str, keep: int = 2) -> Path:
    """Point parquet/ at this run's export (atomic) and prune old versions."""
    _swap_link(data_dir / "parquet", Path("parquet-versions") / run_id)
    _prune(data_dir / "parquet-versions", keep=keep, current=run_id)
    return data_dir / "parquet"


def _swap_link(link: Path, target: Path) -> None:
    if link.exists() and not link.is_symlink():
        # a real folder from an older layout: move it aside once
        link.rename(link.with_name("parquet-legacy"))
    tmp = link.with_name(".parquet.swap")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target, target_is_directory=True)
    os.replace(tmp, link)


def _prune(versions: Path, keep: int, current: str) -> None:
    old = sorted(p for p in versions.iterdir() if p.is_dir() and p.name != current)
    for path in old[: max(len(old) - keep, 0)]:
        shutil.rmtree(path, ignore_errors=True)
    for path in versions.glob(".*.tmp"):
        shutil.rmtree(path, ignore_errors=True)
