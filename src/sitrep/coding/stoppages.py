"""Stoppages news tells without the word "strike" as its compound: coding.finding reads these senses.

- A duration of strikes: "two weeks of strikes", "48 hours of strikes" is a stoppage of work as "a two-week
  strike" is (nouns.csv reads "day", "week", "hour" as compounds of "strike" that give PROTEST strike): the
  duration noun the "of" phrase hangs from is read as a modifier of the event noun (`noun_modifiers`). Strikes
  "on" or "against" someone are blows at a target ("weeks of strikes on the city"), and keep their own reading.
- A refusal of food made "in protest" or "as a protest": "prisoners refused to eat in protest", "detainees
  refused food as a protest against their detention" is a hunger strike (CAMEO 142, PLOVER PROTEST hunger),
  where a bare refusal to eat is a private act that codes nothing (verbs.csv) (`protest_refusal`).

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import TriggerSense, sense_of_code

DURATION_NOUNS = frozenset({"hour", "day", "week", "month"})  # "two weeks of strikes": how long a stoppage lasts
TARGET_PREPS = frozenset({"on", "against", "at"})  # "weeks of strikes on Raqqa": blows struck at a target
MODIFIER_DEPS = ("compound", "amod")
REFUSING_VERBS = frozenset({"refuse", "decline"})
EATING_VERBS = frozenset({"eat", "drink"})  # "refused to eat"
FOOD_NOUNS = frozenset({"food", "meal", "water", "nourishment", "ration"})  # "refused food"
PROTEST_PREPS = frozenset({"in", "as"})  # "in protest", "as a protest"
HUNGER_STRIKE_CODE = "142"  # CAMEO conduct hunger strike (PLOVER PROTEST hunger)


def noun_modifiers(noun: Token) -> list[str]:
    """The words that modify an event noun for the lexicon: its compounds and adjectives ("air strike"), plus the
    duration noun it measures ("two weeks of strikes": "week"), unless a target follows ("strikes on the city")."""
    words = [c.lower_ for c in noun.lefts if c.dep_ in MODIFIER_DEPS]
    duration = _measured_duration(noun)
    if duration is not None and not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children):
        words.append(duration.lemma_.lower())
    return words


def _measured_duration(noun: Token) -> Token | None:
    """The duration noun whose "of" phrase the noun is ("two weeks of strikes"); None otherwise."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head == of:
        return None
    duration = of.head
    return duration if duration.lemma_.lower() in DURATION_NOUNS else None


def protest_refusal(verb: Token) -> TriggerSense | None:
    """A hunger strike told as a refusal of food made in protest ("prisoners refused to eat in protest",
    "refused food as a protest"): CAMEO 142; None for any other verb or a refusal with no protest phrase."""
    if verb.lemma_.lower() not in REFUSING_VERBS:
        return None
    food = [c for c in verb.children if (c.dep_ == "xcomp" and c.lemma_.lower() in EATING_VERBS)
            or (c.dep_ == "dobj" and c.lemma_.lower() in FOOD_NOUNS)]
    if not food or not any(_protest_phrase(c) for word in [verb, *food] for c in word.children):
        return None
    return sense_of_code(HUNGER_STRIKE_CODE, pattern="refuse food in protest")


def _protest_phrase(prep: Token) -> bool:
    """Whether a preposition opens "in protest" or "as a protest"."""
    return prep.dep_ == "prep" and prep.lower_ in PROTEST_PREPS \
        and any(c.dep_ == "pobj" and c.lemma_.lower() == "protest" for c in prep.children)
