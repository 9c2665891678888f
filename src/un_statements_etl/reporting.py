"""`un-statements report`: one self-contained HTML page about the warehouse, and its markdown digest.

The page is what people look at first and what they forward, often as a file: so it has
no external assets and needs no JavaScript (charts are inline SVG rendered offline by
`charts`), and it answers "what is in here and is it healthy?" at a glance: rows per
table, statements over time, top entities, claims by act and stance, the validation
verdict, recent runs and what is quarantined. `report_markdown` gives the same digest for
the Prefect artifact. The warehouse is opened read-only, so a report never blocks a run.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from . import charts
from .errors import ConfigError
from .load import open_warehouse
from .schema import TABLE_ORDER

TOP_ENTITIES = 15


@dataclass(frozen=True)
class ReportData:
    """Everything the page shows, read in one short read-only connection."""

    counts: list[tuple[str, int]]
    published: list[tuple[date, int]]  # (month, statements), withdrawn statements excluded
    undated: int  # statements without a publication date
    entities: list[tuple[str, str, int, int]]  # name, label, statements, mentions
    claims: list[tuple[str, str, int]]  # predicate, stance, claims
    runs: list[tuple[Any, ...]]  # run_id, started_at, finished_at, source, outcome, counts
    quarantine: list[tuple[Any, ...]]  # source_uri, reason, detail, seen_at
    validation: tuple[str, str, int] | None  # run_id, verdict, failed expectations


def write_run_report(data_dir: Path) -> Path:
    """Write DATA_DIR/reports/index.html and return its path."""
    data = gather(data_dir)
    path = data_dir / "reports" / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(".index.html.tmp")
    tmp.write_text(render_html(data), encoding="utf-8")
    tmp.replace(path)  # a reader (or a browser reload) never sees half a page
    return path


def report_markdown(data_dir: Path) -> str:
    """A short markdown digest of the warehouse (for the Prefect artifact of each run)."""
    d = gather(data_dir)
    latest = d.runs[0] if d.runs else None
    lines = ["# un-statements warehouse", ""]
    if latest:
        lines.append(f"Latest run `{latest[0]}`: {latest[4]} (started {latest[1]:%Y-%m-%d %H:%M} UTC).")
    if d.validation:
        lines.append(f"Validation of `{d.validation[0]}`: **{d.validation[1]}** "
                     f"({d.validation[2]} expectations failed).")
    lines += ["", "| table | rows |", "|---|---:|", *[f"| {t} | {n:,} |" for t, n in d.counts], ""]
    if d.entities:
        lines.append("**Top entities:** " + ", ".join(f"{n} ({m})" for n, _, _, m in d.entities[:8]) + ".")
    stances = _stance_totals(d.claims)
    if stances:
        lines.append("**Claims by stance:** " + ", ".join(f"{s} {n}" for s, n in stances.items()) + ".")
    lines.append(f"**Quarantined documents (current):** {len(d.quarantine)}.")
    lines += ["", f"Full report: `{data_dir / 'reports' / 'index.html'}`"]
    return "\n".join(lines) + "\n"


# --- reading ---------------------------------------------------------------------------------------

def gather(data_dir: Path) -> ReportData:
    db = data_dir / "un_statements.duckdb"
    if not db.exists():
        raise ConfigError(f"no warehouse at {db}: run `un-statements run --data-dir {data_dir}` first")
    with open_warehouse(db, read_only=True) as con:
        return ReportData(
            counts=[(t, _scalar(con, f"SELECT count(*) FROM {t}")) for t in TABLE_ORDER],
            published=_rows(con, "SELECT date_trunc('month', published_on)::DATE AS month, count(*) "
                                 "FROM statements WHERE published_on IS NOT NULL AND withdrawn_at IS NULL "
                                 "GROUP BY month ORDER BY month"),
            undated=_scalar(con, "SELECT count(*) FROM statements WHERE published_on IS NULL"),
            entities=_rows(con, f"""
                SELECT mode(coalesce(c.canonical_name, e.canonical_name, e.text)) AS name,
                       mode(coalesce(c.label, e.label)), count(DISTINCT e.statement_id) AS statements,
                       count(*) AS mentions
                FROM entities e LEFT JOIN entity_catalog c USING (canonical_id)
                GROUP BY coalesce(e.canonical_id, e.label || ':' || e.text)
                ORDER BY mentions DESC, statements DESC, name LIMIT {TOP_ENTITIES}"""),
            claims=_rows(con, "SELECT predicate, stance, count(*) FROM claims GROUP BY ALL ORDER BY ALL"),
            runs=_rows(con, "SELECT run_id, started_at, finished_at, source, outcome, counts FROM runs "
                            "ORDER BY started_at DESC LIMIT 10"),
            quarantine=_rows(con, "SELECT source_uri, reason, detail, seen_at FROM quarantine_current "
                                  "ORDER BY seen_at DESC, source_uri"),
            validation=_validation(data_dir / "reports" / "validation_latest.html"))


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    return con.execute(sql).fetchall()


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(con.execute(sql).fetchall()[0][0])


def _validation(page: Path) -> tuple[str, str, int] | None:
    """(run_id, verdict, failed expectations) from the validation page the pipeline writes each run."""
    if not page.exists():
        return None
    text = page.read_text(encoding="utf-8", errors="replace")
    title = re.search(r"<title>Validation (\S+): (\w+)</title>", text)
    if not title:
        return None
    return html.unescape(title.group(1)), title.group(2), len(re.findall(r"<tr class=bad>", text))


def fill_months(rows: list[tuple[date, int]]) -> list[tuple[str, int]]:
    """Per-month counts with the empty months in between, so gaps in publication show.

    >>> fill_months([(date(2022, 11, 1), 2), (date(2023, 1, 1), 1)])
    [('2022-11', 2), ('2022-12', 0), ('2023-01', 1)]
    """
    if not rows:
        return []
    counts = {(d.year, d.month): n for d, n in rows}
    (year, month), end = min(counts), max(counts)
    out = []
    while (year, month) <= end:
        out.append((f"{year:04d}-{month:02d}", counts.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def by_year(months: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Fold month labels into years (used when months would make too many bars).

    >>> by_year([('2021-12', 1), ('2022-01', 2), ('2022-05', 1)])
    [('2021', 1), ('2022', 3)]
    """
    totals: dict[str, int] = {}
    for label, n in months:
        totals[label[:4]] = totals.get(label[:4], 0) + n
    return list(totals.items())


