"""CAMEO's frames: an act under "want to", "vow to", "asked X to" is coded as the intent, threat or appeal.

CAMEO codes "Turkey wants to help" as an intent (03x), "Iran vowed to attack" as a threat (13x), "Egypt asked Israel
to help" as an appeal (02x) and "will not accept refugees" as a refusal (12x), where PLOVER keeps the act with a
status. sitrep keeps both views: the record's `event_type` and `status` say what the act is and whether it
happened; its `cameo` (with `goldstein` and `quad_class`, which follow it) is the code CAMEO gives the sentence.
When the governing verb is an event of its own (the request in "asked Israel to help"), that event takes the
framed code. What a request asks for is the request's content: an appeal for cooperation or aid ("asked Obama to
help Iran", 023) is the one event; any other act asked for is kept as the act of the one asked (the request's
target, also when a phrase names it: "called on Russia to withdraw", `phrase_addressee`), hypothetical, never
as the asker's (`addressed_acts`); an act someone promises,
plans or threatens keeps its own event and status (planned), so a filter on planned events still finds it. A vow
of violence ("Hezbollah vowed to destroy Israel") is also a threat that was made: the vower's THREATEN (CAMEO 138)
is output beside the planned act; so is a declared aim of violence ("our mission is to strangle it", `stated_aim`). An agreement or pledge to do a coded act ("agreed to lift the sanctions",
"pledged to expel the leaders") is that act, planned: the agreeing verb's bare intent (CAMEO 030) is not output
beside it (frame "commit").

A modal obligation in a clause that a statement governs is the speaker's demand of the clause's subject, not an
act of that subject: "Russia said that Sudan must return the helicopter", "Chirac issued a reminder to Iraq that
it must cooperate" are CAMEO 10 (PLOVER REQUEST) by the speaker; `obligation_of` finds them and `demand_code`
gives the code. A passive one said of a party with no one named to act ("Daesh must be beaten", "the
terrorists will be crushed") is the speaker's threat against that party (CAMEO 138), `passive_threat`.

`apply_frames(coded)` is a pure function over one sentence's (trigger, events) pairs, in text order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, Event
from .arguments import INTENT_NOUNS
from .ontology import MATERIAL_CONFLICT, cameo_info, framed_code
from .permission import ORDER_VERBS
from .triggers import governing_frame

COOPERATIVE_QUADS = frozenset({1, 2})
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
OBLIGATION_VERBS = frozenset({"have", "need"})  # "Sudan has to return", "Iran needs to stop"
STATEMENT_DEPS = frozenset({"ccomp", "acl"})  # "said that ...", "a reminder that ..."
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
APPEAL_ROOT, DEMAND_ROOT, DEMAND_CODE = "02", "10", "100"  # CAMEO's 10x mirror its 02x: 023 aid → 103
FRAMED_DEPS = frozenset({"xcomp", "ccomp"})
PROMISING_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})  # the speaker, as a statement's clause names it
FUTURE_AUXES = frozenset({"will", "would", "shall", "'ll"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
# the party an appeal verb addresses in a phrase: "called on/upon X to", "appealed to X to", "pleaded with X to",
# "called for X to" (the parser often hangs that infinitive on the verb as an adverbial clause)
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "with", "for"})
REQUEST = "REQUEST"
GIVING_APPEALS = frozenset({"021", "022", "023"})  # appeals for cooperation or aid: the code is the whole act
# "prepared to resume shelling": an aspect verb passes on the frame of the verb above it
ASPECT_VERBS = frozenset({"resume", "continue", "begin", "start", "keep"})
# readying military force is CAMEO 154 (exhibit force posture), for fights and mass violence
POSTURE_CODE, MILITARY_ROOTS = "154", ("19", "20")
COMMITMENT_VERBS = frozenset({"commit", "undertake"})  # light verbs whose complement carries the act (a vow
# is as often a threat: "vowed to clean up Manbij", "vowed to exterminate them")
INTENT_CODE = "030"  # CAMEO: express intent to cooperate, not specified
VOW_VERBS = frozenset({"vow", "swear", "pledge", "promise"})  # a spoken commitment: a hostile one is a threat
THREATEN = "THREATEN"
THREAT_MODALS = frozenset({"must", "will", "shall", "'ll"})  # "Daesh must be beaten", "they will be crushed"
MEANS_NOUNS = frozenset({"means", "force", "arm", "arms", "weapon"})  # "by military means": how, not who
FIRST_PERSON = frozenset({"we", "i", "us", "me", "our", "my"})  # "our forces will be attacked": a fear

Coded = list[tuple[Token, list[Event]]]


def frame_of(trigger: Token) -> tuple[str | None, Token | None]:
    """The frame ("intent", "appeal") a trigger's governing verb puts it in, and that verb; (None, None) if none.
    An intent verb with an object of its own ("wants Putin to attack") is an appeal."""
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" and trigger.head.dep_ in FRAMED_DEPS:
        trigger = trigger.head  # "vowed to launch attacks": the (light) verb's clause is the one framed
    addressed = phrase_addressee(trigger) is not None
    if (trigger.dep_ not in FRAMED_DEPS and not addressed) or trigger.head == trigger:
        return None, None
    governor = trigger.head
    if governor.lemma_.lower() in ASPECT_VERBS and governor.dep_ in FRAMED_DEPS and governor.head != governor:
        trigger, governor = governor, governor.head
    has_object = addressed or any(c.dep_ in OBJECT_DEPS for c in governor.children) or (
        trigger.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    )
    frame = governing_frame(governor.lemma_.lower(), has_object=has_object)
    if frame == "statement":
        frame = "intent" if is_own_promise(trigger, governor) else None
    return (frame, governor) if frame is not None else (None, None)


def phrase_addressee(act: Token) -> Token | None:
    """The party an appeal names in a phrase before the infinitive it asks for: Russia in "called on Russia to
    withdraw", the rebels in "appealed to the rebels to lay down their arms", the US in "pleaded with the US to
    send troops", the members in "called for the council's members to relinquish their role"; Turkey in the
    noun's "calls for Turkey to halt its offensive". Only for a verb (or noun) that appeals and nothing else
    (frame_verbs.csv "appeal"): "vowed to win back", "planned for months to attack" address no one."""
    appeal = act.head
    if act.dep_ not in (*FRAMED_DEPS, "advcl", "acl") or appeal == act or act.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children) \
            or governing_frame(appeal.lemma_.lower(), has_object=False) is not None \
            or governing_frame(appeal.lemma_.lower(), has_object=True) != "appeal":
        return None
    if appeal.pos_ == "NOUN":  # "calls for Turkey to halt": the clause's own subject after "for"
        own = any(c.dep_ == "mark" and c.lower_ == "for" for c in act.children)
        return next((c for c in act.children if c.dep_ == "nsubj"), None) if own else None
    return next((o for p in appeal.children if p.dep_ == "prep" and p.lower_ in ADDRESSEE_PREPS and p.i < act.i
                 for o in p.children if o.dep_ == "pobj"), None)


def is_own_promise(clause: Token, statement: Token) -> bool:
    """Whether a clause that a statement verb governs is the speaker's own future act: "Israel announced it would
    free 150 prisoners", "Iran said it will retaliate" (a pronoun subject, will/would/shall, not negated; a
    negated one is a refusal, a named subject a forecast: "said Iraq would attack")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return (
        clause.dep_ == "ccomp"
        and subject is not None
        and subject.lower_ in PROMISING_PRONOUNS
        and any(c.dep_ in SUBJECT_DEPS for c in statement.children)
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in clause.children)
        and not any(c.dep_ == "neg" for c in clause.children)
    )


