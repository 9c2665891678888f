"""Sources: each yields RawDocument objects (and Rejections for what it could not read).

One module per source; `open_source` is the one public entry that picks it by name.
Web sources take an injected HTTP client so tests talk to a local server.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import ConfigError
from ..records import RawDocument, Rejection
from ..settings import Settings
from .local import iter_local_documents
from .ohchr import iter_ohchr_documents
from .rawstore import iter_raw_documents
from .reliefweb import iter_reliefweb_documents
from .un_press import iter_un_press_documents

SOURCES = ("local", "ohchr", "un-press", "reliefweb", "raw")  # plus "stored", read by the pipeline itself


def open_source(settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Documents of the source named in settings, oldest first where the source knows dates."""
    if settings.source == "local":
        return iter_local_documents(settings.inputs, limit=settings.limit, max_bytes=settings.max_document_bytes)
    if settings.source == "ohchr":
        return iter_ohchr_documents(settings)
    if settings.source == "un-press":
        return iter_un_press_documents(settings)
    if settings.source == "reliefweb":
        return iter_reliefweb_documents(settings)
    if settings.source == "raw":
        return iter_raw_documents(settings.raw_dir, limit=settings.limit)
    raise ConfigError(f"unknown or not yet available source {settings.source!r}; available: {', '.join(SOURCES)}")
