"""sitrep: conflict and political news in, structured, geocoded, evidence-carrying event records out.

    >>> import sitrep
    >>> events = sitrep.extract(text, published=date(2017, 5, 25))
    >>> store = sitrep.Store("sitrep.duckdb")

Heavy parts (spaCy, DuckDB) are imported on first use, so `import sitrep` and `sitrep --help` stay fast.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "Coder", "Event", "EventFilter", "Place", "SitrepError", "Store", "extract"]

_EXPORTS = {
    "Actor": "records", "Article": "records", "Event": "records", "Place": "records",
    "Coder": "coder", "extract": "coder", "Store": "store", "EventFilter": "query", "SitrepError": "errors",
}

if TYPE_CHECKING:
    from .coder import Coder, extract
    from .errors import SitrepError
    from .query import EventFilter
    from .records import Actor, Article, Event, Place
    from .store import Store


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
