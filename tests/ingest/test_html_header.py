"""Header fields of an HTML page: the page's own metadata first, the text rules after."""

from __future__ import annotations

import json
from datetime import date, datetime

from un_statements_etl.ingest import prepare_statement
from un_statements_etl.records import RawDocument

PARAGRAPHS = "".join(f"<p>{s}</p>" for s in (
    "GENEVA (5 May 2023) – The detention of the twelve reporters must end today, the expert said.",
    "They were held without charge for more than a month and denied access to lawyers of their choosing.",
    "The expert called on the authorities to release them and to investigate the reports of ill-treatment.",
))


def page(head: str, byline: str = "") -> bytes:
    return (f"<!doctype html><html><head>{head}</head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<main><article><h1>Reporters must be freed, says expert</h1>{byline}{PARAGRAPHS}</article></main>"
            "<footer>Contact us</footer></body></html>").encode()


def ingest(content: bytes):
    raw = RawDocument("local", "page.html", content, "text/html", datetime(2025, 1, 1))
    return prepare_statement(raw, 1_000_000)


def test_metadata_of_the_page_comes_first() -> None:
    head = ('<title>Reporters must be freed, says expert | Site</title>'
            '<meta property="og:title" content="Reporters must be freed, says expert">'
            '<link rel="canonical" href="https://example.org/en/press-releases/2023/05/reporters">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-05-06",'
            ' "headline": "Reporters must be freed, says expert"}</script>')
    st = ingest(page(head))
    assert st.title == "Reporters must be freed, says expert"
    assert st.published_on == date(2023, 5, 6)  # the page's own date, not the dateline's
    assert st.url == "https://example.org/en/press-releases/2023/05/reporters"
    how = json.loads(st.header_provenance)
    assert how["published_on"] == how["title"] == "html_meta"
    assert st.location == "Geneva" and how["location"] == "dateline"


def test_text_rules_when_the_page_has_no_metadata() -> None:
    st = ingest(page("<title>Reporters must be freed, says expert</title>"))
    assert st.published_on == date(2023, 5, 5)  # the dateline's (htmldate may read it off the text too)
    assert st.location == "Geneva"


def test_byline_markup_outside_the_article_text() -> None:
    byline = '<div class="byline">Statement by Jane Roe, UN Special Rapporteur on freedom of expression</div>'
    st = ingest(page("<title>Reporters must be freed, says expert</title>", byline))
    assert (st.speaker, st.speaker_role) == ("Jane Roe", "UN Special Rapporteur on freedom of expression")
