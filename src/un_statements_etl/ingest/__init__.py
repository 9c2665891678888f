"""Ingest: one raw document in, one cleaned `Statement` out (or a DocumentError).

decode bytes -> (HTML: main text + page metadata) -> parse header and parts -> clean each
part -> assemble `statements.text` (title, body, editor's note) with section spans ->
identity and content hash.
"""

from __future__ import annotations

from ..clean import FIXERS, clean_text, detect_language, parse_document
from ..clean.dossier import byline
from ..clean.office_holders import holder, office_in
from ..errors import DocumentTooLargeError, EmptyDocumentError
from ..records import ParsedDocument, RawDocument, Section, Statement
from .decode import decode_text
from .html import html_to_text, page_author, visible_lines
from .identity import canonical_url, content_hash, statement_id_for

__all__ = ["canonical_url", "prepare_statement"]

MIN_BODY_WORDS = 3  # fewer words than this is chrome or an empty page, not a statement
MIN_BODY_LETTERS = 20


def prepare_statement(raw: RawDocument, max_bytes: int) -> Statement:
    """Turn a raw document into a cleaned Statement; raise a DocumentError to quarantine it."""
    if len(raw.content) > max_bytes:
        raise DocumentTooLargeError(raw.source_uri, f"{len(raw.content):,} bytes is over the "
                                    f"max_document_bytes limit of {max_bytes:,}")
    text = decode_text(raw.content, raw.source_uri)
    parsed = _parse(text, raw)
    parts = _clean_parts(parsed)
    body = parts.get("body", ("", ()))[0]
    # scripts without spaces between words (Chinese, Japanese) count letters instead
    if len(body.split()) < MIN_BODY_WORDS and sum(ch.isalpha() for ch in body) < MIN_BODY_LETTERS:
        raise EmptyDocumentError(raw.source_uri, f"no statement body found ({len(body.split())} words after "
                                 "removing site chrome and header lines)")
    return _assemble(raw, parsed, parts)


def _parse(text: str, raw: RawDocument) -> ParsedDocument:
    if not _looks_like_html(text, raw.media_type):
        return parse_document(text)
    page = html_to_text(text)
    if page is None:
        raise EmptyDocumentError(raw.source_uri, "the HTML page has no main text")
    parsed = parse_document(page.text, known_title=page.title)
    speaker, role = parsed.speaker, parsed.speaker_role
    if speaker is None:  # a byline the theme prints outside the article, else the page's author field
        found = next((b for b in map(byline, visible_lines(text)) if b), None)
        speaker, role = found if found else (page_author(page.author), None)
    # the page's own metadata is more reliable than what can be read off its text
    return ParsedDocument(
        title=page.title or parsed.title, speaker=speaker,
        speaker_role=role, published_on=page.published_on or parsed.published_on,
        url=page.url or parsed.url, symbol=parsed.symbol, location=parsed.location,
        kind=parsed.kind, body=parsed.body, editor_note=parsed.editor_note)


def _looks_like_html(text: str, media_type: str) -> bool:
    head = text[:2048].lstrip().lower()
    return media_type == "text/html" or head.startswith(("<!doctype html", "<html"))


def _clean_parts(parsed: ParsedDocument) -> dict[str, tuple[str, tuple[str, ...]]]:
    parts: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, value in (("title", parsed.title), ("body", parsed.body), ("editor_note", parsed.editor_note)):
        if value and value.strip():
            cleaned, steps = clean_text(value)
            if cleaned.strip():
                parts[name] = (cleaned.strip(), steps)
    return parts


def _assemble(raw: RawDocument, parsed: ParsedDocument,
              parts: dict[str, tuple[str, tuple[str, ...]]]) -> Statement:
    text, sections, steps = "", [], set[str]()
    for name in ("title", "body", "editor_note"):
        if name not in parts:
            continue
        if text:
            text += "\n\n"
        sections.append(Section(name, len(text), len(text) + len(parts[name][0])))
        text += parts[name][0]
        steps.update(parts[name][1])
    hints = raw.hints
    url = parsed.url or hints.get("url")
    symbol = parsed.symbol or hints.get("symbol")
    title = parts["title"][0] if "title" in parts else None
    published_on = parsed.published_on or hints.get("published_on")
    speaker, role = parsed.speaker or hints.get("speaker"), parsed.speaker_role
    if speaker is None and (office := office_in(role or title or "")):
        # "Secretary-General's remarks ...": the office and the date name the person
        speaker, role = holder(office, published_on), role or office
    # a page read from the web without a canonical link is at least at the address it was read from
    shown_url = url or (raw.source_uri if raw.source_uri.startswith(("http://", "https://")) else None)
    return Statement(
        statement_id=statement_id_for(url, symbol, raw.source_uri), source=raw.source,
        source_uri=raw.source_uri, url=shown_url.strip("<>") if shown_url else None,
        title=title, speaker=speaker, speaker_role=role, published_on=published_on,
        location=parsed.location, language=detect_language(parts["body"][0]),
        kind=parsed.kind or hints.get("kind"), text=text, sections=tuple(sections),
        content_hash=content_hash(text),
        clean_steps=tuple(f.__name__ for f in FIXERS if f.__name__ in steps))
