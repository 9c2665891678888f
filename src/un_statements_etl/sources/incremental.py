"""Incremental web runs: the cursor per source, the revisit window, the raw store, and when
the conditional-GET validators a run learned may be kept.

Order of trust, so a failed run never makes the next one believe it has what it lost:

1. fetch: every page read is kept in the raw store (content-addressed, so a retry costs no
   disk) and its ETag/Last-Modified stay *pending* in memory;
2. load: the new cursor is written in the same warehouse transaction as the rows;
3. only after the new warehouse version is published are the validators saved
   (`save_validators`). A run that dies before that re-downloads the pages next time
   instead of receiving "304 Not Modified" for rows it never loaded.

The window a run reads starts `revisit_days` before the cursor (corrections to recent
statements are picked up, removed ones are marked withdrawn); an explicit `--since`
(a backfill) wins over the cursor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from ..errors import SourceSilentError
from ..records import RawDocument, Rejection
from .http import Fetched, PoliteClient, redact_url
from .http_cache import HttpCache
from .ohchr import iter_ohchr_documents
from .rawstore import read_entry, store, unloaded
from .reliefweb import iter_reliefweb_documents
from .repeats import WalkLog
from .un_press import iter_un_press_documents

WebIterator = Callable[..., Iterator[RawDocument | Rejection]]
WEB_SOURCES: dict[str, WebIterator] = {
    "ohchr": iter_ohchr_documents,
    "un-press": iter_un_press_documents,
    "reliefweb": iter_reliefweb_documents,
}
_GONE = re.compile(r"\bHTTP (404|410)\b")


@dataclass(frozen=True)
class Cursor:
    """What the warehouse knows of a source: the newest publication date loaded, and when it moved."""

    source: str
    newest: date | None = None
    moved_at: datetime | None = None


@dataclass
class WebFetch:
    documents: list[RawDocument]
    rejections: list[Rejection]
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # saved only after publish
    window_start: date | None = None
    walk: WalkLog = field(default_factory=WalkLog)  # items met again, listings that shifted


def window_start(since: str | None, cursor: Cursor, revisit_days: int) -> date | None:
    """Where a run starts reading: an explicit since, else the cursor minus the revisit window.

    >>> window_start(None, Cursor("ohchr", date(2022, 5, 28)), 30)
    datetime.date(2022, 4, 28)
    >>> window_start("2010-01-01", Cursor("ohchr", date(2022, 5, 28)), 30)
    datetime.date(2010, 1, 1)
    >>> window_start(None, Cursor("ohchr"), 30) is None
    True
    """
    if since:
        return date.fromisoformat(since[:10])
    return cursor.newest - timedelta(days=revisit_days) if cursor.newest else None


def fetch_web(settings: Any, cursor: Cursor, loaded: frozenset[tuple[str, str]] = frozenset(),
              last_success: datetime | None = None, client: PoliteClient | None = None) -> WebFetch:
    """Read the source's window, keeping every page in the raw store as it arrives.

    Pages an earlier run stored but never loaded (it died first) are taken from the raw
    store, not downloaded again: a long backfill resumes where it stopped.
    """
    start = window_start(settings.since, cursor, settings.revisit_days)
    polite = client or PoliteClient.from_settings(settings)
    pending = unloaded(settings.raw_dir, settings.source, set(loaded), last_success)
    polite.replay = _replay_from(settings.raw_dir, pending)
    documents: list[RawDocument] = []
    rejections: list[Rejection] = []
    walk = WalkLog()
    try:
        for item in WEB_SOURCES[settings.source](settings, client=polite, since=start, walk=walk):
            if isinstance(item, Rejection):
                rejections.append(item)
                continue
            store(settings.raw_dir, item)  # before anything can fail: `--source raw` can redo the run
            documents.append(item)
        validators = dict(polite.cache.pending)
    finally:
        if client is None:
            polite.close()
    return WebFetch(documents, rejections, validators, start, walk)


def _replay_from(raw_dir: Any, pending: dict[str, dict[str, Any]]) -> Callable[[str], Fetched | None]:
    def replay(url: str) -> Fetched | None:
        entry = pending.get(redact_url(url))
        document = read_entry(raw_dir, entry) if entry else None
        if not isinstance(document, RawDocument):
            return None  # not stored, or the copy is damaged: fetch it
        return Fetched(url, 200, document.content, document.media_type, httpx.Headers())

    return replay


def save_validators(settings: Any, validators: dict[str, dict[str, str]]) -> None:
    """Keep the validators of a published run, so the next run's conditional GETs can say 304."""
    if validators:
        cache = HttpCache(settings.raw_dir / "http_cache.json")
        cache.pending.update(validators)
        cache.commit()


def split_gone(rejections: list[Rejection], known_uris: set[tuple[str, str]]) -> tuple[list[Rejection], list[str]]:
    """Pages the site no longer serves (404/410) that the warehouse holds: withdrawn, not bad input.

    >>> gone = Rejection("ohchr", "https://x/a", "fetch_error", "HTTP 404")
    >>> other = Rejection("ohchr", "https://x/b", "fetch_error", "HTTP 404")
    >>> split_gone([gone, other], {("ohchr", "https://x/a")})
    ([Rejection(source='ohchr', source_uri='https://x/b', reason='fetch_error', detail='HTTP 404')], ['https://x/a'])
    """
    kept, withdrawn = [], []
    for rejection in rejections:
        if (rejection.reason == "fetch_error" and _GONE.search(rejection.detail)
                and (rejection.source, rejection.source_uri) in known_uris):
            withdrawn.append(rejection.source_uri)
        else:
            kept.append(rejection)
    return kept, withdrawn


def next_cursor(cursor: Cursor, published: list[date | None], now: datetime) -> Cursor:
    """The cursor after a run: the newest date loaded; it moves only when something new arrived.

    >>> c = next_cursor(Cursor("ohchr", date(2022, 5, 1)), [date(2022, 4, 2), date(2022, 5, 3), None],
    ...                 datetime(2026, 1, 1))
    >>> c.newest, c.moved_at
    (datetime.date(2022, 5, 3), datetime.datetime(2026, 1, 1, 0, 0))
    >>> next_cursor(c, [date(2022, 4, 2)], datetime(2026, 2, 1)) == c
    True
    """
    newest = max((d for d in published if d is not None), default=None)
    if newest is None or (cursor.newest is not None and newest <= cursor.newest):
        return cursor
    return Cursor(cursor.source, newest, now)


def check_cadence(cursor: Cursor, new_documents: int, now: datetime, silence_days: int) -> None:
    """Fail loudly when a source has yielded nothing new for longer than its cadence.

    >>> quiet = Cursor("ohchr", date(2022, 5, 1), datetime(2026, 1, 1))
    >>> check_cadence(quiet, 0, datetime(2026, 1, 20), 14)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    un_statements_etl.errors.SourceSilentError: source ohchr has yielded nothing new since 2026-01-01 (19 days; ...
    """
    if new_documents or cursor.moved_at is None:
        return
    silent = (now - cursor.moved_at).days
    if silent > silence_days:
        raise SourceSilentError(
            f"source {cursor.source} has yielded nothing new since {cursor.moved_at:%Y-%m-%d} ({silent} days; "
            f"expected at least every {silence_days}): the site may be down or its pages may have changed")
