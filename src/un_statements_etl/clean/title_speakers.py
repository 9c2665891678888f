"""Who speaks, read off a statement's title.

"Statement attributable to the Spokesperson for the Secretary-General on ..." (the office,
which the publication date names), "Joint statement by the heads of ...", "Security Council
press statement ...", "Statement by the Secretary-General - on ...", "Opening statement by
High Commissioner NAME at ...", "Press conference by ROLE, NAME", "Statement of Ms. NAME
ROLE", "ROLE, NAME Remarks at ...", "Acceptance speech by NAME on ...", "Türk urges ...",
"Press conference by ROLE" (the opening then names the person). The subject of a title
speaks, never its object ("Secretary-General thanks High Commissioner NAME").
"""

from __future__ import annotations

import re

from .attributions import chinese_dotted_name
from .holder_names import DISTINCT_SHORT_NAMES, holders_named
from .office_holders import OFFICE_PATTERN, holder_by_short_name, office_in
from .speakers import (
    BY_HONORIFIC,
    HONORIFIC,
    NAME,
    OFFICE_NAME,
    ROLE_HEAD,
    ROLE_THEN_NAME,
    Speaker,
    clean_name,
    is_name,
    named_by,
    office_and_name,
    read_on_behalf,
    role_and_name,
    starts_with_role,
    tidy_role,
)

_SG = r"(?:(?:UN|United\s+Nations)\s+)?Secretary[-\s]General"
_ATTRIBUTABLE = re.compile(
    rf"(?i)^(?:(?:Statement|Note\s+to\s+correspondents?)\s+attributable\s+to\s+the\s+Spokes(?:person|man|woman)"
    rf"\s+for\s+(?:the\s+)?{_SG}|Déclaration\s+attribuable\s+au\s+(?:porte-parole|porte-parole)\s+du\s+"
    r"Secrétaire\s+général|Declaración\s+atribuible\s+al\s+(?:portavoz|portavoces)\s+del\s+Secretario\s+General"
    r"|Statement\s+by\s+the\s+Spokes(?:person|man|woman)\s+for\s+(?:the\s+)?Secretary[-\s]General)\b"
    # Chinese, Russian, Arabic and Persian forms of "attributable to the Spokesperson for the SG"
    r"|^秘书长发言人|Заявление,?\s+приписываемое\s+(?:пресс-секретарю|официальному\s+представителю)\s+Генерального"
    r"|^بيان\s+منسوب\s+إلى\s+المتحدث\s+باسم\s+الأمين\s+العام|^بیانیه\s+منتسب\s+به\s+سخنگوی\s+دبیر\s*کل")
_JOINT = re.compile(r"(?i)^joint\s+(?:statement|declaration|press\s+release|communiqué|op-ed)\s+(?:by|of|from)\s+"
                    r"(?:the\s+)?(?P<who>.+?)(?=\s+(?:on|following|at|regarding|concerning|about|in\s+support\s+of|to\s+"
                    r"mark|ahead\s+of|after|for)\s|\s*[:–—(]|$)")


def title_speaker(title: str) -> Speaker | None:
    """The speaker a title names: a spokesperson's statement for the Secretary-General (the
    office; the date then names the person), the signatories of a joint statement, or
    "<role> <name>" ("Opening statement by High Commissioner Volker Türk at ...").

    >>> title_speaker("Statement attributable to the Spokesperson for the Secretary-General on Myanmar")
    Speaker(name=None, role='Secretary-General', rule='sg_spokesperson_title', \
delivered_by='Spokesperson for the Secretary-General', office='Secretary-General')
    >>> title_speaker("Joint statement by the heads of UNICEF, WFP and WHO on the famine in Gaza").name
    'heads of UNICEF, WFP and WHO'
    >>> title_speaker("Opening statement by High Commissioner Volker Türk at the 55th session").name
    'Volker Türk'
    >>> title_speaker("TRANSCRIPTION DE LA CONFÉRENCE DE PRESSE DU SECRÉTAIRE GÉNÉRAL, M. KOFI ANNAN, AU SIÈGE").name
    'Kofi Annan'
    """
    title = " ".join(title.split())
    if title.isupper():  # in capitals, only a name set off by a comma and an honorific reads as one
        return next((found for read in _UPPER_TITLE_READERS if (found := read(title))), None)
    return next((found for read in _TITLE_READERS if (found := read(title))), None)


