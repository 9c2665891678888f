"""Gold documents for the claim harness: the project's synthetic statements and the sample.

A synthetic gold file (tests/extract/claims/gold/*.json) holds one statement and its claims:

    {"id": "...", "kind": "press_release", "speaker": "...", "speaker_role": "...",
     "title": "...", "body": ["paragraph", ...], "editor_note": "..." | null,
     "claims": [{"sentence": "...", "speaker": "...", "predicate": "...", "stance": "..."}]}

The shared sample is read into a Statement by the pipeline's own ingest step, so its
claims are scored on exactly the text and header a run gives the extractor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...records import Section, Statement
from ..evaluate import SHARED_GOLD, prepared, sample_file

REPO = Path(__file__).resolve().parents[4]
OWN_GOLD = REPO / "tests" / "extract" / "claims" / "gold"


@dataclass(frozen=True)
class GoldDoc:
    name: str
    statement: Statement
    claims: list[dict[str, Any]]
    default_speaker: str


def parse(nlp: Any, text: str) -> Any:
    """Parse as the pipeline does (a sentence never crosses a blank line), with any model:
    the blank-line boundaries are set before the parser runs when `nlp` lacks the
    pipeline's own `paragraph_breaks` component."""
    if "paragraph_breaks" in nlp.pipe_names:
        return nlp(text)
    from ...nlp import paragraph_breaks

    doc = paragraph_breaks(nlp.make_doc(text))
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def build_statement(name: str, parts: list[tuple[str, str]], speaker: str | None,
                    role: str | None, kind: str | None = None) -> Statement:
    """A Statement whose text is the (section, text) parts joined by blank lines."""
    text, sections = "", []
    for section, part in parts:
        if not part:
            continue
        if text:
            text += "\n\n"
        sections.append(Section(section, len(text), len(text) + len(part)))
        text += part
    title = next((p for s, p in parts if s == "title"), None)
    return Statement(statement_id=name, source="local", source_uri=name, url=None, title=title,
                     speaker=speaker, speaker_role=role, published_on=None, location=None,
                     language="en", kind=kind, text=text, sections=tuple(sections),
                     content_hash="", clean_steps=())


def load_synthetic(folder: Path = OWN_GOLD) -> list[GoldDoc]:
    docs = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        parts = [("title", data.get("title") or ""), ("body", "\n\n".join(data["body"])),
                 ("editor_note", data.get("editor_note") or "")]
        statement = build_statement(data["id"], parts, data.get("speaker"), data.get("speaker_role"),
                                    data.get("kind"))
        docs.append(GoldDoc(data["id"], statement, data["claims"], data.get("speaker") or ""))
    return docs


def load_shared(path: Path = SHARED_GOLD) -> GoldDoc | None:
    """The shared gold of the sample, or None when the workspace does not have it."""
    if not path.exists():
        return None
    gold = json.loads(path.read_text(encoding="utf-8"))
    name = Path(gold["file"]).name
    raw_path = sample_file(name)
    if raw_path is None:
        return None
    return GoldDoc(name, prepared(raw_path), gold["claims"], gold.get("default_speaker") or "")
