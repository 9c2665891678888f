"""Rows to Arrow tables in the shapes of schemas/: statements, aliases, quarantine, runs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from . import __version__
from .records import Rejection, Statement
from .schema import rows_to_table
from .transform import TransformResult


def identity_rows(statements: Sequence[Statement], by_hash: dict[str, str], seen_ids: set[str],
                  now: datetime) -> tuple[list[dict[str, Any]], list[Statement]]:
    """statement_sources rows for every arrival, and the statements to process.

    The same content under a second identity (already in the warehouse, or earlier in
    this run) is an alias: a statement_sources row pointing at the first statement.
    `by_hash` (content_hash -> statement_id) and `seen_ids` carry what earlier chunks of the
    run admitted, so a run can be admitted chunk by chunk; both are updated in place.
    """
    rows, unique = [], []
    for st in statements:
        owner = by_hash.get(st.content_hash)
        is_alias = (owner is not None and owner != st.statement_id) or st.statement_id in seen_ids
        sid = owner if owner is not None and owner != st.statement_id else st.statement_id
        rows.append({"statement_id": sid, "year": st.year, "source": st.source, "source_uri": st.source_uri,
                     "url": st.url, "content_hash": st.content_hash, "is_primary": not is_alias,
                     "first_seen_at": now})
        if not is_alias:
            by_hash[st.content_hash] = st.statement_id
            seen_ids.add(st.statement_id)
            unique.append(st)
    return rows, unique


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
    """Arrow tables of the statement-level tables of a slice of the run."""
    parts: dict[str, list[pa.Table]] = {"sentences": [], "entities": [], "dates": [], "claims": []}
    statements = []
    for result in results:
        statements += [statement_row(st, run_id, versions) for st in result.statements]
        for table, batch in result.tables.items():
            parts[table].append(batch)
    loaded = {row["statement_id"] for row in statements}
    # an arrival whose statement failed extraction has nothing to point at: it is quarantined
    sources = [s for s in sources if s["statement_id"] in loaded or s["statement_id"] in known_ids]
    tables = {name: pa.concat_tables(batches) if batches else rows_to_table(name, [])
              for name, batches in parts.items()}
    tables["statements"] = rows_to_table("statements", statements)
    tables["statement_sources"] = rows_to_table("statement_sources", sources)
    return tables


def run_row(run_id: str, started: datetime, finished: datetime, source: str, model: str,
            extractor_versions: str, counts: dict[str, int], outcome: str) -> pa.Table:
    return rows_to_table("runs", [{
        "run_id": run_id, "started_at": started, "finished_at": finished, "source": source,
        "pipeline_version": __version__, "model": model,
        "extractor_versions": extractor_versions,
        "counts": json.dumps(counts, sort_keys=True), "outcome": outcome}])
