"""Office holders named in any script: one sentence per form of the lexicon, written for these tests,
and the header fallback that makes the one holder a page names its speaker."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest

from un_statements_etl.clean.agency_heads import AGENCY_HEAD_FORMS, AGENCY_TERMS
from un_statements_etl.clean.holder_names import _FORMS, holder_mentioned, holders_named
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.records import RawDocument

BODY = "Water and food must reach every family in the region before the winter comes, without delay."

# one invented sentence per form in holder_names._FORMS, in the form's own language
SENTENCES = [
    ("科菲·安南在会上发言", "Kofi Annan"),
    ("安南秘书长今天表示", "Kofi Annan"),
    ("قال كوفي عنان إن السلام ممكن", "Kofi Annan"),
    ("Кофи Аннан выступил сегодня", "Kofi Annan"),
    ("Remarks of Ban Ki moon at the forum", "Ban Ki-moon"),
    ("潘基文秘书长发表致辞", "Ban Ki-moon"),
    ("أكد بان كي مون أهمية الحوار", "Ban Ki-moon"),
    ("Выступление Пан Ги Муна на форуме", "Ban Ki-moon"),
    ("古特雷斯呼吁停火", "António Guterres"),
    ("دعا أنطونيو غوتيريش إلى وقف القتال", "António Guterres"),
    ("وقال غوتيريس إن الوضع خطير", "António Guterres"),
    ("Заявление Антониу Гутерриша о мире", "António Guterres"),
    ("Гутерреш призвал к диалогу", "António Guterres"),
    ("پیام آنتونیو گوترش به مناسبت روز جهانی", "António Guterres"),
    ("路易丝·阿尔布尔访问该国", "Louise Arbour"),
    ("صرحت لويز آربور بأن", "Louise Arbour"),
    ("Луиза Арбур посетила страну", "Louise Arbour"),
    ("A tribute to Navanethem Pillay by her staff", "Navi Pillay"),
    ("纳维·皮莱今天说", "Navi Pillay"),
    ("皮莱高级专员表示关切", "Navi Pillay"),
    ("كلمة نافي بيلاي أمام المجلس", "Navi Pillay"),
    ("Нави Пиллай заявила", "Navi Pillay"),
    ("Statement by Zeid Ra'ad al-Hussein to the Council", "Zeid Ra'ad Al Hussein"),
    ("扎伊德今天发表讲话", "Zeid Ra'ad Al Hussein"),
    ("قال زيد رعد الحسين إن", "Zeid Ra'ad Al Hussein"),
    ("Выступление Зейда Раада на сессии", "Zeid Ra'ad Al Hussein"),
    ("巴切莱特向理事会介绍情况", "Michelle Bachelet"),
    ("أعلنت ميشيل باشيليت أن", "Michelle Bachelet"),
    ("Мишель Бачелет призвала власти", "Michelle Bachelet"),
    ("Remarks of Volker Turk at the opening", "Volker Türk"),
    ("蒂尔克呼吁各国", "Volker Türk"),
    ("قال فولكر تورك", "Volker Türk"),
    ("Фолькер Тюрк заявил", "Volker Türk"),
    ("Message of Amina Mohammed to the forum", "Amina J. Mohammed"),
    ("阿米娜·穆罕默德出席会议", "Amina J. Mohammed"),
    ("ألقت أمينة محمد كلمة", "Amina J. Mohammed"),
    ("Амина Мохаммед выступила", "Amina J. Mohammed"),
    ("扬·埃利亚松出席仪式", "Jan Eliasson"),
    ("قال يان إلياسون إن", "Jan Eliasson"),
    ("Ян Элиассон посетил", "Jan Eliasson"),
]


# one invented sentence per agency head (agency_heads.AGENCY_TERMS) and per form in AGENCY_HEAD_FORMS
AGENCY_SENTENCES = [
    ("Sadako Ogata visited the camps", "Sadako Ogata"), ("Ruud Lubbers met the minister", "Ruud Lubbers"),
    ("Filippo Grandi appealed for funds", "Filippo Grandi"), ("Carol Bellamy opened the school", "Carol Bellamy"),
    ("Remarks by Ann M. Veneman at the forum", "Ann M. Veneman"), ("Anthony Lake spoke first", "Anthony Lake"),
    ("Statement by Henrietta H. Fore on schools", "Henrietta H. Fore"),
    ("Catherine Russell arrived in the city", "Catherine Russell"), ("James T. Morris toured the depot", "James T. Morris"),
    ("Josette Sheeran launched the appeal", "Josette Sheeran"), ("Ertharin Cousin met farmers", "Ertharin Cousin"),
    ("Statement From Executive Director David Beasley On the donation", "David Beasley"),
    ("Cindy McCain warned of famine", "Cindy McCain"), ("Lee Jong-wook addressed the assembly", "Lee Jong-wook"),
    ("Margaret Chan opened the session", "Margaret Chan"),
    ("Dr Tedros Adhanom Ghebreyesus briefed the media", "Tedros Adhanom Ghebreyesus"),
    ("Koïchiro Matsuura signed the accord", "Koïchiro Matsuura"), ("Irina Bokova spoke on books", "Irina Bokova"),
    ("Audrey Azoulay opened the exhibition", "Audrey Azoulay"), ("Karen AbuZayd visited the school", "Karen AbuZayd"),
    ("Pierre Krähenbühl warned of cuts", "Pierre Krähenbühl"), ("Philippe Lazzarini addressed the forum", "Philippe Lazzarini"),
    ("Jan Egeland called for access", "Jan Egeland"), ("John Holmes arrived in the capital", "John Holmes"),
    ("Valerie Amos toured the camps", "Valerie Amos"), ("Stephen O'Brien briefed the Council", "Stephen O'Brien"),
    ("Mark Lowcock released the funds", "Mark Lowcock"), ("Martin Griffiths met the parties", "Martin Griffiths"),
    ("Tom Fletcher visited the port", "Tom Fletcher"), ("William Lacy Swing opened the centre", "William Lacy Swing"),
    ("António Vitorino met migrants", "António Vitorino"), ("Amy Pope launched the report", "Amy Pope"),
    ("Michel Sidibé welcomed the pledge", "Michel Sidibé"), ("Winnie Byanyima urged action", "Winnie Byanyima"),
    ("Helen Clark opened the meeting", "Helen Clark"), ("Achim Steiner launched the index", "Achim Steiner"),
    ("Phumzile Mlambo-Ngcuka addressed the women", "Phumzile Mlambo-Ngcuka"), ("Sima Bahous spoke", "Sima Bahous"),
    ("José Graziano da Silva visited farms", "José Graziano da Silva"), ("Qu Dongyu opened the forum", "Qu Dongyu"),
    ("Guy Ryder addressed the conference", "Guy Ryder"), ("Gilbert F. Houngbo met unions", "Gilbert F. Houngbo"),
    ("Erik Solheim launched the report", "Erik Solheim"), ("Inger Andersen opened the assembly", "Inger Andersen"),
    ("世卫组织总干事谭德塞博士的讲话", "Tedros Adhanom Ghebreyesus"),
    ("قال تيدروس أدهانوم غيبريسوس إن", "Tedros Adhanom Ghebreyesus"),
    ("Выступление Тедроса Адханома на сессии", "Tedros Adhanom Ghebreyesus"),
    ("陈冯富珍总干事致辞", "Margaret Chan"), ("قالت مارغريت تشان إن", "Margaret Chan"),
    ("Маргарет Чен открыла сессию", "Margaret Chan"),
    ("菲利波·格兰迪访问难民营", "Filippo Grandi"), ("格兰迪呼吁援助", "Filippo Grandi"),
    ("دعا فيليبو غراندي إلى", "Filippo Grandi"), ("Филиппо Гранди призвал", "Filippo Grandi"),
    ("凯瑟琳•拉塞尔的声明", "Catherine Russell"), ("格蘭迪呼籲援助", "Filippo Grandi"), ("قالت كاثرين راسل إن", "Catherine Russell"),
    ("Заявление Кэтрин Рассел о детях", "Catherine Russell"),
    ("戴维·比斯利访问该国", "David Beasley"), ("قال ديفيد بيزلي إن", "David Beasley"),
    ("Дэвид Бизли заявил", "David Beasley"),
    ("伊琳娜·博科娃的致辞", "Irina Bokova"), ("رسالة إيرينا بوكوفا", "Irina Bokova"),
    ("Послание г-жи Ирины Боковой", "Irina Bokova"),
    ("奥德蕾·阿祖莱的致辞", "Audrey Azoulay"), ("رسالة أودري أزولاي", "Audrey Azoulay"),
    ("Послание Одри Азуле", "Audrey Azoulay"),
    ("菲利普·拉扎里尼表示", "Philippe Lazzarini"), ("قال فيليب لازاريني إن", "Philippe Lazzarini"),
    ("Филипп Лаццарини заявил", "Philippe Lazzarini"),
    ("屈冬玉总干事致辞", "Qu Dongyu"), ("قال شو دونيو إن", "Qu Dongyu"), ("Цюй Дунъюй заявил", "Qu Dongyu"),
    ("أعلنت سيندي ماكين أن", "Cindy McCain"),
]


@pytest.mark.parametrize(("sentence", "holder"), SENTENCES + AGENCY_SENTENCES)
def test_each_form_names_its_holder(sentence: str, holder: str) -> None:
    assert [name for name, _ in holders_named(sentence)] == [holder]


def test_every_form_has_a_sentence() -> None:
    for holder, forms in (*_FORMS.items(), *AGENCY_HEAD_FORMS.items()):
        for form in forms:
            assert any(re.search(form, sentence) and name == holder
                       for sentence, name in SENTENCES + AGENCY_SENTENCES), form


def test_every_agency_head_has_a_sentence() -> None:
    heads = {name for terms in AGENCY_TERMS.values() for name, _, _ in terms}
    assert heads - {"António Guterres"} <= {name for _, name in AGENCY_SENTENCES}


@pytest.mark.parametrize("sentence", [
    "The ban on exports was lifted",  # a word, not the Secretary-General
    "萨达姆·侯赛因的审判",  # another Hussein
    "Mohammed said the road was closed",  # a common name, not the Deputy Secretary-General
    "Brown told reporters the bridge had fallen",
])
def test_common_words_and_names_are_no_holder(sentence: str) -> None:
    assert holders_named(sentence) == []


def test_a_distinct_short_name_counts_only_before_a_speech_verb() -> None:
    assert holders_named("“Enough,” Guterres said on Monday.")[0][0] == "António Guterres"
    assert holders_named("A street named Guterres Avenue") == []


def test_a_paragraph_opened_by_another_person_reports_the_holder() -> None:
    opening = "Jane Roe, Director of the Information Service, recalled a statement by António Guterres."
    assert holder_mentioned("Press briefing", [opening]) is None


def ingest(text: str):
    raw = RawDocument("local", "case.txt", text.encode("utf-8"), "text/plain", datetime(2025, 1, 1))
    return prepare_statement(raw, 1_000_000)


def test_a_holder_named_in_a_chinese_story_is_its_speaker() -> None:
    st = ingest(f"联合国日:呼吁团结\n\n在联合国日之际,潘基文秘书长发表致辞指出,世界需要联合国。\n\n{BODY}")
    assert (st.speaker, json.loads(st.header_provenance)["speaker"]) == ("Ban Ki-moon", "holder_named")


def test_a_name_line_under_a_chinese_title_is_the_speaker() -> None:
    st = ingest(f"2016年10月13日\n\n就职后的讲话\n\n安东尼奥·古特雷斯\n\n{BODY}")
    assert st.speaker == "António Guterres"


def test_an_office_label_line_and_the_date_name_the_speaker() -> None:
    st = ingest(f"Category: Messages\n\n21 June 2015 International Day of Rivers\n\nSecretary General’s Message\n\n{BODY}")
    assert (st.speaker, st.published_on.isoformat()) == ("Ban Ki-moon", "2015-06-21")


def test_an_office_without_a_date_takes_the_holder_the_page_names() -> None:
    st = ingest("Deputy Secretary-General\n\nFollowing are UN Deputy Secretary-General Amina J. Mohammed’s remarks "
                f"to the forum, in New York today:\n\n{BODY}")
    assert st.speaker == "Amina J. Mohammed"


def test_a_news_story_without_a_holder_has_no_speaker() -> None:
    st = ingest(f"Floods reach the delta\n\nHeavy rain fell for a third week across the delta, officials reported.\n\n{BODY}")
    assert st.speaker is None
