"""Datelines, date stamps and offices in shapes written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document
from un_statements_etl.clean.header_dates import date_line
from un_statements_etl.clean.office_holders import office_in

BODY = "The river rose again overnight and the towns along its banks asked for boats and clean water."


@pytest.mark.parametrize(("page", "day", "city"), [
    # a country in brackets after the city
    (f"Floods in the valley\n\nSuva (Fiji), 3 de marzo de 2016 – {BODY}", date(2016, 3, 3), "Suva"),
    # Chinese cities joined by a slash, half-width brackets
    (f"河谷洪水\n\n曼谷/河内(2014年5月6日)- {BODY}", date(2014, 5, 6), "曼谷"),
    # an Arabic comma after the city
    (f"فيضانات في الوادي\n\nجنيف، 7 أيار / مايو 2018 — {BODY}", date(2018, 5, 7), "جنيف"),
])
def test_dateline_shapes(page: str, day: date, city: str) -> None:
    doc = parse_document(page)
    assert (doc.published_on, doc.location) == (day, city)


def test_an_arabic_date_with_slashes_in_brackets() -> None:
    assert parse_document(f"فيضانات في الوادي\n\n[14/ مارس/2017]\n\n{BODY}").published_on == date(2017, 3, 14)


@pytest.mark.parametrize(("stamp", "day"), [
    # a listing's stamp printed twice, then the statement's own dateline glued on
    (f"4 May 2018 4 May 2018OSLO, 2 May 2018—{BODY}", date(2018, 5, 2)),
    # the stamp twice, then the message's own date
    ("5 March 2016 5 March 20169 March 2016", date(2016, 3, 9)),
    ("5 March 2016 5 March 2016", date(2016, 3, 5)),
])
def test_a_listing_date_printed_twice(stamp: str, day: date) -> None:
    assert parse_document(f"Press Statement\nThe valley after the floods\n{stamp}\n{BODY}").published_on == day


@pytest.mark.parametrize("title", ["وكيل الأمين العام للأمم المتحدة يحذر من نقص المياه في الوادي",
                                   "联合国副秘书长关于河谷洪水的致辞"])
def test_an_under_or_deputy_office_is_not_the_secretary_general(title: str) -> None:
    assert office_in(title) is None


def test_a_remarks_item_under_a_date_and_un_organ_line_is_the_secretary_general_s() -> None:
    doc = parse_document(f"Speeches\n\n12 March 2019, UN Headquarters\n\nRemarks to the forum on rivers and lakes\n\n{BODY}")
    assert (doc.office, doc.location, doc.published_on) == ("Secretary-General", None, date(2019, 3, 12))


def test_a_remarks_item_under_a_date_and_city_line_names_no_office() -> None:
    doc = parse_document(f"Speeches\n\n12 March 2019, Nairobi\n\nRemarks to the forum on rivers and lakes\n\n{BODY}")
    assert (doc.office, doc.location) == (None, "Nairobi")


@pytest.mark.parametrize(("title", "body"), [
    ("禁止酷刑委员会将审议五国的状况", "Committee against Torture"),
    ("联合国防范酷刑小组委员会将访问两个国家", "Subcommittee on Prevention of Torture"),
    ("[联合国人权事务委员会将审议七国的状况]", "Human Rights Committee"),
    ("经济、社会及文化权利委员会今天结束第七十届会议", "Committee on Economic, Social and Cultural Rights"),
    ("消除种族歧视委员会敦促各国保护少数群体", "Committee on the Elimination of Racial Discrimination"),
    ("消除对妇女歧视委员会欢迎新的法律", "Committee on the Elimination of Discrimination against Women"),
    ("儿童权利委员会呼吁保护河谷的儿童", "Committee on the Rights of the Child"),
    ("残疾人权利委员会将审议四国的报告", "Committee on the Rights of Persons with Disabilities"),
    ("强迫失踪问题委员会谴责新的失踪案件", "Committee on Enforced Disappearances"),
    ("任意拘留问题工作组结束访问", "Working Group on Arbitrary Detention"),
    ("联合国专家呼吁保护河谷的居民", "UN experts"),
    ("لجنة مناهضة التعذيب تختتم دورتها", "Committee against Torture"),
    ("اللجنة الفرعية لمنع التعذيب تزور بلدين", "Subcommittee on Prevention of Torture"),
    ("اللجنة المعنية بحقوق الإنسان تستعرض تقارير خمس دول", "Human Rights Committee"),
    ("اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية تختتم دورتها",
     "Committee on Economic, Social and Cultural Rights"),
    ("لجنة القضاء على التمييز العنصري تدعو إلى حماية الأقليات", "Committee on the Elimination of Racial Discrimination"),
    ("لجنة القضاء على التمييز ضد المرأة ترحب بالقانون الجديد",
     "Committee on the Elimination of Discrimination against Women"),
    ("لجنة حقوق الطفل تدعو إلى حماية الأطفال", "Committee on the Rights of the Child"),
    ("اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة تستعرض تقارير أربع دول",
     "Committee on the Rights of Persons with Disabilities"),
    ("اللجنة المعنية بحالات الاختفاء القسري تدين حالات جديدة", "Committee on Enforced Disappearances"),
    ("فريق الأمم المتحدة العامل المعني بالاحتجاز التعسفي يختتم دورته", "Working Group on Arbitrary Detention"),
    ("خبراء الأمم المتّحدة يطالبون بحماية سكان الوادي", "UN experts"),
    ("Comité de los Derechos del Niño de la ONU examinará la situación de tres países", "Comité de los Derechos del Niño"),
])
def test_a_body_a_title_names_as_its_subject(title: str, body: str) -> None:
    assert parse_document(f"{title}\n\n14 March 2017\n\n{BODY}").speaker == body


def test_a_body_named_as_an_object_in_a_title_does_not_speak() -> None:
    assert parse_document(f"秘书长欢迎禁止酷刑委员会的报告\n\n14 March 2017\n\n{BODY}").speaker is None


def test_a_dateline_without_its_year_dates_the_delivery_by_the_page_s_year() -> None:
    page = (f"X/Y/123\n\n3 February 2005\n\nDeputy urges action on rivers\n\nOSLO, 2 February (Lake Office) -- "
            f"Following is the text of the address delivered today. {BODY}")
    doc = parse_document(page)
    assert (doc.published_on, doc.location) == (date(2005, 2, 2), "Oslo")


@pytest.mark.parametrize("line", ["Newsdesk | Tuesday 4 June 2019", "Posted on June 4, 2019 by admin",
                                  "Por Redacción | martes 4 de junio de 2019"])
def test_a_re_publisher_s_byline_beside_its_date(line: str) -> None:
    page = f"* The towns ask for boats\n* The office asks for calm\nPhoto: the river\n{line}\n{BODY}"
    assert parse_document(page).published_on == date(2019, 6, 4)


def test_a_posting_date_line_ending_with_its_poster() -> None:
    assert date_line("Posted on June 4, 2019 by admin") == date(2019, 6, 4)


@pytest.mark.parametrize("line", ["发布时间：2019年6月4日", "發布日期: 2019年6月4日", "تاريخ النشر: 4 يونيو 2019",
                                  "Опубликовано: 4 июня 2019", "Fecha de publicación: 4 de junio de 2019",
                                  "Date de publication : 4 juin 2019"])
def test_a_date_line_labelled_in_another_language(line: str) -> None:
    doc = parse_document(f"The valley after the floods\n\n{line}\n\n{BODY}")
    assert (date_line(line), doc.provenance["published_on"]) == (date(2019, 6, 4), "date_line")


@pytest.mark.parametrize("line", ["4 June 2019 | Oslo", "Statement | 4 June 2019 | Oslo", "2019-06-04T10:32:00Z",
                                  "4 Jun 2019 10:32 GMT"])
def test_more_date_line_shapes(line: str) -> None:
    assert date_line(line) == date(2019, 6, 4)


@pytest.mark.parametrize("opening", ["OSLO – 4 June 2019 – ", "Oslo, Norway (4 June 2019) – "])
def test_more_dateline_shapes(opening: str) -> None:
    doc = parse_document(f"Floods in the valley\n\n{opening}{BODY}")
    assert (doc.published_on, doc.location) == (date(2019, 6, 4), "Oslo")


@pytest.mark.parametrize("line", ["Publié le 04/06/2019", "04.06.2019 10:32", "2019/06/04"])
def test_numeric_date_lines_with_a_label_a_time_or_the_year_first(line: str) -> None:
    assert date_line(line) == date(2019, 6, 4)


@pytest.mark.parametrize(("opening", "city"), [("(Oslo, 4 de junio de 2019).- ", "Oslo"), ("奥斯陆，2019年6月4日——", "奥斯陆")])
def test_datelines_closed_by_a_full_stop_or_opened_by_a_full_width_comma(opening: str, city: str) -> None:
    doc = parse_document(f"Floods in the valley\n\n{opening}{BODY}")
    assert (doc.published_on, doc.location) == (date(2019, 6, 4), city)


@pytest.mark.parametrize("line", ["2019年6月4日 星期二", "2019年6月4日星期二", "الثلاثاء 04 يونيو 2019م", "04/06/2019م",
                                  "4 يونيو 2019 - 10:32"])
def test_a_weekday_after_a_chinese_date_an_arabic_era_mark_and_a_time_after_a_dash(line: str) -> None:
    assert date_line(line) == date(2019, 6, 4)
