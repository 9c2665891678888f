"""HTML pages to text plus the page's own metadata (og:, JSON-LD, <time>), via trafilatura."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date

from .html_guard import tame_html


@dataclass(frozen=True)
class PageText:
    text: str  # paragraphs separated by blank lines
    title: str | None
    url: str | None
    published_on: date | None
    author: str | None


def html_to_text(html: str) -> PageText | None:
    """Main text and metadata of an HTML page; None when the page has no main text."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml FutureWarnings from inside trafilatura
        doc = trafilatura.bare_extraction(tame_html(html), with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False, as_dict=True)
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        return None
    # trafilatura puts one paragraph per line; the pipeline's paragraph break is a blank line
    text = re.sub(r"\n+", "\n\n", doc["text"].strip())
    return PageText(text=text, title=doc.get("title"), url=doc.get("url"), published_on=_iso_date(doc.get("date")),
                    author=doc.get("author"))


_INVISIBLE = re.compile(r"(?is)<(script|style|noscript|template|iframe|svg|head)\b.*?</\1\s*>|<!--.*?-->")
_TAG = re.compile(r"<[^>]*>")


def visible_lines(html: str, limit: int = 400) -> list[str]:
    """The first `limit` non-empty text lines of a page as a reader sees them (tags become breaks).

    Used for bylines that themes print outside the article body ("Statement by NAME, ROLE"),
    where trafilatura, rightly for the body, does not look.

    >>> visible_lines("<html><head><title>T</title></head><body><div>Statement by A B</div><p>x &amp; y</p>")
    ['Statement by A B', 'x & y']
    """
    from html import unescape

    text = _TAG.sub("\n", _INVISIBLE.sub(" ", html))
    lines = (" ".join(unescape(line).split()) for line in text.split("\n"))
    return [line for line in lines if line][:limit]


def page_author(author: str | None) -> str | None:
    """trafilatura's author field, reduced to a person's name ("Volker Türk; UN High Commissioner").

    >>> page_author("Volker Türk; UN High Commissioner")
    'Volker Türk'
    >>> page_author("OHCHR") is None
    True
    """
    from ..clean.speakers import byline

    if not author:
        return None
    first = author.split(";")[0].strip()
    found = byline(f"By {first}")
    return found[0] if found else None


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
