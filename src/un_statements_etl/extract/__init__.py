"""Extractors: each turns the shared parse of a statement into rows of one table.

Order matters: claims read the entity rows found before them (targets).
"""

from __future__ import annotations

from ..records import Extractor


def default_extractors() -> list[Extractor]:
    """The extractors a run uses, in the order they run."""
    from .claims import ClaimExtractor
    from .dates import DateExtractor
    from .entities import EntityExtractor

    return [EntityExtractor(), ClaimExtractor(), DateExtractor()]


def catalog_rows() -> list[dict]:
    """entity_catalog rows of the gazetteers the entity extractor uses."""
    from .entities import entity_catalog_rows

    return entity_catalog_rows()


def extractor_versions(extractors: list[Extractor] | None = None) -> dict[str, str]:
    return {e.table: e.version for e in (default_extractors() if extractors is None else extractors)}
