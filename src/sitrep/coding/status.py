"""What the text commits to about an event: asserted, reported, claimed, denied, negated, planned, hypothetical,
conditional (docs/event-record.md, docs/status.md).

`read_status(trigger, cues=...)` walks from the trigger up the dependency tree and collects the cues that govern it
(negation, modals, "if"/"unless" clauses, planning verbs and nouns, reporting verbs, denials, claims of
responsibility). The strongest cue wins, in the order of STATUS_PRECEDENCE. The cue words are data
(`data/status/cues.csv`); the constructions (which edges a cue reaches through) are the code below.

A report of one's own action is a claim: "the Arakan Army said it had captured Paletwa", "'we struck', a
spokesman said" are `claimed`. A future in reported speech is a plan: "said it would withdraw" is `planned`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..datafiles import data_path, read_table
from ..errors import DictionaryError
from ..records import STATUSES
from . import cue_scopes
from .arguments import subject, support_verb_of
from .cue_scopes import CUE_SCOPES, in_scope
from .holders import headline_source, holder_of, same_state, subject_phrase
from .permission import movement_withheld
from .phrases import child_indexes, span_text, token_labels
from .quotes import quote_speaker_at

STATUS_PRECEDENCE = (
    "denied",
    "negated",
    "conditional",
    "hypothetical",
    "planned",
    "claimed",
    "reported",
    "asserted",
)
CUE_POS = ("VERB", "NOUN", "AUX", "SCONJ", "ADP", "ADJ", "ADV")
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "noone"})
SUBJECT_EDGES = ("nsubj", "csubj")  # a verb's lexical cue does not reach its active subject ("talks failed")
MODIFIER_STATUSES = frozenset({"planned", "hypothetical", "claimed", "reported"})
SEQUENCE_MARKS = frozenset({"after", "before", "since", "until", "despite"})
ATTRIBUTION_STATUSES = frozenset({"reported", "claimed", "denied"})
INVERTED_CONDITIONALS = frozenset({"should", "had", "were"})  # "Should the rebels cross the river, ..."
CONDITIONAL_NOUNS = frozenset({"event", "case"})  # "in the event of an attack", "in case of"
# verbs by which a party owns its act: "claimed / admitted / accepted responsibility for the bombings"
CLAIMING_VERBS = frozenset({"claim", "admit", "accept"})
SELF_PRONOUNS = {"it": "singular", "its": "singular", "they": "plural", "their": "plural", "them": "plural"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my"})
# who is taken when "claim" means taking lives: "claimed 30 lives", "six martyrs were claimed in the bombing"
LIVES = frozenset({
    "life", "victim", "casualty", "people", "person", "civilian", "soldier", "martyr", "dead", "wounded",
    "injured", "child", "resident",
})
# verbs that carry out what their object noun names: "mounted its long-threatened invasion" asserts the invasion
REALIZING_VERBS = frozenset({
    "carry", "conduct", "launch", "mount", "stage", "begin", "start", "wage", "unleash", "undertake", "perform",
    "execute", "initiate", "resume", "complete", "intensify", "escalate",
})

# verbs that set an event against another: "could rival the siege of Aleppo" names a siege that happened, whatever
# the modal says of the comparison
COMPARISON_VERBS = frozenset({
    "match", "rival", "resemble", "recall", "exceed", "surpass", "echo", "mirror", "eclipse", "dwarf", "evoke",
    "equal", "outstrip",
})
# stances taken by saying them: "X said it opposed the plan" is X opposing it, not a claim of a deed
SPOKEN_STANCES = frozenset({
    "agree", "welcome", "oppose", "reject", "condemn", "endorse", "praise", "criticise", "criticize", "denounce",
    "deplore", "applaud",
})


@dataclass(frozen=True)
class StatusCues:
    """Cue lemma + coarse POS → status, and the cues.csv `scope` of those whose reach is limited (`in_scope`)."""

    by_key: dict[tuple[str, str], str]
    scopes: dict[tuple[str, str], str] = field(default_factory=dict)
    headline_sources: frozenset[str] = frozenset()  # "Monitors: 15 killed ...", "... - Monitor" (lemmas)

    def status_of(self, token: Token) -> str | None:
        return self.by_key.get(cue_key(token))

    def governor_status(self, governor: Token, via: Token, *, trigger: Token | None = None) -> str | None:
        """The status `governor`'s own word gives an event (`trigger`) below it, reached through its child `via`."""
        key = cue_key(governor)
        status = self.by_key.get(key)
        if status is None or not in_scope(self.scopes.get(key, ""), governor, via, trigger=trigger, cues=self):
            return None
        return status


