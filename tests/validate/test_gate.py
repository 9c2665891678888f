"""Validation drills: a faulty document is quarantined with the expectation named, a faulty
batch is refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from un_statements_etl.schema import STATEMENT_TABLES, rows_to_table
from un_statements_etl.validate import rejected_statements, validate_batch

TODAY = date(2026, 11, 28)
TEXT = "Title here\n\nThe High Commissioner welcomed the release of detainees in Geneva."


def statement(sid: str, **changes):
    row = {"statement_id": sid, "source": "local", "source_uri": f"/in/{sid}.txt", "url": None, "title": "Title here",
           "speaker": "A Speaker", "speaker_role": None, "published_on": date(2022, 5, 28), "year": 2022,
           "location": None, "language": "en", "kind": None, "text": TEXT, "word_count": len(TEXT.split()),
           "content_hash": "a" * 64, "clean_steps": [], "withdrawn_at": None, "run_id": "run_x"}
    return {**row, **changes}


def batch(n: int = 3, entity_changes: dict | None = None, statement_changes: dict | None = None):
    ids = [f"st_{i}" for i in range(n)]
    rows = {name: [] for name in STATEMENT_TABLES}
    for i, sid in enumerate(ids):
        rows["statements"].append(statement(sid, **(statement_changes or {}) if i == 1 else {}))
        rows["statement_sources"].append({"statement_id": sid, "year": 2022, "source": "local",
                                          "source_uri": f"/in/{sid}.txt", "url": None, "content_hash": "a" * 64,
                                          "is_primary": True, "first_seen_at": datetime(2026, 11, 28)})
        rows["sentences"] += [
            {"statement_id": sid, "year": 2022, "sentence_index": 0, "section": "title", "char_start": 0,
             "char_end": 10, "text": "Title here"},
            {"statement_id": sid, "year": 2022, "sentence_index": 1, "section": "body", "char_start": 12,
             "char_end": len(TEXT), "text": TEXT[12:]}]
        entity = {"statement_id": sid, "year": 2022, "mention_id": 0, "text": "Geneva", "label": "GPE",
                  "canonical_name": None, "canonical_id": None, "sentence_index": 1, "section": "body",
                  "char_start": TEXT.index("Geneva"), "char_end": TEXT.index("Geneva") + 6,
                  "extractor_version": "entities-test"}
        rows["entities"].append({**entity, **(entity_changes or {})} if i == 1 else entity)
    return {name: rows_to_table(name, r) for name, r in rows.items()}


def test_a_clean_batch_passes():
    result = validate_batch(batch(), TODAY, set())
    assert not result.refused and not result.rejected
    assert result.tables["statements"].num_rows == 3


@pytest.mark.parametrize("fault,expectation", [
    ({"char_end": len(TEXT) + 40}, "entities._text_length,char_end: expect_column_pair_values_a_to_be_greater_than_b"),
    ({"label": "WEAPON"}, "entities.label: expect_column_values_to_be_in_set"),
    ({"char_start": 70, "char_end": 60},
     "entities.char_end,char_start: expect_column_pair_values_a_to_be_greater_than_b"),
])
def test_a_faulty_mention_quarantines_its_statement_only(fault, expectation):
    tables = batch(entity_changes=fault)
    result = validate_batch(tables, TODAY, set())
    assert not result.refused
    assert list(result.rejected) == ["st_1"] and expectation in result.rejected["st_1"][0]
    assert sorted(result.tables["statements"]["statement_id"].to_pylist()) == ["st_0", "st_2"]
    assert "st_1" not in result.tables["sentences"]["statement_id"].to_pylist()
    _, uri, detail = rejected_statements(result, tables["statements"])[0]
    assert uri == "/in/st_1.txt" and expectation in detail


def test_a_publication_date_in_year_3000_is_quarantined():
    result = validate_batch(batch(statement_changes={"published_on": date(3000, 1, 1), "year": 3000}), TODAY, set())
    assert list(result.rejected) == ["st_1"]
    assert any("statements.published_on: expect_column_values_to_be_between" in r for r in result.rejected["st_1"])


def test_duplicate_keys_refuse_the_batch():
    tables = batch()
    import pyarrow as pa

    tables["entities"] = pa.concat_tables([tables["entities"], tables["entities"].slice(0, 1)])
    result = validate_batch(tables, TODAY, set())
    assert result.refused
    assert any("entities.statement_id,mention_id: expect_compound_columns_to_be_unique" in r for r in result.refusals)


def test_orphan_rows_refuse_the_batch():
    tables = batch()
    tables["sentences"] = tables["sentences"].set_column(
        0, "statement_id", rows_to_table("sentences", [{"statement_id": "st_ghost"}] * tables["sentences"].num_rows)[
            "statement_id"])
    result = validate_batch(tables, TODAY, set())
    assert result.refused
    assert any("sentences.statement_id: expect_column_values_to_be_in_set" in r for r in result.refusals)


def test_null_ids_refuse_the_batch():
    tables = batch()
    tables["statements"] = tables["statements"].set_column(
        0, "statement_id", rows_to_table("statements", [{}] * 3)["statement_id"])
    result = validate_batch(tables, TODAY, set())
    assert any("statements.statement_id: expect_column_values_to_not_be_null" in r for r in result.refusals)


def test_an_alias_may_point_at_a_statement_already_in_the_warehouse():
    tables = batch()
    alias = rows_to_table("statement_sources", [{"statement_id": "st_old", "year": 2022, "source": "local",
                                                 "source_uri": "/in/copy.txt", "content_hash": "b" * 64,
                                                 "is_primary": False, "first_seen_at": datetime(2026, 11, 28)}])
    import pyarrow as pa

    tables["statement_sources"] = pa.concat_tables([tables["statement_sources"], alias])
    assert validate_batch(tables, TODAY, {"st_old"}).refused is False
    assert validate_batch(tables, TODAY, set()).refused is True


def _with_claim(tables, target_ids: list[str]):
    claim = {"statement_id": "st_1", "year": 2022, "claim_id": 0, "text": TEXT[12:], "speaker": "A Speaker",
             "predicate": "welcome", "stance": "positive", "target": "the release of detainees",
             "target_entity_ids": target_ids, "confidence": 0.9, "rule": "first_person_verb",
             "sentence_index": 1, "section": "body", "char_start": 12, "char_end": len(TEXT),
             "extractor_version": "claims-test"}
    return {**tables, "claims": rows_to_table("claims", [claim])}


def test_claim_target_ids_that_join_the_catalog_pass():
    assert not validate_batch(_with_claim(batch(), ["CHN", "un:ohchr"]), TODAY, set()).refused


def test_a_claim_target_id_outside_the_catalog_refuses_the_batch():
    result = validate_batch(_with_claim(batch(), ["CHN", "Abu Shouk"]), TODAY, set())
    assert result.refused
    assert any(r.startswith("claims.target_entity_ids[]: expect_column_values_to_be_in_set") and "Abu Shouk" in r
               for r in result.refusals), result.refusals
