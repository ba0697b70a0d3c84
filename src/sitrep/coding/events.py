"""From a parsed article to event records: triggers → arguments → actors, status, date, place, casualties.

`extract_events(doc, article=..., dictionaries=...)` is a pure function of the spaCy Doc, the article's metadata and
the loaded dictionaries; tests can call it on Docs built by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..dates import find_date_expressions, resolve_date
from ..geo import PlaceMention, document_focus, find_places
from ..records import Actor, Article, DateValue, Event, Evidence, Place
from .arguments import (
    conjuncts,
    is_pronoun,
    light_verb_of,
    noun_source,
    noun_target,
    phrase,
    subject,
    verb_object,
)
from .casualties import find_casualties
from .resources import Dictionaries
from .status import StatusReading, read_status
from .triggers import TriggerSense, is_light_verb, lookup_noun, lookup_verb, refine_mode

NEAR_WORDS = ("near", "outside", "close to", "around", "on the outskirts of", "north of", "south of", "east of",
              "west of", "km from", "kilometres from", "miles from", "the vicinity of")
REPORTING_LEMMAS = frozenset({"say", "tell", "report", "state", "announce", "add", "write", "claim", "confirm"})
CODER = "sitrep 0.1.0"


@dataclass
class DocState:
    """What coding one document accumulates: its places, actor mentions, and the last event date (the anchor)."""

    article: Article
    published: date
    places: list[PlaceMention]
    focus: list[str]
    mentions: list[tuple[int, Actor]] = field(default_factory=list)
    anchor: date | None = None


def extract_events(doc: Doc, *, article: Article, dictionaries: Dictionaries) -> list[Event]:
    """Every event the article states, attributes, claims, denies, plans or hypothesises, in text order."""
    published = article.published or date.today()
    focus = document_focus(doc.text, gazetteer=dictionaries.gazetteer)
    places = find_places(doc.text, gazetteer=dictionaries.gazetteer, focus=focus)
    state = DocState(article, published, places, focus)
    events: list[Event] = []
    for sent in doc.sents:
        remember_mentions(sent, state=state, dictionaries=dictionaries)
        for trigger, sense in find_triggers(sent, dictionaries):
            events.extend(code_trigger(trigger, sense, state=state, dictionaries=dictionaries))
    return events


def find_triggers(sent: Span, dictionaries: Dictionaries) -> Iterator[tuple[Token, TriggerSense]]:
    """Tokens of the sentence that express an event, with the sense the lexicon gives them."""
    lexicon = dictionaries.triggers
    for token in sent:
        if token.pos_ == "VERB" and not is_light_verb(lexicon, token.lemma_.lower()):
            obj = verb_object(token)
            sense = lookup_verb(
                lexicon, token.lemma_.lower(),
                particle=next((c.lower_ for c in token.children if c.dep_ == "prt"), None),
                preps=[c.lower_ for c in token.children if c.dep_ in ("prep", "agent")],
                object_lemma=obj.lemma_.lower() if obj is not None else None,
                object_compounds=[c.lower_ for c in obj.lefts] if obj is not None else (),
            )
        elif token.pos_ in ("NOUN", "PROPN") and not _object_of_trigger_verb(token, dictionaries):
            sense = lookup_noun(lexicon, token.lemma_.lower(),
                                compounds=[c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")])
        else:
            continue
        if sense is not None:
            yield token, sense


def _object_of_trigger_verb(noun: Token, dictionaries: Dictionaries) -> bool:
    verb = light_verb_of(noun)
    if verb is None or is_light_verb(dictionaries.triggers, verb.lemma_.lower()):
        return False
    return lookup_verb(dictionaries.triggers, verb.lemma_.lower(), object_lemma=noun.lemma_.lower()) is not None


def argument_tokens(trigger: Token) -> tuple[Token | None, Token | None]:
    """(source head, target head) of a verbal or nominal trigger."""
    if trigger.pos_ == "VERB":
        return subject(trigger), verb_object(trigger)
    source = noun_source(trigger)
    if source is None and (verb := light_verb_of(trigger)) is not None:
        source = subject(verb)
    return source, noun_target(trigger)


def code_trigger(trigger: Token, sense: TriggerSense, *, state: DocState,
                 dictionaries: Dictionaries) -> list[Event]:
    """The events (one per source conjunct) that one trigger expresses; [] when no actor can be identified."""
    source_tok, target_tok = argument_tokens(trigger)
    target = read_actor(target_tok, state=state, dictionaries=dictionaries) if target_tok is not None else None
    sources = [read_actor(t, state=state, dictionaries=dictionaries) for t in conjuncts(source_tok)] \
        if source_tok is not None else [None]
    sources = [s for s in sources if s is not None] or [None]
    if sources == [None] and target is None:
        return []
    words = [t.lower_ for t in (source_tok.subtree if source_tok is not None else ())] + \
            [t.lower_ for t in trigger.subtree]
    sense = refine_mode(sense, words=words)
    status = read_status(trigger, cues=dictionaries.cues)
    when = event_date(trigger, state=state)
    where = event_place(trigger, state=state, exclude=[t for t in (source_tok, target_tok) if t is not None])
    killed, injured = find_casualties(_clause_text(trigger))
    events = []
    for source in sources:
        if source is not None and target is not None and source.text == target.text:
            continue
        events.append(build_event(trigger, sense, source=source, target=target, status=status, when=when,
                                  where=where, killed=killed, injured=injured, state=state,
                                  dictionaries=dictionaries))
    return events


def build_event(trigger: Token, sense: TriggerSense, *, source: Actor | None, target: Actor | None,
                status: StatusReading, when: DateValue, where: Place | None, killed: int | None,
                injured: int | None, state: DocState, dictionaries: Dictionaries) -> Event:
    """Assemble the Event record."""
    sent = trigger.sent
    holder = _holder_actor(status.holder, state=state, dictionaries=dictionaries)
    confidence = 0.4 + 0.25 * (source is not None) + 0.15 * (target is not None) + 0.1 * (where is not None) \
        + 0.05 * bool(source and source.actor_id)
    return Event(
        doc_id=state.article.doc_id, doc_hash=state.article.hash, event_type=sense.event_type,
        status=status.status, mode=sense.mode, context=list(sense.context), cameo=sense.cameo,
        quad_class=sense.quad_class, goldstein=sense.goldstein, source=source, target=target,
        attributed_to=holder if status.status in ("reported", "claimed") else None,
        denied_by=holder if status.status == "denied" else None,
        date=when, location=where, killed=killed, injured=injured, confidence=min(confidence, 0.95),
        evidence=Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char,
                          trigger=_trigger_text(trigger), trigger_start=trigger.idx),
        coder=CODER,
    )


def _trigger_text(trigger: Token) -> str:
    """The trigger with its particle or compound ("air strike", "pull out")."""
    parts = [c for c in trigger.children if c.dep_ in ("prt", "compound") and abs(c.i - trigger.i) <= 2]
    tokens = sorted([trigger, *parts], key=lambda t: t.i)
    return trigger.doc[tokens[0].i : tokens[-1].i + 1].text


def _clause_text(trigger: Token) -> str:
    head = trigger if trigger.pos_ == "VERB" else (light_verb_of(trigger) or trigger)
    return trigger.doc[head.left_edge.i : head.right_edge.i + 1].text


def _holder_actor(span: Span | None, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    if span is None:
        return None
    return read_actor(span.root, state=state, dictionaries=dictionaries) or Actor(text=span.text)


def read_actor(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The actor a phrase names; pronouns take the latest compatible actor mentioned before them."""
    from .actors import resolve_actor

    if is_pronoun(head):
        return antecedent(head, state=state)
    span = phrase(head)
    return resolve_actor(span.text, dictionary=dictionaries.actors, when=state.published)


