"""Closed vocabularies of the claim extractor: cue words, the predicate each maps to, and
the default stance of every predicate.

`predicate` is a closed vocabulary aligned with the CAMEO/PLOVER verb classes that event
datasets use (see SCHEMA_NOTES.md for the table analysts read):

    welcome  commend  praise  appreciate  thank  congratulate    (approval)
    support  endorse                                             (support)
    concern  alarm  warn  condemn  deplore  denounce  criticise  (disapproval)
    regret  mourn
    deny  reject  oppose                                         (rejection, opposition)
    call  urge  encourage  appeal  recommend  demand             (demands, requests)
    stress  note  acknowledge  recall  reaffirm                  (assertions)
    assure  commit  agree  hope  look forward                    (promises, wishes)

Cue words are matched on the lemma or the lower-cased form of a token *in a syntactic
role* (detect.py decides the role); a word alone never makes a claim.
"""

from __future__ import annotations

PREDICATES = (
    "welcome", "commend", "praise", "appreciate", "thank",
    "concern", "alarm", "condemn", "regret", "deny",
    "call", "urge", "encourage", "appeal", "recommend",
    "stress", "note", "assure", "commit", "hope", "agree", "acknowledge", "look forward",
    # verbs of position that the first vocabulary folded into a neighbour or lacked (#15)
    "congratulate", "support", "endorse", "warn", "deplore", "denounce", "criticise", "mourn",
    "reject", "oppose", "demand", "recall", "reaffirm",
)
STANCES = ("positive", "negative", "neutral")

# default stance of each predicate, before negation and hedging
DEFAULT_STANCE = {
    **dict.fromkeys(("welcome", "commend", "praise", "appreciate", "thank", "agree", "look forward",
                     "acknowledge", "congratulate", "support", "endorse"), "positive"),
    **dict.fromkeys(("concern", "alarm", "condemn", "regret", "deny", "warn", "deplore", "denounce", "criticise",
                     "mourn", "reject", "oppose"), "negative"),
    **dict.fromkeys(("call", "urge", "encourage", "appeal", "recommend", "stress", "note", "assure",
                     "commit", "hope", "demand", "recall", "reaffirm"), "neutral"),
}

# verbs whose subject takes a position ("I welcome", "the Government assured me")
VERB_CUES = {
    "welcome": "welcome", "commend": "commend", "salute": "commend", "applaud": "commend",
    "congratulate": "congratulate", "praise": "praise", "hail": "praise", "laud": "praise",
    "appreciate": "appreciate", "value": "appreciate", "thank": "thank",
    "condemn": "condemn", "deplore": "deplore", "denounce": "denounce", "decry": "denounce",
    "regret": "regret", "lament": "regret", "deny": "deny", "reject": "reject", "refute": "deny",
    "dismiss": "reject", "oppose": "oppose", "criticise": "criticise", "criticize": "criticise",
    "support": "support", "endorse": "endorse", "back": "support", "demand": "demand", "warn": "warn",
    "mourn": "mourn", "recall": "recall", "urge": "urge", "implore": "urge", "encourage": "encourage",
    "appeal": "appeal", "recommend": "recommend", "stress": "stress", "emphasise": "stress",
    "emphasize": "stress", "underline": "stress", "underscore": "stress", "highlight": "stress",
    "insist": "stress", "reiterate": "stress", "reaffirm": "reaffirm", "remind": "stress",
    "overstate": "stress", "overemphasise": "stress", "overemphasize": "stress",
    "note": "note", "observe": "note", "assure": "assure", "reassure": "assure",
    "guarantee": "assure", "commit": "commit", "pledge": "commit", "promise": "commit",
    "vow": "commit", "hope": "hope", "wish": "hope", "agree": "agree",
    "acknowledge": "acknowledge", "recognise": "acknowledge", "recognize": "acknowledge",
    "fear": "concern", "worry": "concern", "raise": "concern", "respect": "praise", "admire": "praise",
}
# verbs that are cues only with a particle or preposition ("call on", "look forward to")
PHRASAL_CUES = {("call", "on"): "call", ("call", "upon"): "call", ("call", "for"): "call",
                ("look", "forward"): "look forward", ("ask", "to"): "call", ("request", "to"): "call"}
# "raise" is a cue of concern only with such objects, never "raise awareness"
RAISE_NON_OBJECTS = {"awareness", "fund", "money", "level", "standard", "hand", "voice", "capital", "flag"}
# objects that make a stress cue a piece of speech organisation ("let me highlight the key topics")
META_OBJECTS = {"topic", "point", "remark", "word", "thing", "few", "following", "example", "aspect"}

# states the speaker is in ("I am concerned", "we are encouraged to see")
STATE_CUES = {
    "concerned": "concern", "worried": "concern", "troubled": "concern", "disturbed": "concern",
    "alarmed": "alarm", "shocked": "alarm", "appalled": "condemn", "horrified": "alarm",
    "dismayed": "alarm", "outraged": "condemn", "encouraged": "welcome", "heartened": "welcome",
    "pleased": "welcome", "delighted": "welcome", "glad": "welcome", "happy": "welcome",
    "gratified": "welcome", "grateful": "thank", "thankful": "thank", "saddened": "regret",
    "disappointed": "regret", "sorry": "regret", "hopeful": "hope", "optimistic": "hope",
    "committed": "commit", "determined": "commit", "ready": "commit", "prepared": "commit",
}

