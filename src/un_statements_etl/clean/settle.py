"""What the title and the opening paragraphs add to the header lines: the speaker a title or
an opening names, a date in the title or in an "issued on <date> by" line, and the kind."""

from __future__ import annotations

import re
from dataclasses import replace

from .attributions import chinese_remarks_line, quoted_speaker
from .bodies import body_in_title
from .furniture import plain_line
from .header import Header
from .header_dates import VENUE, date_line, dateline, find_date, find_dates, place_date_line, yearless_dateline
from .holder_names import holder_mentioned, holders_named
from .kinds import KIND_OF_SPEAKER_RULE, kind_of_openings, kind_of_symbol, kind_of_title
from .office_holders import held, title_office
from .openings import (
    CITY_DASH,
    delivered_by_label,
    issued_by,
    opening_speaker,
    romance_collective,
    several_speakers,
    signature_block,
    summary_said_by,
    transcript_speaker,
)
from .speakers import Speaker, named_holder, speaker_line
from .title_speakers import byline_speaker, title_speaker

_PUBLISHED_PHRASE = re.compile(r"(?i)\b(?:was\s+)?(?:published|posted|issued)\s+(?:on\s+)?|\bpublié\s+le\s+|"
                               r"\bpublicado\s+el\s+")


def settle(head: Header, body: str) -> None:
    """Speaker, date and kind from the title and the opening of the body, where no header
    line stated them."""
    title = head.get("title") or ""
    paragraphs = [p for p in (plain_line(line) for line in body.split("\n")[:48]) if p][:12]
    # the paragraphs up to four past the one the dateline opens (lines before it may say who issued it)
    leading = [CITY_DASH.sub("", p[d[2]:] if (d := dateline(p)) else p) for p in paragraphs[:head.opening + 4]]
    openings = leading[head.opening:]
    _title_speaker(head, title, openings)
    # a meeting summary ("The Council this morning held ...") names the meeting's speakers, none its own
    meeting = head.meeting or kind_of_openings(openings[:1]) == "meeting_summary"
    if not meeting and not several_speakers(paragraphs, title):
        _opening_speaker(head, title, paragraphs, leading)
    _settle_date(head, title, body, leading)
    _settle_kind(head, title, openings)


def _title_speaker(head: Header, title: str, openings: list[str]) -> None:
    if title_said := title_speaker(title):
        if title_said.name is None and title_said.office is None:
            title_said = named_holder(title_said.role or "", openings) or title_said
        if title_said.office and re.search(r"(?i)spokes|porte-parole|portavoz", head.get("speaker_role") or ""):
            # "Statement by the Secretary-General" signed by the spokesperson: the office speaks
            title_said = replace(title_said, delivered_by=head.get("speaker"))
            for name in ("speaker", "speaker_role"):
                head.values.pop(name, None)
                head.how.pop(name, None)
        head.put_speaker(title_said)


def _opening_speaker(head: Header, title: str, paragraphs: list[str], leading: list[str]) -> None:
    """The speaker the lines under the title and the opening paragraphs name, most explicit form first."""
    for line in head.subheads:  # "Statement by the Committee on ..." under a document's title
        if said := byline_speaker(line) or briefing_by(line):
            head.put_speaker(replace(said, rule=f"subhead_{said.rule}"))
    for index, opening in enumerate(leading):
        if found := opening_speaker(opening, first=index == head.opening):
            head.put_speaker(found)
            break
    for line in [p for p in leading[:2] if len(p.split()) <= 25]:  # a short first line may be a byline
        if said := byline_speaker(line):
            head.put_speaker(replace(said, rule=f"byline_{said.rule}"))
    for line in leading[:4]:  # "驻华代表NAME致辞" over a Chinese speech
        if said := chinese_remarks_line(line):
            head.put_speaker(said)
    for line in [p for p in paragraphs[:10] if len(p.split()) <= 30]:  # a byline under chrome or empty labels
        if said := byline_speaker(line) or briefing_by(line):
            head.put_speaker(replace(said, rule=f"byline_{said.rule}"))
    # the summary line of a briefing note may stand under a translated page's chrome, past the opening
    summary = next((found for p in paragraphs[:8] if (found := summary_said_by(p))), None)
    found_in = (transcript_speaker(paragraphs, title), delivered_by_label(paragraphs), signature_block(paragraphs))
    for found in (*found_in, summary):
        if found:
            head.put_speaker(found)
    if said := quoted_speaker(leading[head.opening:head.opening + 4]):
        head.put_speaker(said)  # "“…,” said NAME, ROLE" in the paragraphs after an office's opening
    _unworded_speaker(head, title, paragraphs, leading)


def _unworded_speaker(head: Header, title: str, paragraphs: list[str], leading: list[str]) -> None:
    """Last: the speaker no form around a name states: an office holder the header names, a body a title
    names as its subject, the office whose own page this is."""
    # menu lines skipped
    substantive = [p for p in leading + paragraphs[len(leading):] if len(p) >= 25 or holders_named(p)]
    named = holder_mentioned(title, head.subheads + substantive[:3])
    # "Le Secrétaire général nomme Mme NAME": a title whose office acts on the person it names
    acted_on = named and (office := title_office(title)) and any(n == named.name for n, _ in holders_named(title)) \
        and not held(named.name or "", office)
    if named and not acted_on:
        head.put_holder(named)
    if group := romance_collective(title) or body_in_title(title):
        # "Comité de los Derechos del Niño de la ONU examinará ...": a body the title names as its subject
        head.put_speaker(Speaker(group, None, "collective_title"))
    if head.venue and _UN_ORGAN.search(head.venue) and _REMARKS_TITLE.match(title):
        # un.org/sg items: "08 July 2019, UN Headquarters" over "Remarks to ...": the office's own page names no one
        head.put_speaker(Speaker(None, None, "sg_page_form", office="Secretary-General"))


