"""Shape of the gazetteer data and of the entity catalog."""

from __future__ import annotations

import re

import pycountry
import pytest

from un_statements_etl.extract.entities import entity_catalog_rows
from un_statements_etl.extract.entities.gazetteer import LABELS, load_gazetteer, read_data

OBSERVERS = {"VAT": "Holy See", "PSE": "State of Palestine"}


def test_states_file_lists_193_members_and_2_observers():
    states = read_data("states.yaml")["states"]
    members = [s for s in states if s["status"] == "member"]
    observers = {s["iso3"]: s["name"] for s in states if s["status"] == "observer"}
    assert len(members) == 193
    assert observers == OBSERVERS
    assert len({s["iso3"] for s in states}) == 195


def test_every_state_resolves_to_its_iso3_by_every_name():
    gazetteer = load_gazetteer()
    for state in read_data("states.yaml")["states"]:
        assert pycountry.countries.get(alpha_3=state["iso3"]) is not None, state
        for name in [state["name"], *state["aliases"]]:
            alias = gazetteer.lookup(name)
            assert alias is not None and alias.canonical_id == state["iso3"], name
            assert alias.label == "GPE"
        for demonym in state["demonyms"]:
            assert gazetteer.lookup(demonym).label == "NORP", demonym


@pytest.mark.parametrize(("name", "label", "canonical_id"), [
    ("Türkiye", "GPE", "TUR"), ("Turkey", "GPE", "TUR"), ("Bolivia (Plurinational State of)", "GPE", "BOL"),
    ("DPRK", "GPE", "PRK"), ("Iran", "GPE", "IRN"), ("Holy See", "GPE", "VAT"), ("Palestine", "GPE", "PSE"),
    ("People's Republic of China", "GPE", "CHN"), ("People’s Republic of China", "GPE", "CHN"),
    ("Xinjiang Uyghur Autonomous Region", "GPE", "region:xinjiang"), ("XUAR", "GPE", "region:xinjiang"),
    ("HKSAR", "GPE", "region:hong-kong"), ("Hong Kong Special Administrative Region", "GPE", "region:hong-kong"),
    ("Tibet", "GPE", "region:tibet"), ("Gaza", "GPE", "region:gaza"), ("Crimea", "GPE", "region:crimea"),
    ("Donbas", "GPE", "region:donbas"), ("Rakhine", "GPE", "region:rakhine"), ("Tigray", "GPE", "region:tigray"),
    ("UN Human Rights Office", "ORG", "un:ohchr"), ("OHCHR", "ORG", "un:ohchr"),
    ("Office of the High Commissioner for Human Rights", "ORG", "un:ohchr"), ("CESCR", "ORG", "un:cescr"),
    ("CEDAW Committee", "ORG", "un:cedaw-committee"), ("Committee against Torture", "ORG", "un:cat-committee"),
    ("UN", "ORG", "un:un"), ("ICJ", "ORG", "un:icj"), ("ICC", "ORG", "org:icc"),
    ("ICCPR", "LAW", "treaty:iccpr"), ("International Covenant on Civil and Political Rights", "LAW", "treaty:iccpr"),
    ("ICESCR", "LAW", "treaty:icescr"), ("CEDAW", "LAW", "treaty:cedaw"),
    ("Rome Statute", "LAW", "treaty:rome-statute"),
    ("ILO Convention No. 29", "LAW", "treaty:ilo-c029"), ("2030 Agenda", "LAW", "treaty:agenda-2030"),
    ("Uyghurs", "NORP", "norp:uyghur"), ("Chinese", "NORP", "CHN"), ("Government of China", "ORG", "gov:CHN"),
])
def test_domain_names_resolve(name, label, canonical_id):
    alias = load_gazetteer().lookup(name)
    assert alias is not None, name
    assert (alias.label, alias.canonical_id) == (label, canonical_id)


def test_catalog_rows_have_the_schema_shape():
    rows = entity_catalog_rows()
    ids = [r["canonical_id"] for r in rows]
    assert len(ids) == len(set(ids)) > 600
    for row in rows:
        assert set(row) == {"canonical_id", "canonical_name", "label", "aliases", "wikidata_id", "iso3"}
        assert row["label"] in LABELS and row["canonical_name"] and row["aliases"]
        assert all(isinstance(a, str) and a.strip() == a and a for a in row["aliases"])
        assert row["wikidata_id"] is None or re.fullmatch(r"Q[0-9]+", row["wikidata_id"])
        assert row["iso3"] is None or re.fullmatch(r"[A-Z]{3}", row["iso3"])
        assert re.fullmatch(r"[A-Z]{3}|[a-z]+:[A-Za-z0-9-]+", row["canonical_id"]), row["canonical_id"]


def test_every_alias_points_at_a_catalog_entity():
    gazetteer = load_gazetteer()
    assert all(a.canonical_id in gazetteer.entities for a in gazetteer.aliases)
