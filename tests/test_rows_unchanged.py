"""Speed work may not change rows: every table a run writes over the bundled sample, a
statement with no date and synthetic statements (the benchmark's generator) must hash to the
digests pinned in tests/fixtures/rows_digest.json, computed by the code before issue #17's
changes. Only run_id and columns ending in _at may differ between runs, so they are left out;
local paths are written relative to the corpus folder.

A change that is meant to change rows (an extraction rule, a header fix) regenerates the
file and says so in its commit: `python tests/test_rows_unchanged.py --update`."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

import duckdb

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


def table_digests(db: Path, corpus: Path) -> dict[str, str]:
    """sha256 of each table's rows, sorted, without run_id and *_at columns, paths made relative."""
    from un_statements_etl.schema import TABLE_ORDER

    con = duckdb.connect(str(db), read_only=True)
    try:
        # a statement with neither URL nor symbol takes its id from its path, which differs per tmp folder
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


def run_digests(tmp: Path, **options: object) -> dict[str, str]:
    from un_statements_etl.pipeline import run_pipeline
    from un_statements_etl.settings import load_settings

    corpus = make_corpus(tmp / "corpus")
    settings = load_settings(env={}, data_dir=tmp / "data", inputs=(corpus,), batch_size=4, **options)
    run_pipeline(settings)
    return table_digests(settings.db_path, corpus)


def test_rows_are_those_of_the_code_before_the_speed_work(tmp_path):
    expected = json.loads(DIGESTS.read_text(encoding="utf-8"))
    assert run_digests(tmp_path) == expected


if __name__ == "__main__" and sys.argv[1:] == ["--update"]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        DIGESTS.write_text(json.dumps(run_digests(Path(tmp)), indent=1) + "\n", encoding="utf-8")
    print(DIGESTS.read_text(encoding="utf-8"))
