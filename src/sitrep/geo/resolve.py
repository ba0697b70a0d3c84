"""Resolving place names to gazetteer records, with document context.

`find_places` takes the names `toponyms.accepted_matches` finds in the text (see `sitrep.geo.toponyms`: whole
words that look like proper names, longest match first) and resolves each name once per document. The
document's focus countries weigh each mention of a country and each distinct other name once. Resolution
prefers, in order: curated supplement rows, countries, places in the document's focus countries, cities over
same-named provinces, then population and primary names. Then
context: "X, <state or country>" resolves X inside that area (also for dotted abbreviations, "Gainesville, Ga.");
a proximity pass moves ambiguous names toward the document's other places and toward the readings under which
the names support one another — candidates of different names within SUPPORT_KM, or a place inside a named
division — so that "Florence" and "Darlington" together are both in South Carolina (`refine_by_proximity`);
a country that is not the document's focus yields to a same-named town beside its other places; a lone small
foreign town in a story about another country is left unresolved (`_drop_stray_towns`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..datafiles import data_path, read_table, split_multi
from ..records import Place
from .area_cues import located_place, place_by_area_cues
from .distance import haversine_km
from .gazetteer import Gazetteer, normalize_name, tokenize
from .outlets import load_outlet_names
from .toponyms import NameMatch, accepted_matches

FOCUS_LIMIT = 5
REGION_BONUS = 30.0  # a place in a first-level division the document is about (about 3 orders of population)
PROXIMITY_BONUS = 40.0  # a candidate at another of the document's places (falling to 0 at PROXIMITY_KM)
PROXIMITY_KM = 400.0
KM_PER_DEGREE = 111.0  # of latitude (a little under 111.2: the latitude test never drops a near anchor)
PROXIMITY_CANDIDATES = 8  # how many of a name's best candidates the proximity pass weighs
NEAR_KM = 100.0
SUPPORT_BONUS = 70.0  # per other name with a likely candidate near a candidate (7 orders of population)
SUPPORT_KM = 70.0
SUPPORT_TEMPERATURE = 10.0  # a candidate's weight as a supporter: exp((score - best score) / this)
SUPPORT_CANDIDATES = 16  # how many of a name's best candidates the support score weighs
SUPPORT_CAP = 2.0  # at most this many full supporters count (a cluster of namesakes must not outvote a city)
DIVISION_BONUS = 25.0
STRAY_POPULATION = 100_000  # _drop_stray_towns: a town this small is known abroad only to its neighbours
STRAY_FOCUS_NAMES = 3
_OUTLET_BEFORE = re.compile(r"(?i:news|press)\s+agency,?\s+$")
_OUTLET_AFTER = re.compile(r"(?i),?\s+(?:news|press)\s+agency\b")
_TOWN_PART_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|quarters?|district)\b")  # "the al-Sulaymaniyah neighborhood"
_QUARTER = re.compile(r"neighbou?rhood|quarter", re.IGNORECASE)
_TOWN_PART_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|quarters?|district) of\s+(?:al-|el-|the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a text: character offsets into that text, the span and its resolution."""

    start: int
    end: int
    text: str
    place: Place


