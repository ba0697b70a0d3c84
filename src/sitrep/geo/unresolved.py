"""Place names the gazetteer does not resolve in a text, as an event's place: names typed by a place noun ("the
village of Taduf", "the Midan district"), given by a naming participle ("a town called Jinderes") or governed by
a locative preposition ("near Adra", where the gazetteer knows only Adra in Spain and resolve drops it). Such a
name is finer than a country or province a sentence also names, and it stops the coder from taking an earlier
sentence's town. The record keeps the name the text gives and takes its coordinates from the area it is known
to lie in (`named_within`), so that a map shows it no finer than it is known.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from ..records import Place
from .gazetteer import load_gazetteer
from .locate import LOCATIVE_PREPOSITIONS, PLACE_NOUNS, named_noun, ner_place_mentions
from .near_names import before_relative_locative
from .resolve import PlaceMention, resolve_place

COARSE_KINDS = frozenset({"country", "admin1", "region"})  # a name the gazetteer lacks is finer than these
TOWN_PARTS = frozenset({"neighbourhood", "neighborhood", "district", "quarter", "street", "square", "suburb"})
FOCUS_MIN_MENTIONS = 3  # focus_province: how often, and in what share of the main country's sub-national mentions,
FOCUS_SHARE = 0.5  # the article names places of one province


def unresolved_mentions(doc: Doc, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The document's typed place names and locative place entities that no gazetteer mention in `places` covers
    (geo.locate `ner_place_mentions`, kept when `locative_name`), worked out once per document (in the Doc's
    user_data)."""
    cached = doc.user_data.get("sitrep_unresolved_places")
    if cached is None:
        cached = [m for m in ner_place_mentions(doc, places) if locative_name(doc, m)]
        doc.user_data["sitrep_unresolved_places"] = cached
    return list(cached)


def locative_name(doc: Doc, mention: PlaceMention) -> bool:
    """A name typed by a place noun ("the village of X", "X district") or given to a noun by a naming participle
    ("a town called X"), or one a locative preposition governs ("near Adra", "in Tal Madiq"): a parser's place
    entity elsewhere is as often a party ("Daesh said"). Not a name with an acronym in it, an organisation's or
    an outlet's word ("in Syrias Raqa NGO", "Damascus AFP")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or any(t.is_upper and len(t) > 1 for t in span):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if (root.dep_ in ("compound", "nmod") and head.lemma_.lower() in PLACE_NOUNS) or named_noun(root) is not None:
        return True
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS and root.pos_ == "PROPN":
        return True
    return before_relative_locative(span)  # "shelled Orum al-Kubrah near Aleppo"


def named_within(doc: Doc, mention: PlaceMention, *, area: Place | None, in_sentence: bool, country: str | None,
                 country_place: Place | None) -> Place:
    """A place record for a name no gazetteer mention covers. A name the gazetteer knows in the article's main
    `country` is that record (a name the text runs into a longer one: "in Damascus Monitor AFP", "the Damascus
    district"), unless the name holds a town-part noun: "Oxford Street" in Belfast is no street of Oxford. Otherwise the
    name as the text gives it, with the country, province, coordinates and precision of the `area` the sentence
    puts it in (`in_sentence`); else of the area the article would give the act when that is in the main
    country and is a province or region, or a town the name is a part of ("the Marjeh neighbourhood" in a
    story about Aleppo: Marjeh at Aleppo's point); else of `country_place`, the article's focus area (its
    `focus_province`, else the main country: "the village of Taduf" after a sentence about another town, in a
    story told from Aleppo province: at the province's point, precision admin1; "near Adra" in a story spread
    over Syria: at Syria's point, precision country)."""
    part = town_part(doc, mention)
    own_part = mention.text.split()[-1].lower() in TOWN_PARTS  # "Oxford Street": the part noun is in the name
    focus = [country] if country else []
    known = None if own_part else resolve_place(mention.text, gazetteer=load_gazetteer(), focus=focus)
    if known is not None and known.country == country and known.precision != "country":
        return known
    foreign = area is not None and country is not None and area.country != country
    recalled_town = area is not None and not in_sentence and area.precision not in COARSE_KINDS
    recalled_country = area is not None and not in_sentence and area.precision == "country"
    if area is None or foreign or (recalled_town and not part) or recalled_country:
        area = country_place or area
    if area is None:
        return Place(text=mention.text, name=mention.text, precision="country")
    return Place(text=mention.text, name=mention.text, lat=area.lat, lon=area.lon, country=area.country,
                 admin1=area.admin1, precision=area.precision)


def town_part(doc: Doc, mention: PlaceMention) -> bool:
    """Whether the name is typed as a part of a town ("the Marjeh neighbourhood", "the district of Salaheddin",
    "Nisreen Street")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    return span[-1].lemma_.lower() in TOWN_PARTS or (noun.lemma_.lower() in TOWN_PARTS and noun != root)


def focus_province(places: Sequence[PlaceMention], *, country: str | None) -> Place | None:
    """The province an article is about: the first-level division of the main `country` that holds at least
    FOCUS_MIN_MENTIONS and more than FOCUS_SHARE of the article's sub-national mentions there (the province
    itself, its towns, its districts: "Aleppo" in the dateline, "eastern Aleppo", "the Sukkari neighbourhood"
    count for Aleppo province). A village the gazetteer lacks, in a sentence that names no area, most likely
    lies there (a local report names the places around its story), so its record takes the province's
    coordinates with precision "admin1": finer than the country, and no finer than what is known. Not a focus
    town: a village named apart from the town is not at the town's point. None when the mentions are spread
    over several provinces."""
    inside = [m.place for m in places if m.place.country == country and m.place.precision != "country"]
    counts = Counter(place.admin1 for place in inside if place.admin1)
    if country is None or not counts:
        return None
    name, count = counts.most_common(1)[0]
    if count < FOCUS_MIN_MENTIONS or count <= FOCUS_SHARE * len(inside):
        return None
    named = next((p for p in inside if p.precision == "admin1" and p.admin1 == name), None)
    found = named or resolve_place(name, gazetteer=load_gazetteer(), focus=[country])
    if found is None or found.country != country or found.precision != "admin1":
        return None
    return found
