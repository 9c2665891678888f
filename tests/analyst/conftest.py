"""One sample warehouse per session (the bundled statement, no Prefect), plus an empty one.

Everything analyst-facing reads these read-only; tests that need other data (dates, a
second release) work on copies so the session warehouse stays what the pipeline wrote.
"""

from __future__ import annotations

import shutil
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


# Dates the tagger would find in the sample: a lone day, a year from the past, a vague reference.
SYNTHETIC_DATES = [
    (0, "28 May", "DATE", "2022-05-28", "2022-05-28", "2022-05-28", "day", 2),
    (1, "2018", "DATE", "2018", "2018-01-01", "2018-12-31", "year", 10),
    (2, "recently", "DATE", "PAST_REF", None, None, None, 11),
]


@pytest.fixture(scope="session")
def dated_db(sample_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample warehouse with a few `dates` rows, as the date tagger will write them."""
    path = tmp_path_factory.mktemp("analyst-dated") / DB_NAME
    shutil.copy(sample_data_dir / DB_NAME, path)
    with open_warehouse(path) as con:
        sid, year = con.execute("SELECT statement_id, year FROM statements").fetchall()[0]
        for date_id, text, kind, value, start, end, granularity, sentence in SYNTHETIC_DATES:
            con.execute("INSERT INTO dates (statement_id, year, date_id, text, timex_type, value, start_date, "
                        "end_date, granularity, sentence_index, section, char_start, char_end, extractor_version) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'body', 0, 1, 'dates-test')",
                        [sid, year, date_id, text, kind, value, start, end, granularity, sentence])
    return path
