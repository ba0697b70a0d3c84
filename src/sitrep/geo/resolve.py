"""Finding place names in text and resolving them to gazetteer records, with document context.

`find_places` runs the gazetteer's Aho-Corasick automaton over the text's normalised words, keeps whole-word
matches that look like proper names (capitalised; common words not sentence-initially, not as the generic word
of a longer name — "the University of X", "Section 8" — and not at all when no town of that name has 10,000
people; not part of a longer capitalised name such as "Washington Post" or "Pat Ryder"; not a small place's
name used of a person — "Derek D. Moore", "Mrs. Lincoln", "Moore, 19,", "Hughes said" — which drops the name
from the whole document), prefers the longest match, and resolves each name once per document. The
document's focus countries weigh each mention of a country and each distinct other name once. Resolution
prefers, in order: curated supplement rows, countries, places in the document's focus countries, cities over
same-named provinces, then population and primary names. Then
context: "X, <state or country>" resolves X inside that area (also for dotted abbreviations, "Gainesville, Ga.");
a proximity pass moves ambiguous names toward the document's other places (`refine_by_proximity`), and a
country that is not the document's focus yields to a same-named town beside its other places.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from ..records import Place
from .distance import haversine_km
from .gazetteer import Gazetteer, Token, normalize_name, tokenize


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FOCUS_LIMIT = 5
REGION_BONUS = 30.0  # a place in a first-level division the document is about (about 3 orders of population)
PROXIMITY_BONUS = 40.0  # a candidate at another of the document's places (falling to 0 at PROXIMITY_KM)
PROXIMITY_KM = 400.0
PROXIMITY_CANDIDATES = 8  # how many of a name's best candidates the proximity pass weighs
NEAR_KM = 100.0
DIVISION_BONUS = 25.0
_ABBREVIATIONS = _words(
    "mr mrs ms dr gen lt col capt cpt maj sgt adm cmdr rep sen gov pres prof rev st mt ft no vs"
)
_LOWERCASE_LEADS = _words(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater occupied the"
)
_DOTTED = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}\.(?: ?[A-Z][a-z]{0,3}\.)*(?=\s|$|[,;:)\]\"'’”])")
COMMON_WORD_TOWN_POPULATION = 10_000  # "Congress", "Section", "University": towns too small to beat the word
METONYMY_POPULATION = 500_000  # places this large are named as actors ("Moscow said"); smaller ones rarely
_TITLE_OR_INITIAL = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Rep|Sen|Gov|Prof|Rev|Det|Cpl|Pvt|Supt)\.?|"
    r"(?<![A-Za-z.])[A-DF-MO-RT-VX-Z]\.) $"
)
_AGE_AFTER = re.compile(r", \d{1,2},")
_SPEECH_VERBS = r"(?:said|told|added|asked|explained|noted|recalled|insisted|stated|testified)"
_SPEECH_AFTER = re.compile(r" " + _SPEECH_VERBS + r"\b")
_SPEECH_BEFORE = re.compile(r"\b" + _SPEECH_VERBS + r" $")
_CLAUSE_END = re.compile(r"[.,;:!?]")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|to|near|for|across|outside|inside|around|into) $")
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)\b", re.IGNORECASE)
_SENTENCE_END = ".!?:;\n\"“”'‘’()[]"
_JOINING_GAPS = frozenset({" ", "-", "–", ".", ". ", "' ", "’ ", "'s ", "’s "})
# Capitalised words that may stand next to a place name without making it part of a longer name.
_NEIGHBOUR_OK = _words(
    "in at on to from of the and or but near across outside inside around into through toward towards via "
    "for with by between against within over under beyond along after before since while during as if "
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern upper lower greater province "
    "governorate city region district county state river valley airport border capital town village "
    "countryside desert monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december"
)


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a text: character offsets into that text, the span and its resolution."""

    start: int
    end: int
    text: str
    place: Place


@dataclass
class _Match:
    first: int  # token indexes, inclusive
    last: int
    key: str
    start: int  # character offsets
    end: int
    contained: int | None = (
        None  # the record chosen for this mention by the area written after it ("X, Texas")
    )


