"""What a person's name looks like on a UN page, and how it is cleaned: the `NAME` pattern the
speaker readers embed, the honorifics before it, and the test that keeps places, bodies and a
headline's words from passing for a name (a wrong speaker is worse than none).
"""

from __future__ import annotations

import functools
import re

from .furniture import wordset

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"  # Latin Extended-A too: "Šimonović", "Łukasz" (its lower-case letters are let through)
_CAP = rf"[{_UPPER}](?:[\w.-]|['’](?=\w))*"
_PARTICLE = r"(?:de|da|del|dos|du|van|von|der|bin|al|el|la|le|di|ter)"
# names never run over a line break: the line after a byline is a place or a date, not a surname
NAME = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP}){{1,3}}?"
AFTER_NAME = r"(?=\s*$|\s*[,;:.!?)'’\"]|\s+[a-zß-ÿа-яё(])"  # a name ends before a lower-case word
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
    "coordinator representative envoy adviser chairperson headquarters palais dialogue interactive "
    # the same nouns in French and Spanish: "Derechos Humanos" after "para los" is no name
    "derechos humanos droits homme naciones unidas nations unies consejo conseil comité asamblea assemblée "
    "oficina bureau secretario secrétaire general général alto alta comisionado comisionada haut-commissaire")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|H\.?E|S\.?E|Judge|Justice|Ambassador|Embajador|Embajadora|"
                        r"Ambassadeur|M|Mme|Sr|Sra|Dña?|Monsieur|Madame|Señora?|Dre|Dra)\.?\s+)+")
HONORIFIC = (r"(?:(?:Mr|Mrs|Ms|Dr|Dre|Dra|Prof|H\.\s?E|S\.\s?E|M|Mme|Sr|Sra)\.?\s+)*"
             r"(?:Mr|Mrs|Ms|Dr|Dre|Dra|Prof|H\.\s?E|S\.\s?E|M|Mme|Sr|Sra|Ambassador|Embajador|Embajadora|Ambassadeur)\.?")


@functools.cache
def _place_names() -> frozenset[str]:
    """Names of states and places (the entity gazetteer's), lower case: never part of a person's name."""
    from ..extract.entities.gazetteer import read_data

    names: set[str] = set()
    for row in read_data("states.yaml")["states"]:
        names.update(n.lower() for n in (row["name"], *row.get("aliases", [])))
    return frozenset(names)


_GERUND = re.compile(r"^[A-Z][a-z]+ing$")
_KIND_WORD = re.compile(r"(?i)^(?:statement|remarks|message|address|speech|briefing|opening|closing|discurso|discours|"
                        r"declaración|déclaration|mensaje|conférence|conferencia)")


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
    if any(len(word.rstrip(".")) > 1 and word.isupper() for word in text.split()):  # "UN Headquarters": an acronym
        return False
    if any(_KIND_WORD.match(word) for word in text.split()):  # "Statementby Tom Koenigs": a title's words
        return False
    spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return not any(span in _place_names() for span in spans)


def clean_name(name: str) -> str:
    """A name without a trailing full stop (kept after an initial) or an honorific.

    >>> clean_name("Mr. Volker Türk."), clean_name("Jane B."), clean_name("Ban Ki-moon’s")
    ('Volker Türk', 'Jane B.', 'Ban Ki-moon')
    >>> clean_name("Executive Director Jane Roe"), clean_name("Director Roe")
    ('Jane Roe', 'Director Roe')
    """
    name = re.sub(r"['’]s$", "", _HONORIFIC.sub("", name.strip()))  # "Ban Ki-moon’s remarks"
    name = _ROLE_BEFORE_NAME.sub("", name)  # "Executive Director Jane Roe": the role is no part of the name
    return name[:-1] if name.endswith(".") and not re.search(r"\b\w\.$", name) else name


def starts_with_role(name: str) -> bool:
    """True for a name a role word opens ("High Commissioner Jane Roe")."""
    return bool(_ROLE_BEFORE_NAME.match(_HONORIFIC.sub("", name.strip())))


_ROLE_BEFORE_NAME = re.compile(r"^(?:(?:Deputy|Acting|Assistant)\s+)?(?:Executive\s+Director|Director-General|"
                               r"Director|Special\s+Rapporteur|Special\s+Representative|Special\s+Envoy|"
                               r"High\s+Commissioner|Secretary-General|Spokesperson|Administrator|President|Chair)\s+"
                               r"(?=[A-ZÀ-Þ]\w+\s+[A-ZÀ-Þ])")
