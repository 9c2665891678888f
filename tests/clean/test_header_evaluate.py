"""The header scorer: folding, aliases, spurious values, and a run over a set of our own texts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from un_statements_etl.clean import evaluate as E


def test_score_counts_right_stated_and_spurious() -> None:
    gold = [{"id": "a", "title": "Experts urge restraint", "published_on": "2024-05-03", "speaker": "Stéphane Dujarric",
             "speaker_aliases": [], "language": "en", "kind": None, "location": None, "speaker_role": None,
             "symbol": None}]
    found = {"a": {"title": "Experts urge restraint.", "published_on": "2024-05-03", "speaker": "Stephane Dujarric",
                   "language": "en", "kind": "news", "location": None, "speaker_role": None, "symbol": None}}
    scores = E.score(gold, found)
    assert (scores["title"].right, scores["speaker"].right, scores["published_on"].right) == (1, 1, 1)
    assert (scores["kind"].stated, scores["kind"].spurious) == (0, 1)  # gold null, a value found


def test_a_wrong_or_missing_value_is_a_miss() -> None:
    gold = [{"id": "a", "title": None, "published_on": None, "speaker": "Jane Roe", "speaker_aliases": ["J. Roe"],
             "language": "fr", "kind": None, "location": None, "speaker_role": None, "symbol": None}]
    scores = E.score(gold, {"a": {"speaker": "Myanmar", "language": None}})
    assert scores["speaker"].accuracy == 0 and scores["language"].accuracy == 0
    assert E.score(gold, {"a": {"speaker": "J. Roe"}})["speaker"].accuracy == 1


def test_harness_scores_what_ingest_gives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    text = ("Experts urge restraint in the border region\n\nGENEVA (5 May 2023) – UN experts today urged restraint "
            "on all sides. They said the shelling of villages had to stop at once.")
    (texts / "x1.txt").write_text(text, encoding="utf-8")
    row = {"id": "x1", "split": "dev", "url": "https://example.org/x1", "format": "test", "language": "en",
           "kind": "press_release", "title": "Experts urge restraint in the border region",
           "published_on": "2023-05-05", "speaker": "UN experts", "speaker_aliases": [], "speaker_role": None,
           "location": "Geneva", "symbol": None, "prefix": text[:40],
           "sha256": hashlib.sha256(text.encode()).hexdigest()}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(row) + "\n", encoding="utf-8")
    E.main(["--quick", "--split", "dev", "--manifest", str(manifest)])
    out = capsys.readouterr().out
    for name in ("title", "published_on", "speaker", "language", "location"):
        assert f"\n{name:<14}     1.000      1       1" in out, out


def test_fold_treats_typed_and_printed_dashes_alike() -> None:
    assert E.fold("Message -- 24 October") == E.fold("Message – 24 October") == E.fold("Message — 24 October")
