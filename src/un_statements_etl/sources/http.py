"""A polite HTTP client shared by the web sources.

Public sites owe this pipeline nothing, so every request goes through one place that
asks robots.txt first, spaces requests to a host, backs off when the server says it is
busy, and asks "changed since?" with the validators the server gave last time. Sources
receive a `PoliteClient` (tests inject one talking to a local server) and turn the
`FetchError`s it raises into Rejections, so one bad page never stops a run.

The same place guards the pipeline against the sites: answers are streamed and dropped past
a size or time limit, hosts that resolve to this machine or a private network are refused
(unless the user named the host as `base_url`), and every URL that leaves this layer (in an
error, a Rejection, a RawDocument) goes through `redact_url`, so credentials such as the
ReliefWeb appname never reach logs, artifacts or the warehouse.
"""

from __future__ import annotations

import json
import random
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..errors import FetchError
from .content_encoding import ACCEPT_ENCODING, DecodedTooLarge, encoded_chunks
from .guard import is_public_address, redact_text, redact_url, resolve_host
from .http_cache import HttpCache
from .robots import capped_crawl_delay, read_robots

USER_AGENT = ("un-statements-etl/0.1 (research pipeline for public UN statements; "
              "+https://github.com/un-statements-etl/un-statements-etl)")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
MAX_RESPONSE_BYTES = 10_000_000
MAX_RESPONSE_SECONDS = 120.0
# query parameters whose values are credentials; matched whole and case-insensitively
T = TypeVar("T")


class WebFetchError(FetchError):
    """A FetchError whose URI and reason have their credentials redacted (see `redact_url`)."""

    def __init__(self, uri: str, reason: str):
        super().__init__(redact_url(uri), redact_text(reason))


class HTTPStatusFetchError(WebFetchError):
    """The server answered with a status that retrying will not change (or stopped retrying)."""

    def __init__(self, uri: str, status: int):
        super().__init__(uri, f"HTTP {status}")
        self.status = status


class ResponseLimitError(WebFetchError):
    """The answer passed max_response_bytes or max_response_seconds: dropped, not retried
    (a site that sends too much or too slowly will do it again; the next run tries anew)."""


class AddressRefusedError(WebFetchError):
    """The host resolves to an address the pipeline must not reach (this machine, a private net)."""


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
    """A setting that may not exist yet: `settings.extra[name]`, else the attribute, else default.

    `extra` comes first because it is only ever set on purpose, while a Settings field that
    exists always has a value (its default), which would otherwise hide what `extra` says.
    """
    value = (getattr(settings, "extra", None) or {}).get(name)
    if value is None:
        value = getattr(settings, name, None)
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


