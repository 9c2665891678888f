"""Office holders named anywhere near the top of a page, in any UN language's script.

A Chinese story says "潘基文秘书长发表致辞", an Arabic speech header "البيان الافتتاحي للسيدة
نافي بيلاي", a Russian one "Выступление Пан Ги Муна": the speaker is an office holder the page
names in its own script, inflected or not. Each form below is how UN pages in that language
spell the person (a public fact); a form is kept only when it names that one person (Chinese
"侯赛因" alone is any Hussein, so Zeid needs "扎伊德"). Russian forms end in a stem so that
case endings ("Пан Ги Муна", "Зейда Раада") match.
"""

from __future__ import annotations

import functools
import re

from .agency_heads import AGENCY_HEAD_FORMS
from .office_holders import holder_by_short_name, holders
from .speakers import NAME, Speaker

# canonical name (as office_holders spells it) -> its forms in other scripts and spellings
_FORMS: dict[str, tuple[str, ...]] = {
    "Kofi Annan": (r"科菲·安南", r"安南秘书长", r"كوفي\s+عنان", r"Кофи\s+Аннан"),
    "Ban Ki-moon": (r"Ban\s+Ki[-\s]?moon", r"潘基文", r"بان\s+كي[-\s]?مون", r"Пан\s+Ги\s+Мун"),
    "António Guterres": (r"古特雷斯", r"(?:أنطونيو\s+)?غوتيري[شس]", r"(?:Антониу\s+)?Гутерр?[еи]ш",
                         r"(?:آنتونیو\s+)?گوترش"),
    "Louise Arbour": (r"路易丝·阿尔布尔", r"لويز\s+آربور", r"Луиз\w?\s+Арбур"),
    "Navi Pillay": (r"Navanethem\s+Pillay", r"纳维·皮莱", r"皮莱高级专员", r"نافي\s+بيلاي", r"Нави\s+Пиллай"),
    "Zeid Ra'ad Al Hussein": (r"Zeid\s+Ra['’]?ad\s+(?:Al|al)[\s-]Hussein", r"扎伊德",
                              r"زيد\s+(?:بن\s+)?رعد\s+(?:ال)?حسين", r"Зейд\w{0,2}\s+Раад\w{0,2}"),
    "Michelle Bachelet": (r"巴切莱特", r"ميشيل\s+باشيليت", r"Мишель\s+Бачелет"),
    "Volker Türk": (r"Volker\s+Tu(?:e)?rk", r"蒂尔克", r"فولكر\s+تورك", r"Фолькер\w?\s+Тюрк"),
    "Amina J. Mohammed": (r"Amina\s+Mohammed", r"阿米娜·穆罕默德", r"أمينة\s+محمد", r"Амин\w\s+Мохаммед"),
    "Jan Eliasson": (r"扬·埃利亚松", r"يان\s+إلياسون", r"Ян\w?\s+Элиассон"),
}
# a name ends where its word ends; Chinese has no word edges, so its forms stand alone
_LETTER = r"A-Za-zÀ-ÿ\u0400-\u04FF\u0600-\u06FF"
# surnames that stand for one person in UN news ("Brown", "Mohammed", "Ban" or "Hussein" do not)
DISTINCT_SHORT_NAMES = frozenset({"Annan", "Arbour", "Ayala-Lasso", "Bachelet", "Boutros-Ghali", "Eliasson",
                                   "Fréchette", "Guterres", "Hammarskjöld", "Migiro", "Pillay", "Türk", "Waldheim",
                                   "Zeid", "Grandi", "Tedros", "Lazzarini", "Bokova", "Azoulay", "Byanyima",
                                   "Lowcock", "Beasley", "Krähenbühl", "Sidibé", "Egeland"})
# "Türk said", "Guterres told reporters": a short name as the subject of a speech verb
_SPEECH_VERB = (r"(?:said|says|told|urged|stressed|warned|called|noted|added|declared|stated|welcomed|condemned|"
                r"expressed|emphasized|emphasised|underlined|appealed|a\s+(?:déclaré|dit|souligné|affirmé)|"
                r"(?:dijo|declaró|afirmó|subrayó))\b")


