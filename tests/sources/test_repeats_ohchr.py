"""ohchr.org as a live site is: listings that overlap, a listing that shifts while it is paged.

Every page reached twice is fetched once and loaded once, and the summary counts the
repeats; a listing that shifts by a whole page warns and the walk goes on; a statement the
shift hid from a run is read by the next one through the revisit window.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from un_statements_etl.records import RawDocument
from un_statements_etl.sources.incremental import Cursor, window_start
from un_statements_etl.sources.ohchr import iter_ohchr_documents
from un_statements_etl.sources.repeats import WalkLog
from un_statements_etl.summary import summary_text

from .conftest import OHCHR_ITEMS, Reply, Request, Site, fixture_text
from .test_incremental_run import rows, run

STATEMENTS = "/en/statements-and-speeches"
COUNCIL = f"{STATEMENTS}/2024/03/high-commissioner-opens-council-session"
DETENTION = f"{STATEMENTS}/2024/02/day-against-arbitrary-detention"
NEW_YEAR = f"{STATEMENTS}/2024/01/new-year-message"
CLIMATE = f"{STATEMENTS}/2023/11/climate-conference-statement"
JOURNALISTS = "/en/press-releases/2024/03/experts-urge-release-of-journalists"
# statements posted after they were delivered: dated before the newest item of the run
LATE = {f"{STATEMENTS}/2024/03/late-posted-speech-on-water": "2024-03-06",
        f"{STATEMENTS}/2024/03/late-posted-remarks-on-housing": "2024-03-05"}


def listing(paths: list[str]) -> bytes:
    rows = "".join(f'<div class="views-row"><h2><a href="{path}">item</a></h2></div>' for path in paths)
    return f"<!DOCTYPE html><html><body><main>{rows}</main></body></html>".encode()


def html(body: bytes) -> Reply:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body


def answer(body: bytes) -> Callable[[Request], Reply]:
    return lambda request: html(body)


def item_page(path: str, day: str) -> bytes:
    slug = path.rsplit("/", 1)[1]
    return (f'<!DOCTYPE html><html lang="en"><head><title>{slug} | OHCHR</title>'
            f'<link rel="canonical" href="https://www.ohchr.org{path}">'
            f'<meta property="article:published_time" content="{day}T09:00:00+01:00"></head><body><main><article>'
            f'<h1>{slug}</h1><p>Statement by Volker Türk, UN High Commissioner for Human Rights.</p>'
            f"<p>GENEVA ({day}) – The High Commissioner today spoke on {slug.replace('-', ' ')}, urging States to "
            "protect the rights of everyone affected.</p></article></main></body></html>").encode()


class ShiftingListing:
    """A newest-first listing paged by ?page=N that gains `arrivals` at its top once page 0 is read."""

    def __init__(self, before: list[str], arrivals: list[str], per_page: int = 2) -> None:
        self.before, self.arrivals, self.per_page, self.shifted = before, arrivals, per_page, False

    def __call__(self, request: Request) -> Reply:
        page = int(parse_qs(urlsplit(request.path).query).get("page", ["0"])[0])
        items = self.arrivals + self.before if self.shifted else self.before
        self.shifted = True  # published while the walk reads the next pages
        return html(listing(items[page * self.per_page:(page + 1) * self.per_page]))


def serve_listing(site: Site, route: Callable[[Request], Reply]) -> None:
    """`route` answers every page of the statements listing (the fixture's own pages go)."""
    for path in [p for p in site.routes if p.startswith(STATEMENTS + "?")]:
        del site.routes[path]
    site.routes[STATEMENTS] = route


def serve_items_without_validators(site: Site) -> None:
    """Item pages without ETag: a second request would be a second full download and a second document."""
    for path, name in OHCHR_ITEMS.items():
        site.routes[path] = answer(fixture_text(name, site.base))


def test_overlapping_listings_fetch_and_load_each_page_once(site: Site, tmp_path: Path):
    serve_items_without_validators(site)
    # page 1 shifted by one item; press releases list a statement too; briefings spell an item with a slash
    site.routes[f"{STATEMENTS}?page=1"] = answer(listing([DETENTION, NEW_YEAR, CLIMATE]))
    press = fixture_text("ohchr/listing-press-releases.html", site.base).replace(
        b"</main>", f'<a href="{COUNCIL}">again</a></main>'.encode())
    site.routes["/en/press-releases"] = answer(press)
    briefings = fixture_text("ohchr/listing-briefing-notes.html", site.base).replace(
        b"</main>", f'<a href="{site.base}{JOURNALISTS}/#comments">again</a></main>'.encode())
    site.routes["/en/press-briefing-notes"] = answer(briefings)

    summary = run(site, tmp_path)  # before the fix: exit 3, statement_sources keys not unique

    assert {path: site.hits[path] for path in OHCHR_ITEMS} == dict.fromkeys(OHCHR_ITEMS, 1)
    assert f"{JOURNALISTS}/" not in site.paths()
    assert summary.counts["statements"] == 5 and summary.counts["repeats"] == 3
    assert rows(tmp_path, "SELECT count(*), count(DISTINCT source_uri) FROM statement_sources") == [(5, 5)]
    [(counts,)] = rows(tmp_path, "SELECT counts FROM runs")
    assert json.loads(counts)["repeats"] == 3
    assert "3 items reached more than once" in summary_text(summary)


def test_a_listing_shifted_by_a_whole_page_warns_and_the_walk_goes_on(site: Site, settings, make_client):
    serve_listing(site, ShiftingListing([COUNCIL, DETENTION, NEW_YEAR, CLIMATE], list(LATE)))
    walk = WalkLog()
    docs = [d for d in iter_ohchr_documents(settings, make_client(), walk=walk) if isinstance(d, RawDocument)]
    found = {urlsplit(d.source_uri).path for d in docs}
    # before the fix the walk ended silently at page 1 and lost NEW_YEAR and CLIMATE
    assert {COUNCIL, DETENTION, NEW_YEAR, CLIMATE, JOURNALISTS} == found
    assert walk.listing_shifts == 1 and walk.repeats["listing"] == 2
    [warning] = walk.warnings
    assert f"{STATEMENTS} page 1" in warning and "shifted by a whole page" in warning and "went on" in warning


def test_a_site_repeating_one_page_for_every_number_stops_with_a_warning(site: Site, settings, make_client):
    serve_listing(site, answer(listing([COUNCIL, DETENTION])))  # ?page=N ignored
    walk = WalkLog()
    docs = [d for d in iter_ohchr_documents(settings, make_client(), walk=walk) if isinstance(d, RawDocument)]
    assert {COUNCIL, DETENTION} <= {urlsplit(d.source_uri).path for d in docs}
    assert [p for p in site.paths() if p.startswith(STATEMENTS + "?")] == [f"{STATEMENTS}?page={n}" for n in (1, 2, 3)]
    assert walk.listing_shifts == 3 and "stopped there" in walk.warnings[-1]


def test_a_statement_the_shift_hid_is_loaded_by_the_next_run_through_the_revisit_window(
        site: Site, tmp_path: Path, settings, make_client):
    serve_listing(site, ShiftingListing([COUNCIL, DETENTION, NEW_YEAR, CLIMATE], list(LATE)))
    for path, day in LATE.items():
        site.routes[path] = answer(item_page(path, day))
    first = run(site, tmp_path)
    assert first.counts["statements"] == 5 and first.counts["listing_shifts"] == 1  # LATE was on page 0, read before
    assert any("shifted by a whole page" in notice for notice in first.notices)
    assert "the source walk:" in summary_text(first)
    [(cursor,)] = rows(tmp_path, "SELECT cursor FROM source_state")
    assert cursor == "2024-03-08"  # the press release: newer than the hidden statements

    second = run(site, tmp_path)
    assert second.counts["statements"] == 2
    loaded = {url for (url,) in rows(tmp_path, "SELECT url FROM statements")}
    assert {f"https://www.ohchr.org{path}" for path in LATE} <= loaded
    # the window is what finds them: a walk from the cursor itself would not
    newest = date.fromisoformat(cursor)
    from_cursor = [d for d in iter_ohchr_documents(settings, make_client(), since=newest)
                   if isinstance(d, RawDocument)]
    assert not {urlsplit(d.source_uri).path for d in from_cursor} & set(LATE)
    assert window_start(None, Cursor("ohchr", newest), settings.revisit_days) < min(map(date.fromisoformat, LATE.values()))
