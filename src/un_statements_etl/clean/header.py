"""What a statement's header says, field by field, with the rule that found each field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .office_holders import held
from .speakers import Speaker


@dataclass
class Header:
    values: dict[str, Any] = field(default_factory=dict)
    how: dict[str, str] = field(default_factory=dict)  # field -> the rule that found it
    short_lines: list[str] = field(default_factory=list)  # menu words, or a short title
    subheads: list[str] = field(default_factory=list)  # lines between the title and its date (occasion, tag)
    known_title: str | None = None  # the page's own title (HTML metadata), when there is one
    opening: int = 0  # the body paragraph the statement opens with (its dateline's)
    media_title: str | None = None  # a video's file name over a media page: the title only if no heading follows
    meeting: bool = False  # a meeting summary: the speakers it names are the meeting's
    dropped: list[str] = field(default_factory=list)  # furniture lines the reader left out of every part
    venue: str | None = None  # "UN Headquarters" on a date-and-venue line: a place, but no city

    def put(self, name: str, value: Any, rule: str) -> None:
        """Keep the first value found for a field, with the rule that found it."""
        if value is not None and self.values.get(name) is None:
            self.values[name] = value
            self.how[name] = rule

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def put_speaker(self, found: Speaker) -> None:
        known = self.get("speaker")
        if known and found.name and found.role and found.name.split()[-1] == known.split()[-1]:
            self.put("speaker_role", found.role, found.rule)  # "Michelle Bachelet" under a title naming her role
        if known is None and self.get("office") is None:
            self.put("speaker", found.name, found.rule)
            self.put("speaker_role", found.role, found.rule)
            self.put("delivered_by", found.delivered_by, found.rule)
            self.put("office", found.office, found.rule)

    def put_holder(self, named: Speaker) -> None:
        """An office holder the page names: the speaker, or the person of an office found without a name."""
        office = self.get("office")
        if office and self.get("speaker") is None and named.name and held(named.name, office):
            self.put("speaker", named.name, named.rule)
        self.put_speaker(named)
