"""Claims: who takes which position on whom, with act type, stance and attribution.

Public entry point: `ClaimExtractor` (an `Extractor` for the `claims` table). Stages:
lexicon.py (closed vocabularies), detect.py (cues over the dependency parse),
attribution.py (speakers), stance.py (negation, hedging), targets.py (targets and entity
ids), extractor.py (rows). `python -m un_statements_etl.extract.claims.evaluate` scores it.
"""

from __future__ import annotations

from .extractor import VERSION, ClaimExtractor
from .lexicon import PREDICATES, STANCES

__all__ = ["PREDICATES", "STANCES", "VERSION", "ClaimExtractor"]
