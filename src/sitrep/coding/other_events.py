"""Places that belong to another event of the sentence. A noun naming an event (an offensive, talks, a visit, the
launch of something) carries its own place, and news relates one event to another by a verb or a preposition of
sequence: "Monday's airstrikes coincided with the launch of an offensive in neighbouring Iraq", "the raids followed
a visit to Moscow by the foreign minister", "jets bombed rebel positions a day after talks in Geneva". The place in
the other event's phrase is where that event happened, not this one (`other_event_spans`: the character spans
`coding.when_where` leaves out when it places a material act). An event the act happens inside does place it:
"killed in an attack on Hama", "died during the offensive in Idlib", "killed after clashes in Hama" (a fight is
where its casualties fall).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .ontology import MATERIAL_CONFLICT
from .triggers import TriggerSense, load_triggers, lookup_noun, trigger_lemmas

SEQUENCE_WORDS = frozenset(  # prepositions and subordinators that set one event beside or after another
    {"with", "after", "before", "following", "since", "until", "ahead", "prior"}
)
ASPECT_NOUNS = frozenset(  # nouns of an event's phase or occasion the trigger lexicon codes no event for
    {"launch", "start", "beginning", "outbreak", "end", "arrival", "departure", "tour", "process", "election"}
)  # not "speech": a speech's place is where the words it holds are said
RELATED_DEPS = frozenset({"dobj", "attr", "advcl"})  # "followed <a visit>", "came as <talks> began"
NEW_PLACE_NOUNS = frozenset(  # "seized a town": a place the story introduces, not the one named before
    {"town", "city", "village", "district", "neighbourhood", "neighborhood", "base", "camp", "hospital", "school"}
)
VERBAL_COOPERATION = 1  # quad class of talks, visits, meetings and deals: held where the parties meet, often abroad


def other_event_spans(trigger: Token) -> list[tuple[int, int]]:
    """The character spans of the sentence's other event phrases that do not place the trigger's event: an event
    noun the trigger, a noun, is set beside through the verb they share ("<airstrikes> coincided with the launch
    ..."), or one a sequence word puts before or after the trigger ("bombed positions a day after talks in
    Geneva"), unless that is a fight the act is part of."""
    spans = []
    for noun in trigger.sent:
        if noun == trigger or noun in trigger.ancestors or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        sense = _event_sense(noun)
        if sense is None:
            continue
        if _set_beside(noun, trigger) or (_sequenced(noun, trigger) and not _material(sense)):
            spans.append((noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)))
    return spans


def in_talks_phrase(token: Token) -> bool:
    """The token lies in the phrase of a noun naming an act of verbal cooperation (talks, a visit, a summit, a
    conference, a deal), reached through nouns and prepositions only ("peace talks in <Geneva>
    collapsed", "a visit to <Moscow>"): that event's place, which an act a later sentence tells without a place of
    its own does not share ("Talks in Geneva collapsed. Jets bombed rebel positions": not in Geneva)."""
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        sense = _event_sense(node) if node.pos_ == "NOUN" else None
        if isinstance(sense, TriggerSense):  # a phase noun is its event's: "an end to the fighting in <Aleppo>"
            return sense.quad_class == VERBAL_COOPERATION
    return False


def _event_sense(noun: Token) -> TriggerSense | bool | None:
    """The event a noun names (the trigger lexicon's sense), True for a phase or occasion noun, else None."""
    compounds = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
    sense = lookup_noun(load_triggers(), noun.lemma_.lower(), compounds=compounds)
    return sense or (True if noun.lemma_.lower() in ASPECT_NOUNS else None)


@cache
def _event_verbs() -> frozenset[str]:
    """The lemmas the trigger lexicon codes an event for (light verbs left out)."""
    return trigger_lemmas(load_triggers(), include_light=False)


def _material(sense: TriggerSense | bool) -> bool:
    return isinstance(sense, TriggerSense) and sense.quad_class == MATERIAL_CONFLICT


def _set_beside(noun: Token, trigger: Token) -> bool:
    """A noun trigger that is the subject of a verb that codes no event of its own (coincide, follow, come) whose
    object, sequence phrase or adverbial clause holds the other event noun: "<the bombing> came hours after talks
    in Geneva collapsed"."""
    verb = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass") or noun in trigger.subtree:
        return False
    if verb.lemma_.lower() in _event_verbs():
        return False  # "the strike hit a meeting in Idlib": the act's own verb, the meeting its target
    branch = noun if noun.head == verb else noun.head  # the event is the verb's argument, not deeper in one
    if branch.head != verb or branch == verb:
        return False
    return branch.dep_ in RELATED_DEPS or (branch.dep_ == "prep" and branch.lower_ in SEQUENCE_WORDS)


def _sequenced(noun: Token, trigger: Token) -> bool:
    """An event noun under the trigger through a sequence word ("bombed positions after talks in Geneva",
    "struck a day before the summit in Sochi")."""
    if noun not in trigger.subtree:
        return False
    path = [t for t in (noun, *noun.ancestors) if t in trigger.subtree and t != trigger]
    return any(t.dep_ in ("prep", "mark") and t.lower_ in SEQUENCE_WORDS for t in path) or any(
        c.dep_ == "mark" and c.lower_ in SEQUENCE_WORDS for t in path for c in t.children
    )


def introduces_place(trigger: Token) -> bool:
    """The act's own object or phrase is an indefinite place noun ("have also seized a town in the east of the
    country", "bombed a hospital", "attacked a village near the border"): news introduces a new place so, and the
    place an earlier sentence named belongs to another event."""
    for token in trigger.subtree:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in NEW_PLACE_NOUNS or token.tag_ != "NN":
            continue
        path = [token, *[t for t in token.ancestors if t in trigger.subtree and t != trigger]]
        if any(t.pos_ in ("VERB", "AUX") for t in path):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
            return True
    return False
