"""Speakers named by how an opening attributes its words, in texts written for these tests."""

from __future__ import annotations

import pytest

from un_statements_etl.clean import parse_document


@pytest.mark.parametrize(("opening", "speaker", "rule"), [
    ("NEW YORK (24 October 2014) – Hunger has not been beaten in the last decade, said today the new United "
     "Nations Special Rapporteur on the right to water, Jane Roe.", "Jane Roe", "said_role_name"),
    ("“Nuestra labor necesita socios”, dijo Omar Haddad en una red social, con motivo del Día de la ONU.",
     "Omar Haddad", "quote_said_name"),
    ("“We will keep the corridor open,” Jane Roe said on Monday in Geneva.", "Jane Roe", "quote_name_said"),
    ("GENEVA (12 December 2023) – Leaders must recommit to the Declaration, UN experts said today.", "UN experts",
     "experts_said"),
    # an introductory clause longer than a line before "the ROLE, NAME, verb"
    ("GENEVA (11 July 2019) – On the occasion of the twentieth anniversary of the joint declarations on the "
     "freedom of the press, the UN Special Rapporteur on freedom of expression, Jane Roe, together with "
     "regional experts, has called for action.", "Jane Roe", "role_comma_name"),
    # a Spanish article before the role
    ("SANTIAGO – La Relatora Especial sobre el derecho a la alimentación, Jane Roe, concluyó ayer su visita.",
     "Jane Roe", "role_comma_name"),
])
def test_attributed_speakers(opening: str, speaker: str, rule: str) -> None:
    doc = parse_document(f"Statement on the river valley\n\n{opening}\n\nThe second paragraph says more.")
    assert (doc.speaker, doc.provenance["speaker"]) == (speaker, rule)


def test_a_later_paragraph_quoting_someone_names_no_speaker() -> None:
    text = ("Floods in the valley\n\nHeavy rain fell for a third week across the valley.\n\n"
            "“We lost everything,” Omar Haddad said, standing by his house.")
    assert parse_document(text).speaker is None


def test_names_with_latin_extended_letters() -> None:
    doc = parse_document("Official returns to the valley\n\nGENEVA (27 November 2012) - A year after his last visit, "
                         "United Nations Assistant Secretary-General for Human Rights, Ivo Šarić, returns to the "
                         "valley today.\n\nMore text follows.")
    assert doc.speaker == "Ivo Šarić"


@pytest.mark.parametrize(("title", "speaker"), [
    ("Statement by the United Nations Special Rapporteur on the situation of human rights in the valley, Omar Haddad, "
     "at the end of his visit, 6 to 10 September 2015", "Omar Haddad"),
    ("Statement of the Special Rapporteur on the situation of human rights in the valley, Mr Omar Haddad", "Omar Haddad"),
])
def test_a_title_naming_role_then_name_before_a_clause(title: str, speaker: str) -> None:
    assert parse_document(f"{title}\n\n24 February 2021\n\nEsteemed Chair, it is my honour to speak.").speaker == speaker


def test_an_office_holder_named_on_an_occasion_line_under_the_title() -> None:
    text = ("Nuevo acuerdo con el país\n\nAcuerdo de derechos humanos\n\n22 febrero 2017\n\n"
            "Mensaje en vídeo del Alto Comisionado, Zeid Ra'ad Al Hussein, en la ceremonia de firma\n\n"
            "22 de febrero de 2017\n\nExcmo. Sr. Ministro, me complace dirigirme a ustedes hoy.")
    assert parse_document(text).speaker == "Zeid Ra'ad Al Hussein"


def test_a_body_opening_a_session_speaks_not_the_official_it_heard() -> None:
    doc = parse_document("Committee opens its session\n\n5 August 2019 - The Committee on the Elimination of River "
                         "Pollution this morning opened its ninth session. The Committee heard an address by Omar "
                         "Haddad, Chief of the Treaties Branch, and adopted its agenda.\n\nMore text follows.")
    assert (doc.speaker, doc.provenance["speaker"]) == ("Committee on the Elimination of River Pollution",
                                                        "collective_opening")


def test_a_body_after_an_introductory_clause() -> None:
    doc = parse_document("Body to visit four countries\n\nGENEVA (5 December 2018) — In the coming months, the UN’s "
                         "Subcommittee on Prevention of Torture will visit four countries.\n\nMore text follows.")
    assert doc.speaker == "Subcommittee on Prevention of Torture"


