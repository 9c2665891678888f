"""Ad hoc SQL on the warehouse, read-only, in the format the user asks for."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

import duckdb

from .errors import ConfigError
from .load import open_warehouse
from .resources import resource

EXAMPLES = resource("warehouse", "examples.sql")


@dataclass(frozen=True)
class Example:
    """One analyst question of warehouse/examples.sql: its handle, question, expectation and SQL."""

    name: str
    question: str
    expect: str  # "rows" when the bundled sample alone yields rows, "any" otherwise
    sql: str


def parse_examples(text: str) -> list[Example]:
    """Each block starts at '-- name:' and runs to the next one."""
    found = []
    for block in re.split(r"(?m)^(?=-- name: )", text)[1:]:
        fields = dict(re.findall(r"(?m)^-- (name|question|expect): (.+)$", block))
        found.append(Example(fields.get("name", "").strip(), fields.get("question", "").strip(),
                             fields.get("expect", "").strip(), block.strip()))
    return found


def examples(path: Traversable = EXAMPLES) -> dict[str, Example]:
    """name -> Example of the analyst questions in warehouse/examples.sql."""
    return {e.name: e for e in parse_examples(path.read_text(encoding="utf-8"))}


def example_sql(name: str) -> str:
    """The SQL of a named example, or a ConfigError listing the names."""
    known = examples()
    if name not in known:
        listing = "\n".join(f"  {e.name}: {e.question}" for e in known.values())
        raise ConfigError(f"no example named {name!r}; the examples are:\n{listing}")
    return known[name].sql


def run_query(db_path: Path, sql: str, fmt: str, output: Path | None, out: TextIO) -> None:
    if not db_path.exists():
        raise ConfigError(f"no warehouse at {db_path}: run `un-statements run` first")
    if fmt == "parquet" and output is None:
        raise ConfigError("--format parquet needs --output FILE")
    with open_warehouse(db_path, read_only=True) as con:
        try:
            rel = con.sql(sql)
        except duckdb.Error as exc:
            raise ConfigError(f"query failed: {str(exc).splitlines()[0]}") from exc
        if rel is None:
            return
        if fmt == "parquet":
            rel.write_parquet(str(output), compression="zstd")
            return
        columns, rows = rel.columns, rel.fetchall()
    target = output.open("w", encoding="utf-8", newline="") if output else out
    try:
        write_rows(fmt, columns, rows, target)
    finally:
        if output:
            target.close()


def write_rows(fmt: str, columns: list[str], rows: list[tuple], out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        json.dump(records, out, default=str, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(_table(columns, rows) + "\n")


def _table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(value: object) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True))  # noqa: E731
    return "\n".join([line(columns), "-+-".join("-" * w for w in widths), *map(line, cells),
                      f"({len(rows)} rows)"])
