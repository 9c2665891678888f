"""Gazetteer matching over the tokens of the shared parse, and the merge of candidates.

Aliases are tokenised once per process with spaCy's English tokenizer (the rules the
model's own tokenizer uses) into a token trie; matching walks the Doc's tokens, skipping
whitespace tokens so a name broken across a line or page break is still found. Matching
is case-sensitive ("Chad", "WHO", "US" are names; "chad", "who", "us" are not).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .gazetteer import Alias, load_gazetteer
from .mention import Mention
from .rules import lexicon

_END = ""  # trie key holding the alias that ends at a node (no token is empty)


def token_key(text: str) -> str:
    """
    >>> token_key("People’s")
    "People's"
    """
    return text.replace("’", "'")


@cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


@cache
def alias_trie() -> dict[str, Any]:
    """Token trie of every alias; built once per process."""
    tokenize = _tokenizer()
    trie: dict[str, Any] = {}
    for alias in load_gazetteer().aliases:
        node = trie
        for tok in tokenize(alias.text):
            if not tok.is_space:
                node = node.setdefault(token_key(tok.text), {})
        node.setdefault(_END, alias)  # the first definition of a spelling wins
    return trie


def gazetteer_mentions(doc: Any) -> list[Mention]:
    """The longest alias starting at each word; overlaps are resolved by `merge`."""
    trie = alias_trie()
    words = [t.i for t in doc if not t.is_space]
    keys = [token_key(doc[i].text) for i in words]
    out = []
    for pos, key in enumerate(keys):
        node, j, best = trie.get(key), pos, None
        while node is not None:
            if _END in node:
                best = (j, node[_END])
            j += 1
            node = node.get(keys[j]) if j < len(keys) else None
        if best is not None and not _shouting(doc, words[pos], words[best[0]] + 1, best[1]):
            alias: Alias = best[1]
            out.append(Mention(words[pos], words[best[0]] + 1, alias.label, alias.canonical_id, "gazetteer"))
    return out


def _shouting(doc: Any, start: int, end: int, alias: Alias) -> bool:
    """An acronym alias ("WHO", "US") inside an all-capitals line is an ordinary word."""
    if not alias.text.isupper():
        return False
    near = [t for t in doc[max(start - 3, 0):min(end + 3, len(doc))] if t.is_alpha and not start <= t.i < end]
    return bool(near) and all(t.is_upper and len(t) > 1 for t in near)


def _compound(doc: Any, model: Mention, inner: list[Mention]) -> bool:
    """A model ORG/LAW that names something bigger than the gazetteer names inside it
    ("All China Women's Federation", "Kashgar Experimental School")."""
    if model.label not in {"ORG", "LAW", "EVENT"} or not all(model.contains(m) for m in inner):
        return False
    if any(m.start == model.start and m.end == model.end for m in inner):
        return False
    heads = lexicon()["org_heads"] | lexicon()["law_heads"]
    covered = {i for m in inner for i in range(m.start, m.end)}
    return any(t.text in heads for t in doc[model.start:model.end] if t.i not in covered)


def merge(doc: Any, candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: a gazetteer or rule span beats the model's on overlap
    (unless the model's is a longer compound name), and the longest span wins."""
    gazetteer = [m for m in candidates if m.source == "gazetteer"]
    strong = [m for m in candidates if m.source == "gazetteer" or (m.source == "rule" and not any(
        g.overlaps(m) and not m.contains(g) and not g.contains(m) for g in gazetteer))]
    kept = list(strong)
    for m in candidates:
        if m.source != "model":
            continue
        inner = [s for s in strong if s.overlaps(m)]
        if not inner or _compound(doc, m, inner):
            kept.append(m)
    chosen: list[Mention] = []
    taken: set[int] = set()
    order = {"rule": 0, "gazetteer": 1, "model": 2}
    for m in sorted(kept, key=lambda m: (m.start - m.end, order[m.source], m.start)):
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)
