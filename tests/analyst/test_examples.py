"""warehouse/examples.sql: ten named, commented analyst questions that run on the sample."""

from __future__ import annotations

import re

import duckdb
import pytest

from un_statements_etl.query import EXAMPLES, parse_examples

ALL = parse_examples(EXAMPLES.read_text(encoding="utf-8"))
IDS = [e.name for e in ALL]


def test_ten_named_and_explained_questions():
    assert len(ALL) == 10 and len(set(IDS)) == 10
    for example in ALL:
        assert re.fullmatch(r"[a-z0-9_]+", example.name), example.name
        assert example.question.endswith(("?", ".")), example.name
        assert example.expect in ("rows", "any"), example.name
        code = "\n".join(line for line in example.sql.splitlines() if not line.startswith("--"))
        assert code.rstrip().endswith(";") and code.count(";") == 1, example.name  # one statement each


@pytest.mark.parametrize("example", ALL, ids=IDS)
def test_runs_on_the_sample(sample_con, example):
    rows = sample_con.execute(example.sql).fetchall()
    if example.expect == "rows":
        assert rows, f"{example.name} returned no rows on the sample"


@pytest.mark.parametrize("example", ALL, ids=IDS)
def test_runs_on_an_empty_warehouse(empty_con, example):
    empty_con.execute(example.sql).fetchall()


def test_date_questions_answer_once_dates_exist(dated_db):
    """The questions marked 'any' are the ones waiting for the date tagger: with dates they return rows."""
    with duckdb.connect(str(dated_db), read_only=True) as con:
        for example in (e for e in ALL if e.expect == "any"):
            assert con.execute(example.sql).fetchall(), example.name


def test_xinjiang_question_returns_the_sentence(sample_con):
    example = next(e for e in ALL if e.name == "xinjiang_concerns_2022")
    rows = sample_con.execute(example.sql).fetchall()
    assert any("Xinjiang" in row[5] for row in rows)
