"""Distribution checks: a batch of valid rows that does not look like statements is named."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from un_statements_etl.schema import STATEMENT_TABLES, rows_to_table
from un_statements_etl.validate import validate_batch


def batch(n: int, with_speaker: int, claims: int) -> dict[str, pa.Table]:
    statements = [{"statement_id": f"st_{i:016x}", "source": "ohchr", "source_uri": f"https://x/{i}",
                   "title": f"Statement {i}", "speaker": "Volker Türk" if i < with_speaker else None,
                   "published_on": date(2024, 1, 1), "year": 2024, "language": "en", "text": "Some words here.",
                   "word_count": 3, "content_hash": "0" * 64, "run_id": "run_x", "clean_steps": []}
                  for i in range(n)]
    sentences = [{"statement_id": s["statement_id"], "year": 2024, "sentence_index": 0, "section": "body",
                  "char_start": 0, "char_end": 16, "text": "Some words here."} for s in statements]
    claim_rows = [{"statement_id": statements[i % n]["statement_id"], "year": 2024, "claim_id": i // n,
                   "text": "Some words here.", "speaker": "Volker Türk", "predicate": "call", "stance": "neutral",
                   "confidence": 0.9, "rule": "first_person_verb", "target_entity_ids": [], "sentence_index": 0, "section": "body",
                   "char_start": 0, "char_end": 16, "extractor_version": "claims-test"} for i in range(claims)]
    tables = {name: rows_to_table(name, []) for name in STATEMENT_TABLES}
    tables.update(statements=rows_to_table("statements", statements),
                  sentences=rows_to_table("sentences", sentences), claims=rows_to_table("claims", claim_rows))
    return tables


def test_a_healthy_batch_has_no_warnings():
    result = validate_batch(batch(12, with_speaker=11, claims=30), date(2026, 11, 28), set())
    assert not result.refused and result.warnings == []


def test_speakerless_claimless_batch_is_named_but_not_refused():
    result = validate_batch(batch(12, with_speaker=2, claims=3), date(2026, 11, 28), set())
    assert not result.refused and result.tables["statements"].num_rows == 12
    assert any("statements.speaker" in w for w in result.warnings)
    assert any("claims" in w and "row_count" in w for w in result.warnings)


def test_small_batches_are_not_judged():
    assert validate_batch(batch(3, with_speaker=0, claims=0), date(2026, 11, 28), set()).warnings == []


def test_validating_in_slices_gives_the_same_verdicts():
    from un_statements_etl.validate import validate_run

    tables = batch(12, with_speaker=2, claims=30)
    claims = tables["claims"].to_pylist()
    claims[4]["stance"] = "furious"  # a document-level fault in one statement
    tables["claims"] = rows_to_table("claims", claims)
    whole = validate_batch(tables, date(2026, 11, 28), set())
    sliced = validate_run(tables, date(2026, 11, 28), set(), chunk=5)
    assert set(sliced.rejected) == set(whole.rejected) == {claims[4]["statement_id"]}
    assert sliced.refusals == whole.refusals == []
    assert sorted(sliced.warnings) == sorted(whole.warnings) and sliced.warnings
    for name in STATEMENT_TABLES:
        assert sliced.tables[name].sort_by("statement_id").equals(whole.tables[name].sort_by("statement_id")), name
    failed = {o.check.name for o in sliced.outcomes if not o.success}
    assert any("claims.stance" in name for name in failed)
    counts = {(o.check.name, o.check.level): o.unexpected_count for o in whole.outcomes}
    assert {(o.check.name, o.check.level): o.unexpected_count for o in sliced.outcomes} == counts


def test_a_duplicate_key_in_one_slice_refuses_the_run():
    from un_statements_etl.validate import validate_run

    tables = batch(12, with_speaker=12, claims=30)
    sentences = tables["sentences"].to_pylist()
    tables["sentences"] = rows_to_table("sentences", [*sentences, sentences[7]])
    assert validate_run(tables, date(2026, 11, 28), set(), chunk=5).refused
