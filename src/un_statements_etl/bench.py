"""`make bench`: the whole pipeline against the floor of a plain spaCy parse, in one run.

Builds a corpus of N statements by recombining paragraphs and metadata of the project's
own sample and synthetic statements (tests/), then measures, one after the other:

* a 1-document run: `un-statements run` over the bundled sample into a fresh data dir, in
  a fresh process (start-up included), median of a few tries, against a bare `spacy.load` +
  parse (issue #16 asks for a ratio of at most 4);
* the floor: plain spaCy `nlp.pipe` with the same model and `--n-process` processes (2 by
  default) over the same cleaned texts, the load of the model not counted;
* the pipeline: the CLI's own run (`un-statements run` without a Prefect API: the gate in a
  child, the transform on `--n-process` worker processes, or on `--dask-address`) over the
  corpus in a fresh process, with the wall time of each stage and the peak RSS of its
  process tree;
* a second run over the unchanged corpus (nothing to re-process).

The ratio is (pipeline - 1-document run) / floor: what the pipeline costs beyond its
start-up, per second of parse. Not a test: figures depend on the machine.
`python -m un_statements_etl.bench --n 1000`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
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


def _run_env(workdir: Path, n_process: int | None = None) -> dict[str, str]:
    """The environment of a CLI run with no Prefect API (a fresh PREFECT_HOME, PREFECT_API_URL removed)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(workdir / "prefect-home"), UNS_NO_PROGRESS="1")
    if n_process is not None:
        env["UNS_NLP_PROCESSES"] = str(n_process)
    return env


def first_run_bench(workdir: Path, model: str, tries: int = 3, n_process: int | None = None) -> dict[str, float]:
    """Median wall time of a bare spaCy load + parse of the sample and of a CLI run over it
    into a fresh data dir, each in a new process, alternating (the machine's load drifts)."""
    env = _run_env(workdir, n_process)
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


def _cleaned_texts(corpus: Path) -> list[str]:
    from .pipeline import prepare_documents
    from .sources.local import iter_local_documents

    docs = [d for d in iter_local_documents((corpus,)) if not isinstance(d, Exception)]
    statements, _ = prepare_documents(docs, 5_000_000)  # type: ignore[arg-type]
    return [s.text for s in statements]


def floor_seconds(texts: list[str], model: str, n_process: int) -> float:
    """Plain spaCy: the model as shipped, `nlp.pipe` over the texts with `n_process` processes
    (batches of 16 texts, so both processes get work); the load is not counted."""
    import spacy

    nlp = spacy.load(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=16):
        pass
    return time.perf_counter() - started


