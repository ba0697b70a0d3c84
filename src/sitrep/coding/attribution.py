"""Attributions of incidents: the party a sentence holds responsible for a violent act is its source.

"Iran is responsible for the Aramco attacks", "militants are suspected to be behind the twin blasts", "al-Shabaab
was blamed for the bombing", "officials blamed the attack on Boko Haram": the frames are rows of
data/triggers/attribution.csv (the frame word, where the incident sits, where the party sits). The event is
`reported` on the word of the blamer (the subject of an active blaming verb, or the reporter of the clause), or
`claimed` when the party speaks of its own act ("the Taliban said it was behind the attack"); a denial, negation
or modal over the frame keeps its status (status.read_status walks through the frame word).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table
from ..errors import DictionaryError
from .incidents import DEMONSTRATIVES
from .status import StatusReading

INCIDENT_ROLES = frozenset({"for", "pobj", "dobj"})
PARTY_ROLES = frozenset({"subject", "dobj", "on"})
POSES = frozenset({"ADJ", "ADP", "VERB", "NOUN"})
# words that hold no one responsible ("it is unclear who was behind the attack")
NO_PARTY = frozenset({"who", "whom", "whoever", "what", "which", "nobody", "none", "anyone", "someone"})
SELF_PRONOUNS = frozenset({"it", "we", "they", "i"})  # "the Taliban said it was behind the attack": a claim
PARTY_LABELS = frozenset({"ORG", "NORP", "PERSON"})  # named parties, not places or things
# "held Iran responsible", "considers Iran responsible"
HELD_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "advcl"})
# verbs whose subject a noun of responsibility is laid on ("Israel bears full responsibility for the attack"); not
# "claim", "deny" or "take" (a party's word about its own act: coding.status)
BEARING_VERBS = frozenset({"bear", "shoulder", "carry"})


@dataclass(frozen=True)
class AttributionFrame:
    """One row of attribution.csv: the frame word, and where its incident and its party sit."""

    lemma: str
    pos: str
    incident: str
    party: str


@dataclass(frozen=True)
class Attribution:
    """An incident held against a party: the frame word, the party's head and the blamer, when one is named."""

    word: Token
    party: Token
    blamer: Token | None


@cache
def load_attribution_frames(path: Path | None = None) -> tuple[AttributionFrame, ...]:
    """Load and validate data/triggers/attribution.csv (or `path`)."""
    path = path or data_path("triggers/attribution.csv")
    frames = []
    for line, row in read_table(path, required=("lemma", "pos", "incident", "party", "note")):
        frame = AttributionFrame(row["lemma"].lower(), row["pos"], row["incident"], row["party"])
        problem = (
            f"pos must be one of {sorted(POSES)}"
            if frame.pos not in POSES
            else f"incident must be one of {sorted(INCIDENT_ROLES)}"
            if frame.incident not in INCIDENT_ROLES
            else f"party must be one of {sorted(PARTY_ROLES)}"
            if frame.party not in PARTY_ROLES
            else "lemma is empty"
            if not frame.lemma
            else None
        )
        if problem:
            raise DictionaryError(str(path), line, problem)
        frames.append(frame)
    return tuple(frames)


def attribution_of(
    trigger: Token, *, frames: tuple[AttributionFrame, ...] | None = None
) -> Attribution | None:
    """The attribution frame an incident noun sits in, with the party held responsible; None if none."""
    first = trigger
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "responsible for the shootings and bombings"
    for word, role in _frame_words(first):
        for frame in frames if frames is not None else load_attribution_frames():
            if frame.incident != role or frame.lemma != word.lemma_.lower() or frame.pos != word.pos_:
                continue
            party = _party(word, frame.party)
            if party is not None and party.lower_ not in NO_PARTY and party != first:
                return Attribution(word, party, _blamer(word, party))
    return None


def _frame_words(incident: Token) -> list[tuple[Token, str]]:
    """The words an incident may be the "for"-object, prepositional object or direct object of."""
    head = incident.head
    found = []
    if incident.dep_ == "pobj" and head.lower_ == "for":
        found.append((head.head, "for"))
    if incident.dep_ == "pobj":
        found.append((head, "pobj"))
    if incident.dep_ in ("dobj", "nsubjpass"):
        found.append((head, "dobj"))
    found += [(c, "dobj") for c in incident.children if c.dep_ in ("relcl", "acl") and _relative_object(c)]
    return found


