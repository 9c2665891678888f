"""Who speaks, read off how an opening paragraph attributes its words: the speaker named after the
verb ("..., said today the new Special Rapporteur on the right to food, NAME."), after a quotation
("“...,” dijo NAME", "“...,” NAME said") or a group named at the end of a sentence ("..., UN experts
said today."). Only the first opening paragraph is read this way: later ones quote others.
"""

from __future__ import annotations

import re

from .speakers import AFTER_NAME, NAME, ROLE_HEAD, Speaker, clean_name, is_name, named_by, tidy_role

_SAY = (r"(?:said|says|stated|declared|warned|stressed|urged|dijo|declaró|afirmó|subrayó|advirtió|señaló|indicó|"
        r"agregó|añadió|destacó|explicó|aseguró|expresó|manifestó|instó|recordó|a\s+(?:déclaré|dit|affirmé|souligné|"
        r"averti|estimé|indiqué|ajouté|rappelé|exhorté|noté|précisé|insisté|expliqué|déploré))")
_ARTICLE = r"(?:the|el|la|le|l['’])\s*"
# "..., said today the new United Nations Special Rapporteur on the right to food, NAME."
_SAID_ROLE_NAME = re.compile(rf"\b{_SAY}\s+(?:today\s+|hoy\s+|aujourd['’]hui\s+)?(?:{_ARTICLE})?"
                             rf"(?P<role>(?i:{ROLE_HEAD})[^,]{{0,100}}),\s+(?P<name>{NAME}){AFTER_NAME}")
# "“...,” dijo NAME", "“...”, a déclaré le Rapporteur spécial NAME"
_QUOTE_SAID_NAME = re.compile(rf"[”\"»]\s*,?\s*{_SAY}\s+(?:{_ARTICLE}(?P<role>(?i:{ROLE_HEAD})[^,]{{0,80}}?),?\s+)?"
                              rf"(?P<name>{NAME}){AFTER_NAME}")
# "“...,” NAME said"
_QUOTE_NAME_SAID = re.compile(rf"[”\"»]\s*,?\s*(?P<name>{NAME})\s+(?:said|says|told)\b")
# "..., UN experts said today."
_EXPERTS_SAID = re.compile(r"\b(?:UN|United\s+Nations)\s+(?:independent\s+)?(?:human\s+rights\s+)?experts\*?\s+"
                           r"(?:said|say|warned|urged)\b")


# Arabic has no capitals: a role starts with a role noun and runs over words with the article or a
# preposition ("وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية"); the name is the two or three words after
# it that have neither, up to a particle or a comma ("ستيفن أوبراين من ..."); "السيد NAME، ROLE" marks it too
_AR = "[\u0621-\u064A\u0651]"
_AR_ROLE_HEAD = (r"(?:ال|لل)?(?:مبعوث|مفوض|أمين|مدير|مقرر|منسق|ممثل|متحدث|رئيس|وكيل|نائب|خبير|مستشار)(?:ة)?")
# a time word ends the role: "الممثل المقيم اليوم الإثنين مؤتمرا" names nobody
_AR_ROLE_WORD = (rf"(?!اليوم|الإثنين|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)"
                 rf"(?:(?:ال|لل|بال|وال)\S+|ل{_AR}+|(?:إلى|الى|لدى|في|بشأن|المعني|المعنية)\s+\S+)")
_AR_NAME_WORD = rf"(?!ال|لل|في\b|من\b|إلى\b|على\b|عن\b)[\u0622-\u064A]{_AR}+"
_AR_AFTER_NAME = r"(?=\s+(?:اليوم|إن|أن|من|إلى|على|عن|في|قد|خلال)\b|\s*[،,:.])"
_AR_ROLE_NAME = re.compile(rf"(?:^|\s)(?P<role>{_AR_ROLE_HEAD}(?:\s+{_AR_ROLE_WORD}){{1,8}})\s+"
                           rf"(?P<name>{_AR_NAME_WORD}(?:\s+{_AR_NAME_WORD}){{1,2}}){_AR_AFTER_NAME}")
