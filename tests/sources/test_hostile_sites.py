"""What a hostile or odd site must not do to a run (issue #18, items 4 and 5): a double gzip
bomb allocates no more than the limit; robots.txt redirects are followed on the site, a 5xx
closes it, and a Crawl-delay of an hour is capped and said. All on the local site, fake time."""

from __future__ import annotations

import gzip
import logging
import tracemalloc
import zlib

import pytest

from un_statements_etl.errors import FetchError
from un_statements_etl.sources.http import PoliteClient, ResponseLimitError


def _gzip_of_zeros(total: int, block: int = 1_000_000) -> bytes:
    """gzip of `total` zero bytes, built block by block (the test itself never holds them)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(block)
    return b"".join(packer.compress(zeros) for _ in range(total // block)) + packer.flush()


def test_a_double_gzip_bomb_is_bounded_while_each_layer_decodes(site, make_client):
    inner = _gzip_of_zeros(200_000_000)  # 200 MB of zeros in about 200 KB
    bomb = gzip.compress(inner, 9)  # and that again: a few KB on the wire
    site.routes["/faults/double-bomb"] = lambda r: (200, {"Content-Type": "text/html",
                                                          "Content-Encoding": "gzip, gzip"}, bomb)
    client = make_client(max_response_bytes=1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseLimitError, match="larger than 1000000 bytes"):
            client.get(site.base + "/faults/double-bomb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, f"{peak:,} bytes allocated to refuse a {len(bomb):,}-byte answer"
    assert site.hits["/faults/double-bomb"] == 1


def test_a_double_gzip_page_within_the_limit_reads_whole(site, make_client):
    page = b"<html><body><p>" + b"Statement text. " * 5_000 + b"</p></body></html>"
    site.routes["/faults/double"] = lambda r: (200, {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"},
                                               gzip.compress(gzip.compress(page)))
    fetched = make_client(max_response_bytes=1_000_000).get(site.base + "/faults/double")
    assert fetched is not None and fetched.content == page
    assert site.requests[-1].headers["accept-encoding"] == "gzip, deflate"  # only what the client can bound


def test_a_crawl_delay_of_an_hour_is_capped_and_said(site, make_client, fake_time, caplog):
    site.routes["/robots.txt"] = lambda r: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 3600\n")
    client: PoliteClient = make_client(min_interval=1.0, max_crawl_delay=30.0)
    with caplog.at_level(logging.WARNING):
        for _ in range(3):
            client.get(site.base + "/faults/etag", conditional=False)
    assert max(fake_time.sleeps) == pytest.approx(30.0)
    assert [m for m in caplog.messages if "Crawl-delay of 3600 s; capped at 30 s" in m] != []
    assert list(client.notices.values()) == [f"{site.base}/robots.txt asks for a Crawl-delay of 3600 s; "
                                             "capped at 30 s (max_crawl_delay)"]


def test_a_redirecting_robots_txt_is_followed_on_the_site(site, make_client):
    site.routes["/robots.txt"] = lambda r: (301, {"Location": "/rules/robots.txt"}, b"")
    site.routes["/rules/robots.txt"] = lambda r: (200, {"Content-Type": "text/plain"},
                                                  b"User-agent: *\nDisallow: /faults/\n")
    client = make_client()
    with pytest.raises(FetchError, match=r"robots\.txt disallows"):
        client.get(site.base + "/faults/etag")
    assert "/faults/etag" not in site.paths()


@pytest.mark.parametrize("answer", [(302, {"Location": "http://elsewhere.invalid/robots.txt"}, b""),
                                    (302, {"Location": "/robots.txt"}, b""),
                                    (500, {}, b"broken"), (501, {}, b"not implemented"), (429, {}, b"slow down")],
                         ids=["off-site", "loop", "500", "501", "429"])
def test_robots_txt_that_cannot_be_read_closes_the_site(site, make_client, answer):
    site.routes["/robots.txt"] = lambda r: answer
    with pytest.raises(FetchError, match="treated as closed"):
        make_client(max_retries=0).get(site.base + "/faults/etag")
    assert "/faults/etag" not in site.paths()
