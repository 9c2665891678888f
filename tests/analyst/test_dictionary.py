"""The data dictionary: current in docs/, complete, and a datapackage.json that matches the files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from un_statements_etl.dictionary import DOC_PATH, datapackage, dictionary_markdown, write_dictionary
from un_statements_etl.schema import TABLE_ORDER, all_specs

FRICTIONLESS_TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "array"}


def test_committed_dictionary_is_current():
    assert DOC_PATH.read_text(encoding="utf-8") == dictionary_markdown(), \
        "docs/DATA_DICTIONARY.md is stale: run `python -m un_statements_etl.dictionary`"


def test_markdown_lists_every_table_column_and_allowed_value():
    text = dictionary_markdown()
    for spec in all_specs():
        assert f"## {spec.name}\n" in text
        for col in spec.columns:
            assert f"| `{col.name}` |" in text
            for value in col.enum or ():
                assert f"`{value}`" in text
    assert "© United Nations" in text and "https://www.un.org/en/about-us/terms-of-use" in text
    assert "ReliefWeb" in text and "supplied by the user" in text


def test_datapackage_describes_every_table_with_keys():
    package = datapackage()
    assert package["profile"] == "tabular-data-package"
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLE_ORDER)
    for spec in all_specs():
        resource = resources[spec.name]
        assert resource["format"] == "parquet" and resource["path"].endswith("*.parquet")
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == spec.column_names
        assert {f["type"] for f in fields} <= FRICTIONLESS_TYPES
        assert resource["schema"].get("primaryKey", []) == list(spec.primary_key)
        for fk in resource["schema"].get("foreignKeys", []):
            target = resources[fk["reference"]["resource"]]
            assert fk["reference"]["fields"] in [f["name"] for f in target["schema"]["fields"]]
        for col, field in zip(spec.columns, fields, strict=True):
            constraints = field.get("constraints", {})
            assert constraints.get("required", False) == (not col.nullable)
            assert constraints.get("enum") == (list(col.enum) if col.enum else None)
    assert package["licenses"][0]["path"] == "https://www.un.org/en/about-us/terms-of-use"


def test_write_dictionary_beside_the_parquet_files(sample_data_dir: Path, tmp_path: Path):
    folder = tmp_path / "parquet"
    shutil.copytree((sample_data_dir / "parquet").resolve(), folder)
    write_dictionary(folder)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "© United Nations" in readme and "## claims" in readme and "hive" in readme
    with duckdb.connect() as con:
        for resource in package["resources"]:
            files = list(folder.glob(resource["path"]))
            if not files:  # an empty table may have no file yet
                continue
            columns = [r[0] for r in con.execute(
                f"DESCRIBE SELECT * FROM read_parquet('{folder}/{resource['path']}', hive_partitioning = true)"
            ).fetchall()]
            assert sorted(columns) == sorted(f["name"] for f in resource["schema"]["fields"]), resource["name"]


def test_the_readme_recipe_loads_in_pandas(sample_data_dir: Path):
    """What a colleague does with the folder: the README's pandas lines, verbatim in spirit."""
    folder = (sample_data_dir / "parquet").resolve()
    year = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")
    claims = pd.read_parquet(folder / "claims", partitioning=year)
    statements = pd.read_parquet(folder / "statements", partitioning=year)
    merged = claims.merge(statements[["statement_id", "published_on", "title", "url"]], on="statement_id")
    assert len(merged) == len(claims) > 0 and set(claims["year"]) == {2022}
