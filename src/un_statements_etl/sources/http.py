"""A polite HTTP client shared by the web sources.

Public sites owe this pipeline nothing, so every request goes through one place that
asks robots.txt first, spaces requests to a host, backs off when the server says it is
busy, and asks "changed since?" with the validators the server gave last time. Sources
receive a `PoliteClient` (tests inject one talking to a local server) and turn the
`FetchError`s it raises into Rejections, so one bad page never stops a run.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..errors import FetchError
from ..records import RawDocument, Rejection

USER_AGENT = ("un-statements-etl/0.1 (research pipeline for public UN statements; "
              "+https://github.com/un-statements-etl/un-statements-etl)")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5

T = TypeVar("T")


class HTTPStatusFetchError(FetchError):
    """The server answered with a status that retrying will not change (or stopped retrying)."""

    def __init__(self, uri: str, status: int):
        super().__init__(uri, f"HTTP {status}")
        self.status = status


@dataclass(frozen=True)
class Fetched:
    url: str  # after same-host redirects
    status: int
    content: bytes
    media_type: str  # Content-Type without parameters, lower case
    headers: httpx.Headers

    def text(self) -> str:
        return self.content.decode(_charset(self.headers) or "utf-8", errors="replace")


def setting(settings: Any, name: str, default: T) -> T:
    """A setting that may not exist yet: the attribute, else `settings.extra[name]`, else default."""
    value = getattr(settings, name, None)
    if value is None:
        value = (getattr(settings, "extra", None) or {}).get(name)
    return default if value is None else value


def same_host(a: str, b: str) -> bool:
    """Whether two URLs are on one site; `www.` and the default port do not matter.

    >>> same_host("https://www.ohchr.org/en/latest", "https://ohchr.org:443/en/x")
    True
    >>> same_host("http://127.0.0.1:8080/a", "http://127.0.0.1:9090/a")
    False
    """
    return _host_key(a) == _host_key(b)


def _host_key(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    port = parts.port if parts.port != default else None
    return (parts.hostname or "").lower().removeprefix("www."), port


class HttpCache:
    """ETag / Last-Modified per URL, in a small JSON file under DATA_DIR/raw/.

    Validators learned in a run stay pending until `commit()`: a run that fails before its
    documents reach the warehouse must not make the next run believe it has them.
    """

    def __init__(self, path: Path | None):
        self.path = path
        self._saved: dict[str, dict[str, str]] = {}
        self._pending: dict[str, dict[str, str]] = {}
        if path is not None and path.exists():
            try:
                self._saved = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._saved = {}  # a damaged cache only costs full downloads

    @property
    def pending(self) -> dict[str, dict[str, str]]:
        """Validators learned by this run and not yet committed (url -> etag / last_modified)."""
        return self._pending

    def conditional_headers(self, url: str) -> dict[str, str]:
        entry = self._pending.get(url) or self._saved.get(url) or {}
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def remember(self, url: str, headers: httpx.Headers) -> None:
        entry = {k: v for k, v in (("etag", headers.get("etag")),
                                   ("last_modified", headers.get("last-modified"))) if v}
        if entry:
            self._pending[url] = entry

    def commit(self) -> None:
        """Persist what this run learned (atomically: a crash leaves the old file)."""
        if self.path is None or not self._pending:
            return
        self._saved.update(self._pending)
        self._pending.clear()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(self._saved, indent=0, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


class PoliteClient:
    """robots.txt, per-host spacing, retries with backoff, conditional GET, same-host redirects.

    `clock`, `sleep` and `jitter` are injectable so tests check the timing without waiting.
    """

    def __init__(self, client: httpx.Client | None = None, *, user_agent: str = USER_AGENT,
                 min_interval: float = 1.0, max_retries: int = 3, backoff_base: float = 1.0,
                 backoff_cap: float = 60.0, max_retry_after: float = 120.0, timeout: float = 30.0,
                 cache_path: Path | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, jitter: Callable[[], float] = random.random):
        self.user_agent = user_agent
        self.http = client or httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))
        self.min_interval, self.max_retries = min_interval, max_retries
        self.backoff_base, self.backoff_cap, self.max_retry_after = backoff_base, backoff_cap, max_retry_after
        self.cache = HttpCache(cache_path)
        self.clock, self.sleep, self.jitter = clock, sleep, jitter
        self._robots: dict[str, Protego | None] = {}
        self._last_request: dict[tuple[str, int | None], float] = {}
        self._crawl_delay: dict[tuple[str, int | None], float] = {}

    @classmethod
    def from_settings(cls, settings: Any, client: httpx.Client | None = None, **overrides: Any) -> PoliteClient:
        """The client a run uses: settings that do not exist yet fall back to polite defaults."""
        rate = float(setting(settings, "rate_limit_per_second", 1.0))
        options: dict[str, Any] = {
            "user_agent": setting(settings, "user_agent", USER_AGENT),
            "min_interval": 1.0 / rate if rate > 0 else 0.0,
            "max_retries": int(setting(settings, "max_retries", 3)),
            "timeout": float(setting(settings, "http_timeout_seconds", 30.0)),
            "cache_path": Path(settings.data_dir) / "raw" / "http_cache.json",
        }
        return cls(client, **{**options, **overrides})

    def get(self, url: str, conditional: bool = True) -> Fetched | None:
        """The page at `url`, or None when the server says it has not changed (304).

        Raises FetchError when robots.txt disallows the URL, a redirect leaves the host, or
        the request still fails after the retries.
        """
        self._check_robots(url)
        headers = self.cache.conditional_headers(url) if conditional else {}
        response = self._follow(url, headers)
        if response.status_code == 304:
            return None
        if conditional:
            self.cache.remember(url, response.headers)
        return _fetched(response)

    def post_json(self, url: str, payload: Any) -> Any:
        """POST a JSON body and decode the JSON answer (APIs such as ReliefWeb's)."""
        self._check_robots(url)
        response = self._send("POST", url, {}, json=payload)
        try:
            return response.json()
        except ValueError as exc:
            raise FetchError(url, f"the answer is not JSON ({exc})") from exc

    def commit(self) -> None:
        """Keep the validators of this run; call once its documents are safely stored."""
        self.cache.commit()

    def close(self) -> None:
        self.http.close()

    # ---------------------------------------------------------------- robots.txt

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root)
        rules = self._robots[root]
        if rules is None:
            raise FetchError(url, f"{root}/robots.txt could not be read, so the site is treated as closed")
        if not rules.can_fetch(url, self.user_agent):
            raise FetchError(url, "robots.txt disallows this URL")
        delay = rules.crawl_delay(self.user_agent)
        if delay:
            self._crawl_delay[_host_key(url)] = float(delay)

    def _load_robots(self, root: str) -> Protego | None:
        """Rules of a host; no robots.txt (4xx) allows everything, an unreachable one nothing (RFC 9309)."""
        try:
            response = self._send("GET", root + "/robots.txt", {})
        except HTTPStatusFetchError as exc:
            return Protego.parse("") if 400 <= exc.status < 500 else None
        except FetchError:
            return None
        return Protego.parse(response.text)

    # ---------------------------------------------------------------- sending

    def _follow(self, url: str, headers: dict[str, str]) -> httpx.Response:
        """GET with redirects followed by hand, so none can lead off the host or past robots.txt."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response = self._send("GET", current, headers)
            if not response.has_redirect_location:
                return response
            target = urljoin(current, response.headers.get("location", ""))
            if not same_host(url, target):
                raise FetchError(url, f"redirect to another host refused ({target})")
            self._check_robots(target)
            current = target
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _send(self, method: str, url: str, headers: dict[str, str], **kwargs: Any) -> httpx.Response:
        """One request with retries on 429/5xx/timeouts; exponential backoff with jitter."""
        for attempt in range(self.max_retries + 1):
            self._wait_turn(url)
            try:
                response = self.http.request(method, url, headers={"User-Agent": self.user_agent, **headers},
                                             follow_redirects=False, **kwargs)
                response.read()
            except httpx.HTTPError as exc:
                failure: str | int = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                retry_after = None
            else:
                if response.status_code not in RETRY_STATUSES:
                    return _raise_for_status(url, response)
                failure, retry_after = response.status_code, _retry_after(response.headers.get("retry-after"))
            if attempt == self.max_retries:
                break
            self.sleep(self._delay(url, attempt, retry_after))
        if isinstance(failure, int):
            raise HTTPStatusFetchError(url, failure)
        raise FetchError(url, f"{failure} (after {self.max_retries + 1} attempts)")

    def _delay(self, url: str, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                raise FetchError(url, f"the server asks to wait {retry_after:.0f} s, more than "
                                      f"{self.max_retry_after:.0f} s")
            return retry_after
        return min(self.backoff_cap, self.backoff_base * 2 ** attempt + self.jitter() * self.backoff_base)

    def _wait_turn(self, url: str) -> None:
        """Keep at least min_interval (or the site's Crawl-delay) between requests to one host."""
        key = _host_key(url)
        interval = max(self.min_interval, self._crawl_delay.get(key, 0.0))
        last = self._last_request.get(key)
        if last is not None:
            wait = last + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last_request[key] = self.clock()


def _raise_for_status(url: str, response: httpx.Response) -> httpx.Response:
    if response.status_code < 400:
        return response
    raise HTTPStatusFetchError(url, response.status_code)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date).

    >>> _retry_after("7")
    7.0
    >>> _retry_after("Wed, 21 Oct 2015 07:28:00 GMT")  # in the past: no wait
    0.0
    >>> _retry_after("soon") is None
    True
    """
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _charset(headers: httpx.Headers) -> str | None:
    for param in headers.get("content-type", "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def _fetched(response: httpx.Response) -> Fetched:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return Fetched(str(response.url), response.status_code, response.content, media_type, response.headers)


# ---------------------------------------------------------------- helpers for the sources

def fetch_error(source: str, url: str, exc: FetchError) -> Rejection:
    """The quarantine row of a page that could not be fetched."""
    return Rejection(source, url, "fetch_error", exc.reason)


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
