"""Seats of government: national capitals (data/actors/countries.csv) and the curated seats of kind "site" ("White
House", "Pentagon", "Kremlin", "Downing Street" in data/places/supplement.csv). News names them far more often as
the government they house ("relations with Ankara", "the Pentagon's announcement", "friction between Ankara and
Washington") than as the place where something happens ("a speech in Ankara"): `names_seat_as_party` tells the
two apart by the preposition before the name. Organisations named as a venue ("At the UN, the UK's ambassador
told the security council") are where their headquarters are (data/places/venues.csv): `venue_place`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..datafiles import data_path, read_table, split_multi
from ..records import Place
from .borders import country_words
from .gazetteer import load_gazetteer, load_supplement
from .resolve import find_places

SITE_KIND = "site"
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|into|to|across|toward|towards)\s+(?:the\s+)?$",
                             re.IGNORECASE)


@cache
def venues() -> dict[str, Place]:
    """Folded name or alias of a venue organisation ("un", "the security council" less its article) -> its place."""
    out: dict[str, Place] = {}
    for names, rec in load_supplement(data_path("places/venues.csv")):
        place = Place(text=rec.name, name=rec.name, lat=rec.lat, lon=rec.lon, country=rec.country,
                      admin1=rec.admin1, precision=rec.precision)
        out.update((name.casefold(), place) for name in names)
    return out


def venue_place(name: str) -> Place | None:
    """The place of the organisation `name` names as a venue ("the UN", "the Security Council"), if curated."""
    folded = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()
    found = venues().get(folded)
    return replace(found) if found is not None else None


@cache
def capitals() -> dict[str, tuple[str, ...]]:
    """ISO-3 -> the national capital's names (data/actors/countries.csv: "Washington|Washington, D.C.")."""
    table = read_table(data_path("actors/countries.csv"), required=("iso3", "capital"))
    return {row["iso3"]: tuple(split_multi(row["capital"])) for _line, row in table if row["capital"]}


def capital_place(country: str) -> Place | None:
    """The national capital of `country` (ISO-3) as the gazetteer places it: the first of its names that resolves
    to a town ("Washington, D.C.", where "Washington" alone is the state)."""
    for name in capitals().get(country, ()):
        found = find_places(name, gazetteer=load_gazetteer(), focus=(country,))
        town = next((m.place for m in found if m.place.country == country and m.place.precision == "place"), None)
        if town is not None:
            return town
    return None


def state_country(name: str) -> str | None:
    """The country a name stands for as a state: a country word ("Turkey", "Turkish", "United States") or a seat
    of government ("Ankara", "the Kremlin")."""
    return country_words().get(name.casefold()) or seat_country(name)


def seat_country(name: str) -> str | None:
    """The country whose capital or seat of government `name` is ("Ankara", "the Kremlin"), if any."""
    folded = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).casefold()
    return next((country for seat, country in seats() if seat == folded), None)


@cache
def seats() -> frozenset[tuple[str, str]]:
    """(folded name, ISO-3) of every national capital and curated seat of government."""
    out: set[tuple[str, str]] = set()
    for iso3, names in capitals().items():
        out.update((capital.casefold(), iso3) for capital in names)
    for _names, rec in load_supplement(data_path("places/supplement.csv")):
        if rec.kind == SITE_KIND and rec.country:
            out.add((rec.name.casefold(), rec.country))
    return frozenset(out)


def is_seat(place: Place) -> bool:
    """Whether the place is a national capital or a seat of government ("Ankara", "the Pentagon")."""
    return bool(place.name and place.country) and (str(place.name).casefold(), str(place.country)) in seats()


def names_seat_as_party(place: Place, *, text: str, start: int) -> bool:
    """A seat of government named at `start` without a locative preposition before it: the government it houses
    ("Washington's relationship with Ankara"), not a location ("talks in Ankara", "a visit to Washington")."""
    return is_seat(place) and not LOCATIVE_BEFORE.search(text, max(0, start - 20), start)
