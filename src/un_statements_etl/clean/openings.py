"""Who speaks, read off the opening paragraphs of a statement.

The forms: "The following is a near-verbatim transcript of today's noon briefing by NAME,
ROLE", "NAME, for the Office of ..., said", "ROLE, NAME, urged", "ROLE NAME today called",
"The following statement was issued today by ...", "Following are the remarks made by
NAME, ROLE", "UN experts* today urged", "The members of the Security Council condemned",
a question-and-answer transcript's one answering voice, and "Delivered by" on its own line.
A briefing where several spokespersons speak in turn has no one speaker.
"""

from __future__ import annotations

import itertools
import re

from .attributions import attributed_speaker
from .speakers import (
    HONORIFIC,
    NAME,
    ROLE_HEAD,
    Speaker,
    clean_name,
    is_name,
    named_by,
    office_and_name,
    office_in,
    read_on_behalf,
    role_and_name,
    speaker_line,
    tidy_role,
)

_TRANSCRIPT_BY = re.compile(rf"(?i:transcript\s+of\s+(?:today['’]s\s+|the\s+)?(?:noon\s+|daily\s+|press\s+)*"
                            rf"(?:briefing|press\s+conference)\s+by)\s+(?P<name>{NAME}),\s+(?P<role>[^.\n]{{3,120}}?)"
                            r"\s*(?:\.|,\s+and\s|;|$)")
_NAME_FOR_OFFICE = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
                              r"(?:Spokes(?:person|man|woman)|Director|Chief|Head)\s+)?(?:of|for)\s+the\s+[^\n]{3,160}?),"
                              r"\s+(?:today\s+)?(?:said|read|told|stated|announced|informed|added|noted|briefed|gave|"
                              r"spoke|began|opened|started|reported)\b")
# words that go on a phrase rather than start its verb: "..., Ms. NAME and members of the government"
_FUNCTION_WORD = r"(?:and|et|y|e|or|ou|o|of|de|del|des|du|in|en|at|à|to|with|con|avec|who|qui|que|which|from|on|for)"
# "The UN Special Rapporteur on extrajudicial, summary or arbitrary executions, NAME, will ...": the role may
# hold commas; an introductory clause may come first ("On the occasion of ..., the UN Special Rapporteur ...")
# "The River Agency’s Executive Director, NAME, ...": an owner before the role; "The head of ..., NAME"
_ROLE_COMMA_NAME = re.compile(rf"^(?:[^,\n]{{0,120}},\s+)?(?:[Tt]he\s+|(?:La|El|Le|L['’])\s*)?"
                              rf"(?:(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*['’]s\s+)?"
                              rf"(?P<role>{ROLE_HEAD}[^\n]{{0,150}}?|(?:head|chief)\s+of\s+[^,\n]{{3,80}}),\s+"
                              rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?:,\s+|\s+(?!{_FUNCTION_WORD}\b)(?=[a-zà-ÿ]{{2,}}\s))"
                              r"(?:today\s+|on\s+\w+\s+|this\s+week\s+)?(?:has\s+|have\s+|will\s+|would\s+)?[a-zà-ÿ]+")


# "Amerigo Incalcaterra, Representante Regional para América del Sur de ACNUDH, aprovechó ..."
_NAME_COMMA_ROLE_VERB = re.compile(rf"^(?P<name>{NAME}),\s+(?P<role>(?:(?:the|el|la|le)\s+)?(?i:{ROLE_HEAD})"
                                   rf"[^,\n]{{0,160}}?)(?:,\s+|\s+(?=(?:has|have|had|will|was|is)\s))"
                                   # "a appelé", "ha pedido": a French or Spanish auxiliary before the verb
                                   r"(?:today\s+|hoy\s+)?(?:(?:a|ont|ha|han)\s+)?(?:se\s+|s['’])?[a-zà-ÿ]{3,}")
# "les principaux points évoqués par Martin Nesirky, Porte-parole du Secrétaire général"
# "by NAME, ROLE", but not a reader's "delivered by NAME, ROLE"
_BY_NAME_ROLE = re.compile(rf"(?<!delivered\s)(?<!read\s)(?<!presented\s)(?<!read\sout\s)"
                           rf"\b(?:by|par|por)\s+"
                           rf"(?P<name>{NAME}),\s+(?P<role>(?:(?:the|el|la|le)\s+)?(?i:{ROLE_HEAD})"
                           r"[^,.:\n]{0,100})")
