"""Border areas between two countries, for phrases that name a border by its other side: "redeploy closer to the
Turkish border" in a Syria story is the Syrian side of the Syria–Turkey border, "shelled villages near the border
with Iran" in an Iraq story the Iraqi side of the Iraq–Iran border. The areas are the curated supplement's rows
of kind "border" named "<Home>–<Other> border", placed on the side of their `country` column
(data/places/supplement.csv); the words naming a country (its name, aliases and adjectives) come from
data/actors/countries.csv."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..datafiles import data_path, read_table, split_multi
from ..records import Place
from .gazetteer import load_supplement
from .name_index import _Record

BORDER_NAME = re.compile(r"(?P<a>.+?)\s*[–-]\s*(?P<b>.+?) border")


@cache
def country_words() -> dict[str, str]:
    """Folded country name, alias or adjective ("turkey", "turkish", "türkiye") -> ISO-3."""
    out: dict[str, str] = {}
    for _line, row in read_table(data_path("actors/countries.csv"), required=("iso3", "name", "adjectives")):
        for word in [row["name"], *split_multi(row.get("aliases", "")), *split_multi(row["adjectives"])]:
            out.setdefault(word.casefold(), row["iso3"])
    return out


@cache
def side_words() -> dict[str, str]:
    """Folded words that name a border's side -> ISO-3: the country words, and the names of the supplement's
    other areas ("Gaza", "Golan") for a side that is no country."""
    rows = load_supplement(data_path("places/supplement.csv"))
    return {**_area_words(rows), **country_words()}


@cache
def border_areas() -> dict[tuple[str, str], Place]:
    """(home country, other country) -> the home side of their border, from the supplement's border rows."""
    words = side_words()
    out: dict[tuple[str, str], Place] = {}
    for _names, rec in load_supplement(data_path("places/supplement.csv")):
        named = BORDER_NAME.fullmatch(rec.name) if rec.kind == "border" else None
        sides = {words.get(named["a"].casefold()), words.get(named["b"].casefold())} if named else set()
        others = {side for side in sides if side is not None and side != rec.country}
        if rec.country is not None and rec.country in sides and len(others) == 1:
            place = Place(text=rec.name, name=rec.name, lat=rec.lat, lon=rec.lon, country=rec.country,
                          admin1=rec.admin1, precision=rec.precision)
            out.setdefault((rec.country, others.pop()), place)
    return out


def _area_words(rows: list[tuple[list[str], _Record]]) -> dict[str, str]:
    """Folded names of the supplement's other areas -> their country, for a side that is no country ("Gaza")."""
    return {name.casefold(): rec.country for names, rec in rows if rec.kind != "border" and rec.country
            for name in names}


def border_area(home: str | None, word: str) -> Place | None:
    """The home country's side of its border with the country `word` names ("Turkish", "Iran", "Gaza"), if
    curated."""
    other = side_words().get(word.casefold())
    if home is None or other is None or other == home:
        return None
    found = border_areas().get((home, other))
    return replace(found) if found is not None else None