def find_places(
    text: str, *, gazetteer: Gazetteer, focus: Sequence[str] = (), adjectives: bool = False
) -> list[PlaceMention]:
    """Place mentions in `text`, in text order. With no `focus`, the document's own focus is used. With
    `adjectives`, country adjectives ("Russian", "Israeli") are reported too, as mentions of their country
    (adjectival toponyms, as geoparsing corpora annotate them; event locations never want them)."""
    tokens = tokenize(text)
    matches = _accepted_matches(text, tokens, gazetteer, adjectives=adjectives)
    focus = tuple(focus) or _focus_of(matches, gazetteer)
    regions = _regions_of(matches, gazetteer, focus)
    chosen = {m.key: _best_record(gazetteer, m.key, focus, regions) for m in matches}
    chosen = _within_named_areas(text, matches, gazetteer, chosen)
    chosen = refine_by_proximity(gazetteer, chosen, focus, regions)
    mentions = []
    for m in matches:
        rid = chosen[m.key] if m.contained is None else m.contained
        if rid is not None:
            span = text[m.start : m.end]
            mentions.append(PlaceMention(m.start, m.end, span, gazetteer.place(rid, span)))
    return mentions


def document_focus(text: str, *, gazetteer: Gazetteer) -> list[str]:
    """ISO-3 codes of the countries `text` is about (named, or via their places), most mentioned first."""
    return list(_focus_of(_accepted_matches(text, tokenize(text), gazetteer), gazetteer))


def resolve_place(name: str, *, gazetteer: Gazetteer, focus: Sequence[str] = ()) -> Place | None:
    """The gazetteer record a place name most likely means, given the document's focus countries."""
    key = normalize_name(name)
    for candidate in (key, key.removeprefix("the "), key.removeprefix("al ")):
        rid = _best_record(gazetteer, candidate, tuple(focus))
        if rid is not None:
            return gazetteer.place(rid, name)
    return None


def _focus_of(matches: list[_Match], gaz: Gazetteer) -> tuple[str, ...]:
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


def _regions_of(matches: list[_Match], gaz: Gazetteer, focus: tuple[str, ...]) -> frozenset[str]:
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
    text: str, matches: list[_Match], gaz: Gazetteer, chosen: dict[str, int | None]
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
) -> dict[str, int | None]:
    """Re-resolve ambiguous names towards the document's other places: a candidate near (or containing) a
    place another name resolved to gains up to PROXIMITY_BONUS; a country that is not the document's main focus
    and holds none of its other places yields to a same-named place within NEAR_KM of one ("Lebanon",
    Indiana)."""
    anchors = [
        (key, rid) for key, rid in chosen.items()
        if rid is not None and gaz.precisions[rid] in ("place", "region") and gaz.kinds[rid] != "continent"
    ]  # fmt: skip
    if not anchors:
        return chosen
    out = dict(chosen)
    for key, rid in chosen.items():
        codes = gaz.candidates(key)
        if rid is None or len(codes) < 2:
            continue
        others = [a for k, a in anchors if k != key and a != rid]
        if others:
            out[key] = _nearest_choice(gaz, codes, others, focus, regions)
    return out


def _nearest_choice(
    gaz: Gazetteer,
    codes: tuple[int, ...],
    anchors: list[int],
    focus: tuple[str, ...],
    regions: frozenset[str],
) -> int:
    namesakes = _namesake_divisions(gaz, codes)
    base = {code: _score(gaz, code, focus, regions, namesakes) for code in codes}
    ranked = sorted(codes, key=lambda code: (-base[code], code))[:PROXIMITY_CANDIDATES]
    scored = []
    for code in ranked:
        distance = _distance_to(gaz, code >> 1, anchors)
        bonus = PROXIMITY_BONUS * max(0.0, 1 - distance / PROXIMITY_KM)
        scored.append((code >> 1, base[code] + bonus, distance))
    best = max(scored, key=lambda t: t[1])
    if gaz.precisions[best[0]] == "country" and _foreign(gaz, best[0], anchors, focus):
        near = [t for t in scored if gaz.precisions[t[0]] != "country" and t[2] <= NEAR_KM]
        if near:
            best = max(near, key=lambda t: t[1])
    return best[0]


def _foreign(gaz: Gazetteer, country_rid: int, anchors: list[int], focus: tuple[str, ...]) -> bool:
    country = gaz.countries[country_rid]
    return country not in focus[:1] and all(gaz.countries[a] != country for a in anchors)


