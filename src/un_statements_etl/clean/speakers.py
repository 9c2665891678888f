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

import functools
import re
from dataclasses import dataclass

from .furniture import wordset
from .office_holders import OFFICE_PATTERN, holder_by_short_name, holders, office_in

__all__ = ["NAME", "ROLE_HEAD", "Speaker", "byline", "clean_name", "is_name", "office_and_name", "office_in",
           "read_on_behalf", "role_and_name", "speaker_line", "tidy_role", "title_speaker"]


@dataclass(frozen=True)
class Speaker:
    name: str | None  # None when only the office is known ("the Spokesperson for the Secretary-General")
    role: str | None
    rule: str
    delivered_by: str | None = None  # a spokesperson or reader speaking on the speaker's behalf
    office: str | None = None  # an office whose holder on the publication date is the speaker


_UPPER = "A-ZÀ-ÖØ-Þ"
_CAP = rf"[{_UPPER}](?:[\w.-]|['’](?=\w))*"
_PARTICLE = r"(?:de|da|del|dos|du|van|von|der|bin|al|el|la|le|di|ter)"
# names never run over a line break: the line after a byline is a place or a date, not a surname
NAME = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{1,3}}?"
_FIXED_ROLES = ("High Commissioner for Human Rights", "High Commissioner for Refugees", "High Commissioner",
                "Human Rights High Commissioner", "Human Rights Chief",
                "Secretary-General", "Emergency Relief Coordinator", "President of the Human Rights Council",
                "President of the General Assembly", "President of the Security Council")
_OPEN_ROLES = ("Special Rapporteur", "Independent Expert", "Special Representative", "Special Adviser",
               "Special Envoy", "Special Coordinator", "Resident Coordinator", "Humanitarian Coordinator",
               "Under-Secretary-General", "Assistant Secretary-General", "Spokesperson", "Spokesman",
               "Spokeswoman", "Chairperson", "Chair", "Executive Director", "Director-General",
               "Administrator", "Commissioner-General", "Vice-Chair", "Rapporteur", "Head", "Chief",
               # the same roles as French and Spanish pages print them
               "Relator Especial", "Relatora Especial", "Rapporteur spécial", "Rapporteuse spéciale",
               "Experto Independiente", "Experta Independiente", "Expert indépendant", "Experte indépendante",
               "Representante Regional", "Représentant régional", "Representante Especial", "Représentant spécial",
               "Enviado Especial", "Envoyé spécial", "Portavoz", "Porte-parole", "Director Ejecutivo",
               "Directora Ejecutiva", "Directeur exécutif", "Directrice exécutive", "Coordinador Residente",
               "Coordonnateur résident", "Presidente", "Président", "Présidente")
ROLE_HEAD = (r"(?:(?:new|newly\s+appointed|incoming|outgoing)\s+)?(?:(?:the\s+)?(?:UN|United\s+Nations)\s+)?"
             r"(?:(?:Deputy|Assistant|Acting|Former|Associate)\s+)?"
             rf"(?:{'|'.join(_FIXED_ROLES)}|(?:{'|'.join(_OPEN_ROLES)})"
             r"(?:\s+(?:on|for|of|to|in|with)\b(?:\s+[\w'’-]+){1,12}?)?)")
AFTER_NAME = r"(?=\s*$|\s*[,;:.!?)'’\"]|\s+[a-z(])"
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>{ROLE_HEAD})\s+(?P<name>{NAME}){AFTER_NAME}")
_ISSUED_FOR_SG = re.compile(rf"\bby\s+the\s+Spokes(?:person|man|woman)\s+for\s+(?:the\s+)?(?:UN\s+|United\s+"
                            rf"Nations\s+)?Secretary-General,?\s+(?P<name>{NAME}){AFTER_NAME}")
_NOT_NAME = wordset(
    "united nations human rights council office commission committee assembly government ministry "
    "republic press release statement news high commissioner secretary-general mr mrs ms madam president "
    "excellencies chair geneva new york "
    # verbs of headline-case titles ("Secretary-General Welcomes Ceasefire")
    "welcomes condemns urges calls says expresses deplores commends notes stresses warns appeals applauds "
    "regrets hails praises mourns congratulates announces appoints encourages reiterates strongly visits "
    "meets tells highlights pays salutes marks underlines opens concludes launches message remarks "
    "statement briefing noon daily transcript the of for and "
    # nouns of bodies, meetings and places: "International Economic Forum", "External Relations Section"
    "forum conference summit session day week year council committee organization organisation agency "
    "programme program fund mission office forces union court bank section division unit service "
    "department relations centre center institute foundation network alliance group panel board "
    "rapporteur expert spokesperson spokesman spokeswoman director-general under-secretary-general "
    "coordinator representative envoy adviser chairperson headquarters palais dialogue interactive")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|H\.?E|Judge|Justice|Ambassador|M|Mme|Sr|Sra|Dña?)\.?\s+)+")
HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof|H\.\s?E|M|Mme|Sr|Sra)\.?"


@functools.cache
def _place_names() -> frozenset[str]:
    """Names of states and places (the entity gazetteer's), lower case: never part of a person's name."""
    from ..extract.entities.gazetteer import read_data

    names: set[str] = set()
    for row in read_data("states.yaml")["states"]:
        names.update(n.lower() for n in (row["name"], *row.get("aliases", [])))
    return frozenset(names)


_GERUND = re.compile(r"^[A-Z][a-z]+ing$")


def _headline_case(text: str) -> bool:
    return any(_GERUND.match(word) for word in text.split())


def is_name(text: str) -> bool:
    """True for a person's name of two to five words, never a place, a body or a headline.

    >>> is_name("Volker Türk"), is_name("Ban Ki-moon"), is_name("Myanmar Tom"), is_name("Geneva Office")
    (True, True, False, False)
    """
    words = text.lower().replace(".", " ").split()
    if not (re.fullmatch(NAME, text) and 2 <= len(words) <= 5) or _NOT_NAME.intersection(words):
        return False
    if text.isupper() or _headline_case(text):  # "CONDAMNE LES", "Addressing Seventieth": a headline's words
        return False
    if any(len(word) > 1 and word.isupper() for word in text.split()):  # "UN Headquarters": an acronym
        return False
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return not any(span in _place_names() for span in spans)


def clean_name(name: str) -> str:
    """A name without a trailing full stop (kept after an initial) or an honorific.

    >>> clean_name("Mr. Volker Türk."), clean_name("Jane B."), clean_name("Ban Ki-moon’s")
    ('Volker Türk', 'Jane B.', 'Ban Ki-moon')
    """
    name = re.sub(r"['’]s$", "", _HONORIFIC.sub("", name.strip()))  # "Ban Ki-moon’s remarks"
    return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name


def tidy_role(role: str) -> str:
    return " ".join(role.split()).strip(" ,;:")


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
    for match in _ROLE_HOLDER.finditer(text):  # "High Commissioner Volker Türk Interactive Dialogue"
        return tidy_role(match.group("role")), match.group("name")
    for match in _ROLE_THEN_NAME.finditer(text):
        if re.match(r"\s*(?:\([A-Z]+\)\s*)?,?\s+and\s+[A-Z]", text[match.end():]):
            return None  # "Executive Director A and Executive Director B will ...": two voices, no one speaker
        role, name = match.group("role"), clean_name(match.group("name"))
        first, _, rest = name.partition(" ")
        if len(name.split()) > 2 and re.search(r"\b(?:in|on|of|for|to)$", role):
            role, name = f"{role} {first}", rest  # "... in Myanmar Tom Andrews": the place is the role's
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


_LABEL_NAME = re.compile(rf"^(?P<role>(?:Spokesperson|Spokesman|Spokeswoman|Speaker|Presenter|Author|By)"
                         rf"(?:\s+for\s+[^:]+)?)\s*:?\s+(?P<name>{NAME})\.?$")
# "Speaker: Spokesperson for the Secretary-General, Stéphane Dujarric"
_LABEL_ROLE_NAME = re.compile(rf"^(?:Speakers?|Presenters?|Briefer)\s*:\s*(?P<role>[^,]{{3,120}}),\s*"
                              rf"(?P<name>{NAME})\.?$")
# a speaker line is short: "NAME, ROLE" of a dozen words, not a paragraph that starts with a name
_NAME_COMMA_ROLE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?i:(?:the\s+)?{ROLE_HEAD}|"
                              rf"{OFFICE_PATTERN.removeprefix('(?i)')})[^.;,]{{0,100}}?)\.?$")


_UN_WORDS = re.compile(r"(?i)\b(?:the|le|la|el|des|de|of|UN|United\s+Nations|Nations\s+Unies|Naciones\s+Unidas|ООН|"
                       r"de\s+l['’]ONU)\b|联合国|الأمم\s+المتحدة|[\W_]")


def _only_office(plain: str) -> bool:
    """True for a line that is an office and nothing else ("THE SECRETARY-GENERAL", "El Secretario General")."""
    return not _UN_WORDS.sub("", re.sub(rf"(?i){OFFICE_PATTERN.removeprefix('(?i)')}", "", plain))


