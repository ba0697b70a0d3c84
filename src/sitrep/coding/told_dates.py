"""Dates for an incident a story tells again: "A car bomb killed 30 people on Monday in Hasakeh. ... The blast also
wounded 90." The later sentence gives no date of its own, but its definite "the blast" points back to the incident
the story has already dated, and the event shares that date rather than the publication's.

A document pass over the coded events (`date_told_incidents`), after each event got the date its own sentence
gives (`event_dates.event_date`). Only a definite incident noun ("the blast", "this attack") links back, and only to
the nearest earlier event of the same type; a new incident ("another blast", "a second car bomb", "the latest
attack") keeps its own date. The story's head (headline and lead) likewise takes the day the next sentences give
its incident, when that day is in the week before publication (`date_headlines`). A reaction that points back
("when the council met to condemn it") shares the date of the incident the previous sentence told, and the main
clause of a "when" clause so dated shares it too ("..., Russia vetoed the resolution").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import DateValue, Event
from .cue_scopes import PROMPT_REACTION_VERBS
from .event_dates import clause_date, sentence_dates
from .ontology import HAPPENED, MATERIAL_CONFLICT

# nouns naming one violent incident, which a definite determiner makes a reference to one the story told
INCIDENT_NOUNS = frozenset(
    {"attack", "blast", "bombing", "explosion", "strike", "airstrike", "raid", "ambush", "shelling", "bombardment",
     "massacre", "assault", "bomb", "shooting", "killing", "incident", "explosions", "attacks", "strikes"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# words that make an incident noun a new one, or one of several: "another blast", "a second bomb", "the latest attack"
NEW_WORDS = frozenset(
    {"another", "other", "second", "third", "new", "fresh", "further", "latest", "last", "previous", "earlier",
     "first", "recent", "similar", "separate", "next", "past", "former"}
)
ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "agent"})  # how the incident noun is tied to the event's verb
ROLE_PREPS = frozenset({"in", "by", "during", "from"})  # "killed in the blast", "wounded by the explosion"
HEAD_SENTENCES = 2  # date_headlines: the headline and lead sentence ...
LEAD_WINDOW = 3  # ... and how many sentences after them may give their incident's day
RECENT_DAYS = 7  # ... a day at most this long before the publication date
CLAUSE_LINKS = frozenset({"conj", "xcomp", "ccomp"})  # a clause that shares its governing clause's incident
BACK_PRONOUNS = frozenset({"it", "this"})
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})  # "met to condemn it", "gathered in Geneva to denounce it"


def date_told_incidents(events: list[Event], *, doc: Doc) -> list[Event]:
    """`events` (in text order) where an event with no date of its own (precision `publication`) that a definite
    incident noun ties to an earlier event of the same type takes that event's date (see `_antecedent`); else a
    reaction pointing back takes its incident's date (`_reaction_date`), and a main clause its "when" clause's."""
    tokens = {t.idx: t for t in doc}
    out: list[Event] = []
    for event in events:
        start = event.evidence.trigger_start
        noun = told_incident(tokens[start]) if start in tokens and _undated(event) else None
        antecedent = _antecedent(event, noun, out) if noun is not None else None
        found = antecedent.date if antecedent is not None else None
        if found is None and start in tokens and _undated(event):
            found = _reaction_date(tokens[start], event, out) or _when_clause_date(tokens[start], out)
        out.append(replace(event, date=found) if found is not None else event)
    return date_headlines(out, sent_starts=[s.start_char for s in doc.sents])


def reaction_object(trigger: Token) -> Token | None:
    """The object of a reaction verb ("condemn", "denounce") that is the trigger or its purpose or complement
    clause ("the council met to condemn it") when the object points back to an incident told before: "it",
    "this", or a definite incident noun ("the attack"). Such a reaction follows the incident it names closely
    (`_reaction_date`)."""
    verbs = [trigger, *(c for c in trigger.children if c.dep_ in PURPOSE_DEPS)]
    for verb in (v for v in verbs if v.lemma_.lower() in PROMPT_REACTION_VERBS):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and (obj.lower_ in BACK_PRONOUNS or _told(obj)):
            return obj
    return None


def _when_clause_date(trigger: Token, earlier: list[Event]) -> DateValue | None:
    """The date of the trigger's "when" clause's event, when this pass dated it ("when the council met to condemn
    it, Russia vetoed the resolution": the veto was at that meeting)."""
    clauses = [c.idx for c in trigger.children if c.dep_ == "advcl"
               and any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children)]
    found = next((e.date for e in earlier if e.evidence.trigger_start in clauses), None)
    return found if found is not None and found.precision != "publication" else None


