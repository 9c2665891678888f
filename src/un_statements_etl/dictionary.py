"""The data dictionary, generated from schemas/: Markdown for people, datapackage.json for tools.

Analysts receive the Parquet folder without the code, so the folder has to explain itself:
`write_dictionary` puts a README.md (every table and column with type, meaning, allowed
values, example, keys, partitioning, how to read the files, licences) and a Frictionless
Tabular Data Package descriptor beside the files. Both come from the same table specs as
the Arrow schema and the DDL, so they cannot drift from the data. The repository keeps a
copy at docs/DATA_DICTIONARY.md (`python -m un_statements_etl.dictionary` refreshes it; a
test checks it is current).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .schema import REPO_DIR, Column, TableSpec, all_specs

DOC_PATH = REPO_DIR / "docs" / "DATA_DICTIONARY.md"

# Licence and attribution of each source, as facts: the dataset redistributes text it did not write.
LICENCES: tuple[dict[str, str], ...] = (
    {"sources": "ohchr, un-press (OHCHR and UN content)",
     "title": "© United Nations. Used under the United Nations terms of use.",
     "path": "https://www.un.org/en/about-us/terms-of-use"},
    {"sources": "reliefweb",
     "title": "Content as published on ReliefWeb: each item under the terms of its original source "
              "(© United Nations for OHCHR items).",
     "path": ""},
    {"sources": "local, raw",
     "title": "Files supplied by the user: their terms are those under which the user obtained them.",
     "path": ""},
)

_FRICTIONLESS_TYPES = {"VARCHAR": "string", "INTEGER": "integer", "BIGINT": "integer", "DOUBLE": "number",
                       "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "datetime", "VARCHAR[]": "array"}


def write_dictionary(folder: Path) -> None:
    """Write README.md and datapackage.json into a Parquet export folder (one sub-folder per table)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(folder_readme(), encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")


def resource_glob(spec: TableSpec) -> str:
    """Where a table's files are, relative to the export folder (hive `year=YYYY/` folders when partitioned)."""
    return f"{spec.name}/**/*.parquet" if spec.partition_by else f"{spec.name}/*.parquet"


# --- Frictionless Data Package -------------------------------------------------------------------

def datapackage() -> dict[str, Any]:
    """The Tabular Data Package descriptor: one parquet resource per table, its Table Schema and keys."""
    return {
        "profile": "tabular-data-package",
        "name": "un-statements",
        "title": "UN statements: statements, sentences, entities, dates and claims",
        "description": "Public statements of the United Nations turned into analysis-ready tables; "
                       "see README.md in this folder for how to read the files.",
        # a Frictionless licence needs a path (or an open-licence name): only the UN terms have one
        "licenses": [{"title": lic["title"], "path": lic["path"]} for lic in LICENCES if lic["path"]],
        "sources": [{"title": f"{lic['sources']}: {lic['title']}", **({"path": lic["path"]} if lic["path"] else {})}
                    for lic in LICENCES],
        "resources": [_resource(spec) for spec in all_specs()],
    }


def _resource(spec: TableSpec) -> dict[str, Any]:
    schema: dict[str, Any] = {"fields": [_field(c) for c in spec.columns]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": column, "reference": {"resource": target.split(".")[0], "fields": target.split(".")[1]}}
            for column, target in spec.foreign_keys.items()]
    resource: dict[str, Any] = {
        "name": spec.name, "profile": "tabular-data-resource", "path": resource_glob(spec),
        "format": "parquet", "mediatype": "application/vnd.apache.parquet",
        "description": f"{spec.description} One row per {spec.grain}.", "schema": schema}
    if spec.partition_by:
        # the partition column lives in the folder names, not inside the files
        resource["hivePartitioning"] = {"fields": [spec.partition_by]}
    return resource


def _field(col: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": col.name, "type": _FRICTIONLESS_TYPES[col.type], "description": col.description}
    if col.type == "VARCHAR[]":
        field["arrayItem"] = {"type": "string"}
    if col.example is not None:
        field["example"] = col.example if not isinstance(col.example, list) else str(col.example)
    constraints: dict[str, Any] = {}
    if not col.nullable:
        constraints["required"] = True
    for key, value in (("enum", list(col.enum) if col.enum else None), ("pattern", col.pattern),
                       ("minimum", col.min), ("maximum", col.max), ("minLength", col.min_length)):
        if value is not None:
            constraints[key] = value
    if constraints:
        field["constraints"] = constraints
    return field


# --- Markdown --------------------------------------------------------------------------------------

def dictionary_markdown() -> str:
    """docs/DATA_DICTIONARY.md: the tables, the licences; no data-dependent content, so it can be committed."""
    parts = ["# Data dictionary", "",
             "Generated from `schemas/*.yaml` by `python -m un_statements_etl.dictionary`; do not edit by hand.",
             "Each Parquet export and release carries the same text as `README.md` and a Frictionless",
             "`datapackage.json` describing the same schema.", "", _overview(), ""]
    parts += [_table_section(spec) for spec in all_specs()]
    parts += [_licences_section()]
    return "\n".join(parts).rstrip() + "\n"


def folder_readme() -> str:
    """README.md of a Parquet folder: how to read it, then the whole dictionary."""
    body = dictionary_markdown().split("\n", 1)[1]  # drop the repository-oriented title line
    return "# UN statements dataset\n\n" + _reading_section() + body


def _overview() -> str:
    rows = ["| table | one row per | key | files |", "|---|---|---|---|"]
    rows += [f"| [`{s.name}`](#{s.name}) | {s.grain} | {', '.join(s.primary_key) or '(log, no key)'} "
             f"| `{resource_glob(s)}` |" for s in all_specs()]
    return "\n".join(rows)


def _table_section(spec: TableSpec) -> str:
    keys = [f"- Primary key: {', '.join(f'`{k}`' for k in spec.primary_key) or 'none (a log)'}"]
    keys += [f"- Foreign key: `{col}` → `{target}`" for col, target in spec.foreign_keys.items()]
    keys.append(f"- Files: `{resource_glob(spec)}`"
                + (f", partitioned by `{spec.partition_by}` (hive folders `{spec.partition_by}=YYYY/`; "
                   "statements without a date are under `__HIVE_DEFAULT_PARTITION__`)"
                   if spec.partition_by else ", one file"))
    if spec.offsets:
        keys.append("- `char_start`/`char_end` index `statements.text`: `text[char_start:char_end]` is the span.")
    rows = ["| column | type | required | meaning | allowed values | example |", "|---|---|---|---|---|---|"]
    rows += [_column_row(c) for c in spec.columns]
    return "\n".join([f"## {spec.name}", "", f"{spec.description} One row per {spec.grain}.", "",
                      *keys, "", *rows, ""])


def _column_row(col: Column) -> str:
    cells = [f"`{col.name}`", f"{col.type} ({_FRICTIONLESS_TYPES[col.type]})", "no" if col.nullable else "yes",
             col.description, _allowed(col), "" if col.example is None else f"`{col.example}`"]
    return "| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in cells) + " |"


def _allowed(col: Column) -> str:
    """Allowed values in words: enum, pattern, bounds."""
    found = []
    if col.enum:
        found.append(", ".join(f"`{v}`" for v in col.enum))
    if col.pattern:
        found.append(f"matches `{col.pattern}`")
    if col.min is not None:
        found.append(f"≥ {col.min}")
    if col.max is not None:
        found.append(f"≤ {col.max}")
    if col.max_days_ahead is not None:
        found.append(f"at most {col.max_days_ahead} days after the run")
    if col.min_length:
        found.append(f"at least {col.min_length} character{'s' if col.min_length > 1 else ''}")
    return "; ".join(found)


def _licences_section() -> str:
    rows = ["## Licences and attribution", "",
            "The text in `statements`, `sentences` and the extracted spans belongs to its publishers.",
            "`statements.source` (and `statement_sources.source`) says which terms apply to a row.", "",
            "| source | licence and attribution | terms |", "|---|---|---|"]
    rows += [f"| {lic['sources']} | {lic['title']} | {lic['path'] or '—'} |" for lic in LICENCES]
    rows += ["", "The tables derived by this pipeline (ids, offsets, labels, normalised values) describe "
                 "that text; cite the release you used (its folder name and CHANGELOG.md) and the sources above."]
    return "\n".join(rows) + "\n"


def _reading_section() -> str:
    return """One folder per table; partitioned tables keep the year in the folder names
(`year=2022/`; statements without a publication date under `year=__HIVE_DEFAULT_PARTITION__/`),
so read them with hive partitioning to get the `year` column back. `datapackage.json`
describes the same schema for Frictionless tools.

```python
import pandas as pd, pyarrow as pa, pyarrow.dataset as ds
year = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")  # year as a number, nulls allowed
claims = pd.read_parquet("claims", partitioning=year)
statements = pd.read_parquet("statements", partitioning=year)
claims.merge(statements[["statement_id", "published_on", "title", "url"]], on="statement_id")
```

```sql
-- DuckDB
SELECT * FROM read_parquet('claims/**/*.parquet', hive_partitioning = true);
```

```r
arrow::open_dataset("claims") |> dplyr::collect()   # R
```

"""


def main() -> None:
    """Refresh docs/DATA_DICTIONARY.md from schemas/."""
    DOC_PATH.parent.mkdir(parents=True, exist_ok=True)
    DOC_PATH.write_text(dictionary_markdown(), encoding="utf-8")
    print(DOC_PATH)


if __name__ == "__main__":
    main()
