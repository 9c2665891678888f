"""Who takes the position: the grammatical agent of a cue turned into a speaker name.

First person ("I", "we", "my Office") is the statement's voice: its speaker, or the
spokesperson a briefing note introduced last, or, inside quotation marks, the person the
sentence quotes. Third-person subjects are named from the noun phrase ("UN human rights
bodies"); a role ("the Secretary-General") is the person the statement names in that role,
else the holder of that office on the statement's date; "he"/"she" is the person named
last; bare "the Government" / "the authorities" is the government of the statement's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...clean.office_holders import holder, office_in
from .lexicon import (
    AGENT_NOUNS,
    FIRST_PERSON,
    INSTITUTION_WORDS,
    REPORTING_VERBS,
    ROLE_WORDS,
    STATE_REFERENCES,
    THIRD_PERSON,
)

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

QUOTES = "“”\"«»"
VOICE_ROLES = {"spokesperson", "spokesman", "spokeswoman"}
INTRO_ROLES = VOICE_ROLES | {"secretary-general", "general", "commissioner", "rapporteur", "expert",
                             "envoy", "president", "minister", "chair", "chairperson", "coordinator",
                             "representative", "director", "chief", "head"}


# roles one mandate holder is called by in the same text ("Special Rapporteur X … the expert said")
ROLE_SYNONYMS = {"expert": ("rapporteur",), "rapporteur": ("expert",), "chair": ("chairperson",),
                 "chairperson": ("chair",)}


@dataclass
class Voices:
    """Discourse state of one statement, updated sentence by sentence."""

    default: str
    role: str = ""
    subject: str = ""  # canonical name of the state the statement is about
    current: str = ""  # spokesperson speaking in the first person
    quoted: str = ""  # person whose words stand in quotation marks
    last_third: str = ""
    last_named: str = ""  # the person named last: whom "he" or "she" most likely means
    on: date | None = None  # the statement's date: who held an office the text names only by title
    roles: dict[str, str] = field(default_factory=dict)

    @property
    def first_person(self) -> str:
        return self.current or self.default


def role_key(words: list[str]) -> str:
    """The role word of a title, used to find who holds it.

    >>> role_key(["the", "Secretary", "-", "General"])
    'secretary-general'
    >>> role_key(["Special", "Rapporteur"])
    'rapporteur'
    """
    text = " ".join(w.lower() for w in words).replace(" - ", "-")
    for word in reversed(text.split()):
        if word in INTRO_ROLES or word.endswith("secretary-general"):
            return "secretary-general" if word.endswith("general") else word
    return ""


SPOKESPERSON_LINE = re.compile(r"\b[Ss]pokes(?:person|man|woman)\b[^:\n]{0,80}:\s*"
                               r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*$")


def spokesperson_line(text: str) -> str:
    """The name on a briefing note's speaker line.

    >>> spokesperson_line("Spokesperson for the UN High Commissioner for Human Rights: Liz Throssell")
    'Liz Throssell'
    >>> spokesperson_line("The spokesperson said: we are concerned.")
    ''
    """
    match = SPOKESPERSON_LINE.search(text.strip())
    return match.group(1) if match else ""


def introduce(sent: Span, voices: Voices) -> None:
    """Record people the sentence names with a role ("spokesperson Liz Throssell"), and the
    person named last (by name, or by an office whose holder the date gives)."""
    name = spokesperson_line(sent.text)
    if name:
        voices.roles["spokesperson"] = voices.current = voices.last_named = name
        return
    office = OFFICE_BY_TITLE.search(sent.text)
    if office and (holder_name := office_holder(office.group(0), voices.on)):
        voices.last_named = holder_name
    for ent in ents_within(sent):
        if ent.label_ != "PERSON":
            continue
        voices.last_named = ent.text
        window = [t.text for t in ent.doc[max(ent.start - 10, sent.start):ent.start]]
        window += [t.text for t in _appositions(ent.root)]
        lowered = {w.lower() for w in window}
        # "Special Rapporteur on the right to food, Hilal Elver": a long role set off by a comma
        key = next(iter(lowered & VOICE_ROLES), "") or role_key(window[-5:]) or \
            (role_key(window) if window and window[-1] == "," else "")
        if key:
            voices.roles[key] = ent.text
            if key in VOICE_ROLES:
                voices.current = ent.text


def _appositions(token: Token) -> list[Token]:
    return [w for c in token.children if c.dep_ == "appos" for w in c.subtree]


def plausible_agent(token: Token) -> bool:
    """Can this subject hold a position (a person, a body, a pronoun of persons)?"""
    low = token.lower_
    if low in FIRST_PERSON or low in THIRD_PERSON:
        return True
    if token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return token.lemma_.lower() in AGENT_NOUNS or low in AGENT_NOUNS


def find_agent(token: Token) -> Token | None:
    """The subject that governs a cue, climbing through complements and coordination."""
    cur = token
    for _ in range(8):
        subjects = [c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and plausible_agent(subjects[0]):
            return subjects[0]
        if subjects and cur.dep_ not in {"conj", "ccomp"}:
            return None
        if cur.dep_ not in {"xcomp", "conj", "pcomp", "prep", "advcl", "ccomp", "acomp", "pobj"}:
            return None
        if cur.dep_ == "ccomp" and not subjects:
            return None
        cur = cur.head
    return None


def in_quote(token: Token) -> bool:
    """Is the token inside quotation marks opened in its paragraph?"""
    text = token.doc.text
    start = text.rfind("\n\n", 0, token.idx) + 1
    segment = text[start:token.idx]
    opened = sum(segment.count(q) for q in "“«") - sum(segment.count(q) for q in "”»")
    return opened > 0 or segment.count('"') % 2 == 1


def quote_speaker(sent: Span, voices: Voices) -> str:
    """The person a sentence quotes ("…,” said Liz Throssell"), else the one quoted last."""
    for tok in sent:
        if tok.lemma_ in REPORTING_VERBS and tok.pos_ == "VERB":
            agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if agent is not None and agent.lower_ not in FIRST_PERSON and plausible_agent(agent):
                name = _pronoun(agent, voices) if agent.lower_ in THIRD_PERSON else third_party(agent, voices)
                voices.quoted = name
                return name
    return voices.quoted


def resolve(agent: Token | None, voices: Voices) -> str:
    """The speaker's name for a cue's agent; None means the statement's own voice."""
    if agent is None or own_voice(agent):
        if agent is not None and in_quote(agent) and voices.quoted:
            return voices.quoted
        return voices.first_person
    if agent.lower_ in THIRD_PERSON:
        return _pronoun(agent, voices)
    name = third_party(agent, voices)
    voices.last_third = name
    return name


