"""Time expressions in news text → event dates and ranges against the publication date."""

from __future__ import annotations

from .normalize import DateMention, find_date_expressions, is_dateline, resolve_date, resolve_in_sentence
from .timex import find_timexes, timex_value

__all__ = [
    "DateMention",
    "find_date_expressions",
    "find_timexes",
    "is_dateline",
    "resolve_date",
    "resolve_in_sentence",
    "timex_value",
]
