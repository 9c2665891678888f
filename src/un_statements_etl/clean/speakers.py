"""Who speaks in a statement, read from the forms UN pages print.

Three places name a speaker, and each has its phrases:

* a header line: "Statement by NAME, ROLE", "Delivered by: NAME", "Speaker: ROLE, NAME",
  "NAME, ROLE";
* the title: "Statement by ROLE NAME after ...", "Opening statement by ROLE NAME at ...",
  "Joint statement by the heads of ...", "Statement attributable to the Spokesperson for
  the Secretary-General on ..." (the Secretary-General speaks, through a spokesperson);
* the opening paragraph: read by `openings.py`, with the names and roles defined here.

Every reader returns a `Speaker` (name, role, who delivered it, the rule that found it) or
None; a name is accepted only when it looks like a person's or a UN body's, because a
wrong speaker (a country, a place line) is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .names import AFTER_NAME, HONORIFIC, NAME, clean_name, is_name, starts_with_role
from .office_holders import OFFICE_PATTERN, holders, office_in
from .roles import ROLE_HEAD

__all__ = [
    "BY_HONORIFIC",
    "HONORIFIC",
    "NAME",
    "OFFICE_NAME",
    "ROLE_HEAD",
    "ROLE_THEN_NAME",
    "Speaker",
    "byline",
    "clean_name",
    "is_name",
    "named_by",
    "office_and_name",
    "office_in",
    "read_on_behalf",
    "role_and_name",
    "speaker_line",
    "starts_with_role",
    "tidy_role",
]


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None when only the office is known ("the Spokesperson for the Secretary-General")
    role: str | None
    rule: str
    delivered_by: str | None = None  # a spokesperson or reader speaking on the speaker's behalf
    office: str | None = None  # an office whose holder on the publication date is the speaker


ROLE_THEN_NAME = re.compile(rf"\b(?P<role>{ROLE_HEAD}|(?<![\w-])(?:spokes(?:person|man|woman)|rapporteur))\s+"
                            rf"(?P<name>{NAME}){AFTER_NAME}")
_ISSUED_FOR_SG = re.compile(rf"\bby\s+the\s+Spokes(?:person|man|woman)\s+for\s+(?:the\s+)?(?:UN\s+|United\s+"
                            rf"Nations\s+)?Secretary-General,?\s+(?P<name>{NAME}){AFTER_NAME}")


def named_by(text: str, readers: Iterable[tuple[re.Pattern[str], str]],
             accept: Callable[[re.Match[str], str], bool] | None = None) -> Speaker | None:
    """The speaker of the first (pattern, rule) whose match in `text` holds a name: the name
    cleaned, the role (when the pattern has one) tidied, the rule recorded.

    >>> named_by("by Jane Roe, Special Envoy", [(re.compile(rf"by (?P<name>{NAME}), (?P<role>.+)"), "by")])
    Speaker(name='Jane Roe', role='Special Envoy', rule='by', delivered_by=None, office=None)
    """
    for pattern, rule in readers:
        match = pattern.search(text)
        if match and is_name(name := clean_name(match.group("name"))) and (accept is None or accept(match, rule)):
            role = match.groupdict().get("role")
            return Speaker(name, tidy_role(role) if role else None, rule)
    return None


def tidy_role(role: str) -> str:
    return " ".join(role.split()).strip(" ,;:،")


_ROLE_HOLDER = re.compile(rf"\b(?P<role>{ROLE_HEAD}),?\s+(?P<name>{'|'.join(map(re.escape, holders()))})\b")


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
        return "Secretary-General", clean_name(issued.group("name"))
    first_holder = _ROLE_HOLDER.search(text)
    for match in [*([first_holder] if first_holder else []), *ROLE_THEN_NAME.finditer(text)]:
        if re.match(r"\s*(?:\([A-Z]+\)\s*)?,?\s+and\s+[A-Z]", text[match.end():]):
            return None  # "Executive Director A and Executive Director B will ...": two voices, no one speaker
        if match.re is _ROLE_HOLDER:  # "High Commissioner Volker Türk Interactive Dialogue"
            return tidy_role(match.group("role")), match.group("name")
        role, name = match.group("role"), clean_name(match.group("name"))
        # "... in Myanmar Tom Andrews", "... of the River Agency Ana Lind": the first words are the role's
        first, _, rest = name.partition(" ")
        if len(name.split()) > 2 and re.search(r"\b(?:in|on|of|for|to)$", role):
            role, name = f"{role} {first}", rest
        while not is_name(name) and len(name.split()) > 2 and re.search(r"\b(?:in|on|of|for|to|the)\b", role):
            first, _, name = name.partition(" ")
            role = f"{role} {first}"
        if is_name(name):
            return tidy_role(role), name
    return None


_BYLINE = re.compile(r"(?i)^(?:(?:opening\s+|closing\s+|keynote\s+|video\s+|introductory\s+)?(?:statement|speech|"
                     r"remarks|message|address|op-ed|briefing)\s+)?(?:delivered\s+|presented\s+|written\s+|"
                     r"issued\s+|read\s+)?by\s*:?\s+(?P<rest>.+)$")


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
    >>> byline("Statement by heads of OCHA, UNICEF and WFP:")
    ('heads of OCHA, UNICEF and WFP', None)
    >>> byline("Statement by the Government of Chile") is None
    True
    >>> byline("Statement by High Commissioner Michelle Bachelet after her visit to China") is None
    True
    """
    match = _BYLINE.match(" ".join(line.split()))
    if not match:
        return None
    rest = match.group("rest").strip().rstrip(".:")
    if re.match(r"(?i)(?:the\s+)?(?:heads|leaders|principals|chiefs|chairs|members)\s+of\s+\S", rest):
        group = re.split(r"\s*[:–—]\s*|\s+-\s+", rest)[0]  # what follows a colon is the statement's title
        return re.sub(r"(?i)^the\s+", "", group), None  # "Statement by heads of OCHA, UNICEF and WFP:"
    name, _, role = (part.strip() for part in rest.partition(","))
    if is_name(clean_name(name)):
        # a role is a dozen words; more is a sentence that happens to start with a name
        return (clean_name(name), role or None) if len(role.split()) <= 14 else None
    found = role_and_name(rest)
    # only a byline that ends with the name: "Statement by <role> <name> after a visit" is a title
    return (found[1], found[0]) if found and rest.endswith(found[1]) else None


