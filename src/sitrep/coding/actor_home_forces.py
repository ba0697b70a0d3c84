"""A country's own forces named bare: "the army", "police", "security forces", "troops". News about one country
calls that country's forces so and names foreign ones by their state ("Turkish troops", "the US-led coalition").
So a bare state-force phrase takes the article's country where the article is about one country (most of its
places lie there) and its sentence names no other country. Pure functions over spaCy tokens and records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span

from ..geo.locate import doc_text
from ..geo.resolve import PlaceMention, find_places
from ..records import Actor
from .ontology import MATERIAL_CONFLICT
from .triggers import lookup_noun

if TYPE_CHECKING:
    from .events import DocState
    from .resources import Dictionaries

BARE_FORCES = frozenset({  # a state's forces as a story about that state names them (determiners left out)
    "army", "military", "police", "riot police", "security forces", "armed forces", "troops", "soldiers",
    "soldier", "policeman", "policemen", "police officers", "police officer", "security personnel",
})
DETERMINERS = frozenset({"the", "a", "an"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})  # "an army raid", "a military offensive"


def bare_force(actor: Actor | None, span: Span) -> bool:
    """True for a phrase that is only a state-force noun ("the army", "security forces") read with no state."""
    if actor is None or actor.country or actor.sponsor or actor.led_by or actor.sector not in ("MIL", "COP"):
        return False
    words = [t.lower_ for t in span if t.lower_ not in DETERMINERS]
    return " ".join(words) in BARE_FORCES


def home_forces(actor: Actor | None, span: Span, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """A `bare_force` phrase's actor as the forces of the article's one country; as read where it is no bare force,
    the article is about several countries or the sentence names another ("Turkish troops and the army")."""
    country, places, gazetteer = state.country, state.places, dictionaries.gazetteer
    if actor is None or not bare_force(actor, span) or country is None or not _one_country(places, country) \
            or not forceful_modifier(span, lexicon=dictionaries.triggers) \
            or _other_country(span.sent, country, places, gazetteer=gazetteer):
        return actor
    known = dictionaries.actors.countries.get(country)
    name = f"{known.adjective} {actor.name}" if known is not None else actor.name
    return Actor(actor.text, name, f"{country}-{actor.sector}", country, actor.sector, None, None)


def forceful_modifier(span: Span, *, lexicon: Any) -> bool:
    """Whether a force noun modifying an event noun names that event's doer in a hostile, material sense ("an
    army raid", "the police crackdown"): a force trained, reformed or recruited ("a police training centre", "army
    recruitment") is the beneficiary, no doer; a phrase that modifies no event noun ("the army", "a police
    station") passes."""
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.pos_ != "NOUN":
        return True
    sense = lookup_noun(lexicon, root.head.lemma_.lower(), compounds=[root.lower_])
    return sense is None or sense.quad_class == MATERIAL_CONFLICT


def _one_country(places: Sequence[PlaceMention], country: str) -> bool:
    """Whether most of the article's places (sub-national ones where it names any) lie in `country`."""
    told = [m for m in places if m.place.country]
    counts = Counter(m.place.country for m in told if m.place.precision != "country") \
        or Counter(m.place.country for m in told)
    return counts[country] * 2 > sum(counts.values())


def _other_country(sent: Span, country: str, places: Sequence[PlaceMention], *, gazetteer: Any) -> bool:
    """Whether the sentence names a country other than `country`, by a place or a nationality adjective."""
    start, end = sent.start_char, sent.end_char
    named = {m.place.country for m in places if start <= m.start < end and m.place.country}
    text = doc_text(sent.doc)[start:end]
    named |= {m.place.country for m in find_places(text, gazetteer=gazetteer, adjectives=True) if m.place.country}
    return bool(named - {country})
