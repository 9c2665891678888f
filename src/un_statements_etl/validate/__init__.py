"""Validation gate: document-level failures quarantine a statement, table-level failures
refuse the batch. `validate_batch` is the public entry; `report.py` writes the HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..schema import STATEMENT_TABLES, load_spec
from .runner import Outcome, run_checks
from .suites import (
    DISTRIBUTION_MIN_STATEMENTS,
    ELEMENT_SUFFIX,
    TEXT_LENGTH,
    Check,
    distribution_checks,
    document_checks,
    element_key_checks,
    table_checks,
)


@dataclass
class ValidationResult:
    tables: dict[str, pa.Table]  # what may be loaded: rejected statements removed
    rejected: dict[str, list[str]] = field(default_factory=dict)  # statement_id -> failed checks
    refusals: list[str] = field(default_factory=list)  # table-level failures: load nothing
    warnings: list[str] = field(default_factory=list)  # distribution failures: the batch looks unlike statements
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.refusals)


# statements validated together: bounds the pandas frames GX works on; each slice costs GX's
# fixed overhead (about a second per suite), so slices are large
CHUNK_STATEMENTS = 1000


def warm_up() -> None:
    """Import Great Expectations and build its context now (seconds), e.g. while the first
    batch parses elsewhere, rather than when the first slice reaches the gate."""
    from .runner import _context

    _context()


def validate_run(tables: dict[str, pa.Table], today: date, known_ids: set[str],
                 chunk: int = CHUNK_STATEMENTS) -> ValidationResult:
    """`validate_batch` over slices of `chunk` statements, merged: the same verdicts, with
    memory bounded by the slice, not the run (GX validates pandas frames, several times the
    size of the Arrow rows). Distribution checks look at the whole run once."""
    ids = tables["statements"]["statement_id"].to_pylist()
    if len(ids) <= chunk:
        return validate_batch(tables, today, known_ids)
    referable = known_ids | set(ids)  # an alias may point at a statement of another slice
    merged = ValidationResult(tables={})
    parts: dict[str, list[pa.Table]] = {name: [] for name in STATEMENT_TABLES}
    for start in range(0, len(ids), chunk):
        wanted = pa.array(ids[start:start + chunk], type=pa.string())
        piece = {name: tables[name].filter(pc.is_in(tables[name]["statement_id"], value_set=wanted))
                 for name in STATEMENT_TABLES}
        part = validate_batch(piece, today, referable, distribution=False)
        for name in STATEMENT_TABLES:
            parts[name].append(part.tables[name])
        merged.rejected.update(part.rejected)
        merged.refusals += part.refusals
        merged.outcomes = _merge_outcomes(merged.outcomes, part.outcomes)
    merged.tables = {**tables, **{name: pa.concat_tables(parts[name]) for name in STATEMENT_TABLES}}
    _distribution(merged, _text_lengths(merged.tables["statements"]))
    return merged


def merge_into(total: ValidationResult, part: ValidationResult) -> None:
    """Add a slice's verdicts to the run's (its tables are not kept: they are loaded and freed)."""
    total.rejected.update(part.rejected)
    total.refusals += part.refusals
    total.warnings += part.warnings
    total.outcomes = _merge_outcomes(total.outcomes, part.outcomes)


def _merge_outcomes(seen: list[Outcome], new: list[Outcome]) -> list[Outcome]:
    """One outcome per check across slices: failed if it failed anywhere, failing rows counted."""
    if not seen:
        return list(new)
    by_name = {o.check.name + o.check.level: o for o in seen}
    for o in new:
        key = o.check.name + o.check.level
        old = by_name.get(key)
        if old is None:
            by_name[key] = o
            continue
        by_name[key] = Outcome(old.check, old.success and o.success, (), (old.examples + o.examples)[:3],
                               old.error or o.error, old.unexpected_count + o.unexpected_count)
    return list(by_name.values())


def validate_batch(tables: dict[str, pa.Table], today: date, known_ids: set[str],
                   distribution: bool = True) -> ValidationResult:
    """Validate the batch's statement tables; other tables pass through unchanged.

    `known_ids` are statements already in the warehouse, which aliases may point at."""
    text_length = _text_lengths(tables["statements"])
    result = ValidationResult(tables=dict(tables))
    for name in STATEMENT_TABLES:
        frame = _frame(tables[name], text_length)
        outcomes = run_checks(name, frame, document_checks(load_spec(name), today))
        result.outcomes += outcomes
        for outcome in outcomes:
            if outcome.error:
                result.refusals.append(f"{outcome.check.name} could not run: {outcome.error}")
            # rows of statements not in this batch are orphans: the table-level checks refuse them
            for sid in {frame["statement_id"].iloc[i] for i in outcome.unexpected_rows} & set(text_length):
                result.rejected.setdefault(sid, []).append(_describe(outcome))
    doomed = pa.array(sorted(result.rejected), type=pa.string())
    for name in STATEMENT_TABLES:
        table = result.tables[name]
        result.tables[name] = table.filter(pc.invert(pc.is_in(table["statement_id"], value_set=doomed)))
    batch_ids = sorted(set(text_length) - set(result.rejected))
    referable = sorted(set(batch_ids) | known_ids)
    for name in STATEMENT_TABLES:
        checks = table_checks(load_spec(name), batch_ids, referable)
        outcomes = run_checks(name, _frame(result.tables[name], text_length), checks)
        outcomes += _element_keys(name, result.tables[name])
        result.outcomes += outcomes
        result.refusals += [_describe(o) for o in outcomes if not o.success]
    if distribution:
        _distribution(result, text_length)
    return result


def _element_keys(name: str, table: pa.Table) -> list[Outcome]:
    """List-column foreign keys (claims.target_entity_ids -> entity_catalog), one row per element."""
    outcomes: list[Outcome] = []
    for check in element_key_checks(load_spec(name), catalog_ids()):
        helper = check.kwargs["column"]
        column = helper.removesuffix(ELEMENT_SUFFIX)
        pairs = [(row["statement_id"], value) for row in table.select(["statement_id", column]).to_pylist()
                 for value in row[column] or ()]
        frame = pd.DataFrame(pairs, columns=["statement_id", helper], dtype="str")
        outcomes += run_checks(f"{name}_elements", frame, [check])
    return outcomes


@cache
def catalog_ids() -> list[str]:
    """Ids of the entity_catalog this version loads: the gazetteers' (imported late: they are large)."""
    from ..extract import catalog_rows

    return sorted(row["canonical_id"] for row in catalog_rows())