_LABEL_NAME = re.compile(rf"^(?P<role>(?:Spokesperson|Spokesman|Spokeswoman|Speaker|Presenter|Author|By|Portavoz|"
                         rf"Porte-parole)(?:\s+(?:for|del?|du|de\s+la)\s+[^:]+)?)\s*:?\s+(?P<name>{NAME})\.?$")
# "Speaker: Spokesperson for the Secretary-General, Stéphane Dujarric"
_LABEL_ROLE_NAME = re.compile(rf"^(?:Speakers?|Presenters?|Briefer)\s*:\s*(?P<role>[^,]{{3,120}}),\s*"
                              rf"(?P<name>{NAME})\.?$")
# a speaker line is short: "NAME, ROLE" of a dozen words, not a paragraph that starts with a name
_NAME_COMMA_ROLE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?i:(?:the\s+)?{ROLE_HEAD}|"
                              rf"{OFFICE_PATTERN})[^.;,]{{0,100}}?)\.?$")


_UN_WORDS = re.compile(r"(?i)\b(?:the|le|la|el|des|de|of|UN|United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|ООН|"
                       r"de\s+l['’]ONU)\b|联合国|الأمم\s+المتحدة|[\W_]")


# "Secretary General's Message" as a label above the text: the office and the form of its words
_FORM_WORD = re.compile(r"(?i)\b(?:message|statement|remarks|speech|address|mensaje|discurso|declaración|discours|"
                        r"déclaration|allocution)\b")


def _only_office(plain: str) -> bool:
    """True for a line that is an office and nothing else, or an office and the form of its words
    ("THE SECRETARY-GENERAL", "El Secretario General", "Secretary General's Message").

    >>> _only_office("Secretary General’s Message"), _only_office("Secretary-General visits Chad")
    (True, False)
    """
    return not _UN_WORDS.sub("", _FORM_WORD.sub("", re.sub(OFFICE_PATTERN, "", plain)))


_WORD = re.compile(r"[\w'’.-]+")


