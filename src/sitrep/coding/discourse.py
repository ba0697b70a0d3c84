"""Targets from the structure of an exchange between parties: an answer that names no one answers the request, offer,
proposal or ultimatum put to the answering party a few sentences before ("she begged her commanders to send her to
the front ... They refused at first ... Finally they gave in": the refusal and the giving-in are towards her).

News tells an exchange in turns (an adjacency pair: a request, then its granting or refusal), and the second turn
leaves out whom it answers because the first turn has just said it. The answer is read as towards the asker only
where the answering party is the one asked: the same party, or a pronoun the asked party can stand behind.

Pure functions over coded events (`answered_requests`), run once per document after its sentences are coded.
"""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Event

ANSWER_TYPES = frozenset({"REJECT", "CONCEDE", "AGREE"})  # refusing, giving in, accepting
ASKING_TYPES = frozenset({"REQUEST"})  # requests, demands, appeals
ASKING_CODES = ("03", "139")  # offers and proposals (CAMEO 03x: express intent to ...), ultimatums (139)
MAX_TURN_SENTENCES = 4  # how many sentences later an answer may still answer a request
DEFINITE = frozenset({"the", "these", "those", "this", "that"})  # "the commanders" takes up "her commanders"
PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "it", "we", "us", "i", "me", "you"})


def answered_requests(events: list[Event], *, max_sentences: int = MAX_TURN_SENTENCES) -> list[Event]:
    """The events with each answer that names no target (a refusal, a giving-in, an acceptance) directed at the
    asker of the latest request, offer, proposal or ultimatum put to the answering party at most `max_sentences`
    sentences before (`answers`); the others as they are, in the same order."""
    starts = sorted({e.evidence.start for e in events})
    out: list[Event] = []
    for event in events:
        asker = _asker(event, out, starts=starts, max_sentences=max_sentences)
        out.append(replace(event, target=asker) if asker is not None else event)
    return out


def _asker(answer: Event, earlier: list[Event], *, starts: list[int], max_sentences: int) -> Actor | None:
    """The source of the nearest earlier request that `answer` answers (`answers`), else None."""
    if answer.event_type not in ANSWER_TYPES or answer.target is not None or answer.source is None:
        return None
    here = starts.index(answer.evidence.start)
    for asked in reversed(earlier):
        if asked.evidence.start >= answer.evidence.start:
            continue  # the same sentence: its own parse names whom it answers
        if here - starts.index(asked.evidence.start) > max_sentences:
            return None
        if is_asking(asked) and asked.source is not None and asked.target is not None:
            return asked.source if answers(answer.source, asked=asked.target, asker=asked.source) else None
    return None


def is_asking(event: Event) -> bool:
    """Whether an event puts something to another party to grant or refuse: a request, demand or appeal, an offer
    or proposal, an ultimatum."""
    return event.event_type in ASKING_TYPES or (event.cameo or "").startswith(ASKING_CODES)


def answers(answerer: Actor, *, asked: Actor, asker: Actor) -> bool:
    """Whether the party answering is the party that was asked: the same coded party or name, or a pronoun
    standing for it (resolved to the asked party, or to a party the asked one may be: no other country); never the
    asker itself ("she asked ... she refused" is no answer to herself)."""
    if _same(answerer, asker):
        return False
    if _same(answerer, asked):
        return True
    pronoun = answerer.text.lower() in PRONOUNS
    return pronoun and asked.actor_id is None and asked.country in (None, answerer.country)


def _same(a: Actor, b: Actor) -> bool:
    """The same party: one actor code, a state and an actor of that state ("Turkey" asked, "Ankara" gave in), the
    same name, or a definite description by the asked phrase's own noun ("her Kurdish commanders" asked, "the
    commanders refused")."""
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id or _of_state(a, b) or _of_state(b, a)
    if a.actor_id or b.actor_id:
        return False
    return (a.name or a.text.lower()) == (b.name or b.text.lower()) or _described_again(a.text, b.text)


def _of_state(state: Actor, party: Actor) -> bool:
    """Whether `state` is a country as a whole and `party` one of its actors (TUR and TUR-GOV)."""
    return state.actor_id == state.country and party.country == state.country


def _described_again(a: str, b: str) -> bool:
    """Whether one phrase takes up the other by its noun with a definite article ("the commanders", "her
    commanders")."""
    words_a, words_b = a.lower().split(), b.lower().split()
    if not words_a or not words_b:
        return False
    definite = words_a[0] in DEFINITE or words_b[0] in DEFINITE
    return definite and words_a[-1] == words_b[-1]
