"""`un-statements report`: a self-contained HTML page about the warehouse (no external assets)."""

from __future__ import annotations

import html
from pathlib import Path

from .errors import ConfigError
from .load import open_warehouse
from .schema import TABLE_ORDER


def write_run_report(data_dir: Path) -> Path:
    db = data_dir / "un_statements.duckdb"
    if not db.exists():
        raise ConfigError(f"no warehouse at {db}: run `un-statements run` first")
    with open_warehouse(db, read_only=True) as con:
        counts = [(t, con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLE_ORDER]  # type: ignore[index]
        runs = con.execute("SELECT run_id, started_at, finished_at, source, outcome, counts FROM runs "
                           "ORDER BY started_at DESC LIMIT 10").fetchall()
        quarantine = con.execute("SELECT source_uri, reason, detail, seen_at FROM quarantine_current "
                                 "ORDER BY seen_at DESC").fetchall()
    path = data_dir / "reports" / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_page(counts, runs, quarantine), encoding="utf-8")
    return path


def _rows(rows: list[tuple]) -> str:
    return "\n".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)


def _page(counts: list[tuple], runs: list[tuple], quarantine: list[tuple]) -> str:
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>un-statements report</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em}}table{{border-collapse:collapse;margin-bottom:1.5em}}
td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}</style></head><body>
<h1>un-statements warehouse</h1>
<h2>Rows per table</h2><table><tr><th>table</th><th>rows</th></tr>{_rows(counts)}</table>
<h2>Latest runs</h2><table><tr><th>run</th><th>started</th><th>finished</th><th>source</th><th>outcome</th>
<th>counts</th></tr>{_rows(runs)}</table>
<p>Validation report of the latest run: <a href="validation_latest.html">validation_latest.html</a></p>
<h2>Quarantined documents (current)</h2><table><tr><th>document</th><th>reason</th><th>detail</th><th>seen</th></tr>
{_rows(quarantine)}</table></body></html>
"""