def find_places(
    text: str, *, gazetteer: Gazetteer, focus: Sequence[str] = (), adjectives: bool = False
) -> list[PlaceMention]:
    """Place mentions in `text`, in text order. With no `focus`, the document's own focus is used. With
    `adjectives`, country adjectives ("Russian", "Israeli") are reported too, as mentions of their country
    (adjectival toponyms, as geoparsing corpora annotate them; event locations never want them)."""
    tokens = tokenize(text)
    matches = [m for m in accepted_matches(text, tokens, gazetteer, adjectives=adjectives) if not _outlet(text, m)]
    focus = tuple(focus) or _focus_of(matches, gazetteer)
    regions = _regions_of(matches, gazetteer, focus)
    ranked = {m.key: _ranked(gazetteer, m.key, focus, regions) for m in matches}
    chosen = {key: (r[0][1] >> 1 if r else None) for key, r in ranked.items()}
    chosen = _within_named_areas(text, matches, gazetteer, chosen)
    fixed = {m.key for m in matches if m.contained is not None}
    chosen, settled, located = place_by_area_cues(text, matches, gazetteer, chosen, fixed=fixed)
    fixed |= settled
    chosen = refine_by_proximity(gazetteer, chosen, focus, regions, fixed=fixed, ranked=ranked)
    chosen = _drop_stray_towns(gazetteer, chosen, focus, fixed=fixed)
    home = _home_country(gazetteer, chosen, focus)
    mentions = []
    for m in matches:
        rid = chosen[m.key] if m.contained is None else m.contained
        span = text[m.start : m.end]
        if rid is None and m.key in located:  # "al-Bureij northeast of Aleppo": a village the gazetteer lacks
            mentions.append(PlaceMention(m.start, m.end, span, located_place(gazetteer, located[m.key], span)))
        elif rid is not None and not _foreign_town_part(text, m, gazetteer, rid, home):
            mentions.append(PlaceMention(m.start, m.end, span, gazetteer.place(rid, span)))
    return mentions


def _drop_stray_towns(
    gaz: Gazetteer, chosen: dict[str, int | None], focus: tuple[str, ...], *, fixed: set[str]
) -> dict[str, int | None]:
    """A small town (under STRAY_POPULATION) in a country the document names nothing else in, when the document
    names at least STRAY_FOCUS_NAMES places in its main country, is a local place the gazetteer lacks that
    shares its name with a foreign town ("Adra" near Damascus in a report naming Aleppo, Damascus and Quneitra;
    the gazetteer knows only Adra, Spain): left unresolved rather than placed abroad."""
    if not focus:
        return chosen
    countries = Counter(gaz.countries[rid] for rid in chosen.values() if rid is not None)
    home = sum(1 for rid in chosen.values() if rid is not None and gaz.countries[rid] == focus[0]
               and gaz.precisions[rid] != "country")  # fmt: skip
    if home < STRAY_FOCUS_NAMES:
        return chosen
    out = dict(chosen)
    for key, rid in chosen.items():
        if rid is None or key in fixed or rid in gaz.supplement_ids or gaz.precisions[rid] != "place":
            continue
        country = gaz.countries[rid]
        if country not in focus and countries[country] == 1 and gaz.populations[rid] < STRAY_POPULATION:
            out[key] = None
    return out


def _home_country(gaz: Gazetteer, chosen: dict[str, int | None], focus: tuple[str, ...]) -> str | None:
    """The story's country: its first focus country, else the country most of its resolved names are in, when one
    has more than any other."""
    if focus:
        return focus[0]
    ranked = Counter(gaz.countries[rid] for rid in chosen.values() if rid is not None).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _foreign_town_part(text: str, m: NameMatch, gaz: Gazetteer, rid: int, home: str | None) -> bool:
    """A name typed as a part of a town ("the al-Sulaymaniyah neighborhood", "the district of Salaheddin") that
    resolves to a town abroad, in a story about another country (`home`): neighbourhoods are named after great
    cities across the Arab world, and the story's own town holds the one it means; left unresolved. A
    neighbourhood or quarter is never a town abroad ("the Zahra neighbourhood" of Homs is not Ez Zahra,
    Tunisia); a district may be a small namesake abroad ("the district of Karo"), so only a city of
    STRAY_POPULATION or more is dropped there (smaller ones: `_drop_stray_towns`)."""
    if home is None or gaz.countries[rid] == home or gaz.precisions[rid] != "place":
        return False
    cue = _TOWN_PART_AFTER.match(text, m.end) or _TOWN_PART_BEFORE.search(text, max(0, m.start - 30), m.start)
    if cue is None:
        return False
    return bool(_QUARTER.search(cue.group())) or gaz.populations[rid] >= STRAY_POPULATION


def _outlet(text: str, m: NameMatch) -> bool:
    """A news outlet's name, not a place: a listed outlet spelling ("SANA reported"), or a name right after
    or before "news agency" ("the state news agency, Sana"; "Fars news agency"). "TV" / "television" are no cue:
    "Los Angeles television", "Georgian television stations" name where the stations are."""
    if text[m.start : m.end] in load_outlet_names():
        return True
    return bool(_OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start) or _OUTLET_AFTER.match(text, m.end))


