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
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..records import ParsedDocument
from .header_dates import find_date, find_dates
from .kinds import KIND_OF_SPEAKER_RULE, kind_of_label, kind_of_opening, kind_of_symbol, kind_of_title
from .speakers import (
    NAME,
    Speaker,
    issued_by,
    named_holder,
    office_and_name,
    opening_speaker,
    speaker_line,
    title_speaker,
    transcript_speaker,
)

__all__ = ["find_date", "parse_document"]


def _wordset(text: str, sep: str | None = None) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split(sep))


# ---------------------------------------------------------------- dates and places

_WEEKDAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"lunes|martes|miércoles|jueves|viernes|sábado|domingo")
_DATE_LABEL = re.compile(rf"(?i)\b(?:this\s+(?:story|article|page)\s+was\s+)?(?:published|posted|issued|released|"
                         rf"dated?|on|publié|publiée|le|publicado|publicada|el|fecha|year|ano|г|года|{_WEEKDAY})\b"
                         r"|[\W_]|[年月日]")
# a place: capitalised words (with the particles of city names), or one or two Arabic words
_PLACE = (r"(?:[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|es|au|de|la|el|del|di))*|"
          r"[\u0621-\u064A]+(?:[ \t][\u0621-\u064A]+)?)")
_PLACE_DATE = re.compile(rf"^\(?(?P<place>{_PLACE}(?:\s*/\s*{_PLACE}){{0,4}})\s*(?:,|،|\()\s*(?:(?:le|el|on)\s*)?$")
_DATELINE = re.compile(rf"^[(（]?(?P<city>{_PLACE}(?:\s*/\s*{_PLACE}){{0,4}}|[\u4e00-\u9fff]{{2,8}})\s*"
                       r"(?:[(（](?P<d1>[^()（）]{4,40})[)）]|,\s*(?P<d2>[^–—()]{4,40}?)\s*\)?)\s*"
                       r"(?:\((?:[A-Z]{2,10}|UN\s+News)\)\s*)?(?:[–—-]+|:|——)\s*")


_NUMERIC_LINE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def _date_line(plain: str) -> date | None:
    """The date of a line that holds a date and nothing else but labels and a weekday.

    A numeric date alone on its line is read day first, as UN pages write it ("08/10/2004").
    """
    parts = [part.strip() for part in plain.split("|")]
    if len(parts) > 1 and all(kind_of_label(part) or not part for part in parts[1:]):
        plain = parts[0]  # "25 de octubre de 2010|Mensaje"
    if numeric := _NUMERIC_LINE.match(plain):
        try:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        except ValueError:
            return None
    found = find_date(plain)
    if found is None or _DATE_LABEL.sub("", plain[:found[1]] + plain[found[2]:]):
        return None
    return found[0]


def _place_date_line(plain: str) -> tuple[str, date] | None:
    """(place, date) of a line such as "GENEVA, 4 December 2024" or "New York, 28 March 2025"."""
    found = find_date(plain)
    if found is None or len(plain.split()) > 12 or plain[found[2]:].strip(" )–—-:."):
        return None
    place = _PLACE_DATE.match(plain[:found[1]].rstrip())
    if place is None or not re.search(r"[,،(]\s*(?:le|el|on)?\s*$", plain[:found[1]]):
        return None
    return _title_case(place.group("place").split("/")[0].strip()), found[0]


def _dateline(plain: str) -> tuple[str, date, int] | None:
    """(city, date, length) of a dateline opening the body: "GENEVA (21 October 2019) –",
    "New York, 3 March 2021 –", "(Geneva/Nairobi, 5 May 2023):"."""
    match = _DATELINE.match(plain)
    found = find_date(match.group("d1") or match.group("d2")) if match else None
    if match is None or found is None:
        return None
    return _title_case(match.group("city").split("/")[0].strip()), found[0], match.end()


