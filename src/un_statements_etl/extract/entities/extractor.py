"""The entity extractor: gazetteer, rules and the model's repaired entities, merged and
normalised into rows of the `entities` table."""

from __future__ import annotations

from typing import Any

from ...records import Statement
from .canonical import canonical_name, fill_ids, person_names, resolve_surnames
from .gazetteer import load_gazetteer
from .matching import alias_trie, gazetteer_mentions, merge
from .mention import Mention
from .model import model_mentions
from .rules import dateline_mentions, extend_with_place, government_mentions, law_mentions, lexicon, treaty_anaphora

VERSION = "entities-0.1.0"


def find_mentions(doc: Any) -> list[Mention]:
    """Every entity mention of a parsed document, non-overlapping, in text order."""
    gazetteer = gazetteer_mentions(doc)
    model = model_mentions(doc)
    places = [m for m in gazetteer + model if m.label == "GPE"]
    rules = law_mentions(doc) + government_mentions(doc, places) + dateline_mentions(doc)
    rules += extend_with_place(doc, model + rules, places)
    mentions = fill_ids(doc, merge(doc, gazetteer + rules + model))
    mentions = sorted(mentions + treaty_anaphora(doc, mentions), key=lambda m: m.start)
    return resolve_surnames(doc, mentions)


class EntityExtractor:
    """Rows of `entities` for one statement (see records.Extractor).

    The gazetteer, the lexicon and the alias trie are built on first use and cached for
    the process, so constructing extractors is cheap and documents never rebuild them.
    """

    table = "entities"
    version = VERSION

    def __init__(self) -> None:
        load_gazetteer()
        lexicon()
        alias_trie()

    def extract(self, doc: Any, statement: Statement, context: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
        text = statement.text
        if doc.text != text:
            raise ValueError(f"{statement.statement_id}: the Doc was not parsed from this statement's text")
        mentions = find_mentions(doc)
        people = person_names(doc, mentions)
        rows = []
        for m in mentions:
            start = doc[m.start].idx
            end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
            name = people.get(m) or canonical_name(m.canonical_id, text[start:end])
            rows.append({"text": text[start:end], "label": m.label, "canonical_name": name,
                         "canonical_id": m.canonical_id, "char_start": start, "char_end": end})
        return rows
