"""Calendar arithmetic for the date normalizer: shifting by units, calendar periods, parts of periods."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Span = tuple[date, date | None, str]
"""A resolved expression: first day, last day (None for a single day) and precision."""

UNIT_PRECISION = {
    "hour": "day",
    "day": "day",
    "weekend": "week",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "month",
    "season": "month",
    "year": "year",
    "decade": "year",
}
DAY_PARTS = ("morning", "afternoon", "evening", "night")


def unit_of(word: str) -> str:
    """The unit a word names: "weeks" → "week", "weekends" → "weekend", "morning" → "day"."""
    word = word.lower()
    if word in DAY_PARTS:
        return "day"
    return word[:-1] if word.endswith("s") else word


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, n: int) -> date:
    """`d` moved by `n` months, the day clamped to the target month's length."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def shift(d: date, unit: str, n: int) -> date:
    """`d` moved by `n` units (hour, day, week, weekend, fortnight, month, quarter, season, year, decade)."""
    if unit == "hour":
        return d + timedelta(days=round(n / 24))
    days = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}.get(unit)
    if days is not None:
        return d + timedelta(days=n * days)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120}[unit]
    return add_months(d, n * months)


def period(d: date, unit: str) -> tuple[date, date]:
    """The calendar period of `unit` holding `d`: week Monday..Sunday, weekend Saturday..Sunday, month, ..."""
    if unit in ("day", "hour"):
        return d, d
    if unit in ("week", "fortnight"):
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        saturday = d + timedelta(days=5 - d.weekday())
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        return d.replace(day=1), month_end(d.year, d.month)
    if unit == "quarter":
        first = 3 * ((d.month - 1) // 3) + 1
        return date(d.year, first, 1), month_end(d.year, first + 2)
    if unit == "decade":
        return date(d.year - d.year % 10, 1, 1), date(d.year - d.year % 10 + 9, 12, 31)
    return date(d.year, 1, 1), date(d.year, 12, 31)


def weekend_before(d: date) -> tuple[date, date]:
    """The last weekend that ended strictly before `d`."""
    sunday = d - timedelta(days=(d.weekday() - 6) % 7 or 7)
    return sunday - timedelta(days=1), sunday


def weekend_after(d: date) -> tuple[date, date]:
    """The first weekend that starts strictly after `d`."""
    saturday = d + timedelta(days=(5 - d.weekday()) % 7 or 7)
    return saturday, saturday + timedelta(days=1)


def recent_weekend(d: date) -> tuple[date, date]:
    """ "The weekend" as news uses it: the one holding `d`, else the last one before it."""
    return period(d, "weekend") if d.weekday() >= 5 else weekend_before(d)


def part(start: date, end: date, which: str) -> tuple[date, date]:
    """A part of a period: early/beginning/start, mid/middle, late/end (thirds), first/second half."""
    which = " ".join(which.lower().replace("very ", "").split())
    if which.endswith(" of"):
        which = which.replace("the ", "")[:-3]
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if whole_months and months >= 3:
        return _part_by_months(start, end, months, which)
    length = (end - start).days + 1
    k = length // 2 if "half" in which else max(1, length // 3)
    if which in ("early", "beginning", "start", "first half"):
        return start, start + timedelta(days=k - 1)
    if which in ("late", "end", "second half"):
        return end - timedelta(days=k - 1), end
    return start + timedelta(days=k), end - timedelta(days=k)


def _part_by_months(start: date, end: date, months: int, which: str) -> tuple[date, date]:
    k = months // 2 if "half" in which else max(1, months // 3)
    if which in ("early", "beginning", "start", "first half"):
        last = add_months(start, k - 1)
        return start, month_end(last.year, last.month)
    if which in ("late", "end", "second half"):
        return add_months(start, months - k), end
    last = add_months(start, months - k - 1)
    return add_months(start, k), month_end(last.year, last.month)


def precision_of_length(start: date, end: date) -> str:
    """A precision for an arbitrary range ("since March"): day, week, month or year by its length."""
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 10:
        return "week"
    return "month" if days <= 92 else "year"