def _title_case(city: str) -> str:
    if not city.isupper():
        return city
    words = city.title().split("-")
    return "-".join(w.lower() if i and w.lower() in ("au", "en", "de", "la", "es", "el") else w
                    for i, w in enumerate(words))


# ---------------------------------------------------------------- chrome

_CHROME_LINES = _wordset(
    "skip to main content|skip to content|search|menu|main menu|close|share|share this|print|email|e-mail|"
    "home|back to top|top|toggle navigation|navigation|languages|language|select language|english|sign in|"
    "log in|subscribe|download|read more|more|next|previous|you are here|accept|accept all|reject all|"
    "ok|got it|follow us|related|tags|latest|news|united nations|un press|ohchr|un human rights|"
    "office of the high commissioner for human rights|meetings coverage and press releases|secretary-general|"
    "about us|what we do|where we work|human rights bodies|news and events|countries|issues|get involved|"
    "contact us|media center|media centre|publications|resources|documents|media|in focus|un news|"
    "united nations human rights office of the high commissioner|welcome to the united nations|"
    "aller au contenu principal|passer au contenu principal|saltar al contenido principal|"
    "ir al contenido principal|перейти к основному содержанию|跳转到主要内容|الانتقال إلى المحتوى الرئيسي|"
    "accueil|inicio|главная|首页|الرئيسية|partager|compartir|imprimer|imprimir|contacto|menú|fil d'ariane|"
    "comparte en|partager sur|compartir en", "|")
# by shape, never by topic: a chrome line is short site furniture, so each pattern is anchored
# or names words that only furniture uses
_CHROME_RE = re.compile(
    r"^skip to\b|^(?:aller|passer) au contenu|^(?:saltar|ir|pasar) al contenido|^share (?:this|on|via)\b|"
    r"^follow us\b|^(?:subject|topic|theme|country|countries|tags?|category|type|mandates?|related|"
    r"translations?|image|photo|credit|photo credit)\s*:|^last updated\b|\bjoin now\b|\bsign up now\b|"
    r"^advertisement$|^sponsored\b|^category archives?\s*:|^archives?\s*:|^header image\b|"
    r"^welcome to the united nations\b|^bienvenue (?:à l['’]onu|aux nations unies)|^bienvenid[oa]s a las naciones unidas|"
    r"^добро пожаловать в оон|^欢迎访问联合国|^مرحب[اً]* بكم في الأمم المتحدة|^informing humanitarians worldwide\b|"
    r"^global perspective human stories$|^l['’]actualité mondiale un regard humain$|^noticias onu mirada global|"
    r"^(?:archives? de (?:la )?catégorie|archivo de la categoría|архив рубрики)\s*:|^in progress at unhq$|"
    r"^en cours au siège de l['’]onu$|\bpaywall\b|^(?:loading|laden|chargement|cargando)\W*$|"
    r"^[\w .'’-]{2,40} \+ \d+ more$|\blogo$|^you are on page\b|^(?:news and press release|originally published)$|"
    r"^(?:publicada|publicado|published|publié|publiée) (?:en|in|dans)$|\blearn more$|^disponible en\b|^available in\b|^learn more$|^view original$|"
    r"^\d+(?:[.,]\d+)?\s*[kmg]b$|^(?:mp4|mp3|mov|wav|hd|sd)$|^\W*(?:video|audio|mp4|mp3|download)\b.{0,60}\b\d+(?:[.,]\d+)?\s*(?:[kmg]b|"
    r"[kmg]o)\b|^\W*\d{1,2}:\d{2}(?::\d{2})?\W*$|^\W*(?:duration|durée|duración)\s*:")
# a language switcher lists names only; "Russian forces" is prose, so every token must be a name
_LANGUAGES = _wordset("العربية عربي 中文 english español français русский português deutsch arabic chinese "
                      "french spanish russian")
