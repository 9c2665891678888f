"""International days named in statements: "on Human Rights Day", "this World Refugee Day".

A named day is a DATE on its fixed calendar day in the document's year (TimeML, and the
convention of the project's gold), or in the year written after it ("Human Rights Day
2024"). The table holds the United Nations observances statements mention most; each day
is a public fact (General Assembly resolutions set them). Days whose date moves from year
to year (World Press Freedom Day does not, Mother's Day would) are left out.
"""

from __future__ import annotations

import re
from typing import Any

# name (lower case, straight apostrophes) -> (month, day)
NAMED_DAYS: dict[str, tuple[int, int]] = {
    "human rights day": (12, 10),
    "international women's day": (3, 8),
    "world refugee day": (6, 20),
    "international day of peace": (9, 21),
    "united nations day": (10, 24),
    "un day": (10, 24),
    "world health day": (4, 7),
    "world press freedom day": (5, 3),
    "world aids day": (12, 1),
    "international migrants day": (12, 18),
    "international day of the girl child": (10, 11),
    "world environment day": (6, 5),
    "international youth day": (8, 12),
    "world humanitarian day": (8, 19),
    "international day of the world's indigenous peoples": (8, 9),
    "international day in support of victims of torture": (6, 26),
    "international day of solidarity with the palestinian people": (11, 29),
    "international holocaust remembrance day": (1, 27),
    "world water day": (3, 22),
    "international mother language day": (2, 21),
    "international day of persons with disabilities": (12, 3),
    "international day of democracy": (9, 15),
    "international day of the victims of enforced disappearances": (8, 30),
    "world day against child labour": (6, 12),
    "international literacy day": (9, 8),
    "world food day": (10, 16),
    "international day for the eradication of poverty": (10, 17),
    "international day of non-violence": (10, 2),
    "world day of social justice": (2, 20),
    "international day for the elimination of racial discrimination": (3, 21),
    "international day for the elimination of violence against women": (11, 25),
    "world children's day": (11, 20),
    "universal children's day": (11, 20),
    "international day of older persons": (10, 1),
    "international anti-corruption day": (12, 9),
    "world day against the death penalty": (10, 10),
    "international day of united nations peacekeepers": (5, 29),
    "nelson mandela international day": (7, 18),
    "world day against trafficking in persons": (7, 30),
    "international day of the victims of slavery and the transatlantic slave trade": (3, 25),
    "world oceans day": (6, 8),
    "international day of yoga": (6, 21),
}


def _name_pattern(name: str) -> str:
    """A name as a pattern: any apostrophe, any run of spaces, any case.

    >>> re.fullmatch(_name_pattern("world children's day"), "World Children’s  Day", re.IGNORECASE) is not None
    True
    """
    parts = [re.escape(word).replace("'", "['’]") for word in name.split()]
    return r"\s+".join(parts)


NAMED_DAY = (r"(?i:\b(?P<name>" + "|".join(_name_pattern(n) for n in sorted(NAMED_DAYS, key=len, reverse=True))
             + r")\b)(?:\s+(?P<y>(?:19|20)\d\d)\b)?")


def named_day_spec(match: re.Match[str]) -> dict[str, Any]:
    """The spec of a named day: its month and day, and the year written after it, if any."""
    key = re.sub(r"\s+", " ", match.group("name").lower()).replace("’", "'")
    month, day = NAMED_DAYS[key]
    year = match.group("y")
    return {"kind": "named", "m": month, "d": day, "y": int(year) if year else None}


def named_day_value(spec: dict[str, Any], anchor_year: int | None) -> str:
    """The day in the year written, else the document's year (XXXX without a date).

    >>> named_day_value({"m": 12, "d": 10, "y": None}, 2021), named_day_value({"m": 3, "d": 8, "y": None}, None)
    ('2021-12-10', 'XXXX-03-08')
    """
    year = spec["y"] or anchor_year
    return f"{year:04d}-{spec['m']:02d}-{spec['d']:02d}" if year else f"XXXX-{spec['m']:02d}-{spec['d']:02d}"
