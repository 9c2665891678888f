"""Read a decoded statement into header metadata, body and editor's note.

One scan reads both shapes a statement arrives in:

* the dossier form: a kind line (``FEATURE``), title, speaker, date, ``<canonical URL>``,
  ``LOCATION: **City**``, the body, then an ``Editor's Note:`` section;
* a web page saved as text: title, site chrome (skip links, menus, share buttons, cookie
  notices, breadcrumbs, language switchers, a re-publisher's banner), ``Published on …``
  lines, ``City, D Month YYYY`` lines, document symbols, speaker lines, and a dateline such
  as ``GENEVA (21 October 2019) –`` opening the body.

The scan walks the lines at the top: chrome is dropped, metadata lines fill the header,
and the first line that reads as prose (or any unknown line once the title is known)
starts the body. What cannot be known stays None, and every field found records the rule
that found it (`ParsedDocument.provenance`). The parts are returned uncleaned.
"""

from __future__ import annotations

import re

from ..records import ParsedDocument
from .furniture import (
    CRUMB_SEP,
    FOOTER_LINES,
    NEWS_TAGLINE,
    PRESS_OFFICE_LINE,
    SECTION_LABEL,
    SOURCE_LINE,
    following_plain,
    headline,
    is_chrome,
    is_media_file_name,
    is_place_line,
    is_teaser,
    plain_line,
)
from .header import Header
from .header_dates import (
    VENUE,
    date_line,
    dateline,
    find_date,
    find_dates,
    inner_dateline,
    place_date_line,
    strip_stamps,
    title_case,
)
from .kinds import kind_of_label
from .office_holders import holders
from .openings import issued_by
from .settle import settle
from .speakers import HONORIFIC, ROLE_HEAD, Speaker, clean_name, is_name, office_in, speaker_line

__all__ = ["find_date", "parse_document"]


_BYLINE_TITLE = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}(?:statement|remarks|speech|message|address|briefing|"
                           r"press\s+conference|declaración|déclaration|discours|discurso)\s+(?:\w+\s+)?(?:by|por|par)\b")
_TIME_OF_DAY = r"(?:morning|afternoon|midday|evening|night|matin|après-midi|soir|mañana|tarde|上午|下午)"
_SITTING = re.compile(rf"(?i)^{_TIME_OF_DAY}(?:\s*[/&,]\s*{_TIME_OF_DAY})*$")
_MEETING_NUMBER = re.compile(r"(?i)^\d+(?:st|nd|rd|th)\s+meeting\s*\((?:am|pm|night)\)$")
_TITLE_MAY_FOLLOW = ("press_office_line", "place_date_line")  # lines that can stand above a headline
_URL_LINE = re.compile(r"(?i)^(?:(?:url|source|link|canonical(?: url)?)\s*:\s*)?<?(https?://[^\s<>]+)>?$")
_LOCATION_LINE = re.compile(r"(?i)^location\s*:\s*(.+)$")
_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9.]{1,10}){1,5}(?:-[A-Z0-9/.]+)*\b")
_EDITOR_NOTE = re.compile(r"(?i)^\W*(?:editor(?:['’]?s|s['’])?\s+notes?|notes?\s+(?:to|for)\s+editors?)\W*?"
                          r"(?::\s*(?P<rest>.*))?$")
_ENDS = re.compile(r"^\W*END(?:S)?\W*$")

# ---------------------------------------------------------------- header lines

def _read_line(plain: str, head: Header) -> str | None:
    """Record what a header line says and name its kind; None when it is no header line."""
    return _read_site_line(plain, head) or _read_date_line(plain, head) or _read_field_line(plain, head)


