"""Anchoring: turn a piece's spec into a TIMEX3 value against the publication date.

The tense of the clause holding the expression decides the direction of an expression
without a year ("met on 25 April" looks back, "is due to be reviewed ... in July" looks
ahead). Tense is read off the shared parse: the expression's head verb and its
auxiliaries, walking up the dependency tree, with the sentence as a fallback. Without an
anchor, relative expressions keep an unresolved value (PRESENT_REF, XXXX-07, ...).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from . import lexicon as lx
from .guards import Context
from .named_days import named_day_value
from .timex import cal_value

_REF_BY_SIGN = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}
_NEUTRAL_MODALS = {"can", "could", "may", "might", "ca"}


def _sign(n: int) -> int:
    return (n > 0) - (n < 0)


def verb_tense(node: Any) -> str | None:
    """past / present / future for a verb with its auxiliaries; None to keep walking."""
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    aux_words = {a.lower_ for a in auxes}
    if node.lemma_.lower() in lx.FUTURE_CUES and node.pos_ != "NOUN" and node.tag_ != "VBD":
        return "future"
    if aux_words & {"will", "shall", "'ll", "wo", "would", "should", "must"}:
        return "future"
    if aux_words & _NEUTRAL_MODALS:
        return "present"
    if "to" in aux_words or node.pos_ not in ("VERB", "AUX"):
        return None
    tags = {node.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags or (node.tag_ == "VBN" and (not auxes or "have" in {a.lemma_ for a in auxes})):
        return "past"
    if tags & {"VBP", "VBZ"}:
        return "present"
    return None


def clause_tense(ctx: Context, start: int) -> str | None:
    """Tense of the clause around the expression starting at `start`."""
    tok = ctx.token(start)
    if tok is None:
        return None
    for node in [tok, *tok.ancestors]:
        tense = verb_tense(node)
        if tense:
            return tense
    try:
        sent = tok.sent
    except ValueError:  # a parse without sentence boundaries
        return None
    if any(t.tag_ == "MD" and t.lower_ in ("will", "shall", "'ll") for t in sent):
        return "future"
    return "past" if any(t.tag_ == "VBD" for t in sent) else None


def generic_today(ctx: Context, start: int, end: int) -> bool:
    """ "the world today", "today's society", "even today": present in general, not a day."""
    prev = ctx.prev_token(start)
    if prev is not None and (prev.lemma_.lower() in lx.GENERIC_TODAY_NOUNS
                             or prev.lower_ in ("even", "still")):
        return True
    follow = ctx.text[end:end + 30].lower()
    if any(follow.startswith(f"'s {n}") or follow.startswith(f"’s {n}") for n in lx.GENERIC_TODAY_NOUNS):
        return True
    return _opens_a_state(ctx.token(start))


def _opens_a_state(tok: Any) -> bool:
    """ "Today, the refugee population is at a record high": a sentence opened by "today"
    whose main verb is a state speaks of the present in general; "Today, the Council
    adopted…" keeps the day."""
    if tok is None:
        return False
    try:
        sent = tok.sent
    except ValueError:  # a parse without sentence boundaries
        return False
    before = [t for t in sent[: tok.i - sent.start] if not (t.is_punct or t.is_space)]
    if any(t.lower_ not in {"but", "yet", "and", "so", "even"} for t in before):
        return False
    root = sent.root
    return root.lemma_.lower() in lx.STATE_VERBS and root.tag_ in {"VBZ", "VBP"}


def _year_for(anchor: date, m: int, d: int | None, tense: str | None) -> int:
    """Year of a month (and day) written without one, looking back or ahead by tense."""
    here = (anchor.month, anchor.day if d is not None else 0)
    there = (m, d if d is not None else 0)
    if tense == "past" and there > here:
        return anchor.year - 1
    if tense == "future" and there < here:
        return anchor.year + 1
    return anchor.year


def _cal(spec: dict[str, Any], anchor: date | None, tense: str | None) -> str | None:
    y, m, d = spec["y"], spec["m"], spec["d"]
    if y is None and anchor is not None and m is not None:
        y = _year_for(anchor, m, d, tense)
    value = cal_value(y, m, d)
    return f"{value}T{spec['part']}" if value and spec.get("part") else value


def _shift_months(anchor: date, months: int) -> str:
    total = anchor.year * 12 + anchor.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _rel(spec: dict[str, Any], anchor: date | None) -> str:
    unit, offset = spec["unit"], spec["offset"]
    if anchor is None:
        return _REF_BY_SIGN[_sign(offset)]
    if unit == "year":
        return f"{anchor.year + offset:04d}" + spec.get("suffix", "")
    if unit == "month":
        return _shift_months(anchor, offset)
    if unit == "week":
        y, w, _ = (anchor + timedelta(weeks=offset)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if unit == "day":
        return (anchor + timedelta(days=offset)).isoformat()
    if unit == "decade":
        return f"{anchor.year // 10 + offset:03d}"
    return f"{anchor.year // 100 + offset:02d}"  # century


def _deictic(spec: dict[str, Any], anchor: date | None, generic: bool) -> str:
    part = f"T{spec['part']}" if spec["part"] else ""
    if anchor is None:
        return f"XXXX-XX-XX{part}" if part else _REF_BY_SIGN[_sign(spec["offset"])]
    if generic and not part:
        return "PRESENT_REF"
    return (anchor + timedelta(days=spec["offset"])).isoformat() + part


def _weekday(spec: dict[str, Any], anchor: date | None, tense: str | None) -> str:
    part = f"T{spec['part']}" if spec["part"] else ""
    if anchor is None:
        return f"XXXX-WXX-{spec['wd']}{part}"
    delta = spec["wd"] - anchor.isoweekday()  # -6..6, same ISO week
    back, ahead = (delta - 7 if delta >= 0 else delta), (delta + 7 if delta <= 0 else delta)
    direction = spec["dir"]
    if direction == 0:
        days = delta
    elif direction == -1 or (direction is None and tense == "past"):
        days = back if direction == -1 or delta > 0 else delta
    elif direction == 1 or tense == "future":
        days = ahead if direction == 1 or delta < 0 else delta
    else:
        days = delta if abs(delta) <= 3 else (back if abs(back) < ahead else ahead)
    return (anchor + timedelta(days=days)).isoformat() + part


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season(spec: dict[str, Any], anchor: date | None, tense: str | None) -> str:
    if spec["y"] is not None:
        return f"{spec['y']:04d}-{spec['s']}"
    if anchor is None:
        return f"XXXX-{spec['s']}"
    if spec["dir"] is not None:
        return f"{anchor.year + spec['dir']:04d}-{spec['s']}"
    return f"{_year_for(anchor, _SEASON_MONTH[spec['s']], None, tense):04d}-{spec['s']}"


def resolve(spec: dict[str, Any], anchor: date | None, tense: str | None,
            generic: bool = False) -> str | None:
    """The TIMEX3 value of a spec; None for an impossible date ("31 February")."""
    kind = spec["kind"]
    if kind == "fixed":
        return str(spec["value"])
    if kind == "cal":
        return _cal(spec, anchor, tense)
    if kind == "rel":
        return _rel(spec, anchor)
    if kind == "deictic":
        return _deictic(spec, anchor, generic)
    if kind == "weekday":
        return _weekday(spec, anchor, tense)
    if kind == "season":
        return _season(spec, anchor, tense)
    if kind == "named":
        return named_day_value(spec, anchor.year if anchor else None)
    base = spec.get("day") or (anchor.isoformat() if anchor else "XXXX-XX-XX")
    return f"{base}T{spec['hh']:02d}:{spec['mm']:02d}"  # clock