def cue_key(token: Token) -> tuple[str, str]:
    """(lemma, POS) as cues.csv spells it; an AUX used as a main verb ("is set to") counts as a VERB."""
    pos = "VERB" if token.pos_ == "AUX" and token.dep_ != "aux" else token.pos_
    return token.lemma_.lower(), pos


@dataclass
class StatusReading:
    """The status of an event, the token that gave it, and the phrase of the party it is attributed to."""

    status: str
    cue: Token | None = None
    holder: Span | None = None


@cache
def load_status_cues(path: Path | None = None) -> StatusCues:
    """Load and validate data/status/cues.csv (or `path`)."""
    path = path or data_path("status/cues.csv")
    by_key: dict[tuple[str, str], str] = {}
    scopes: dict[tuple[str, str], str] = {}
    headline: set[str] = set()
    for line, row in read_table(path, required=("lemma", "pos", "status")):
        if row["status"] not in STATUSES or row["status"] == "asserted":
            raise DictionaryError(str(path), line, f"unknown status {row['status']!r}")
        if row["pos"] not in CUE_POS:
            raise DictionaryError(str(path), line, f"pos must be one of {', '.join(CUE_POS)}")
        if row.get("scope", "") not in CUE_SCOPES:
            raise DictionaryError(str(path), line, f"scope must be one of {CUE_SCOPES}")
        key = (row["lemma"].lower(), row["pos"])
        if row.get("scope") == "headline":  # a source tag of a headline, no cue word elsewhere
            headline.add(key[0])
            continue
        if key in by_key:
            raise DictionaryError(str(path), line, f"duplicate cue {key[0]}/{key[1]}")
        by_key[key] = row["status"]
        if row.get("scope"):
            scopes[key] = row["scope"]
    return StatusCues(by_key, scopes, frozenset(headline))


def stronger(a: str, b: str) -> str:
    """The status that takes precedence."""
    return a if STATUS_PRECEDENCE.index(a) <= STATUS_PRECEDENCE.index(b) else b


# --- cues on one node --------------------------------------------------------------------------------------------


def _own_cues(node: Token, cues: StatusCues, *, is_trigger: bool = False) -> list[tuple[str, Token]]:
    """Cues attached to `node` itself: negation, modal/future auxiliaries, "if"/"unless", cue adverbs and
    adjectives, conditional clauses and a trailing reporting clause ("..., Human Rights Watch reported").
    "no" counts on the trigger ("no air strikes") and on a cue noun ("no plans to"), not on other nouns
    ("no details of what they discussed")."""
    found: list[tuple[str, Token]] = []
    for child in node.children:
        if child.dep_ == "det" and child.lower_ == "no":
            status = "negated" if is_trigger or cues.status_of(node) is not None else None
        else:
            status = _child_status(node, child, cues)
        if status is not None:
            found.append((status, child))
    return found


def _child_status(node: Token, child: Token, cues: StatusCues) -> str | None:
    dep = child.dep_
    if dep == "neg" or (dep == "advmod" and (child.lower_ == "never" or _no_longer(child))):
        return "negated"
    if dep in ("nsubj", "nsubjpass") and (_negative_subject(child) or _no_subject(node, child, cues)):
        return "negated"
    if dep == "aux":
        return _aux_status(node, child, cues)
    if dep == "mark":
        return cues.by_key.get((child.lower_, "SCONJ"))
    if dep == "advcl":
        return _advcl_status(child, cues)
    if dep == "parataxis":
        return _reporting_clause_status(child, cues)
    if dep == "advmod":
        return cues.by_key.get((child.lower_, "ADV"))
    if dep == "amod":
        status = cues.by_key.get((child.lower_, "ADJ")) or cues.by_key.get((child.lemma_.lower(), "VERB"))
        if status in ("planned", "hypothetical") and _carried_out(node):
            return None  # "launched the planned offensive": the modifier tells the noun's history
        return status if status in MODIFIER_STATUSES else None
    if (
        dep == "prep"
        and child.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in CONDITIONAL_NOUNS and not _as_for(g) for g in child.children)
    ):
        return "conditional"
    return None


