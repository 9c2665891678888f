"""Entities: UN-domain named entities normalised to stable ids.

Public entry points: `EntityExtractor` (an `Extractor` for the `entities` table) and
`entity_catalog_rows()` (the `entity_catalog` table). Stages: gazetteer.py (data files),
matching.py (alias trie, merge), rules.py (laws, governments), model.py (repairs of the
model's entities), canonical.py (ids and names).
"""

from __future__ import annotations

from .extractor import VERSION, EntityExtractor
from .gazetteer import entity_catalog_rows

__all__ = ["VERSION", "EntityExtractor", "entity_catalog_rows"]
