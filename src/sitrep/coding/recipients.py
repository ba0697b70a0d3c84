"""An event's recipient (target): the trigger's own objects, the people a request asks or a message is for, the
enemy a deployment's purpose clause names, the parties of requested or framed clauses, located parties replacing a
thing, the members a force is raised from, conjoined recipients (one event each), and the
target of the incident a violent verb's subject names. Called by `coding.events` with its DocState; the syntactic
candidate finders are in `coding.targets` and `coding.arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from .actors import resolve_actor
from .arguments import conjuncts, giving_verb, is_nominal, target_candidates
from .causes import dying_victims
from .coref import ARMED_SECTORS, identified
from .means import incident_sense, incident_subject
from .modes import is_instrument
from .ontology import VERBAL_QUADS
from .parties import counted_of, is_town_of, names_someone, owner_of, placed_actor, read_actor
from .permission import held_party
from .phrases import phrase
from .resources import Dictionaries
from .speakers import activity_opponent, ergative_subject
from .targets import (
    access_holders,
    action_patients,
    antecedent_owners,
    asked_object,
    complement_parties,
    complement_verbs,
    control_parties,
    counted_weapon,
    force_members,
    is_theme,
    located_candidates,
    mediated_parties,
    message_addressees,
    place_holders,
    purpose_verbs,
    removed_parties,
    requested_parties,
    told_parties,
)
from .triggers import TriggerSense
from .verdicts import judged_parties

if TYPE_CHECKING:
    from .events import DocState

FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # whose people objects are the victims, not a thing moved
ABOUT_CLAUSE_TYPES = frozenset({"ACCUSE", "THREATEN"})  # whose target may be a party of the clause they govern
ABOUT_CLAUSE_CODES = frozenset({"051"})  # endorsement: "insisted that Turkey has the right to ..." (finding.right_sense)
PROMISED_TYPES = frozenset({"AID", "SUPPORT"})  # "was told no help would come": help meant for the told party
HOSTILE_QUADS = frozenset({3, 4})  # verbal and material conflict
MAX_COMPLEMENT_DEPTH = 2  # "agreed to try to send": complements of complements, no further
NON_ACTOR_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
PATTERN_PARTY_PREPS = frozenset({"by", "behind", "from", "between"})  # "stand by Turkey": a pattern's own prep
MAX_CONJUNCTS = 4  # conjoined sources or targets beyond this many are one list too long to split
PROMISING_VERBS = frozenset({"offer", "grant"})  # "offered support": a promise (AGREE), not help given


def incident_target(trigger: Token, sense: TriggerSense, *, state: DocState,
                    dictionaries: Dictionaries) -> tuple[Token | None, Actor | None] | None:
    """The identified target of the incident a violent verb's subject names ("air strikes on Gaza killed five
    people" → Gaza), which the verb's event stands for; None if none."""
    lexicon = dictionaries.triggers
    if (head := incident_subject(trigger, sense, lexicon=lexicon)) is None:
        return None
    inner = incident_sense(head, lexicon)
    found = read_target(head, inner, state=state, dictionaries=dictionaries) if inner is not None else (None, None)
    return found if identified(found[1]) else None


def conjoined_targets(head: Token | None, first: Actor | None, *, state: DocState,
                      dictionaries: Dictionaries) -> list[tuple[Token | None, Actor | None]]:
    """One (head, target) per conjunct of the recipient ("attacked Afrin and Manbij" → Afrin, Manbij), as
    conjoined sources give one event each; at most MAX_CONJUNCTS."""
    targets: list[tuple[Token | None, Actor | None]] = [(head, first)]
    if head is None or first is None:
        return targets
    for token in conjuncts(head)[1:MAX_CONJUNCTS]:
        if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in NON_ACTOR_LABELS:
            continue
        actor = read_actor(token, state=state, dictionaries=dictionaries) \
            or owner_of(token, state=state, dictionaries=dictionaries) \
            or placed_actor(token, Actor(text=phrase(token).text), state=state)
        targets.append((token, actor))
    return targets


