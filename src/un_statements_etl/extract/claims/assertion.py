"""Assertions: a position stated without a verb of position.

Statements and speeches take most of their positions as plain assertions in the speaker's
voice: "The right to seek asylum is a fundamental human right", "Democratic space is being
eroded", "Let us stand together", "Refugees need opportunities". No cue word marks them;
what marks them is the form of the sentence. A sentence is an assertion when its main
clause has a subject and is in the present, the present perfect or a modal of necessity
(or is a hortative "let us"), and it is none of the things statements also contain in that
form: a sentence cut off by the page, an editor's line introducing a text, an
interviewer's line, a greeting, a logistics line, a biography line, or a bare figure.
Past-tense narration is never an assertion on its own (press releases narrate in it).

The rule runs only when no cue rule fired (rank 0), so a cue always names the act when
there is one. The predicate comes from the words: an obligation is a `call`, an
evaluation of someone's work `praise`, harm done a `note` with a negative stance, anything
else `stress`.
"""

from __future__ import annotations

import re
from typing import Any

from . import lexicon as lx

Token = Any
Span = Any

# a sentence ends with its punctuation, maybe followed by a closing quote or bracket
ENDED = re.compile(r"[.!…][\"'”’)\]]*$")
# lines an editor or an interviewer writes, not the speaker: "Following is the text of…",
# "Question: …", "UN News: …"
EDITORIAL = re.compile(r"^(?:(?:The )?following (?:is|are)\b|Q(?:uestion)?\s*:|[A-Z][\w.’' -]{0,40}:\s)",
                       re.IGNORECASE)
# courtesies of an opening: "It is a pleasure to join you", "I am honoured to address…"
COURTESY = re.compile(r"\b(?:pleasure|honou?r(?:ed)?|pleased|delighted|privilege[ds]?|glad)\b.{0,60}\b"
                      r"(?:join|be with|address|welcome|be here|present|speak|open)\b", re.IGNORECASE)
# modal auxiliaries of necessity or ability that make a main clause a position
POSITION_MODALS = {"must", "should", "ought", "need", "cannot", "can", "ca"}
OBLIGATION_MODALS = {"must", "should", "ought", "need"}


def assertion(sent: Span, last: bool) -> tuple[str, str, Token] | None:
    """(predicate, stance, main verb) of an assertion, or None; `last` marks the document's
    last sentence, which a page store may have cut."""
    text = sent.text.strip()
    if (last and not ENDED.search(text)) or EDITORIAL.match(text) or COURTESY.search(text):
        return None
    root = sent.root
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 5 or root.pos_ not in {"VERB", "AUX"}:
        return None
    if root.lower_ == "let" and any(t.lower_ in {"us", "'s"} and root in (t.head, t.head.head) for t in sent):
        return "call", "neutral", root
    form = _position_form(root)
    if form is None or _narrative(root) or _identity(root) or _bare_figure(sent, root):
        return None
    return _predicate(sent, root, form)


def _position_form(root: Token) -> str | None:
    """"obligation", "present" or None (past, future, or no subject)."""
    children = list(root.children)
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in children):
        return None
    aux = {c.lower_ for c in children if c.dep_ in {"aux", "auxpass"}}
    if aux & OBLIGATION_MODALS or (root.lemma_ == "need" and root.tag_ in {"VBP", "VBZ"}):
        return "obligation"
    if aux & POSITION_MODALS:
        return "present"
    if aux & {"will", "would", "shall", "may", "might", "could", "did", "was", "were", "had"}:
        return None
    if root.tag_ in {"VBP", "VBZ"}:
        return "present"
    if root.tag_ in {"VBN", "VBG"} and aux & {"has", "have", "is", "are", "'s", "'ve", "being", "am"}:
        return "present"
    return None


def _narrative(root: Token) -> bool:
    """A logistics, procedure or schedule line ("holds a press conference", "the report
    outlines", "is due to be reviewed"), or the speaker organising the speech ("I now turn
    to", "we have copies upstairs")."""
    lemma = root.lemma_.lower()
    if lemma in lx.NARRATIVE_VERBS:
        return True
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in lx.SCHEDULE_WORDS for c in root.children):
        return True
    if lemma in {"expect", "schedule"} and any(c.dep_ == "auxpass" for c in root.children):
        return True  # "the corridors are expected to open on 1 March"
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in {"able", "unable"} for c in root.children):
        return True  # what the speaker could or could not do ("I am unable to assess…") reports, not judges
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    organising = (lx.LOGISTIC_VERBS - {"be"}) | {"look"}  # "we are on the eve of…" is a position
    return subject is not None and subject.lower_ in lx.FIRST_PERSON and lemma in organising


def _identity(root: Token) -> bool:
    """A biography line: "X is a professor", "She serves on the Committee" - the
    complement is a position someone holds, with no evaluation of it."""
    if root.lemma_ == "serve":
        return not _evaluated(root)
    if root.lemma_ != "be":
        return False
    attrs = [c for c in root.children if c.dep_ == "attr"]
    return any(a.lemma_.lower() in lx.POSITION_NOUNS and not _evaluated(a) for a in attrs)


def _evaluated(token: Token) -> bool:
    return any(t.lower_ in lx.POSITIVE_MODIFIERS | lx.NEGATIVE_MODIFIERS | lx.PRAISE_WORDS for t in token.subtree)


def _bare_figure(sent: Span, root: Token) -> bool:
    """A count with nothing said about it ("we have 1,131 staff in 58 countries");
    a count of harm ("1,000 children have been killed") is a finding, kept."""
    if not any(t.pos_ == "NUM" for t in sent) or root.lemma_ not in {"be", "have", "number", "total", "reach"}:
        return False
    return not any(_harm(t) or t.lower_ in lx.PRAISE_WORDS | lx.NEGATIVE_MODIFIERS for t in sent)


def _harm(token: Token) -> bool:
    return token.lemma_.lower() in lx.HARM_WORDS or token.lower_ in lx.HARM_WORDS


def _predicate(sent: Span, root: Token, form: str) -> tuple[str, str, Token]:
    if form == "obligation":
        return "call", "neutral", root
    if any(_harm(t) for t in sent) or any(t.lower_ in lx.NEGATIVE_MODIFIERS for t in sent):
        return "note", "negative", root
    if any(t.lower_ in lx.PRAISE_WORDS for t in sent):
        return "praise", "positive", root
    stance = "positive" if any(t.lower_ in lx.POSITIVE_MODIFIERS for t in sent) else "neutral"
    return ("note" if _specific(root) else "stress"), stance, root


def _specific(root: Token) -> bool:
    """Is the assertion about a particular thing ("the country is stable", "we are off to a
    strong start": an observation, `note`) rather than a general one ("refugees need…",
    "human rights are about people": a principle, `stress`)?"""
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ == "VBG":
        return False
    if subject.lower_ in {"we", "i", "he", "she"} or subject.ent_type_ in {"GPE", "ORG", "PERSON"}:
        return True
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those", "our", "my", "its"}
               for c in subject.children)
