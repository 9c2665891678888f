"""Who speaks in a statement, read from the forms UN pages print.

Three places name a speaker, and each has its phrases:

* a header line: "Statement by NAME, ROLE", "Delivered by: NAME", "Speaker: ROLE, NAME",
  "NAME, ROLE";
* the title: "Statement by ROLE NAME after ...", "Opening statement by ROLE NAME at ...",
  "Joint statement by the heads of ...", "Statement attributable to the Spokesperson for
  the Secretary-General on ..." (the Secretary-General speaks, through a spokesperson);
* the opening paragraph: "The following is a near-verbatim transcript of today's noon
  briefing by NAME, ROLE", "NAME, for the Office of ..., said", "ROLE, NAME, urged",
  "ROLE NAME today called", "UN experts* today urged", "The members of the Security
  Council condemned".

Every reader returns a `Speaker` (name, role, who delivered it, the rule that found it) or
None; a name is accepted only when it looks like a person's or a UN body's, because a
wrong speaker (a country, a place line) is worse than none.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .office_holders import OFFICE_PATTERN, office_in


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
                "Secretary-General", "Emergency Relief Coordinator", "President of the Human Rights Council",
                "President of the General Assembly", "President of the Security Council")
_OPEN_ROLES = ("Special Rapporteur", "Independent Expert", "Special Representative", "Special Adviser",
               "Special Envoy", "Special Coordinator", "Resident Coordinator", "Humanitarian Coordinator",
               "Under-Secretary-General", "Assistant Secretary-General", "Spokesperson", "Spokesman",
               "Spokeswoman", "Chairperson", "Chair", "Executive Director", "Director-General",
               "Administrator", "Commissioner-General", "Vice-Chair", "Rapporteur", "Head", "Chief")
ROLE_HEAD = (r"(?:(?:new|newly\s+appointed|incoming|outgoing)\s+)?(?:(?:the\s+)?(?:UN|United\s+Nations)\s+)?"
             r"(?:(?:Deputy|Assistant|Acting|Former|Associate)\s+)?"
             rf"(?:{'|'.join(_FIXED_ROLES)}|(?:{'|'.join(_OPEN_ROLES)})"
             r"(?:\s+(?:on|for|of|to|in|with)\b(?:\s+[\w'’-]+){1,12}?)?)")
_AFTER_NAME = r"(?=\s*$|\s*[,;:.!?)'’\"]|\s+[a-z(])"
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>{ROLE_HEAD})\s+(?P<name>{NAME}){_AFTER_NAME}")
_ISSUED_FOR_SG = re.compile(rf"\bby\s+the\s+Spokes(?:person|man|woman)\s+for\s+(?:the\s+)?(?:UN\s+|United\s+"
                            rf"Nations\s+)?Secretary-General,?\s+(?P<name>{NAME}){_AFTER_NAME}")
_NOT_NAME = frozenset((
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
    "coordinator representative envoy adviser chairperson").split())
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|H\.?E|Judge|Justice|Ambassador)\.?\s+)+")


@functools.cache
def _place_names() -> frozenset[str]:
    """Names of states and places (the entity gazetteer's), lower case: never part of a person's name."""
    from ..extract.entities.gazetteer import read_data

    names = set()
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
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return not any(span in _place_names() for span in spans)


def clean_name(name: str) -> str:
    """A name without a trailing full stop (kept after an initial) or an honorific.

    >>> clean_name("Mr. Volker Türk."), clean_name("Jane B."), clean_name("Ban Ki-moon’s")
    ('Volker Türk', 'Jane B.', 'Ban Ki-moon')
    """
    name = re.sub(r"['’]s$", "", _HONORIFIC.sub("", name.strip()))  # "Ban Ki-moon’s remarks"
    return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name


def _tidy(role: str) -> str:
    return " ".join(role.split()).strip(" ,;:")


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
    for match in _ROLE_THEN_NAME.finditer(text):
        if re.match(r"\s*(?:\([A-Z]+\)\s*)?,?\s+and\s+[A-Z]", text[match.end():]):
            return None  # "Executive Director A and Executive Director B will ...": two voices, no one speaker
        role, name = match.group("role"), clean_name(match.group("name"))
        first, _, rest = name.partition(" ")
        if len(name.split()) > 2 and re.search(r"\b(?:in|on|of|for|to)$", role):
            role, name = f"{role} {first}", rest  # "... in Myanmar Tom Andrews": the place is the role's
        if is_name(name):
            return _tidy(role), name
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
        return re.sub(r"(?i)^the\s+", "", rest), None  # "Statement by heads of OCHA, UNICEF and WFP:"
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
_NAME_COMMA_ROLE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?i:(?:the\s+)?{ROLE_HEAD})[^.;,]{{0,100}}?)\.?$")


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
    if (by := byline(plain)) is not None:
        return Speaker(by[0], by[1], "byline")
    if (label := _LABEL_ROLE_NAME.match(plain)) and is_name(clean_name(label.group("name"))):
        return Speaker(clean_name(label.group("name")), _tidy(label.group("role")), "speaker_label")
    if len(plain.split()) <= 6 and (office := office_in(plain)) and re.fullmatch(
            r"(?i)(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|High\s+Commissioner"
            r"(?:\s+for\s+Human\s+Rights)?)\.?", plain):
        return Speaker(None, office, "office_line", office=office)  # "The Secretary-General" above a message
    said = _LABEL_NAME.match(plain) or _NAME_COMMA_ROLE.match(plain)
    if said and is_name(clean_name(said.group("name"))):
        role = said.group("role").strip()
        return Speaker(clean_name(said.group("name")),
                       None if role.lower() in ("by", "author", "speaker") else role, "speaker_line")
    return None


# ---------------------------------------------------------------- the opening paragraph

_TRANSCRIPT_BY = re.compile(rf"(?i:transcript\s+of\s+(?:today['’]s\s+|the\s+)?(?:noon\s+|daily\s+|press\s+)*"
                            rf"(?:briefing|press\s+conference)\s+by)\s+(?P<name>{NAME}),\s+(?P<role>[^.\n]{{3,120}}?)"
                            r"\s*(?:\.|,\s+and\s|;|$)")
_NAME_FOR_OFFICE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
                              r"(?:Spokes(?:person|man|woman)|Director|Chief|Head)\s+)?(?:of|for)\s+the\s+[^\n]{3,160}?),"
                              r"\s+(?:today\s+)?(?:said|read|told|stated|announced|informed|added|noted|briefed|gave|"
                              r"spoke|began|opened|started|reported)\b")
_ROLE_COMMA_NAME = re.compile(rf"^(?:The\s+)?(?P<role>{ROLE_HEAD}[^,\n]{{0,120}}),\s+(?P<name>{NAME}),\s+"
                              r"(?:today\s+|on\s+\w+\s+|this\s+week\s+)?(?:has\s+|have\s+|will\s+|would\s+)?[a-z]+")


_ISSUED_BY = re.compile(
    r"(?i)^(?:the\s+following\s+(?:(?:security\s+council\s+)?press\s+)?statement\s+(?:was|has\s+been|is\s+being)\s+"
    r"(?:issued|released|made|delivered)|la\s+déclaration\s+suivante\s+a\s+été\s+(?:communiquée|publiée|faite)|"
    r"la\s+siguiente\s+declaración\s+(?:fue|ha\s+sido)\s+(?:emitida|publicada|formulada)|following\s+is\s+"
    r"(?:today['’]s\s+|the\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:security\s+council\s+)?press\s+statement)"
    r"(?:,?\s+(?:today|aujourd['’]hui|hoy|yesterday|on\s+\w+)\s*,?)?\s+(?:by|par|por)\s+(?P<who>[^:]{3,200}?)\s*[:.]?\s*$")
_SG_SPOKESPERSON = re.compile(
    rf"(?i:(?:the\s+|le\s+|el\s+)?(?:spokes(?:person|man|woman)|porte-parole|portavoz)\s+(?:for|du|del)\s+(?:the\s+)?"
    rf"(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|Secrétaire\s+général|Secretario\s+General)"
    rf"(?:\s+(?:des\s+Nations\s+Unies|de\s+l['’]ONU|de\s+las\s+Naciones\s+Unidas|of\s+the\s+United\s+Nations))?)"
    rf",?\s*(?:(?:M|Mr|Sr)\.?\s+)?(?P<name>{NAME})?\W*$")
_FOLLOWING_REMARKS = re.compile(
    rf"^Following\s+(?:is|are)\s+(?:the\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:(?:opening|closing|introductory)\s+)?"
    rf"(?:remarks|statement|message|address|speech|briefing)(?:\s+made|\s+delivered|\s+given)?\s+by\s+"
    rf"(?P<name>{NAME}),\s+(?P<role>[^,.:]{{3,120}})")


def issued_by(paragraph: str) -> Speaker | None:
    """The speaker of "The following statement was issued today by ...".

    >>> issued_by("The following statement was issued today by the Spokesman for UN Secretary-General "
    ...           "António Guterres:").name
    'António Guterres'
    >>> issued_by("La déclaration suivante a été communiquée aujourd’hui par le Porte-parole du Secrétaire "
    ...           "général des Nations Unies, M. Kofi Annan:").name
    'Kofi Annan'
    >>> issued_by("The following Security Council press statement was issued today by Council President "
    ...           "Jane Roe (Norway):").name
    'Security Council'
    >>> issued_by("The following statement has been issued by a group of United Nations independent human "
    ...           "rights experts*").name
    'group of United Nations independent human rights experts'
    """
    match = _ISSUED_BY.match(paragraph)
    if match is None:
        return None
    who = match.group("who").strip(" *")
    if re.search(r"(?i)security\s+council", paragraph[:match.start("who")]):
        return Speaker("Security Council", None, "sc_press_statement", delivered_by=_tidy(who))
    if spokes := _SG_SPOKESPERSON.match(who):
        name = spokes.group("name")
        if name and is_name(clean_name(name)):
            return Speaker(clean_name(name), "Secretary-General", "issued_by_sg_spokesperson",
                           delivered_by="Spokesperson for the Secretary-General")
        return Speaker(None, "Secretary-General", "issued_by_sg_spokesperson",
                       delivered_by="Spokesperson for the Secretary-General", office="Secretary-General")
    if len(who.split()) <= 12 and not re.search(r"\b(?:on|about|regarding)\b", who):
        return Speaker(re.sub(r"(?i)^(?:a|an|the)\s+", "", _tidy(who)), None, "issued_by")
    return None


_ON_BEHALF = re.compile(
    r"(?i:\b(?:message|remarks|statement|address|speech)\s+(?:of|from|by)\s+)(?P<owner>[^,:;]{3,120}?),?\s+"
    r"(?i:(?:as\s+)?(?:delivered|read(?:\s+out)?|presented)\s+(?:on\s+(?:his|her|their)\s+behalf\s+)?by)\s+"
    r"(?:the\s+)?(?P<reader>[^,.:;()]{3,80})")


def read_on_behalf(text: str) -> Speaker | None:
    """The owner of a message someone else read out; the reader goes in `delivered_by`.

    >>> read_on_behalf("Message of the Secretary-General, delivered by Jane Roe, Director-General")
    Speaker(name=None, role='Secretary-General', rule='read_on_behalf', delivered_by='Jane Roe', office='Secretary-General')
    >>> read_on_behalf("Message from High Commissioner Volker Türk read by his deputy, Jane Roe").name
    'Volker Türk'
    """
    match = _ON_BEHALF.search(text)
    if match is None:
        return None
    owner, reader = match.group("owner").strip(), _tidy(match.group("reader"))
    if (pair := role_and_name(owner)) is not None:
        return Speaker(pair[1], pair[0], "read_on_behalf", delivered_by=reader)
    if office := office_in(owner):
        return Speaker(None, office, "read_on_behalf", delivered_by=reader, office=office)
    if is_name(clean_name(owner)):
        return Speaker(clean_name(owner), None, "read_on_behalf", delivered_by=reader)
    return None


def _opening_named(paragraph: str) -> Speaker | None:
    if found := issued_by(paragraph) or read_on_behalf(paragraph):
        return found
    if (match := _FOLLOWING_REMARKS.match(paragraph)) and is_name(clean_name(match.group("name"))):
        return Speaker(clean_name(match.group("name")), _tidy(match.group("role")), "following_remarks_by")
    if match := _TRANSCRIPT_BY.search(paragraph):
        if is_name(clean_name(match.group("name"))):
            return Speaker(clean_name(match.group("name")), _tidy(match.group("role")), "transcript_by")
    for pattern, rule in ((_NAME_FOR_OFFICE, "name_for_office"), (_ROLE_COMMA_NAME, "role_comma_name")):
        if (match := pattern.match(paragraph)) and is_name(clean_name(match.group("name"))):
            return Speaker(clean_name(match.group("name")), _tidy(match.group("role")), rule)
    return None


_GROUP_HEAD = (
    r"(?:(?:A\s+group\s+of|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d+)\s+)?(?:independent\s+)?"
    r"(?:(?:UN|United\s+Nations)\s+)(?:independent\s+)?(?:human\s+rights\s+)?experts?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:(?:independent|international)\s+)?human\s+rights\s+experts|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Committee|Sub-?committee)\s+(?:on|against|for)\s+[^,\n]{3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?Working\s+Group\s+on\s+[^,\n]{3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Independent\s+International\s+)?Commission\s+of\s+Inquiry\s+on\s+[^,\n]{3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Human\s+Rights\s+Office|Special\s+Rapporteurs?)|"
    r"Coordination\s+Committee\s+of\s+(?:the\s+)?Special\s+Procedures|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Independent\s+)?(?:International\s+)?Fact-Finding\s+Mission\s+on\s+[^,\n]{3,60}?|"
    r"members\s+of\s+the\s+(?:UN\s+)?Security\s+Council")
_COLLECTIVE_SPEAKER = re.compile(
    rf"^(?:The\s+)?(?P<group>{_GROUP_HEAD})(?:\s*\*+)?(?:,[^,]{{3,80}},)?(?:\s+today|\s+yesterday|\s+on\s+\w+day|"
    r"\s+this\s+(?:week|morning|afternoon|evening)|\s+last\s+week)?\s+"
    r"(?:(?:has|have|will|would|shall|strongly|jointly|again|also|firmly|unanimously)\s+)*(?:call|urg|sa[iy]|express|warn|"
    r"condemn|welcom|deplor|demand|voic|rais|appeal|issu|publish|releas|f[oi]u?nd|conclud|stress|note|"
    r"reiterat|recall|denounc|reject|regret|insist|ask|press|decr|emphasi[sz]|underlin|highlight|"
    r"commend|applaud|urg|clos|open|adopt|held|hold|began|begin|start|examin|review|visit)\w*\b")
# the same in French and Spanish releases ("El Grupo de Trabajo ... visitará España")
_COLLECTIVE_ROMANCE = re.compile(
    r"^(?:El|La|Le|Les|L['’])\s*(?P<group>(?:Comité|Grupo\s+de\s+Trabajo|Groupe\s+de\s+travail|Comisión|Commission|"
    r"Sous-comité|Subcomité)\s+(?:de\s+las\s+Naciones\s+Unidas\s+|des\s+Nations\s+Unies\s+|de\s+la\s+ONU\s+)?"
    r"(?:de|des|del|de\s+los|de\s+las|sur|sobre|contre|contra|para|pour|pour\s+la|para\s+la)\s+[^,\n*]{3,100}?)"
    r"(?:\s*\*+)?\s+(?:(?:de\s+la\s+ONU|des\s+Nations\s+Unies)\s+)?(?:(?:hoy|ce\s+jour|aujourd['’]hui)\s+)?"
    r"(?:visit|expres|inst|pid|pide|conden|conclu|examin|exhort|exprim|appel|demand|se\s+rendr|a\s+|ha\s+|"
    r"clausur|abri|ouvr|adopt)\w*")


def collective_speaker(opening: str) -> str | None:
    """The body that speaks in a press release opening with it ("UN experts today called ...").

    >>> collective_speaker("UN experts today called for the immediate release of twelve journalists.")
    'UN experts'
    >>> collective_speaker("UN experts* today urged the authorities to act.")
    'UN experts'
    >>> collective_speaker("The UN Committee against Torture today expressed concern about ...")
    'UN Committee against Torture'
    >>> collective_speaker("The members of the Security Council condemned in the strongest terms ...")
    'Security Council'
    >>> collective_speaker("Experts said many things.") is None
    True
    """
    match = _COLLECTIVE_SPEAKER.match(opening.strip()) or _COLLECTIVE_ROMANCE.match(opening.strip())
    if not match:
        return None
    group = " ".join(match.group("group").split())
    return re.sub(r"^members of the (?:UN )?", "", group)


_TURN = re.compile(rf"^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{NAME})\s*:\s+\S")


def transcript_speaker(paragraphs: list[str]) -> Speaker | None:
    """The one named person who answers in a question-and-answer transcript ("NAME: ...").

    >>> transcript_speaker(["- Has the letter arrived?", "Omar Haddad: Not that I am aware.",
    ...                     "- And the visit?", "Omar Haddad: It goes ahead."]).name
    'Omar Haddad'
    """
    names = [clean_name(m.group("name")) for p in paragraphs if (m := _TURN.match(p))]
    names = [n for n in names if is_name(n)]
    if len(names) >= 2 and len(set(names)) == 1:
        return Speaker(names[0], None, "transcript_turns")
    return None


def opening_speaker(paragraph: str, first: bool = True) -> Speaker | None:
    """The speaker an opening paragraph names (a transcript line, "NAME, ROLE, said", a body).

    >>> opening_speaker("The following is a near-verbatim transcript of today's noon briefing by "
    ...                 "Stéphane Dujarric, Spokesman for the Secretary-General.").name
    'Stéphane Dujarric'
    >>> opening_speaker("Ravina Shamdasani, for the Office of the UN High Commissioner for Human Rights "
    ...                 "(OHCHR), said that the Office was alarmed.").role
    'for the Office of the UN High Commissioner for Human Rights (OHCHR)'
    >>> opening_speaker("The Special Rapporteur on the right to food, Jane Doe, will visit Chad from 3 to "
    ...                 "14 May.").name
    'Jane Doe'
    """
    paragraph = re.sub(r"(?<=\w)\*+", "", " ".join(paragraph.split()))  # "UN experts*" marks a footnote
    if found := _opening_named(paragraph):
        return found
    # "<role> <name> today called ...": only the first paragraph's subject is the statement's voice;
    # later paragraphs of a meeting summary name speakers of the meeting
    if first and (pair := role_and_name(paragraph[:300])) is not None:
        return Speaker(pair[1], pair[0], "opening_role_name")
    if first and (found := office_and_name(paragraph[:300])):
        return found
    if group := collective_speaker(paragraph):
        return Speaker(group, None, "collective_opening")
    return None


_OFFICE_NAME = re.compile(
    rf"(?P<office>(?i:{OFFICE_PATTERN.removeprefix('(?i)')}))(?:\s+(?:de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+las\s+"
    rf"Naciones\s+Unidas|of\s+the\s+United\s+Nations|ООН))?,?\s+(?P<name>{NAME}){_AFTER_NAME}")
# where a speaker's office stands as the subject or the agent: at the start, or after "by"
_AGENT_PREFIX = re.compile(r"(?i)(?:^|\b(?:by|par|por)\s)\s*(?:the\s+|le\s+|la\s+|l['’]|el\s+)?"
                           r"(?:UN\s+|United\s+Nations\s+)?$")


def office_and_name(text: str) -> Speaker | None:
    """"<office>, <name>" in any UN language ("le Secrétaire général, Kofi Annan", "Alto Comisionado
    de las Naciones Unidas para los Derechos Humanos Michelle Bachelet").

    >>> office_and_name("le texte du discours prononcé par le Secrétaire général, Kofi Annan, devant").name
    'Kofi Annan'
    """
    for match in _OFFICE_NAME.finditer(text):
        name = clean_name(match.group("name"))
        if _AGENT_PREFIX.search(text[:match.start()]) and is_name(name) and office_in(match.group("office")):
            return Speaker(name, _tidy(match.group("office")), "office_name")
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
    """
    title = " ".join(title.split())
    if _ATTRIBUTABLE.match(title):
        return Speaker(None, "Secretary-General", "sg_spokesperson_title",
                       delivered_by="Spokesperson for the Secretary-General", office="Secretary-General")
    if found := read_on_behalf(title):
        return found
    if joint := _JOINT.match(title):
        return Speaker(joint.group("who").strip(" ,"), None, "joint_title")
    if re.search(r"(?i)\bsecurity\s+council\s+press\s+statement\b|^press\s+statement\s+by\s+(?:the\s+)?"
                 r"security\s+council\s+president\b", title):
        return Speaker("Security Council", None, "sc_press_statement_title")
    if (by := _TITLE_BY_ROLE_NAME.search(title)) and is_name(clean_name(by.group("name"))):
        return Speaker(clean_name(by.group("name")), _tidy(by.group("role")), "title_by_role_name")
    if (by := _TITLE_BY_NAME_ROLE.search(title)) and is_name(clean_name(by.group("name"))):
        return Speaker(clean_name(by.group("name")), _tidy(by.group("role")), "title_by_name_role")
    for match in _ROLE_THEN_NAME.finditer(title):
        # the subject of a title, not its object: "Secretary-General thanks High Commissioner NAME"
        if _TITLE_SUBJECT.search(title[:match.start()]):
            pair = role_and_name(title[match.start():])
            if pair is not None:
                return Speaker(pair[1], pair[0], "title_role_name")
    for match in _OFFICE_NAME.finditer(title):
        if _TITLE_SUBJECT.search(title[:match.start()]) and (found := office_and_name(title[match.start():])):
            return found
    if role_only := _TITLE_BY_ROLE.search(title):
        return Speaker(None, _tidy(role_only.group("role")), "title_by_role")
    return None


_TITLE_BY_ROLE_NAME = re.compile(rf"(?i:\bby\s+(?:the\s+)?)(?P<role>{ROLE_HEAD}[^,]{{0,80}}),\s+(?P<name>{NAME})\s*$")
_TITLE_SUBJECT = re.compile(r"(?i)(?:^|\b(?:by|of|from|du|de|del|des|par|por)|['’]s)\s*(?:the\s+|le\s+|la\s+|l['’]|el\s+)?$")
# "... - Statement by NAME, ROLE, to ...", "Declaración realizada por NAME, ROLE"
_TITLE_BY_NAME_ROLE = re.compile(rf"\b(?:by|por|par)\s+(?P<name>{NAME}),\s+(?P<role>[^,\[\]():]{{3,120}})")
_TITLE_BY_ROLE = re.compile(rf"(?i:\b(?:press\s+(?:conference|briefing)|remarks|statement|briefing)\s+by\s+(?:the\s+)?)"
                            rf"(?P<role>(?i:{ROLE_HEAD}))\s*$")


def named_holder(role: str, paragraphs: list[str]) -> Speaker | None:
    """The person the opening names in a role a title gave without a name
    ("Press conference by Under-Secretary-General ..." then "John Holmes, Under-Secretary-General ...").

    >>> named_holder("Special Representative on human rights defenders", ["Defenders were at risk, Hina "
    ...              "Jilani, the Secretary-General's Special Representative on human rights defenders, said."]).name
    'Hina Jilani'
    """
    head = " ".join(role.split()[:2])
    pattern = re.compile(rf"(?P<name>{NAME}),\s+(?:[^,]{{0,60}}?\s)?(?i:{re.escape(head)})\b")
    for paragraph in paragraphs:
        for match in pattern.finditer(paragraph):
            name = clean_name(match.group("name"))
            if is_name(name):
                return Speaker(name, role, "title_role_named_in_opening")
    return None
