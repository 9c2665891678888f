"""Append a batch of newly annotated pages to a dev set's manifest, with its split assigned mechanically.

    python devsets/assign_split.py devsets/headers/staging/batch5-*.jsonl [--manifest devsets/headers/manifest.jsonl]

The rule is the one every batch used (see the set's README), applied to the new pages alone and before
anyone looks at how the code reads them: within each format label, pages sorted by id, every third page
starting with the second (index % 3 == 1) is `heldout`, the rest `dev`. Rows whose URL is already in the
manifest are refused, so one page never sits in both splits.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def assign(rows: list[dict]) -> list[dict]:
    """The rows with `split` set: within a format label, sorted by id, index % 3 == 1 is held out.

    >>> [r["split"] for r in assign([{"id": f"h{i}", "format": "f"} for i in range(4)])]
    ['dev', 'heldout', 'dev', 'dev']
    """
    by_format: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_format[row["format"]].append(row)
    for group in by_format.values():
        for index, row in enumerate(sorted(group, key=lambda r: r["id"])):
            row["split"] = "heldout" if index % 3 == 1 else "dev"
    return sorted(rows, key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("staging", nargs="+", type=Path)
    parser.add_argument("--manifest", type=Path, default=HERE / "headers" / "manifest.jsonl")
    args = parser.parse_args(argv)
    known = [json.loads(line) for line in args.manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    urls, ids = {r["url"] for r in known}, {r["id"] for r in known}
    rows = [json.loads(line) for path in args.staging for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    fresh = [r for r in rows if r["url"] not in urls and r["id"] not in ids]
    for row in rows:
        if row not in fresh:
            print(f"{row['id']}: already in the manifest ({row['url']}), left out")
    with args.manifest.open("a", encoding="utf-8") as out:
        for row in assign(fresh):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {s: sum(r["split"] == s for r in fresh) for s in ("dev", "heldout")}
    print(f"appended {len(fresh)} pages: {counts}")


if __name__ == "__main__":
    main()