# nouns that carry a position when the speaker expresses, shares or raises them
NOUN_CUES = {
    "concern": "concern", "worry": "concern", "alarm": "alarm", "condemnation": "condemn",
    "regret": "regret", "appreciation": "appreciate", "gratitude": "thank", "thanks": "thank",
    "call": "call", "appeal": "appeal", "recommendation": "recommend", "commitment": "commit",
    "hope": "hope", "support": "support", "solidarity": "support", "condolence": "regret",
    "sympathy": "regret", "importance": "stress", "disappointment": "regret", "outrage": "condemn",
    "criticism": "criticise", "warning": "warn", "opposition": "oppose", "congratulations": "congratulate",
}
# a sentence that is a bare noun of courtesy or grief ("Congratulations on your election, Mr. President.")
INTERJECTION_CUES = {"congratulations": "congratulate", "thanks": "thank", "condolences": "regret"}
# verbs that carry a noun cue ("I share the concerns", "we expressed our deep alarm")
CARRIER_VERBS = {"express", "share", "raise", "voice", "reiterate", "convey", "extend", "renew",
                 "reaffirm", "echo", "register", "offer", "repeat", "stress", "underline", "emphasise",
                 "emphasize", "underscore", "highlight"}

# evaluative predicates of a copula or a passive ("are deeply worrying", "is also welcome")
EVALUATIVE = {
    "welcome": "welcome", "welcomed": "welcome", "encouraging": "welcome", "positive": "welcome",
    "heartening": "welcome", "valued": "appreciate", "appreciated": "appreciate",
    "enriching": "appreciate", "valuable": "appreciate", "commendable": "commend",
    "laudable": "commend", "praiseworthy": "commend", "remarkable": "praise", "impressive": "praise",
    "tremendous": "praise", "exemplary": "praise", "respected": "praise", "admired": "praise",
    "achievement": "praise", "accomplishment": "praise", "milestone": "welcome", "breakthrough": "welcome",
    "worrying": "concern", "concerning": "concern", "troubling": "concern", "disturbing": "concern",
    "worrisome": "concern", "alarming": "alarm", "shocking": "alarm", "appalling": "condemn",
    "unacceptable": "condemn", "deplorable": "condemn", "abhorrent": "condemn", "outrageous": "condemn",
    "reprehensible": "condemn", "unjustifiable": "condemn", "atrocity": "condemn",
    "regrettable": "regret", "unfortunate": "regret", "tragic": "regret", "tragedy": "regret",
    "violation": "condemn", "abuse": "condemn", "crime": "condemn",
}
# words that take a position only when negated ("is not acceptable", "not conducive to")
NEGATED_EVALUATIVE = {"acceptable": "condemn", "tolerable": "condemn", "justifiable": "condemn",
                      "justified": "condemn", "compatible": "concern", "consistent": "concern",
                      "conducive": "concern", "helpful": "concern", "sufficient": "concern",
                      "adequate": "concern", "credible": "concern"}
# adjectives of necessity: "it is important that…", "X is crucial to…" (a call on someone)
DEONTIC = {"important", "crucial", "critical", "essential", "vital", "imperative", "necessary",
           "paramount", "urgent", "indispensable", "fundamental", "key"}
# modal verbs of obligation with a non-first-person subject ("must be protected")
DEONTIC_MODALS = {"must", "should", "ought"}

# adjectives that make a noun phrase evaluative ("important reforms", "a terrible impact")
POSITIVE_MODIFIERS = {"important", "significant", "positive", "welcome", "encouraging", "remarkable",
                      "tremendous", "commendable", "meaningful", "impressive", "valuable", "notable",
                      "constructive", "landmark", "historic", "good", "great", "substantial"}
NEGATIVE_MODIFIERS = {"terrible", "serious", "grave", "severe", "devastating", "dire", "alarming",
                      "worrying", "disturbing", "appalling", "horrific", "catastrophic", "dramatic",
                      "deplorable", "egregious", "gross", "widespread", "systematic", "dreadful"}
# nouns of a role statement: "civil society has an important role to play"
ROLE_NOUNS = {"role", "responsibility", "part", "duty", "obligation"}

# verbs that report speech; their complement holds the position
REPORTING_VERBS = {"say", "state", "tell", "add", "declare", "announce", "explain", "affirm",
                   "indicate", "inform", "conclude", "find", "report", "confirm", "maintain",
                   "argue", "warn", "claim", "contend", "point"}

# first-person future acts that are not commitments but speech organisation
LOGISTIC_VERBS = {"take", "give", "hand", "turn", "start", "begin", "conclude", "end", "stop", "open",
                  "close", "answer", "read", "introduce", "say", "speak", "outline", "brief", "update",
                  "present", "be", "have", "try", "leave", "travel", "return", "go", "come"}

