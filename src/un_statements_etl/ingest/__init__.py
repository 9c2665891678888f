"""Ingest: one raw document in, one cleaned `Statement` out (or a DocumentError).

decode bytes -> (HTML: main text + page metadata) -> parse header and parts -> clean each
part -> assemble `statements.text` (title, body, editor's note) with section spans ->
identity and content hash.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date

from ..clean import FIXERS, clean_text, detect_language, parse_document
from ..clean.kinds import KINDS, kind_of_label
from ..clean.office_holders import holder, holder_in_year, office_in, same_person, title_office
from ..clean.prose import dropped_step
from ..clean.speakers import byline
from ..errors import DocumentTooLargeError, EmptyDocumentError
from ..records import ParsedDocument, RawDocument, Section, Statement
from .decode import decode_document
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
    text, repairs = decode_document(raw.content, raw.source_uri)
    parsed = _parse(text, raw)
    parts = _clean_parts(parsed)
    body = parts.get("body", ("", ()))[0]
    # scripts without spaces between words (Chinese, Japanese) count letters instead
    if len(body.split()) < MIN_BODY_WORDS and sum(ch.isalpha() for ch in body) < MIN_BODY_LETTERS:
        raise EmptyDocumentError(raw.source_uri, f"no statement body found ({len(body.split())} words after "
                                 "removing site chrome and header lines)")
    statement = _assemble(raw, parsed, parts)
    return replace(statement, clean_steps=statement.clean_steps + repairs) if repairs else statement


def _parse(text: str, raw: RawDocument) -> ParsedDocument:
    if not _looks_like_html(text, raw.media_type):
        return parse_document(text)
    page = html_to_text(text)
    if page is None:
        raise EmptyDocumentError(raw.source_uri, "the HTML page has no main text")
    parsed = parse_document(page.text, known_title=page.title)
    how = dict(parsed.provenance)
    speaker, role = parsed.speaker, parsed.speaker_role
    if speaker is None and parsed.office is None:
        # a byline the theme prints outside the article, else the page's author field
        found = next((b for b in map(byline, visible_lines(text)) if b), None)
        speaker, role = found if found else (page_author(page.author), None)
        if speaker:
            how["speaker"] = "html_byline" if found else "html_author"
    # the page's own metadata is more reliable than what can be read off its text
    for name, value in (("title", page.title), ("published_on", page.published_on), ("url", page.url)):
        if value:
            how[name] = "html_meta"
    return replace(parsed, title=page.title or parsed.title, speaker=speaker, speaker_role=role,
                   published_on=page.published_on or parsed.published_on, url=page.url or parsed.url,
                   provenance=how)


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
    hints, how = raw.hints, dict(parsed.provenance)
    url = parsed.url or hints.get("url")
    symbol = parsed.symbol or hints.get("symbol")
    title = parts["title"][0] if "title" in parts else None
    published_on = parsed.published_on or hints.get("published_on")
    speaker, role = _speaker(parsed, hints, title, published_on, how)
    for name in ("url", "symbol", "published_on", "kind"):
        if getattr(parsed, name) is None and hints.get(name) is not None:
            how[name] = "source_listing"
    # a page read from the web without a canonical link is at least at the address it was read from
    shown_url = url or (raw.source_uri if raw.source_uri.startswith(("http://", "https://")) else None)
    return Statement(
        statement_id=statement_id_for(url, symbol, raw.source_uri), source=raw.source,
        source_uri=raw.source_uri, url=shown_url.strip("<>") if shown_url else None,
        title=title, speaker=speaker, speaker_role=role, published_on=published_on,
        location=parsed.location, language=detect_language(parts["body"][0]),
        kind=parsed.kind or _vocabulary_kind(hints.get("kind")), text=text, sections=tuple(sections),
        content_hash=content_hash(text),
        clean_steps=_clean_steps(steps, parsed.dropped), symbol=symbol,
        delivered_by=parsed.delivered_by, header_provenance=json.dumps(how, sort_keys=True) if how else None)


def _clean_steps(steps: set[str], dropped: tuple[str, ...]) -> tuple[str, ...]:
    """The fixers that changed the text, in registry order, then how much furniture the reader dropped."""
    fixers = tuple(f.__name__ for f in FIXERS if f.__name__ in steps)
    return fixers + ((chrome,) if (chrome := dropped_step(dropped)) else ())


def _vocabulary_kind(label: str | None) -> str | None:
    """A source's kind label in the closed vocabulary (raw stores of older runs hold "STATEMENT")."""
    if label is None or label in KINDS:
        return label
    return kind_of_label(label) or "other"


def _speaker(parsed: ParsedDocument, hints: dict, title: str | None, published_on: date | None,
             how: dict[str, str]) -> tuple[str | None, str | None]:
    """Speaker and role once the date is known: an office names its holder on that day, and
    a name misspelt on the page ("Antonio Gutteres") becomes the holder's when role and date agree."""
    speaker, role = parsed.speaker, parsed.speaker_role
    # a meeting summary's title names the meeting's speakers, not its own ("Council holds dialogue with ...")
    from_title = None if speaker or parsed.kind == "meeting_summary" else title_office(title or "")
    office = parsed.office or office_in(role or "") or from_title
    person = holder(office, published_on) if office else None
    if office and published_on is None and (year := re.search(r"\b(?:19[4-9]\d|20\d\d)\b", title or "")):
        person = holder_in_year(office, int(year.group(0)))  # "Mensaje del Secretario General 2017"
    if speaker is None and person:
        # "Secretary-General's remarks ...", "Statement attributable to the Spokesperson for ...":
        # the office and the date name the person
        rule = how.get("speaker") or how.get("speaker_role") or "title_office"
        speaker, role, how["speaker"] = person, role or office, f"{rule}+office_holder"
    elif speaker and person and speaker != person and same_person(speaker, person):
        speaker, how["speaker"] = person, how.get("speaker", "") + "+office_holder_spelling"
    elif speaker and person and not re.search(r"[A-Za-z]", speaker):
        # "Пан Ги Мун" under the Secretary-General's office: one spelling for every language
        speaker, how["speaker"] = person, how.get("speaker", "") + "+office_holder_script"
    if speaker is None and hints.get("speaker"):
        speaker, how["speaker"] = hints["speaker"], "source_listing"
    return speaker, role