def _read_site_line(plain: str, head: Header) -> str | None:
    """Lines the site prints around the statement: its URL, labels, furniture, taglines."""
    if url := _URL_LINE.match(plain):
        head.put("url", url.group(1), "url_line")
        return "url"
    symbol = _SYMBOL.search(plain)
    if symbol and any(ch.isdigit() for ch in symbol.group(0)) and (label := kind_of_label(_SYMBOL.sub("", plain))):
        head.put("kind", label, "kind_line")  # "Communiqué de presse SG/SM/9642 GA/10315 |"
        head.put("symbol", symbol.group(0), "symbol_line")
        return "kind"
    if section := SECTION_LABEL.match(plain):
        head.put("kind", kind_of_label(section.group("label")), "section_label")
        if said := speaker_line(section.group("rest").strip(" |,")):  # "Statements | NAME, Former ROLE"
            head.put_speaker(said)
        return "chrome"
    if dpi := PRESS_OFFICE_LINE.match(plain):  # un.org press pages: "Department of Public Information • ... • New York"
        head.put("location", dpi.group("city").strip(), "press_office_line")
        return "location"
    if _SITTING.match(plain) or _MEETING_NUMBER.match(plain):  # "MORNING/MIDDAY", "5978th Meeting (PM)"
        head.put("kind", "meeting_summary", "sitting_line")
        head.meeting = True
        return "sitting"
    if NEWS_TAGLINE.match(plain):  # "Global perspective Human stories": a UN News story
        head.put("kind", "news", "site_tagline")
        return "chrome"
    if is_chrome(plain):
        crumbs = [kind_of_label(c) for c in CRUMB_SEP.split(plain)] if CRUMB_SEP.search(plain) else []
        head.put("kind", next((k for k in crumbs if k), None), "breadcrumb")
        return "chrome"
    return None


def _read_date_line(plain: str, head: Header) -> str | None:
    if (day := date_line(plain)) is not None:
        if (head.how.get("published_on") == "date_line_above_title" and head.get("title")) \
                or head.how.get("published_on") in ("date_prefix", "doubled_date"):
            # the page's date above the title, or a metadata stamp: the statement's printed date wins
            del head.values["published_on"]
        head.put("published_on", day, "date_line" if head.get("title") else "date_line_above_title")
        return "date"
    if placed := place_date_line(plain):
        head.put("published_on", placed[1], "place_date_line")
        if VENUE.search(placed[0]):
            head.venue = placed[0]
        else:
            head.put("location", placed[0], "place_date_line")
        return "date"
    return None


def _read_field_line(plain: str, head: Header) -> str | None:
    """A kind line, a location line, a symbol, a speaker line."""
    if kind := kind_of_label(plain):
        head.put("kind", kind, "kind_line")
        return "kind"
    if location := _LOCATION_LINE.match(plain):
        head.put("location", location.group(1).strip(" *_"), "location_line")
        return "location"
    if (symbol := _SYMBOL.fullmatch(plain)) and any(ch.isdigit() for ch in plain):
        head.put("symbol", symbol.group(0), "symbol_line")
        return "symbol"
    if (said := speaker_line(plain)) is not None:
        head.put_speaker(said)
        if (dates := find_dates(plain)) and dates[-1][2] >= len(plain.rstrip(" .")) - 1 and not plain.endswith(")"):
            head.put("published_on", dates[-1][0], "byline_date")  # "Statement by NAME, ROLE, New York, 6 March 2014"
        if head.get("title") is None and (_BYLINE_TITLE.match(plain) or len(plain.split()) >= 10):
            head.put("title", plain, "byline_title")  # "Statement by NAME, ROLE, to the Committee" heads the page
            return "title"
        return "speaker"
    if SOURCE_LINE.match(plain) and head.get("title"):
        return "chrome"
    return None


def _is_prose(plain: str) -> bool:
    # scripts written without spaces (Chinese, Japanese) count about two characters a word
    n_words = len(plain.split()) + sum(1 for ch in plain if "\u3040" <= ch <= "\u9fff") // 2
    end = plain.rstrip("\"'”’»)]")[-1:]
    # a line ending in a comma is a salutation or a broken sentence, never a menu or a title
    sentence_end = end in (".", "!", "?", ":", ";", "…", "。", "！", "？")
    if sentence_end and (dates := find_dates(plain)) and dates[-1][2] >= len(re.sub(r"\s*(?:г|года)?\W*$", "", plain)):
        sentence_end = False  # a headline ending in its date: "... - 3 февраля 2025 г."
    if plain.isupper() and not sentence_end and n_words < 80:
        return False  # a heading in capitals, however long ("KEYNOTE ADDRESS BY MS NAME, ROLE, AT ...")
    return (n_words >= 6 and sentence_end) or n_words >= 40 or end in (",", "，")


