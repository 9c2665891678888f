"""PoliteClient against the local site: robots.txt, retries, Retry-After, 304, spacing, redirects."""

from __future__ import annotations

import itertools

import httpx
import pytest

from un_statements_etl.errors import FetchError
from un_statements_etl.settings import Settings
from un_statements_etl.sources.http import USER_AGENT, HTTPStatusFetchError, PoliteClient, setting


def test_robots_disallow_raises_and_robots_is_read_once(site, make_client):
    client = make_client()
    with pytest.raises(FetchError, match=r"robots\.txt disallows"):
        client.get(site.base + "/private/notes")
    assert client.get(site.base + "/faults/etag") is not None
    assert "/private/notes" not in site.paths()
    assert site.paths().count("/robots.txt") == 1


def test_unreachable_robots_closes_the_site_but_missing_robots_opens_it(site, make_client):
    site.routes["/robots.txt"] = lambda r: (503, {}, b"down")
    with pytest.raises(FetchError, match="treated as closed"):
        make_client(max_retries=1).get(site.base + "/faults/etag")
    site.routes["/robots.txt"] = lambda r: (404, {}, b"none")
    assert make_client(cache_path=None).get(site.base + "/faults/etag") is not None


def test_503_twice_then_success_backs_off_exponentially(site, make_client, fake_time):
    page = make_client().get(site.base + "/faults/flaky")
    assert page is not None and b"finally" in page.content
    assert site.hits["/faults/flaky"] == 3
    assert fake_time.sleeps == [1.0, 2.0]


def test_jitter_is_added_to_the_backoff(site, make_client, fake_time):
    make_client(jitter=lambda: 0.5).get(site.base + "/faults/flaky")
    assert fake_time.sleeps == [1.5, 2.5]


def test_429_waits_as_long_as_retry_after_says(site, make_client, fake_time):
    assert make_client().get(site.base + "/faults/throttled") is not None
    assert fake_time.sleeps == [7.0]


def test_a_retry_after_beyond_the_cap_gives_up_at_once(site, make_client, fake_time):
    with pytest.raises(FetchError, match="wait 3600 s"):
        make_client(max_retry_after=60).get(site.base + "/faults/throttled-long")
    assert fake_time.sleeps == []


def test_a_page_that_always_fails_raises_after_the_retries(site, make_client, fake_time):
    with pytest.raises(HTTPStatusFetchError) as failure:
        make_client(max_retries=3).get(site.base + "/faults/broken")
    assert failure.value.status == 500 and "faults/broken" in str(failure.value)
    assert site.hits["/faults/broken"] == 4
    assert fake_time.sleeps == [1.0, 2.0, 4.0]


def test_404_is_not_retried(site, make_client):
    with pytest.raises(HTTPStatusFetchError, match="HTTP 404"):
        make_client().get(site.base + "/nowhere")
    assert site.hits["/nowhere"] == 1


def test_timeouts_are_retried_then_reported(site, make_client):
    client = make_client(httpx.Client(timeout=0.2), max_retries=1)
    with pytest.raises(FetchError, match="Timeout"):
        client.get(site.base + "/faults/slow")
    assert site.hits["/faults/slow"] == 2


def test_a_truncated_body_is_a_fetch_error(site, make_client):
    with pytest.raises(FetchError, match="after 2 attempts"):
        make_client(max_retries=1).get(site.base + "/faults/truncated")


def test_conditional_get_304_means_unchanged(site, make_client):
    client = make_client()
    assert client.get(site.base + "/faults/etag") is not None
    assert client.get(site.base + "/faults/etag") is None
    etag_requests = [r for r in site.requests if r.path == "/faults/etag"]
    assert "if-none-match" not in etag_requests[0].headers
    assert etag_requests[1].headers["if-none-match"].startswith('"')


def test_validators_survive_a_run_only_once_committed(site, make_client, tmp_path):
    first = make_client()
    first.get(site.base + "/faults/etag")
    assert make_client().get(site.base + "/faults/etag") is not None  # not committed: fetched again
    first.commit()
    assert (tmp_path / "raw" / "http_cache.json").exists()
    assert make_client().get(site.base + "/faults/etag") is None


def test_requests_to_one_host_are_spaced(site, make_client, fake_time):
    sent: list[tuple[str, float]] = []
    http = httpx.Client(event_hooks={"request": [lambda r: sent.append((r.url.host, fake_time.now))]})
    client = make_client(http, min_interval=2.0)
    for _ in range(3):
        client.get(site.base + "/faults/etag", conditional=False)
    local = [t for host, t in sent if host == "127.0.0.1"]
    assert len(local) == 4  # robots.txt and three pages
    assert all(b - a >= 2.0 for a, b in itertools.pairwise(local))
    # another host name is another host: it does not wait for 127.0.0.1
    before = fake_time.now
    client.get(site.base.replace("127.0.0.1", "localhost") + "/faults/etag", conditional=False)
    assert next(t for host, t in sent if host == "localhost") == before


def test_crawl_delay_of_robots_txt_is_honoured(site, make_client, fake_time):
    site.routes["/robots.txt"] = lambda r: (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 5\n")
    client = make_client(min_interval=1.0)
    client.get(site.base + "/faults/etag", conditional=False)
    client.get(site.base + "/faults/etag", conditional=False)
    assert fake_time.sleeps[-1] == pytest.approx(5.0)


def test_redirects_stay_on_the_host(site, make_client):
    client = make_client()
    with pytest.raises(FetchError, match="another host refused"):
        client.get(site.base + "/faults/redirect-away")
    page = client.get(site.base + "/faults/redirect-home")
    assert page is not None and page.url.endswith("/faults/etag")


def test_user_agent_names_the_project_and_a_contact(site, make_client):
    make_client().get(site.base + "/faults/etag")
    assert site.requests[-1].headers["user-agent"] == USER_AGENT
    assert "un-statements-etl" in USER_AGENT and "+https://" in USER_AGENT


def test_from_settings_reads_optional_fields(tmp_path):
    settings = Settings(data_dir=tmp_path, extra={"rate_limit_per_second": 4, "max_retries": 1})
    client = PoliteClient.from_settings(settings)
    try:
        assert client.min_interval == 0.25 and client.max_retries == 1
        assert client.cache.path == tmp_path / "raw" / "http_cache.json"
        assert setting(settings, "user_agent", "x") == "x"
    finally:
        client.close()
