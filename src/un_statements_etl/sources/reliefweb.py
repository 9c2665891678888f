"""ReliefWeb API v2: OHCHR news and press releases as ReliefWeb republishes them.

ReliefWeb asks every client for an approved `appname`; without one the source refuses to
start rather than send anonymous traffic. The API pages with `limit` (at most 1000) and
`offset`, newest first; the walk stops at a short page or at the first report older than
`since`. A report keeps the URL of the OHCHR original (`origin`) as its identity hint, so
the same statement arriving from ohchr.org and from ReliefWeb is one statement.

The appname travels in the query string, so every URL this source hands on (Rejections,
RawDocuments, their hints) goes through `redact_url` first.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from ..errors import ConfigError, FetchError
from ..records import RawDocument, Rejection
from .http import PoliteClient, redact_url, setting
from .ohchr import MAX_REPEATED_PAGES, parse_iso_date
from .repeats import WalkLog, url_key
from .source_walk import fetch_error, now, session, since_date, take

SOURCE = "reliefweb"
DEFAULT_BASE = "https://api.reliefweb.int"
MAX_LIMIT = 1000
FIELDS = ["title", "body-html", "body", "date.original", "url_alias", "url", "origin", "source.shortname"]


def appname(settings: Any) -> str:
    """The ReliefWeb appname from settings, else UNS_RELIEFWEB_APPNAME; a clear error when neither."""
    name = setting(settings, "reliefweb_appname", None) or os.environ.get("UNS_RELIEFWEB_APPNAME")
    if not name:
        raise ConfigError("the reliefweb source needs an approved ReliefWeb appname: set the setting "
                          "reliefweb_appname or the environment variable UNS_RELIEFWEB_APPNAME "
                          "(request one at https://apidoc.reliefweb.int/parameters#appname)")
    return str(name)


def query(offset: int, limit: int, since: date | None) -> dict[str, Any]:
    """The POST body of one page: OHCHR, News and Press Release, newest first.

    >>> q = query(0, 50, date(2024, 1, 1))
    >>> q["sort"], q["limit"], q["filter"]["conditions"][2]
    (['date.original:desc'], 50, {'field': 'date.original', 'value': {'from': '2024-01-01T00:00:00+00:00'}})
    """
    conditions: list[dict[str, Any]] = [{"field": "source.shortname", "value": "OHCHR"},
                                        {"field": "format.name", "value": "News and Press Release"}]
    if since:
        conditions.append({"field": "date.original", "value": {"from": f"{since.isoformat()}T00:00:00+00:00"}})
    return {"filter": {"operator": "AND", "conditions": conditions}, "fields": {"include": FIELDS},
            "sort": ["date.original:desc"], "limit": limit, "offset": offset}


def iter_reliefweb_documents(settings: Any, client: PoliteClient | None = None, since: date | None = None,
                             walk: WalkLog | None = None) -> Iterator[RawDocument | Rejection]:
    """OHCHR reports on ReliefWeb published on or after `since`, newest first, each once
    (`walk` counts the reports met again as the offsets shift)."""
    name = appname(settings)  # before any request: a missing appname is a configuration error
    base = (getattr(settings, "base_url", None) or DEFAULT_BASE).rstrip("/")
    limit = max(1, min(MAX_LIMIT, int(setting(settings, "reliefweb_page_size", MAX_LIMIT))))
    since = since_date(settings, since)
    walk = walk if walk is not None else WalkLog()
    max_repeated = int(setting(settings, "max_repeated_listing_pages", MAX_REPEATED_PAGES))
    with session(settings, client) as polite:
        endpoint = f"{base}/v2/reports?appname={quote(name, safe='')}"
        yield from take(_pages(polite, _Paging(endpoint, base, limit, since, max_repeated), walk), settings.limit)


@dataclass(frozen=True)
class _Paging:
    endpoint: str
    base: str
    limit: int
    since: date | None
    max_repeated: int  # pages in a row holding only reports met before, before the walk stops


def _pages(polite: PoliteClient, paging: _Paging, walk: WalkLog) -> Iterator[RawDocument | Rejection]:
    """Every page until a short page or a report older than `since`. Offsets shift when
    reports are published while the walk pages: a report met again is counted, not yielded;
    a page of nothing but such reports is warned about, and the walk stops when they recur."""
    offset, repeated = 0, 0
    while True:
        try:
            answer = polite.post_json(paging.endpoint, query(offset, paging.limit, paging.since))
        except FetchError as exc:
            yield fetch_error(SOURCE, f"{paging.endpoint}&offset={offset}", exc)
            return
        reports = (answer.get("data") or []) if isinstance(answer, dict) else []
        fresh = 0
        for report in reports:
            fields = report.get("fields") or {}
            published = parse_iso_date((fields.get("date") or {}).get("original"))
            if paging.since and published and published < paging.since:
                return  # sorted newest first: everything after is older still
            if walk.first_time("listing", _report_key(report, fields)):
                fresh += 1
                yield _document(report, fields, published, paging.base)
        if len(reports) < paging.limit:
            return
        repeated = 0 if fresh else repeated + 1
        if repeated:
            walk.shifted(f"{SOURCE} reports", offset // paging.limit, went_on=repeated <= paging.max_repeated)
            if repeated > paging.max_repeated:
                return
        offset += paging.limit


def _report_key(report: dict[str, Any], fields: dict[str, Any]) -> str:
    if report.get("id"):
        return f"report:{report['id']}"
    found = fields.get("url_alias") or fields.get("url")
    return url_key("item", str(found)) if found else f"title:{fields.get('title')}"


def _document(report: dict[str, Any], fields: dict[str, Any], published: date | None,
              base: str) -> RawDocument | Rejection:
    uri = redact_url(str(fields.get("url_alias") or fields.get("url") or report.get("href")
                         or f"{base}/v2/reports/{report.get('id')}"))
    body = fields.get("body-html") or _paragraphs(fields.get("body") or "")
    if not body.strip():
        return Rejection(SOURCE, uri, "empty", "the ReliefWeb report has neither body-html nor body")
    title = fields.get("title")
    url = fields.get("origin") or fields.get("url_alias") or fields.get("url")
    url = redact_url(str(url)) if url else None
    # the issuing organisation speaks when the text names no one ("OHCHR")
    issuers = [s.get("shortname") for s in fields.get("source") or [] if isinstance(s, dict) and s.get("shortname")]
    hints = {"url": url, "published_on": published, "title": title, "speaker": issuers[0] if issuers else None}
    return RawDocument(source=SOURCE, source_uri=uri, content=_page(title, url, published, body).encode("utf-8"),
                       media_type="text/html", fetched_at=now(), hints={k: v for k, v in hints.items() if v})


def _paragraphs(text: str) -> str:
    """Plain or markdown `body` as HTML paragraphs (only when body-html is missing).

    >>> _paragraphs("A & B.\\n\\nC.")
    '<p>A &amp; B.</p>\\n<p>C.</p>'
    """
    return "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _page(title: str | None, url: str | None, published: date | None, body: str) -> str:
    """A small HTML page around the report body, so the stored bytes carry their own metadata."""
    head = [f"<title>{html.escape(title)}</title>" if title else "",
            f'<link rel="canonical" href="{html.escape(url)}">' if url else "",
            f'<meta property="article:published_time" content="{published.isoformat()}">' if published else ""]
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">{"".join(head)}</head>\n'
            f"<body><article>{heading}\n{body}\n</article></body></html>\n")
