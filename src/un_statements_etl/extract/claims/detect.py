"""Claim cues found over the dependency parse, one rule per syntactic form.

Each rule looks at one token in its syntactic role and returns a `Cue` or None:

    verb         a cue verb with a subject that can hold a position ("I welcome", "X urged")
    state        a speaker's state ("I am deeply concerned", "we are encouraged to see")
    noun         a cue noun carried by a verb or a first-person owner ("I share the concerns")
    reported     speech reported from a third party ("the Government stated that it will")
    commitment   a first-person future act ("I will continue to follow up")
    evaluative   an evaluative copula or passive ("are deeply worrying", "is also welcome")
    deontic      necessity with a complement ("it is important that…", "is crucial to…")
    modal        obligation on others ("must be protected", "need to be subject to")
    role         "X has an important role to play"
    assessment   an evaluated existence or effect ("there have been important reforms")
    assertion    with no cue at all: a position stated as a plain assertion (assertion.py)

A sentence holds at most one claim: the cue with the highest rank, then nearest the root.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import lexicon as lx
from .assertion import assertion
from .attribution import find_agent, own_voice, plausible_agent
from .stance import content_polarity, negated, polarity

Token = Any


@dataclass(frozen=True)
class Cue:
    predicate: str
    token: Token
    rule: str
    rank: int  # 3 explicit act, 2 reported or promised, 1 evaluation without a verb of speech
    confidence: float
    agent: Token | None = None  # None: the statement's own voice
    stance: str | None = None  # overrides the predicate's default stance
    absorbs_negation: bool = False  # the cue is the negation ("not acceptable"): never flip


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def best_cue(sent: Any, last: bool = False) -> Cue | None:
    """The one cue a sentence's claim is built on, or None for a non-claim; with no cue at
    all, the sentence may still be an assertion (assertion.py). `last`: the document's last
    sentence, which may have been cut."""
    cues = [c for tok in sent for rule in RULES if (c := rule(tok)) is not None]
    if not cues:
        found = assertion(sent, last)
        if found is None:
            return None
        predicate, stance, verb = found
        return Cue(predicate, verb, "assertion", 0, 0.45, stance=stance, absorbs_negation=True)
    cues = [c for c in cues if not _audience(c)]
    if not cues:
        return None
    return max(cues, key=lambda c: (c.rank, -_depth(c.token), -c.token.i))


def _audience(cue: Cue) -> bool:
    """Courtesies to the audience ("thank you all for joining", "I welcome you"): thanks
    for something done ("thank you for proposing the resolution") are a position."""
    if cue.predicate not in {"thank", "hope", "welcome"}:
        return False
    subtree = list(cue.token.subtree)
    if not any(t.lower_ in {"you", "everyone", "everybody"} for t in subtree):
        return False
    return cue.predicate != "thank" or any(t.lemma_.lower() in lx.COURTESY_ACTS for t in subtree) or \
        not any(t.dep_ == "prep" and t.lower_ == "for" for t in subtree)


def _first_person(agent: Token | None) -> bool:
    return agent is not None and own_voice(agent)


def cue_lemma(tok: Token) -> str:
    """The token's lemma, repaired from its form when the model's lemma is not a cue word
    (the small model lemmatises "hopes" as "hop")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if lemma in lx.VERB_CUES:
        return lemma
    for cut in (1, 2):
        if low.endswith(("s", "d") if cut == 1 else ("es", "ed")) and low[:-cut] in lx.VERB_CUES:
            return low[:-cut]
    return lemma