_ISSUED_BY = re.compile(
    r"(?i)^(?:the\s+following\s+(?:(?:security\s+council\s+)?press\s+)?statement\s+(?:was|has\s+been|is\s+being)\s+"
    r"(?:issued|released|made|delivered)|la\s+déclaration\s+suivante\s+a\s+été\s+(?:communiquée|publiée|faite)|"
    r"la\s+siguiente\s+declaración\s+(?:fue|ha\s+sido)\s+(?:emitida|publicada|formulada)|following\s+is\s+"
    r"(?:today['’]s\s+|the\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:security\s+council\s+)?press\s+statement)"
    r"(?:,?\s+(?:today|aujourd['’]hui|hoy|yesterday|on\s+\w+)\s*,?|,\s*[^,]{3,40},)?\s+(?:by|par|por)\s+"
    r"(?P<who>[^:]{3,200}?)\s*[:.]?\s*$")
_SG_SPOKESPERSON = re.compile(
    rf"(?i:(?:the\s+|le\s+|la\s+|el\s+)?(?:spokes(?:person|man|woman)|porte-parole|portavoz)\s+(?:for|du|del)\s+(?:the\s+)?"
    rf"(?:UN\s+|United\s+Nations\s+)?(?:Secretary-General|Secrétaire\s+général|Secretario\s+General)"
    rf"(?:\s+(?:des\s+Nations\s+Unies|de\s+l['’]ONU|de\s+las\s+Naciones\s+Unidas|of\s+the\s+United\s+Nations))?)"
    rf",?\s*(?:(?:M|Mr|Sr)\.?\s+)?(?P<name>{NAME})?\W*$"
    # "le Porte-parole de M. NAME, Secrétaire général de l’ONU"
    rf"|(?i:(?:the\s+|le\s+|el\s+)?(?:spokes(?:person|man|woman)|porte-parole|portavoz)\s+(?:of|for|de|del))\s+"
    rf"(?:(?:M|Mr|Sr)\.?\s+)?(?P<name2>{NAME}),\s+(?i:(?:the\s+)?(?:UN\s+)?(?:Secretary-General|Secrétaire\s+général|"
    r"Secretario\s+General))")
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
        return Speaker("Security Council", None, "sc_press_statement", delivered_by=tidy_role(who))
    if spokes := _SG_SPOKESPERSON.match(who):
        name = spokes.group("name") or spokes.group("name2")
        if name and is_name(clean_name(name)):
            return Speaker(clean_name(name), "Secretary-General", "issued_by_sg_spokesperson",
                           delivered_by="Spokesperson for the Secretary-General")
        return Speaker(None, "Secretary-General", "issued_by_sg_spokesperson",
                       delivered_by="Spokesperson for the Secretary-General", office="Secretary-General")
    if len(who.split()) <= 12 and not re.search(r"\b(?:on|about|regarding)\b", who):
        return Speaker(re.sub(r"(?i)^(?:a|an|the)\s+", "", tidy_role(who)), None, "issued_by")
    return None


def _opening_named(paragraph: str) -> Speaker | None:
    if found := issued_by(paragraph) or read_on_behalf(paragraph):
        return found
    if found := named_by(paragraph, ((_FOLLOWING_REMARKS, "following_remarks_by"), (_TRANSCRIPT_BY, "transcript_by"),
                                     (_NAME_FOR_OFFICE, "name_for_office"), (_ROLE_COMMA_NAME, "role_comma_name"),
                                     (_NAME_COMMA_ROLE_VERB, "name_comma_role")), accept=_role_names_nobody):
        return found
    if collective_speaker(paragraph):
        return None  # "The Committee this morning opened ... heard an address by NAME, ROLE": the body speaks
    return named_by(paragraph, ((_BY_NAME_ROLE, "by_name_role"),))


