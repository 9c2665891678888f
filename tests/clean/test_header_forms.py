"""Header forms of real UN statement pages, one test text per rule, written for these tests.

Each case reproduces the structure of a format seen on real pages (the real pages stay out of
the repository: devsets/headers/ holds only facts about them) with invented wording and
people ("Jane Roe", "Omar Haddad"). A case names the rule it pins; the header reader must
read what the page states and leave a field null rather than guess.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from un_statements_etl.clean import parse_document
from un_statements_etl.clean.header_dates import find_date
from un_statements_etl.clean.kinds import KINDS
from un_statements_etl.ingest import prepare_statement
from un_statements_etl.records import RawDocument
from un_statements_etl.schema import load_spec

BODY = "The fighting has to stop now. Civilians are paying the price of this war every single day."


def ingest(text: str):
    raw = RawDocument("local", "case.txt", text.encode("utf-8"), "text/plain", datetime(2025, 1, 1))
    return prepare_statement(raw, 1_000_000)


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize(("text", "expected", "rule"), [
    # place and date alone on a line under the title, upper or mixed case
    (f"Sudan: civilians must be protected now\n\nGENEVA, 4 December 2024\n\n{BODY}", date(2024, 12, 4),
     "place_date_line"),
    (f"Sudan: civilians must be protected now\n\nNew York, 28 March 2025\n\n{BODY}", date(2025, 3, 28),
     "place_date_line"),
    (f"Sudan: civilians must be protected now\n\nGenève, le 3 mars 2021\n\n{BODY}", date(2021, 3, 3),
     "place_date_line"),
    # joint statements: several cities in brackets, then a colon
    (f"(Geneva/Nairobi/New York, 5 May 2023): {BODY}", date(2023, 5, 5), "dateline"),
    # a date inside the title, in the notations sites use
    (f"Daily briefing of the mission – 12 March 2021\n\n{BODY}", date(2021, 3, 12), "title_date"),
    (f"Mission update 12MAR2021 on the humanitarian corridor\n\n{BODY}", date(2021, 3, 12), "title_date"),
    (f"Mission update 2021-03-12 on the humanitarian corridor\n\n{BODY}", date(2021, 3, 12), "title_date"),
    # a metadata line glued in front of the text
    (f" date 2024-06-26 {BODY}", date(2024, 6, 26), "date_prefix"),
    # a numeric date alone on its line, read day first as UN pages write it
    (f"Press statement on the attacks in the north\n\n08/10/2004\n\n{BODY}", date(2004, 10, 8), "date_line"),
    # a news site's closing line
    (f"Relief convoys reach the valley again\n\n{BODY}\n\nThis story was published on May 3, 2024.",
     date(2024, 5, 3), "published_phrase"),
    # the title, a section name, then the date: the header goes on past the short line
    (f"Committee concludes its sixtieth session\n\nCommittee on Migrant Workers\n\n31 May 2013\n\n{BODY}",
     date(2013, 5, 31), "date_line"),
    # a listing's date gives way to the statement's own dateline
    (f"Expertos visitarán el país\n\n20/09/2013\n\nGINEBRA (19 de septiembre de 2013) – {BODY}", date(2013, 9, 19),
     "dateline"),
    # the date and the page's label on one line; a month glued to its year
    (f"Mensaje del Día de las Naciones Unidas\n\n25 de octubre de 2010|Mensaje\n\n{BODY}", date(2010, 10, 25),
     "date_line"),
    (f"UN Geneva Press Briefing - 08 November2024\n\n{BODY}", date(2024, 11, 8), "title_date"),
    # a site notice before the dateline: the dateline still dates the page, the notice stays text
    ("Two agencies make their first joint visit to the region\n\nWe are building a new website.\n\nThanks for "
     "your patience while pages change.\n\nPress centre\n\nPANAMA CITY, 8 May 2006 – On their first joint visit "
     "the two heads will meet partners.", date(2006, 5, 8), "dateline"),
    # a date alone opening the body
    (f"Expert to visit the country next week\n\n31 July 2008 - {BODY}", date(2008, 7, 31), "dateline"),
    # the page's date above the title gives way to the statement's date under it
    (f"31 March 2004\n\nStatements attributable to the Spokesman\n\n30 March 2004\n\n{BODY}", date(2004, 3, 30),
     "date_line"),
    # the date inside an "issued on <date> by" opening
    ("La déclaration suivante a été communiquée, mardi 8 juin 2021, par le Porte-parole du Secrétaire général :\n\n"
     "Le Secrétaire général salue la décision du Conseil.", date(2021, 6, 8), "issued_by_date"),
    # a venue and a city, a weekday, a time or a bracketed note around the date
    (f"Remarks at the opening of the segment\n\nUN Headquarters, New York, 21 June 2022\n\n{BODY}",
     date(2022, 6, 21), "place_date_line"),
    (f"Statement on the International Day\n\nGENEVA, Monday, 7 March 2017\n\n{BODY}", date(2017, 3, 7),
     "place_date_line"),
    (f"Remarks at the forum\n\nNew York, Monday, 16 July 2018 [As prepared for delivery]\n\n{BODY}",
     date(2018, 7, 16), "place_date_line"),
    (f"Remarks at the reception\n\nFriday, 21 November 2025 at 7.00 p.m.\n\n{BODY}", date(2025, 11, 21),
     "date_line"),
    # a video page's DATELINE field, day-month-year with dashes; an Arabic weekday before a dashed date
    (f"Arrival of the new High Commissioner\n\nDATELINE: 17-10-2022 GENEVA, SWITZERLAND\n\n{BODY}",
     date(2022, 10, 17), "place_date_line"),
    (f"بيان بمناسبة يوم حقوق الإنسان\n\nالسبت 10-12-2016\n\n{BODY}", date(2016, 12, 10), "date_line"),
    # the date first, then the place
    (f"联合国人权事务高级专员的讲话\n\n2020年2月27日,日内瓦\n\n{BODY}", date(2020, 2, 27), "place_date_line"),
    # a printed date line over a metadata stamp glued to the text
    (f" date 2019-05-16 SG/SM/19581\n\n15 MAY 2019\n\n{BODY}", date(2019, 5, 15), "date_line_above_title"),
    # a Chinese dateline opening the body
    ("人权理事会举行关于技术援助的一般性辩论\n\n日内瓦（2016年3月10日）——人权理事会今天就技术援助和能力建设举行了一般性辩论。"
     "各国代表团强调了技术援助的重要性，并呼吁加强合作。", date(2016, 3, 10), "dateline"),
])
def test_publication_dates(text: str, expected: date, rule: str) -> None:
    doc = parse_document(text)
    assert doc.published_on == expected
    assert doc.provenance["published_on"] == rule


@pytest.mark.parametrize(("text", "expected"), [
    ("Ginebra, 4 de diciembre de 2024", date(2024, 12, 4)), ("Женева, 28 мая 2022 г.", date(2022, 5, 28)),
    ("2022年5月28日", date(2022, 5, 28)), ("نيويورك، 28 أيار/مايو 2022", date(2022, 5, 28)),
    ("Dec. 4, 2024", date(2024, 12, 4)), ("4 Dec 2024", date(2024, 12, 4)), ("1er avril 2020", date(2020, 4, 1)),
    ("４ December ２０２４", date(2024, 12, 4)), ("May be the 4th", None), ("in 2024 we", None),
])
def test_date_notations(text: str, expected: date | None) -> None:
    found = find_date(text)
    assert (found[0] if found else None) == expected


def test_location_from_place_date_line_and_dateline() -> None:
    assert parse_document(f"A title of four words\n\nNew York, 28 March 2025\n\n{BODY}").location == "New York"
    assert parse_document(f"GENEVA (4 December 2024) – {BODY}").location == "Geneva"


def test_times_of_day_are_not_places() -> None:
    doc = parse_document(f"Council holds its general debate\n\nMORNING\n\n8 March 2018\n\n{BODY}")
    assert doc.location is None and doc.published_on == date(2018, 3, 8)


# ---------------------------------------------------------------- speakers

@pytest.mark.parametrize(("text", "speaker", "role", "rule"), [
    ("Noon briefing\n\nNew York, 28 March 2025\n\nSpeaker: Spokesperson for the Secretary-General, Omar Haddad\n\n"
     f"{BODY}", "Omar Haddad", "Spokesperson for the Secretary-General", "speaker_label"),
    (f"Experts alarmed at arrests\n\nGENEVA (4 December 2024) – UN experts* today urged the authorities to act. {BODY}",
     "UN experts", None, "collective_opening"),
    ("Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n3 May 2021\n\n"
     "The following is a near-verbatim transcript of today’s noon briefing by Omar Haddad, Spokesman for the "
     f"Secretary-General.\n\n{BODY}", "Omar Haddad", "Spokesman for the Secretary-General", "transcript_by"),
    ("Briefing notes on the region\n\nJane Roe, for the Office of the UN High Commissioner for Human Rights, "
     f"read the following statement:\n\n{BODY}", "Jane Roe",
     "for the Office of the UN High Commissioner for Human Rights", "name_for_office"),
    ("Expert to visit Chad\n\nGENEVA (3 May 2024) – The UN Special Rapporteur on the right to food, Jane Roe, "
     f"will visit Chad from 10 to 20 May. {BODY}", "Jane Roe", "UN Special Rapporteur on the right to food",
     "role_comma_name"),
    (f"Opening statement by High Commissioner Jane Roe at the 60th session of the Council\n\n{BODY}",
     "Jane Roe", "High Commissioner", "title_role_name"),
    (f"Press Conference by UN High Commissioner for Human Rights, Jane Roe\n\n{BODY}", "Jane Roe",
     "UN High Commissioner for Human Rights", "title_by_role_name"),
    (f"Joint statement by the heads of UNICEF, WFP and WHO on the famine\n\n{BODY}",
     "heads of UNICEF, WFP and WHO", None, "joint_title"),
    (f"Committee closes its session\n\nThe Committee against Torture this morning concluded its session. {BODY}",
     "Committee against Torture", None, "collective_opening"),
    ("The following Security Council press statement was issued today by Council President Jane Roe (Norway):\n\n"
     f"The members of the Security Council condemned the attack. {BODY}", "Security Council", None,
     "sc_press_statement"),
    (f"Security Council Press Statement on the Attack in the Capital\n\n{BODY}", "Security Council", None,
     "sc_press_statement_title"),
    ("The following statement has been issued by a group of United Nations independent human rights experts*\n\n"
     f"GENEVA (3 February 2011) – {BODY}", "group of United Nations independent human rights experts", None,
     "issued_by"),
    ("Following are the remarks made by Omar Haddad, Director-General of the Office, to the Conference:\n\n"
     f"{BODY}", "Omar Haddad", "Director-General of the Office", "following_remarks_by"),
    ("Press conference by Under-Secretary-General for Humanitarian Affairs\n\nDuring a press conference today, "
     f"Omar Haddad, Under-Secretary-General for Humanitarian Affairs, said donors had responded. {BODY}",
     "Omar Haddad", "Under-Secretary-General for Humanitarian Affairs", "title_role_named_in_opening"),
    ("Message from High Commissioner Jane Roe, read by Omar Haddad, to the regional forum\n\n"
     f"{BODY}", "Jane Roe", "High Commissioner", "read_on_behalf"),
    ("Joint Statement: The world must act now to save the besieged towns\n\nStatement by heads of OCHA, UNICEF "
     f"and WFP:\n\n{BODY}", "heads of OCHA, UNICEF and WFP", None, "byline"),
    ("DÉCLARATION DU SECRÉTAIRE GÉNÉRAL DEVANT LE CONSEIL\nCommuniqué de presse SG/SM/9999 |\n"
     "On trouvera ci-après le texte du discours prononcé par le Secrétaire général, Omar Haddad, devant le Conseil:\n"
     "Je vous remercie de m’avoir invité.", "Omar Haddad", "Secrétaire général", "office_name"),
    ("Declaración realizada por Jane Roe, Alta Comisionada Interina para los Derechos Humanos\n\n"
     f"{BODY}", "Jane Roe", "Alta Comisionada Interina para los Derechos Humanos", "title_by_name_role"),
    ("Sesión de organización del consejo\n\n25 febrero 2019\n\nPronunciado por\n\nAlta Comisionada de las "
     "Naciones Unidas para los Derechos Humanos Jane Roe\n\nExcelencias,\n\nEs un honor dirigirme al Consejo.",
     "Jane Roe", "Alta Comisionada de las Naciones Unidas para los Derechos Humanos", "delivered_by_label"),
    ("Desapariciones forzadas: expertos en visita oficial\n\nGINEBRA (19 de septiembre de 2013) – El Grupo de "
     "Trabajo sobre las Desapariciones Forzadas o Involuntarias* visitará el país del 23 al 30 de septiembre.",
     "Grupo de Trabajo sobre las Desapariciones Forzadas o Involuntarias", None, "collective_opening"),
    ("Mission to hold a press conference in New York\n\n21 August 2019\n\n- An expert will present the findings.\n"
     "GENEVA – The UN Independent International Fact-Finding Mission on the Region will hold a press conference.",
     "UN Independent International Fact-Finding Mission on the Region", None, "collective_opening"),
    ("Experts to review cases of detention\n\nGENEVA (24 August 2012) – The United Nations Working Group on "
     "Arbitrary Detention* will begin its session on Monday.", "Working Group on Arbitrary Detention",
     None, "collective_opening"),
    # a body's name without the "(ACRONYM)" the release adds
    ("Experts visit the country\n\nGENEVA (19 September 2018) – The United Nations Working Group on Enforced or "
     "Involuntary Disappearances (WGEID) will visit the country next week.",
     "Working Group on Enforced or Involuntary Disappearances", None, "collective_opening"),
    # a known office holder right after the role, even before a capitalised word
    (f"UN Human Rights High Commissioner Volker Türk Interactive Dialogue at the Council\n\n{BODY}",
     "Volker Türk", "UN Human Rights High Commissioner", "title_role_name"),
    # a French caption line "NAME, <office>"
    ("Le Haut-Commissaire dresse un sombre tableau\n\nJane Roe, Haut-Commissaire aux droits de l'homme de l’ONU "
     "(photo ONU).\n\nLe déni des droits de l'homme est ce qui génère la honte la plus grande.", "Jane Roe",
     "Haut-Commissaire aux droits de l'homme de l’ONU (photo ONU)", "speaker_line"),
    # a single answering turn opens a transcript
    ("14 October 2006\n\nMr. Omar Haddad: Thank you very much for your kind introduction and your patience.\n\n"
     "Ladies and gentlemen, I am delighted to be here.", "Omar Haddad", None, "transcript_turns"),
    # a name alone on its line with the role under it
    ("\"Human rights are our common heritage.\"\n\nJane Roe\n\nUnited Nations High Commissioner for Human Rights\n\n"
     "HUMAN RIGHTS DAY 2004 - Press Conference Highlights", "Jane Roe",
     "United Nations High Commissioner for Human Rights", "signature_block"),
    (f"Statement of Ms. Jane Roe United Nations High Commissioner for Human Rights to the Council\n\n{BODY}",
     "Jane Roe", "United Nations High Commissioner for Human Rights", "by_honorific_name"),
    ("Introduction to country reports under item 2\n\nAddresses by Ms. Jane Roe United Nations Deputy High "
     f"Commissioner for Human Rights\n\nGeneva, 22 March 2017\n\n{BODY}", "Jane Roe",
     "United Nations Deputy High Commissioner for Human Rights", "by_honorific_name"),
    ("TRANSCRIPTION DE LA CONFÉRENCE DE PRESSE DU SECRÉTAIRE GÉNÉRAL, M. OMAR HADDAD, AU SIÈGE\n\n"
     "Le Secrétaire général: Comme vous le savez, je viens d’effectuer un voyage dans la région.",
     "Omar Haddad", "Secrétaire Général", "office_name"),
    (f"Acceptance speech by Jane Roe on 7 June 2022\n\n{BODY}", "Jane Roe", None, "title_by_name"),
    ("United Nations Under-Secretary-General for Humanitarian Affairs, Jane Roe Remarks at Opening of the "
     f"Segment\n\n{BODY}", "Jane Roe", "United Nations Under-Secretary-General for Humanitarian Affairs",
     "title_role_comma_name"),
    (f"UNICEF Executive Director Jane Roe's opening statement at the first regular session\n\n{BODY}",
     "Jane Roe", "UNICEF Executive Director", "title_role_name"),
    (f"Statement of Special Procedures on the occasion of Human Rights Day\n\n{BODY}", "Special Procedures",
     None, "body_statement_title"),
    ("PRESS CONFERENCE BY UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS\n\nBriefing correspondents today, "
     "Jane Roe, High Commissioner for Human Rights, signalled significant advances in the framework.",
     "Jane Roe", "UNITED NATIONS HIGH COMMISSIONER FOR HUMAN RIGHTS", "title_role_named_in_opening"),
    ("Inauguración de la oficina regional\n\nSANTIAGO – La Oficina Regional realizó la inauguración.\n\nJane Roe, "
     "Representante Regional para América del Sur, aprovechó la oportunidad para dar la bienvenida.", "Jane Roe",
     "Representante Regional para América del Sur", "name_comma_role"),
    ("Point de presse quotidien du Bureau du Porte-parole\n\nCi-dessous, les principaux points évoqués par Omar "
     "Haddad, Porte-parole du Secrétaire général:", "Omar Haddad", "Porte-parole du Secrétaire général", "by_name_role"),
    ("Déclaration à la presse du Conseil de sécurité sur l’attentat contre l’ambassade\n\nLes membres du Conseil "
     "de sécurité ont condamné dans les termes les plus forts l’attentat.", "Security Council", None,
     "sc_press_statement_title"),
    ("Committee on Economic, Social and Cultural Rights concludes fifty-fifth session\n\n19 June 2015\n\n"
     "The Committee on Economic, Social and Cultural Rights this afternoon concluded its session.",
     "Committee on Economic, Social and Cultural Rights", None, "collective_opening"),
    (f"Statement by Principals of the Inter-Agency Standing Committee: No time to lose in the region\n\n{BODY}",
     "Principals of the Inter-Agency Standing Committee", None, "byline"),
    ("评估全球人权实现情况\n\n2022年12月19日\n\n发言人\n\n联合国人权事务高级专员福尔克尔·蒂尔克(Jane Roe)\n\n"
     "主席先生，各位阁下。", "Jane Roe", "UN High Commissioner for Human Rights", "office_name_line"),
    ("Le Secrétaire général appelle à faire taire les armes\n\nOn trouvera ci-après le message du Secrétaire "
     "général de l’ONU, M. Omar Haddad, à l’occasion de la Journée internationale de la paix.", "Omar Haddad",
     "Secrétaire général", "office_name"),
    (f"Comment by UN Human Rights Office spokesperson Omar Haddad on the execution\n\n07 December 2022\n\n{BODY}",
     "Omar Haddad", "spokesperson", "title_role_name"),
    (f"Statementby Jane Roe, the Special Representative for the region on the executions\n\n{BODY}", "Jane Roe",
     "the Special Representative for the region on the executions", "title_by_name_role"),
    (f"Statement by H.E. Ambassador Jane A. Roe, President of the Council – the session\n\n{BODY}", "Jane A. Roe",
     "President of the Council – the session", "byline"),
    ("News Treaty bodies\n\nCommittee concludes its one hundred and fortieth session\n\n28 March 2024\n\n"
     "The Human Rights Committee this afternoon concluded its session after adopting concluding observations.",
     "Human Rights Committee", None, "collective_opening"),
    (f"Statement by H.E. Ambassador Jane Roe, President of the Council – the annual session\n\n{BODY}", "Jane Roe",
     "President of the Council – the annual session", "byline"),
    ("Mali : des experts indignés par les exécutions\n\nGENÈVE – Des experts de l'ONU* ont exprimé aujourd'hui leur "
     "indignation face aux exécutions arbitraires.", "UN experts", None, "collective_opening"),
    ("Journée des Nations Unies\n\nEn cette Journée des Nations Unies, le Secrétaire général Omar Haddad affirme que "
     "l'Organisation ne doit faiblir sur aucun front.", "Omar Haddad", "Secrétaire général", "office_name"),
    ("Expert to present findings at the Council\n\nGENEVA (24 June 2019) – The UN Special Rapporteur on "
     "extrajudicial, summary or arbitrary executions, Jane Roe, will present her findings.", "Jane Roe",
     "UN Special Rapporteur on extrajudicial, summary or arbitrary executions", "role_comma_name"),
    ("Experts urge robust action for freedom of expression\n\nGENEVA (11 July 2019) – On the occasion of the "
     "anniversary, the UN Special Rapporteur on Freedom of Expression, Jane Roe, called on States to act.",
     "Jane Roe", "UN Special Rapporteur on Freedom of Expression", "role_comma_name"),
    (f"Declaración de S.E. Embajador Omar Haddad Presidente del Consejo de Derechos Humanos\n\n{BODY}",
     "Omar Haddad", "Presidente del Consejo de Derechos Humanos", "by_honorific_name"),
    ("Under-Secretary-General for Humanitarian Affairs, Jane Roe - Press statement following the event\n\n"
     f"{BODY}", "Jane Roe", "Under-Secretary-General for Humanitarian Affairs", "title_role_comma_name"),
    ("人权理事会主席瓦茨拉夫·巴莱克(Jane Roe)先生阁下的讲话\n\n2023年2月21日\n\n主席，各位阁下。", "Jane Roe", None,
     "bracketed_name"),
    ("Spokesperson's comments on the envoy's visit to the region\n\n- Has the letter been received?\n\n"
     "Omar Haddad: Not that I am aware of at this point.\n\n- Will the envoy travel next week?\n\n"
     "Omar Haddad: The plans have not changed since Monday.", "Omar Haddad", None, "transcript_turns"),
])
def test_speakers(text: str, speaker: str, role: str | None, rule: str) -> None:
    doc = parse_document(text)
    assert (doc.speaker, doc.speaker_role) == (speaker, role)
    assert doc.provenance["speaker"] == rule


@pytest.mark.parametrize(("text", "office", "delivered_by", "expected"), [
    # the Secretary-General speaks through a spokesperson: the country after "on" is no speaker
    ("Statement attributable to the Spokesperson for the Secretary-General on Myanmar\n\n4 December 2024\n\n"
     f"{BODY}", "Secretary-General", "Spokesperson for the Secretary-General", "António Guterres"),
    ("LE SECRÉTAIRE GÉNÉRAL CONDAMNE LES ATTAQUES CONTRE LE PERSONNEL HUMANITAIRE\n\n3 mars 2005\n\n"
     "La déclaration suivante a été communiquée aujourd’hui par le Porte-parole du Secrétaire général:\n\n"
     "Le Secrétaire général condamne fermement les attaques perpétrées contre le personnel humanitaire.",
     "Secretary-General", "Spokesperson for the Secretary-General", "Kofi Annan"),
    ("Message on the International Day of Peace\n\nThe Secretary-General\n\n21 September 2012\n\n"
     f"{BODY}", "Secretary-General", None, "Ban Ki-moon"),
    ("Message of the Secretary-General, delivered by Jane Roe, Director-General\n\n9 May 2019\n\n"
     f"{BODY}", "Secretary-General", "Jane Roe", "António Guterres"),
    # the title names the office as author; the line under it is the spokesperson who issued it
    ("Statement by the Secretary-General - on the outgoing High Commissioner\n\n13 June 2022\n\n"
     f"Omar Haddad, Spokesman for the Secretary-General\n\n{BODY}", "Secretary-General", "Omar Haddad",
     "António Guterres"),
])
def test_an_office_and_the_date_name_the_speaker(text: str, office: str, delivered_by: str | None,
                                                 expected: str) -> None:
    doc = parse_document(text)
    assert (doc.speaker, doc.office, doc.delivered_by) == (None, office, delivered_by)
    statement = ingest(text)
    assert statement.speaker == expected
    assert statement.delivered_by == delivered_by
    assert json.loads(statement.header_provenance)["speaker"].endswith("+office_holder")


@pytest.mark.parametrize(("text", "expected"), [
    ("Mensaje del Secretario General con ocasión del Día Internacional de la Paz\n\n"
     "Nueva York, 21 de septiembre de 2007\n\nEstimados amigos:\n\nLa paz es una necesidad de la humanidad.",
     "Ban Ki-moon"),
    ("البيان الافتتاحي لمفوضة الأمم المتحدة السامية لحقوق الإنسان في الدورة\n\nجنيف، 9 أيلول/سبتمبر 2013\n\n"
     "السيد الرئيس، أشكركم على إتاحة هذه الفرصة لي لمخاطبة المجلس اليوم.", "Navi Pillay"),
    ("高级专员在人权理事会会议开幕发言中敦促加强合作\n\n2023年6月19日\n\n民间社会活动家的工作对每个社会都至关重要。"
     "各国应当保护他们的工作空间，并倾听他们的声音。", "Volker Türk"),
    ("UNITED NATIONS\n\nTHE SECRETARY-GENERAL\n\nMESSAGE ON WORLD REFUGEE DAY\n\n20 June 2016\n\n" + BODY,
     "Ban Ki-moon"),
    # the French spokesperson "de M. NAME, Secrétaire général", a weekday and date set off by commas
    (" date 2021-06 La déclaration suivante a été communiquée, mardi 8 juin 2021, par le Porte-parole de "
     "M. António Guterres, Secrétaire général de l’ONU :\n\nLa décision prise aujourd’hui est un honneur.",
     "António Guterres"),
    # what news headlines call the offices, and the short names they use for the holders
    (f"UN chief condemns the attack on the convoy\n\n3 May 2021\n\n{BODY}", "António Guterres"),
    (f"Le chef de l'ONU choqué et attristé par une attaque\n\n1 novembre 2017\n\n{BODY}", "António Guterres"),
    (f"UN rights chief urges restraint in the region\n\n3 May 2021\n\n{BODY}", "Michelle Bachelet"),
    (f"Türk urges restraint as violence spreads in the region\n\n{BODY}", "Volker Türk"),
    # the Deputy Secretary-General is an office of its own; the Arabic office with its attached preposition
    (f"Deputy Secretary-General Urges Vision Focused on Solutions\n\nSeptember 28, 2025\n\n{BODY}",
     "Amina J. Mohammed"),
    ("رسالة لأمين العام بمناسبة يوم الأمم المتحدة\n\n24 تشرين الأول/أكتوبر 2022\n\nالأمم المتحدة هي وليدة الأمل والعزم.",
     "António Guterres"),
    # a Russian opening sentence that names the office and the person
    ("Генеральный секретарь выступил перед группой\n\n13 сентября 2005 года\n\nСегодня Генеральный секретарь ООН Кофи "
     "Аннан выступил перед членами Группы по согласованию проекта декларации.", "Kofi Annan"),
    # the office and the name in Cyrillic: the holder's one spelling across languages
    ("Генеральный секретарь ООН Пан Ги Мун\n\nПослание по случаю Международного дня мира\n\n13 июня 2010 года\n\n"
     "Через 100 дней мир будет отмечать Международный день мира.", "Ban Ki-moon"),
    # no date, but a year in the title that one Secretary-General held throughout
    ("Mensaje del Secretario General 2017\n\nEn el Día Internacional de la Paz, reflexionamos sobre el costo "
     "de la guerra.", "António Guterres"),
    # a Russian dateline dates the message; the office in the title speaks
    ("ПОСЛАНИЕ ГЕНЕРАЛЬНОГО СЕКРЕТАРЯ ООН ПО ПОВОДУ ВСЕМИРНОГО ДНЯ\n\nНью-Йорк, 1 декабря 2010 - В следующем году "
     "исполняется 30 лет со времени начала эпидемии.", "Ban Ki-moon"),
    ("El Secretario General\n\nMensaje del Día Internacional de la Mujer\n\n8 de marzo de 2007\n\n"
     "Es un honor hacerles llegar mis saludos en este Día Internacional de la Mujer.", "Ban Ki-moon"),
])
def test_offices_in_other_languages_and_cases(text: str, expected: str) -> None:
    assert ingest(text).speaker == expected


def test_a_deputy_is_not_the_office_holder() -> None:
    statement = ingest("Alta Comisionada Adjunta para los Derechos Humanos concluye su visita a Chile\n\n"
                       "29 de octubre de 2011\n\nLa Alta Comisionada Adjunta concluyó ayer su misión de tres días.")
    assert statement.speaker is None


def test_a_name_misspelt_on_the_page_is_the_office_holder_s() -> None:
    statement = ingest(f"Remarks to the press\n\n3 May 2021\n\nStatement by Antonio Gutteres, Secretary-General\n\n"
                       f"{BODY}")
    assert statement.speaker == "António Guterres"


@pytest.mark.parametrize("text", [
    # a header line never runs into the next one: "NAME" then a place line
    f"Sudan: civilians must be protected\n\nJane Roe\nGeneva\n\n{BODY}",
])
def test_speaker_stays_on_its_line(text: str) -> None:
    assert parse_document(text).speaker == "Jane Roe"


@pytest.mark.parametrize("text", [
    # the object of a title is not its speaker
    f"Secretary-General thanks High Commissioner Jane Roe for her service\n\n{BODY}",
    # a UN Geneva briefing where several spokespersons speak in turn
    ("Regular press briefing by the Information Service\n\nOmar Haddad, Director of the Information Service, "
     "chaired the briefing, which was attended by the spokespersons for UNHCR and WHO.\n\nJane Roe, for the "
     "World Health Organization, said that cases had risen.\n\nAmal Nasser, for UNHCR, said that arrivals fell."),
    # a meeting summary names its speakers after the first paragraph
    ("Council holds dialogue with the High Commissioner\n\nThe Human Rights Council this morning held its dialogue. "
     "Delegations spoke.\n\nHigh Commissioner Jane Roe presented her report on Wednesday."),
    # two people open the release: neither alone is its speaker
    ("Two agencies make their first joint visit\n\nPANAMA CITY, 8 May 2006 – World Food Programme (WFP) Executive "
     "Director Omar Haddad and UNICEF Executive Director Jane Roe will visit the region this week."),
    # words of an upper-case or headline-case title are no name ("CONDAMNE LES", "Addressing Seventieth")
    "LE SECRÉTAIRE GÉNÉRAL CONDAMNE LES ATTAQUES CONTRE LE PERSONNEL\n\nLe texte suit ici pour le test.",
    f"Secretary-General, Addressing Seventieth Assembly Session, Summons Support\n\n{BODY}",
    # a long line that starts "NAME, ROLE" is a paragraph, not a speaker line
    ("Regular press briefing of the Information Service\n\nOmar Haddad, Chief of the Press Section of the "
     "Information Service, chaired the briefing, which was attended by the spokespersons for three agencies"),
    # a meeting summary's sitting line: the president who opens the meeting is not the statement's speaker
    ("New High Commissioner addresses the opening of the session\n\n08 September 2014\n\nHuman Rights Council\n\n"
     "MORNING/MIDDAY\n\nJane Roe, President of the Human Rights Council, opened the twenty-seventh session today."),
    # one Special Rapporteur is a person, not a body: with no name read, no speaker
    ("Media advisories Special Procedures\n\nExpert to present findings at the Council\n\n24 June 2019\n\n"
     "GENEVA (24 June 2019) – The UN Special Rapporteur on extrajudicial, summary or arbitrary executions will "
     "present her findings."),
    # the reader of a message is not its speaker
    ("Message on the anniversary\n\nFollowing is the message of the Director-General to an event held today "
     "honouring the outgoing judges, delivered by Omar Haddad, acting Director-General of the Office:"),
    # a body or an event is not a person ("International Economic Forum")
    f"Spokesperson's comments on remarks at the International Economic Forum in the capital\n\n{BODY}",
])
def test_no_speaker_rather_than_a_wrong_one(text: str) -> None:
    doc = parse_document(text)
    assert doc.speaker is None
    assert ingest(text).speaker is None


# ---------------------------------------------------------------- titles

@pytest.mark.parametrize(("text", "title"), [
    (f"Aller au contenu principal\n\nLe Conseil adopte quatorze textes et renouvelle quatre mandats\n\n{BODY}",
     "Le Conseil adopte quatorze textes et renouvelle quatre mandats"),
    (f"Pasar al contenido principal\n\nCOMITÉ CONTRA LA TORTURA CONCLUYE SU PERIODO\n\n{BODY}",
     "COMITÉ CONTRA LA TORTURA CONCLUYE SU PERIODO"),
    (f"The Best Network for Career Jobs - JOIN NOW\n\nSecretary-General condemns the attack on the convoy\n\n{BODY}",
     "Secretary-General condemns the attack on the convoy"),
    (f"Expert briefing on the crisis in the region\n\n778.9 MB\n\n3:55\n\nMP4\n\n{BODY}",
     "Expert briefing on the crisis in the region"),
    (f"Press releases Special Procedures\n\nExperts alarmed by the wave of arrests\n\n{BODY}",
     "Experts alarmed by the wave of arrests"),
    ("Countdown to Human Rights Day\n\nA campaign shows the fight for rights in pictures.\n\nLearn more\n\n"
     f"Statements Office of the High Commissioner\n\nPress conference on the annual report\n\n{BODY}",
     "Press conference on the annual report"),
    (f"Two agencies make a first joint visit to the region | Press centre | UNICEF\n\n{BODY}",
     "Two agencies make a first joint visit to the region"),
    (f"STORY: Arrival of the new High Commissioner in Geneva\n\n{BODY}", "Arrival of the new High Commissioner in Geneva"),
    (f"news from our offices around\n\nOffice condemns the killing of a defender\n\n{BODY}",
     "Office condemns the killing of a defender"),
    (f"Category Archives: Messages for 2016\n\nMessage on the International Day\n\n{BODY}",
     "Message on the International Day"),
    (f"World Video | Defence | Foreign Affairs | Trade | Search\n\nExperts to discuss thirty cases today\n\n{BODY}",
     "Experts to discuss thirty cases today"),
    (f"Close sites icon close\n\nSearch form\n\nOpening statement to the Executive Committee\n\n{BODY}",
     "Opening statement to the Executive Committee"),
    (f"ACCESSIBILITY AT THE OFFICE A A A A\n\nDirector-General takes part in an exchange\n\n{BODY}",
     "Director-General takes part in an exchange"),
    ("Английский сайт Французский сайт Испанский сайт Русский сайт\n\nЗаявление Верховного комиссара по правам "
     "человека\n\nЖенева, 13 июня 2016 г.\n\nГосподин Председатель, уважаемые делегаты, коллеги и друзья.",
     "Заявление Верховного комиссара по правам человека"),
    ("منظور عالمي قصص إنسانية\n\nالأمين العام يدين الهجوم على الجامعة\n\nأدان الأمين العام بشدة الهجوم المروع على الجامعة "
     "ودعا إلى حل سلمي.", "الأمين العام يدين الهجوم على الجامعة"),
    (f"Close sites icon close\n\nSearch for the country site.\n\nStatement to the Security Council on refugees\n\n{BODY}",
     "Statement to the Security Council on refugees"),
    (f"تجاوز إلى المحتوى الرئيسي\n\nCOMMITTEE CONCLUDES ITS SIXTY-FIRST SESSION\n\n{BODY}",
     "COMMITTEE CONCLUDES ITS SIXTY-FIRST SESSION"),
    (f"演说 人权事务高级专员办事处\n\n评估全球人权实现情况\n\n2022年12月19日\n\n{BODY}", "评估全球人权实现情况"),
    (f"Question of Palestine home || Permalink || About Us || Search\n\nThe Council meets on the crisis\n\n{BODY}",
     "The Council meets on the crisis"),
    (f"Bosnian version\n\n(version bilingue)\n\nThe Council meets on the crisis today\n\n{BODY}",
     "The Council meets on the crisis today"),
    (f"Press Release 393 Views\n\nPress conference by the High Commissioner in Geneva\n\n{BODY}",
     "Press conference by the High Commissioner in Geneva"),
    (f"UNICEF – United Nations Children's Fund\n\nExecutive Director's remarks to the Board today\n\n{BODY}",
     "Executive Director's remarks to the Board today"),
    (f"2024 12 20 UN Human Rights Spokesperson on the situation in Syria\n\n{BODY}",
     "UN Human Rights Spokesperson on the situation in Syria"),
    ("Security Council condemns the attack in the capital\n\n5978th Meeting (PM)\n\nThe Security Council today "
     "condemned in the strongest terms the terrorist attack.", "Security Council condemns the attack in the capital"),
    (f"Header image for news printout\n\nCommittee closes its fiftieth session today\n\n{BODY}",
     "Committee closes its fiftieth session today"),
    (f"Press Statements 2016 (105)\n\nSC/12649\n\nPress Statement on the Attack in the Capital\n\n{BODY}",
     "Press Statement on the Attack in the Capital"),
    (f"Press conference by the Under-Secretary-General\nfrom UN Department of Public Information\n\n{BODY}",
     "Press conference by the Under-Secretary-General"),
    ("Scoop has an Ethical Paywall\n\nLicence needed for work use Learn More\n\nExperts to discuss thirty "
     f"cases of detention\n\n{BODY}", "Experts to discuss thirty cases of detention"),
    ("Lebanon + 1 more\n\nStatement by Jane Roe, Executive Director, to the Executive Committee [As delivered]"
     f"\n\n{BODY}", "Statement by Jane Roe, Executive Director, to the Executive Committee [As delivered]"),
    ("Secretary-General, at Opening of Assembly Session, Stresses Need\n\n\nto Address the Crisis Now\n\n"
     f"{BODY}", "Secretary-General, at Opening of Assembly Session, Stresses Need to Address the Crisis Now"),
])
def test_titles_skip_site_furniture(text: str, title: str) -> None:
    assert parse_document(text).title == title


def test_a_name_above_the_title_is_the_speaker_not_the_title() -> None:
    doc = parse_document("Volker Türk\n\nDiscurso de Despedida\n\n" + BODY)
    assert (doc.speaker, doc.title) == ("Volker Türk", "Discurso de Despedida")
    # only a known office holder's name: "International Affairs" is a section, not a person
    assert parse_document("International Affairs\n\nSecretary-General welcomes the new President\n\n" + BODY).speaker \
        is None
    assert parse_document(f"2024 12 20 Spokesperson on the situation in Syria\n\n{BODY}").published_on == date(2024, 12, 20)


def test_press_office_line_gives_the_place() -> None:
    doc = parse_document("Assembly adopts its drafts on decolonisation\n\n10 December 2009\n\n"
                         "Department of Public Information • News and Media Division • New York\n\n" + BODY)
    assert doc.location == "New York"
    assert "Department of Public Information" not in doc.body


# ---------------------------------------------------------------- kinds

@pytest.mark.parametrize(("text", "kind"), [
    (f"PRESS RELEASE\n\nExperts urge restraint in the region\n\n{BODY}", "press_release"),
    (f"Communiqué de presse\n\nLes experts appellent à la retenue\n\n{BODY}", "press_release"),
    (f"Meeting Summaries\n\nCouncil holds a general debate on assistance\n\n{BODY}", "meeting_summary"),
    (f"Assembly adopts texts on the report\n\nThe General Assembly today adopted 28 texts. {BODY}", "meeting_summary"),
    (f"Statement by Jane Roe on the elections\n\n{BODY}", "statement"),
    (f"Statement by Jane Roe at the Third Committee\n\nDistinguished Chair,\n\n{BODY}", "speech"),
    (f"Secretary-General's remarks to the Security Council on the region\n\n{BODY}", "speech"),
    (f"Joint statement by the heads of two agencies on famine\n\n{BODY}", "joint_statement"),
    (f"Press conference by the Special Envoy on the talks\n\n{BODY}", "press_conference"),
    (f"Press briefing notes on the situation in the region\n\n{BODY}", "briefing_note"),
    (f"Regular press briefing by the Information Service\n\n{BODY}", "briefing_note"),
    (f"Global perspective Human stories\n\nFeature\n\nRelief reaches the valley after the floods\n\n{BODY}", "news"),
    (f"SG/SM/21234\n\nA message that names no kind here\n\n{BODY}", "statement"),
    ("人权理事会举行一般性辩论\n\n人权理事会今天上午就技术援助举行了一般性辩论。各国代表团强调了合作的重要性。", "meeting_summary"),
    (f"Experts alarmed at the arrests of reporters\n\nGENEVA (5 May 2023) – {BODY}", "press_release"),
    (f"Global perspective Human stories\n\nRelief convoys reach the valley again\n\n{BODY}", "news"),
    (f"Remarks to the Committee on the budget\n\nCheck against delivery\n\nMr. President,\n\n{BODY}", "speech"),
    ("Declaración ante el Consejo de Derechos Humanos\n\nExcelencias,\n\nEs un honor dirigirme al Consejo.", "speech"),
    ("Выступление в Совете по правам человека\n\nГ-н Председатель,\n\nДля меня большая честь выступить.", "speech"),
    ("在人权理事会的发言全文如下\n\n主席先生,\n\n我很荣幸在此发言。各国应当保护人权维护者。", "speech"),
    (f"Communiqué de presse SG/SM/9999 GA/10000 |\n\nLe Secrétaire général salue l’accord\n\n{BODY}", "press_release"),
])
def test_kinds(text: str, kind: str) -> None:
    assert parse_document(text).kind == kind


def test_kind_vocabulary_is_the_schema_s() -> None:
    column = next(c for c in load_spec("statements").columns if c.name == "kind")
    assert column.enum == KINDS


def test_no_header_still_parses_with_nulls() -> None:
    doc = parse_document(BODY)
    assert (doc.title, doc.published_on, doc.speaker, doc.kind) == (None, None, None, None)
    assert doc.provenance == {}
    assert ingest(BODY).header_provenance is None
