"""Speed work may not change rows: every table a run writes over the bundled sample, a
statement with no date and synthetic statements (the benchmark's generator) must hash to the
digests pinned in tests/fixtures/rows_digest.json (first computed by the code before issue
#17's changes; regenerated when a commit means to change rows, and saying so). Only run_id and columns ending in _at may differ between runs, so they are left out;
local paths are written relative to the corpus folder.

A change that is meant to change rows (an extraction rule, a header fix) regenerates the
file and says so in its commit: `python tests/test_rows_unchanged.py --update`."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIGESTS = REPO / "tests" / "fixtures" / "rows_digest.json"
SAMPLE = REPO / "src/un_statements_etl/data/samples/000_53fc4278c411d2e1.txt"
UNDATED = REPO / "tests" / "fixtures" / "undated_statement.txt"
SYNTHETIC = 10  # statements from the benchmark's generator: several transform batches with batch_size 4


def make_corpus(folder: Path) -> Path:
    from un_statements_etl.bench import build_corpus

    build_corpus(SYNTHETIC, folder, seed=17)
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    shutil.copy(UNDATED, folder / UNDATED.name)
    return folder


def run_digests(tmp: Path, here: bool = False, **options: object) -> dict[str, str]:
    """Digests after a plain run, or (`here`) the CLI's runner without Prefect: the gate in a
    child and, with nlp_processes > 1, the transform on worker processes."""
    from un_statements_etl.bench import table_digests
    from un_statements_etl.execution import run_here
    from un_statements_etl.pipeline import run_pipeline
    from un_statements_etl.settings import load_settings

    corpus = make_corpus(tmp / "corpus")
    settings = load_settings(env={}, data_dir=tmp / "data", inputs=(corpus,), batch_size=4, **options)
    run_here(settings) if here else run_pipeline(settings)
    return table_digests(settings.db_path, corpus)


def test_rows_are_those_of_the_code_before_the_speed_work(tmp_path):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert run_digests(tmp_path) == expected


def test_rows_are_the_same_with_the_transform_on_two_worker_processes(tmp_path):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert run_digests(tmp_path, here=True, nlp_processes=2) == expected


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        DIGESTS.write_text(json.dumps(run_digests(Path(tmp)), indent=1) + "\n", encoding="utf-8")
    print(DIGESTS.read_text(encoding="utf-8"))