def _stance_totals(claims: list[tuple[str, str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for _, stance, n in claims:
        totals[stance] = totals.get(stance, 0) + n
    return dict(sorted(totals.items(), key=lambda kv: -kv[1]))


# --- rendering -------------------------------------------------------------------------------------

def chart_svgs(data: ReportData) -> dict[str, str]:
    """id -> inline SVG of each chart that has data (an empty chart says nothing, text does)."""
    out: dict[str, str] = {}
    months = fill_months(data.published)
    if months:
        unit = "year" if len(months) > 36 else "month"
        out["statements-over-time"] = charts.to_svg(
            charts.statements_over_time(by_year(months) if unit == "year" else months, unit))
    if data.entities:
        out["top-entities"] = charts.to_svg(charts.top_entities(data.entities))
    if data.claims:
        out["claims-by-act"] = charts.to_svg(charts.claims_by_act(data.claims))
    return out


def render_html(data: ReportData) -> str:
    svgs = chart_svgs(data)
    return _PAGE.format(
        style=_STYLE, headline=html.escape(_headline(data)),
        counts=_table(["table", "rows"], [(t, f"{n:,}") for t, n in data.counts]),
        timeline=_figure(svgs, "statements-over-time", "No dated statements yet.")
        + (f"<p class=note>{data.undated} statement(s) have no publication date.</p>" if data.undated else ""),
        entities=_figure(svgs, "top-entities", "No entity mentions yet."),
        claims=_figure(svgs, "claims-by-act", "No claims yet."),
        validation=_validation_html(data.validation),
        runs=_table(["run", "started (UTC)", "finished", "source", "outcome", "rows written"],
                    [(r[0], _ts(r[1]), _ts(r[2]), r[3], r[4], _counts_text(r[5])) for r in data.runs]),
        quarantine=_table(["document", "reason", "detail", "seen (UTC)"],
                          [(q[0], q[1], q[2], _ts(q[3])) for q in data.quarantine]) if data.quarantine
        else "<p>No document is quarantined.</p>")


def _headline(data: ReportData) -> str:
    counts = dict(data.counts)
    months = [m for m, _ in data.published]
    span = f" (published {months[0]:%B %Y} to {months[-1]:%B %Y})" if months else ""
    return (f"Statements: {counts.get('statements', 0):,}{span} · entity mentions: {counts.get('entities', 0):,} · "
            f"dates: {counts.get('dates', 0):,} · claims: {counts.get('claims', 0):,}")


def _figure(svgs: dict[str, str], key: str, empty: str) -> str:
    if key not in svgs:
        return f"<p class=empty>{html.escape(empty)}</p>"
    return f'<figure id="{key}" class="chart">{svgs[key]}</figure>'


def _validation_html(validation: tuple[str, str, int] | None) -> str:
    link = '<a href="validation_latest.html">validation_latest.html</a>'
    if validation is None:
        return f"<p>No validation report found ({link} is written by each run).</p>"
    run_id, verdict, failed = validation
    css = "ok" if verdict == "PASSED" else "bad"
    return (f'<p>Latest run <code>{html.escape(run_id)}</code>: <strong class={css}>{html.escape(verdict)}</strong>, '
            f"{failed} expectation(s) failed. Every expectation and its examples: {link}.</p>")


def _counts_text(raw: str | None) -> str:
    try:
        counts = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return raw or ""
    keys = ("documents", "statements", "entities", "dates", "claims", "skipped", "quarantined")
    return ", ".join(f"{k} {counts[k]}" for k in keys if k in counts)


def _ts(value: Any) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M:%S}"


def _table(header: list[str], rows: list[tuple[Any, ...]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "\n".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>\n{body}</table>"


_STYLE = """body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;padding:0 1em;color:#222}
h1{margin-bottom:.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0 1em}
td,th{border:1px solid #ccc;padding:2px 8px;vertical-align:top;text-align:left}
figure.chart{margin:.5em 0}figure.chart svg{max-width:100%;height:auto}
.empty,.note{color:#666;font-style:italic}.ok{color:#1b7e33}.bad{color:#b00020}
.grid{display:flex;flex-wrap:wrap;gap:2em}"""

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>un-statements report</title>
<style>{style}</style></head>
<body>
<h1>un-statements warehouse</h1>
<p>{headline}</p>
<h2>Rows per table</h2>
{counts}
<h2>Statements over time</h2>
{timeline}
<div class=grid>
<section><h2>Top entities</h2>
{entities}</section>
<section><h2>Claims by act and stance</h2>
{claims}</section>
</div>
<h2>Validation</h2>
{validation}
<h2>Latest runs</h2>
{runs}
<h2>Quarantined documents (current)</h2>
{quarantine}
</body></html>
"""