def _as_for(noun: Token) -> bool:
    """ "in the case of the two worst explosions": "as for" what the text names, not a condition ("in case of
    an attack", "in the event of an attack" stay conditional)."""
    return noun.lemma_.lower() == "case" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _no_longer(adverb: Token) -> bool:
    """ "no longer demand", "no more attacks": the act has stopped (the parser hangs "no" on the adverb)."""
    return adverb.lower_ in ("longer", "more") and any(
        c.dep_ == "neg" and c.lower_ == "no" for c in adverb.children
    )


def _carried_out(noun: Token) -> bool:
    """True when a verb that carries out what the noun names governs it: "mounted its long-threatened invasion",
    "the planned offensive was launched"."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in REALIZING_VERBS


def _negative_subject(token: Token) -> bool:
    """A negative subject: "nobody", "none", "no one"."""
    return token.lower_ in NEGATIVE_SUBJECTS or (
        token.lower_ == "one" and any(c.lower_ == "no" for c in token.children)
    )


def _no_subject(node: Token, child: Token, cues: StatusCues) -> bool:
    """A subject under "no" of a cue verb: "no group has claimed the attack" (not "no evidence emerged that")."""
    return cues.status_of(node) is not None and _under_no(child)


def _under_no(noun: Token) -> bool:
    """A noun under the determiner "no": "no group", "no militant faction"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _negated_verb(verb: Token) -> bool:
    """A verb negated by its own words: "did not claim", "never claimed", "no group has claimed"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
               or (c.dep_ in ("nsubj", "nsubjpass") and (_negative_subject(c) or _under_no(c))) for c in verb.children)


def _aux_status(node: Token, aux: Token, cues: StatusCues) -> str | None:
    """A modal or future auxiliary; "would" in reported speech is a backshifted "will" ("said it would")."""
    status = cues.by_key.get((aux.lower_, "AUX"))
    if aux.lower_ == "would" and _in_reported_speech(node, cues):
        return cues.by_key.get(("will", "AUX"), status)
    return status


def _in_reported_speech(node: Token, cues: StatusCues) -> bool:
    """The verb is a reporting verb's complement, or a later conjunct of one ("said the front would be abandoned
    and all units would redeploy": both clauses are what was said)."""
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.head.i < node.i:
        node = node.head
    return (
        node.dep_ == "ccomp" and cues.status_of(node.head) is not None and node.head.pos_ in ("VERB", "AUX")
    )


def _advcl_status(clause: Token, cues: StatusCues) -> str | None:
    """An adverbial clause: "if"/"unless" or an inverted "should ..." make a conditional; a subject-bearing
    reporting verb with no subordinator is a trailing attribution ("..., Human Rights Watch reported")."""
    for child in clause.children:
        if child.dep_ == "mark" and cues.by_key.get((child.lower_, "SCONJ")) == "conditional":
            return "conditional"
    if _inverted_conditional(clause):
        return "conditional"
    return _reporting_clause_status(clause, cues)


def _inverted_conditional(clause: Token) -> bool:
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITIONALS and c.i < subj.i
        for c in clause.children
    )


def _reporting_clause_status(clause: Token, cues: StatusCues) -> str | None:
    """A finite reporting verb with no subordinator ("..., Human Rights Watch reported"); not a participle
    ("..., saying it was attacked") nor an "as"/"after" clause."""
    status = cues.status_of(clause)
    finite = clause.tag_ in FINITE_TAGS
    unsubordinated = not any(c.dep_ == "mark" for c in clause.children)
    return status if status in ("reported", "claimed") and finite and unsubordinated else None


# --- cues on the path up -----------------------------------------------------------------------------------------


def _reduced_relative(node: Token) -> bool:
    """A participle clause modifying a noun ("the convoy sent by Iran", "refugees, a rights group protested"): like a
    relative clause it tells of its own event, which the main clause's cues do not govern ("failed to stop the
    convoy sent by Iran": the sending happened). Not an infinitive ("plans to attack")."""
    return (
        node.dep_ == "acl"
        and node.tag_ in ("VBN", "VBG")
        and node.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "aux" for c in node.children)
    )


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


