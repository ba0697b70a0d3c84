"""Where a status cue reaches (the `scope` column of data/status/cues.csv, docs/status.md): a cue word whose reach is
limited governs only some of what is below it ("rejected claims that ..." but not "rejected the plan to ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .arguments import support_verb_of

if TYPE_CHECKING:
    from .status import StatusCues

CUE_SCOPES = ("", "report", "clause", "request", "object", "progressive", "headline", "prospect", "infinitive")
# what one "faces" that is already there, not a prospect: "faces criticism", "faces calls to resign", "is facing
# resistance"
ALREADY_FACED = frozenset({
    "charge", "accusation", "allegation", "criticism", "call", "demand", "question", "pressure", "threat",
    "warning", "condemnation", "protest", "backlash", "opposition", "resistance", "fire",
})
# "villagers face daily shelling", "is facing fierce resistance": it goes on, felt as it is described
ONGOING_MODIFIERS = frozenset({
    "daily", "nightly", "constant", "continued", "continuing", "ongoing", "repeated", "relentless", "regular",
    "frequent", "incessant", "persistent", "fierce", "stiff", "heavy", "intense", "sustained",
})
# verbs that react to an act that happened, whatever is said of the reaction: "failed to condemn the massacres",
# "did not condemn the attack", "will investigate the shelling" (their object event keeps its own status)
# the reactions that closely follow the incident they name ("met to condemn it": coding.told_dates dates them by it);
# not "investigate" or "commemorate", which may come months or years later
PROMPT_REACTION_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "criticise", "criticize"})
REACTION_VERBS = PROMPT_REACTION_VERBS | {"mourn", "investigate", "probe", "avenge", "commemorate", "lament"}
# marks of a clause that states its own fact beside the main one
CONCESSIVE_MARKS = frozenset({"though", "although", "whereas", "because", "while"})
# prepositions whose gerund frames an act of saying ("in resigning wrote", "said after meeting")
SAYING_FRAMES = frozenset({"in", "after", "before", "upon", "while", "since", "when"})


def in_scope(scope: str, governor: Token, via: Token, *, trigger: Token | None, cues: StatusCues) -> bool:
    """Whether a cue with this cues.csv scope reaches an event through `via`: `report` only over a report noun
    ("rejected claims that"); `clause` only over a clause or a "for" phrase ("is due to visit", not "due to the
    attack"); `request` only the act it asks for ("called on X to withdraw", "called for a truce"; not "called the
    attack a crime", nor the offensive in "called on X to halt its offensive"); `object` only what it stops
    ("averted an attack", "prevented them from crossing"; not "forestall violence after the unrest");
    `progressive` only in the progressive ("are trying to capture"; "tried to", "try to" tell attempts made);
    `prospect` only a harm ahead ("could face an offensive", "are facing prosecution"; not "faced", "face
    criticism", "face daily shelling"); `infinitive` only the act in its "to" infinitive ("a bid to storm",
    "the failure to condemn"; not "the failure of the talks")."""
    if cues.status_of(governor) in ("reported", "claimed") and frames_the_saying(via):
        return False
    if scope == "prospect":
        return _prospect(governor, via)
    if scope == "infinitive":
        return to_infinitive(via)
    if scope == "report":
        return cues.status_of(via) in ("reported", "claimed")
    if scope == "progressive":
        return governor.tag_ == "VBG"
    if scope == "object":
        return via.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") or (via.dep_ == "prep" and via.lower_ == "from")
    clause = via.dep_ in ("xcomp", "ccomp", "advcl") or (via.dep_ == "prep" and via.lower_ == "for") or (
        via.dep_ == "acl" and to_infinitive(via))  # a noun's "calls to extend the blockade"
    if scope == "request":
        asked = trigger is None or via in (trigger, trigger.head, support_verb_of(trigger))
        return clause and asked
    return clause or scope != "clause"


def _prospect(verb: Token, thing: Token) -> bool:
    """ "face X" as a prospect, like "risk X": not in the past ("faced an offensive" happened), not a thing said or
    met that is already there ("faces criticism", "faces resistance") nor one that goes on ("face daily shelling",
    "is facing fierce resistance")."""
    if verb.tag_ in ("VBD", "VBN") or thing.dep_ not in ("dobj", "xcomp"):
        return False
    ongoing = any(c.dep_ == "amod" and c.lower_ in ONGOING_MODIFIERS for c in thing.children)
    return not ongoing and thing.lemma_.lower() not in ALREADY_FACED


def to_infinitive(verb: Token) -> bool:
    """A "to" infinitive ("a plot to bomb", "calls to extend")."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def object_infinitive(clause: Token, governor: Token, *, cues: StatusCues) -> list[tuple[str, Token]]:
    """The status a cue noun gives the infinitive right after it that the parser hung on the verb instead ("renewed
    its calls to extend the blockade", "announced plans to deploy", "made a bid to storm"): the act takes the noun's
    modality, as it does when the infinitive hangs on the noun."""
    noun = next((c for c in governor.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if noun is None or noun.right_edge.i + 1 != clause.left_edge.i or _has_subject(clause):
        return []
    status = cues.governor_status(noun, clause)
    return [(status, noun)] if status in ("planned", "hypothetical", "negated") else []


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def free_choice_any(trigger: Token) -> Token | None:
    """ "any" on the event, or on the subject of its participle or gerund ("opposed any military operation",
    "objected to any warships being deployed"): an act of whatever kind, not one that happened (hypothetical)."""
    bearers = [trigger]
    if trigger.tag_ in ("VBG", "VBN", "VB") and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in trigger.children):
        bearers += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        bearers += [trigger.head] if trigger.dep_ == "acl" else []  # "any warships being deployed"
    dets = (c for b in bearers if b.pos_ in ("NOUN", "PROPN") for c in b.children if c.dep_ == "det")
    return next((d for d in dets if d.lower_ == "any"), None)


def concessive(clause: Token) -> bool:
    """A finite clause set against the main one ("..., though the government denies it", "because Turkey has
    objected"): its own statement, which the main clause's modal or future does not reach."""
    return any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children)


def future_time_clause(clause: Token) -> bool:
    """A present-tense "when" clause the parser hung on a time noun ("will be on display on Friday when Russia hosts
    a summit"): like an adverbial "when" clause, it shares the main clause's future."""
    return clause.dep_ == "relcl" and clause.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "advmod" and c.lower_ in ("when", "whenever") for c in clause.children)


