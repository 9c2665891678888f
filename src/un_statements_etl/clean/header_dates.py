"""Calendar dates as statement headers write them, in the six UN languages.

A header states its date in many notations: "28 May 2022", "May 28, 2022", "2022-05-28",
"28/05/2022" (only when the day cannot be a month), "28MAY2022" (document symbols and
file names), "le 1er mars 2021", "3 de marzo de 2021", "28 мая 2022 года",
"28 أيار/مايو 2022" and "2022年5月28日". `find_date` finds the first of them in a text,
with its span, so a caller can tell what else the line holds.

Digits are first read in every script the UN languages print (Arabic-Indic, full-width)
by a translation that keeps every character in place, so spans stay valid.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date

from .kinds import kind_of_label

# month names and abbreviations -> number; English, French, Spanish, Russian (nominative
# and genitive), Arabic (the Gregorian names and the Levantine ones UN Arabic pairs them with)
_MONTH_NAMES = (
    "january jan janvier janv enero ene январь января", "february feb février fevrier févr fevr febrero feb "
    "февраль февраля", "march mar mars marzo март марта", "april apr avril avr abril abr апрель апреля",
    "may mai mayo май мая", "june jun juin junio июнь июня", "july jul juillet juil julio июль июля",
    "august aug août aout agosto ago август августа", "september sep sept septembre septiembre setiembre "
    "set сентябрь сентября", "october oct octobre octubre октябрь октября", "november nov novembre "
    "noviembre ноябрь ноября", "december dec décembre decembre déc diciembre dic декабрь декабря")
_ARABIC_MONTHS = (
    "يناير كانون_الثاني", "فبراير شباط", "مارس آذار اذار", "أبريل ابريل إبريل نيسان", "مايو أيار ايار",
    "يونيو يونيه حزيران", "يوليو يوليه تموز", "أغسطس اغسطس آب", "سبتمبر أيلول ايلول",
    "أكتوبر اكتوبر تشرين_الأول تشرين_الاول", "نوفمبر تشرين_الثاني", "ديسمبر كانون_الأول كانون_الاول")
MONTHS: dict[str, int] = {
    name.replace("_", " "): number
    for table in (_MONTH_NAMES, _ARABIC_MONTHS) for number, names in enumerate(table, start=1)
    for name in names.split()}

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3)
_MONTH = r"[^\W\d_]{3,10}\.?"
_AR_WORD = r"[\u0621-\u064A]+"
_AR_MONTH = rf"{_AR_WORD}(?:\s{_AR_WORD})?(?:\s*/\s*{_AR_WORD})?"
_FORMS = (
    # 28 May 2022, 1er mars 2021, 3 de marzo de 2021, 28 мая 2022 года
    # "de" in any case: "25 DE ABRIL DE 2006"
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\s+(?i:de\s+)?({_MONTH}),?\s*(?i:de\s+|del\s+)?(\d{{4}})\b"),
     "dmy"),
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"), "mdy"),  # May 28, 2022
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_AR_MONTH})\s+(\d{{4}})(?!\d)"), "dmy"),  # 28 أيار/مايو 2022
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s*/\s*({_AR_WORD})\s*/\s*(\d{{4}})(?!\d)"), "dmy"),  # 26/يونيو/2015
    (re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"), "ymd"),  # 2022年5月28日
    (re.compile(r"(?<![\d/-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/-])"), "ymd"),  # 2022-05-28, 2022/05/28
    (re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])"), "numeric"),  # 28/05/2022
    (re.compile(r"(?<![\dA-Za-z])(\d{1,2})-?([A-Za-z]{3})-?(\d{4})(?!\d)"), "dmy"),  # 28MAY2022, 28-May-2022
)
FIRST_YEAR, LAST_YEAR = 1945, 2100


def month_number(name: str) -> int | None:
    """The month a name stands for, in any of the six languages.

    >>> month_number("Sept."), month_number("décembre"), month_number("мая"), month_number("كانون الأول/ديسمبر")
    (9, 12, 5, 12)
    >>> month_number("Monday") is None
    True
    """
    name = " ".join(name.lower().rstrip(".").split())
    if name in MONTHS:
        return MONTHS[name]
    parts = [part.strip() for part in name.split("/")]
    return next((MONTHS[p] for p in reversed(parts) if p in MONTHS), None)


def _to_date(groups: tuple[str, ...], order: str) -> date | None:
    if order in ("dmy", "mdy"):
        day, name, year = groups if order == "dmy" else (groups[1], groups[0], groups[2])
        month = month_number(name)
    elif order == "ymd":
        year, month, day = groups[0], int(groups[-2]), groups[-1]  # a separator group may stand between
    else:  # dd/mm/yyyy or mm/dd/yyyy: only when one of the two cannot be a month
        a, b, year = int(groups[0]), int(groups[1]), groups[2]
        if (a > 12) == (b > 12):
            return None
        day, month = (str(a), b) if a > 12 else (str(b), a)
    try:
        value = date(int(year), month or 0, int(day))
    except ValueError:
        return None
    return value if FIRST_YEAR <= value.year <= LAST_YEAR else None


def find_dates(text: str) -> list[tuple[date, int, int]]:
    """Every calendar date written in `text`, with its span, in reading order.

    >>> [d.isoformat() for d, _, _ in find_dates("from 3 March 2021 to 2021-03-05")]
    ['2021-03-03', '2021-03-05']
    """
    text = text.translate(_DIGITS)
    found: list[tuple[date, int, int]] = []
    for pattern, order in _FORMS:
        for match in pattern.finditer(text):
            value = _to_date(match.groups(), order)
            if value and not any(s < match.end() and match.start() < e for _, s, e in found):
                found.append((value, match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def find_date(text: str) -> tuple[date, int, int] | None:
    """The first calendar date written in `text`, with its span.

    >>> find_date("Published on 3 March 2021")[0], find_date("May 28, 2022")[0]
    (datetime.date(2021, 3, 3), datetime.date(2022, 5, 28))
    >>> find_date("2022-05-28")[0], find_date("28/05/2022")[0], find_date("05/06/2022")
    (datetime.date(2022, 5, 28), datetime.date(2022, 5, 28), None)
    >>> find_date("Genève, le 1er mars 2021")[0], find_date("Ginebra, 3 de marzo de 2021")[0]
    (datetime.date(2021, 3, 1), datetime.date(2021, 3, 3))
    >>> find_date("Женева, 28 мая 2022 года")[0], find_date("日内瓦，２０２２年５月２８日")[0]
    (datetime.date(2022, 5, 28), datetime.date(2022, 5, 28))
    >>> find_date("جنيف، ٢٨ أيار/مايو ٢٠٢٢")[0], find_date("SG/SM/21234 12MAR2021")[0]
    (datetime.date(2022, 5, 28), datetime.date(2021, 3, 12))
    """
    dates = find_dates(text)
    return dates[0] if dates else None


# ---------------------------------------------------------------- date lines and datelines

_WEEKDAY = (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
            r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|"
            r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье")
_DATE_LABEL = re.compile(rf"(?i)\b(?:this\s+(?:story|article|page)\s+was\s+)?(?:published|posted|issued|released|"
                         rf"dated?|on|publié|publiée|le|publicado|publicada|el|fecha|year|ano|г|года|{_WEEKDAY}|"
                         # the same labels in Spanish, French, Russian and Arabic: "Fecha de publicación:",
                         # "Опубликовано:", "تاريخ النشر:"
                         r"de|publicación|publication|опубликовано|дата|публикации|تاريخ|النشر|بتاريخ|نشر|في)\b"
                         r"|[\W_]|[年月日]|(?:发布|發布|發佈)(?:时间|時間|日期)|日期|(?:星期|周|週)[一二三四五六日天]")
# a place: capitalised words (with the particles of city names), or one or two Arabic words
_PLACE = (r"(?:[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*|es|au|de|la|el|del|di))*|"
          r"[\u0621-\u064A]+(?:[ \t][\u0621-\u064A]+)?|"
          r"[\u0410-\u042F][\u0400-\u04FF'’.-]*(?:[ \t-][\u0400-\u04FF]+)?)")
_PLACE_DATE = re.compile(rf"^\(?(?P<place>{_PLACE}(?:\s*/\s*{_PLACE}){{0,4}})\s*(?:,|،|\()\s*(?:(?:le|el|on)\s*)?$")
# "Dili (Timor-Leste), 14 de diciembre de 2007 –": a country in brackets after the city; "曼谷/日内瓦(...)"
_ZH_PLACES = r"[\u4e00-\u9fff]{2,8}(?:/[\u4e00-\u9fff]{2,8}){0,3}"
_DATELINE = re.compile(rf"^[(（]?(?P<city>{_PLACE}(?:\s*/\s*{_PLACE}){{0,4}}|{_ZH_PLACES})"
                       # a country after the city, in brackets or after a comma before a bracketed date
                       r"(?:\s*\([^()\d]{2,30}\)(?=\s*[,،])|,\s*[A-Z][\w .'-]{2,30}(?=\s*\())?\s*"
                       # the date in brackets, after a comma, or between dashes ("GENEVA – 4 June 2019 –")
                       r"(?:[(（](?P<d1>[^()（）]{4,40})[)）]|[,،，]\s*(?P<d2>[^–—()]{4,40}?)\s*\)?|"
                       r"[–—]\s*(?P<d3>[^–—()]{4,40}?)\s*(?=[–—]))\s*"
                       r"(?:\((?:[A-Z]{2,10}(?:/[A-Z]{2,10})?|UN\s+News)\)\s*)?\.?(?:[–—-]+|:|——)\s*")


_NUMERIC_LINE = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_NUMERIC_IN_LINE = re.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\d/.-])")
_LINE_LABEL = re.compile(rf"(?i)^(?:dateline|date|fecha)\s*:\s*|^(?:{_WEEKDAY}),?\s+")
# what may follow the date on a place-and-date line: "г.", a time, a bracketed note ("[As delivered]")
# a time: "10:32 am", "10.32 GMT", "T10:32:00Z" (an ISO stamp)
_AFTER_DATE = re.compile(r"^\s*(?:г\.?|года|م)?\s*(?:(?:\s*[,–-]?\s*(?:at\s+|à\s+|в\s+)?|T)\d{1,2}[.:h]\d{2}"
                         r"(?::\d{2}(?:\.\d+)?)?\s*"
                         r"(?:a\.m\.|p\.m\.|am|pm|h)?\s*(?:GMT|UTC|CET|CEST|EST|EDT|Z|[+-]\d{2}:?\d{2})?)?"
                         r"\s*(?:\[[^\]]{0,40}\])?[\s)–—\-:.]*$")


# a language switcher printed after the date: "31 May 2024 Also available in:", "2024年06月10日 切換語言:"
_LANGUAGE_SWITCH = re.compile(r"(?i)\s+(?:also\s+available\s+in|disponible\s+(?:también\s+|aussi\s+)?en|"
                              r"切換語言|切换语言|switch\s+language|change\s+language|متوفر\s+أيضا\S?\s+باللغات|"
                              r"также\s+доступно\s+на)\s*:?\s*$")


# a re-publisher's byline beside its date: a few words, no digits; "... by admin" after a posting date
_BYLINE_PART = re.compile(r"^(?:(?:by|par|por|от)\s+)?[^\W\d_][^\d|]{1,40}$")
_POSTED_BY = re.compile(r"(?i)(?<=\d)\s+(?:by|par|por)\s+[^\d|]{1,40}$")


def _numeric_alone(plain: str) -> re.Match[str] | None:
    """A numeric date with nothing else on its line but labels and a time ("Publié le 04/06/2019",
    "04.06.2019 10:32"), as `_NUMERIC_LINE` reads it."""
    if (found := _NUMERIC_IN_LINE.search(plain)) is None:
        return None
    after = plain[found.end():]
    if _DATE_LABEL.sub("", plain[:found.start()] + ("" if _AFTER_DATE.match(after) else after)):
        return None
    return _NUMERIC_LINE.match(found.group(0))


def date_line(plain: str) -> date | None:
    """The date of a line that holds a date and nothing else but labels and a weekday.

    A numeric date alone on its line is read day first, as UN pages write it ("08/10/2004").

    >>> date_line("31 May 2024 Also available in:"), date_line("31 مايو 2024 متوفر أيضاً باللغات:")
    (datetime.date(2024, 5, 31), datetime.date(2024, 5, 31))
    >>> date_line("Newsdesk | Tuesday 4 June 2019"), date_line("Posted on June 4, 2019 by admin")
    (datetime.date(2019, 6, 4), datetime.date(2019, 6, 4))
    >>> date_line("发布时间：2019年6月4日"), date_line("تاريخ النشر: 4 يونيو 2019")
    (datetime.date(2019, 6, 4), datetime.date(2019, 6, 4))
    >>> date_line("2019年6月4日 星期二"), date_line("الثلاثاء 04 يونيو 2019م"), date_line("4 يونيو 2019 - 10:32")
    (datetime.date(2019, 6, 4), datetime.date(2019, 6, 4), datetime.date(2019, 6, 4))
    """
    parts = [part.strip() for part in plain.split("|")]
    if len(parts) > 1 and all(kind_of_label(part) or not part for part in parts[1:]):
        plain = parts[0]  # "25 de octubre de 2010|Mensaje"
    elif len(parts) == 2 and kind_of_label(parts[0]):
        plain = parts[1]  # "Press release | 18 November 2008"
    elif len(parts) > 1 and sum(1 for part in parts if find_date(part)) == 1 \
            and all(find_date(part) or kind_of_label(part) or _BYLINE_PART.match(part) or not part for part in parts):
        # "Redacción | sábado 25 de junio de 2016", "Statement | 4 June 2019 | Geneva": the date among a
        # re-publisher's byline, a label or a place
        plain = next(part for part in parts if find_date(part))
    plain = _POSTED_BY.sub("", plain)  # "Posted on 3 May 2019 by admin"
    plain = _LINE_LABEL.sub("", _LANGUAGE_SWITCH.sub("", plain.strip()))  # "DATELINE: ...", "Saturday ..."
    if numeric := _numeric_alone(plain.translate(_DIGITS)):
        try:
            return date(int(numeric.group(4)), int(numeric.group(3)), int(numeric.group(1)))
        except ValueError:
            return None
    found = find_date(plain)
    after = "" if found is None or _AFTER_DATE.match(plain[found[2]:]) else plain[found[2]:]  # "... at 7.00 p.m."
    if found is None or _DATE_LABEL.sub("", plain[:found[1]] + after):
        return None
    return found[0]


# a listing's date printed twice, the text glued on: "13 May 2019 13 May 2019GENEVA, 13 May 2019—..."
_DOUBLED_DATE = re.compile(r"^(?P<day>\d{1,2}\s+[^\W\d_]{3,10}\.?\s+\d{4})\s+(?P=day)(?P<rest>.*)$")


_DATE_PREFIX = re.compile(r"^(?:(?i:date)\s*:?\s+(?P<day>\d{4}-\d{2}(?:-\d{2})?)|(?P<spaced>\d{4} \d{2} \d{2}))\s+"
                          r"(?P<rest>\S.*)$")  # " date 2024-06-26 The ...", "2024 12 20 UN Spokesperson ..."


def strip_stamps(plain: str) -> tuple[str, list[tuple[date, str]]]:
    """A line without the date stamps glued to its start, and their dates with the rule that read them:
    a metadata stamp (" date 2024-06-26 The ...") and a listing's date printed twice.

    >>> strip_stamps("date 2024-06-26 The Office said")
    ('The Office said', [(datetime.date(2024, 6, 26), 'date_prefix')])
    """
    stamps: list[tuple[date, str]] = []
    if prefix := _DATE_PREFIX.match(plain):
        day = prefix.group("day") or prefix.group("spaced").replace(" ", "-")
        if len(day) == 10:  # "2021-06" names a month, not the day
            with contextlib.suppress(ValueError):  # not a calendar date: no date is guessed
                stamps.append((date.fromisoformat(day), "date_prefix"))
        plain = prefix.group("rest")
    if twice := doubled_date(plain):
        stamps.append((twice[0], "doubled_date"))
        plain = twice[1]
    return plain, stamps


def doubled_date(plain: str) -> tuple[date, str] | None:
    """The date of a line that opens with one date printed twice, and the text glued after it.

    >>> doubled_date("4 May 2018 4 May 2018OSLO, 2 May 2018—The river rose.")
    (datetime.date(2018, 5, 4), 'OSLO, 2 May 2018—The river rose.')
    """
    if (twice := _DOUBLED_DATE.match(plain)) and (day := date_line(twice.group("day"))):
        return day, twice.group("rest").strip()
    return None


# a venue where a date-and-place line names a place: "21 September 2021, General Assembly" names no city
VENUE = re.compile(r"(?i)\b(?:assembly|council|headquarters|hall|room|chamber|palais|building)\b")


def place_date_line(plain: str) -> tuple[str, date] | None:
    """(place, date) of a line such as "GENEVA, 4 December 2024", "UN Headquarters, New York,
    21 June 2022", "GENEVA, Monday, 7 March 2017", or a date then its place ("2020年2月27日,日内瓦").

    >>> place_date_line("UN Headquarters, New York, 21 June 2022"), place_date_line("2020年2月27日,日内瓦")
    (('New York', datetime.date(2022, 6, 21)), ('日内瓦', datetime.date(2020, 2, 27)))
    >>> place_date_line("DATELINE: 17-10-2022 GENEVA, SWITZERLAND")
    ('Geneva', datetime.date(2022, 10, 17))
    >>> place_date_line("29 April 2009 • New York, NY")
    ('New York', datetime.date(2009, 4, 29))
    """
    plain = _LINE_LABEL.sub("", plain.strip())
    if numeric := re.match(r"^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(?P<place>[^\d].{1,40})$", plain):
        day = date_line(numeric.group(1))  # "17-10-2022 GENEVA, SWITZERLAND": the place after the date
        return (title_case(numeric.group("place").split(",")[0].strip()), day) if day else None
    found = find_date(plain)
    if found is None or len(plain.split()) > 14:
        return None
    before, after = plain[:found[1]], plain[found[2]:]
    # the date first: "2020年2月27日,日内瓦", "29 April 2009 • New York, NY"
    place = re.match(rf"^\s*[,，、•·]\s*(?P<place>{_PLACE}|[\u4e00-\u9fff]{{2,8}})(?:,\s*[A-Z]{{2}})?\s*$", after)
    if not before.strip() and place:
        return title_case(place.group("place")), found[0]
    if not _AFTER_DATE.match(after) or not re.search(r"[,،(]\s*(?:le|el|on)?\s*$", before):
        return None
    before = re.sub(r"(?i)[,،(]\s*(?:le|el|on)?\s*$", ",", before.rstrip())  # "Genève, le"
    before = re.sub(rf"(?i),\s*(?:{_WEEKDAY})\s*,?\s*$", ",", before)  # "GENEVA, Monday,"
    places = [p.strip() for p in before.rstrip(" ,،(").split(",")]
    if not places or not all(_PLACE_DATE.match(p + ",") for p in places):
        return None
    return title_case(places[-1].split("/")[0].strip()), found[0]


_DATE_DASH = re.compile(r"^(?P<day>[^–—]{6,30}?)\s+[–—-]+\s+(?=\S)")
# a date glued to the text that follows it, as pages that lose their markup print it: "3 July 2012Asha-Rose ..."
_DATE_GLUED = re.compile(r"^(?P<day>\d{1,2}\s+[A-Za-zÀ-ÿ]{3,9}\.?\s+\d{4})(?=[A-ZÀ-Þ][a-zà-ÿ])")


def dateline(plain: str) -> tuple[str | None, date, int] | None:
    """(city, date, length) of a dateline opening the body: "GENEVA (21 October 2019) –",
    "New York, 3 March 2021 –", "(Geneva/Nairobi, 5 May 2023):", or a date alone: "31 July 2008 -".

    >>> dateline("31 July 2008 - The Special Rapporteur will visit.")
    (None, datetime.date(2008, 7, 31), 15)
    >>> dateline("3 July 2012Jane Roe took office as Deputy on 1 February 2007.")
    (None, datetime.date(2012, 7, 3), 11)
    >>> dateline("Friday, 12 July 2019, 8:08 am") is None  # a re-publisher's posting stamp: a weekday is no city
    True
    """
    for opener in (_DATE_DASH, _DATE_GLUED):
        if (alone := opener.match(plain)) and (day := date_line(alone.group("day"))):
            return None, day, alone.end()
    match = _DATELINE.match(plain)
    found = find_date(match.group("d1") or match.group("d2") or match.group("d3")) if match else None
    if match is None or found is None or re.fullmatch(rf"(?i){_WEEKDAY}", match.group("city").strip()):
        return None
    return title_case(match.group("city").split("/")[0].strip()), found[0], match.end()


_YEARLESS = re.compile(rf"^(?P<city>{_PLACE}),\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+"
                       rf"(?P<day2>\d{{1,2}}))\s*(?:\([^()]{{2,40}}\))?\s*(?:[-–—]+|:)\s*\S")


def yearless_dateline(plain: str, page: date) -> tuple[str, date] | None:
    """(city, date) of a dateline that prints no year ("NEW YORK, 2 February (UN Headquarters) --"), the
    year taken from the page's own date, when the day falls in the month before it.

    >>> yearless_dateline("NEW YORK, 2 February (UN Headquarters) -- Following is", date(2005, 2, 3))
    ('New York', datetime.date(2005, 2, 2))
    >>> yearless_dateline("GENEVA, 30 December -- The", date(2006, 1, 2))
    ('Geneva', datetime.date(2005, 12, 30))
    >>> yearless_dateline("ROME, 3 May - A", date(2005, 1, 3)) is None  # months away: another event's day
    True
    """
    match = _YEARLESS.match(plain)
    month = month_number(match.group("month") or match.group("month2")) if match else None
    if match is None or month is None:
        return None
    for year in (page.year, page.year - 1):
        try:
            day = date(year, month, int(match.group("day") or match.group("day2")))
        except ValueError:
            return None
        if 0 <= (page - day).days <= 31:
            return title_case(match.group("city").strip()), day
    return None


# a city in capitals right before a bracket ("GENEVA (11 July 2019) –"), one to three words
_CAPITAL_CITY_BEFORE = re.compile(r"(?:(?<=\s)|^)[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2}\s*$")


def _dateline_at(line: str, start: int) -> bool:
    found = dateline(line[start:]) if len(line[:start].split()) >= 3 else None
    return found is not None and len((found[0] or "").split()) <= 3  # "STATEMENT ON ... SYRIA (date)": no city


def inner_dateline(line: str, reach: int = 400) -> int | None:
    """Where a dateline starts inside a flattened line ("TITLE (Rome/Geneva, 18 June 2021): Millions ...",
    "Title GENEVA (11 July 2019) – ..."), after at least three words of header; None when the line has
    none within `reach` characters. A bracket that names its city starts the dateline; else a city in
    capitals right before the bracket does.

    >>> line = "STATEMENT ON THE CORRIDOR (Rome/Geneva, 18 June 2021): Millions of people wait at the border."
    >>> line[inner_dateline(line):][:20]
    '(Rome/Geneva, 18 Jun'
    """
    for bracket in re.finditer(r"[(（]", line[:reach]):
        named = dateline(line[bracket.start():])
        if named and named[0] and _dateline_at(line, bracket.start()):
            return bracket.start()
        if (city := _CAPITAL_CITY_BEFORE.search(line[:bracket.start()])) and _dateline_at(line, city.start()):
            return city.start()
        if _dateline_at(line, bracket.start()):
            return bracket.start()
    return None


def title_case(city: str) -> str:
    if not city.isupper():
        return city
    words = city.title().split("-")
    return "-".join(w.lower() if i and w.lower() in ("au", "en", "de", "la", "es", "el") else w
                    for i, w in enumerate(words))
