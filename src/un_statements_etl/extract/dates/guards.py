"""False-positive guards: reject candidates that look temporal but are not.

Each guard reads the text around a candidate and the tokens of the shared parse (tags,
lemmas): "2030 Agenda" is a name, "resolution 2042" a reference, "2000 people" an amount,
"May we" a modal, "March" a verb, "15 indicators" a count, and anything inside a URL,
an e-mail address, a document symbol (A/HRC/50/L.1) or a phone number is skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from .patterns import Candidate

# Each alternative starts only where its first run of characters starts (a lookbehind or a
# literal): a pattern free to start anywhere in a 200,000-character word would rescan the
# rest of the word from every position (quadratic: 43 s at 100k characters).
_BLOCKS = [
    r"(?:https?://|www\.)\S+", r"<[^<>\s]+>", r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+",
    r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.()\-]+){2,}",  # document symbols: A/HRC/50/L.1, S/2022/123
    r"\+\d[\d\s().-]{6,}\d",
    r"(?i:\b(?:tel|phone|telephone|fax|mobile)\.?:?\s*)[\d\s().+-]{7,}\d",
]
_BLOCK_RE = re.compile("|".join(_BLOCKS))
_WORD_RE = re.compile(r"[A-Za-z$€£%']+|\d[\d,.]*|[()]")
_MONTH_PAIR = re.compile(r"\s*+(?:-|–|—|to|until|through|and|or)\s++(?:"
                         + "|".join(m.capitalize() for m in lx.MONTHS) + r")\b")
_LIST_GLUE = {"and", "or", "to", ",", "-", "&"}
MONTH_CONTEXT = frozenset({
    "in", "since", "until", "till", "by", "from", "to", "through", "during", "of", "before",
    "after", "between", "and", "or", "last", "next", "this", "early", "mid", "late", "end",
    "beginning", "throughout", "the", "around", "each", "every", "on", "for", "as", "following",
    "start", "middle", "that", "past", "coming",
})
BARE_UNIT_CONTEXT = frozenset({
    "for", "over", "after", "within", "in", "during", "throughout", "across", "spanning",
    "lasting", "took", "taken", "take", "takes", "spent", "spend", "spending", "last", "lasted",
})
_TEMPORAL_NOUNS = frozenset({"year", "month", "week", "day", "decade", "century"})


@dataclass
class Context:
    """What the guards may look at: the text, its parse and the blocked regions."""

    text: str
    doc: Any
    blocked: list[tuple[int, int]]
    starts: list[int]

    @classmethod
    def build(cls, doc: Any) -> Context:
        blocked = [(m.start(), m.end()) for m in _BLOCK_RE.finditer(doc.text)]
        return cls(doc.text, doc, blocked, doc.to_array("IDX").tolist() if len(doc) else [])

    def token(self, offset: int) -> Any | None:
        """The token covering a character offset (None in whitespace between tokens)."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0 or offset >= self.starts[i] + len(self.doc[i].text):
            return None
        return self.doc[i]

    def prev_token(self, start: int) -> Any | None:
        tok = self.token(start)
        i = tok.i - 1 if tok is not None else -1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def next_token(self, end: int) -> Any | None:
        tok = self.token(end - 1)
        i = tok.i + 1 if tok is not None else len(self.doc)
        while i < len(self.doc) and self.doc[i].is_space:
            i += 1
        return self.doc[i] if i < len(self.doc) else None

    def words_before(self, start: int, width: int = 60) -> list[str]:
        return _WORD_RE.findall(self.text[max(0, start - width):start])

    def word_after(self, end: int) -> str:
        found = _WORD_RE.findall(self.text[end:end + 30])
        return found[0].lower() if found else ""


def is_reference_number(ctx: Context, start: int) -> bool:
    """A number that belongs to a reference or an amount ("resolutions 2042 and 2043").

    Walks back over the numbers and glue of a list; an opening parenthesis ends the walk,
    so "resolution 2118 (2013)" keeps its year.
    """
    before = ctx.text[max(0, start - 4):start]
    if any(before.rstrip().endswith(mark) for mark in lx.CURRENCY_MARKS):
        return True
    for word in reversed(ctx.words_before(start)):
        low = word.lower().strip("'")
        if word == "(":
            return False
        if word[0].isdigit() or low in _LIST_GLUE:
            continue
        return low in lx.REFERENCE_NOUNS
    return False


