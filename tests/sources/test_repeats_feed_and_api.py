"""press.un.org and ReliefWeb as live sites are: a feed that repeats items, API offsets that
shift while they are paged, one statement reached twice.

Every page reached twice is fetched once and loaded once and the summary counts it; a page
of nothing but repeats warns; two versions of one statement keep the newer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from un_statements_etl.records import RawDocument
from un_statements_etl.settings import Settings
from un_statements_etl.sources.reliefweb import iter_reliefweb_documents
from un_statements_etl.sources.repeats import WalkLog

from .conftest import Reply, Request, Site, fixture_text
from .test_incremental_run import rows, run

SGSM = "/en/2024/sgsm21700.doc.htm"
ENCOUNTER = "/en/content/secretary-general/press-encounter/2024-03-06/remarks"
NOTE = "/en/2024/note-to-correspondents-on-the-sahel"  # no symbol in its URL or on its page


def answer(media_type: str, body: bytes) -> Callable[[Request], Reply]:
    return lambda request: (200, {"Content-Type": media_type}, body)


def feed(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(f"<item><title>{title}</title><link>{base}{path}</link>"
                      f"<pubDate>{'Wed, 06' if 'remarks' in path else 'Mon, 04'} Mar 2024 16:20:00 -0500</pubDate>"
                      "</item>" for path, title in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>UN Press</title>{entries}</channel></rss>'.encode()


NOTE_PAGE = (b'<!DOCTYPE html><html lang="en"><head><title>Note to correspondents | UN Press</title></head><body><main>'
             b"<h1>Note to correspondents on the Sahel</h1><p>The Secretary-General will travel to the Sahel next "
             b"week, where he will meet families displaced by conflict and drought.</p><p>He will also meet the "
             b"leaders of the region to discuss the humanitarian response.</p></main></body></html>")


def test_a_feed_repeating_items_fetches_and_loads_each_page_once(site: Site, tmp_path: Path):
    html = "text/html; charset=utf-8"
    for path, name in ((SGSM, "un_press/sgsm21700.html"), (ENCOUNTER, "un_press/encounter.html")):
        site.routes[path] = answer(html, fixture_text(name, site.base))  # no ETag: a repeat would download again
    site.routes[NOTE] = answer(html, NOTE_PAGE)
    site.routes["/en/rss.xml"] = answer("application/rss+xml", feed(site.base, [
        (SGSM, "Ceasefire"), (SGSM, "Ceasefire"),  # the same item twice
        ("/press/en/2024/sgsm21700.doc.htm", "Ceasefire"),  # the same symbol under a second URL
        (ENCOUNTER, "Remarks"), (f"{ENCOUNTER}?utm_source=rss", "Remarks"),  # one page, two spellings
        (NOTE, "Note"), (f"{NOTE}/", "Note")]))

    summary = run(site, tmp_path, source="un-press")

    fetched = [path for path in site.paths() if path != "/en/rss.xml" and path != "/robots.txt"]
    assert sorted(fetched) == sorted([SGSM, ENCOUNTER, NOTE])  # each page once, no spelling of one twice
    assert summary.counts["statements"] == 3 and summary.counts["repeats"] == 4
    assert summary.counts["quarantined"] == 0
    assert rows(tmp_path, "SELECT count(*), count(DISTINCT source_uri) FROM statement_sources") == [(3, 3)]


def _report(number: int, day: str, origin: str | None = None, body: str | None = None) -> dict[str, Any]:
    return {"id": str(number), "fields": {
        "title": f"Report {number}", "date": {"original": f"{day}T00:00:00+00:00"},
        "body-html": body or f"<p>GENEVA ({day}) – UN experts today raised concern number {number} about the "
                             "detention of human rights defenders and urged their release.</p>",
        "url_alias": f"https://reliefweb.int/report/world/report-{number}", "origin": origin,
        "source": [{"shortname": "OHCHR"}]}}


class ShiftingReports:
    """The ReliefWeb API, newest first by offset, that gains `arrivals` once its first page is read."""

    def __init__(self, reports: list[dict[str, Any]], arrivals: list[dict[str, Any]], ignore_offset: bool = False):
        self.reports, self.arrivals, self.ignore_offset, self.calls = reports, arrivals, ignore_offset, 0

    def __call__(self, request: Request) -> Reply:
        self.calls += 1
        if self.calls > 10:  # bounds a walk that would never stop
            return 500, {}, b"enough"
        query = json.loads(request.body)
        reports = self.arrivals + self.reports if self.calls > 1 else self.reports
        start = 0 if self.ignore_offset else query["offset"]
        page = reports[start:start + query["limit"]]
        return 200, {"Content-Type": "application/json"}, json.dumps({"data": page}).encode()


@pytest.fixture
def rw_settings(tmp_path: Path, site: Site) -> Settings:
    return Settings(data_dir=tmp_path, base_url=site.base,
                    extra={"reliefweb_appname": "uns-etl-test", "reliefweb_page_size": 2})


REPORTS = [_report(n, f"2024-03-{10 - n:02d}") for n in range(1, 6)]


@pytest.mark.parametrize(("arrived", "shifts"), [(1, 0), (2, 1)])
def test_reliefweb_offsets_that_shift_while_paged_yield_each_report_once(site: Site, rw_settings, make_client,
                                                                          arrived: int, shifts: int):
    site.routes["/v2/reports"] = ShiftingReports(REPORTS, [_report(90 + n, "2024-03-10") for n in range(arrived)])
    walk = WalkLog()
    docs = list(iter_reliefweb_documents(rw_settings, make_client(), walk=walk))
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.hints["title"] for d in docs] == [f"Report {n}" for n in range(1, 6)]  # each once, none lost
    assert walk.repeats["listing"] == arrived and walk.listing_shifts == shifts
    assert len(walk.warnings) == shifts and all("shifted by a whole page" in w for w in walk.warnings)


def test_reliefweb_answering_one_page_for_every_offset_stops_with_a_warning(site: Site, rw_settings, make_client):
    api = ShiftingReports(REPORTS, [], ignore_offset=True)
    site.routes["/v2/reports"] = api
    walk = WalkLog()
    docs = list(iter_reliefweb_documents(rw_settings, make_client(), walk=walk))
    assert [d.hints["title"] for d in docs if isinstance(d, RawDocument)] == ["Report 1", "Report 2"]
    assert len(docs) == 2 and api.calls == 4  # before the fix: on and on, until the server gave up
    assert "stopped there" in walk.warnings[-1]


def test_one_statement_twice_through_reliefweb_is_loaded_once(site: Site, tmp_path: Path):
    reports = json.loads(fixture_text("reliefweb/reports.json", site.base))
    journalists, council = reports[0], reports[1]
    again = {**journalists, "id": "4051299", "fields": {
        **journalists["fields"], "url_alias": "https://reliefweb.int/report/world/experts-urge-release-journalists"}}
    older = {**council, "id": "4049001", "fields": {
        **council["fields"], "date": {"original": "2024-03-01T00:00:00+00:00"},
        "url_alias": "https://reliefweb.int/report/world/draft-high-commissioner-council-session",
        "body-html": "<p>Mr. President, Excellencies,</p><p>A draft of the opening statement to the session.</p>"}}
    served = [journalists, again, council, older, *reports[2:]]  # newest first, as the API sorts
    site.routes["/v2/reports"] = lambda r: (200, {"Content-Type": "application/json"},
                                            json.dumps({"data": served}).encode())

    summary = run(site, tmp_path, source="reliefweb", reliefweb_appname="uns-etl-test")

    assert summary.counts["statements"] == 5
    assert summary.counts["aliases"] == 1 and summary.counts["conflicts"] == 1  # same text: alias; other: conflict
    [(uri, detail)] = rows(tmp_path, "SELECT source_uri, detail FROM quarantine WHERE reason = 'conflict'")
    assert uri.endswith("draft-high-commissioner-council-session") and "was kept" in detail
    texts = rows(tmp_path, "SELECT text FROM statements WHERE text LIKE '%Excellencies%'")
    assert len(texts) == 1 and "draft" not in texts[0][0]