def document_focus(text: str, *, gazetteer: Gazetteer) -> list[str]:
    """ISO-3 codes of the countries `text` is about (named, or via their places), most mentioned first."""
    return list(_focus_of(accepted_matches(text, tokenize(text), gazetteer), gazetteer))


def resolve_place(name: str, *, gazetteer: Gazetteer, focus: Sequence[str] = ()) -> Place | None:
    """The gazetteer record a place name most likely means, given the document's focus countries."""
    key = normalize_name(name)
    for candidate in (key, key.removeprefix("the "), key.removeprefix("al ")):
        rid = _best_record(gazetteer, candidate, tuple(focus))
        if rid is not None:
            return gazetteer.place(rid, name)
    return None


def _focus_of(matches: list[NameMatch], gaz: Gazetteer) -> tuple[str, ...]:
    """Countries by weight: 1 for each mention of a country, 0.5 for each other place name in it (once per
    name: a town named five times is no more evidence than one named once; resolved without focus); a name
    that is both a country and another country's state or province ("Georgia") does not count."""
    weights: dict[str, float] = {}
    resolved: dict[str, int | None] = {}
    for m in matches:
        seen = m.key in resolved
        if not seen:
            resolved[m.key] = None if _country_or_division(gaz, m.key) else _best_record(gaz, m.key, ())
        rid = resolved[m.key]
        if rid is not None and gaz.countries[rid] and (gaz.precisions[rid] == "country" or not seen):
            country = gaz.countries[rid] or ""
            weights[country] = weights.get(country, 0.0) + (1.0 if gaz.precisions[rid] == "country" else 0.5)
    ranked = [c for c, w in sorted(weights.items(), key=lambda cw: -cw[1]) if w >= 1.0]
    return tuple(ranked[:FOCUS_LIMIT])


def _regions_of(matches: list[NameMatch], gaz: Gazetteer, focus: tuple[str, ...]) -> frozenset[str]:
    """First-level divisions the document is about: named ones (weight 1) and those of places whose name has
    a single candidate in the focus countries (weight 0.5); those reaching weight 1."""
    weights: dict[str, float] = {}
    for key in {m.key for m in matches}:
        rids = {code >> 1 for code in gaz.candidates(key)}
        if focus:
            rids = {r for r in rids if gaz.countries[r] in focus} or rids
        divisions = {
            gaz.admin1[r] for r in rids if gaz.admin1[r] and gaz.precisions[r] in ("place", "admin1")
        }
        if len(divisions) == 1:
            division = divisions.pop() or ""
            named = any(gaz.precisions[r] == "admin1" for r in rids)
            weights[division] = weights.get(division, 0.0) + (1.0 if named else 0.5)
    return frozenset(d for d, w in weights.items() if w >= 1.0)


def _country_or_division(gaz: Gazetteer, key: str) -> bool:
    """Whether a name is both a country and a first-level division elsewhere ("Georgia")."""
    precisions = {gaz.precisions[code >> 1] for code in gaz.candidates(key)}
    return "country" in precisions and "admin1" in precisions


def _within_named_areas(
    text: str, matches: list[NameMatch], gaz: Gazetteer, chosen: dict[str, int | None]
) -> dict[str, int | None]:
    """ "Gainesville, Ga.", "Paris, Texas", "Homs, Syria": a place followed by ", <division or country>" is
    resolved within that area, and so is every other mention of the same name in the document."""
    for m, area in zip(matches, matches[1:], strict=False):
        area_rid = chosen.get(area.key)
        if area_rid is None or text[m.end : area.start] not in (", ", ","):
            continue
        rid = _best_within(gaz, m.key, area_rid)
        if rid is not None:
            m.contained = rid
            chosen[m.key] = rid
    return chosen