def test_a_statement_byline_under_the_title() -> None:
    text = ("Statement on the pandemic and river rights\n\nStatement by the Committee on Water, Land and River "
            "Rights *\n\n17 April 2020\n\n1. The pandemic is threatening public health systems around the world.")
    assert parse_document(text).speaker == "Committee on Water, Land and River Rights"


def test_a_subtitle_naming_a_guest_names_no_speaker() -> None:
    text = ("Council opens its session\n\n10 September 2018\n\nHears from New High Commissioner Jane Roe\n\n"
            "GENEVA (10 September 2018) - The Human Rights Council this morning opened its session.")
    assert parse_document(text).speaker is None


@pytest.mark.parametrize("banner", ["Questions? +1 (202) 555-0100 Login",
                                    "A service for professionals · Friday, March 29, 2024 · 699,678,862 Articles"])
def test_re_publisher_banners_are_no_title(banner: str) -> None:
    doc = parse_document(f"{banner}\n\nRefugee chief starts visit to the valley\n\nThe chief arrived on Monday.")
    assert doc.title == "Refugee chief starts visit to the valley"


def test_the_reader_of_a_message_is_not_its_speaker() -> None:
    text = ("Leader thanks the outgoing commissioner\n\n27 June 2014\n\nFollowing is the message of United Nations "
            "Secretary-General Ban Ki-moon to an event held today in Geneva honouring Jane Roe, the United Nations High "
            "Commissioner for Human Rights.  The message was read out by Omar "
            "Haddad, acting Director-General of the United Nations Office at Geneva: “It is a pleasure.”")
    doc = parse_document(text)
    assert doc.speaker == "Ban Ki-moon"


@pytest.mark.parametrize(("title", "speaker"), [
    ("Déclaration par la Haut-commissaire adjointe des Nations Unies aux droits de l'homme, Jane Roe", "Jane Roe"),
    ("Déclaration de la Haut-Commissaire des Nations Unies aux droits de l’homme, Mme Jane Roe, à l’issue de sa visite",
     "Jane Roe"),
    ("Declaración del Relator Especial sobre el derecho al agua, Omar Haddad, al final de su visita", "Omar Haddad"),
])
def test_french_and_spanish_titles_naming_role_then_name(title: str, speaker: str) -> None:
    assert parse_document(f"{title}\n\n17 octobre 2006\n\nAlors que s’achève ma visite, je partage mes impressions."
                          ).speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # "NAME, ROLE ... has condemned": no comma before the verb
    ("KABUL : Omar Haddad, UN Secretary-General’s Special Representative for the valley and head of the mission "
     "(UNAVM) has strongly condemned the attack in the capital.", "Omar Haddad"),
    # "UN Human rights experts*" in any case
    ("GENEVA (27 April 2021) – UN Human rights experts* expressed serious concern for the commission.", "UN experts"),
])
def test_opening_forms(text: str, speaker: str) -> None:
    assert parse_document(f"Attack condemned\n\n{text}\n\nMore text follows here.").speaker == speaker


@pytest.mark.parametrize(("title", "speaker"), [
    ("Remarks by Jane Roe United Nations Deputy High Commissioner for Human Rights on the occasion of the launch",
     "Jane Roe"),
    ("Note to correspondents: Transcript of Press Stakeout by UN Special Envoy for the Valley, Mr. Omar Haddad "
     "following Security Council Briefing", "Omar Haddad"),
    ("KEYNOTE ADDRESS BY MS JANE ROE, REGIONAL REPRESENTATIVE OF THE UN HIGH COMMISSIONER FOR HUMAN RIGHTS, AT THE "
     "OPENING OF THE PROGRAMME", "Jane Roe"),
])
def test_title_forms(title: str, speaker: str) -> None:
    assert parse_document(f"{title}\n\n20 June 2016\n\nDear students, let me start by wishing you well.").speaker \
        == speaker


