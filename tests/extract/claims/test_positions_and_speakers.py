"""The verbs of position added for real statements, and speakers named by a pronoun or by
an office's title. Every sentence here was written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from un_statements_etl.extract.claims import PREDICATES, ClaimExtractor
from un_statements_etl.extract.claims.gold import build_statement, parse
from un_statements_etl.extract.claims.lexicon import DEFAULT_STANCE

SPEAKER, ROLE = "Ilse Marten", "UN High Commissioner for Human Rights"


def run(nlp, body: str, speaker: str = SPEAKER, role: str = ROLE, on: date | None = None) -> list[dict]:
    statement = build_statement("t", [("title", "A title"), ("body", body)], speaker, role, "statement")
    statement = statement.__class__(**{**statement.__dict__, "published_on": on})
    return ClaimExtractor().extract(parse(nlp, statement.text), statement, {"entities": []})


@pytest.mark.parametrize(("sentence", "predicate", "stance"), [
    ("I congratulate the new Chair of the Committee on her election.", "congratulate", "positive"),
    ("Congratulations on your election to the presidency of this body.", "congratulate", "positive"),
    ("We fully support the proposal to extend the observer mission.", "support", "positive"),
    ("We back the plan to reopen the border crossings for aid.", "support", "positive"),
    ("The Office endorses the roadmap agreed by the two parties.", "endorse", "positive"),
    ("I warn that the harvest will fail without rain this season.", "warn", "negative"),
    ("I deplore the burning of the village school last night.", "deplore", "negative"),
    ("We denounce the intimidation of reporters at the polling stations.", "denounce", "negative"),
    ("I criticise the decision to close the shelters before winter.", "criticise", "negative"),
    ("We mourn the nurses who lost their lives in the flood.", "mourn", "negative"),
    ("We reject any attempt to divide the island by force.", "reject", "negative"),
    ("We oppose the death penalty in all circumstances.", "oppose", "negative"),
    ("We demand the immediate release of the kidnapped engineers.", "demand", "neutral"),
    ("I recall the promise the leaders made at the summit in the spring.", "recall", "neutral"),
    ("We reaffirm our commitment to the peace talks on the island.", "reaffirm", "neutral"),
])
def test_verbs_of_position(nlp, sentence, predicate, stance):
    (row,) = run(nlp, sentence)
    assert (row["predicate"], row["stance"]) == (predicate, stance)


def test_every_predicate_has_a_default_stance_and_is_in_the_schema():
    import yaml

    from un_statements_etl.resources import resource_path

    schema = yaml.safe_load(resource_path("schemas", "claims.yaml").read_text(encoding="utf-8"))
    enum = next(c["enum"] for c in schema["columns"] if c["name"] == "predicate")
    assert set(PREDICATES) == set(DEFAULT_STANCE) == set(enum)


@pytest.mark.parametrize(("sentence", "stance"), [
    ("The Minister said that dozens of fishermen had been detained at sea.", "negative"),
    ("The Minister said that the new clinic had made remarkable progress.", "positive"),
    ("The Minister said that the talks would resume in the capital.", "neutral"),
])
def test_reported_speech_takes_its_stance_from_what_it_reports(nlp, sentence, stance):
    rows = run(nlp, sentence)
    assert [r["stance"] for r in rows] == [stance]


def test_an_office_named_by_title_is_its_holder_on_the_statement_date(nlp):
    body = "The Secretary-General urged the parties to return to the table at once."
    (row,) = run(nlp, body, speaker="Ola Berg", role="Spokesperson for the Secretary-General",
                 on=date(2015, 3, 2))
    assert row["speaker"] == "Ban Ki-moon"
    (undated,) = run(nlp, body, speaker="Ola Berg", role="Spokesperson for the Secretary-General")
    assert undated["speaker"] != "Ola Berg"  # never the spokesperson who reads it out


def test_he_or_she_in_a_quotation_is_the_person_quoted_before(nlp):
    body = ("Mr. Tomas Adeyemi, the Minister of Water, said the dams were safe. "
            "He said, “I hope the new reservoirs will be full by the summer.”")
    rows = run(nlp, body)
    assert rows[-1]["speaker"] == "Tomas Adeyemi"


def test_the_expert_is_the_rapporteur_named_with_a_long_role(nlp):
    body = ("The Special Rapporteur on the right to safe drinking water, Maria Lopez, ended a visit to the "
            "delta on Friday. The expert urged the authorities to stop cutting off supplies to poor households.")
    rows = run(nlp, body, speaker=None, role="UN Special Procedures")
    assert [r["speaker"] for r in rows] == ["Maria Lopez"]


@pytest.mark.parametrize("sentence", [
    "Speakers called on the Council to act against reprisals on witnesses.",
    "Several delegates regretted the slow pace of the review.",
])
def test_the_speakers_of_a_meeting_summary_hold_positions(nlp, sentence):
    (row,) = run(nlp, sentence, speaker=None, role=None)
    assert row["rule"] == "attributed_verb" and row["speaker"].lower().endswith(("speakers", "delegates"))


def test_a_deputy_is_not_the_holder_of_the_office_itself(nlp):
    body = "The Deputy High Commissioner urged the parties to open the border crossings."
    (row,) = run(nlp, body, speaker="Ola Berg", role="Spokesperson", on=date(2019, 6, 1))
    assert row["speaker"] != "Michelle Bachelet"
