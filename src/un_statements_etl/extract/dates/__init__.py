"""Temporal tagging and TIMEX3 normalisation: the `dates` table.

Public entry points: `DateExtractor` (records.Extractor for the pipeline) and
`tag_dates(doc, anchor)`. Rules over the shared spaCy parse and regular expressions of
the project's own find the expressions; nothing parses the text again.

Decisions (the column values are listed in SCHEMA_NOTES.md beside this file):

- **Extent** is the temporal expression without its preposition ("since 2018" ->
  "2018"); the preposition's meaning goes to `modifier` (since -> ON_OR_AFTER, until/by
  -> ON_OR_BEFORE, before -> BEFORE, after -> AFTER, around -> APPROX, more than ->
  MORE_THAN ...). Words that narrow the period stay in the span and set START/MID/END
  ("early 2022", "mid-May", "the end of the year").
- **Ranges and lists give one row per end**, the rows of one range sharing a `range_id`
  "r1", "r2", ... and the rows of one list "l1", "l2", ...; in a range the first row is
  the start and the last row the end. "1 to 15 December 2017" gives the rows "1"
  (2017-12-01) and "15 December 2017" (2017-12-15); "Dec 4-5" gives "Dec 4" and "5".
- **Anchoring**: expressions without a year take the publication date's year, moved back
  a year when the clause is past and the date would lie after the publication date, and
  forward when it is future and the date would lie before. Without a publication date,
  relative expressions stay unresolved (PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-07,
  XXXX-WXX-1) with null dates; nothing is read from the machine's clock.
- An impossible date ("31 February 2022") is kept with a null value.
- Not dates: session names ("50th session"), "International Day of ..." without a
  written date, names with years ("2030 Agenda"), references ("resolution 2042",
  "A/HRC/50/L.1", "article 5"), amounts, ages ("17-year-old"), URLs and phone numbers.
"""

from __future__ import annotations

from .extractor import VERSION, DateExtractor
from .tagger import tag_dates

__all__ = ["VERSION", "DateExtractor", "tag_dates"]
