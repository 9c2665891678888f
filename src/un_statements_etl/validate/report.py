"""A condensed, self-contained HTML page of a validation run (no external assets)."""

from __future__ import annotations

import html
from pathlib import Path

from . import ValidationResult


def write_validation_report(result: ValidationResult, reports_dir: Path, run_id: str) -> Path:
    """Write reports/validation_<run_id>.html and refresh reports/validation_latest.html."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    page = _render(result, run_id)
    path = reports_dir / f"validation_{run_id}.html"
    path.write_text(page, encoding="utf-8")
    (reports_dir / "validation_latest.html").write_text(page, encoding="utf-8")
    return path


def _render(result: ValidationResult, run_id: str) -> str:
    verdict = "REFUSED" if result.refused else "PASSED"
    rows = "\n".join(
        f"<tr class={'ok' if o.success else 'bad'}><td>{o.check.level}</td><td>{html.escape(o.check.name)}</td>"
        f"<td>{'ok' if o.success else 'FAILED'}</td><td>{o.unexpected_count}</td>"
        f"<td>{html.escape(o.error or ', '.join(map(repr, o.examples)))}</td></tr>"
        for o in result.outcomes)
    rejected = "".join(f"<li><code>{html.escape(sid)}</code>: {html.escape('; '.join(why))}</li>"
                       for sid, why in result.rejected.items()) or "<li>none</li>"
    refusals = "".join(f"<li>{html.escape(r)}</li>" for r in result.refusals) or "<li>none</li>"
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Validation {html.escape(run_id)}: {verdict}</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:2px 6px}}tr.bad{{background:#fdd}}</style></head><body>
<h1>Validation of run {html.escape(run_id)}: {verdict}</h1>
<p>Great Expectations suites built from schemas/. Document-level failures quarantine the
statement; table-level failures refuse the whole batch (nothing is loaded).</p>
<h2>Batch refusals</h2><ul>{refusals}</ul>
<h2>Quarantined statements</h2><ul>{rejected}</ul>
<h2>All expectations</h2>
<table><tr><th>level</th><th>expectation</th><th>result</th><th>unexpected rows</th><th>examples</th></tr>
{rows}</table></body></html>
"""