SEQUENCE_PREPS = frozenset(
    {"until", "after", "since", "following", "amid", "during", "over", "throughout", "despite"}
)  # whose event the negation of a past verb does not reach ("had avoided the war until a Turkish-led incursion",
# "did not leave after the raid", "were not targeted over the past month of airstrikes", "did not flee despite
# the shelling": a time frame, cause or obstacle that happened)


def _plain_past(verb: Token) -> bool:
    """A past verb with no modal ("had avoided", "did not leave"; not "would not leave", "will not talk")."""
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def governing_cues(trigger: Token, cues: StatusCues) -> list[tuple[str, Token]]:
    """Every cue on the path from the trigger to its sentence root, innermost first.

    A relative clause, also a reduced one ("the convoy sent by Iran", which only attributions cross), is a
    boundary. A conjoined verb is a sibling, not a governor: its own cue word does not apply, and its auxiliaries and negation apply only when the trigger's conjunct has no subject of its own. An adverbial
    clause ("after rebels attacked", "when troops withdrew") takes no cue from the verb it modifies, only from the
    reporting verbs above it; an infinitive of purpose ("massed troops to invade") is planned.
    """
    found = _own_cues(trigger, cues, is_trigger=True) + _question(trigger, trigger)
    found += [("hypothetical", det) for det in (cue_scopes.free_choice_any(trigger),) if det is not None]
    node, crossed_clause, detached, cancelled, open_question = trigger, False, False, False, False
    while node.head != node and node.dep_ != "relcl" and not _reduced_relative(node):
        child, edge = node, node.dep_
        node = node.head
        found.extend(_question(node, trigger))
        if edge == "dobj" and node.lemma_.lower() in COMPARISON_VERBS | cue_scopes.REACTION_VERBS:
            detached = True  # "could rival the siege of Aleppo", "failed to condemn the massacres": they happened
        if edge == "advcl" and _rival_statement(child, cues):
            node = child  # "accused X of Y while Damascus rejected the allegations": the rival's own word
            break
        if edge == "advcl":
            crossing = _advcl_crossing(child, node, cues, first_clause=not crossed_clause, trigger=trigger)
            found.extend(crossing)
            detached = detached or _finite_clause(child)  # "although Erdoğan described him": its own truth
            crossed_clause = True
            continue
        if edge == "prep" and child.lower_ in SEQUENCE_PREPS and child.i > node.i and _plain_past(node):
            crossed_clause = True  # "had avoided the war until a Turkish-led incursion": it happened
            continue
        crossed_clause = crossed_clause or edge in ("ccomp", "acl", "parataxis")
        status = cues.governor_status(node, child, trigger=trigger) if edge not in ("conj", *SUBJECT_EDGES) else None
        status = None if edge == "ccomp" and _bare_participle(node) else status
        status = None if status == "claimed" and _takes_lives(node) else status  # "the blast claimed 30 lives"
        if status == "denied" and child == trigger and cues.status_of(trigger) in ("reported", "claimed"):
            status = None  # "Damascus refuted these allegations": the allegations were made, their content denied
        own = _own_cues(node, cues) if not (edge == "conj" and _has_subject(child)) else []
        if cancelled:
            status, cancelled = (None if status == "negated" else status), False
        prevented = edge != "prep" or child.lower_ == "from"  # what the verb stops, not a time frame ("until")
        if status == "negated" and prevented and _negated_itself(node, own, cues):  # "failed to prevent the attack"
            own, cancelled = [(s, c) for s, c in own if s != "negated"], node.dep_ == "xcomp"
            status = None
        if status in ATTRIBUTION_STATUSES and any(s == "negated" for s, _ in own):
            status, own = None, [(s, c) for s, c in own if s != "negated"]  # "did not deny", "no one claimed"
        open_question = open_question or any(c.dep_ == "mark" and c.lower_ == "whether" for c in child.children)
        if open_question:  # "declined to comment on whether Turkey would fight": the question stays open
            status, own = (None if status == "negated" else status), [(s, c) for s, c in own if s != "negated"]
        if detached:  # above a finite adverbial clause only who says it reaches it, not negation or modals
            status = status if status in ATTRIBUTION_STATUSES else None
            own = [(s, c) for s, c in own if s in ATTRIBUTION_STATUSES]
        if status is not None:
            found.append((status, node))
        if edge == "xcomp" and _yet_to(node) and not detached:
            found.append(("negated", node))
        found.extend(own)
    if _reduced_relative(node):  # "property seized by forces, APS reported": the attribution still holds
        found.extend((s, c) for s, c in governing_cues(node.head, cues) if s in ("reported", "claimed"))
    elif cue_scopes.future_time_clause(node):  # "will be on display on Friday when Russia hosts a summit"
        found.extend((s, c) for s, c in governing_cues(node.head, cues) if s in ("planned", "hypothetical"))
    elif held := cue_scopes.held_infinitive(node, trigger, cues=cues):  # "the levers the US has to pressure"
        found.extend(held)
    elif node.dep_ == "relcl":  # "she reportedly married a man who was also killed": a hearsay adverb qualifies the
        # whole sentence; a verb of saying does not reach the writer's own relative clause ("said X, where Y")
        found.extend((s, c) for s, c in governing_cues(node.head, cues) if s in ("reported", "claimed")
                     and c.dep_ == "advmod")
    found.extend(_sentence_cues(trigger.sent))
    found.extend(cue_scopes.trailing_report(trigger, cues=cues))  # "..., the charity that runs it said."
    found.extend(("reported", tag) for tag in (headline_source(trigger.sent, cues.headline_sources),) if tag)
    return found