def _scan_header(lines: list[str], head: Header) -> int:
    """Fill `head` from the lines at the top; return the index of the first body line."""
    previous = None
    for index, line in enumerate(lines):
        plain = plain_line(line)
        if not plain:
            continue
        plain, stamps = strip_stamps(plain)  # " date 2024-06-26 The ...": metadata glued on, weaker than a date line
        for day, rule in stamps:
            head.put("published_on", day, rule)
        if not plain:
            continue
        lines[index] = plain
        if dateline(plain) or _EDITOR_NOTE.match(plain) or issued_by(plain):
            return index
        if is_teaser(plain, lines, index):
            if previous == "title" and head.how.get("title") == "first_title_line":
                del head.values["title"], head.how["title"]  # the heading of a promotion, not the title
            previous = "chrome"
            head.dropped.append(plain)
            continue
        if head.get("title") is None and head.media_title is None and is_media_file_name(lines, index):
            head.media_title = headline(plain)  # the file's name; the page's heading follows its facts
            previous = "chrome"
            head.dropped.append(plain)
            continue
        tag = _read_line(plain, head)
        if tag is None and head.get("title") and _same_words(plain, head.get("title")):
            tag = "title"  # the headline printed twice (a page title over the article's own)
        elif tag is None and _fuller_title(plain, head):
            head.values["title"], head.how["title"], tag = plain, "fuller_title", "title"
        elif tag is None and previous == "title" and plain[:1].islower() and not _is_prose(plain) \
                and not SOURCE_LINE.match(plain) and (" " in plain or plain.isalpha()):
            head.values["title"] += " " + plain  # a headline broken over a page break
            tag = "title"
        if tag is None and head.known_title and _same_words(plain, head.known_title):
            head.put("title", plain, "page_title")  # the page's title repeated above the text
            tag = "title"
        elif tag is None and head.get("title") and is_place_line(plain):
            head.put("location", title_case(plain), "place_line")  # "GENEVA" above the dateline
            tag = "location"
        if tag is None and head.how.get("speaker") == "name_then_role" and plain == head.get("speaker_role"):
            tag = "speaker"  # the role line under the name line
        elif tag is None and (said := _name_then_role(plain, lines, index)):
            head.put_speaker(said)
            tag = "speaker"
        if tag is None and not _is_prose(plain):
            tag = _title_or_short(plain, head, previous)
        elif tag is None and head.get("title") is None and len(plain.split()) <= 40 and _date_follows(lines, index):
            head.put("title", headline(plain), "title_over_date")  # a headline with its full stop, its date below
            tag = "title"
        if tag is None and head.get("title") and not _is_prose(plain) and _header_ahead(lines, index):
            tag = "subheader"  # a section name or an alternative title between the title and its date
            head.subheads.append(plain)
        if tag is None:
            return index
        if tag in _DROPPED_TAGS:
            head.dropped.append(plain)  # recorded, so the statement says how much furniture it lost
        previous = tag
    return len(lines)


_DROPPED_TAGS = ("chrome", "short", "subheader")


_METADATA_TAGS = ("date", "url", "location", "symbol", "speaker", "sitting")


def _date_follows(lines: list[str], index: int) -> bool:
    following = next(iter(following_plain(lines, index, 3)), "")
    return date_line(following) is not None or place_date_line(following) is not None


def _fuller_title(plain: str, head: Header) -> bool:
    """True for the whole headline under a cut one ("Experts to visit" then "Experts to visit X next week")."""
    title = head.get("title")
    return bool(title) and head.how.get("title") == "first_title_line" and len(plain) > len(title) + 3 \
        and plain.casefold().startswith(title.casefold()) and not _is_prose(plain)