@functools.cache
def _pattern() -> re.Pattern[str]:
    alternatives = []
    for index, (_, forms) in enumerate(sorted(_forms().items())):
        alternatives.append(rf"(?P<n{index}>{'|'.join(forms)})")
    # case-blind: full names print in capitals too ("ANTÓNIO GUTERRES, Secretary-General of ...")
    return re.compile(rf"(?i)(?<![{_LETTER}])(?:{'|'.join(alternatives)})")


@functools.cache
def _forms() -> dict[str, tuple[str, ...]]:
    """Every holder's forms: the full Latin name as office_holders spells it, plus the forms above."""
    forms: dict[str, tuple[str, ...]] = {name: (re.escape(name).replace(r"\ ", r"\s+"),) for name in holders()}
    for name, extra in (*_FORMS.items(), *AGENCY_HEAD_FORMS.items()):
        forms[name] = forms.get(name, ()) + extra
    shorts = {short: name for short, name in holder_by_short_name().items() if short in DISTINCT_SHORT_NAMES}
    for short, name in shorts.items():
        forms[name] = forms[name] + (rf"{re.escape(short)}(?=\s+{_SPEECH_VERB})",)
    return forms


def holders_named(text: str) -> list[tuple[str, int]]:
    """The office holders a text names, with where each is first named, in order, each once.

    >>> holders_named("在10月24日联合国日之际,潘基文秘书长发表致辞")
    [('Ban Ki-moon', 14)]
    >>> [name for name, _ in holders_named("Выступление Пан Ги Муна на открытии конференции")]
    ['Ban Ki-moon']
    >>> [name for name, _ in holders_named("“We must act,” Türk said. Guterres told the Council")]  # short names
    ['Volker Türk', 'António Guterres']
    >>> holders_named("a ban on exports; Saddam Hussein; 侯赛因")  # neither a holder
    []
    """
    names = sorted(_forms())
    found: dict[str, int] = {}
    for match in _pattern().finditer(text):
        index = int(next(group for group, value in match.groupdict().items() if value)[1:])
        found.setdefault(names[index], match.start())
    return list(found.items())


# a paragraph that opens with another person ("NAME, Director of ..., recalled a statement by the
# Secretary-General") reports that holder's words; it is not theirs
_OTHER_OPENS = re.compile(rf"^{NAME},\s")
# "the Secretary-General, NAME, has appointed ...": the holder acts on the person the release is about
_APPOINTS = re.compile(r"(?i)\b(?:has\s+|have\s+)?(?:re-?)?(?:appointed|designated|nominated)\b|\ba\s+(?:re)?nommé|"
                       r"\bha\s+(?:designado|nombrado)|\b(?:designó|nombró)\b|назначил|任命")
_SUBJECT_REACH = 400  # how far into a paragraph its subject may stand (a long quotation may come first)


def holder_mentioned(title: str, paragraphs: list[str]) -> Speaker | None:
    """The office holder a page names first, in its title or near the start of an opening paragraph:
    on a statement page the one person the header names is its speaker. The caller keeps this last,
    after every reader of a form.

    >>> holder_mentioned("البيان الافتتاحي للسيدة نافي بيلاي", []).name
    'Navi Pillay'
    >>> holder_mentioned("Heatwave in Europe", ["Temperatures rose again."]) is None
    True
    >>> holder_mentioned("Briefing", ["Jane Roe, Director of Information, recalled that António Guterres said"]) is None
    True
    """
    if named := holders_named(title):
        return Speaker(named[0][0], None, "holder_named")
    for paragraph in paragraphs:
        named = holders_named(paragraph[:_SUBJECT_REACH + 100])  # only the paragraph's start can name its subject
        opener = _OTHER_OPENS.match(paragraph)
        # "Executive Director A and Executive Director B will meet ...": two holders, no one speaker
        joint = len(named) > 1 and re.search(r"\s(?:and|et|y|и)\s", paragraph[named[0][1]:named[1][1]]) \
            and named[1][1] - named[0][1] < 80
        if named and named[0][1] < _SUBJECT_REACH and not (opener and opener.end() <= named[0][1]) \
                and not _APPOINTS.search(paragraph[named[0][1]:named[0][1] + 80]) and not joint:
            return Speaker(named[0][0], None, "holder_named")
    return None