def frames_the_saying(via: Token) -> bool:
    """A gerund phrase that tells when or how one spoke ("in resigning wrote that", "said after meeting the
    delegation that"): the speaker's own act, stated by the writer, not what was said."""
    return via.dep_ == "prep" and via.lower_ in SAYING_FRAMES and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in via.children)


def trailing_report(trigger: Token, *, cues: StatusCues) -> list[tuple[str, Token]]:
    """A reporting verb that closes the sentence after a comma but that the parser hung on the noun before it as a
    relative clause (", the charity that runs it said."): the attribution of all that goes before, as a trailing
    ", the charity said." is. Not a true relative clause, which says something ("the town the army said it took") or has no comma ("fled
    the attacks the agency reported")."""
    words = [t for t in trigger.sent if not t.is_punct]
    verb = words[-1]
    status = cues.status_of(verb)
    if verb.i <= trigger.i or verb.dep_ != "relcl" or status not in ("reported", "claimed"):
        return []
    if trigger in verb.head.subtree:  # the speaker's own description ("the aid group that supports it")
        return []
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")]
    start = verb.head.left_edge.i
    after_comma = start > trigger.sent.start and verb.doc[start - 1].text == ","
    # "... late Tuesday the aid group that supports it said.": a bare "said" closes no true relative clause
    loose = after_comma or verb.head.dep_ == "appos" or verb.lemma_.lower() == "say"
    return [(status, verb)] if subjects and loose and status else []


def held_infinitive(clause: Token, trigger: Token, *, cues: StatusCues) -> list[tuple[str, Token]]:
    """A cue noun whose infinitive follows a relative "have" ("the levers the US has to pressure Moscow", "the means
    the army has to strike"): the act is the noun's, with the noun's modality, as in "the US's levers to pressure"."""
    if clause.dep_ != "relcl" or clause.lemma_.lower() != "have":
        return []
    verb = next((c for c in clause.children if c.dep_ == "xcomp" and to_infinitive(c) and trigger in c.subtree), None)
    status = cues.governor_status(clause.head, verb) if verb is not None else None
    return [(status, clause.head)] if status in ("planned", "hypothetical", "negated") else []