def recoded(event: Event, code: str) -> Event:
    """The event with CAMEO code `code`, and that code's Goldstein score and quad class."""
    info = cameo_info(code)
    if info is None:
        return event
    return replace(event, cameo=code, goldstein=info.goldstein, quad_class=info.quad_class)


def framed(event: Event, frame: str) -> str | None:
    """The code of `event`'s act in `frame`: cooperative acts take the frame itself; a hostile act intended
    is a threat; CAMEO has no code for appealing for an attack."""
    if not event.cameo:
        return None
    if frame == "posture":
        return POSTURE_CODE if event.cameo[:2] in MILITARY_ROOTS else None
    if event.quad_class in COOPERATIVE_QUADS:
        return framed_code(event.cameo, frame)
    return framed_code(event.cameo, "threat") if frame == "intent" else None


def apply_frames(coded: Coded, *, status_of: Callable[[Token], str] | None = None) -> list[Event]:
    """One sentence's events with CAMEO's frames applied (see the module docstring), in text order; a vow of
    violence also gives the vower's threat (`vowed_threat`), whose status `status_of` reads off the vow verb."""
    by_token = {trigger.i: events for trigger, events in coded}
    for trigger, events in coded:
        frame, governor = frame_of(trigger)
        if frame == "commit" and governor is not None:
            if events and trigger.dep_ == "xcomp" and governor.i in by_token:
                by_token[governor.i] = committed(by_token[governor.i], events[0])
            continue
        if frame is None and events and (aim := stated_aim(trigger)) is not None \
                and events[0].quad_class == MATERIAL_CONFLICT:  # "our mission is to strangle it": a threat
            by_token[trigger.i] = aimed(events, aim, status=status_of(aim) if status_of is not None else "asserted")
            continue
        if frame == "appeal" and governor is not None and events and is_request(by_token.get(governor.i)):
            requests = by_token[governor.i]
            by_token[governor.i] = asked_for(requests, events[0])  # "called on Russia to withdraw": 0256
            by_token[trigger.i] = [] if carries_act(by_token[governor.i]) \
                else addressed_acts(events, requests)  # Russia's RETREAT, not done
            continue
        if frame is None or governor is None or not events or (code := framed(events[0], frame)) is None:
            continue
        if by_token.get(governor.i):  # the request or promise takes the framed code
            by_token[governor.i] = [recoded(e, code) for e in by_token[governor.i]]
            if frame == "appeal":  # what is asked for is the request's content, not an event of its own
                by_token[trigger.i] = []
        else:
            by_token[trigger.i] = [recoded(e, code) for e in events]
            if (
                frame == "intent"
                and governor.lemma_.lower() in VOW_VERBS
                and events[0].quad_class == MATERIAL_CONFLICT
            ):
                status = status_of(governor) if status_of is not None else "asserted"
                threats = [vowed_threat(e, governor, status=status) for e in by_token[trigger.i] if e.source]
                by_token[trigger.i] = threats + by_token[trigger.i]
    return [refused(e) for trigger, _events in coded for e in by_token[trigger.i]]