def _rival_statement(clause: Token, cues: StatusCues) -> bool:
    """A "while"/"whereas" clause in which another party reports, claims or denies ("Kyiv accused Moscow of shelling
    the plant, while Moscow said ..."): a statement set against the first, not within it."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return bool(marks & {"while", "whereas"}) and _has_subject(clause) and (
        cues.status_of(clause) in ATTRIBUTION_STATUSES)


def _takes_lives(verb: Token) -> bool:
    """ "claim" in the sense of taking lives: "the blast claimed 30 lives", "22 injured were claimed in a bombing"
    (what is claimed is people, not an act or a responsibility)."""
    if verb.lemma_.lower() != "claim":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in LIVES or o.like_num for o in objects)


def _negated_itself(verb: Token, own: list[tuple[str, Token]], cues: StatusCues) -> bool:
    """True when a verb that says an event did not happen is itself negated, so that the event did happen: "did
    not prevent the attack", "failed to avert the war"."""
    if any(s == "negated" for s, _ in own):
        return True
    return verb.dep_ == "xcomp" and cues.governor_status(verb.head, verb) == "negated"


def _question(node: Token, trigger: Token) -> list[tuple[str, Token]]:
    """A question puts its event as open, not as fact ("Why are we fighting for our enemy?", "Did the army shell
    the town?"), like "whether": the question mark closing a clause over the trigger makes it hypothetical."""
    doc, deps = node.doc, token_labels(node.doc).dep  # a Token made only for a punctuation mark after the trigger
    marks = (doc[k] for k in child_indexes(doc, node.i) if deps[k] == "punct" and k > trigger.i)
    return [("hypothetical", c) for c in marks if c.text == "?"]


def _finite_clause(clause: Token) -> bool:
    """An adverbial clause with a subject and a past-tense verb of its own ("although Erdoğan described him",
    "as they repeatedly have been in Ghouta"), which none of the cues above it negate or make hypothetical."""
    return _has_subject(clause) and (
        clause.tag_ == "VBD"
        or any(
            c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP") and c.lemma_.lower() in ("have", "be")
            for c in clause.children
        )
    )


