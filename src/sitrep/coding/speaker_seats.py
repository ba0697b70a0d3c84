"""Where a statement is made when its own clause names no place: an organisation named as its venue ("At the UN,
...": geo.seats `venue_place`), the capital of the national government that speaks ("Turkey's president has
accused the US": Ankara), or the seat of the state or international body the speaker was resolved to
(`speaker_seat`: "the UN security council met": New York). Split out of `coding.when_where`, which calls these for
verbal acts.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..geo.seats import capital_place, seat_country, state_country, venue_place
from ..records import Actor, Place

INTERNATIONAL_BODIES = frozenset({"UNO", "IGO", "EUR"})  # actor countries of bodies with a seat of their own
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL"})  # armed groups, who are where the story's fighting is
GIVEN_KINDS = frozenset({"SUPPORT", "AGREE"})  # verbal cooperation given to a party: effective where it is
FIELD_BODIES = frozenset({"UN"})  # "the UN" as a whole: its envoys, agencies and staff speak where they work
GLOSS = re.compile(r"\s*\([^)]*\)")  # a dictionary name's gloss: "United Nations Security Council (UN)"

VENUE_PREPOSITIONS = frozenset({"at", "in"})
STATEMENT_VERBS = frozenset(  # verbal acts a government makes where it sits (speaker_capital)
    {"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "warn", "threaten", "vow", "demand", "urge",
     "reject", "deny", "protest", "welcome", "praise", "appeal", "pledge", "promise", "announce", "dismiss",
     "refuse", "allege", "insist"}
)
GOVERNMENT_NOUNS = frozenset(
    {"president", "leader", "government", "ministry", "minister", "premier", "chancellor", "spokesman",
     "spokeswoman", "spokesperson"}
)


def compounds(token: Token) -> list[Token]:
    """The compound words before a noun ("Nato" in "Nato headquarters")."""
    return [c for c in token.lefts if c.dep_ == "compound"]


def seat_venue(trigger: Token) -> Place | None:
    """An organisation a locative "at"/"in" on the act itself names as its venue ("At the UN, the UK's ambassador
    told the security council", "speaking at Nato headquarters"): where the organisation sits (geo.seats
    `venue_place`). Only there: elsewhere the UN or Nato is an actor, not a place."""
    for prep in trigger.children:
        objects = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" else []
        for obj in objects if prep.lower_ in VENUE_PREPOSITIONS else []:
            found = venue_place(" ".join(t.text for t in [*compounds(obj), obj]))
            if found is not None:
                return found
    return None


def speaker_capital(trigger: Token, *, speaker: Actor | None = None, verbal: bool = False) -> Place | None:
    """A statement (STATEMENT_VERBS: accuse, warn, condemn ...) whose subject is a national government or leader
    ("Turkey's president, Recep Tayyip Erdoğan, has accused the US", "Ankara warned", "the Kremlin denied") is made
    at that government's seat, its capital: a country the sentence names is what the statement is about. A
    subject with no country word of its own ("Erdoğan accused", "Lavrov warned", "he denied") is the government's
    when its resolved actor, the `speaker`, is (`government_country`). A `verbal` act is a statement whatever
    its verb ("Moscow called for", "Ankara slammed"); a conjoined verb shares its first verb's subject ("Syria
    condemned the action and summoned them")."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    if not (verbal or trigger.lemma_.lower() in STATEMENT_VERBS) or subject is None:
        return None
    country = named_country(subject)
    if country is None and subject.lemma_.lower() in GOVERNMENT_NOUNS:
        owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
        country = next((found for owner in owners if (found := named_country(owner))), None)
    country = country or government_country(subject, speaker)
    return capital_place(country) if country is not None else None


def government_country(subject: Token, speaker: Actor | None) -> str | None:
    """The country of a national government's member or organ the subject stands for: a name or pronoun
    ("Lavrov", "he") or a government noun ("the minister") resolved to a state's government (actor_id
    "RUS-GOV")."""
    if speaker is None or speaker.sector != "GOV" or speaker.actor_id != f"{speaker.country}-GOV":
        return None  # a regional authority ("the Kurdish administration": AANES) sits elsewhere
    if subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in GOVERNMENT_NOUNS:
        return speaker.country
    return None


def named_country(token: Token) -> str | None:
    """The country a proper name or adjective names as a government: "Turkey", "Turkish", "Ankara", "Kremlin"."""
    if token.pos_ not in ("PROPN", "ADJ"):
        return None
    name = " ".join(t.text for t in [*compounds(token), token])
    return state_country(name)


def speaker_seat(speaker: Actor | None) -> Place | None:
    """Where the body a verbal act's speaker was resolved to sits, when the act's sentence names no place: a
    state named as such or its national government speaks from its capital ("Turkey is opposed to any
    offensive": Ankara), an
    international body from its curated headquarters (venues.csv: "the UN security council met to condemn it":
    New York); not "the UN" at large (FIELD_BODIES: "UN envoy meets southern rebels"). None for anyone else (a
    person, an armed group, a party, a ministry's region): where they spoke is not known, and the country the
    statement is about is not it."""
    if speaker is None or speaker.country is None:
        return None
    if speaker.country in INTERNATIONAL_BODIES and speaker.actor_id not in FIELD_BODIES:
        names = [speaker.text, GLOSS.sub("", speaker.name or "")]
        return next((found for name in names if name and (found := venue_place(name))), None)
    state = speaker.actor_id == speaker.country and state_country(speaker.name or "") == speaker.country \
        and state_country(speaker.text) == speaker.country  # "Turkey is opposed": not "they", "Letts" coded so
    if state or speaker.actor_id == f"{speaker.country}-GOV":  # not a group coded by its country alone
        return capital_place(speaker.country)
    return None


def speaks_at_home(speaker: Actor, *, country: str | None) -> bool:
    """The speaker is of the story's `country`, or an armed group coded with no country ("Isis is refusing to go",
    "Kurdish-led forces on the ground disputed the claim"): it speaks where it fights, the story's country."""
    return speaker.country == country or (speaker.country is None and speaker.sector in ARMED_SECTORS)


def host_capital(place: Place | None) -> Place | None:
    """The place a visit is made at, its host: a seat of government the gazetteer read as another kind of place
    ("touring Washington, Paris and London": the state of Washington) is the national capital it names."""
    if place is None or place.precision == "place":
        return place
    country = seat_country(str(place.text or place.name))
    return (capital_place(country) if country is not None else None) or place