def antecedent(pronoun: Token, *, state: DocState) -> Actor | None:
    """The latest actor mentioned before the pronoun, outside the pronoun's own clause."""
    clause_start = pronoun.head.left_edge.idx
    for end, actor in reversed(state.mentions):
        if end <= clause_start:
            return Actor(**{**actor.to_dict(), "text": pronoun.text, "name": actor.name or actor.text})
    return None


def remember_mentions(sent: Span, *, state: DocState, dictionaries: Dictionaries) -> None:
    """Record the actors named in the sentence's noun chunks, for later pronouns."""
    from .actors import resolve_actor

    for chunk in sent.noun_chunks:
        if is_pronoun(chunk.root):
            continue
        actor = resolve_actor(chunk.text, dictionary=dictionaries.actors, when=state.published)
        if actor is not None:
            state.mentions.append((chunk.end_char, actor))


def event_date(trigger: Token, *, state: DocState) -> DateValue:
    """The date the trigger's clause gives (closest expression not attached to a reporting verb), else the
    publication date with precision `publication`. A resolved date becomes the anchor for "a day earlier"."""
    sent = trigger.sent
    best: tuple[int, DateValue] | None = None
    for mention in find_date_expressions(sent.text):
        token = sent.doc.char_span(sent.start_char + mention.start, sent.start_char + mention.end,
                                   alignment_mode="expand")
        if token is None or _governed_by_reporting(token.root, trigger):
            continue
        value = resolve_date(mention.text, published=state.published, anchor=state.anchor)
        distance = abs(token.start_char - trigger.idx)
        if value is not None and (best is None or distance < best[0]):
            best = (distance, value)
    if best is None:
        return DateValue(date=state.published, precision="publication")
    state.anchor = best[1].date
    return best[1]


def _governed_by_reporting(token: Token, trigger: Token) -> bool:
    """True when the expression dates a reporting verb ("the Pentagon said Tuesday"), not the event."""
    node = token
    while node.head != node:
        node = node.head
        if node == trigger:
            return False
        if node.pos_ == "VERB":
            return node.lemma_.lower() in REPORTING_LEMMAS
    return False


def event_place(trigger: Token, *, state: DocState, exclude: list[Token]) -> Place | None:
    """The place the event's own clause names (in the trigger's subtree first, then nearest in the sentence),
    with precision `near` after "near"/"outside"/...; else the article's focus country."""
    sent = trigger.sent
    excluded = [(phrase(t).start_char, phrase(t).end_char) for t in exclude]
    candidates = [m for m in state.places if sent.start_char <= m.start < sent.end_char
                  and not any(s <= m.start < e for s, e in excluded)]
    subtree = {t.idx for t in trigger.subtree}
    if candidates:
        best = min(candidates, key=lambda m: (m.start not in subtree and not _in_subtree(m, trigger),
                                              abs(m.start - trigger.idx)))
        return _with_precision(best, trigger.doc.text)
    return _focus_place(state)


def _in_subtree(mention: PlaceMention, trigger: Token) -> bool:
    return trigger.left_edge.idx <= mention.start < trigger.right_edge.idx + len(trigger.right_edge)


def _with_precision(mention: PlaceMention, text: str) -> Place:
    before = text[max(0, mention.start - 30) : mention.start].lower().rstrip()
    place = mention.place
    if place.precision == "place" and before.endswith(NEAR_WORDS):
        return Place(**{**place.to_dict(), "precision": "near"})
    return place


def _focus_place(state: DocState) -> Place | None:
    if not state.focus:
        return None
    for mention in state.places:
        if mention.place.precision == "country" and mention.place.country == state.focus[0]:
            return mention.place
    return None