def _verb_predicate(tok: Token) -> str | None:
    lemma = cue_lemma(tok)
    for child in tok.children:
        phrasal = child.dep_ in {"prt", "prep", "advmod", "aux"} and (lemma, child.lower_) in lx.PHRASAL_CUES
        if phrasal and not (lemma == "call" and child.lower_ == "for" and tok.head.lemma_ == "be"):
            return lx.PHRASAL_CUES[(lemma, child.lower_)]
    if lemma not in lx.VERB_CUES:
        return None
    objects = {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"}
    if lemma == "raise" and (not objects or objects & lx.RAISE_NON_OBJECTS):
        return None
    if lx.VERB_CUES[lemma] == "stress" and objects & lx.META_OBJECTS:
        return None
    manner = [g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    if lemma == "note" and manner and manner[0] in lx.NOUN_CUES:
        return lx.NOUN_CUES[manner[0]]  # "notes with appreciation", "note with regret"
    return lx.VERB_CUES[lemma]


def verb_rule(tok: Token) -> Cue | None:
    gerund_noun = tok.tag_ == "VBG" and tok.dep_ in {"nsubj", "dobj", "pobj"}
    if tok.pos_ != "VERB" or tok.dep_ in {"amod", "acl", "relcl", "compound"} or gerund_noun:
        return None
    predicate = _verb_predicate(tok)
    if predicate is None:
        return None
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)
    agent = find_agent(tok)
    if passive or agent is None:
        return None
    first = _first_person(agent)
    if first and any(c.dep_ in {"dobj", "dative"} and c.lower_ in lx.FIRST_PERSON for c in tok.children):
        return None  # a request made to the speaker ("asking me to raise…") is not the speaker's
    stance = "negative" if predicate in {"call", "urge", "appeal"} and _ends_something(tok) else None
    return Cue(predicate, tok, "first_person_verb" if first else "attributed_verb", 3,
               0.9 if first else 0.8, agent, stance)


def _ends_something(tok: Token) -> bool:
    """A demand to end something ("called for its repeal") opposes its target."""
    objects = [g for c in tok.children if c.dep_ in {"prep", "xcomp", "dobj"}
               for g in (c, *c.children) if g.dep_ in {"pobj", "xcomp", "dobj"}]
    return any(o.lemma_.lower() in lx.ENDING_WORDS for o in objects)


def state_rule(tok: Token) -> Cue | None:
    predicate = lx.STATE_CUES.get(tok.lower_)
    if predicate is None or tok.dep_ in {"amod", "relcl", "acl"}:
        return None
    copula = tok.dep_ == "acomp" and tok.head.lemma_ in {"be", "remain", "feel", "become", "seem"}
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    if not (copula or passive):
        return None
    agent = find_agent(tok.head if copula else tok)
    if agent is None:
        return None
    first = _first_person(agent)
    return Cue(predicate, tok, "first_person_state" if first else "attributed_state", 3, 0.85, agent)


def noun_rule(tok: Token) -> Cue | None:
    predicate = lx.NOUN_CUES.get(tok.lemma_.lower())
    if predicate is None or tok.pos_ != "NOUN":
        return None
    head = tok.head.head if tok.dep_ == "conj" else tok.head
    dep = tok.head.dep_ if tok.dep_ == "conj" else tok.dep_
    if dep == "dobj" and head.lemma_.lower() in lx.CARRIER_VERBS:
        agent = find_agent(head)
        if agent is not None:
            rule = "first_person_noun" if _first_person(agent) else "attributed_noun"
            return Cue(predicate, tok, rule, 3, 0.85, agent)
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lx.FIRST_PERSON), None)
    if owner is not None and tok.dep_ in {"nsubj", "attr", "ROOT", "dobj"} and predicate != "stress":
        return Cue(predicate, tok, "first_person_noun", 3, 0.8, owner)
    return None