def _reaction_date(trigger: Token, event: Event, earlier: list[Event]) -> DateValue | None:
    """The date of the incident a reaction points back to (`reaction_object`), from the sentence before the
    reaction's (a pronoun reaches no further back): its last material event's, else the date its main clause
    gives ("Last April, the inquiry attributed the atrocity to the regime. But when the council met to condemn
    it, ..."); none when that is only the publication date."""
    if reaction_object(trigger) is None or trigger.sent.start == 0 or event.date is None:
        return None
    previous = trigger.doc[trigger.sent.start - 1].sent
    told = [e.date for e in earlier if previous.start_char <= (e.evidence.trigger_start or e.evidence.start)
            < previous.end_char and e.quad_class == MATERIAL_CONFLICT and e.status in HAPPENED]
    dates = sentence_dates(previous, published=event.date.date, anchor=None)
    found = told[-1] if told else clause_date(previous.root, dates)
    return found if found is not None and found.precision != "publication" else None


def date_headlines(events: list[Event], *, sent_starts: list[int], head: int = HEAD_SENTENCES,
                   window: int = LEAD_WINDOW) -> list[Event]:
    """`events` where an undated event of the first `head` sentences (the headline, the lead: "Monitors: 15 killed
    in missile strike on eastern Syria city") takes the date of the first event of the same type the next `window`
    sentences date to a day ("The missile hit the city on Thursday evening"): a story's head tells its main
    incident and the body gives its day."""
    cut = sent_starts[head] if len(sent_starts) > head else None
    end = sent_starts[head + window] if len(sent_starts) > head + window else None
    if cut is None:
        return events
    body = [e for e in events if e.evidence.start >= cut and (end is None or e.evidence.start < end)]
    out = []
    for event in events:
        dated = next((e for e in body if e.event_type == event.event_type and e.status in HAPPENED and _day(e)), None)
        lead = event.evidence.start < cut and _undated(event) and dated is not None and _recent(dated, event)
        out.append(replace(event, date=dated.date) if lead and dated is not None else event)
    return out


def _recent(dated: Event, undated: Event) -> bool:
    """The day is in the week before the publication date (the undated event's): the news the head tells."""
    if dated.date is None or undated.date is None:
        return False
    return 0 <= (undated.date.date - dated.date.date).days <= RECENT_DAYS


def _undated(event: Event) -> bool:
    return event.date is not None and event.date.precision == "publication" and event.status in HAPPENED


def _antecedent(event: Event, noun: Token, earlier: list[Event]) -> Event | None:
    """The event `noun` points back to, when the story dated it to a day: the nearest earlier event (before
    `event`'s sentence) of the same type whose trigger has the noun's word ("the strikes" → "airstrikes"), else the
    nearest of the same type dated to a day (a told incident: a war's years or a month of background are no
    incident "the blast" points back to)."""
    before = [e for e in earlier if e.evidence.start < event.evidence.start and e.event_type == event.event_type
              and e.status in HAPPENED]
    word = re.compile(rf"{re.escape(noun.lemma_.lower())}(?:s|es)?\b")
    named = [e for e in before if word.search(e.evidence.trigger.lower())]
    found = named[-1] if named else next((e for e in reversed(before) if _day(e)), None)
    return found if found is not None and _day(found) else None


def _day(event: Event) -> bool:
    return event.date is not None and event.date.precision == "day"


def told_incident(trigger: Token) -> Token | None:
    """The definite incident noun that is the trigger ("the blast"), or the subject, agent or "in/by" phrase of a
    verb trigger ("the explosion wounded 90", "were killed in the attack"), in its own clause or in one it is a
    conjunct or complement of ("the blast hit the market and killed 20"); not across a relative or adverbial
    clause ("the attack hit a group fighting the army": the fighting is no part of the attack)."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return trigger if _told(trigger) else None
    verb = trigger
    while True:
        noun = next((n for n in _role_nouns(verb) if _told(n)), None)
        if noun is not None or verb.dep_ not in CLAUSE_LINKS or verb.head == verb:
            return noun
        verb = verb.head


def _role_nouns(verb: Token) -> list[Token]:
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ROLE_PREPS | {"by"}):
        nouns.extend(c for c in prep.children if c.dep_ in ROLE_DEPS)
    return nouns


def _told(noun: Token) -> bool:
    """A definite incident noun that is not marked as a new or other incident ("the blast", not "another blast",
    "the second blast", "the latest attack", "Saturday's attack")."""
    if noun.lemma_.lower() not in INCIDENT_NOUNS and noun.lower_ not in INCIDENT_NOUNS:
        return False
    modifiers = list(noun.children)
    if any(m.lower_ in NEW_WORDS or m.dep_ in ("poss", "nummod") or m.ent_type_ in ("DATE", "ORDINAL")
           for m in modifiers):
        return False
    return any(m.dep_ == "det" and m.lower_ in DEFINITE for m in modifiers)
