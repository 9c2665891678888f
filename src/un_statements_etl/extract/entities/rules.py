"""Rules for named laws, conventions and governments: spans the generic model misses or
cuts short on UN prose. Each rule reads the shared Doc and returns `Mention`s (source
"rule"); words come from data/lexicon.yaml.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .gazetteer import ilo_convention_id, load_gazetteer, read_data
from .mention import Mention

CONNECTORS = frozenset({"of", "on", "and", "for", "against", "in", "to", "with", "from", "-", "the"})
LEFT_CONNECTORS = frozenset({"of", "on", "and", "for", "-"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"})
LAW_CUES = frozenset({"law", "act", "legislation", "code", "bill", "ordinance", "decree"})
# verbs of headline-case titles: "Secretary-General Welcomes Ceasefire Agreement" names no law
HEADLINE_VERBS = frozenset({"welcomes", "condemns", "urges", "calls", "says", "expresses", "deplores", "commends",
                            "notes", "stresses", "warns", "appoints", "announces", "applauds", "hails", "praises",
                            "regrets", "rejects", "denounces", "demands", "signs", "adopts", "marks", "opens",
                            "launches", "concludes", "approves", "ratifies", "renews", "extends", "endorses"})


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """Titles, generic nouns and head nouns, read once per process."""
    data = read_data("lexicon.yaml")
    return {key: frozenset(str(v) for v in values) for key, values in data.items()}


def is_capitalised(token: Any) -> bool:
    """A word that can belong to a name: capitalised, an acronym or a number in a name."""
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and token.i > 0 and token.nbor(-1).is_title))


def _left_edge(doc: Any, head: int) -> int:
    """First token of the capitalised modifiers before `head` ("National Security" Law)."""
    start = head
    i = head - 1
    while i >= 0:
        tok = doc[i]
        if tok.is_space or tok.lower_ in DETERMINERS or tok.lower_ in HEADLINE_VERBS or tok.tag_ == "VBZ":
            break
        if is_capitalised(tok) and tok.pos_ in {"PROPN", "NOUN", "ADJ", "NUM", "X"}:
            start = i
        elif tok.lower_ not in LEFT_CONNECTORS:
            break
        elif i > 0 and doc[i - 1].ent_type_ in {"GPE", "PERSON", "NORP"}:
            break  # "ratification by Kenya of ILO Convention No. 190": Kenya is no part of it
        i -= 1
    return start


def _right_edge(doc: Any, head: int) -> int:
    """End (exclusive) of an "on/of/for ..." complement of capitalised words after `head`."""
    end = head + 1
    i = head + 1
    if i >= len(doc) or doc[i].lower_ not in {"on", "of", "for", "against", "relating", "concerning"}:
        return end
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ == "and" and i + 1 < len(doc) and doc[i + 1].lower_ in DETERMINERS:
            break  # "... against Women and the International Covenant ...": a second name
        if is_capitalised(tok) and not tok.is_punct:
            end = i + 1
        elif tok.lower_ not in CONNECTORS and tok.text not in {"'s", "’s"}:
            break
        i += 1
    return end


def _convention_numbers(doc: Any, end: int) -> tuple[int, list[int]]:
    """Numbers after a convention name: "No. 29", "Nos. 29 and 105", "(29 and 105)"."""
    i, numbers, closing, last = end, [], None, end
    if i < len(doc) and doc[i].text == "(":
        i, closing = i + 1, ")"
    elif i < len(doc) and doc[i].text.rstrip(".") in {"No", "Nos"}:
        i += 2 if i + 1 < len(doc) and doc[i + 1].text == "." else 1
    while i < len(doc) and (doc[i].like_num or doc[i].lower_ in {"and", ","}):
        if doc[i].text.isdigit():
            numbers.append(int(doc[i].text))
            last = i + 1
        i += 1
    if not numbers:
        return end, []
    if closing:
        if i >= len(doc) or doc[i].text != closing:
            return end, []
        last = i + 1
    return last, numbers


def _law_canonical(text: str, numbers: list[int]) -> str | None:
    if numbers and ("ILO" in text or "Labour" in text or "Labor" in text):
        known = load_gazetteer().entities
        ids = [ilo_convention_id(n) for n in numbers]
        return ";".join(ids) if all(i in known for i in ids) else None
    alias = load_gazetteer().lookup(text)
    return alias.canonical_id if alias and alias.label == "LAW" else None


def law_mentions(doc: Any) -> list[Mention]:
    """Named laws and conventions: "National Security Law", "Law on Protecting Women's
    Rights and Interests", "ILO Conventions Nos. 29 and 105", "anti-domestic violence law"."""
    heads = lexicon()["law_heads"]
    out = []
    for tok in doc:
        if tok.text not in heads:
            out.extend(_anti_law(doc, tok))
            continue
        start, end = _left_edge(doc, tok.i), _right_edge(doc, tok.i)
        if start == tok.i and end == tok.i + 1:
            continue
        numbers: list[int] = []
        if tok.text.startswith("Convention"):
            end, numbers = _convention_numbers(doc, end)
        canonical = _law_canonical(doc[start:end].text, numbers)
        out.append(Mention(start, end, "LAW", canonical, "rule"))
    return out