def _header_ahead(lines: list[str], index: int, within: int = 5) -> bool:
    """True when one of the next few lines is a header line (a date, a symbol, a speaker, a
    press-office line) or a dateline: the header goes on past this short line."""
    ahead = following_plain(lines, index, 11)[:within]
    return any(dateline(p) or _read_line(p, Header()) in _METADATA_TAGS for p in ahead)


def _name_then_role(plain: str, lines: list[str], index: int) -> Speaker | None:
    """A name alone on its line with the role on the next ("Dre Jeanne Roux" / "Directrice régionale de
    l'OMS"), as agency speech pages print the speaker above the text."""
    name = clean_name(plain)
    if len(plain.split()) > 5 or not is_name(name) or (name == plain and not _HONORED.match(plain)):
        return None  # without an honorific a bare two-word line is as likely a heading
    following = next((p for p in following_plain(lines, index, 5) if p != plain), "")
    if len(following.split()) <= 14 and (office_in(following) or re.match(rf"(?i)(?:the\s+)?{ROLE_HEAD}", following)):
        return Speaker(name, following, "name_then_role")
    return None


_HONORED = re.compile(rf"^{HONORIFIC}\s")


def _title_or_short(plain: str, head: Header, previous: str | None) -> str | None:
    if head.get("title") is None and (head.get("location") is None or head.how["location"] in _TITLE_MAY_FOLLOW):
        if (said := speaker_line(f"By {plain}")) and said.name in holders() and len(plain.split()) <= 4:
            # an office holder's name alone above the title ("António Guterres" on a quotation card)
            head.put_speaker(Speaker(said.name, None, "name_above_title"))
            return "speaker"
        # a headline starts with a capital (or a script without case); "oacnudh en el mundo" is a menu
        capital = plain[:1].isupper() or not plain[:1].islower()
        if capital and (len(plain.split()) >= 4 or previous == "kind" or _has_cjk(plain)):
            head.put("title", headline(plain), "first_title_line")
            return "title"
        head.short_lines.append(plain)
        return "short"
    if previous == "title" and head.get("speaker") is None and (said := speaker_line(f"By {plain}")):
        head.put_speaker(Speaker(said.name, said.role, "name_under_title"))
        return "speaker"
    return None


def _has_cjk(text: str) -> bool:
    return sum("\u3040" <= ch <= "\u9fff" for ch in text) >= 4


# ---------------------------------------------------------------- body and editor's note

def _split_note(lines: list[str], dropped: list[str]) -> tuple[list[str], list[str] | None]:
    """Body lines, and the lines of an editor's note (or of what follows an ENDS mark); a footer
    block ("Related news", "Tags") and what follows it go to `dropped`."""
    for index, line in enumerate(lines):
        plain = plain_line(line)
        if note := _EDITOR_NOTE.match(plain):
            rest = [note.group("rest")] if note.group("rest") else []
            return lines[:index], rest + lines[index + 1:]
        if _ENDS.match(plain) or plain.lower() in FOOTER_LINES:
            tail = lines[index + 1:] if _ENDS.match(plain) else []
            if not tail:
                dropped.extend(lines[index:])
            body, inner = _split_note(tail, dropped)
            return lines[:index], (body + (inner or [])) or None
    return lines, None