def _advcl_crossing(
    clause: Token, governor: Token, cues: StatusCues, *, first_clause: bool, trigger: Token | None = None
) -> list[tuple[str, Token]]:
    """What reaches an event in an adverbial clause from the verb the clause modifies.

    - an infinitive of purpose shares the governor's negation and modals ("would not risk lives to rescue them",
      "could send troops to fight"), when the trigger is in that clause itself; after a plain past verb it stays
      asserted ("launched an offensive to oust the YPG": news narrative mostly reports purposes achieved); under a
      planning verb it is planned (the parser's advcl for an xcomp: "have sworn to fight");
    - an "as" phrase the verb's object was shifted past ("dismissed as fabricated the claim that ...") takes the
      verb's own cue, as the object would;
    - a participial clause ("..., killing 40", "while reversing ...") shares the governor's negation, modals and
      conditions, unless it is a sequence ("after being attacked");
    - a finite present-tense clause ("will strike when it launches ...") shares its modals and future only;
    - anything else ("did not retaliate when rebels attacked") takes nothing from it.
    """
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    shifted = next((c for c in clause.children if c.dep_ == "dobj"), None) if marks == {"as"} else None
    if shifted is not None and trigger is not None and trigger in shifted.subtree:
        # "dismissed as fabricated the claim that ...": the verb's own object, shifted past its "as" phrase
        lexical = cues.governor_status(governor, shifted)
        return [*_own_cues(governor, cues), *(((lexical, governor),) if lexical else ())]
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None:
        # a planning or request verb's infinitive the parser made an advcl ("have sworn to fight", "called for the
        # parties to withdraw")
        lexical = cues.governor_status(governor, clause, trigger=trigger)
        if first_clause and marks <= {"for"} and lexical in ("planned", "hypothetical"):
            return [*_own_cues(governor, cues), (lexical, governor)]
        purpose = first_clause and not marks and not _has_subject(clause)
        of_noun = cue_scopes.object_infinitive(clause, governor, cues=cues)  # "renewed its calls to extend ..."
        return [*(_own_cues(governor, cues) if purpose else []), *of_noun]
    if clause.tag_ in ("VBG", "VBN") and not marks & SEQUENCE_MARKS and not _has_subject(clause):
        return _own_cues(governor, cues)
    if clause.tag_ in ("VBP", "VBZ", "VB") and not cue_scopes.concessive(clause):
        return [
            (s, c) for s, c in _own_cues(governor, cues) if s in ("planned", "hypothetical", "conditional")
        ]
    return []


