"""EntityRuler patterns for the curated places (data/places/supplement.csv), which the small English model
mislabels or misses ("al Tanf" PERSON, "al-Bukamal" ORG, "Palmyra" missed)."""

from __future__ import annotations

from typing import Any

from ..datafiles import data_path, read_table, split_multi

FACILITY_KINDS = frozenset(
    {
        "base",
        "airbase",
        "air base",
        "crossing",
        "camp",
        "dam",
        "oilfield",
        "oil field",
        "garrison",
        "airport",
        "port",
        "prison",
        "facility",
    }
)
AREA_KINDS = frozenset(
    {"river", "valley", "region", "area", "mountain", "mountains", "desert", "lake", "border"}
)


def place_label(kind: str) -> str:
    """The spaCy entity label for a kind of place."""
    kind = kind.lower()
    return "FAC" if kind in FACILITY_KINDS else "LOC" if kind in AREA_KINDS else "GPE"


def place_patterns() -> list[dict[str, Any]]:
    """One phrase pattern per curated name and alias, with its label."""
    path = data_path("places/supplement.csv")
    patterns: list[dict[str, Any]] = []
    for _line, row in read_table(path, required=("name",)):
        label = place_label(row.get("kind", ""))
        for name in [row["name"], *split_multi(row.get("aliases", ""))]:
            if len(name) >= 3 and any(c.isupper() for c in name):
                patterns.append({"label": label, "pattern": name})
    return patterns