class PoliteClient:
    """robots.txt, per-host spacing, retries with backoff, conditional GET, same-host redirects,
    size and time limits per answer, and no requests to private or loopback addresses.

    `clock`, `sleep`, `jitter` and `resolve` are injectable so tests check the timing without
    waiting and the address rules without DNS. `trusted_hosts` are host names the user gave
    explicitly (a mirror, a test server): they are reached wherever they resolve to.
    """

    def __init__(self, client: httpx.Client | None = None, *, user_agent: str = USER_AGENT,
                 min_interval: float = 1.0, max_retries: int = 3, backoff_base: float = 1.0,
                 backoff_cap: float = 60.0, max_retry_after: float = 120.0, max_crawl_delay: float = 30.0,
                 timeout: float = 30.0,
                 max_response_bytes: int = MAX_RESPONSE_BYTES, max_response_seconds: float = MAX_RESPONSE_SECONDS,
                 trusted_hosts: Iterable[str] = (), resolve: Callable[[str], Iterable[str]] = resolve_host,
                 cache_path: Path | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, jitter: Callable[[], float] = random.random):
        self.user_agent = user_agent
        self.http = client or httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)))
        self.min_interval, self.max_retries = min_interval, max_retries
        self.backoff_base, self.backoff_cap, self.max_retry_after = backoff_base, backoff_cap, max_retry_after
        self.max_crawl_delay = max_crawl_delay
        self.notices: dict[str, str] = {}  # site -> what the run should be told (a capped Crawl-delay)
        self.max_response_bytes, self.max_response_seconds = max_response_bytes, max_response_seconds
        # pages kept in the raw store but never loaded (set by an incremental run to resume a backfill)
        self.replay: Callable[[str], Fetched | None] | None = None
        self.trusted_hosts = frozenset(host.lower() for host in trusted_hosts)
        self.resolve = resolve
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
            "max_crawl_delay": float(setting(settings, "max_crawl_delay", 30.0)),
            "timeout": float(setting(settings, "http_timeout_seconds", 30.0)),
            "max_response_bytes": int(setting(settings, "max_response_bytes", MAX_RESPONSE_BYTES)),
            "max_response_seconds": float(setting(settings, "max_response_seconds", MAX_RESPONSE_SECONDS)),
            "trusted_hosts": _given_hosts(settings),
            "cache_path": Path(settings.data_dir) / "raw" / "http_cache.json",
        }
        return cls(client, **{**options, **overrides})

    def get(self, url: str, conditional: bool = True) -> Fetched | None:
        """The page at `url`, or None when the server says it has not changed (304).

        Raises FetchError when robots.txt disallows the URL, a redirect leaves the host, the
        host is not public, the answer is too large or too slow, or the request still fails
        after the retries.
        """
        if conditional and self.replay is not None and (stored := self.replay(url)) is not None:
            return stored  # downloaded by a run that died before loading it: no need to ask again
        self._check_robots(url)
        headers = self.cache.conditional_headers(url) if conditional else {}
        fetched = self._follow(url, headers)
        if fetched.status == 304:
            return None
        if conditional:
            self.cache.remember(url, fetched.headers)
        return fetched

    def post_json(self, url: str, payload: Any) -> Any:
        """POST a JSON body and decode the JSON answer (APIs such as ReliefWeb's)."""
        self._check_robots(url)
        fetched = self._send("POST", url, {}, json=payload)
        try:
            return json.loads(fetched.content)
        except ValueError as exc:
            raise WebFetchError(url, f"the answer is not JSON ({exc})") from exc

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
            raise WebFetchError(url, f"{root}/robots.txt could not be read, so the site is treated as closed")
        if not rules.can_fetch(url, self.user_agent):
            raise WebFetchError(url, "robots.txt disallows this URL")
        delay = rules.crawl_delay(self.user_agent)
        if delay:
            self._crawl_delay[_host_key(url)] = capped_crawl_delay(root, float(delay), self.max_crawl_delay,
                                                                   self.notices)

    def _load_robots(self, root: str) -> Protego | None:
        """Rules of a host, redirects on the site followed (see robots.py); None closes the site."""
        return read_robots(lambda url: self._send("GET", url, {}), root, same_host, AddressRefusedError)

    # ---------------------------------------------------------------- sending

    def _follow(self, url: str, headers: dict[str, str]) -> Fetched:
        """GET with redirects followed by hand, so none can lead off the host or past robots.txt
        (each hop is a new request, so its address is checked again in `_exchange`)."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            fetched = self._send("GET", current, headers)
            location = fetched.headers.get("location")
            if fetched.status not in REDIRECT_STATUSES or not location:
                return fetched
            target = urljoin(current, location)
            if not same_host(url, target):
                raise WebFetchError(url, f"redirect to another host refused ({target})")
            self._check_robots(target)
            current = target
        raise WebFetchError(url, f"more than {MAX_REDIRECTS} redirects")

    def _send(self, method: str, url: str, headers: dict[str, str], **kwargs: Any) -> Fetched:
        """One request with retries on 429/5xx/timeouts; exponential backoff with jitter."""
        for attempt in range(self.max_retries + 1):
            self._wait_turn(url)
            try:
                fetched = self._exchange(method, url, headers, **kwargs)
            except httpx.HTTPError as exc:
                failure: str | int = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                retry_after = None
            else:
                if fetched.status not in RETRY_STATUSES:
                    return _raise_for_status(url, fetched)
                failure, retry_after = fetched.status, _retry_after(fetched.headers.get("retry-after"))
            if attempt == self.max_retries:
                break
            self.sleep(self._delay(url, attempt, retry_after))
        if isinstance(failure, int):
            raise HTTPStatusFetchError(url, failure)
        raise WebFetchError(url, f"{failure} (after {self.max_retries + 1} attempts)")

    def _exchange(self, method: str, url: str, headers: dict[str, str], **kwargs: Any) -> Fetched:
        """One request, its answer read in chunks so that neither a huge nor a trickling answer
        can hold the run: past max_response_bytes or max_response_seconds it is dropped."""
        self._check_address(url)
        started = self.clock()
        with self.http.stream(method, url, headers={"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING,
                                                    **headers}, follow_redirects=False, **kwargs) as response:
            self._check_peer(url, response)
            self._check_declared_size(url, response.headers)
            body = bytearray()
            # decoded here, each layer bounded as it inflates: a (double) gzip bomb counts at its real size
            decoder, chunks = encoded_chunks(response, self.max_response_bytes)
            try:
                for chunk in chunks:
                    body += decoder.feed(chunk)
                    if len(body) > self.max_response_bytes:
                        raise ResponseLimitError(url, f"response larger than {self.max_response_bytes} bytes")
                    if self.clock() - started > self.max_response_seconds:
                        raise ResponseLimitError(url, f"response took longer than {self.max_response_seconds:g} s")
                body += decoder.flush()
            except DecodedTooLarge as exc:
                raise ResponseLimitError(url, f"response larger than {self.max_response_bytes} bytes ({exc})") from exc
            except zlib.error as exc:
                raise WebFetchError(url, f"the answer's Content-Encoding cannot be decoded ({exc})") from exc
        return _fetched(response, bytes(body))

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        """The address the connection really reached, judged again before a byte of the answer
        is read: a name that resolved to a public address for `_check_address` and to a
        private one when httpx connected (DNS rebinding) gets its answer dropped."""
        host = (urlsplit(url).hostname or "").lower()
        stream = response.extensions.get("network_stream")  # absent on test transports
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if host in self.trusted_hosts or not peer:
            return
        if not is_public_address(str(peer[0])):
            raise AddressRefusedError(url, f"{host} connected to a non-public address ({peer[0]}); refused")

    def _check_declared_size(self, url: str, headers: httpx.Headers) -> None:
        """Drop an answer that announces its excess before a byte of its body is read."""
        declared = headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise ResponseLimitError(url, f"response larger than {self.max_response_bytes} bytes "
                                          f"(announces {declared})")

    def _check_address(self, url: str) -> None:
        """Refuse a host that resolves to this machine or a private network (a hostile page or
        redirect must not make the pipeline probe the inside), unless the user named it.

        Resolution failures surface as httpx.ConnectError, so they are retried like any other
        connection failure. httpx resolves again when it connects; `_check_peer` judges the
        address it reached, so a host that changes its answer in between gets nothing read.
        """
        host = (urlsplit(url).hostname or "").lower()
        if host in self.trusted_hosts:
            return
        try:
            addresses = list(self.resolve(host))
        except (OSError, UnicodeError) as exc:
            raise httpx.ConnectError(f"cannot resolve {host!r}: {exc}") from exc
        refused = [address for address in addresses if not is_public_address(address)]
        if refused or not addresses:
            raise AddressRefusedError(url, f"{host} resolves to a non-public address "
                                           f"({', '.join(refused) or 'none'}); refused")

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


def _raise_for_status(url: str, fetched: Fetched) -> Fetched:
    if fetched.status < 400:
        return fetched
    raise HTTPStatusFetchError(url, fetched.status)


def _given_hosts(settings: Any) -> frozenset[str]:
    """The host of a base_url the user set explicitly: trusted as given (mirrors, test servers).
    The sources' default hosts are not in it, so they must resolve to public addresses."""
    base = getattr(settings, "base_url", None)
    host = urlsplit(str(base)).hostname if base else None
    return frozenset({host.lower()}) if host else frozenset()


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


def _fetched(response: httpx.Response, content: bytes) -> Fetched:
    media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    return Fetched(str(response.url), response.status_code, content, media_type, response.headers)
