"""Assertions: positions stated without a cue word, and the lines of the same form that
are not positions. Every sentence here was written for this test."""

from __future__ import annotations

import pytest

from un_statements_etl.extract.claims import ClaimExtractor
from un_statements_etl.extract.claims.gold import build_statement, parse

SPEAKER, ROLE = "Ilse Marten", "UN High Commissioner for Human Rights"


def run(nlp, body: str) -> list[dict]:
    statement = build_statement("t", [("title", "A title"), ("body", body)], SPEAKER, ROLE, "statement")
    return ClaimExtractor().extract(parse(nlp, statement.text), statement, {"entities": []})


@pytest.mark.parametrize(("sentence", "predicate", "stance"), [
    # a principle stated in the present
    ("Access to clean water is a basic human right of every family.", "stress", "neutral"),
    # the speaker's own position in the first person, with no cue word
    ("We are on the eve of a very important year for the region.", "note", "positive"),
    # an observation about a particular thing
    ("The new council is stable but still fragile after the vote.", "note", "neutral"),
    # a hortative "let us"
    ("Let us work together for the children of the region.", "call", "neutral"),
    # a need or an obligation of others, with no deontic adjective
    ("Displaced families need shelter and clean water before the winter.", "call", "neutral"),
    ("The reconstruction still needs the steady help of its neighbours.", "call", "neutral"),
    # harm reported: a finding, negative
    ("Hundreds of teachers have been detained since the strike began.", "note", "negative"),
    ("Civic space is being eroded in many parts of the world.", "note", "negative"),
    # someone's qualities or work praised
    ("Her patient leadership has carried the mission through very hard years.", "praise", "positive"),
    ("She has served as a tireless and effective voice for the victims.", "praise", "positive"),
])
def test_assertions_are_claims(nlp, sentence, predicate, stance):
    (row,) = run(nlp, sentence)
    assert (row["predicate"], row["stance"], row["rule"], row["speaker"]) == (predicate, stance, "assertion", SPEAKER)
    assert row["confidence"] < 0.5  # weaker than a cue: analysts can leave assertions out


@pytest.mark.parametrize("sentence", [
    "The delegation travelled to the coast and met local fishermen.",  # past narration
    "The Committee holds its next session in the spring.",  # logistics
    "The following is the text of the address to the Assembly.",  # an editor's line
    "Question: Can you tell us more about the timetable of the talks?",  # an interviewer
    "It is a great pleasure to join you at this conference on river basins.",  # a greeting
    "Mr. Osei is a professor of public law at the national university.",  # a biography
    "She serves on the board of a foundation for rural schools.",  # a biography
    "Today we have 240 staff in eleven regional offices.",  # a bare figure
    "The review is due to be discussed by the board in the autumn.",  # a schedule
    "I now turn to the situation in the southern provinces.",  # the speaker organising the speech
    "The mission will visit three provinces next month.",  # a future plan
    "We were unable to reach the villages cut off by the floods.",  # what one could not do
    "We have copies of the report at the back of the room.",  # the speaker organising the event
])
def test_lines_of_the_same_form_are_not_claims(nlp, sentence):
    assert run(nlp, sentence) == []


def test_a_sentence_cut_off_at_the_end_of_the_text_is_not_a_claim(nlp):
    body = "Water is a basic human right. Rivers are the lifeline of the whole region and its"
    rows = run(nlp, body)
    assert [r["text"] for r in rows] == ["Water is a basic human right."]


def test_a_cue_names_the_act_when_there_is_one(nlp):
    (row,) = run(nlp, "I welcome the new water law, which is a basic guarantee for every family.")
    assert (row["predicate"], row["rule"]) == ("welcome", "first_person_verb")


@pytest.mark.parametrize(("sentence", "is_claim"), [
    ("Thank you, Madam Chair, for your generous words about my Office.", True),
    ("Thank you all for joining us this morning.", False),
])
def test_thanks_for_something_done_are_a_position_courtesies_are_not(nlp, sentence, is_claim):
    rows = run(nlp, sentence)
    assert bool(rows) == is_claim
    assert all(r["predicate"] == "thank" for r in rows)