def _role_names_nobody(match: re.Match[str], rule: str) -> bool:
    """False for "ROLE NAME and wife, NAME2, with ...": a role that already names its holder is a
    caption's list of people, not the role of the name after it."""
    pair = role_and_name(match.group("role")) if rule == "role_comma_name" else None
    return pair is None or not re.search(rf"{re.escape(pair[1])}\s+(?:and|y|et)\s", match.group("role"))


_GROUP_HEAD = (
    r"(?:(?:A\s+group\s+of|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|\d+)\s+)?(?:independent\s+)?"
    r"(?:(?:UN|United\s+Nations)\s+)(?:independent\s+)?(?i:human\s+rights\s+)?experts?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:(?:independent|international)\s+)?human\s+rights\s+experts|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Committee|Sub-?[Cc]ommittee)\s+(?:on|against|for)\s+(?:[^,\n]|,\s(?=[A-Z])){3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?Working\s+Group\s+on\s+[^,\n]{3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Independent\s+International\s+)?Commission\s+of\s+Inquiry\s+on\s+[^,\n]{3,80}?|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Human\s+Rights\s+Office|Special\s+Rapporteurs|Human\s+Rights\s+Committee)|"
    r"Coordination\s+Committee\s+of\s+(?:the\s+)?Special\s+Procedures|"
    r"(?:(?:UN|United\s+Nations)\s+)?(?:Independent\s+)?(?:International\s+)?Fact-Finding\s+Mission\s+on\s+[^,\n]{3,60}?|"
    r"members\s+of\s+the\s+(?:UN\s+)?Security\s+Council")
_COUNCIL_MEMBERS = re.compile(r"(?i)^(?:les\s+membres\s+du\s+conseil\s+de\s+sécurité|"
                              r"los\s+miembros\s+del\s+consejo\s+de\s+"
                              r"seguridad|члены\s+совета\s+безопасности)\b|déclaration\s+à\s+la\s+presse\s+(?:faite\s+)?"
                              r"(?:aujourd['’]hui\s+)?par\s+le\s+président\s+du\s+conseil\s+de\s+sécurité")
_COLLECTIVE_SPEAKER = re.compile(
    # an introductory clause may come first: "In the coming months, the UN’s Subcommittee on ... will visit"
    rf"^(?:(?:In|On|At|During|Over|Following|After|Before|Later)\s[^,\n]{{2,60}},\s+)?(?:[Tt]he\s+)?(?:UN['’]s\s+)?"
    rf"(?P<group>{_GROUP_HEAD})(?:\s*\*+)?(?:,[^,]{{3,80}},)?(?:\s+today|\s+yesterday|\s+on\s+\w+day|"
    r"\s+this\s+(?:week|morning|afternoon|evening)|\s+last\s+week)?\s+"
    r"(?:(?:has|have|will|would|shall|strongly|jointly|again|also|firmly|unanimously)\s+)*(?:call|urg|sa[iy]|express|warn|"
    r"condemn|welcom|deplor|demand|voic|rais|appeal|issu|publish|releas|f[oi]u?nd|conclud|stress|note|"
    r"reiterat|recall|denounc|reject|regret|insist|ask|press|decr|emphasi[sz]|underlin|highlight|"
    r"commend|applaud|urg|clos|open|adopt|held|hold|began|begin|start|examin|review|visit)\w*\b")
# the same in French and Spanish releases ("El Grupo de Trabajo ... visitará España")
_EXPERTS_ROMANCE = re.compile(r"(?i)^(?:des\s+|les\s+|los\s+|unos\s+|un\s+grupo\s+de\s+|un\s+groupe\s+d['’])?"
                              r"(?:expert(?:e)?s|expert[oa]s)\s+(?:indépendant(?:e)?s\s+|independientes\s+)?"
                              r"(?:de\s+l['’]ONU|des\s+Nations\s+Unies|de\s+la\s+ONU|de\s+las\s+Naciones\s+Unidas)"
                              r"(?:\s+en\s+(?:matière\s+de\s+)?droits\s+de\s+l['’]homme)?\s*\**\s+"
                              r"(?:ont|han|a|ha|se\s+sont|se\s+han|exhort|demand|pid|appel|instan|condamn|conden|\w+ent\b)")
