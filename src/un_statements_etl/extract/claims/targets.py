"""What a claim is about: the target text and the canonical ids of the entities it names.

Entities come from the entity extractor's rows (`context["entities"]`); when that list is
empty the model's own `doc.ents` stand in, keyed by their text. A sentence that names no
entity but speaks of "the Government" or "the authorities" is about the statement's
subject: the most-mentioned state or organisation of the statement.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from .lexicon import STATE_REFERENCES

Token = Any
SUBJECT_LABELS = ("GPE", "ORG")
MAX_TARGET = 160


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    canonical_id: str  # the catalog id, else the text: groups mentions of one entity
    canonical_name: str
    start: int
    end: int
    in_catalog: bool = False  # canonical_id is an entity_catalog id (only those become target ids)


def mentions(doc: Any, entities: list[dict]) -> list[Mention]:
    """Entity rows of the statement, or the model's entities when there are none."""
    if entities:
        return [Mention(e["text"], e["label"], e.get("canonical_id") or e["text"],
                        e.get("canonical_name") or e["text"], e["char_start"], e["char_end"],
                        in_catalog=bool(e.get("canonical_id")))
                for e in entities]
    return [Mention(e.text, e.label_, e.text, e.text, e.start_char, e.end_char) for e in doc.ents
            if e.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "EVENT"}]


def subject_of(found: list[Mention], body: tuple[int, int]) -> Mention | None:
    """The statement's subject: its most-mentioned state (else organisation) in the body."""
    for label in SUBJECT_LABELS:
        counts = Counter(m.canonical_id for m in found if m.label == label and body[0] <= m.start < body[1])
        if counts:
            best = counts.most_common(1)[0][0]
            return next(m for m in found if m.canonical_id == best)
    return None


def target_text(cue: Token, sent: Any, exclude: set[int]) -> str:
    """The words the cue bears on: its object or complement, else the clause subject."""
    picks = [c for c in cue.children if c.dep_ in {"dobj", "ccomp", "xcomp", "attr"}]
    picks += [g for c in cue.children if c.dep_ in {"prep", "agent", "prt"}
              for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    if not picks:
        picks = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"} and c.i not in exclude]
    if not picks and cue.dep_ in {"acomp", "attr"}:
        picks = [c for c in cue.head.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "ccomp", "xcomp"}
                 and c.lower_ != "it"]
    tokens = sorted({t.i for p in picks for t in p.subtree} - exclude)
    if not tokens:
        return sent.text.strip()[:MAX_TARGET]
    text = sent.doc[tokens[0]:tokens[-1] + 1].text.strip(" ,.;:–—")
    return text[:MAX_TARGET]


def target_ids(sent: Any, found: list[Mention], speaker_span: tuple[int, int] | None,
               subject: Mention | None) -> list[str]:
    """Catalog ids of the entities named in the sentence (not the speaker's own words).

    Only ids of `entity_catalog` qualify: a name the gazetteers do not know ("Abu Shouk") stays
    in `target`, as text, and never poses as an id that joins nothing.
    """
    ids: list[str] = []
    for m in found:
        if not m.in_catalog or not (sent.start_char <= m.start and m.end <= sent.end_char):
            continue
        if speaker_span and speaker_span[0] <= m.start < speaker_span[1]:
            continue
        if m.label != "PERSON":
            ids += [i for i in _catalog_ids(m) if i not in ids]
    if (not ids and subject is not None and subject.in_catalog
            and any(t.lemma_.lower() in STATE_REFERENCES for t in sent)):
        ids += _catalog_ids(subject)
    return ids


def _catalog_ids(m: Mention) -> list[str]:
    """An entity row names several catalog entries at once as "id;id" (two conventions cited
    together); a target id list holds each of them, so every element joins entity_catalog.

    >>> _catalog_ids(Mention("ILO Nos. 29 and 105", "LAW", "treaty:ilo-c029;treaty:ilo-c105", "", 0, 1, True))
    ['treaty:ilo-c029', 'treaty:ilo-c105']
    """
    return m.canonical_id.split(";")
