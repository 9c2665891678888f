"""Repairs of the generic model's entities on UN prose.

Titles are cut from people ("President Xi Jinping" -> "Xi Jinping"), roles and generic
nouns alone are dropped ("High Commissioner", "the Government", "Office"), numbers,
dates and page furniture never become entities, "COVID-19" is not an organisation,
coordinated places are split ("Kashgar and Urumqi"), and a span the gazetteer knows takes
the gazetteer's label ("Uyghurs" is NORP, not GPE).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..dates.named_days import NAMED_DAY
from .gazetteer import load_gazetteer
from .mention import Mention
from .rules import DETERMINERS, HEADLINE_VERBS, lexicon

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "EVENT"}
ROLE_WORDS = ("High Commissioner", "Special Rapporteur", "Secretary-General", "Special Envoy",
              "Special Representative", "Independent Expert", "Spokesperson", "Special Adviser")
FURNITURE = ("http", "www.", "@", "^", "[", "]", "|", "Editor's Note", "LOCATION", "Page ")


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, punctuation, possessives and footnote marks at the edges."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in DETERMINERS):
        start += 1
    while end > start:
        last = doc[end - 1]
        footnote = last.like_num and end - 2 >= start and doc[end - 2].text in {"[", "^"}
        dangling = last.lower_ in {"of", "and", "for", "on", "in", "the", "to", "-"}
        if last.is_punct or last.is_space or last.text in {"'s", "’s", "'"} or footnote or dangling:
            end -= 1
        else:
            break
    return start, end


def _strip_titles(doc: Any, start: int, end: int) -> int:
    """Index of the first name token after any leading titles ("State Councilor Wang Yi")."""
    titles = lexicon()["titles"]
    moved = True
    while moved and start < end:
        moved = False
        for width in (3, 2, 1):
            if start + width < end + 1 and _title_text(doc, start, start + width) in titles:
                start, moved = start + width, True
                break
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
    return start


def _title_text(doc: Any, start: int, end: int) -> str:
    """Tokens as written with single spaces, hyphens kept tight ("Secretary-General")."""
    return doc[start:end].text.replace(" - ", "-").replace("\n", " ")


def _split_coordination(doc: Any, start: int, end: int) -> Iterator[tuple[int, int]]:
    """ "Kashgar and Urumqi" -> "Kashgar", "Urumqi"; other spans pass through whole."""
    part = start
    for i in range(start, end):
        if doc[i].lower_ in {"and", "&", "or"} or doc[i].text in {",", ";"}:
            if i > part:
                yield part, i
            part = i + 1
    if end > part:
        yield part, end


def _acceptable(doc: Any, start: int, end: int, label: str) -> bool:
    text = doc[start:end].text
    lex = lexicon()
    if end <= start or not any(c.isalpha() for c in text) or any(f in text for f in FURNITURE):
        return False
    if text in lex["generic"] or text in lex["titles"] or "covid" in text.lower():
        return False
    if re.fullmatch(NAMED_DAY, text):
        return False  # "World Refugee Day" is a date (the dates table), not an event
    if label == "ORG" and any(role in text for role in ROLE_WORDS):
        return False  # a title ("UN High Commissioner for Human Rights") is no organisation
    if label == "PERSON" and not doc[start].text[:1].isupper():
        return False
    return not all(t.like_num or t.is_punct or t.is_space for t in doc[start:end])


def _headline(sent: Any) -> bool:
    """A headline in title case ("UNICEF and WFP Directors Make First Joint Visit"): four
    or more words, nearly all capitalised, with a verb (a name alone has none).

    Takes a spaCy span (or any sequence of tokens with `is_alpha`, `text`, `is_stop`)."""
    words = [t for t in sent if t.is_alpha and not (t.is_stop and t.text.islower())]
    verb = any(t.pos_ == "VERB" or t.lower_ in HEADLINE_VERBS for t in sent)
    return verb and len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.9 * len(words)


def _headed(span: Any) -> bool:
    """A name ending in an organisation's or a law's head noun ("Group of 77" has "Group")."""
    heads = lexicon()["org_heads"] | lexicon()["law_heads"]
    return any(t.text in heads for t in span)


def _relabel(text: str, label: str) -> tuple[str, str | None]:
    """The gazetteer's label and id for a span it knows by exactly this name."""
    alias = load_gazetteer().lookup(text)
    if alias is None:
        return label, None
    if label == "PERSON" and alias.label != "PERSON":
        return label, None  # a person named like a place ("Jordan") stays a person
    return alias.label, alias.canonical_id


def _label(ent: Any) -> str | None:
    label = ent.label_
    heads = lexicon()["law_heads"]
    if label in {"EVENT", "WORK_OF_ART", "ORG"} and ent[-1].text in heads and ent[-1].text[:1].isupper():
        return "LAW"  # "the Human Rights Action Plan" is a plan, not an event
    return label if label in KEEP else None


def model_mentions(doc: Any) -> list[Mention]:
    """The model's entities, repaired."""
    out = []
    for ent in doc.ents:
        label = _label(ent)
        if label is None:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if label == "PERSON":
            start = _strip_titles(doc, start, end)
        parts = _split_coordination(doc, start, end) if label in {"GPE", "LOC", "NORP"} else [(start, end)]
        for s, e in parts:
            s, e = _trim(doc, s, e)
            if _acceptable(doc, s, e, label):
                new_label, canonical = _relabel(doc[s:e].text, label)
                if canonical is None and _headline(doc[s:e].sent) and not _headed(doc[s:e]):
                    continue  # the model reads any run of capitals in a headline as a name
                out.append(Mention(s, e, new_label, canonical, "model"))
    return out
