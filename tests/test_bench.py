"""`make bench` itself: a tiny corpus through the same code, so the benchmark cannot rot.
The figures are not judged here (they depend on the machine), only that each is measured."""

from __future__ import annotations

import pytest

from un_statements_etl.bench import build_corpus, run_bench


def test_corpus_statements_are_distinct_and_dated(tmp_path):
    build_corpus(5, tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.txt"))]
    assert len(set(texts)) == 5
    assert all("Statement by" in t and "https://www.ohchr.org/en/statements/" in t for t in texts)


@pytest.mark.heavy
def test_bench_reports_floor_pipeline_first_run_rerun_stages_and_memory(tmp_path):
    """The floor (2 spaCy processes), the CLI's run in a fresh process with its stages, the
    1-document run, the ratio between them, and the unchanged re-run, all in one run."""
    r = run_bench(8, 2, tmp_path, tries=1)
    assert r["words"] > 3000 and r["floor_s"] > 0 and r["first_run"]["cli_s"] > 0
    p = r["pipeline"]
    assert r["ratio"] == (p["wall_s"] - r["first_run"]["cli_s"]) / r["floor_s"]
    assert p["counts"]["statements"] == 8 and r["rerun"]["counts"]["skipped"] == 8
    assert {"read", "clean", "gate", "load", "parquet", "finish", "report"} <= set(p["stages_s"])
    assert {"parse", "entities", "claims", "dates"} <= set(p["transform_s"])
    assert p["peak_rss_mb"] > 100 and r["digests"]["statements"].startswith("8 rows ")
    # nothing new: the re-run validates nothing and loads nothing but its own log rows
    assert "gate" not in r["rerun"]["stages_s"] and r["rerun"]["counts"]["statements"] == 0
