"""Golden cases for the entity extractor on UN prose, negatives included."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from un_statements_etl.extract.entities import VERSION, EntityExtractor
from un_statements_etl.extract.entities.evaluate import statement_for
from un_statements_etl.extract.entities.gazetteer import LABELS, load_gazetteer
from un_statements_etl.extract.entities.matching import alias_trie


@pytest.fixture(scope="module")
def extract(nlp):
    extractor = EntityExtractor()

    def run(text: str) -> list[dict]:
        rows = extractor.extract(nlp(text), statement_for(text), {})
        for row in rows:
            assert text[row["char_start"]:row["char_end"]] == row["text"]
        return rows

    return run


def pairs(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["text"], r["label"]) for r in rows]


def test_contract_attributes():
    assert EntityExtractor.table == "entities"
    assert VERSION.startswith("entities-") and EntityExtractor.version == VERSION


@pytest.mark.parametrize(("text", "expected"), [
    ("I met President Xi Jinping in Beijing.", ("Xi Jinping", "PERSON")),
    ("I also met State Councilor Wang Yi.", ("Wang Yi", "PERSON")),
    ("Secretary-General António Guterres spoke.", ("António Guterres", "PERSON")),
    ("I thank the Government of China for its invitation.", ("Government of China", "ORG")),
    ("We call on the Government of the Sudan to act.", ("Government of the Sudan", "ORG")),
    ("It concerns the rights of Uyghurs and other minorities.", ("Uyghurs", "NORP")),
    ("The arrests under the National Security Law are worrying.", ("National Security Law", "LAW")),
    ("I welcome the reform of the Civil Code this year.", ("Civil Code", "LAW")),
    ("They revised the Law on Protecting Women's Rights and Interests.",
     ("Law on Protecting Women's Rights and Interests", "LAW")),
    ("Given the impact of the COVID-19 pandemic, we adapted.", ("COVID-19 pandemic", "EVENT")),
    ("The UN High Commissioner for Human Rights visited.", ("UN", "ORG")),
    ("The situation in the Xinjiang Uyghur Autonomous Region (XUAR) is of concern.",
     ("Xinjiang Uyghur Autonomous Region", "GPE")),
    ("The Sustainable\n\nDevelopment Goals matter.", ("Sustainable\n\nDevelopment Goals", "LAW")),
])
def test_golden_mentions(extract, text, expected):
    assert expected in pairs(extract(text))


@pytest.mark.parametrize("text", [
    "The High Commissioner met the Special Rapporteur and the Deputy Secretary-General.",
    "The Government has told my Office that the Committee will meet.",
    "Given the COVID-19 restrictions in place, COVID-19 vaccines are scarce.",
    "In 2022, 1,200 people and 15 indicators were counted twice, on 25 April.",
    "Page 2 of 3",
])
def test_negatives_yield_nothing(extract, text):
    assert extract(text) == []


def test_footnote_marks_never_become_entities(extract):
    rows = extract("She has served as President of Chile since 2018.^[2] She met the ILO ^[3] in Geneva.")
    assert pairs(rows) == [("Chile", "GPE"), ("ILO", "ORG"), ("Geneva", "GPE")]


def test_canonical_ids_and_names(extract):
    rows = extract("The People's Republic of China, the PRC and Türkiye signed the ICCPR; Turkey did too.")
    ids = {r["text"]: (r["canonical_id"], r["canonical_name"]) for r in rows}
    assert ids["People's Republic of China"] == ("CHN", "China")
    assert ids["PRC"] == ("CHN", "China")
    assert ids["Turkey"] == ("TUR", "Türkiye")
    assert ids["ICCPR"] == ("treaty:iccpr", "International Covenant on Civil and Political Rights")


def test_ilo_conventions_by_number_carry_both_ids(extract):
    rows = extract("China ratified the International Labour Organization Conventions (29 and 105) on forced labour.")
    law = next(r for r in rows if r["label"] == "LAW")
    assert law["text"] == "International Labour Organization Conventions (29 and 105)"
    assert law["canonical_id"] == "treaty:ilo-c029;treaty:ilo-c105"


def test_the_covenant_after_one_named_covenant_is_that_covenant(extract):
    rows = extract("Hong Kong is a party to the International Covenant on Civil and Political Rights. "
                   "I have called on China to also ratify the Covenant.")
    assert ("Covenant", "LAW") in pairs(rows)
    assert [r["canonical_id"] for r in rows if r["text"] == "Covenant"] == ["treaty:iccpr"]


def test_surname_alone_is_the_person_named_in_full(extract):
    rows = extract("Verónica Michelle Bachelet Jeria is a Chilean politician. Bachelet, a physician, spoke.")
    assert [r["label"] for r in rows if r["text"] == "Bachelet"] == ["PERSON"]
    assert {r["canonical_id"] for r in rows if r["label"] == "PERSON"} == {"person:michelle-bachelet"}


def test_acronyms_in_capitals_headline_are_words(extract):
    rows = extract("THOSE WHO SUFFER MOST\n\nThe WHO said so.")
    assert [(r["text"], r["char_start"]) for r in rows] == [("WHO", 27)]


def test_a_doc_of_another_text_is_refused(nlp):
    with pytest.raises(ValueError, match="eval:x"):
        EntityExtractor().extract(nlp("China."), statement_for("Chile.", "x"), {})


def test_gazetteer_and_matcher_are_built_once(extract):
    extract("China and Chile.")
    before = (load_gazetteer.cache_info().misses, alias_trie.cache_info().misses)
    EntityExtractor()
    extract("Chile and China.")
    assert (load_gazetteer.cache_info().misses, alias_trie.cache_info().misses) == before


WORDS = ["China", "the", "Government", "of", "UN", "High", "Commissioner", "President", "Xi", "Jinping", "and",
         "Uyghurs", "COVID-19", "pandemic", "Law", "on", "National", "Security", "Convention", "(29", "and", "105)",
         "Hong", "Kong", "SAR", "2022", ".", ",", "\n\n", "^[2]", "Türkiye", "ILO", "Civil", "Code", "anti-domestic",
         "violence", "law", "Bachelet", "Michelle", "Office", "Geneva", "GENEVA", "(1"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_rows_are_in_bounds_ordered_and_disjoint(extract, words):
    text = " ".join(words)
    rows = extract(text)
    end = 0
    for row in rows:
        assert 0 <= row["char_start"] < row["char_end"] <= len(text)
        assert row["char_start"] >= end
        assert row["label"] in LABELS
        assert row["text"].strip() == row["text"]
        end = row["char_end"]
