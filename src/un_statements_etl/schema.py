"""Table specs from schemas/*.yaml: the one place a table's shape is declared.

From a spec this module derives the Arrow schema (Parquet writer), the DuckDB DDL
(migrations are checked against it), and the README's table catalogue; the expectation
suites in `validate/` read the same specs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import yaml

from .resources import resource

SCHEMA_DIR = resource("schemas")
# The checkout itself, for the developer tools that rewrite its README and docs (never used at run time).
REPO_DIR = Path(__file__).resolve().parents[2]

# The partition folder (`year=0/`) of rows whose statement has no publication date. DuckDB would
# name it `year=__HIVE_DEFAULT_PARTITION__`, which pyarrow reads back as a null inside a dictionary
# column: `pandas.read_parquet(folder)` then fails ("Cannot yet unify dictionaries with nulls"). An
# integer every reader parses alike keeps one plain layout; 0 is no calendar year (1 BC is
# followed by AD 1), so it cannot pass for one. The warehouse keeps such a year NULL.
UNDATED_YEAR = 0

# Load order: parents before children (foreign keys), logs last.
TABLE_ORDER = ("statements", "statement_sources", "sentences", "entities", "dates", "claims",
               "entity_catalog", "quarantine", "runs", "source_state")
# Tables whose rows belong to one statement: replaced per statement, validated per document.
STATEMENT_TABLES = ("statements", "statement_sources", "sentences", "entities", "dates", "claims")

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str
    example: Any = None
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    min: Any = None
    max: Any = None
    min_length: int | None = None
    max_days_ahead: int | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    grain: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: dict[str, str]
    partition_by: str | None
    offsets: bool

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type], nullable=c.nullable) for c in self.columns])

    def ddl(self) -> str:
        cols = [f"    {c.name} {c.type}{'' if c.nullable else ' NOT NULL'}" for c in self.columns]
        if self.primary_key:
            cols.append(f"    PRIMARY KEY ({', '.join(self.primary_key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (\n" + ",\n".join(cols) + "\n);"


def _column(raw: dict[str, Any]) -> Column:
    enum = raw.get("enum")
    return Column(
        name=raw["name"], type=raw["type"], nullable=raw.get("nullable", True),
        description=raw["description"], example=raw.get("example"),
        enum=tuple(enum) if enum else None, pattern=raw.get("pattern"),
        min=raw.get("min"), max=raw.get("max"), min_length=raw.get("min_length"),
        max_days_ahead=raw.get("max_days_ahead"),
    )


@cache
def load_spec(name: str) -> TableSpec:
    text = (SCHEMA_DIR / f"{name}.yaml").read_text(encoding="utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml: faster, same data
    return TableSpec(
        name=raw["table"], description=raw["description"], grain=raw["grain"],
        columns=tuple(_column(c) for c in raw["columns"]),
        primary_key=tuple(raw.get("primary_key") or ()),
        foreign_keys=dict(raw.get("foreign_keys") or {}),
        partition_by=raw.get("partition_by"), offsets=bool(raw.get("offsets")),
    )


def all_specs() -> list[TableSpec]:
    return [load_spec(name) for name in TABLE_ORDER]


def catalogue_markdown() -> str:
    """The README's table catalogue (between the catalogue markers), generated from the specs."""
    lines = ["| table | one row per | columns |", "|---|---|---|"]
    for spec in all_specs():
        lines.append(f"| `{spec.name}` | {spec.grain} | {', '.join(spec.column_names)} |")
    return "\n".join(lines)


def empty_table(name: str) -> pa.Table:
    return load_spec(name).arrow_schema().empty_table()


def rows_to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Arrow table of `rows` in the spec's column order and types (missing keys -> null)."""
    schema = load_spec(name).arrow_schema()
    columns = {f.name: [row.get(f.name) for row in rows] for f in schema}
    return pa.table({f.name: pa.array(columns[f.name], type=f.type) for f in schema}, schema=schema)


def refresh_readme(readme: Path) -> None:
    """Rewrite the catalogue block of README.md from the specs."""
    import re

    text = readme.read_text(encoding="utf-8")
    block = f"<!-- catalogue:start -->\n{catalogue_markdown()}\n<!-- catalogue:end -->"
    readme.write_text(re.sub(r"<!-- catalogue:start -->.*?<!-- catalogue:end -->", block, text, flags=re.S),
                      encoding="utf-8")


if __name__ == "__main__":
    refresh_readme(REPO_DIR / "README.md")
