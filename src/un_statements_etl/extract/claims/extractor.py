"""`ClaimExtractor`: one row per body sentence in which someone takes a position.

For every sentence of the body (the title and the editor's note yield no claims) the
detector picks at most one cue (detect.py), attribution names who speaks, stance applies
negation and hedging, and targets name what the claim is about.
"""

from __future__ import annotations

from typing import Any

from ...records import Statement
from .attribution import Voices, in_quote, introduce, quote_speaker, resolve
from .detect import Cue, best_cue
from .lexicon import FIRST_PERSON
from .stance import hedged, stance_of
from .targets import mentions, subject_of, target_ids, target_text

# 0.1.1: target_entity_ids holds entity_catalog ids only (names the gazetteers lack are dropped)
VERSION = "claims-0.1.1"


def sentences(doc: Any) -> list[Any]:
    """Sentences of the parse, split again at blank lines so none crosses a paragraph."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start:tok.i])
                start = tok.i + 1
        if sent.end > start:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]


def _section(statement: Statement, offset: int) -> str:
    for section in statement.sections:
        if section.start <= offset < section.end:
            return section.name
    return "body"


def _body_range(statement: Statement) -> tuple[int, int]:
    body = [s for s in statement.sections if s.name == "body"]
    return (body[0].start, body[-1].end) if body else (0, len(statement.text))


def _trimmed(sent: Any) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, sent.start_char + len(text.rstrip())


class ClaimExtractor:
    """Extractor of the `claims` table (see SCHEMA_NOTES.md for its allowed values)."""

    table = "claims"
    version = VERSION

    def extract(self, doc: Any, statement: Statement, context: dict[str, list[dict[str, Any]]]) -> list[dict]:
        found = mentions(doc, context.get("entities") or [])
        subject = subject_of(found, _body_range(statement))
        voices = Voices(default=statement.speaker or statement.speaker_role or "",
                        role=statement.speaker_role or "",
                        subject=subject.canonical_name if subject else "", on=statement.published_on)
        rows = []
        all_sentences = sentences(doc)
        for sent in all_sentences:
            start, end = _trimmed(sent)
            if _section(statement, start) != "body":
                continue
            introduce(sent, voices)
            if len(sent) < 4:
                continue
            quote_speaker(sent, voices)
            if sent.text.rstrip().endswith("?"):
                continue
            cue = best_cue(sent, last=sent is all_sentences[-1])
            if cue is not None:
                rows.append(self._row(cue, sent, statement, voices, found, subject, (start, end)))
        return rows

    def _row(self, cue: Cue, sent: Any, statement: Statement, voices: Voices, found: list,
             subject: Any, span: tuple[int, int]) -> dict[str, Any]:
        if cue.agent is None and in_quote(cue.token) and voices.quoted:
            speaker = voices.quoted
        else:
            speaker = resolve(cue.agent, voices)
        exclude: set[int] = set()
        speaker_span = None
        if cue.agent is not None:
            exclude = {t.i for t in cue.agent.subtree}
            speaker_span = (min(doc_t.idx for doc_t in cue.agent.subtree),
                            max(t.idx + len(t) for t in cue.agent.subtree))
        confidence = cue.confidence - (0.2 if hedged(cue.token) else 0.0)
        return {
            "text": statement.text[span[0]:span[1]],
            "speaker": speaker,
            "predicate": cue.predicate,
            "stance": _stance(cue),
            "target": target_text(cue.token, sent, exclude),
            "target_entity_ids": target_ids(sent, found, speaker_span, subject),
            "confidence": round(max(0.05, min(confidence, 1.0)), 2),
            "rule": cue.rule,
            "char_start": span[0],
            "char_end": span[1],
        }


def _stance(cue: Cue) -> str:
    """Stance with one refinement: a hope about one's own future acts is positive."""
    if cue.predicate == "hope" and cue.stance is None:
        clause = [c for c in cue.token.children if c.dep_ in {"ccomp", "xcomp"}]
        subjects = [s for c in clause for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        own_act = any(c.dep_ == "xcomp" for c in clause)  # "hopes to visit": the subject's own act
        if own_act or any(s.lower_ in FIRST_PERSON for s in subjects):
            return "positive"
    if cue.absorbs_negation and cue.stance:
        return cue.stance
    return stance_of(cue.predicate, cue.token, cue.stance)
