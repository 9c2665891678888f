"""Rows to Arrow tables in the shapes of schemas/: statements, aliases, quarantine, runs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from . import __version__
from .records import Rejection, Statement
from .schema import rows_to_table
from .transform import TransformResult


def statement_row(st: Statement, run_id: str, versions: str) -> dict[str, Any]:
    return {"statement_id": st.statement_id, "source": st.source, "source_uri": st.source_uri, "url": st.url,
            "title": st.title, "speaker": st.speaker, "speaker_role": st.speaker_role,
            "published_on": st.published_on, "year": st.year, "location": st.location,
            "language": st.language, "kind": st.kind, "text": st.text, "word_count": len(st.text.split()),
            "content_hash": st.content_hash, "clean_steps": list(st.clean_steps), "withdrawn_at": st.withdrawn_at,
            "run_id": run_id, "extractor_versions": versions, "symbol": st.symbol,
            "delivered_by": st.delivered_by, "header_provenance": st.header_provenance}


def quarantine_table(rejections: Sequence[Rejection], run_id: str, now: datetime) -> pa.Table:
    return rows_to_table("quarantine", [
        {"source": r.source, "source_uri": r.source_uri, "reason": r.reason, "detail": r.detail,
         "run_id": run_id, "seen_at": now} for r in rejections])


def build_tables(results: Sequence[TransformResult], sources: list[dict[str, Any]],
                 run_id: str, known_ids: set[str], versions: str) -> dict[str, pa.Table]:
    """Arrow tables of the statement-level tables of a slice of the run.

    Intake hands each statement on once; should a statement still come twice (a newer
    version after the older was handed on), the later copy wins here and every row of the
    earlier goes, so a duplicate never reaches the gate as a duplicate key. So does a second
    statement_sources row for one (source, source_uri): the later one is kept.
    """
    parts: dict[str, list[pa.Table]] = {"sentences": [], "entities": [], "dates": [], "claims": []}
    statements = []
    for result, superseded in zip(results, _superseded(results), strict=True):
        statements += [statement_row(st, run_id, versions) for st in result.statements
                       if st.statement_id not in superseded]
        for table, batch in result.tables.items():
            parts[table].append(_without(batch, superseded))
    loaded = {row["statement_id"] for row in statements}
    # an arrival whose statement failed extraction has nothing to point at: it is quarantined
    arrivals = {(s["source"], s["source_uri"]): s for s in sources
                if s["statement_id"] in loaded or s["statement_id"] in known_ids}
    tables = {name: pa.concat_tables(batches) if batches else rows_to_table(name, [])
              for name, batches in parts.items()}
    tables["statements"] = rows_to_table("statements", statements)
    tables["statement_sources"] = rows_to_table("statement_sources", list(arrivals.values()))
    return tables


def _superseded(results: Sequence[TransformResult]) -> list[set[str]]:
    """For each result, the statement ids a later result of the slice carries again."""
    later: set[str] = set()
    out: list[set[str]] = []
    for result in reversed(results):
        ids = {st.statement_id for st in result.statements}
        out.append(ids & later)
        later |= ids
    return out[::-1]


def _without(table: pa.Table, statement_ids: set[str]) -> pa.Table:
    if not statement_ids or not table.num_rows:
        return table
    gone = pc.is_in(table["statement_id"], value_set=pa.array(sorted(statement_ids), pa.string()))
    return table.filter(pc.invert(gone))


def run_row(run_id: str, started: datetime, finished: datetime, source: str, model: str,
            extractor_versions: str, counts: dict[str, int], outcome: str) -> pa.Table:
    return rows_to_table("runs", [{
        "run_id": run_id, "started_at": started, "finished_at": finished, "source": source,
        "pipeline_version": __version__, "model": model,
        "extractor_versions": extractor_versions,
        "counts": json.dumps(counts, sort_keys=True), "outcome": outcome}])
