"""Read a decoded statement into header metadata, body and editor's note.

One scan reads both shapes a statement arrives in:

* the dossier form: a kind line (``FEATURE``), title, speaker, date, ``<canonical URL>``,
  ``LOCATION: **City**``, the body, then an ``Editor's Note:`` section;
* a web page saved as text: title, site chrome (skip links, menus, share buttons, cookie
  notices, breadcrumbs, language switchers), ``Published on …`` lines, document symbols,
  speaker lines, and a dateline such as ``GENEVA (21 October 2019) –`` opening the body.

The scan walks the lines at the top: chrome is dropped, metadata lines fill the header,
and the first line that reads as prose (or any unknown line once the title is known)
starts the body. What cannot be known stays None. The parts are returned uncleaned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..records import ParsedDocument


def _wordset(text: str, sep: str | None = None) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split(sep))

# ---------------------------------------------------------------- dates

_MONTHS = {name: number for number, names in enumerate((
    "january jan janvier enero", "february feb février fevrier febrero", "march mar mars marzo",
    "april apr avril abril", "may mai mayo", "june jun juin junio", "july jul juillet julio",
    "august aug août aout agosto", "september sep sept septembre septiembre setiembre",
    "october oct octobre octubre", "november nov novembre noviembre",
    "december dec décembre decembre diciembre"), start=1) for name in names.split()}
_MONTH = r"[^\W\d_]{3,10}\.?"
_DATE_FORMS = (
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:de\s+)?({_MONTH}),?\s+(?:de\s+)?(\d{{4}})\b"), "dmy"),
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"), "mdy"),
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), "numeric"),
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DATE_LABEL = re.compile(rf"(?i)\b(?:published|posted|issued|released|dated?|on|{_WEEKDAY})\b|[\W_]")


def _to_date(groups: tuple[str, ...], order: str) -> date | None:
    if order in ("dmy", "mdy"):
        day, name, year = groups if order == "dmy" else (groups[1], groups[0], groups[2])
        month: int | None = _MONTHS.get(name.lower().rstrip("."))
    elif order == "ymd":
        year, month, day = groups[0], int(groups[1]), groups[2]
    else:  # dd/mm/yyyy or mm/dd/yyyy: only when one of the two cannot be a month
        a, b, year = int(groups[0]), int(groups[1]), groups[2]
        if (a > 12) == (b > 12):
            return None
        day, month = (str(a), b) if a > 12 else (str(b), a)
    try:
        value = date(int(year), month or 0, int(day))
    except ValueError:
        return None
    return value if 1945 <= value.year <= 2100 else None


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first calendar date written in `text`, with its span.

    >>> find_date("Published on 3 March 2021")[0], find_date("May 28, 2022")[0]
    (datetime.date(2021, 3, 3), datetime.date(2022, 5, 28))
    >>> find_date("2022-05-28")[0], find_date("28/05/2022")[0], find_date("05/06/2022")
    (datetime.date(2022, 5, 28), datetime.date(2022, 5, 28), None)
    """
    best: tuple[date, int, int] | None = None
    for pattern, order in _DATE_FORMS:
        for match in pattern.finditer(text):
            value = _to_date(match.groups(), order)
            if value and (best is None or match.start() < best[1]):
                best = (value, match.start(), match.end())
                break
    return best


def _date_line(plain: str) -> date | None:
    """The date of a line that holds a date and nothing else but labels and a weekday."""
    found = find_date(plain)
    if found is None or _DATE_LABEL.sub("", plain[:found[1]] + plain[found[2]:]):
        return None
    return found[0]


# ---------------------------------------------------------------- speakers and roles

_CAP = r"[A-ZÀ-Þ](?:[\w.-]|['’](?=\w))*"
_PARTICLE = r"(?:de|da|del|dos|du|van|von|der|bin|al|el|la|le|di|ter)"
_NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,3}}?"
_FIXED_ROLES = ("High Commissioner for Human Rights", "High Commissioner for Refugees", "High Commissioner",
                "Secretary-General", "Emergency Relief Coordinator", "President of the Human Rights Council",
                "President of the General Assembly")
