"""The one scoring path: the shared scorer's rules, the real-statement gold loader, and the
layers' harnesses all scoring through the transform's own function."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from un_statements_etl.extract.evaluate import GoldDocument, load_devset, score_document
from un_statements_etl.extract.scoring import claim_scores, date_scores, entity_scores, split_optional

SHARED_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"

# a statement written for this test, in the shape of a real page: a header, then paragraphs
RAW = ("Lake Office\n\nStatement on water\n\n"
       "RIVERTOWN (3 March 2024) - The Lake Commissioner Ana Ruiz today welcomed the accord signed by "
       "the Government of Ruritania and the River Council on Monday, and urged both to fund it for five years. "
       "She said she was concerned that the 2019 floods had displaced many families in the north.\n\n"
       "The Council must act now, the Commissioner stressed.")
GOLD = {
    "publication_date": "2024-03-03", "default_speaker": "Ana Ruiz",
    "entities": [{"text": "Ana Ruiz", "label": "PERSON"}, {"text": "Government of Ruritania", "label": "ORG"},
                 {"text": "River Council", "label": "ORG", "alt": [{"text": "the River Council", "label": "ORG"}]},
                 {"text": "Lake Office", "label": "ORG", "start": 0, "end": 11}],
    "dates": [{"text": "3 March 2024", "type": "DATE", "value": "2024-03-03"},
              {"text": "today", "type": "DATE", "value": "2024-03-03"},
              {"text": "Monday", "type": "DATE", "value": "2024-02-26"},
              {"text": "five years", "type": "DURATION", "value": "P5Y"},
              {"text": "now", "type": "DATE", "value": "PRESENT_REF", "note": "lenient"}],
    "claims": [{"sentence": "The Lake Commissioner Ana Ruiz today welcomed the accord signed by the Government of "
                            "Ruritania and the River Council on Monday, and urged both to fund it for five years.",
                "speaker": "Ana Ruiz", "predicate": "welcome", "stance": "positive"},
               {"sentence": "She said she was concerned that the 2019 floods had displaced many families.",
                "speaker": "Ana Ruiz", "predicate": "concern", "stance": "negative"},
               {"sentence": "The Council must act now, the Commissioner stressed.",
                "speaker": "River Council", "predicate": "stress", "stance": "neutral"}]}
FOUND = {
    "published_on": "2024-03-03",
    "entities": [{"text": "Ana Ruiz", "label": "PERSON"}, {"text": "Government of Ruritania", "label": "ORG"},
                 {"text": "the River Council", "label": "ORG"}, {"text": "Ruritania", "label": "GPE"},
                 {"text": "Lake Office", "label": "ORG"}],
    "dates": [{"text": "today", "timex_type": "DATE", "value": "2024-03-03"},
              {"text": "Monday", "timex_type": "DATE", "value": "2024-03-04"},
              {"text": "now", "timex_type": "DATE", "value": "PRESENT_REF"}],
    "claims": [{"text": "The Lake Commissioner Ana Ruiz today welcomed the accord signed by the Government of "
                        "Ruritania and the River Council on Monday, and urged both to fund it for five years.",
                "speaker": "Ana Ruiz", "predicate": "welcome", "stance": "positive"},
               {"text": "She said she was concerned that the 2019 floods had displaced many families in the north.",
                "speaker": "Ana Ruiz", "predicate": "concern", "stance": "negative"},
               {"text": "The accord is signed.", "speaker": "Ana Ruiz", "predicate": "note", "stance": "neutral"}]}


def _write_raw(tmp_path: Path) -> Path:
    path = tmp_path / "t001.txt"
    path.write_text(RAW, encoding="utf-8")
    return path


def test_scores_follow_the_shared_rules(tmp_path):
    header = RAW.index("RIVERTOWN")
    entities, spans = entity_scores(*split_optional(GOLD["entities"], header), FOUND["entities"])
    assert (entities.tp, entities.pred, entities.gold) == (3, 4, 3)  # the header's "Lake Office" is optional
    date_spans, values = date_scores(*split_optional(GOLD["dates"], header), FOUND["dates"])
    assert (values.tp, values.pred, values.gold) == (1, 2, 4)  # "now" is lenient; Monday's value is wrong
    assert (date_spans.tp, spans.tp) == (2, 3)
    claims = claim_scores(FOUND["claims"], GOLD["claims"], GOLD["default_speaker"])
    assert (claims.tp, claims.pred, claims.gold, claims.speaker) == (2, 3, 3, 2)


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the workspace has no shared scorer")
def test_the_harness_agrees_with_the_shared_scorer(tmp_path):
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold = {**GOLD, "entities": [{**e, "start": e.get("start", RAW.find(e["text"]))} for e in GOLD["entities"]],
            "dates": [{**d, "start": RAW.find(d["text"])} for d in GOLD["dates"]]}
    theirs = shared.score_doc(gold, RAW, FOUND["entities"], FOUND["dates"], FOUND["claims"])
    ours = score_document(GoldDocument("t001", "dev", _write_raw(tmp_path), gold), FOUND)
    for name in ("entities", "entity_spans", "date_spans", "date_values"):
        prf = getattr(ours, name)
        assert (prf.tp, prf.pred, prf.gold) == theirs[name], name
    assert (ours.claims.tp, ours.claims.pred, ours.claims.gold) == theirs["claims"]
    pred_ok, stance_ok, speaker_ok, tp, *_ = theirs["claim_attrs"]
    assert (ours.claims.predicate, ours.claims.stance, ours.claims.speaker, ours.claims.tp) == \
        (pred_ok, stance_ok, speaker_ok, tp)


def test_devset_gold_reads_claim_sentences_back_from_offsets(tmp_path):
    texts, gold_dir = tmp_path / "texts", tmp_path / "gold"
    texts.mkdir()
    gold_dir.mkdir()
    (texts / "t001.txt").write_text(RAW, encoding="utf-8")
    start = RAW.index("The Council must")
    claim = {"start": start, "end": len(RAW), "prefix": RAW[start:start + 40], "speaker": "Ana Ruiz",
             "predicate": "stress", "stance": "neutral"}
    record = {"id": "t001", "split": "heldout", "published_on": "2024-03-03", "default_speaker": "Ana Ruiz",
              "entities": [], "dates": [], "claims": [claim]}
    (gold_dir / "t001.json").write_text(json.dumps(record), encoding="utf-8")
    assert load_devset("dev", folder=gold_dir, texts=texts) == []
    [doc] = load_devset("heldout", folder=gold_dir, texts=texts)
    assert doc.gold["claims"][0]["sentence"] == "The Council must act now, the Commissioner stressed."
    assert load_devset("all", ids="t002-t009", folder=gold_dir, texts=texts) == []


def test_a_document_the_pipeline_did_not_write_scores_as_missed(tmp_path):
    scores = score_document(GoldDocument("t001", "dev", _write_raw(tmp_path), GOLD), None)
    assert (scores.claims.gold, scores.claims.tp, scores.entities.gold, scores.dated_right) == (3, 0, 3, 0)