def read_target(trigger: Token, sense: TriggerSense, *, state: DocState, dictionaries: Dictionaries,
                _depth: int = 0) -> tuple[Token | None, Actor | None]:
    """The recipient (`stated_target`); where that names no one we can code, the subject of a requested clause,
    the party of a locative/recipient phrase of the verb or of the thing it moves, or the recipient of the act a
    complement frames (see coding.targets). A thing attacked or seized stays the target and takes the country of
    the place it is in ("ambushed a patrol in northern Mali")."""
    if (held := held_party(trigger)) is not None:  # "not allowed to leave": those held, not the permission
        return held, read_actor(held, state=state, dictionaries=dictionaries) or Actor(text=phrase(held).text)
    head, actor = stated_target(trigger, sense, state=state, dictionaries=dictionaries)
    if sense.event_type == "MOBILIZE" and head is not None and head.dep_ == "pobj" and _depth < MAX_COMPLEMENT_DEPTH \
            and (enemy := _purpose_party(trigger, sense, state=state, dictionaries=dictionaries, depth=_depth)):
        return enemy  # "sent to the border to prepare for a campaign against HTS": HTS, not the border
    if identified(actor):
        return head, actor
    if (opposed := _stopped_opponent(trigger, state=state, dictionaries=dictionaries)) is not None:
        return opposed  # "anti-Isis operations have stopped": Isis, whom the operations were against
    if (addressed := _addressee(trigger, sense, head, actor, state=state, dictionaries=dictionaries)) is not None:
        return addressed
    if sense.event_type == "MOBILIZE" and (member := _force_member(trigger, state=state, dictionaries=dictionaries)):
        return member
    further = requested_parties(trigger) if sense.event_type == "REQUEST" else []
    about_clause = sense.event_type in ABOUT_CLAUSE_TYPES or sense.cameo in ABOUT_CLAUSE_CODES
    further += [p for t in complement_parties(trigger) for p in (*_act_agents(t), t)] if about_clause else []
    further += told_parties(trigger) if sense.event_type in PROMISED_TYPES else []
    further += judged_parties(trigger) if sense.event_type == "ACCUSE" else []
    if _relocatable(head, actor, sense):
        located = located_candidates(trigger, head if head is not None and is_theme(head) else None,
                                     quad_class=sense.quad_class, event_type=sense.event_type, cameo=sense.cameo)
        further += [h for t in located for h in (*place_holders(t), t)]  # "fighting in X, Isis's stronghold"
    for token in further:
        if (found := _coded_party(token, state=state, dictionaries=dictionaries)) is None:
            continue
        if head is not None and actor is not None and sense.event_type in FORCE_TYPES:
            return head, Actor(**{**actor.to_dict(), "country": found.country})  # "ambushed a patrol in Mali"
        return token, found
    hostile = sense.quad_class in HOSTILE_QUADS  # whose purpose or means clause may name the enemy
    for verb in complement_verbs(trigger, hostile=hostile) if _depth < MAX_COMPLEMENT_DEPTH else ():
        inner = read_target(verb, sense, state=state, dictionaries=dictionaries, _depth=_depth + 1)
        if identified(inner[1]):
            return inner
    return head, actor


def _act_agents(noun: Token) -> list[Token]:
    """Who does the act a clause's noun names ("warned that mass killings by the regime undermine ..." → the
    regime): the party criticised is the act's doer, ahead of the act itself or the clause's other nouns."""
    return [o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for o in p.children if o.dep_ == "pobj"]


def _purpose_party(trigger: Token, sense: TriggerSense, *, state: DocState, dictionaries: Dictionaries,
                   depth: int) -> tuple[Token | None, Actor | None] | None:
    """The party a deployment's purpose clause is aimed at ("sent to the border to prepare for a ground campaign
    against HTS" → HTS): a force is sent where it goes, but against whom it is to fight; None if the clause names
    no identified party."""
    for verb in purpose_verbs(trigger):
        inner = read_target(verb, sense, state=state, dictionaries=dictionaries, _depth=depth + 1)
        if identified(inner[1]):
            return inner
    return None


