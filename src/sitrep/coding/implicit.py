"""Implicit arguments: the doer or the victim of a hostile act that its sentence leaves out but the story fixes.

News stories name a conflict's sides once and then report its acts without them: "Turkey attacked Afrin ... there
are random arrests of Kurds in Afrin", "as a promised storming of Afrin draws near". The missing role of such an
act is most often a party already in that role of a related act earlier (or later) in the same document (Gerber &
Chai 2010; SemEval-2010 task 10). This module keeps a memory of the story's established dyads (hostile acts with
both sides read from the text: who attacks or coerces whom, and where) and fills a missing source or target of a
hostile act only where that memory gives one answer: every remembered act on the same target, or at the same
town, was done by one side. A read argument is never replaced, the evidence is kept, and the filled event keeps the
confidence computed from what its own sentence reads (lower than an event whose text names both parties).

`awaits_doer` tells the per-sentence coder which doerless acts to hold for this pass instead of dropping them (held
apart, so that no sentence-level step sees them); `fill_implicit` is the document-level pass over the coded events of
one document, in text order, and the held ones.

A fill must not say more than the story does. It is withheld where the act's sentence or the one before or after it
says that its doer is unknown ("It was not immediately clear who carried out the raids", "no group has claimed
responsibility", "unidentified gunmen", "unknown assailants"): reporters write that where they cannot name one. And
the filler must be able to do the act as told: a party that uses force (a state, its arms, an armed group or an
alliance; civilians, journalists or aid workers read as doers elsewhere are misreadings); an air strike (PLOVER
aerial: manned aircraft) only a state, its government or its army, since armed groups have no air force; a
suicide, car or roadside bombing (CAMEO 1831-1833) never a state or its arms (a bomb or a blast may be anyone's).
A party's spokesman, a source or a witness tells of acts and does none: an act read with one as its doer is a
misreading of the report, and no fill is taken from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from spacy.tokens import Token

from ..records import Actor, Event
from .coref import FIRST_PERSON_PLURAL, PRONOUN_KINDS, identified
from .incidents import is_back_reference
from .means import named_candidates
from .measures import light_verb_of
from .ontology import MATERIAL_CONFLICT
from .status import StatusReading
from .triggers import TriggerLexicon, TriggerSense

PROTEST = "PROTEST"
CALLING_VERBS = frozenset({"call", "urge", "demand"})  # verbs that call for an act ("called for protests")

HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts whose two sides a story establishes (attacks, arrests, sieges)
UNREAL = frozenset({"negated", "denied"})  # acts the text says did not happen establish no dyad, and await none
TOWN_PRECISION = "place"  # a town or a site: a country or a region is too wide to fix who acts there
DESCRIBING_DEPS = frozenset({"amod", "compound"})  # "the besieged enclave": a description, not a report of an act
OUTCOME_VERBS = frozenset({"defeat"})  # "until Isis is defeated", "argued that Isis was defeated": a war's outcome
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # one camp: a state and its arms
PRONOUNS = frozenset(PRONOUN_KINDS) | FIRST_PERSON_PLURAL | {"our", "i", "my"}  # a doer named elsewhere by a pronoun
FORCE_SECTORS = STATE_SECTORS | {"REB", "UAF", "IGO"}  # who attacks or coerces: states, their arms, armed groups
AIR_FORCE_SECTORS = frozenset({None, "GOV", "MIL"})  # who flies air strikes: a state, its government, its army
AERIAL_MODES = frozenset({"aerial"})  # PLOVER aerial: manned aircraft
NON_STATE_MODES = frozenset({"suicide-attack"})  # a suicide bombing: never a state's arms
NON_STATE_CODES = frozenset({"1831", "1832", "1833"})  # CAMEO suicide, car, roadside bombing (not 183: any bomb)
NON_STATE_BOMB_WORDS = frozenset({  # "a car bomb", "a roadside bomb", "an IED" (a trigger coded only 183 "bombing")
    "suicide", "car", "truck", "motorcycle", "roadside", "ied", "ieds", "vbied"})
TELLER_HEADS = frozenset({  # heads of phrases naming who tells of an act, not who does it
    "spokesman", "spokeswoman", "spokesperson", "source", "sources", "witness", "witnesses", "correspondent",
    "monitor"})
UNKNOWN_DOER = re.compile(  # "it was not immediately clear who ...", "no group has claimed", "unidentified gunmen"
    r"\b(?:(?:unclear|not (?:immediately |yet )?(?:clear|known)) (?:who|which|whose)\b"
    r"|no (?:one|group|party|side|organi[sz]ation)\b[^.;]{0,40}?\bclaimed"
    r"|(?:unidentified|unknown) (?:gunm[ae]n|assailants?|attackers?|armed men|militants?|aircraft|warplanes?|jets?"
    r"|planes?|drones?|perpetrators?|groups?))", re.IGNORECASE)


class Sentence(Protocol):
    """A sentence of the document (a spaCy Span): where it starts and what it says."""

    @property
    def start_char(self) -> int: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Dyad:
    """One hostile act of the story with both sides read: its doer, its victim, its town, its position."""

    source: Actor
    target: Actor | None
    town: int | None  # the geonameid of the act's place when that is a town or a site
    start: int  # the trigger's character offset
    sentence: int  # the sentence's character offset: an act's missing role is sought in the other sentences


def awaits_doer(trigger: Token, sense: TriggerSense, *, status: str, lexicon: TriggerLexicon) -> bool:
    """Whether a hostile act whose clause names no doer at all may take its doer from the story ("there are random
    arrests of Kurds", "a promised storming of Afrin"): violence or coercion, reported as a noun or a verb (not
    a modifier: "the besieged enclave"), with no doer named that we could not identify, not a definite mention
    of an incident told elsewhere ("after the shooting"), and not said not to happen."""
    if sense.quad_class != MATERIAL_CONFLICT or sense.event_type not in HOSTILE_TYPES or status in UNREAL:
        return False
    if trigger.dep_ in DESCRIBING_DEPS or is_back_reference(trigger) or _outcome(trigger):
        return False
    return not named_candidates(trigger, sense, lexicon=lexicon)


def calling_party(trigger: Token, sense: TriggerSense) -> Token | None:
    """The subject of the verb that calls for a protest its sentence names as a noun ("the opposition called for
    three days of protests", "unions urged a general strike"): a call for dissent is made to the caller's own
    followers, so the protest, if held, is the caller's (its status, hypothetical, says it has not happened)."""
    verb = light_verb_of(trigger) if sense.event_type == PROTEST and trigger.pos_ == "NOUN" else None
    if verb is None or verb.lemma_.lower() not in CALLING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def called_status(trigger: Token, sense: TriggerSense, status: StatusReading) -> StatusReading:
    """A protest its caller only calls for is not held yet: "the union urged a general strike" is hypothetical
    where the status reader found no cue of its own, cued by the calling verb (`calling_party`)."""
    if status.status != "asserted" or calling_party(trigger, sense) is None:
        return status
    return StatusReading("hypothetical", cue=light_verb_of(trigger))


def _outcome(trigger: Token) -> bool:
    """An agentless passive of a verb of victory ("until it is certain Islamic State is defeated", "he argued that
    Isis was defeated"): the state a war has reached, argued or awaited, not an act of the story's sides."""
    return trigger.lemma_.lower() in OUTCOME_VERBS and any(c.dep_ == "auxpass" for c in trigger.children)


def fill_implicit(events: list[Event], *, held: list[Event], sentences: Sequence[Sentence] = ()) -> list[Event]:
    """The document's events (in text order) with missing doers and victims of hostile acts filled from the
    story's dyads, and the acts `held` for want of a doer (source None) put in their place where filled;
    `sentences` (the document's, in order) lets an act whose doer the text calls unknown keep none."""
    memory = story_dyads(events)
    unknown = doer_unknown_sentences(sentences)
    filled = [fill_event(e, memory, unknown=unknown) for e in events]
    found = [e for e in (fill_event(e, memory, unknown=unknown) for e in held) if e.source is not None]
    return merged(filled, found) if found else filled


def doer_unknown_sentences(sentences: Sequence[Sentence]) -> frozenset[int]:
    """The start offsets of the sentences that say, or follow or precede one that says, that a doer is unknown
    ("It was not immediately clear who carried out the raids", "No group has claimed responsibility")."""
    starts = [s.start_char for s in sentences]
    told = [n for n, s in enumerate(sentences) if UNKNOWN_DOER.search(s.text)]
    return frozenset(starts[m] for n in told for m in (n - 1, n, n + 1) if 0 <= m < len(starts))


def merged(events: list[Event], extra: list[Event]) -> list[Event]:
    """`events` with each of `extra` put after the last event that comes before it in the text."""
    out = list(events)
    for event in extra:
        at = max((n + 1 for n, e in enumerate(out) if _position(e) <= _position(event)), default=0)
        out.insert(at, event)
    return out


def story_dyads(events: list[Event]) -> list[Dyad]:
    """The hostile acts of the document whose doer is identified and whose victim is read (or whose place is a
    town), in text order: the memory the implicit roles are filled from."""
    return [
        Dyad(e.source, e.target, _town(e), _position(e)[1], e.evidence.start)
        for e in events
        if _hostile(e) and identified(e.source) and e.source is not None and not _teller(e.source)
        and (identified(e.target) or _town(e) is not None)
    ]


def fill_event(event: Event, memory: list[Dyad], *, unknown: frozenset[int] = frozenset()) -> Event:
    """The event with its missing source (when its victim is read: "arrests of Kurds", not "violence"; not where
    its text calls the doer unknown, and only by a party able to do it) or, with a doer, its missing target taken
    from the memory, when the memory gives one answer; else the event unchanged."""
    if not _hostile(event):
        return event
    if event.source is None and event.target is not None and event.evidence.start not in unknown \
            and (doer := _doer(event, memory)) is not None and able(doer, event):
        return replace(event, source=_by_name(doer))
    if event.target is None and event.source is not None and (victim := _victim(event, memory)) is not None:
        return replace(event, target=_by_name(victim))
    return event


def able(party: Actor, event: Event) -> bool:
    """Whether the party can do the act as told: a state, its arms, an armed group or an alliance, not civilians,
    journalists or aid workers; an air strike only a state or its arms (armed groups fly no aircraft), a
    suicide, car or roadside bombing (CAMEO 1831-1833) no state or its arms (a bomb or a blast may be anyone's)."""
    if party.sector not in FORCE_SECTORS:
        return False
    if event.mode in AERIAL_MODES:
        return party.sector in AIR_FORCE_SECTORS
    words = set(event.evidence.trigger.lower().split())
    if event.mode in NON_STATE_MODES or event.cameo in NON_STATE_CODES or words & NON_STATE_BOMB_WORDS:
        return party.sector not in STATE_SECTORS
    return True


def _teller(party: Actor) -> bool:
    """Whether the party's phrase names one who tells of acts ("A spokesman", "a source"), not a doer."""
    words = party.text.lower().split()
    return bool(words) and words[-1] in TELLER_HEADS


def _by_name(party: Actor) -> Actor:
    """A party the memory knows by a pronoun ("we said ...") with the name it stands for as its text: the filled
    record cites the party, not a word of another sentence."""
    return replace(party, text=party.name) if party.text.lower() in PRONOUNS and party.name else party


def _doer(event: Event, memory: list[Dyad]) -> Actor | None:
    """The doer of the remembered acts on the same victim or at the same town, when they all have one side; when
    that side is the victim's own ("he is facing fierce resistance" where his troops attacked), the one side his
    camp's remembered acts were aimed at: who resists an attacker is its victim."""
    town = _town(event)
    same = [d for d in _elsewhere(event, memory)
            if (town is not None and d.town == town) or _same_party(d.target, event.target)]
    doer = _one_side(same, start=_position(event)[1], role=lambda d: d.source)
    if event.target is None or event.target.actor_id is None or doer is not None and not _one_camp(doer, event.target):
        return doer  # a place or a phrase coded only to its country is no party whose enemies the story names
    foes = [d for d in _elsewhere(event, memory) if d.target is not None and d.target.actor_id is not None
            and _one_camp(d.source, event.target)]
    foe = _one_side(foes, start=_position(event)[1], role=lambda d: d.target)
    return None if foe is None or _one_camp(foe, event.target) else foe


def _one_camp(party: Actor, other: Actor) -> bool:
    """Whether two parties fight on one side in one camp: a state and its arms ("Erdoğan", "Turkish jets"), or
    armed groups or civilians of one country (a regime's acts on its own civilians or rebels are no self-harm)."""
    def camp(actor: Actor) -> str | None:
        return "state" if actor.sector in STATE_SECTORS else actor.sector
    return side(party) == side(other) and camp(party) == camp(other)


def _victim(event: Event, memory: list[Dyad]) -> Actor | None:
    """The victim of the remembered acts of the same doer's side at the same town, when they all have one side."""
    town = _town(event)
    if town is None or event.source is None:
        return None
    same = [d for d in _elsewhere(event, memory) if d.town == town and identified(d.target)
            and side(d.source) == side(event.source)]
    return _one_side(same, start=_position(event)[1], role=lambda d: d.target)


def _elsewhere(event: Event, memory: list[Dyad]) -> list[Dyad]:
    """The remembered acts of the other sentences: what the event's own sentence says, its readers have read."""
    return [d for d in memory if d.sentence != event.evidence.start]


def _one_side(dyads: list[Dyad], *, start: int, role: Callable[[Dyad], Actor | None]) -> Actor | None:
    """The party in `role` of the dyad nearest before `start` (else the first after it), when the parties of all
    the dyads are on one side; None when there are none or they disagree."""
    parties = [p for p in map(role, dyads) if p is not None]
    sides = {side(p) for p in parties}
    if len(sides) != 1 or None in sides:
        return None
    before = [p for d in dyads if d.start < start and (p := role(d)) is not None]
    return before[-1] if before else parties[0]


def side(actor: Actor) -> str | None:
    """The side an actor fights on: its sponsor's country, else its own country, else its dictionary id."""
    return actor.sponsor or actor.country or actor.actor_id


def _same_party(remembered: Actor | None, read: Actor | None) -> bool:
    """Whether two victims are the same dictionary actor ("the YPG" and "YPG fighters")."""
    return remembered is not None and read is not None and read.actor_id is not None \
        and remembered.actor_id == read.actor_id


def _position(event: Event) -> tuple[int, int]:
    """Where the event's sentence and trigger start in the text."""
    start = event.evidence.start
    return start, event.evidence.trigger_start if event.evidence.trigger_start is not None else start


def _hostile(event: Event) -> bool:
    return event.event_type in HOSTILE_TYPES and event.quad_class == MATERIAL_CONFLICT and event.status not in UNREAL


def _town(event: Event) -> int | None:
    place = event.location
    return place.geonameid if place is not None and place.precision == TOWN_PRECISION else None
