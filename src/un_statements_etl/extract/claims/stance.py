"""Stance of a claim: the predicate's default, flipped by negation, weakened by hedging.

"I do not welcome" and "is not acceptable" flip a positive or negative stance; calls,
notes and other neutral acts stay neutral. "would welcome", "may be", a condition or a
question lower the confidence instead of changing the stance.
"""

from __future__ import annotations

from typing import Any

from .lexicon import DEFAULT_STANCE, HARM_WORDS, NEGATIVE_MODIFIERS, POSITIVE_MODIFIERS, PRAISE_WORDS

Token = Any

NEGATORS = {"not", "n't", "never", "no", "nor", "neither", "hardly"}
INCAPABLE = {"unable", "fail", "refuse", "cannot", "decline"}
HEDGES = {"would", "could", "might", "may", "perhaps", "possibly", "seem", "appear"}
# idioms whose negation is emphasis, not denial ("I cannot overstate")
NEGATION_IS_EMPHASIS = {"overstate", "overemphasise", "overemphasize", "stress", "emphasise"}


def flip(stance: str) -> str:
    """Negation turns approval into disapproval and back; neutral acts stay neutral.

    >>> flip("positive"), flip("negative"), flip("neutral")
    ('negative', 'positive', 'neutral')
    """
    return {"positive": "negative", "negative": "positive"}.get(stance, stance)


def negated(token: Token) -> bool:
    """Is the cue negated: on itself, its copula or auxiliary, or by "unable to"/"fail to"?"""
    if token.lemma_.lower() in NEGATION_IS_EMPHASIS:
        return False
    scope = [token]
    if token.dep_ in {"acomp", "attr"}:
        scope.append(token.head)
    for tok in scope:
        if any(c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in {"advmod", "det"}) for c in tok.children):
            return True
    head = token.head
    return token.dep_ == "xcomp" and (head.lemma_.lower() in INCAPABLE
                                      or any(c.lower_ in INCAPABLE for c in head.children))


def hedged(token: Token) -> bool:
    """Is the cue softened by a modal, a condition or a question?"""
    if any(c.lower_ in HEDGES and c.dep_ in {"aux", "advmod"} for c in token.children):
        return True
    sentence = token.sent
    if sentence.text.rstrip().endswith("?"):
        return True
    return any(t.dep_ == "mark" and t.lower_ in {"if", "whether", "unless"} and t.head.i == token.i
               for t in sentence)


def polarity(tokens: Any) -> str:
    """Polarity of evaluative words among tokens: negative wins over positive.

    Takes any iterable of tokens (or of objects with `lower_`)."""
    words = {t.lower_ for t in tokens}
    if words & NEGATIVE_MODIFIERS:
        return "negative"
    if words & POSITIVE_MODIFIERS:
        return "positive"
    return "neutral"


def content_polarity(tokens: Any) -> str | None:
    """Stance of reported content by what it reports: harm or a negative evaluation is
    negative, praise or a positive evaluation positive; None when it says neither."""
    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    if words & (HARM_WORDS | NEGATIVE_MODIFIERS):
        return "negative"
    if words & (PRAISE_WORDS | POSITIVE_MODIFIERS):
        return "positive"
    return None


def stance_of(predicate: str, token: Token, hint: str | None = None) -> str:
    """Default stance of the predicate (or the rule's hint), flipped when negated."""
    stance = hint or DEFAULT_STANCE[predicate]
    return flip(stance) if negated(token) else stance