def is_request(events: list[Event] | None) -> bool:
    """Whether a governing verb's events are a request ("urged", "called on", "asked"): PLOVER REQUEST."""
    return bool(events) and all(e.event_type == REQUEST for e in events or ())


def asked_for(requests: list[Event], act: Event) -> list[Event]:
    """A request with the act it asks for as its content: CAMEO's appeal code for that act where there is one
    ("called on Russia to withdraw" → 0256, appeal to de-escalate); a request for an act CAMEO has no appeal for
    ("urged Turkey to strike", "asked the US to send troops") keeps its own code. The act itself is the one
    addressed's, not done (`addressed_acts`), or none where the code names it all (`carries_act`)."""
    code = framed(act, "appeal")
    return [recoded(e, code) for e in requests] if code is not None else requests


def carries_act(requests: list[Event]) -> bool:
    """Whether a request's code names all there is to its act: an appeal for cooperation or aid (CAMEO 021-023:
    "asked Obama to help Iran" is one 023, as PETRARCH codes it) asks the one addressed to give; an appeal to
    yield, de-escalate, reform or meet (024-028: "called on Israel to withdraw its forces from Lebanon") asks
    for an act of its own, whose doer, place and status the act's record keeps."""
    return any((e.cameo or "")[:3] in GIVING_APPEALS for e in requests)


def addressed_acts(acts: list[Event], requests: list[Event]) -> list[Event]:
    """The act a request asks for, as the act of the one asked: "called on Israel to withdraw" is Israel's
    RETREAT (one per party addressed, from the requests' targets), never the asker's, and not done (hypothetical
    where it was read as asserted). With no party addressed, the act keeps a doer of its own ("calls for Turkey
    to halt": Turkey) and is dropped where its doer is the asker."""
    addressees: list[Actor | None] = [r.target for r in requests if r.target is not None]
    askers = [r.source for r in requests]
    seen: set[tuple[str, str | None, str]] = set()
    kept: list[Event] = []
    for act in acts:
        for doer in addressees or [act.source]:
            key = (_party_key(doer), act.cameo, _party_key(act.target))
            if doer is None or key in seen or any(_party_key(doer) == _party_key(a) for a in askers) \
                    or _party_key(doer) == _party_key(act.target):
                continue
            seen.add(key)
            status = "hypothetical" if act.status == "asserted" else act.status
            kept.append(replace(act, source=doer, status=status))
    return kept