def _addressee(trigger: Token, sense: TriggerSense, head: Token | None, actor: Actor | None, *, state: DocState,
               dictionaries: Dictionaries) -> tuple[Token, Actor] | None:
    """Whom words are put to where the object is that party or the message itself: the people a request verb asks
    to act ("begged her commanders to send her": the commanders, not whom they are to send), the party a message
    object is for ("dropped leaflets telling us to surrender": us, not the leaflets; `targets.message_addressees`,
    a pronoun as resolved, else as written); None otherwise."""
    if head is None:
        return None
    if sense.event_type == "REQUEST" and actor is not None and actor.sector and head == asked_object(trigger):
        return head, actor
    for token in message_addressees(head):
        found = read_actor(token, state=state, dictionaries=dictionaries) or state.pronouns.get(token.i)
        return token, found or Actor(text=phrase(token).text)
    return None


def _force_member(trigger: Token, *, state: DocState,
                  dictionaries: Dictionaries) -> tuple[Token, Actor] | None:
    """The group a force is raised from or made of (`targets.force_members`), where it names a party: a coded
    one, or a described armed or social group ("a Kurdish-led force", "the rebel groups")."""
    for token in force_members(trigger):
        actor = read_actor(token, state=state, dictionaries=dictionaries)
        if actor is not None and (identified(actor) or actor.sector):
            return token, actor
    return None


def _relocatable(head: Token | None, actor: Actor | None, sense: TriggerSense) -> bool:
    """Whether a recipient found is only a thing (or the people moved: "contribute troops to a force") that a
    located party may replace; a named party, or people attacked or detained ("killed 23 people"), stays."""
    if head is None or actor is None:
        return True
    if names_someone(phrase(head)):
        return False
    return actor.sector is None or (is_theme(head) and sense.event_type not in FORCE_TYPES)


def _stopped_opponent(trigger: Token, *, state: DocState,
                      dictionaries: Dictionaries) -> tuple[Token, Actor] | None:
    """The identified party an interrupted activity was against (speakers.activity_opponent), where the verb's
    subject is that activity ("anti-Isis operations have stopped"); None otherwise."""
    stopped = ergative_subject(trigger)
    enemy = activity_opponent(stopped) if stopped is not None else None
    if stopped is None or enemy is None:
        return None
    actor = resolve_actor(enemy.text, dictionary=dictionaries.actors, when=state.published) \
        if enemy.i < stopped.i else read_actor(enemy, state=state, dictionaries=dictionaries)  # "anti-" is read apart
    return (enemy, actor) if actor is not None and identified(actor) else None


def _coded_party(token: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The identified actor (or place) a phrase names, else None."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON") or token.ent_type_ in NON_ACTOR_LABELS:
        return None
    actor = read_actor(token, state=state, dictionaries=dictionaries)
    if not identified(actor) and token.pos_ != "PRON":
        actor = placed_actor(token, actor or Actor(text=phrase(token).text), state=state)
    return actor if identified(actor) else None


