"""ohchr.org's "TYPE MECHANISM" label lines, and roles as French and Spanish pages print them,
in texts written for these tests."""

from __future__ import annotations

import re

import pytest

from un_statements_etl.clean import parse_document
from un_statements_etl.clean.furniture import MECHANISMS, SECTION_LABEL
from un_statements_etl.clean.roles import OPEN_ROLES

BODY = "GENEVA (3 May 2021) – The body today opened its session on the rights of river communities."

LABELS = ["Press releases Treaty bodies", "Press releases Special Procedures", "Statements Human Rights Council",
          "Press releases Universal Periodic Review", "Statements Office of the High Commissioner for Human Rights",
          "Speeches High Commissioner for Human Rights", "Statements Multiple Mechanisms",
          "Communiqués de presse Organes conventionnels", "Communiqués de presse Procédures spéciales",
          "Communiqués de presse Conseil des droits de l'homme", "Déclarations Haut-Commissariat aux droits de l’homme",
          "Communiqués de presse Examen périodique universel", "Déclarations Mécanismes multiples",
          "Comunicados de prensa Órganos de tratados", "Comunicados de prensa Procedimientos especiales",
          "Declaraciones Consejo de Derechos Humanos",
          "Declaraciones Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
          "Comunicados de prensa Examen Periódico Universal", "Declaraciones Varios mecanismos",
          "新闻稿 条约机构", "新闻稿 特别程序", "讲话 人权理事会", "讲话 人权事务高级专员办事处", "讲话 多个机制",
          "Заявления Различные механизмы", "Пресс-релизы Договорные органы", "Пресс-релизы Специальные процедуры",
          "البيانات المفوضية السامية لحقوق الإنسان", "بيانات الإجراءات الخاصة", "بيانات هيئات المعاهدات"]


@pytest.mark.parametrize("label", LABELS)
def test_a_type_and_mechanism_line_is_a_label_not_the_title(label: str) -> None:
    assert SECTION_LABEL.match(label), label
    doc = parse_document(f"Skip to main content\n\n{label}\n\nCommittee opens its session on river rights\n\n{BODY}")
    assert doc.title == "Committee opens its session on river rights"


def test_every_mechanism_has_a_label_line() -> None:
    for mechanism in MECHANISMS:
        assert any(re.search(rf"(?i){mechanism}$", label) for label in LABELS), mechanism


def test_a_headline_starting_with_a_label_word_is_still_a_headline() -> None:
    assert not SECTION_LABEL.match("Statements on the war in the north must stop")