_AR_HONORED_NAME = re.compile(rf"\bالسيد(?:ة)?\s+(?P<name>{_AR_NAME_WORD}(?:\s+{_AR_NAME_WORD}){{1,2}})\s*،\s*"
                              rf"(?P<role>{_AR_ROLE_HEAD}\s+[^،\n]{{3,80}}?)\s*[،,]")


def arabic_role_name(text: str) -> Speaker | None:
    """A role then a name in Arabic, or "السيد NAME، ROLE", the name kept as the page writes it.

    >>> arabic_role_name("حذر وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية سامي نور من نقص المياه").name
    'سامي نور'
    >>> arabic_role_name("أتم السيد سامي نور، مدير برنامج الأمم المتحدة الإنمائي، زيارته").name
    'سامي نور'
    >>> arabic_role_name("عقد الممثل المقيم للأمم المتحدة اليوم الإثنين مؤتمرا صحفيا") is None
    True
    """
    for pattern, rule in ((_AR_HONORED_NAME, "arabic_honored_name"), (_AR_ROLE_NAME, "arabic_role_name")):
        if match := pattern.search(text[:300]):
            return Speaker(match.group("name"), match.group("role"), rule)
    return None


def attributed_speaker(paragraph: str) -> Speaker | None:
    """The speaker an opening paragraph attributes its words to.

    >>> attributed_speaker("Hunger persists, said today the new United Nations Special Rapporteur on the "
    ...                    "right to food, Jane Roe.").name
    'Jane Roe'
    >>> attributed_speaker("“Our work needs partners”, dijo Omar Haddad en una red social.").name
    'Omar Haddad'
    >>> attributed_speaker("“We will not stop,” Jane Roe said on Monday.").name
    'Jane Roe'
    >>> attributed_speaker("Leaders must recommit to rights, UN experts said today.").name
    'UN experts'
    >>> attributed_speaker("The rains came late this year, farmers said.") is None
    True
    """
    head = paragraph[:600]
    if found := named_by(head, ((_SAID_ROLE_NAME, "said_role_name"), (_QUOTE_SAID_NAME, "quote_said_name"),
                                (_QUOTE_NAME_SAID, "quote_name_said"))):
        return found
    if _EXPERTS_SAID.search(head):
        return Speaker("UN experts", None, "experts_said")
    return chinese_role_name(head) or arabic_role_name(head)


# Chinese writes a foreign name's parts joined by a middle dot, right after the role
# ("联合国缅甸人权状况特别报告员托马斯·奥赫亚·金塔纳称赞"); a role word marks where the name starts
_ZH_ROLE_END = (r"(?:特别报告员|独立专家|高级专员|高級專員|副秘书长|秘书长|主席|协调员|代表|主任|"
                r"总干事|發言人|发言人|特使|执行主任|署长|专员|專員)")
_ZH_ROLE_NAME = re.compile(rf"(?P<role>[\u4e00-\u9fff]{{0,24}}?{_ZH_ROLE_END})\s?"
                           # the dot between a name's parts is printed "·", "•", or as a full stop ("安.维尼曼")
                           r"(?P<name>[\u4e00-\u9fff]{1,6}(?:[·•‧・.．][\u4e00-\u9fff]{1,6}?){1,3})"
                           # the name ends before a verb, a title of address or punctuation
                           r"(?=称|表|呼|说|指|今|在|的|发|發|致|宣|强|敦|欢|谴|对|關|关|與|与|和|先生|女士|博士|阁下|\s|"
                           r"[,，。:：(（]|$)")
# a Chinese name followed by the Latin one in brackets: "儿基会副执行主任柴班(Jane Roe)今天表示"
_ZH_ROLE_LATIN = re.compile(rf"(?P<role>[\u4e00-\u9fff]{{0,24}}?{_ZH_ROLE_END})[\u4e00-\u9fff·•]{{1,8}}"
                            rf"[(（](?P<name>{NAME})[)）]")
# a header line "ROLE NAME 致辞" (gives remarks): a Chinese name of two or three characters, no dot
_ZH_ROLE_REMARKS = re.compile(rf"^(?P<role>[\u4e00-\u9fff]{{0,24}}?{_ZH_ROLE_END})(?P<name>[\u4e00-\u9fff]{{2,3}})"
                              r"(?:的)?(?:致辞|致詞|讲话|講話|发言|發言)$")
