"""schemas/ drives the Arrow schema, the expectation suites, the DDL and the README catalogue:
they must agree."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb

from un_statements_etl.load.migrations import migrate
from un_statements_etl.schema import SCHEMA_DIR, TABLE_ORDER, all_specs, catalogue_markdown
from un_statements_etl.validate.suites import document_checks, table_checks

REPO = Path(__file__).resolve().parents[1]

DUCK_TO_SPEC = {"VARCHAR[]": "VARCHAR[]", "INTEGER": "INTEGER", "VARCHAR": "VARCHAR", "DATE": "DATE",
                "TIMESTAMP": "TIMESTAMP", "DOUBLE": "DOUBLE", "BOOLEAN": "BOOLEAN", "BIGINT": "BIGINT"}


def test_every_spec_file_is_a_known_table():
    assert sorted(p.stem for p in SCHEMA_DIR.glob("*.yaml")) == sorted(TABLE_ORDER)


def test_migrated_warehouse_matches_the_specs():
    con = duckdb.connect()
    migrate(con)
    for spec in all_specs():
        cols = con.execute("SELECT column_name, data_type FROM information_schema.columns "
                           "WHERE table_name = ? ORDER BY ordinal_position", [spec.name]).fetchall()
        assert [c for c, _ in cols] == spec.column_names, spec.name
        assert [DUCK_TO_SPEC[t] for _, t in cols] == [c.type for c in spec.columns], spec.name


def test_arrow_schema_matches_the_specs():
    for spec in all_specs():
        assert spec.arrow_schema().names == spec.column_names


def test_expectations_name_only_existing_columns():
    for spec in all_specs():
        checks = document_checks(spec, date(2026, 1, 1)) + table_checks(spec, ["a"], ["a"])
        for check in checks:
            for key in ("column", "column_A", "column_B"):
                column = check.kwargs.get(key)
                assert column is None or column in spec.column_names or column.startswith("_"), check.name
            assert all(c in spec.column_names for c in check.kwargs.get("column_list", []))


def test_enum_columns_get_an_in_set_expectation():
    for spec in all_specs():
        names = {c.kwargs.get("column") for c in document_checks(spec, date(2026, 1, 1))
                 if c.expectation == "ExpectColumnValuesToBeInSet"}
        assert names == {c.name for c in spec.columns if c.enum and c.name not in spec.primary_key}


def test_readme_catalogue_is_generated_from_the_specs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- catalogue:start -->\n(.*?)\n<!-- catalogue:end -->", readme, re.S)
    assert block, "README.md lacks the catalogue markers"
    assert block.group(1).strip() == catalogue_markdown().strip(), "run: python -m un_statements_etl.schema"
