"""press.un.org: Secretary-General statements and other press releases, via the RSS feed.

One press release can be reached under several URLs (the current press.un.org path and
older or alternative paths), but it carries one document symbol such as SG/SM/21700, so
the symbol is the identity: an item whose symbol was already seen in this walk is not
fetched again. The symbol is read off the URL when it has the ``sgsm21700.doc.htm`` shape,
else off the page, where it is printed.

The feed is parsed with defusedxml: a feed that declares entities (the "billion laughs"
bomb) or external references is quarantined as `unsafe_feed` without being expanded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from ..errors import FetchError
from ..records import RawDocument, Rejection
from .http import Fetched, PoliteClient, redact_url, same_host
from .ohchr import page_metadata
from .repeats import WalkLog, url_key
from .source_walk import fetch_error, fetch_html, now, session, since_date, take

SOURCE = "un-press"
DEFAULT_BASE = "https://press.un.org"
FEED_PATH = "/en/rss.xml"

# letters of a file name -> the symbol's series; other letter runs are upper-cased whole
_SERIES = {"sgsm": "SG/SM", "sga": "SG/A", "sgt": "SG/T", "sg": "SG", "dsgsm": "DSG/SM", "dsg": "DSG",
           "sc": "SC", "ga": "GA", "gaef": "GA/EF", "gashc": "GA/SHC", "gaspd": "GA/SPD", "gadis": "GA/DIS",
           "gal": "GA/L", "gaab": "GA/AB", "ecosoc": "ECOSOC", "hr": "HR", "envdev": "ENV/DEV", "obv": "OBV",
           "pi": "PI", "wom": "WOM", "org": "ORG", "iha": "IHA", "soc": "SOC", "dev": "DEV", "pop": "POP"}
_FILE = re.compile(r"^(?P<series>[a-z]+)(?P<number>\d+)(?:-[a-z0-9-]+)?\.doc\.html?$")
_PRINTED = re.compile(r"\b(?:" + "|".join(sorted(set(_SERIES.values()), key=len, reverse=True)) + r")/\d{2,6}\b")


@dataclass(frozen=True)
class FeedItem:
    link: str
    title: str | None
    published_on: date | None
    guid: str | None


def symbol_from_url(url: str) -> str | None:
    """The document symbol a press.un.org URL spells in its file name.

    >>> symbol_from_url("https://press.un.org/en/2023/sgsm21700.doc.htm")
    'SG/SM/21700'
    >>> symbol_from_url("https://www.un.org/press/en/2023/gaef3580.doc.htm")
    'GA/EF/3580'
    >>> symbol_from_url("https://press.un.org/en/2024/sgsm21702-obv2301.doc.htm")
    'SG/SM/21702'
    >>> symbol_from_url("https://press.un.org/en/content/secretary-general/press-encounter") is None
    True
    """
    name = urlsplit(url).path.rsplit("/", 1)[-1].lower()
    found = _FILE.match(name)
    if not found:
        return None
    series = _SERIES.get(found["series"], found["series"].upper())
    return f"{series}/{found['number']}"


def symbol_in_page(html: str) -> str | None:
    """The first document symbol printed on a page.

    >>> symbol_in_page('<div class="symbol">SG/SM/21702</div><p>see GA/12000</p>')
    'SG/SM/21702'
    """
    found = _PRINTED.search(html)
    return found.group(0) if found else None


def parse_feed(xml: bytes) -> list[FeedItem]:
    """Items of an RSS 2.0 feed; items without a link cannot be fetched and are skipped.

    Raises DefusedXmlException for entity declarations or external references (never
    expanded) and ET.ParseError for XML that is not well-formed.

    >>> parse_feed(b'<rss><channel><item><title>T</title><link> https://x.org/a </link>'
    ...            b'<pubDate>Tue, 05 Mar 2024 23:10:00 -0500</pubDate></item></channel></rss>')
    [FeedItem(link='https://x.org/a', title='T', published_on=datetime.date(2024, 3, 5), guid=None)]
    """
    root = safe_fromstring(xml)
    items = []
    for node in root.iter("item"):
        link = (node.findtext("link") or "").strip()
        if link:
            items.append(FeedItem(link, (node.findtext("title") or "").strip() or None,
                                  _rss_date(node.findtext("pubDate")), (node.findtext("guid") or "").strip() or None))
    return items


def _rss_date(value: str | None) -> date | None:
    """The publisher's local date of an RFC 822 date (no conversion to UTC)."""
    try:
        return parsedate_to_datetime(value.strip()).date() if value else None
    except (TypeError, ValueError):
        return None


def iter_un_press_documents(settings: Any, client: PoliteClient | None = None, since: date | None = None,
                            walk: WalkLog | None = None) -> Iterator[RawDocument | Rejection]:
    """Pages linked from the press.un.org feed, oldest first, each page and each symbol once
    (`walk` counts the feed items met again)."""
    base = (getattr(settings, "base_url", None) or DEFAULT_BASE).rstrip("/")
    since = since_date(settings, since)
    walk = walk if walk is not None else WalkLog()
    with session(settings, client) as polite:
        feed_url = base + FEED_PATH
        try:
            fetched = polite.get(feed_url, conditional=False)
            items = parse_feed(fetched.content) if fetched else []
        except FetchError as exc:
            yield fetch_error(SOURCE, feed_url, exc)
            return
        except ET.ParseError as exc:
            yield Rejection(SOURCE, redact_url(feed_url), "bad_feed", f"the RSS feed is not well-formed XML: {exc}")
            return
        except DefusedXmlException as exc:
            yield Rejection(SOURCE, redact_url(feed_url), "unsafe_feed", "the RSS feed declares XML entities or "
                            f"external references ({type(exc).__name__}); refused without expanding them")
            return
        fresh = [item for item in items if not (since and item.published_on and item.published_on < since)]
        fresh.sort(key=lambda item: item.published_on or date.min)  # stable: feed order within a day
        yield from take(_fetch_pages(polite, base, fresh, walk), settings.limit)


def _fetch_pages(polite: PoliteClient, base: str, items: list[FeedItem],
                 walk: WalkLog) -> Iterator[RawDocument | Rejection]:
    for item in items:
        symbol = symbol_from_url(item.link)
        # a repeated item, the same link spelt another way, the same press release under a second URL
        if not walk.first_time("feed", url_key("item", item.link), symbol and f"symbol:{symbol}"):
            continue
        if not same_host(item.link, base):
            yield Rejection(SOURCE, redact_url(item.link), "off_host",
                            f"the feed links outside {redact_url(base)}; not followed")
            continue
        fetched = fetch_html(polite, SOURCE, item.link)
        if not isinstance(fetched, Fetched):
            if fetched is not None:
                yield fetched  # a Rejection; None is a 304: unchanged since the last run
            continue
        html = fetched.text()
        if symbol is None and (symbol := symbol_in_page(html)) and not walk.first_time("feed", f"symbol:{symbol}"):
            continue  # the symbol printed on the page was met under another URL
        meta = page_metadata(html)
        hints = {"symbol": symbol, "published_on": item.published_on or meta.published_on,
                 "title": item.title or meta.headline}
        yield RawDocument(source=SOURCE, source_uri=redact_url(item.link), content=fetched.content,
                          media_type="text/html",
                          fetched_at=now(), hints={k: v for k, v in hints.items() if v is not None})