def _name_after_office(plain: str) -> str | None:
    """The name that follows an office on its line, in any cased script ("... ООН Пан Ги Мун")."""
    office = re.match(rf"(?i:the\s+|le\s+|el\s+|联合国)?{OFFICE_PATTERN}", plain)
    if office is None:  # the office opens the line; "Hears from High Commissioner NAME" is a subtitle
        return None
    rest = plain[office.end():]
    if (bracketed := re.search(rf"[(（](?P<name>{NAME})[)）]", rest)) and is_name(bracketed.group("name")):
        return bracketed.group("name")  # "联合国人权事务高级专员福尔克尔·蒂尔克(Volker Türk)"
    rest = rest.strip(" :：,;")
    rest = re.sub(r"^(?:\s*(?:ООН|UN|of\s+the\s+United\s+Nations|de\s+l['’]ONU|des\s+Nations\s+Unies|,))+\s*", "", rest)
    words = rest.split()
    # a name of two to four words, each capitalised in a cased script (not an Arabic verb phrase)
    if not 2 <= len(words) <= 4 or not all(_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return None
    if re.search(r"[A-Za-z]", rest) and not is_name(rest.strip()):
        return None
    return rest.strip()


# "Statement of Ms. NAME United Nations High Commissioner ...": the honorific marks where the name starts
BY_HONORIFIC = re.compile(rf"(?i:\b(?:by|of|par|por|de)\s+){HONORIFIC}\s+(?P<name>{NAME}),?\s+(?P<role>"
                           rf"(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?i:{ROLE_HEAD}|Deputy\s+High\s+Commissioner"
                           r"[^,\n]{0,40}?|Commissioner\s+for\s+Human\s+Rights))(?=\s+(?:to|at|on|in|before|for\s+the)\b|"
                           r"\s*[,.:;–-]|\s*$)")


def speaker_line(plain: str) -> Speaker | None:
    """The speaker a header line names: a byline, a "Speaker:" label, or "NAME, ROLE".

    >>> speaker_line("Speaker: Spokesperson for the Secretary-General, Stéphane Dujarric")
    Speaker(name='Stéphane Dujarric', role='Spokesperson for the Secretary-General', rule='speaker_label', \
delivered_by=None, office=None)
    >>> speaker_line("Jeremy Laurence, spokesperson for the UN High Commissioner for Human Rights").name
    'Jeremy Laurence'
    >>> speaker_line("Spokesperson: Ravina Shamdasani").role
    'Spokesperson'
    """
    if len(plain.split()) > 30:
        return None  # a header line is short; this is a paragraph
    if (by := byline(plain)) is not None:
        return Speaker(by[0], by[1], "byline")
    if (label := _LABEL_ROLE_NAME.match(plain)) and is_name(clean_name(label.group("name"))):
        return Speaker(clean_name(label.group("name")), tidy_role(label.group("role")), "speaker_label")
    if len(plain.split()) <= 12 and (office := office_in(plain)):
        if _only_office(plain):
            return Speaker(None, office, "office_line", office=office)  # "The Secretary-General" above a message
        if name := _name_after_office(plain):  # "Генеральный секретарь ООН Пан Ги Мун"
            return Speaker(name, office, "office_name_line", office=office)
    if (honoured := BY_HONORIFIC.search(plain)) and is_name(clean_name(honoured.group("name"))):
        # "Addresses by Ms. NAME United Nations Deputy High Commissioner"
        return Speaker(clean_name(honoured.group("name")), tidy_role(honoured.group("role")), "by_honorific_name")
    said = _LABEL_NAME.match(plain) or _NAME_COMMA_ROLE.match(plain)
    if said and is_name(clean_name(said.group("name"))):
        role = said.group("role").strip()
        return Speaker(clean_name(said.group("name")),
                       None if role.lower() in ("by", "author", "speaker") else role, "speaker_line")
    return None


_ON_BEHALF = re.compile(
    r"(?i:\b(?:message|remarks|statement|address|speech)\s+(?:of|from|by)\s+)(?P<owner>[^,:;]{3,120}?),?\s+"
    r"(?i:(?:as\s+)?(?:delivered|read(?:\s+out)?|presented)\s+(?:on\s+(?:his|her|their)\s+behalf\s+)?by)\s+"
    r"(?:the\s+)?(?P<reader>[^,.:;()]{3,80})"
    # "Statement delivered on behalf of the High Commissioner for Human Rights by NAME, ROLE"
    r"|(?i:\b(?:message|remarks|statement|address|speech)\s+(?:delivered|read(?:\s+out)?|presented)\s+on\s+behalf\s+"
    r"of\s+)(?P<owner2>[^,:;]{3,120}?)\s+(?i:by)\s+(?:the\s+)?(?P<reader2>[^,.:;()]{3,80})")


def read_on_behalf(text: str) -> Speaker | None:
    """The owner of a message someone else read out; the reader goes in `delivered_by`.

    >>> read_on_behalf("Message of the Secretary-General, delivered by Jane Roe, Director-General")
    Speaker(name=None, role='Secretary-General', rule='read_on_behalf', delivered_by='Jane Roe', \
office='Secretary-General')
    >>> read_on_behalf("Message from High Commissioner Volker Türk read by his deputy, Jane Roe").name
    'Volker Türk'
    >>> read_on_behalf("Statement delivered on behalf of the High Commissioner for Human Rights by Jane Roe, "
    ...                "Representative").office
    'UN High Commissioner for Human Rights'
    """
    match = _ON_BEHALF.search(text)
    if match is None:
        return None
    owner = (match.group("owner") or match.group("owner2")).strip()
    reader = tidy_role(match.group("reader") or match.group("reader2"))
    if (pair := role_and_name(owner)) is not None:
        return Speaker(pair[1], pair[0], "read_on_behalf", delivered_by=reader)
    if office := office_in(owner):
        return Speaker(None, office, "read_on_behalf", delivered_by=reader, office=office)
    if is_name(clean_name(owner)):
        return Speaker(clean_name(owner), None, "read_on_behalf", delivered_by=reader)
    return None


OFFICE_NAME = re.compile(
    rf"(?P<office>{OFFICE_PATTERN})(?:\s+(?:de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+las\s+"
    rf"Naciones\s+Unidas|of\s+the\s+United\s+Nations|ООН))?,?\s+(?P<name>{NAME}){AFTER_NAME}")
# where a speaker's office stands as the subject or the agent: at the start, or after "by"
_AGENT_PREFIX = re.compile(r"(?i)(?:^(?:(?:today|yesterday|aujourd['’]hui|hoy|сегодня|вчера)\s*,?\s*)?|"
                           r"\b(?:by|par|por)\s|"
                           r"\b(?:message|discours|déclaration|allocution|remarks|statement|"
                           r"address|speech|mensaje|discurso|declaración)\s+(?:du|de\s+la|de|del|of|by)\s|,\s)\s*"
                           r"(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?:UN\s+|United\s+Nations\s+)?$")


def office_and_name(text: str) -> Speaker | None:
    """"<office>, <name>" in any UN language ("le Secrétaire général, Kofi Annan", "Alto Comisionado
    de las Naciones Unidas para los Derechos Humanos Michelle Bachelet").

    >>> office_and_name("le texte du discours prononcé par le Secrétaire général, Kofi Annan, devant").name
    'Kofi Annan'
    """
    for match in OFFICE_NAME.finditer(text):
        name = clean_name(match.group("name"))
        if _AGENT_PREFIX.search(text[:match.start()]) and is_name(name) and office_in(match.group("office")):
            return Speaker(name, tidy_role(match.group("office")), "office_name")
    return None


def named_holder(role: str, paragraphs: list[str]) -> Speaker | None:
    """The person the opening names in a role a title gave without a name
    ("Press conference by Under-Secretary-General ..." then "John Holmes, Under-Secretary-General ...").

    >>> named_holder("Special Representative on human rights defenders", ["Defenders were at risk, Hina "
    ...              "Jilani, the Secretary-General's Special Representative on human rights defenders, said."]).name
    'Hina Jilani'
    >>> named_holder("UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS", ["Briefing correspondents today, "
    ...              "Jane Roe, High Commissioner for Human Rights, signalled advances."]).name
    'Jane Roe'
    """
    # the role's own words, without "the UN": "High Commissioner" of "UNITED NATIONS HIGH COMMISSIONER ..."
    head = " ".join(re.sub(r"(?i)^(?:the\s+)?(?:UN|United\s+Nations)\s+", "", role).split()[:2])
    pattern = re.compile(rf"(?P<name>{NAME}),\s+(?:[^,]{{0,60}}?\s)?(?i:{re.escape(head)})\b")
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            name = clean_name(match.group("name"))
            if is_name(name):
                return Speaker(name, role, "title_role_named_in_opening")
    return None