_WORD = re.compile(r"[\w'’.-]+")


def _name_after_office(plain: str) -> str | None:
    """The name that follows an office on its line, in any cased script ("... ООН Пан Ги Мун")."""
    office = re.match(rf"(?i)(?:the\s+|le\s+|el\s+|联合国)?{OFFICE_PATTERN.removeprefix('(?i)')}", plain)
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
_BY_HONORIFIC = re.compile(rf"(?i:\b(?:by|of|par|por|de)\s+){HONORIFIC}\s+(?P<name>{NAME}),?\s+(?P<role>"
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
    if (honoured := _BY_HONORIFIC.search(plain)) and is_name(clean_name(honoured.group("name"))):
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
    r"(?:the\s+)?(?P<reader>[^,.:;()]{3,80})")


def read_on_behalf(text: str) -> Speaker | None:
    """The owner of a message someone else read out; the reader goes in `delivered_by`.

    >>> read_on_behalf("Message of the Secretary-General, delivered by Jane Roe, Director-General")
    Speaker(name=None, role='Secretary-General', rule='read_on_behalf', delivered_by='Jane Roe', \
office='Secretary-General')
    >>> read_on_behalf("Message from High Commissioner Volker Türk read by his deputy, Jane Roe").name
    'Volker Türk'
    """
    match = _ON_BEHALF.search(text)
    if match is None:
        return None
    owner, reader = match.group("owner").strip(), tidy_role(match.group("reader"))
    if (pair := role_and_name(owner)) is not None:
        return Speaker(pair[1], pair[0], "read_on_behalf", delivered_by=reader)
    if office := office_in(owner):
        return Speaker(None, office, "read_on_behalf", delivered_by=reader, office=office)
    if is_name(clean_name(owner)):
        return Speaker(clean_name(owner), None, "read_on_behalf", delivered_by=reader)
    return None


_OFFICE_NAME = re.compile(
    rf"(?P<office>(?i:{OFFICE_PATTERN.removeprefix('(?i)')}))(?:\s+(?:de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+las\s+"
    rf"Naciones\s+Unidas|of\s+the\s+United\s+Nations|ООН))?,?\s+(?P<name>{NAME}){AFTER_NAME}")
# where a speaker's office stands as the subject or the agent: at the start, or after "by"
_AGENT_PREFIX = re.compile(r"(?i)(?:^|\b(?:by|par|por)\s|"
                           r"\b(?:message|discours|déclaration|allocution|remarks|statement|"
                           r"address|speech|mensaje|discurso|declaración)\s+(?:du|de\s+la|de|del|of|by)\s)\s*"
                           r"(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?:UN\s+|United\s+Nations\s+)?$")


def office_and_name(text: str) -> Speaker | None:
    """"<office>, <name>" in any UN language ("le Secrétaire général, Kofi Annan", "Alto Comisionado
    de las Naciones Unidas para los Derechos Humanos Michelle Bachelet").

    >>> office_and_name("le texte du discours prononcé par le Secrétaire général, Kofi Annan, devant").name
    'Kofi Annan'
    """
    for match in _OFFICE_NAME.finditer(text):
        name = clean_name(match.group("name"))
        if _AGENT_PREFIX.search(text[:match.start()]) and is_name(name) and office_in(match.group("office")):
            return Speaker(name, tidy_role(match.group("office")), "office_name")
    return None


# ---------------------------------------------------------------- the title

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
    for pattern, rule in ((_TITLE_BY_ROLE_NAME, "title_by_role_name"), (_TITLE_BY_NAME_ROLE, "title_by_name_role"),
                          (_BY_HONORIFIC, "by_honorific_name"), (_TITLE_ROLE_COMMA_NAME, "title_role_comma_name"),
                          (_TITLE_BY_NAME, "title_by_name")):
        if (by := pattern.search(title)) and is_name(clean_name(by.group("name"))):
            role = by.groupdict().get("role")
            return Speaker(clean_name(by.group("name")), tidy_role(role) if role else None, rule)
    return None


def _subject_of_title(title: str) -> Speaker | None:
    for match in _ROLE_THEN_NAME.finditer(title):
        # the subject of a title, not its object: "Secretary-General thanks High Commissioner NAME"
        if _TITLE_SUBJECT.search(title[:match.start()]) and (pair := role_and_name(title[match.start():])):
            return Speaker(pair[1], pair[0], "title_role_name")
    for match in _OFFICE_NAME.finditer(title):
        if _TITLE_SUBJECT.search(title[:match.start()]) and (found := office_and_name(title[match.start():])):
            return found
    return None


