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
from datetime import date
from typing import Any
from urllib.parse import quote

from ..errors import ConfigError, FetchError
from ..records import RawDocument, Rejection
from .http import PoliteClient, fetch_error, now, redact_url, session, setting, since_date, take
from .ohchr import parse_iso_date

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


def iter_reliefweb_documents(settings: Any, client: PoliteClient | None = None,
                             since: date | None = None) -> Iterator[RawDocument | Rejection]:
    """OHCHR reports on ReliefWeb published on or after `since`, newest first, each once."""
    name = appname(settings)  # before any request: a missing appname is a configuration error
    base = (getattr(settings, "base_url", None) or DEFAULT_BASE).rstrip("/")
    limit = max(1, min(MAX_LIMIT, int(setting(settings, "reliefweb_page_size", MAX_LIMIT))))
    since = since_date(settings, since)
    with session(settings, client) as polite:
        endpoint = f"{base}/v2/reports?appname={quote(name, safe='')}"
        yield from take(_pages(polite, endpoint, base, limit, since), settings.limit)


def _pages(polite: PoliteClient, endpoint: str, base: str, limit: int,
           since: date | None) -> Iterator[RawDocument | Rejection]:
    seen: set[str] = set()
    offset = 0
    while True:
        try:
            answer = polite.post_json(endpoint, query(offset, limit, since))
        except FetchError as exc:
            yield fetch_error(SOURCE, f"{endpoint}&offset={offset}", exc)
            return
        reports = (answer.get("data") or []) if isinstance(answer, dict) else []
        for report in reports:
            fields = report.get("fields") or {}
            published = parse_iso_date((fields.get("date") or {}).get("original"))
            if since and published and published < since:
                return  # sorted newest first: everything after is older still
            key = str(report.get("id") or fields.get("url_alias") or fields.get("title"))
            if key not in seen:
                seen.add(key)
                yield _document(report, fields, published, base)
        if len(reports) < limit:
            return
        offset += limit


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
