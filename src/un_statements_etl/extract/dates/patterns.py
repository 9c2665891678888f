"""Regular expressions that find candidate temporal expressions in running text.

Each rule is a name, a compiled pattern and a builder that turns a match into a `Candidate`:
the matched extent and one `Piece` per row it yields (two for an elliptic range such as "1 to
15 December 2017"). A piece carries a *spec*, the expression's meaning before anchoring, e.g.
``{"kind": "cal", "y": None, "m": 7, "d": None}`` for "July". `guards` filter, `anchor` resolves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lx
from .named_days import NAMED_DAY, named_day_spec
from .timex import duration_value, parse_quantity


@dataclass
class Piece:
    start: int
    end: int
    timex_type: str
    spec: dict[str, Any]
    modifier: str | None = None


@dataclass
class Candidate:
    rule: str
    start: int
    end: int
    pieces: list[Piece]
    link: str | None = None  # "range" or "list" when the pieces belong together
    groups: dict[str, Any] = field(default_factory=dict)


def _alt(words: object, title: bool = True) -> str:
    names = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    forms = [w.capitalize() for w in names] + [w.upper() for w in names] if title else names
    return "(?:" + "|".join(re.escape(w) for w in forms) + ")"


MONTH_FULL = r"(?<![A-Za-z])" + _alt(lx.MONTHS)
MONTH = rf"(?<![A-Za-z])(?:{MONTH_FULL}|{_alt(lx.MONTH_ABBR)}\.?)(?![A-Za-z])"
WEEKDAY = r"(?<![A-Za-z])" + _alt(lx.WEEKDAYS)
DAY2 = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY = r"(?<![\w.,/-])" + DAY2
YEAR = r"(?<![\w$€£/.,:])(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?![\w%/]|[.,:]\d)"
_UNITS = "|".join(sorted([*lx.UNITS, *lx.UNIT_PLURALS], key=len, reverse=True))
UNIT = rf"(?i:{_UNITS})"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
QTY_WORD = rf"(?i:(?:{_TENS})(?:[\s-](?:{_ONES}))?|(?:a|one|two|three|four|five) hundred|{_TEENS}|{_ONES}|another|an?)"
QTY = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{QTY_WORD})"
VAGUE_QTY = "(?i:" + "|".join(w.replace(" ", r"\s+") for w in lx.VAGUE_QUANTITIES) + ")"
CONNECT = r"(?:-|–|—|to|until|till|through|and|&)"


def _month(word: str) -> int:
    key = word.rstrip(".").lower()
    return lx.MONTHS.get(key) or lx.MONTH_ABBR[key]


def _int(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def _cal(m: re.Match[str], y: str = "y", mo: str = "m", d: str = "d") -> dict[str, Any]:
    gd = m.groupdict()
    return {"kind": "cal", "y": _int(gd.get(y)), "m": _month(gd[mo]) if gd.get(mo) else None,
            "d": _int(gd.get(d)), "wd": lx.WEEKDAYS.get((gd.get("wd") or "").lower())}


def _one(rule: str, m: re.Match[str], ttype: str, spec: dict[str, Any]) -> Candidate:
    return Candidate(rule, m.start(), m.end(), [Piece(m.start(), m.end(), ttype, spec)],
                     groups=m.groupdict())


def _link(conn: str, text: str, start: int) -> str:
    if conn.lower() in ("and", "&"):
        return "range" if re.search(r"between\s+$", text[max(0, start - 9):start], re.I) else "list"
    return "range"


def _b_date(m: re.Match[str], text: str) -> Candidate:  # with a part of the day ("Tuesday morning, 9 May"): TIME
    part = lx.DAY_PARTS.get((m.groupdict().get("part") or "").lower())
    return _one("date", m, "TIME" if part else "DATE", {**_cal(m), "part": part})


def _b_days_month(m: re.Match[str], text: str) -> Candidate:
    """ "1 to 15 December 2017": the first end borrows month and year of the second."""
    end = _cal(m, d="d2")
    first = {**end, "d": _int(m.group("d1")), "wd": None}
    pieces = [Piece(m.start("d1"), m.end("d1"), "DATE", first),
              Piece(m.start("d2"), m.end(), "DATE", end)]
    return Candidate("days_month", m.start(), m.end(), pieces, _link(m.group("c"), text, m.start()))


def _b_month_days(m: re.Match[str], text: str) -> Candidate:
    """ "Dec 4-5": the second end borrows month and year of the first."""
    first = _cal(m, d="d1")
    second = {**first, "d": _int(m.group("d2"))}
    pieces = [Piece(m.start(), m.end("d1"), "DATE", first),
              Piece(m.start("d2"), m.end(), "DATE", second)]
    return Candidate("month_days", m.start(), m.end(), pieces, _link(m.group("c"), text, m.start()))


def _b_years(m: re.Match[str], text: str) -> Candidate | None:
    """ "2006-2010", "2022–23", "2020/2021": one piece per year."""
    y1, raw2 = int(m.group("y1")), m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)
    if not y1 < y2 <= y1 + 30:
        return None
    pieces = [Piece(m.start("y1"), m.end("y1"), "DATE", {"kind": "fixed", "value": f"{y1:04d}"}),
              Piece(m.start("y2"), m.end("y2"), "DATE", {"kind": "fixed", "value": f"{y2:04d}"})]
    return Candidate("years", m.start(), m.end(), pieces, "range")


def _b_year(m: re.Match[str], text: str) -> Candidate:
    return _one("year", m, "DATE", {"kind": "fixed", "value": m.group("y")})


def _b_month(m: re.Match[str], text: str) -> Candidate:
    return _one("month", m, "DATE", _cal(m))


def _b_decade(m: re.Match[str], text: str) -> Candidate:
    return _one("decade", m, "DATE", {"kind": "fixed", "value": m.group("c") + m.group("d")})


def _b_century(m: re.Match[str], text: str) -> Candidate | None:
    word = m.group("n").lower()
    n = lx.ORDINAL_WORDS.get(word) if word[0].isalpha() else _int(word)
    if not n or word == "last":
        return None
    return _one("century", m, "DATE", {"kind": "fixed", "value": f"{n - 1:02d}"})


def _b_quarter(m: re.Match[str], text: str) -> Candidate:
    gd = m.groupdict()
    if gd.get("code"):
        part = gd["code"].upper()
    else:
        n = lx.ORDINAL_WORDS.get(gd["o"].lower()) or _int(gd["o"]) or 1
        half = gd["u"].lower() == "half"
        part = f"H{min(n, 2)}" if half else f"Q{n}"
    if gd.get("y"):
        return _one("quarter", m, "DATE", {"kind": "fixed", "value": f"{gd['y']}-{part}"})
    offset = lx.RELATIVE_DIRS.get((gd.get("dir") or "this").lower(), 0)
    return _one("quarter", m, "DATE", {"kind": "rel", "unit": "year", "offset": offset,
                                       "suffix": f"-{part}"})


def _b_fiscal(m: re.Match[str], text: str) -> Candidate:
    y = m.group("y")
    year = y if len(y) == 4 else f"20{y}"
    return _one("fiscal", m, "DATE", {"kind": "fixed", "value": f"FY{year}"})


def _b_iso(m: re.Match[str], text: str) -> Candidate:
    spec = {"kind": "cal", "y": int(m.group("y")), "m": int(m.group("mo")), "d": int(m.group("d")),
            "wd": None}
    return _one("iso", m, "DATE", spec)


def _b_rel_unit(m: re.Match[str], text: str) -> Candidate:
    offset = lx.RELATIVE_DIRS[m.group("dir").lower()]
    return _one("rel_unit", m, "DATE", {"kind": "rel", "unit": m.group("u").lower(), "offset": offset})


def _b_the_period(m: re.Match[str], text: str) -> Candidate:
    """ "the past two years" / "the coming months": a duration."""
    q, unit = m.group("q"), m.group("u").lower()
    plural = unit in lx.UNIT_PLURALS
    n = parse_quantity(q) if q else (None if plural else 1)
    return _one("the_period", m, "DURATION", {"kind": "fixed", "value": duration_value(n, unit)})


def _b_ago(m: re.Match[str], text: str) -> Candidate | None:
    q = m.group("q")
    n = parse_quantity(q) if q else None
    if n is None or n != int(n):
        return _one("ago", m, "DATE", {"kind": "fixed", "value": "PAST_REF"})
    unit = lx.UNIT_PLURALS.get(m.group("u").lower(), m.group("u").lower())
    return _one("ago", m, "DATE", {"kind": "rel", "unit": unit, "offset": -int(n)})


def _b_duration(m: re.Match[str], text: str) -> Candidate | None:
    q, unit = m.group("q"), m.group("u").lower()
    n = parse_quantity(q)
    if n is None or (q.lower() in ("a", "an") and unit in ("second", "minute")):
        return None
    return _one("duration", m, "DURATION", {"kind": "fixed", "value": duration_value(n, unit)})


def _b_vague_duration(m: re.Match[str], text: str) -> Candidate:
    return _one("vague_duration", m, "DURATION",
                {"kind": "fixed", "value": duration_value(None, m.group("u").lower())})


def _b_ref(m: re.Match[str], text: str) -> Candidate:
    words = re.sub(r"\s+", " ", m.group(0).lower())
    value = lx.REFS.get(words) or lx.REFS.get(words.split()[0]) or "PAST_REF"
    return _one("ref", m, "DATE", {"kind": "fixed", "value": value})


def _b_deictic(m: re.Match[str], text: str) -> Candidate:
    word = m.group("w").lower()
    part = lx.DAY_PARTS.get((m.group("part") or "").lower()) or ("NI" if word == "tonight" else None)
    spec = {"kind": "deictic", "offset": lx.DEICTIC_DAYS[word], "part": part, "word": word}
    return _one("deictic", m, "TIME" if part else "DATE", spec)


def _b_part(m: re.Match[str], text: str) -> Candidate:
    offset = -1 if (m.group("dir") or "").lower() == "last" else 0
    spec = {"kind": "deictic", "offset": offset, "part": lx.DAY_PARTS[m.group("part").lower()],
            "word": "this"}
    return _one("day_part", m, "TIME", spec)


def _b_clock(m: re.Match[str], text: str) -> Candidate | None:
    gd = m.groupdict()
    if gd.get("noon"):
        hh, mm = (24 if gd["noon"].lower() == "midnight" else 12), 0
    else:
        hh, mm = int(gd["h"]), int(gd.get("mi") or 0)
        ap = (gd.get("ap") or "").lower()
        if ap and not 1 <= hh <= 12:
            return None
        hh = hh % 12 + (12 if ap.startswith("p") else 0) if ap else hh
    return _one("clock", m, "TIME", {"kind": "clock", "hh": hh, "mm": mm})


def _b_weekday(m: re.Match[str], text: str) -> Candidate:
    wd = lx.WEEKDAYS[m.group("wd").lower()]
    if m.group("pl") or m.group("every"):
        return _one("weekday", m, "SET", {"kind": "fixed", "value": f"XXXX-WXX-{wd}"})
    direction = m.group("dir")
    part = lx.DAY_PARTS.get((m.group("part") or "").lower())
    spec = {"kind": "weekday", "wd": wd, "part": part,
            "dir": lx.RELATIVE_DIRS[direction.lower()] if direction else None}
    return _one("weekday", m, "TIME" if part else "DATE", spec)


def _b_season(m: re.Match[str], text: str) -> Candidate:
    code = lx.SEASONS[m.group("s").lower()]
    direction = m.group("dir")
    spec = {"kind": "season", "s": code, "y": _int(m.group("y")),
            "dir": lx.RELATIVE_DIRS[direction.lower()] if direction else None}
    return _one("season", m, "DATE", spec)


def _b_set(m: re.Match[str], text: str) -> Candidate | None:
    gd = m.groupdict()
    if gd.get("w"):
        return _one("set", m, "SET", {"kind": "fixed", "value": lx.SET_WORDS[gd["w"].lower()]})
    unit = gd["u"].lower()
    n = 2 if gd.get("other") else (parse_quantity(gd["q"]) if gd.get("q") else 1)
    if n is None:
        return None
    return _one("set", m, "SET", {"kind": "fixed", "value": duration_value(n, unit)})


def _b_end_of(m: re.Match[str], text: str) -> Candidate:
    mod = lx.PART_PREFIXES["the " + m.group("p").lower() + " of"]
    piece = Piece(m.start(), m.end(), "DATE",
                  {"kind": "rel", "unit": m.group("u").lower(), "offset": 0}, mod)
    return Candidate("end_of", m.start(), m.end(), [piece])


Builder = Callable[[re.Match[str], str], Candidate | None]
_WD = r"(?:(?P<wd>" + WEEKDAY + r")(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?,?\s+)?"  # "Tuesday morning,"
_DMY = _WD + rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
_MDY = _WD + rf"(?P<m>{MONTH})\s+(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?"
_DAYS_M = (rf"(?P<d1>{DAY})\s*(?P<c>{CONNECT})\s*(?P<d2>{DAY2})\s+(?:of\s+)?(?P<m>{MONTH})"
           rf"(?:,?\s+(?P<y>{YEAR}))?")
_M_DAYS = (rf"(?P<m>{MONTH})\s+(?P<d1>{DAY})\s*(?P<c>-|–|—|to|and)\s*(?P<d2>{DAY2})"
           rf"(?:,?\s+(?P<y>{YEAR}))?")
_REL = "this|last|next|current|previous|coming|past"
_PARTS = "morning|afternoon|evening|night"
_RULE_LIST: list[tuple[str, str, Builder]] = [
        ("iso", r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?![\d/-])",
         _b_iso),
        ("days_month", _DAYS_M, _b_days_month),
        ("month_days", _M_DAYS, _b_month_days),
        ("date", _DMY, _b_date),
        ("date", _MDY, _b_date),
        ("date", rf"(?P<m>{MONTH}),?\s+(?P<y>{YEAR})", _b_date),
        ("years", rf"(?P<y1>{YEAR})\s*(?P<c>-|–|—|/)\s*(?P<y2>\d{{4}}|\d{{2}})(?![\w%/]|[.,]\d)", _b_years),
        ("decade", r"(?<![\w$€£/.,-])(?P<c>1\d|20)(?P<d>\d)0['’]?s\b", _b_decade),
        ("century", r"\b(?i:(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[\s-]+century)\b", _b_century),
        ("quarter", rf"(?i:(?P<o>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<u>quarter|half)"
                    rf"\s+of\s+)(?:(?P<y>{YEAR})|(?i:(?P<dir>this|last|next|the)\s+year))", _b_quarter),
        ("quarter", rf"\b(?P<code>Q[1-4]|H[12])\s+(?P<y>{YEAR})", _b_quarter),
        ("fiscal", rf"(?:(?i:fiscal|financial)\s+year\s+(?P<y>{YEAR})|\bFY\s?(?P<y2>\d{{4}}|\d{{2}})\b)",
         _b_fiscal),
        ("year", rf"(?P<y>{YEAR})", _b_year),
        ("month", rf"\b(?P<m>{MONTH_FULL})\b", _b_month),
        ("rel_unit", rf"\b(?i:(?P<dir>{_REL}))\s+(?P<u>(?i:week|month|year|decade|century))\b",
         _b_rel_unit),
        ("the_period", rf"\b(?i:the\s+(?:past|last|previous|next|coming|following)\s+)"
                       rf"(?:(?P<q>{QTY}|(?i:few|several|many))\s+)?(?P<u>{UNIT})\b", _b_the_period),
        ("ago", rf"(?:\b(?P<q>{QTY})\s+|(?i:\b(?:many|several|some|a\s+few|few)\s+)|\b)"
                rf"(?P<u>{UNIT})\s+ago\b", _b_ago),
        ("duration", rf"\b(?P<q>{QTY})[\s-]+(?P<u>{UNIT})\b", _b_duration),
        ("vague_duration", rf"\b{VAGUE_QTY}\s+(?P<u>(?i:{'|'.join(lx.UNIT_PLURALS)}))\b", _b_vague_duration),
        ("vague_duration", r"\b(?i:the)\s+(?P<u>years|decades|centuries|months)\b", _b_vague_duration),
        ("bare_units", r"\b(?P<u>(?i:years|decades|centuries|months|weeks))\b", _b_vague_duration),
        ("ref", r"\b(?i:recent(?:ly)?)(?:\s+(?i:years|months|weeks|days|decades))?\b", _b_ref),
        ("ref", r"\b(?i:now|currently|nowadays|presently|at\s+present|these\s+days)\b", _b_ref),
        ("ref", r"\b(?i:the)\s+(?:(?:near|distant)\s+)?(?:future|past)\b", _b_ref),
        ("ref", r"(?<=\b[Ii]n\s)future\b", _b_ref),
        ("deictic", rf"\b(?P<w>(?i:today|yesterday|tomorrow|tonight))(?:\s+(?P<part>{_PARTS}))?\b",
         _b_deictic),
        ("day_part", rf"\b(?P<dir>(?i:this|last))\s+(?P<part>{_PARTS})\b", _b_part),
        ("day_part", r"(?<=\b[Gg]ood\s)(?P<dir>)(?P<part>morning|afternoon|evening)\b", _b_part),
        ("clock", r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b)",
         _b_clock),
        ("clock", r"(?<![\w.,:])(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:hours|hrs)\b)?",
         _b_clock),
        ("clock", r"(?<=\bat\s)(?P<noon>noon|midday|midnight)\b", _b_clock),
        ("weekday", rf"(?:(?P<every>(?i:every|each))\s+|(?P<dir>(?i:last|next|this|coming|past))\s+)?"
                    rf"(?P<wd>{WEEKDAY})(?P<pl>s)?(?:\s+(?P<part>{_PARTS}))?\b", _b_weekday),
        ("season", rf"(?:\b(?P<dir>(?i:this|last|next|coming|past))\s+)?"
                   rf"(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
         _b_season),
        ("set", r"\b(?P<w>(?i:" + "|".join(lx.SET_WORDS) + r"))\b", _b_set),
        ("set", rf"\b(?i:every|each)\s+(?:(?P<other>(?i:other))\s+|(?P<q>{QTY})\s+)?(?P<u>{UNIT})\b", _b_set),
        ("set", rf"\b(?i:once|twice|(?P<q>{QTY})\s+times)\s+(?i:a|per|each|every)\s+(?P<u>{UNIT})\b",
         _b_set),
        ("named_day", NAMED_DAY, lambda m, text: _one("named_day", m, "DATE", named_day_spec(m))),
        ("end_of", r"\b(?i:the\s+(?P<p>end|beginning|start|middle)\s+of\s+the\s+"
                   r"(?P<u>year|month|week|decade|century))\b", _b_end_of),
]

# A rule with a trigger runs only in windows around the trigger's hits (its head word,
# searched in the lower-cased text), which keeps tagging cheap next to parsing.
_UNIT_HEAD = r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)"
_TRIGGERS = {
    "days_month": r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", "century": "centur",
    "quarter": r"\bquarter\b|\bhalf\b|\b[qh][1-4]\b", "fiscal": r"\bfiscal|\bfinancial|\bfy",
    "rel_unit": _UNIT_HEAD, "the_period": _UNIT_HEAD, "ago": r"\bago\b", "duration": _UNIT_HEAD,
    "vague_duration": _UNIT_HEAD, "bare_units": _UNIT_HEAD,
    "set": _UNIT_HEAD + r"|\b(?:annual|yearly|monthly|weekly|daily|hourly|quarterly|bienni|fortnightly)",
    "weekday": r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day", "season": r"\b(?:spring|summer|autumn|fall|winter)",
    "ref": r"\b(?:recent|now|current|nowaday|present|these\s+days|future|past)",
    "deictic": r"\b(?:today|yesterday|tomorrow|tonight)", "day_part": r"\b(?:morning|afternoon|evening|night)",
    "clock": r"[ap]\.?m\b|\d:\d\d|\bnoon|\bmidday|\bmidnight", "end_of": r"\b(?:end|beginning|start|middle) of",
}
_TRIGGERS.update({"iso": r"\d{4}-\d", "years": r"\d{4}", "year": r"\d{4}", "decade": r"\d0['’]?s\b"})
for _name in ("month_days", "date", "month"):
    _TRIGGERS[_name] = _TRIGGERS["days_month"]
_WINDOW = 48


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    builder: Builder
    trigger: re.Pattern[str] | None


RULES = [Rule(name, re.compile(pattern), builder,
              re.compile(_TRIGGERS[name]) if name in _TRIGGERS else None)
         for name, pattern, builder in _RULE_LIST]


def _matches(rule: Rule, text: str, lowered: str,
             hits: dict[re.Pattern[str], list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
    if rule.trigger is None:
        yield from rule.pattern.finditer(text)
        return
    if rule.trigger not in hits:  # rules with one head word share its hits
        hits[rule.trigger] = [h.span() for h in rule.trigger.finditer(lowered)]
    seen: set[tuple[int, int]] = set()
    for h_start, h_end in hits[rule.trigger]:
        lo, hi = max(0, h_start - _WINDOW), min(len(text), h_end + _WINDOW)
        for m in rule.pattern.finditer(text, lo, hi):
            if m.start() <= h_start and h_end <= m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


def candidates(text: str) -> Iterator[Candidate]:
    """Every match of every rule, overlapping ones included.

    >>> [(c.rule, text[c.start:c.end]) for text in ["met on 25 April"] for c in candidates(text)]
    [('date', '25 April'), ('month', 'April')]
    """
    lowered, hits = text.lower(), {}  # type: ignore[var-annotated]
    for rule in RULES:
        for match in _matches(rule, text, lowered, hits):
            cand = rule.builder(match, text)
            if cand is not None:
                yield cand
