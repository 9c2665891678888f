"""ReliefWeb API v2 emulation: appname, paging, since, identity shared with ohchr.org."""

from __future__ import annotations

import json
from datetime import date

import pytest

from un_statements_etl.errors import ConfigError
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.ingest.identity import statement_id_for
from un_statements_etl.records import RawDocument
from un_statements_etl.settings import Settings
from un_statements_etl.sources.reliefweb import iter_reliefweb_documents


@pytest.fixture
def rw_settings(tmp_path, site):
    return Settings(data_dir=tmp_path, base_url=site.base,
                    extra={"reliefweb_appname": "uns-etl-test", "reliefweb_page_size": 3})


def test_missing_appname_names_the_setting_and_the_variable(settings, monkeypatch):
    monkeypatch.delenv("UNS_RELIEFWEB_APPNAME", raising=False)
    with pytest.raises(ConfigError, match=r"reliefweb_appname.*UNS_RELIEFWEB_APPNAME"):
        next(iter_reliefweb_documents(settings))


def test_appname_from_the_environment(site, settings, make_client, monkeypatch):
    monkeypatch.setenv("UNS_RELIEFWEB_APPNAME", "from-env")
    assert len(list(iter_reliefweb_documents(settings, make_client()))) == 5
    assert site.paths("POST") == ["/v2/reports?appname=from-env"]


def test_pages_with_limit_and_offset_until_a_short_page(site, rw_settings, make_client):
    docs = list(iter_reliefweb_documents(rw_settings, make_client()))
    assert len(docs) == 5 and all(isinstance(d, RawDocument) for d in docs)
    bodies = [json.loads(r.body) for r in site.requests if r.method == "POST"]
    assert [(b["offset"], b["limit"]) for b in bodies] == [(0, 3), (3, 3)]
    assert bodies[0]["sort"] == ["date.original:desc"]
    assert {"field": "source.shortname", "value": "OHCHR"} in bodies[0]["filter"]["conditions"]
    assert {"field": "format.name", "value": "News and Press Release"} in bodies[0]["filter"]["conditions"]


def test_stops_at_the_first_report_older_than_since(site, rw_settings, make_client):
    docs = list(iter_reliefweb_documents(rw_settings, make_client(), since=date(2024, 3, 1)))
    assert [d.hints["published_on"] for d in docs] == [date(2024, 3, 8), date(2024, 3, 4)]
    assert len(site.paths("POST")) == 1


def test_reports_share_identity_with_the_ohchr_original(rw_settings, make_client):
    first, _, no_origin, *_ = list(iter_reliefweb_documents(rw_settings, make_client()))
    assert first.source == "reliefweb" and first.media_type == "text/html"
    assert first.source_uri == "https://reliefweb.int/report/world/un-experts-urge-release-detained-journalists"
    assert first.hints == {"url": "https://www.ohchr.org/en/press-releases/2024/03/experts-urge-release-of-journalists",
                           "published_on": date(2024, 3, 8), "title": "UN experts urge release of detained journalists",
                           "speaker": "OHCHR"}
    statement = prepare_statement(first, 1_000_000)
    assert statement.statement_id == statement_id_for(first.hints["url"], None, "x")
    assert statement.title == first.hints["title"] and statement.published_on == date(2024, 3, 8)
    # only a markdown `body`: escaped into paragraphs; no origin: the ReliefWeb page is the identity
    assert b"<p>Across the world" in no_origin.content and b"&amp; must end" in no_origin.content
    assert no_origin.hints["url"].startswith("https://reliefweb.int/report/")