def test_an_office_holder_in_capitals() -> None:
    doc = parse_document("Statement Summary\n\nANTÓNIO GUTERRES, Secretary-General of the United Nations, said the "
                         "ideals of the Organization are beacons to a better world.")
    assert doc.speaker == "António Guterres"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Colombia briefing note\n\nPortavoz del Alto Comisionado de las Naciones Unidas para los Derechos Humanos:  "
     "Omar Haddad\n\nLugar: Ginebra\n\nEs motivo de honda inquietud la situación en el valle.", "Omar Haddad"),
    ("Expert on mission to the valley\n\n11 janvier 2019\n\nGENÈVE (11 janvier 2019) - Jeanne Roux, experte "
     "indépendante de la situation des droits de l'homme dans la vallée, se rendra dans le pays du 15 au 25 janvier.",
     "Jeanne Roux"),
    ("Envoy speaks\n\nLa Représentante spéciale du Secrétaire général dans la vallée, Mme Jeanne Roux se dit "
     "déterminée à travailler pour une mission efficace.\n\nSuite.", "Jeanne Roux"),
    ("Allocutions\n\nDre Jeanne Roux\n\nDirectrice régionale de l'OMS pour la vallée\n\nC’est la première fois que je "
     "participe à un Comité régional.", "Jeanne Roux"),
    ("A girl flees her home\n\nThis is a summary of what was said by UNHCR spokesperson Jane Roe – to whom quoted text "
     "may be attributed – at today’s press briefing at the Palais des Nations in Geneva.\n\nMore.", "Jane Roe"),
])
def test_more_speaker_forms(text: str, speaker: str) -> None:
    assert parse_document(text).speaker == speaker


def test_a_readout_of_the_secretary_general_names_the_office() -> None:
    doc = parse_document("Bern, Switzerland\n\n11 September 2012\n\nReadout of the meeting between the Secretary-General "
                         "and the President of the Confederation\n\nThe Secretary-General met today in Bern with the "
                         "President of the Confederation, Ms. Jane Roe and members of the government.")
    assert (doc.speaker, doc.office) == (None, "Secretary-General")


def test_a_message_delivered_on_behalf_of_an_office() -> None:
    doc = parse_document("Statement delivered on behalf of the High Commissioner for Human Rights by Jane Roe, "
                         "Representative of the Office\n\nHonourable Minister,\n\nLadies and Gentlemen,")
    assert (doc.office, doc.delivered_by) == ("UN High Commissioner for Human Rights", "Jane Roe")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tag Archives: Jane Roe\n\nRiver Wake-Up Call\n\nby António Guterres\n\nFrom floods to droughts, we are a world "
     "in turmoil.", "António Guterres"),
    ("World River Day 2024\n\nWorld River Day 2024\n\nMessage of the WHO Regional Director for the Valley, Dr Jane Roe"
     "\n\nRivers have been a priority for the region over the past decades.", "Jane Roe"),
    ("Agency of the Valley\n\nA statement by FAO Director-General Omar Haddad\n\n7 July 2017\n\nMr Jean Dupont, "
     "Secretary of Agriculture, Chairperson of the Session;\n\nMr. Karl Berg, Independent Chairperson of the Council;"
     "\n\nWe have had a very intense week.", "Omar Haddad"),
    ("Press releases Treaty bodies\n\n27 November 2007\n\nThe Sub-Committee on the prevention of torture issued the "
     "following statement:\n\nGeneva, 27 November 2007: The Subcommittee announced its visits.",
     "Sub-Committee on the prevention of torture"),
    ("总干事 屈冬玉\n\n2021年6月1日\n\n主席先生,各位阁下:", "Qu Dongyu"),
    ("المديرة التنفيذية لبرنامج الأغذية العالمي سيندي ماكين تعلن عن خططها\n\nأعلنت المديرة التنفيذية اليوم.",
     "Cindy McCain"),
])
def test_bylines_and_agency_heads(text: str, speaker: str) -> None:
    assert parse_document(text).speaker == speaker


@pytest.mark.parametrize("line", ["Search for the country site.", "Recherchez un site de pays.", "搜尋國家辦事處網站。"])
def test_a_country_site_picker_is_no_title(line: str) -> None:
    assert parse_document(f"{line}\n\nChief speaks to the Council\n\nThank you, Mr. President.").title \
        == "Chief speaks to the Council"


