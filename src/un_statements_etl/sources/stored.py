"""The `stored` source: statements already in the warehouse, for re-extraction.

When the extractors change, a run with `--source stored` re-runs only the transform over
the cleaned text the warehouse holds: no fetching (a web archive is not downloaded again)
and no cleaning. It yields the statements whose stored extractor versions differ from the
current ones (every statement with --reprocess), in chunks, so the archive is never in
memory at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb

from ..records import Section, Statement

_CHUNK = 256

_COLUMNS = ("statement_id", "source", "source_uri", "url", "title", "speaker", "speaker_role", "published_on",
            "location", "language", "kind", "text", "content_hash", "clean_steps", "withdrawn_at", "symbol",
            "delivered_by", "header_provenance")


def iter_stored_statements(db_path: Path, versions: str, reprocess: bool = False,
                           limit: int | None = None) -> Iterator[Statement]:
    """Statements of the warehouse at `db_path` that `versions` have not processed yet."""
    if not db_path.exists():
        return
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        stale = "" if reprocess else "WHERE extractor_versions IS DISTINCT FROM ?"
        ids = [sid for sid, in con.execute(f"SELECT statement_id FROM statements {stale} ORDER BY statement_id",
                                           [] if reprocess else [versions]).fetchall()]
        ids = ids[:limit] if limit is not None else ids
        for start in range(0, len(ids), _CHUNK):
            yield from _chunk(con, ids[start:start + _CHUNK])
    finally:
        con.close()


def _chunk(con: duckdb.DuckDBPyConnection, ids: list[str]) -> Iterator[Statement]:
    rows = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM statements WHERE list_contains(?, statement_id) "
                       "ORDER BY statement_id", [ids]).fetchall()
    sentences: dict[str, list[tuple[str, int, int]]] = {}
    for sid, section, start, end in con.execute(
            "SELECT statement_id, section, char_start, char_end FROM sentences WHERE list_contains(?, statement_id) "
            "ORDER BY statement_id, sentence_index", [ids]).fetchall():
        sentences.setdefault(sid, []).append((section, start, end))
    for row in rows:
        fields = dict(zip(_COLUMNS, row, strict=True))
        fields["clean_steps"] = tuple(fields["clean_steps"] or ())
        yield Statement(**fields, sections=sections_from_sentences(sentences.get(fields["statement_id"], []),
                                                                    len(fields["text"])))


def sections_from_sentences(sentences: list[tuple[str, int, int]], text_length: int) -> tuple[Section, ...]:
    """The section layout the stored sentences imply (the layout itself is not a column).

    A section runs from the first sentence of a run of sentences with its name to the end
    of the run's last one; the last section runs to the end of the text.

    >>> sections_from_sentences([("header", 0, 10), ("body", 12, 40), ("body", 41, 60)], 70)
    (Section(name='header', start=0, end=10), Section(name='body', start=10, end=70))
    """
    runs: list[list] = []
    for name, start, end in sentences:
        if runs and runs[-1][0] == name:
            runs[-1][2] = end
        else:
            runs.append([name, start, end])
    sections = []
    for i, (name, _, end) in enumerate(runs):
        begin = 0 if i == 0 else runs[i - 1][2]
        sections.append(Section(name, begin, end if i < len(runs) - 1 else text_length))
    return tuple(sections)
