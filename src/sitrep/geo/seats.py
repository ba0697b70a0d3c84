"""Seats of government: national capitals (data/actors/countries.csv) and the curated seats of kind "site" ("White
House", "Pentagon", "Kremlin", "Downing Street" in data/places/supplement.csv). News names them far more often as
the government they house ("relations with Ankara", "the Pentagon's announcement", "friction between Ankara and
Washington") than as the place where something happens ("a speech in Ankara"): `names_seat_as_party` tells the
two apart by the preposition before the name."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import data_path, read_table, split_multi
from ..records import Place
from .gazetteer import load_supplement

SITE_KIND = "site"
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|into|to|across|toward|towards)\s+(?:the\s+)?$",
                             re.IGNORECASE)


@cache
def seats() -> frozenset[tuple[str, str]]:
    """(folded name, ISO-3) of every national capital and curated seat of government."""
    out: set[tuple[str, str]] = set()
    for _line, row in read_table(data_path("actors/countries.csv"), required=("iso3", "capital")):
        out.update((capital.casefold(), row["iso3"]) for capital in split_multi(row["capital"]))
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