def test_a_long_heading_in_capitals_is_a_title() -> None:
    title = ("KEYNOTE ADDRESS BY MS JANE ROE, REGIONAL REPRESENTATIVE OF THE UN HIGH COMMISSIONER FOR HUMAN RIGHTS, AT "
             "THE JOINT OPENING OF THE 2003 DEGREE PROGRAMME IN HUMAN RIGHTS AND DEMOCRATISATION AND THE 2003 GOOD "
             "GOVERNANCE ACADEMY PROGRAMME ON INTERNATIONAL LAW AND THE RIVERS OF THE REGION")
    doc = parse_document(f"{title}\n\n20 January 2003\n\nDear students,\n\nLet me start by wishing you all well.")
    assert (doc.title, doc.speaker) == (title, "Jane Roe")


def test_a_title_whose_office_appoints_a_holder_is_not_that_holder_s() -> None:
    doc = parse_document("Le Secrétaire général nomme Mme Amina J. Mohammed Vice-Secrétaire générale\n\n"
                         "Le Secrétaire général a le plaisir d’annoncer cette nomination.")
    assert doc.speaker is None


@pytest.mark.parametrize(("text", "speaker"), [
    ("河谷人权问题\n\n日内瓦(2013年2月20日)- 联合国河谷人权状况特别报告员托马斯·罗伊称赞改革至今取得的成就。", "托马斯·罗伊"),
    ("难民署发言\n\n联合国难民事务高级专员 简·罗伊 世界难民日发言\n\n今天我们纪念世界难民日。", "简·罗伊"),
])
def test_a_chinese_role_then_dotted_name(text: str, speaker: str) -> None:
    assert parse_document(text).speaker == speaker


def test_grandi_in_traditional_chinese() -> None:
    assert parse_document("聯合國難民事務高級專員 菲利普·格蘭迪 世界難民日發言 2023年6月20日\n\n今天我們紀念世界難民日。").speaker \
        == "Filippo Grandi"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Opening Statement to the Board, June 2008 - Rome (09/06/08)\n\nExecutive Director Jane Roe\n\nThank you, Mr. "
     "President.", "Jane Roe"),
    ("LE SECRÉTAIRE GÉNÉRAL REGRETTE LA DÉCISION\n\nLa déclaration suivante a été communiquée aujourd’hui par la "
     "Porte-parole du Secrétaire général de l’ONU, M. Ban Ki-moon :\n\nLe Secrétaire général regrette la décision.",
     "Ban Ki-moon"),
    ("Working Group meets for its session\n\n24 July 2006\n\nThe United Nations Working Group on River Disappearances "
     "is holding its session from 24 to 28 July.", "Working Group on River Disappearances"),
    ("Valley must halt executions, say experts\n\nGENEVA (5 May 2023) – A group of UN human rights experts today "
     "urged the authorities to halt executions.", "UN experts"),
])
def test_names_and_groups_without_their_role_or_verb(text: str, speaker: str) -> None:
    assert parse_document(text).speaker == speaker


@pytest.mark.parametrize("furniture", ["For information only – not an official document",
                                       "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index ][Thread Index ]",
                                       "UNICEF.org新网站正在建设中。"])
def test_press_and_archive_furniture_is_no_title(furniture: str) -> None:
    assert parse_document(f"{furniture}\n\nMessage on World River Day\n\nRivers feed us all.").title \
        == "Message on World River Day"


def test_an_unaccented_office_in_capitals_and_the_date_name_the_speaker() -> None:
    st = ingest_text("SG/SM/6143\n\nLE SECRETAIRE GENERAL, DANS UNE DECLARATION A LA PRESSE, CONDAMNE CET ACTE\n\n"
                     "13 janvier 1997\n\nOn trouvera ci-après la déclaration faite par le Secrétaire général.")
    assert st.speaker == "Kofi Annan"


def test_a_dateline_naming_two_agencies_in_its_bracket() -> None:
    doc = parse_document("Directora y delegados analizaron la agenda\n\nGinebra, 18 de mayo de 2015 (OPS/OMS) — La "
                         "Directora de la Organización del Valle, Jane Roe, llamó a las delegaciones a participar.")
    assert (doc.published_on.isoformat(), doc.speaker) == ("2015-05-18", "Jane Roe")


def ingest_text(text: str):
    from datetime import datetime

    from un_statements_etl.ingest import prepare_statement
    from un_statements_etl.records import RawDocument
    return prepare_statement(RawDocument("local", "case.txt", text.encode("utf-8"), "text/plain",
                                         datetime(2025, 1, 1)), 1_000_000)
