"""Header forms found below the first paragraph, in texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.clean import parse_document

BODY = "The river rose again overnight and the towns along its banks asked for boats and clean water."
NOTICE = "Our new site is being built. Some pages may look different while we move them, so please bear with us."


@pytest.mark.parametrize(("page", "day"), [
    (f"{NOTICE}\n\nNewsroom\n\nSpoken notes of Jane Roe to the river council\n\n3 March 2011 • Oslo, NO\n\n"
     "Thank you, Chair, for this chance to speak about rivers.", date(2011, 3, 3)),
    ("Lake forum closes with a pledge on clean water\n\nThe lake forum closed today with a pledge by forty towns to "
     "clean their water by the end of the decade.\n\nNews release | 9 October 2013\n\nOSLO (Lake News) - The forty "
     "towns agreed on a plan.", date(2013, 10, 9)),
])
def test_a_date_line_under_a_notice_a_standfirst_or_a_lead(page: str, day: date) -> None:
    assert parse_document(page).published_on == day


def test_a_date_line_after_an_embedded_post_is_the_post_s_date() -> None:
    page = ("Lake forum closes\n\nThe lake forum closed today with a pledge by forty towns.\n\n"
            "The pledge is a good start for the lake: https://example.org/x\n\n— Lake Forum (@lakeforum)\n\n"
            "4 June 2019\n\nMore towns may join next year.")
    assert parse_document(page).published_on is None


def test_a_venue_after_a_date_line_in_the_body_is_no_location() -> None:
    page = (f"{NOTICE}\n\nRemarks to the rivers session\n\n21 September 2021, General Assembly\n\n"
            "Thank you, Mr President, for this chance to speak.")
    doc = parse_document(page)
    assert (doc.published_on, doc.location) == (date(2021, 9, 21), None)


@pytest.mark.parametrize(("opening", "name", "role"), [
    ("The field office condemned the fire at the river market.\n\n“Nobody should lose a home this way,” said Omar "
     "Haddad, the Special Representative for the Lake Region. “We will help.”", "Omar Haddad",
     "Special Representative for the Lake Region"),
    ("The field office asked the council to reopen the bridge. Jane Roe, the office’s regional representative, said "
     "the bridge was the only road to the clinic.", "Jane Roe", "office’s regional representative"),
    ("Floods have cut the valley off, said the office, according to the agency’s Deputy Executive Director, Ana "
     "Lind.\n\nLind said boats were on their way.", "Ana Lind", "Deputy Executive Director"),
    ("Rivers were not born dirty but were made dirty, Ines Varga, Commission Chair, told correspondents at a "
     "briefing this morning.", "Ines Varga", "Commission Chair"),
    ("La oficina lamentó el incendio del mercado.\n\n«Nadie debería perder su casa así», dijo Omar Haddad, "
     "Representante Regional para la región del lago.", "Omar Haddad", "Representante Regional para la región del lago"),
])
def test_the_one_person_a_release_quotes_with_a_role(opening: str, name: str, role: str) -> None:
    doc = parse_document(f"Office regrets the fire at the market\n\nLAKETOWN (3 May 2019) - {opening}")
    assert (doc.speaker, doc.speaker_role) == (name, role)


@pytest.mark.parametrize("opening", [
    # two people quoted: the release speaks for neither
    "The office condemned the fire.\n\n“Act now,” said Jane Roe, the Special Representative. “Yes,” said Omar "
    "Haddad, the Regional Director.",
    # a meeting's coverage quotes the meeting's speakers
    "The envoy described a new plan as he briefed the Security Council today.\n\n“The stakes are high,” said "
    "Omar Haddad, the Special Envoy for the Lake Region.",
])
def test_no_speaker_from_two_quoted_people_or_a_meeting(opening: str) -> None:
    assert parse_document(f"Office regrets the fire at the market\n\nLAKETOWN (3 May 2019) - {opening}").speaker is None


@pytest.mark.parametrize("opening", [
    "Last week in New York, António Guterres appointed Jane Roe of Norway as head of the lake agency.",
    "El Secretario General de Naciones Unidas, António Guterres, ha designado a la Dra. Jane Roe como directora de la "
    "agencia del lago.",
    "联合国秘书长古特雷斯任命来自挪威的罗简担任湖泊署署长。",
])
def test_an_office_holder_who_appoints_someone_is_not_the_release_s_speaker(opening: str) -> None:
    assert parse_document(f"News from the river agency\n\nNEW YORK (1 October 2021) - {opening}").speaker is None


def test_a_caption_listing_a_holder_and_a_companion_names_the_holder() -> None:
    page = ("Lake Day marked for the first time\n\nSecretary-General Ban Ki-moon and wife, Yoo Soon-taek, with the "
            "mayor of the lake town\nThe lake town marked Lake Day for the first time this year.\n\n"
            "Secretary-General Ban Ki-moon said he was moved by the town's work for the lake.")
    assert parse_document(page).speaker == "Ban Ki-moon"


@pytest.mark.parametrize(("opening", "name"), [
    ("ОСЛО, 3 мая. Агентство ожидает новых беженцев к осени.\n\nОб этом заявила заместитель верховного комиссара "
     "по делам беженцев Анна Линд, передает агентство.", "Анна Линд"),
    ("Организация готова помочь долине, заявил представитель генсека ООН Омар Хаддад журналистам.", "Омар Хаддад"),
])
def test_a_russian_verb_then_role_then_name(opening: str, name: str) -> None:
    assert parse_document(f"Агентство ждёт беженцев\n\n{opening}").speaker == name


@pytest.mark.parametrize(("page", "name"), [
    # a Chinese name followed by its Latin form in brackets
    ("河谷前景黯淡\n\n儿童基金会副执行主任罗安(Ana Lind)今天在日内瓦表示,河谷的儿童面临更多困境。", "Ana Lind"),
    # the dot between the parts of a name printed as a full stop
    ("河谷的水\n\n河谷署执行主任安.林德表示,河谷的水正在上涨。", "安.林德"),
    # a header line "ROLE NAME 致辞" over the speech
    ("河谷论坛\n\n庆祝河谷中心成立十周年\n\n河谷署驻华代表林安致辞\n\n尊敬的各位来宾,\n\n我很荣幸今天来到这里。", "林安"),
])
def test_chinese_role_and_name_forms(page: str, name: str) -> None:
    assert parse_document(page).speaker == name


@pytest.mark.parametrize(("line", "name"), [
    ("Ceci est un résumé des déclarations du porte-parole du HCR Jean Roux – à qui toute citation peut être "
     "attribuée – lors du point de presse de ce jour à Genève.", "Jean Roux"),
    ("Este es un resumen de lo dicho por el portavoz del ACNUR, Jean Roux, a quien puede atribuirse el texto citado.",
     "Jean Roux"),
    ("في ما يلي ملخص لما قاله المتحدث باسم المفوضية سامي نور، الذي يمكن أن يُعزى له النص المقتبس، في جنيف.", "سامي نور"),
])
def test_a_briefing_note_summary_line_under_translated_chrome(line: str, name: str) -> None:
    chrome = "\n\n".join(["Menu", "Pays", "Sites", "Recherche", "Histoires"])
    page = f"Agency asks for safe passage in the valley\n\n{chrome}\n\nAgency asks for safe passage\n\n{line}\n\n{BODY}"
    assert parse_document(page).speaker == name


def test_an_arabic_language_switcher_after_a_date() -> None:
    assert parse_document(f"ممر آمن في الوادي\n\n20 يوليو 2018 متوفر أيضاً باللغات:\n\n{BODY}").published_on == \
        date(2018, 7, 20)


def test_a_byline_under_a_document_s_cover_lines() -> None:
    page = ("United Nations\n\nX/Y/2020/1\n\nEconomic and Social Council\n\nDistr.: General\n\n3 May 2020\n\n"
            "Original: English\n\nCommittee on Rivers\n\nStatement on the floods in the valley\n\n"
            "Statement by the Committee on Rivers *\n\nI. Introduction\n\n1. The floods are threatening the valley.")
    assert parse_document(page).speaker == "Committee on Rivers"


def test_a_media_page_s_briefing_by_line_under_empty_labels() -> None:
    labels = "\n".join(["Production Date", "Video Length", "Asset Language", "Speaker Name", "Speaker Role"])
    page = (f"Press Conferences\n\nRiver forum & other topics – Spokesperson…\n\nRiver forum & other topics – "
            f"Spokesperson's Briefing\n\n{labels}\nBriefing by Ana Lind, Spokesperson for the President of the "
            f"Forum.\nView more\n\nIn the Forum today, members chose a new chair.")
    doc = parse_document(page)
    assert (doc.speaker, doc.speaker_role) == ("Ana Lind", "Spokesperson for the President of the Forum")


def test_a_stakeout_transcript_whose_turns_give_the_surname_the_title_names_in_full() -> None:
    page = ("Transcript of the media stakeout following the Special Envoy for the Valley Mr. Omar K. Haddad meeting "
            "with the towns\n\nNews and Press Release\n\nQuestion: When will the talks resume?\n\nMr. Haddad: Let me "
            "first say that the talks were good.\n\nQuestion: And the boats?\n\nMr. Haddad: They are on their way.")
    assert parse_document(page).speaker == "Omar K. Haddad"


@pytest.mark.parametrize(("page", "name"), [
    ("Déclaration de Jeanne Roux, Directrice générale de l'agence, sur les inondations\n\nLe fleuve monte vite.",
     "Jeanne Roux"),
    ("Mensaje de Ana Lind, Directora Ejecutiva de la agencia, sobre las inundaciones\n\nEl río sube rápido.",
     "Ana Lind"),
    ("Ana Lind: “The river is rising fast”\n\nThe river is rising fast and we must act now, she said.", "Ana Lind"),
    ("河谷署执行主任安娜·林德关于洪水的声明\n\n河水上涨很快。", "安娜·林德"),
    ("River agency warns of floods\n\nOSLO (3 May 2019) - The river is rising fast, warned Ana Lind, the agency’s "
     "Executive Director.", "Ana Lind"),
])
def test_more_title_and_opening_forms(page: str, name: str) -> None:
    assert parse_document(page).speaker == name


@pytest.mark.parametrize("title", ["Lake agency warns of floods", "Pope calls for calm in the valley",
                                   "South Sudan: “We need boats”"])
def test_a_common_word_or_a_place_opening_a_title_names_nobody(title: str) -> None:
    assert parse_document(f"{title}\n\n{BODY}").speaker is None


@pytest.mark.parametrize(("page", "name"), [
    ("Inondations dans la vallée\n\nGENÈVE (4 juin 2019) – Le fleuve monte vite, a averti la Rapporteuse spéciale "
     "sur l'eau, Jeanne Roux.", "Jeanne Roux"),
    ("Inondations dans la vallée\n\nGENÈVE (4 juin 2019) – Jeanne Roux, Directrice exécutive de l'agence, a appelé "
     "aujourd'hui à agir.", "Jeanne Roux"),
    ("Inundaciones en el valle\n\nGINEBRA (4 de junio de 2019) – La agencia está preocupada.\n\n«El río sube "
     "rápido», declaró la Relatora Especial Ana Lind.", "Ana Lind"),
    ("Inundaciones en el valle\n\nGINEBRA (4 de junio de 2019) – El río sube rápido, advirtió hoy la Relatora "
     "Especial sobre el agua, Ana Lind.", "Ana Lind"),
    ("Наводнения в долине\n\nЖЕНЕВА, 4 июня 2019 года – Исполнительный директор агентства Анна Линд призвала "
     "сегодня действовать.", "Анна Линд"),
    ("Наводнения в долине\n\nЖЕНЕВА, 4 июня 2019 года – «Река быстро поднимается», – заявила Анна Линд, "
     "исполнительный директор агентства.", "Анна Линд"),
])
def test_french_spanish_and_russian_attributions(page: str, name: str) -> None:
    assert parse_document(page).speaker == name


@pytest.mark.parametrize(("page", "name"), [
    ("فيضانات في الوادي\n\nجنيف (4 حزيران/يونيو 2019) - حذر وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية سامي "
     "نور من نقص المياه في الوادي.", "سامي نور"),
    ("فيضانات في الوادي\n\n4 يونيو 2019\n\nعمان – أتم السيد سامي نور، مدير برنامج الأمم المتحدة الإنمائي، زيارته "
     "الأولى إلى الوادي.", "سامي نور"),
])
def test_arabic_role_and_name(page: str, name: str) -> None:
    assert parse_document(page).speaker == name


def test_an_arabic_role_followed_by_a_day_names_nobody() -> None:
    page = "مؤتمر صحفي في الوادي\n\n4 يونيو 2019\n\nعقد الممثل المقيم للأمم المتحدة اليوم الإثنين مؤتمرا صحفيا في المدينة."
    assert parse_document(page).speaker is None


def test_two_agency_heads_visiting_together_give_no_speaker() -> None:
    page = ("River agencies visit the valley\n\nOSLO, 8 May 2006 – On their first joint visit, WFP Executive Director "
            "James T. Morris and UNICEF Executive Director Ann M. Veneman will meet the valley's mayors tomorrow.")
    assert parse_document(page).speaker is None


def test_a_chinese_role_and_name_after_to_is_the_one_addressed() -> None:
    assert parse_document("河谷论坛的讲话\n\n主席先生,\n\n我向新当选的论坛主席安娜·林德表示祝贺。").speaker is None


@pytest.mark.parametrize("title", ["Statement from Ana Lind, Executive Director, on the floods in the valley",
                                   "Message from Ana Lind, Executive Director, on World Water Day",
                                   "Ana Lind's remarks at the Forum on Water"])
def test_english_titles_that_name_the_speaker_first_or_after_from(title: str) -> None:
    assert parse_document(f"{title}\n\n{BODY}").speaker == "Ana Lind"


@pytest.mark.parametrize("opening", [
    "The head of the River Agency, Ana Lind, today called for action.",
    "The River Agency’s Executive Director, Ana Lind, today called for action.",
    "The River Agency today called for action.\n\nAccording to Executive Director Ana Lind, the river is rising.",
    "Executive Director of the River Agency Ana Lind today called for action.",
])
def test_more_english_openings(opening: str) -> None:
    assert parse_document(f"Floods in the valley\n\nOSLO (4 June 2019) – {opening}").speaker == "Ana Lind"


SPEECH = "\n\nExcellencies, ladies and gentlemen,\n\nThank you for the chance to speak about the river today."


@pytest.mark.parametrize("page", [
    f"Remarks at the Forum on Water\n\nAs delivered by Ana Lind, Executive Director\n\n4 June 2019{SPEECH}",
    f"Remarks at the Forum on Water\n\n4 June 2019{SPEECH}\n\nThank you.\n\n— Ana Lind, Executive Director of the "
    "River Agency",
])
def test_an_as_delivered_line_and_a_one_line_signature(page: str) -> None:
    assert parse_document(page).speaker == "Ana Lind"
