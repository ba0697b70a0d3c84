"""Homelands of group words (data/actors/groups.csv): the countries where a people or community named by a group
word of roles.csv ("Kurdish", "Rohingya", "Shia") lives. The resolver gives a group phrase that names no state the
caller's country hint only where the group lives in that country: "the Kurds" of a text about Syria are Syria's
Kurds, those of a text about the US are not American."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError

GROUPS_FILE = "actors/groups.csv"


def load_group_homelands(
    path: Path, *, groups: frozenset[str], countries: frozenset[str]
) -> dict[str, frozenset[str]]:
    """Read and validate a homelands file: each row a known group word and a non-empty list of known ISO-3 codes."""
    out: dict[str, frozenset[str]] = {}
    for line, row in read_table(path, required=("group", "homelands")):
        codes = split_multi(row["homelands"])
        if row["group"] not in groups or row["group"] in out:
            raise DictionaryError(str(path), line, f"unknown or repeated group word {row['group']!r}")
        if not codes or any(code not in countries for code in codes):
            raise DictionaryError(str(path), line, f"bad homelands {row['homelands']!r}")
        out[row["group"]] = frozenset(codes)
    return out


@cache
def group_homelands() -> Mapping[str, frozenset[str]]:
    """The packaged homelands, checked against the packaged group words and country codes (read once)."""
    roles = read_table(data_path("actors/roles.csv"), required=("noun", "kind"))
    groups = {row["noun"] for _, row in roles if row["kind"] == "group"}
    countries = {row["iso3"] for _, row in read_table(data_path("actors/countries.csv"), required=("iso3",))}
    table = load_group_homelands(data_path(GROUPS_FILE), groups=frozenset(groups), countries=frozenset(countries))
    return MappingProxyType(table)


def lives_in(groups: list[str], country: str, *, homelands: Mapping[str, frozenset[str]]) -> bool:
    """Whether every group word of a phrase names a people living in `country` (a group with no homelands row, or a
    people word that is not a group word, such as "Albanian" in "ethnic Albanians", lives anywhere)."""
    return all(country in homelands.get(group, frozenset({country})) for group in groups)


__all__ = ["GROUPS_FILE", "group_homelands", "load_group_homelands", "lives_in"]
