"""`make bench`: throughput of the whole pipeline against the floor of a plain spaCy parse.

Builds a corpus of N statements by recombining paragraphs and metadata of the project's
own sample and synthetic statements (tests/), then measures in one process:

* start-up: imports and model load, reported apart;
* floor: plain `nlp.pipe` with the same model and n_process over the same cleaned texts;
* pipeline: files -> DuckDB through `run_pipeline` (plain executor), with the time of each
  stage and, inside the transform, of the parse and each extractor;
* a second run over the unchanged corpus (incremental: nothing to re-process);
* peak RSS of the process tree (ru_maxrss of self and waited-for children).

And, each in a fresh subprocess, the first-run cost: a bare `spacy.load` + parse of the
bundled sample against `un-statements run` on the same document into a fresh data dir
(no Prefect API: the ad hoc run), median of a few alternating tries; issue #16 asks for a
ratio of at most 4.

Not a test: figures depend on the machine. `python -m un_statements_etl.bench --n 1000`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SPEAKERS = [("Michelle Bachelet", "UN High Commissioner for Human Rights"),
            ("Volker Türk", "UN High Commissioner for Human Rights"),
            ("António Guterres", "Secretary-General"),
            ("Ravina Shamdasani", "spokesperson for the UN High Commissioner for Human Rights")]


SAMPLE = REPO / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
BARE_PARSE = "import spacy, sys; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"


def _timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def _cli() -> list[str]:
    script = Path(sys.executable).parent / "un-statements"
    return [str(script)] if script.exists() else [sys.executable, "-m", "un_statements_etl.cli"]


def first_run_bench(workdir: Path, model: str, tries: int = 3) -> dict[str, float]:
    """Median wall time of a bare spaCy load + parse of the sample and of a CLI run over it
    into a fresh data dir, each in a new process, alternating (the machine's load drifts).
    The CLI runs with no Prefect API (a fresh PREFECT_HOME, PREFECT_API_URL removed)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(workdir / "prefect-home"), UNS_NO_PROGRESS="1")
    bare, cli = [], []
    for i in range(tries):
        bare.append(_timed([sys.executable, "-c", BARE_PARSE, model, str(SAMPLE)]))
        cli.append(_timed([*_cli(), "run", "--input", str(SAMPLE), "--data-dir", str(workdir / f"first-{i}")], env))
    return {"bare_s": statistics.median(bare), "cli_s": statistics.median(cli),
            "ratio": statistics.median(cli) / statistics.median(bare), "tries": tries}


def _print_first_run(r: dict[str, float]) -> None:
    print(f"1-document run (median of {r['tries']}): bare spaCy load + parse {r['bare_s']:.2f} s, "
          f"`un-statements run` {r['cli_s']:.2f} s, ratio {r['ratio']:.2f}")


def _paragraphs() -> list[str]:
    """Body paragraphs of the bundled sample and the project's synthetic statements."""
    from .clean import parse_document

    texts = [p.read_text(encoding="utf-8") for p in (REPO / "src/un_statements_etl/data/samples").glob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in (REPO / "tests/clean/golden").glob("*.txt")]
    for path in (REPO / "tests/extract").glob("*/gold/*.json"):
        body = json.loads(path.read_text(encoding="utf-8")).get("body")
        texts.append("\n\n".join(body) if isinstance(body, list) else str(body or ""))
    paragraphs = []
    for text in texts:
        body = parse_document(text).body
        paragraphs += [p.strip() for p in body.split("\n\n") if len(p.split()) >= 12]
    return paragraphs


def build_corpus(n: int, folder: Path, seed: int = 7) -> None:
    """Write n dossier-form statements of 8-30 recombined paragraphs each."""
    rng = random.Random(seed)
    paragraphs = _paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        speaker, role = rng.choice(SPEAKERS)
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        body = "\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(8, 30)))
        url = f"https://www.ohchr.org/en/statements/{day:%Y/%m}/bench-statement-{i:06d}"
        text = (f"STATEMENT\n\nStatement by {role} {speaker} number {i}\n\n{speaker}\n\n{day:%d %B %Y}\n\n"
                f"<{url}>\n\nLOCATION: **Geneva**\n\n{body}\n")
        (folder / f"bench_{i:06d}.txt").write_text(text, encoding="utf-8")


class TimingExecutor:
    """Plain executor that records the wall time of each stage, and the peak RSS of the
    process tree while each stage runs (sampled by a thread: it shows where memory goes)."""

    def __init__(self, sample_every: float = 0.2) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.peak_mb: dict[str, float] = defaultdict(float)
        self.stage = "other"
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, args=(sample_every,), daemon=True)
        self._sampler.start()

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        started = time.perf_counter()
        outer, self.stage = self.stage, fn.__name__.strip("_")
        try:
            return fn(*args)
        finally:
            self.seconds[self.stage] += time.perf_counter() - started
            self.stage = outer

    def close(self) -> None:
        self._stop.set()
        self._sampler.join()

    def _sample(self, every: float) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(every):
            try:
                rss = me.memory_info().rss + sum(c.memory_info().rss for c in me.children(recursive=True))
            except psutil.Error:  # a child ended between listing and reading
                continue
            stage = self.stage
            self.peak_mb[stage] = max(self.peak_mb[stage], rss / 2**20)

    def stream(self, fn: Callable[..., Any], items: Iterable[Any], *common: Any) -> Iterator[Any]:
        for item in items:
            yield self.call(fn, item, *common)


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def _floor(texts: list[str], model: str, n_process: int) -> float:
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=16):
        pass
    return time.perf_counter() - started


