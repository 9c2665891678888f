"""HTML pages to text plus the page's own metadata (og:, JSON-LD, <time>), via trafilatura."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date


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
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, deduplicate=False, as_dict=True)
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        return None
    # trafilatura puts one paragraph per line; the pipeline's paragraph break is a blank line
    text = re.sub(r"\n+", "\n\n", doc["text"].strip())
    return PageText(text=text, title=doc.get("title"), url=doc.get("url"), published_on=_iso_date(doc.get("date")),
                    author=doc.get("author"))


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
