"""Which events are kept when their text names no doer (`keeps_sourceless`, setting `keep_sourceless`): violence
or coercion anchored in the world by casualties, a blast, a place or a counted patient, and legal acts on people.
Split out of `coding.events`, which calls it for every event whose source is empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..geo.locate import choose_event_place
from .actor_negatives import names_nobody
from .arguments import GIVING_VERBS
from .bomb_warnings import is_bomb_warning
from .finding import verb_sense
from .incidents import (
    PERSON_PRONOUNS,
    charged_party,
    has_arms_patient,
    has_counted_patient,
    has_person_patient,
    is_back_reference,
    is_blast_report,
    is_incident,
    means_host,
    reports_occurrence,
)
from .means import named_candidates
from .measures import light_verb_of
from .modes import refine_mode
from .ontology import HAPPENED, MATERIAL_CONFLICT
from .triggers import TriggerLexicon, TriggerSense

if TYPE_CHECKING:
    from .events import DocState

SOURCELESS_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})  # what may be kept with no perpetrator named
LEGAL_ACT_TYPES = frozenset({"ACCUSE", "RETREAT"})  # charges and releases kept with no one named behind them
DOER_DEPS = frozenset({"nsubj", "agent"})  # "their bosses gave ...", "... were given an ultimatum by their bosses"
OWN_CLAUSE_STOPS = frozenset({"relcl", "advcl", "acl", "ccomp", "conj", "parataxis", "appos"})
OWNING_VERBS = frozenset({"claim", "accept", "admit", "take", "assume"})  # "claimed / took responsibility for"
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
UNKNOWING_WORDS = frozenset({"unclear", "unknown"})  # "it is unclear who fired"
KNOWING_WORDS = frozenset({"clear", "known", "know"})  # "it was not clear who", "police did not know who"
ASKING_WORDS = frozenset({"who", "whom"})


def keeps_sourceless(trigger: Token, sense: TriggerSense, *, casualties: bool, status: str, state: DocState,
                     lexicon: TriggerLexicon) -> bool:
    """Whether an event whose text names no source is kept (with source None): only physical violence or
    coercion ("was killed in an explosion", "three were arrested in Azaz", "a roadside bomb killed two") whose
    clause names no perpetrator (only a means with no owner, coding.means, or a modifier that is no name:
    "roadside bombing") and anchors it in the world with casualties, or names one incident (not a war's name: "the
    fight for Idlib"; not a verb that states no occurrence: "battling the YPG was a necessity") with a place of
    its own, and stated as having happened (not planned, denied, negated or supposed). An explosion verb whose
    subject is the device ("each bomb exploded", incidents.is_blast_report) is such an incident; so are an arrest,
    a charge or a release whose subject is a person pronoun or people ("she was arrested and charged", "Leftists
    were arrested", "one of the men has been released"), or a charge its accused faces or pleads to ("he faces
    charges of murder"). A threat a verb of giving hands to people from a doer the clause names ("were given an
    ultimatum by their bosses", `threat_given_to_people`) is kept as well. A named source we cannot
    identify, or words and deals with no one behind them, are too weak to keep. Off unless the `keep_sourceless`
    setting is on."""
    if not state.keep_sourceless or status not in HAPPENED:
        return False
    charge = "legal" in sense.context and sense.event_type in LEGAL_ACT_TYPES  # "was charged", "were released"
    if not charge and (sense.quad_class != MATERIAL_CONFLICT or sense.event_type not in SOURCELESS_TYPES):
        # "warnings were given before each explosion": as the blast; "were given an ultimatum by their bosses"
        return is_bomb_warning(trigger, sense) or threat_given_to_people(trigger, sense)
    if unowned_incident(trigger):
        return True  # "no group has claimed responsibility for the explosion": it happened, its doer unknown
    blast = is_blast_report(trigger, sense)  # "it exploded": the subject is the device, no perpetrator
    if trigger.dep_ in ("amod", "compound") or (not blast and named_candidates(trigger, sense, lexicon=lexicon)):
        return False  # "the besieged enclave" describes; a named source we cannot identify is not "no source"
    if is_back_reference(trigger) or _violent_host(trigger, lexicon):
        return False  # "after the museum shooting", "pounded the towns with artillery fire"
    if charge:
        return has_counted_patient(trigger) or has_person_patient(trigger) or charged_party(trigger) is not None
    if casualties or blast or (has_counted_patient(trigger) and _deliberate(trigger, sense)):
        return True
    if sense.event_type == "COERCE" and sense.mode == "seize" and has_arms_patient(trigger):
        return True  # "the ammo was discovered": arms found or seized anchor the find
    if "legal" in sense.context and has_person_patient(trigger):
        return True  # "she was arrested", "Leftists were arrested"
    return is_incident(trigger) and (reports_occurrence(trigger)  # "when the bombing began", "a blast rocked the city"
                                     or choose_event_place(trigger.sent, trigger, state.places) is not None)


def threat_given_to_people(noun: Token, sense: TriggerSense) -> bool:
    """A threat noun ("an ultimatum") that a verb of giving hands to people named as such (a person pronoun or a
    plural: "he and other employees were given an ultimatum by their bosses", "their bosses gave the workers an
    ultimatum") from a doer the clause names but the dictionary cannot code: one act done to them by someone,
    kept as an arrest of people is. A threat with no doer in its clause, or given to no one, stays words with no
    one behind them; a private person's threat to another is dropped later (nonevents.is_private_exchange)."""
    verb = light_verb_of(noun) if noun.pos_ == "NOUN" and sense.event_type == "THREATEN" else None
    if verb is None or noun.dep_ != "dobj" or verb.lemma_.lower() not in GIVING_VERBS:
        return False
    if not any(c.dep_ in DOER_DEPS or (c.dep_ == "prep" and c.lower_ == "by") for h in (verb, noun) for c in h.children):
        return False  # no doer named: as subject, or in a "by" phrase on the verb or on the noun
    recipients = [c for c in verb.children if c.dep_ in ("dative", "nsubjpass")]
    return any(r.lower_ in PERSON_PRONOUNS or r.tag_ in ("NNS", "NNPS") for r in recipients)


def unowned_incident(trigger: Token) -> bool:
    """An incident the text names as what nobody has claimed ("no group has yet claimed responsibility for the
    explosion", "nobody claimed the attack") or as done by someone not known (`doer_unknown`): reporters write so
    of an act that happened and whose doer they cannot name, so it is a report of the act with no source, not a
    back-reference to be dropped nor a negated act. A party that did not claim it ("the Taliban did not claim the
    attack") is no such statement and is read as before."""
    node = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" \
            and trigger.head.head.lemma_.lower() in RESPONSIBILITY_NOUNS:
        node = trigger.head.head  # "responsibility for the explosion"
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in (OWNING_VERBS if node is not trigger else {"claim"}):
        return doer_unknown(trigger)
    return any(c.dep_ == "nsubj" and names_nobody(c) for c in verb.children)


def doer_unknown(trigger: Token) -> bool:
    """An act whose doer is asked after in a clause the text says is not known: "it was not clear who carried out
    the attack", "it is unclear who fired the rocket", "it was not immediately known who was behind the attack".
    The act happened; only who did it is unknown, so a negation of the knowing is not the act's."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else light_verb_of(trigger)
    if verb is None and trigger.dep_ == "pobj" and trigger.head.lower_ == "behind":
        verb = trigger.head.head  # "who was behind the attack"
    if verb is None or verb.dep_ != "ccomp" or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ASKING_WORDS for c in verb.children):
        return False
    knowing = verb.head
    words = {knowing.lower_} | {c.lower_ for c in knowing.children if c.dep_ in ("acomp", "neg")}
    return bool(words & UNKNOWING_WORDS) or (bool(words & KNOWING_WORDS) and bool(words & {"not", "n't", "never"}))


def own_words(trigger: Token) -> list[str]:
    """The trigger's phrase without the clauses hanging off it: "captured two villages near the scene of a chemical
    attack, which ..." is not a chemical attack because of what a relative clause says."""
    tokens: list[Token] = []
    stack = [trigger]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in OWN_CLAUSE_STOPS)
    return [t.lower_ for t in sorted(tokens, key=lambda t: t.i)]  # in text order ("surface-to-air")


def _deliberate(trigger: Token, sense: TriggerSense) -> bool:
    """Coercion, or violence of a kind (a mode: "were raped", "injured in a grenade attack"); a bare harm word
    ("several people were injured") may tell of a disaster."""
    return sense.event_type == "COERCE" or refine_mode(sense, words=own_words(trigger)).mode is not None


def _violent_host(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """An event noun in the instrument phrase of a violent verb ("pounding the towns with artillery fire")."""
    host = means_host(trigger)
    return host is not None and (sense := verb_sense(host, lexicon)) is not None \
        and sense.quad_class == MATERIAL_CONFLICT
