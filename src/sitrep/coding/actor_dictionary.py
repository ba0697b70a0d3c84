"""The actor dictionary: countries, institutions, people and role nouns (CSV files under sitrep/data/actors).

`load_actor_dictionary` reads and validates every row (DictionaryError with file:line) and compiles one Aho-Corasick
automaton over every name, alias, adjective and role noun; `_find_terms` runs it over a phrase and classifies each
match by its surroundings (X-backed, X-led, X's, X-held). The phrase reading built on it lives in `actors`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import ahocorasick

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError

SECTORS = frozenset(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
        "IGO",
        "NGO",
    ]
)
SPECIAL_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
ROLE_KINDS = frozenset(
    {"role", "relational", "container", "asset", "proxy", "state", "title", "group", "site", "ally", "counterpart"}
)
PLATFORMS = frozenset({"", "aerial", "drone", "ground", "naval", "heavy-weapons", "firearms", "explosives"})
PRIORITY = {
    "inst": 0,
    "person": 1,
    "country": 2,
    "capital": 3,
    "adjective": 4,
    "place": 5,
    "surname": 6,
    "role": 7,
}
DERIVED_FILES = {"institutions": "institutions_phoenix.csv", "people": "people_phoenix.csv"}
SPONSOR_WORDS = (
    "backed|armed|supported|sponsored|funded|financed|trained|equipped|allied|aligned|affiliated|linked"
)
_HYPHEN_AFTER = re.compile(r"-\s?([A-Za-z]+)")
_SPACE_SPONSOR = re.compile(r"\s+(backed|supported|sponsored|funded)\b", re.I)
# first parts of given names often written with a hyphen ("Jean-Bertrand", "Abdel-Fattah", "Seif al-Islam")
HYPHENED_GIVEN_NAMES = frozenset(
    ["jean", "marie", "pierre", "jose", "juan", "hans", "karl", "abdel", "abdul", "abd", "abu"]
    + ["mohamed", "mohammed", "muhammad", "seif", "nur"]
)
_NAME_GOES_ON = re.compile(r"-[A-Z]|\s+(?:[A-Z]\w|al-|el-|bin\b|ibn\b)")  # a name word after a surname
_POSSESSIVE = re.compile(r"'s?\b|s'")
_NORMALIZE = str.maketrans({"’": "'", "‘": "'", "`": "'", "\u00a0": " ", "‐": "-", "‑": "-"})


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    adjective: str


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    country: str | None
    sector: str | None
    sponsor: str | None
    led_by: str | None
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class Person:
    name: str
    country: str | None
    sector: str | None
    role: str
    institution: str | None
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class Role:
    noun: str
    kind: str
    sector: str | None
    platform: str | None


@dataclass(frozen=True)
class Term:
    """One surface form in the automaton: what it names (kind, key) and how its case must match."""

    kind: str  # inst, person, country, capital, adjective, place, surname, role
    key: str
    exact: bool  # short acronym: case must match exactly
    needs_upper: bool  # written with a capital: the text must show one
    derived: bool = False  # from a derived (bulk) file, not a hand-written one


@dataclass
class ActorDictionary:
    """Countries, institutions, people and role nouns, with the compiled automaton. Build with the loader."""

    countries: dict[str, Country]
    institutions: dict[str, list[Institution]]
    people: dict[str, list[Person]]
    roles: dict[str, Role]
    forms: dict[str, list[Term]] = field(default_factory=dict)
    names: list[tuple[str, Term]] = field(default_factory=list)
    automaton: Any = None
    # what `resolve_actor` already worked out (its results depend only on the phrase, the date and the country
    # hint); its older half dropped when it holds MEMO_LIMIT entries
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    # the cuts of phrases `phrase_segments` already made (they depend only on the text), kept the same way
    phrase_memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def platform_of(self, text: str) -> str | None:
        """The platform kind (aerial, drone, ground, naval, ...) of the rightmost role noun in `text`, if any."""
        matches = [m for m in _find_terms(_normalize(text), self) if m.term.kind == "role"]
        for m in reversed(matches):
            if self.roles[m.term.key].platform:
                return self.roles[m.term.key].platform
        return None


@dataclass
class Match:
    start: int
    end: int
    term: Term
    alts: list[Term]  # every term of the surface that fits its case (same-name people)
    mark: str = ""  # "", "sponsor", "leader", "inert", "possessive", "ethnic"


# ----------------------------------------------------------------------------------------------------- loading


def load_actor_dictionary(directory: Path | None = None) -> ActorDictionary:
    """Read and validate countries.csv, places.csv, institutions.csv, people.csv and roles.csv, plus the derived
    institutions_phoenix.csv and people_phoenix.csv where the folder has them; compile the automaton."""
    folder = directory or data_path("actors")
    countries, country_forms = _load_countries(folder / "countries.csv")
    known = set(countries) | SPECIAL_COUNTRIES
    place_forms = (
        _load_places(folder / "places.csv", set(countries)) if (folder / "places.csv").exists() else []
    )
    institutions, inst_forms = _load_institutions(folder / "institutions.csv", known)
    people, person_forms = _load_people(folder / "people.csv", known, set(institutions))
    extra_forms = _load_derived(folder, known, institutions, people)
    roles, role_forms = _load_roles(folder / "roles.csv")
    dictionary = ActorDictionary(countries, institutions, people, roles)
    for kind, key, form in dict.fromkeys(
        [*country_forms, *place_forms, *inst_forms, *person_forms, *role_forms]
    ):
        _add_form(dictionary, kind, key, form)
    for kind, key, form in dict.fromkeys(extra_forms):  # one per person, not per dated row
        _add_form(dictionary, kind, key, form, derived=True)
    dictionary.automaton = _compile(dictionary.forms)
    return dictionary


def _load_countries(path: Path) -> tuple[dict[str, Country], list[tuple[str, str, str]]]:
    countries: dict[str, Country] = {}
    forms: list[tuple[str, str, str]] = []
    owner: dict[str, str] = {}
    for line, row in read_table(path, required=("iso3", "name", "aliases", "adjectives", "capital")):
        iso = row["iso3"]
        if not re.fullmatch(r"[A-Z]{3}", iso) or not row["name"]:
            raise DictionaryError(str(path), line, f"bad iso3 {iso!r} or empty name")
        if iso in countries:
            raise DictionaryError(str(path), line, f"duplicate country {iso}")
        adjectives = split_multi(row["adjectives"])
        countries[iso] = Country(iso, row["name"], adjectives[0] if adjectives else row["name"])
        named = [("country", f) for f in [row["name"], *split_multi(row["aliases"])]]
        named += [("adjective", f) for f in adjectives] + [
            ("capital", f) for f in split_multi(row["capital"])
        ]
        for kind, form in named:
            if owner.setdefault(f"{kind}:{form}", iso) != iso:
                raise DictionaryError(str(path), line, f"{form!r} already names {owner[f'{kind}:{form}']}")
            forms.append((kind, iso, form))
    return countries, forms


def _load_places(path: Path, countries: set[str]) -> list[tuple[str, str, str]]:
    """Towns, regions and variant spellings that stand for a country ("Darfur" -> SDN): columns name, country."""
    forms: list[tuple[str, str, str]] = []
    for line, row in read_table(path, required=("name", "country")):
        if not row["name"] or row["country"] not in countries:
            raise DictionaryError(str(path), line, f"empty name or unknown country {row['country']!r}")
        forms.append(("place", row["country"], row["name"]))
    return forms


def _load_derived(
    folder: Path, known: set[str], institutions: dict[str, list[Institution]], people: dict[str, list[Person]]
) -> list[tuple[str, str, str]]:
    """Add the bulk-derived institutions and people (same columns; people may list `surnames`, matched only after
    a title) to the hand-written tables; an id or name in both is a DictionaryError through the overlap check."""
    forms: list[tuple[str, str, str]] = []
    path = folder / DERIVED_FILES["institutions"]
    if path.exists():
        inst_forms = _load_institutions(path, known, institutions)[1]
        forms += inst_forms
    path = folder / DERIVED_FILES["people"]
    if path.exists():
        person_forms = _load_people(path, known, set(institutions), people)[1]
        forms += person_forms
    return forms


def _load_institutions(
    path: Path, known: set[str], out: dict[str, list[Institution]] | None = None
) -> tuple[dict[str, list[Institution]], list[tuple[str, str, str]]]:
    cols = ("id", "name", "aliases", "country", "sector", "sponsor", "led_by", "valid_from", "valid_to")
    out = {} if out is None else out
    forms: list[tuple[str, str, str]] = []
    for line, row in read_table(path, required=cols):
        where = (str(path), line)
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]*", row["id"]) or not row["name"]:
            raise DictionaryError(*where, f"bad id {row['id']!r} or empty name")
        for col in ("country", "sponsor", "led_by"):
            _check_code(row[col], known, where, col)
        inst = Institution(
            row["id"],
            row["name"],
            row["country"] or None,
            _sector(row["sector"], where),
            row["sponsor"] or None,
            row["led_by"] or None,
            *_dates(row, where),
        )
        _check_overlap(out.get(inst.id, []), inst, where)
        out.setdefault(inst.id, []).append(inst)
        forms += [("inst", inst.id, f) for f in [row["name"], *split_multi(row["aliases"])]]
    return out, forms


def _load_people(
    path: Path, known: set[str], institutions: set[str], out: dict[str, list[Person]] | None = None
) -> tuple[dict[str, list[Person]], list[tuple[str, str, str]]]:
    cols = ("name", "aliases", "country", "sector", "role", "valid_from", "valid_to")
    out = {} if out is None else out
    forms: list[tuple[str, str, str]] = []
    for line, row in read_table(path, required=cols):
        where = (str(path), line)
        if not row["name"]:
            raise DictionaryError(*where, "empty name")
        _check_code(row["country"], known, where, "country")
        inst = row.get("institution", "")
        if inst and inst not in institutions:
            raise DictionaryError(*where, f"unknown institution {inst!r}")
        person = Person(
            row["name"],
            row["country"] or None,
            _sector(row["sector"], where),
            row["role"],
            inst or None,
            *_dates(row, where),
        )
        _check_overlap(out.get(person.name, []), person, where)
        out.setdefault(person.name, []).append(person)
        forms += [("person", person.name, f) for f in [row["name"], *split_multi(row["aliases"])]]
        forms += [("surname", person.name, f) for f in split_multi(row.get("surnames", ""))]
    return out, forms


def _load_roles(path: Path) -> tuple[dict[str, Role], list[tuple[str, str, str]]]:
    out: dict[str, Role] = {}
    forms: list[tuple[str, str, str]] = []
    for line, row in read_table(path, required=("noun", "kind", "sector", "platform", "forms")):
        where = (str(path), line)
        if row["kind"] not in ROLE_KINDS or row["platform"] not in PLATFORMS:
            raise DictionaryError(*where, f"unknown kind {row['kind']!r} or platform {row['platform']!r}")
        if row["noun"] in out:
            raise DictionaryError(*where, f"duplicate role noun {row['noun']!r}")
        out[row["noun"]] = Role(
            row["noun"], row["kind"], _sector(row["sector"], where), row["platform"] or None
        )
        variants = [row["noun"], *split_multi(row["forms"])]
        variants += [_plural(v) for v in variants if row["kind"] != "group"]
        forms += [("role", row["noun"], v) for v in dict.fromkeys(variants)]
    return out, forms


def _sector(value: str, where: tuple[str, int]) -> str | None:
    if value and value not in SECTORS:
        raise DictionaryError(*where, f"unknown sector code {value!r}")
    return value or None


def _check_code(value: str, known: set[str], where: tuple[str, int], column: str) -> None:
    if value and value not in known:
        raise DictionaryError(*where, f"unknown {column} code {value!r}")


def _dates(row: dict[str, str], where: tuple[str, int]) -> tuple[date | None, date | None]:
    try:
        start = date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
    except ValueError:
        raise DictionaryError(
            *where, f"bad date {row['valid_from']!r}/{row['valid_to']!r}; use YYYY-MM-DD"
        ) from None
    if start and end and end < start:
        raise DictionaryError(*where, "valid_to is before valid_from")
    return start, end


def _check_overlap(
    rows: Iterable[Institution | Person], new: Institution | Person, where: tuple[str, int]
) -> None:
    lo, hi = new.valid_from or date.min, new.valid_to or date.max
    for old in rows:
        if (old.valid_from or date.min) < hi and lo < (old.valid_to or date.max):
            key = new.id if isinstance(new, Institution) else new.name
            raise DictionaryError(*where, f"duplicate id {key!r} with overlapping dates")


def _plural(noun: str) -> str:
    head, _, last = noun.rpartition(" ")
    if last.endswith(".") or last.isupper():
        return noun
    if last.endswith(("man",)) and not last.endswith("human"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last = last + "es" if not last.endswith("s") else last
    else:
        last += "s"
    return f"{head} {last}".strip()


def _add_form(d: ActorDictionary, kind: str, key: str, form: str, *, derived: bool = False) -> None:
    letters = re.sub(r"[^A-Za-z]", "", form)
    exact = letters.isupper() and len(letters) <= 3
    term = Term(kind, key, exact, any(c.isupper() for c in form), derived)
    d.names.append((form, term))
    variants = [form]
    if form.endswith(".") and form.count(".") > 1:
        variants.append(form[:-1])  # "U.S-backed"
    if kind in ("country", "capital") and not exact:
        variants.append(form + "s")  # lost apostrophe: "Irans proxies"
    first = form.split(" ", 1)[0].lower()
    if kind == "person" and form.count(" ") >= 2 and first in HYPHENED_GIVEN_NAMES:
        # "Jean Bertrand Aristide" written "Jean-Bertrand Aristide"
        variants.append(form.replace(" ", "-", 1))
    for v in variants:
        bucket = d.forms.setdefault(_lower(v), [])
        if v != form and bucket:
            continue  # a variant never shadows a real form
        if term not in bucket:
            bucket.append(term)


def _compile(forms: dict[str, list[Term]]) -> Any:
    automaton = ahocorasick.Automaton()
    for surface in forms:
        automaton.add_word(surface, surface)
    automaton.make_automaton()
    return automaton


# ----------------------------------------------------------------------------------------------------- matching


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _normalize(text: str) -> str:
    return " ".join(text.translate(_NORMALIZE).split())


def _find_terms(text: str, d: ActorDictionary) -> list[Match]:
    """Non-overlapping term matches (longest first), each checked for word boundaries and case."""
    low = _lower(text)
    found: list[Match] = []
    loose: list[Match] = []  # lower-case demonyms ("tunisian rioters"), kept only before a role noun
    size = len(text)
    for end, surface in d.automaton.iter(low):
        start, stop = end - len(surface) + 1, end + 1
        if (start and text[start - 1].isalnum()) or (stop < size and text[stop].isalnum()):
            continue
        piece = text[start:stop]
        bucket = d.forms[surface]
        if len(bucket) == 1:  # the usual case: nothing to sort
            terms = [bucket[0]] if _case_ok(bucket[0], piece) else []
        else:
            terms = sorted((t for t in bucket if _case_ok(t, piece)), key=lambda t: PRIORITY[t.kind])
        if terms:
            found.append(Match(start, stop, terms[0], terms))
        elif piece.islower() and (
            adjectives := [t for t in d.forms[surface] if t.kind == "adjective" and not t.exact]
        ):
            loose.append(Match(start, stop, adjectives[0], adjectives))
    if not found and not loose:
        return []  # half the phrases: no name, no role noun
    chosen: list[Match] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, PRIORITY[m.term.kind], m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    chosen += [m for m in loose if _before_role(text, m, chosen)]
    chosen.sort(key=lambda m: m.start)
    if any(m.term.kind == "surname" for m in chosen):
        chosen = [
            _as_person(m) if m.term.kind == "surname" else m
            for m in chosen
            if _surname_ok(text, chosen, m, d)
        ]
    for m in chosen:
        _mark(text, m)
    return chosen


def _before_role(text: str, m: Match, chosen: list[Match]) -> bool:
    """A lower-case demonym reads as its state only right before a role noun ("tunisian rioters", "syrian
    troops"), never on its own ("polish", "french fries") and never inside another match."""
    if any(m.start < c.end and c.start < m.end for c in chosen):
        return False
    after = [c for c in chosen if c.start >= m.end]
    if not after:
        return False
    nxt = min(after, key=lambda c: c.start)
    return nxt.term.kind == "role" and not text[m.end : nxt.start].strip()


def _surname_ok(text: str, chosen: list[Match], m: Match, d: ActorDictionary) -> bool:
    """A bare surname names a person only right after a title and capitalised names ("President Kagame",
    "Lt. Gen. Prosper Avril"); anything else keeps its match."""
    if m.term.kind != "surname":
        return True
    if text[m.start - 1 : m.start] == "-" or _NAME_GOES_ON.match(text, m.end):
        return False  # part of a longer name: "Jean-Bertrand Aristide" is not Xavier Bertrand
    before = [c for c in chosen if c.end <= m.start]
    if not before or before[-1].term.kind != "role" or d.roles[before[-1].term.key].kind != "title":
        return False
    return all(w[:1].isupper() for w in text[before[-1].end : m.start].split())


def _as_person(m: Match) -> Match:
    people = [replace(t, kind="person") for t in m.alts if t.kind == "surname"]
    return Match(m.start, m.end, people[0], people, m.mark)


def _case_ok(term: Term, piece: str) -> bool:
    if term.exact:
        return piece.upper() == piece and any(map(str.isupper, piece))
    return not term.needs_upper or any(map(str.isupper, piece))


def _mark(text: str, m: Match) -> None:
    """Classify a match by its surroundings: X-backed (sponsor), X-led (leader), X's (possessive), X-held (inert)."""
    before, after = text[: m.start].lower(), text[m.end :]
    if before.endswith("ethnic ") and m.term.kind in ("adjective", "country"):
        m.mark = "ethnic"  # "ethnic Albanians": a people, not the state of Albania
    elif before.endswith("pro-") or before.endswith("pro "):
        m.mark = "sponsor"
    elif before.endswith("anti-") or before.endswith("anti "):
        m.mark = "inert"
    elif hyphen := _HYPHEN_AFTER.match(after):
        word = hyphen.group(1).lower()
        m.mark = "sponsor" if word in SPONSOR_WORDS.split("|") else "leader" if word == "led" else ""
        m.mark = m.mark or ("" if word == "based" else "inert")
    elif m.term.kind != "role" and _SPACE_SPONSOR.match(after):
        m.mark = "sponsor"
    elif _POSSESSIVE.match(after):
        m.mark = "possessive"  # informative only: "Iran's" qualifies what follows like "Iranian"