def _best_within(gaz: Gazetteer, key: str, area: int) -> int | None:
    """The most populous candidate of `key` inside `area` (a first-level division or a country)."""
    precision, country = gaz.precisions[area], gaz.countries[area]
    if precision not in ("admin1", "country") or country is None:
        return None
    inside = [
        code >> 1
        for code in gaz.candidates(key)
        if gaz.countries[code >> 1] == country
        and (precision == "country" or gaz.admin1[code >> 1] == gaz.names[area])
        and (code >> 1) != area
    ]
    return max(inside, key=lambda rid: (gaz.populations[rid], -rid)) if inside else None


def refine_by_proximity(
    gaz: Gazetteer,
    chosen: dict[str, int | None],
    focus: tuple[str, ...],
    regions: frozenset[str] = frozenset(),
    *,
    fixed: frozenset[str] | set[str] = frozenset(),
    ranked: dict[str, list[tuple[float, int]]] | None = None,
) -> dict[str, int | None]:
    """Re-resolve ambiguous names towards the document's other places: a candidate near (or containing) a
    place another name resolved to gains up to PROXIMITY_BONUS, and SUPPORT_BONUS times the likelihood that
    each other name means a place within SUPPORT_KM of it (so that names that can all lie close together are
    read that way, "Athens" and "Henderson County" both in Texas, with no state named); a country that is not
    the document's main focus and holds none of its other places yields to a same-named place within NEAR_KM
    of one ("Lebanon", Indiana). Names in `fixed` ("X, <area>") keep their choice; `ranked` holds each name's
    scored candidates (`_ranked`) where the caller has them."""
    anchors = [
        (key, rid) for key, rid in chosen.items()
        if rid is not None and gaz.precisions[rid] in ("place", "region") and gaz.kinds[rid] != "continent"
    ]  # fmt: skip
    ranked = ranked if ranked is not None else {k: _ranked(gaz, k, focus, regions) for k in chosen}
    tops = {key: _top_candidates(gaz, rid, ranked[key]) for key, rid in chosen.items() if rid is not None}
    grid = _support_grid(gaz, tops)
    out = dict(chosen)
    for key, rid in chosen.items():
        codes = gaz.candidates(key)
        if rid is None or len(codes) < 2 or key in fixed:
            continue
        others = [a for k, a in anchors if k != key and a != rid]
        support = _supports(gaz, key, tops[key], grid)
        if others or any(support.values()):
            out[key] = _nearest_choice(gaz, ranked[key], others, focus, support, as_code=key in gaz.upper_only)
    return out


def _top_candidates(
    gaz: Gazetteer, best: int, ranked: list[tuple[float, int]]
) -> list[tuple[int, float, float]]:
    """(record id, score, weight as a supporter) of a name's best PROXIMITY_CANDIDATES candidates other than
    countries; [] when its best candidate is a country or a curated place, only that when a division."""
    if best in gaz.supplement_ids or gaz.precisions[best] == "country":
        return []
    if len(ranked) == 1:
        return [(best, 0.0, 1.0)]
    scored = [(code >> 1, score) for score, code in ranked[:SUPPORT_CANDIDATES]]
    if not scored or scored[0][0] in gaz.supplement_ids or gaz.precisions[scored[0][0]] == "country":
        return []
    top = scored[0][1]
    if gaz.precisions[scored[0][0]] == "admin1":
        return [(scored[0][0], top, 1.0)]  # a state named is a state ("Kansas, Missouri and Nevada")
    return [
        (rid, score, math.exp((score - top) / SUPPORT_TEMPERATURE))
        for rid, score in scored
        if gaz.precisions[rid] != "country"
    ]


def _supports(
    gaz: Gazetteer, key: str, scored: list[tuple[int, float, float]], grid: _Grid
) -> dict[int, float]:
    """SUPPORT_BONUS times each candidate's support; a city shares the support of its same-named division
    ("New York" the city gets what New York State's places give the state)."""
    support = {rid: SUPPORT_BONUS * _support(gaz, rid, key, grid) for rid, _score, _weight in scored}
    divisions: dict[tuple[str | None, str | None], float] = {
        (gaz.countries[r], gaz.names[r]): v for r, v in support.items() if gaz.precisions[r] == "admin1"
    }
    for rid in support:
        shared = divisions.get((gaz.countries[rid], gaz.admin1[rid]))
        if shared is not None and gaz.precisions[rid] == "place":
            support[rid] = max(support[rid], shared)
    return support


