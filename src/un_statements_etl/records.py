"""Typed records passed between stages.

    fetch      -> RawDocument        (bytes + where they came from)
    parse      -> ParsedDocument     (header metadata + body/editor's note as text)
    clean      -> Statement          (cleaned text with section spans; one warehouse row)
    transform  -> rows of sentences / entities / dates / claims (plain dicts keyed by
                  the column names of schemas/, so they turn into Arrow tables directly)

Extractors see a `Statement` and the one spaCy `Doc` parsed from `Statement.text`;
character offsets they return index `Statement.text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

SECTIONS = ("title", "body", "editor_note")


@dataclass(frozen=True)
class RawDocument:
    """One document as a source delivered it, before any interpretation."""

    source: str  # local | ohchr | un-press | reliefweb | raw
    source_uri: str  # file path or URL it was read from
    content: bytes
    media_type: str  # text/plain, text/markdown, text/html
    fetched_at: datetime
    # what the source knows without reading the content (listing metadata, feed fields)
    hints: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ParsedDocument:
    """Header metadata and the document's parts, as found in the text (not yet cleaned)."""

    title: str | None
    speaker: str | None
    speaker_role: str | None
    published_on: date | None
    url: str | None  # canonical URL found in the document
    symbol: str | None  # document symbol such as SG/SM/21345, when one is printed
    location: str | None
    kind: str | None  # one of clean.kinds.KINDS (statement, speech, press_release, ...)
    body: str
    editor_note: str | None
    delivered_by: str | None = None  # a spokesperson or reader speaking on the speaker's behalf
    office: str | None = None  # an office whose holder on the publication date is the speaker
    provenance: dict[str, str] = field(default_factory=dict)  # field -> rule that found it
    dropped: tuple[str, ...] = ()  # lines left out as site furniture (counted in clean_steps)


@dataclass(frozen=True)
class Section:
    name: str  # one of SECTIONS
    start: int  # offsets into Statement.text
    end: int


@dataclass(frozen=True)
class Statement:
    """A cleaned statement: the `statements` row plus the section layout of its text."""

    statement_id: str
    source: str
    source_uri: str
    url: str | None
    title: str | None
    speaker: str | None
    speaker_role: str | None
    published_on: date | None
    location: str | None
    language: str
    kind: str | None
    text: str
    sections: tuple[Section, ...]
    content_hash: str
    clean_steps: tuple[str, ...]
    # set only when re-extracting a stored statement, so re-extraction keeps the mark
    withdrawn_at: datetime | None = None
    symbol: str | None = None  # document symbol printed on the page (SG/SM/21234, HRC/...)
    delivered_by: str | None = None  # spokesperson or reader speaking on the speaker's behalf
    header_provenance: str | None = None  # JSON object: field -> rule that found it

    @property
    def year(self) -> int | None:
        return self.published_on.year if self.published_on else None


@dataclass(frozen=True)
class Rejection:
    """A document refused at some stage; becomes a `quarantine` row."""

    source: str
    source_uri: str
    reason: str  # short machine-readable code, e.g. empty, binary, too_large, validation
    detail: str  # one human sentence naming what was wrong


@dataclass(frozen=True)
class SentenceSpan:
    """A sentence of the shared parse, as every extractor numbers it."""

    index: int
    section: str
    start: int
    end: int


class Extractor(Protocol):
    """A stage that turns one parsed statement into rows of one table.

    `table` names the schema in schemas/ the rows follow; `version` is written to each
    row's `extractor_version` so a changed extractor can re-run over stored text.
    Rows carry every column of the table except statement_id, year, the row id,
    sentence_index/section and extractor_version, which the transform stage fills from
    char_start.
    """

    table: str
    version: str

    def extract(self, doc: Any, statement: Statement, context: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        """`doc` is the spaCy Doc of statement.text; `context` holds rows that earlier
        extractors produced for this statement, keyed by table (claims read entities)."""
        ...