def reported_rule(tok: Token) -> Cue | None:
    """Speech of a third party: a commitment when it speaks of its future acts, else a note."""
    if tok.lemma_ not in lx.REPORTING_VERBS or tok.pos_ != "VERB" or tok.dep_ in {"relcl", "acl", "amod"}:
        return None
    agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if agent is None or _first_person(agent) or not plausible_agent(agent):
        return None
    content = next((c for c in tok.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if content is None:
        return None
    if any(c.lower_ in {"will", "shall", "would"} and c.dep_ == "aux" for c in content.children):
        return Cue("commit", tok, "reported_commitment", 2, 0.7, agent)
    inner = [c for t in content.subtree for rule in RULES[4:] if (c := rule(t)) is not None]
    if inner:
        best = max(inner, key=lambda c: (c.rank, -_depth(c.token)))
        return Cue(best.predicate, best.token, "reported_speech", 2, 0.7, agent, best.stance)
    if tok.lemma_ == "warn":
        return Cue("warn", tok, "reported_speech", 2, 0.55, agent)
    return Cue("note", tok, "reported_speech", 2, 0.55, agent, content_polarity(content.subtree))


def commitment_rule(tok: Token) -> Cue | None:
    if tok.pos_ != "VERB" or tok.dep_ not in {"ROOT", "conj"}:
        return None
    if not any(c.lower_ in {"will", "shall", "'ll"} and c.dep_ == "aux" for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    agent = find_agent(tok)
    if not _first_person(agent) or (lemma in lx.LOGISTIC_VERBS and lemma != "continue"):
        return None
    return Cue("commit", tok, "first_person_commitment", 2, 0.65, agent)


def evaluative_rule(tok: Token) -> Cue | None:
    predicate = lx.EVALUATIVE.get(tok.lower_) or lx.EVALUATIVE.get(tok.lemma_.lower())
    predicate = predicate or ("negated" if tok.lower_ in lx.NEGATED_EVALUATIVE else None)
    if predicate is None or tok.dep_ in {"amod", "compound", "relcl", "acl", "advmod"}:
        return None
    copula = tok.dep_ in {"acomp", "attr"} and tok.head.lemma_ in {"be", "remain", "become", "prove"}
    copula = copula or (tok.dep_ == "dobj" and tok.head.lemma_ in {"constitute", "amount"})
    if predicate == "negated" and not negated(tok):
        return None
    participle = tok.pos_ in {"VERB", "ADJ"} and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be"
                                                     for c in tok.children)
    if not (copula or participle) or tok.head.dep_ in {"relcl", "acl"}:
        return None
    by_agent = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agent = by_agent[0] if by_agent and plausible_agent(by_agent[0]) else None
    if predicate == "negated":  # "not acceptable", "not compatible with"
        return Cue(lx.NEGATED_EVALUATIVE[tok.lower_], tok, "evaluative", 1, 0.7, agent, "negative", True)
    return Cue(predicate, tok, "evaluative", 1, 0.75, agent)


def deontic_rule(tok: Token) -> Cue | None:
    if tok.lower_ not in lx.DEONTIC or tok.dep_ not in {"acomp", "attr"} or tok.head.lemma_ != "be":
        return None
    clause = [c for c in (*tok.children, *tok.head.children) if c.dep_ in {"ccomp", "xcomp", "csubj"}
              or (c.dep_ == "advcl" and any(m.lower_ in {"for", "that", "to"} for m in c.children))]
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in tok.head.children)
    clause += [c for c in tok.head.children if expletive and c.dep_ == "conj" and c.pos_ == "VERB"]
    if not clause and tok.head.dep_ == "ROOT" and tok.head.children:
        subj = next((c for c in tok.head.children if c.dep_ == "csubj"), None)
        clause = [subj] if subj is not None else []
    if not clause or tok.head.dep_ in {"relcl", "acl", "advcl"}:
        return None
    return Cue("call", tok, "deontic", 1, 0.7)


def modal_rule(tok: Token) -> Cue | None:
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    reported = tok.dep_ == "ccomp" and tok.head.lemma_ in lx.REPORTING_VERBS
    if not (tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT") or reported):
        return None
    obliged = any(c.dep_ == "aux" and c.lower_ in lx.DEONTIC_MODALS for c in tok.children)
    need = tok.lemma_ == "need" and any(c.dep_ == "xcomp" for c in tok.children)
    if not (obliged or need):
        return None
    subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and tok.dep_ == "conj":
        subject = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in {"i", "me", "you", "this", "which"}:
        return None
    stance = "negative" if tok.lemma_.lower() in lx.ENDING_WORDS else None
    return Cue("call", tok, "deontic_modal", 1, 0.65, stance=stance)


def role_rule(tok: Token) -> Cue | None:
    if tok.lemma_ not in lx.ROLE_NOUNS or tok.dep_ not in {"dobj", "attr"}:
        return None
    if tok.head.lemma_ not in {"have", "play", "be"} or tok.head.dep_ not in {"ROOT", "conj"}:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in lx.DEONTIC | lx.POSITIVE_MODIFIERS for c in tok.children):
        return None
    return Cue("stress", tok, "role", 1, 0.6)


def assessment_rule(tok: Token) -> Cue | None:
    """An existence or effect the speaker evaluates; "go a long way" in the same class."""
    if tok.lemma_ == "way" and tok.head.lemma_ == "go" and any(c.lower_ == "long" for c in tok.children):
        return Cue("praise", tok, "assessment", 1, 0.55, stance="positive")
    head = tok.head
    existential = head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children) and tok.dep_ == "attr"
    effect = head.lemma_ == "have" and tok.dep_ == "dobj" and tok.lemma_ in {"impact", "effect", "consequence"}
    if not (existential or effect) or head.dep_ not in {"ROOT", "conj"}:
        return None
    modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    mood = polarity(modifiers)
    if mood == "neutral":
        return None
    return Cue("note", tok, "assessment", 1, 0.55, stance=mood)


def thanks_rule(tok: Token) -> Cue | None:
    """The speaker's "Thank you, Madam Chair, for…" (thanks for joining or listening are
    courtesies, see `_audience`) and a bare "Congratulations on your election." """
    if tok.dep_ == "ROOT" and tok.lower_ in lx.INTERJECTION_CUES:
        return Cue(lx.INTERJECTION_CUES[tok.lower_], tok, "first_person_noun", 3, 0.8)
    if tok.lemma_.lower() != "thank" or tok.dep_ != "ROOT" or any(c.dep_ == "nsubj" for c in tok.children):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children):
        return None
    return Cue("thank", tok, "first_person_verb", 3, 0.8)


RULES: tuple[Callable[[Token], Cue | None], ...] = (
    verb_rule, state_rule, noun_rule, reported_rule, commitment_rule, evaluative_rule,
    deontic_rule, modal_rule, role_rule, assessment_rule, thanks_rule)
RULE_NAMES = ("first_person_verb", "attributed_verb", "first_person_state", "attributed_state",
              "first_person_noun", "attributed_noun", "reported_commitment", "reported_speech",
              "first_person_commitment", "evaluative", "deontic", "deontic_modal", "role", "assessment",
              "assertion")
