"""Bomb warnings: the telephoned or coded warning a bombing group gives before its devices go off ("at least 30
minutes' warning was given before each explosion", "warnings were given to the Samaritans, the police and the
press") is a coercive warning with serious repercussions (PLOVER THREATEN) by the bombers. The report usually
leaves the warner out, as it leaves the bomber out of "each bomb exploded" (coding.incidents.is_blast_report), so
such a warning is kept without a source, like the blast it comes with. A warning is a bomb warning when it says so
("a bomb warning") or when a word of a bombing stands in its own sentence or the one before: bomb warnings are
told beside the blasts they preceded; a warning of a storm or a risk is none (the lexicon drops those senses). A
definite warning after a sentence that told of warnings ("The Oxford Street warning was heard at 2.10pm") is that
warning told again: one record per incident."""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import TriggerSense

WARNING_NOUNS = frozenset({"warning"})
WARNING_LEMMAS = WARNING_NOUNS | {"warn"}
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
BLAST_WORDS = frozenset({  # lemmas of a bombing: its device, its blast, its verb
    "bomb", "bombing", "bomber", "explosion", "blast", "explosive", "device", "ied", "explode", "detonate",
    "detonation", "car-bomb",
})


def is_bomb_warning(trigger: Token, sense: TriggerSense) -> bool:
    """Whether a THREATEN noun is the warning of a bombing: "warning" with a word of a bombing in its compound,
    its own sentence or the sentence before."""
    if sense.event_type != "THREATEN" or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in WARNING_NOUNS:
        return False
    sentence = trigger.sent
    if _told_again(trigger):
        return False
    before = trigger.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    words = list(before) + list(sentence) if before.start != sentence.start else list(sentence)
    return any(w.lemma_.lower() in BLAST_WORDS or w.lower_ in BLAST_WORDS for w in words)


def _told_again(trigger: Token) -> bool:
    """A definite warning ("the warning", "that warning") after a sentence that spoke of warnings."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in trigger.children)
    return definite and any(w.lemma_.lower() in WARNING_LEMMAS for w in trigger.doc[: trigger.sent.start])