def byline_speaker(line: str) -> Speaker | None:
    """The speaker of a line under a title that says whose statement it is ("Statement by the Committee on
    ...", "Address by ROLE, NAME"), read only in those forms: a subtitle such as "Hears from High
    Commissioner NAME" names a guest, not the speaker.

    >>> byline_speaker("Statement by the Committee on Economic, Social and Cultural Rights *").name
    'Committee on Economic, Social and Cultural Rights'
    >>> byline_speaker("Hears from New High Commissioner for Human Rights Jane Roe") is None
    True
    """
    line = " ".join(line.split())
    if (found := _joint_or_body(line)) and found.name:
        return found
    if (lead := _BYLINE_LEAD.match(line)) is None:
        return None  # "... delivered by NAME, ROLE" names a reader
    if (found := _named_in_title(line)) and found.name:
        return found
    if pair := role_and_name(line[lead.end():]):
        return Speaker(pair[1], pair[0], "byline_role_name")  # "A statement by FAO Director-General NAME"
    return None


_BYLINE_LEAD = re.compile(r"(?i)^(?:an?\s+)?(?:(?:opening|closing|keynote|video)\s+)?(?:statement|message|remarks|"
                          r"address|speech)\s+(?:by|of|from)\s+(?:the\s+)?")


def _upper_by_honorific_name(title: str) -> Speaker | None:
    """"ADDRESS BY MS JANE ROE, REGIONAL REPRESENTATIVE OF ...": the name between the honorific and a comma.

    >>> _upper_by_honorific_name("KEYNOTE ADDRESS BY MS JANE ROE, REGIONAL REPRESENTATIVE OF THE OFFICE").name
    'Jane Roe'
    """
    match = _UPPER_BY_HONORIFIC.search(title.title())
    if match and is_name(name := clean_name(match.group("name"))):
        return Speaker(name, tidy_role(match.group("role")), "upper_by_honorific_name")
    return None


def _upper_office_name(title: str) -> Speaker | None:
    """"... DU SECRÉTAIRE GÉNÉRAL, M. KOFI ANNAN, ...": the office, a comma, an honorific, the name."""
    match = _UPPER_OFFICE_NAME.search(title.title())
    if match and is_name(clean_name(match.group("name"))) and office_in(match.group("office")):
        return Speaker(clean_name(match.group("name")), tidy_role(match.group("office")), "office_name")
    return None


def _attributable(title: str) -> Speaker | None:
    if _ATTRIBUTABLE.match(title):
        return Speaker(None, "Secretary-General", "sg_spokesperson_title",
                       delivered_by="Spokesperson for the Secretary-General", office="Secretary-General")
    return None


def _joint_or_body(title: str) -> Speaker | None:
    if joint := _JOINT.match(title):
        return Speaker(joint.group("who").strip(" ,"), None, "joint_title")
    if re.search(r"(?i)\bsecurity\s+council\s+press\s+statement\b|^press\s+statement\s+by\s+(?:the\s+)?"
                 r"security\s+council\s+president\b|^déclaration\s+à\s+la\s+presse\s+du\s+conseil\s+de\s+sécurité|"
                 r"^declaración\s+(?:a\s+la\s+prensa\s+)?del\s+consejo\s+de\s+seguridad", title):
        return Speaker("Security Council", None, "sc_press_statement_title")
    if body := _BODY_STATEMENT.match(title):  # "Statement of Special Procedures on Human Rights Day"
        return Speaker(body.group("who"), None, "body_statement_title")
    return None


def _office_author(title: str) -> Speaker | None:
    """"Statement by the Secretary-General - on ...": the office, which the date names."""
    if (author := _OFFICE_AUTHOR.match(title)) and (office := office_in(author.group(0))):
        return Speaker(None, office, "office_author_title", office=office)
    return None


def _named_in_title(title: str) -> Speaker | None:
    return named_by(title, ((_TITLE_BY_ROLE_NAME, "title_by_role_name"), (_TITLE_BY_NAME_ROLE, "title_by_name_role"),
                            (BY_HONORIFIC, "by_honorific_name"), (_TITLE_ROLE_COMMA_NAME, "title_role_comma_name"),
                            (_TITLE_BY_NAME, "title_by_name")),
                    # "by High Commissioner NAME": the role readers after this one keep the role
                    accept=lambda by, rule: not (rule == "title_by_name" and starts_with_role(by.group("name"))))


