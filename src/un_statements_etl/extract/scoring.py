"""The shared scorer's matching rules, written once for every extraction harness.

`shared/eval/score.py` is the contract: entities match as multisets of (normalised text,
label), dates of normalised text and (text, value), claims one-to-one by token Jaccard
≥ 0.6 with predicate, stance and speaker compared among the pairs. Gold spans in the
header (before the first paragraph of 25+ words) or noted "lenient" are optional. The
harnesses of each layer and the real-statement harness (`extract.evaluate`) all score
through these functions, so a figure means the same thing wherever it is printed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..evaluation import PRF, match_multiset, normalise_span

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "EVENT"})
# words that name roles or institutions in general, not who is speaking (the shared scorer's list)
ROLE_WORDS = frozenset({"un", "united", "nations", "human", "rights", "high", "commissioner", "for", "of", "the",
                        "and", "office", "spokesperson", "spokesman", "secretary", "general", "mr", "ms", "s"})
CLAIM_OVERLAP = 0.6


def header_end(raw: str) -> int:
    """Offset of the first paragraph of 25+ words: gold spans before it are optional.

    >>> header_end("Title\\n\\n" + "word " * 25)
    7
    """
    pos = 0
    for para in re.split(r"(\n\s*\n)", raw):
        if len(para.split()) >= 25:
            return pos
        pos += len(para)
    return 0


def split_optional(items: list[dict[str, Any]], header: int) -> tuple[list[dict], list[dict]]:
    """(required, optional) gold items: optional when noted lenient or lying in the header."""
    optional = [i for i in items if "lenient" in (i.get("note") or "") or i.get("start", header) < header]
    return [i for i in items if i not in optional], optional


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


def pick_alternatives(gold: list[dict[str, Any]], predicted: Counter) -> list[dict[str, Any]]:
    """A gold mention may list acceptable alternatives ("alt"); take one the prediction chose."""
    out = []
    for g in gold:
        if not predicted[(normalise_span(g["text"]), g["label"])]:
            for alt in g.get("alt", []):
                if predicted[(normalise_span(alt["text"]), alt["label"])]:
                    g = {**g, **alt, "canonical_id": "?"}
                    break
        out.append(g)
    return out


def merge_split_ranges(gold: list[dict[str, Any]], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for both ends of a gold interval ("2006 to 2010" = "2006/2010") count as one.

    >>> merge_split_ranges([{"text": "2006 to 2010", "value": "2006/2010"}],
    ...                    [{"text": "2006", "value": "2006"}, {"text": "2010", "value": "2010"}])
    [{'text': '2006 to 2010', 'value': '2006/2010'}]
    """
    rows = list(rows)
    for g in gold:
        ends = (g.get("value") or "").split("/")
        span = normalise_span(g["text"])
        if len(ends) != 2 or any(normalise_span(r["text"]) == span and r["value"] == g["value"] for r in rows):
            continue
        hits = [r for r in rows if normalise_span(r["text"]) in span and r["value"] in ends]
        if {r["value"] for r in hits} >= set(ends):
            rows = [r for r in rows if r not in hits] + [{"text": g["text"], "value": g["value"]}]
    return rows


def entity_scores(gold: list[dict], optional: list[dict], rows: list[dict]) -> tuple[PRF, PRF]:
    """(text + label, span only) of entity rows against gold mentions."""
    rows = [r for r in rows if r["label"] in ENTITY_LABELS]
    gold = pick_alternatives(gold, Counter((normalise_span(r["text"]), r["label"]) for r in rows))
    label = match_multiset([(normalise_span(g["text"]), g["label"]) for g in gold],
                           [(normalise_span(r["text"]), r["label"]) for r in rows],
                           [(normalise_span(o["text"]), o["label"]) for o in optional])
    span = match_multiset([normalise_span(g["text"]) for g in gold], [normalise_span(r["text"]) for r in rows],
                          [normalise_span(o["text"]) for o in optional])
    return label, span


def date_scores(gold: list[dict], optional: list[dict], rows: list[dict]) -> tuple[PRF, PRF]:
    """(span, value) of date rows against gold TIMEX3 items."""
    rows = merge_split_ranges([*gold, *optional], rows)

    def span(d: dict[str, Any]) -> str:
        return normalise_span(d["text"])

    def value(d: dict[str, Any]) -> tuple[str, str]:
        return normalise_span(d["text"]), d.get("value") or ""

    return (match_multiset(map(span, gold), map(span, rows), map(span, optional)),
            match_multiset(map(value, gold), map(value, rows), map(value, optional)))


@dataclass
class ClaimTally:
    """Claims aligned, and the agreements among the aligned pairs; `misses` lists each
    wrong (~), missed (-) and extra (+) claim for reading."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    predicate: int = 0
    stance: int = 0
    speaker: int = 0
    attributed: int = 0
    attributed_ok: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: ClaimTally) -> None:
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


def _aligned(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best overlap first, at least 0.6."""
    pairs = sorted(((jaccard(p["text"], g["sentence"]), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(predicted)), key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for overlap, gi, pi in pairs:
        if overlap < CLAIM_OVERLAP:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def claim_scores(predicted: list[dict], gold: list[dict], default_speaker: str) -> ClaimTally:
    """Align one document's claim rows with its gold and count agreements."""
    tally = ClaimTally(pred=len(predicted), gold=len(gold))
    pairs = _aligned(gold, predicted)
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        predicate = (p["predicate"] or "").lower().replace("_", " ")
        tally.tp += 1
        tally.predicate += predicate == g["predicate"]
        stance = (p["stance"] or "").lower()
        tally.stance += stance == g["stance"]
        ok = same_speaker(p["speaker"] or "", g["speaker"])
        tally.speaker += ok
        if default_speaker and not same_speaker(g["speaker"], default_speaker):
            tally.attributed += 1
            tally.attributed_ok += ok
        if not (ok and predicate == g["predicate"] and stance == g["stance"]):
            tally.misses.append(f"~ {g['sentence'][:70]!r}: gold {g['speaker']}/{g['predicate']}/"
                                f"{g['stance']} got {p['speaker']}/{p['predicate']}/{p['stance']} [{p.get('rule')}]")
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    tally.misses += [f"- {g['sentence'][:90]!r} ({g['speaker']}/{g['predicate']})"
                     for i, g in enumerate(gold) if i not in matched_g]
    tally.misses += [f"+ {p['text'][:90]!r} ({p['speaker']}/{p['predicate']}, {p.get('rule')})"
                     for i, p in enumerate(predicted) if i not in matched_p]
    return tally
