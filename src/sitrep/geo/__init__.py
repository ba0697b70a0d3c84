"""Places: the gazetteer (GeoNames + curated supplement) and context-aware place finding and resolution."""

from __future__ import annotations

from .gazetteer import Gazetteer, load_gazetteer, normalize_name
from .resolve import PlaceMention, document_focus, find_places, resolve_place

__all__ = [
    "Gazetteer",
    "PlaceMention",
    "document_focus",
    "find_places",
    "load_gazetteer",
    "normalize_name",
    "resolve_place",
]
