"""Small pure text fixers, run in registry order by `clean_text`.

Each fixer is a function `str -> str` that repairs one kind of damage, changes nothing
else, and is idempotent (`f(f(x)) == f(x)`). They are general: none knows the sentences of
any particular statement. `FIXERS` is the registry; its order matters (links and footnote
marks go before whitespace, whitespace before rejoining paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Fixer = Callable[[str], str]
FIXERS: list[Fixer] = []


def _register(fn: Fixer) -> Fixer:
    FIXERS.append(fn)
    return fn


def _wordset(text: str, sep: str | None = None) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split(sep))


def _until_stable(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str) -> str:
    """Apply `pattern.sub` until nothing changes (nested markup unwraps fully in one call)."""
    while True:
        fixed = pattern.sub(repl, text)
        if fixed == text:
            return fixed
        text = fixed


# ^[2], [^2] and ^2^ anywhere (with the spaces before them), or [2] glued to the word or
# punctuation it annotates; a bracketed number after a space ("Resolution [2]") is kept.
_FOOTNOTE = re.compile(
    r"[^\S\n]*(?:\^\[\^?\d{1,3}\](?:\([^()\s]*\))?|\[\^\d{1,3}\]|\^\d{1,3}\^)"
    r"|(?<=[\w.,;:!?\"'”’)])\[\d{1,3}\](?:\([^()\s]*\))?"
)


@_register
def drop_footnote_marks(text: str) -> str:
    """Remove footnote reference marks.

    >>> drop_footnote_marks("as High Commissioner since 2018.^[2] She also served")
    'as High Commissioner since 2018. She also served'
    >>> drop_footnote_marks("under predecessor Ricardo Lagos[3], she")
    'under predecessor Ricardo Lagos, she'
    >>> drop_footnote_marks("See paragraph [2] of resolution 2/3 and x^2.")
    'See paragraph [2] of resolution 2/3 and x^2.'
    """
    return _until_stable(_FOOTNOTE, "", text)


_URL_PART = r"\(\s*<?[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?(?:\s+\"[^\"\n]*\")?\s*\)"
_LINK = rf"(!?)\[([^\[\]]*)\]{_URL_PART}"
_LINK_RUN = re.compile(rf"{_LINK}(?:{_LINK})*")
_ONE_LINK = re.compile(_LINK)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")


def _link_run_text(match: re.Match[str]) -> str:
    """Text of a run of adjacent links; images are dropped, glued pieces get a space."""
    out = ""
    for link in _ONE_LINK.finditer(match.group(0)):
        piece = "" if link.group(1) else link.group(2)
        if out and piece and out[-1].isalnum() and piece[0].isalnum():
            out += " "
        out += piece
    return out


@_register
def unwrap_links(text: str) -> str:
    """Replace markdown links by their text (also a link whose text spans a page break).

    >>> unwrap_links("served as [United Nations High Commissioner for](#)\\n\\n[Human Rights](#) since")
    'served as United Nations High Commissioner for\\n\\nHuman Rights since'
    >>> unwrap_links("read [the report](https://ohchr.org/a_(b) \\"Report\\") and [Human](#)[Rights](#)")
    'read the report and Human Rights'
    >>> unwrap_links("see <https://www.ohchr.org/en>")
    'see https://www.ohchr.org/en'
    >>> unwrap_links("Article [5] (as amended) applies")
    'Article [5] (as amended) applies'
    >>> unwrap_links("^[2](<https://a.org>a)")
    '^2'
    """
    # an unwrapped autolink can complete a link ("[2](<https://a.org>a)"): repeat until stable;
    # every round shortens the text, so this ends
    while (unwrapped := _AUTOLINK.sub(r"\1", _until_stable(_LINK_RUN, _link_run_text, text))) != text:
        text = unwrapped
    return text


# spans are bounded so that a line full of unpaired markers stays linear to scan
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]{0,300}?\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{0,300}?[^\s*])\*(?![\w*])")


@_register
def drop_emphasis(text: str) -> str:
    """Remove markdown bold and italic markers around words.

    >>> drop_emphasis("LOCATION: **Guangzhou** and *urgent* ***action***")
    'LOCATION: Guangzhou and urgent action'
    >>> drop_emphasis("5 * 3 * 2, a_b__c and footnote*")
    '5 * 3 * 2, a_b__c and footnote*'
    """
    while True:
        fixed = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", text))
        if fixed == text:
            return fixed
        text = fixed


_HEADING_MARK = re.compile(r"^(?:#{1,6}[^\S\n]+)+(?=\S)", re.MULTILINE)


@_register
def drop_heading_marks(text: str) -> str:
    """Remove markdown heading hashes at the start of a line.

    >>> drop_heading_marks("## Background\\n\\nThe visit")
    'Background\\n\\nThe visit'
    >>> drop_heading_marks("the #MeToo movement")
    'the #MeToo movement'
    """
    return _HEADING_MARK.sub("", text)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})


@_register
def straighten_quotes(text: str) -> str:
    """Typographic quotes and apostrophes to straight ones (guillemets are kept).

    >>> straighten_quotes("China’s “stated aim”")
    'China\\'s "stated aim"'
    >>> straighten_quotes("« la paix » and 'plain'")
    "« la paix » and 'plain'"
    """
    return text.translate(_QUOTES)


_SPACED_HYPHEN = re.compile(r"(?<=\S)[^\S\n]+-{1,3}(?=[^\S\n]+\S)")


@_register
def dash_spaced_hyphens(text: str) -> str:
    """A hyphen (or -- / ---) standing between spaces is a dash: write it as an en dash.

    >>> dash_spaced_hyphens("with the authorities - I have heard you -- all of you")
    'with the authorities – I have heard you – all of you'
    >>> dash_spaced_hyphens("counter-terrorism, 2010-2018, – kept –, and\\n- a list item")
    'counter-terrorism, 2010-2018, – kept –, and\\n- a list item'
    """
    return _SPACED_HYPHEN.sub(" –", text)


_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n\n", "\x0c": "\n\n",
                              "\x0b": "\n", "\x85": "\n"})
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


@_register
def normalise_whitespace(text: str) -> str:
    """One space between words (NBSP and tabs too), no spaces at line ends, at most one
    blank line between paragraphs, none around the text.

    >>> normalise_whitespace("  Good\\u00a0evening.  Thank  you. \\n\\n\\n\\nNext\\t line ")
    'Good evening. Thank you.\\n\\nNext line'
    >>> normalise_whitespace("One paragraph.\\n\\nAnother one.")
    'One paragraph.\\n\\nAnother one.'
    """
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" ?\n ?", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_PARAGRAPH_BREAK = re.compile(r"(\n[^\S\n]*\n\s*)")
_LIST_ITEM = re.compile(r"(?:[-*•]|\d{1,3}[.)]|[a-z][.)])\s")
_CONTINUES_AFTER = _wordset(
    "a an the of and or but nor for to in on at by with from into onto upon as than that which who whom "
    "whose its their his her our your my this these those is are was were be been being has have had not "
    "such including between among against during without within through about over under across after "
    "before per via le la les des du de et ou à au aux en pour par sur dans un une el los las del y con "
    "por para")
_PROSE_WORDS = 10  # a line this long that stops without punctuation is not a heading


def _continues(tail: list[str], following: str) -> bool:
    """Does `following` carry on the sentence left unfinished by the line whose last words
    are `tail`?"""
    if not tail or not following or _LIST_ITEM.match(following):
        return False
    if not (following[0].isalnum() or following[0] in "(\"'"):
        return False
    last = tail[-1]
    end = last[-1]
    if not (end.isalnum() or end in ",–—)") or (end == ")" and last[-2:-1] in (".", "!", "?")):
        return False
    if following[0].islower() or end in "–—" or last.lower() in _CONTINUES_AFTER:
        return True
    return len(tail) >= _PROSE_WORDS


@_register
def rejoin_broken_paragraphs(text: str) -> str:
    """Join paragraphs that a page break split in the middle of a sentence.

    A paragraph continues into the next when it stops without sentence-final punctuation,
    colon or closing quote and the next starts in lower case, or it ends on a word such as
    "the" or "for", or it is too long to be a heading. Short headings stay on their own.

    >>> rejoin_broken_paragraphs("met with officials and the\\n\\nGovernor of the Province.")
    'met with officials and the Governor of the Province.'
    >>> rejoin_broken_paragraphs("China's efforts in support of the 2030 Agenda and the Sustainable"
    ...                          "\\n\\nDevelopment Goals are valued.")
    "China's efforts in support of the 2030 Agenda and the Sustainable Development Goals are valued."
    >>> rejoin_broken_paragraphs("Xinjiang\\n\\nIn the region.\\n\\nWe said:\\n\\nThe end.\\n\\n- item")
    'Xinjiang\\n\\nIn the region.\\n\\nWe said:\\n\\nThe end.\\n\\n- item'
    >>> rejoin_broken_paragraphs("Mr. President,\\n\\nExcellencies,\\n\\nToday we meet.")
    'Mr. President,\\n\\nExcellencies,\\n\\nToday we meet.'
    """
    parts = _PARAGRAPH_BREAK.split(text)
    out, tail = [parts[0]], _last_words(parts[0])
    for separator, paragraph in zip(parts[1::2], parts[2::2], strict=True):
        if _continues(tail, paragraph):
            out[-1] = out[-1].rstrip()
            out.append(" " + paragraph)
            words = _last_words(paragraph)
            tail = words if "\n" in paragraph.rstrip() else (tail + words)[-_PROSE_WORDS:]
        else:
            out.append(separator + paragraph)
            tail = _last_words(paragraph)
    return "".join(out)


def _last_words(paragraph: str) -> list[str]:
    """The last words of a paragraph's last line: all `_continues` needs to know of it."""
    return paragraph.rstrip().rsplit("\n", 1)[-1].split()[-_PROSE_WORDS:]
