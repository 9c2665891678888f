"""Heads of UN agencies, funds and programmes, and the names pages give them in other scripts.

Agency statements name their head with the agency around the role ("Statement from World Food
Programme Executive Director David Beasley", "世卫组织总干事谭德塞博士"). Knowing who the heads
were lets the header reader recognise the name whatever form surrounds it, in any script, and
fold a misspelling to the head's own spelling. Terms are public facts (appointment dates, to
the month where the day is not sure); a head is never inferred from the role and a date alone,
because a page that does not name its speaker leaves the speaker null.
"""

from __future__ import annotations

from datetime import date

AGENCY_TERMS: dict[str, tuple[tuple[str, date, date | None], ...]] = {
    "UN High Commissioner for Refugees": (
        ("Sadako Ogata", date(1991, 1, 1), date(2000, 12, 31)),
        ("Ruud Lubbers", date(2001, 1, 1), date(2005, 2, 20)),
        ("António Guterres", date(2005, 6, 15), date(2015, 12, 31)),
        ("Filippo Grandi", date(2016, 1, 1), date(2025, 12, 31)),
    ),
    "UNICEF Executive Director": (
        ("Carol Bellamy", date(1995, 5, 1), date(2005, 4, 30)),
        ("Ann M. Veneman", date(2005, 5, 1), date(2010, 4, 30)),
        ("Anthony Lake", date(2010, 5, 1), date(2017, 12, 31)),
        ("Henrietta H. Fore", date(2018, 1, 1), date(2021, 12, 31)),
        ("Catherine Russell", date(2022, 2, 1), None),
    ),
    "WFP Executive Director": (
        ("James T. Morris", date(2002, 4, 1), date(2007, 4, 4)),
        ("Josette Sheeran", date(2007, 4, 5), date(2012, 4, 4)),
        ("Ertharin Cousin", date(2012, 4, 5), date(2017, 4, 4)),
        ("David Beasley", date(2017, 4, 5), date(2023, 4, 4)),
        ("Cindy McCain", date(2023, 4, 5), None),
    ),
    "WHO Director-General": (
        ("Lee Jong-wook", date(2003, 7, 21), date(2006, 5, 22)),
        ("Margaret Chan", date(2007, 1, 4), date(2017, 6, 30)),
        ("Tedros Adhanom Ghebreyesus", date(2017, 7, 1), None),
    ),
    "UNESCO Director-General": (
        ("Koïchiro Matsuura", date(1999, 11, 15), date(2009, 11, 14)),
        ("Irina Bokova", date(2009, 11, 15), date(2017, 11, 14)),
        ("Audrey Azoulay", date(2017, 11, 15), date(2025, 11, 14)),
    ),
    "UNRWA Commissioner-General": (
        ("Karen AbuZayd", date(2005, 6, 1), date(2010, 1, 19)),
        ("Pierre Krähenbühl", date(2014, 3, 30), date(2019, 11, 6)),
        ("Philippe Lazzarini", date(2020, 3, 18), None),
    ),
    "Emergency Relief Coordinator": (
        ("Jan Egeland", date(2003, 6, 1), date(2006, 12, 31)),
        ("John Holmes", date(2007, 1, 1), date(2010, 8, 31)),
        ("Valerie Amos", date(2010, 9, 1), date(2015, 5, 31)),
        ("Stephen O'Brien", date(2015, 6, 1), date(2017, 8, 31)),
        ("Mark Lowcock", date(2017, 9, 1), date(2021, 6, 30)),
        ("Martin Griffiths", date(2021, 7, 19), date(2024, 6, 30)),
        ("Tom Fletcher", date(2024, 11, 18), None),
    ),
    "IOM Director General": (
        ("William Lacy Swing", date(2008, 10, 1), date(2018, 9, 30)),
        ("António Vitorino", date(2018, 10, 1), date(2023, 9, 30)),
        ("Amy Pope", date(2023, 10, 1), None),
    ),
    "UNAIDS Executive Director": (
        ("Michel Sidibé", date(2009, 1, 1), date(2019, 5, 31)),
        ("Winnie Byanyima", date(2019, 11, 1), None),
    ),
    "UNDP Administrator": (
        ("Helen Clark", date(2009, 4, 17), date(2017, 4, 19)),
        ("Achim Steiner", date(2017, 6, 19), date(2025, 6, 15)),
    ),
    "UN Women Executive Director": (
        ("Phumzile Mlambo-Ngcuka", date(2013, 8, 19), date(2021, 8, 31)),
        ("Sima Bahous", date(2021, 9, 1), None),
    ),
    "FAO Director-General": (
        ("José Graziano da Silva", date(2012, 1, 1), date(2019, 7, 31)),
        ("Qu Dongyu", date(2019, 8, 1), None),
    ),
    "ILO Director-General": (
        ("Guy Ryder", date(2012, 10, 1), date(2022, 9, 30)),
        ("Gilbert F. Houngbo", date(2022, 10, 1), None),
    ),
    "UNEP Executive Director": (
        ("Erik Solheim", date(2016, 6, 15), date(2018, 11, 20)),
        ("Inger Andersen", date(2019, 6, 15), None),
    ),
}

# how pages in other scripts (and some Latin spellings) write the heads; Russian forms end in a stem
# so that case endings match ("г-жи Ирины Боковой")
AGENCY_HEAD_FORMS: dict[str, tuple[str, ...]] = {
    "Tedros Adhanom Ghebreyesus": (r"谭德塞", r"تيدروس\s+أدهانوم(?:\s+غيبريسوس)?", r"Тедрос\w{0,2}\s+Адханом\w{0,2}"),
    "Margaret Chan": (r"陈冯富珍", r"مارغريت\s+تشان", r"Маргарет\s+Чен"),
    "Filippo Grandi": (r"菲利波·格兰迪", r"格兰迪", r"格蘭迪", r"فيليبو\s+غراندي", r"Филиппо\s+Гранди"),
    "Catherine Russell": (r"凯瑟琳[•·]拉塞尔", r"كاثرين\s+راسل", r"Кэтрин\s+Рассел\w{0,2}"),
    "David Beasley": (r"戴维·比斯利", r"ديفيد\s+بيزلي", r"Дэвид\w{0,2}\s+Бизли"),
    "Irina Bokova": (r"伊琳娜·博科娃", r"إيرينا\s+بوكوفا", r"Ирин\w{1,2}\s+Боков\w{1,2}"),
    "Audrey Azoulay": (r"奥德蕾·阿祖莱", r"أودري\s+أزولاي", r"Одри\s+Азуле"),
    "Qu Dongyu": (r"屈冬玉", r"شو\s+دونيو", r"Цюй\s+Дунъюй"),
    "Cindy McCain": (r"سيندي\s+ماكين",),
    "Philippe Lazzarini": (r"菲利普·拉扎里尼", r"فيليب\s+لازاريني", r"Филипп\w{0,2}\s+Лаццарини"),
}
