"""The mention record the entity stages pass around (token offsets into the shared Doc)."""

from __future__ import annotations

from dataclasses import dataclass

SOURCES = ("gazetteer", "rule", "model")


@dataclass(frozen=True)
class Mention:
    """Tokens `start:end` of the Doc; `source` says which stage proposed it."""

    start: int
    end: int
    label: str
    canonical_id: str | None
    source: str

    def overlaps(self, other: Mention) -> bool:
        """
        >>> Mention(0, 2, "GPE", None, "model").overlaps(Mention(1, 3, "ORG", None, "rule"))
        True
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Mention) -> bool:
        return self.start <= other.start and other.end <= self.end
