"""Evaluation harness for the header reader: per-field accuracy on real statement pages.

    python -m un_statements_etl.clean.evaluate [--split dev|heldout|all] [--quick] [--show]

The set is `devsets/headers/manifest.jsonl` (facts read by hand off real pages; see its
README) with the page texts in the git-ignored `devsets/headers/texts/` (re-gather them
with `devsets/gather.py`). By default the harness runs the whole pipeline (the same
`run_pipeline` the CLI runs, without Prefect) over the split's texts into a scratch data
dir and scores the `statements` rows it wrote; `--quick` scores `prepare_statement`, the
ingest function those rows come from, which gives the same header fields in seconds.

A field scores right when it equals the gold after folding case, accents, spacing and
quotes (speakers also match any of the gold's `speaker_aliases`; honorifics are ignored).
Each field reports accuracy over the pages whose gold states it, and `spurious`: pages
whose gold is null but which got a value (a wrong speaker is worse than none).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
DEVSET = REPO / "devsets" / "headers"
FIELDS = ("title", "published_on", "speaker", "language", "kind", "location", "speaker_role", "symbol")


def fold(value: Any) -> str:
    """A value as compared: text folded to lower case without accents, quotes or spacing.

    >>> fold("  Stéphane  Dujarric "), fold("Mr. Volker Türk"), fold("“Gaza”: a test.")
    ('stephane dujarric', 'volker turk', 'gaza: a test')
    """
    text = unicodedata.normalize("NFKD", str(value)).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"^(?:mr|mrs|ms|dr|h\.?e)\.?\s+", "", text.strip())
    text = re.sub(r"[\"'“”‘’«»]", "", text).replace("–", "-").replace("—", "-")
    text = re.sub(r"-{2,}", "-", text)  # "--" typed for a dash
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)  # "Al-Kheetan" and "Al Kheetan" are one spelling
    return " ".join(text.strip(" .,:;").split())


@dataclass
class FieldScore:
    right: int = 0
    stated: int = 0  # pages whose gold states the field
    spurious: int = 0  # gold null, a value found
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.stated if self.stated else 0.0


def load_manifest(split: str, path: Path = DEVSET / "manifest.jsonl", ids: str | None = None) -> list[dict[str, Any]]:
    """The manifest's pages of a split, optionally of one batch only (`ids` as "h507-h556").

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> lines = ['{"id": "h001", "split": "dev"}', '{"id": "h507", "split": "dev"}', '{"id": "h508", "split": "x"}']
    >>> _ = (folder / "m.jsonl").write_text(chr(10).join(lines))
    >>> [r["id"] for r in load_manifest("dev", folder / "m.jsonl", ids="h500-h556")]
    ['h507']
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    first, last = ids.split("-") if ids else ("", "~")
    return [r for r in rows if (split == "all" or r["split"] == split) and first <= r["id"] <= last]


def _matches(name: str, gold: dict[str, Any], found: Any) -> bool:
    expected = gold[name]
    if name == "published_on":
        return str(found) == str(expected)
    accepted = [expected] + (gold.get("speaker_aliases") or [] if name == "speaker" else [])
    return fold(found) in {fold(a) for a in accepted}


def score(gold_rows: list[dict[str, Any]], found: dict[str, dict[str, Any]]) -> dict[str, FieldScore]:
    """Per-field scores of the rows found (page id -> column -> value) against the gold."""
    scores = {name: FieldScore() for name in FIELDS}
    for gold in gold_rows:
        row = found.get(gold["id"], {})
        for name in FIELDS:
            value, s = row.get(name), scores[name]
            if gold.get(name) is None:
                s.spurious += value is not None
                if value is not None:
                    s.misses.append((gold["id"], None, value))
                continue
            s.stated += 1
            if value is not None and _matches(name, gold, value):
                s.right += 1
            else:
                s.misses.append((gold["id"], gold[name], value))
    return scores


def _texts(rows: list[dict[str, Any]], texts: Path) -> list[Path]:
    """The annotated excerpt of each page (`<id>.txt`), else the page re-fetched from its URL."""
    found = [next((p for p in (texts / f"{r['id']}.txt", texts / f"{r['id']}.html") if p.exists()), None)
             for r in rows]
    missing = [r["id"] for r, path in zip(rows, found, strict=True) if path is None]
    if missing:
        raise SystemExit(f"{len(missing)} texts missing from {texts} (first: {missing[0]}); "
                         "re-gather them: python devsets/gather.py")
    return [path for path in found if path is not None]


def found_by_pipeline(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Run the whole pipeline over `paths` into a scratch data dir; the statements it wrote."""
    import duckdb

    from ..pipeline import Executor, run_pipeline
    from ..settings import load_settings

    with tempfile.TemporaryDirectory() as scratch:
        settings = load_settings(source="local", inputs=tuple(paths), data_dir=Path(scratch))
        run_pipeline(settings, Executor())
        con = duckdb.connect(str(Path(scratch) / "un_statements.duckdb"), read_only=True)
        cols = ", ".join(("source_uri", *FIELDS))
        rows = con.execute(f"SELECT {cols} FROM statements").fetchall()
        con.close()
    return {Path(r[0]).stem: dict(zip(FIELDS, r[1:], strict=True)) for r in rows}


def found_by_ingest(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """The header fields `prepare_statement` (the pipeline's ingest step) gives each page."""
    from ..errors import DocumentError
    from ..ingest import prepare_statement
    from ..records import RawDocument

    found = {}
    for path in paths:
        media = "text/html" if path.suffix == ".html" else "text/plain"
        raw = RawDocument("local", str(path), path.read_bytes(), media, datetime.now())
        try:
            st = prepare_statement(raw, 10_000_000)
        except DocumentError:
            continue
        found[path.stem] = {name: getattr(st, name) for name in FIELDS}
    return found


def report(scores: dict[str, FieldScore], split: str, n: int, show: bool) -> str:
    lines = [f"header fields, split={split} ({n} pages)", f"{'field':<14}{'accuracy':>10}{'right':>7}"
             f"{'stated':>8}{'spurious':>10}"]
    for name, s in scores.items():
        lines.append(f"{name:<14}{s.accuracy:>10.3f}{s.right:>7}{s.stated:>8}{s.spurious:>10}")
        if show:
            lines += [f"    {pid}: gold={g!r} found={f!r}" for pid, g, f in s.misses]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    parser.add_argument("--quick", action="store_true", help="score prepare_statement, not a whole run")
    parser.add_argument("--show", action="store_true", help="list every miss")
    parser.add_argument("--manifest", type=Path, default=DEVSET / "manifest.jsonl")
    parser.add_argument("--ids", help='one batch only, as a range of ids: "h507-h556"')
    args = parser.parse_args(argv)
    rows = load_manifest(args.split, args.manifest, args.ids)
    paths = _texts(rows, args.manifest.parent / "texts")
    found = found_by_ingest(paths) if args.quick else found_by_pipeline(paths)
    print(report(score(rows, found), args.split, len(rows), args.show))


if __name__ == "__main__":
    main()