_ZH_NOT_NAME = re.compile(r"[员員团團会會国國部处處署长長们們发發的后後]")


def chinese_role_name(text: str) -> Speaker | None:
    """A role then a dotted foreign name in Chinese, the name kept as the page writes it.

    >>> chinese_role_name("联合国缅甸人权状况特别报告员托马斯·奥赫亚·金塔纳称赞缅甸改革").name
    '托马斯·奥赫亚·金塔纳'
    >>> chinese_role_name("儿基会副执行主任柴班(Jane Roe)今天表示").name
    'Jane Roe'
    >>> chinese_role_name("秘书长发表致辞") is None
    True
    """
    if (match := _ZH_ROLE_LATIN.search(text[:300])) and is_name(name := clean_name(match.group("name"))):
        return Speaker(name, match.group("role"), "chinese_role_latin_name")
    return chinese_dotted_name(text) or chinese_remarks_line(text)


def chinese_dotted_name(text: str) -> Speaker | None:
    """A role then a foreign name whose parts a dot joins, as titles print it too."""
    match = _ZH_ROLE_NAME.search(text[:300])
    # "我向新当选的主席NAME表示祝贺": a role after "to" or "I" is the one addressed, not the speaker
    if match and not _ZH_ADDRESSED.search(match.group("role")):
        return Speaker(match.group("name"), match.group("role"), "chinese_role_name")
    return None


_ZH_ADDRESSED = re.compile(r"[我向对對]|感谢|感謝|祝贺|祝賀|欢迎|歡迎")


def chinese_remarks_line(line: str) -> Speaker | None:
    """The speaker of a Chinese header line "ROLE NAME 致辞" (ROLE NAME gives remarks).

    >>> chinese_remarks_line("驻华代表郑道致辞").name
    '郑道'
    >>> chinese_remarks_line("秘书长发表致辞") is None, chinese_remarks_line("主席团成员致辞") is None
    (True, True)
    """
    if (match := _ZH_ROLE_REMARKS.match(line.strip())) and not _ZH_NOT_NAME.search(match.group("name")):
        return Speaker(match.group("name"), match.group("role"), "chinese_role_remarks")
    return None


# verbs that attribute quoted or reported words in a release's later paragraphs
_REPORTS = (r"(?:said|says|stated|added|noted|warned|stressed|explained|told\s+(?:reporters|correspondents|journalists|"
            rf"the\s+press)|{_SAY})")
_LATER_FORMS = (
    # "“…,” said NAME, the Special Representative for …", "…, warned NAME, the Executive Director"
    (re.compile(rf"(?:[”\"»]\s*,?|,)\s*{_REPORTS}\s+(?P<name>{NAME}),\s+(?P<role>[^.;:“”\"]{{3,160}}?)"
                r"(?=[.;:]|\s*$|,\s|\s+(?:on|in|at|during|after)\s)"), "quote_said_name_role"),
    # "«…», declaró la Relatora Especial NAME", "…, a averti la Rapporteuse spéciale sur l'eau, NAME"
    (re.compile(rf"(?:[”\"»]\s*,?|,)\s*{_REPORTS}\s+(?:today\s+|hoy\s+|aujourd['’]hui\s+)?(?:{_ARTICLE})?"
                rf"(?P<role>{ROLE_HEAD})\s*,?\s+(?P<name>{NAME}){AFTER_NAME}"), "said_role_name_later"),
    # "“…”, Special Envoy NAME said", "el Secretario General NAME, señaló"
    (re.compile(rf"\b(?P<role>{ROLE_HEAD})\s+(?P<name>{NAME}),?\s+{_REPORTS}\b"), "role_name_said"),
    # "NAME, OHCHR’s regional representative, said …", "…, NAME, Commission Chair, told correspondents"
    (re.compile(rf"(?:^|(?<=[.!?”\"]\s)|(?<=,\s))(?P<name>{NAME}),\s+(?P<role>[^,.;“”\"]{{3,120}}),\s+{_REPORTS}\b"),
     "name_role_said"),
    # "According to Executive Director NAME, the river is rising."
    (re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?(?P<role>{ROLE_HEAD})\s+(?P<name>{NAME}){AFTER_NAME}"),
     "according_to_role_name"),
    # "…, according to the agency’s Deputy Executive Director, NAME."
    (re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?:[\w’'-]+['’]s\s+)?(?P<role>[^,.;]{{3,100}}),\s+(?P<name>{NAME})"
                rf"{AFTER_NAME}"), "according_to_role_name"),
)
# Russian puts the verb first and the role, then the name, after it: "…, заявил представитель генсека ООН NAME"
_RU_SAY = r"(?:заявил|сообщил|отметил|сказал|подчеркнул|добавил|призвал|предупредил|выразил)[аи]?"
_RU_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}"
_RU_ROLE = (r"(?:[а-яё][^,.;:«»\"“”]{0,120}?\s)?(?:представител|пресс-секретар|секретар|комиссар|директор|координатор|"
            r"докладчик|посланник|спецпосланник|глав[аыу]|председател|руководител|эксперт|верховн)[^,.;:«»\"“”]{0,120}?")
