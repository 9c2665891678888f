"""Who held a UN office on a given day: names a speaker the page gives only by title.

"Secretary-General's remarks to the press" or "Statement by the High Commissioner" name
the office, not the person; the publication date settles who spoke. Terms are public
facts (start and end dates of each appointment); a date outside every term gives None,
never a guess.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date
from difflib import SequenceMatcher

from .agency_heads import AGENCY_TERMS

_UN_TERMS: dict[str, tuple[tuple[str, date, date | None], ...]] = {
    "Secretary-General": (
        ("Trygve Lie", date(1946, 2, 1), date(1952, 11, 10)),
        ("Dag Hammarskjöld", date(1953, 4, 10), date(1961, 9, 18)),
        ("U Thant", date(1961, 11, 30), date(1971, 12, 31)),
        ("Kurt Waldheim", date(1972, 1, 1), date(1981, 12, 31)),
        ("Javier Pérez de Cuéllar", date(1982, 1, 1), date(1991, 12, 31)),
        ("Boutros Boutros-Ghali", date(1992, 1, 1), date(1996, 12, 31)),
        ("Kofi Annan", date(1997, 1, 1), date(2006, 12, 31)),
        ("Ban Ki-moon", date(2007, 1, 1), date(2016, 12, 31)),
        ("António Guterres", date(2017, 1, 1), date(2026, 12, 31)),
    ),
    "Deputy Secretary-General": (
        ("Louise Fréchette", date(1998, 3, 2), date(2006, 3, 31)),
        ("Mark Malloch Brown", date(2006, 4, 1), date(2006, 12, 31)),
        ("Asha-Rose Migiro", date(2007, 2, 5), date(2012, 6, 30)),
        ("Jan Eliasson", date(2012, 7, 1), date(2016, 12, 31)),
        ("Amina J. Mohammed", date(2017, 1, 1), None),
    ),
    "UN High Commissioner for Human Rights": (
        ("José Ayala-Lasso", date(1994, 4, 5), date(1997, 3, 15)),
        ("Mary Robinson", date(1997, 9, 12), date(2002, 9, 11)),
        ("Sérgio Vieira de Mello", date(2002, 9, 12), date(2003, 8, 19)),
        ("Louise Arbour", date(2004, 7, 1), date(2008, 6, 30)),
        ("Navi Pillay", date(2008, 9, 1), date(2014, 8, 31)),
        ("Zeid Ra'ad Al Hussein", date(2014, 9, 1), date(2018, 8, 31)),
        ("Michelle Bachelet", date(2018, 9, 1), date(2022, 8, 31)),
        ("Volker Türk", date(2022, 10, 17), None),
    ),
}

# agency heads are known by name (never inferred from a role and a date: see agency_heads)
_TERMS = {**_UN_TERMS, **AGENCY_TERMS}

# the office as a title or byline names it, in the six UN languages (and Persian, which UN
# information centres publish in); "Deputy Secretary-General" is another office
_SG_NAMES = (r"Secretary[-\s]General|Secr[ée]taire\s+g[ée]n[ée]ral|Secretario\s+General|"
             r"Генеральн\w+\s+секретар\w+|秘书长|"
             r"(?:ال|لل|ل)أمين\s+العام|دبیر\s*کل|Глав[аыу]\s+ООН|"
             # what news headlines call the offices: "UN chief", "le chef de l'ONU", "UN rights chief"
             r"(?<=UN\s)chief|chef\s+de\s+l['’]ONU|jefe\s+de\s+la\s+ONU|联合国秘书长")
_HC_NAMES = (r"(?<=UN\s)(?:human\s+)?rights\s+chief|High\s+Commissioner(?:\s+for\s+Human\s+Rights)?|"
             r"Haut-Commissaire(?:\s+(?:des\s+Nations\s+Unies\s+)?aux"
             r"\s+droits\s+de\s+l['’]homme)?(?!\s+adjointe?)|Alt[oa]\s+Comisionad[oa](?!\s+Adjunt)(?:\s+(?:de\s+las\s+Naciones\s+Unidas\s+)?para\s+"
             r"los\s+Derechos\s+Humanos)?|Верховн\w+\s+комиссар\w*(?:\s+ООН)?\s+по\s+правам\s+человека|"
             r"人权事务高级专员(?!办)|人权高专(?!办)|(?<!难民署)(?<!难民事务)高级专员(?!办)|"
             # Arabic attaches "for"/"of the" to the word: لمفوضة, للمفوض
             r"(?:ل|لل)?مفوض(?:ة)?\s+الأمم\s+المتحدة\s+السامي(?:ة)?\s+لحقوق\s+الإنسان|"
             r"(?:ل|لل)?(?:ال)?مفوض(?:ة)?\s+السامي(?:ة)?\s+لحقوق\s+الإنسان")
# word edges for alphabetic scripts only: Chinese writes an office between other characters
_EDGE = r"A-Za-zÀ-ÿ\u0400-\u04FF\u0600-\u06FF-"
_DSG_NAMES = (r"Deputy\s+Secretary[-\s]General|Vice-Secrétaire\s+générale?|Vicesecretaria\s+General|"
              r"Vicesecretario\s+General")
# case-blind inside its own group, so other readers can embed it ("<office>, <name>")
OFFICE_PATTERN = (rf"(?i:(?<![{_EDGE}])(?:(?:UN|United Nations)\s+)?(?:(?P<dsg>{_DSG_NAMES})|(?P<sg>{_SG_NAMES})|"
                  rf"(?P<hc>{_HC_NAMES}))(?![{_EDGE}])(?:['’]s\b)?)")
_OFFICE = re.compile(OFFICE_PATTERN)
# the office of a deputy, an envoy or a spokesperson is not the office itself
_NOT_OFFICE = re.compile(r"(?i)\b(?:deputy|assistant|under|special\s+(?:envoy|representative|adviser)\s+of\s+the|"
                         r"spokes(?:person|man|woman)\s+for\s+(?:the\s+)?(?:UN\s+)?|office\s+of\s+the\s+"
                         r"(?:UN\s+)?)\s*-?\s*$|"
                         # the same in Arabic (under, deputy, assistant), Russian and Chinese
                         r"(?:وكيل|نائب|مساعد|заместител\w*|помощник\w*)\s*$|(?:副|助理)$")




def office_in(text: str) -> str | None:
    """The office a title names as its speaker, in its full form.

    >>> office_in("Secretary-General's remarks to the press on the situation in the Sahel")
    'Secretary-General'
    >>> office_in("Statement by the High Commissioner on Sudan")
    'UN High Commissioner for Human Rights'
    >>> office_in("Deputy Secretary-General's remarks")  # an office of its own
    'Deputy Secretary-General'
    >>> office_in("High Commissioner for Refugees visits Chad") is None
    True
    >>> office_in("وكيل الأمين العام للأمم المتحدة يحذر"), office_in("联合国副秘书长的致辞")  # under-, deputy
    (None, None)
    >>> office_in("Déclaration du Secrétaire général"), office_in("联合国人权事务高级专员的讲话")
    ('Secretary-General', 'UN High Commissioner for Human Rights')
    """
    for match in _OFFICE.finditer(text):
        if _NOT_OFFICE.search(text[:match.start()]) or re.match(r"\s+for\s+Refugees", text[match.end():]):
            continue
        if match.group("dsg"):
            return "Deputy Secretary-General"
        return "Secretary-General" if match.group("sg") else "UN High Commissioner for Human Rights"
    return None


_SPEAKER_PREFIX = re.compile(r"(?i)^(?:(?:[\w-]+\s+){0,3}(?:by|of|from|du|de|del|des|par|por)\s+)?"
                             r"(?:the\s+|le\s+|la\s+|l['’]|el\s+)?(?:联合国)?$")


def title_office(title: str) -> str | None:
    """The office a title names as its speaker: at its start or after "by"/"of", never as
    the object of another's action.

    >>> title_office("Secretary-General's remarks to the press"), title_office("Message of the Secretary-General")
    ('Secretary-General', 'Secretary-General')
    >>> title_office("Council holds interactive dialogue with the High Commissioner for Human Rights") is None
    True
    >>> title_office("À l’occasion de la Journée mondiale, le Secrétaire général déclare : « Il existe une dynamique »")
    'Secretary-General'

    """
    office = office_in(title)
    match = _OFFICE.search(title)
    if office is None or match is None:
        return None
    if re.search(r"[\u0400-\u04FF\u0600-\u06FF]", title) and not re.search(r"[A-Za-z]", title):
        return office  # Arabic and Russian titles name the statement first ("Opening statement of the ...")
    if _SPEAKER_PREFIX.match(title[:match.start()]) or _SAYS.match(title[match.end():]):
        return office
    return None


# the office as the subject of a speech verb anywhere in a title: "..., le Secrétaire général déclare :"
_SAYS = re.compile(r"(?i)\s*(?:says|said|urges|calls|warns|stresses|déclare|dit|affirme|appelle|exhorte|dice|afirma|"
                   r"declara|insta|pide|заявил|заявляет|призывает)\b")


def holder(office: str, on: date | None) -> str | None:
    """The person in `office` on a day.

    >>> holder("UN High Commissioner for Human Rights", date(2022, 5, 28))
    'Michelle Bachelet'
    >>> holder("Secretary-General", date(2024, 3, 6))
    'António Guterres'
    >>> holder("UN High Commissioner for Human Rights", date(2022, 9, 15)) is None  # between terms
    True
    """
    if on is None:
        return None
    for name, start, end in _TERMS.get(office, ()):
        if start <= on and (end is None or on <= end):
            return name
    return None


def held(name: str, office: str) -> bool:
    """True when `name` held `office` at some time.

    >>> held("Amina J. Mohammed", "Deputy Secretary-General"), held("Ban Ki-moon", "Deputy Secretary-General")
    (True, False)
    """
    return any(name == person for person, _, _ in _TERMS.get(office, ()))


def holder_in_year(office: str, year: int) -> str | None:
    """The person in `office` through the whole of `year`, when one person held it all year.

    >>> holder_in_year("Secretary-General", 2017), holder_in_year("Secretary-General", 2006)
    ('António Guterres', 'Kofi Annan')
    >>> holder_in_year("UN High Commissioner for Human Rights", 2022) is None  # two holders that year
    True
    """
    first, last = holder(office, date(year, 1, 1)), holder(office, date(year, 12, 31))
    return first if first and first == last else None


@functools.cache
def holders() -> tuple[str, ...]:
    """Everyone who held one of the offices, longest name first (for reading names after a role)."""
    return tuple(sorted({name for terms in _TERMS.values() for name, _, _ in terms}, key=len, reverse=True))


def holder_by_short_name() -> dict[str, str]:
    """The short names news and titles use for office holders ("Türk", "Guterres", "Zeid",
    "Ban"), each standing for one person only.

    >>> holder_by_short_name()["Türk"], holder_by_short_name()["Zeid"], holder_by_short_name()["Ban"]
    ('Volker Türk', "Zeid Ra'ad Al Hussein", 'Ban Ki-moon')
    """
    keys: dict[str, set[str]] = {}
    for name in holders():
        words = name.replace("’", "'").split()
        for key in {words[-1], words[0] if len(words) >= 3 or "-" in words[-1] else words[-1]}:
            keys.setdefault(key, set()).add(name)
    return {key: next(iter(names)) for key, names in keys.items() if len(names) == 1 and len(key) > 2}


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("-", " ").split())


def same_person(written: str, holder_name: str) -> bool:
    """True when a name as a page writes it is the office holder's, misspelt or unaccented.

    >>> same_person("Antonio Gutteres", "António Guterres"), same_person("Michele Bachelet", "Michelle Bachelet")
    (True, True)
    >>> same_person("Stéphane Dujarric", "António Guterres"), same_person("Volker Turk", "Volker Türk")
    (False, True)
    """
    a, b = _folded(written), _folded(holder_name)
    # the surnames must be close: two people in one office's orbit share no surname often
    return SequenceMatcher(None, a, b).ratio() >= 0.85 and \
        SequenceMatcher(None, a.split()[-1], b.split()[-1]).ratio() >= 0.75
