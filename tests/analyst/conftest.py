"""One sample warehouse per session (the bundled statement, no Prefect), plus an empty one.

Everything analyst-facing reads these read-only; tests that need other data (dates, a
second release) work on copies so the session warehouse stays what the pipeline wrote.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from un_statements_etl.load import open_warehouse

DB_NAME = "un_statements.duckdb"


@pytest.fixture(scope="session")
def sample_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DATA_DIR after one plain-Python run over the bundled sample (warehouse, parquet/, reports/)."""
    from un_statements_etl.pipeline import run_pipeline
    from un_statements_etl.settings import load_settings

    data_dir = tmp_path_factory.mktemp("analyst-sample")
    run_pipeline(load_settings(env={}, data_dir=data_dir))
    return data_dir


@pytest.fixture(scope="session")
def empty_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated warehouse with every table and view, and no rows."""
    data_dir = tmp_path_factory.mktemp("analyst-empty")
    with open_warehouse(data_dir / DB_NAME):
        pass
    return data_dir


@pytest.fixture
def sample_con(sample_data_dir: Path):
    con = duckdb.connect(str(sample_data_dir / DB_NAME), read_only=True)
    yield con
    con.close()


@pytest.fixture
def empty_con(empty_data_dir: Path):
    con = duckdb.connect(str(empty_data_dir / DB_NAME), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="session")
def dated_db(sample_data_dir: Path) -> Path:
    """The sample warehouse: the date tagger has filled its `dates` table."""
    path = sample_data_dir / DB_NAME
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM dates").fetchone()[0] > 0
    return path
