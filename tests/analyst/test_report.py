"""The run report: charts carry their marks, the page is self-contained and renders in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from un_statements_etl import charts
from un_statements_etl.reporting import report_markdown, write_run_report

CHART_IDS = ("statements-over-time", "top-entities", "claims-by-act")


def bar_marks(svg: str) -> int:
    """Number of bars drawn: <path> elements inside vega's rect-mark group."""
    group = re.search(r'<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)</g>', svg, re.S)
    return len(re.findall(r"<path\b[^>]*\bd=\"M[^\"]+\"", group.group(1))) if group else 0


@pytest.mark.parametrize(("chart", "bars"), [
    (charts.statements_over_time([("2022-04", 2), ("2022-05", 0), ("2022-06", 1)]), 3),
    (charts.top_entities([("China", "GPE", 1, 27), ("United Nations", "ORG", 1, 7)]), 2),
    (charts.claims_by_act([("call", "neutral", 3), ("call", "negative", 1), ("concern", "negative", 4)]), 3),
], ids=["timeline", "entities", "claims"])
def test_each_chart_svg_has_its_marks(chart, bars):
    svg = charts.to_svg(chart)
    assert svg.startswith("<svg") and 'class="mark-rect role-mark' in svg
    assert bar_marks(svg) == bars


@pytest.fixture(scope="module")
def report(sample_data_dir: Path) -> Path:
    return write_run_report(sample_data_dir)


def test_report_is_one_self_contained_page(report: Path, sample_data_dir: Path):
    assert report == sample_data_dir / "reports" / "index.html"
    page = report.read_text(encoding="utf-8")
    assert not re.search(r"<(img|script|link|iframe|object|embed)\b", page, re.I)
    assert not re.search(r"\b(src|srcset)=|url\(|@import", page, re.I)
    assert re.findall(r'href="([^"]*)"', page) == ["validation_latest.html"]  # the one link, a local file
    for chart_id in CHART_IDS:
        figure = re.search(rf'<figure id="{chart_id}" class="chart">(<svg.*?</svg>)</figure>', page, re.S)
        assert figure and bar_marks(figure.group(1)) > 0, chart_id


def test_report_shows_counts_validation_runs(report: Path):
    page = report.read_text(encoding="utf-8")
    assert "<td>statements</td><td>1</td>" in page and "<td>claims</td>" in page
    assert "PASSED" in page and "run_" in page and "No document is quarantined." in page


def test_report_of_an_empty_warehouse_says_so(empty_data_dir: Path):
    page = write_run_report(empty_data_dir).read_text(encoding="utf-8")
    assert "<svg" not in page and "No claims yet." in page and "No validation report found" in page


def test_markdown_digest(sample_data_dir: Path):
    text = report_markdown(sample_data_dir)
    assert text.startswith("# un-statements warehouse")
    assert "| statements | 1 |" in text and "**Top entities:** China" in text and "PASSED" in text


# --- headless Chromium ----------------------------------------------------------------------------

# Appended to a copy of the page: after load, write what the browser fetched and rendered into the DOM.
PROBE = """<script>
window.addEventListener("load", function () {
  var out = {
    resources: performance.getEntriesByType("resource").map(function (e) { return e.name; }),
    fetchers: document.querySelectorAll("img,script[src],link[href],iframe,object,embed,video,audio,source").length,
    charts: Array.prototype.map.call(document.querySelectorAll("figure.chart > svg"), function (s) {
      var r = s.getBoundingClientRect();
      return [s.parentNode.id, Math.round(r.width), Math.round(r.height), s.querySelectorAll("g.role-mark path").length];
    })
  };
  var pre = document.createElement("pre"); pre.id = "probe"; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


def _chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def test_page_renders_in_headless_chromium(report: Path, tmp_path: Path):
    binary = _chromium()
    if binary is None:
        pytest.skip("no chromium binary on PATH (.ci/run installs Debian's `chromium`)")
    probed = tmp_path / "index.html"
    probed.write_text(report.read_text(encoding="utf-8") + PROBE, encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom"]
    done = subprocess.run([binary, *flags, probed.as_uri()], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    probe = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert probe, "the page did not finish loading"
    result = json.loads(probe.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert result["resources"] == [] and result["fetchers"] == 0  # nothing to load, so nothing failed to
    rendered = {chart_id: (w, h, marks) for chart_id, w, h, marks in result["charts"]}
    assert set(rendered) == set(CHART_IDS)
    assert all(w > 100 and h > 100 and marks > 0 for w, h, marks in rendered.values()), rendered
