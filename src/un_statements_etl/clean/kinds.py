"""The kind of a statement, in the closed vocabulary of `schemas/statements.yaml`.

Three things a page prints tell its kind, most specific first: the title's own form
("Joint statement by ...", "Remarks at ...", "Daily Press Briefing ..."), a section label
or kind line ("PRESS RELEASE", "Meetings coverage", "Communiqué de presse"), and the
document symbol's series (SG/SM is a statement, GA/ and SC/ meetings coverage). The title
decides first because site labels are coarse: OHCHR files a High Commissioner's press
conference statement under "FEATURE".
"""

from __future__ import annotations

import re

KINDS = ("statement", "speech", "press_release", "briefing_note", "press_conference", "meeting_summary",
         "joint_statement", "news", "other")

# section labels and kind lines (lower case) -> kind; English, French, Spanish
_LABELS = {
    "press release": "press_release", "press releases": "press_release", "news release": "press_release",
    "communiqué de presse": "press_release", "communiqués de presse": "press_release",
    "comunicado de prensa": "press_release", "comunicados de prensa": "press_release",
    "statement": "statement", "statements": "statement", "statements and speeches": "statement",
    "statements and messages": "statement", "déclaration": "statement", "déclarations": "statement",
    "declaración": "statement", "declaraciones": "statement", "note to correspondents": "statement",
    "speech": "speech", "speeches": "speech", "remarks": "speech", "discours": "speech", "discurso": "speech",
    "discursos": "speech", "message": "speech", "messages": "speech", "mensaje": "speech", "mensajes": "speech",
    "press briefing note": "briefing_note", "press briefing notes": "briefing_note",
    "briefing note": "briefing_note", "briefing notes": "briefing_note", "press briefing": "briefing_note",
    "daily press briefing": "briefing_note", "press conference": "press_conference",
    "meetings coverage": "meeting_summary", "meeting summary": "meeting_summary",
    "meeting summaries": "meeting_summary", "feature": "news", "story": "news", "stories": "news",
    "news": "news", "news story": "news", "op-ed": "other", "interview": "other",
}
_TITLE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), k) for p, k in (
    (r"^joint\s+(?:statement|declaration|press\s+release|communiqué|op-ed)\b|^déclaration\s+conjointe\b|"
     r"^declaración\s+conjunta\b", "joint_statement"),
    (r"\b(?:daily\s+press\s+briefing|noon\s+briefing|press\s+briefing\s+notes?|briefing\s+notes?|"
     r"(?:regular|bi-weekly)\s+press\s+briefing|press\s+briefing\s+by\s+the\s+(?:information\s+service|"
     r"(?:office\s+of\s+the\s+)?spokes\w+)|points?\s+de\s+presse)\b", "briefing_note"),
    (r"\bpress\s+briefing\s+by\b", "press_conference"),
    (r"\bpress\s+conference\b|\bconférence\s+de\s+presse\b|\bconferencia\s+de\s+prensa\b", "press_conference"),
    (r"\bpress\s+statement\b", "statement"),
    (r"^(?:(?:opening|closing|keynote|introductory|video)\s+)?(?:remarks|speech|address|message)\b|"
     r"['’]s\s+(?:remarks|message|address|speech)\b|^(?:opening|closing|keynote)\s+statement\b|"
     r"\bmessage\s+(?:on|for|to)\b|^(?:discours|mensaje|message|allocution)\b", "speech"),
    (r"^statement\b|\bstatement\s+(?:by|attributable|of)\b|^déclaration\b|^declaración\b", "statement"),
))
_SYMBOL_SERIES = {"SG/SM": "statement", "SG/T": "other", "SC": "meeting_summary", "GA": "meeting_summary",
                  "ECOSOC": "meeting_summary", "HRC": "meeting_summary", "HR": "meeting_summary",
                  "DSG/SM": "statement", "GA/SM": "statement", "SC/SM": "statement"}


# the rule that found the speaker tells the kind: a spokesperson's statement for the
# Secretary-General, a Council press statement, a noon-briefing transcript, a joint statement
KIND_OF_SPEAKER_RULE = {
    "sg_spokesperson_title": "statement", "issued_by_sg_spokesperson": "statement",
    "sc_press_statement": "statement", "sc_press_statement_title": "statement", "transcript_by": "briefing_note",
    "following_remarks_by": "speech", "joint_title": "joint_statement",
}
_SALUTATION = re.compile(r"(?i)^(?:(?:your\s+)?excellenc(?:y|ies)|(?:distinguished|dear|honourable|honorable)\s+\w+|"
                         r"(?:mr\.?|madam|madame|monsieur|señor|señora)\s+(?:president|chair\w*|secretary-general|"
                         r"high\s+commissioner|le\s+président|presidente)|ladies\s+and\s+gentlemen|"
                         r"good\s+(?:morning|afternoon|evening)|thank\s+you,?\s+(?:mr|madam)|"
                         r"mesdames(?:\s+et\s+messieurs)?|señoras\s+y\s+señores|excelencias|estimad[oa]s\s+\w+|"
                         r"(?:check\s+against|as\s+(?:prepared\s+for\s+)?)delivery|as\s+delivered|"
                         r"г-н\s+председатель|уважаем\w+|дамы\s+и\s+господа|السيد\s+الرئيس|أصحاب\s+السعادة|"
                         r"السيدات\s+والسادة|(?:госпожа|господин)\s+председатель)\b|^(?:主席先生|主席女士|尊敬的|各位阁下|诸位阁下|女士们)")
