"""Names the text puts inside or beside another place: "al-Bureij northeast of Aleppo", "al-Hara in the
countryside of Daraa", "Douma outside Damascus", "the Zahra neighbourhood of Homs", "the Aleppo town of al-Bab".

News locates a little-known place by a well-known one, and the two then lie in the same country (a village "near
Aleppo" is in Syria, whatever homonym the gazetteer ranks first). `place_by_area_cues` re-resolves the located
name inside the country (and, where it is named, the first-level division) of the place that locates it; a name
with no candidate there is left unresolved when its reading abroad is a small town or an alternate spelling (the
gazetteer lacks the local village: "al-Hara" is read as Zawiya, Libya) and is reported under its own name at the
locating place's point and precision (`located_place`, as geo.unresolved places the names the gazetteer lacks). A
well-known city under its own name keeps its reading ("the role of Washington in Syria"). Countries are never
moved, nor names already fixed by "X, <area>".
"""

from __future__ import annotations

import re

from ..records import Place
from .distance import haversine_km
from .name_index import Gazetteer
from .toponyms import NameMatch

KEEP_POPULATION = 100_000  # a city this size, under its primary name, is not a lost village abroad
NEAR_KM = 150.0  # "X near Y": a reading of X this close to Y stands, across a border too
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_PART_NOUNS = r"(?:city|town|village|district|neighbou?rhood|quarter|suburb|area|camp)"
_CONTAINER_NOUNS = r"(?:city|town|village|province|governorate|countryside|region)"
_LOCATOR = re.compile(  # between the located name and the one that locates it; `near`: beside it, not in it
    rf",?\s+(?:{_PART_NOUNS}\s+)?(?:(?:located|situated|lying)\s+)?"
    rf"(?:in|inside|(?:in\s+)?the\s+(?:countryside|suburbs|province|governorate|{_DIRECTION}\s+part)\s+of"
    rf"|(?P<near>near|outside|on\s+the\s+outskirts\s+of|(?:(?:just|about|some)\s+)?"
    rf"(?:\d[\d.,]*\s*(?:km|kilometres|kilometers|miles)\s+)?{_DIRECTION}\s+of))"
    rf"\s+(?:the\s+)?(?:(?:{_DIRECTION}|central|rural|greater)\s+)?",
    re.IGNORECASE,
)
_PART_OF = re.compile(rf"\s+{_PART_NOUNS}\s+of\s+(?:the\s+)?", re.IGNORECASE)  # "the Zahra neighbourhood of"
_CONTAINER_OF = re.compile(rf"\s+{_CONTAINER_NOUNS}\s+of\s+", re.IGNORECASE)  # "the Aleppo town of al-Bab"
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_TYPED_OF_BEFORE = re.compile(
    rf"\b(?:{_PART_NOUNS}|{_CONTAINER_NOUNS}|outskirts|suburbs|{_DIRECTION})\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def place_by_area_cues(
    text: str, matches: list[NameMatch], gaz: Gazetteer, chosen: dict[str, int | None], *, fixed: set[str]
) -> tuple[dict[str, int | None], set[str], dict[str, int]]:
    """`chosen` with each name the text locates by another re-resolved inside that place's country; the names
    so moved or dropped (to keep out of the proximity pass); and, for those dropped, the record of the place
    that locates them."""
    out, settled, located = dict(chosen), set(), {}
    for name, area, near in _cued_pairs(text, matches, gaz, chosen):
        if name.key in fixed or name.key in settled:
            continue
        rid, area_rid = out.get(name.key), out.get(area.key)
        if rid is None or area_rid is None or gaz.countries[area_rid] is None:
            continue
        if gaz.precisions[rid] not in ("place", "admin1") or name.key == area.key:
            continue
        if near and (gaz.precisions[area_rid] == "country" or _distance(gaz, rid, area_rid) <= NEAR_KM):
            continue  # "near the Gabon border", "Kilis near Azaz": beside a place is not inside its country
        out[name.key] = _within_area(gaz, name.key, rid, area_rid)
        if out[name.key] == rid:
            continue  # a reading already there is left to the proximity pass ("Austin, in Scott County")
        settled.add(name.key)
        if out[name.key] is None:
            located[name.key] = area_rid
    return out, settled, located