def _anti_law(doc: Any, tok: Any) -> list[Mention]:
    """Descriptive law names in lower case: "the anti-domestic violence law"."""
    if tok.lower_ != "anti" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
        return []
    for j in range(tok.i + 2, min(tok.i + 6, len(doc))):
        if doc[j].lower_ in LAW_CUES:
            return [Mention(tok.i, j + 1, "LAW", None, "rule")] if j > tok.i + 2 else []
        if not doc[j].is_alpha and doc[j].text != "-":
            return []
    return []


def _longest_by_start(places: list[Mention]) -> dict[int, Mention]:
    by_start: dict[int, Mention] = {}
    for m in places:
        if m.label == "GPE" and (m.start not in by_start or m.end > by_start[m.start].end):
            by_start[m.start] = m
    return by_start


def government_mentions(doc: Any, places: list[Mention]) -> list[Mention]:
    """"Government of China" (and "Government of the Sudan") as one ORG; bare "the
    Government" stays untagged. `places` are the GPE mentions found so far."""
    by_start = _longest_by_start(places)
    out = []
    for tok in doc:
        if tok.lower_ != "government" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        j = tok.i + 2
        place = by_start.get(j) or (by_start.get(j + 1) if doc[j].lower_ == "the" else None)
        if place is None:
            continue
        iso3 = place.canonical_id if place.canonical_id and len(place.canonical_id) == 3 else None
        out.append(Mention(tok.i, place.end, "ORG", f"gov:{iso3}" if iso3 else None, "rule"))
    return out


def extend_with_place(doc: Any, mentions: list[Mention], places: list[Mention]) -> list[Mention]:
    """An organisation or plan followed by "of <place>" takes the place in: "Socialist
    Party" + "of Chile", "Human Rights Action Plan" + "of China"."""
    heads = lexicon()["org_heads"] | lexicon()["law_heads"]
    by_start = _longest_by_start(places)
    out = []
    for m in mentions:
        if m.label not in {"ORG", "LAW"} or m.canonical_id or m.end + 1 >= len(doc):
            continue  # a name the gazetteer knows is complete ("Chinese Communist Party")
        head, prep = doc[m.end - 1].text, doc[m.end].lower_
        if head not in heads or not (prep == "of" or (prep == "in" and head in {"Mission", "Office"})):
            continue
        j = m.end + 1
        place = by_start.get(j) or (by_start.get(j + 1) if doc[j].lower_ == "the" else None)
        if place is not None:
            out.append(Mention(m.start, place.end, m.label, None, "rule"))
    return out


def treaty_anaphora(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """ "the Covenant" / "the Convention" after exactly one treaty of that kind was named
    earlier in the document is that treaty (LAW, with its id)."""
    entities = load_gazetteer().entities
    taken = {i for m in mentions for i in range(m.start, m.end)}
    laws = [m for m in mentions if m.label == "LAW" and m.canonical_id in entities]
    out = []
    for tok in doc:
        if tok.text not in {"Covenant", "Convention", "Charter", "Statute"} or tok.i in taken or tok.i == 0:
            continue
        if doc[tok.i - 1].lower_ != "the" or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"on", "of"}):
            continue
        seen = {m.canonical_id for m in laws
                if m.end <= tok.i and tok.text in entities[m.canonical_id or ""].canonical_name}
        if len(seen) == 1:
            out.append(Mention(tok.i, tok.i + 1, "LAW", seen.pop(), "rule"))
    return out


def dateline_mentions(doc: Any) -> list[Mention]:
    """A place in capitals opening a paragraph before a date: "GENEVA (22 September 2022)"."""
    gazetteer = load_gazetteer()
    out = []
    for tok in doc:
        starts_paragraph = tok.i == 0 or "\n" in doc[tok.i - 1].text or doc[tok.i - 1].text == "\n"
        if not (starts_paragraph and tok.is_upper and tok.is_alpha and len(tok) > 2):
            continue
        end = tok.i + 1
        while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        alias = gazetteer.lookup(doc[tok.i:end].text.title())
        if alias is not None and alias.label == "GPE" and end < len(doc) and doc[end].text in {"(", ",", "–", "-"}:
            out.append(Mention(tok.i, end, "GPE", alias.canonical_id, "rule"))
    return out