def _distribution(result: ValidationResult, text_length: dict[str, int]) -> None:
    statements = result.tables["statements"]
    if statements.num_rows < DISTRIBUTION_MIN_STATEMENTS:
        return
    n_english = pc.sum(pc.equal(statements["language"], "en")).as_py() or 0
    for name, checks in _by_table(distribution_checks(n_english)).items():
        # only the columns the checks read: the whole claims table is not needed to count it
        table = result.tables[name]
        columns = [c for c in ("statement_id", "speaker", "published_on", "title") if c in table.column_names]
        outcomes = run_checks(name, _frame(table.select(columns), text_length), checks)
        result.outcomes += outcomes
        result.warnings += [_describe(o) for o in outcomes if not o.success]


def _by_table(checks: list[Check]) -> dict[str, list[Check]]:
    grouped: dict[str, list[Check]] = {}
    for check in checks:
        grouped.setdefault(check.table, []).append(check)
    return grouped


def rejected_statements(result: ValidationResult, statements: pa.Table) -> list[tuple[str, str, str]]:
    """(source, source_uri, detail) of each statement the document-level checks rejected."""
    rows = statements.select(["statement_id", "source", "source_uri"]).to_pylist()
    return [(r["source"], r["source_uri"], f"{r['statement_id']} failed " + "; ".join(result.rejected[sid]))
            for r in rows if (sid := r["statement_id"]) in result.rejected]


def _describe(outcome: Outcome) -> str:
    examples = f" e.g. {', '.join(repr(e) for e in outcome.examples)}" if outcome.examples else ""
    rows = f" ({outcome.unexpected_count} rows)" if outcome.unexpected_count else ""
    return f"{outcome.check.name}{rows}{examples}"


def _text_lengths(statements: pa.Table) -> dict[str, int]:
    ids = statements["statement_id"].to_pylist()
    lengths = pc.utf8_length(statements["text"]).to_pylist()
    return {sid: n or 0 for sid, n in zip(ids, lengths, strict=True) if sid is not None}


_CHECKED_PREFIX = 128  # longer than any enum value, id or hash a check reads; text checks need only non-emptiness


def _frame(table: pa.Table, text_length: dict[str, int]) -> pd.DataFrame:
    # Long strings (statement text, sentences, claims) are cut to their first characters
    # before pandas: the checks on them only test presence and minimum length, and the
    # frames GX works on are then a fraction of the text's size.
    for i, col in enumerate(table.schema):
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            table = table.set_column(i, col, pc.utf8_slice_codeunits(table.column(i), 0, _CHECKED_PREFIX))
    frame = table.to_pandas()
    for col in table.schema:
        if pa.types.is_date(col.type):
            frame[col.name] = pd.to_datetime(frame[col.name])
    if "char_end" in frame.columns:
        frame[TEXT_LENGTH] = frame["statement_id"].map(text_length).fillna(-1).astype("int64")
    return frame
