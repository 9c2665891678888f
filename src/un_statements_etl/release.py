"""Citable releases: a dated, versioned bundle of the current Parquet export.

Analysts need a fixed thing to cite and to share, and need to know what changed since the
one they used last. `export_release` copies the Parquet set that `parquet/` points at,
adds the data dictionary (README.md, datapackage.json) and a CHANGELOG.md, then packs the
folder as a .tar.gz. Each release leaves a small manifest in DATA_DIR/releases/ holding
statement_id -> content_hash: the next release diffs against it (added, updated, withdrawn),
so the history survives even when old bundles are deleted or moved elsewhere (`out_dir`).

Everything is read from the Parquet files being released, not from the warehouse, so the
changelog describes exactly the bundle's content even while a new run is writing.
"""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from .dictionary import resource_glob, write_dictionary
from .errors import ConfigError
from .schema import all_specs

MANIFEST_DIR = "releases"


@dataclass
class Manifest:
    """What a release held: enough to diff the next release against it."""

    version: str
    name: str
    released_on: str
    created_at: str
    run_id: str
    statements: dict[str, str]  # published statement_id -> content_hash
    withdrawn: list[str]  # statement ids present with withdrawn_at set
    extractor_versions: dict[str, str]
    counts: dict[str, int]  # rows per table
    runs: list[str] = field(default_factory=list)  # run ids whose data the release contains
    titles: dict[str, str] = field(default_factory=dict)  # statement_id -> "date · title", for changelogs


def export_release(data_dir: Path, out_dir: Path | None = None, version: str | None = None) -> Path:
    """Write DATA_DIR/releases/un-statements-<date>-v<version>/ (+ .tar.gz) and remember it; return the folder.

    `out_dir` puts the bundle elsewhere (the manifest stays in DATA_DIR/releases/);
    `version` defaults to one more than the number of earlier releases.
    """
    source = _current_export(data_dir)
    manifests = data_dir / MANIFEST_DIR
    previous = load_manifests(manifests)
    version = (version or str(len(previous) + 1)).removeprefix("v")
    if any(m.version == version for m in previous):
        raise ConfigError(f"release v{version} exists already (see {manifests}); pass another --version")
    today = date.today()
    manifest = _snapshot(source, version, f"un-statements-{today.isoformat()}-v{version}", today)
    target = (out_dir or manifests) / manifest.name
    if target.exists():
        raise ConfigError(f"{target} exists already; remove it or pass another --version")
    _build_bundle(source, target, manifest, previous[-1] if previous else None)
    _archive(target)
    _write_json(manifests / f"{manifest.name}.json", asdict(manifest))  # last: a failed export is not remembered
    return target


def load_manifests(folder: Path) -> list[Manifest]:
    """Earlier releases, oldest first."""
    found = [Manifest(**json.loads(p.read_text(encoding="utf-8"))) for p in folder.glob("*.json")]
    return sorted(found, key=lambda m: m.created_at)


def _current_export(data_dir: Path) -> Path:
    """The Parquet version `parquet/` points at, resolved once so a concurrent swap cannot mix two sets."""
    link = data_dir / "parquet"
    if not link.exists():
        raise ConfigError(f"no Parquet export at {link}: run `un-statements run --data-dir {data_dir}` first")
    return link.resolve()


def _build_bundle(source: Path, target: Path, manifest: Manifest, previous: Manifest | None) -> None:
    """Assemble in a hidden sibling folder, then rename: a bundle is complete or absent."""
    staging = target.with_name(f".{target.name}.tmp")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(source, staging)
    write_dictionary(staging)
    (staging / "CHANGELOG.md").write_text(changelog(manifest, previous), encoding="utf-8")
    public = {k: v for k, v in asdict(manifest).items() if k != "titles"}
    _write_json(staging / "release.json", public)
    os.replace(staging, target)


