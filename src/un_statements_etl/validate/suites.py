"""Expectation suites built from schemas/: two levels.

* document level - column expectations (enums, patterns, ranges, required values, offsets
  inside the text). A failing row sends its statement to quarantine; the rest goes on.
* table level - keys unique and not null, foreign keys to `statements`, every element of a
  list column that is a foreign key (claims.target_entity_ids) in `entity_catalog`, row
  counts that must agree. A failure refuses the whole batch.
* distribution level - the batch as a whole looks like UN statements (most have a speaker,
  a date and a title; claims are found at the usual rate). Every row may be valid while
  a site's new template yields speakerless, dateless pages: these checks name that. They
  run on batches of at least DISTRIBUTION_MIN_STATEMENTS and never refuse a load; a web run
  whose batch fails them fails loudly after loading.

Suites are described as plain `Check` records so they can be listed, documented and
tested without importing Great Expectations (which takes seconds to import).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..schema import TableSpec

TEXT_LENGTH = "_text_length"  # helper column joined in from statements for offset checks


@dataclass(frozen=True)
class Check:
    table: str
    expectation: str  # Great Expectations class name, e.g. ExpectColumnValuesToBeInSet
    kwargs: dict[str, Any]
    level: str  # document | table | distribution

    @property
    def name(self) -> str:
        kw = self.kwargs
        columns = kw.get("column_list") or [kw[k] for k in ("column", "column_A", "column_B") if k in kw]
        target = ",".join(columns) or "table"
        return f"{self.table}.{target}: {_snake(self.expectation)}"


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def document_checks(spec: TableSpec, today: date) -> list[Check]:
    checks: list[Check] = []
    for col in spec.columns:
        if col.name in spec.primary_key or col.name == "statement_id":
            continue  # keys are table-level: a null or duplicate key refuses the batch
        def add(expectation: str, column: str = col.name, **kw: Any) -> None:
            checks.append(Check(spec.name, expectation, {"column": column, **kw}, "document"))

        if not col.nullable:
            add("ExpectColumnValuesToNotBeNull")
        if col.enum:
            add("ExpectColumnValuesToBeInSet", value_set=list(col.enum))
        if col.pattern:
            add("ExpectColumnValuesToMatchRegex", regex=col.pattern)
        if col.min_length:
            add("ExpectColumnValueLengthsToBeBetween", min_value=col.min_length)
        if col.type == "DATE" and (col.min or col.max_days_ahead is not None):
            latest = today + timedelta(days=col.max_days_ahead or 0)
            add("ExpectColumnValuesToBeBetween", min_value=str(col.min), max_value=latest.isoformat())
        elif col.min is not None or col.max is not None:
            add("ExpectColumnValuesToBeBetween", min_value=col.min, max_value=col.max)
    if spec.offsets:
        checks.append(Check(spec.name, "ExpectColumnPairValuesAToBeGreaterThanB",
                            {"column_A": "char_end", "column_B": "char_start"}, "document"))
        checks.append(Check(spec.name, "ExpectColumnPairValuesAToBeGreaterThanB",
                            {"column_A": TEXT_LENGTH, "column_B": "char_end", "or_equal": True}, "document"))
    return checks


def table_checks(spec: TableSpec, batch_ids: list[str], referable_ids: list[str]) -> list[Check]:
    """`batch_ids`: statements this batch loads; `referable_ids`: those plus the warehouse's."""
    checks: list[Check] = []
    for key in spec.primary_key:
        checks.append(Check(spec.name, "ExpectColumnValuesToNotBeNull", {"column": key}, "table"))
    if len(spec.primary_key) > 1:
        checks.append(Check(spec.name, "ExpectCompoundColumnsToBeUnique",
                            {"column_list": list(spec.primary_key)}, "table"))
    elif spec.primary_key:
        checks.append(Check(spec.name, "ExpectColumnValuesToBeUnique", {"column": spec.primary_key[0]}, "table"))
    for column, target in spec.foreign_keys.items():
        if target == "statements.statement_id":
            checks.append(Check(spec.name, "ExpectColumnValuesToBeInSet",
                                {"column": column, "value_set": referable_ids}, "table"))
    if spec.name == "sentences" and batch_ids:
        # every loaded statement has its sentences: a statement without any was half-processed
        checks.append(Check(spec.name, "ExpectColumnDistinctValuesToContainSet",
                            {"column": "statement_id", "value_set": batch_ids}, "table"))
    if spec.name == "statements":
        checks.append(Check(spec.name, "ExpectTableRowCountToEqual", {"value": len(batch_ids)}, "table"))
    return checks


ELEMENT_SUFFIX = "[]"  # `target_entity_ids[]`: the helper column of one list element per row


def element_key_checks(spec: TableSpec, catalog_ids: list[str]) -> list[Check]:
    """Foreign keys of list columns into entity_catalog, checked element by element: GX compares
    scalars, so the gate explodes the list into a helper column first."""
    return [Check(spec.name, "ExpectColumnValuesToBeInSet",
                  {"column": column + ELEMENT_SUFFIX, "value_set": catalog_ids}, "table")
            for column, target in spec.foreign_keys.items()
            if target == "entity_catalog.canonical_id" and spec.column(column).type == "VARCHAR[]"]


DISTRIBUTION_MIN_STATEMENTS = 10  # smaller batches say too little about a source's health
# Shares seen on healthy batches are far above these floors (speaker ~0.9, date and title ~1.0);
# the floors are set low enough that a mixed local folder does not trip them.
SPEAKER_SHARE, DATE_SHARE, TITLE_SHARE, CLAIMS_PER_STATEMENT = 0.5, 0.8, 0.8, 1.0


def distribution_checks(n_english: int) -> list[Check]:
    """Batch health: shares of statements with speaker, date and title; claims per English statement."""
    def share(column: str, mostly: float) -> Check:
        return Check("statements", "ExpectColumnValuesToNotBeNull", {"column": column, "mostly": mostly},
                     "distribution")

    return [share("speaker", SPEAKER_SHARE), share("published_on", DATE_SHARE), share("title", TITLE_SHARE),
            Check("claims", "ExpectTableRowCountToBeBetween",
                  {"min_value": int(n_english * CLAIMS_PER_STATEMENT)}, "distribution")]
