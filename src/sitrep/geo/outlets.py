"""News outlets' names that are never places in that spelling (data/places/outlets.csv)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..datafiles import data_path, read_table
from ..errors import DictionaryError


@cache
def load_outlet_names(path: Path | None = None) -> frozenset[str]:
    """News outlets' names as written (case kept) that are never a place in that spelling ("SANA reported":
    the Syrian agency, not Sanaa): data/places/outlets.csv."""
    path = path or data_path("places/outlets.csv")
    names = set()
    for line, row in read_table(path, required=("name", "note")):
        if not row["name"] or row["name"] in names:
            raise DictionaryError(str(path), line, f"empty or repeated name {row['name']!r}")
        names.add(row["name"])
    return frozenset(names)
