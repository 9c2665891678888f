"""`tag_dates`: find, filter, link and normalise the temporal expressions of a parse.

Steps: candidates from `patterns` -> `guards` -> longest non-overlapping selection ->
in-span prefixes ("early 2022", "mid-May", "the end of 2021" set START/MID/END) ->
ranges and lists linked across neighbours ("2006 to 2010", "May and June 2022"), with a
missing year borrowed from the later end -> modifier from the preposition before the
span ("since 2018" -> ON_OR_AFTER) -> value anchored by tense -> calendar interval.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from itertools import pairwise
from typing import Any

from . import lexicon as lx
from .anchor import clause_tense, generic_today, resolve
from .guards import Context, keep
from .patterns import Candidate, Piece, candidates
from .timex import interval

_PREFIX_RE = re.compile(
    r"(?i:\b(?P<w>early|late|mid)[\s-]?|\b(?P<p>(?:the\s+)?(?:beginning|start|middle|end)\s+of)\s+(?:the\s+)?)$")
# possessive (`*+`): the words never start with a space, so giving spaces back never helps,
# and without it a gap of n spaces costs n^2 steps (two \s* in a row)
_RANGE_GAP = re.compile(r"\s*+(?:-|–|—|to|until|till|through)\s*+", re.I)
_AND_GAP = re.compile(r"\s*+(?:and|&)\s*+", re.I)
_LIST_GAP = re.compile(r"\s*+(?:,|,?+\s*+and|,?+\s*+or)\s*+", re.I)
_LINKABLE = ("cal", "weekday")
_YEARLY_RE = re.compile(r"(?i:\b(?:every|each)\s+year|\bannually|\byearly)\s+on\s+$")


def _select(found: list[Candidate]) -> list[Candidate]:
    """Longest candidates first; an overlapping shorter one is dropped.

    The chosen spans never overlap, so sorted by start they are sorted by end too and a new
    span need only be checked against its two neighbours (a text of 40,000 years is 40,000
    candidates: checking each against every chosen one took minutes).
    """
    order = sorted(range(len(found)), key=lambda i: (found[i].start - found[i].end, i))
    chosen: list[Candidate] = []
    starts: list[int] = []
    for i in order:
        c = found[i]
        at = bisect_right(starts, c.start)
        if (at == 0 or chosen[at - 1].end <= c.start) and (at == len(chosen) or c.end <= chosen[at].start):
            chosen.insert(at, c)
            starts.insert(at, c.start)
    return chosen


def _narrowable(piece: Piece) -> bool:
    spec = piece.spec
    if spec["kind"] == "fixed":
        return bool(re.fullmatch(r"\d{2,4}", str(spec["value"])))
    if spec["kind"] == "cal":
        return spec["d"] is None
    return spec["kind"] in ("rel", "season")


def _extend_prefix(cand: Candidate, text: str) -> None:
    """Take "early", "mid-", "the end of" into the span and set the modifier."""
    piece = cand.pieces[0]
    if piece.timex_type != "DATE" or piece.modifier or not _narrowable(piece):
        return
    m = _PREFIX_RE.search(text[max(0, piece.start - 24):piece.start])
    if not m:
        return
    key = m.group("w") or re.sub(r"\s+", " ", m.group("p")).lower()
    piece.modifier = lx.PART_PREFIXES[key.lower()]
    piece.start = cand.start = piece.start - len(m.group(0))


def _linkable(c: Candidate) -> bool:
    if c.link or len(c.pieces) != 1 or c.pieces[0].timex_type != "DATE":
        return False
    spec = c.pieces[0].spec
    return spec["kind"] in _LINKABLE or (spec["kind"] == "fixed" and bool(re.fullmatch(r"\d{4}", spec["value"])))


def _borrow_year(first: Piece, last: Piece) -> None:
    a, b = first.spec, last.spec
    if a["kind"] == b["kind"] == "cal" and a["y"] is None and b["y"] is not None and a["m"]:
        later = (a["m"], a["d"] or 0) > (b["m"] or 13, b["d"] or 0)
        a["y"] = b["y"] - 1 if later else b["y"]


def _link(chosen: list[Candidate], text: str) -> None:
    """Pair neighbours into ranges, then chain the rest into lists."""
    for a, b in pairwise(chosen):
        if not (_linkable(a) and _linkable(b)):
            continue
        gap = text[a.end:b.start]
        between = re.search(r"\bbetween\s+$", text[max(0, a.start - 9):a.start], re.I)
        if _RANGE_GAP.fullmatch(gap) or (between and _AND_GAP.fullmatch(gap)):
            a.link = b.link = "range"
            a.groups["partner"], b.groups["partner"] = id(b), id(a)
            _borrow_year(a.pieces[0], b.pieces[0])
    run: list[Candidate] = []
    for c in [*chosen, None]:
        if c is not None and _linkable(c) and run and _LIST_GAP.fullmatch(text[run[-1].end:c.start]):
            run.append(c)
            continue
        if len(run) > 1:
            for x in run:
                x.link = "list"
                _borrow_year(x.pieces[0], run[-1].pieces[0])
                x.groups["partner"] = id(run[0])
        run = [c] if c is not None and _linkable(c) else []


def _range_ids(chosen: list[Candidate]) -> dict[int, str]:
    """One id per range or list: r1, r2 ... for ranges, l1, l2 ... for lists."""
    ids: dict[int, str] = {}
    counts = {"range": 0, "list": 0}
    by_group: dict[Any, str] = {}
    for c in chosen:
        if not c.link:
            continue
        group = frozenset({id(c), c.groups.get("partner", id(c))}) if c.link == "range" \
            else c.groups.get("partner", id(c))
        if group not in by_group:
            counts[c.link] += 1
            by_group[group] = f"{c.link[0]}{counts[c.link]}"
        ids[id(c)] = by_group[group]
    return ids


def _preposition_modifier(piece: Piece, text: str, linked: bool) -> str | None:
    table = lx.DURATION_PREPOSITIONS if piece.timex_type == "DURATION" else lx.DATE_PREPOSITIONS
    before = text[max(0, piece.start - 20):piece.start].lower()
    for phrase in sorted(table, key=len, reverse=True):
        if re.search(rf"(?:^|[^\w]){re.escape(phrase)}\s+$", before):
            if linked and phrase in ("from", "between"):
                return None
            return table[phrase]
    return None


def _row(piece: Piece, ctx: Context, anchor: date | None, range_id: str | None) -> dict[str, Any]:
    spec = piece.spec
    tense = clause_tense(ctx, piece.start) if spec["kind"] in ("cal", "weekday", "season") else None
    generic = spec.get("word") == "today" and generic_today(ctx, piece.start, piece.end)
    if spec["kind"] == "cal" and _YEARLY_RE.search(ctx.text[max(0, piece.start - 30):piece.start]):
        anchor = None  # "observed annually on 21 September": any year
    value = resolve(spec, anchor, tense, generic)
    start_date, end_date, granularity = interval(value, piece.timex_type)
    if granularity is None and value is None and spec["kind"] == "cal":
        granularity = "day"
    modifier = piece.modifier or _preposition_modifier(piece, ctx.text, range_id is not None)
    return {"text": ctx.text[piece.start:piece.end], "timex_type": piece.timex_type, "value": value,
            "modifier": modifier, "range_id": range_id, "start_date": start_date,
            "end_date": end_date, "granularity": granularity,
            "char_start": piece.start, "char_end": piece.end}


def _attach_clock_days(rows: list[dict[str, Any]], pieces: list[Piece], ctx: Context,
                       anchor: date | None) -> None:
    """ "at 10 a.m. on 3 June": a clock time takes the day written next to it."""
    for row, piece in zip(rows, pieces, strict=True):
        if piece.spec["kind"] != "clock":
            continue
        days = [r for r in rows if r["granularity"] == "day" and r["value"]
                and abs(r["char_start"] - row["char_end"]) < 40 and r is not row
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["value"])]
        if days:
            nearest = min(days, key=lambda r: abs(r["char_start"] - row["char_start"]))
            row["value"] = resolve({**piece.spec, "day": nearest["value"]}, anchor, None)
            row["start_date"], row["end_date"], row["granularity"] = interval(row["value"], "TIME")


def tag_dates(doc: Any, anchor: date | None) -> list[dict[str, Any]]:
    """Rows of the `dates` table (without statement-level columns) for a parsed text.

    Offsets index `doc.text`; `anchor` is the publication date (None: leave relative
    expressions unresolved).
    """
    ctx = Context.build(doc)
    chosen = _select([c for c in candidates(ctx.text) if keep(c, ctx)])
    for cand in chosen:
        _extend_prefix(cand, ctx.text)
    _link(chosen, ctx.text)
    ids = _range_ids(chosen)
    rows: list[dict[str, Any]] = []
    pieces: list[Piece] = []
    for cand in chosen:
        for piece in cand.pieces:
            rows.append(_row(piece, ctx, anchor, ids.get(id(cand))))
            pieces.append(piece)
    _attach_clock_days(rows, pieces, ctx, anchor)
    return rows