# nouns that can hold a position (subjects that may speak)
AGENT_NOUNS = {
    "government", "authority", "body", "mechanism", "expert", "rapporteur", "committee", "council",
    "secretary", "general", "spokesperson", "spokesman", "spokeswoman", "commissioner", "office",
    "minister", "ministry", "official", "president", "state", "party", "delegation", "team",
    "mission", "country", "member", "organisation", "organization", "agency", "union", "group",
    "court", "chair", "chairperson", "envoy", "coordinator", "representative", "leader", "people",
    "community", "society", "ngo", "activist", "defender", "family", "victim", "survivor",
    "colleague", "staff", "procedure", "assembly", "panel", "investigator", "monitor",
    "secretary-general", "director", "head", "chief", "administration", "police", "army",
    "speaker", "participant", "delegate", "signatory",
}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves", "mine", "ours"}
THIRD_PERSON = {"he", "she", "him", "her", "they", "them"}
# bare references to the state a statement is about: "the Government", "the authorities"
STATE_REFERENCES = {"government", "authorities", "authority", "state", "regime", "administration"}
# role words: a subject made only of these names the statement's own speaker by role
# words of the speaker's own institution: "my Office", "the United Nations will continue"
INSTITUTION_WORDS = {"un", "united", "nations", "office", "organization", "organisation", "secretariat"}
ROLE_WORDS = {"secretary", "general", "secretary-general", "high", "commissioner", "special",
              "rapporteur", "independent", "expert", "spokesperson", "spokesman", "spokeswoman",
              "deputy", "assistant", "under", "president", "chair", "envoy", "coordinator", "director",
              "representative", "un", "for", "human", "rights", "on", "the", "of", "-"}
# objects of a demand that oppose its target ("called for its repeal")
ENDING_WORDS = {"repeal", "abolish", "abolition", "end", "halt", "stop", "cease", "cessation", "withdraw",
                "withdrawal", "revoke", "revocation", "dismantle", "dismantling", "close", "closure",
                "lift", "rescind", "suspend", "suspension"}

# --- assertions (assertion.py): sentences that take a position without a cue word ---
# main verbs of logistics, procedure and narration: a present-tense sentence on them
# reports an event ("the Committee holds its session", "the report outlines"), not a position
NARRATIVE_VERBS = {"meet", "hold", "travel", "visit", "arrive", "attend", "participate", "join", "deliver",
                   "read", "present", "receive", "return", "leave", "discuss", "chair", "open", "begin",
                   "start", "close", "follow", "hear", "introduce", "brief", "launch", "sign", "appoint",
                   "elect", "adopt", "publish", "release", "issue", "host", "outline", "convene", "schedule",
                   "consist", "comprise", "contain", "run", "take", "speak", "report", "cover", "list",
                   "conclude", "concern", "relate", "refer", "describe", "formulate", "inform", "plan"}
# complements that make "X is …" a schedule ("is due to be reviewed", "is set to open")
SCHEDULE_WORDS = {"due", "set", "scheduled", "expected", "slated", "planned"}
# nouns of a post or a membership: "X is a professor", "they are part of the Special Procedures"
POSITION_NOUNS = {"professor", "president", "member", "chair", "chairperson", "director", "head", "chief",
                  "minister", "ambassador", "judge", "lawyer", "expert", "rapporteur", "staff", "part", "name",
                  "student", "graduate", "founder", "author", "spokesperson", "representative", "secretary",
                  "officer", "coordinator", "holder", "commissioner", "envoy", "advocate", "national",
                  "citizen", "composer", "journalist", "editor", "researcher", "fellow", "partner"}
# words that praise someone's qualities or work ("an extraordinary High Commissioner")
PRAISE_WORDS = {"extraordinary", "outstanding", "exceptional", "excellent", "effective", "dependable",
                "tireless", "tirelessly", "dedicated", "dedication", "inspiration", "inspiring", "courage",
                "courageous", "leadership", "wisdom", "success", "successful", "invaluable", "generous", "vital",
                "skilful", "skillful", "deft", "brilliant", "admirable", "indispensable", "determination",
                "strengthened", "exemplary", "remarkable", "tremendous", "impressive", "commendable"}
# words of harm done or suffered: a sentence reporting them states a (negative) finding
HARM_WORDS = {"kill", "killed", "killing", "injure", "injured", "displace", "displaced", "displacement",
              "detain", "detained", "detention", "torture", "tortured", "starve", "starved", "bomb", "bombed",
              "attack", "violence", "violation", "abuse", "death", "die", "died", "destroy", "destruction",
              "erode", "eroded", "undermine", "threaten", "threat", "suffer", "suffering", "crisis", "hunger",
              "famine", "poverty", "inequality", "inequalities", "injustice", "discrimination", "conflict",
              "war", "overwhelm", "overwhelmed", "collapse", "setback", "disregard", "flee", "trapped",
              "imprison", "imprisoned", "persecution", "harassment", "reprisal", "reprisals", "impunity"}
# what a courtesy thanks the audience for ("thank you all for joining"): not a position
COURTESY_ACTS = {"join", "come", "attend", "listen", "attention", "presence", "participation", "here", "patience"}
