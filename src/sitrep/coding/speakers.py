"""The reporting speaker as the doer of what it reports of its own side.

News often leaves the doer of an act unnamed when the one reporting it is the doer's own side:
- an agentless passive of what a party does to its own operations ("One Kurdish leader said the fight against
  Isis would be abandoned immediately", "the offensive will be suspended, the army said"): abandoning, halting,
  suspending, stopping, ending or resuming an activity (a fight, an operation, an offensive) is done by whoever
  runs it, and a party's member reports it of their own side. Not for acts on others ("X said the hospital was
  bombed" names no bomber), nor for an activity that a modifier gives to another party ("the Turkish offensive
  would be halted", "Russia's campaign");
- a subjectless gerund that is the subject of an aim or a need ("Kurdish leaders say avenging the loss of Afrin
  remains a priority", "retaking the city is essential, the general said"): the speaker's own intent.

A quote's "we" is its speaker's side (coding.quotes); where the speaker is a "he"/"she" whose person is named
but not coded ("Aldar Khalili, a leader of a Kurdish bloc, said ... '...,' he said. 'We have shown our
readiness'"), `named_head` finds the name, whose description or name then stands for the "we".

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .coref import Mention, reporting_speaker

OWN_ACT_VERBS = frozenset({"abandon", "halt", "suspend", "stop", "end", "resume", "cease", "postpone"})
ACTIVITY_NOUNS = frozenset({  # what a party runs itself: its halting or resuming is its own act
    "fight", "fighting", "battle", "operation", "offensive", "campaign", "war", "mission", "patrol", "attack",
    "strike", "airstrike", "raid", "assault", "bombardment", "advance", "push", "deployment", "withdrawal",
})
AIM_NOUNS = frozenset({"priority", "aim", "goal", "objective", "intention", "plan", "duty", "task", "target"})
NEEDED_ADJECTIVES = frozenset({"necessary", "essential", "vital", "imperative", "crucial", "urgent"})
COPULAS = frozenset({"be", "remain"})
OWNING_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})  # "the Turkish offensive", "Russia's campaign"


def speaking_doer(trigger: Token) -> Token | None:
    """The subject of the reporting verb whose report makes it the doer of the trigger's act: an agentless
    passive of an act on its own side's activity (`own_activity_act`), or a subjectless gerund stated as an aim
    or a need (`stated_intent`); None otherwise."""
    if not (own_activity_act(trigger) or stated_intent(trigger)):
        return None
    return reporting_speaker(trigger)


def own_activity_act(trigger: Token) -> bool:
    """An agentless passive of abandoning, halting, suspending, stopping, ending or resuming an activity that no
    other party owns in its phrase ("the fight against Isis would be abandoned"; "our operations were halted")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in OWN_ACT_VERBS:
        return False
    deps = {c.dep_ for c in trigger.children}
    if "auxpass" not in deps or "agent" in deps:
        return False
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and patient.lemma_.lower() in ACTIVITY_NOUNS and not _owned_by_another(patient)


def _owned_by_another(noun: Token) -> bool:
    """Whether a possessor or a name before the noun gives it to a party ("Russia's campaign", "the Turkish
    offensive"); a possessive pronoun ("our", "its offensive", the army said) is the speaker's own."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON")
               or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in OWNING_ENTITIES)
               for c in noun.children if c.i < noun.i)


def stated_intent(trigger: Token) -> bool:
    """A gerund with no subject of its own that is the subject of "is/remains" an aim or a need ("avenging the
    loss of Afrin remains a priority", "retaking the city is essential")."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBG" or trigger.dep_ != "csubj":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in trigger.children):
        return False
    copula = trigger.head
    if copula.lemma_.lower() not in COPULAS:
        return False
    return any((c.dep_ == "attr" and c.lemma_.lower() in AIM_NOUNS)
               or (c.dep_ == "acomp" and c.lemma_.lower() in NEEDED_ADJECTIVES) for c in copula.children)


def named_head(pronoun: Token, name: str, mentions: Sequence[Mention]) -> Token | None:
    """The head (a proper noun) of the latest mention before the pronoun that names `name`, or None."""
    doc = pronoun.doc
    spans = (doc.char_span(m.end - 1, m.end, alignment_mode="expand") for m in reversed(mentions)
             if m.actor.text == name and m.end <= pronoun.idx)
    return next((s.root for s in spans if s is not None and s.root.pos_ == "PROPN"), None)
