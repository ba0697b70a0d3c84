"""When and where an event happened: the date its clause gives (else the publication date) and the place its
clause names (else a place named just before, else the article's main country). Split out of `coding.events`,
which calls these with its DocState.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..dates import find_date_expressions, resolve_date
from ..geo import PlaceMention
from ..geo.locate import choose_event_place, doc_text, locates
from ..records import Actor, DateValue, Place
from .arguments import phrase

if TYPE_CHECKING:
    from .events import DocState

NEAR_WORDS = (
    "near",
    "outside",
    "close to",
    "around",
    "on the outskirts of",
    "north of",
    "south of",
    "east of",
    "west of",
    "km from",
    "kilometres from",
    "miles from",
    "the vicinity of",
)
REPORTING_LEMMAS = frozenset(
    {"say", "tell", "report", "state", "announce", "add", "write", "claim", "confirm"}
)


def main_country(places: list[PlaceMention], focus: list[str]) -> str | None:
    """The country most of the article's named (sub-national) places are in, else its focus country."""
    counts = Counter(m.place.country for m in places if m.place.precision != "country" and m.place.country)
    if counts:
        return counts.most_common(1)[0][0]
    return focus[0] if focus else None


def event_date(trigger: Token, *, state: DocState) -> DateValue:
    """The date the trigger's clause gives (closest expression not attached to a reporting verb nor to a verb in
    another branch), else the publication date with precision `publication`. A resolved date becomes the anchor
    for "a day earlier"."""
    best: tuple[int, DateValue] | None = None
    for span, value in sentence_dates(trigger.sent, published=state.published, anchor=state.anchor):
        if _governed_by_reporting(span.root, trigger) or _other_branch(span.root, trigger):
            continue
        distance = abs(span.start_char - trigger.idx)
        if best is None or distance < best[0]:
            best = (distance, value)
    if best is None:
        return DateValue(date=state.published, precision="publication")
    state.anchor = best[1].date
    return best[1]


def sentence_dates(sent: Span, *, published: date, anchor: date | None) -> list[tuple[Span, DateValue]]:
    """The sentence's resolved date expressions in text order; an anchored one ("six months earlier") counts from
    the expression before it in the sentence ("in 2016 ... six months earlier"), else from `anchor`."""
    found = []
    for mention in find_date_expressions(sent.text):
        span = sent.doc.char_span(
            sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
        )
        value = resolve_date(mention.text, published=published, anchor=anchor) if span is not None else None
        if span is not None and value is not None:
            found.append((span, value))
            anchor = value.date
    return found


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


def _other_branch(token: Token, trigger: Token) -> bool:
    """True when a verb trigger's sentence dates a verb neither above nor below it: a sibling clause's date
    ("which they accuse of ..., helping precipitate the fall of Aleppo in 2016": 2016 dates the fall, not the
    accusing). A noun trigger takes the date of the verb that launches it ("launched an offensive ... in
    January", the phrase often parsed onto a verb further down)."""
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    while verb is not None and verb.dep_ == "xcomp":  # "continued to emerge over the weekend, surrendering"
        verb = verb.head
    if trigger.pos_ != "VERB" or verb is None or verb == trigger:
        return False
    return verb not in trigger.ancestors and trigger not in verb.ancestors


def event_place(trigger: Token, *, state: DocState, exclude: list[Token]) -> Place | None:
    """The place the event's own clause names (geo.locate's rule), with precision `near` after "near"/"outside";
    else a place named in the two previous sentences; else the article's main country."""
    excluded = [(phrase(t).start_char, phrase(t).end_char) for t in exclude]
    best = choose_event_place(trigger.sent, trigger, state.places, exclude=excluded)
    if best is not None:
        return _with_precision(best, doc_text(trigger.doc))
    return _recent_place(trigger, state) or _focus_place(state)


def located_target(
    trigger: Token, target: Actor | None, *, state: DocState, exclude: list[Token]
) -> Actor | None:
    """Violence is directed at where its own clause places it: an attack with no target named hits the place
    ("a month of airstrikes in Ghouta" → Ghouta), and victims named without a country take the place's
    ("killed three ethnic Albanians in southern Serbia", "a journalist was killed in Beirut")."""
    spans = [(phrase(t).start_char, phrase(t).end_char) for t in exclude]
    found = choose_event_place(trigger.sent, trigger, state.places, exclude=spans)
    span = trigger.doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
    if (
        found is None
        or not found.place.country
        or span is None
        or span.root.pos_ != "PROPN"
        or span.root.ent_type_ in ("NORP", "ORG")
    ):
        return target  # "on the Thai border": a nationality word does not say where
    if target is None:
        text = doc_text(trigger.doc)[found.start : found.end]
        return Actor(text=text, name=found.place.name, country=found.place.country)
    return Actor(**{**target.to_dict(), "country": found.place.country})


def _with_precision(mention: PlaceMention, text: str) -> Place:
    before = text[max(0, mention.start - 30) : mention.start].lower().rstrip()
    place = mention.place
    if place.precision == "place" and before.endswith(NEAR_WORDS):
        return Place(**{**place.to_dict(), "precision": "near"})
    return place


def _recent_place(trigger: Token, state: DocState) -> Place | None:
    """A (non-country) place named in the two sentences before the trigger's."""
    sent_start = trigger.sent.start_char
    earlier = [start for start in state.sent_starts if start < sent_start][-2:]
    if not earlier:
        return None
    for mention in reversed(state.places):
        if (
            earlier[0] <= mention.start < sent_start
            and mention.place.precision != "country"
            and locates(mention, trigger.doc)
        ):
            return mention.place
    return None


def _focus_place(state: DocState) -> Place | None:
    """The country most of the article's named places are in."""
    country = state.country
    for mention in state.places:
        if mention.place.precision == "country" and mention.place.country == country:
            return mention.place
    return None
