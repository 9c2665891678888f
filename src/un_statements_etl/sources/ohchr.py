"""ohchr.org: statements and speeches, press releases and press briefing notes.

ohchr.org has no feed, so the source walks the listing of each kind (newest first, paged
with ``?page=N``) and recognises items by their URL, ``/en/{kind}/YYYY/MM/slug``, not by
theme CSS classes that change with each redesign. The walk of a kind stops at the first
listing page that reaches items older than `since` (the caller's cursor or --since); the
items found are then fetched oldest first, so a crash part-way leaves a clean prefix.
An item met again (on another kind's listing, on the next page of a listing that shifted
while it was paged, under another spelling of its URL) is fetched once and counted in the
`WalkLog`; a page of nothing but items met before warns there, and the walk goes on.
Page metadata (canonical URL, date, title) comes from what the page declares for
machines: ``<link rel=canonical>``, og:, JSON-LD, ``article:published_time``, ``<time>``.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from ..errors import FetchError
from ..records import RawDocument, Rejection
from . import http
from .http import Fetched, HTTPStatusFetchError, PoliteClient, same_host, setting
from .repeats import WalkLog, url_key
from .source_walk import fetch_error, fetch_html, now, session, since_date, take

SOURCE = "ohchr"
DEFAULT_BASE = "https://www.ohchr.org"
KINDS = ("statements-and-speeches", "press-releases", "press-briefing-notes")
# the labels the dossier parser gives the same kinds, so both routes agree
KIND_LABELS = {"statements-and-speeches": "statement", "press-releases": "press_release",
               "press-briefing-notes": "briefing_note"}
# listing pages in a row that may hold only items met before (a shift) before the walk stops
MAX_REPEATED_PAGES = 2
_ITEM = re.compile(r"^/en/(?P<kind>" + "|".join(KINDS) + r")/(?P<year>\d{4})/(?P<month>\d{2})/(?P<slug>[^/]+)/?$")


@dataclass(frozen=True)
class Item:
    url: str
    kind: str
    year: int
    month: int


def match_item(url: str, base: str = DEFAULT_BASE) -> Item | None:
    """The statement an URL points to, when it has the item shape under `base`.

    >>> match_item("https://www.ohchr.org/en/press-releases/2024/03/rights-chief-urges-calm?x=1#top")
    Item(url='https://www.ohchr.org/en/press-releases/2024/03/rights-chief-urges-calm', kind='press-releases', \
year=2024, month=3)
    >>> match_item("https://www.ohchr.org/en/press-releases") is None
    True
    >>> match_item("http://127.0.0.1:8000/mirror/en/statements-and-speeches/2023/11/x", "http://127.0.0.1:8000/mirror")
    Item(url='http://127.0.0.1:8000/mirror/en/statements-and-speeches/2023/11/x', kind='statements-and-speeches', \
year=2023, month=11)
    >>> match_item("https://example.org/en/press-releases/2024/03/x") is None  # another host
    True
    """
    parts = urlsplit(url)
    prefix = urlsplit(base).path.rstrip("/")
    if not same_host(url, base) or not parts.path.startswith(prefix + "/"):
        return None
    found = _ITEM.match(parts.path[len(prefix):])
    if not found:
        return None
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return Item(clean, found["kind"], int(found["year"]), int(found["month"]))


# ---------------------------------------------------------------- page metadata

@dataclass
class PageMeta:
    """What a page says about itself for machines (shared with the press.un.org source)."""

    links: list[str] = field(default_factory=list)
    rel: dict[str, str] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    times: list[str] = field(default_factory=list)
    json_ld: list[Any] = field(default_factory=list)
    title: str | None = None

    @property
    def canonical(self) -> str | None:
        return self.rel.get("canonical") or self.meta.get("og:url")

    @property
    def headline(self) -> str | None:
        return (self.meta.get("og:title") or _ld_value(self.json_ld, "headline")
                or (self.title.split(" | ")[0].strip() if self.title else None))

    @property
    def published_on(self) -> date | None:
        """The date as the publisher states it: the local date part of what the page declares."""
        for value in (_ld_value(self.json_ld, "datePublished"), self.meta.get("article:published_time"),
                      *self.times):
            if found := parse_iso_date(value):
                return found
        return None


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageMeta()
        self._capture: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.page.links.append(a["href"])
        elif tag == "link" and a.get("rel") and a.get("href"):
            self.page.rel.setdefault(a["rel"].lower(), a["href"])
        elif tag == "meta" and a.get("content"):
            key = (a.get("property") or a.get("name") or "").lower()
            if key:
                self.page.meta.setdefault(key, a["content"])
        elif tag == "time" and a.get("datetime"):
            self.page.times.append(a["datetime"])
        elif (tag == "script" and a.get("type", "").lower() == "application/ld+json") or tag == "title":
            self._capture, self._buffer = tag, []

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag != self._capture:
            return
        text = "".join(self._buffer).strip()
        if tag == "title":
            self.page.title = self.page.title or (" ".join(text.split()) or None)
        else:
            with contextlib.suppress(ValueError):  # broken JSON-LD is common; other metadata still counts
                self.page.json_ld.append(json.loads(text))
        self._capture = None


def page_metadata(html: str) -> PageMeta:
    """Links and self-description of an HTML page, without any site-specific selector.

    >>> meta = page_metadata('<title>A | OHCHR</title><meta property="og:url" content="https://x.org/a">'
    ...     '<script type="application/ld+json">{"@graph": [{"datePublished": "2024-03-05T23:30:00+01:00"}]}'
    ...     '</script><a href="/en/b">b</a>')
    >>> meta.canonical, meta.headline, meta.published_on, meta.links
    ('https://x.org/a', 'A', datetime.date(2024, 3, 5), ['/en/b'])
    """
    parser = _MetaParser()
    parser.feed(html)
    parser.close()
    return parser.page


def parse_iso_date(value: Any) -> date | None:
    """The calendar date at the start of an ISO date or timestamp (its local date).

    >>> parse_iso_date("2022-05-28T18:00:00+08:00"), parse_iso_date("28 May") is None
    (datetime.date(2022, 5, 28), True)
    """
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _ld_value(blobs: list[Any], key: str) -> Any:
    """First value of `key` anywhere in the JSON-LD blobs (objects, lists, @graph)."""
    stack = list(blobs)
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict):
            if node.get(key):
                return node[key]
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return None


# ---------------------------------------------------------------- the walk

def iter_ohchr_documents(settings: Any, client: PoliteClient | None = None, since: date | None = None,
                         walk: WalkLog | None = None) -> Iterator[RawDocument | Rejection]:
    """Items of the three ohchr.org listings published on or after `since`, oldest first, each once.

    `walk` counts the items met again (overlapping listings, a listing shifting while paged)
    and keeps the warnings about listings that shifted by a whole page.
    """
    base = (getattr(settings, "base_url", None) or DEFAULT_BASE).rstrip("/")
    since = since_date(settings, since)
    walk = walk if walk is not None else WalkLog()
    limits = (int(setting(settings, "max_listing_pages", 1000)), int(setting(settings, "max_repeated_listing_pages",
                                                                             MAX_REPEATED_PAGES)))
    with session(settings, client) as polite:
        items: list[tuple[int, Item]] = []
        for kind in KINDS:
            for found in _walk_listing(polite, f"{base}/en/{kind}", base, since, limits, walk):
                if isinstance(found, Rejection):
                    yield found
                else:
                    items.append((len(items), found))
        # listings are newest first: reverse discovery order within a month for oldest first
        items.sort(key=lambda pair: (pair[1].year, pair[1].month, -pair[0]))
        yield from take(_fetch_items(polite, [item for _, item in items], since), settings.limit)


def _walk_listing(polite: PoliteClient, listing: str, base: str, since: date | None, limits: tuple[int, int],
                  walk: WalkLog) -> Iterator[Item | Rejection]:
    """Item links of one listing, page after page, until a page reaches items older than since.

    A page whose items were all met on earlier pages of this listing is a whole-page shift
    (or a site repeating a page): the walk warns and goes on, up to `limits[1]` such pages
    in a row. A page with no item link at all is the end of the listing.
    """
    max_pages, max_repeated = limits
    mine: set[str] = set()  # keys of this listing's earlier pages: what a shift repeats
    repeated = 0
    for page in range(max_pages):
        fetched = _listing_page(polite, listing + (f"?page={page}" if page else ""), page)
        if not isinstance(fetched, Fetched):
            if fetched is not None:
                yield fetched
            return
        links = _item_links(fetched.text(), fetched.url, base)
        if not links:
            return  # past the last page
        keys = [url_key("item", item.url) for item in links]
        if mine.issuperset(keys):
            repeated += 1
            walk.shifted(f"{SOURCE} listing {http.redact_url(listing)}", page, went_on=repeated <= max_repeated)
            if repeated > max_repeated:
                return
        else:
            repeated = 0
        mine.update(keys)
        older = [item for item in links if since and (item.year, item.month) < (since.year, since.month)]
        yield from (item for item, key in zip(links, keys, strict=True)
                    if item not in older and walk.first_time("listing", key))
        if older:
            return


def _listing_page(polite: PoliteClient, url: str, page: int) -> Fetched | Rejection | None:
    """A listing page (always read afresh), a Rejection, or None at the end of the listing."""
    try:
        return polite.get(url, conditional=False)
    except HTTPStatusFetchError as exc:
        # a 404 after the first page is the end of the listing
        return fetch_error(SOURCE, url, exc) if page == 0 or exc.status != 404 else None
    except FetchError as exc:
        return fetch_error(SOURCE, url, exc)


def _item_links(html: str, page_url: str, base: str) -> list[Item]:
    """The items a listing page links to, each once (a teaser often links its item twice)."""
    found: dict[str, Item] = {}
    for href in page_metadata(html).links:
        item = match_item(urljoin(page_url, href), base)
        if item:
            found.setdefault(url_key("item", item.url), item)
    return list(found.values())


def _fetch_items(polite: PoliteClient, items: list[Item], since: date | None) -> Iterator[RawDocument | Rejection]:
    for item in items:
        fetched = fetch_html(polite, SOURCE, item.url)
        if not isinstance(fetched, Fetched):
            if fetched is not None:
                yield fetched  # a Rejection; None is a 304: unchanged since the last run
            continue
        meta = page_metadata(fetched.text())
        if since and meta.published_on and meta.published_on < since:
            continue  # same month as the cursor but earlier: already loaded
        canonical = http.redact_url(urljoin(item.url, meta.canonical) if meta.canonical else item.url)
        hints = {"url": canonical, "published_on": meta.published_on,
                 "kind": KIND_LABELS[item.kind], "title": meta.headline}
        yield RawDocument(source=SOURCE, source_uri=http.redact_url(item.url), content=fetched.content,
                          media_type="text/html", fetched_at=now(),
                          hints={k: v for k, v in hints.items() if v is not None})
