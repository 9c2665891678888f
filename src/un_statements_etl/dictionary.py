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

from .schema import REPO_DIR, UNDATED_YEAR, Column, TableSpec, all_specs

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
                       "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "datetime", "VARCHAR[]": "any"}
# Lists are "any", not "array": Frictionless (5.21) reads Parquet through pandas, whose list cells
# are numpy arrays that its array and list types refuse, so "array" would fail every row.
_PEOPLE_TYPES = {**_FRICTIONLESS_TYPES, "VARCHAR[]": "list of strings"}


def write_dictionary(folder: Path) -> None:
    """Write README.md and datapackage.json into a Parquet export folder (one sub-folder per table)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "README.md").write_text(folder_readme(), encoding="utf-8")
    (folder / "datapackage.json").write_text(json.dumps(datapackage(folder), indent=2, ensure_ascii=False) + "\n",
                                             encoding="utf-8")


def resource_glob(spec: TableSpec) -> str:
    """Where a table's files are, relative to the export folder (hive `year=YYYY/` folders when partitioned)."""
    return f"{spec.name}/**/*.parquet" if spec.partition_by else f"{spec.name}/*.parquet"


# --- Frictionless Data Package -------------------------------------------------------------------

def datapackage(folder: Path) -> dict[str, Any]:
    """The Tabular Data Package descriptor of the export in `folder`: one parquet resource per table
    (its files listed one by one: the spec allows no globs), its Table Schema and keys."""
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
        "resources": _resources(folder),
    }


def _resources(folder: Path) -> list[dict[str, Any]]:
    files = {spec.name: resource_files(folder, spec) for spec in all_specs()}
    # Frictionless reads only the first file of a multi-file Parquet resource: a foreign key into
    # such a table would be checked against part of it and fail. Those keys are listed under
    # "x-foreignKeys" with list-column keys (the dictionary and the validation gate still state and
    # enforce them all).
    single = {name for name, paths in files.items() if len(paths) == 1}
    return [_resource(spec, files[spec.name], single) for spec in all_specs()]


def resource_files(folder: Path, spec: TableSpec) -> list[str]:
    """A table's files, relative to the export folder, in a stable order."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.glob(resource_glob(spec)))


def _resource(spec: TableSpec, files: list[str], checkable: set[str]) -> dict[str, Any]:
    # the partition column lives in the folder names, not inside the files the schema describes
    in_files = [c for c in spec.columns if c.name != spec.partition_by]
    schema: dict[str, Any] = {"fields": [_field(c) for c in in_files]}
    if spec.primary_key:
        schema["primaryKey"] = list(spec.primary_key)
    keys = _foreign_keys(spec)
    # a list column's key holds per element, which a Table Schema foreign key cannot say
    checked = [k for k in keys
               if k["reference"]["resource"] in checkable and spec.column(k["fields"]).type != "VARCHAR[]"]
    if checked:
        schema["foreignKeys"] = checked
    resource: dict[str, Any] = {
        "name": spec.name, "profile": "tabular-data-resource", "path": files[0] if len(files) == 1 else files,
        "format": "parquet", "mediatype": "application/vnd.apache.parquet",
        "description": table_description(spec), "schema": schema}
    if len(checked) < len(keys):
        resource["x-foreignKeys"] = [k for k in keys if k not in checked]
    if spec.partition_by:
        resource["hivePartitioning"] = {"fields": [_field(spec.column(spec.partition_by))],
                                        "undatedValue": UNDATED_YEAR}
    return resource


def _foreign_keys(spec: TableSpec) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for column, target in spec.foreign_keys.items():
        table, field = target.split(".")
        found.append({"fields": column, "reference": {"resource": table, "fields": field}})
    return found


def table_description(spec: TableSpec) -> str:
    """The spec's description, with its grain unless the description already gives it."""
    if "one row" in spec.description.lower():
        return spec.description
    return f"{spec.description} One row per {spec.grain}."


def _field(col: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": col.name, "type": _FRICTIONLESS_TYPES[col.type], "description": col.description}
    if col.type == "VARCHAR[]":
        field["description"] = f"List of strings. {col.description}"
    if col.example is not None:
        field["example"] = _array_example(col.example) if col.type == "VARCHAR[]" else col.example
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


def _array_example(example: Any) -> list[str]:
    """The specs write list examples for people ("[CHN, FRA]"); Frictionless wants a value of the
    field's type, an array.

    >>> _array_example("[China, People's Republic of China]")
    ['China', "People's Republic of China"]
    """
    if isinstance(example, list):
        return [str(v) for v in example]
    inner = str(example).strip().removeprefix("[").removesuffix("]")
    return [part.strip() for part in inner.split(",") if part.strip()]


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
                + (f", partitioned by `{spec.partition_by}` (hive folders `{spec.partition_by}=YYYY/`; rows of "
                   f"statements without a publication date are under `{spec.partition_by}={UNDATED_YEAR}/`)"
                   if spec.partition_by else ", one file"))
    if spec.offsets:
        keys.append("- `char_start`/`char_end` index `statements.text`: `text[char_start:char_end]` is the span.")
    rows = ["| column | type | required | meaning | allowed values | example |", "|---|---|---|---|---|---|"]
    rows += [_column_row(c) for c in spec.columns]
    return "\n".join([f"## {spec.name}", "", table_description(spec), "",
                      *keys, "", *rows, ""])


def _column_row(col: Column) -> str:
    cells = [f"`{col.name}`", f"{col.type} ({_PEOPLE_TYPES[col.type]})", "no" if col.nullable else "yes",
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
    return f"""One folder per table; partitioned tables keep the year in the folder names
(`year=2022/`), so read them with hive partitioning to get the `year` column back. Rows of
statements without a publication date are under `year={UNDATED_YEAR}/` (their `published_on` is
null; 0 is no calendar year). Every reader below opens every table as it is.
`datapackage.json` describes the same files for Frictionless tools
(`frictionless validate datapackage.json`).

```python
import pandas as pd
claims = pd.read_parquet("claims")            # year comes back as a categorical column
statements = pd.read_parquet("statements")
claims.merge(statements[["statement_id", "published_on", "title", "url"]], on="statement_id")

import polars as pl
claims = pl.read_parquet("claims/**/*.parquet", hive_partitioning=True)

import pyarrow.dataset as ds
claims = ds.dataset("claims", partitioning="hive").to_table()
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
