"""The reporting speaker as the doer of what it reports of its own side.

News often leaves the doer of an act unnamed when the one reporting it is the doer's own side:
- an agentless passive of what a party does to its own operations ("One Kurdish leader said the fight against
  Isis would be abandoned immediately", "the offensive will be suspended, the army said"): abandoning, halting,
  suspending, stopping, ending or resuming an activity (a fight, an operation, an offensive) is done by whoever
  runs it, and a party's member reports it of their own side. Not for acts on others ("X said the hospital was
  bombed" names no bomber), nor for an activity that a modifier gives to another party ("the Turkish offensive
  would be halted", "Russia's campaign"). The same holds for an intransitive verb of interrupting whose subject is
  the activity ("anti-Isis operations have all but stopped", `ergative_subject`): the activity's owner, or else the
  speaker, is the doer, and what it was against ("anti-Isis", "against the YPG") is the target;
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

OWN_ACT_VERBS = frozenset({"abandon", "halt", "suspend", "stop", "end", "resume", "cease", "postpone", "pause"})
# Verbs of interrupting whose intransitive subject is the activity interrupted ("operations have stopped", "the
# offensive halted", "air strikes ceased"): the subject is what the transitive verb takes as its object. Not "end"
# (mostly a completion in time, "since the war ended"), nor the aspectual "resume"/"continue" (light verbs: the
# activity noun is the event, "fighting resumed"), nor "collapse" (no party's act: "talks collapsed").
ERGATIVE_VERBS = frozenset({"stop", "halt", "cease", "pause"})
ERGATIVE_BLOCKERS = frozenset({"dobj", "nsubjpass", "auxpass", "agent", "xcomp", "ccomp", "csubj"})
ACTIVITY_NOUNS = frozenset({  # what a party runs itself: its halting or resuming is its own act
    "fight", "fighting", "battle", "operation", "offensive", "campaign", "war", "mission", "patrol", "attack",
    "strike", "airstrike", "raid", "assault", "bombardment", "advance", "push", "deployment", "withdrawal",
})
# What only the side running it stops: an intransitive "the fighting/shelling/strikes stopped" is what anyone
# (residents, monitors) reports of others, unlike "our operations have stopped"
RUN_ACTIVITY_NOUNS = ACTIVITY_NOUNS - {"fighting", "battle", "war", "attack", "strike", "airstrike", "raid",
                                       "assault", "bombardment"}
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
    other party owns in its phrase ("the fight against Isis would be abandoned"; "our operations were halted"),
    or an intransitive verb of interrupting with such an activity as subject ("anti-Isis operations have all but
    stopped": `ergative_subject`), not one that witnesses report of others ("the shelling stopped")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in OWN_ACT_VERBS:
        return False
    if (stopped := ergative_subject(trigger)) is not None:  # "operations have stopped", officials said
        return stopped.lemma_.lower() in RUN_ACTIVITY_NOUNS and not _owned_by_another(stopped)
    deps = {c.dep_ for c in trigger.children}
    if "auxpass" not in deps or "agent" in deps:
        return False
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    return patient is not None and patient.lemma_.lower() in ACTIVITY_NOUNS and not _owned_by_another(patient)


def ergative_subject(verb: Token) -> Token | None:
    """The activity an intransitive verb of interrupting names as its subject ("anti-Isis operations have all but
    stopped", "air strikes ceased"), which its transitive use takes as object ("stopped the operations"): no
    doer of the act. None for other verbs, and where the verb has an object, a complement ("the rebels stopped
    fighting") or is passive (its subject is then the object already)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ERGATIVE_VERBS:
        return None
    if any(c.dep_ in ERGATIVE_BLOCKERS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def activity_opponent(activity: Token) -> Token | None:
    """The party an activity is against, as its phrase names it: an "anti-" modifier ("anti-Isis operations")
    or an "against" phrase ("operations against Isis"); None if none."""
    opposed = next((c for c in activity.lefts if c.dep_ in ("amod", "compound", "nmod") and not c.is_punct
                    and is_opposed(c)), None)
    against = (o for p in activity.rights if p.dep_ == "prep" and p.lower_ == "against"
               for o in p.children if o.dep_ == "pobj")
    return opposed or next(against, None)


def _owned_by_another(noun: Token) -> bool:
    """Whether a possessor or a name before the noun gives it to a party ("Russia's campaign", "the Turkish
    offensive"); a possessive pronoun ("our", "its offensive", the army said) is the speaker's own."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON")
               or (c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in OWNING_ENTITIES and not is_opposed(c))
               for c in noun.children if c.i < noun.i)


def is_opposed(modifier: Token) -> bool:
    """Whether "anti" stands before the modifier ("anti-Isis operations", "anti Assad forces"): the party is
    what the activity is against, not its owner."""
    doc, i = modifier.doc, modifier.i
    before = i - 2 if i >= 2 and doc[i - 1].text == "-" else i - 1
    return before >= 0 and doc[before].lower_ == "anti"


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