def _distance_to(gaz: Gazetteer, rid: int, anchors: list[int]) -> float:
    """Distance in km from record `rid` to the nearest anchor; 0 when the record is a division or country that
    contains one."""
    precision, lat, lon = gaz.precisions[rid], gaz.lats[rid], gaz.lons[rid]
    best = math.inf
    for a in anchors:
        if precision == "country" and gaz.countries[a] == gaz.countries[rid]:
            return 0.0
        if (
            precision == "admin1"
            and gaz.admin1[a] == gaz.names[rid]
            and gaz.countries[a] == gaz.countries[rid]
        ):
            return 0.0
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
    """Preference of one candidate: supplement > country > focus country > population, primary name.

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
    if focus and country in focus:
        score += 60.0 if country == focus[0] else 40.0
    if regions and precision == "place" and gaz.admin1[rid] in regions:
        score += REGION_BONUS
    size = 10.0 * math.log10(gaz.populations[rid] + 1)
    if precision == "admin1":  # population of its cities; a same-named city is preferred
        return score + size - 10.0 + (0.0 if gaz.names[rid] in namesakes else DIVISION_BONUS)
    return score + size


def _accepted_matches(
    text: str, tokens: list[Token], gaz: Gazetteer, *, adjectives: bool = False
) -> list[_Match]:
    """Whole-word gazetteer matches that pass the name checks, longest first, without overlaps."""
    found = _raw_matches(text, tokens, gaz.automaton)
    if adjectives:
        found += _raw_matches(text, tokens, gaz.adjective_automaton, marker=1)
    raw = [m for m in found if _looks_like_name(text, tokens, m, gaz)]
    raw += _abbreviation_matches(text, tokens, gaz)
    raw.sort(key=lambda m: (m.first - m.last, m.first))
    taken: set[int] = set()
    kept: list[_Match] = []
    for m in raw:
        span = range(m.first, m.last + 1)
        if not taken.intersection(span):
            taken.update(span)
            kept.append(m)
    kept = _drop_name_parts(text, tokens, kept, gaz)
    return sorted(kept, key=lambda m: m.first)


def _abbreviation_matches(text: str, tokens: list[Token], gaz: Gazetteer) -> list[_Match]:
    """Dotted state and province abbreviations ("Ga.", "W. Va."), matched as written."""
    if not gaz.abbreviations or not tokens:
        return []
    starts = [t.start for t in tokens]
    out = []
    for found in _DOTTED.finditer(text):
        key = found.group().replace(" ", "")
        if key not in gaz.abbreviations:
            continue
        if key in gaz.comma_abbreviations and text[found.start() - 2 : found.start()] != ", ":
            continue
        first = bisect_right(starts, found.start()) - 1
        last = bisect_right(starts, found.end() - 1) - 1
        if first >= 0 and tokens[first].start == found.start():
            out.append(_Match(first, last, key, found.start(), found.end()))
    return out


def _raw_matches(
    text: str, tokens: list[Token], automaton: ahocorasick.Automaton | None, *, marker: int = 0
) -> list[_Match]:
    """Automaton matches on whole words that are written as one name; `marker` is the length of the prefix
    that the automaton's values carry before the key ("~" for adjectives)."""
    if not tokens or automaton is None:
        return []
    offsets = []
    pos = 1
    for tok in tokens:
        offsets.append(pos)
        pos += len(tok.norm) + 1
    normalized = " " + " ".join(t.norm for t in tokens) + " "
    out = []
    for end, key in automaton.iter(normalized):
        first = bisect_right(offsets, end - len(key) + marker) - 1
        last = first + key.count(" ")
        if _joined_in_text(text, tokens, first, last):
            end_char = tokens[last].end
            if len(tokens[last].norm) == 1 and text[end_char : end_char + 1] == ".":
                end_char += 1  # "U.S." keeps its last period
            out.append(_Match(first, last, key, tokens[first].start, end_char))
    return out