def _year_ok(cand: Candidate, ctx: Context) -> bool:
    start, end = cand.start, cand.end
    if _dash_attached(ctx.text, start) or is_reference_number(ctx, start):
        return False
    after = ctx.word_after(end)
    if after in lx.NAME_NOUNS or after in lx.AMOUNT_WORDS:
        return False
    prev, nxt = ctx.prev_token(start), ctx.next_token(end)
    if nxt is not None and nxt.tag_ == "NNS" and nxt.lemma_.lower() not in _TEMPORAL_NOUNS and (
            prev is None or prev.lower_ not in lx.DETERMINERS):
        return False
    if prev is not None and prev.pos_ == "PROPN" and prev.idx + len(prev.text) + 1 == start \
            and prev.lower_ not in lx.MONTHS and prev.lower_ not in lx.MONTH_ABBR:
        return False
    year = int(ctx.text[start:end][:4])
    return 1900 <= year <= 2100 or (prev is not None and prev.lower_ in MONTH_CONTEXT)


def _dash_attached(text: str, start: int) -> bool:
    """ "COVID-2019" (a name) but not "mid-2022"."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    return not text[max(0, start - 4):start - 1].lower().endswith("mid")


def _month_ok(cand: Candidate, ctx: Context) -> bool:
    tok, prev, nxt = ctx.token(cand.start), ctx.prev_token(cand.start), ctx.next_token(cand.end)
    if tok is not None and (tok.tag_ == "MD" or tok.tag_.startswith("VB")):
        return False
    if prev is None or prev.text in ("'s", "’s"):
        return False
    paired = _MONTH_PAIR.match(ctx.text, cand.end)
    if prev.lower_ not in MONTH_CONTEXT and not ctx.text[:cand.start].endswith("-") and not paired:
        return False
    return not (nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title
                and nxt.lower_ not in lx.MONTHS)


def _duration_ok(cand: Candidate, ctx: Context) -> bool:
    after = ctx.text[cand.end:cand.end + 10].lower()
    if re.match(r"[\s-]*old\b|\s+of\s+age\b", after):
        return False
    if cand.groups.get("u", "").lower() in ("second", "minute") and "-" in ctx.text[cand.start:cand.end] \
            and not cand.groups["q"][0].isdigit():
        return False  # "seventy-second session" is an ordinal
    first = ctx.text[cand.start:cand.end].split()[0].lower()
    prev = ctx.prev_token(cand.start)
    return not (first in ("a", "an") and prev is not None and (prev.like_num or prev.is_currency))


def _bare_units_ok(cand: Candidate, ctx: Context) -> bool:
    if re.match(r"[\s-]*(old|ago)\b", ctx.text[cand.end:cand.end + 8]):
        return False
    prev = ctx.prev_token(cand.start)
    if prev is None or ctx.text[cand.start].isupper():
        return ctx.word_after(cand.end) == "of"
    return prev.lower_ in BARE_UNIT_CONTEXT


def _vague_duration_ok(cand: Candidate, ctx: Context) -> bool:
    return not re.match(r"\s+(?:of\s+)?[\d(]|\s+old\b", ctx.text[cand.end:cand.end + 12]) \
        and _duration_ok(cand, ctx)


def _ref_ok(cand: Candidate, ctx: Context) -> bool:
    words = ctx.text[cand.start:cand.end].lower().split()
    if words[-1] in ("past", "future"):
        nxt = ctx.next_token(cand.end)
        return nxt is None or not nxt.tag_.startswith("NN") or nxt.lower_ == "of"
    return True


def _season_ok(cand: Candidate, ctx: Context) -> bool:
    groups = cand.groups
    if groups.get("dir") or groups.get("y"):
        return True
    if groups["s"][0].isupper() and cand.start > 0 and ctx.text[cand.start - 2:cand.start - 1].isalpha():
        return False
    prefix = ctx.text[max(0, cand.start - 30):cand.start].lower()
    return groups["s"].lower() != "fall" and bool(re.search(
        r"\b(in|during|over|throughout|by|until|since|before|after|through)\s+(the\s+)?"
        r"((early|late)\s+)?$", prefix))


_GUARDS: dict[str, Callable[[Candidate, Context], bool]] = {
    "year": _year_ok, "month": _month_ok, "duration": _duration_ok, "bare_units": _bare_units_ok,
    "vague_duration": _vague_duration_ok, "ref": _ref_ok, "season": _season_ok,
}


def keep(cand: Candidate, ctx: Context) -> bool:
    """True when the candidate survives its rule's guard and lies outside blocked regions."""
    if any(s < cand.end and cand.start < e for s, e in ctx.blocked):
        return False
    if cand.rule == "years" and is_reference_number(ctx, cand.start):
        return False
    guard = _GUARDS.get(cand.rule)
    return guard(cand, ctx) if guard else True