class _TreePeak:
    """Peak RSS of a process and its children, sampled by a thread while it runs."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak_mb = pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak_mb

    def _sample(self) -> None:
        import psutil

        try:
            me = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.wait(self.every):
            try:
                rss = me.memory_info().rss + sum(c.memory_info().rss for c in me.children(recursive=True))
            except psutil.Error:  # a child ended between listing and reading
                continue
            self.peak_mb = max(self.peak_mb, rss / 2**20)


def pipeline_run(corpus: Path, data_dir: Path, env: dict[str, str], dask_address: str | None = None) -> dict[str, Any]:
    """The CLI's run over `corpus` in a fresh process: wall time from its start to its exit
    (start-up included, as in the 1-document run), stage seconds and counts, peak RSS."""
    out = data_dir.with_name(data_dir.name + f"-{time.monotonic_ns()}.json")
    argv = [sys.executable, "-m", "un_statements_etl.bench", "--child-run", str(corpus), str(data_dir), str(out)]
    started = time.perf_counter()
    child = subprocess.Popen([*argv, *(["--dask-address", dask_address] if dask_address else [])], env=env,
                             stderr=subprocess.PIPE, text=True)
    peak = _TreePeak(child.pid)
    _, err = child.communicate()
    wall = time.perf_counter() - started
    peak_mb = peak.stop()
    if child.returncode != 0:
        raise RuntimeError(f"the pipeline run exited {child.returncode}: {err.strip()[-1500:]}")
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return {**figures, "wall_s": wall, "peak_rss_mb": peak_mb}


def _child_run(corpus: str, data_dir: str, out: str, dask_address: str | None) -> int:
    """What `un-statements run --input CORPUS --data-dir DIR` does, with its figures written to `out`."""
    from .cli import Source, _run, _run_options

    options = _run_options(Source.local, [Path(corpus)], Path(data_dir), None, None, None, False, None, dask_address)
    summary = _run(options)
    Path(out).write_text(json.dumps({"stages_s": summary.stage_seconds, "transform_s": summary.transform_seconds,
                                     "counts": summary.counts, "workers": summary.workers}), encoding="utf-8")
    return 0


def table_digests(db: Path, corpus: Path) -> dict[str, str]:
    """sha256 of each table's rows, sorted, without run_id and *_at columns (the only ones two
    runs over the same input may differ in), paths of the corpus written relative to it."""
    import duckdb

    from .schema import TABLE_ORDER

    con = duckdb.connect(str(db), read_only=True)
    try:
        # a statement with neither URL nor symbol takes its id from its path, which differs per folder
        by_path = {sid: f"<id of {uri.replace(str(corpus), '<corpus>')}>" for sid, uri in con.execute(
            "SELECT statement_id, source_uri FROM statements WHERE url IS NULL AND symbol IS NULL").fetchall()}
        out = {}
        for table in TABLE_ORDER:
            if table == "runs":
                continue
            cols = [c for c, in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                            "ORDER BY ordinal_position", [table]).fetchall()
                    if c != "run_id" and not c.endswith("_at")]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            lines = sorted(_portable(repr(row), corpus, by_path) for row in rows)
            out[table] = f"{len(lines)} rows " + hashlib.sha256("\n".join(lines).encode()).hexdigest()
        return out
    finally:
        con.close()


def _portable(line: str, corpus: Path, by_path: dict[str, str]) -> str:
    for sid, name in by_path.items():
        line = line.replace(sid, name)
    return line.replace(str(corpus), "<corpus>")


def run_bench(n: int, n_process: int, workdir: Path, tries: int = 3, memory_only: bool = False,
              dask_address: str | None = None) -> dict[str, Any]:
    """Every figure of one benchmark run (see the module's docstring)."""
    from .settings import load_settings

    model = load_settings().spacy_model
    corpus = workdir / "corpus"
    build_corpus(n, corpus)
    env = _run_env(workdir, n_process)
    r: dict[str, Any] = {"statements": n, "n_process": n_process, "dask_address": dask_address}
    if not memory_only:  # --memory-only: one pipeline run, no floor beside it, no re-run
        r["first_run"] = first_run_bench(workdir, model, tries, n_process)
        texts = _cleaned_texts(corpus)
        r["words"] = sum(len(t.split()) for t in texts)
        r["floor_s"] = floor_seconds(texts, model, n_process)
        del texts
    r["pipeline"] = pipeline_run(corpus, workdir / "data", env, dask_address)
    r["digests"] = table_digests(workdir / "data" / "un_statements.duckdb", corpus)
    if not memory_only:
        r["rerun"] = pipeline_run(corpus, workdir / "data", env, dask_address)
        r["ratio"] = (r["pipeline"]["wall_s"] - r["first_run"]["cli_s"]) / r["floor_s"]
    return r


def _print(r: dict[str, Any]) -> None:
    n, p = r["statements"], r["pipeline"]
    where = f"Dask at {r['dask_address']}" if r["dask_address"] else f"n_process={r['n_process']}"
    print(f"corpus: {n} statements, {r.get('words', 0):,} words; {where}")
    if "floor_s" in r:
        _print_first_run(r["first_run"])
        print(f"floor  nlp.pipe : {r['floor_s']:7.1f} s  {n / r['floor_s']:7.1f} statements/s")
    print(f"pipeline (fresh process, files->DuckDB+Parquet+report): {p['wall_s']:7.1f} s  "
          f"{n / p['wall_s']:7.1f} statements/s; peak RSS (process tree) {p['peak_rss_mb']:.0f} MB")
    if "ratio" in r:
        print(f"ratio (pipeline - 1-document run) / floor: {r['ratio']:.2f}")
    for stage, seconds in sorted(p["stages_s"].items(), key=lambda kv: -kv[1]):
        print(f"  here   {stage:26s} {seconds:7.1f} s  {seconds / p['wall_s']:6.1%} of the run")
    for stage, seconds in p["transform_s"].items():  # summed over the workers: CPU seconds, not wall
        share = f"{seconds / r['floor_s']:6.1%} of the floor" if "floor_s" in r else ""
        print(f"  worker {stage:26s} {seconds:7.1f} s  {share}")
    for worker, (statements, seconds) in sorted(p["workers"].items()):
        print(f"  transform process {worker}: {statements:.0f} statements in {seconds:.1f} s "
              f"({statements / max(seconds, 1e-9):.2f} statements/s)")
    if "rerun" in r:
        again = r["rerun"]
        print(f"re-run over the unchanged corpus: {again['wall_s']:.1f} s, {again['counts'].get('skipped')} skipped "
              f"(1-document run + {again['wall_s'] - r['first_run']['cli_s']:.1f} s)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the pipeline against plain nlp.pipe.")
    ap.add_argument("--n", type=int, default=1000, help="statements in the corpus (10000 for the big run)")
    ap.add_argument("--n-process", type=int, default=2, help="spaCy processes of the floor, workers of the pipeline")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    ap.add_argument("--memory-only", action="store_true",
                    help="one pipeline run, no floor and no re-run: peak RSS at a larger N in less time")
    ap.add_argument("--first-run-only", action="store_true",
                    help="only the 1-document CLI run against a bare spaCy load + parse")
    ap.add_argument("--dask-address", help="run the pipeline's transform on this Dask scheduler")
    ap.add_argument("--child-run", nargs=3, metavar=("CORPUS", "DATA_DIR", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child_run:
        corpus, data_dir, out = args.child_run
        return _child_run(corpus, data_dir, out, args.dask_address)
    workdir = Path(tempfile.mkdtemp(prefix="uns-bench-"))
    try:
        if args.first_run_only:
            from .settings import load_settings

            _print_first_run(first_run_bench(workdir, load_settings().spacy_model, n_process=args.n_process))
            return 0
        result = run_bench(args.n, args.n_process, workdir, memory_only=args.memory_only,
                           dask_address=args.dask_address)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    _print(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
