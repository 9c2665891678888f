"""The ohchr.org walk against the local fixture site."""

from __future__ import annotations

from datetime import date

from un_statements_etl.ingest import prepare_statement
from un_statements_etl.ingest.identity import statement_id_for
from un_statements_etl.records import RawDocument, Rejection
from un_statements_etl.settings import Settings
from un_statements_etl.sources.ohchr import iter_ohchr_documents

STATEMENTS = "/en/statements-and-speeches"


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejections = {r.source_uri.split("/", 3)[3]: r for r in items if isinstance(r, Rejection)}
    return docs, rejections


def _paths(docs):
    return ["/" + d.source_uri.split("/", 3)[3] for d in docs]


def test_full_walk_yields_every_item_oldest_month_first(site, settings, make_client):
    docs, rejections = _split(iter_ohchr_documents(settings, make_client()))
    # months ascend; within a month the kinds' listings are not interleaved by date
    assert [p for p in _paths(docs) if p.startswith(STATEMENTS)] == [
        f"{STATEMENTS}/2023/11/climate-conference-statement",
        f"{STATEMENTS}/2024/01/new-year-message",
        f"{STATEMENTS}/2024/02/day-against-arbitrary-detention",
        f"{STATEMENTS}/2024/03/high-commissioner-opens-council-session",
    ]
    assert _paths(docs)[3:] and len(docs) == 5
    months = [p.split("/")[3:5] for p in _paths(docs)]
    assert months == sorted(months)
    assert f"{STATEMENTS}?page=2" in site.paths()  # the empty page ends the listing
    assert "/en/press-releases?page=1" in site.paths()  # a 404 after page 0 ends it quietly
    assert not any("/fr/" in p or "about-us" in p or "another-host" in p for p in site.paths())
    assert {k: r.reason for k, r in rejections.items()} == {
        "en/press-releases/2024/03/embargoed-draft": "fetch_error",
        "en/press-releases/2024/02/detention-factsheet": "not_html",
        "en/press-briefing-notes/2024/02/briefing-on-sudan": "fetch_error",
    }
    assert "robots.txt" in rejections["en/press-releases/2024/03/embargoed-draft"].detail
    assert "/en/press-releases/2024/03/embargoed-draft" not in site.paths()
    assert "HTTP 500" in rejections["en/press-briefing-notes/2024/02/briefing-on-sudan"].detail


def test_hints_come_from_the_page_metadata(settings, make_client):
    docs, _ = _split(iter_ohchr_documents(settings, make_client()))
    by_path = dict(zip(_paths(docs), docs, strict=True))
    council = by_path[f"{STATEMENTS}/2024/03/high-commissioner-opens-council-session"]
    assert council.source == "ohchr" and council.media_type == "text/html"
    assert council.hints == {
        "url": "https://www.ohchr.org/en/statements-and-speeches/2024/03/high-commissioner-opens-council-session",
        "published_on": date(2024, 3, 4), "kind": "statement",
        "title": "High Commissioner opens the 55th session of the Human Rights Council"}
    # the older template: canonical link, article:published_time, <title> only
    new_year = by_path[f"{STATEMENTS}/2024/01/new-year-message"]
    assert new_year.hints["published_on"] == date(2024, 1, 15)
    assert new_year.hints["title"] == "New Year message: human rights are the path to peace"
    assert new_year.hints["url"].startswith("https://www.ohchr.org/")
    # JSON-LD's local date wins over the UTC date of <time>
    climate = by_path[f"{STATEMENTS}/2023/11/climate-conference-statement"]
    assert climate.hints["published_on"] == date(2023, 11, 30)
    assert by_path["/en/press-releases/2024/03/experts-urge-release-of-journalists"].hints["kind"] == "press_release"


def test_walk_stops_at_since(site, settings, make_client):
    docs, _ = _split(iter_ohchr_documents(settings, make_client(), since=date(2024, 1, 1)))
    assert f"{STATEMENTS}/2023/11/climate-conference-statement" not in _paths(docs)
    assert f"{STATEMENTS}/2023/11/climate-conference-statement" not in site.paths()  # not even fetched
    assert f"{STATEMENTS}?page=2" not in site.paths()  # page 1 reached older items: no further
    assert len(docs) == 4


def test_items_of_the_cursor_month_but_older_are_skipped(settings, make_client):
    docs, _ = _split(iter_ohchr_documents(settings, make_client(), since=date(2024, 1, 20)))
    assert f"{STATEMENTS}/2024/01/new-year-message" not in _paths(docs)
    assert len(docs) == 3


def test_since_falls_back_to_settings_and_limit_counts_documents(site, tmp_path, make_client):
    settings = Settings(data_dir=tmp_path, base_url=site.base, since="2024-02-01", limit=1)
    docs, rejections = _split(iter_ohchr_documents(settings, make_client()))
    assert _paths(docs) == [f"{STATEMENTS}/2024/02/day-against-arbitrary-detention"]
    assert "en/press-briefing-notes/2024/02/briefing-on-sudan" in rejections  # rejections do not count


def test_second_walk_yields_nothing_unchanged(site, settings, make_client):
    client = make_client()
    first, _ = _split(iter_ohchr_documents(settings, client))
    second, rejections = _split(iter_ohchr_documents(settings, client))
    assert len(first) == 5 and second == []
    assert set(rejections) == {"en/press-releases/2024/03/embargoed-draft",
                               "en/press-briefing-notes/2024/02/briefing-on-sudan"}


def test_a_run_without_an_injected_client_keeps_validators_for_the_next(site, settings):
    settings = Settings(data_dir=settings.data_dir, base_url=site.base,
                        extra={"rate_limit_per_second": 1000, "max_retries": 0})
    assert len(_split(iter_ohchr_documents(settings))[0]) == 5
    assert (settings.data_dir / "raw" / "http_cache.json").exists()
    assert _split(iter_ohchr_documents(settings))[0] == []


def test_every_fixture_page_ingests_with_title_date_and_url(settings, make_client):
    docs, _ = _split(iter_ohchr_documents(settings, make_client()))
    for doc in docs:
        statement = prepare_statement(doc, 1_000_000)
        assert statement.title and statement.published_on == doc.hints["published_on"], doc.source_uri
        assert statement.url and statement.url.startswith("https://www.ohchr.org/en/"), doc.source_uri
        assert statement.statement_id == statement_id_for(doc.hints["url"], None, "x")