def _trim_body(lines: list[str], head: Header) -> list[str]:
    """Drop chrome and a standalone document symbol from the end; read a dateline (its line
    stays in the body: the date and the place are mentions of the text as well)."""
    end = len(lines)  # cut once at the end: cutting a line per step copies the list each time (quadratic)
    while end and (not (plain := plain_line(lines[end - 1])) or is_chrome(plain) or _SYMBOL.fullmatch(plain)):
        if plain and _SYMBOL.fullmatch(plain) and any(ch.isdigit() for ch in plain):
            head.put("symbol", plain, "symbol_line")
        elif plain:
            head.dropped.append(plain)
        end -= 1
    start = 0
    while start < end and not lines[start].strip():
        start += 1
    lines = lines[start:end]
    # the dateline opens the first paragraph, or a later one after a site notice, a repeated
    # title or an "issued by" line; what comes before it stays in the body
    firsts = [i for i, line in enumerate(lines[:40]) if line.strip()][:8]
    for rank, i in enumerate(firsts):
        if opening := dateline(plain_line(lines[i])):
            city, day, length = opening
            head.put("location", city, "dateline")
            if head.how.get("published_on") in _WEAKER_THAN_DATELINE and head.get("published_on") != day:
                del head.values["published_on"]  # the statement's own dateline over a listing's date
            head.put("published_on", day, "dateline")
            head.opening = rank + 1  # the paragraph after the dateline's own
            # the dateline stays in the text as a paragraph of its own: its date and place are
            # mentions like any other, and the opening sentence reads without it
            line = plain_line(lines[i])
            rest = line[length:]
            return lines[:i] + [line[:length].strip(), ""] + ([rest] if rest else []) + lines[i + 1:]
    return lines


# a page's listing or re-post date gives way to the dateline the statement itself carries
_WEAKER_THAN_DATELINE = ("date_line", "date_line_above_title", "title_date", "published_phrase", "doubled_date")


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split() or a.casefold().split() == b.casefold().split()


_UPPER_RUN = re.compile(r"(?:^|(?<=\s))(?P<run>[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9'’,:&-]*(?:\s+[A-ZÀ-Þ0-9'’,:&-]+){3,})\s*$")


def _unflatten(lines: list[str], within: int = 5) -> list[str]:
    """Copies that run a whole page into one line ("No images? STATEMENT ON ... (Rome/Geneva, 18 June
    2021): Millions ..."): the header and the dateline on lines of their own, a title in capitals
    apart from the banner words before it."""
    for index in [i for i, line in enumerate(lines) if line.strip()][:within]:
        line = lines[index].strip()
        if len(line.split()) < 40 or (at := inner_dateline(line)) is None:
            continue
        header = line[:at].strip()
        if run := _UPPER_RUN.search(header):
            header = run.group("run")  # the page's banner words before it are no part of the title
        return [*lines[:index], header, "", line[at:], *lines[index + 1:]]
    return lines


def parse_document(text: str, known_title: str | None = None) -> ParsedDocument:
    """Header metadata, body and editor's note of a decoded (not yet cleaned) statement.

    >>> doc = parse_document("PRESS RELEASE\\n\\nExperts urge restraint in the region\\n\\n"
    ...                      "GENEVA (5 May 2023) – UN experts today urged restraint.\\n")
    >>> doc.kind, doc.title, doc.location, doc.published_on, doc.body
    ('press_release', 'Experts urge restraint in the region', 'Geneva', datetime.date(2023, 5, 5), \
'GENEVA (5 May 2023) –\\n\\nUN experts today urged restraint.')
    >>> doc.speaker, doc.provenance["speaker"], doc.provenance["published_on"]
    ('UN experts', 'collective_opening', 'dateline')
    """
    lines = _unflatten(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    head = Header(known_title=known_title)
    start = _scan_header(lines, head)
    body_lines, note_lines = _split_note(lines[start:], head.dropped)
    body = "\n".join(_trim_body(body_lines, head)).strip()
    note = "\n".join(note_lines).strip() if note_lines else None
    if head.get("title") is None and head.short_lines:
        head.put("title", head.short_lines[-1], "short_title_line")
    head.put("title", head.media_title, "media_file_name")
    settle(head, body)
    v = head.values
    return ParsedDocument(
        title=v.get("title"), speaker=v.get("speaker"), speaker_role=v.get("speaker_role"),
        published_on=v.get("published_on"), url=v.get("url"), symbol=v.get("symbol"),
        location=v.get("location"), kind=v.get("kind"), body=body, editor_note=note or None,
        delivered_by=v.get("delivered_by"), office=v.get("office"), provenance=dict(head.how),
        dropped=tuple(line for line in head.dropped if headline(line) != v.get("title")))