ROLE_SENTENCES = [
    ("El Secretario General Adjunto para los Derechos Humanos, Omar Haddad, visitará el país.", "Secretario General Adjunto"),
    ("La Secretaria General Adjunta de Asuntos Políticos, Jane Roe, visitará el país.", "Secretaria General Adjunta"),
    ("El Subsecretario General de Asuntos Humanitarios, Omar Haddad, visitará el país.", "Subsecretario General"),
    ("La Subsecretaria General de Derechos Humanos, Jane Roe, visitará el país.", "Subsecretaria General"),
    ("Le Sous-Secrétaire général aux droits de l’homme, Omar Haddad, se rendra au Mali.", "Sous-Secrétaire général"),
    ("La Sous-Secrétaire générale aux affaires politiques, Jane Roe, se rendra au Mali.", "Sous-Secrétaire générale"),
    ("Le Secrétaire général adjoint aux opérations, Omar Haddad, se rendra au Mali.", "Secrétaire général adjoint"),
    ("La Secrétaire générale adjointe aux affaires politiques, Jane Roe, se rendra au Mali.",
     "Secrétaire générale adjointe"),
    ("El Alto Comisionado para los Refugiados, Omar Haddad, visitará el país.", "Alto Comisionado"),
    ("La Alta Comisionada para los Derechos Humanos, Jane Roe, visitará el país.", "Alta Comisionada"),
    ("Le Haut-Commissaire pour les réfugiés, Omar Haddad, se rendra au Mali.", "Haut-Commissaire"),
    ("La Haute-Commissaire aux droits de l’homme, Jane Roe, se rendra au Mali.", "Haute-Commissaire"),
    ("La Coordinadora Residente en el país, Jane Roe, visitará la región.", "Coordinadora Residente"),
    ("La Coordonnatrice résidente au Mali, Jane Roe, se rendra dans le nord.", "Coordonnatrice résidente"),
    ("El Director General de la organización, Omar Haddad, visitará el país.", "Director General"),
    ("La Directora General de la organización, Jane Roe, visitará el país.", "Directora General"),
    ("Le Directeur général de l’organisation, Omar Haddad, se rendra au Mali.", "Directeur général"),
    ("La Directrice générale de l’organisation, Jane Roe, se rendra au Mali.", "Directrice générale"),
    ("The WHO Regional Director for the river basin, Jane Roe, will visit the valley.", "Regional Director"),
    ("The UNICEF Country Representative in the valley, Jane Roe, will visit the camps.", "Country Representative"),
    ("The Regional Representative for the valley, Omar Haddad, will visit the camps.", "Regional Representative"),
    ("The UNHCR’s Representative in the valley, Omar Haddad, will visit the camps.", "Representative"),
    ("The Director of the river agency, Omar Haddad, will visit the camps.", "Director"),
    ("The Coordinator for humanitarian aid in the valley, Jane Roe, will visit the camps.", "Coordinator"),
    ("The newly appointed SRSG and mission head, Jane Roe, arrived in the capital today.", "SRSG"),
    ("El Director Regional para el valle, Omar Haddad, visitará el país.", "Director Regional"),
    ("La Directora Regional para el valle, Jane Roe, visitará el país.", "Directora Regional"),
    ("Le Directeur régional pour la vallée, Omar Haddad, se rendra au Mali.", "Directeur régional"),
    ("La Directrice régionale pour la vallée, Jane Roe, se rendra au Mali.", "Directrice régionale"),
    ("La Représentante spéciale pour la vallée, Jane Roe, se rendra au Mali.", "Représentante spéciale"),
    ("La Représentante régionale pour la vallée, Jane Roe, se rendra au Mali.", "Représentante régionale"),
    ("L’Envoyée spéciale pour la vallée, Jane Roe, se rendra au Mali.", "Envoyée spéciale"),
    ("La Enviada Especial para el valle, Jane Roe, visitará el país.", "Enviada Especial"),
    ("La Directora de la Organización del Valle (OPV), Jane Roe, llamó a las delegaciones.", "Directora"),
    ("Le Directeur de l’Agence de la vallée, Omar Haddad, se rendra au Mali.", "Directeur"),
    ("La Directrice de l’Agence de la vallée, Jane Roe, se rendra au Mali.", "Directrice"),
]


@pytest.mark.parametrize(("opening", "role_word"), ROLE_SENTENCES)
def test_french_and_spanish_roles_before_a_name(opening: str, role_word: str) -> None:
    doc = parse_document(f"Visita oficial\n\nGINEBRA (24 de julio de 2017) – {opening}\n\nMás texto sigue aquí.")
    assert doc.speaker in ("Omar Haddad", "Jane Roe") and role_word in doc.speaker_role, doc.speaker_role


def test_every_new_role_has_a_sentence() -> None:
    new_roles = OPEN_ROLES[OPEN_ROLES.index("Secretario General Adjunto"):]
    assert set(new_roles) == {word for _, word in ROLE_SENTENCES}


def test_monsieur_is_an_honorific() -> None:
    doc = parse_document("Visite\n\nGENEVE (22 novembre 2012) – L’Expert indépendant sur la situation en Haïti, "
                         "Monsieur Omar Haddad, visitera Haïti du 25 au 30 novembre 2012.\n\nSuite du texte.")
    assert doc.speaker == "Omar Haddad"
