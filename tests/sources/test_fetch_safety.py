"""What the web sites must not be able to do to the pipeline.

An XML bomb in the feed, an endless or trickling answer, a link or redirect that points at
this machine or the local network, a credential leaking into a quarantine row or a log.
Everything runs offline: the local site of conftest.py, or an httpx.MockTransport with an
injected resolver where a public host name is needed.
"""

from __future__ import annotations

import gzip
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest
from defusedxml import DefusedXmlException

from un_statements_etl.errors import FetchError
from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.settings import Settings
from un_statements_etl.sources.http import (
    AddressRefusedError,
    PoliteClient,
    ResponseLimitError,
    is_public_address,
    redact_text,
    redact_url,
)
from un_statements_etl.sources.ohchr import iter_ohchr_documents
from un_statements_etl.sources.reliefweb import iter_reliefweb_documents
from un_statements_etl.sources.source_walk import fetch_error
from un_statements_etl.sources.un_press import iter_un_press_documents, parse_feed

from .conftest import OHCHR_ITEMS, Request

APPNAME = "s3cret-appname-4711"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss><channel><item><title>&lol9;</title><link>{{base}}/en/2024/sgsm21700.doc.htm</link></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&xxe;</title><link>{{base}}/en/2024/sgsm21700.doc.htm</link></item></channel></rss>"""


# ---------------------------------------------------------------- 1. XML without entity expansion

@pytest.mark.parametrize("feed", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_a_feed_declaring_entities_is_quarantined_unexpanded(site, settings, make_client, feed):
    site.routes["/en/rss.xml"] = lambda r: (200, {"Content-Type": "application/rss+xml"},
                                            feed.replace(b"{{base}}", site.base.encode()))
    [rejection] = list(iter_un_press_documents(settings, make_client()))
    assert isinstance(rejection, Rejection) and rejection.reason == "unsafe_feed"
    assert rejection.source_uri.endswith("/en/rss.xml") and "without expanding" in rejection.detail
    assert "/en/2024/sgsm21700.doc.htm" not in site.paths()  # nothing the feed names is followed
    with pytest.raises(DefusedXmlException):
        parse_feed(feed)


def test_a_feed_with_a_plain_doctype_still_parses():
    feed = (b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss><channel><item>'
            b"<link>https://press.un.org/en/2024/sgsm21700.doc.htm</link></item></channel></rss>")
    assert [item.link for item in parse_feed(feed)] == ["https://press.un.org/en/2024/sgsm21700.doc.htm"]


# ---------------------------------------------------------------- 2. size and time limits

def _chunks(count: int, size: int, pause: float = 0.0) -> Iterator[bytes]:
    for _ in range(count):
        time.sleep(pause)
        yield b"x" * size


def test_an_answer_announcing_too_many_bytes_is_dropped_and_not_retried(site, make_client):
    site.routes["/faults/huge"] = lambda r: (200, {"Content-Type": "text/html"}, b"x" * 5000)
    with pytest.raises(ResponseLimitError, match="response larger than 1000 bytes"):
        make_client(max_response_bytes=1000).get(site.base + "/faults/huge")
    assert site.hits["/faults/huge"] == 1


def test_an_answer_without_length_is_cut_once_past_the_limit(site, make_client):
    site.routes["/faults/endless"] = lambda r: (200, {"Content-Type": "text/html"}, _chunks(200, 1000, 0.001))
    with pytest.raises(ResponseLimitError, match="response larger than 10000 bytes"):
        make_client(max_response_bytes=10_000).get(site.base + "/faults/endless")


def test_a_compressed_answer_counts_at_its_decompressed_size(site, make_client):
    bomb = gzip.compress(b"\0" * 1_000_000)  # about 1 KB on the wire
    site.routes["/faults/bomb"] = lambda r: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    with pytest.raises(ResponseLimitError, match="larger than 100000 bytes"):
        make_client(max_response_bytes=100_000).get(site.base + "/faults/bomb")


def test_a_trickling_answer_is_dropped_after_max_response_seconds(site, make_client):
    site.routes["/faults/trickle"] = lambda r: (200, {"Content-Type": "text/html"}, _chunks(40, 10, 0.05))
    client = make_client(clock=time.monotonic, sleep=time.sleep, max_response_seconds=0.3)
    started = time.monotonic()
    with pytest.raises(ResponseLimitError, match=r"took longer than 0\.3 s"):
        client.get(site.base + "/faults/trickle")
    assert time.monotonic() - started < 1.5  # well before the 2 s the whole answer takes
    assert site.hits["/faults/trickle"] == 1


def test_an_oversized_page_is_quarantined_and_the_walk_goes_on(site, settings, make_client):
    big = next(iter(OHCHR_ITEMS))
    site.routes[big] = lambda r: (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 200_000 + b"</p>")
    found = list(iter_ohchr_documents(settings, make_client(max_response_bytes=100_000)))
    too_large = [f for f in found if isinstance(f, Rejection) and "larger than 100000 bytes" in f.detail]
    assert [r.source_uri for r in too_large] == [site.base + big] and too_large[0].reason == "fetch_error"
    assert len([f for f in found if isinstance(f, RawDocument)]) == len(OHCHR_ITEMS) - 1


def test_limits_come_from_settings(tmp_path):
    client = PoliteClient.from_settings(Settings(data_dir=tmp_path, extra={"max_response_bytes": 1234,
                                                                           "max_response_seconds": 5}))
    try:
        assert (client.max_response_bytes, client.max_response_seconds) == (1234, 5.0)
    finally:
        client.close()
    default = PoliteClient.from_settings(Settings(data_dir=tmp_path))
    try:
        assert (default.max_response_bytes, default.max_response_seconds) == (10_000_000, 120.0)
    finally:
        default.close()


# ---------------------------------------------------------------- 3. no private or loopback addresses

class Recorder:
    """An httpx transport that answers everything (robots.txt 404) and keeps what was sent."""

    def __init__(self, redirect: str | None = None):
        self.sent: list[str] = []
        self.redirect = redirect

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        if self.redirect and request.url.path == "/moved":
            return httpx.Response(302, headers={"Location": self.redirect})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>page</p>")


def _client(transport: Recorder, addresses: dict[str, list[str]], **options) -> PoliteClient:
    def resolve(host: str) -> list[str]:
        if host not in addresses:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return addresses[host]
    return PoliteClient(httpx.Client(transport=httpx.MockTransport(transport)), resolve=resolve, min_interval=0.0,
                        sleep=lambda s: None, jitter=lambda: 0.0, **options)


def test_a_default_host_resolving_to_loopback_is_refused_before_any_request():
    transport = Recorder()
    client = _client(transport, {"www.ohchr.org": ["127.0.0.1"]})
    with pytest.raises(AddressRefusedError, match=r"www\.ohchr\.org resolves to a non-public address \(127\.0\.0\.1\)"):
        client.get("https://www.ohchr.org/en/statements-and-speeches")
    assert transport.sent == []


def test_one_private_address_among_public_ones_is_enough_to_refuse():
    client = _client(Recorder(), {"www.ohchr.org": ["93.184.215.14", "10.0.0.7"]})
    with pytest.raises(AddressRefusedError, match=r"10\.0\.0\.7"):
        client.get("https://www.ohchr.org/en/x")


def test_a_public_host_is_fetched_and_checked_for_every_request():
    transport, asked = Recorder(), []
    client = _client(transport, {"www.ohchr.org": ["93.184.215.14"]})
    client.resolve = lambda host: asked.append(host) or ["93.184.215.14"]
    assert client.get("https://www.ohchr.org/en/x") is not None
    assert transport.sent == ["https://www.ohchr.org/robots.txt", "https://www.ohchr.org/en/x"]
    assert asked == ["www.ohchr.org", "www.ohchr.org"]


def test_a_redirect_to_a_private_name_of_the_same_site_is_refused():
    transport = Recorder(redirect="http://www.mirror.test/inside")
    client = _client(transport, {"www.mirror.test": ["192.168.1.20"]}, trusted_hosts=["mirror.test"])
    with pytest.raises(AddressRefusedError, match=r"www\.mirror\.test"):
        client.get("http://mirror.test/moved")
    assert all("www.mirror.test" not in url for url in transport.sent)


def test_a_failed_lookup_is_a_connection_failure_and_retried():
    transport, asked = Recorder(), []

    def flaky(host: str) -> list[str]:
        asked.append(host)
        if len(asked) == 1:
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return ["93.184.215.14"]
    client = _client(transport, {}, max_retries=1)
    client.resolve = flaky
    assert client.get("https://www.ohchr.org/en/x") is not None
    assert len(asked) == 3 and len(transport.sent) == 2  # robots.txt twice asked, once sent; the page
    with pytest.raises(FetchError, match=r"robots\.txt could not be read"):
        _client(Recorder(), {}, max_retries=1).get("https://nowhere.invalid/x")


def test_the_ohchr_source_on_its_default_host_quarantines_refused_listings(tmp_path):
    transport = Recorder()
    client = _client(transport, {"www.ohchr.org": ["127.0.0.1"]})
    found = list(iter_ohchr_documents(Settings(data_dir=tmp_path), client))
    assert found and all(isinstance(f, Rejection) and "non-public address" in f.detail for f in found)
    assert transport.sent == []


def test_an_explicit_base_url_on_loopback_is_trusted(site, settings):
    def refuse(host: str) -> list[str]:
        raise AssertionError(f"the user's own host {host} must not be resolved and judged")
    client = PoliteClient.from_settings(settings, resolve=refuse, min_interval=0.0)
    try:
        assert client.trusted_hosts == {"127.0.0.1"}
        assert client.get(site.base + "/faults/etag") is not None
    finally:
        client.close()
    assert PoliteClient.from_settings(Settings(data_dir=settings.data_dir)).trusted_hosts == frozenset()


def test_a_name_that_rebinds_to_loopback_after_the_check_gets_no_answer_read(site):
    """The check resolves to a public address; the connection then reaches this machine."""
    client = PoliteClient(httpx.Client(timeout=5.0), resolve=lambda host: ["93.184.215.14"], min_interval=0.0,
                          max_retries=0, sleep=lambda s: None)
    try:
        with pytest.raises(AddressRefusedError, match=r"connected to a non-public address \(127\.0\.0\.1\)"):
            client.get(site.base + "/faults/etag")
    finally:
        client.close()
    assert "/faults/etag" not in site.paths()  # refused at robots.txt, before the page was asked for


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.1", "169.254.169.254",
                                     "0.0.0.0", "224.0.0.1", "240.0.0.1", "100.64.0.1", "::1", "fe80::1",
                                     "fc00::1", "::ffff:127.0.0.1", "::"])
def test_non_public_addresses(address):
    assert not is_public_address(address)


# ---------------------------------------------------------------- 4. no credentials in rejections or logs

def test_a_failing_reliefweb_run_leaks_no_appname(site, tmp_path, make_client, caplog):
    site.routes["/v2/reports"] = lambda r: (500, {}, b"down")
    settings = Settings(data_dir=tmp_path, base_url=site.base, extra={"reliefweb_appname": APPNAME})
    with caplog.at_level(logging.DEBUG):
        found = list(iter_reliefweb_documents(settings, make_client(max_retries=1)))
    [rejection] = found
    assert rejection.reason == "fetch_error" and "HTTP 500" in rejection.detail
    assert "appname=REDACTED" in rejection.source_uri
    assert APPNAME not in repr(found) and APPNAME not in caplog.text
    assert "appname=REDACTED" in caplog.text  # httpx's request log line, redacted
    assert site.paths("POST")[0] == f"/v2/reports?appname={APPNAME}"  # the server still got it


def test_a_reliefweb_answer_that_is_not_json_leaks_no_appname(site, tmp_path, make_client):
    site.routes["/v2/reports"] = lambda r: (200, {"Content-Type": "text/html"}, b"<html>maintenance</html>")
    settings = Settings(data_dir=tmp_path, base_url=site.base, extra={"reliefweb_appname": APPNAME})
    found = list(iter_reliefweb_documents(settings, make_client()))
    assert "not JSON" in found[0].detail and APPNAME not in repr(found)


def test_reliefweb_documents_carry_no_credentials_from_report_urls(site, tmp_path, make_client):
    def answer(request: Request) -> tuple[int, dict[str, str], bytes]:
        report = {"id": 1, "fields": {"title": "T", "body": "Body.", "date": {"original": "2024-03-01T00:00:00+00:00"},
                                      "url_alias": f"https://reliefweb.int/report/x?appname={APPNAME}",
                                      "origin": f"https://user:pw@www.ohchr.org/en/x?token={APPNAME}"}}
        return 200, {"Content-Type": "application/json"}, httpx.Response(200, json={"data": [report]}).content
    site.routes["/v2/reports"] = answer
    settings = Settings(data_dir=tmp_path, base_url=site.base, extra={"reliefweb_appname": APPNAME})
    [doc] = list(iter_reliefweb_documents(settings, make_client()))
    assert isinstance(doc, RawDocument)
    assert doc.source_uri == "https://reliefweb.int/report/x?appname=REDACTED"
    assert doc.hints["url"] == "https://REDACTED@www.ohchr.org/en/x?token=REDACTED"
    assert APPNAME.encode() not in doc.content and b"pw@" not in doc.content


def test_fetch_errors_and_the_validator_cache_carry_no_credentials(site, make_client, tmp_path):
    client = make_client(max_retries=0)
    with pytest.raises(FetchError) as failure:
        client.get(site.base + "/faults/broken?token=t0ps3cret")
    assert "t0ps3cret" not in str(failure.value) and "token=REDACTED" in failure.value.uri
    assert "t0ps3cret" not in fetch_error("ohchr", site.base + "/x?token=t0ps3cret", failure.value).source_uri
    client.get(site.base + "/faults/etag?apikey=t0ps3cret")
    client.commit()
    assert "t0ps3cret" not in (tmp_path / "raw" / "http_cache.json").read_text()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://api.reliefweb.int/v2/reports?appname=abc", "https://api.reliefweb.int/v2/reports?appname=REDACTED"),
    ("https://x.org/a?page=2&AppName=abc&offset=3", "https://x.org/a?page=2&AppName=REDACTED&offset=3"),
    ("https://x.org/a?password=p&token=t&key=k&apikey=a", "https://x.org/a?password=REDACTED&token=REDACTED"
                                                          "&key=REDACTED&apikey=REDACTED"),
    ("https://x.org/a?keyword=rights&monkey=1", "https://x.org/a?keyword=rights&monkey=1"),
    ("http://alice:pw@x.org:8080/a", "http://REDACTED@x.org:8080/a"),
    ("http://x.org/@alice?q=1", "http://x.org/@alice?q=1"),
    ("/local/file.txt", "/local/file.txt"),
])
def test_redact_url(url, expected):
    assert redact_url(url) == expected
    assert redact_url(expected) == expected  # idempotent


def test_redact_text_finds_urls_inside_messages():
    message = "redirect to another host refused (http://u:p@evil.test/?appname=abc) after http://x.org/?key=1"
    assert redact_text(message) == ("redirect to another host refused (http://REDACTED@evil.test/?appname=REDACTED) "
                                    "after http://x.org/?key=REDACTED")


def test_a_redirect_target_in_an_error_is_redacted(site, make_client):
    site.routes["/faults/redirect-secret"] = lambda r: (302, {"Location": "http://elsewhere.invalid/?token=zz9"}, b"")
    with pytest.raises(FetchError, match="another host refused") as failure:
        make_client().get(site.base + "/faults/redirect-secret")
    assert "zz9" not in str(failure.value)
