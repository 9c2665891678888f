"""Names real statements use that the first gazetteer lacked, named days left to the dates
table, and headlines in title case. Sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from un_statements_etl.extract.entities import gazetteer
from un_statements_etl.extract.entities.evaluate import statement_for
from un_statements_etl.extract.entities.extractor import EntityExtractor

NEW_PLANS = ("treaty:mdgs", "treaty:millennium-declaration", "treaty:our-common-agenda", "treaty:new-agenda-for-peace",
             "treaty:call-to-action-hr", "treaty:rights-up-front", "treaty:delivering-as-one",
             "treaty:sendai-framework", "treaty:gcm", "treaty:gcr", "treaty:ddpa", "treaty:aaaa",
             "treaty:pact-for-the-future", "treaty:post-2015-agenda", "treaty:att", "treaty:npt", "treaty:tpnw",
             "treaty:unfccc")


def rows(nlp, text: str) -> list[tuple[str, str]]:
    found = EntityExtractor().extract(nlp(text), statement_for(text), {})
    return [(r["text"], r["label"]) for r in found]


def _aliases(entity_id: str) -> list[str]:
    data = yaml.safe_load((Path(gazetteer.__file__).parent / "data" / "treaties.yaml").read_text(encoding="utf-8"))
    return next(e["aliases"] for e in data["entities"] if e["id"] == entity_id)


@pytest.mark.parametrize("entity_id", NEW_PLANS)
def test_every_new_plan_is_found_by_each_of_its_names(nlp, entity_id):
    for alias in _aliases(entity_id):
        text = f"Delegates said that the {alias} must guide the work of the next decade."
        assert (alias, "LAW") in rows(nlp, text), alias


def test_the_special_procedures_are_an_organisation(nlp):
    text = "The experts are part of the Special Procedures of the Human Rights Council."
    found = rows(nlp, text)
    assert ("Special Procedures", "ORG") in found and ("Human Rights Council", "ORG") in found


def test_a_named_day_is_a_date_not_an_event(nlp):
    text = "On World Refugee Day the High Commissioner visited a settlement near the border."
    assert all(t != "World Refugee Day" for t, _ in rows(nlp, text))


@pytest.mark.parametrize("text", ["Regional Directors Make First Joint Visit To Coastal Provinces",
                                  "Relief Coordinator Launches Winter Appeal For Mountain Villages"])
def test_title_case_headlines_give_no_guessed_names(nlp, text):
    assert [r for r in rows(nlp, text) if r[1] in {"ORG", "PERSON", "EVENT", "LAW"}] == []
