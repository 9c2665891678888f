"""Who speaks, read off how an opening paragraph attributes its words: the speaker named after the
verb ("..., said today the new Special Rapporteur on the right to food, NAME."), after a quotation
("“...,” dijo NAME", "“...,” NAME said") or a group named at the end of a sentence ("..., UN experts
said today."). Only the first opening paragraph is read this way: later ones quote others.
"""

from __future__ import annotations

import re

from .speakers import AFTER_NAME, NAME, ROLE_HEAD, Speaker, clean_name, is_name, tidy_role

_SAY = (r"(?:said|says|stated|declared|warned|stressed|urged|dijo|declaró|afirmó|subrayó|a\s+déclaré|a\s+dit|"
        r"a\s+affirmé|a\s+souligné)")
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
    for pattern, rule in ((_SAID_ROLE_NAME, "said_role_name"), (_QUOTE_SAID_NAME, "quote_said_name"),
                          (_QUOTE_NAME_SAID, "quote_name_said")):
        if (match := pattern.search(head)) and is_name(name := clean_name(match.group("name"))):
            role = match.groupdict().get("role")
            return Speaker(name, tidy_role(role) if role else None, rule)
    if _EXPERTS_SAID.search(head):
        return Speaker("UN experts", None, "experts_said")
    return None
