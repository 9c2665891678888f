"""A local web site for the source tests: fixture pages, a feed, an API and failure modes.

The server runs in a thread on a free port; each test gets a fresh one, so counters
(503 twice then 200, ...) start at zero. Routes are plain callables and can be replaced
by a test. Every request is recorded so tests can say what was (not) fetched.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from un_statements_etl.settings import Settings
from un_statements_etl.sources.http import PoliteClient

FIXTURES = Path(__file__).parent / "fixtures"

# a body that is not bytes is sent chunk by chunk, without Content-Length (closing ends it)
Reply = tuple[int, dict[str, str], bytes | Iterable[bytes]]


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]
    body: bytes


@dataclass
class Site:
    base: str = ""
    routes: dict[str, Callable[[Request], Reply]] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)

    def paths(self, method: str = "GET") -> list[str]:
        return [r.path for r in self.requests if r.method == method]


def fixture_text(name: str, base: str) -> bytes:
    """A fixture file with `{{base}}` replaced by the server's address."""
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{{base}}", base).encode("utf-8")


def static(name: str, media_type: str = "text/html; charset=utf-8") -> Callable[[Request], Reply]:
    """A fixture file served with an ETag, answering 304 to a matching If-None-Match."""
    def reply(request: Request) -> Reply:
        body = fixture_text(name, SITE_BASE[0])
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": media_type, "ETag": etag}, body
    return reply


SITE_BASE = [""]  # the running server's base, for `static` (one server at a time)


def _flaky(site: Site, failures: int, status: int, headers: dict[str, str]) -> Callable[[Request], Reply]:
    def reply(request: Request) -> Reply:
        if site.hits[request.path] <= failures:
            return status, headers, b"busy"
        return 200, {"Content-Type": "text/html"}, b"<html><body><p>finally</p></body></html>"
    return reply


def _slow(request: Request) -> Reply:
    time.sleep(1.0)
    return 200, {"Content-Type": "text/html"}, b"<p>late</p>"


def _truncated(request: Request) -> Reply:
    return 200, {"Content-Type": "text/html", "Content-Length": "5000"}, b"<html><body><p>The High Com"


def _reliefweb(request: Request) -> Reply:
    if not parse_qs(urlsplit(request.path).query).get("appname"):
        return 400, {"Content-Type": "application/json"}, b'{"error": "appname missing"}'
    query = json.loads(request.body)
    reports = json.loads(fixture_text("reliefweb/reports.json", SITE_BASE[0]))
    page = reports[query["offset"]:query["offset"] + query["limit"]]
    answer = {"totalCount": len(reports), "count": len(page), "data": page}
    return 200, {"Content-Type": "application/json"}, json.dumps(answer).encode("utf-8")


OHCHR_ITEMS = {
    "/en/statements-and-speeches/2024/03/high-commissioner-opens-council-session": "ohchr/item-council-session.html",
    "/en/statements-and-speeches/2024/02/day-against-arbitrary-detention": "ohchr/item-detention-day.html",
    "/en/statements-and-speeches/2024/01/new-year-message": "ohchr/item-new-year.html",
    "/en/statements-and-speeches/2023/11/climate-conference-statement": "ohchr/item-climate.html",
    "/en/press-releases/2024/03/experts-urge-release-of-journalists": "ohchr/item-journalists.html",
}


def default_routes(site: Site) -> dict[str, Callable[[Request], Reply]]:
    routes: dict[str, Callable[[Request], Reply]] = {
        "/robots.txt": static("robots.txt", "text/plain"),
        "/en/statements-and-speeches": static("ohchr/listing-statements-0.html"),
        "/en/statements-and-speeches?page=1": static("ohchr/listing-statements-1.html"),
        "/en/statements-and-speeches?page=2": static("ohchr/listing-empty.html"),
        "/en/press-releases": static("ohchr/listing-press-releases.html"),
        "/en/press-briefing-notes": static("ohchr/listing-briefing-notes.html"),
        # one page each: the next page number is not found (not the first page again, see _serve)
        "/en/press-releases?page=1": lambda r: (404, {}, b"not found"),
        "/en/press-briefing-notes?page=1": lambda r: (404, {}, b"not found"),
        "/en/press-releases/2024/02/detention-factsheet": static("ohchr/factsheet.txt", "application/pdf"),
        "/en/press-releases/2024/03/embargoed-draft": static("ohchr/item-journalists.html"),
        "/en/press-briefing-notes/2024/02/briefing-on-sudan": lambda r: (500, {}, b"server error"),
        "/en/rss.xml": static("un_press/rss.xml", "application/rss+xml"),
        "/en/2024/sgsm21700.doc.htm": static("un_press/sgsm21700.html"),
        "/press/en/2024/sgsm21700.doc.htm": static("un_press/sgsm21700.html"),
        "/en/content/secretary-general/press-encounter/2024-03-06/remarks": static("un_press/encounter.html"),
        "/v2/reports": _reliefweb,
        "/faults/flaky": _flaky(site, 2, 503, {}),
        "/faults/throttled": _flaky(site, 1, 429, {"Retry-After": "7"}),
        "/faults/throttled-long": _flaky(site, 1, 429, {"Retry-After": "3600"}),
        "/faults/broken": lambda r: (500, {}, b"always broken"),
        "/faults/etag": static("ohchr/item-new-year.html"),
        "/faults/slow": _slow,
        "/faults/truncated": _truncated,
        "/faults/redirect-away": lambda r: (302, {"Location": "http://elsewhere.invalid/en/x"}, b""),
        "/faults/redirect-home": lambda r: (301, {"Location": "/faults/etag"}, b""),
        "/private/notes": lambda r: (200, {"Content-Type": "text/html"}, b"<p>secret</p>"),
    }
    routes.update({path: static(name) for path, name in OHCHR_ITEMS.items()})
    return routes


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                              self.rfile.read(length) if length else b"")
            site.requests.append(request)
            site.hits[self.path] += 1
            route = site.routes.get(self.path) or site.routes.get(urlsplit(self.path).path)
            status, headers, body = route(request) if route else (404, {}, b"not found")
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if "Content-Length" not in headers and isinstance(body, bytes):
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for chunk in [body] if isinstance(body, bytes) else body:
                    self.wfile.write(chunk)
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up on a long answer, as it should

        do_GET = do_POST = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    server.block_on_close = False  # a deliberately slow handler must not hold up the test
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    SITE_BASE[0] = state.base
    state.routes = default_routes(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


class FakeTime:
    """A clock that only moves when someone sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(tmp_path: Path, fake_time: FakeTime) -> Iterator[Callable[..., PoliteClient]]:
    """PoliteClients on fake time with no jitter; options override the test defaults."""
    made: list[PoliteClient] = []

    def make(http: httpx.Client | None = None, **options: Any) -> PoliteClient:
        # the local site is trusted as a base_url the user gave would be (see PoliteClient)
        defaults: dict[str, Any] = {"min_interval": 0.0, "max_retries": 3, "backoff_base": 1.0,
                                    "trusted_hosts": ("127.0.0.1", "localhost"),
                                    "cache_path": tmp_path / "raw" / "http_cache.json",
                                    "clock": fake_time.clock, "sleep": fake_time.sleep, "jitter": lambda: 0.0}
        client = PoliteClient(http or httpx.Client(timeout=5.0), **{**defaults, **options})
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def settings(tmp_path: Path, site: Site) -> Settings:
    return Settings(data_dir=tmp_path, base_url=site.base)