def stated_target(trigger: Token, sense: TriggerSense, *, state: DocState,
                  dictionaries: Dictionaries) -> tuple[Token | None, Actor | None]:
    """The recipient the trigger's own objects give: the first candidate that names an actor (whose access or
    supplies a thing is, or who holds a place, comes before it); else the actor a thing belongs to ("Turkey's
    efforts", "a U.N. resolution", "the rights of Palestinians"), which a described group is not (its nationality
    word describes it: "the Syrian Kurdish forces" are no party of Syria's); else the object as written (a town,
    "civilians")."""
    found = dying_victims(trigger) + removed_parties(trigger) + target_candidates(trigger) \
        + pattern_parties(trigger, sense) + mediated_parties(trigger, cameo=sense.cameo)  # "cleanse X of Y": Y first
    held = (h for c in found for h in (*access_holders(c), *place_holders(c), *action_patients(c),
                                       *control_parties(c), c))
    candidates = [t for t in held
                  if (is_nominal(t) and (t.ent_type_ not in NON_ACTOR_LABELS or counted_of(t) is not None)
                      or counted_victims(t, trigger, sense))
                  and not is_instrument(t.lemma_, sense.event_type)  # "fired artillery at Afrin"
                  and not counted_weapon(t)]  # "shelled the town with dozens of mortar rounds"
    actors = [(head, None if is_town_of(head, state) else read_actor(head, state=state, dictionaries=dictionaries)
               or state.pronouns.get(head.i))
              for head in candidates]  # a pronoun recipient may stand for a party we can name but not code
    for head, actor in actors:
        if identified(actor):
            return head, actor
    written = [t for t in candidates if t.pos_ != "PRON"]
    described = {head.i for head, actor in actors if actor is not None and actor.sector}
    for head in written:
        if is_town_of(head, state) or (owner := owner_of(head, state=state, dictionaries=dictionaries)) is None:
            continue
        if head.i not in described or not _own_modifier(head, owner):  # "the Syrian Kurdish forces": not Syria's
            return head, owner
    for head in written if sense.quad_class in VERBAL_QUADS else ():  # "opposed the plan": whose plan it was
        if head.i in described and _nationality_words(head):
            continue  # "the Syrian Kurdish forces" says whose forces they are: no earlier "Syrian forces"
        earlier = (read_actor(t, state=state, dictionaries=dictionaries) for t in antecedent_owners(head))
        if (owner := next((a for a in earlier if identified(a)), None)) is not None:
            return head, owner
    for head, actor in actors:
        if actor is not None:
            return head, placed_actor(head, actor, state=state)
    prep_objects = [t for t in written if t.dep_ == "pobj"]
    chosen = (prep_objects or written)[:1]
    if not chosen:
        return _requested_from(trigger, sense, state=state, dictionaries=dictionaries)
    return chosen[0], placed_actor(chosen[0], Actor(text=phrase(chosen[0]).text), state=state)


def counted_victims(token: Token, trigger: Token, sense: TriggerSense) -> bool:
    """A bare number that is the passive subject or the object of an act of force ("Two had been hit", "Five
    were killed", "killed 12"): news counts the people the act hit with the number alone, so it names them."""
    return token.pos_ == "NUM" and token.head == trigger and token.dep_ in ("nsubjpass", "dobj") \
        and sense.event_type in FORCE_TYPES


def _own_modifier(head: Token, owner: Actor) -> bool:
    """Whether an owner is only a nationality word describing the party `head` names ("Syrian" in "the Syrian
    Kurdish forces"), which the resolver has read with the rest of the phrase."""
    return owner.text in _nationality_words(head)


def _nationality_words(head: Token) -> list[str]:
    """The modifiers before a noun that may name a nation or group ("Syrian", "Kurdish" in "the Syrian Kurdish
    forces")."""
    return [t.text for t in head.doc[head.left_edge.i : head.i] if t.dep_ in ("amod", "compound")
            and (t.ent_type_ in ("NORP", "GPE") or t.pos_ == "PROPN")]


def gives_force_support(trigger: Token, target: Actor | None) -> bool:
    """Whether a support noun names help given to an armed force ("the support the US continues to provide to
    the Syrian Kurdish forces", "provided support to the rebels"): support handed over to fighters is military
    aid (PLOVER AID, CAMEO 072), not verbal backing; one only offered is not yet given."""
    if trigger.pos_ != "NOUN" or target is None or target.sector not in ARMED_SECTORS:
        return False
    verb = giving_verb(trigger)
    return verb is not None and verb.lemma_.lower() not in PROMISING_VERBS


def pattern_parties(trigger: Token, sense: TriggerSense) -> list[Token]:
    """The objects of a preposition that the trigger's verb pattern itself names, where that phrase is the
    recipient and not an agent or a source ("stand by Turkey", "rallied behind the president", "mediate between
    the parties", verbs.csv rows with that prep)."""
    words = sense.pattern.split(" (")[0].split(" +")[0].split()
    preps = PATTERN_PARTY_PREPS.intersection(words[2:]) if words[:1] == ["verb"] else set()
    return [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _requested_from(trigger: Token, sense: TriggerSense, *, state: DocState,
                    dictionaries: Dictionaries) -> tuple[Token | None, Actor | None]:
    """A request with no addressee is addressed to whoever owns what it asks for ("called for US support",
    "appeals for Russian help")."""
    if sense.event_type != "REQUEST":
        return None, None
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            for thing in (c for c in prep.children if c.dep_ == "pobj"):
                if (owner := owner_of(thing, state=state, dictionaries=dictionaries)) is not None:
                    return thing, owner
    return None, None