def _yet_to(node: Token) -> bool:
    """True for "have yet to enter": the event has not happened."""
    return node.lemma_.lower() in ("have", "be") and any(c.lower_ == "yet" for c in node.children)


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("the congress scheduled this month", "a deal signed in 2017") modifies a
    noun; it takes no clause as its complement, so a clause parsed as one ("The US is frustrated Russia has not
    ..., the congress scheduled this month") is a misparse its cue word does not govern."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _sentence_cues(sent: Span) -> list[tuple[str, Token]]:
    """Cues that reach every event of the sentence: "according to X", "claiming responsibility"."""
    found: list[tuple[str, Token]] = []
    text = span_text(sent).lower()  # both cues need a word of the sentence: skip the walk when it has neither
    if "according" not in text and "responsibility" not in text:
        return found
    for token in sent:
        if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            found.append(("reported", token))
        elif token.lemma_.lower() in CLAIMING_VERBS and any(c.lower_ == "responsibility" for c in token.children) \
                and not _negated_verb(token):
            found.append(("claimed", token))  # not "no group has claimed responsibility", "did not claim"
    return found


def event_subject(trigger: Token) -> Token | None:
    """Who the trigger's clause says acted: the verb's subject, or that of a noun's support verb, or its
    possessor ("its bombardment")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return subject(trigger)
    if (poss := next((c for c in trigger.children if c.dep_ == "poss"), None)) is not None:
        return poss
    verb = support_verb_of(trigger)
    return subject(verb) if verb is not None else None


def _self_report(trigger: Token, cue: Token, holder: Span, *, same_states: bool = False) -> bool:
    """True when the reporting party speaks of its own act: "X said it/its fighters ...", "'We struck', X said";
    with `same_states`, also a state's organ speaking of that state's forces ("the Russian Defence Ministry said
    Russian planes had not ...": holders `same_state`). Not for passives ("after being targeted") nor when the
    reporting verb carries the event ("announced sanctions")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else support_verb_of(trigger)
    if verb is not None and (verb == cue or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)):
        return False
    actor = event_subject(trigger)
    if actor is None or actor.head == cue or _across_relative(trigger, cue):  # "it" there is the relative's noun
        return False
    if actor.left_edge.i <= holder.start <= actor.right_edge.i:  # the very words ("Sources Turkish troops enter")
        return False
    pronouns = [w for w in (actor, *(c for c in actor.children if c.dep_ == "poss")) if w.pos_ == "PRON"]
    if any(w.lower_ in FIRST_PERSON for w in pronouns):
        return True
    number = "plural" if holder.root.tag_ in ("NNS", "NNPS") else "singular"
    if any(SELF_PRONOUNS.get(w.lower_) == number for w in pronouns):
        return True
    phrase = actor.doc[actor.left_edge.i : actor.right_edge.i + 1]
    return phrase.text.lower() == holder.text.lower() or (same_states and same_state(phrase, holder))


def _across_relative(trigger: Token, cue: Token) -> bool:
    """True when the cue governs the trigger from outside a relative clause the trigger is in."""
    return any(t.dep_ == "relcl" for t in (trigger, *trigger.ancestors) if t.i != cue.i and cue in t.ancestors)


def _spoken_stance(trigger: Token) -> bool:
    """A stance its holder takes in the very report ("he said he agreed with Trump", "Russia said it opposed the
    plan"): the saying is the act. Not a perfect or modal ("said it had agreed to", "said it would reject")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SPOKEN_STANCES:
        return False
    return not any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in trigger.children)


def read_status(trigger: Token, *, cues: StatusCues) -> StatusReading:
    """The status of the event expressed by `trigger`, with the cue and the holder (attribution/denial) phrase."""
    reading = StatusReading("asserted")
    withheld = movement_withheld(trigger)  # "not allowed to leave": the negation is the act (coding.permission)
    found = [(s, c) for s, c in governing_cues(trigger, cues) if c not in (trigger, withheld)]
    for status, cue in found:
        if stronger(status, reading.status) == status and status != reading.status:
            reading = StatusReading(status, cue, holder_of(cue))
    if reading.status == "negated" and (denial := _own_denial(trigger, reading, found)) is not None:
        reading = denial
    if (
        reading.status == "reported"
        and reading.cue is not None
        and reading.holder is not None
        and _self_report(trigger, reading.cue, reading.holder)
    ):
        spoken = _spoken_stance(trigger)
        reading = StatusReading("asserted") if spoken else StatusReading("claimed", reading.cue, reading.holder)
    if reading.status == "asserted":
        reading = _quoted_reading(trigger) or reading
    if reading.status in ("planned", "hypothetical", "negated", "conditional"):
        reading.holder = None
    return reading


def _own_denial(trigger: Token, negation: StatusReading, found: list[tuple[str, Token]]) -> StatusReading | None:
    """A party saying it did not do a past act denies it: "the army said it had not shelled the village" is denied
    by the army, not negated on the article's word. Only a plain negation of a past act ("would not attack" is a
    plan), reported by the party that is the act's subject."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else support_verb_of(trigger)
    if negation.cue is None or negation.cue.dep_ != "neg" or verb is None or not _plain_past_act(verb):
        return None
    for status, cue in found:
        holder = holder_of(cue) if status == "reported" else None
        if holder is not None and _self_report(trigger, cue, holder, same_states=True):
            return StatusReading("denied", cue, holder)
    return None


def _plain_past_act(verb: Token) -> bool:
    """A past act with no modal: "did not shell", "had not shelled" (not "would not attack", "will not talk")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)


def _quoted_reading(trigger: Token) -> StatusReading | None:
    """An event told inside a quotation is its speaker's report, not the article's statement (the quote may run
    over sentences away from its "said": coding.quotes): `reported`, held by the quote's speaker, or `claimed`
    when the speaker's "we"/"our" does it ("'We blew up the bridge'"). A stance the speaker takes in the quote
    ("'We reject this'") is the act itself. None outside a quote whose speaker is found."""
    depth, speaker = quote_speaker_at(trigger)
    if not depth or speaker is None:
        return None
    doer = event_subject(trigger)
    own = doer is not None and any(
        w.lower_ in FIRST_PERSON for w in (doer, *(c for c in doer.children if c.dep_ == "poss")))
    if own and _spoken_stance(trigger):
        return None
    return StatusReading("claimed" if own else "reported", speaker.head, subject_phrase(speaker))


def attribution(trigger: Token, *, cues: StatusCues) -> Span | None:
    """The source an event is attributed to (a reporting cue's holder), whatever its final status."""
    for status, cue in governing_cues(trigger, cues):
        if status in ("reported", "claimed") and cue != trigger and (holder := holder_of(cue)):
            return holder
    return None


def is_negation_word(text: str) -> bool:
    """True for "not", "n't", "never", "no"."""
    return text.lower() in NEGATION_WORDS
