"""The raw store: every fetched document, compressed and content-addressed, under DATA_DIR/raw/.

A new cleaner or extractor must be able to re-run over everything ever fetched without
asking the sites again (`un-statements run --source raw`). Blobs live at
``raw/<source>/<sha256[:2]>/<sha256>.<ext>.gz`` (one file per distinct content, written
once); ``raw/index.jsonl`` records under which source and URI each content arrived, when,
and with which hints. Re-reading yields the original source and URI, never "raw", so
statement ids come out exactly as on the first run.

No part of a file name comes from a URL or a page: the name is the content's SHA-256 and
the folder the source name with everything but ``[A-Za-z0-9_.-]`` replaced (and never
``.`` or ``..``), so a hostile URI or index line cannot write or read outside raw/.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..records import RawDocument, Rejection

INDEX = "index.jsonl"
REQUIRED = ("source", "source_uri", "sha256", "media_type", "fetched_at")
_SHA256 = re.compile(r"[0-9a-f]{64}")
EXTENSIONS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
              "text/markdown": "md", "application/json": "json", "application/xml": "xml"}


@dataclass
class _IndexState:
    size: int = -1
    keys: set[tuple[str, str, str, str]] = field(default_factory=set)


_INDEXES: dict[Path, _IndexState] = {}  # what each index file holds, reloaded when it grows elsewhere


def blob_path(raw_dir: Path, source: str, sha256: str, media_type: str) -> Path:
    """Where a content is kept; ValueError for a `sha256` that is not 64 hex digits.

    >>> blob_path(Path("raw"), "un-press", "ab" * 32, "text/html").parent.as_posix()
    'raw/un-press/ab'
    >>> blob_path(Path("raw"), "..", "ab" * 32, "text/html").parent.as_posix()  # never a way out
    'raw/_../ab'
    """
    if not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
    folder = re.sub(r"[^A-Za-z0-9_.-]", "_", source) or "_"
    if set(folder) == {"."}:
        folder = "_" + folder  # "." and ".." are the only names that leave the folder
    return raw_dir / folder / sha256[:2] / f"{sha256}.{EXTENSIONS.get(media_type, 'bin')}.gz"


def store(raw_dir: Path, doc: RawDocument) -> Path:
    """Keep `doc` (idempotent: the same content is written once, the same arrival indexed once)."""
    sha256 = hashlib.sha256(doc.content).hexdigest()
    path = blob_path(raw_dir, doc.source, sha256, doc.media_type)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        with open(tmp, "wb") as blob, gzip.GzipFile(fileobj=blob, mode="wb", mtime=0) as gz:
            gz.write(doc.content)
        os.replace(tmp, path)  # readers never see half a blob
    hints = json.dumps(doc.hints, default=_encode, sort_keys=True, ensure_ascii=False)
    key = (doc.source, doc.source_uri, sha256, hints)
    state = _index_state(raw_dir / INDEX)
    if key not in state.keys:
        entry = {"source": doc.source, "source_uri": doc.source_uri, "sha256": sha256,
                 "media_type": doc.media_type, "fetched_at": doc.fetched_at.isoformat(),
                 "hints": json.loads(hints)}
        with open(raw_dir / INDEX, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        state.keys.add(key)
        state.size = (raw_dir / INDEX).stat().st_size
    return path


def iter_raw_documents(raw_dir: Path, limit: int | None = None) -> Iterator[RawDocument | Rejection]:
    """The latest stored version of every (source, source_uri), as it was first delivered.

    A blob that is missing or no longer matches its hash is a Rejection, not a crash.
    """
    count = 0
    for entry in _latest_entries(raw_dir / INDEX):
        if isinstance(entry, Rejection):
            yield entry
            continue
        if limit is not None and count >= limit:
            return
        item = _read(raw_dir, entry)
        count += isinstance(item, RawDocument)
        yield item


def unloaded(raw_dir: Path, source: str, loaded: set[tuple[str, str]],
             after: datetime | None) -> dict[str, dict[str, Any]]:
    """source_uri -> latest index entry of the pages of `source` fetched after `after` (the
    end of the source's last successful run) and not in `loaded`: what a run that died
    before publishing had already downloaded. Pages a successful run fetched and rejected
    are not among them: those are asked for again."""
    return {entry["source_uri"]: entry for entry in _latest_entries(raw_dir / INDEX)
            if not isinstance(entry, Rejection) and entry["source"] == source
            and (source, entry["source_uri"]) not in loaded
            and (after is None or datetime.fromisoformat(entry["fetched_at"]) > after)}


def read_entry(raw_dir: Path, entry: dict[str, Any]) -> RawDocument | Rejection:
    """The stored document of an index entry (a Rejection when the copy is missing or altered)."""
    return _read(raw_dir, entry)


def _read(raw_dir: Path, entry: dict[str, Any]) -> RawDocument | Rejection:
    source, uri, sha256 = entry["source"], entry["source_uri"], entry["sha256"]
    try:
        path = blob_path(raw_dir, source, sha256, entry["media_type"])
    except ValueError as exc:  # an edited index line must not point outside raw/
        return Rejection(source, uri, "corrupt_index", str(exc))
    try:
        with gzip.open(path, "rb") as gz:
            content = gz.read()
    except (OSError, EOFError) as exc:
        return Rejection(source, uri, "missing_raw", f"stored copy {path} cannot be read: {exc}")
    if hashlib.sha256(content).hexdigest() != sha256:
        return Rejection(source, uri, "corrupt_raw", f"stored copy {path} no longer matches its SHA-256")
    return RawDocument(source=source, source_uri=uri, content=content, media_type=entry["media_type"],
                       fetched_at=datetime.fromisoformat(entry["fetched_at"]),
                       hints=_decode(entry.get("hints") or {}))


def _latest_entries(index: Path) -> Iterator[dict[str, Any] | Rejection]:
    """Index entries, the last one per (source, source_uri), in the order they were last fetched."""
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    if not index.exists():
        return
    with open(index, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                missing = [name for name in REQUIRED if not isinstance(entry.get(name), str)]
                if missing:
                    raise KeyError(", ".join(missing))
                key = (entry["source"], entry["source_uri"])
            except (ValueError, KeyError, AttributeError) as exc:
                yield Rejection("raw", f"{index}:{number}", "corrupt_index", f"index line unreadable: {exc!r}")
                continue
            latest.pop(key, None)
            latest[key] = entry
    yield from latest.values()


def _index_state(index: Path) -> _IndexState:
    key = index.resolve()
    state = _INDEXES.setdefault(key, _IndexState())
    size = index.stat().st_size if index.exists() else 0
    if size != state.size:  # written by another process (or first use): read it again
        state.keys = set()
        for entry in _index_lines(index):
            hints = json.dumps(entry.get("hints") or {}, sort_keys=True, ensure_ascii=False)
            state.keys.add((str(entry.get("source")), str(entry.get("source_uri")), str(entry.get("sha256")), hints))
        state.size = size
    return state


def _index_lines(index: Path) -> Iterator[dict[str, Any]]:
    if not index.exists():
        return
    with open(index, encoding="utf-8") as handle:
        for line in handle:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict):
                yield entry


def _encode(value: Any) -> Any:
    """Hints are JSON with tagged dates, so a date comes back a date.

    >>> _encode(date(2022, 5, 28))
    {'$date': '2022-05-28'}
    """
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, (set, tuple)):
        return list(value)
    return str(value)


def _decode(value: Any) -> Any:
    """Inverse of `_encode` over a whole hints value.

    >>> _decode({"published_on": {"$date": "2022-05-28"}, "kind": "STATEMENT"})
    {'published_on': datetime.date(2022, 5, 28), 'kind': 'STATEMENT'}
    """
    if isinstance(value, dict):
        if set(value) == {"$date"}:
            return date.fromisoformat(value["$date"])
        if set(value) == {"$datetime"}:
            return datetime.fromisoformat(value["$datetime"])
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value