_SOCIAL = _wordset("share facebook twitter x linkedin whatsapp email e-mail print telegram instagram "
                   "youtube flickr copy link reddit compartir partager en sur on via")
_FOOTER = _wordset("tags|related|related news|related content|latest news|see also|share this story|"
                   "follow us|back to top|footer|contact us|privacy notice|terms of use", "|")
_SECTION_LABEL = re.compile(
    r"^(?P<label>(?i:press\s+releases|press\s+statements|statements(?:\s+and\s+speeches)?|speeches|meeting\s+summaries|"
    r"press\s+briefing\s+notes|press\s+conferences|stories|edited\s+news|communiqués\s+de\s+presse|"
    r"comunicados\s+de\s+prensa|déclarations|declaraciones|discursos|新闻稿|讲话|声明|заявления|выступления|"
    r"пресс-релизы|بيانات\s+صحفية|بيانات|خطابات))(?P<rest>(?:\s*[,|]?\s*(?:[A-ZÀ-Þ\u0400-\u042F\u4e00-\u9fff"
    r"\u0621-\u064A][\w’'-]*|of|the|for|on|and|de|des|du|la|le|les|del|las|los|para|aux|y|по|и|\d{4}|\(\d+\))){0,14})\s*$")
_DPI_LINE = re.compile(r"(?i)^(?:department\s+of\s+public\s+information|département\s+de\s+l['’]information|"
                       r"departamento\s+de\s+información\s+pública)\b.*?[•.·]\s*(?P<city>[^•.·|]+?)\s*\|?$")
_BYLINE_TITLE = re.compile(r"(?i)^(?:[\w-]+\s+){0,2}(?:statement|remarks|speech|message|address|briefing|"
                           r"press\s+conference|declaración|déclaration|discours|discurso)\s+(?:\w+\s+)?(?:by|por|par)\b")
_SOURCE_LINE = re.compile(r"^from\s+(?:the\s+)?[A-Z][^.!?]{2,80}$")  # ReliefWeb: "from UN Office for ..."
_TITLE_MAY_FOLLOW = ("press_office_line", "place_date_line")  # lines that can stand above a headline
_DATE_PREFIX = re.compile(r"^(?i:date)\s*:?\s+(?P<day>\d{4}-\d{2}-\d{2})\s+(?P<rest>\S.*)$")
_CRUMB_SEP = re.compile(r"\s*[>»›]\s*|\s+/\s+")
_URL_LINE = re.compile(r"(?i)^(?:(?:url|source|link|canonical(?: url)?)\s*:\s*)?<?(https?://[^\s<>]+)>?$")
_LOCATION_LINE = re.compile(r"(?i)^location\s*:\s*(.+)$")
_SYMBOL = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z0-9.]{1,10}){1,5}(?:-[A-Z0-9/.]+)*\b")
_EDITOR_NOTE = re.compile(r"(?i)^\W*(?:editor(?:['’]?s|s['’])?\s+notes?|notes?\s+(?:to|for)\s+editors?)\W*?"
                          r"(?::\s*(?P<rest>.*))?$")