def _joined_in_text(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """Whether consecutive tokens are written as one name (space, hyphen, "St. ", no comma or line break)."""
    for i in range(first, last):
        gap = text[tokens[i].end : tokens[i + 1].start]
        if gap not in _JOINING_GAPS and not (gap.isspace() and "\n" not in gap and len(gap) <= 10):
            return False
    return True


def _looks_like_name(text: str, tokens: list[Token], m: _Match, gaz: Gazetteer) -> bool:
    """Capitalised (all capitals for codes like "US"); common words not at the start of a sentence."""
    span = text[m.start : m.end]
    if _CONTRACTION.search(span):
        return False  # "I've", "we'll"
    if m.key in gaz.upper_only:
        return all(c.isupper() for c in span if c.isalpha())
    head = m.first
    while head < m.last and (tokens[head].norm == "al" or tokens[head].norm in _LOWERCASE_LEADS):
        head += 1
    if not text[tokens[head].start].isupper():
        return False
    if gaz.stop_names.get(m.key) == "case":
        if _population(gaz, m.key) < COMMON_WORD_TOWN_POPULATION:
            return False
        return not (_sentence_initial(text, m.start) or span.isupper() or _heads_a_name(text, tokens, m))
    return True


def _opens_name(text: str, prev: Token) -> bool:
    return prev.norm == "the" or text[prev.start].isupper() or text[prev.start].isdigit()


def _heads_a_name(text: str, tokens: list[Token], m: _Match) -> bool:
    """Whether a common word that is also a town name ("University", "Section", "Chamber") is the generic
    part of a longer name or a common noun: "the University", "Ohio State University", "34th Street",
    "College of Law", "Section 2AA"."""
    prev = tokens[m.first - 1] if m.first > 0 else None
    if prev is not None and text[prev.end : m.start] == " " and _opens_name(text, prev):
        return True
    nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
    if nxt is None or text[m.end : nxt.start] != " ":
        return False
    return nxt.norm == "of" or text[nxt.start].isupper() or text[nxt.start].isdigit()


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence (not after "Capt." or "Mr.")."""
    before = text[max(0, start - 40) : start].rstrip(" \t\"“‘'(")
    if not before or before[-1] not in _SENTENCE_END:
        return not before
    if before[-1] == ".":
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        return not (word.casefold() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()))
    return True


def _drop_name_parts(text: str, tokens: list[Token], matches: list[_Match], gaz: Gazetteer) -> list[_Match]:
    """Drop matches inside a longer capitalised name ("Washington Post", "Pat Ryder"); a name seen as a
    surname ("Robert Ford") is dropped everywhere in the document unless it names a country or a
    curated place."""
    covered = {i for m in matches if _is_strong(gaz, m.key) for i in range(m.first, m.last + 1)}
    surnames: set[str] = set()
    kept = []
    for m in matches:
        if _is_strong(gaz, m.key):
            kept.append(m)
            continue
        before = _name_continues(text, tokens, m.first - 1, m.first, covered, gaz)
        after = _name_continues(text, tokens, m.last + 1, m.last, covered, gaz)
        if before or _person_context(text, tokens, m, gaz):
            surnames.add(m.key)
        elif not after:
            kept.append(m)
    return [m for m in kept if m.key not in surnames]


def _person_context(text: str, tokens: list[Token], m: _Match, gaz: Gazetteer) -> bool:
    """Whether a small place's name is used of a person here: after a title or a middle initial ("Mrs.
    Lincoln", "Derek D. Moore"; not the compass letters of "W. Columbia"), before an age ("Moore, 19,"), or
    as the subject of a speech verb ("Hughes said", not "officials in Columbia said"; "said Meredith.", not
    "said Fargo City Commissioner"). Countries, curated places and large cities (which speak metonymically,
    "Moscow said") are never taken for persons."""
    if _population(gaz, m.key) >= METONYMY_POPULATION:
        return False
    before = text[max(0, m.start - 12) : m.start]
    after = text[m.end : m.end + 14]
    speaker = (_SPEECH_AFTER.match(after) and not _PREPOSITION_BEFORE.search(before)) or (
        _SPEECH_BEFORE.search(before) and _CLAUSE_END.match(after)
    )
    return bool(_TITLE_OR_INITIAL.search(before) or _AGE_AFTER.match(after) or speaker)


def _population(gaz: Gazetteer, key: str) -> int:
    return max((gaz.populations[code >> 1] for code in gaz.candidates(key)), default=0)


def _name_continues(
    text: str, tokens: list[Token], idx: int, inner: int, covered: set[int], gaz: Gazetteer
) -> bool:
    """Whether tokens[idx], just before or after a match ending at tokens[inner], is a capitalised word of
    the same name (not a place itself, not a function or common word, not capitalised only because it
    starts a sentence)."""
    if idx < 0 or idx >= len(tokens) or idx in covered:
        return False
    left, right = (idx, inner) if idx < inner else (inner, idx)
    gap = text[tokens[left].end : tokens[right].start]
    if gap != "-" and not (gap.isspace() and "\n" not in gap):
        return False
    tok = tokens[idx]
    if tok.norm in _NEIGHBOUR_OK or tok.norm == "al":
        return False
    if not text[tok.start].isupper():
        return False
    return idx > inner or not _sentence_initial(text, tok.start)


def _is_strong(gaz: Gazetteer, key: str) -> bool:
    """A key with a curated or country candidate: never dropped as part of a person's name."""
    return any(
        (code >> 1) in gaz.supplement_ids or gaz.precisions[code >> 1] == "country"
        for code in gaz.candidates(key)
    )
