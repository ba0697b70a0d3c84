"""One incident, one record: a casualty clause that elaborates a violent act is that act's casualty count.

"Twin bombs exploded near the finish line, killing three people and injuring 260" and "Taliban fighters attacked a
checkpoint, killing five soldiers" each report one incident. The participial ("killing …", "injuring …") or relative
("…, which killed 20 people") clause hanging off the violent trigger (or off the light verb of a violent noun:
"launched attacks, killing 130") states who died in it: by the record contract that is the event's `casualties`,
not an event of its own. So are a second count conjoined with a first ("killed 12 and wounded 30") and an
agentless passive whose adverbial clause is the act ("five soldiers were killed when militants attacked a
checkpoint": the attack keeps its perpetrator and takes the dead), and the state an act left its victims in ("the
blast left 12 dead and 30 wounded", "…, leaving five soldiers injured"). `absorb_casualty_clauses` drops such a clause's
events and gives their counts to the event it elaborates (the head event). A clause that is another act stays an
event: one with a subject of its own that names another party ("…, as government forces killed 20", "the gunmen
who killed 20"), one conjoined with a subject of its own ("… and police later killed the gunman"), one the text
commits to differently (a planned killing after an attack that happened); `casualty_text` keeps such clauses out
of the text the head event's counts are read from.

`absorb_casualty_clauses(coded)` is a pure function over one sentence's (trigger, events) pairs, in text order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, Event
from .casualties import find_casualties, victims_of
from .incidents import REFERENCE_PREPS
from .measures import light_verb_of
from .misparses import raised_patient
from .ontology import HAPPENED, MATERIAL_CONFLICT

# what a casualty clause says of its objects
CASUALTY_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "maim"})
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl"})  # how a clause hangs off the word it elaborates
PARTICIPLE_TAGS = frozenset({"VBG"})  # "killing three", "an attack killing 20" (not "people killed in …")
RELATIVE_WORDS = frozenset({"which", "that"})  # "…, which killed 20": the incident, never a person ("who")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
MAX_STEPS_UP = 6  # from the clause to the trigger it elaborates: "struck a market in Baghdad, which killed …"
RESULT_VERBS = frozenset({"leave"})  # "the blast left 12 dead", "…, leaving five soldiers injured": a toll left
RESULT_DEPS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "conj"})  # how the parser hangs the state on "leave"

SPAN_NOUNS = frozenset({"minute", "hour", "day", "night", "week", "weekend", "month"})  # "an hour of bombing"

Coded = list[tuple[Token, list[Event]]]


def absorb_casualty_clauses(coded: Coded) -> Coded:
    """The sentence's (trigger, events) with each casualty clause's events folded into the event it elaborates
    (`elaborated_trigger`): the clause's events are dropped, and each head event takes the clause's counts of
    killed and injured where the clause states them, and its victims as target where they say more
    (`takes_victims`). A result state of "leave" that no coded act left, with its victims as its subject, is dropped
    (`_victims_left`)."""
    events_at = {trigger.i: events for trigger, events in coded if events}
    triggers = frozenset(trigger.i for trigger, _events in coded)
    heads: dict[int, int] = {}
    for trigger, events in coded:
        found = elaborated_trigger(trigger, events_at, triggers=triggers) if events else None
        if found is not None and heads.get(found.i) != trigger.i and _fits(events, events_at[found.i]):
            heads[trigger.i] = found.i
    stranded = {t.i for t, events in coded if events and t.i not in heads and _victims_left(t)}
    if not heads and not stranded:
        return coded
    merged, doc = dict(events_at), coded[0][0].doc
    for clause, head in heads.items():
        root = _root(head, heads)
        merged[root] = [_named_incident(_with_counts(event, events_at[clause]), events_at[clause],
                                        head=doc[root], clause_at=doc[clause].idx) for event in merged[root]]
    return [
        (trigger, [] if trigger.i in heads or trigger.i in stranded else merged.get(trigger.i, events))
        for trigger, events in coded
    ]


def elaborated_trigger(
    trigger: Token, events_at: dict[int, list[Event]], *, triggers: frozenset[int] = frozenset()
) -> Token | None:
    """The coded violent trigger whose casualties `trigger`'s clause states, or None: a casualty verb ("killing",
    "injuring", "which wounded") in a participial or relative clause of a violent trigger, with no subject of its
    own but a relative word; one conjoined with a casualty verb ("killed 12 and wounded 30": the first's incident);
    or a passive with no agent whose adverbial clause is the violent act ("were killed when militants attacked")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CASUALTY_LEMMAS:
        return None
    if _result_state(trigger):
        return _left_by(trigger.head, events_at, triggers=triggers)
    clause = trigger
    while _conjoined_casualty(clause):
        clause = clause.head  # "killing three people and injuring 260": the second hangs off the first
        if clause.i in events_at:
            return _violent(clause, events_at)
    if clause.dep_ in CLAUSE_DEPS and clause.head != clause and _own_clause(clause):
        head = _coded_ancestor(clause.head, events_at, triggers=triggers)
        if _violent(head, events_at) is None and clause.dep_ != "relcl":
            head = _nearest_violent(clause, events_at)  # "hunting a suspect after a device exploded, wounding 13"
    else:
        head = _violent_cause(clause, events_at)
    return _violent(head, events_at) if head is not None and head.i != trigger.i else None


def _result_state(verb: Token) -> bool:
    """A casualty participle stating the state an act left its victims in ("left at least one student injured",
    "leaving five soldiers wounded"): no act of its own, whose subject, if any, is the victims or their count."""
    if verb.dep_ not in RESULT_DEPS or verb.head.lemma_.lower() not in RESULT_VERBS or verb.tag_ != "VBN":
        return False
    subject = _subject(verb)
    return verb.dep_ != "conj" or subject is None or subject.like_num  # "left 12 dead and 30 wounded"


def _victims_left(verb: Token) -> bool:
    """A result state whose subject is its victims ("the confrontation left one student injured"): where no coded
    act left it, it is still no act of its own, and its victims are no doer (the record would name them source)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CASUALTY_LEMMAS and _result_state(verb) and (
        _subject(verb) is not None
    )


def _left_by(leave: Token, events_at: dict[int, list[Event]], *, triggers: frozenset[int]) -> Token | None:
    """The coded violent act that left a toll: the subject of "leave" ("the blast left 12 dead", "clashes left one
    student injured"), else the act its own clause elaborates ("attacked the convoy, leaving five injured", "struck
    the market, which left 20 wounded")."""
    subject = _subject(leave)
    if subject is not None and subject.lower_ not in RELATIVE_WORDS:
        return _violent(subject, events_at)
    if leave.dep_ not in CLAUSE_DEPS or leave.head == leave or not _own_clause(leave):
        return None
    return _violent(_coded_ancestor(leave.head, events_at, triggers=triggers), events_at)


def _nearest_violent(clause: Token, events_at: dict[int, list[Event]]) -> Token | None:
    """The coded violent trigger nearest before a participial casualty clause, within the phrase the parser hung
    the clause on, where that phrase's own head is no violent act ("police are hunting a suspect after a device
    that exploded in Lyon, wounding 13": the blast wounded them, not the hunt)."""
    doc, host = clause.doc, clause.head
    before = [i for i in events_at if host.left_edge.i <= i < clause.i and i != host.i]
    return next((doc[i] for i in sorted(before, reverse=True) if _violent(doc[i], events_at) is not None), None)


def _conjoined_casualty(verb: Token) -> bool:
    """A casualty verb conjoined with another that names no other party: "killing three and injuring 260",
    "were killed and 45 injured"."""
    subject = _subject(verb)
    return (
        verb.dep_ == "conj"
        and verb.head.lemma_.lower() in CASUALTY_LEMMAS
        and (subject is None or subject.like_num)
    )


def _violent_cause(verb: Token, events_at: dict[int, list[Event]]) -> Token | None:
    """The coded act an agentless passive's adverbial clause names ("five soldiers were killed when militants
    attacked a checkpoint"): the incident those dead belong to."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return None
    counts = [
        verb,
        *(c for c in verb.children if _conjoined_casualty(c)),
    ]  # "were killed and 12 wounded when …"
    return next((c for v in counts for c in v.children if c.dep_ == "advcl" and c.i in events_at), None)


def _violent(head: Token | None, events_at: dict[int, list[Event]]) -> Token | None:
    if head is None or head.i not in events_at:
        return None
    return head if all(e.quad_class == MATERIAL_CONFLICT for e in events_at[head.i]) else None


def _own_clause(clause: Token) -> bool:
    """A clause that tells of the head's own incident: a participle with no subject ("…, killing three"), or a
    relative clause whose subject is the relative word ("…, which killed 20")."""
    subject = _subject(clause)
    if clause.dep_ == "relcl":
        return subject is not None and subject.lower_ in RELATIVE_WORDS
    return subject is None and clause.tag_ in PARTICIPLE_TAGS


def casualty_text(head: Token) -> str:
    """The text of `head`'s clause that may state its casualties: its subtree without the clauses in which
    another party kills or wounds ("arrested the gunmen who killed 20", "… and police later killed five"); an act
    that left a toll states it in the clause of "leave" ("the blast left 12 people dead and 30 wounded")."""
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in RESULT_VERBS:
        head = head.head
    words = list(head.subtree)  # walked once; a verb inside a dropped clause adds nothing its clause lacks
    others: set[int] = set()
    for verb in words:
        if verb.i != head.i and verb.i not in others and _other_party_casualties(verb):
            others.update(t.i for t in verb.subtree)
    return "".join(t.text_with_ws for t in words if t.i not in others).strip()


def _other_party_casualties(verb: Token) -> bool:
    """A casualty verb with a subject and an object of its own: someone (not "which") kills or wounds someone
    ("police killed the gunman"); "10 were killed and 45 injured" states the incident's own count."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CASUALTY_LEMMAS:
        return False  # most words: their children are not looked at
    subject = _subject(verb)
    return (
        subject is not None
        and subject.dep_ == "nsubj"
        and subject.lower_ not in RELATIVE_WORDS
        and not subject.like_num
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _coded_ancestor(
    token: Token, events_at: dict[int, list[Event]], *, triggers: frozenset[int] = frozenset()
) -> Token | None:
    """The nearest coded trigger at or above `token` within its clause: a relative clause may hang off a word
    inside the head's phrase ("struck a market in Baghdad, which killed 20"), a participle off the light verb of
    an event noun ("launched a series of attacks, killing 130"). The search ends at a verb that is neither a coded
    trigger nor such a light verb ("said the bomb, which killed 20, was planted"), at a trigger word of its own
    (`triggers`: "months of cross-border fire that has killed several civilians" is that fire's toll), and at a
    phrase that refers to another time or cause ("bracing for an attack after months of shelling that killed …")."""
    for _ in range(MAX_STEPS_UP):
        if token.i in events_at:
            return token
        if token.i in triggers or (token.dep_ == "prep" and token.lower_ in REFERENCE_PREPS):
            return None
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return _light_verb_object(token, events_at)
        token = token.head
    return None


def _light_verb_object(verb: Token, events_at: dict[int, list[Event]]) -> Token | None:
    """The coded event noun `verb` is the light verb of ("carried out an air strike", "launched attacks")."""
    doc = verb.doc
    nouns = (doc[i] for i in sorted(events_at) if doc[i].pos_ == "NOUN" and verb.i < i <= verb.right_edge.i)
    return next((noun for noun in nouns if light_verb_of(noun) == verb), None)


def _fits(clause: list[Event], head: list[Event]) -> bool:
    """Whether the text commits to the clause's events as to the head's: both happened ("the attack, which killed
    20, was claimed by IS"), or the clause is as the head ("denied its jets struck the town, killing 20"); a
    killing only planned after an attack that happened is an event of its own."""
    statuses = {e.status for e in clause}
    heads = {e.status for e in head}
    return statuses <= heads or (statuses | heads) <= HAPPENED


def _root(head: int, heads: dict[int, int]) -> int:
    """The head a chain of absorbed clauses ends at."""
    seen = {head}
    while head in heads and heads[head] not in seen:
        head = heads[head]
        seen.add(head)
    return head


def _with_counts(event: Event, clause: list[Event]) -> Event:
    """`event` with the clause's counts where the clause states them (the clause is where the text gives them),
    and the clause's victims as its target where they say more of whom it struck (`takes_victims`)."""
    killed = next((e.killed for e in clause if e.killed is not None), event.killed)
    injured = next((e.injured for e in clause if e.injured is not None), event.injured)
    victims = next((e.target for e in clause if e.target is not None and e.target.sector), None)
    target = victims if victims is not None and takes_victims(event.target, victims) else event.target
    return replace(event, killed=killed, injured=injured, target=target)


def _named_incident(event: Event, clause: list[Event], *, head: Token, clause_at: int) -> Event:
    """`event` named by the incident noun the clause's events were named by where its own evidence names only its
    harm verb ("a man was killed and five more were wounded in a battle": the battle is the incident, as in "five
    were wounded in a battle", coding.means.harm_incident); else `event` unchanged."""
    if head.lemma_.lower() not in CASUALTY_LEMMAS or event.evidence.trigger_start != head.idx:
        return event  # an act of its own ("attacked a post, killing two"), or named by its incident already
    named = next((e.evidence for e in clause if e.evidence.trigger_start not in (None, clause_at)), None)
    if named is None:
        return event
    return replace(event, evidence=replace(event.evidence, trigger=named.trigger, trigger_start=named.trigger_start))


def takes_victims(target: Actor | None, victims: Actor) -> bool:
    """Whether the victims a casualty clause names ("killing five soldiers": MIL) are a better target than the
    head event's: it has none, or a place or thing that names no kind of party ("attacked a checkpoint"); a town
    keeps its country unless the victims name theirs ("shelled Douma, killing 12 civilians" stays on Douma)."""
    if target is None:
        return True
    return (
        not target.sector and not target.actor_id and (victims.country is not None or target.country is None)
    )


def clause_casualty_text(trigger: Token) -> str:
    """The casualty text of a trigger's clause: its own for a verb, its light verb's for a noun ("carried out
    raids", "died in an ambush"), the passive's for a participle whose patient it raised ("six soldiers were
    reported killed"), also through a span of time ("11 people died during an hour of bombing")."""
    if trigger.pos_ == "VERB":
        return casualty_text(trigger.head if raised_patient(trigger) is not None else trigger)
    return casualty_text(light_verb_of(trigger) or light_verb_of(time_span(trigger)) or trigger)


def clause_casualties(trigger: Token) -> tuple[int | None, int | None]:
    """(killed, injured) its clause states for a trigger (`clause_casualty_text`); for a killing noun, else the
    count its own phrase gives ("following the slaying of seven more demonstrators": 7)."""
    killed, injured = find_casualties(clause_casualty_text(trigger))
    if killed is None and trigger.pos_ == "NOUN":
        killed = victims_of(casualty_text(trigger))
    return killed, injured


def time_span(noun: Token) -> Token:
    """The span of time whose "of" phrase a noun is ("during an hour of concentrated bombing", "after a night of
    shelling"): the clause the span is in tells of the incident; else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in SPAN_NOUNS:
        return prep.head
    return noun
