"""Local files and folders (.txt, .md, .html); with no input, the bundled samples."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..records import RawDocument, Rejection
from ..settings import BUNDLED_SAMPLES

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}


def iter_local_documents(inputs: Iterable[Path], limit: int | None = None) -> Iterator[RawDocument | Rejection]:
    """Every file under `inputs` in a stable order; unreadable paths become Rejections.

    Files with another suffix inside a folder are still offered (and quarantined by the
    ingest stage if they are not text), so nothing dropped into an inbox goes unnoticed.
    """
    paths = list(inputs) or [BUNDLED_SAMPLES]
    count = 0
    for path in _walk(paths):
        if limit is not None and count >= limit:
            return
        count += 1
        uri = str(path.resolve())
        try:
            content = path.read_bytes()
        except OSError as exc:
            yield Rejection("local", uri, "unreadable", f"could not read the file: {exc.strerror or exc}")
            continue
        yield RawDocument(source="local", source_uri=uri, content=content,
                          media_type=MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream"),
                          fetched_at=datetime.now(UTC).replace(tzinfo=None))


def _walk(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            # a missing path is yielded too: reading it fails and it is quarantined by name
            yield path
