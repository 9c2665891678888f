"""detect_language: script for zh/ar/ru, function words for Latin-script languages."""

from __future__ import annotations

import pytest

from un_statements_etl.clean import detect_language, parse_document


@pytest.mark.parametrize(("text", "code"), [
    ("The Government has stated that it will invite senior officials to visit the country.", "en"),
    ("Le Haut-Commissaire a demandé aux autorités de libérer les personnes détenues dans le pays.", "fr"),
    ("El Alto Comisionado pidió a las autoridades que liberen a las personas detenidas en el país.", "es"),
    ("O Alto Comissário pediu às autoridades que libertem as pessoas detidas no país e não usem a força.", "pt"),
    ("Der Hochkommissar forderte die Behörden auf, die Inhaftierten freizulassen und nicht zu zögern.", "de"),
    ("Верховный комиссар призвал власти освободить задержанных.", "ru"),
    ("高级专员呼吁当局释放被拘留者。", "zh"),
    ("دعا المفوض السامي السلطات إلى الإفراج عن المحتجزين.", "ar"),
    ("人権高等弁務官は、当局に対し拘束者の釈放を求めました。", "ja"),
    ("", "und"), ("   \n", "und"), ("2022 – 2023", "und"), ("Xyzzy Qwrt", "und"),
])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_switcher_does_not_outvote_the_text() -> None:
    page = "العربية 中文 English Español Français Русский\n\nThe High Commissioner said that the visit was useful."
    assert detect_language(page) == "en"


def test_sample_is_english(sample_raw: str) -> None:
    assert detect_language(parse_document(sample_raw).body) == "en"