def _settle_date(head: Header, title: str, body: str, openings: list[str]) -> None:
    """A date in the title, in an "issued on <date> by" opening, a "This story was published on ..."
    line, else a date line among the first lines of the body, where the header had none."""
    if (page := head.get("published_on")) and head.how["published_on"] in _PAGE_DATES and openings \
            and (yearless := yearless_dateline(openings[0], page)):
        head.values["published_on"], head.how["published_on"] = yearless[1], "yearless_dateline"  # delivery day
        head.put("location", yearless[0], "yearless_dateline")
    if head.get("published_on") is None and (in_title := find_dates(title)):
        head.put("published_on", in_title[-1][0], "title_date")
    if head.get("published_on") is None and openings and issued_by(openings[0]) and (on := find_date(openings[0])):
        head.put("published_on", on[0], "issued_by_date")  # "communiquée, mardi 8 juin 2021, par ..."
    if head.get("published_on") is None and openings and len(openings[0].split()) <= 40 \
            and (ends := find_dates(openings[0])) and ends[-1][2] >= len(_CITY_AT_END.sub("", openings[0])) - 1 \
            and not openings[0].rstrip(" .").endswith(")"):  # "(22 June 2019)" closing a caption is a photo's date
        head.put("published_on", ends[-1][0], "heading_date")  # "Press statement by ROLE NAME, at the UN, 6 March 2014"
    if head.get("published_on") is None:
        for line in body.split("\n"):
            if (said := _PUBLISHED_PHRASE.search(line)) and (stated := find_date(line[said.end():])) \
                    and stated[1] == 0:
                head.put("published_on", stated[0], "published_phrase")
                break
    if head.get("published_on") is None:
        _date_line_in_body(head, body)


# the page's or the listing's date, which the statement's own dateline (even without its year) corrects
_PAGE_DATES = ("date_line", "date_line_above_title", "doubled_date", "date_prefix")


def _date_line_in_body(head: Header, body: str, within: int = 5) -> None:
    """A date line standing alone among the first lines of the body, where a site notice, a standfirst
    or a photo caption above it ended the header early ("Press release | 18 November 2008"). Lower
    down, a date line belongs to a message the page reproduces or to an embedded post."""
    lines = [p for p in (plain_line(line) for line in body.split("\n")[:40]) if p][:within]
    for previous, line in zip(["", *lines], lines, strict=False):
        if previous.startswith(("—", "--", "- ")):
            continue  # "— Jane Roe (@handle)" over a date: an embedded post's signature and date
        if (day := date_line(line)) is not None:
            head.put("published_on", day, "body_date_line")
            return
        if placed := place_date_line(line):
            head.put("published_on", placed[1], "body_date_line")
            if VENUE.search(placed[0]):  # "21 September 2021, General Assembly": a venue, no city
                head.venue = placed[0]
            else:
                head.put("location", placed[0], "body_date_line")
            return



_BRIEFING_BY = re.compile(r"(?i)^(?:(?:daily|noon|press)\s+)*briefing\s+by\s+")
# "As delivered by NAME, ROLE": the text as its own speaker gave it (a reader is "delivered on behalf of")
_AS_DELIVERED_BY = re.compile(r"(?i)^as\s+(?:delivered|prepared\s+for\s+delivery|prepared)\s+by\s+")


def briefing_by(line: str) -> Speaker | None:
    """The briefer of a media page's description line "Briefing by NAME, ROLE.", or the speaker of a
    text "As delivered by NAME, ROLE"."""
    lead = _BRIEFING_BY.match(line) or _AS_DELIVERED_BY.match(line)
    return speaker_line(f"By {line[lead.end():]}") if lead else None


_UN_ORGAN = re.compile(r"(?i)^(?:UN\s+|United\s+Nations\s+)?(?:Headquarters|General\s+Assembly|Security\s+Council|"
                       r"Economic\s+and\s+Social\s+Council)$")
_REMARKS_TITLE = re.compile(r"(?i)^(?:(?:opening|closing|introductory|video)\s+)?(?:remarks|message|address|statement|"
                            r"press\s+encounter|briefing)\s+(?:to|at|on|for|before|during)\b")


# a city after the date that closes a heading: "..., 19 June 2014, New York."
_CITY_AT_END = re.compile(r",\s*[A-Z][\w'’. -]{2,30}\.?\s*$|[\s.]+$")


def _settle_kind(head: Header, title: str, openings: list[str]) -> None:
    """The kind, most specific evidence first (see kinds.py): the form the speaker was found
    in, the title's form, the opening's form, then the page's label and the symbol's series."""
    label = (head.get("kind"), head.how.get("kind"))
    head.values.pop("kind", None)
    head.how.pop("kind", None)
    if head.meeting:
        head.put("kind", "meeting_summary", "sitting_line")
    head.put("kind", KIND_OF_SPEAKER_RULE.get(head.how.get("speaker") or head.how.get("office") or ""),
             "speaker_form")
    by_title, by_opening = kind_of_title(title), kind_of_openings(openings)
    if by_opening == "speech" and by_title in (None, "statement"):
        head.put("kind", by_opening, "opening_form")  # a statement that opens with "Excellencies," was delivered
    head.put("kind", by_title, "title_form")
    head.put("kind", by_opening, "opening_form")
    head.put("kind", label[0], label[1] or "")
    head.put("kind", kind_of_symbol(head.get("symbol") or ""), "symbol_series")
    if head.how.get("published_on") == "dateline":
        # "GENEVA (date) – The UN experts today ...": an office's release about someone's position
        head.put("kind", "press_release", "dateline_release")