def run_bench(n: int, n_process: int, workdir: Path, floor_and_rerun: bool = True) -> dict[str, Any]:
    t0 = time.perf_counter()
    from .nlp import load_pipeline
    from .pipeline import Executor, prepare_documents, run_pipeline
    from .settings import load_settings
    from .sources.local import iter_local_documents
    from .validate.runner import _context

    # the run's own batch size: the pipeline streams batches, the floor parses in one nlp.pipe
    settings = load_settings(data_dir=workdir / "data", inputs=(workdir / "corpus",), nlp_processes=n_process)
    load_pipeline(settings.spacy_model)
    _context()  # Great Expectations' import and context: start-up, not per-batch work
    startup = time.perf_counter() - t0
    build_corpus(n, workdir / "corpus")
    statements, _ = prepare_documents([d for d in iter_local_documents(settings.inputs)  # type: ignore[misc]
                                       if not isinstance(d, Exception)], settings.max_document_bytes)
    texts = [s.text for s in statements]
    words = sum(len(t.split()) for t in texts)
    del statements
    # --memory-only skips the floor (its own model copy would blur the pipeline's peak RSS) and the re-run
    floor = _floor(texts, settings.spacy_model, n_process) if floor_and_rerun else float("nan")
    del texts  # the benchmark's own copy must not count in the pipeline's peak RSS
    timing = TimingExecutor()
    started = time.perf_counter()
    try:
        summary = run_pipeline(settings, timing)  # type: ignore[arg-type]
    finally:
        timing.close()
    first = time.perf_counter() - started
    started = time.perf_counter()
    again = run_pipeline(settings, Executor()) if floor_and_rerun else summary
    rerun = time.perf_counter() - started if floor_and_rerun else float("nan")
    return {"statements": n, "words": words, "n_process": n_process, "startup_s": startup,
            "floor_s": floor, "pipeline_s": first, "ratio": first / floor, "rerun_s": rerun,
            "rerun_share": rerun / first, "stages_s": dict(timing.seconds), "counts": summary.counts,
            "transform_s": summary.transform_seconds,
            "rerun_skipped": again.counts.get("skipped"), "peak_rss_mb": _peak_rss_mb(),
            "stage_peak_rss_mb": dict(timing.peak_mb)}


def _print(r: dict[str, Any]) -> None:
    n, w = r["statements"], r["words"]
    print(f"corpus: {n} statements, {w:,} words; n_process={r['n_process']}")
    print(f"start-up (imports, model, GX context): {r['startup_s']:.1f} s")
    measured_floor = r["floor_s"] == r["floor_s"]  # NaN with --memory-only
    if measured_floor:
        print(f"floor  nlp.pipe : {r['floor_s']:7.1f} s  {n / r['floor_s']:7.1f} statements/s  "
              f"{w / r['floor_s']:9,.0f} words/s")
    print(f"pipeline files->DuckDB: {r['pipeline_s']:7.1f} s  {n / r['pipeline_s']:7.1f} statements/s  "
          f"{w / r['pipeline_s']:9,.0f} words/s")
    if measured_floor:
        print(f"ratio pipeline/floor: {r['ratio']:.2f}")
    for stage, seconds in sorted(r["stages_s"].items(), key=lambda kv: -kv[1]):
        peak = r["stage_peak_rss_mb"].get(stage)
        rss = f"  peak RSS {peak:5.0f} MB" if peak else ""
        print(f"  stage {stage:18s} {seconds:7.1f} s  {seconds / r['pipeline_s']:6.1%}{rss}")
    for stage, seconds in r["transform_s"].items():
        share = f"{seconds / r['floor_s']:6.1%} of the floor" if measured_floor else ""
        print(f"    transform: {stage:12s} {seconds:7.1f} s  {share}")
    if measured_floor:
        print(f"re-run over the unchanged corpus: {r['rerun_s']:.1f} s ({r['rerun_share']:.1%} of the first run), "
              f"{r['rerun_skipped']} skipped")
    print(f"peak RSS (process tree): {r['peak_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the pipeline against plain nlp.pipe.")
    ap.add_argument("--n", type=int, default=1000, help="statements in the corpus (10000 for the big run)")
    ap.add_argument("--n-process", type=int, default=1, help="spaCy processes, for the floor and the pipeline")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--memory-only", action="store_true",
                    help="one pipeline run, no floor and no re-run: peak RSS at a larger N in less time")
    ap.add_argument("--first-run-only", action="store_true",
                    help="only the 1-document CLI run against a bare spaCy load + parse")
    args = ap.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="uns-bench-"))
    try:
        if not args.memory_only:
            from .settings import load_settings

            first = first_run_bench(workdir, load_settings().spacy_model)
            _print_first_run(first)
            if args.first_run_only:
                return 0
        result = run_bench(args.n, args.n_process, workdir, floor_and_rerun=not args.memory_only)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    _print(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
