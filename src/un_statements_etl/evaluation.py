"""Scoring helpers shared by the extractors' evaluation harnesses.

Matching follows the conventions of the shared scorer (`shared/eval/score.py`): spans are
compared by normalised text (whitespace collapsed, surrounding punctuation and a leading
"the" dropped, lower case) as multisets, so offsets into cleaned text need not agree with
offsets into the raw file.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


def normalise_span(text: str) -> str:
    """Normalise a span's text for matching.

    >>> normalise_span("  The  Government\\n of China, ")
    'government of china'
    """
    text = re.sub(r"\s+", " ", text or "").strip().strip(".,;:()\"'“”‘’")
    text = re.sub(r"^(the|The)\s+", "", text)
    return text.replace("’", "'").lower()


@dataclass(frozen=True)
class PRF:
    tp: int
    pred: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    def __str__(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp={self.tp} pred={self.pred} gold={self.gold})")


def match_multiset(gold: Iterable[Hashable], predicted: Iterable[Hashable],
                   optional: Iterable[Hashable] = ()) -> PRF:
    """True positives of two multisets of keys; predictions that hit only optional gold
    items are neither rewarded nor penalised.

    >>> match_multiset(["a", "b", "b"], ["b", "c", "o"], optional=["o"])
    PRF(tp=1, pred=2, gold=3)
    """
    g, p, o = Counter(gold), Counter(predicted), Counter(optional)
    tp = sum((g & p).values())
    dropped = sum(((p - g) & o).values())
    return PRF(tp, sum(p.values()) - dropped, sum(g.values()))