@dataclass
class _Grid:
    """Candidates of a document's names for the support score: (name, weight) by whole-degree cell (with the
    record id), by the first-level division they lie in, and (for divisions) by their own name."""

    cells: dict[tuple[int, int], list[tuple[str, int, float]]]
    inside: dict[tuple[str | None, str | None], list[tuple[str, float]]]
    divisions: dict[tuple[str | None, str | None], list[tuple[str, float]]]


def _support_grid(gaz: Gazetteer, tops: dict[str, list[tuple[int, float, float]]]) -> _Grid:
    grid = _Grid({}, {}, {})
    for key, scored in tops.items():
        for rid, _score, weight in scored:
            cell = (math.floor(gaz.lats[rid]), math.floor(gaz.lons[rid]))
            grid.cells.setdefault(cell, []).append((key, rid, weight))
            area = (gaz.countries[rid], gaz.admin1[rid])
            table = grid.divisions if gaz.precisions[rid] == "admin1" else grid.inside
            table.setdefault(area, []).append((key, weight))
    return grid


def _support(gaz: Gazetteer, rid: int, key: str, grid: _Grid) -> float:
    """The summed best weight, per other name, of that name's candidates within SUPPORT_KM of record `rid`,
    inside it (for a division) or containing it (a division holding a place); at most SUPPORT_CAP."""
    best: dict[str, float] = {}
    area = (gaz.countries[rid], gaz.admin1[rid])
    table = grid.inside if gaz.precisions[rid] == "admin1" else grid.divisions
    for other, weight in table.get(area, ()):
        if other != key and weight > best.get(other, 0.0):
            best[other] = weight
    if gaz.precisions[rid] == "admin1":
        return min(SUPPORT_CAP, sum(best.values()))
    lat, lon = gaz.lats[rid], gaz.lons[rid]
    cell_lat, cell_lon = math.floor(lat), math.floor(lon)
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for other, orid, weight in grid.cells.get((cell_lat + dlat, cell_lon + dlon), ()):
                if other == key or weight <= best.get(other, 0.0):
                    continue
                if haversine_km(lat, lon, gaz.lats[orid], gaz.lons[orid]) <= SUPPORT_KM:
                    best[other] = weight
    return min(SUPPORT_CAP, sum(best.values()))


def _nearest_choice(
    gaz: Gazetteer,
    ranked: list[tuple[float, int]],
    anchors: list[int],
    focus: tuple[str, ...],
    support: dict[int, float],
    *,
    as_code: bool = False,
) -> int:
    """The best of a name's candidates with the proximity and support bonuses; a country not in focus yields to a
    same-named town within NEAR_KM of the document's places ("Lebanon", Indiana), unless the name is written as
    a country code ("US" is no town Us beside Paris)."""
    if any(support.values()):
        ranked = sorted(((score + support.get(code >> 1, 0.0), code) for score, code in ranked),
                        key=lambda sc: (-sc[0], sc[1]))  # fmt: skip
    scored = []
    for score, code in ranked[:PROXIMITY_CANDIDATES]:
        distance = _distance_to(gaz, code >> 1, anchors)
        bonus = PROXIMITY_BONUS * max(0.0, 1 - distance / PROXIMITY_KM)
        scored.append((code >> 1, score + bonus, distance))
    best = max(scored, key=lambda t: t[1])
    if gaz.precisions[best[0]] == "country" and not as_code and _foreign(gaz, best[0], anchors, focus):
        near = [t for t in scored if gaz.precisions[t[0]] != "country" and t[2] <= NEAR_KM]
        if near:
            best = max(near, key=lambda t: t[1])
    return best[0]


def _foreign(gaz: Gazetteer, country_rid: int, anchors: list[int], focus: tuple[str, ...]) -> bool:
    country = gaz.countries[country_rid]
    return country not in focus[:1] and all(gaz.countries[a] != country for a in anchors)


