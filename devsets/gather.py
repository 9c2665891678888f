"""Re-gather the texts of a development set into its git-ignored `texts/` folder.

    python devsets/gather.py [devsets/headers/manifest.jsonl] [--check]

The manifest holds facts only (URL, hand-read header fields, the SHA-256 and first 40
characters of the text that was annotated). Third-party texts never enter the repository,
so a fresh checkout has none: this script fetches each page that has no text yet from its
URL and saves the HTML as `texts/<id>.html` (the pipeline reads HTML pages through their
own metadata and text, so the scorer works on either form). Where the web is not reachable,
re-gather the annotated excerpts the way they were found (the stored-pages search, by URL;
see the set's README) as `texts/<id>.txt`; `--check` then verifies each against its SHA-256.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rows(manifest: Path) -> list[dict]:
    return [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(manifest: Path) -> int:
    """Count texts that differ from what was annotated (a changed text needs re-annotation)."""
    texts, bad = manifest.parent / "texts", 0
    for row in _rows(manifest):
        path = texts / f"{row['id']}.txt"
        if path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() != row["sha256"]:
            print(f"{row['id']}: text differs from the annotated one ({row['url']})")
            bad += 1
    return bad


def fetch_missing(manifest: Path, timeout: float = 20.0) -> tuple[int, int]:
    import httpx

    texts = manifest.parent / "texts"
    texts.mkdir(exist_ok=True)
    fetched = failed = 0
    with httpx.Client(timeout=timeout, follow_redirects=True,
                      headers={"User-Agent": "un-statements-etl devset gatherer"}) as client:
        for row in _rows(manifest):
            if any((texts / f"{row['id']}{ext}").exists() for ext in (".txt", ".html")):
                continue
            try:
                answer = client.get(row["url"])
                answer.raise_for_status()
            except httpx.HTTPError as exc:
                print(f"{row['id']}: {row['url']}: {exc.__class__.__name__}", file=sys.stderr)
                failed += 1
                continue
            (texts / f"{row['id']}.html").write_bytes(answer.content)
            fetched += 1
    return fetched, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest", nargs="?", type=Path, default=HERE / "headers" / "manifest.jsonl")
    parser.add_argument("--check", action="store_true", help="only verify the texts present")
    args = parser.parse_args()
    if not args.check:
        fetched, failed = fetch_missing(args.manifest)
        print(f"fetched {fetched} pages, {failed} failed (offline? see this script's docstring)")
    bad = check(args.manifest)
    print(f"{bad} texts differ from the annotated ones")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
