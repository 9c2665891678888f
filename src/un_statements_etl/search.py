"""Full-text search over the sentences of the warehouse.

With DuckDB's `fts` extension (installed once from DuckDB's extension repository, or
already in ~/.duckdb), sentences are ranked by BM25 over a stemmed index built in memory
from the read-only warehouse, so a search never writes to the file other readers share.
Without it (offline, no extension) the search falls back to a plain case-insensitive
match of every word, unranked, and says so once: a memo in DATA_DIR (`.fts-unavailable`,
holding DuckDB's own error) keeps later searches from trying the download again, and
quiet, for a day.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

from .errors import ConfigError

FTS_MEMO = ".fts-unavailable"
RETRY_SECONDS = 24 * 3600  # a machine that comes online gets ranked search back within a day
FALLBACK_NOTICE = ("full-text ranking needs DuckDB's fts extension, which could not be installed (offline?); "
                   "showing sentences containing every word, unranked (said once a day)")
_COLUMNS = ["score", "published_on", "speaker", "title", "sentence", "statement_id", "sentence_index"]


@dataclass(frozen=True)
class SearchResult:
    columns: list[str]
    rows: list[tuple]
    ranked: bool  # False: the fts extension was not available and rows are a plain word match
    notice: str | None


def fts_available(con: duckdb.DuckDBPyConnection, try_install: bool = True) -> str | None:
    """Load fts, installing it first if it is not there yet (unless `try_install` is off);
    None when loaded, else why not (one line)."""
    try:
        con.execute("LOAD fts")
        return None
    except duckdb.Error as exc:
        if not try_install:
            return str(exc).splitlines()[0]
    try:
        con.execute("INSTALL fts")  # needs the network once; fails fast offline
        con.execute("LOAD fts")
        return None
    except duckdb.Error as exc:
        return str(exc).splitlines()[0]


def _failed_recently(memo: Path) -> bool:
    try:
        return time.time() - memo.stat().st_mtime < RETRY_SECONDS
    except OSError:
        return False


def _fts(con: duckdb.DuckDBPyConnection, memo: Path) -> tuple[bool, str | None]:
    """(ranked, notice): the notice only when the extension has just been found missing."""
    recent = _failed_recently(memo)
    why_not = fts_available(con, try_install=not recent)
    if why_not is None:
        return True, None
    if recent:
        return False, None
    with contextlib.suppress(OSError):  # a read-only data dir: the notice then comes each time
        memo.write_text(why_not + "\n", encoding="utf-8")
    return False, FALLBACK_NOTICE


def search_sentences(db_path: Path, terms: str, limit: int = 20) -> SearchResult:
    if not db_path.exists():
        raise ConfigError(f"no warehouse at {db_path}: run `un-statements run` first")
    words = terms.split()
    if not words:
        raise ConfigError("give at least one word to search for")
    con = duckdb.connect()  # in memory: the index lives here, the warehouse is only read
    try:
        con.execute("ATTACH '" + str(db_path).replace("'", "''") + "' AS wh (READ_ONLY)")
        ranked, notice = _fts(con, db_path.parent / FTS_MEMO)
        select = ("SELECT {score} AS score, s.published_on, s.speaker, s.title, t.text AS sentence, "
                  "statement_id, t.sentence_index FROM {source} t ")
        if ranked:
            con.execute("CREATE TABLE hits AS SELECT statement_id || ':' || sentence_index AS doc_key, "
                        "statement_id, sentence_index, text FROM wh.sentences")
            con.execute("PRAGMA create_fts_index('hits', 'doc_key', 'text', stemmer='english', "
                        "stopwords='english', lower=1, strip_accents=1)")
            sql = (select.format(score="round(fts_main_hits.match_bm25(t.doc_key, ?), 3)", source="hits")
                   + "JOIN wh.statements s USING (statement_id) "
                   "WHERE fts_main_hits.match_bm25(t.doc_key, ?) IS NOT NULL "
                   "ORDER BY score DESC, s.published_on DESC, statement_id, sentence_index LIMIT ?")
            rows = con.execute(sql, [terms, terms, limit]).fetchall()
            return SearchResult(_COLUMNS, rows, True, None)
        where = " AND ".join("t.text ILIKE ?" for _ in words)
        sql = (select.format(score="NULL::DOUBLE", source="wh.sentences") + "JOIN wh.statements s USING (statement_id) "
               f"WHERE {where} ORDER BY s.published_on DESC, statement_id, sentence_index LIMIT ?")
        rows = con.execute(sql, [*(f"%{w}%" for w in words), limit]).fetchall()
        return SearchResult(_COLUMNS, rows, False, notice)
    finally:
        con.close()
