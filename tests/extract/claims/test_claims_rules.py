"""Golden cases of the claim extractor: forms, attribution, negation, non-claims, contract."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from un_statements_etl.extract.claims import PREDICATES, STANCES, VERSION, ClaimExtractor
from un_statements_etl.extract.claims.detect import RULE_NAMES
from un_statements_etl.extract.claims.gold import build_statement, parse

SPEAKER, ROLE = "Nadia Kareem", "UN High Commissioner for Human Rights"


def run(nlp, body: str, title: str = "A title that welcomes and condemns", note: str = "",
        entities: list[dict] | None = None, speaker: str | None = SPEAKER, role: str | None = ROLE,
        kind: str = "STATEMENT") -> list[dict]:
    statement = build_statement("t", [("title", title), ("body", body), ("editor_note", note)],
                                speaker, role, kind)
    return ClaimExtractor().extract(parse(nlp, statement.text), statement, {"entities": entities or []})


def one(nlp, sentence: str, **kw) -> dict:
    rows = run(nlp, sentence, **kw)
    assert len(rows) == 1, rows
    return rows[0]


def test_protocol_attributes():
    assert ClaimExtractor.table == "claims"
    assert VERSION.startswith("claims-") and ClaimExtractor.version == VERSION


@pytest.mark.parametrize(("sentence", "predicate", "stance"), [
    ("I welcome the adoption of the new law on domestic violence.", "welcome", "positive"),
    ("We are deeply concerned about the arrests of journalists in the capital.", "concern", "negative"),
    ("I share the concerns of the Committee about the use of force by the police.", "concern", "negative"),
    ("The killings of protesters last week are deeply worrying.", "concern", "negative"),
    ("It is important that the authorities investigate every allegation of torture.", "call", "neutral"),
    ("The rights of detainees must be protected at all times.", "call", "neutral"),
    ("The ratification of the Convention is also welcome.", "welcome", "positive"),
    ("Access to clean water is crucial to protect the health of children.", "call", "neutral"),
    ("I call on all parties to release those detained arbitrarily.", "call", "neutral"),
    ("We urge the Government to repeal the law without delay.", "urge", "negative"),
    ("I do not welcome the decision to postpone the elections once again.", "welcome", "negative"),
    ("Such restrictions are not acceptable in a democratic society.", "condemn", "negative"),
    ("I look forward to continuing our dialogue with the Government.", "look forward", "positive"),
    ("We agreed to establish a joint working group on detention.", "agree", "positive"),
    ("I will continue to follow the situation of the detained activists closely.", "commit", "neutral"),
])
def test_first_person_and_evaluative_forms(nlp, sentence, predicate, stance):
    row = one(nlp, sentence)
    assert (row["predicate"], row["stance"], row["speaker"]) == (predicate, stance, SPEAKER)


@pytest.mark.parametrize("sentence", [
    "Good morning and thank you all for joining me here today.",
    "I met the Minister of Justice and the President of the Supreme Court in the capital.",
    "I am unable to assess the full scale of the detentions.",
    "The meeting took place in Geneva on 3 May.",
    "Allow me to highlight the key topics we discussed.",
    "Is it important that we meet again?",
])
def test_non_claims(nlp, sentence):
    assert run(nlp, sentence) == []


def test_title_and_editor_note_yield_no_claims(nlp):
    rows = run(nlp, "The hearing lasted two hours.", title="The Secretary-General condemns the attack",
               note="Editor's Note: She welcomes questions and urges readers to call on the office.")
    assert rows == []


def test_reported_government_is_the_subject_state(nlp):
    body = ("I visited Kenya and Uganda last week and met officials in Kenya. "
            "During my visit, the Government assured me that the camps would be closed.")
    entities = [{"text": "Kenya", "label": "GPE", "canonical_name": "Kenya", "canonical_id": "KEN",
                 "char_start": 0, "char_end": 0}]
    statement = build_statement("t", [("body", body)], SPEAKER, ROLE)
    ents = []
    for start in (i for i in range(len(body)) if body.startswith("Kenya", i)):
        ents.append({**entities[0], "char_start": start, "char_end": start + 5})
    ents.append({"text": "Uganda", "label": "GPE", "canonical_name": "Uganda", "canonical_id": "UGA",
                 "char_start": body.index("Uganda"), "char_end": body.index("Uganda") + 6})
    rows = ClaimExtractor().extract(parse(nlp, body), statement, {"entities": ents})
    assert len(rows) == 1
    assert rows[0]["speaker"] == "Government of Kenya"
    assert rows[0]["predicate"] == "assure"
    assert rows[0]["target_entity_ids"] == ["KEN"]


def test_model_entities_give_no_target_ids(nlp):
    """Without entity rows nothing is a catalog id: the name stays in `target`, not in the ids."""
    row = one(nlp, "I commend the Government of Chile for adopting the action plan.")
    assert row["predicate"] == "commend"
    assert row["target_entity_ids"] == [] and "Chile" in row["target"]


def test_names_outside_the_catalog_are_no_target_ids(nlp):
    body = "I am alarmed by the attack on Abu Shouk camp near El Fasher, in Sudan."
    statement = build_statement("t", [("body", body)], SPEAKER, ROLE)
    ents = [{"text": "Abu Shouk", "label": "GPE", "canonical_name": "Abu Shouk", "canonical_id": None,
             "char_start": body.index("Abu Shouk"), "char_end": body.index("Abu Shouk") + 9},
            {"text": "Sudan", "label": "GPE", "canonical_name": "Sudan", "canonical_id": "SDN",
             "char_start": body.index("Sudan"), "char_end": body.index("Sudan") + 5}]
    (row,) = ClaimExtractor().extract(parse(nlp, body), statement, {"entities": ents})
    assert row["target_entity_ids"] == ["SDN"]


def test_third_person_press_release_names_the_secretary_general(nlp):
    body = ("The Secretary-General strongly condemns the attack on the convoy in Darfur. "
            "He calls on the parties to ensure the safety of humanitarian workers.")
    rows = run(nlp, body, speaker="Amina Rahman", role="Secretary-General", kind="PRESS RELEASE")
    assert [(r["speaker"], r["predicate"]) for r in rows] == [("Amina Rahman", "condemn"),
                                                               ("Amina Rahman", "call")]


def test_briefing_note_switches_spokesperson(nlp):
    body = ("Spokesperson for the UN High Commissioner for Human Rights: Elena Vasquez\n\n"
            "We are alarmed by the renewed shelling of residential areas in Kharkiv.\n\n"
            "Spokesperson for the UN High Commissioner for Human Rights: Thomas Brenner\n\n"
            "We welcome the release of the human rights defender Ana Lopez in Nicaragua.")
    rows = run(nlp, body, speaker="Elena Vasquez", role="Spokesperson", kind="BRIEFING NOTE")
    assert [r["speaker"] for r in rows] == ["Elena Vasquez", "Thomas Brenner"]


def test_quoted_experts_and_reported_bodies(nlp):
    body = ("“We are appalled by the executions carried out this week,” the experts said. "
            "UN human rights bodies have found the practice arbitrary and have called for its abolition.")
    rows = run(nlp, body, speaker=None, role="UN Special Procedures", kind="PRESS RELEASE")
    assert [(r["speaker"], r["predicate"], r["stance"]) for r in rows] == [
        ("experts", "condemn", "negative"), ("UN human rights bodies", "call", "negative")]


def test_rows_follow_the_contract(nlp):
    body = ("I welcome the new law. The arrests are deeply worrying. "
            "I urge the Government of Peru to release the detainees. The sky was blue.")
    statement = build_statement("t", [("title", "Title"), ("body", body)], SPEAKER, ROLE)
    rows = ClaimExtractor().extract(parse(nlp, statement.text), statement, {})
    assert len(rows) == 3
    for row in rows:
        assert set(row) == {"text", "speaker", "predicate", "stance", "target", "target_entity_ids",
                            "confidence", "rule", "char_start", "char_end"}
        assert statement.text[row["char_start"]:row["char_end"]] == row["text"]
        assert row["predicate"] in PREDICATES and row["stance"] in STANCES and row["rule"] in RULE_NAMES
        assert 0.0 <= row["confidence"] <= 1.0 and isinstance(row["target_entity_ids"], list)


POOL = [
    "I welcome the release of the journalists.", "The weather in Geneva was mild.",
    "We are concerned about the new media law.", "Thank you all for coming.",
    "Detainees must be treated humanely.", "The report has 40 pages.",
    "The Government told me that it will ratify the Convention.", "It is important to act now.",
]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=6))
def test_spans_stay_inside_the_body(nlp, sentences):
    body = " ".join(sentences)
    statement = build_statement("t", [("title", "I welcome this"), ("body", body),
                                      ("editor_note", "We urge calm.")], SPEAKER, ROLE)
    rows = ClaimExtractor().extract(parse(nlp, statement.text), statement, {})
    start = statement.sections[1].start
    for row in rows:
        assert start <= row["char_start"] < row["char_end"] <= start + len(body)
        assert statement.text[row["char_start"]:row["char_end"]] == row["text"]