def _party_key(actor: Actor | None) -> str:
    """An actor's identity for comparing parties: its coded name, else its text ("" for none)."""
    return "" if actor is None else (actor.name or actor.text or "").lower()


def stated_aim(act: Token) -> Token | None:
    """The aim noun of "our mission is to strangle it", "their goal is to crush the militias": a party declaring
    that its aim is an act of violence threatens it (CAMEO 138), as a vow does; the possessor does the act
    (arguments.subject). None for other clauses, and for an aim no one owns ("the aim is to")."""
    copula = act.head
    if act.dep_ != "xcomp" or copula.lemma_ != "be" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children):
        return None
    aim = next((c for c in copula.children if c.dep_ == "nsubj" and c.lemma_.lower() in INTENT_NOUNS), None)
    return aim if aim is not None and any(c.dep_ == "poss" for c in aim.children) else None


def aimed(acts: list[Event], aim: Token, *, status: str) -> list[Event]:
    """A declared aim of violence: the owner's threat (CAMEO 138, `vowed_threat`) stated by the aim noun, beside
    the act itself ("our mission is to strangle it"), whose status stays as read: the aim of an operation under
    way ("their aim is to dislodge the militias") describes an act that is happening."""
    code = framed(acts[0], "intent")
    return [vowed_threat(recoded(e, code), aim, status=status) for e in acts if e.source and code] + acts


def committed(pledges: list[Event], act: Event) -> list[Event]:
    """A pledge's or promise's own events beside the act it commits to (frame "commit"): a promise of violence
    is the promiser's threat ("Erdogan promised to crush the militias", CAMEO 138, as a vow of violence is);
    otherwise its bare intent (030) is not output, the act itself (planned) being the event."""
    if act.event_type == "ASSAULT" and (code := framed(act, "intent")) is not None:
        return [promised(e, code, act) for e in pledges]
    return [e for e in pledges if e.cameo != INTENT_CODE]


def promised(promise: Event, code: str, act: Event) -> Event:
    """A promise verb's own event (PLOVER AGREE: "promised", "pledged") with the framed code of the act promised;
    a promise of violence is a threat ("Erdogan promised to crush the militias", CAMEO 138: PLOVER THREATEN, as
    a vow of violence is, `vowed_threat`)."""
    event = recoded(promise, code)
    if act.quad_class != MATERIAL_CONFLICT or promise.event_type != "AGREE" or (info := cameo_info(code)) is None \
            or info.plover_type != THREATEN:
        return event
    return replace(event, event_type=THREATEN, mode=None, target=event.target or act.target)


def vowed_threat(event: Event, vow: Token, *, status: str) -> Event:
    """The threat a vow of violence makes ("Hezbollah vowed to destroy Israel", CAMEO 138): the vower's
    THREATEN against the vowed act's target, stated by the vow verb; the act itself stays, planned."""
    evidence = replace(event.evidence, trigger=vow.text, trigger_start=vow.idx)
    keeps_holder = status in ("reported", "claimed")
    holder = event.attributed_to if keeps_holder else None
    return replace(
        event, event_type=THREATEN, status=status, mode=None, evidence=evidence, killed=None, injured=None,
        attributed_to=holder, denied_by=None,
    )


def refused(event: Event) -> Event:
    """A negated cooperative act ("will not accept refugees") takes CAMEO's refusal code."""
    if event.status != "negated" or event.quad_class not in COOPERATIVE_QUADS or not event.cameo:
        return event
    code = framed_code(event.cameo, "refuse")
    return recoded(event, code) if code else event