def _archive(folder: Path) -> Path:
    archive = folder.with_name(folder.name + ".tar.gz")
    tmp = archive.with_name(f".{archive.name}.tmp")
    with tarfile.open(tmp, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    os.replace(tmp, archive)
    return archive


def _write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(payload, indent=1, sort_keys=True, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# --- reading the export --------------------------------------------------------------------------------

def _snapshot(source: Path, version: str, name: str, today: date) -> Manifest:
    """Statements, versions and counts of the Parquet set being released."""
    statements = _query(source, "statements", "SELECT statement_id, content_hash, withdrawn_at IS NOT NULL, "
                        "coalesce(CAST(published_on AS VARCHAR), 'undated') || ' · ' || coalesce(title, source_uri) "
                        "FROM {table} ORDER BY statement_id")
    runs = _query(source, "runs", "SELECT run_id, extractor_versions, outcome FROM {table} ORDER BY started_at")
    latest = next((r for r in reversed(runs) if r[2] == "succeeded" and r[1]), None)
    return Manifest(
        version=version, name=name, released_on=today.isoformat(),
        created_at=datetime.now(UTC).isoformat(timespec="microseconds"), run_id=source.name,
        statements={sid: h for sid, h, gone, _ in statements if not gone},
        withdrawn=[sid for sid, _, gone, _ in statements if gone],
        extractor_versions=json.loads(latest[1]) if latest else {},
        counts=_row_counts(source), runs=[r[0] for r in runs],
        titles={sid: title for sid, _, _, title in statements})


def _files(source: Path, table: str) -> list[str]:
    spec = next(s for s in all_specs() if s.name == table)
    return sorted(str(p) for p in source.glob(resource_glob(spec)))


def _query(source: Path, table: str, sql: str) -> list[tuple[Any, ...]]:
    """Run `sql` on one table's files (none -> no rows: an empty table may have no file)."""
    files = _files(source, table)
    if not files:
        return []
    relation = f"read_parquet({files!r}, hive_partitioning = true, union_by_name = true)"
    with duckdb.connect(":memory:") as con:
        return con.execute(sql.format(table=relation)).fetchall()


def _row_counts(source: Path) -> dict[str, int]:
    return {spec.name: sum(pq.ParquetFile(f).metadata.num_rows for f in _files(source, spec.name))
            for spec in all_specs()}


# --- changelog --------------------------------------------------------------------------------------

def changelog(current: Manifest, previous: Manifest | None) -> str:
    """CHANGELOG.md: what a reader of the previous release needs to know about this one."""
    head = [f"# un-statements v{current.version} ({current.released_on})", "",
            f"Built from pipeline run `{current.run_id}`: {len(current.statements)} published statements"
            f"{f', {len(current.withdrawn)} withdrawn' if current.withdrawn else ''}.", ""]
    if previous is None:
        return "\n".join([*head, "First release: every statement is new.", "",
                          *_versions_section(current, None), *_counts_section(current, None)])
    added, updated, withdrawn = diff(previous, current)
    head += [f"Since v{previous.version} ({previous.released_on}): {len(added)} added, {len(updated)} updated, "
             f"{len(withdrawn)} withdrawn.", ""]
    titles = {**previous.titles, **current.titles}
    body = (_list_section("Added", added, titles)
            + _list_section("Updated (text changed: new content_hash)", updated, titles)
            + _list_section("Withdrawn (withdrawn_at set, or no longer published)", withdrawn, titles))
    new_runs = [r for r in current.runs if r not in set(previous.runs)]
    runs = ["## Runs since the previous release", "", *([f"- `{r}`" for r in new_runs] or ["- none"]), ""]
    return "\n".join([*head, *body, *_versions_section(current, previous), *runs,
                      *_counts_section(current, previous)])


def diff(previous: Manifest, current: Manifest) -> tuple[list[str], list[str], list[str]]:
    """(added, updated, withdrawn) statement ids between two releases, each sorted."""
    before, now = previous.statements, current.statements
    added = sorted(sid for sid in now if sid not in before)
    updated = sorted(sid for sid in now if sid in before and now[sid] != before[sid])
    withdrawn = sorted(sid for sid in before if sid not in now)
    return added, updated, withdrawn


def _list_section(title: str, ids: list[str], titles: dict[str, str], limit: int = 200) -> list[str]:
    lines = [f"## {title}: {len(ids)}", ""]
    lines += [f"- {titles.get(sid, '')} (`{sid}`)" for sid in ids[:limit]]
    if len(ids) > limit:
        lines.append(f"- ... and {len(ids) - limit} more (all ids: release.json of both releases)")
    return [*lines, ""] if ids else lines


def _versions_section(current: Manifest, previous: Manifest | None) -> list[str]:
    before = previous.extractor_versions if previous else {}
    rows = [f"| {name} | {value} | {before.get(name, '—') if previous else '—'}"
            f"{' (changed)' if previous and before.get(name) != value else ''} |"
            for name, value in sorted(current.extractor_versions.items())]
    return ["## Extractor versions", "", "| extractor | this release | previous |", "|---|---|---|", *rows, ""]


def _counts_section(current: Manifest, previous: Manifest | None) -> list[str]:
    before = previous.counts if previous else {}
    rows = [f"| {t} | {n} | {before.get(t, '—')} |" for t, n in current.counts.items()]
    return ["## Rows per table", "", "| table | rows | previous release |", "|---|---|---|", *rows, ""]
