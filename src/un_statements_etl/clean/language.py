"""Language of a statement as an ISO 639-1 code, without a model.

The writing system decides Chinese, Japanese, Korean, Arabic, Russian and Greek; among
Latin-script languages the one whose common function words occur most often wins.
"""

from __future__ import annotations

import re
from collections import Counter

UNDETERMINED = "und"

# (first, last) code points of a script's letters -> the language it stands for here
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x4E00, 0x9FFF, "zh"), (0x3400, 0x4DBF, "zh"), (0xF900, 0xFAFF, "zh"),
    (0x3040, 0x30FF, "ja"), (0xAC00, 0xD7AF, "ko"), (0x1100, 0x11FF, "ko"),
    (0x0600, 0x06FF, "ar"), (0x0750, 0x077F, "ar"), (0xFB50, 0xFDFF, "ar"), (0xFE70, 0xFEFF, "ar"),
    (0x0400, 0x052F, "ru"), (0x0370, 0x03FF, "el"),
)
_STOPWORDS = {  # common function words, one string per language
    "en": "the and of to in is that for it with as was on are be by this have from not which has been "
          "will its their we our",
    "fr": "le la les des et est une dans que pour qui pas sur au aux du par ce ces sont avec nous il "
          "elle ont été leur",
    "es": "el la los las y es una en que por para con del se no su al lo como más pero sus este esta "
          "son ha",
    "pt": "o os as e é um uma em que para com do da dos das não no na por mais ao se seu sua são "
          "foi",
    "de": "der die das und ist ein eine nicht zu den mit von sich des auf für dem im auch es sie wir "
          "werden",
}
_WORD = re.compile(r"[^\W\d_]+")


def _script_of(ch: str) -> str | None:
    code = ord(ch)
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    for first, last, lang in _SCRIPTS:
        if first <= code <= last:
            return lang
    return None


def _latin_language(text: str) -> str:
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[w] for w in stop.split()) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else UNDETERMINED


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of `text`, or "und" when it cannot be told.

    >>> detect_language("The High Commissioner said that the visit was an opportunity.")
    'en'
    >>> detect_language("La Haute-Commissaire a déclaré que la visite est une occasion pour le dialogue.")
    'fr'
    >>> detect_language("La Alta Comisionada dijo que la visita fue una oportunidad para el diálogo.")
    'es'
    >>> detect_language("Верховный комиссар заявила, что визит был возможностью.")
    'ru'
    >>> detect_language("高级专员表示，这次访问是一个机会。")
    'zh'
    >>> detect_language("قالت المفوضة السامية إن الزيارة كانت فرصة.")
    'ar'
    >>> detect_language(""), detect_language("2022 — 123 !")
    ('und', 'und')
    """
    scripts = Counter(s for s in map(_script_of, (ch for ch in text if ch.isalpha())) if s)
    if not scripts:
        return UNDETERMINED
    script, _ = scripts.most_common(1)[0]
    if script == "zh" and scripts["ja"] * 10 >= scripts["zh"]:
        return "ja"  # Japanese writes Han characters too, but always with kana among them
    return _latin_language(text) if script == "latin" else script