def _subject_of_title(title: str) -> Speaker | None:
    for match in ROLE_THEN_NAME.finditer(title):
        # the subject of a title, not its object: "Secretary-General thanks High Commissioner NAME"
        if _TITLE_SUBJECT.search(title[:match.start()]) and (pair := role_and_name(title[match.start():])):
            return Speaker(pair[1], pair[0], "title_role_name")
    for match in OFFICE_NAME.finditer(title):
        if _TITLE_SUBJECT.search(title[:match.start()]) and (found := office_and_name(title[match.start():])):
            return found
    return None


_SHORT = holder_by_short_name()
# "Türk urges restraint", "UN chief Guterres condemns ...", "High Commissioner Bachelet calls for ..."
_SHORT_NAME_SUBJECT = re.compile(rf"^(?P<role>(?:UN|United\s+Nations)\s+(?:(?:human\s+)?rights\s+)?chief\s+|"
                                 rf"(?:{ROLE_HEAD})\s+)?"
                                 rf"(?P<short>{'|'.join(map(re.escape, _SHORT))})(?:['’]s)?\s+[a-z]+s?\b")


def _short_name_subject(title: str) -> Speaker | None:
    """An office holder a title names by the short name news uses, as its subject; a short name that is
    also a common word or first name ("Lake agency warns", "Pope calls") needs its role before it.

    >>> _short_name_subject("Türk urges restraint").name, _short_name_subject("Lake agency warns of floods")
    ('Volker Türk', None)
    """
    match = _SHORT_NAME_SUBJECT.match(title)
    if match and (match.group("role") or match.group("short") in DISTINCT_SHORT_NAMES):
        return Speaker(_SHORT[match.group("short")], None, "title_short_name")
    return None


def _bracketed_latin_name(title: str) -> Speaker | None:
    """A Chinese title gives the speaker's name in Latin letters in brackets
    ("人权理事会主席瓦茨拉夫·巴莱克(Václav Bálek)先生阁下的讲话")."""
    if sum("\u4e00" <= ch <= "\u9fff" for ch in title) >= 4 and (
            found := re.search(rf"[(（](?P<name>{NAME})[)）]", title)) and is_name(found.group("name")):
        return Speaker(found.group("name"), None, "bracketed_name")
    return None