def _relative_object(clause: Token) -> bool:
    """Whether a relative clause's object is the noun it modifies ("an attack officials blamed on X", "the
    attack, which officials blamed on X")."""
    obj = _child(clause, ("dobj",))
    return obj is None or obj.lower_ in ("which", "that")


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _prep_object(token: Token, prep: str) -> Token | None:
    return next(
        (
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ == prep
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _named_on(incident: Token | None) -> Token | None:
    """A named group or person the parser hung on the incident ("blamed the attack on Boko Haram"), not a place
    or thing attacked ("blamed the attack on the market")."""
    found = _prep_object(incident, "on") if incident is not None else None
    return found if found is not None and found.ent_type_ in PARTY_LABELS else None


def _party(word: Token, role: str) -> Token | None:
    """The party of a frame word by its role: the object (or passive subject) of a blaming verb, the object of
    its "on", or the one a predicate of responsibility is said of."""
    if role == "on":
        found = _prep_object(word, "on") or (_prep_object(word.head, "on") if word.pos_ == "NOUN" else None)
        return found or _named_on(_child(word, ("dobj", "nsubjpass")))
    if role == "dobj":
        return _child(word, ("dobj", "nsubjpass"))
    if word.dep_ in ("amod", "prep") and word.head.pos_ in ("NOUN", "PROPN"):
        return word.head  # "the group responsible for the attack", "the militants behind the bombing"
    if word.pos_ == "NOUN":  # "Israel bears responsibility for the attack"
        bearer = word.head if word.dep_ == "dobj" and word.head.lemma_.lower() in BEARING_VERBS else None
        return _child(bearer, ("nsubj",)) if bearer is not None else None
    clause = word.head if word.dep_ in ("acomp", "prep", "attr", *HELD_DEPS) else None
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    if word.dep_ in HELD_DEPS and (held := _child(clause, ("dobj", "nsubjpass"))) is not None:
        return held  # "held Iran responsible for", "Iran was held responsible for"
    party = _child(clause, ("nsubj", "nsubjpass"))
    # "are suspected to be behind", "is believed to be responsible"
    if party is None and clause.dep_ == "xcomp":
        party = _child(clause.head, ("nsubjpass", "nsubj"))
    return party


def _blamer(word: Token, party: Token) -> Token | None:
    """Who holds the party responsible: the subject of an active verb whose object the party is ("officials
    blamed al-Shabaab", "the US held Iran responsible") or of a blaming verb ("police blamed the attack on ...")."""
    verb = word if word.pos_ == "VERB" else party.head if party.dep_ == "dobj" else None
    if verb is None or _child(verb, ("nsubjpass", "auxpass")) is not None:
        return None
    subj = _child(verb, ("nsubj",))
    return subj if subj is not None and subj.lower_ not in ("who", "that", "which") else None


def attributed_status(reading: StatusReading, found: Attribution) -> StatusReading:
    """The status of an incident held against a party: an asserted one is `reported` on the blamer's word (the
    blamer as holder); a report by the party itself of its own act is `claimed`. Denied, negated, planned,
    hypothetical and conditional readings are kept as they are."""
    if reading.status == "asserted":
        blamer = found.blamer
        holder = blamer.doc[blamer.left_edge.i : blamer.i + 1] if blamer is not None else None
        reading = StatusReading("reported", found.word, holder)
    holder = reading.holder
    if holder is not None and found.party.i in range(holder.start, holder.end):
        # "militants are believed to be behind": the party is no holder of its own attribution
        return StatusReading(reading.status, reading.cue, None)
    if reading.status == "reported" and holder is not None and _own_act(found.party, reading):
        return StatusReading("claimed", reading.cue, holder)
    return reading


def _own_act(party: Token, reading: StatusReading) -> bool:
    """Whether the holder speaks of itself: a pronoun party ("said it was behind") or the holder's own words."""
    holder = reading.holder
    if holder is None:
        return False
    phrase = party.doc[party.left_edge.i : party.right_edge.i + 1].text.lower()
    return party.lower_ in SELF_PRONOUNS or phrase == holder.text.lower()


def blamed_party(verb: Token, *, frames: tuple[AttributionFrame, ...] | None = None) -> Token | None:
    """The party a blaming verb lays an act on ("police blamed the attack on Boko Haram" → Boko Haram): the
    target of the accusation the verb expresses, not the act; None for other verbs."""
    for frame in frames if frames is not None else load_attribution_frames():
        if frame.pos == "VERB" == verb.pos_ and frame.party == "on" and frame.lemma == verb.lemma_.lower():
            return _party(verb, "on")
    return None


def refers_back(incident: Token) -> bool:
    """An incident named with a demonstrative ("X is behind this attack"): one the text has told of already,
    whose attribution is the speaker's accusation, not a second report of the act."""
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in incident.children)