def obligation_of(trigger: Token) -> tuple[Token, Token] | None:
    """(the statement's verb or noun, the obliged subject) when the verb `trigger` is what a statement says
    someone must do ("said that Sudan must return", "a reminder that it must cooperate", "said Iran has to
    stop") or what an order tells someone to do ("ordered the minister to resign"); None otherwise. The subject
    must be the clause's own (not one it inherits)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    if (ordered := _ordered_party(trigger)) is not None:
        return trigger.head, ordered
    clause = trigger
    if clause.dep_ == "xcomp" and clause.head.pos_ == "ADJ" and clause.head.dep_ == "acomp":
        clause = clause.head.head  # "must be ready to mediate": the copula carries the modal
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in OBLIGATION_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        clause = clause.head
    elif not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children):
        return None
    obliged = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if obliged is None or clause.dep_ not in STATEMENT_DEPS or clause.head == clause:
        return None
    governor = clause.head
    verb_statement = clause.dep_ == "ccomp" and governor.pos_ in ("VERB", "AUX")
    noun_statement = governor.pos_ == "NOUN"
    return (governor, obliged) if verb_statement or noun_statement else None


def _ordered_party(verb: Token) -> Token | None:
    """The party an order tells to act ("a judge ordered the minister to resign", "commanded the troops to
    withdraw"): the order verb's object, before the infinitive; an order is a demand of that party (CAMEO 10,
    PLOVER REQUEST), not the act itself. A passive infinitive tells no one to act: its object is what is acted
    on, by the orderer's own authority ("ordered her citizenship to be revoked", "ordered the prisoners to be
    freed" is the revoking or freeing, as "ordered the release of" is)."""
    order = verb.head
    if verb.dep_ != "xcomp" or order.lemma_.lower() not in ORDER_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in order.children if c.dep_ == "dobj" and c.i < verb.i), None)


def demand_code(code: str) -> str:
    """The CAMEO code of demanding the act `code` stands for: the appeal for it moved from 02x to 10x ("084"
    → appeal "0253" → demand "1053"), else the generic demand 100."""
    appeal = framed_code(code, "appeal") if code else None
    if appeal is None or not appeal.startswith(APPEAL_ROOT):
        return DEMAND_CODE
    demand = DEMAND_ROOT + appeal[len(APPEAL_ROOT):]
    return demand if cameo_info(demand) is not None else DEMAND_CODE


def ordered_complement(verb: Token) -> Token | None:
    """The act an order verb tells its object to do ("a judge ordered Menem to appear", "commanded the troops to
    hold"): its infinitive complement after a party object; None for other verbs, and for an order without a
    party ("ordered to leave") or without an infinitive ("ordered an inquiry": the noun is the event)."""
    if verb.lemma_.lower() not in ORDER_VERBS:
        return None
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return act if act is not None and _ordered_party(act) is not None else None


def commitment_complement(verb: Token) -> Token | None:
    """The act a commitment verb takes on ("is committed to opening up the economy", "undertook to review
    the law"): its infinitive or "to"-gerund complement; None for other verbs."""
    if verb.lemma_.lower() not in COMMITMENT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
    return None


def passive_threat(trigger: Token) -> Token | None:
    """The party a speaker says must or will suffer an act ("Daesh must be beaten in a definitive manner", "this
    organisation must be defeated", "the terrorists will be crushed", "it has to be destroyed"): the passive
    subject of a verb under must/will/shall or "has/needs to", with no party as agent ("by military means" is
    a means). Said of an enemy, it is the speaker's threat (CAMEO 138), not a demand on anyone; None otherwise,
    and for a negated or first-person one ("we will not be defeated" is defiance, not a threat)."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    if any(c.dep_ == "agent" and not _means_agent(c) for c in trigger.children):
        return None
    clause = trigger.head if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in OBLIGATION_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) else trigger
    if clause is trigger and not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in trigger.children):
        return None
    if any(c.dep_ == "neg" for c in (*trigger.children, *clause.children)):
        return None
    patient = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if patient is None or any(t.lower_ in FIRST_PERSON for t in (patient, *patient.children)):
        return None
    return patient


def _means_agent(agent: Token) -> bool:
    """Whether a "by" phrase names a means, not a doer ("by military means", "by force", "by all means")."""
    return any(o.dep_ == "pobj" and (o.lower_ in MEANS_NOUNS or o.lemma_.lower() in MEANS_NOUNS) for o in agent.children)
