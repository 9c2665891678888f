"""press.un.org: the RSS feed, the linked pages, the document symbol as identity."""

from __future__ import annotations

from datetime import date

from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.sources.un_press import iter_un_press_documents, symbol_from_url


def test_each_symbol_is_yielded_once_oldest_first(site, settings, make_client):
    items = list(iter_un_press_documents(settings, make_client()))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.hints["symbol"] for d in docs] == ["SG/SM/21700", "SG/SM/21702"]
    assert all(isinstance(i, RawDocument) for i in items)
    # the second URL of SG/SM/21700 is recognised from its name and never fetched
    assert "/press/en/2024/sgsm21700.doc.htm" not in site.paths()
    assert docs[0].source == "un-press" and docs[0].source_uri == site.base + "/en/2024/sgsm21700.doc.htm"


def test_hints_carry_feed_dates_and_titles(settings, make_client):
    docs = [i for i in iter_un_press_documents(settings, make_client()) if isinstance(i, RawDocument)]
    first, second = docs
    # the publisher's local date (New York), not the UTC date of the feed's timestamp
    assert first.hints == {"symbol": "SG/SM/21700", "published_on": date(2024, 3, 4),
                           "title": "Secretary-General Calls for Ceasefire, Urges Parties to Protect Civilians"}
    assert second.hints["symbol"] == "SG/SM/21702"  # printed on the page: its URL has none
    assert b"Sahel" in second.content


def test_a_symbol_found_on_the_page_deduplicates_too(site, settings, make_client):
    site.routes["/en/content/secretary-general/press-encounter/2024-03-06/remarks"] = \
        site.routes["/en/2024/sgsm21700.doc.htm"]
    docs = [i for i in iter_un_press_documents(settings, make_client()) if isinstance(i, RawDocument)]
    assert [d.hints["symbol"] for d in docs] == ["SG/SM/21700"]


def test_since_filters_feed_items(settings, make_client):
    docs = list(iter_un_press_documents(settings, make_client(), since=date(2024, 3, 5)))
    assert [d.hints["symbol"] for d in docs] == ["SG/SM/21702"]


def test_off_host_feed_links_are_quarantined_and_a_broken_feed_is_a_rejection(site, settings, make_client):
    site.routes["/en/rss.xml"] = lambda r: (200, {"Content-Type": "application/rss+xml"},
                                            b"<rss><channel><item><link>https://press.un.org/en/2024/sc15600.doc.htm"
                                            b"</link></item></channel></rss>")
    [rejection] = list(iter_un_press_documents(settings, make_client()))
    assert isinstance(rejection, Rejection) and rejection.reason == "off_host"
    site.routes["/en/rss.xml"] = lambda r: (200, {"Content-Type": "application/rss+xml"}, b"<rss><channel>")
    [broken] = list(iter_un_press_documents(settings, make_client()))
    assert broken.reason == "bad_feed"
    site.routes["/en/rss.xml"] = lambda r: (503, {}, b"")
    [down] = list(iter_un_press_documents(settings, make_client(max_retries=1)))
    assert down.reason == "fetch_error" and down.source_uri.endswith("/en/rss.xml")


def test_symbol_from_url_handles_every_series_shape():
    assert symbol_from_url("https://press.un.org/en/2023/sc15321.doc.htm") == "SC/15321"
    assert symbol_from_url("https://press.un.org/en/2023/gashc4367.doc.htm") == "GA/SHC/4367"
    assert symbol_from_url("https://press.un.org/en/2023/xyz123.doc.htm") == "XYZ/123"
