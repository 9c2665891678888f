"""`DateExtractor`: the `dates` table's extractor (records.Extractor protocol)."""

from __future__ import annotations

from typing import Any

from ...records import Statement
from .tagger import tag_dates

VERSION = "dates-0.1.0"


class DateExtractor:
    """Tags the temporal expressions of a statement, anchored to its `published_on`.

    Works on the shared parse only (`doc` is the spaCy Doc of `statement.text`); never
    parses again. Rows carry text, timex_type, value, modifier, range_id, start_date,
    end_date, granularity, char_start and char_end (see SCHEMA_NOTES.md).
    """

    table = "dates"
    version = VERSION

    def extract(self, doc: Any, statement: Statement,
                context: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        return tag_dates(doc, statement.published_on)
