"""Word lists of the date tagger: calendar names, number words, units, cue words.

Everything here is data; `patterns` turns it into regular expressions and `guards` and
`anchor` read the cue sets. Lower-case keys unless a list says otherwise.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# abbreviations are only read next to a day or a year ("Dec 4-5", "Sept. 2021")
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# TIMEX3 parts of the day
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "another": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "last": 4,
}
# quantity words that make a duration vague ("many years" -> PXY)
VAGUE_QUANTITIES = ("many", "several", "some", "a few", "few", "a couple of", "numerous",
                    "countless", "long", "hundreds of", "thousands of", "dozens of")

# unit word -> (TIMEX3 letter, is a time unit written after "T")
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
UNIT_PLURALS = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
                "weeks": "week", "fortnights": "fortnight", "months": "month",
                "years": "year", "decades": "decade", "centuries": "century"}

# SET adjectives and adverbs
SET_WORDS = {
    "annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
    "daily": "P1D", "hourly": "PT1H", "quarterly": "P3M", "biennial": "P2Y",
    "biennially": "P2Y", "fortnightly": "P2W",
}

# vague references: word -> TIMEX3 value
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "recent": "PAST_REF", "recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "future": "FUTURE_REF",
}
# deictic days: word -> offset in days from the anchor
DEICTIC_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# "this/last/next" before a calendar unit -> offset
RELATIVE_DIRS = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1,
                 "coming": 1}

# words outside the span that set the modifier of a date (TIMEX3 mod values)
DATE_PREPOSITIONS = {
    "since": "ON_OR_AFTER", "from": "ON_OR_AFTER", "as of": "ON_OR_AFTER",
    "as from": "ON_OR_AFTER", "starting": "ON_OR_AFTER", "after": "AFTER",
    "following": "AFTER", "beyond": "AFTER", "until": "ON_OR_BEFORE", "till": "ON_OR_BEFORE",
    "up to": "ON_OR_BEFORE", "by": "ON_OR_BEFORE", "through": "ON_OR_BEFORE",
    "before": "BEFORE", "prior to": "BEFORE", "around": "APPROX", "about": "APPROX",
    "circa": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
}
DURATION_PREPOSITIONS = {
    "more than": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "within": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "about": "APPROX",
    "around": "APPROX", "approximately": "APPROX", "some": "APPROX", "roughly": "APPROX",
}
# words inside the span before a date that narrow it (TIMEX3 mod values)
PART_PREFIXES = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "beginning of": "START", "start of": "START", "mid": "MID", "the middle of": "MID",
    "middle of": "MID", "late": "END", "the end of": "END", "end of": "END",
}

# a number before these is a reference, not a year ("resolution 2042", "article 2001")
REFERENCE_NOUNS = frozenset({
    "resolution", "resolutions", "res", "no", "nos", "number", "numbers", "article", "articles",
    "art", "paragraph", "paragraphs", "para", "paras", "rule", "rules", "item", "items",
    "chapter", "section", "annex", "decision", "decisions", "page", "pages", "p", "pp",
    "convention", "conventions", "room", "case", "box", "code", "flight", "law", "vision",
    "agenda", "tel", "phone", "fax", "ext", "extension", "document", "report", "cases",
})
# a year before these is part of a name ("the 2030 Agenda")
NAME_NOUNS = frozenset({"agenda"})
# a number before these is an amount
AMOUNT_WORDS = frozenset({"per", "percent", "%", "million", "billion", "trillion", "thousand",
                          "dollars", "usd", "euros", "francs", "km", "kg", "tonnes", "m"})
CURRENCY_MARKS = ("$", "€", "£", "¥", "USD", "US$", "EUR", "CHF", "GBP")
# a year after these is not a quantity even when a plural noun follows ("the 2022 elections")
DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these",
                         "those", "'s", "’s", "whose", "my", "your"})

# cues that a clause speaks of the future ("is due to be reviewed ... in July")
FUTURE_CUES = frozenset({"will", "shall", "'ll", "due", "schedule", "plan", "expect",
                         "intend", "upcoming", "forthcoming", "going", "set", "should",
                         "must", "aim", "propose", "prepare", "invite", "look"})
# nouns that make "today" generic ("the world today", "today's society")
GENERIC_TODAY_NOUNS = frozenset({"world", "society", "societies", "generation", "generations",
                                 "youth", "economy", "environment", "challenge", "challenges",
                                 "context", "reality", "realities", "times", "era", "age"})
# main verbs of a state: "Today, X is / has / remains …" speaks of the present in general
STATE_VERBS = frozenset({"be", "have", "remain", "exist", "live", "face", "stand", "seem", "appear", "lie"})