_OPEN_ROLES = ("Special Rapporteur", "Independent Expert", "Special Representative", "Special Adviser",
               "Special Envoy", "Special Coordinator", "Resident Coordinator", "Under-Secretary-General",
               "Spokesperson", "Spokesman", "Spokeswoman", "Chair", "Chairperson", "Executive Director")
_ROLE_HEAD = (r"(?:(?:the\s+)?(?:UN|United\s+Nations)\s+)?(?:(?:Deputy|Assistant|Acting|Former)\s+)?"
              rf"(?:{'|'.join(_FIXED_ROLES)}|(?:{'|'.join(_OPEN_ROLES)})"
              r"(?:\s+(?:on|for|of|to|in|with)\b(?:\s+[\w'’-]+){1,12}?)?)")
_AFTER_NAME = r"(?=\s*$|\s*[,;:.!?)'’\"]|\s+[a-z(])"
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>{_ROLE_HEAD})\s+(?P<name>{_NAME}){_AFTER_NAME}")
_ISSUED_FOR_SG = re.compile(rf"\bby\s+the\s+Spokesperson\s+for\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?"
                            rf"Secretary-General,?\s+(?P<name>{_NAME}){_AFTER_NAME}")
_NAME_COMMA_ROLE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<role>(?i:(?:the\s+)?{_ROLE_HEAD})[^.;]*?)\.?$")
_LABEL_NAME = re.compile(rf"^(?P<role>(?:Spokesperson|Spokesman|Spokeswoman|Speaker|Presenter|Author|By)"
                         rf"(?:\s+for\s+[^:]+)?)\s*:?\s+(?P<name>{_NAME})\.?$")
_NOT_NAME = _wordset("united nations human rights council office commission committee assembly government "
                      "ministry republic press release statement news high commissioner secretary-general "
                      "mr mrs ms madam president excellencies chair geneva new york "
                      # verbs of headline-case titles ("Secretary-General Welcomes Ceasefire")
                      "welcomes condemns urges calls says expresses deplores commends notes stresses warns "
                      "appeals applauds regrets hails praises mourns congratulates announces appoints "
                      "encourages reiterates strongly visits meets tells highlights pays salutes marks "
                      "underlines opens concludes launches message remarks statement")


def _is_name(text: str) -> bool:
    words = text.lower().replace(".", " ").split()
    return bool(re.fullmatch(_NAME, text)) and 2 <= len(words) <= 5 and not _NOT_NAME.intersection(words)


def _clean_name(name: str) -> str:
    return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name


def role_and_name(text: str) -> tuple[str | None, str] | None:
    """(role, name) of the first "<role> <name>" phrase in `text`.

    >>> role_and_name("Statement by UN High Commissioner for Human Rights Michelle Bachelet after a visit")
    ('UN High Commissioner for Human Rights', 'Michelle Bachelet')
    >>> role_and_name("the Special Rapporteur on the situation of human rights in Myanmar Tom Andrews said")
    ('Special Rapporteur on the situation of human rights in Myanmar', 'Tom Andrews')
    >>> role_and_name("issued today by the Spokesperson for Secretary-General António Guterres:")
    ('Secretary-General', 'António Guterres')
    >>> role_and_name("UN experts today urged the Government to act") is None
    True
    """
    issued = _ISSUED_FOR_SG.search(text)
    if issued:
        return "Secretary-General", _clean_name(issued.group("name"))
    for match in _ROLE_THEN_NAME.finditer(text):
        role, name = match.group("role"), _clean_name(match.group("name"))
        first, _, rest = name.partition(" ")
        if len(name.split()) > 2 and re.search(r"\b(?:in|on|of|for|to)$", role):
            role, name = f"{role} {first}", rest  # "... in Myanmar Tom Andrews": the place is the role's
        if _is_name(name):
            return " ".join(role.split()), name
    return None


