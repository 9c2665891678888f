"""robots.txt as RFC 9309 reads it, and a Crawl-delay the run can live with.

* A robots.txt that redirects is followed (up to five hops) as long as it stays on the
  site (`http://` to `https://`, `www.` or not); a redirect off the site, a loop, or an
  answer that says nothing readable means the rules are unknown, so the site is closed.
* 4xx (but 429) means there is no robots.txt: everything is allowed. 5xx, 429 and a
  network failure mean it could not be read: nothing is allowed (the caller quarantines
  every page of the site with that reason).
* A Crawl-delay is honoured up to `max_crawl_delay`, like Retry-After is up to
  `max_retry_after`: a `Crawl-delay: 3600` would make a run sleep an hour between pages
  while it holds the warehouse lock. The cap is logged once per site.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol
from urllib.parse import urljoin

import httpx
from protego import Protego

from ..errors import FetchError

log = logging.getLogger(__name__)
MAX_ROBOTS_REDIRECTS = 5  # RFC 9309 2.3.1.2: follow at least five consecutive redirects
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class _Answer(Protocol):
    @property
    def status(self) -> int: ...

    @property
    def headers(self) -> httpx.Headers: ...

    def text(self) -> str: ...


def read_robots(get: Callable[[str], _Answer], root: str, same_site: Callable[[str, str], bool],
                refused: type[Exception]) -> Protego | None:
    """The rules at `root`/robots.txt; None when they cannot be known (the site is then closed).

    `get` raises a FetchError (with `.status` for an HTTP status) when the request fails;
    `refused` errors (an address the pipeline must not reach) are raised as they are.
    """
    url = root + "/robots.txt"
    for _ in range(MAX_ROBOTS_REDIRECTS + 1):
        try:
            answer = get(url)
        except refused:
            raise
        except FetchError as exc:
            status = getattr(exc, "status", None)
            no_file = status is not None and 400 <= status < 500 and status != 429
            return Protego.parse("") if no_file else None
        location = answer.headers.get("location")
        if answer.status not in REDIRECTS:
            return Protego.parse(answer.text()) if 200 <= answer.status < 300 else None
        if not location or not same_site(root, target := urljoin(url, location)):
            log.warning("%s redirects off the site (%s): its rules are unknown, the site is closed", url, location)
            return None
        url = target
    return None  # a redirect loop


def capped_crawl_delay(root: str, asked: float, cap: float, notices: dict[str, str]) -> float:
    """The Crawl-delay to keep: what the site asks, at most `cap`. A cap is logged once per
    site and kept in `notices` (site -> message) for the run to report.

    >>> notices = {}
    >>> capped_crawl_delay("https://x.org", 3600, 30.0, notices), capped_crawl_delay("https://x.org", 5, 30.0, notices)
    (30.0, 5.0)
    >>> notices["https://x.org"]
    'https://x.org/robots.txt asks for a Crawl-delay of 3600 s; capped at 30 s (max_crawl_delay)'
    """
    if asked <= cap:
        return float(asked)
    if root not in notices:
        notices[root] = f"{root}/robots.txt asks for a Crawl-delay of {asked:.0f} s; capped at {cap:.0f} s " \
                        "(max_crawl_delay)"
        log.warning("%s, so the run does not hold the warehouse lock for hours", notices[root])
    return cap
