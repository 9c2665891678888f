"""Entities, dates and claims of the rows the pipeline really writes, scored on real statements.

    python -m un_statements_etl.extract.evaluate [--set real|sample] [--split dev|heldout|all]
                                                 [--ids h001-h100] [--show] [--json]

`--set real` (the default) is the hand-annotated extraction development set
(`devsets/extraction/gold/*.json`: offsets into the header set's git-ignored texts, see
that folder's README); `--set sample` is the shared gold of the bundled sample (in-sample:
the rules were written against it). Either way the whole pipeline (the same
`run_pipeline` the CLI runs, without Prefect) reads the texts into a scratch warehouse and
its `entities`, `dates` and `claims` rows are scored with the shared scorer's rules
(`extract.scoring`). Nothing is approximated: a page the pipeline quarantines or reads
without a date scores what it wrote. `header date right` counts the pages whose
`published_on` agrees with the gold, since every relative date is anchored on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..evaluation import PRF, normalise_span
from ..records import Section, Statement
from .scoring import (
    ClaimTally,
    claim_scores,
    date_scores,
    entity_scores,
    header_end,
    merge_split_ranges,
    split_optional,
)

REPO = Path(__file__).resolve().parents[3]
DEVSET = REPO / "devsets" / "extraction" / "gold"
TEXTS = REPO / "devsets" / "headers" / "texts"
SHARED_GOLD = REPO.parent / "shared" / "gold" / "seed.json"
SAMPLE_DIRS = (REPO / "src" / "un_statements_etl" / "data" / "samples", REPO.parent / "shared" / "samples")


@dataclass(frozen=True)
class GoldDocument:
    """A raw text and its gold in the shared scorer's format (claims carry their sentence)."""

    name: str
    split: str
    path: Path
    gold: dict[str, Any]


@dataclass
class Scores:
    entities: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    entity_spans: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    date_spans: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    date_values: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    claims: ClaimTally = field(default_factory=ClaimTally)
    documents: int = 0
    dated_right: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        c = self.claims.metrics()
        return {"documents": self.documents, "header_date_right": self.dated_right,
                "entity_f1": round(self.entities.f1, 3), "entity_span_f1": round(self.entity_spans.f1, 3),
                "date_span_f1": round(self.date_spans.f1, 3), "date_value_f1": round(self.date_values.f1, 3),
                "claims_p": round(c["p"], 3), "claims_r": round(c["r"], 3), "claims_f1": round(c["f1"], 3),
                "claim_predicate_acc": round(c["predicate_acc"], 3), "claim_stance_acc": round(c["stance_acc"], 3),
                "claim_speaker_acc": round(c["speaker_acc"], 3),
                "attributed_speaker_acc": round(c["attributed_speaker_acc"], 3)}


def _id_range(ids: str | None) -> tuple[str, str] | None:
    if not ids:
        return None
    first, _, last = ids.partition("-")
    return first, last or first


def load_devset(split: str, ids: str | None = None, folder: Path = DEVSET, texts: Path = TEXTS) -> list[GoldDocument]:
    """The real-statement gold of a split, each claim's sentence read back from its text."""
    bounds, docs = _id_range(ids), []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        wrong_split = split != "all" and data["split"] != split
        if wrong_split or (bounds and not bounds[0] <= data["id"] <= bounds[1]):
            continue
        text_path = texts / f"{data['id']}.txt"
        if not text_path.exists():
            raise SystemExit(f"{text_path} is missing; re-gather the texts: python devsets/gather.py")
        text = text_path.read_text(encoding="utf-8")
        claims = [{**c, "sentence": text[c["start"]:c["end"]]} for c in data.get("claims", [])]
        gold = {"publication_date": data["published_on"], "default_speaker": data.get("default_speaker") or "",
                "entities": data.get("entities", []), "dates": data.get("dates", []), "claims": claims}
        docs.append(GoldDocument(data["id"], data["split"], text_path, gold))
    return docs


def sample_file(name: str) -> Path | None:
    """The sample file `name`, bundled with the package or in the shared workspace (None when
    neither has it): every harness that scores the sample reads it from here."""
    return next((folder / name for folder in SAMPLE_DIRS if (folder / name).exists()), None)


def load_sample(path: Path = SHARED_GOLD) -> list[GoldDocument]:
    """The shared gold of the bundled sample, when the workspace has it (in-sample figures)."""
    if not path.exists():
        return []
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = sample_file(gold["file"])
    return [GoldDocument(Path(gold["file"]).stem, "sample", raw, gold)] if raw else []


def prepared(path: Path) -> Statement:
    """A file read and cleaned by the pipeline's own ingest step (no approximation)."""
    from ..ingest import prepare_statement
    from ..records import RawDocument

    media = "text/html" if path.suffix == ".html" else "text/plain"
    raw = RawDocument("local", str(path), path.read_bytes(), media, datetime(2000, 1, 1))
    return prepare_statement(raw, 10**8)


def text_statement(name: str, text: str, published_on: date | None = None) -> Statement:
    """A statement that is all body: how the layers' synthetic gold texts enter the transform."""
    return Statement(f"eval:{name}", "local", name, None, None, None, None, published_on, None, "en",
                     None, text, (Section("body", 0, len(text)),), "", ())


def extracted(nlp: Any, statement: Statement) -> dict[str, list[dict]]:
    """Each table's rows for one statement, from the transform's own per-statement function."""
    from ..transform import statement_rows
    from .claims.gold import parse

    return statement_rows(parse(nlp, statement.text), statement)