_BYLINE = re.compile(r"(?i)^(?:(?:opening\s+|closing\s+|keynote\s+|video\s+)?(?:statement|speech|remarks|message|"
                     r"address|op-ed|briefing)\s+)?(?:delivered\s+|presented\s+|written\s+|issued\s+)?by\s*:?\s+"
                     r"(?P<rest>.+)$")


def byline(line: str) -> tuple[str, str | None] | None:
    """(name, role) of a byline such as a web page prints above the text.

    >>> byline("Statement by Volker Türk, UN High Commissioner for Human Rights")
    ('Volker Türk', 'UN High Commissioner for Human Rights')
    >>> byline("Delivered by: Michelle Bachelet, High Commissioner")
    ('Michelle Bachelet', 'High Commissioner')
    >>> byline("By: Ravina Shamdasani")
    ('Ravina Shamdasani', None)
    >>> byline("Statement by UN High Commissioner for Human Rights Michelle Bachelet")
    ('Michelle Bachelet', 'UN High Commissioner for Human Rights')
    >>> byline("Statement by the Government of Chile") is None
    True
    >>> byline("Statement by High Commissioner Michelle Bachelet after her visit to China") is None
    True
    """
    match = _BYLINE.match(" ".join(line.split()))
    if not match:
        return None
    rest = match.group("rest").strip().rstrip(".")
    name, _, role = (part.strip() for part in rest.partition(","))
    if _is_name(name):
        return _clean_name(name), role or None
    found = role_and_name(rest)
    # only a byline that ends with the name: "Statement by <role> <name> after a visit" is a title
    return (found[1], found[0]) if found and rest.endswith(found[1]) else None


# ---------------------------------------------------------------- header lines

_KINDS = {"feature": "FEATURE", "story": "FEATURE", "stories": "FEATURE", "press release": "PRESS RELEASE",
          "news release": "PRESS RELEASE", "statement": "STATEMENT", "statements and speeches": "STATEMENT",
          "statements and messages": "STATEMENT",
          "speech": "SPEECH", "speeches": "SPEECH", "press briefing note": "BRIEFING NOTE",
          "briefing note": "BRIEFING NOTE", "press briefing": "BRIEFING NOTE",
          "press conference": "PRESS CONFERENCE", "meetings coverage": "MEETING COVERAGE",
          "meeting summary": "MEETING SUMMARY", "meeting summaries": "MEETING SUMMARY",
          "note to correspondents": "NOTE TO CORRESPONDENTS", "op-ed": "OP-ED", "interview": "INTERVIEW"}
_SYMBOL_KINDS = {"SG/SM": "STATEMENT", "GA": "MEETING COVERAGE", "SC": "MEETING COVERAGE",
                 "ECOSOC": "MEETING COVERAGE", "HRC": "MEETING SUMMARY"}
_CHROME_LINES = _wordset(
    "skip to main content|skip to content|search|menu|main menu|close|share|share this|print|email|e-mail|"
    "home|back to top|top|toggle navigation|navigation|languages|language|select language|english|sign in|"
    "log in|subscribe|download|read more|more|next|previous|you are here|accept|accept all|reject all|"
    "ok|got it|follow us|related|tags|latest|news|united nations|un press|ohchr|un human rights|"
    "office of the high commissioner for human rights|meetings coverage and press releases|secretary-general|"
    "about us|what we do|where we work|human rights bodies|news and events|countries|issues|get involved|"
    "contact us|media center|media centre|publications|resources|documents|media|in focus|"
    "united nations human rights office of the high commissioner|welcome to the united nations", "|")
_CHROME_RE = re.compile(r"^skip to\b|cookie|^share (?:this|on|via)\b|^follow us\b|©|all rights reserved|"
                        r"javascript|^last updated\b|^(?:subject|topic|theme|country|countries|tags?|category|"
                        r"type|mandates?|related|translations?|image|photo)\s*:")
_LANGUAGES = _wordset("العربية عربي 中文 english español français русский português deutsch arabic "
                       "chinese french spanish russian")
