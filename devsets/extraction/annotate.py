"""Tools for annotating the extraction development set by hand.

    python devsets/extraction/annotate.py show ID            # the text with character offsets per line
    python devsets/extraction/annotate.py span ID "needle" [--nth N]   # start/end of the Nth occurrence
    python devsets/extraction/annotate.py check [ID ...]     # validate gold files against their texts

Gold files (`gold/<id>.json`) hold facts only: offsets into the header development set's
git-ignored text (`devsets/headers/texts/<id>.txt`), the short surface of each entity and
date, and for each claim its offsets and the first 40 characters of its sentence (the
`prefix`), never the sentence itself. `materialise` (used by the evaluator) rebuilds the
shared scorer's gold format by reading the sentences back from the text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
TEXTS = HERE.parent / "headers" / "texts"
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "EVENT"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
STANCES = {"positive", "negative", "neutral"}
PREFIX_CHARS = 40
VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}|-Q\d|-(SP|SU|FA|WI))?|\d{3}X?|\d{2}X{0,2}"
                   r"|P[\dX.]+(?:[YMWDH]|DE|CE)|PT[\dX.]+[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX(-\d{2}(-\d{2})?|-WXX-\d)?)$")


def text_of(doc_id: str) -> str:
    return (TEXTS / f"{doc_id}.txt").read_text(encoding="utf-8")


def valid_value(value: str) -> bool:
    """A TIMEX3 value, or an interval of two joined by '/'.

    >>> valid_value("2022-05-28"), valid_value("2006/2010"), valid_value("P17Y"), valid_value("May 2022")
    (True, True, True, False)
    """
    return all(VALUE.match(part) for part in value.split("/")) if value else False


def problems(gold: dict) -> list[str]:
    """What is wrong with one gold file (offsets that do not hold, labels out of vocabulary)."""
    text, out = text_of(gold["id"]), []
    for e in gold.get("entities", []):
        if text[e["start"]:e["end"]] != e["text"]:
            out.append(f"entity {e['text']!r} not at {e['start']}:{e['end']}")
        if e["label"] not in LABELS:
            out.append(f"entity {e['text']!r}: label {e['label']!r}")
    for d in gold.get("dates", []):
        if text[d["start"]:d["end"]] != d["text"]:
            out.append(f"date {d['text']!r} not at {d['start']}:{d['end']}")
        if d["type"] not in TYPES or not valid_value(d["value"]):
            out.append(f"date {d['text']!r}: type {d['type']!r} value {d['value']!r}")
    for c in gold.get("claims", []):
        if not text[c["start"]:c["end"]].startswith(c["prefix"]) or len(c["prefix"]) > PREFIX_CHARS:
            out.append(f"claim {c['prefix']!r} not at {c['start']}:{c['end']}")
        if c["stance"] not in STANCES or not c.get("speaker") or not c.get("predicate"):
            out.append(f"claim {c['prefix']!r}: speaker/predicate/stance incomplete")
    return out


def materialise(gold: dict, text: str) -> dict:
    """The shared scorer's gold format: the claim sentences read back from the text."""
    claims = [{**c, "sentence": text[c["start"]:c["end"]]} for c in gold.get("claims", [])]
    return {"file": f"{gold['id']}.txt", "publication_date": gold["published_on"],
            "default_speaker": gold.get("default_speaker", ""), "entities": gold.get("entities", []),
            "dates": gold.get("dates", []), "claims": claims}


def _show(doc_id: str) -> None:
    pos = 0
    for line in text_of(doc_id).splitlines(keepends=True):
        print(f"{pos:6d} {line}", end="" if line.endswith("\n") else "\n")
        pos += len(line)


def _span(doc_id: str, needle: str, nth: int) -> None:
    text, start = text_of(doc_id), -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start < 0:
            sys.exit(f"{needle!r}: occurrence {nth} not found in {doc_id}")
    print(json.dumps({"start": start, "end": start + len(needle)}))


def _check(ids: list[str]) -> int:
    paths = [GOLD / f"{i}.json" for i in ids] if ids else sorted(GOLD.glob("*.json"))
    bad = 0
    for path in paths:
        for problem in problems(json.loads(path.read_text(encoding="utf-8"))):
            print(f"{path.stem}: {problem}")
            bad += 1
    print(f"{len(paths)} files, {bad} problems")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show").add_argument("id")
    span = sub.add_parser("span")
    span.add_argument("id")
    span.add_argument("needle")
    span.add_argument("--nth", type=int, default=1)
    sub.add_parser("check").add_argument("ids", nargs="*")
    args = ap.parse_args()
    if args.cmd == "show":
        _show(args.id)
    elif args.cmd == "span":
        _span(args.id, args.needle, args.nth)
    else:
        return _check(args.ids)
    return 0


if __name__ == "__main__":
    sys.exit(main())
