"""Normalisation: a canonical name and id for every mention.

Ids come from the gazetteer (ISO 3166-1 alpha-3 for states, un:/treaty:/region:/...
otherwise); a span the gazetteer does not know keeps a null id and its own text, tidied,
as its name. Within one document a surname alone ("Bachelet") takes the person named in
full elsewhere in it ("Verónica Michelle Bachelet Jeria").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .gazetteer import alias_key, load_gazetteer
from .mention import Mention


def tidy_name(text: str) -> str:
    """Name of an entity the gazetteer does not know: whitespace folded, "the" dropped.

    >>> tidy_name("the Kashgar\\n\\nExperimental School")
    'Kashgar Experimental School'
    """
    key = alias_key(text)
    return key[4:] if key.lower().startswith("the ") else key


def canonical_name(canonical_id: str | None, text: str) -> str:
    """Preferred name of an id; ids joined by ";" (several conventions) join their names."""
    entities = load_gazetteer().entities
    if not canonical_id:
        return tidy_name(text)
    names = [entities[i].canonical_name if i in entities else tidy_name(text) for i in canonical_id.split(";")]
    return "; ".join(names)


def fill_ids(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Look up, by exact alias, the ids of mentions proposed without one."""
    gazetteer = load_gazetteer()
    out = []
    for m in mentions:
        if m.canonical_id is None:
            alias = gazetteer.lookup(doc[m.start:m.end].text)
            if alias is not None and alias.label == m.label:
                m = replace(m, canonical_id=alias.canonical_id)
        out.append(m)
    return out


def _name_tokens(doc: Any, m: Mention) -> list[str]:
    return [t.text for t in doc[m.start:m.end] if t.is_alpha and t.text[:1].isupper()]


def resolve_surnames(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """A one-word model mention that is part of a full name of a PERSON in the same
    document becomes that person (the model often calls a lone surname an ORG)."""
    full: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "PERSON" and len(_name_tokens(doc, m)) >= 2:
            for word in _name_tokens(doc, m)[1:]:
                full.setdefault(word, m)
    out = []
    for m in mentions:
        owner = full.get(doc[m.start:m.end].text) if m.end - m.start == 1 else None
        if owner is not None and m.source == "model" and m.label in {"PERSON", "ORG", "GPE", "NORP"}:
            m = replace(m, label="PERSON", canonical_id=owner.canonical_id)
        out.append(m)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for tok in doc:
        owner = full.get(tok.text)
        if owner is not None and tok.i not in taken:
            out.append(Mention(tok.i, tok.i + 1, "PERSON", owner.canonical_id, "rule"))
    return sorted(out, key=lambda m: m.start)


def person_names(doc: Any, mentions: list[Mention]) -> dict[Mention, str]:
    """Canonical names of people without an id: the fullest name found for them."""
    names: dict[Mention, str] = {}
    people = [m for m in mentions if m.label == "PERSON" and not m.canonical_id]
    for m in people:
        words = set(_name_tokens(doc, m))
        longer = [p for p in people if words and words <= set(_name_tokens(doc, p))]
        best = max(longer, key=lambda p: p.end - p.start, default=m)
        names[m] = tidy_name(doc[best.start:best.end].text)
    return names