_SOCIAL = _wordset("share facebook twitter x linkedin whatsapp email e-mail print telegram instagram "
                    "youtube flickr copy link reddit")
_FOOTER = _wordset("tags|related|related news|related content|latest news|see also|share this story|"
                    "follow us|back to top|footer|contact us|privacy notice|terms of use", "|")
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*|\s+/\s+")
_URL_LINE = re.compile(r"(?i)^(?:(?:url|source|link|canonical(?: url)?)\s*:\s*)?<?(https?://[^\s<>]+)>?$")
_LOCATION_LINE = re.compile(r"(?i)^location\s*:\s*(.+)$")
_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9.]{1,10}){1,5}(?:-[A-Z0-9/.]+)*\b")
_EDITOR_NOTE = re.compile(r"(?i)^\W*(?:editor(?:['’]?s|s['’])?\s+notes?|notes?\s+(?:to|for)\s+editors?)\W*?"
                          r"(?::\s*(?P<rest>.*))?$")
_ENDS = re.compile(r"^\W*END(?:S)?\W*$")
_CITY = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}"
_DATELINE = re.compile(rf"^(?P<city>{_CITY})(?:\s*/\s*{_CITY})*\s*(?:\((?P<d1>[^()]{{4,40}})\)|,\s*"
                       r"(?P<d2>[^–—()]{4,30}?))\s*[–—-]+\s*")
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*\)")


def _plain(line: str) -> str:
    """A line without markdown links, emphasis or list bullets, spaces collapsed."""
    text = _MD_LINK.sub(r"\1", line).replace("**", "").replace("__", "")
    return " ".join(re.sub(r"^\s*(?:#{1,6}|[-*•>])\s+", "", text).split())


def _kind_of(label: str) -> str | None:
    low = label.lower().strip(" :")
    return _KINDS.get(low) or _KINDS.get(low.removesuffix("s"))


def _is_chrome(plain: str) -> bool:
    low = plain.lower().strip(" .:|»›>")
    tokens = low.split()
    return (low in _CHROME_LINES or bool(_CHROME_RE.search(low)) or not any(ch.isalnum() for ch in low)
            or sum(t in _LANGUAGES for t in tokens) >= 3 or all(t in _SOCIAL for t in tokens)
            or (len(crumbs := _CRUMB_SEP.split(low)) > 1 and (crumbs[0] in ("home", "you are here", "")
                                                               or bool(re.search(r"[>»›]", low)))))


def _title_case(city: str) -> str:
    words = city.title().split("-")
    return "-".join(w.lower() if i and w.lower() in ("au", "en", "de", "la", "es", "el") else w
                    for i, w in enumerate(words))


@dataclass
class _Header:
    kind: str | None = None
    title: str | None = None
    speaker: str | None = None
    role: str | None = None
    published_on: date | None = None
    url: str | None = None
    symbol: str | None = None
    location: str | None = None
    short_lines: list[str] = field(default_factory=list)  # menu words, or a short title
    known_title: str | None = None  # the page's own title (HTML metadata), when there is one


def _read_line(plain: str, head: _Header, first: bool) -> str | None:
    """Record what a header line says and name its kind; None when it is no header line."""
    if url := _URL_LINE.match(plain):
        head.url = head.url or url.group(1)
        return "url"
    if _is_chrome(plain):
        crumbs = [_kind_of(c) for c in _CRUMB_SEP.split(plain)] if _CRUMB_SEP.search(plain) else []
        head.kind = head.kind or next((k for k in crumbs if k), None)
        return "chrome"
    if (day := _date_line(plain)) is not None:
        head.published_on = head.published_on or day
        return "date"
    if kind := _kind_of(plain) or (plain if first and plain.isupper() and len(plain.split()) <= 4 else None):
        head.kind = head.kind or kind
        return "kind"
    if location := _LOCATION_LINE.match(plain):
        head.location = head.location or location.group(1).strip(" *_")
        return "location"
    if (symbol := _SYMBOL.fullmatch(plain)) and any(ch.isdigit() for ch in plain):
        head.symbol = head.symbol or symbol.group(0)
        return "symbol"
    if (by := byline(plain)) is not None:  # "Statement by NAME, ROLE", "Delivered by: NAME, ROLE"
        if head.speaker is None:
            head.speaker, head.role = by
        return "speaker"
    if said := _LABEL_NAME.match(plain) or _NAME_COMMA_ROLE.match(plain):
        if _is_name(said.group("name")) and head.speaker is None:
            role = said.group("role").strip()
            head.speaker = _clean_name(said.group("name"))
            head.role = None if role.lower() in ("by", "author", "speaker") else role
        return "speaker"
    return None