def _distance_to(gaz: Gazetteer, rid: int, anchors: list[int]) -> float:
    """Distance in km from record `rid` to the nearest anchor; 0 when the record is a division or country that
    contains one; inf when every anchor is more than PROXIMITY_KM away in latitude alone."""
    precision, lat, lon = gaz.precisions[rid], gaz.lats[rid], gaz.lons[rid]
    country = gaz.countries[rid]
    best = math.inf
    for a in anchors:
        if precision == "country" and gaz.countries[a] == country:
            return 0.0
        if precision == "admin1" and gaz.admin1[a] == gaz.names[rid] and gaz.countries[a] == country:
            return 0.0
        if abs(gaz.lats[a] - lat) * KM_PER_DEGREE <= PROXIMITY_KM:
            best = min(best, haversine_km(lat, lon, gaz.lats[a], gaz.lons[a]))
    return best


def _best_record(
    gaz: Gazetteer, key: str, focus: tuple[str, ...], regions: frozenset[str] = frozenset()
) -> int | None:
    codes = gaz.candidates(key)
    if not codes:
        return None
    namesakes = _namesake_divisions(gaz, codes)
    best = max(codes, key=lambda code: (_score(gaz, code, focus, regions, namesakes), -code))
    return best >> 1


def _ranked(
    gaz: Gazetteer, key: str, focus: tuple[str, ...], regions: frozenset[str]
) -> list[tuple[float, int]]:
    """(score, code) of each candidate of `key`, best first (ties: lower code first, as `_best_record`)."""
    codes = gaz.candidates(key)
    if len(codes) < 2:
        return [(0.0, code) for code in codes]
    namesakes = _namesake_divisions(gaz, codes)
    return sorted(((_score(gaz, code, focus, regions, namesakes), code) for code in codes),
                  key=lambda sc: (-sc[0], sc[1]))  # fmt: skip


@cache
def _capital_names() -> frozenset[tuple[str, str]]:
    """(ISO-3, name) of each national capital (data/actors/countries.csv)."""
    table = read_table(data_path("actors/countries.csv"), required=("iso3", "capital"))
    return frozenset((row["iso3"], name) for _line, row in table for name in split_multi(row["capital"]))


def _namesake_divisions(gaz: Gazetteer, codes: tuple[int, ...]) -> frozenset[str]:
    """First-level divisions among the candidates that hold a same-named place ("Homs", "New York")."""
    if len(codes) < 2:
        return frozenset()
    inside = {gaz.admin1[code >> 1] for code in codes if gaz.precisions[code >> 1] == "place"}
    return frozenset(
        gaz.names[code >> 1]
        for code in codes
        if gaz.precisions[code >> 1] == "admin1" and gaz.names[code >> 1] in inside
    )


def _score(
    gaz: Gazetteer,
    code: int,
    focus: tuple[str, ...],
    regions: frozenset[str] = frozenset(),
    namesakes: frozenset[str] = frozenset(),
) -> float:
    """Preference of one candidate: supplement > country > focus country > population, primary name. A national
    capital counts as in the main focus country: news names foreign capitals far more than their namesakes.

    Admin1 records carry the summed population of their cities, less a margin, so that a province beats
    villages of its name ("Texas", Mexico) but not its capital ("Homs"); a division with no same-named place
    inside (`namesakes`) also beats towns named after it elsewhere ("California", Pennsylvania)."""
    rid = code >> 1
    precision = gaz.precisions[rid]
    score = 15.0 if code & 1 else 0.0
    if rid in gaz.supplement_ids:
        score += 1000.0
    if precision == "country":
        score += 500.0
    country = gaz.countries[rid]
    capital = precision == "place" and (country, gaz.names[rid]) in _capital_names()
    if focus and (country == focus[0] or capital):  # "sanctions on Moscow" in a US story: not Moscow, Pennsylvania
        score += 60.0
    elif focus and country in focus:
        score += 40.0
    if regions and precision == "place" and gaz.admin1[rid] in regions:
        score += REGION_BONUS
    size = 10.0 * math.log10(gaz.populations[rid] + 1)
    if precision == "admin1":  # population of its cities; a same-named city is preferred
        return score + size - 10.0 + (0.0 if gaz.names[rid] in namesakes else DIVISION_BONUS)
    return score + size