_LATER_FORMS_RU = (
    (re.compile(rf"\b{_RU_SAY}\s+(?P<role>{_RU_ROLE})\s+(?P<name>{_RU_NAME})(?=\s*[,.;:]|\s*$|\s+[а-яё])"),
     "ru_said_role_name"),
    # "«…», – заявила NAME, исполнительный директор агентства."
    (re.compile(rf"\b{_RU_SAY}\s+(?P<name>{_RU_NAME}),\s+(?P<role>{_RU_ROLE})(?=\s*[,.;:]|\s*$)"), "ru_said_name_role"),
    # "Исполнительный директор агентства NAME призвала ...": the role, capitalised, opens the sentence
    (re.compile(rf"(?:^|(?<=[.!?»]\s))(?P<role>[А-ЯЁ]{_RU_ROLE}(?:\s+ООН)?)\s+(?P<name>{_RU_NAME})\s+[а-яё]+л[аи]?\b"),
     "ru_role_name_verb"),
)
_ROLE_WORD = re.compile(rf"(?i)\b{ROLE_HEAD}")
_BRIEFED_BODY = re.compile(r"(?i)\b(?:briefed|told|addressed)\s+the\s+(?:Security\s+Council|General\s+Assembly|"
                           r"Human\s+Rights\s+Council|Council|Assembly|Committee)\b")


def quoted_speaker(paragraphs: list[str]) -> Speaker | None:
    """The one person with a role whom a release's opening paragraphs quote or report ("“…,” said
    NAME, ROLE"); none when they quote two people, since the release then speaks for neither.

    >>> quoted_speaker(["The office condemned the attack.", "“This must stop,” said Jane Roe, the Special "
    ...                 "Representative for the valley. “Now.”"]).name
    'Jane Roe'
    >>> quoted_speaker(["Об этом заявила заместитель директора бюро Анна Линд, передает агентство."]).role
    'заместитель директора бюро'
    >>> quoted_speaker(["“Act now,” said Jane Roe, the Special Representative.", "“Yes,” said Omar Haddad, "
    ...                 "the Regional Director."]) is None
    True
    """
    if any(_BRIEFED_BODY.search(p) for p in paragraphs[:2]):
        return None  # "…, as he briefed the Security Council today": a meeting's coverage quotes its speakers
    found: dict[str, Speaker] = {}
    for said in filter(None, map(arabic_role_name, paragraphs)):
        found.setdefault(said.name or "", said)
    for paragraph in paragraphs:
        for pattern, rule in (*_LATER_FORMS, *_LATER_FORMS_RU):
            for match in pattern.finditer(paragraph[:1500]):
                name, role = clean_name(match.group("name")), tidy_role(match.group("role"))
                if is_name(name) and (rule.startswith("ru_") or _ROLE_WORD.search(role)):
                    found.setdefault(name, Speaker(name, re.sub(r"(?i)^the\s+", "", role), rule))
    return next(iter(found.values())) if len(found) == 1 else None