_ENDS = re.compile(r"^\W*END(?:S)?\W*$")
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")  # an image's alt text is no line of the page's
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def _plain(line: str) -> str:
    """A line without markdown links, emphasis or list bullets, spaces collapsed."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line)).replace("**", "").replace("__", "")
    return " ".join(re.sub(r"^\s*(?:#{1,6}|[-*•>])\s+", "", text).split())


def _is_chrome(plain: str) -> bool:
    low = plain.lower().strip(" .:|»›>")
    tokens = low.split()
    if len(tokens) > 20:  # a paragraph of prose is never furniture, whatever words it uses
        return False
    return (low in _CHROME_LINES or bool(_CHROME_RE.search(low)) or not any(ch.isalnum() for ch in low)
            or (len(tokens) >= 3 and all(t.strip(",|") in _LANGUAGES for t in tokens))
            or all(t in _SOCIAL for t in tokens)
            or (len(crumbs := _CRUMB_SEP.split(low)) > 1 and (crumbs[0].startswith(("home", "you are here"))
                                                               or crumbs[0] == ""
                                                               or bool(re.search(r"[>»›]", low)))))


# ---------------------------------------------------------------- the header

@dataclass
class _Header:
    values: dict[str, Any] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # field -> the rule that found it
    short_lines: list[str] = field(default_factory=list)  # menu words, or a short title
    known_title: str | None = None  # the page's own title (HTML metadata), when there is one
    opening: int = 0  # the body paragraph the statement opens with (its dateline's)

    def put(self, name: str, value: Any, rule: str) -> None:
        """Keep the first value found for a field, with the rule that found it."""
        if value is not None and self.values.get(name) is None:
            self.values[name] = value
            self.how[name] = rule

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def put_speaker(self, found: Speaker) -> None:
        known = self.get("speaker")
        if known and found.name and found.role and found.name.split()[-1] == known.split()[-1]:
            self.put("speaker_role", found.role, found.rule)  # "Michelle Bachelet" under a title naming her role
        if known is None and self.get("office") is None:
            self.put("speaker", found.name, found.rule)
            self.put("speaker_role", found.role, found.rule)
            self.put("delivered_by", found.delivered_by, found.rule)
            self.put("office", found.office, found.rule)


def _read_line(plain: str, head: _Header, first: bool) -> str | None:
    """Record what a header line says and name its kind; None when it is no header line."""
    if url := _URL_LINE.match(plain):
        head.put("url", url.group(1), "url_line")
        return "url"
    symbol = _SYMBOL.search(plain)
    if symbol and any(ch.isdigit() for ch in symbol.group(0)) and (label := kind_of_label(_SYMBOL.sub("", plain))):
        head.put("kind", label, "kind_line")  # "Communiqué de presse SG/SM/9642 GA/10315 |"
        head.put("symbol", symbol.group(0), "symbol_line")
        return "kind"
    if section := _SECTION_LABEL.match(plain):
        head.put("kind", kind_of_label(section.group("label")), "section_label")
        if said := speaker_line(section.group("rest").strip(" |,")):  # "Statements | NAME, Former ROLE"
            head.put_speaker(said)
        return "chrome"
    if dpi := _DPI_LINE.match(plain):  # un.org press pages: "Department of Public Information • ... • New York"
        head.put("location", dpi.group("city").strip(), "press_office_line")
        return "location"
    if _is_chrome(plain):
        crumbs = [kind_of_label(c) for c in _CRUMB_SEP.split(plain)] if _CRUMB_SEP.search(plain) else []
        head.put("kind", next((k for k in crumbs if k), None), "breadcrumb")
        return "chrome"
    if (day := _date_line(plain)) is not None:
        head.put("published_on", day, "date_line")
        return "date"
    if placed := _place_date_line(plain):
        head.put("published_on", placed[1], "place_date_line")
        head.put("location", placed[0], "place_date_line")
        return "date"
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
        if head.get("title") is None and _BYLINE_TITLE.match(plain):
            head.put("title", plain, "byline_title")  # "Statement by NAME, ROLE, to the Committee" heads the page
            return "title"
        return "speaker"
    if _SOURCE_LINE.match(plain) and head.get("title"):
        return "chrome"
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
        if prefix := _DATE_PREFIX.match(plain):  # " date 2024-06-26 The following ...": metadata glued on
            head.put("published_on", date.fromisoformat(prefix.group("day")), "date_prefix")
            lines[index] = plain = prefix.group("rest")
        if _dateline(plain) or _EDITOR_NOTE.match(plain) or issued_by(plain):
            return index
        if _is_teaser(plain, lines, index):
            if previous == "title" and head.how.get("title") == "first_title_line":
                del head.values["title"], head.how["title"]  # the heading of a promotion, not the title
            previous = "chrome"
            continue
        tag = _read_line(plain, head, first=previous is None)
        if tag is None and head.get("title") and _same_words(plain, head.get("title")):
            tag = "title"  # the headline printed twice (a page title over the article's own)
        elif tag is None and previous == "title" and plain[:1].islower() and not _is_prose(plain) \
                and not _SOURCE_LINE.match(plain):
            head.values["title"] += " " + plain  # a headline broken over a page break
            tag = "title"
        if tag is None and head.known_title and _same_words(plain, head.known_title):
            head.put("title", plain, "page_title")  # the page's title repeated above the text
            tag = "title"
        elif tag is None and head.get("title") and _is_place_line(plain):
            head.put("location", _title_case(plain), "place_line")  # "GENEVA" above the dateline
            tag = "location"
        if tag is None and not _is_prose(plain):
            tag = _title_or_short(plain, head, previous)
        if tag is None and head.get("title") and not _is_prose(plain) and _header_ahead(lines, index):
            tag = "subheader"  # a section name or an alternative title between the title and its date
        if tag is None:
            return index
        previous = tag
    return len(lines)


_MORE = re.compile(r"(?i)^(?:learn|read|find\s+out|see)\s+more\W*$|^en\s+savoir\s+plus\W*$|^(?:más|leer\s+más)\W*$")


def _is_teaser(plain: str, lines: list[str], index: int) -> bool:
    """A promotion: a line followed by "Learn more" (and that link itself)."""
    if _MORE.match(plain):
        return True
    following = next((p for p in (_plain(line) for line in lines[index + 1:index + 4]) if p), "")
    return bool(_MORE.match(following))


_METADATA_TAGS = ("date", "url", "location", "symbol", "speaker")


def _header_ahead(lines: list[str], index: int, within: int = 3) -> bool:
    """True when one of the next few lines is a header line (a date, a symbol, a speaker, a
    press-office line) or a dateline: the header goes on past this short line."""
    ahead = [p for p in (_plain(line) for line in lines[index + 1:index + 12]) if p][:within]
    return any(_dateline(p) or _read_line(p, _Header(), first=False) in _METADATA_TAGS for p in ahead)


def _title_or_short(plain: str, head: _Header, previous: str | None) -> str | None:
    if head.get("title") is None and (head.get("location") is None or head.how["location"] in _TITLE_MAY_FOLLOW):
        # a headline starts with a capital (or a script without case); "oacnudh en el mundo" is a menu
        capital = plain[:1].isupper() or not plain[:1].islower()
        if capital and (len(plain.split()) >= 4 or previous == "kind" or _has_cjk(plain)):
            head.put("title", _headline(plain), "first_title_line")
            return "title"
        head.short_lines.append(plain)
        return "short"
    if previous == "title" and head.get("speaker") is None and (said := speaker_line(f"By {plain}")):
        head.put_speaker(Speaker(said.name, said.role, "name_under_title"))
        return "speaker"
    return None


def _headline(plain: str) -> str:
    """A headline without the site's " | Section | Site" suffix or a "STORY:" label.

    >>> _headline("Experts urge restraint now | Press centre | UNICEF"), _headline("STORY: Experts urge restraint")
    ('Experts urge restraint now', 'Experts urge restraint')
    """
    parts = [part.strip() for part in plain.split(" | ")]
    if len(parts) > 1 and len(parts[0].split()) >= 4 and all(len(p.split()) <= 4 for p in parts[1:]):
        plain = parts[0]
    return re.sub(r"^(?:(?:EDITED\s+)?STORY|TITLE|HEADLINE)\s*:\s*", "", plain)


def _has_cjk(text: str) -> bool:
    return sum("\u3040" <= ch <= "\u9fff" for ch in text) >= 4


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
            head.put("symbol", plain, "symbol_line")
        lines = lines[:-1]
    while lines and not lines[0].strip():
        lines = lines[1:]
    # the dateline opens the first paragraph, or a later one after a site notice, a repeated
    # title or an "issued by" line; what comes before it stays in the body
    firsts = [i for i, line in enumerate(lines[:40]) if line.strip()][:8]
    for rank, i in enumerate(firsts):
        if dateline := _dateline(_plain(lines[i])):
            city, day, length = dateline
            head.put("location", city, "dateline")
            if head.how.get("published_on") in _WEAKER_THAN_DATELINE and head.get("published_on") != day:
                del head.values["published_on"]  # the statement's own dateline over a listing's date
            head.put("published_on", day, "dateline")
            head.opening = rank
            rest = _plain(lines[i])[length:]
            return lines[:i] + ([rest] if rest else []) + lines[i + 1:]
    return lines


# a page's listing or re-post date gives way to the dateline the statement itself carries
_WEAKER_THAN_DATELINE = ("date_line", "title_date", "published_phrase")


# ---------------------------------------------------------------- what the title and opening add

_PUBLISHED_PHRASE = re.compile(r"(?i)\b(?:was\s+)?(?:published|posted|issued)\s+(?:on\s+)?|\bpublié\s+le\s+|"
                               r"\bpublicado\s+el\s+")


def _settle(head: _Header, body: str) -> None:
    """Speaker, date and kind from the title and the opening of the body, where no header
    line stated them."""
    title = head.get("title") or ""
    paragraphs = [p for p in (_plain(line) for line in body.split("\n")[:48]) if p][:12]
    # the paragraphs up to four past the one the dateline opens (lines before it may say who issued it)
    leading = [_CITY_DASH.sub("", p[d[2]:] if (d := _dateline(p)) else p) for p in paragraphs[:head.opening + 4]]
    openings = leading[head.opening:]
    if title_said := title_speaker(title):
        if title_said.name is None and title_said.office is None:
            title_said = named_holder(title_said.role or "", openings) or title_said
        head.put_speaker(title_said)
    # a meeting summary ("The Council this morning held ...") names the meeting's speakers, none its own
    if not _several_speakers(paragraphs) and kind_of_opening(openings[0] if openings else "") != "meeting_summary":
        for index, opening in enumerate(leading):
            if found := opening_speaker(opening, first=index == head.opening):
                head.put_speaker(found)
                break
        if turns := transcript_speaker(paragraphs):
            head.put_speaker(turns)
        if delivered := _delivered_by_label(paragraphs):
            head.put_speaker(delivered)
    if head.get("published_on") is None and (in_title := find_dates(title)):
        head.put("published_on", in_title[-1][0], "title_date")
    if head.get("published_on") is None:
        for line in body.split("\n"):
            if (said := _PUBLISHED_PHRASE.search(line)) and (found := find_date(line[said.end():])) \
                    and found[1] == 0:
                head.put("published_on", found[0], "published_phrase")
                break
    _settle_kind(head, title, openings)


def _settle_kind(head: _Header, title: str, openings: list[str]) -> None:
    """The kind, most specific evidence first (see kinds.py): the form the speaker was found
    in, the title's form, the opening's form, then the page's label and the symbol's series."""
    label = (head.get("kind"), head.how.get("kind"))
    head.values.pop("kind", None)
    head.how.pop("kind", None)
    head.put("kind", KIND_OF_SPEAKER_RULE.get(head.how.get("speaker") or head.how.get("office") or ""),
             "speaker_form")
    by_title, by_opening = kind_of_title(title), kind_of_opening(openings[0] if openings else "")
    if by_opening == "speech" and by_title in (None, "statement"):
        head.put("kind", by_opening, "opening_form")  # a statement that opens with "Excellencies," was delivered
    head.put("kind", by_title, "title_form")
    head.put("kind", by_opening, "opening_form")
    head.put("kind", label[0], label[1] or "")
    head.put("kind", kind_of_symbol(head.get("symbol") or ""), "symbol_series")


_CITY_DASH = re.compile(r"^(?:[A-ZÀ-Þ]{2,}[ ./'-]*){1,4}\s*[–—]\s+")  # "GENEVA – " with no date
_DELIVERED_LABEL = re.compile(r"(?i)^(?:delivered|pronunciad[oa]|prononcée?|présentée?|presented)\s+(?:by|por|par)\s*:?$")


def _delivered_by_label(paragraphs: list[str]) -> Speaker | None:
    """"Delivered by" alone on its line, and the speaker on the next ("Pronunciado por" / "Alta
    Comisionada ... Michelle Bachelet")."""
    for label, following in zip(paragraphs, paragraphs[1:]):
        if _DELIVERED_LABEL.match(label):
            found = office_and_name(following) or speaker_line(f"By {following}")
            return Speaker(found.name, found.role, "delivered_by_label") if found else None
    return None


_BRIEFERS = re.compile(rf"^(?P<name>{NAME}),\s+(?:[\w-]+\s+){{0,3}}(?:for|of)\s+the\b")


def _several_speakers(paragraphs: list[str]) -> bool:
    """True for a briefing where several spokespersons speak in turn (UN Geneva briefing
    summaries): no one of them is the statement's speaker."""
    if any(re.search(r"(?i)\bchaired\s+the\s+(?:press\s+)?briefing\b|\battended\s+by\s+(?:the\s+)?spokespersons?\b",
                     p) for p in paragraphs):
        return True
    return len({m.group("name") for p in paragraphs if (m := _BRIEFERS.match(p))}) >= 2


def _is_place_line(plain: str) -> bool:
    """A city alone in capitals ("GENEVA", "NEW YORK"), as themes print above a dateline."""
    words = plain.split()
    return plain.isupper() and len(words) <= 3 and all(w.isalpha() for w in words) \
        and not _NOT_PLACES.intersection(w.lower() for w in words)


# capitals lines that are times of day or section names, not places ("MORNING" above a meeting summary)
_NOT_PLACES = _wordset("morning afternoon evening night matin après-midi soir mañana tarde update news "
                       "statement statements speech speeches release feature story")


def _same_words(a: str, b: str) -> bool:
    return a.split() == b.split() or a.casefold().split() == b.casefold().split()


def parse_document(text: str, known_title: str | None = None) -> ParsedDocument:
    """Header metadata, body and editor's note of a decoded (not yet cleaned) statement.

    >>> doc = parse_document("PRESS RELEASE\\n\\nExperts urge restraint in the region\\n\\n"
    ...                      "GENEVA (5 May 2023) – UN experts today urged restraint.\\n")
    >>> doc.kind, doc.title, doc.location, doc.published_on, doc.body
    ('press_release', 'Experts urge restraint in the region', 'Geneva', datetime.date(2023, 5, 5), \
'UN experts today urged restraint.')
    >>> doc.speaker, doc.provenance["speaker"], doc.provenance["published_on"]
    ('UN experts', 'collective_opening', 'dateline')
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head = _Header(known_title=known_title)
    start = _scan_header(lines, head)
    body_lines, note_lines = _split_note(lines[start:])
    body = "\n".join(_trim_body(body_lines, head)).strip()
    note = "\n".join(note_lines).strip() if note_lines else None
    if head.get("title") is None and head.short_lines:
        head.put("title", head.short_lines[-1], "short_title_line")
    _settle(head, body)
    v = head.values
    return ParsedDocument(
        title=v.get("title"), speaker=v.get("speaker"), speaker_role=v.get("speaker_role"),
        published_on=v.get("published_on"), url=v.get("url"), symbol=v.get("symbol"),
        location=v.get("location"), kind=v.get("kind"), body=body, editor_note=note or None,
        delivered_by=v.get("delivered_by"), office=v.get("office"), provenance=dict(head.how))