def _pronoun(agent: Token, voices: Voices) -> str:
    """Whom a pronoun stands for: the one a position was last attributed to; for "he" or
    "she" with none yet, the person named last; else the statement's speaker."""
    if agent.lower_ in {"he", "she", "him", "her"}:
        return voices.last_third or voices.last_named or voices.default
    return voices.last_third or voices.default


# an office named by its title alone ("the Secretary-General said"), not followed by a name
OFFICE_BY_TITLE = re.compile(r"\b(?:Deputy\s+)?Secretary[-\s]General\b(?![’'`]s\b)(?!,?\s+[A-Z][a-z])"
                             r"|\bHigh\s+Commissioner(?:\s+for\s+Human\s+Rights)?\b(?!\s+for\s+Refugees)"
                             r"(?!,?\s+[A-Z][a-z])")


def office_holder(title: str, on: date | None) -> str:
    """The holder, on the statement's date, of an office named by its title ("" if unknown);
    which office a title names is the header reader's `office_in` (a deputy's or an
    assistant's title names no office of these).

    >>> office_holder("Secretary-General", date(2015, 5, 7))
    'Ban Ki-moon'
    >>> office_holder("Deputy Secretary-General", date(2013, 1, 1))
    'Jan Eliasson'
    >>> office_holder("High Commissioner", date(2019, 6, 1)), office_holder("Secretary-General", None)
    ('Michelle Bachelet', '')
    >>> office_holder("Deputy High Commissioner", date(2019, 6, 1))
    ''
    """
    office = office_in(title)
    return (holder(office, on) or "") if office else ""


