"""The data dictionary: current in docs/, complete, and a datapackage.json that matches the files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd

from un_statements_etl.dictionary import DOC_PATH, datapackage, dictionary_markdown, write_dictionary
from un_statements_etl.schema import TABLE_ORDER, all_specs

FRICTIONLESS_TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "any"}


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


def test_datapackage_describes_every_table_with_keys(sample_data_dir: Path):
    folder = (sample_data_dir / "parquet").resolve()
    package = datapackage(folder)
    assert package["profile"] == "tabular-data-package"
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLE_ORDER)
    for spec in all_specs():
        resource = resources[spec.name]
        paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
        assert resource["format"] == "parquet" and paths and "*" not in "".join(paths)
        assert all((folder / p).is_file() for p in paths)
        fields = resource["schema"]["fields"]
        in_files = [c for c in spec.columns if c.name != spec.partition_by]
        assert [f["name"] for f in fields] == [c.name for c in in_files]
        if spec.partition_by:
            assert [f["name"] for f in resource["hivePartitioning"]["fields"]] == [spec.partition_by]
        assert {f["type"] for f in fields} <= FRICTIONLESS_TYPES
        assert resource["schema"].get("primaryKey", []) == list(spec.primary_key)
        for fk in resource["schema"].get("foreignKeys", []):
            target = resources[fk["reference"]["resource"]]
            assert fk["reference"]["fields"] in [f["name"] for f in target["schema"]["fields"]]
        for col, field in zip(in_files, fields, strict=True):
            constraints = field.get("constraints", {})
            assert constraints.get("required", False) == (not col.nullable)
            assert constraints.get("enum") == (list(col.enum) if col.enum else None)
    assert package["licenses"][0]["path"] == "https://www.un.org/en/about-us/terms-of-use"


def test_no_description_says_its_grain_twice(sample_data_dir: Path):
    package = datapackage((sample_data_dir / "parquet").resolve())
    grains = {spec.name: spec.grain for spec in all_specs()}
    for resource in package["resources"]:
        said = resource["description"].lower().count(f"one row per {grains[resource['name']]}")
        assert said <= 1 and "one row" in resource["description"].lower(), resource["name"]
    assert dictionary_markdown().count("One row per statement,") == 1
    assert "One row per statement. One row per statement" not in dictionary_markdown()


def test_write_dictionary_beside_the_parquet_files(sample_data_dir: Path, tmp_path: Path):
    folder = tmp_path / "parquet"
    shutil.copytree((sample_data_dir / "parquet").resolve(), folder)
    write_dictionary(folder)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "© United Nations" in readme and "## claims" in readme and "hive" in readme
    with duckdb.connect() as con:
        for resource in package["resources"]:
            paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
            files = [str(folder / p) for p in paths]
            columns = [r[0] for r in con.execute(
                f"DESCRIBE SELECT * FROM read_parquet({files!r}, hive_partitioning = true)").fetchall()]
            described = resource["schema"]["fields"] + resource.get("hivePartitioning", {}).get("fields", [])
            assert sorted(columns) == sorted(f["name"] for f in described), resource["name"]


def test_the_readme_recipe_loads_in_pandas(sample_data_dir: Path):
    """What a colleague does with the folder: the README's pandas lines, verbatim."""
    folder = (sample_data_dir / "parquet").resolve()
    claims = pd.read_parquet(folder / "claims")
    statements = pd.read_parquet(folder / "statements")
    merged = claims.merge(statements[["statement_id", "published_on", "title", "url"]], on="statement_id")
    assert len(merged) == len(claims) > 0 and set(claims["year"].astype(int)) == {2022}