def _is_prose(plain: str) -> bool:
    # scripts written without spaces (Chinese, Japanese) count about two characters a word
    n_words = len(plain.split()) + sum(1 for ch in plain if "\u3040" <= ch <= "\u9fff") // 2
    end = plain.rstrip("\"'”’»)]")[-1:]
    # a line ending in a comma is a salutation or a broken sentence, never a menu or a title
    sentence_end = end in (".", "!", "?", ":", ";", "…", "。", "！", "？")
    return (n_words >= 6 and sentence_end) or n_words >= 40 or end in (",", "，")


def _scan_header(lines: list[str], head: _Header) -> int:
    """Fill `head` from the lines at the top; return the index of the first body line."""
    previous = None
    for index, line in enumerate(lines):
        plain = _plain(line)
        if not plain:
            continue
        if _dateline(plain) or _EDITOR_NOTE.match(plain):
            return index
        tag = _read_line(plain, head, first=previous is None)
        if tag is None and head.known_title and _same_words(plain, head.known_title):
            head.title, tag = plain, "title"  # the page's title repeated above the text
        elif tag is None and head.title and _is_place_line(plain):
            head.location, tag = head.location or _title_case(plain), "location"  # "GENEVA" above the dateline
        if tag is None and not _is_prose(plain):
            if head.title is None and head.location is None and (len(plain.split()) >= 4 or previous == "kind"):
                head.title, tag = plain, "title"
            elif head.title is None and head.location is None:
                head.short_lines.append(plain)
                tag = "short"
            elif previous == "title" and head.speaker is None and _is_name(plain):
                head.speaker, tag = plain, "speaker"
        if tag is None:
            return index
        previous = tag
    return len(lines)


def _dateline(plain: str) -> tuple[str, date, int] | None:
    """(city, date, length) of a dateline such as "GENEVA (21 October 2019) –"."""
    match = _DATELINE.match(plain)
    found = find_date(match.group("d1") or match.group("d2")) if match else None
    if match is None or found is None:
        return None
    return _title_case(match.group("city")), found[0], match.end()


# ---------------------------------------------------------------- body and editor's note

def _split_note(lines: list[str]) -> tuple[list[str], list[str] | None]:
    """Body lines, and the lines of an editor's note (or of what follows an ENDS mark)."""
    for index, line in enumerate(lines):
        plain = _plain(line)
        if note := _EDITOR_NOTE.match(plain):
            rest = [note.group("rest")] if note.group("rest") else []
            return lines[:index], rest + lines[index + 1:]
        if _ENDS.match(plain) or plain.lower() in _FOOTER:
            tail = lines[index + 1:] if _ENDS.match(plain) else []
            body, inner = _split_note(tail)
            return lines[:index], (body + (inner or [])) or None
    return lines, None


def _trim_body(lines: list[str], head: _Header) -> list[str]:
    """Drop chrome and a standalone document symbol from the end; read and drop a dateline."""
    while lines and (not (plain := _plain(lines[-1])) or _is_chrome(plain) or _SYMBOL.fullmatch(plain)):
        if plain and _SYMBOL.fullmatch(plain) and any(ch.isdigit() for ch in plain):
            head.symbol = head.symbol or plain
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    if lines and (dateline := _dateline(_plain(lines[0]))):
        city, day, length = dateline
        head.location = head.location or city
        head.published_on = head.published_on or day
        rest = _plain(lines[0])[length:]
        lines = ([rest] if rest else []) + lines[1:]
    return lines


