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
