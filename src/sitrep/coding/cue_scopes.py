"""Where a status cue reaches (the `scope` column of data/status/cues.csv, docs/status.md): a cue word whose reach is
limited governs only some of what is below it ("rejected claims that ..." but not "rejected the plan to ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .arguments import support_verb_of

if TYPE_CHECKING:
    from .status import StatusCues

CUE_SCOPES = ("", "report", "clause", "request", "object", "progressive", "headline", "prospect")
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


def in_scope(scope: str, governor: Token, via: Token, *, trigger: Token | None, cues: StatusCues) -> bool:
    """Whether a cue with this cues.csv scope reaches an event through `via`: `report` only over a report noun
    ("rejected claims that"); `clause` only over a clause or a "for" phrase ("is due to visit", not "due to the
    attack"); `request` only the act it asks for ("called on X to withdraw", "called for a truce"; not "called the
    attack a crime", nor the offensive in "called on X to halt its offensive"); `object` only what it stops
    ("averted an attack", "prevented them from crossing"; not "forestall violence after the unrest");
    `progressive` only in the progressive ("are trying to capture"; "tried to", "try to" tell attempts made);
    `prospect` only a harm ahead ("could face an offensive", "are facing prosecution"; not "faced", "face
    criticism", "face daily shelling")."""
    if scope == "prospect":
        return _prospect(governor, via)
    if scope == "report":
        return cues.status_of(via) in ("reported", "claimed")
    if scope == "progressive":
        return governor.tag_ == "VBG"
    if scope == "object":
        return via.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp") or (via.dep_ == "prep" and via.lower_ == "from")
    clause = via.dep_ in ("xcomp", "ccomp", "advcl") or (via.dep_ == "prep" and via.lower_ == "for")
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