_COLLECTIVE_SPEAKER = re.compile(
    r"^(?:The\s+)?(?P<group>(?:UN|United Nations)\s+(?:independent\s+)?(?:human\s+rights\s+)?"
    r"(?:experts?|Committee\s+(?:on|against)\s+[^,]{3,60}?|Working\s+Group\s+on\s+[^,]{3,60}?|"
    r"Human\s+Rights\s+Office|Special\s+Rapporteurs?|Commission\s+of\s+Inquiry\s+on\s+[^,]{3,60}?))"
    r"(?:\s+today|\s+on\s+\w+day)?\s+(?:(?:has|have)\s+)?(?:called|urged|said|expressed|warned|condemned|"
    r"welcomed|deplored|demanded|voiced|raised|appealed|issued|published|released|found|concluded)\b")


def collective_speaker(opening: str) -> str | None:
    """The body that speaks in a press release opening with it ("UN experts today called ...").

    >>> collective_speaker("UN experts today called for the immediate release of twelve journalists.")
    'UN experts'
    >>> collective_speaker("The UN Committee against Torture today expressed concern about ...")
    'UN Committee against Torture'
    >>> collective_speaker("Experts said many things.") is None
    True
    """
    match = _COLLECTIVE_SPEAKER.match(opening.strip())
    return " ".join(match.group("group").split()) if match else None


def _settle_speaker(head: _Header, body: str) -> None:
    """Speaker and role from the title or the opening of the body when no line named them."""
    opening = body.strip().split("\n", 1)[0]
    for text in (head.title or "", opening):
        found = role_and_name(text)
        if found is None:
            continue
        role, name = found
        if head.speaker is None:
            head.speaker, head.role = name, role
        elif head.role is None and name.split()[-1] == head.speaker.split()[-1]:
            head.role = role
    if head.speaker is None:  # the first paragraphs, past a dateline ("GENEVA (8 March 2024) – UN experts ...")
        paragraphs = [p for p in (_plain(line) for line in body.split("\n")[:8]) if p][:4]
        for paragraph in paragraphs:
            dateline = _dateline(paragraph)
            head.speaker = collective_speaker(paragraph[dateline[2]:] if dateline else paragraph)
            if head.speaker:
                break
    if head.kind is None and head.symbol:
        head.kind = next((k for p, k in _SYMBOL_KINDS.items() if head.symbol.startswith(p + "/")), None)


def _is_place_line(plain: str) -> bool:
    """A city alone in capitals ("GENEVA", "NEW YORK"), as themes print above a dateline."""
    words = plain.split()
    return plain.isupper() and len(words) <= 3 and all(w.isalpha() for w in words)


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split() or a.casefold().split() == b.casefold().split()


def parse_document(text: str, known_title: str | None = None) -> ParsedDocument:
    """Header metadata, body and editor's note of a decoded (not yet cleaned) statement.

    >>> doc = parse_document("PRESS RELEASE\\n\\nExperts urge restraint in the region\\n\\n"
    ...                      "GENEVA (5 May 2023) – UN experts today urged restraint.\\n")
    >>> doc.kind, doc.title, doc.location, doc.published_on, doc.body
    ('PRESS RELEASE', 'Experts urge restraint in the region', 'Geneva', datetime.date(2023, 5, 5), \
'UN experts today urged restraint.')
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = _Header(known_title=known_title)
    start = _scan_header(lines, head)
    body_lines, note_lines = _split_note(lines[start:])
    body = "\n".join(_trim_body(body_lines, head)).strip()
    note = "\n".join(note_lines).strip() if note_lines else None
    if head.title is None and head.short_lines:
        head.title = head.short_lines[-1]
    _settle_speaker(head, body)
    return ParsedDocument(
        title=head.title, speaker=head.speaker, speaker_role=head.role, published_on=head.published_on,
        url=head.url, symbol=head.symbol, location=head.location, kind=head.kind, body=body,
        editor_note=note or None)