def pipeline_rows(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Run the whole pipeline over `paths` into a scratch data dir; per file stem, the
    statement's published_on and its entities, dates and claims rows."""
    import duckdb

    from ..pipeline import Executor, run_pipeline
    from ..settings import load_settings

    with tempfile.TemporaryDirectory() as scratch:
        settings = load_settings(source="local", inputs=tuple(paths), data_dir=Path(scratch))
        run_pipeline(settings, Executor())
        con = duckdb.connect(str(Path(scratch) / "un_statements.duckdb"), read_only=True)
        found = {Path(uri).stem: {"published_on": day, "id": sid, "entities": [], "dates": [], "claims": []}
                 for sid, uri, day in con.execute("SELECT statement_id, source_uri, published_on FROM statements")
                 .fetchall()}
        by_id = {row["id"]: row for row in found.values()}
        queries = {"entities": "SELECT statement_id, text, label FROM entities",
                   "dates": "SELECT statement_id, text, timex_type, value FROM dates",
                   "claims": "SELECT statement_id, text, speaker, predicate, stance, rule FROM claims"}
        for table, sql in queries.items():
            cur = con.execute(sql)
            cols = [c[0] for c in cur.description]
            for values in cur.fetchall():
                row = dict(zip(cols, values, strict=True))
                by_id[row.pop("statement_id")][table].append(row)
        con.close()
    return found


def score_document(doc: GoldDocument, found: dict[str, Any] | None) -> Scores:
    """One document's scores; a document the pipeline did not write scores as all missed."""
    found = found or {"published_on": None, "entities": [], "dates": [], "claims": []}
    header = header_end(doc.path.read_text(encoding="utf-8"))
    scores = Scores(documents=1)
    scores.entities, scores.entity_spans = entity_scores(*split_optional(doc.gold["entities"], header),
                                                         found["entities"])
    scores.date_spans, scores.date_values = date_scores(*split_optional(doc.gold["dates"], header), found["dates"])
    scores.claims = claim_scores(found["claims"], doc.gold["claims"], doc.gold.get("default_speaker") or "")
    scores.dated_right = int(str(found["published_on"] or "") == str(doc.gold.get("publication_date") or ""))
    scores.misses = [f"{doc.name}: {m}" for m in scores.claims.misses]
    scores.misses += [f"{doc.name}: {m}" for m in _differences(doc, header, found)]
    return scores


def _differences(doc: GoldDocument, header: int, found: dict[str, Any]) -> list[str]:
    """Entity and date keys missed (-) or extra (+), optional gold left out, for reading."""
    out = []
    dates = merge_split_ranges(doc.gold["dates"], found["dates"])
    for layer, table, rows in (("entity", "entities", found["entities"]), ("date", "dates", dates)):
        def key(item: dict[str, Any], layer: str = layer) -> tuple[str, str]:
            return normalise_span(item["text"]), (item["label"] if layer == "entity" else item.get("value") or "")

        required, optional = split_optional(doc.gold[table], header)
        gold, got = Counter(map(key, required)), Counter(map(key, rows))
        out += [f"{layer} - {k}" for k in (gold - got).elements()]
        out += [f"{layer} + {k}" for k in (got - gold - Counter(map(key, optional))).elements()]
    return out


def add(total: Scores, part: Scores) -> Scores:
    total.claims.add(part.claims)
    return Scores(total.entities + part.entities, total.entity_spans + part.entity_spans,
                  total.date_spans + part.date_spans, total.date_values + part.date_values, total.claims,
                  total.documents + part.documents, total.dated_right + part.dated_right,
                  total.misses + part.misses)


def evaluate(docs: list[GoldDocument]) -> Scores:
    """Score the pipeline's rows over `docs`."""
    found = pipeline_rows([d.path for d in docs])
    total = Scores()
    for doc in docs:
        total = add(total, score_document(doc, found.get(doc.path.stem)))
    return total


def report(scores: Scores, label: str) -> str:
    s, c = scores.summary(), scores.claims
    return "\n".join([
        f"{label}: {s['documents']} documents, header date right on {s['header_date_right']}",
        f"  entities (text+label) {scores.entities}",
        f"  entity spans          {scores.entity_spans}",
        f"  date spans            {scores.date_spans}",
        f"  date values           {scores.date_values}",
        f"  claims                P={s['claims_p']:.3f} R={s['claims_r']:.3f} F1={s['claims_f1']:.3f} "
        f"(tp={c.tp} pred={c.pred} gold={c.gold})",
        f"  claim predicate {s['claim_predicate_acc']:.3f}  stance {s['claim_stance_acc']:.3f}  "
        f"speaker {s['claim_speaker_acc']:.3f}  attributed speaker {s['attributed_speaker_acc']:.3f} "
        f"(attributed={c.attributed})"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("real", "sample"), default="real")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--ids", help="an id range of the real set, e.g. h001-h100")
    ap.add_argument("--show", action="store_true",
                    help="list misses: claims (~ wrong, - missed, + extra), entity and date keys (- missed, + extra)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = load_sample() if args.set == "sample" else load_devset(args.split, args.ids)
    if not docs:
        raise SystemExit("no gold documents found for this set and split")
    scores = evaluate(docs)
    label = "sample (in-sample)" if args.set == "sample" else f"real statements, {args.split} split"
    print(json.dumps({"set": label, **scores.summary()}) if args.json else report(scores, label))
    if args.show:
        print("\n".join("    " + m for m in scores.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
