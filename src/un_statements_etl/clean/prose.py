"""The shape of prose, and the record of what the header reader drops as site furniture.

Site furniture is recognised by its shape (short, anchored, link-like), never by the words a
line uses; what settles a doubt is the one shape furniture never has: a sentence. A line of
several words, most of them in lower case, that ends in sentence punctuation is the
statement's, whatever it is about ("Protesters burned the UN logo.", "The committee heard 12
views."), even where a furniture pattern would match it.

What the reader does drop (furniture above and below the body, promotions, a footer block)
is kept line by line, so the statement can say how much it lost (`dropped_step`).
"""

from __future__ import annotations

from collections.abc import Iterable

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", "؟", "۔")
_CLOSERS = "\"'”’»)]"
MIN_SENTENCE_WORDS = 4
DROPPED_STEP = "drop_lines"


def reads_as_sentence(plain: str) -> bool:
    """True for a line shaped like a sentence of prose: never site furniture.

    >>> [reads_as_sentence(s) for s in ("Protesters burned the UN logo.", "The committee heard 12 views.")]
    [True, True]
    >>> [reads_as_sentence(s) for s in ("Skip to main content", "Last updated: 5 May 2023.", "(Applause.)")]
    [False, False, False]
    >>> reads_as_sentence("联合国人权事务高级专员今天发表声明。")
    True
    """
    words = plain.split()
    # scripts written without spaces (Chinese, Japanese) count about two characters a word
    cjk = sum(1 for ch in plain if "\u3040" <= ch <= "\u9fff") // 2
    if len(words) + cjk < MIN_SENTENCE_WORDS or plain.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END:
        return False
    # menus and headings capitalise every word; prose has running words (or a script without case)
    running = sum(1 for word in words if word[:1].isalpha() and not word[:1].isupper())
    return cjk > 0 or running >= 2


def dropped_step(lines: Iterable[str]) -> str | None:
    """The `clean_steps` entry naming how much furniture was dropped, or None when nothing was.

    >>> dropped_step(["Skip to main content", "Share", ""])
    'drop_lines(lines=2,chars=25)'
    >>> dropped_step([]) is None
    True
    """
    kept = [line.strip() for line in lines if line.strip()]
    if not kept:
        return None
    return f"{DROPPED_STEP}(lines={len(kept)},chars={sum(len(line) for line in kept)})"
