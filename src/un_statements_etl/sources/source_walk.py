"""What every web source does around the polite client: a page it could not fetch becomes a
quarantine row, a statement page must be HTML, a walk stops at `--limit`, and the client's
validators are committed only when the walk ran to its end."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

from ..errors import FetchError
from ..records import RawDocument, Rejection
from .guard import redact_text, redact_url
from .http import Fetched, PoliteClient


def fetch_error(source: str, url: str, exc: FetchError) -> Rejection:
    """The quarantine row of a page that could not be fetched (credentials redacted)."""
    return Rejection(source, redact_url(url), "fetch_error", redact_text(exc.reason))


HTML_TYPES = ("text/html", "application/xhtml+xml")


def fetch_html(polite: PoliteClient, source: str, url: str) -> Fetched | Rejection | None:
    """A statement page: the page, a Rejection (fetch failed, or not HTML), or None (304, unchanged)."""
    try:
        fetched = polite.get(url)
    except FetchError as exc:
        return fetch_error(source, url, exc)
    if fetched is not None and fetched.media_type not in HTML_TYPES:
        return Rejection(source, redact_url(url), "not_html",
                         f"the server sent {fetched.media_type or 'no content type'}, not an HTML page")
    return fetched


def since_date(settings: Any, since: date | None) -> date | None:
    """The explicit `since` (the caller's cursor), else settings.since (an ISO date string)."""
    if since is not None:
        return since
    raw = getattr(settings, "since", None)
    return date.fromisoformat(str(raw)[:10]) if raw else None


def take(items: Iterable[RawDocument | Rejection], limit: int | None) -> Iterator[RawDocument | Rejection]:
    """Stop after `limit` documents; Rejections pass through without counting."""
    count = 0
    for item in items:
        if limit is not None and count >= limit:
            return
        if isinstance(item, RawDocument):
            count += 1
        yield item


@contextmanager
def session(settings: Any, client: PoliteClient | None) -> Iterator[PoliteClient]:
    """The injected client as is, or a new one that commits its validators only when the
    walk ran to its end (a walk cut short or failed leaves the cache as it was)."""
    if client is not None:
        yield client
        return
    polite = PoliteClient.from_settings(settings)
    try:
        yield polite
        polite.commit()
    finally:
        polite.close()


def now() -> datetime:
    """Naive UTC, as RawDocument.fetched_at is everywhere else."""
    return datetime.now(UTC).replace(tzinfo=None)