_SHORT = holder_by_short_name()
# "Türk urges restraint", "UN chief Guterres condemns ...", "High Commissioner Bachelet calls for ..."
_SHORT_NAME_SUBJECT = re.compile(rf"^(?:(?:UN|United\s+Nations)\s+(?:(?:human\s+)?rights\s+)?chief\s+|"
                                 rf"(?:{ROLE_HEAD})\s+)?"
                                 rf"(?P<short>{'|'.join(map(re.escape, _SHORT))})(?:['’]s)?\s+[a-z]+s?\b")


def _short_name_subject(title: str) -> Speaker | None:
    """An office holder a title names by the short name news uses, as its subject."""
    if match := _SHORT_NAME_SUBJECT.match(title):
        return Speaker(_SHORT[match.group("short")], None, "title_short_name")
    return None


def _by_role_only(title: str) -> Speaker | None:
    """"Press conference by Under-Secretary-General for ...": the role; the opening names the person."""
    if role_only := _TITLE_BY_ROLE.search(title):
        return Speaker(None, tidy_role(role_only.group("role")), "title_by_role")
    return None


_TITLE_READERS = (_attributable, read_on_behalf, _joint_or_body, _office_author, _named_in_title, _subject_of_title,
                  _short_name_subject, _by_role_only)
_UPPER_TITLE_READERS = (_attributable, _joint_or_body, _office_author, _upper_office_name, _by_role_only)
_UPPER_OFFICE_NAME = re.compile(rf"(?P<office>(?i:{OFFICE_PATTERN.removeprefix('(?i)')})),\s+{HONORIFIC}\s+"
                                rf"(?P<name>{NAME})(?=\s*[,.:;]|\s*$)")
_OFFICE_AUTHOR = re.compile(r"(?i)^(?:statement|message|remarks|address|déclaration|mensaje|declaración)\s+(?:by|of|du|"
                            r"del|de)\s+(?:the\s+|la\s+|l['’]|el\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|"
                            r"Secrétaire\s+général|Secretario\s+General)(?=\s*(?:[-–—:,]|on\b|sur\b|sobre\b|$))")
_BODY_STATEMENT = re.compile(r"(?i)^(?:joint\s+)?statement\s+(?:of|by)\s+(?:the\s+)?"
                             r"(?P<who>(?:heads|principals|leaders|"
                             r"chiefs|members)\s+of\s+(?:the\s+)?[^:–]{3,80}?|(?:UN\s+)?(?:Special\s+"
                             r"Procedures|(?:independent\s+)?(?:human\s+rights\s+)?experts|Working\s+Group\s+on\s+[^,]+?|"
                             r"Committee\s+(?:on|against)\s+[^,]+?))(?=\s+(?:on|at|to|following|regarding)\b|\s*[:,–-]|$)")
# "United Nations Under-Secretary-General for Humanitarian Affairs, NAME Remarks at ..."
_TITLE_ROLE_COMMA_NAME = re.compile(rf"^(?P<role>(?:(?:UN|United\s+Nations)\s+)?{ROLE_HEAD}[^,]{{0,80}}),\s+"
                                    rf"(?P<name>{NAME})\s+(?:Remarks|Statement|Opening|Address|Speech|Message|Briefing)\b")
# "Acceptance speech by NAME on 7 June 2022"
_TITLE_BY_NAME = re.compile(rf"\b(?:by|por|par)\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})"
                            r"(?=\s+(?:on|at|to|before|in|during)\s|\s*$)")
_TITLE_BY_ROLE_NAME = re.compile(rf"(?i:\bby\s+(?:the\s+)?)(?P<role>{ROLE_HEAD}[^,]{{0,80}}),\s+(?P<name>{NAME})\s*$")
# what may stand before a title's subject: nothing, "by"/"of", or an agency's acronym ("UNICEF ")
_TITLE_SUBJECT = re.compile(r"(?i)(?:^|\b(?:by|of|from|du|de|del|des|par|por)|['’]s)\s*"
                            r"(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?-i:[A-Z]{2,8}\s+)?$")
# "... - Statement by NAME, ROLE, to ...", "Declaración realizada por NAME, ROLE"
_TITLE_BY_NAME_ROLE = re.compile(rf"\b(?:by|por|par)\s+(?P<name>{NAME}),\s+(?P<role>[^,\[\]():]{{3,120}})")
_TITLE_BY_ROLE = re.compile(rf"(?i:\b(?:press\s+(?:conference|briefing)|remarks|statement|briefing)\s+by\s+(?:the\s+)?)"
                            rf"(?P<role>(?i:{ROLE_HEAD}))(?=\s*$|\s+(?i:at|on|in|to|following|after)\s)")


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