# "Déclaration de NAME, ROLE, sur ...", "Mensaje de NAME, ROLE": French and Spanish say "of" where English says "by"
_TITLE_DE_NAME_ROLE = re.compile(rf"(?i:^(?:[\w-]+\s+){{0,2}}(?:déclaration|discours|message|allocution|intervention|"
                                 rf"declaración|discurso|mensaje|intervención|comunicado|statement|remarks|address|"
                                 rf"speech)\s+(?:de|del|from)\s+)"
                                 rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+(?P<role>[^,\[\]():]{{3,120}})")
# "NAME: “...”", a news headline that gives a person's words after the name; "NAME's remarks at ..."
_NAME_COLON = re.compile(rf"^(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?:\s*:\s+[“\"«]|['’]s\s+(?:(?:opening|closing|"
                         r"keynote|video|welcome|introductory)\s+)?(?:remarks|statement|message|speech|address)\b)")


def _name_first(title: str) -> Speaker | None:
    """A French or Spanish "Déclaration de NAME, ROLE", or a headline "NAME: “...”".

    >>> _name_first("Déclaration de Jeanne Roux, Directrice générale, sur les inondations").name
    'Jeanne Roux'
    >>> _name_first("Ana Lind: “The river is rising fast”").name, _name_first("South Sudan: “Act now”")
    ('Ana Lind', None)
    >>> _name_first("Ana Lind's remarks at the forum").name, _name_first("Message from Ana Lind, Director").name
    ('Ana Lind', 'Ana Lind')
    """
    found = named_by(title, ((_TITLE_DE_NAME_ROLE, "title_of_name_role"), (_NAME_COLON, "title_name_colon")))
    if found and found.role and not re.search(rf"(?i){ROLE_HEAD}", found.role):
        return None  # "Déclaration de Jeanne Roux, Paris": no role after the name, no byline
    return found


def _chinese_dotted(title: str) -> Speaker | None:
    """A Chinese role and dotted name in a title, unless the name is a known holder's (read by its Latin name)."""
    return None if holders_named(title) else chinese_dotted_name(title)


def _by_role_only(title: str) -> Speaker | None:
    """"Press conference by Under-Secretary-General for ...": the role; the opening names the person."""
    if role_only := _TITLE_BY_ROLE.search(title):
        return Speaker(None, tidy_role(role_only.group("role")), "title_by_role")
    return None


_TITLE_READERS = (_attributable, read_on_behalf, _joint_or_body, _office_author, _named_in_title, _subject_of_title,
                  _short_name_subject, _bracketed_latin_name, _name_first, _chinese_dotted, _by_role_only)
_UPPER_TITLE_READERS = (_attributable, _joint_or_body, _office_author, _upper_office_name, _upper_by_honorific_name,
                        _by_role_only)
# "KEYNOTE ADDRESS BY MS JANE ROE, REGIONAL REPRESENTATIVE ...": in capitals the honorific marks the name
_UPPER_BY_HONORIFIC = re.compile(rf"(?i:\bby\s+){HONORIFIC}\s+(?P<name>{NAME}),\s+(?P<role>[^,]{{3,120}})")
_UPPER_OFFICE_NAME = re.compile(rf"(?P<office>{OFFICE_PATTERN}),\s+{HONORIFIC}\s+"
                                rf"(?P<name>{NAME})(?=\s*[,.:;]|\s*$)")
_OFFICE_AUTHOR = re.compile(r"(?i)^(?:statement|message|remarks|address|déclaration|mensaje|declaración)\s+(?:by|of|du|"
                            r"del|de)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|"
                            r"Secrétaire\s+général|Secretario\s+General)(?=\s*(?:[-–—:,]|on\b|sur\b|sobre\b|$))")
_BODY_STATEMENT = re.compile(r"(?i)^(?:joint\s+)?statement\s+(?:of|by)\s+(?:the\s+)?"
                             r"(?P<who>(?:heads|principals|leaders|"
                             r"chiefs|members)\s+of\s+(?:the\s+)?[^:–]{3,80}?|(?:UN\s+)?(?:Special\s+"
                             r"Procedures|(?:independent\s+)?(?:human\s+rights\s+)?experts|Working\s+Group\s+on\s+[^,]+?|"
                             r"Committee\s+(?:on|against)\s+(?:[^,]|,\s(?-i:(?=[A-Z])))+?))"
                             r"(?=\s+(?:on|at|to|following|regarding)\b|\s*(?:[:–*-]|,(?!\s(?-i:[A-Z])))|$)")
# "United Nations Under-Secretary-General for Humanitarian Affairs, NAME Remarks at ..."
_TITLE_ROLE_COMMA_NAME = re.compile(rf"^(?P<role>(?:(?:UN|United\s+Nations)\s+)?{ROLE_HEAD}[^,]{{0,80}}),\s+"
                                    rf"(?P<name>{NAME})\s*[-–—:]?\s+(?:Remarks|Statement|Opening|Address|Speech|Message|"
                                    r"Briefing|Press)\b")
# "Acceptance speech by NAME on 7 June 2022"
_TITLE_BY_NAME = re.compile(rf"\b(?:by|por|par)\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})"
                            r"(?=\s+(?:on|at|to|before|in|during)\s|\s*$|\s+(?:the\s+)?(?:UN|United\s+Nations)\s)")
# "Statement by the Special Rapporteur on ..., NAME, at the end of his visit", "Statement of the ROLE, Mr NAME"
_TITLE_BY_ROLE_NAME = re.compile(rf"(?i:\b(?:by|of|from|par|por|de|du|del)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+)?)"
                                 rf"(?P<role>(?i:{ROLE_HEAD})[^,]{{0,120}}),\s+"
                                 rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?=\s*,|\s*$|\s+(?:following|at|on|to|before|after|during)\s)")
# what may stand before a title's subject: nothing, "by"/"of", or an agency's acronym ("UNICEF ")
_TITLE_SUBJECT = re.compile(r"(?i)(?:^|\b(?:by|of|from|du|de|del|des|par|por)|['’]s)\s*"
                            r"(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?-i:(?:[A-Z][\w-]*\s+){0,4})$")
# "... - Statement by NAME, ROLE, to ...", "Declaración realizada por NAME, ROLE"
_TITLE_BY_NAME_ROLE = re.compile(rf"(?:\b|(?i:(?<=statement)))(?i:by|por|par)\s+(?:{HONORIFIC}\s+)?(?:Ambassador\s+)?"
                                 rf"(?P<name>{NAME}),\s+(?P<role>[^,\[\]():]{{3,120}})")
_TITLE_BY_ROLE = re.compile(rf"(?i:\b(?:press\s+(?:conference|briefing)|remarks|statement|briefing)\s+by\s+(?:the\s+)?)"
                            rf"(?P<role>(?i:{ROLE_HEAD}))(?=\s*$|\s+(?i:at|on|in|to|following|after)\s)")
