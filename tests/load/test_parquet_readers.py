"""Every table of the Parquet set opens in pandas, polars, pyarrow and DuckDB, dated or not.

The run includes a statement with no publication date: its rows sit in `year=0/`, which
every reader parses as the same integer partition (see load/parquet.py for why not nulls).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.dataset as ds
import pytest

from un_statements_etl.load.parquet import UNDATED_YEAR
from un_statements_etl.schema import TABLE_ORDER, load_spec


@pytest.fixture(scope="module")
def parquet_dir(mixed_data_dir: Path) -> Path:
    return (mixed_data_dir / "parquet").resolve()


@pytest.fixture(scope="module")
def counts(mixed_data_dir: Path) -> dict[str, int]:
    with duckdb.connect(str(mixed_data_dir / "un_statements.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM statements WHERE published_on IS NULL").fetchone()[0] == 1
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLE_ORDER}


def _readers(folder: Path) -> dict[str, pd.DataFrame]:
    glob = f"{folder}/**/*.parquet"
    return {
        "pandas": pd.read_parquet(folder),
        "polars": pl.read_parquet(glob, hive_partitioning=True).to_pandas(),
        "pyarrow": ds.dataset(folder, partitioning="hive").to_table().to_pandas(),
        "duckdb": duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)").df(),
    }


@pytest.mark.parametrize("table", TABLE_ORDER)
def test_every_reader_opens_every_table(parquet_dir: Path, counts: dict[str, int], table: str):
    spec = load_spec(table)
    for reader, frame in _readers(parquet_dir / table).items():
        assert len(frame) == counts[table], (reader, table)
        if spec.partition_by and counts[table]:
            assert sorted(frame.columns) == sorted(spec.column_names), (reader, table)


def test_undated_rows_are_in_the_undated_year_folder(parquet_dir: Path):
    assert (parquet_dir / "statements" / f"year={UNDATED_YEAR}").is_dir()
    assert not list(parquet_dir.rglob("*__HIVE_DEFAULT_PARTITION__*"))
    for reader, frame in _readers(parquet_dir / "statements").items():
        undated = frame[frame["published_on"].isna()]
        assert [int(y) for y in undated["year"]] == [UNDATED_YEAR], reader