def own_voice(agent: Token) -> bool:
    """First person, or the speaker's own institution ("my Office", "the United Nations")."""
    if agent.lower_ in FIRST_PERSON:
        return True
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in agent.children):
        return True
    lowered = {w.lower() for w in _phrase(agent)}
    return bool(lowered & INSTITUTION_WORDS - {"un"}) and lowered <= ROLE_WORDS | INSTITUTION_WORDS | {"'s"}


def third_party(agent: Token, voices: Voices) -> str:
    """Name a third-person agent from its noun phrase."""
    person = _person_in(agent)
    if person:
        return person
    words = _phrase(agent)
    lowered = [w.lower() for w in words]
    if lowered and set(lowered) <= ROLE_WORDS:
        key = role_key(words)
        named = next((voices.roles[k] for k in (key, *ROLE_SYNONYMS.get(key, ())) if k in voices.roles), "")
        if named:
            return named
        # a spokesperson "for the Secretary-General" does not hold the Secretary-General's office
        own_role = "" if _speaks_for(voices.role) and key not in VOICE_ROLES else voices.role
        if (key and key in own_role.lower().replace(" ", "-")) or _same_role(lowered, own_role):
            return voices.default
        by_date = office_holder(" ".join(words).replace(" - ", "-"), voices.on)
        if by_date:
            return by_date
    surname = voices.default.split()[-1].lower() if voices.default else ""
    if surname and surname in lowered:
        return voices.default
    if agent.lemma_.lower() in STATE_REFERENCES and voices.subject and not _has_of(agent):
        if agent.lower_.startswith("authorit"):
            return f"{voices.subject} authorities"
        return f"Government of {voices.subject}"
    return " ".join(words)


def _person_in(agent: Token) -> str:
    for tok in [agent, *_appositions(agent), *(c for c in agent.children if c.dep_ == "compound")]:
        ent = entity_at(tok)
        if ent is not None and ent.label_ == "PERSON":
            return ent.text
    return ""


# spaCy's `doc.ents` and `Span.ents` rebuild the entities of the whole document on every call:
# asked once per sentence or per claim that is quadratic in a long text (minutes for one
# hostile page). These read the entity marks of the tokens concerned only.

def entity_at(token: Token) -> Span | None:
    """The entity a token is part of (None outside entities)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # back to the entity's first token
    return _entity_from(doc, start)


def ents_within(span: Span) -> list[Span]:
    """The entities lying wholly inside a span, in order (what `span.ents` gives)."""
    found = []
    for tok in span:
        if tok.ent_iob_ == "B":
            ent = _entity_from(tok.doc, tok.i)
            if ent.end <= span.end:
                found.append(ent)
    return found


def _entity_from(doc: Any, start: int) -> Span:
    from spacy.tokens import Span as SpacySpan

    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=doc[start].ent_type)


def _same_role(words: list[str], role: str) -> bool:
    content = {w for w in words if w not in {"the", "of", "for", "-", "un", "on"}}
    role_words = set(re.findall(r"[\w-]+", role.lower()))
    return bool(content) and content <= role_words | {"secretary", "general"} and bool(content & role_words)


def _speaks_for(role: str) -> bool:
    """Is the statement's role someone speaking for an office ("Spokesperson for the …")?

    >>> _speaks_for("Associate Spokesperson for the Secretary-General"), _speaks_for("Secretary-General")
    (True, False)
    """
    return any(word in role.lower() for word in VOICE_ROLES)


def _has_of(agent: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in agent.children)


def _phrase(agent: Token) -> list[str]:
    """The agent's noun phrase without relative clauses or a leading article."""
    keep = {"det", "amod", "compound", "nmod", "poss", "case", "punct", "prep", "pobj", "nummod", "quantmod"}
    tokens = [agent]
    for child in agent.children:
        if child.dep_ in keep and (child.dep_ != "prep" or child.lower_ == "of"):
            tokens.extend(t for t in child.subtree if t.dep_ not in {"relcl", "acl"})
    tokens = sorted(set(tokens), key=lambda t: t.i)
    words = [t.text for t in tokens if not (t.is_punct and t.text != "-")]
    while words and words[0].lower() in {"the", "a", "an", "all", "some"}:
        words = words[1:]
    return words
