"""Settled files: a local file whose bytes, and the code that reads them, are those of the run
that loaded its statement is not read and cleaned again (an unchanged re-run does no work
for it). The warehouse keeps, per file, the hash of its bytes and a fingerprint of the reading
code (`settled_files`, internal); intake asks here before preparing a document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa

PACKAGE = Path(__file__).resolve().parent
# everything that turns a file's bytes into a Statement: a change to any of it re-reads every file
READER_CODE = ("clean", "ingest", "sources/local.py", "records.py")


class Settled(NamedTuple):
    raw_hash: str
    statement_id: str
    content_hash: str
    published_on: date | None


@cache
def reader_fingerprint() -> str:
    """Hash of the reading code's source files and the package version."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for part in READER_CODE:
        path = PACKAGE / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()[:32]


def raw_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def settled_files(con: Any, source: str) -> dict[tuple[str, str], Settled]:
    """(source, source_uri) -> what the warehouse recorded of each file of `source` read by this reader."""
    rows = con.execute("SELECT source, source_uri, raw_hash, statement_id, content_hash, published_on "
                       "FROM settled_files WHERE source = ? AND reader = ?", [source, reader_fingerprint()]).fetchall()
    return {(row[0], row[1]): Settled(*row[2:]) for row in rows}


SCHEMA = pa.schema([("source", pa.string()), ("source_uri", pa.string()), ("raw_hash", pa.string()),
                    ("reader", pa.string()), ("statement_id", pa.string()), ("content_hash", pa.string()),
                    ("published_on", pa.date32())])


def settled_table(rows: Iterable[tuple[str, str, Settled]]) -> pa.Table:
    """Rows for `settled_files` (upserted on source, source_uri)."""
    reader = reader_fingerprint()
    return pa.Table.from_pylist([
        {"source": source, "source_uri": uri, "raw_hash": s.raw_hash, "reader": reader,
         "statement_id": s.statement_id, "content_hash": s.content_hash, "published_on": s.published_on}
        for source, uri, s in rows], schema=SCHEMA)