def locating_cue(gap: str) -> str | None:
    """How the text between a name and the next one places the first by the second: "near" ("Orum al-Kubrah near
    Aleppo", "Douma, east of Damascus"), "in" ("Al Sukhnah city located in eastern Homs"), else None."""
    cue = _LOCATOR.fullmatch(gap)
    if cue is None:
        return None
    return "near" if cue.group("near") is not None else "in"


def located_place(gaz: Gazetteer, area: int, text: str) -> Place:
    """A name the gazetteer lacks, as the text gives it, at the point and precision of the place that locates it."""
    point = gaz.place(area, text)
    return Place(
        text=text,
        name=text,
        lat=point.lat,
        lon=point.lon,
        country=point.country,
        admin1=point.admin1,
        precision=point.precision,
    )


def _cued_pairs(
    text: str, matches: list[NameMatch], gaz: Gazetteer, chosen: dict[str, int | None]
) -> list[tuple[NameMatch, NameMatch, bool]]:
    """(located name, locating name, whether it is only near) for each pair of successive names joined by a
    locating phrase."""
    pairs = []
    for first, second in zip(matches, matches[1:], strict=False):
        gap = text[first.end : second.start]
        cue = _LOCATOR.fullmatch(gap)
        the = _THE_BEFORE.search(text, max(0, first.start - 4), first.start)
        if cue is not None and not _modifier(text, first):
            pairs.append((first, second, cue.group("near") is not None))
        elif the and _PART_OF.fullmatch(gap):
            pairs.append((*_smaller_first(gaz, chosen, first, second), False))
        elif the and _CONTAINER_OF.fullmatch(gap):
            pairs.append((second, first, False))
    return pairs


def _modifier(text: str, name: NameMatch) -> bool:
    """A name after "of" that no place noun types is part of a longer noun phrase, which the locating phrase may
    be about ("St Gregory of Narek in Vatican", "the Head of Mission in Chad"); "the village of X near Y" is not."""
    window = max(0, name.start - 40)
    return bool(_OF_BEFORE.search(text, window, name.start)) and not _TYPED_OF_BEFORE.search(
        text, window, name.start
    )


def _smaller_first(
    gaz: Gazetteer, chosen: dict[str, int | None], a: NameMatch, b: NameMatch
) -> tuple[NameMatch, NameMatch]:
    """ "The A district of B" names a district of a town either way ("the Zahra neighbourhood of Homs", "the
    Aleppo district of Sheikh Maqsoud"): the smaller reading is the part."""
    rid_a, rid_b = chosen.get(a.key), chosen.get(b.key)
    size_a = gaz.populations[rid_a] if rid_a is not None else 0
    size_b = gaz.populations[rid_b] if rid_b is not None else 0
    return (a, b) if size_a <= size_b else (b, a)


def _within_area(gaz: Gazetteer, key: str, rid: int, area: int) -> int | None:
    """The reading of `key` inside the country of `area`: `rid` when it is there (unless another reading lies in
    the division `area` names and `rid` does not), else the most populous one there, in that division first;
    when there is none, None if `rid` is a small town or an alternate spelling abroad, else `rid`."""
    country = gaz.countries[area]
    division = gaz.names[area] if gaz.precisions[area] == "admin1" else gaz.admin1[area]
    inside = [code >> 1 for code in gaz.candidates(key) if gaz.countries[code >> 1] == country]
    inside = [r for r in inside if r != area]
    if not inside:
        return rid if gaz.countries[rid] == country or _well_known(gaz, key, rid) else None
    in_division = [r for r in inside if gaz.admin1[r] == division]
    settled = rid in gaz.supplement_ids or gaz.admin1[rid] == division or gaz.precisions[area] != "admin1"
    if gaz.countries[rid] == country and (settled or not in_division):
        return rid
    return max(in_division or inside, key=lambda r: (gaz.populations[r], -r))


def _distance(gaz: Gazetteer, a: int, b: int) -> float:
    return haversine_km(gaz.lats[a], gaz.lons[a], gaz.lats[b], gaz.lons[b])


def _well_known(gaz: Gazetteer, key: str, rid: int) -> bool:
    """A supplement place, or a city of KEEP_POPULATION or more matched by its primary name."""
    if rid in gaz.supplement_ids:
        return True
    primary = any(code >> 1 == rid and code & 1 for code in gaz.candidates(key))
    return primary and gaz.populations[rid] >= KEEP_POPULATION