_MEETING = re.compile(r"^(?:人权理事会|联合国大会|安全理事会)(?:今天|上午|下午|昨天)|"
                      r"^(?:Le|El)\s+(?:Conseil|Consejo)\s+(?:des\s+droits\s+"
                      r"de\s+l['’]homme|de\s+Derechos\s+Humanos|de\s+sécurité|de\s+Seguridad)\b[^.]{0,40}?\b(?:a\s+(?:ouvert|"
                      r"adopté|tenu|conclu|achevé|entamé|poursuivi)|celebró|aprobó|inició|concluyó|clausuró)|"
                      r"^The\s+(?:Human\s+Rights\s+Council|General\s+Assembly|Security\s+Council|Economic\s+and\s+"
                      r"Social\s+Council|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee|Council|Assembly|"
                      r"Conference\s+on\s+Disarmament)\b[^.]{0,60}?\b(?:this\s+(?:morning|afternoon|evening)|today|"
                      r"yesterday)\b")


def kind_of_openings(paragraphs: list[str]) -> str | None:
    """The kind the opening paragraphs tell: the first one's form, or a salutation among the
    first three (a speech that a delivery note or a heading precedes).

    >>> kind_of_openings(["Check against delivery", "Mr. President, Excellencies,"]), kind_of_openings([])
    ('speech', None)
    """
    first = kind_of_opening(paragraphs[0]) if paragraphs else None
    if first is None and any(_SALUTATION.match(p.strip().lstrip("\"“«„'")) for p in paragraphs[1:5]):
        return "speech"
    return first


def kind_of_opening(paragraph: str) -> str | None:
    """The kind the first paragraph's form tells: a salutation opens a speech, a council or
    assembly doing something "this morning" opens a meeting summary.

    >>> kind_of_opening("Distinguished Chair,"), kind_of_opening("Excellencies, ladies and gentlemen,")
    ('speech', 'speech')
    >>> kind_of_opening("The Human Rights Council this afternoon held a general debate on technical assistance.")
    'meeting_summary'
    >>> kind_of_opening("The fighting must stop.") is None
    True
    """
    paragraph = paragraph.strip().lstrip("\"“«„'")  # "“Excellencies, ..." quoted by a re-publisher
    if _SALUTATION.match(paragraph) or _DELIVERED_TEXT.match(paragraph):
        return "speech"
    return "meeting_summary" if _MEETING.match(paragraph) else None


# a press office introducing delivered words: "Following are UN Secretary-General NAME's remarks to ...",
# "On trouvera ci-après le message du Secrétaire général", "A continuación figura el discurso de ..."
_DELIVERED_TEXT = re.compile(
    r"(?i)^(?:following\s+(?:is|are)\b[^.:]{0,150}?\b(?:remarks|message|address|speech|toast|lecture)\b|"
    r"on\s+trouvera\s+ci-après\s+(?:le\s+texte\s+(?:du|de\s+l['’]|de\s+la)\s*|le\s+|l['’])?(?:message|discours|allocution)\b|"
    r"a\s+continuación\s+(?:figura|se\s+reproduce)\s+(?:el\s+texto\s+del\s+|el\s+)?(?:mensaje|discurso)\b)")


def kind_of_label(label: str) -> str | None:
    """The kind a section label or kind line names.

    >>> kind_of_label("PRESS RELEASE"), kind_of_label("Meetings Coverage"), kind_of_label("Feature")
    ('press_release', 'meeting_summary', 'news')
    >>> kind_of_label("Geneva") is None
    True
    """
    return _LABELS.get(" ".join(label.lower().strip(" :|,;").split()))


def kind_of_title(title: str) -> str | None:
    """The kind a title's own form names.

    >>> kind_of_title("Statement by UN High Commissioner for Human Rights Michelle Bachelet after visit")
    'statement'
    >>> kind_of_title("Secretary-General's remarks to the Security Council on Gaza")
    'speech'
    >>> kind_of_title("Joint statement by the heads of UNICEF and WFP"), kind_of_title("Sudan: experts alarmed")
    ('joint_statement', None)
    """
    return next((kind for pattern, kind in _TITLE_FORMS if pattern.search(title)), None)


def kind_of_symbol(symbol: str) -> str | None:
    """The kind a document symbol's series names (its longest matching prefix).

    >>> kind_of_symbol("SG/SM/21234"), kind_of_symbol("SC/15432"), kind_of_symbol("A/HRC/55/1")
    ('statement', 'meeting_summary', None)
    """
    series = symbol.split("/")
    for cut in range(len(series) - 1, 0, -1):
        if kind := _SYMBOL_SERIES.get("/".join(series[:cut])):
            return kind
    return None
