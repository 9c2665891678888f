"""Parquet export from the committed warehouse, swapped into place atomically.

Each export is written to DATA_DIR/parquet-versions/<run_id>/ and `DATA_DIR/parquet` is a
symlink replaced with os.replace (an atomic rename), so a reader sees the old set or the
new set, never a half-written one. Whatever a run finds in the way (a real `parquet/`
folder, a `parquet-legacy/` already taken, the remains of an interrupted publish) is moved
aside before the warehouse is published (`stage_parquet_link`), so a run that publishes its
warehouse always makes its Parquet set current too. Each set carries its data dictionary (README.md and a
Frictionless datapackage.json) so the folder can be handed on as it is. Older versions beyond `keep` are removed.

The files hold no path of the machine that made them: local `source_uri`s are written relative
to the folder all local inputs share (see `_portable_uri`). The warehouse keeps the absolute
path, which is the arrival's identity there (statement_sources' key, and the statement_id of a
document with neither URL nor symbol), so re-runs and old warehouses keep their ids.
"""

from __future__ import annotations

import os
import posixpath
import shutil
from pathlib import Path

import duckdb

from ..dictionary import write_dictionary
from ..schema import UNDATED_YEAR, TableSpec, all_specs


def export_parquet(con: duckdb.DuckDBPyConnection, data_dir: Path, run_id: str) -> Path:
    """Write every table to parquet-versions/<run_id>/ (not yet visible as parquet/)."""
    versions = data_dir / "parquet-versions"
    if _occupied(versions) and not versions.is_dir():  # a stray file where the versions belong
        move_aside(versions, "parquet-versions-legacy")
    target = versions / run_id
    staging = versions / f".{run_id}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    root = local_root(con)
    for spec in all_specs():
        out = staging / spec.name
        order = ", ".join(spec.primary_key) if spec.primary_key else ", ".join(spec.column_names[:2])
        rows = _rows(spec, root)
        if spec.partition_by:
            con.execute(f"COPY ({rows} ORDER BY {order}) TO '{out}' "
                        f"(FORMAT parquet, COMPRESSION zstd, PARTITION_BY ({spec.partition_by}), "
                        "OVERWRITE_OR_IGNORE true)")
            if not any(out.rglob("*.parquet")):  # an empty table still gets a file that carries its schema
                out.mkdir(exist_ok=True)
                con.execute(f"COPY (SELECT * FROM {spec.name}) TO '{out / (spec.name + '.parquet')}' "
                            "(FORMAT parquet, COMPRESSION zstd)")
        else:
            out.mkdir()
            con.execute(f"COPY ({rows} ORDER BY {order}) TO '{out / (spec.name + '.parquet')}' "
                        "(FORMAT parquet, COMPRESSION zstd)")
    # the data dictionary travels with the files: README.md and a Frictionless datapackage.json
    write_dictionary(staging)
    os.replace(staging, target)
    return target


def _rows(spec: TableSpec, root: str | None) -> str:
    """SELECT of a table as published: portable source_uri, undated rows in the UNDATED_YEAR folder."""
    replace = []
    if spec.partition_by:
        replace.append(f"coalesce({spec.partition_by}, {UNDATED_YEAR}) AS {spec.partition_by}")
    if root and "source_uri" in spec.column_names:
        replace.append(f"{_portable_uri(root)} AS source_uri")
    columns = f"* REPLACE ({', '.join(replace)})" if replace else "*"
    return f"SELECT {columns} FROM {spec.name}"


def local_root(con: duckdb.DuckDBPyConnection) -> str | None:
    """The deepest folder holding every local file the warehouse names (None: no local files).

    One --input folder gives that folder; inputs from several places give the folder they share.
    """
    rows = con.execute("SELECT source_uri FROM statement_sources UNION SELECT source_uri FROM statements "
                       "UNION SELECT source_uri FROM quarantine").fetchall()
    paths = sorted({uri for (uri,) in rows if uri.startswith("/")})  # URLs and symbols stay as they are
    if not paths:
        return None
    root = posixpath.commonpath(paths)
    return posixpath.dirname(root) if root in paths else root  # one file: its folder


def _portable_uri(root: str) -> str:
    """SQL for source_uri relative to `root` (paths under it), unchanged otherwise (URLs)."""
    prefix = root.rstrip("/") + "/"
    literal = prefix.replace("'", "''")
    return (f"CASE WHEN starts_with(source_uri, '{literal}') "
            f"THEN substr(source_uri, {len(prefix) + 1}) ELSE source_uri END")


def stage_parquet_link(data_dir: Path, run_id: str) -> Path:
    """Make everything ready for `activate_parquet`, so that nothing is left to fail once the
    warehouse is published: a `.parquet.swap` link to this run's export, and whatever stands
    at `parquet/` that is not a link (a folder of an older layout, a file, the remains of an
    interrupted publish) moved aside under a free name, never deleted."""
    link = data_dir / "parquet"
    if _occupied(link) and not link.is_symlink():
        move_aside(link, "parquet-legacy")
    swap = data_dir / ".parquet.swap"
    if swap.is_symlink():
        swap.unlink()
    elif _occupied(swap):
        move_aside(swap, ".parquet.swap-legacy")
    swap.symlink_to(Path("parquet-versions") / run_id, target_is_directory=True)
    return swap


def activate_parquet(data_dir: Path, run_id: str, keep: int = 2) -> Path:
    """Point parquet/ at this run's export (atomic: a link renamed over a link) and prune old versions."""
    swap = data_dir / ".parquet.swap"
    if not (swap.is_symlink() and os.readlink(swap) == str(Path("parquet-versions") / run_id)):
        stage_parquet_link(data_dir, run_id)
    os.replace(swap, data_dir / "parquet")
    _prune(data_dir / "parquet-versions", keep=keep, current=run_id)
    return data_dir / "parquet"


def move_aside(path: Path, name: str) -> Path:
    """Rename `path` to `name` in its folder, or `name-2`, `name-3`... when that is taken."""
    target, n = path.with_name(name), 1
    while _occupied(target):
        n += 1
        target = path.with_name(f"{name}-{n}")
    path.rename(target)
    return target


def _occupied(path: Path) -> bool:
    return path.exists() or path.is_symlink()


def _prune(versions: Path, keep: int, current: str) -> None:
    old = sorted(p for p in versions.iterdir() if p.is_dir() and p.name != current)
    for path in old[: max(len(old) - keep, 0)]:
        shutil.rmtree(path, ignore_errors=True)
    for path in versions.glob(".*.tmp"):
        shutil.rmtree(path, ignore_errors=True)
