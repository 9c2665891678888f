"""Cleaning stage: split a decoded statement into its parts, repair their text, tell its language.

    parse_document(text) -> ParsedDocument   header metadata, body, editor's note (dossier.py)
        furniture.py      site furniture (skip links, menus, banners, section labels), by shape
        header_dates.py   dates in six languages, date lines, datelines
        speakers.py       names, roles, bylines and speaker lines; openings.py, title_speakers.py
                          the speakers an opening paragraph or a title names
        office_holders.py who held the Secretary-General's and High Commissioner's offices when
        kinds.py          the closed kind vocabulary of schemas/statements.yaml
        header.py, settle.py  the header record (with provenance) and what title and opening add
        evaluate.py       per-field accuracy on the real-page set (devsets/headers/)
    clean_text(text)     -> (text, steps)    the fixers of fixers.FIXERS, in registry order
    detect_language(text) -> "en" | ...      ISO 639-1 code or "und" (language.py)
"""

from __future__ import annotations

from .dossier import parse_document
from .fixers import FIXERS
from .language import detect_language

__all__ = ["FIXERS", "clean_text", "detect_language", "parse_document"]

_MAX_ROUNDS = 4  # one fixer can expose work for an earlier one (a rejoined "**bold" pair)


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Run the fixers until the text stops changing; return it with the names (in registry
    order) of the fixers that changed something. `clean_text` of its own output is a no-op.

    >>> clean_text("LOCATION: **Geneva**  and the\\n\\n[Human Rights](#) Council.^[2]")
    ('LOCATION: Geneva and the Human Rights Council.', ('drop_footnote_marks', 'unwrap_links', \
'drop_emphasis', 'normalise_whitespace', 'rejoin_broken_paragraphs'))
    >>> clean_text("Nothing to repair here.")
    ('Nothing to repair here.', ())
    """
    changed: set[str] = set()
    for _ in range(_MAX_ROUNDS):
        before = text
        for fixer in FIXERS:
            fixed = fixer(text)
            if fixed != text:
                changed.add(fixer.__name__)
                text = fixed
        if text == before:
            break
    return text, tuple(f.__name__ for f in FIXERS if f.__name__ in changed)