_COLLECTIVE_ROMANCE = re.compile(
    # a title names the body without its article: "Comité de los Derechos del Niño de la ONU examinará ..."
    r"^(?:(?:El|La|Le|Les|L['’])\s*)?(?P<group>(?:Comité|Grupo\s+de\s+Trabajo|Groupe\s+de\s+travail|Comisión|Commission|"
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
    'Committee against Torture'
    >>> collective_speaker("The members of the Security Council condemned in the strongest terms ...")
    'Security Council'
    >>> collective_speaker("Experts said many things.") is None
    True
    """
    if _COUNCIL_MEMBERS.search(opening.strip()):
        return "Security Council"
    if _EXPERTS_ROMANCE.match(opening.strip()):
        return "UN experts"  # "Des experts de l'ONU ont exprimé ...": one name for the group in every language
    match = _COLLECTIVE_SPEAKER.match(opening.strip()) or _COLLECTIVE_ROMANCE.match(opening.strip())
    if not match:
        return None
    group = re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(match.group("group").split()))
    group = re.sub(r"^(?:UN|United Nations) (?=(?:Working Group|Committee|Subcommittee|Sub-committee)\b)", "", group)
    group = re.sub(r"\s+(?:is|are|was|were|has|have|had|will)$", "", group)  # "Working Group on ... is meeting"
    if re.fullmatch(r"(?i)(?:(?:a group of|two|three|four|five|several|\d+) )?(?:UN|United Nations) (?:independent )?"
                    r"(?:human rights )?experts", group):
        return "UN experts"  # one name for the group, however the release words it
    return re.sub(r"^members of the (?:UN )?", "", group)


def romance_collective(title: str) -> str | None:
    """The body a French or Spanish title names as its subject ("Comité de los Derechos del Niño de la ONU
    examinará ..."); English titles are left to the opening, which says the same in full.

    >>> romance_collective("Comité de los Derechos del Niño de la ONU examinará la situación de Chile")
    'Comité de los Derechos del Niño'
    >>> romance_collective("UN experts call for restraint") is None
    True
    """
    if _EXPERTS_ROMANCE.match(title.strip()):
        return "UN experts"
    match = _COLLECTIVE_ROMANCE.match(title.strip())
    return re.sub(r"\s*\([A-Z]{2,10}\)$", "", " ".join(match.group("group").split())) if match else None


_TURN = re.compile(rf"^(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{NAME})\s*:\s+\S")


def transcript_speaker(paragraphs: list[str], title: str = "") -> Speaker | None:
    """The one named person who answers in a question-and-answer transcript ("NAME: ..."); turns that
    give a surname only ("Mr. Haddad: ...") name the person the title names in full with that surname.

    >>> transcript_speaker(["- Has the letter arrived?", "Omar Haddad: Not that I am aware.",
    ...                     "- And the visit?", "Omar Haddad: It goes ahead."]).name
    'Omar Haddad'
    >>> transcript_speaker(["Question: And the visit?", "Mr. Haddad: It goes ahead.", "Question: When?",
    ...                     "Mr. Haddad: Soon."], "Stakeout by the Special Envoy Mr. Omar K. Haddad in Oslo").name
    'Omar K. Haddad'
    """
    names = [clean_name(m.group("name")) for p in paragraphs if (m := _TURN.match(p))]
    names = [n for n in names if is_name(n)]
    opens = bool(paragraphs) and bool(_TURN.match(paragraphs[0]))  # "Mr. NAME: Thank you ..." opens the text
    if (len(names) >= 2 or opens) and len(set(names)) == 1:
        return Speaker(names[0], None, "transcript_turns")
    surnames = {m.group(1) for p in paragraphs if (m := _SURNAME_TURN.match(p))}
    if len(surnames) == 1 and not names:
        before = re.search(rf"((?:[{_UPPER_LETTERS}][\w.'’-]*\s+){{1,3}}){re.escape(surnames.pop())}\b", title)
        words = before.group(0).split() if before else []
        # the longest run of words before the surname that is a name: "Envoy Mr. Omar K. Haddad" -> "Omar K. Haddad"
        full = next((n for k in range(len(words) - 1) if is_name(n := clean_name(" ".join(words[k:])))), None)
        if full:
            return Speaker(full, None, "transcript_surname_turns")
    return None


_UPPER_LETTERS = "A-ZÀ-Þ"
_SURNAME_TURN = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.?\s+([A-ZÀ-Þ][\w'’-]+)\s*:\s+\S")


def signature_block(paragraphs: list[str]) -> Speaker | None:
    """A name alone on a line with the role on the next ("Jane Roe" / "United Nations High
    Commissioner for Human Rights"), as a quotation card or a letter prints it.

    >>> signature_block(["A quotation.", "Jane Roe", "United Nations High Commissioner for Human Rights"]).name
    'Jane Roe'
    """
    for name, role in itertools.pairwise(paragraphs[:8]):
        if is_name(clean_name(name)) and len(role.split()) <= 12 and (
                office_in(role) or re.match(rf"(?i)(?:the\s+)?{ROLE_HEAD}", role)):
            return Speaker(clean_name(name), tidy_role(role), "signature_block")
    for line in paragraphs[:8]:  # "— Jane Roe, Executive Director of the Agency" signing off on one line
        if (signed := _SIGNED.match(line)) and is_name(name := clean_name(signed.group("name"))):
            return Speaker(name, tidy_role(signed.group("role")), "signature_line")
    return None


_SIGNED = re.compile(rf"^[—–-]+\s*(?P<name>{NAME}),\s+(?P<role>(?:the\s+)?(?i:{ROLE_HEAD})[^.;:]{{0,100}})\.?$")


# "The Secretary-General met today in Bern with ...": a readout of the Secretary-General's own doings
_SG_SUBJECT = re.compile(r"^(?:The\s+|Le\s+|El\s+)?(?:UN\s+)?"
                         r"(?:Secretary-General|Secrétaire\s+général|Secretario\s+General)\s+(?:today\s+|also\s+|this\s+\w+\s+)?(?:[a-z]{3,}(?:ed|s)\b|(?:met|spoke|held|made|gave|told|took|sent|paid|"
                         r"said|went|saw)\b|a\s+\w+é\b|ha\s+\w+ado\b)")
# UNHCR briefing notes: "This is a summary of what was said by UNHCR spokesperson NAME – to whom quoted text ..."
_SUMMARY_SAID_BY = re.compile(rf"(?i:\bsummary\s+of\s+what\s+was\s+said\s+by\s+)(?P<role>(?:[\w’'-]+\s+){{0,3}}?"
                              rf"(?i:spokes(?:person|man|woman))\s+)?(?P<name>{NAME})")
# the same line on UNHCR's French, Spanish and Arabic pages ("Ceci est un résumé des déclarations du porte-parole
# du HCR NAME – à qui ...", "ملخص لما قاله المتحدث باسم المفوضية NAME، الذي ...")
_SUMMARY_SAID_BY_ROMANCE = re.compile(
    rf"(?i:\brésumé\s+des\s+(?:déclarations|propos)\s+(?:du|de\s+la)\s+|\bresumen\s+de\s+(?:lo\s+(?:dicho|declarado)\s+"
    rf"por|las\s+declaraciones\s+de)\s+(?:el|la)\s+)(?P<role>(?i:porte-parole|portavoz)\s+(?:du|de\s+l['’]|del?|de\s+la)"
    rf"\s*[\w]+)\s*,?\s+(?P<name>{NAME})")
_SUMMARY_SAID_BY_AR = re.compile(r"ملخص\s+لما\s+(?:قاله|قالته)\s+"
                                 r"(?P<role>(?:ال)?متحدث(?:ة)?\s+(?:الرسمي(?:ة)?\s+)?باسم\s+المفوضية)\s+(?P<name>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+){1,3}?)\s*[،,]")


def office_or_spokesperson(paragraph: str) -> Speaker | None:
    """The Secretary-General of a readout, or the spokesperson a briefing note's summary line names.

    >>> office_or_spokesperson("The Secretary-General met today in Bern with the President.").office
    'Secretary-General'
    >>> office_or_spokesperson("This is a summary of what was said by UNHCR spokesperson Jane Roe – to whom").name
    'Jane Roe'
    >>> office_or_spokesperson("Ceci est un résumé des déclarations du porte-parole du HCR Jean Roux – à qui").name
    'Jean Roux'
    >>> office_or_spokesperson("في ما يلي ملخص لما قاله المتحدث باسم المفوضية سامي نور، الذي يمكن").name
    'سامي نور'
    """
    if _SG_SUBJECT.match(paragraph):
        return Speaker(None, "Secretary-General", "office_subject", office="Secretary-General")
    return summary_said_by(paragraph)


def summary_said_by(paragraph: str) -> Speaker | None:
    """The spokesperson a briefing note's "This is a summary of what was said by ..." line names."""
    for pattern in (_SUMMARY_SAID_BY, _SUMMARY_SAID_BY_ROMANCE):
        if (said := pattern.search(paragraph)) and is_name(name := clean_name(said.group("name"))):
            return Speaker(name, tidy_role(said.group("role") or "") or None, "summary_said_by")
    if said := _SUMMARY_SAID_BY_AR.search(paragraph):  # Arabic names have no capitals: the comma ends the name
        return Speaker(said.group("name"), said.group("role"), "summary_said_by")
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
    if found := _opening_named(paragraph) or office_or_spokesperson(paragraph):
        return found
    if group := collective_speaker(paragraph):
        return Speaker(group, None, "collective_opening")  # the body the paragraph opens with, not who it heard
    # "<role> <name> today called ...": only the first paragraph's subject is the statement's voice;
    # later paragraphs of a meeting summary name speakers of the meeting
    if first and (pair := role_and_name(paragraph[:300])) is not None:
        return Speaker(pair[1], pair[0], "opening_role_name")
    if first and (found := office_and_name(paragraph[:300])):
        return found
    if first and (honoured := speaker_line(paragraph[:300])) and honoured.rule == "by_honorific_name":
        return honoured  # "Check against delivery Address by Ms. NAME UN High Commissioner ..."
    return attributed_speaker(paragraph) if first else None


CITY_DASH = re.compile(r"^(?:[A-ZÀ-Þ]{2,}+[ ./'-]*+){1,4}\s*[–—:]\s+")  # "GENEVA – ", "KABUL : " with no date
_DELIVERED_LABEL = re.compile(r"(?i)^(?:delivered|pronunciad[oa]|prononcée?|présentée?|presented)\s+"
                              r"(?:by|por|par)\s*:?$")


def delivered_by_label(paragraphs: list[str]) -> Speaker | None:
    """"Delivered by" alone on its line, and the speaker on the next ("Pronunciado por" / "Alta
    Comisionada ... Michelle Bachelet")."""
    for label, following in itertools.pairwise(paragraphs):
        if _DELIVERED_LABEL.match(label):
            found = office_and_name(following) or speaker_line(f"By {following}")
            return Speaker(found.name, found.role, "delivered_by_label") if found else None
    return None


_BRIEFERS = re.compile(rf"^(?P<name>{NAME}),\s+(?:[\w-]+\s+){{0,3}}(?:for|of)\s+the\b")


# the UN Geneva regular briefing, where agencies' spokespersons speak in turn, by the names it goes by
_JOINT_BRIEFING = re.compile(r"(?i)\b(?:UN\s+Geneva|UNOG|Geneva)\s+(?:bi-weekly\s+|regular\s+)?(?:press|news)\s+"
                             r"briefing\b|"
                             r"\bconférence\s+de\s+presse\s+de\s+l['’]ONU\s+à\s+Genève\b|"
                             r"\bbi-weekly\s+press\s+briefing\b")


def several_speakers(paragraphs: list[str], title: str = "") -> bool:
    """True for a briefing where several spokespersons speak in turn (UN Geneva briefing
    summaries): no one of them is the statement's speaker.

    >>> several_speakers(["Jane Roe, for the Office of the High Commissioner, said the report was out."],
    ...                  "UN Geneva Press Briefing - 8 May 2024")
    True
    """
    if _JOINT_BRIEFING.search(title):
        return True
    if any(re.search(r"(?i)\bchaired\s+the\s+(?:press\s+)?briefing\b|\battended\s+by\s+(?:the\s+)?spokespersons?\b",
                     p) for p in paragraphs):
        return True
    # a speech's greetings ("Mr NAME, Chairperson of the Conference;") list guests, not briefers
    return len({m.group("name") for p in paragraphs if (m := _BRIEFERS.match(p)) and not p.rstrip().endswith((";", ","))
                }) >= 2
